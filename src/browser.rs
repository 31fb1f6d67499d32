//! The app's only contact with the browser outside the charts: the URL (read at start, written on
//! every change, restored on back and forward), the document's language and title, and the system's
//! colour scheme and motion settings. Natively these do nothing, so components render anywhere.

use crate::app::AppContext;
use crate::url_state::ViewState;

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use crate::charts::Theme;
    use crate::i18n::T;
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;

    fn current_query() -> String {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    pub fn initial_view_state() -> ViewState {
        ViewState::from_query(&current_query())
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

    pub fn sync_with_browser(ctx: AppContext) {
        let theme = ctx.theme;
        let dark = media_query("(prefers-color-scheme: dark)", move |d| {
            theme.set(if d { Theme::Dark } else { Theme::Light })
        });
        theme.set(if dark { Theme::Dark } else { Theme::Light });
        let reduced = ctx.reduced_motion;
        reduced.set(media_query("(prefers-reduced-motion: reduce)", move |r| {
            reduced.set(r)
        }));

        // State → URL. Typing in the search box replaces the entry instead of adding one per key.
        let state = ctx.state;
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
                    let _ = root.set_attribute("lang", now.lang.code());
                }
                doc.set_title(&format!(
                    "{} – {}",
                    T::SiteTitle.get(now.lang),
                    T::SiteTitleSuffix.get(now.lang)
                ));
            }
        });

        // URL → state, on back and forward.
        let on_pop = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            state.set(ViewState::from_query(&current_query()));
        });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        }
        on_pop.forget();
    }

    /// Scrolls the section named in the URL into view once it exists.
    pub fn scroll_to(id: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            el.scroll_into_view();
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{initial_view_state, scroll_to, sync_with_browser};

#[cfg(not(target_arch = "wasm32"))]
pub fn initial_view_state() -> ViewState {
    ViewState::default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn sync_with_browser(_ctx: AppContext) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn scroll_to(_id: &str) {}
