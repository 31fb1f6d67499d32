//! A Frictionless data package (v1) describing the downloads, with German and English descriptions,
//! the licence of the compilation and the source's attribution.

use super::csv::{CSV_COLUMNS, CSV_DECIMAL, CSV_DELIMITER};
use ox_core::model::Dataset;
use serde_json::{json, Value};

/// German and English description of each CSV column, in column order.
const COLUMN_DOCS: [(&str, &str, &str); 11] = [
    ("date", "Datum des Datenstands (Datum der Drucksache).", "Date of the snapshot (date of the paper)."),
    ("string", "Ressort I bis IX wie gedruckt; leer für Landtag und Landesrechnungshof.", "Portfolio I to IX as printed; empty for the Landtag and the Court of Audit."),
    ("string", "Behörde, Name oder Abkürzung wie gedruckt.", "Body, name or abbreviation as printed."),
    ("string", "Vollständiger Name, von dieser Seite ergänzt (nicht in der Quelle); leer, wo nicht sicher.", "Full name added by this site (not in the source); empty where not certain."),
    ("integer", "MSE: verbliebene Restkonten in MS Exchange.", "MSE: accounts remaining on MS Exchange."),
    ("integer", "MSE Res: verbliebene Ressourcenkonten (Räume, Geräte) in MS Exchange.", "MSE Res: resource accounts (rooms, equipment) remaining on MS Exchange."),
    ("integer", "OX: existierende Konten in Open-Xchange.", "OX: existing accounts on Open-Xchange."),
    ("number", "OX %: Anteil umgestellt, wie gedruckt (eine Nachkommastelle).", "OX %: share migrated as printed (one decimal)."),
    ("number", "Anteil umgestellt, nachgerechnet als OX / (MSE + MSE Res + OX) in Prozent, zwei Nachkommastellen.", "Share migrated, recomputed as OX / (MSE + MSE Res + OX) in percent, two decimals."),
    ("integer", "Seite der Drucksache mit dieser Zeile.", "Page of the paper with this row."),
    ("string", "Datenhinweise zu dieser Zeile (deutsch), getrennt durch „ | “.", "Data notes on this row (German), separated by “ | ”."),
];

fn field(i: usize) -> Value {
    let (kind, de, en) = COLUMN_DOCS[i];
    let mut f = json!({
        "name": CSV_COLUMNS[i],
        "type": kind,
        "description": format!("{de} / English: {en}"),
        "description_de": de,
        "description_en": en,
    });
    match kind {
        "integer" => f["constraints"] = json!({ "minimum": 0 }),
        "number" => {
            f["decimalChar"] = json!(CSV_DECIMAL.to_string());
            f["constraints"] = json!({ "minimum": 0, "maximum": 100 });
        }
        _ => {}
    }
    if CSV_COLUMNS[i] == "Behörde" {
        f["constraints"] = json!({ "required": true, "unique": true });
    }
    f
}

/// The data package for the newest snapshot of `dataset`, published by `operator`.
pub fn datapackage(dataset: &Dataset, operator: &ox_core::operator::Operator) -> Value {
    let s = dataset.latest();
    let src = &s.source;
    let license = &dataset.license;
    let title = format!(
        "{}, Drucksache {} vom {}: {} (Antwort: {})",
        src.parliament, src.number, src.date, src.title, src.answered_by
    );
    // The official document first where it is known, then the site's text copy.
    let mut sources = Vec::new();
    if let Some(url) = &src.url {
        sources.push(json!({ "title": format!("{title}, amtliche Fassung / official version"), "path": url }));
    }
    sources.push(json!({ "title": format!("{title}, Textfassung / text version"), "path": format!("../{}", src.text_file) }));
    json!({
        "profile": "tabular-data-package",
        "name": "open-xchange-migration-schleswig-holstein",
        "title": format!("{} / {}", dataset.title.de, dataset.title.en),
        "description": format!(
            "Konten je Behörde aus der Antwort der Landesregierung, {} Drucksache {} vom {}. / Accounts per body from the government's answer, {} paper {} of {}.",
            src.parliament, src.number, src.date, src.parliament, src.number, src.date
        ),
        "version": s.id,
        "licenses": [{
            "name": license.id,
            "title": license.name,
            "path": license.path,
        }],
        "sources": sources,
        // Who publishes this compilation: the licence's attribution names them with the source.
        "contributors": [{
            "title": operator.name,
            "email": operator.email,
            "role": "publisher",
        }],
        "resources": [
            {
                "name": "behoerden",
                "title": "Konten je Behörde / Accounts per body",
                "path": "behoerden.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": {
                    "delimiter": CSV_DELIMITER.to_string(),
                    "lineTerminator": "\r\n",
                    "quoteChar": "\"",
                    "doubleQuote": true,
                    "header": true,
                },
                "schema": {
                    "fields": (0..CSV_COLUMNS.len()).map(field).collect::<Vec<_>>(),
                    "missingValues": [""],
                    "primaryKey": ["Stand", "Behörde"],
                },
            },
        ],
        "x-json-dataset": {
            "path": "dataset.json",
            "schema": "dataset.schema.json",
            "description": "Der vollständige Datensatz (alle Stände, Fakten, Datenhinweise) als JSON. / The full dataset (all snapshots, facts, data notes) as JSON.",
        },
    })
}
