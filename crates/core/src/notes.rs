//! The data notes a reader sees: those written by hand in the dataset and those the automatic
//! share check produces, numbered once so every marker in the table points to its note.

use crate::format;
use crate::i18n::{Lang, UiText};
use crate::model::{share_mismatches, Snapshot};

/// A data note ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct DataNote {
    /// 1-based number shown in markers and the list.
    pub number: usize,
    /// Stable anchor id, e.g. `note-ox-slash-denkmalpflege`.
    pub anchor: String,
    /// The body (abbreviation as printed) and field the note is about, if any.
    pub body: Option<String>,
    pub field: Option<String>,
    /// True when the note was produced by a check, not written by hand.
    pub automatic: bool,
    pub text: String,
}

/// All notes of a snapshot: notes about rows in table order, then general notes.
pub fn data_notes(snapshot: &Snapshot, lang: Lang) -> Vec<DataNote> {
    let row_of = |body: &Option<String>| {
        body.as_ref()
            .and_then(|b| snapshot.bodies.iter().position(|x| &x.abbreviation == b))
            .unwrap_or(usize::MAX)
    };
    let mut notes: Vec<(usize, DataNote)> = snapshot
        .notes
        .iter()
        .map(|n| {
            let note = DataNote {
                number: 0,
                anchor: format!("note-{}", n.id),
                body: n.body.clone(),
                field: n.field.clone(),
                automatic: false,
                text: lang.pick(&n.text.de, &n.text.en).to_string(),
            };
            (row_of(&n.body), note)
        })
        .collect();
    for check in share_mismatches(snapshot) {
        let body = &snapshot.bodies[check.row];
        let all = crate::model::remaining(body) + u64::from(body.ox_accounts);
        let recomputed = check.recomputed.unwrap_or(0.0);
        let text = UiText::NoteShareMismatch.fill(
            lang,
            &[
                ("printed", &format::percent(check.printed, 1, lang)),
                ("recomputed", &format::percent(recomputed, 2, lang)),
                ("ox", &format::int(u64::from(body.ox_accounts), lang)),
                ("all", &format::int(all, lang)),
            ],
        );
        notes.push((
            check.row,
            DataNote {
                number: 0,
                anchor: format!("note-share-{}", check.row + 1),
                body: Some(body.abbreviation.clone()),
                field: Some("ox_share_published".into()),
                automatic: true,
                text,
            },
        ));
    }
    crate::model::sort::sort_by_key(&mut notes, |(row, _)| *row);
    notes
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut n))| {
            n.number = i + 1;
            n
        })
        .collect()
}

/// The notes about one cell (body and field), for its markers.
pub fn notes_for<'a>(notes: &'a [DataNote], body: &str, field: &str) -> Vec<&'a DataNote> {
    notes
        .iter()
        .filter(|n| n.body.as_deref() == Some(body) && n.field.as_deref() == Some(field))
        .collect()
}
