//! The system's colour scheme and motion settings, followed while the page is open; a theme
//! named in the URL wins over the system's.

use crate::context::AppContext;
use leptos::prelude::*;
use ox_core::charts::Theme;
use ox_core::view_state::ThemeChoice;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps the context's theme and reduced-motion setting in step with the system's.
pub fn follow(ctx: AppContext) {
    // A theme named in the URL wins over the system setting.
    let theme = ctx.theme;
    let state = ctx.state;
    let forced = move || state.with_untracked(|s| s.theme);
    let pick = move |dark: bool| match forced() {
        Some(ThemeChoice::Dark) => Theme::Dark,
        Some(ThemeChoice::Light) => Theme::Light,
        None if dark => Theme::Dark,
        None => Theme::Light,
    };
    let dark = media_query("(prefers-color-scheme: dark)", move |d| theme.set(pick(d)));
    theme.set(pick(dark));
    let reduced = ctx.reduced_motion;
    reduced.set(media_query("(prefers-reduced-motion: reduce)", move |r| {
        reduced.set(r)
    }));
}

fn media_query(query: &str, on_change: impl Fn(bool) + 'static) -> bool {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return false;
    };
    let matches = list.matches();
    let handler = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
        move |e: web_sys::MediaQueryListEvent| on_change(e.matches()),
    );
    let _ = list.add_event_listener_with_callback("change", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
    matches
}
