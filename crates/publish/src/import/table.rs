//! The answer's table as CSV, read in the layout of our download (`crates/publish/src/csv.rs`):
//! every cell checked, every problem kept.

use super::problem::{Input, Problem, ProblemKind, Row};
use crate::csv::{CSV_COLUMNS, CSV_DECIMAL, CSV_DELIMITER};
use ox_core::model::{Dataset, ErrorKind, MAX_COUNT};
use std::collections::HashMap;

pub(super) const STAND: &str = CSV_COLUMNS[0];
const RESSORT: &str = CSV_COLUMNS[1];
pub(super) const BEHOERDE: &str = CSV_COLUMNS[2];
pub(super) const NAME: &str = CSV_COLUMNS[3];
const MSE: &str = CSV_COLUMNS[4];
const MSE_RES: &str = CSV_COLUMNS[5];
const OX: &str = CSV_COLUMNS[6];
pub(super) const SHARE: &str = CSV_COLUMNS[7];
const RECOMPUTED: &str = CSV_COLUMNS[8];
pub(super) const SEITE: &str = CSV_COLUMNS[9];
const HINWEISE: &str = CSV_COLUMNS[10];
/// Columns without which a row cannot be read.
const REQUIRED: [&str; 6] = [RESSORT, BEHOERDE, MSE, MSE_RES, OX, SHARE];

/// A CSV row read as far as its cells allow; `None` where a cell was refused.
pub(super) struct TableRow {
    pub(super) row: Row,
    pub(super) portfolio: Option<Option<String>>,
    pub(super) counts: [Option<u32>; 3],
    pub(super) share: Option<(f64, usize, String)>,
    /// The page cell: absent or empty is `Some(None)`, refused is `None`.
    pub(super) page: Option<Option<u32>>,
    pub(super) name: String,
    pub(super) stand: String,
}

/// Reads the CSV's rows, adding every problem of its header and cells; none when the file
/// cannot be read as the table at all (its syntax, its header).
pub(super) fn read_rows(
    csv: &str,
    dataset: &Dataset,
    problems: &mut Vec<Problem>,
    notices: &mut Vec<String>,
) -> Option<Vec<TableRow>> {
    let records = match records(csv.strip_prefix('\u{feff}').unwrap_or(csv)) {
        Ok(r) => r,
        Err(detail) => {
            problems.push(Problem {
                input: Input::Table,
                row: None,
                field: None,
                kind: ProblemKind::Syntax(detail),
            });
            return None;
        }
    };
    let Some((header, lines)) = records.split_first() else {
        problems.push(Problem::table(
            None,
            BEHOERDE,
            ProblemKind::Data(ErrorKind::NoBodies),
        ));
        return None;
    };
    if header.len() == 1 && header[0].contains([',', '\t']) {
        problems.push(Problem {
            input: Input::Table,
            row: None,
            field: None,
            kind: ProblemKind::Delimiter,
        });
        return None;
    }
    let mut column: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().map(|h| h.trim()).enumerate() {
        if !CSV_COLUMNS.contains(&name) {
            problems.push(Problem::table(None, name, ProblemKind::UnknownColumn));
        } else if column.insert(name, i).is_some() {
            problems.push(Problem::table(None, name, ProblemKind::DuplicateColumn));
        }
    }
    let missing: Vec<&str> = REQUIRED
        .into_iter()
        .filter(|c| !column.contains_key(c))
        .collect();
    for c in &missing {
        problems.push(Problem::table(None, c, ProblemKind::MissingColumn));
    }
    if !missing.is_empty() {
        return None;
    }
    let derived: Vec<&str> = [RECOMPUTED, HINWEISE]
        .into_iter()
        .filter(|c| column.contains_key(c))
        .collect();
    if !derived.is_empty() {
        notices.push(format!(
            "Not read, the build derives them: the column(s) {}.",
            derived.join(", ")
        ));
    }
    let mut rows = Vec::new();
    for (i, cells) in lines.iter().enumerate() {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |name: &str| {
            column
                .get(name)
                .and_then(|&i| cells.get(i))
                .map_or("", |c| c.trim())
        };
        let row = Row {
            number: i + 1,
            body: cell(BEHOERDE).to_string(),
        };
        if cells.len() != header.len() {
            let kind = ProblemKind::CellCount {
                found: cells.len(),
                expected: header.len(),
            };
            problems.push(Problem::table(Some(&row), BEHOERDE, kind));
            continue;
        }
        let mut refuse = |field: &str, kind| problems.push(Problem::table(Some(&row), field, kind));
        if row.body.is_empty() {
            refuse(BEHOERDE, ProblemKind::Data(ErrorKind::MissingField));
        }
        let portfolio = match cell(RESSORT) {
            "" => Some(None),
            p if dataset.portfolios.iter().any(|q| q.id == p) => Some(Some(p.to_string())),
            p => {
                refuse(
                    RESSORT,
                    ProblemKind::Data(ErrorKind::UnknownPortfolio(p.into())),
                );
                None
            }
        };
        let counts = [MSE, MSE_RES, OX].map(|c| count(cell(c)).map_err(|k| refuse(c, k)).ok());
        let share = share(cell(SHARE)).map_err(|k| refuse(SHARE, k)).ok();
        let page = match cell(SEITE) {
            "" => Some(None),
            p => match p.parse::<u32>() {
                Ok(p) if p.to_string() == cell(SEITE) => Some(Some(p)),
                _ => {
                    refuse(
                        SEITE,
                        ProblemKind::Data(ErrorKind::NotWhole { value: p.into() }),
                    );
                    None
                }
            },
        };
        let name = cell(NAME).to_string();
        let stand = cell(STAND).to_string();
        rows.push(TableRow {
            row,
            portfolio,
            counts,
            share,
            page,
            name,
            stand,
        });
    }
    if rows.is_empty() {
        problems.push(Problem::table(
            None,
            BEHOERDE,
            ProblemKind::Data(ErrorKind::NoBodies),
        ));
        return None;
    }
    Some(rows)
}

/// An account count: a whole number from 0 to `MAX_COUNT`, digits only.
fn count(cell: &str) -> Result<u32, ProblemKind> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let value = cell.to_string();
    if cell.is_empty() {
        return Err(ProblemKind::Data(ErrorKind::MissingField));
    }
    if digits(cell) {
        return match cell.parse::<u64>() {
            Ok(n) if n <= MAX_COUNT => Ok(n as u32),
            _ => Err(ProblemKind::Data(ErrorKind::TooLarge {
                value,
                limit: MAX_COUNT,
            })),
        };
    }
    let groups: Vec<&str> = cell.split('.').collect();
    if groups.len() > 1
        && digits(groups[0])
        && groups[1..].iter().all(|g| g.len() == 3 && digits(g))
    {
        return Err(ProblemKind::Separators(value));
    }
    if cell.starts_with('-') && share(&cell[1..]).is_ok() {
        return Err(ProblemKind::Data(ErrorKind::Negative { value }));
    }
    Err(ProblemKind::Data(ErrorKind::NotWhole { value }))
}

/// A printed share, "97,4" or "97,4 %": its value, its number of decimals, and the text as
/// written without the per cent sign.
fn share(cell: &str) -> Result<(f64, usize, String), ProblemKind> {
    let text = cell.trim_end_matches('%').trim_end();
    if text.is_empty() {
        return Err(ProblemKind::Data(ErrorKind::MissingField));
    }
    let number = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = number.split_once(CSV_DECIMAL).unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || number.ends_with(CSV_DECIMAL) {
        let point = number.split_once('.');
        return Err(match point {
            Some((w, f)) if !w.is_empty() && digits(w) && !f.is_empty() && digits(f) => {
                ProblemKind::DecimalPoint(cell.into())
            }
            _ => ProblemKind::NotANumber(cell.into()),
        });
    }
    let value: f64 = text
        .replace(CSV_DECIMAL, ".")
        .parse()
        .expect("digits parse");
    if !(0.0..=100.0).contains(&value) {
        return Err(ProblemKind::Data(ErrorKind::ShareOutOfRange { value }));
    }
    Ok((value, fraction.len(), text.to_string()))
}

/// The CSV's records, RFC 4180 with `;`: quoted fields (`""` for a quote, line breaks inside),
/// records ended by CRLF or LF. An error says on which line.
fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut out = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut line, mut quote_line) = (1, 0);
    let mut quoted = false;
    let mut after_quote = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    after_quote = true;
                }
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !after_quote => {
                quoted = true;
                quote_line = line;
            }
            c if c == CSV_DELIMITER => {
                record.push(std::mem::take(&mut field));
                after_quote = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
                after_quote = false;
                line += 1;
            }
            _ if after_quote => {
                let opened = match quote_line {
                    l if l == line => String::new(),
                    l => format!(" (the quoted cell began on line {l})"),
                };
                return Err(format!(
                    "line {line}: text after a closing quote{opened}; a quote inside a quoted \
                     cell is written twice (\"\")"
                ));
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!(
            "line {quote_line}: a quote opened here is never closed"
        ));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push(record);
    }
    Ok(out)
}
