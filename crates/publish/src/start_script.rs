//! Moves the start-up script out of `index.html` into a file of its own, so the site's
//! Content-Security-Policy can forbid inline scripts (no `'unsafe-inline'`, no hashes to keep in
//! step). Trunk 0.21.14 always writes the script that imports the wasm-bindgen JS and calls `init`
//! inline (trunk-rs/trunk#288 asks for an option, still open); the post-build step (`publish`)
//! runs this on the staged `index.html`.

/// The rewritten page and the script that now lives beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct StartScript {
    /// `index.html` with `<script type="module" src="…">` where the inline script was.
    pub html: String,
    /// The inline script's text, unchanged.
    pub script: String,
    /// `start-<16 hex digits>.js`, named after its content so it can be cached for good.
    pub file_name: String,
}

/// Finds Trunk's inline module script and moves it to `start-<hash>.js` in the folder of the JS it
/// imports (the site root unless Trunk's `public_url` says otherwise). `Ok(None)` when the page has
/// no inline script (already moved). An error for any other inline script: the policy would block
/// it, and the page would break without a word.
pub fn move_start_script(html: &str) -> Result<Option<StartScript>, String> {
    let inline: Vec<ScriptTag> = script_tags(html)?
        .into_iter()
        .filter(|t| !t.has_src)
        .collect();
    let tag = match inline.as_slice() {
        [] => return Ok(None),
        [tag] if tag.is_module => tag,
        [_] => {
            return Err("index.html has an inline classic script; the CSP would block it".into())
        }
        _ => {
            return Err(format!(
                "index.html has {} inline scripts, expected Trunk's one",
                inline.len()
            ))
        }
    };
    let script = html[tag.body.clone()].to_string();
    let base = import_base(&script).ok_or("the inline script imports no module")?;
    let file_name = format!("start-{:016x}.js", fnv1a64(script.as_bytes()));
    let replacement = format!(r#"<script type="module" src="{base}{file_name}"></script>"#);
    let html = format!("{}{replacement}{}", &html[..tag.start], &html[tag.end..]);
    Ok(Some(StartScript {
        html,
        script,
        file_name,
    }))
}

/// One `<script …>…</script>` element: where it is and what kind.
struct ScriptTag {
    start: usize,
    end: usize,
    body: std::ops::Range<usize>,
    has_src: bool,
    is_module: bool,
}

/// Every script element of the page. Trunk's output is regular HTML; this is not a general parser
/// (it ignores comments), which is enough for the page this project writes.
fn script_tags(html: &str) -> Result<Vec<ScriptTag>, String> {
    // ASCII lowercase keeps byte offsets, so positions found in `lower` index `html` too.
    let lower = html.to_ascii_lowercase();
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(found) = lower[from..].find("<script") {
        let start = from + found;
        let open_end = lower[start..]
            .find('>')
            .map(|i| start + i + 1)
            .ok_or("unclosed <script> tag")?;
        let close = lower[open_end..]
            .find("</script>")
            .map(|i| open_end + i)
            .ok_or("<script> without </script>")?;
        let open = &lower[start..open_end];
        tags.push(ScriptTag {
            start,
            end: close + "</script>".len(),
            body: open_end..close,
            has_src: open.contains(" src="),
            is_module: open.contains(r#"type="module""#),
        });
        from = close;
    }
    Ok(tags)
}

/// The folder part of the first `from '…'` import, e.g. `/` for `from '/app-1234.js'`.
fn import_base(script: &str) -> Option<&str> {
    let rest = &script[script.find(" from '")? + " from '".len()..];
    let path = &rest[..rest.find('\'')?];
    Some(&path[..path.rfind('/').map_or(0, |i| i + 1)])
}

/// FNV-1a, 64 bits: stable across Rust releases (unlike `DefaultHasher`), which a file name
/// that browsers cache for a year needs; not for security.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Trunk 0.21.14 writes for this project (shortened head).
    const TRUNK: &str = r#"<html><head>
    <script defer src="vendor/echarts.min.js"></script>
<script type="module">
import init, * as bindings from '/app-206991ca1cf0c551.js';
const wasm = await init({ module_or_path: '/app-206991ca1cf0c551_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
    <link rel="modulepreload" href="/app-206991ca1cf0c551.js"></head>
  <body><noscript><p>JavaScript</p></noscript></body></html>"#;

    #[test]
    fn moves_the_inline_script_to_a_hashed_file_in_its_place() {
        let moved = move_start_script(TRUNK).unwrap().unwrap();
        assert!(moved.script.contains("await init({ module_or_path:"));
        assert!(moved.script.starts_with("\nimport init"));
        let name = moved.file_name.as_str();
        assert!(
            name.starts_with("start-") && name.ends_with(".js"),
            "{name}"
        );
        assert_eq!(name.len(), "start-.js".len() + 16);
        let tag = format!(r#"<script type="module" src="/{name}"></script>"#);
        assert_eq!(
            moved.html,
            TRUNK.replace(
                &format!("<script type=\"module\">{}</script>", moved.script),
                &tag
            )
        );
        // The echarts script stays first: module scripts run after classic deferred ones in order.
        assert!(moved.html.find("echarts").unwrap() < moved.html.find(name).unwrap());
        // Nothing inline is left, so running it again changes nothing.
        assert_eq!(move_start_script(&moved.html), Ok(None));
    }

    #[test]
    fn the_name_follows_the_content() {
        let a = move_start_script(TRUNK).unwrap().unwrap();
        assert_eq!(
            move_start_script(TRUNK).unwrap().unwrap().file_name,
            a.file_name
        );
        let other = TRUNK.replace("206991ca1cf0c551", "0123456789abcdef");
        assert_ne!(
            move_start_script(&other).unwrap().unwrap().file_name,
            a.file_name
        );
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_file_goes_where_the_imported_module_is() {
        let sub = TRUNK.replace("'/app-", "'/sub/site/app-");
        let moved = move_start_script(&sub).unwrap().unwrap();
        assert!(
            moved.html.contains(r#"src="/sub/site/start-"#),
            "{}",
            moved.html
        );
    }

    #[test]
    fn any_other_inline_script_is_an_error() {
        let classic = TRUNK.replace("<body>", "<body><script>alert(1)</script>");
        assert!(move_start_script(&classic)
            .unwrap_err()
            .contains("2 inline scripts"));
        let only_classic = "<head><script>x()</script></head>";
        assert!(move_start_script(only_classic)
            .unwrap_err()
            .contains("classic"));
        assert!(move_start_script("<script type=\"module\">").is_err());
        assert_eq!(move_start_script("<p>no scripts</p>"), Ok(None));
    }
}
