//! What changed between two answers, on the invented second answer of the tests
//! (`tests/fixtures/invented-second-answer/`), and nothing on the real site's single answer.

mod common;
use common::{repo_file, shipped};
use ox_core::changes::{changes, previous_of};
use ox_core::model::{parse_dataset, LinkKind};

#[test]
fn the_real_dataset_has_one_answer_and_nothing_to_compare() {
    let ds = shipped();
    assert_eq!(ds.snapshots.len(), 1);
    assert!(previous_of(&ds, ds.latest()).is_none());
    assert!(ds.corrections.is_empty());
}

#[test]
fn the_invented_second_answer_shows_moves_completions_setbacks_and_a_rename() {
    let ds = parse_dataset(&repo_file(
        "tests/fixtures/invented-second-answer/dataset.json",
    ))
    .expect("the fixture is a valid dataset");
    let next = ds.latest();
    assert!(next.source.title.starts_with("ERFUNDEN"));
    let previous = previous_of(&ds, next).expect("two answers");
    let c = changes(previous, next);
    let row = |name: &str| {
        c.rows
            .iter()
            .find(|r| r.after_names.iter().any(|n| n == name))
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(row("LTSH").ox_delta(), 12);
    assert!(row("LTSH").newly_complete());
    assert_eq!(row("Justiz").exchange_delta(), -150);
    assert!(!row("Justiz").newly_complete());
    assert!(row("StK").went_backwards());
    let renamed = row("Landesarchiv SH");
    assert_eq!(renamed.before_names, ["Landesarchiv"]);
    assert_eq!(renamed.link, Some(LinkKind::Renamed));
    assert!(renamed.newly_complete());
    assert_eq!(c.changed().count(), 4);
    assert_eq!(
        c.totals_after.ox_accounts,
        c.totals_before.ox_accounts + 12 + 150 - 5 + 16
    );
    assert_eq!(ds.corrections.len(), 1);
}
