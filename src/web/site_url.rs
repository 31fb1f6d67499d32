//! The site's own address, for links and embed code that work wherever the site is served.

/// The site root's absolute address with a trailing slash, for links and embed code: `root` (the
/// page's way back to the root, e.g. `../../`) resolved against the page's own address.
pub fn site_url(root: &str) -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let base = if root.is_empty() { "./" } else { root };
    match web_sys::Url::new_with_base(base, &href) {
        Ok(url) => {
            // Without the page's query and fragment: `./` keeps neither, but be sure.
            url.set_search("");
            url.set_hash("");
            url.href()
        }
        Err(_) => String::new(),
    }
}
