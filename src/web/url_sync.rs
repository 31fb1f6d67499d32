//! The view in the URL: read at start, written on every change (with the document's language,
//! theme and title), restored on back and forward.

use crate::context::AppContext;
use leptos::prelude::*;
use ox_core::i18n::Lang;
use ox_core::route::Route;
use ox_core::view_state::{ThemeChoice, ViewState};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Opens `href` (relative to the page) as a page of its own, as a link would.
pub fn go_to(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
}

/// The view the address asks for, in the page's language: the build writes it on the root
/// element (`<html lang="en">` for the pages in `en/`), wherever the site is served.
pub fn initial_view_state() -> ViewState {
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    ViewState {
        lang,
        ..ViewState::from_query(&current_query())
    }
}

pub fn current_route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    Route::from_path(&path)
}

/// Writes the view into the URL and the document, and takes it back on back and forward.
pub fn follow(ctx: AppContext) {
    // State → URL. Typing in the search box replaces the entry instead of adding one per key.
    let state = ctx.state;
    let route = ctx.route;
    let previous = StoredValue::new(state.get_untracked());
    Effect::new(move |_| {
        let now = state.get();
        let Some(window) = web_sys::window() else {
            return;
        };
        let query = now.to_query();
        if query != current_query() {
            let path = window.location().pathname().unwrap_or_default();
            let url = format!("{path}{query}");
            if let Ok(history) = window.history() {
                let only_search = previous.with_value(|p| {
                    ViewState {
                        search: now.search.clone(),
                        ..p.clone()
                    } == now
                });
                let _ = if only_search {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
        }
        previous.set_value(now.clone());
        if let Some(doc) = window.document() {
            if let Some(root) = doc.document_element() {
                // Only real changes: setting `lang` on the root, even to the value it has,
                // makes Chromium recompute the style of the whole page (0.9 s for 500,000
                // elements), on every sort, filter and key typed.
                let set = |name: &str, value: Option<&str>| {
                    if root.get_attribute(name).as_deref() != value {
                        let _ = match value {
                            Some(v) => root.set_attribute(name, v),
                            None => root.remove_attribute(name),
                        };
                    }
                };
                set("lang", Some(now.lang.code()));
                set(
                    "data-theme",
                    match now.theme {
                        Some(ThemeChoice::Dark) => Some("dark"),
                        Some(ThemeChoice::Light) => Some("light"),
                        None => None,
                    },
                );
            }
            // Each page keeps its own title, in the reader's language; an embed keeps the
            // chart title it was built with.
            if !matches!(route, Route::Embed(_)) {
                doc.set_title(&ox_core::head::title(route, now.lang));
            }
        }
    });

    // URL → state, on back and forward.
    let on_pop = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        // Links within the page fire popstate too; an unchanged view must not redraw.
        let restored = ViewState {
            lang: state.with_untracked(|s| s.lang),
            ..ViewState::from_query(&current_query())
        };
        if state.with_untracked(|s| *s != restored) {
            state.set(restored);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    on_pop.forget();
}
