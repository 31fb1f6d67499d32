//! The chart builders on the shipped dataset: what each series holds (as the JSON ECharts gets),
//! the computed takeaways in both languages, click targets, filters, the empty case and the theme.

mod common;
use common::{entries, shipped};
use ox_core::charts::{
    build, next_point, ChartId, ChartInput, ChartSpec, ClickTarget, Item, Palette, Theme,
};
use ox_core::i18n::Lang;
use ox_core::model::*;
use serde_json::Value;

const NB: char = '\u{a0}';

fn input<'a>(s: &'a Snapshot, bodies: Vec<&'a Body>, lang: Lang) -> ChartInput<'a> {
    ChartInput {
        snapshot: s,
        previous: None,
        bodies,
        lang,
        theme: Theme::Light,
        animate: false,
    }
}

fn chart(id: ChartId, s: &Snapshot, lang: Lang) -> (ChartSpec, Value) {
    let spec = build(id, &input(s, s.bodies.iter().collect(), lang));
    let json = serde_json::to_value(&spec.chart).expect("options serialise");
    (spec, json)
}

fn chart_of(id: ChartId, s: &Snapshot, bodies: Vec<&Body>, lang: Lang) -> (ChartSpec, Value) {
    let spec = build(id, &input(s, bodies, lang));
    let json = serde_json::to_value(&spec.chart).expect("options serialise");
    (spec, json)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array of strings")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// The categories of the category axes `axis` ("yAxis"), one list per axis: for a bar chart in
/// panels, one per panel, the top panel first.
fn panels(json: &Value, axis: &str) -> Vec<Vec<String>> {
    entries(json, axis)
        .iter()
        .filter(|a| a["type"] == "category")
        .map(|a| strings(&a["data"]))
        .collect()
}

/// All categories of the category axes `axis`, panel after panel.
fn categories(json: &Value, axis: &str) -> Vec<String> {
    panels(json, axis).concat()
}

fn series(json: &Value) -> Vec<Value> {
    json["series"].as_array().cloned().unwrap_or_default()
}

fn series_of(json: &Value, i: usize) -> Value {
    series(json)[i].clone()
}

/// The drawn values (first element of each item's value) of a series; null stays None.
fn values(series: &Value) -> Vec<Option<f64>> {
    series["data"]
        .as_array()
        .expect("series data")
        .iter()
        .map(|d| d["value"][0].as_f64())
        .collect()
}

fn names(series: &Value) -> Vec<String> {
    series["data"]
        .as_array()
        .expect("series data")
        .iter()
        .map(|d| d["name"].as_str().expect("item name").to_string())
        .collect()
}

/// The label text (third element of the value) of item `index` of series `series`.
fn label(json: &Value, series: usize, index: usize) -> String {
    json["series"][series]["data"][index]["value"][2]
        .as_str()
        .unwrap_or_else(|| panic!("no label at {series}/{index}"))
        .to_string()
}

fn index_of(v: &Value, key: &str) -> usize {
    v[key].as_f64().unwrap_or(0.0) as usize
}

/// The parts of every bar of a bar chart, in the order of `categories(json, "yAxis")`: the
/// series drawn on each category axis, item by item.
fn stacked(json: &Value) -> Vec<Vec<f64>> {
    let all = series(json);
    let mut rows = Vec::new();
    for k in 0..entries(json, "yAxis").len() {
        let panel: Vec<&Value> = all
            .iter()
            .filter(|s| index_of(s, "yAxisIndex") == k)
            .collect();
        // charming leaves out an empty `data`.
        let len = panel
            .first()
            .and_then(|s| s["data"].as_array())
            .map_or(0, Vec::len);
        for i in 0..len {
            rows.push(
                panel
                    .iter()
                    .map(|s| s["data"][i]["value"][0].as_f64().expect("a drawn number"))
                    .collect(),
            );
        }
    }
    rows
}

fn assert_body_targets(spec: &ChartSpec, cats: &[String]) {
    let expected: Vec<ClickTarget> = cats.iter().map(|c| ClickTarget::Body(c.clone())).collect();
    assert_eq!(spec.click_targets, expected);
}

/// An integer as the site writes it: "13.750" in German, "13,750" in English.
fn grouped(n: u64, lang: Lang) -> String {
    let sep = if lang == Lang::De { '.' } else { ',' };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn body<'a>(s: &'a Snapshot, abbreviation: &str) -> &'a Body {
    s.bodies
        .iter()
        .find(|b| b.abbreviation == abbreviation)
        .unwrap_or_else(|| panic!("no body {abbreviation}"))
}

fn ressort<'a>(s: &'a Snapshot, id: &str) -> Vec<&'a Body> {
    s.bodies
        .iter()
        .filter(|b| b.portfolio.as_deref() == Some(id))
        .collect()
}

/// The selections the property tests run on: every body, one Ressort, a single body, and one
/// with nothing left on Exchange.
fn selections(s: &Snapshot) -> Vec<(&'static str, Vec<&Body>)> {
    vec![
        ("all", s.bodies.iter().collect()),
        ("Ressort IV", ressort(s, "IV")),
        ("Polizei", vec![body(s, "Polizei")]),
        ("LRH", vec![body(s, "LRH")]),
    ]
}

/// Every value stored under `key` anywhere in the options.
fn find_key<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| find_key(x, key, out)),
        Value::Object(o) => {
            for (k, x) in o {
                if k == key {
                    out.push(x);
                }
                find_key(x, key, out);
            }
        }
        _ => {}
    }
}

/// Every string anywhere in the options.
fn all_strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| all_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| all_strings(x, out)),
        _ => {}
    }
}

#[test]
fn share_chart_sorts_recomputed_shares_with_the_highest_on_top() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Share, s, Lang::De);
    let cats = categories(&json, "yAxis");
    let y = entries(&json, "yAxis");
    assert_eq!(y.len(), 1);
    assert_eq!(
        y[0]["inverse"], false,
        "drawn bottom-up: the highest on top"
    );
    let series = series(&json);
    // The visible share, and the invisible rest to 100 % that carries the numbers.
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["name"], "Anteil auf Open-Xchange");
    assert_eq!(series[1]["name"], "noch nicht umgestellt");
    assert_eq!(series[0]["stack"], "share");
    assert_eq!(series[1]["stack"], "share");
    assert_eq!(series[1]["itemStyle"]["opacity"], 0.0);
    assert_eq!(
        series[0]["itemStyle"]["color"],
        Theme::Light.palette().ox,
        "the share is drawn"
    );
    let v = values(&series[0]);
    let rest = values(&series[1]);
    assert_eq!(cats.len(), 40);
    assert_eq!(cats[0], "BNUR");
    assert_eq!(v[0], Some(12.5));
    assert_eq!(
        cats[39], "LRH",
        "ties at 100 % read in table order from the top"
    );
    assert_eq!(v[39], Some(100.0));
    assert!(v.windows(2).all(|w| w[0] <= w[1]), "ascending: {v:?}");
    // Every bar, share and rest, is exactly 100 % long.
    assert_eq!(rest.len(), v.len());
    for (i, (share, rest)) in v.iter().zip(&rest).enumerate() {
        let (share, rest) = (share.unwrap(), rest.unwrap());
        assert_eq!(rest, 100.0 - share, "{}", cats[i]);
        assert_eq!(share + rest, 100.0, "{}", cats[i]);
    }
    assert_eq!(rest[0], Some(87.5));
    assert_eq!(rest[39], Some(0.0));
    // Recomputed, not printed: Finanzämter print 100.0 but keep 2 accounts on Exchange.
    let fa = cats.iter().position(|c| c == "Finanzämter").unwrap();
    assert!((v[fa].unwrap() - 5225.0 * 100.0 / 5227.0).abs() < 1e-9);
    // A linear axis from 0 to 100 %, its numbers written by the site.
    let x = entries(&json, "xAxis");
    assert_eq!(x.len(), 2);
    assert_eq!(x[0]["type"], "value");
    assert_eq!(x[0]["min"], 0);
    assert_eq!(x[0]["max"], 100.0);
    assert_eq!(x[0]["interval"], 20.0);
    assert_eq!(x[0]["axisLabel"]["show"], false);
    assert_eq!(x[1]["type"], "category");
    assert_eq!(x[1]["boundaryGap"], false);
    assert_eq!(x[1]["axisPointer"]["show"], false);
    let ticks: Vec<String> = (0..=5).map(|i| format!("{}{NB}%", i * 20)).collect();
    assert_eq!(strings(&x[1]["data"]), ticks);
    assert_eq!(series[0].get("xAxisIndex"), None, "drawn on the value axis");
    assert_eq!(series[1].get("xAxisIndex"), None, "drawn on the value axis");
    assert_body_targets(&spec, &cats);
    assert_eq!(
        names(&series[0])[0],
        format!("BNUR: 12,5{NB}% auf Open-Xchange (4 von 32 Konten)")
    );
    // The number stands at the end of the invisible rest, right of 100 %: the share bar has no
    // label, the rest one without a background (the 90 % line never reaches it).
    assert!(series[0].get("label").is_none(), "{}", series[0]);
    assert_eq!(series[1]["label"]["show"], true);
    assert_eq!(series[1]["label"]["position"], "right");
    assert_eq!(series[1]["label"]["formatter"], "{@[2]}");
    assert_eq!(series[1]["label"]["color"], Theme::Light.palette().text);
    assert!(series[1]["label"].get("backgroundColor").is_none());
    // Both parts of a bar carry the same number and the same tooltip line.
    assert_eq!(names(&series[1]), names(&series[0]));
    for (i, cat) in cats.iter().enumerate() {
        assert_eq!(label(&json, 1, i), label(&json, 0, i), "{cat}");
    }
    assert_eq!(label(&json, 1, 0), format!("12,5{NB}%"));
    // Almost done is not done: one decimal would say 100 %, so the label says "> 99,9 %", and
    // the paper's 100 % is named in the tooltip.
    assert_eq!(label(&json, 1, fa), format!(">{NB}99,9{NB}%*"));
    assert_eq!(
        names(&series[0])[fa],
        format!("Finanzämter: >{NB}99,9{NB}% auf Open-Xchange (5.225 von 5.227 Konten); in der Drucksache gedruckt: 100{NB}%")
    );
    // At or below 90 %: highlighted; above: the series colour. The rest is never coloured.
    for (i, share) in v.iter().enumerate() {
        let colour = &series[0]["data"][i]["itemStyle"]["color"];
        if share.unwrap() <= 90.0 {
            assert_eq!(colour, Theme::Light.palette().highlight, "{}", cats[i]);
        } else {
            assert!(colour.is_null(), "{}: {colour}", cats[i]);
        }
        assert!(series[1]["data"][i].get("itemStyle").is_none());
    }
    // The tooltip reads the share's line only, once.
    assert_eq!(json["tooltip"]["formatter"], "{b0}");
    assert_eq!(json["tooltip"]["trigger"], "axis");
    assert_eq!(
        spec.takeaway,
        format!("33 von 40 Behörden haben mehr als 90{NB}% ihrer Konten umgestellt; am niedrigsten ist der Anteil bei BNUR (12,5{NB}%).")
    );
    assert!(spec
        .note
        .starts_with("Sortiert nach dem Anteil, der höchste oben."));
    assert!(spec.description.ends_with(&format!(" {}", spec.note)));
    assert_eq!(spec.table.rows.len(), 40);
    assert_eq!(spec.table.rows[39].header, "BNUR");
    assert_eq!(
        spec.table.rows[39].cells,
        vec!["4", "28", "32", &format!("12,5{NB}%")]
    );
    let fa_row = spec
        .table
        .rows
        .iter()
        .find(|r| r.header == "Finanzämter")
        .unwrap();
    assert_eq!(fa_row.cells[3], format!(">{NB}99,9{NB}%"));
    assert_eq!(
        spec.source,
        format!("Quelle: Schleswig-Holsteinischer Landtag, Drucksache 20/4245 vom 24.{NB}März 2026, Antwort auf Frage 2")
    );

    let (en, en_json) = chart(ChartId::Share, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "33 of 40 bodies have moved more than 90% of their accounts; the share is lowest at BNUR (12.5%)."
    );
    assert!(en.description.starts_with("Bar chart: share of accounts on Open-Xchange per body, 40 bodies, from 12.5% (BNUR) to 100% (LRH)"));
    assert_eq!(
        strings(&entries(&en_json, "xAxis")[1]["data"]),
        vec!["0%", "20%", "40%", "60%", "80%", "100%"]
    );
    assert_eq!(label(&en_json, 1, fa), "> 99.9%*".replace(' ', "\u{a0}"));
    assert_eq!(series_of(&en_json, 0)["name"], "Share on Open-Xchange");
    assert_eq!(series_of(&en_json, 1)["name"], "not yet moved");
    assert_eq!(
        names(&series_of(&en_json, 1)),
        names(&series_of(&en_json, 0))
    );

    // A body without accounts has no share: neither part is drawn, the tooltip says why.
    let mut empty = s.clone();
    let lrh = empty
        .bodies
        .iter_mut()
        .find(|b| b.abbreviation == "LRH")
        .unwrap();
    (
        lrh.ox_accounts,
        lrh.exchange_accounts,
        lrh.exchange_resources,
    ) = (0, 0, 0);
    let (_, json) = chart(ChartId::Share, &empty, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(cats[0], "LRH", "below everything");
    let (share, rest) = (series_of(&json, 0), series_of(&json, 1));
    assert_eq!(values(&share)[0], None);
    assert_eq!(values(&rest)[0], None);
    assert_eq!(names(&share)[0], "LRH: keine Konten");
    assert_eq!(names(&rest)[0], "LRH: keine Konten");
    assert_eq!(label(&json, 0, 0), "keine Konten");
    assert_eq!(label(&json, 1, 0), "keine Konten");
    for (share, rest) in values(&share).iter().zip(values(&rest)).skip(1) {
        assert_eq!(share.unwrap() + rest.unwrap(), 100.0);
    }
}

#[test]
fn accounts_chart_stacks_all_accounts_of_each_body_on_linear_axes() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Accounts, s, Lang::De);
    let x = entries(&json, "xAxis");
    assert_eq!(x.len(), 4, "two axes per panel");
    assert_eq!(
        x.iter().map(|a| a["type"].clone()).collect::<Vec<_>>(),
        vec!["value", "category", "value", "category"]
    );
    assert_eq!(x[1]["name"], "Konten");
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 40);
    assert!(
        entries(&json, "yAxis").iter().all(|a| a["inverse"] == true),
        "the first row at the top"
    );
    assert_eq!(cats[0], "Polizei");
    assert_eq!(cats[39], "ALR");
    let series = series(&json);
    assert_eq!(series.len(), 4, "two parts in each of two panels");
    let part_names: Vec<&str> = series.iter().map(|s| s["name"].as_str().unwrap()).collect();
    let rest_name = "noch in Exchange (Konten und Ressourcen)";
    assert_eq!(
        part_names,
        vec!["Open-Xchange", rest_name, "Open-Xchange", rest_name]
    );
    let stacks: Vec<&str> = series
        .iter()
        .map(|s| s["stack"].as_str().unwrap())
        .collect();
    assert_eq!(stacks, vec!["panel-0", "panel-0", "panel-1", "panel-1"]);
    let on: Vec<(usize, usize)> = series
        .iter()
        .map(|s| (index_of(s, "xAxisIndex"), index_of(s, "yAxisIndex")))
        .collect();
    assert_eq!(on, vec![(0, 0), (0, 0), (2, 1), (2, 1)]);
    let rows = stacked(&json);
    assert_eq!(rows.len(), 40);
    assert_eq!(rows[0], vec![13750.0, 43.0]);
    let all: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    assert!(all.windows(2).all(|w| w[0] >= w[1]), "biggest at the top");
    assert_eq!(all.iter().sum::<f64>(), 43051.0 + 960.0);
    // A zero is a part of width zero on a linear axis, and stays in tooltip and table.
    let lrh = cats.iter().position(|c| c == "LRH").unwrap();
    assert_eq!(rows[lrh], vec![133.0, 0.0]);
    let in_panel = lrh - 3;
    assert_eq!(
        names(&series[3])[in_panel],
        "noch in Exchange: 0; alle Konten: 133"
    );
    // The end label is the bar's total, on the last part only.
    assert_eq!(series[1]["label"]["formatter"], "{@[2]}");
    assert_eq!(series[1]["label"]["show"], true);
    assert!(series[0].get("label").is_none());
    assert_eq!(label(&json, 1, 0), "13.793");
    assert_eq!(label(&json, 3, in_panel), "133");
    let row = spec.table.rows.iter().find(|r| r.header == "LRH").unwrap();
    assert_eq!(row.cells, vec!["133", "0", "133"]);
    assert_eq!(spec.table.rows[0].cells, vec!["13.750", "43", "13.793"]);
    let table: Vec<&str> = spec.table.rows.iter().map(|r| r.header.as_str()).collect();
    assert_eq!(table, cats, "the data table reads like the chart");
    assert_eq!(json["tooltip"]["formatter"], "{b0}<br/>{b1}");
    assert_eq!(json["tooltip"]["trigger"], "axis");
    assert_eq!(names(&series[0])[0], "Polizei – auf Open-Xchange: 13.750");
    assert_body_targets(&spec, &cats);
    assert_eq!(
        spec.takeaway,
        "Die meisten Konten auf Open-Xchange: Polizei (13.750); die wenigsten: BNUR (4)."
    );
    let (en, en_json) = chart(ChartId::Accounts, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "Most accounts on Open-Xchange: Polizei (13,750); fewest: BNUR (4)."
    );
    assert_eq!(
        names(&series_of(&en_json, 0))[0],
        "Polizei – on Open-Xchange: 13,750"
    );
    assert_eq!(
        series_of(&en_json, 1)["name"],
        "still on Exchange (accounts and resources)"
    );
    assert!(
        spec.height > 1000,
        "grows with its 40 rows: {}",
        spec.height
    );
}

#[test]
fn portfolios_chart_sums_each_ressort_in_table_order() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Portfolios, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 10);
    assert!(
        entries(&json, "yAxis").iter().all(|a| a["inverse"] == true),
        "table order from the top"
    );
    // The three largest Ressorts dwarf the rest: a panel of their own, each panel in table order.
    let panels = panels(&json, "yAxis");
    assert_eq!(panels.len(), 2);
    assert_eq!(
        panels[0],
        vec![
            format!("II – MJG\n97,6{NB}%"),
            format!("IV – MIKWS\n98,6{NB}%"),
            format!("VI – FM\n99,5{NB}%"),
        ]
    );
    assert_eq!(panels[1].len(), 7);
    assert_eq!(panels[1][0], format!("ohne Ressort\n98,0{NB}%"));
    assert_eq!(panels[1][1], format!("I – StK\n93,0{NB}%"));
    // Every label: the short name, and under it the recomputed share the table gives.
    assert_eq!(spec.table.rows.len(), cats.len());
    for (cat, row) in cats.iter().zip(&spec.table.rows) {
        let (name, share) = cat.split_once('\n').expect("two lines");
        assert!(!name.is_empty() && !share.contains('\n'), "{cat:?}");
        assert_eq!(share, row.cells[5], "{cat:?}");
        assert!(!cat.contains("umgestellt"), "{cat:?}");
    }
    let titles: Vec<Value> = entries(&json, "title")
        .iter()
        .map(|t| t["text"].clone())
        .collect();
    assert_eq!(
        titles,
        vec![
            "Die 3 größten Ressorts\nSkala bis 20.000",
            "Die übrigen 7\nvergrößerte Skala bis 3.000"
        ]
    );
    let x = entries(&json, "xAxis");
    assert_eq!(x.len(), 4);
    assert_eq!(
        (x[0]["max"].clone(), x[2]["max"].clone()),
        (20000.0.into(), 3000.0.into())
    );
    let series = series(&json);
    assert_eq!(series.len(), 6, "three parts in each of two panels");
    let sum = |i: usize| -> f64 { values(&series[i]).iter().map(|v| v.unwrap_or(0.0)).sum() };
    assert_eq!(sum(0) + sum(3), 43051.0);
    assert_eq!(sum(1) + sum(2) + sum(4) + sum(5), 960.0);
    let rows = stacked(&json);
    assert_eq!(rows[1], vec![15711.0, 22.0, 200.0], "Ressort IV");
    // Ressort IX has no resource accounts left: a part of width zero, in tooltip and table.
    assert_eq!(rows[9], vec![1382.0, 17.0, 0.0]);
    assert_eq!(
        names(&series[5])[6],
        "Ressourcenkonten in Exchange (MSE Res): 0"
    );
    assert_eq!(label(&json, 5, 6), "1.399", "the end label is the total");
    assert_eq!(spec.table.rows[9].cells[3], "0");
    let mut expected = Vec::new();
    for r in ["II", "IV", "VI"] {
        expected.push(ClickTarget::Portfolio(Some(r.to_string())));
    }
    expected.push(ClickTarget::Portfolio(None));
    for r in ["I", "III", "V", "VII", "VIII", "IX"] {
        expected.push(ClickTarget::Portfolio(Some(r.to_string())));
    }
    assert_eq!(spec.click_targets, expected);
    assert_eq!(
        spec.table.rows[1].header,
        "IV – Ministerium für Inneres, Kommunales, Wohnen und Sport"
    );
    assert_eq!(
        spec.table.rows[1].cells,
        vec!["5", "15.711", "22", "200", "15.933", &format!("98,6{NB}%")]
    );
    assert_eq!(
        names(&series[0])[1],
        format!("IV – Ministerium für Inneres, Kommunales, Wohnen und Sport (5 Behörden) – auf Open-Xchange: 15.711 (98,6{NB}%)")
    );
    assert_eq!(
        spec.takeaway,
        format!("Die meisten Konten: IV – Ministerium für Inneres, Kommunales, Wohnen und Sport (15.933, davon 98,6{NB}% umgestellt). Niedrigster Anteil: VIII – Ministerium für Soziales, Jugend, Familie, Senioren, Integration und Gleichstellung (91,9{NB}%).")
    );
    assert!(spec
        .note
        .starts_with("In jedem Teil in der Reihenfolge der Drucksache."));
    assert!(spec.note.contains("eigene Skala"), "{}", spec.note);
    let (en, en_json) = chart(ChartId::Portfolios, s, Lang::En);
    assert_eq!(
        categories(&en_json, "yAxis")[..2],
        ["II – MJG\n97.6%", "IV – MIKWS\n98.6%"]
    );
    assert_eq!(
        entries(&en_json, "title")
            .iter()
            .map(|t| t["text"].clone())
            .collect::<Vec<_>>(),
        vec![
            "The 3 largest portfolios\nScale up to 20,000",
            "The other 7\nEnlarged scale up to 3,000"
        ]
    );
    assert_eq!(
        en.takeaway,
        "Most accounts: IV – Ministerium für Inneres, Kommunales, Wohnen und Sport (15,933, 98.6% moved). Lowest share: VIII – Ministerium für Soziales, Jugend, Familie, Senioren, Integration und Gleichstellung (91.9%)."
    );
}

#[test]
fn remaining_chart_shows_only_bodies_with_accounts_left() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Remaining, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 34);
    assert_eq!(entries(&json, "yAxis").len(), 1, "always one panel");
    assert_eq!(entries(&json, "yAxis")[0]["inverse"], true);
    for gone in ["LRH", "Landesvertretung", "IQSH", "SHIBB", "DLZP", "ALR"] {
        assert!(!cats.contains(&gone.to_string()), "{gone} has nothing left");
    }
    assert_eq!(cats[0], "Justiz");
    let series = series(&json);
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["stack"], series[1]["stack"]);
    let totals: Vec<f64> = stacked(&json).iter().map(|r| r.iter().sum()).collect();
    assert_eq!(totals.iter().sum::<f64>(), 960.0);
    assert!(
        totals.windows(2).all(|w| w[0] >= w[1]),
        "largest at the top"
    );
    assert_eq!(label(&json, 1, 0), "207", "label shows the total");
    let x = entries(&json, "xAxis");
    assert_eq!(x[0]["max"], 250.0);
    assert_eq!(x[0]["interval"], 50.0);
    assert_eq!(
        strings(&x[1]["data"]),
        vec!["0", "50", "100", "150", "200", "250"]
    );
    assert_body_targets(&spec, &cats);
    assert_eq!(
        spec.takeaway,
        format!("Von 960 verbleibenden Konten entfallen 207 (21,6{NB}%) auf Justiz.")
    );
    assert_eq!(spec.table.rows[0].header, "Justiz");
    assert_eq!(
        spec.table.rows[0].cells,
        vec!["153", "54", "207", &format!("21,6{NB}%")]
    );
    assert_eq!(
        spec.note,
        "Sortiert nach der Zahl der Restkonten, die meisten oben; Behörden ohne Restkonten fehlen."
    );
    let (en, _) = chart(ChartId::Remaining, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "Of 960 remaining accounts, 207 (21.6%) are at Justiz."
    );
}

/// Months since August 2025 (the timeline's first month) of a day.
fn months_since_august_2025(y: i32, m: u32, d: u32, days_in_month: u32) -> f64 {
    f64::from((y - 2025) * 12 + m as i32 - 8) + f64::from(d - 1) / f64::from(days_in_month)
}

#[test]
fn timeline_places_every_dated_fact_and_the_answer() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Timeline, s, Lang::De);
    // Months on a linear axis, labelled "08/2025" every six months.
    let x = entries(&json, "xAxis");
    assert_eq!(x.len(), 2);
    assert_eq!(x[0]["type"], "value");
    assert_eq!(x[0]["min"], 0);
    assert_eq!(x[0]["interval"], 6.0);
    assert_eq!(x[0]["max"], 24.0);
    assert_eq!(
        strings(&x[1]["data"]),
        vec!["08/2025", "02/2026", "08/2026", "02/2027", "08/2027"]
    );
    let mut positions: Vec<f64> = series(&json)
        .iter()
        .flat_map(|s| s["data"].as_array().cloned().unwrap_or_default())
        .map(|d| d["value"][0].as_f64().expect("months are a number"))
        .collect();
    positions.sort_by(f64::total_cmp);
    let expected = [
        months_since_august_2025(2025, 9, 15, 30),
        months_since_august_2025(2025, 10, 2, 31),
        months_since_august_2025(2026, 2, 1, 28),
        months_since_august_2025(2026, 3, 24, 31),
        months_since_august_2025(2026, 6, 30, 30),
        months_since_august_2025(2026, 7, 1, 31),
        months_since_august_2025(2026, 12, 31, 31),
    ];
    assert_eq!(positions.len(), expected.len());
    for (got, want) in positions.iter().zip(expected) {
        assert!((got - want).abs() < 1e-9, "{positions:?} vs {expected:?}");
    }
    assert!(positions.iter().all(|p| (0.0..=24.0).contains(p)));
    // Each row: the event's name, and under it the date as the answer says it; the points carry
    // no labels of their own.
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 7);
    assert_eq!(
        cats[1],
        format!("Migration abgeschlossen\nam 2.{NB}Oktober 2025")
    );
    assert_eq!(
        cats[4],
        "bis zu 250 Arbeitsplätze auf Linux\nbis Mitte 2026"
    );
    assert_eq!(entries(&json, "yAxis")[0]["inverse"], true);
    assert_eq!(spec.points.len(), cats.len());
    for ((cat, row), point) in cats.iter().zip(&spec.table.rows).zip(&spec.points) {
        let (what, when) = cat.split_once('\n').expect("two lines");
        assert_eq!(when, row.header, "{cat:?}");
        assert!(
            point
                .announcement
                .starts_with(&format!("{what} – {when} (")),
            "{cat:?}: {}",
            point.announcement
        );
    }
    for s in series(&json) {
        assert_eq!(s["type"], "scatter");
        assert!(s.get("label").is_none(), "{s}");
    }
    assert_eq!(spec.height, 7 * 80 + 120);
    assert!(spec.click_targets.is_empty());
    assert_eq!(spec.table.rows.len(), 7);
    let mid = spec
        .table
        .rows
        .iter()
        .find(|r| r.header == "bis Mitte 2026")
        .unwrap();
    assert_eq!(
        mid.cells[2],
        format!("30.{NB}Juni 2026 (ungefähr; die Antwort nennt Mitte 2026)")
    );
    let answer = spec
        .table
        .rows
        .iter()
        .find(|r| r.cells[1] == "Antwort")
        .unwrap();
    assert_eq!(answer.header, format!("am 24.{NB}März 2026"));
    assert_eq!(
        spec.takeaway,
        format!("Migration abgeschlossen am 2.{NB}Oktober 2025; bis Ende 2026 sollen bis zu 750 Arbeitsplätze auf Linux umgestellt sein.")
    );
    assert!(
        spec.source
            .ends_with("Antworten auf die Fragen 1, 3, 4 und 6"),
        "{}",
        spec.source
    );
    assert!(spec
        .note
        .starts_with("Nach Datum geordnet, das früheste oben."));
    let (en, en_json) = chart(ChartId::Timeline, s, Lang::En);
    assert_eq!(
        categories(&en_json, "yAxis")[1],
        format!("Migration completed\non 2{NB}October 2025")
    );
    assert_eq!(
        en.takeaway,
        format!("Migration completed on 2{NB}October 2025; by end of 2026 up to 750 workstations are to be moved to Linux.")
    );
    assert!(en.source.ends_with("answers to questions 1, 3, 4 and 6"));

    // The body filter does not apply.
    let none = build(ChartId::Timeline, &input(s, Vec::new(), Lang::De));
    assert_eq!(none.table.rows.len(), 7);
}

#[test]
fn animation_follows_the_readers_preference() {
    let d = shipped();
    let s = d.latest();
    for id in ChartId::ALL {
        let mut i = input(s, s.bodies.iter().collect(), Lang::De);
        let off = serde_json::to_value(&build(id, &i).chart).unwrap();
        assert_eq!(off["animation"], false, "{id:?}");
        i.animate = true;
        let on = serde_json::to_value(&build(id, &i).chart).unwrap();
        assert_eq!(on["animation"], true, "{id:?}");
        assert_eq!(on["backgroundColor"], "transparent");
        assert_eq!(on["aria"]["enabled"], true);
        assert_eq!(on["aria"]["decal"]["show"], true);
        // charming writes unset Aria fields as null/[], which crashes ECharts' aria visual.
        assert!(on["aria"]["label"].is_object(), "{id:?}");
        assert!(on["aria"]["decal"]["decals"].as_array().unwrap().len() >= 3);
        let mut nulls = Vec::new();
        find_nulls(&on, String::new(), &mut nulls);
        let allowed = |p: &String| p.starts_with("/series/") && p.ends_with("/value/0");
        assert!(nulls.iter().all(allowed), "{id:?}: null at {nulls:?}");
    }
}

/// JSON pointers of every null in the options.
fn find_nulls(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Null => out.push(at),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| find_nulls(x, format!("{at}/{i}"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| find_nulls(x, format!("{at}/{k}"), out)),
        _ => {}
    }
}

#[test]
fn filtered_to_one_ressort() {
    let d = shipped();
    let s = d.latest();
    let iv = ressort(s, "IV");
    let (spec, json) = chart_of(ChartId::Share, s, iv.clone(), Lang::De);
    assert_eq!(categories(&json, "yAxis").len(), 5);
    assert_eq!(categories(&json, "yAxis")[4], "Polizei");
    assert_eq!(
        spec.takeaway,
        format!("4 von 5 Behörden haben mehr als 90{NB}% ihrer Konten umgestellt; am niedrigsten ist der Anteil bei LFS.SH (86,7{NB}%).")
    );
    let (p, p_json) = chart_of(ChartId::Portfolios, s, iv.clone(), Lang::De);
    assert_eq!(
        p.click_targets,
        vec![ClickTarget::Portfolio(Some("IV".into()))]
    );
    assert_eq!(
        categories(&p_json, "yAxis"),
        vec![format!("IV – MIKWS\n98,6{NB}%")]
    );
    assert_eq!(stacked(&p_json), vec![vec![15711.0, 22.0, 200.0]]);
    assert_eq!(
        p.takeaway,
        format!("IV – Ministerium für Inneres, Kommunales, Wohnen und Sport: 15.933 Konten in 5 Behörden, davon 98,6{NB}% auf Open-Xchange.")
    );
    let r = build(ChartId::Remaining, &input(s, iv.clone(), Lang::De));
    assert_eq!(
        r.takeaway,
        format!("Von 222 verbleibenden Konten entfallen 103 (46,4{NB}%) auf MIKWS.")
    );
    // Polizei dwarfs the other four bodies of its Ressort: a panel of its own.
    let (a, a_json) = chart_of(ChartId::Accounts, s, iv.clone(), Lang::De);
    assert_eq!(panels(&a_json, "yAxis")[0], vec!["Polizei"]);
    assert_eq!(panels(&a_json, "yAxis")[1].len(), 4);
    assert_eq!(
        entries(&a_json, "title")[0]["text"],
        "Größte Behörde\nSkala bis 15.000"
    );
    assert_eq!(a.points.len(), 5);

    let one = vec![body(s, "LRH")];
    let share = build(ChartId::Share, &input(s, one.clone(), Lang::De));
    assert_eq!(
        share.takeaway,
        format!("Bei LRH sind 100{NB}% der Konten auf Open-Xchange umgestellt (133 von 133).")
    );
    let rest = build(ChartId::Remaining, &input(s, one.clone(), Lang::En));
    // Said once, where the bars would be; no empty axes.
    let rest_json = serde_json::to_value(&rest.chart).unwrap();
    assert_eq!(
        entries(&rest_json, "title")[0]["text"],
        "LRH: no accounts left on Exchange."
    );
    assert_eq!(rest.takeaway, "");
    assert!(entries(&rest_json, "xAxis").is_empty());
    assert!(rest.click_targets.is_empty());
    assert!(rest.points.is_empty());
    let (acc, acc_json) = chart_of(ChartId::Accounts, s, one, Lang::En);
    assert_eq!(
        acc.takeaway,
        "LRH: 133 accounts on Open-Xchange and 0 still on Exchange."
    );
    assert_eq!(stacked(&acc_json), vec![vec![133.0, 0.0]]);
    assert_eq!(entries(&acc_json, "yAxis").len(), 1, "one row, one panel");
    assert!(entries(&acc_json, "title").is_empty(), "no panel headings");
    assert!(!acc.note.contains("panel"), "{}", acc.note);
}

#[test]
fn empty_selection_gives_an_empty_chart_that_says_so() {
    let d = shipped();
    let s = d.latest();
    for id in [
        ChartId::Share,
        ChartId::Accounts,
        ChartId::Portfolios,
        ChartId::Remaining,
    ] {
        for (lang, text, description) in [
            (
                Lang::De,
                "Keine Behörde passt zur Auswahl.",
                "Keine Daten: Keine Behörde passt zur Auswahl.",
            ),
            (
                Lang::En,
                "No body matches the selection.",
                "No data: no body matches the selection.",
            ),
        ] {
            let spec = build(id, &input(s, Vec::new(), lang));
            let json = serde_json::to_value(&spec.chart).unwrap();
            assert!(series(&json).is_empty(), "{id:?}");
            // The chart says it; the takeaway stays empty rather than repeat it.
            let titles = entries(&json, "title");
            assert_eq!(titles.len(), 1, "{id:?}");
            assert_eq!(titles[0]["text"], text, "{id:?}");
            assert_eq!(spec.takeaway, "", "{id:?}");
            assert_eq!(spec.description, description, "{id:?}");
            assert!(spec.click_targets.is_empty());
            assert!(spec.points.is_empty());
            assert!(spec.table.rows.is_empty());
            assert!(!spec.table.columns.is_empty());
            assert!(spec.height >= 260);
        }
    }
}

#[test]
fn tooltip_templates_never_carry_data() {
    let d = shipped();
    let mut s = d.latest().clone();
    let hostile = "<img src=x onerror=alert(1)>";
    s.bodies[0].abbreviation = hostile.to_string();
    for id in ChartId::ALL {
        let spec = build(id, &input(&s, s.bodies.iter().collect(), Lang::De));
        let json = serde_json::to_value(&spec.chart).unwrap();
        let formatter = json["tooltip"]["formatter"].as_str().unwrap();
        assert!(
            formatter.chars().all(|c| "{}<>/abr0123".contains(c)),
            "{id:?}: template is only placeholders and line breaks: {formatter}"
        );
    }
    let spec = build(
        ChartId::Share,
        &input(&s, s.bodies.iter().collect(), Lang::De),
    );
    let json = serde_json::to_value(&spec.chart).unwrap();
    // The name travels as data (encoded by ECharts), never in a template.
    assert!(names(&series(&json)[0]).iter().any(|n| n.contains(hostile)));
}

#[test]
fn palettes_have_enough_contrast() {
    for theme in [Theme::Light, Theme::Dark] {
        let p = theme.palette();
        let bg = p.background;
        let text = Palette::contrast(p.text, bg).unwrap();
        assert!(text >= 4.5, "{theme:?} text {text}");
        for (name, c) in [
            ("axis", p.axis_line),
            ("ox", p.ox),
            ("mse", p.mse),
            ("mse_res", p.mse_res),
            ("highlight", p.highlight),
        ] {
            let r = Palette::contrast(c, bg).unwrap();
            assert!(r >= 3.0, "{theme:?} {name} {c}: {r}");
        }
    }
    assert_eq!(Theme::Light.palette().background, "#ffffff");
    assert_eq!(Theme::Dark.palette().background, "#121417");
    assert!((Palette::contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
    assert_eq!(Palette::contrast("red", "#ffffff"), None);
}

/// The numbers of a text ("13.750", "99,7") in order; digits with their separators.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || (!current.is_empty() && (c == '.' || c == ',')) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches(['.', ',']).to_string());
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push(current.trim_end_matches(['.', ',']).to_string());
    }
    out
}

/// The tooltip line of item `(series, data index)`.
fn tip(json: &Value, Item { series, index }: Item) -> String {
    json["series"][series as usize]["data"][index as usize]["name"]
        .as_str()
        .unwrap_or_else(|| panic!("no item {series}/{index}"))
        .to_string()
}

#[test]
fn keyboard_announcements_say_what_the_tooltips_say() {
    let d = shipped();
    let s = d.latest();
    for lang in [Lang::De, Lang::En] {
        for id in ChartId::ALL {
            let (spec, json) = chart(id, s, lang);
            let cats = categories(&json, "yAxis");
            assert_eq!(
                spec.points.len(),
                cats.len(),
                "{id:?}: one stop per category"
            );
            for point in &spec.points {
                assert!(!point.items.is_empty(), "{id:?}");
                // Every number and name of each item's tooltip is read out, the value the paper
                // prints included.
                for &item in &point.items {
                    let tip = tip(&json, item);
                    for n in numbers(&tip) {
                        assert!(
                            numbers(&point.announcement).contains(&n),
                            "{id:?} {lang:?}: «{}» lacks {n} of the tooltip «{tip}»",
                            point.announcement
                        );
                    }
                }
                // The first item is drawn, so its tooltip can be shown: a bar part of width
                // zero has nothing to point at.
                let Item { series, index } = point.items[0];
                let s = &json["series"][series as usize];
                let value = s["data"][index as usize]["value"][0].as_f64();
                let drawn = match s["type"].as_str() {
                    Some("bar") => value.is_some_and(|v| v > 0.0),
                    _ => value.is_some(),
                };
                assert!(
                    drawn,
                    "{id:?}: «{}» starts at an undrawn item",
                    point.announcement
                );
            }
        }
    }
}

/// A share tooltip without its "; in der Drucksache gedruckt: …" clause.
fn without_printed(tip: &str) -> String {
    ["; in der Drucksache gedruckt: ", "; printed in the paper: "]
        .iter()
        .find_map(|clause| tip.split_once(clause).map(|(tip, _)| tip.to_string()))
        .unwrap_or_else(|| tip.to_string())
}

/// The tooltip of a bar the paper prints differently names the printed value, and so does the
/// keyboard stop of that bar: a screen reader hears it too.
#[test]
fn share_announcements_read_the_printed_value_too() {
    let d = shipped();
    let s = d.latest();
    for lang in [Lang::De, Lang::En] {
        let (spec, json) = chart(ChartId::Share, s, lang);
        let mut marked = 0;
        for point in &spec.points {
            let tip = tip(&json, point.items[0]);
            if without_printed(&tip) == tip {
                continue;
            }
            marked += 1;
            for n in numbers(&tip) {
                assert!(
                    numbers(&point.announcement).contains(&n),
                    "{lang:?}: «{}» lacks {n} of the tooltip «{tip}»",
                    point.announcement
                );
            }
        }
        assert_eq!(marked, 3, "Finanzämter, MEKUN and MSJFSIG");
    }
}

#[test]
fn keyboard_stops_go_from_the_top_down_and_select_like_a_click() {
    let d = shipped();
    let s = d.latest();
    let (share, json) = chart(ChartId::Share, s, Lang::De);
    let cats = categories(&json, "yAxis");
    // Drawn bottom-up: the first stop is the top bar, the highest share.
    assert_eq!(share.points[0].target, Some(cats.len() - 1));
    assert_eq!(
        share.points[0].items,
        vec![Item {
            series: 0,
            index: cats.len() as u32 - 1
        }]
    );
    assert_eq!(
        share.points.last().unwrap().announcement,
        format!("BNUR: 4 von 32 Konten auf Open-Xchange (12,5{NB}%)")
    );
    let polizei = share
        .points
        .iter()
        .find(|p| p.announcement.starts_with("Polizei:"))
        .expect("a stop for Polizei");
    assert_eq!(
        polizei.announcement,
        format!("Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7{NB}%)")
    );
    assert_eq!(
        share.click_targets[polizei.target.unwrap()],
        ClickTarget::Body("Polizei".into())
    );
    let (en, _) = chart(ChartId::Share, s, Lang::En);
    assert!(en
        .points
        .iter()
        .any(|p| p.announcement == "Polizei: 13,750 of 13,793 accounts on Open-Xchange (99.7%)"));

    // Bar charts with rows from the top: stop i is row i, across panels, and selects it.
    for id in [ChartId::Accounts, ChartId::Portfolios, ChartId::Remaining] {
        let (spec, _) = chart(id, s, Lang::De);
        assert_eq!(spec.points.len(), spec.click_targets.len(), "{id:?}");
        for (i, p) in spec.points.iter().enumerate() {
            assert_eq!(p.target, Some(i), "{id:?}");
            let Item { series, index } = p.items[0];
            assert_eq!(
                spec.target_of(series as usize, index as usize),
                i,
                "{id:?}: the stop's first item is its row"
            );
        }
    }

    // Ressorts: the panel of the largest first, then the others, each in table order; every
    // stop highlights all three parts of its bar.
    let (portfolios, _) = chart(ChartId::Portfolios, s, Lang::De);
    assert_eq!(portfolios.points[0].target, Some(0));
    assert_eq!(
        portfolios.click_targets[0],
        ClickTarget::Portfolio(Some("II".into()))
    );
    assert!(portfolios.points[0]
        .announcement
        .starts_with("II – Ministerium für Justiz und Gesundheit (2 Behörden): 9.115 Konten"));
    assert!(portfolios.points[3]
        .announcement
        .starts_with("ohne Ressort (2 Behörden): "));
    assert_eq!(portfolios.click_targets[3], ClickTarget::Portfolio(None));
    let mut series: Vec<u32> = portfolios.points[0]
        .items
        .iter()
        .map(|i| i.series)
        .collect();
    series.sort_unstable();
    assert_eq!(series, vec![0, 1, 2]);
    let mut series: Vec<u32> = portfolios.points[3]
        .items
        .iter()
        .map(|i| i.series)
        .collect();
    series.sort_unstable();
    assert_eq!(series, vec![3, 4, 5], "the second panel's series");

    let (accounts, _) = chart(ChartId::Accounts, s, Lang::De);
    assert_eq!(
        accounts.points[0].announcement,
        "Polizei: 13.750 Konten auf Open-Xchange, 43 noch in Exchange, zusammen 13.793"
    );
    // ALR has nothing left on Exchange: its stop starts at the part that is drawn.
    let alr = accounts.points.last().unwrap();
    assert!(alr.announcement.starts_with("ALR: 10 Konten"));
    assert_eq!(
        alr.items,
        vec![
            Item {
                series: 2,
                index: 36
            },
            Item {
                series: 3,
                index: 36
            }
        ]
    );
    let (remaining, _) = chart(ChartId::Remaining, s, Lang::De);
    assert_eq!(
        remaining.points[0].announcement,
        format!("Justiz: noch in Exchange 207 Konten (153 Konten und 54 Ressourcenkonten), 21,6{NB}% aller Restkonten")
    );
    // APV has no Exchange accounts, only resources: the resources part comes first.
    let apv = remaining
        .points
        .iter()
        .find(|p| p.announcement.starts_with("APV:"))
        .unwrap();
    assert_eq!(apv.items[0].series, 1);

    // Timeline: earliest first, nothing to select, each stop the item of its lane.
    let (timeline, json) = chart(ChartId::Timeline, s, Lang::De);
    assert!(timeline.points.iter().all(|p| p.target.is_none()));
    assert_eq!(
        timeline.points[1].announcement,
        format!("Migration abgeschlossen – am 2.{NB}Oktober 2025 (Meilenstein)")
    );
    let positions: Vec<f64> = timeline
        .points
        .iter()
        .map(|p| {
            let Item { series, index } = p.items[0];
            json["series"][series as usize]["data"][index as usize]["value"][0]
                .as_f64()
                .unwrap()
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "stops follow the time axis: {positions:?}"
    );
    let rows: Vec<u64> = timeline
        .points
        .iter()
        .map(|p| {
            let Item { series, index } = p.items[0];
            json["series"][series as usize]["data"][index as usize]["value"][1]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(
        rows,
        (0..7).collect::<Vec<u64>>(),
        "and the rows from the top"
    );

    // Filtered and empty selections.
    assert_eq!(
        build(ChartId::Share, &input(s, ressort(s, "IV"), Lang::De))
            .points
            .len(),
        5
    );
    for id in [
        ChartId::Share,
        ChartId::Accounts,
        ChartId::Portfolios,
        ChartId::Remaining,
    ] {
        assert!(build(id, &input(s, Vec::new(), Lang::De)).points.is_empty());
    }
}

#[test]
fn colour_is_never_the_only_carrier() {
    let d = shipped();
    let s = d.latest();
    for id in ChartId::ALL {
        let (_, json) = chart(id, s, Lang::De);
        // Decal patterns on the series and legend, one per part.
        assert_eq!(json["aria"]["enabled"], true, "{id:?}");
        assert_eq!(json["aria"]["decal"]["show"], true, "{id:?}");
        let decals = json["aria"]["decal"]["decals"].as_array().unwrap().len();
        let mut parts: Vec<String> = series(&json)
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect();
        parts.dedup();
        parts.sort();
        parts.dedup();
        assert!(decals >= parts.len(), "{id:?}");
        for s in series(&json) {
            // The share chart's rest to 100 % is invisible: nothing to outline.
            if s["itemStyle"]["opacity"] == 0.0 {
                assert_eq!(id, ChartId::Share);
                assert_eq!(s["name"], "noch nicht umgestellt");
                continue;
            }
            if s["type"] == "bar" {
                // A highlighted bar gets an outline, not only another shade.
                assert!(
                    s["emphasis"]["itemStyle"]["borderWidth"].as_f64().unwrap() >= 2.0,
                    "{id:?}"
                );
            }
        }
    }
    // The timeline's lanes differ in shape too.
    let (_, json) = chart(ChartId::Timeline, s, Lang::De);
    let symbols: Vec<String> = series(&json)
        .iter()
        .map(|s| s["symbol"].as_str().unwrap().to_string())
        .collect();
    let mut unique = symbols.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), symbols.len());
    // The share chart marks its 90 % threshold with a labelled line, not only with red bars;
    // the line lies behind the bars. The numbers stand right of 100 %, at the end of the
    // invisible rest of every bar, so the line crosses none of them and they need no background.
    let (_, json) = chart(ChartId::Share, s, Lang::De);
    let all = series(&json);
    let (bar, rest) = (&all[0], &all[1]);
    let line = &bar["markLine"];
    assert_eq!(line["data"][0]["xAxis"], 90.0);
    assert_eq!(line["label"]["formatter"], format!("90{NB}%"));
    assert_eq!(line["lineStyle"]["type"], "dashed");
    assert_eq!(line["z"], 1.0);
    assert!(rest.get("markLine").is_none());
    assert!(bar.get("label").is_none());
    assert_eq!(rest["label"]["position"], "right");
    assert!(rest["label"].get("backgroundColor").is_none());
    let ends: Vec<f64> = values(bar)
        .iter()
        .zip(values(rest))
        .map(|(s, r)| s.unwrap() + r.unwrap())
        .collect();
    assert!(ends.iter().all(|e| *e == 100.0), "{ends:?}");
}

#[test]
fn arrow_keys_walk_the_stops_without_wrapping() {
    // The first arrow starts at the top, whichever it is.
    for key in ["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft", "Home"] {
        assert_eq!(next_point(key, None, 5), Some(0), "{key}");
    }
    assert_eq!(next_point("End", None, 5), Some(4));
    assert_eq!(next_point("ArrowDown", Some(1), 5), Some(2));
    assert_eq!(next_point("ArrowRight", Some(4), 5), Some(4));
    assert_eq!(next_point("ArrowUp", Some(1), 5), Some(0));
    assert_eq!(next_point("ArrowLeft", Some(0), 5), Some(0));
    assert_eq!(next_point("Home", Some(3), 5), Some(0));
    assert_eq!(next_point("End", Some(0), 5), Some(4));
    // A stop past the end (the chart lost rows) comes back into range.
    assert_eq!(next_point("ArrowUp", Some(9), 5), Some(4));
    // Other keys, and charts with nothing to walk, are left alone.
    assert_eq!(next_point("Tab", Some(1), 5), None);
    assert_eq!(next_point("a", None, 5), None);
    assert_eq!(next_point("ArrowDown", None, 0), None);
}

#[test]
fn no_axis_is_logarithmic_and_every_value_axis_starts_at_zero() {
    let d = shipped();
    let s = d.latest();
    for lang in [Lang::De, Lang::En] {
        for (name, bodies) in selections(s) {
            for id in ChartId::ALL {
                let (_, json) = chart_of(id, s, bodies.clone(), lang);
                let at = format!("{id:?} {lang:?} {name}");
                let mut types = Vec::new();
                find_key(&json, "type", &mut types);
                assert!(!types.iter().any(|t| *t == "log"), "{at}: a log axis");
                let mut bases = Vec::new();
                find_key(&json, "logBase", &mut bases);
                assert!(bases.is_empty(), "{at}: logBase {bases:?}");
                let axes: Vec<Value> = ["xAxis", "yAxis"]
                    .iter()
                    .flat_map(|k| entries(&json, k))
                    .collect();
                // ECharts makes an untyped y axis a value axis with a range of its own choosing.
                assert!(
                    axes.iter().all(|a| a["type"].is_string()),
                    "{at}: an axis without a type"
                );
                let value_axes: Vec<&Value> =
                    axes.iter().filter(|a| a["type"] == "value").collect();
                let grids = entries(&json, "grid").len();
                if series(&json).is_empty() {
                    // A chart with nothing to draw (LRH has no remaining accounts) has no axes.
                    assert!(axes.is_empty(), "{at}: axes without bars");
                    continue;
                }
                assert!(grids >= 1, "{at}");
                assert_eq!(value_axes.len(), grids, "{at}: one value axis per grid");
                for a in value_axes {
                    assert_eq!(a["min"].as_f64(), Some(0.0), "{at}: {a}");
                    assert!(a["max"].as_f64().is_some_and(|m| m > 0.0), "{at}: {a}");
                }
            }
        }
    }
}

/// A tick number as the site writes it on chart `id`.
fn tick_label(id: ChartId, v: u64, lang: Lang) -> String {
    match (id, lang) {
        (ChartId::Share, Lang::De) => format!("{v}{NB}%"),
        (ChartId::Share, Lang::En) => format!("{v}%"),
        _ => grouped(v, lang),
    }
}

#[test]
fn value_axes_hold_every_bar_and_number_their_ticks_in_the_readers_language() {
    let d = shipped();
    let s = d.latest();
    for lang in [Lang::De, Lang::En] {
        for (name, bodies) in selections(s) {
            for id in [
                ChartId::Share,
                ChartId::Accounts,
                ChartId::Portfolios,
                ChartId::Remaining,
            ] {
                let (_, json) = chart_of(id, s, bodies.clone(), lang);
                let at = format!("{id:?} {lang:?} {name}");
                let x = entries(&json, "xAxis");
                let y = entries(&json, "yAxis");
                // The length of every bar: the sum of its stacked parts, per value axis.
                let mut totals: std::collections::BTreeMap<(usize, String, u64), f64> =
                    Default::default();
                for series in series(&json) {
                    assert_eq!(series["type"], "bar", "{at}");
                    let xi = index_of(&series, "xAxisIndex");
                    let yi = index_of(&series, "yAxisIndex");
                    assert_eq!(x[xi]["type"], "value", "{at}: bars on a value axis");
                    assert_eq!(
                        x[xi]["gridIndex"].as_f64().unwrap_or(0.0),
                        y[yi]["gridIndex"].as_f64().unwrap_or(0.0),
                        "{at}: both axes of a series in one grid"
                    );
                    let stack = series["stack"].as_str().unwrap_or("").to_string();
                    for item in series["data"].as_array().into_iter().flatten() {
                        let row = item["value"][1].as_u64().expect("category index");
                        let v = item["value"][0].as_f64().unwrap_or(0.0);
                        *totals.entry((xi, stack.clone(), row)).or_default() += v;
                    }
                }
                for (i, axis) in x.iter().enumerate() {
                    if axis["type"] != "value" {
                        continue;
                    }
                    let max = axis["max"].as_f64().expect("max");
                    let interval = axis["interval"].as_f64().expect("interval");
                    let largest = totals
                        .iter()
                        .filter(|(k, _)| k.0 == i)
                        .map(|(_, v)| *v)
                        .fold(0.0, f64::max);
                    assert!(largest <= max, "{at}: a bar of {largest} clipped at {max}");
                    let steps = max / interval;
                    assert_eq!(
                        steps.fract(),
                        0.0,
                        "{at}: {max} is a multiple of {interval}"
                    );
                    assert!((1.0..=5.0).contains(&steps), "{at}: {steps} steps");
                    let mut m = interval;
                    while m >= 10.0 && m % 10.0 == 0.0 {
                        m /= 10.0;
                    }
                    assert!([1.0, 2.0, 5.0].contains(&m), "{at}: step {interval}");
                    if id == ChartId::Share {
                        // Share and rest: every body with accounts is one bar of exactly 100 %.
                        let bars: Vec<f64> = totals
                            .iter()
                            .filter(|(k, _)| k.0 == i)
                            .map(|(_, v)| *v)
                            .collect();
                        assert_eq!(bars.len(), bodies.len(), "{at}");
                        assert!(bars.iter().all(|v| *v == 100.0), "{at}: {bars:?}");
                        assert_eq!(max, 100.0, "{at}");
                    }
                    if largest > 0.0 {
                        assert!(
                            max - interval < largest,
                            "{at}: {max} is not the first tick at or above {largest}"
                        );
                    }
                    // The axis next to it writes the ticks, formatted by the site.
                    let numbers = &x[i + 1];
                    assert_eq!(numbers["type"], "category", "{at}");
                    assert_eq!(numbers["gridIndex"], axis["gridIndex"], "{at}");
                    let expected: Vec<String> = (0..=steps as u64)
                        .map(|k| tick_label(id, k * interval as u64, lang))
                        .collect();
                    let labels = strings(&numbers["data"]);
                    assert_eq!(labels, expected, "{at}");
                    if lang == Lang::De {
                        assert!(labels.iter().all(|l| !l.contains(',')), "{at}: {labels:?}");
                    }
                }
            }
        }
    }
    // What the shipped data draws: "10.000" in German, never "10,000".
    let (_, json) = chart(ChartId::Accounts, s, Lang::De);
    assert_eq!(
        strings(&entries(&json, "xAxis")[1]["data"]),
        vec!["0", "5.000", "10.000", "15.000"]
    );
    let (_, json) = chart(ChartId::Accounts, s, Lang::En);
    assert_eq!(
        strings(&entries(&json, "xAxis")[1]["data"]),
        vec!["0", "5,000", "10,000", "15,000"]
    );
}

#[test]
fn accounts_chart_puts_the_three_largest_bodies_in_a_panel_of_their_own() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Accounts, s, Lang::De);
    assert_eq!(entries(&json, "grid").len(), 2);
    assert_eq!(entries(&json, "yAxis").len(), 2);
    assert_eq!(entries(&json, "xAxis").len(), 4);
    let panels = panels(&json, "yAxis");
    assert_eq!(panels[0], vec!["Polizei", "Justiz", "Finanzämter"]);
    assert_eq!(panels[1].len(), 37);
    // Every bar is that body's accounts, as the dataset has them.
    let rows = stacked(&json);
    for (cat, row) in categories(&json, "yAxis").iter().zip(&rows) {
        let b = body(s, cat);
        let expected = vec![
            f64::from(b.ox_accounts),
            f64::from(b.exchange_accounts + b.exchange_resources),
        ];
        assert_eq!(row, &expected, "{cat}");
    }
    // Each panel has its own scale from zero, named in its heading.
    let x = entries(&json, "xAxis");
    assert_eq!(
        (x[0]["max"].as_f64(), x[2]["max"].as_f64()),
        (Some(15000.0), Some(2000.0))
    );
    assert_eq!(
        (x[0]["gridIndex"].as_f64(), x[2]["gridIndex"].as_f64()),
        (Some(0.0), Some(1.0))
    );
    let titles = entries(&json, "title");
    let headings: Vec<&str> = titles.iter().map(|t| t["text"].as_str().unwrap()).collect();
    assert_eq!(
        headings,
        vec![
            "Die 3 größten Behörden\nSkala bis 15.000",
            "Die übrigen 37 Behörden\nvergrößerte Skala bis 2.000"
        ]
    );
    // Top to bottom: heading, bars, heading, bars; each heading's two lines of 17 px fit in
    // the 40 px above its bars.
    let grids = entries(&json, "grid");
    let top = |v: &Value| v["top"].as_f64().unwrap();
    let bottom0 = top(&grids[0]) + grids[0]["height"].as_f64().unwrap();
    assert!(top(&titles[0]) < top(&grids[0]));
    assert!(bottom0 < top(&titles[1]) && top(&titles[1]) < top(&grids[1]));
    for (title, grid) in titles.iter().zip(&grids) {
        assert_eq!(title["textStyle"]["lineHeight"], 17.0);
        assert_eq!(title["textStyle"]["fontSize"], 13.0);
        assert_eq!(top(grid) - top(title), 40.0);
        let lines = title["text"].as_str().unwrap().lines().count() as f64;
        assert!(lines * 17.0 <= top(grid) - top(title), "{title}");
    }
    assert!(f64::from(spec.height) >= top(&grids[1]) + grids[1]["height"].as_f64().unwrap());
    // The note says how the chart is sorted and why it has two panels.
    assert!(
        spec.note
            .starts_with("Sortiert nach der Zahl aller Konten, die meisten oben."),
        "{}",
        spec.note
    );
    assert!(
        spec.note.contains("in einem eigenen Teil") && spec.note.contains("beginnen bei null"),
        "{}",
        spec.note
    );
    assert!(spec.description.ends_with(&format!(" {}", spec.note)));

    let (en, en_json) = chart(ChartId::Accounts, s, Lang::En);
    let headings: Vec<Value> = entries(&en_json, "title")
        .iter()
        .map(|t| t["text"].clone())
        .collect();
    assert_eq!(
        headings,
        vec![
            "The 3 largest bodies\nScale up to 15,000",
            "The other 37 bodies\nEnlarged scale up to 2,000"
        ]
    );
    assert!(en.note.starts_with("Sorted by the number of all accounts"));
    assert!(en.note.contains("panel of their own"));

    // Bodies of comparable size share one panel, and the note does not speak of panels.
    let (one, json) = chart_of(ChartId::Accounts, s, ressort(s, "I"), Lang::De);
    assert_eq!(entries(&json, "yAxis").len(), 1);
    assert!(entries(&json, "title").is_empty());
    assert!(one.note.starts_with("Sortiert"));
    assert!(!one.note.contains("eigenen Teil"), "{}", one.note);
}

#[test]
fn share_chart_marks_the_shares_the_paper_prints_differently() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Share, s, Lang::De);
    let cats = categories(&json, "yAxis");
    let at = |b: &str| cats.iter().position(|c| c == b).unwrap();
    // The numbers are drawn by the invisible rest of each bar; the share bar's items carry
    // the same text.
    for (i, cat) in cats.iter().enumerate() {
        assert_eq!(label(&json, 1, i), label(&json, 0, i), "{cat}");
    }
    assert_eq!(label(&json, 1, at("MEKUN")), format!("97,5{NB}%*"));
    assert_eq!(label(&json, 1, at("MSJFSIG")), format!("93,9{NB}%*"));
    // LTSH prints 97,4 % and 97,4 % it is: no mark.
    assert_eq!(label(&json, 1, at("LTSH")), format!("97,4{NB}%"));
    let mut starred: Vec<&str> = cats
        .iter()
        .enumerate()
        .filter(|(i, _)| label(&json, 1, *i).ends_with('*'))
        .map(|(_, c)| c.as_str())
        .collect();
    starred.sort_unstable();
    assert_eq!(starred, vec!["Finanzämter", "MEKUN", "MSJFSIG"]);
    assert_eq!(
        names(&series(&json)[0])[at("MEKUN")],
        format!("MEKUN: 97,5{NB}% auf Open-Xchange (736 von 755 Konten); in der Drucksache gedruckt: 97,4{NB}%")
    );
    assert_eq!(
        names(&series(&json)[0])[at("MSJFSIG")],
        format!("MSJFSIG: 93,9{NB}% auf Open-Xchange (465 von 495 Konten); in der Drucksache gedruckt: 94,0{NB}%")
    );
    assert!(
        spec.note.ends_with(&format!(
            "* Die Drucksache druckt einen anderen Wert: Finanzämter 100{NB}%, MEKUN 97,4{NB}%, MSJFSIG 94,0{NB}%."
        )),
        "{}",
        spec.note
    );
    let (en, en_json) = chart(ChartId::Share, s, Lang::En);
    assert_eq!(label(&en_json, 1, at("MEKUN")), "97.5%*");
    assert!(en.note.contains("MEKUN 97.4%"), "{}", en.note);
    assert!(en.note.contains("MSJFSIG 94.0%"), "{}", en.note);
    // Without them, nothing is marked and the note does not speak of printed values.
    let others: Vec<&Body> = s
        .bodies
        .iter()
        .filter(|b| !["Finanzämter", "MEKUN", "MSJFSIG"].contains(&b.abbreviation.as_str()))
        .collect();
    let (rest, json) = chart_of(ChartId::Share, s, others, Lang::De);
    let marked = (0..37)
        .filter(|i| label(&json, 1, *i).ends_with('*'))
        .count();
    assert_eq!(marked, 0);
    assert!(!rest.note.contains('*'), "{}", rest.note);
}

/// The first percentage in `text` written with two or more decimals ("99,96 %"), if any.
fn two_decimal_share(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != '%' {
            continue;
        }
        let mut j = i;
        while j > 0 && (chars[j - 1] == NB || chars[j - 1] == ' ') {
            j -= 1;
        }
        let end = j;
        while j > 0 && chars[j - 1].is_ascii_digit() {
            j -= 1;
        }
        let decimals = end - j;
        if decimals >= 2
            && j >= 2
            && matches!(chars[j - 1], ',' | '.')
            && chars[j - 2].is_ascii_digit()
        {
            let mut start = j - 2;
            while start > 0 && chars[start - 1].is_ascii_digit() {
                start -= 1;
            }
            return Some(chars[start..=i].iter().collect());
        }
    }
    None
}

#[test]
fn no_share_anywhere_has_two_decimals() {
    assert_eq!(
        two_decimal_share("99,96\u{a0}%"),
        Some("99,96\u{a0}%".into())
    );
    assert_eq!(two_decimal_share("(99.96%)"), Some("99.96%".into()));
    assert_eq!(two_decimal_share("13.750 von 13.793 (99,7 %)"), None);
    let d = shipped();
    let s = d.latest();
    for lang in [Lang::De, Lang::En] {
        for (name, bodies) in selections(s) {
            for id in ChartId::ALL {
                let (spec, json) = chart_of(id, s, bodies.clone(), lang);
                let mut texts = Vec::new();
                all_strings(&json, &mut texts);
                let mut owned = vec![
                    spec.title.clone(),
                    spec.takeaway.clone(),
                    spec.note.clone(),
                    spec.description.clone(),
                    spec.table.caption.clone(),
                ];
                for row in &spec.table.rows {
                    owned.push(row.header.clone());
                    owned.extend(row.cells.iter().cloned());
                }
                owned.extend(spec.points.iter().map(|p| p.announcement.clone()));
                texts.extend(owned.iter().map(String::as_str));
                for text in texts {
                    assert_eq!(
                        two_decimal_share(text),
                        None,
                        "{id:?} {lang:?} {name}: «{text}»"
                    );
                }
            }
        }
    }
}

#[test]
fn target_of_maps_a_click_in_the_second_panel_to_its_row() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Accounts, s, Lang::De);
    let panels = panels(&json, "yAxis");
    let all = series(&json);
    let first_of_second = all
        .iter()
        .position(|s| index_of(s, "yAxisIndex") == 1)
        .expect("a series in the second panel");
    assert_eq!(first_of_second, 2);
    assert_eq!(spec.series_offsets, vec![0, 0, 3, 3]);
    assert_eq!(spec.target_of(first_of_second, 0), 3);
    assert_eq!(panels[1][0], "LBV.SH");
    assert_eq!(
        spec.click_targets[spec.target_of(first_of_second, 0)],
        ClickTarget::Body("LBV.SH".into())
    );
    assert_eq!(
        spec.click_targets[spec.target_of(3, 36)],
        ClickTarget::Body("ALR".into())
    );
    // Every item of every series selects the body of its own row.
    for (i, series) in all.iter().enumerate() {
        let k = index_of(series, "yAxisIndex");
        assert_eq!(series["data"].as_array().unwrap().len(), panels[k].len());
        for (j, row) in panels[k].iter().enumerate() {
            assert_eq!(
                spec.click_targets[spec.target_of(i, j)],
                ClickTarget::Body(row.clone()),
                "series {i}, item {j}"
            );
        }
    }

    // Ressorts: the first item of the second panel is the bodies without a Ressort.
    let (ressorts, json) = chart(ChartId::Portfolios, s, Lang::De);
    let first_of_second = series(&json)
        .iter()
        .position(|s| index_of(s, "yAxisIndex") == 1)
        .unwrap();
    assert_eq!(first_of_second, 3);
    assert_eq!(ressorts.target_of(first_of_second, 0), 3);
    assert_eq!(
        ressorts.click_targets[ressorts.target_of(first_of_second, 0)],
        ClickTarget::Portfolio(None)
    );
    assert_eq!(
        ressorts.click_targets[ressorts.target_of(5, 6)],
        ClickTarget::Portfolio(Some("IX".into()))
    );

    // One panel: every series starts at the first row.
    let (remaining, json) = chart(ChartId::Remaining, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(remaining.target_of(1, 5), 5);
    assert_eq!(
        remaining.click_targets[remaining.target_of(1, 5)],
        ClickTarget::Body(cats[5].clone())
    );
    let (share, json) = chart(ChartId::Share, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(
        share.click_targets[share.target_of(0, 0)],
        ClickTarget::Body(cats[0].clone())
    );
    // A click on the invisible rest of a bar (or its number) selects the same body.
    for (i, cat) in cats.iter().enumerate() {
        assert_eq!(share.target_of(1, i), share.target_of(0, i));
        assert_eq!(
            share.click_targets[share.target_of(1, i)],
            ClickTarget::Body(cat.clone())
        );
    }
}
