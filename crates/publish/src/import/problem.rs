//! Why an import is refused, and where: the input, the CSV's row with the body's name, the column
//! or key; in English and German.

use super::CONFIRMED_KEY;
use crate::csv::CSV_COLUMNS;
use ox_core::i18n::{error_message, Lang};
use ox_core::model::{DataError, ErrorKind};
use std::fmt;

/// Which input a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// The dataset the snapshot is added to.
    Dataset,
    /// The answer's metadata (TOML).
    Answer,
    /// The answer's table (CSV).
    Table,
}

/// A row of the CSV: 1-based, counted from the first line under the header, with the body's
/// name as written in its `Behörde` cell (empty when that cell is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub body: String,
}

/// One reason the import is refused, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub input: Input,
    pub row: Option<Row>,
    /// The CSV column or the TOML key.
    pub field: Option<String>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A rule the dataset itself has (counts, shares, Ressorts, duplicates, dates, continuity).
    Data(ErrorKind),
    /// The dataset does not parse, or the finished one would not: with its own location.
    Dataset(DataError),
    /// The dataset holds fields this tool does not know; writing it would drop them.
    Lossy,
    /// The file cannot be read as CSV or TOML; the detail says where.
    Syntax(String),
    /// The header lacks a column, names one twice, or names one the download does not have.
    MissingColumn,
    DuplicateColumn,
    UnknownColumn,
    /// The header is one cell with commas or tabs in it: the file is not separated by `;`.
    Delimiter,
    /// A row with another number of cells than the header.
    CellCount {
        found: usize,
        expected: usize,
    },
    /// A count written with thousands separators (`1.234`).
    Separators(String),
    /// A share written with a decimal point (`97.4`).
    DecimalPoint(String),
    NotANumber(String),
    /// The printed share does not follow from the row beyond its rounding.
    ShareDiffers {
        printed: f64,
        recomputed: Option<f64>,
    },
    /// A body confirmed as differing whose printed share fits its row.
    ConfirmedButFits,
    /// No page for the row, and the table is on more than one page.
    NoPage(Vec<u32>),
    PageNotInTable {
        page: u32,
        pages: Vec<u32>,
    },
    /// `source.date` is not the snapshot's `id`.
    DateNotId {
        id: String,
    },
}

impl Problem {
    pub(super) fn table(row: Option<&Row>, field: &str, kind: ProblemKind) -> Problem {
        Problem {
            input: Input::Table,
            row: row.cloned(),
            field: Some(field.to_string()),
            kind,
        }
    }

    pub(super) fn answer(key: &str, kind: ProblemKind) -> Problem {
        Problem {
            input: Input::Answer,
            row: None,
            field: (!key.is_empty()).then(|| key.to_string()),
            kind,
        }
    }

    /// Where the problem is, in `lang`: "CSV, row 12 (LfU), column “MSE”".
    pub fn place(&self, lang: Lang) -> String {
        let de = lang == Lang::De;
        let mut parts = vec![match self.input {
            Input::Dataset => "dataset.json".to_string(),
            Input::Answer => if de {
                "Antwortdatei (TOML)"
            } else {
                "answer file (TOML)"
            }
            .into(),
            Input::Table => if de { "Tabelle (CSV)" } else { "table (CSV)" }.into(),
        }];
        if let Some(row) = &self.row {
            let word = if de { "Zeile" } else { "row" };
            parts.push(match row.body.as_str() {
                "" => format!("{word} {}", row.number),
                body => format!("{word} {} ({body})", row.number),
            });
        }
        if let Some(field) = &self.field {
            parts.push(match (self.input, de) {
                (Input::Table, true) => format!("Spalte „{field}“"),
                (Input::Table, false) => format!("column “{field}”"),
                (_, true) => format!("Feld „{field}“"),
                (_, false) => format!("field “{field}”"),
            });
        }
        parts.join(", ")
    }

    /// What is wrong, in `lang`.
    pub fn what(&self, lang: Lang) -> String {
        use ProblemKind as K;
        let pages = |p: &[u32]| p.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let pct = |x: f64, d: usize| ox_core::format::percent(x, d, lang);
        let known = CSV_COLUMNS.join(", ");
        let (de, en): (String, String) = match &self.kind {
            K::Data(kind) => return error_message(&DataError::new(kind.clone()), lang),
            K::Dataset(err) => return error_message(err, lang),
            K::Syntax(detail) => return detail.clone(),
            K::Lossy => (
                "Die Datei enthält Felder, die dieses Werkzeug nicht kennt; beim Schreiben \
                 gingen sie verloren."
                    .into(),
                "The file holds fields this tool does not know; writing it would drop them.".into(),
            ),
            K::MissingColumn => ("Die Spalte fehlt.".into(), "The column is missing.".into()),
            K::DuplicateColumn => (
                "Die Spalte kommt doppelt vor.".into(),
                "The column appears twice.".into(),
            ),
            K::UnknownColumn => (
                format!("Unbekannte Spalte; bekannt sind: {known}."),
                format!("Unknown column; the known ones are: {known}."),
            ),
            K::Delimiter => (
                "Die Felder müssen durch Semikolon (;) getrennt sein.".into(),
                "Fields must be separated by semicolons (;).".into(),
            ),
            K::CellCount { found, expected } => (
                format!("Die Zeile hat {found} Zellen, die Kopfzeile {expected}."),
                format!("The row has {found} cells, the header {expected}."),
            ),
            K::Separators(v) => (
                format!("Zahlen ohne Tausenderpunkt schreiben ({v})."),
                format!("Write counts without thousands separators ({v})."),
            ),
            K::DecimalPoint(v) => (
                format!("Dezimalkomma statt Punkt schreiben ({v})."),
                format!("Write a decimal comma, not a point ({v})."),
            ),
            K::NotANumber(v) => (format!("Keine Zahl ({v})."), format!("Not a number ({v}).")),
            K::ShareDiffers {
                printed,
                recomputed,
            } => {
                let p = pct(*printed, 1);
                let r = recomputed.map_or("–".into(), |r| pct(r, 2));
                (
                    format!(
                        "Gedruckt {p}, aus der Zeile nachgerechnet {r}: mehr als Rundung. Zahlen \
                         prüfen; druckt die Antwort es so, die Behörde unter `{CONFIRMED_KEY}` \
                         eintragen."
                    ),
                    format!(
                        "Printed {p}, recomputed from the row {r}: more than rounding. Check the \
                         figures; if the answer prints it so, list the body under \
                         `{CONFIRMED_KEY}`."
                    ),
                )
            }
            K::ConfirmedButFits => (
                "Als abweichend bestätigt, aber der gedruckte Anteil passt zur Zeile.".into(),
                "Confirmed as differing, but the printed share fits its row.".into(),
            ),
            K::NoPage(p) => (
                format!(
                    "Keine Seite angegeben; die Tabelle steht auf den Seiten {}.",
                    pages(p)
                ),
                format!("No page given; the table is on pages {}.", pages(p)),
            ),
            K::PageNotInTable { page, pages: p } => (
                format!(
                    "Seite {page} gehört nicht zur Tabelle (Seiten {}).",
                    pages(p)
                ),
                format!(
                    "Page {page} is not one of the table's pages ({}).",
                    pages(p)
                ),
            ),
            K::DateNotId { id } => (
                format!("Das Datum muss der Stand sein (id = {id})."),
                format!("The date must be the snapshot's id ({id})."),
            ),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place(Lang::En), self.what(Lang::En))
    }
}
