//! The site's own address, for links and embed code that work wherever the site is served.

use ox_core::route::Route;

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
