//! What changed between two answers, on the invented second answer of the tests
//! (`tests/fixtures/invented-second-answer/`), and nothing on the real site's single answer.

mod common;
use common::{entries, repo_file, shipped};
use ox_core::changes::{changes, previous_of};
use ox_core::charts::{build, ChartId, ChartInput, ChartSpec, Theme};
use ox_core::i18n::Lang;
use ox_core::model::{parse_dataset, Dataset, LinkKind};
use serde_json::Value;

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

fn invented() -> Dataset {
    parse_dataset(&repo_file(
        "tests/fixtures/invented-second-answer/dataset.json",
    ))
    .expect("the fixture is a valid dataset")
}

fn changes_chart(ds: &Dataset, lang: Lang) -> (ChartSpec, Value) {
    let next = ds.latest();
    let input = ChartInput {
        snapshot: next,
        previous: previous_of(ds, next),
        bodies: next.bodies.iter().collect(),
        lang,
        theme: Theme::Light,
        animate: false,
    };
    let spec = build(ChartId::Changes, &input);
    let json = serde_json::to_value(&spec.chart).expect("options serialise");
    (spec, json)
}

#[test]
fn the_chart_of_what_changed_draws_each_change_from_zero_the_largest_gain_on_top() {
    let ds = invented();
    assert_eq!(
        ChartId::of(&ds, ds.latest()),
        [ChartId::ALL.as_slice(), &[ChartId::Changes]].concat()
    );
    let (spec, json) = changes_chart(&ds, Lang::De);
    let labels = entries(&json, "yAxis")[0]["data"].clone();
    assert_eq!(
        labels,
        serde_json::json!(["Justiz", "Landesarchiv SH", "LTSH", "StK"])
    );
    let series = entries(&json, "series");
    let values = |k: usize| -> Vec<Value> {
        series[k]["data"]
            .as_array()
            .expect("data")
            .iter()
            .map(|d| d["value"][0].clone())
            .collect()
    };
    // Gains in the first series, losses in the second, each row drawn once.
    assert_eq!(
        values(0),
        [150.0, 16.0, 12.0]
            .map(Value::from)
            .into_iter()
            .chain([Value::Null])
            .collect::<Vec<_>>()
    );
    assert_eq!(
        values(1),
        [Value::Null, Value::Null, Value::Null, Value::from(-5.0)]
    );
    // A linear axis through zero with numbered ticks on both sides.
    let x = entries(&json, "xAxis");
    assert_eq!(x[0]["type"], "value");
    assert_eq!(x[0]["min"], -50);
    assert_eq!(x[0]["max"], 150.0);
    assert_eq!(x[0]["interval"], 50.0);
    assert_eq!(
        x[1]["data"],
        serde_json::json!(["\u{2212}50", "0", "+50", "+100", "+150"])
    );
    assert_eq!(
        spec.takeaway,
        "Seit dem 24.\u{a0}März 2026: +173 Konten auf Open-Xchange insgesamt, am meisten bei Justiz (+150). Weniger als zuvor hat 1 Behörde: StK."
    );
    // Both answers are cited.
    assert!(
        spec.source
            .contains("Drucksache 20/4245 vom 24.\u{a0}März 2026"),
        "{}",
        spec.source
    );
    assert!(
        spec.source.contains("Drucksache 20/9999"),
        "{}",
        spec.source
    );
    assert_eq!(spec.table.rows.len(), 4);
    assert_eq!(
        spec.table.rows[0].cells,
        ["8.588", "8.738", "+150", "207", "57"]
    );
    assert_eq!(spec.points.len(), 4);
    assert_eq!(spec.points[3].items[0].series, 1);
    assert!(spec.points[0]
        .announcement
        .starts_with("Justiz: +150 Konten auf Open-Xchange (8.588 → 8.738)"));
    let (en, _) = changes_chart(&ds, Lang::En);
    assert!(
        en.takeaway
            .starts_with("Since 24\u{a0}March 2026: +173 accounts"),
        "{}",
        en.takeaway
    );
}

#[test]
fn without_an_earlier_answer_the_chart_says_there_is_nothing_to_compare() {
    let ds = shipped();
    assert_eq!(ChartId::of(&ds, ds.latest()), ChartId::ALL);
    let (spec, json) = changes_chart(&ds, Lang::De);
    assert!(entries(&json, "series").is_empty());
    assert!(entries(&json, "title")[0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Keine frühere Antwort")));
    assert!(spec.table.rows.is_empty());
    assert_eq!(ChartId::from_slug("veraenderung"), Some(ChartId::Changes));
}
