//! Every kind of broken dataset is rejected with a message that names what is wrong and where, in
//! German and in English. The corpus is `tests/fixtures/broken/` (made by `make_broken.py`); the
//! browser tests load the same files.

mod common;
use ox_core::i18n::{error_message, Lang};
use ox_core::model::{parse_dataset, ErrorKind, MAX_DATASET_BYTES};
use serde_json::Value;

#[test]
fn every_broken_file_gives_its_message_in_both_languages() {
    let dir = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/broken"
    ));
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let cases = expected.as_object().unwrap();
    assert!(cases.len() >= 20);
    for (file, want) in cases {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let err = parse_dataset(&text).expect_err(file);
        for (lang, key) in [(Lang::De, "de"), (Lang::En, "en")] {
            let message = error_message(&err, lang);
            for part in want[key].as_array().unwrap() {
                let part = part.as_str().unwrap();
                assert!(
                    message.contains(part),
                    "{file} ({key}): «{message}» lacks «{part}»"
                );
            }
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let text = " ".repeat(MAX_DATASET_BYTES + 1);
    let err = parse_dataset(&text).unwrap_err();
    assert!(matches!(err.kind, ErrorKind::TooBig { .. }), "{err}");
    assert!(error_message(&err, Lang::De).contains("größer als die erlaubten 8.388.608 Bytes"));
}

#[test]
fn english_display_names_the_location() {
    let text = common::repo_file("tests/fixtures/broken/negative-count.json");
    let err = parse_dataset(&text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "snapshot 2026-03-24, row 12 (Landesarchiv), field `exchange_accounts`: is negative (-5)"
    );
}

#[test]
fn markup_in_an_error_location_is_kept_as_plain_text() {
    let text = common::repo_file("public/data/dataset.json")
        .replacen(
            "\"abbreviation\": \"StK\"",
            "\"abbreviation\": \"<script>x()</script>\"",
            1,
        )
        .replacen("\"ox_accounts\": 335", "\"ox_accounts\": -1", 1);
    let err = parse_dataset(&text).unwrap_err();
    // The message carries the name as text; the view inserts it as a text node, never as HTML.
    assert!(error_message(&err, Lang::De).contains("Zeile 3 (<script>x()</script>)"));
}
