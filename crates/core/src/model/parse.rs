//! From text to a checked `Dataset`: size limit, JSON syntax, schema version, types, then the rules
//! the types cannot express. Every failure names the snapshot, row and field it is about.

use super::dataset::*;
use super::error::{DataError, ErrorKind, Expected, Location};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::HashMap;

/// The schema version this code reads.
pub const SCHEMA_VERSION: u32 = 1;
/// Larger files are refused before parsing: the real dataset is about 30 KB.
pub const MAX_DATASET_BYTES: usize = 8 * 1024 * 1024;
/// No body of the state administration has anywhere near a million accounts.
pub const MAX_COUNT: u64 = 1_000_000;

/// Marks our own messages inside serde's error text so they can be told apart from serde's.
const COUNT_MARK: &str = "\u{1}count:";

/// Parses and checks a dataset. On success every rule in this module holds.
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(DataError::new(ErrorKind::TooBig {
            bytes: text.len(),
            limit: MAX_DATASET_BYTES,
        }));
    }
    if text.trim().is_empty() {
        return Err(DataError::new(ErrorKind::Empty));
    }
    let value: Value = serde_json::from_str(text).map_err(syntax_error)?;
    check_envelope(&value)?;
    let dataset: Dataset = serde_path_to_error::deserialize(&value)
        .map_err(|e| type_error(&value, e.path(), &e.inner().to_string()))?;
    validate(&dataset)?;
    Ok(dataset)
}

fn syntax_error(e: serde_json::Error) -> DataError {
    let (line, column) = (e.line(), e.column());
    DataError::new(if e.is_eof() {
        ErrorKind::Truncated { line, column }
    } else {
        let detail = e.to_string();
        // serde_json appends " at line L column C"; the location is reported separately.
        let detail = match detail.rfind(" at line ") {
            Some(i) => detail[..i].to_string(),
            None => detail,
        };
        ErrorKind::Syntax {
            line,
            column,
            detail,
        }
    })
}

/// The checks that decide whether the rest of the file can be read at all.
fn check_envelope(value: &Value) -> Result<(), DataError> {
    let field = |name: &str| Location {
        field: Some(name.to_string()),
        ..Location::default()
    };
    let Some(object) = value.as_object() else {
        return Err(DataError::new(ErrorKind::WrongType {
            expected: Expected::Object,
        }));
    };
    match object.get("schema_version") {
        None => {
            return Err(DataError::at(
                field("schema_version"),
                ErrorKind::MissingField,
            ))
        }
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION as u64) => {}
        Some(v) => {
            return Err(DataError::at(
                field("schema_version"),
                ErrorKind::UnknownSchemaVersion {
                    found: truncate(&v.to_string(), 40),
                    supported: SCHEMA_VERSION,
                },
            ))
        }
    }
    match object.get("snapshots") {
        None => Err(DataError::at(field("snapshots"), ErrorKind::MissingField)),
        Some(Value::Array(a)) if a.is_empty() => Err(DataError::new(ErrorKind::NoSnapshot)),
        Some(_) => Ok(()),
    }
}

/// Turns a serde error at `path` into a located error, reading snapshot ids and body names from the
/// raw value so the message can name them.
fn type_error(root: &Value, path: &serde_path_to_error::Path, message: &str) -> DataError {
    use serde_path_to_error::Segment;
    let mut location = Location::default();
    // Field path below the innermost snapshot or row, e.g. `source.date` or `facts[2].when`.
    let mut field: Vec<String> = Vec::new();
    let mut node = Some(root);
    let mut parent_key: Option<&str> = None;
    for (depth, segment) in path.iter().enumerate() {
        match segment {
            Segment::Seq { index } => {
                node = node.and_then(|n| n.get(*index));
                match parent_key {
                    Some("snapshots") if depth == 1 => {
                        let id = node.and_then(|n| n.get("id")).and_then(Value::as_str);
                        location.snapshot = Some(match id {
                            Some(id) if !id.trim().is_empty() => truncate(id, 40),
                            _ => format!("#{}", index + 1),
                        });
                        field.clear();
                    }
                    Some("bodies") if depth == 3 => {
                        let name = node
                            .and_then(|n| n.get("abbreviation"))
                            .and_then(Value::as_str)
                            .map(|s| truncate(s, 60));
                        location.row = Some((index + 1, name));
                        field.clear();
                    }
                    _ => {
                        if let Some(last) = field.last_mut() {
                            last.push_str(&format!("[{}]", index + 1));
                        }
                    }
                }
            }
            Segment::Map { key } => {
                node = node.and_then(|n| n.get(key));
                let structural =
                    (depth == 0 && key == "snapshots") || (depth == 2 && key == "bodies");
                if !structural {
                    field.push(key.clone());
                }
                parent_key = Some(key.as_str());
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    let kind = if let Some(rest) = message.strip_prefix("missing field `") {
        field.push(rest.split('`').next().unwrap_or_default().to_string());
        ErrorKind::MissingField
    } else if let Some(i) = message.find(COUNT_MARK) {
        count_kind(&message[i + COUNT_MARK.len()..])
    } else if message.starts_with("invalid type:") {
        ErrorKind::WrongType {
            expected: expected_kind(message),
        }
    } else {
        ErrorKind::Invalid(truncate(message, 200))
    };
    if !field.is_empty() {
        location.field = Some(truncate(&field.join("."), 80));
    }
    DataError::at(location, kind)
}

fn count_kind(marked: &str) -> ErrorKind {
    let (what, value) = marked.split_once(' ').unwrap_or((marked, ""));
    let value = truncate(value, 40);
    match what {
        "negative" => ErrorKind::Negative { value },
        "fraction" => ErrorKind::NotWhole { value },
        "type" => ErrorKind::WrongType {
            expected: Expected::WholeNumber,
        },
        _ => ErrorKind::TooLarge {
            value,
            limit: MAX_COUNT,
        },
    }
}

fn expected_kind(message: &str) -> Expected {
    let expected = message.rsplit("expected ").next().unwrap_or_default();
    if expected.contains("u32") || expected.contains("u64") || expected.contains("integer") {
        Expected::WholeNumber
    } else if expected.contains("f64") || expected.contains("number") {
        Expected::Number
    } else if expected.contains("string") || expected.contains("variant") {
        Expected::Text
    } else if expected.contains("sequence") {
        Expected::List
    } else if expected.contains("struct") || expected.contains("map") {
        Expected::Object
    } else if expected.contains("bool") {
        Expected::YesNo
    } else {
        Expected::Other
    }
}

/// Reads an account count: a whole number from 0 to `MAX_COUNT`, with a precise reason otherwise.
pub(super) fn count<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    use serde::de::Error;
    let Value::Number(n) = Value::deserialize(d)? else {
        return Err(D::Error::custom(format!("{COUNT_MARK}type")));
    };
    let fail = |what: &str| D::Error::custom(format!("{COUNT_MARK}{what} {n}"));
    if let Some(v) = n.as_u64() {
        return if v <= MAX_COUNT {
            Ok(v as u32)
        } else {
            Err(fail("large"))
        };
    }
    if n.as_i64().is_some() {
        return Err(fail("negative"));
    }
    match n.as_f64() {
        Some(f) if f < 0.0 => Err(fail("negative")),
        Some(f) if f > MAX_COUNT as f64 => Err(fail("large")),
        _ => Err(fail("fraction")),
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max).chain(std::iter::once('…')).collect()
    }
}

/// The rules beyond types: uniqueness, known references, ranges and dates.
fn validate(dataset: &Dataset) -> Result<(), DataError> {
    let mut seen_snapshots = HashMap::new();
    for (i, snapshot) in dataset.snapshots.iter().enumerate() {
        let snapshot_name = if snapshot.id.trim().is_empty() {
            format!("#{}", i + 1)
        } else {
            truncate(&snapshot.id, 40)
        };
        let at = |row: Option<(usize, &Body)>, field: &str| Location {
            snapshot: Some(snapshot_name.clone()),
            row: row.map(|(n, b)| (n, Some(truncate(&b.abbreviation, 60)))),
            field: Some(field.to_string()),
        };
        if snapshot.id.trim().is_empty() {
            return Err(DataError::at(at(None, "id"), ErrorKind::EmptyText));
        }
        if seen_snapshots.insert(snapshot.id.as_str(), i).is_some() {
            return Err(DataError::at(at(None, "id"), ErrorKind::DuplicateSnapshot));
        }
        check_date(&snapshot.source.date, Precision::Day)
            .map_err(|k| DataError::at(at(None, "source.date"), k))?;
        // A link readers follow: never a script or an unencrypted address.
        if let Some(url) = &snapshot.source.url {
            if !url.starts_with("https://") || url.chars().any(char::is_whitespace) {
                return Err(DataError::at(
                    at(None, "source.url"),
                    ErrorKind::Invalid(truncate(url, 40)),
                ));
            }
        }
        if snapshot.bodies.is_empty() {
            return Err(DataError::at(at(None, "bodies"), ErrorKind::NoBodies));
        }
        let mut seen_bodies: HashMap<&str, usize> = HashMap::new();
        for (j, body) in snapshot.bodies.iter().enumerate() {
            let row = Some((j + 1, body));
            let key = body.abbreviation.trim();
            if key.is_empty() {
                return Err(DataError::at(at(row, "abbreviation"), ErrorKind::EmptyText));
            }
            if let Some(first) = seen_bodies.insert(key, j + 1) {
                return Err(DataError::at(
                    at(row, "abbreviation"),
                    ErrorKind::DuplicateBody { first_row: first },
                ));
            }
            if let Some(p) = &body.portfolio {
                if !dataset.portfolios.iter().any(|q| &q.id == p) {
                    return Err(DataError::at(
                        at(row, "portfolio"),
                        ErrorKind::UnknownPortfolio(truncate(p, 20)),
                    ));
                }
            }
            let share = body.ox_share_published;
            if !(0.0..=100.0).contains(&share) {
                return Err(DataError::at(
                    at(row, "ox_share_published"),
                    ErrorKind::ShareOutOfRange { value: share },
                ));
            }
        }
        for (k, note) in snapshot.notes.iter().enumerate() {
            if let Some(b) = &note.body {
                if !seen_bodies.contains_key(b.trim()) {
                    return Err(DataError::at(
                        at(None, &format!("notes[{}].body", k + 1)),
                        ErrorKind::UnknownBody(truncate(b, 60)),
                    ));
                }
            }
        }
        for (k, fact) in snapshot.facts.iter().enumerate() {
            if let Some(when) = &fact.when {
                check_date(&when.date, when.precision).map_err(|kind| {
                    DataError::at(at(None, &format!("facts[{}].when.date", k + 1)), kind)
                })?;
            }
            for r in &fact.references {
                if !snapshot.references.iter().any(|x| &x.id == r) {
                    return Err(DataError::at(
                        at(None, &format!("facts[{}].references", k + 1)),
                        ErrorKind::UnknownReference(truncate(r, 40)),
                    ));
                }
            }
        }
    }
    // From one answer to the next, every body is accounted for.
    for pair in dataset.snapshots.windows(2) {
        if let Some(problem) = super::continuity_problems(&pair[0], &pair[1])
            .into_iter()
            .next()
        {
            return Err(problem);
        }
    }
    for (k, c) in dataset.corrections.iter().enumerate() {
        let at = |field: &str| Location {
            snapshot: None,
            row: None,
            field: Some(format!("corrections[{}].{field}", k + 1)),
        };
        check_date(&c.date, Precision::Day).map_err(|kind| DataError::at(at("date"), kind))?;
        if !dataset.snapshots.iter().any(|s| s.id == c.snapshot) {
            return Err(DataError::at(
                at("snapshot"),
                ErrorKind::Invalid(truncate(&c.snapshot, 40)),
            ));
        }
    }
    Ok(())
}

/// Checks `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, whichever `precision` calls for.
fn check_date(date: &str, precision: Precision) -> Result<(), ErrorKind> {
    let bad = || ErrorKind::BadDate(truncate(date, 20));
    let parts: Vec<&str> = date.split('-').collect();
    let want = match precision {
        Precision::Day => 3,
        Precision::Month | Precision::MidYear | Precision::YearEnd => 2,
        Precision::Year => 1,
    };
    if parts.len() != want
        || parts[0].len() != 4
        || parts[1..].iter().any(|p| p.len() != 2)
        || parts.iter().any(|p| !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    if want >= 2 && !(1..=12).contains(&n[1]) {
        return Err(bad());
    }
    if want == 3 {
        let leap =
            n[0].is_multiple_of(4) && (!n[0].is_multiple_of(100) || n[0].is_multiple_of(400));
        let days = match n[1] {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=days).contains(&n[2]) {
            return Err(bad());
        }
    }
    Ok(())
}
