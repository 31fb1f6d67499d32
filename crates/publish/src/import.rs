//! Adding the next answer: its table as CSV, in the layout of our own download (`csv.rs`), and
//! its metadata as TOML become a new snapshot at the end of the dataset, or a list of every
//! problem found, each with the row and field it is in. Pure: text in, dataset or problems out;
//! the command `import` (`src/bin/import.rs`) reads and writes the files.
//!
//! What each CSV column is on input: `Ressort`, `Behörde`, `MSE`, `MSE Res`, `OX`,
//! `OX % (gedruckt)` are the table as printed (required); `Seite` the page each row is printed on
//! (optional when the table is on one page); `Name (ergänzt)` the site's full name (optional, else
//! carried over from the previous answer). `Stand`, `OX % (nachgerechnet)` and `Datenhinweise`
//! are derived by the build: read, never used.

mod answer;
mod problem;
mod table;

pub use problem::{Input, Problem, ProblemKind, Row};

use answer::{is_date, Answer};
use ox_core::model::{
    continuity_problems, parse_dataset, share_checks, Body, BodyLink, BodyName, Dataset, ErrorKind,
    LinkKind, Snapshot, Source, TableInfo,
};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use table::{read_rows, TableRow, BEHOERDE, NAME, SEITE, SHARE, STAND};

/// The TOML key listing bodies whose printed share is known to differ from the recomputed one.
pub const CONFIRMED_KEY: &str = "confirmed_share_differences";

/// The dataset with the new snapshot, and what the editor should know about it.
#[derive(Debug, Clone)]
pub struct Imported {
    pub dataset: Dataset,
    /// The dataset as the file is written: pretty JSON, 2-space indent, trailing newline.
    pub json: String,
    /// Things done that were not asked for row by row: names carried over, cells ignored.
    pub notices: Vec<String>,
}

/// Adds the answer (`csv`, `answer_toml`) to the dataset (`dataset_json`) as its last snapshot.
pub fn import(dataset_json: &str, csv: &str, answer_toml: &str) -> Result<Imported, Vec<Problem>> {
    let dataset_problem = |kind| Problem {
        input: Input::Dataset,
        row: None,
        field: None,
        kind,
    };
    let dataset =
        parse_dataset(dataset_json).map_err(|e| vec![dataset_problem(ProblemKind::Dataset(e))])?;
    if !keeps_everything(dataset_json, &dataset) {
        return Err(vec![dataset_problem(ProblemKind::Lossy)]);
    }
    let mut problems = Vec::new();
    let answer = match toml::from_str::<Answer>(answer_toml) {
        Ok(a) => Some(a),
        Err(e) => {
            problems.push(Problem::answer("", ProblemKind::Syntax(e.to_string())));
            None
        }
    };
    let mut notices = Vec::new();
    let rows = read_rows(csv, &dataset, &mut problems, &mut notices);
    let (Some(answer), Some(rows)) = (answer, rows) else {
        return Err(sorted(problems));
    };
    let previous = dataset
        .snapshots
        .last()
        .expect("a parsed dataset has a snapshot");
    let snapshot = build_snapshot(answer, rows, previous, &mut problems, &mut notices);
    if !problems.is_empty() {
        return Err(sorted(problems));
    }
    let mut next = dataset;
    next.snapshots.push(snapshot);
    let json = to_json(&next);
    parse_dataset(&json).map_err(|e| vec![dataset_problem(ProblemKind::Dataset(e))])?;
    notices.push(
        "Facts, references and notes of the new answer are not in the CSV: the new snapshot has \
         none; add them to the dataset by hand."
            .into(),
    );
    Ok(Imported {
        dataset: next,
        json,
        notices,
    })
}

/// The dataset as the file holds it: 2-space indented JSON with a trailing newline.
pub fn to_json(dataset: &Dataset) -> String {
    let mut json = serde_json::to_string_pretty(dataset).expect("a dataset serializes");
    json.push('\n');
    json
}

fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by_key(|p| (p.input, p.row.as_ref().map_or(0, |r| r.number)));
    problems
}

/// True when writing the parsed dataset back keeps every value of the file (a field left out
/// counts as its empty default).
fn keeps_everything(text: &str, dataset: &Dataset) -> bool {
    let (Ok(original), Ok(written)) = (serde_json::from_str(text), serde_json::to_value(dataset))
    else {
        return false;
    };
    same(&original, &written)
}

fn same(a: &Value, b: &Value) -> bool {
    let empty = |v: Option<&Value>| match v {
        None | Some(Value::Null) => true,
        Some(Value::Array(x)) => x.is_empty(),
        Some(Value::Object(x)) => x.is_empty(),
        _ => false,
    };
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .all(|k| match (x.get(k), y.get(k)) {
                    (Some(v), Some(w)) => same(v, w),
                    (v, w) => empty(v) && empty(w),
                })
        }
        _ => a == b,
    }
}

/// The new snapshot from the answer's metadata and the rows, adding every problem found.
fn build_snapshot(
    answer: Answer,
    rows: Vec<TableRow>,
    previous: &Snapshot,
    problems: &mut Vec<Problem>,
    notices: &mut Vec<String>,
) -> Snapshot {
    if !is_date(&answer.id) {
        problems.push(Problem::answer(
            "id",
            ProblemKind::Data(ErrorKind::BadDate(answer.id.clone())),
        ));
    }
    if answer.source.date.as_ref().is_some_and(|d| *d != answer.id) {
        let kind = ProblemKind::DateNotId {
            id: answer.id.clone(),
        };
        problems.push(Problem::answer("source.date", kind));
    }
    let pages = answer.table.pages.clone();
    let s = answer.source;
    let mut snapshot = Snapshot {
        id: answer.id.clone(),
        source: Source {
            parliament: s.parliament,
            legislative_period: s.legislative_period,
            document_type: s.document_type,
            number: s.number,
            date: s.date.unwrap_or(answer.id),
            title: s.title,
            asked_by: s.asked_by,
            answered_by: s.answered_by,
            text_file: s.text_file,
            url: s.url,
            page_note: s.page_note,
        },
        table: TableInfo {
            question: answer.table.question,
            pages: answer.table.pages,
            caption: answer.table.caption,
        },
        bodies: Vec::new(),
        facts: Vec::new(),
        references: Vec::new(),
        notes: Vec::new(),
        body_links: answer
            .body_links
            .into_iter()
            .map(|l| BodyLink {
                kind: l.kind,
                before: l.before,
                after: l.after,
                note: l.note,
            })
            .collect(),
    };
    // Each body once; the continuity check below sees every named row, read or not.
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut named = Vec::new();
    for r in &rows {
        if r.row.body.is_empty() {
            continue;
        }
        match first.get(&r.row.body) {
            Some(&first_row) => problems.push(Problem::table(
                Some(&r.row),
                BEHOERDE,
                ProblemKind::Data(ErrorKind::DuplicateBody { first_row }),
            )),
            None => {
                first.insert(r.row.body.clone(), r.row.number);
                named.push(r);
            }
        }
    }
    snapshot.bodies = named.iter().map(|r| placeholder(&r.row.body)).collect();
    for err in continuity_problems(previous, &snapshot) {
        let key = err.location.field.clone().unwrap_or_default();
        let problem = match &err.kind {
            ErrorKind::BodyUnexplained(b) => {
                let row = named.iter().find(|r| r.row.body == b.body).map(|r| &r.row);
                Problem::table(row, BEHOERDE, ProblemKind::Data(err.kind.clone()))
            }
            ErrorKind::BodyGone(_) => {
                Problem::table(None, BEHOERDE, ProblemKind::Data(err.kind.clone()))
            }
            _ => Problem::answer(&key, ProblemKind::Data(err.kind.clone())),
        };
        problems.push(problem);
    }
    let stale: Vec<&str> = rows
        .iter()
        .map(|r| r.stand.as_str())
        .filter(|s| !s.is_empty() && *s != snapshot.id)
        .collect();
    if let Some(s) = stale.first() {
        notices.push(format!(
            "The column {STAND} says {s} in {} row(s): not read; the snapshot's date is `id` in \
             the answer file ({}).",
            stale.len(),
            snapshot.id
        ));
    }
    let mut bodies = Vec::new();
    for r in named {
        let Some(body) = body(r, &snapshot, previous, &pages, problems, notices) else {
            continue;
        };
        bodies.push(body);
    }
    snapshot.bodies = bodies;
    check_shares(
        &snapshot,
        &answer.confirmed_share_differences,
        &rows,
        problems,
        notices,
    );
    snapshot
}

/// A body with only its name, for the continuity check.
fn placeholder(name: &str) -> Body {
    Body {
        portfolio: None,
        abbreviation: name.to_string(),
        name: None,
        exchange_accounts: 0,
        exchange_resources: 0,
        ox_accounts: 0,
        ox_share_published: 0.0,
        page: None,
        as_printed: BTreeMap::new(),
    }
}

/// The row as a body, when every cell was read; its name carried over where it continues one.
fn body(
    r: &TableRow,
    next: &Snapshot,
    previous: &Snapshot,
    pages: &[u32],
    problems: &mut Vec<Problem>,
    notices: &mut Vec<String>,
) -> Option<Body> {
    let page = match r.page? {
        Some(p) if pages.contains(&p) => Some(p),
        Some(page) => {
            let kind = ProblemKind::PageNotInTable {
                page,
                pages: pages.to_vec(),
            };
            problems.push(Problem::table(Some(&r.row), SEITE, kind));
            None
        }
        None if pages.len() == 1 => Some(pages[0]),
        None => {
            problems.push(Problem::table(
                Some(&r.row),
                SEITE,
                ProblemKind::NoPage(pages.to_vec()),
            ));
            None
        }
    };
    let portfolio = r.portfolio.clone()?;
    let [Some(mse), Some(res), Some(ox)] = r.counts else {
        return None;
    };
    let (share, decimals, text) = r.share.clone()?;
    let page = page?;
    // The same name, or one body renamed: the same body, so the same full name.
    let continued = previous
        .bodies
        .iter()
        .find(|b| b.abbreviation.trim() == r.row.body)
        .or_else(|| {
            let link = next.body_links.iter().find(|l| {
                l.kind == LinkKind::Renamed && l.after.iter().any(|a| a.trim() == r.row.body)
            })?;
            previous
                .bodies
                .iter()
                .find(|b| b.abbreviation.trim() == link.before[0].trim())
        });
    let at = format!("Row {} ({})", r.row.number, r.row.body);
    if let Some(b) = continued.filter(|b| b.portfolio != portfolio) {
        let ressort = |p: &Option<String>| p.clone().unwrap_or_else(|| "none".into());
        notices.push(format!(
            "{at}: Ressort {} in the previous answer, {} in this one.",
            ressort(&b.portfolio),
            ressort(&portfolio)
        ));
    }
    let carried = continued.and_then(|b| b.name.clone());
    let name = match (carried, r.name.as_str()) {
        (None, "") => {
            if continued.is_none() {
                notices.push(format!(
                    "{at}: new, without a full name; add one in the column {NAME} if it is certain."
                ));
            }
            None
        }
        (carried, "") => carried,
        (Some(c), csv) if c.de == csv => Some(c),
        (carried, csv) => {
            if let Some(c) = carried {
                notices.push(format!(
                    "{at}: the name “{csv}” from the CSV replaces “{}” of the previous \
                     answer.",
                    c.de
                ));
            }
            Some(BodyName {
                de: csv.to_string(),
                editorial: true,
            })
        }
    };
    let mut as_printed = BTreeMap::new();
    if decimals != 1 {
        as_printed.insert("ox_share_published".to_string(), text);
    }
    Some(Body {
        portfolio,
        abbreviation: r.row.body.clone(),
        name,
        exchange_accounts: mse,
        exchange_resources: res,
        ox_accounts: ox,
        ox_share_published: share,
        page: Some(page),
        as_printed,
    })
}

/// Every printed share that rounding does not explain is a problem, unless the answer file
/// confirms it; every confirmation names a body whose share does differ.
fn check_shares(
    snapshot: &Snapshot,
    confirmed: &[String],
    rows: &[TableRow],
    problems: &mut Vec<Problem>,
    notices: &mut Vec<String>,
) {
    let row_of = |name: &str| rows.iter().find(|r| r.row.body == name).map(|r| &r.row);
    let checks = share_checks(snapshot);
    for c in &checks {
        let listed = confirmed.iter().any(|n| n.trim() == c.abbreviation);
        match (c.within_rounding(), listed) {
            (false, false) => {
                let kind = ProblemKind::ShareDiffers {
                    printed: c.printed,
                    recomputed: c.recomputed,
                };
                problems.push(Problem::table(row_of(&c.abbreviation), SHARE, kind));
            }
            (true, true) => {
                let kind = ProblemKind::ConfirmedButFits;
                problems.push(Problem::table(row_of(&c.abbreviation), SHARE, kind));
            }
            (false, true) => notices.push(format!(
                "{}: the printed share differs from the recomputed one, as confirmed; the site \
                 says so in a data note.",
                c.abbreviation
            )),
            (true, false) => {}
        }
    }
    for name in confirmed {
        let known = rows.iter().any(|r| r.row.body == name.trim());
        if !known {
            let kind = ProblemKind::Data(ErrorKind::UnknownBody(name.clone()));
            problems.push(Problem::answer(CONFIRMED_KEY, kind));
        }
    }
}
