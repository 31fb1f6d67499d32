//! The app's only contact with the browser outside the charts: the URL (read at start, written on
//! every change, restored on back and forward), the document's language and title, and the system's
//! colour scheme and motion settings. Natively these do nothing, so components render anywhere.

use crate::app::AppContext;
use crate::route::Route;
use crate::url_state::ViewState;

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use crate::charts::Theme;
    use crate::i18n::T;
    use crate::url_state::ThemeChoice;

    /// The `type` of the message an embedded page posts to its host with its height
    /// (`public/embed.js` listens for it).
    const HEIGHT_MESSAGE: &str = "ox-transparenz:height";
    /// The `type` of the host's request to report the height again.
    const HEIGHT_REQUEST: &str = "ox-transparenz:request-height";
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn current_query() -> String {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    pub fn initial_view_state() -> ViewState {
        ViewState::from_query(&current_query())
    }

    pub fn current_route() -> Route {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        Route::from_path(&path)
    }

    /// Tells the page that embeds this one how tall it is, whenever that changes, so the host's
    /// script can size the iframe. The message holds nothing but the height.
    fn report_height() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(root) = window.document().and_then(|d| d.document_element()) else {
            return;
        };
        let post = Closure::<dyn Fn()>::new(move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            let Some(root) = window.document().and_then(|d| d.document_element()) else {
                return;
            };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let height = f64::from(root.scroll_height());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            if let Ok(Some(parent)) = window.parent() {
                if parent != window {
                    let _ = parent.post_message(&message, "*");
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
            observer.observe(&root);
            std::mem::forget(observer);
        }
        // A host script that loads after the embed asks once for the current height.
        let post_fn: js_sys::Function = post.as_ref().unchecked_ref::<js_sys::Function>().clone();
        let on_request =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let kind = js_sys::Reflect::get(&e.data(), &"type".into()).ok();
                if kind.and_then(|k| k.as_string()).as_deref() == Some(HEIGHT_REQUEST) {
                    let _ = post_fn.call0(&JsValue::NULL);
                }
            });
        let _ =
            window.add_event_listener_with_callback("message", on_request.as_ref().unchecked_ref());
        on_request.forget();
        post.forget();
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
        if matches!(ctx.route, Route::Embed(_)) {
            report_height();
        }
        echarts_ready(ctx.echarts_ready);
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
                let site = format!(
                    "{} – {}",
                    T::SiteTitle.get(now.lang),
                    T::SiteTitleSuffix.get(now.lang)
                );
                match route {
                    Route::Dashboard => doc.set_title(&site),
                    Route::Page(page) => {
                        let name = crate::i18n::page_name(page);
                        doc.set_title(&format!("{} – {site}", name.get(now.lang)));
                    }
                    Route::Embed(_) => {}
                }
            }
        });

        // URL → state, on back and forward.
        let on_pop = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            // Links within the page fire popstate too; an unchanged view must not redraw.
            let restored = ViewState::from_query(&current_query());
            if state.with_untracked(|s| *s != restored) {
                state.set(restored);
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        }
        on_pop.forget();
    }

    /// The site root's absolute address with a trailing slash, for links and embed code.
    pub fn site_url(route: Route) -> String {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return String::new();
        };
        let origin = location.origin().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let dir = match route {
            // `…/embed/<chart>/` lies two folders below the root.
            Route::Embed(_) => {
                let trimmed = dir.trim_end_matches('/');
                let up = trimmed.rfind("/embed/").map_or(trimmed, |i| &trimmed[..i]);
                format!("{up}/")
            }
            Route::Dashboard => dir.to_string(),
            // `…/<page>/` lies one folder below the root.
            Route::Page(_) => {
                let trimmed = dir.trim_end_matches('/');
                let up = trimmed.rfind('/').map_or(trimmed, |i| &trimmed[..i]);
                format!("{up}/")
            }
        };
        format!("{origin}{dir}")
    }

    /// Copies text to the clipboard; false when the browser refuses (the text stays selectable).
    pub async fn copy_text(text: String) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let navigator = window.navigator();
        let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
            return false;
        };
        let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
            return false;
        };
        let Ok(write) = write.dyn_into::<js_sys::Function>() else {
            return false;
        };
        match write.call1(&clipboard, &text.into()) {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
                .await
                .is_ok(),
            Err(_) => false,
        }
    }

    /// Sets `ready` once ECharts has loaded: at once when it is there, else when `public/boot.js`
    /// says so (`ox:echarts`), which it does only once the app has answered the reader's first use.
    fn echarts_ready(ready: RwSignal<bool>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if js_sys::Reflect::has(&window, &"echarts".into()).unwrap_or(false) {
            ready.set(true);
            return;
        }
        let on_load = Closure::<dyn Fn()>::new(move || ready.set(true));
        let _ =
            window.add_event_listener_with_callback("ox:echarts", on_load.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_load.forget();
    }

    /// Empties the status line of the prerendered page ("loading …"), where the app shows its
    /// own notice over the copy instead of taking its place.
    pub fn clear_boot_status() {
        let status = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app-status"));
        if let Some(status) = status {
            status.set_text_content(None);
        }
    }

    /// True when the page holds a copy rendered at build time.
    pub fn has_prerendered() -> bool {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(crate::PRERENDERED_ID))
            .is_some()
    }

    thread_local! {
        /// The charts drawn at build time, by slug, kept from the removed copy of the page.
        static PRERENDERED_CHARTS: std::cell::RefCell<std::collections::HashMap<String, web_sys::Element>> =
            Default::default();
    }

    /// Removes the copy of the page that was rendered at build time, once the app shows its own.
    /// Its chart drawings are kept for the app's charts to show until they have drawn their own
    /// ([`take_prerendered_chart`]), so the takeover does not blink; only when the address asks for
    /// no view of its own, since they show the default view.
    pub fn remove_prerendered() {
        let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(crate::PRERENDERED_ID))
        else {
            return;
        };
        if current_query().is_empty() {
            if let Ok(list) = el.query_selector_all("[data-testid^='echart-'] > .drawing") {
                PRERENDERED_CHARTS.with_borrow_mut(|charts| {
                    for i in 0..list.length() {
                        let Some(svg) = list
                            .item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                        else {
                            continue;
                        };
                        let slug = svg
                            .parent_element()
                            .and_then(|p| p.get_attribute("data-testid"))
                            .and_then(|t| t.strip_prefix("echart-").map(str::to_string));
                        if let Some(slug) = slug {
                            charts.insert(slug, svg);
                        }
                    }
                });
            }
        }
        el.remove();
    }

    /// The drawing of chart `slug` from the page rendered at build time, once.
    pub fn take_prerendered_chart(slug: &str) -> Option<web_sys::Element> {
        PRERENDERED_CHARTS.with_borrow_mut(|charts| charts.remove(slug))
    }

    /// The page weight the build wrote into the page's data block (about page), if any.
    pub fn page_weight() -> Option<crate::page_weight::PageWeight> {
        let text = web_sys::window()?
            .document()?
            .get_element_by_id(crate::page_weight::DATA_BLOCK_ID)?
            .text_content()?;
        serde_json::from_str(&text).ok()
    }

    /// Runs `f` in a task of its own after the next frame is painted: from an animation frame
    /// callback (which runs before that frame's paint), a timeout queues the task behind it.
    pub fn after_next_paint(f: impl FnOnce() + 'static) {
        let f = std::cell::Cell::new(Some(f));
        request_animation_frame(move || {
            if let Some(f) = f.take() {
                set_timeout(f, std::time::Duration::ZERO);
            }
        });
    }

    /// Runs `f` at the start of the frame after the window is scrolled or resized, once per frame,
    /// for as long as the calling component lives: where the layout is done already, so reading
    /// where things are costs nothing.
    pub fn on_scroll_or_resize(f: impl Fn() + Clone + Send + Sync + 'static) {
        let pending = StoredValue::new(false);
        let schedule = move || {
            if !pending.get_value() {
                pending.set_value(true);
                let f = f.clone();
                request_animation_frame(move || {
                    pending.set_value(false);
                    f();
                });
            }
        };
        let scroll = window_event_listener(leptos::ev::scroll, {
            let schedule = schedule.clone();
            move |_| schedule()
        });
        let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
        on_cleanup(move || {
            scroll.remove();
            resize.remove();
        });
    }

    /// Where the rows of a table body are in the window: its top (CSS pixels from the window's
    /// top, negative when scrolled past), the window's height and the mean height of its rows
    /// (`None` without rows).
    pub fn rows_in_window(tbody: &web_sys::Element) -> Option<(f64, f64, f64)> {
        let rows = tbody.child_element_count();
        let rect = tbody.get_bounding_client_rect();
        let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
        (rows > 0).then(|| (rect.top(), height, rect.height() / f64::from(rows)))
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

    /// Gives the chart `slug` the keyboard focus, without scrolling: after a filter chosen from
    /// below the chart the button is gone, and the reader goes on where they were.
    pub fn focus_chart(slug: &str) {
        use wasm_bindgen::JsCast;
        let selector = format!("body > main [data-testid=echart-{slug}]");
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
            if let Ok(f) = js_sys::Reflect::get(&el, &"focus".into()) {
                if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                    let _ = f.call1(&el, &options);
                }
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{
    after_next_paint, clear_boot_status, copy_text, current_route, focus_chart, has_prerendered,
    initial_view_state, on_scroll_or_resize, page_weight, remove_prerendered, rows_in_window,
    scroll_to, site_url, sync_with_browser, take_prerendered_chart,
};

/// Outside the browser (prerendering) nothing is painted: `f` runs at once.
#[cfg(not(target_arch = "wasm32"))]
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    f()
}

/// Outside the browser nothing has focus.
#[cfg(not(target_arch = "wasm32"))]
pub fn focus_chart(_slug: &str) {}

/// Outside the browser nothing scrolls.
#[cfg(not(target_arch = "wasm32"))]
pub fn on_scroll_or_resize(_f: impl Fn() + Clone + Send + Sync + 'static) {}

/// Outside the browser nothing has a place on a screen.
#[cfg(not(target_arch = "wasm32"))]
pub fn rows_in_window(_tbody: &leptos::web_sys::Element) -> Option<(f64, f64, f64)> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn has_prerendered() -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn remove_prerendered() {}

/// Outside the browser there is no status line.
#[cfg(not(target_arch = "wasm32"))]
pub fn clear_boot_status() {}

/// Outside the browser links stay relative to the site root.
#[cfg(not(target_arch = "wasm32"))]
pub fn site_url(_route: Route) -> String {
    String::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn copy_text(_text: String) -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn current_route() -> Route {
    Route::Dashboard
}

#[cfg(not(target_arch = "wasm32"))]
pub fn initial_view_state() -> ViewState {
    ViewState::default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn sync_with_browser(_ctx: AppContext) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn scroll_to(_id: &str) {}
