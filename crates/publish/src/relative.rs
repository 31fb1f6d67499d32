//! Makes the page work under any base path (`/`, `/ox/`, `/grafik/ox-transparenz/`): Trunk writes
//! the app's files as paths from the domain's root (`/main-….css`, `import … from '/app-….js'`),
//! which answer 404 when the site is served from a folder. Run first on the staged `index.html`;
//! the pages below the root are rebased from it (`pages::rebase_relative`), and `public/boot.js`
//! resolves the files it is told about against its own address.

use crate::pages::edit_url_attributes;

/// `index.html` with every `src="/…"` and `href="/…"` relative to the page (the root's page), and
/// Trunk's start script importing its JS and loading its WebAssembly relative to the script
/// itself, which is what keeps them right once the script has moved into a file of its own.
/// Addresses with a scheme, protocol-relative ones (`//host/…`) and fragments stay as they are.
pub fn root_relative(html: &str) -> String {
    // Drop the slash: the page is at the root, so the file is beside it.
    let html = edit_url_attributes(html, |value| {
        let from_root = value.starts_with('/') && !value.starts_with("//");
        (usize::from(from_root), "")
    });
    wasm_beside_script(html.replace(" from '/", " from './"))
}

/// `module_or_path: '/x_bg.wasm'` → `module_or_path: new URL('./x_bg.wasm', import.meta.url)`:
/// wasm-bindgen fetches a plain string relative to the page, which below the root is the wrong
/// folder.
fn wasm_beside_script(script: String) -> String {
    const CALL: &str = "module_or_path: '/";
    let Some(at) = script.find(CALL) else {
        return script;
    };
    let path_start = at + CALL.len();
    let Some(len) = script[path_start..].find('\'') else {
        return script;
    };
    let path = &script[path_start..path_start + len];
    format!(
        "{}module_or_path: new URL('./{path}', import.meta.url){}",
        &script[..at],
        &script[path_start + len + 1..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Trunk 0.21.14 writes for this project (shortened head).
    const TRUNK: &str = r##"<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="/main-1.css" integrity="x"/>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
</script>
<link rel="modulepreload" href="/app-1.js"><link rel="preload" href="/app-1_bg.wasm" as="fetch">
<a href="https://example.org/x">x</a><a href="//cdn.example/y">y</a><a href="#main">z</a><script src="boot.js" data-echarts="vendor/e.js"></script>"##;

    #[test]
    fn every_file_of_the_app_is_found_from_wherever_the_site_is_served() {
        let html = root_relative(TRUNK);
        assert!(html.contains(r#"href="main-1.css""#));
        assert!(html.contains(r#"<link rel="modulepreload" href="app-1.js">"#));
        assert!(html.contains(r#"<link rel="preload" href="app-1_bg.wasm""#));
        assert!(html.contains("from './app-1.js';"));
        assert!(html.contains("module_or_path: new URL('./app-1_bg.wasm', import.meta.url) });"));
        assert!(!html.contains("=\"/") || html.contains("=\"//"));
    }

    #[test]
    fn other_addresses_stay_as_they_are_and_a_second_run_changes_nothing() {
        let html = root_relative(TRUNK);
        for kept in [
            r#"href="favicon.svg""#,
            r#"href="https://example.org/x""#,
            r#"href="//cdn.example/y""#,
            r##"href="#main""##,
            r#"src="boot.js""#,
        ] {
            assert!(html.contains(kept), "{kept}");
        }
        assert_eq!(root_relative(&html), html);
    }
}
