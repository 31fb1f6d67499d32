//! Property tests of the parser (a light, always-on fuzzer): whatever arrives as the dataset, parsing
//! and the error message never panic; a broken row is always named; an accepted dataset always
//! satisfies the rules the rest of the site relies on.
//!
//! Case counts are kept small so `cargo test` stays fast; `PROPTEST_CASES=20000 cargo test --test
//! fuzz_parse` runs more (see README, "Fuzzing"). A failing case is saved by proptest in
//! `tests/fuzz_parse.proptest-regressions` and replayed first on every later run.

use ox_core::i18n::{error_message, location, Lang};
use ox_core::model::*;
use ox_core::notes::data_notes;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::OnceLock;

/// `default` cases unless `PROPTEST_CASES` asks for another number.
fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        ..Config::default()
    }
}

fn shipped() -> &'static Value {
    static SHIPPED: OnceLock<Value> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dataset.json"
        ))
        .expect("dataset file");
        serde_json::from_str(&text).expect("shipped dataset is JSON")
    })
}

fn row_count() -> usize {
    shipped()["snapshots"][0]["bodies"]
        .as_array()
        .unwrap()
        .len()
}

/// Parses `text`, and checks what must hold either way: a rejection has a message in both languages,
/// an accepted dataset keeps every rule.
fn parse_and_check(text: &str) -> Result<Dataset, DataError> {
    let result = parse_dataset(text);
    match &result {
        Ok(dataset) => assert_invariants(dataset),
        Err(err) => {
            for lang in [Lang::De, Lang::En] {
                let message = error_message(err, lang);
                assert!(!message.trim().is_empty(), "empty message for {err:?}");
            }
            assert!(!err.to_string().is_empty());
        }
    }
    result
}

/// The rules an accepted dataset keeps, and the derived figures the pages compute from it.
fn assert_invariants(dataset: &Dataset) {
    assert!(!dataset.snapshots.is_empty());
    let mut ids = HashSet::new();
    for snapshot in &dataset.snapshots {
        assert!(!snapshot.id.trim().is_empty());
        assert!(
            ids.insert(snapshot.id.as_str()),
            "snapshot {} twice",
            snapshot.id
        );
        assert!(!snapshot.bodies.is_empty());
        let mut names = HashSet::new();
        for b in &snapshot.bodies {
            for count in [b.exchange_accounts, b.exchange_resources, b.ox_accounts] {
                assert!(
                    u64::from(count) <= MAX_COUNT,
                    "{} has {count}",
                    b.abbreviation
                );
            }
            let share = b.ox_share_published;
            assert!((0.0..=100.0).contains(&share), "share {share}");
            let key = b.abbreviation.trim();
            assert!(!key.is_empty());
            assert!(names.insert(key), "body {key} twice");
        }
        // Derived figures must not panic on any accepted input.
        let totals = Totals::of(&snapshot.bodies);
        assert!(totals.ox_share().is_none_or(|s| (0.0..=100.0).contains(&s)));
        let _ = totals_by_portfolio(snapshot);
        let _ = checks(snapshot);
        for lang in [Lang::De, Lang::En] {
            let _ = data_notes(snapshot, lang);
        }
    }
    let _ = dataset.latest();
}

/// Text longer than the parts of a message that are shortened (40 to 80 characters), in any script.
fn long_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 30..200).prop_map(String::from_iter)
}

/// Any JSON value: the replacements a hostile or broken file could hold at any place.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)), // NaN and infinities become null
        (0u64..=MAX_COUNT + 1).prop_map(Value::from),
        (-1.0f64..101.0).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        long_text().prop_map(Value::from),
        prop_oneof![
            Just(""),
            Just("   "),
            Just("<script>alert(1)</script>"),
            Just("2026-02-30"),
            Just("I"),
            Just("StK"),
            Just("{where}"),
            Just("\u{0}\u{1}count:large 5"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{0,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// What to do to the shipped dataset.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Value),
    Delete,
    DuplicateRow,
}

/// Follows `choices` into the value (each choice taken modulo the number of children) and returns
/// the path as keys and indices. Stops early at a leaf.
fn pick_path(root: &Value, choices: &[usize]) -> Vec<PathStep> {
    let mut path = Vec::new();
    let mut node = root;
    for &c in choices {
        match node {
            Value::Object(map) if !map.is_empty() => {
                let (k, v) = map.iter().nth(c % map.len()).unwrap();
                path.push(PathStep::Key(k.clone()));
                node = v;
            }
            Value::Array(items) if !items.is_empty() => {
                let i = c % items.len();
                path.push(PathStep::Index(i));
                node = &items[i];
            }
            _ => break,
        }
    }
    path
}

#[derive(Debug, Clone, PartialEq)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn get_mut<'a>(root: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(root, |node, step| match step {
        PathStep::Key(k) => &mut node[k.as_str()],
        PathStep::Index(i) => &mut node[*i],
    })
}

/// Applies `mutation` at `path` (the root itself when the path is empty).
fn apply(root: &mut Value, path: &[PathStep], mutation: &Mutation) {
    let Some((last, parent)) = path.split_last() else {
        if let Mutation::Replace(v) = mutation {
            *root = v.clone();
        }
        return;
    };
    let parent = get_mut(root, parent);
    match (mutation, last) {
        (Mutation::Replace(v), _) => *get_mut(parent, std::slice::from_ref(last)) = v.clone(),
        (Mutation::Delete, PathStep::Key(k)) => {
            parent.as_object_mut().unwrap().remove(k);
        }
        (Mutation::Delete, PathStep::Index(i)) => {
            parent.as_array_mut().unwrap().remove(*i);
        }
        (Mutation::DuplicateRow, PathStep::Index(i)) => {
            let items = parent.as_array_mut().unwrap();
            let copy = items[*i].clone();
            items.insert(*i + 1, copy);
        }
        (Mutation::DuplicateRow, PathStep::Key(_)) => {}
    }
}

/// The row a path is inside of (`snapshots[s].bodies[r]` or below), as (snapshot, row) indices.
fn row_of(path: &[PathStep]) -> Option<(usize, usize)> {
    match path {
        [PathStep::Key(a), PathStep::Index(s), PathStep::Key(b), PathStep::Index(r), ..]
            if a == "snapshots" && b == "bodies" =>
        {
            Some((*s, *r))
        }
        _ => None,
    }
}

fn to_text(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

/// A rejected mutation inside row `row` (0-based) must say where: the snapshot, and the row itself
/// unless the error is about another place that refers to the row (a data note naming its body).
fn assert_names_row(err: &DataError, row: usize, what: &str) {
    let loc = &err.location;
    assert!(loc.snapshot.is_some(), "{what}: no snapshot in «{err}»");
    for lang in [Lang::De, Lang::En] {
        let at = location(loc, lang);
        assert!(
            !at.is_empty() && error_message(err, lang).contains(&at),
            "{what}: «{}» names no location",
            error_message(err, lang)
        );
    }
    match &err.kind {
        // The note that names the body is the place to fix.
        ErrorKind::UnknownBody(_) => assert!(loc.field.as_deref().unwrap().starts_with("notes[")),
        // A new abbreviation can clash with a later row, which is then the one named.
        ErrorKind::DuplicateBody { first_row } if *first_row == row + 1 => {
            assert!(loc.row.as_ref().unwrap().0 > row + 1, "{what}: {err}")
        }
        _ => assert_eq!(
            loc.row.as_ref().map(|r| r.0),
            Some(row + 1),
            "{what}: «{err}» does not name row {}",
            row + 1
        ),
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// (a) Any text: never a panic, always a message in both languages.
    #[test]
    fn any_text_is_answered_without_panic(text in any::<String>()) {
        let _ = parse_and_check(&text);
    }

    /// (a) Any bytes, as the browser would decode them (lossy UTF-8).
    #[test]
    fn any_bytes_are_answered_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_and_check(&String::from_utf8_lossy(&bytes));
    }

    /// (a) Text made of JSON's own characters, which gets further into the parser than noise.
    #[test]
    fn json_like_text_is_answered_without_panic(text in r#"[\[\]{}":,0-9a-z_ .eE+\-\\]{0,300}"#) {
        let _ = parse_and_check(&text);
    }

    /// (a) Any JSON value, and any value with the envelope the parser looks at first.
    #[test]
    fn any_json_value_is_answered_without_panic(v in any_json(), snapshots in any_json()) {
        let _ = parse_and_check(&v.to_string());
        let wrapped = json!({ "schema_version": 1, "snapshots": [snapshots] });
        let _ = parse_and_check(&wrapped.to_string());
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// (b) A random value at a random place, a deleted field or element, or a duplicated element:
    /// never a panic, and a rejected change inside a row names that row.
    #[test]
    fn mutated_dataset_is_answered_and_located(
        choices in prop::collection::vec(any::<usize>(), 1..8),
        mutation in prop_oneof![
            3 => any_json().prop_map(Mutation::Replace),
            1 => Just(Mutation::Delete),
            1 => Just(Mutation::DuplicateRow),
        ],
    ) {
        let mut value = shipped().clone();
        let path = pick_path(&value, &choices);
        apply(&mut value, &path, &mutation);
        let result = parse_and_check(&to_text(&value));
        let inside_row = row_of(&path).filter(|_| {
            // Deleting a whole row is a change of the table, not inside a row.
            !(path.len() == 4 && matches!(mutation, Mutation::Delete))
        });
        if let (Err(err), Some((_, row))) = (&result, inside_row) {
            let row = if matches!(mutation, Mutation::DuplicateRow) && path.len() == 4 {
                row + 1 // the copy is the row that clashes
            } else {
                row
            };
            assert_names_row(err, row, &format!("{mutation:?} at {path:?}"));
        }
    }

    /// (b) Changes aimed at the rows themselves: any value in any field of a row, a deleted field, a
    /// duplicated row; with long names in any script for the row and the snapshot, which the
    /// message quotes shortened (cutting them must respect character boundaries).
    #[test]
    fn mutated_row_is_located(
        row in 0..40usize,
        field in prop_oneof![
            Just("portfolio"), Just("abbreviation"), Just("name"), Just("exchange_accounts"),
            Just("exchange_resources"), Just("ox_accounts"), Just("ox_share_published"),
            Just("page"), Just("as_printed"), Just("unknown_field"),
        ],
        mutation in prop_oneof![
            4 => any_json().prop_map(Mutation::Replace),
            1 => Just(Mutation::Delete),
        ],
        duplicate in any::<bool>(),
        // The names a message quotes: the row's abbreviation and the snapshot's id.
        names in (prop::option::of(long_text()), prop::option::of(long_text())),
    ) {
        let row = row % row_count();
        let mut value = shipped().clone();
        if let Some(id) = names.0.filter(|id| !id.trim().is_empty()) {
            value["snapshots"][0]["id"] = id.into();
        }
        let bodies = &mut value["snapshots"][0]["bodies"];
        if let Some(name) = names.1.filter(|n| !n.trim().is_empty()) {
            // Not for a body a data note names: the note would then name an unknown body.
            let noted = shipped()["snapshots"][0]["notes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["body"] == bodies[row]["abbreviation"]);
            if !noted {
                bodies[row]["abbreviation"] = name.into();
            }
        }
        if let (Mutation::Delete, Some(fields)) = (&mutation, bodies[row].as_object_mut()) {
            fields.remove(field);
        } else if let Mutation::Replace(v) = &mutation {
            bodies[row][field] = v.clone();
        }
        let result = parse_and_check(&to_text(&value));
        if let Err(err) = &result {
            assert_names_row(err, row, &format!("{mutation:?} in row {} field {field}", row + 1));
        }
        if duplicate {
            let mut value = shipped().clone();
            let items = value["snapshots"][0]["bodies"].as_array_mut().unwrap();
            let copy = items[row].clone();
            items.push(copy);
            let err = parse_and_check(&to_text(&value)).unwrap_err();
            prop_assert_eq!(&err.kind, &ErrorKind::DuplicateBody { first_row: row + 1 });
            assert_names_row(&err, row_count(), "duplicated row");
        }
    }

    /// (b) The file cut off at any byte: never a panic, never accepted.
    #[test]
    fn truncated_dataset_is_refused(cut in 0.0f64..1.0) {
        let text = to_text(shipped());
        let at = (text.len() as f64 * cut) as usize;
        let result = parse_and_check(&String::from_utf8_lossy(&text.as_bytes()[..at]));
        prop_assert!(result.is_err());
    }

    /// (c) Plausible and borderline figures: a count is accepted exactly when it is a whole number
    /// from 0 to MAX_COUNT, a share exactly when it is within 0–100, and what is accepted keeps
    /// every rule (checked in `parse_and_check`).
    #[test]
    fn figures_are_accepted_exactly_within_their_range(
        row in 0..40usize,
        count_field in prop_oneof![
            Just("exchange_accounts"), Just("exchange_resources"), Just("ox_accounts"),
        ],
        count in prop_oneof![
            (0u64..=MAX_COUNT).prop_map(Value::from),
            Just(Value::from(MAX_COUNT)),
            Just(Value::from(MAX_COUNT + 1)),
            Just(Value::from(u64::MAX)),
            (i64::MIN..0).prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
        ],
        share in prop_oneof![
            (0.0f64..=100.0).prop_map(Value::from),
            Just(json!(0.0)), Just(json!(100.0)), Just(json!(-0.0)),
            Just(json!(100.000_000_1)), Just(json!(-1e-9)),
            any::<f64>().prop_map(|f| json!(f)),
        ],
    ) {
        let row = row % row_count();
        let mut value = shipped().clone();
        let body = &mut value["snapshots"][0]["bodies"][row];
        body[count_field] = count.clone();
        body["ox_share_published"] = share.clone();
        let result = parse_and_check(&to_text(&value));
        let count_ok = count.as_u64().is_some_and(|c| c <= MAX_COUNT);
        let share_ok = share.as_f64().is_some_and(|s| (0.0..=100.0).contains(&s));
        prop_assert_eq!(result.is_ok(), count_ok && share_ok, "{:?} / {:?}: {:?}", count, share, result.as_ref().err());
        if let Err(err) = &result {
            assert_names_row(err, row, "figure");
        }
    }
}

/// Nesting far beyond serde_json's limit (128) is refused as broken JSON; the limit is what keeps
/// the parser from exhausting the stack, which in the browser's WebAssembly is small.
#[test]
fn very_deep_nesting_is_refused_without_exhausting_the_stack() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = format!("{}{}", open.repeat(100_000), close.repeat(100_000));
        let err = parse_and_check(&text).unwrap_err();
        assert!(matches!(err.kind, ErrorKind::Syntax { .. }), "{err}");
    }
}
