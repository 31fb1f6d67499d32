//! The answer's metadata as the editor writes it (`tests/fixtures/import/answer.example.toml`):
//! strict, so a misspelt key is named rather than left out.

use ox_core::model::{LinkKind, Localized};
use serde::Deserialize;

/// The answer's metadata, as the editor writes it (`tests/fixtures/import/answer.example.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Answer {
    pub(super) id: String,
    pub(super) source: AnswerSource,
    pub(super) table: AnswerTable,
    #[serde(default)]
    pub(super) body_links: Vec<AnswerLink>,
    #[serde(default)]
    pub(super) confirmed_share_differences: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerSource {
    pub(super) parliament: String,
    pub(super) legislative_period: u32,
    pub(super) document_type: String,
    pub(super) number: String,
    /// The snapshot's id when left out.
    pub(super) date: Option<String>,
    pub(super) title: String,
    pub(super) asked_by: String,
    pub(super) answered_by: String,
    pub(super) text_file: String,
    pub(super) url: Option<String>,
    pub(super) page_note: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerTable {
    pub(super) question: u32,
    pub(super) pages: Vec<u32>,
    pub(super) caption: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnswerLink {
    pub(super) kind: LinkKind,
    #[serde(default)]
    pub(super) before: Vec<String>,
    #[serde(default)]
    pub(super) after: Vec<String>,
    pub(super) note: Localized,
}

/// `YYYY-MM-DD`, a day that exists.
pub(super) fn is_date(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    let ok = p.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&p)
            .all(|(n, q)| q.len() == *n && q.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return false;
    }
    let n: Vec<u32> = p.iter().map(|q| q.parse().unwrap_or(0)).collect();
    let leap = n[0].is_multiple_of(4) && (!n[0].is_multiple_of(100) || n[0].is_multiple_of(400));
    let days = match n[1] {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&n[2])
}
