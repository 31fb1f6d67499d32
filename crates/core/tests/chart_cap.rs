//! Charts with one bar per body draw at most `MAX_BARS` bars: with more bodies, the share chart
//! keeps the lowest shares, the accounts chart the largest bodies, the remaining chart the bodies
//! with the most accounts left, and each says in its title, takeaway, description and data table
//! that it shows N of M bodies and that the table lists all. The published 40 bodies are all drawn.

mod common;
use common::{entries, shipped};
use ox_core::charts::{build, ChartId, ChartInput, ChartSpec, ClickTarget, Theme, MAX_BARS};
use ox_core::i18n::{ChartText, Lang};
use ox_core::model::*;
use serde_json::Value;

/// The shipped snapshot with `n` generated bodies: varied counts, a few without any account.
fn generated(n: usize) -> Snapshot {
    let d = shipped();
    let mut s = d.latest().clone();
    let template = s.bodies[0].clone();
    s.bodies = (0..n)
        .map(|i| {
            let mut b = template.clone();
            b.abbreviation = format!("B{:05}", i + 1);
            b.name = None;
            b.as_printed.clear();
            let empty = i % 97 == 5;
            b.ox_accounts = if empty {
                0
            } else {
                ((i * 7919) % 100_000 + 1) as u32
            };
            b.exchange_accounts = if empty {
                0
            } else {
                ((i * 104_729) % 3_000) as u32
            };
            b.exchange_resources = if empty || i % 3 == 0 {
                0
            } else {
                (i % 50) as u32
            };
            b.ox_share_published = ox_share(&b).unwrap_or(0.0);
            b
        })
        .collect();
    s
}

fn spec(id: ChartId, s: &Snapshot, lang: Lang) -> (ChartSpec, Value) {
    let input = ChartInput {
        snapshot: s,
        previous: None,
        bodies: s.bodies.iter().collect(),
        lang,
        theme: Theme::Light,
        animate: false,
    };
    let spec = build(id, &input);
    let json = serde_json::to_value(&spec.chart).expect("options serialise");
    (spec, json)
}

/// The categories of each category (y) axis: one list per panel, the top panel first.
fn panels(json: &Value) -> Vec<Vec<String>> {
    entries(json, "yAxis")
        .iter()
        .map(|a| {
            a["data"]
                .as_array()
                .expect("category axis")
                .iter()
                .map(|v| v.as_str().expect("category").to_string())
                .collect()
        })
        .collect()
}

/// All categories, panel after panel.
fn categories(json: &Value) -> Vec<String> {
    panels(json).concat()
}

/// The chart, its data table, its click targets and its keyboard stops hold the same bodies;
/// the table and the stops read from the top of the chart down.
fn assert_consistent(spec: &ChartSpec, json: &Value) {
    let cats = categories(json);
    let y = entries(json, "yAxis");
    // ECharts draws the first category at the bottom unless the axis is `inverse`.
    let inverse = y[0]["inverse"] == true;
    assert!(y.iter().all(|a| a["inverse"] == y[0]["inverse"]));
    let top_down: Vec<String> = if inverse {
        cats.clone()
    } else {
        cats.iter().rev().cloned().collect()
    };
    let table: Vec<String> = spec.table.rows.iter().map(|r| r.header.clone()).collect();
    assert_eq!(table, top_down, "data table = chart, top down");
    let targets: Vec<ClickTarget> = cats.iter().cloned().map(ClickTarget::Body).collect();
    assert_eq!(spec.click_targets, targets);
    assert_eq!(spec.points.len(), cats.len());
    let stops: Vec<ClickTarget> = spec
        .points
        .iter()
        .map(|p| spec.click_targets[p.target.expect("a stop selects its bar")].clone())
        .collect();
    let top_down_targets: Vec<ClickTarget> = top_down.into_iter().map(ClickTarget::Body).collect();
    assert_eq!(stops, top_down_targets, "keyboard stops from the top down");
    // Each series holds one item per category of its panel, and a click on it selects that row.
    let panels = panels(json);
    for (i, series) in json["series"]
        .as_array()
        .expect("series")
        .iter()
        .enumerate()
    {
        let k = series["yAxisIndex"].as_f64().unwrap_or(0.0) as usize;
        let data = series["data"].as_array().expect("data");
        assert_eq!(data.len(), panels[k].len());
        for j in [0, data.len() - 1] {
            assert_eq!(
                spec.click_targets[spec.target_of(i, j)],
                ClickTarget::Body(panels[k][j].clone())
            );
        }
    }
}

/// `(key, abbreviation)` of every body, ordered by key (`lowest` first or highest first), ties
/// in printed order; the first `MAX_BARS` abbreviations.
fn expected(s: &Snapshot, key: impl Fn(&Body) -> Option<f64>, lowest: bool) -> Vec<String> {
    let mut all: Vec<(f64, usize, &str)> = s
        .bodies
        .iter()
        .enumerate()
        .filter_map(|(i, b)| key(b).map(|k| (k, i, b.abbreviation.as_str())))
        .collect();
    all.sort_by(|a, b| {
        let o = a.0.total_cmp(&b.0);
        let o = if lowest { o } else { o.reverse() };
        o.then(a.1.cmp(&b.1))
    });
    let mut kept: Vec<String> = all.iter().take(MAX_BARS).map(|r| r.2.to_string()).collect();
    kept.sort();
    kept
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn the_cap_lies_well_above_the_published_table() {
    let d = shipped();
    let s = d.latest();
    assert!(s.bodies.len() < MAX_BARS);
    for (id, title) in [
        (ChartId::Share, ChartText::ShareTitle),
        (ChartId::Accounts, ChartText::AccountsTitle),
        (ChartId::Remaining, ChartText::RemainingTitle),
    ] {
        let (spec, _) = spec(id, s, Lang::De);
        assert_eq!(spec.title, title.get(Lang::De), "{id:?} keeps its title");
        assert!(!spec.takeaway.contains("Tabelle „Alle Behörden“"), "{id:?}");
        assert!(
            !spec.description.contains("Tabelle „Alle Behörden“"),
            "{id:?}"
        );
    }
}

#[test]
fn share_chart_of_1000_bodies_draws_the_lowest_shares_and_says_so() {
    let s = generated(1000);
    let (spec, json) = spec(ChartId::Share, &s, Lang::De);
    let cats = categories(&json);
    assert_eq!(cats.len(), MAX_BARS);
    assert_eq!(sorted(cats.clone()), expected(&s, ox_share, true));
    // Still sorted with the lowest share at the bottom.
    let values: Vec<f64> = json["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["value"][0].as_f64().expect("every kept body has a share"))
        .collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
    // The invisible rest to 100 % is capped alike: each kept bar is exactly 100 % long, and its
    // rest carries the bar's number.
    let rest = &json["series"][1];
    assert_eq!(rest["stack"], json["series"][0]["stack"]);
    assert_eq!(rest["itemStyle"]["opacity"], 0.0);
    for (i, share) in values.iter().enumerate() {
        let item = &rest["data"][i];
        assert_eq!(
            item["value"][0].as_f64(),
            Some(100.0 - share),
            "{}",
            cats[i]
        );
        assert_eq!(
            share + item["value"][0].as_f64().unwrap(),
            100.0,
            "{}",
            cats[i]
        );
        assert_eq!(item["value"][2], json["series"][0]["data"][i]["value"][2]);
        assert_eq!(item["name"], json["series"][0]["data"][i]["name"]);
    }
    assert_consistent(&spec, &json);
    assert_eq!(spec.height, 60 * 24 + 72);

    assert_eq!(
        spec.title,
        "Wie weit die Behörden umgestellt haben: die 60 mit dem niedrigsten Anteil (von 1.000)"
    );
    assert!(
        spec.takeaway.ends_with(" Das Diagramm zeigt die 60 von 1.000 Behörden mit dem niedrigsten Anteil; alle stehen in der Tabelle „Alle Behörden“."),
        "{}",
        spec.takeaway
    );
    // The takeaway's count is of every body with accounts, drawn or not.
    let with_accounts = s.bodies.iter().filter(|b| ox_share(b).is_some()).count();
    assert_eq!(with_accounts, 989);
    assert!(
        spec.takeaway
            .contains(" von 989 Behörden haben mehr als 90"),
        "{}",
        spec.takeaway
    );
    assert!(
        spec.description.starts_with("Balkendiagramm: Anteil der Konten auf Open-Xchange je Behörde, die 60 von 1.000 Behörden mit dem niedrigsten Anteil, von "),
        "{}",
        spec.description
    );
    // The note (sort order, recomputed share) follows the description.
    assert!(
        spec.description.ends_with(&format!(
            "Alle Behörden stehen in der Tabelle „Alle Behörden“. {}",
            spec.note
        )),
        "{}",
        spec.description
    );
    assert!(spec.note.starts_with("Sortiert nach dem Anteil"));
    assert!(spec.table.caption.ends_with(": die 60 von 1.000 Behörden mit dem niedrigsten Anteil; alle stehen in der Tabelle „Alle Behörden“"));

    let (en, _) = self::spec(ChartId::Share, &s, Lang::En);
    assert_eq!(
        en.title,
        "How far the bodies have moved: the 60 with the lowest share (of 1,000)"
    );
    assert!(en.takeaway.ends_with(" The chart shows the 60 of 1,000 bodies with the lowest share; all of them are in the table “All bodies”."));
    assert!(en
        .description
        .contains(", the 60 of 1,000 bodies with the lowest share, from "));
}

#[test]
fn accounts_chart_of_1000_bodies_draws_the_largest_and_says_so() {
    let s = generated(1000);
    let (spec, json) = spec(ChartId::Accounts, &s, Lang::De);
    let cats = categories(&json);
    assert_eq!(cats.len(), MAX_BARS);
    let size = |b: &Body| Some((u64::from(b.ox_accounts) + remaining(b)) as f64);
    assert_eq!(sorted(cats.clone()), expected(&s, size, false));
    // Drawn with the most accounts at the top.
    let sizes: Vec<f64> = cats
        .iter()
        .map(|c| size(s.bodies.iter().find(|b| &b.abbreviation == c).unwrap()).unwrap())
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    assert_consistent(&spec, &json);
    assert_eq!(
        spec.title,
        "Konten je Behörde: die 60 Behörden mit den meisten Konten (von 1.000)"
    );
    assert!(spec.takeaway.ends_with(" Das Diagramm zeigt die 60 von 1.000 Behörden mit den meisten Konten; alle stehen in der Tabelle „Alle Behörden“."));
    // Totals in the description are of all bodies.
    let totals = Totals::of(&s.bodies);
    let ox = ox_core::format::int(totals.ox_accounts, Lang::De);
    assert!(
        spec.description.contains(
            "die 60 von 1.000 Behörden mit den meisten Konten. Alle 1.000 zusammen haben "
        ),
        "{}",
        spec.description
    );
    assert!(
        spec.description
            .contains(&format!("{ox} Konten auf Open-Xchange")),
        "{}",
        spec.description
    );
    assert!(spec
        .table
        .caption
        .contains("die 60 von 1.000 Behörden mit den meisten Konten"));
}

#[test]
fn remaining_chart_of_1000_bodies_draws_those_with_most_left_and_says_so() {
    let s = generated(1000);
    let (spec, json) = spec(ChartId::Remaining, &s, Lang::De);
    let cats = categories(&json);
    assert_eq!(cats.len(), MAX_BARS);
    let left = |b: &Body| (remaining(b) > 0).then(|| remaining(b) as f64);
    assert_eq!(sorted(cats.clone()), expected(&s, left, false));
    assert_consistent(&spec, &json);
    let with_rest = s.bodies.iter().filter(|b| remaining(b) > 0).count();
    let n = ox_core::format::int(with_rest as u64, Lang::De);
    assert_eq!(
        spec.title,
        format!("Wo die restlichen Exchange-Konten sind: die 60 Behörden mit den meisten (von {n} mit Restkonten)")
    );
    assert!(spec.takeaway.ends_with(&format!(" Das Diagramm zeigt von den {n} Behörden mit Restkonten die 60 mit den meisten; alle stehen in der Tabelle „Alle Behörden“.")));
    // Shares in the table are of all remaining accounts, not of those drawn.
    let total: u64 = s.bodies.iter().map(remaining).sum();
    let top = &spec.table.rows[0];
    let top_body = s
        .bodies
        .iter()
        .find(|b| b.abbreviation == top.header)
        .unwrap();
    let expected_share = remaining(top_body) as f64 * 100.0 / total as f64;
    let printed: f64 = top.cells[3]
        .trim_end_matches(['%', '\u{a0}'])
        .replace(',', ".")
        .parse()
        .unwrap();
    assert!(
        (printed - expected_share).abs() < 0.05,
        "{printed} vs {expected_share}"
    );
    let (zero, others) = (s.bodies.len() - with_rest, with_rest - 60);
    assert!(
        spec.description.contains(&format!(
            "von den {n} Behörden mit Restkonten die 60 mit den meisten, zusammen "
        )),
        "{}",
        spec.description
    );
    assert!(spec.description.contains(&format!(
        "Nicht abgebildet sind {zero} Behörden ohne Restkonten und {others} mit weniger;"
    )));
    assert!(spec.table.caption.contains(&format!(
        "von den {n} Behörden mit Restkonten die 60 mit den meisten"
    )));
}

#[test]
fn the_cap_starts_above_max_bars_and_keeps_the_printed_order_on_ties() {
    // Exactly MAX_BARS bodies: all drawn, no note.
    let s = generated(MAX_BARS);
    let (spec60, json) = spec(ChartId::Accounts, &s, Lang::De);
    assert_eq!(categories(&json).len(), MAX_BARS);
    assert_eq!(spec60.title, ChartText::AccountsTitle.get(Lang::De));

    // Equal shares everywhere: the bodies printed first are kept.
    let mut s = generated(MAX_BARS + 40);
    for b in &mut s.bodies {
        (b.ox_accounts, b.exchange_accounts, b.exchange_resources) = (90, 10, 0);
    }
    let (spec, json) = spec(ChartId::Share, &s, Lang::De);
    let first: Vec<String> = s.bodies[..MAX_BARS]
        .iter()
        .map(|b| b.abbreviation.clone())
        .collect();
    assert_eq!(sorted(categories(&json)), first);
    // Drawn bottom-up, the tied bars read in printed order from the top.
    assert_eq!(spec.table.rows[0].header, "B00001");
    assert!(spec.title.contains("(von 100)"));
}
