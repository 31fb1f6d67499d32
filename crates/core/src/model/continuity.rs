//! From one answer to the next: every body of the previous table is in the next one under the
//! same name, or the next snapshot's `body_links` say what became of it (renamed, split, merged,
//! gone), and every new name says where it comes from. Nothing is matched by similar names.

use super::{BodyLink, DataError, ErrorKind, LinkKind, Location, Snapshot};
use std::collections::HashSet;

/// Every problem with the way from `previous` to `next`, each with where it is; empty when the
/// two fit together.
pub fn continuity_problems(previous: &Snapshot, next: &Snapshot) -> Vec<DataError> {
    let at = |field: String| Location {
        snapshot: Some(next.id.clone()),
        row: None,
        field: Some(field),
    };
    let mut problems = Vec::new();
    if next.id.as_str() <= previous.id.as_str() {
        problems.push(DataError::at(
            at("id".into()),
            ErrorKind::SnapshotOrder(previous.id.clone()),
        ));
    }
    let before: HashSet<&str> = previous
        .bodies
        .iter()
        .map(|b| b.abbreviation.trim())
        .collect();
    let after: HashSet<&str> = next.bodies.iter().map(|b| b.abbreviation.trim()).collect();
    let mut linked_before = HashSet::new();
    let mut linked_after = HashSet::new();
    for (i, link) in next.body_links.iter().enumerate() {
        let field = |part: &str| at(format!("body_links[{}].{part}", i + 1));
        if let Some(problem) = kind_problem(link) {
            problems.push(DataError::at(field("kind"), ErrorKind::BadLink(problem)));
        }
        for name in &link.before {
            let name = name.trim();
            if !before.contains(name) {
                problems.push(DataError::at(
                    field("before"),
                    ErrorKind::UnknownBody(name.into()),
                ));
            } else if after.contains(name) && link.kind != LinkKind::Split {
                problems.push(DataError::at(
                    field("before"),
                    ErrorKind::BadLink(format!("`{name}` is in both tables under that name")),
                ));
            }
            if !linked_before.insert(name.to_string()) {
                problems.push(DataError::at(
                    field("before"),
                    ErrorKind::BadLink(format!("`{name}` is linked twice")),
                ));
            }
        }
        for name in &link.after {
            let name = name.trim();
            if !after.contains(name) {
                problems.push(DataError::at(
                    field("after"),
                    ErrorKind::UnknownBody(name.into()),
                ));
            }
            if !linked_after.insert(name.to_string()) {
                problems.push(DataError::at(
                    field("after"),
                    ErrorKind::BadLink(format!("`{name}` is linked twice")),
                ));
            }
        }
    }
    for body in &previous.bodies {
        let name = body.abbreviation.trim();
        if !after.contains(name) && !linked_before.contains(name) {
            problems.push(DataError::at(
                at("bodies".into()),
                ErrorKind::BodyGone {
                    body: name.into(),
                    previous: previous.id.clone(),
                },
            ));
        }
    }
    for body in &next.bodies {
        let name = body.abbreviation.trim();
        if !before.contains(name) && !linked_after.contains(name) {
            problems.push(DataError::at(
                at("bodies".into()),
                ErrorKind::BodyUnexplained {
                    body: name.into(),
                    previous: previous.id.clone(),
                },
            ));
        }
    }
    problems
}

/// What is wrong with a link's numbers of names for its kind, if anything.
fn kind_problem(link: &BodyLink) -> Option<String> {
    let (b, a) = (link.before.len(), link.after.len());
    let fits = match link.kind {
        LinkKind::Renamed => b == 1 && a == 1,
        LinkKind::Split => b == 1 && a >= 2,
        LinkKind::Merged => b >= 2 && a == 1,
        LinkKind::Gone => b >= 1 && a == 0,
        LinkKind::New => b == 0 && a >= 1,
    };
    (!fits).then(|| format!("{:?} with {b} name(s) before and {a} after", link.kind))
}

/// The names in `previous` that the body `name` of `next` continues: itself, or what its
/// snapshot's links name (several for a merger, one for a split part, none for a new body).
pub fn predecessors<'a>(previous: &'a Snapshot, next: &'a Snapshot, name: &str) -> Vec<&'a str> {
    let name = name.trim();
    if let Some(link) = next
        .body_links
        .iter()
        .find(|l| l.after.iter().any(|a| a.trim() == name))
    {
        return link.before.iter().map(|b| b.trim()).collect();
    }
    previous
        .bodies
        .iter()
        .map(|b| b.abbreviation.trim())
        .filter(|b| *b == name)
        .collect()
}
