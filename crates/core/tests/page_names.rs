//! The names the prerendered page, the app and the scripts in `public/` must agree on are defined
//! once, in `ox_core::page_names` and `ox_core::files`; the scripts cannot import them, so this
//! checks that they still spell them the same.

mod common;

use ox_core::files::DATASET_PATH;
use ox_core::page_names::*;

fn script(name: &str) -> String {
    common::repo_file(&format!("public/{name}"))
}

fn assert_quoted(script_name: &str, text: &str, names: &[&str]) {
    for name in names {
        assert!(
            text.contains(&format!("\"{name}\"")),
            "public/{script_name} does not name \"{name}\" as the Rust code does"
        );
    }
}

#[test]
fn boot_script_uses_the_same_names_as_the_app() {
    let boot = script("boot.js");
    assert_quoted(
        "boot.js",
        &boot,
        &[
            PRERENDERED_ID,
            APP_STATUS_ID,
            ECHARTS_READY_EVENT,
            EMBED_HEIGHT_MESSAGE,
            EMBED_HEIGHT_REQUEST,
            DATASET_PATH,
        ],
    );
}

#[test]
fn embed_script_uses_the_same_messages_as_the_embeds() {
    let embed = script("embed.js");
    assert_quoted(
        "embed.js",
        &embed,
        &[EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST],
    );
}

#[test]
fn a_misspelt_name_is_found() {
    let result = std::panic::catch_unwind(|| {
        assert_quoted("x.js", "\"ox-transparenz:heigth\"", &[EMBED_HEIGHT_MESSAGE])
    });
    assert!(result.is_err());
}
