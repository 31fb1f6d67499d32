//! From one answer to the next: every body of the previous table is in the next one under the
//! same name, or the next snapshot's `body_links` say what became of it (renamed, split, merged,
//! gone), and every new name says where it comes from. Nothing is matched by similar names.

use super::{BodyAcross, BodyLink, DataError, ErrorKind, LinkKind, Location, Snapshot};
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
                ErrorKind::BodyGone(Box::new(BodyAcross {
                    body: name.into(),
                    previous: previous.id.clone(),
                })),
            ));
        }
    }
    for body in &next.bodies {
        let name = body.abbreviation.trim();
        if !before.contains(name) && !linked_after.contains(name) {
            problems.push(DataError::at(
                at("bodies".into()),
                ErrorKind::BodyUnexplained(Box::new(BodyAcross {
                    body: name.into(),
                    previous: previous.id.clone(),
                })),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_dataset, Localized};

    fn shipped() -> Snapshot {
        let text = include_str!("../../../../public/data/dataset.json");
        parse_dataset(text).expect("shipped").latest().clone()
    }

    fn link(kind: LinkKind, before: &[&str], after: &[&str]) -> BodyLink {
        let note = Localized {
            de: "laut Antwort".into(),
            en: "per the answer".into(),
        };
        BodyLink {
            kind,
            before: before.iter().map(|s| s.to_string()).collect(),
            after: after.iter().map(|s| s.to_string()).collect(),
            note,
        }
    }

    fn kinds(previous: &Snapshot, next: &Snapshot) -> Vec<String> {
        continuity_problems(previous, next)
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn every_body_is_accounted_for_from_one_answer_to_the_next() {
        let old = shipped();
        let mut new = old.clone();
        new.id = "2027-01-15".into();
        assert_eq!(kinds(&old, &new), Vec::<String>::new());
        // Out of order.
        assert!(kinds(&new, &old)[0].contains("is not newer than the previous snapshot"));
        // Renamed without saying so: both ends are reported.
        let name = new.bodies[0].abbreviation.clone();
        new.bodies[0].abbreviation = "Landtag SH".into();
        let problems = kinds(&old, &new);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains(&format!("body `{name}` of snapshot")),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("body `Landtag SH` was not in snapshot"),
            "{problems:?}"
        );
        // Said so: fine, and the new name continues the old one.
        new.body_links = vec![link(LinkKind::Renamed, &[&name], &["Landtag SH"])];
        assert_eq!(kinds(&old, &new), Vec::<String>::new());
        assert_eq!(predecessors(&old, &new, "Landtag SH"), vec![name.as_str()]);
        assert_eq!(predecessors(&old, &new, "Polizei"), vec!["Polizei"]);
        // A split needs two names after; unknown names are named.
        new.body_links = vec![link(LinkKind::Split, &[&name], &["Landtag SH"])];
        assert!(kinds(&old, &new)[0].contains("does not fit its kind"));
        new.body_links = vec![link(LinkKind::Renamed, &["Nirgendwo"], &["Landtag SH"])];
        let problems = kinds(&old, &new);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("unknown body `Nirgendwo`")),
            "{problems:?}"
        );
        // A body that is gone, said so.
        let mut fewer = old.clone();
        fewer.id = "2027-01-15".into();
        let gone = fewer.bodies.pop().unwrap().abbreviation;
        assert_eq!(kinds(&old, &fewer).len(), 1);
        fewer.body_links = vec![link(LinkKind::Gone, &[&gone], &[])];
        assert_eq!(kinds(&old, &fewer), Vec::<String>::new());
    }
}
