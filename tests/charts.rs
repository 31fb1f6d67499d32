//! The chart builders on the shipped dataset: what each series holds (as the JSON ECharts gets),
//! the computed takeaways in both languages, click targets, filters, the empty case and the theme.

use ox_transparenz::charts::{
    build, next_point, ChartId, ChartInput, ChartSpec, ClickTarget, Palette, Theme,
};
use ox_transparenz::i18n::Lang;
use ox_transparenz::model::*;
use serde_json::Value;

const NB: char = '\u{a0}';

fn shipped() -> Dataset {
    let text = std::fs::read_to_string("public/data/dataset.json").expect("dataset file");
    parse_dataset(&text).unwrap_or_else(|e| panic!("shipped dataset is invalid: {e}"))
}

fn input<'a>(s: &'a Snapshot, bodies: Vec<&'a Body>, lang: Lang) -> ChartInput<'a> {
    ChartInput {
        snapshot: s,
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

fn categories(json: &Value, axis: &str) -> Vec<String> {
    json[axis]["data"]
        .as_array()
        .expect("category axis data")
        .iter()
        .map(|v| v.as_str().expect("category").to_string())
        .collect()
}

fn series(json: &Value) -> Vec<Value> {
    json["series"].as_array().cloned().unwrap_or_default()
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

fn assert_body_targets(spec: &ChartSpec, cats: &[String]) {
    let expected: Vec<ClickTarget> = cats.iter().map(|c| ClickTarget::Body(c.clone())).collect();
    assert_eq!(spec.click_targets, expected);
}

#[test]
fn share_chart_sorts_recomputed_shares_with_the_highest_on_top() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Share, s, Lang::De);
    let cats = categories(&json, "yAxis");
    let series = series(&json);
    assert_eq!(series.len(), 1);
    let v = values(&series[0]);
    assert_eq!(cats.len(), 40);
    assert_eq!(cats[0], "BNUR");
    assert_eq!(v[0], Some(12.5));
    assert_eq!(
        cats[39], "LRH",
        "ties at 100 % read in table order from the top"
    );
    assert_eq!(v[39], Some(100.0));
    assert!(v.windows(2).all(|w| w[0] <= w[1]), "ascending: {v:?}");
    // Recomputed, not printed: Finanzämter print 100.0 but keep 2 accounts on Exchange.
    let fa = cats.iter().position(|c| c == "Finanzämter").unwrap();
    assert!(v[fa].unwrap() < 100.0);
    assert_eq!(json["xAxis"]["min"], 0);
    assert_eq!(json["xAxis"]["max"], 100);
    assert_body_targets(&spec, &cats);
    assert_eq!(
        names(&series[0])[0],
        format!("BNUR: 12,5{NB}% auf Open-Xchange (4 von 32 Konten)")
    );
    assert_eq!(series[0]["data"][0]["value"][2], format!("12,5{NB}%"));
    assert_eq!(series[0]["data"][fa]["value"][2], format!("99,96{NB}%"));
    assert_eq!(
        series[0]["data"][0]["itemStyle"]["color"],
        Theme::Light.palette().highlight
    );
    assert_eq!(json["tooltip"]["formatter"], "{b0}");
    assert_eq!(
        spec.takeaway,
        format!("33 von 40 Behörden haben mehr als 90{NB}% ihrer Konten umgestellt; am niedrigsten ist der Anteil bei BNUR (12,5{NB}%).")
    );
    assert_eq!(spec.table.rows.len(), 40);
    assert_eq!(spec.table.rows[39].header, "BNUR");
    assert_eq!(
        spec.table.rows[39].cells,
        vec!["4", "28", "32", &format!("12,5{NB}%")]
    );
    assert_eq!(
        spec.source,
        format!("Quelle: Schleswig-Holsteinischer Landtag, Drucksache 20/4245 vom 24.{NB}März 2026, Antwort auf Frage 2")
    );

    let (en, _) = chart(ChartId::Share, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "33 of 40 bodies have moved more than 90% of their accounts; the share is lowest at BNUR (12.5%)."
    );
    assert!(en.description.starts_with("Bar chart: share of accounts on Open-Xchange per body, 40 bodies, from 12.5% (BNUR) to 100% (LRH)"));
}

#[test]
fn accounts_chart_uses_a_log_axis_and_keeps_zeros_in_tooltip_and_table() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Accounts, s, Lang::De);
    assert_eq!(json["xAxis"]["type"], "log");
    assert!(json["xAxis"]["name"]
        .as_str()
        .unwrap()
        .contains("logarithmisch"));
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 40);
    assert_eq!(cats[39], "Polizei");
    assert_eq!(cats[0], "ALR");
    let series = series(&json);
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["name"], "Open-Xchange");
    assert_eq!(series[1]["name"], "noch in Exchange");
    let (ox, rest) = (values(&series[0]), values(&series[1]));
    assert_eq!(ox[39], Some(13750.0));
    assert_eq!(rest[39], Some(43.0));
    let all: Vec<f64> = (0..40)
        .map(|i| ox[i].unwrap_or(0.0) + rest[i].unwrap_or(0.0))
        .collect();
    assert!(all.windows(2).all(|w| w[0] <= w[1]), "biggest at the top");
    let lrh = cats.iter().position(|c| c == "LRH").unwrap();
    assert_eq!(rest[lrh], None, "zero is not drawn on a log axis");
    assert_eq!(
        names(&series[1])[lrh],
        "noch in Exchange: 0; alle Konten: 133"
    );
    let row = spec.table.rows.iter().find(|r| r.header == "LRH").unwrap();
    assert_eq!(row.cells, vec!["133", "0", "133"]);
    assert_eq!(spec.table.rows[0].cells, vec!["13.750", "43", "13.793"]);
    assert_eq!(json["tooltip"]["formatter"], "{b0}<br/>{b1}");
    assert_eq!(json["tooltip"]["trigger"], "axis");
    assert_eq!(names(&series[0])[39], "Polizei – auf Open-Xchange: 13.750");
    assert_body_targets(&spec, &cats);
    assert_eq!(
        spec.takeaway,
        "Die meisten Konten auf Open-Xchange hat Polizei (13.750), die wenigsten BNUR (4)."
    );
    let (en, en_json) = chart(ChartId::Accounts, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "Polizei has the most accounts on Open-Xchange (13,750), BNUR the fewest (4)."
    );
    assert_eq!(
        names(&series_of(&en_json, 0))[39],
        "Polizei – on Open-Xchange: 13,750"
    );
    assert!(
        spec.height > 1000,
        "grows with its 40 rows: {}",
        spec.height
    );
}

fn series_of(json: &Value, i: usize) -> Value {
    series(json)[i].clone()
}

#[test]
fn portfolios_chart_sums_each_ressort_in_table_order() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Portfolios, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 10);
    assert_eq!(json["yAxis"]["inverse"], true, "table order from the top");
    assert_eq!(cats[0], format!("ohne Ressort · 98,0{NB}% umgestellt"));
    assert_eq!(cats[4], format!("Ressort IV · 98,6{NB}% umgestellt"));
    assert_eq!(json["xAxis"]["type"], "log");
    let series = series(&json);
    assert_eq!(series.len(), 3);
    let sum = |i: usize| -> f64 { values(&series[i]).iter().map(|v| v.unwrap_or(0.0)).sum() };
    assert_eq!(sum(0), 43051.0);
    assert_eq!(sum(1) + sum(2), 960.0);
    // Ressort IX has no resource accounts left: not drawn, but in tooltip and table.
    assert_eq!(values(&series[2])[9], None);
    assert_eq!(
        names(&series[2])[9],
        "Ressourcenkonten in Exchange (MSE Res): 0"
    );
    assert_eq!(spec.table.rows[9].cells[3], "0");
    let mut expected = vec![ClickTarget::Portfolio(None)];
    for r in ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"] {
        expected.push(ClickTarget::Portfolio(Some(r.to_string())));
    }
    assert_eq!(spec.click_targets, expected);
    assert_eq!(spec.table.rows[4].header, "Ressort IV");
    assert_eq!(
        spec.table.rows[4].cells,
        vec!["5", "15.711", "22", "200", "15.933", &format!("98,6{NB}%")]
    );
    assert_eq!(
        spec.takeaway,
        format!("Die meisten Konten: Ressort IV (15.933, davon 98,6{NB}% umgestellt). Niedrigster Anteil: Ressort VIII (91,9{NB}%).")
    );
    let (en, _) = chart(ChartId::Portfolios, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "Most accounts: Portfolio IV (15,933, 98.6% moved). Lowest share: Portfolio VIII (91.9%)."
    );
}

#[test]
fn remaining_chart_shows_only_bodies_with_accounts_left() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Remaining, s, Lang::De);
    let cats = categories(&json, "yAxis");
    assert_eq!(cats.len(), 34);
    for gone in ["LRH", "Landesvertretung", "IQSH", "SHIBB", "DLZP", "ALR"] {
        assert!(!cats.contains(&gone.to_string()), "{gone} has nothing left");
    }
    assert_eq!(cats[33], "Justiz");
    let series = series(&json);
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["stack"], series[1]["stack"]);
    let (mse, res) = (values(&series[0]), values(&series[1]));
    let totals: Vec<f64> = mse
        .iter()
        .zip(&res)
        .map(|(a, b)| a.unwrap() + b.unwrap())
        .collect();
    assert_eq!(totals.iter().sum::<f64>(), 960.0);
    assert!(
        totals.windows(2).all(|w| w[0] <= w[1]),
        "largest at the top"
    );
    assert_eq!(
        series[1]["data"][33]["value"][2], "207",
        "label shows the total"
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
    let (en, _) = chart(ChartId::Remaining, s, Lang::En);
    assert_eq!(
        en.takeaway,
        "Of 960 remaining accounts, 207 (21.6%) are at Justiz."
    );
}

#[test]
fn timeline_places_every_dated_fact_and_the_answer() {
    let d = shipped();
    let s = d.latest();
    let (spec, json) = chart(ChartId::Timeline, s, Lang::De);
    assert_eq!(json["xAxis"]["type"], "time");
    let mut dates: Vec<String> = series(&json)
        .iter()
        .flat_map(|s| s["data"].as_array().cloned().unwrap_or_default())
        .map(|d| d["value"][0].as_str().unwrap().to_string())
        .collect();
    dates.sort();
    assert_eq!(
        dates,
        vec![
            "2025-09-15",
            "2025-10-02",
            "2026-02-01",
            "2026-03-24",
            "2026-06-30",
            "2026-07-01",
            "2026-12-31"
        ]
    );
    assert_eq!(categories(&json, "yAxis").len(), 7);
    assert_eq!(categories(&json, "yAxis")[1], "Migration abgeschlossen");
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
    let (en, _) = chart(ChartId::Timeline, s, Lang::En);
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
    let iv: Vec<&Body> = s
        .bodies
        .iter()
        .filter(|b| b.portfolio.as_deref() == Some("IV"))
        .collect();
    let spec = build(ChartId::Share, &input(s, iv.clone(), Lang::De));
    let json = serde_json::to_value(&spec.chart).unwrap();
    assert_eq!(categories(&json, "yAxis").len(), 5);
    assert_eq!(categories(&json, "yAxis")[4], "Polizei");
    assert_eq!(
        spec.takeaway,
        format!("4 von 5 Behörden haben mehr als 90{NB}% ihrer Konten umgestellt; am niedrigsten ist der Anteil bei LFS.SH (86,7{NB}%).")
    );
    let p = build(ChartId::Portfolios, &input(s, iv.clone(), Lang::De));
    assert_eq!(
        p.click_targets,
        vec![ClickTarget::Portfolio(Some("IV".into()))]
    );
    assert_eq!(
        p.takeaway,
        format!("Ressort IV: 15.933 Konten in 5 Behörden, davon 98,6{NB}% auf Open-Xchange.")
    );
    let r = build(ChartId::Remaining, &input(s, iv.clone(), Lang::De));
    assert_eq!(
        r.takeaway,
        format!("Von 222 verbleibenden Konten entfallen 103 (46,4{NB}%) auf MIKWS.")
    );

    let one: Vec<&Body> = s
        .bodies
        .iter()
        .filter(|b| b.abbreviation == "LRH")
        .collect();
    let share = build(ChartId::Share, &input(s, one.clone(), Lang::De));
    assert_eq!(
        share.takeaway,
        format!("Bei LRH sind 100{NB}% der Konten auf Open-Xchange umgestellt (133 von 133).")
    );
    let rest = build(ChartId::Remaining, &input(s, one.clone(), Lang::En));
    assert_eq!(rest.takeaway, "LRH has no accounts left on Exchange.");
    assert!(rest.click_targets.is_empty());
    let acc = build(ChartId::Accounts, &input(s, one, Lang::En));
    assert_eq!(
        acc.takeaway,
        "LRH has 133 accounts on Open-Xchange and 0 still on Exchange."
    );
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
        for (lang, text) in [
            (Lang::De, "Keine Behörde passt zur Auswahl."),
            (Lang::En, "No body matches the selection."),
        ] {
            let spec = build(id, &input(s, Vec::new(), lang));
            let json = serde_json::to_value(&spec.chart).unwrap();
            assert!(series(&json).is_empty(), "{id:?}");
            assert_eq!(spec.takeaway, text);
            assert!(spec.click_targets.is_empty());
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
fn tip(json: &Value, (series, index): (u32, u32)) -> String {
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
                // Every number and name of each item's tooltip is read out.
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
                // The first item is drawn, so its tooltip can be shown.
                let (series, index) = point.items[0];
                let value = &json["series"][series as usize]["data"][index as usize]["value"][0];
                assert!(
                    !value.is_null(),
                    "{id:?}: «{}» starts at an undrawn item",
                    point.announcement
                );
            }
        }
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
    assert_eq!(share.points[0].items, vec![(0, cats.len() as u32 - 1)]);
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

    // Ressorts are drawn top-down in table order (Landtag and LRH, without one, come first): the
    // first stop is the top group, with all three series.
    let (portfolios, _) = chart(ChartId::Portfolios, s, Lang::De);
    assert_eq!(portfolios.points[0].target, Some(0));
    assert_eq!(portfolios.click_targets[0], ClickTarget::Portfolio(None));
    assert!(portfolios.points[0]
        .announcement
        .starts_with("ohne Ressort (2 Behörden): "));
    assert!(portfolios.points[1].announcement.starts_with("Ressort I ("));
    let mut series: Vec<u32> = portfolios.points[0].items.iter().map(|i| i.0).collect();
    series.sort_unstable();
    assert_eq!(series, vec![0, 1, 2]);

    let (accounts, _) = chart(ChartId::Accounts, s, Lang::De);
    assert!(accounts.points.iter().any(|p| p.announcement
        == "Polizei: 13.750 Konten auf Open-Xchange, 43 noch in Exchange, zusammen 13.793"));
    let (remaining, _) = chart(ChartId::Remaining, s, Lang::De);
    assert!(remaining.points[0]
        .announcement
        .contains("aller Restkonten"));

    // Timeline: earliest first, nothing to select, each stop the item of its lane.
    let (timeline, json) = chart(ChartId::Timeline, s, Lang::De);
    assert!(timeline.points.iter().all(|p| p.target.is_none()));
    assert_eq!(
        timeline.points[1].announcement,
        format!("Migration abgeschlossen – am 2.{NB}Oktober 2025 (Meilenstein)")
    );
    let dates: Vec<String> = timeline
        .points
        .iter()
        .map(|p| {
            let (series, index) = p.items[0];
            json["series"][series as usize]["data"][index as usize]["value"][0]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "stops follow the time axis");

    // Filtered and empty selections.
    let iv: Vec<&Body> = s
        .bodies
        .iter()
        .filter(|b| b.portfolio.as_deref() == Some("IV"))
        .collect();
    assert_eq!(
        build(ChartId::Share, &input(s, iv, Lang::De)).points.len(),
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
        // Decal patterns on the series and legend, one per series.
        assert_eq!(json["aria"]["enabled"], true, "{id:?}");
        assert_eq!(json["aria"]["decal"]["show"], true, "{id:?}");
        let decals = json["aria"]["decal"]["decals"].as_array().unwrap().len();
        assert!(decals >= series(&json).len(), "{id:?}");
        for s in series(&json) {
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
    // The share chart marks its 90 % threshold with a labelled line, not only with red bars.
    let (_, json) = chart(ChartId::Share, s, Lang::De);
    let line = &series(&json)[0]["markLine"];
    assert_eq!(line["data"][0]["xAxis"], 90.0);
    assert_eq!(line["label"]["formatter"], format!("90{NB}%"));
    assert_eq!(line["lineStyle"]["type"], "dashed");
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
