//! The table as CSV for spreadsheets in a German locale: UTF-8 with byte-order mark (so Excel reads
//! the umlauts), semicolon between fields, decimal comma, one row per body.

use ox_core::format;
use ox_core::i18n::Lang;
use ox_core::model::{ox_share, Snapshot};
use ox_core::notes::data_notes;

pub const CSV_DELIMITER: char = ';';
pub const CSV_DECIMAL: char = ',';

/// Column headers, in order; the data package describes each in German and English.
pub const CSV_COLUMNS: [&str; 11] = [
    "Stand",
    "Ressort",
    "Behörde",
    "Name (ergänzt)",
    "MSE",
    "MSE Res",
    "OX",
    "OX % (gedruckt)",
    "OX % (nachgerechnet)",
    "Seite",
    "Datenhinweise",
];

fn field(s: &str) -> String {
    if s.contains([CSV_DELIMITER, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The snapshot's table as CSV text (with BOM and CRLF line ends, as RFC 4180 has it).
pub fn bodies_csv(snapshot: &Snapshot) -> String {
    let notes = data_notes(snapshot, Lang::De);
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(&CSV_DELIMITER.to_string()));
    out.push_str("\r\n");
    for b in &snapshot.bodies {
        let row_notes: Vec<String> = notes
            .iter()
            .filter(|n| n.body.as_deref() == Some(b.abbreviation.as_str()))
            .map(|n| n.text.clone())
            .collect();
        let cells = [
            snapshot.id.clone(),
            b.portfolio.clone().unwrap_or_default(),
            b.abbreviation.clone(),
            b.name.as_ref().map(|n| n.de.clone()).unwrap_or_default(),
            b.exchange_accounts.to_string(),
            b.exchange_resources.to_string(),
            b.ox_accounts.to_string(),
            format::decimal(b.ox_share_published, 1, Lang::De),
            ox_share(b)
                .map(|s| format::decimal(s, 2, Lang::De))
                .unwrap_or_default(),
            b.page.map(|p| p.to_string()).unwrap_or_default(),
            row_notes.join(" | "),
        ];
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(&CSV_DELIMITER.to_string()));
        out.push_str("\r\n");
    }
    out
}
