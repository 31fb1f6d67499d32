//! Measures the page weight on the built site: which files the overview loads by itself, which
//! it loads near the screen, and which the app adds (see `ox_core::page_weight`).

use crate::tags::attribute;

/// The files the overview's HTML loads by itself: stylesheets, icon, scripts and images (but those
/// loaded only near the screen), as paths from the site root (in page order, each once).
pub fn first_view_paths(index_html: &str) -> Vec<String> {
    loaded_paths(index_html, false)
}

/// The images the overview loads only as the reader scrolls near them (`loading="lazy"`).
pub fn later_paths(index_html: &str) -> Vec<String> {
    loaded_paths(index_html, true)
}

fn loaded_paths(index_html: &str, lazy: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (tag, attr) in [("<link", "href"), ("<script", "src"), ("<img", "src")] {
        let mut rest = index_html;
        while let Some(i) = rest.find(tag) {
            let end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
            let t = &rest[i..end];
            let is_lazy = attribute(t, "loading") == Some("lazy");
            let loads = (tag != "<link"
                || ["stylesheet", "icon"].contains(&attribute(t, "rel").unwrap_or_default()))
                && is_lazy == lazy;
            if let (true, Some(path)) = (loads, attribute(t, attr)) {
                push_path(&mut out, path);
            }
            rest = &rest[end..];
        }
    }
    out
}

/// The files the app adds (named on the `boot.js` element by the publish step) and the dataset.
pub fn app_paths(index_html: &str, dataset: &str) -> Vec<String> {
    let mut out = Vec::new();
    for path in crate::lazy_start::app_files(index_html) {
        push_path(&mut out, path);
    }
    push_path(&mut out, dataset);
    out
}

fn push_path(out: &mut Vec<String>, path: &str) {
    let external = path.contains(':') || path.starts_with("//");
    let path = path
        .trim_start_matches("./")
        .trim_start_matches('/')
        .to_string();
    if !path.is_empty() && !external && !out.contains(&path) {
        out.push(path);
    }
}

/// `YYYY-MM-DD` of a Unix time (UTC), for the build date.
pub fn iso_date(unix_seconds: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (unix_seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<head><link rel="icon" href="favicon.svg" type="image/svg+xml" />
<script data-start="/start-1.js" data-app-js="/app-1.js" data-app-wasm="/app-1_bg.wasm" src="boot.js" defer data-echarts="/vendor/echarts.min.js"></script>
<link rel="stylesheet" href="/main-1.css" integrity="x"/><link rel="stylesheet" href="chart-heights.css" />
<link rel="canonical" href="https://example.org/"></head><body><a href="data/x.csv">x</a>
<img src="charts/a-1.svg" alt=""><img src="charts/b-1.svg" alt="" loading="lazy"></body>"#;

    #[test]
    fn finds_what_the_page_loads_and_what_the_app_adds() {
        assert_eq!(
            first_view_paths(PAGE),
            [
                "favicon.svg",
                "main-1.css",
                "chart-heights.css",
                "boot.js",
                "charts/a-1.svg"
            ]
        );
        assert_eq!(later_paths(PAGE), ["charts/b-1.svg"]);
        assert_eq!(
            app_paths(PAGE, "data/dataset.json"),
            [
                "app-1_bg.wasm",
                "app-1.js",
                "start-1.js",
                "vendor/echarts.min.js",
                "data/dataset.json"
            ]
        );
    }

    #[test]
    fn dates_of_unix_times() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_795_737_600), "2026-11-27");
    }
}
