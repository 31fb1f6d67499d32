//! The downloads are generated from the dataset: the CSV matches it row for row, the data package
//! describes every column, and versioned files hold only the snapshots up to their version.

mod common;

use ox_core::files::{dataset_as_of, version_dir};
use ox_core::model::Dataset;
use ox_publish::*;

fn shipped() -> Dataset {
    (*common::dataset()).clone()
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_body() {
    let ds = shipped();
    let csv = bodies_csv(ds.latest());
    assert!(
        csv.starts_with('\u{feff}'),
        "UTF-8 byte-order mark for spreadsheets"
    );
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 41);
    assert!(
        lines[0].starts_with("Stand;Ressort;Behörde;Name (ergänzt);MSE;MSE Res;OX;OX % (gedruckt)")
    );
    for (line, body) in lines[1..].iter().zip(&ds.latest().bodies) {
        let cells: Vec<&str> = line.split(';').collect();
        assert_eq!(cells[2], body.abbreviation);
        assert_eq!(cells[4], body.exchange_accounts.to_string());
        assert_eq!(cells[6], body.ox_accounts.to_string());
    }
    let mekun = lines.iter().find(|l| l.contains(";MEKUN;")).unwrap();
    assert!(mekun.contains(";97,4;97,48;"), "{mekun}");
    assert!(
        mekun.contains("Rundung"),
        "the row carries its data note: {mekun}"
    );
    let ltsh = lines[1];
    assert!(
        ltsh.starts_with(
            "2026-03-24;;LTSH;Schleswig-Holsteinischer Landtag;12;0;453;97,4;97,42;2;"
        ),
        "{ltsh}"
    );
}

#[test]
fn fields_with_the_delimiter_or_quotes_are_quoted() {
    let mut ds = shipped();
    ds.snapshots[0].bodies[0].abbreviation = "A;B \"C\"".into();
    let csv = bodies_csv(&ds.snapshots[0]);
    assert!(csv.contains(";\"A;B \"\"C\"\"\";"));
}

#[test]
fn data_package_describes_every_column_in_both_languages() {
    let ds = shipped();
    let operator = ox_core::operator::Operator::example("https://example.org/b/");
    let p = datapackage(&ds, &operator);
    assert_eq!(p["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(p["contributors"][0]["role"], "publisher");
    assert_eq!(
        p["contributors"][0]["title"].as_str(),
        Some(operator.name.as_str())
    );
    assert!(p["sources"][0]["title"]
        .as_str()
        .unwrap()
        .contains("20/4245"));
    let fields = p["resources"][0]["schema"]["fields"].as_array().unwrap();
    assert_eq!(fields.len(), 11);
    for f in fields {
        assert!(!f["description_de"].as_str().unwrap().is_empty());
        assert!(!f["description_en"].as_str().unwrap().is_empty());
    }
    assert_eq!(p["resources"][0]["dialect"]["delimiter"], ";");
    assert_eq!(fields[8]["decimalChar"], ",");
}

#[test]
fn a_version_holds_its_snapshot_and_earlier_ones_only() {
    let mut ds = shipped();
    let mut later = ds.snapshots[0].clone();
    later.id = "2026-09-01".into();
    later.source.date = "2026-09-01".into();
    ds.snapshots.push(later);
    let old = dataset_as_of(&ds, "2026-03-24").unwrap();
    assert_eq!(old.snapshots.len(), 1);
    assert_eq!(
        old,
        shipped(),
        "adding a snapshot leaves the old version as it was"
    );
    assert_eq!(dataset_as_of(&ds, "2026-09-01").unwrap().snapshots.len(), 2);
    assert!(dataset_as_of(&ds, "1999-01-01").is_none());
    assert_eq!(version_dir("2026-03-24"), "data/versions/2026-03-24");
}

#[test]
fn citations_give_the_figure_in_context_with_source_and_link() {
    use ox_core::cite::*;
    use ox_core::i18n::Lang;
    use ox_core::view_state::ViewState;
    let ds = shipped();
    let s = ds.latest();
    let polizei = s
        .bodies
        .iter()
        .find(|b| b.abbreviation == "Polizei")
        .unwrap();
    let c = body_citation(
        polizei,
        s,
        "https://example.org/?behoerde=Polizei",
        Lang::De,
    );
    assert_eq!(
        c,
        "Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7\u{a0}%); noch in MS Exchange: 4 Konten und 39 Ressourcenkonten. Quelle: Schleswig-Holsteinischer Landtag, Drucksache 20/4245 vom 24.\u{a0}März 2026, Antwort der Landesregierung auf Frage 2, S. 3. Amtliche Fassung: https://www.landtag.ltsh.de/infothek/wahl20/drucks/04200/drucksache-20-04245.pdf. https://example.org/?behoerde=Polizei"
    );
    let mekun = s.bodies.iter().find(|b| b.abbreviation == "MEKUN").unwrap();
    assert!(body_citation(mekun, s, "u", Lang::En).contains("(97.5%; printed in the paper: 97.4%)"));
    let c = totals_citation(&s.bodies, &ViewState::default(), s, "u", Lang::De);
    assert!(
        c.starts_with(
            "Alle 40 Behörden der Tabelle: 43.051 von 44.011 Konten auf Open-Xchange (97,8\u{a0}%)"
        ),
        "{c}"
    );
    let mllev = s.bodies.iter().find(|b| b.abbreviation == "MLLEV").unwrap();
    assert!(
        body_citation(mllev, s, "u", Lang::De)
            .contains("noch in MS Exchange: 1 Konto und 0 Ressourcenkonten."),
        "one account is one Konto"
    );
    assert!(dataset_citation(s, "P", "u", Lang::En).contains("version 2026-03-24"));
}
