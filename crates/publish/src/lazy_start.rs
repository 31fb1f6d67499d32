//! Makes the app start when the reader needs it, not with the page. Trunk writes a page that
//! fetches the WebAssembly at once (a module script and two preload links); the published page
//! instead hands their addresses to `boot.js`, which loads them at the reader's first sign of use
//! (see `public/boot.js`). The prerendered page is complete without them.

use super::tags::{attribute, find_tag};

/// The page with Trunk's start script and preload links taken out and their addresses put on the
/// `boot.js` script element as `data-start`, `data-app-js` and `data-app-wasm`. Unchanged when
/// that was done already; an error when the page lacks any of the parts, since the app would then
/// never start.
pub fn start_on_intent(html: &str) -> Result<String, String> {
    let boot = find_tag(html, "<script", |t| {
        attribute(t, "src").is_some_and(is_boot)
    })
    .ok_or("index.html has no <script src=\"boot.js\">")?;
    if attribute(&html[boot.clone()], "data-start").is_some() {
        return Ok(html.to_string());
    }
    let start = find_tag(html, "<script", |t| {
        attribute(t, "type") == Some("module") && attribute(t, "src").is_some()
    })
    .ok_or("index.html has no start script (run start_script::move_start_script first)")?;
    let js = find_tag(html, "<link", |t| {
        attribute(t, "rel") == Some("modulepreload")
    })
    .ok_or("index.html has no modulepreload link for the app's JS")?;
    let wasm = find_tag(html, "<link", |t| {
        attribute(t, "rel") == Some("preload")
            && attribute(t, "href").is_some_and(|h| h.ends_with(".wasm"))
    })
    .ok_or("index.html has no preload link for the WebAssembly")?;
    let value = |range: &std::ops::Range<usize>, name| {
        attribute(&html[range.clone()], name)
            .unwrap_or_default()
            .to_string()
    };
    let data = format!(
        r#" data-start="{}" data-app-js="{}" data-app-wasm="{}""#,
        value(&start, "src"),
        value(&js, "href"),
        value(&wasm, "href")
    );
    // The start script's element ends with `</script>`, the links are void elements.
    let start = start.start
        ..html[start.start..]
            .find("</script>")
            .map_or(start.end, |i| start.start + i + "</script>".len());
    let mut cuts = [start, js, wasm];
    cuts.sort_by_key(|r| std::cmp::Reverse(r.start));
    let mut out = html.to_string();
    for cut in cuts {
        out.replace_range(cut, "");
    }
    let boot = find_tag(&out, "<script", |t| {
        attribute(t, "src").is_some_and(is_boot)
    })
    .ok_or("boot.js vanished")?;
    out.insert_str(boot.start + "<script".len(), &data);
    Ok(out)
}

/// The files `boot.js` loads at first use, as written on its element by [`start_on_intent`]:
/// WebAssembly, its JS, the start script and ECharts. None before that step ran.
pub fn app_files(html: &str) -> Vec<&str> {
    let Some(boot) = find_tag(html, "<script", |t| {
        attribute(t, "src").is_some_and(is_boot) && attribute(t, "data-start").is_some()
    }) else {
        return Vec::new();
    };
    let tag = &html[boot];
    ["data-app-wasm", "data-app-js", "data-start", "data-echarts"]
        .into_iter()
        .filter_map(|name| attribute(tag, name))
        .collect()
}

/// What `boot.js` hands the start script: the WebAssembly it fetched and compiled ahead (a
/// promise of a `WebAssembly.Module`, or of the address again where compiling failed).
const COMPILED_WASM: &str = "(window.oxApp && window.oxApp.wasm) || ";

/// Trunk's start script with wasm-bindgen's `init` taking the module `boot.js` compiled while the
/// reader read, instead of fetching and compiling it at the first tap. Run on the page before
/// [`super::start_script::move_start_script`], so the script's file name covers the change.
/// Unchanged when done already; an error when the script has no `module_or_path: …`.
pub fn use_compiled_wasm(html: &str) -> Result<String, String> {
    // Done already, or the script moved to its file by an earlier run of the publish step.
    if html.contains(COMPILED_WASM) || html.contains("data-start=") {
        return Ok(html.to_string());
    }
    const CALL: &str = "module_or_path: ";
    let mut found = html.match_indices(CALL);
    let (Some((at, _)), None) = (found.next(), found.next()) else {
        return Err(format!(
            "index.html: expected one `{CALL}…` in Trunk's start script"
        ));
    };
    let mut out = html.to_string();
    out.insert_str(at + CALL.len(), COMPILED_WASM);
    Ok(out)
}

fn is_boot(src: &str) -> bool {
    src == "boot.js" || src.ends_with("/boot.js")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head Trunk 0.21.14 writes for this project, after the start script was moved.
    const PAGE: &str = r#"<head><script type="module" src="/start-1.js"></script>
<link rel="stylesheet" href="/main.css"/>
<script src="boot.js" defer data-echarts="/vendor/echarts.min.js"></script>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head><body></body>"#;

    #[test]
    fn hands_the_addresses_to_boot_js_and_loads_nothing_itself() {
        let out = start_on_intent(PAGE).unwrap();
        assert_eq!(
            out,
            "<head>\n<link rel=\"stylesheet\" href=\"/main.css\"/>\n<script data-start=\"/start-1.js\" data-app-js=\"/app-1.js\" data-app-wasm=\"/app-1_bg.wasm\" src=\"boot.js\" defer data-echarts=\"/vendor/echarts.min.js\"></script>\n</head><body></body>"
        );
        assert_eq!(
            start_on_intent(&out).unwrap(),
            out,
            "a second run changes nothing"
        );
    }

    #[test]
    fn the_start_script_takes_the_module_compiled_ahead() {
        let page = "<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>";
        let out = use_compiled_wasm(page).unwrap();
        assert!(out.contains(
            "init({ module_or_path: (window.oxApp && window.oxApp.wasm) || '/app-1_bg.wasm' })"
        ));
        assert_eq!(
            use_compiled_wasm(&out).unwrap(),
            out,
            "a second run changes nothing"
        );
        assert!(use_compiled_wasm("<script type=\"module\"></script>").is_err());
    }

    #[test]
    fn a_missing_part_is_an_error() {
        assert!(start_on_intent(&PAGE.replace("boot.js", "other.js"))
            .unwrap_err()
            .contains("boot.js"));
        assert!(start_on_intent(&PAGE.replace("modulepreload", "x"))
            .unwrap_err()
            .contains("modulepreload"));
        assert!(start_on_intent(&PAGE.replace("_bg.wasm", "_bg.bin"))
            .unwrap_err()
            .contains("WebAssembly"));
        assert!(start_on_intent(&PAGE.replace(r#" type="module""#, ""))
            .unwrap_err()
            .contains("start script"));
    }
}
