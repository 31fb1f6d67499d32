//! Why a dataset was rejected, and where: snapshot, row and field.
//!
//! `Display` gives an English message for logs and tests; `i18n::error_message` gives the reader's
//! language.

use std::fmt;
use thiserror::Error;

/// Where in the dataset a problem is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The snapshot's id, or its position (1-based) when it has no readable id.
    pub snapshot: Option<String>,
    /// 1-based row number within the snapshot's table, with the body's abbreviation when readable.
    pub row: Option<(usize, Option<String>)>,
    /// The field, as named in the JSON.
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ErrorKind {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes, more than the limit of {limit} bytes")]
    TooBig { bytes: usize, limit: usize },
    #[error("the file is not valid JSON (line {line}, column {column}): {detail}")]
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("the file ends too early (line {line}, column {column}): it may have been cut off")]
    Truncated { line: usize, column: usize },
    #[error("unknown schema version {found}; this site reads version {supported}")]
    UnknownSchemaVersion { found: String, supported: u32 },
    #[error("a required field is missing")]
    MissingField,
    #[error("has the wrong type: expected {expected}")]
    WrongType { expected: Expected },
    #[error("is negative ({value})")]
    Negative { value: String },
    #[error("is not a whole number ({value})")]
    NotWhole { value: String },
    #[error("is implausibly large ({value}; the limit is {limit})")]
    TooLarge { value: String, limit: u64 },
    #[error("is outside 0–100 ({value})")]
    ShareOutOfRange { value: f64 },
    #[error("is empty")]
    EmptyText,
    #[error("the dataset has no snapshot")]
    NoSnapshot,
    #[error("snapshot id appears twice")]
    DuplicateSnapshot,
    #[error("the table has no rows")]
    NoBodies,
    #[error("body appears twice in the table (first in row {first_row})")]
    DuplicateBody { first_row: usize },
    #[error("names unknown Ressort `{0}`")]
    UnknownPortfolio(String),
    #[error("names unknown body `{0}`")]
    UnknownBody(String),
    #[error("names unknown reference `{0}`")]
    UnknownReference(String),
    #[error("is not a valid date ({0})")]
    BadDate(String),
    #[error("has an invalid value: {0}")]
    Invalid(String),
    #[error("is not newer than the previous snapshot `{0}`: snapshots go oldest first")]
    SnapshotOrder(String),
    #[error("body `{}` of snapshot {} is not in this table: add it, or say in `body_links` what became of it", .0.body, .0.previous)]
    BodyGone(Box<BodyAcross>),
    #[error("body `{}` was not in snapshot {}: say in `body_links` where it comes from", .0.body, .0.previous)]
    BodyUnexplained(Box<BodyAcross>),
    #[error("does not fit its kind: {0}")]
    BadLink(String),
}

/// A body's name and the previous snapshot it is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyAcross {
    pub body: String,
    pub previous: String,
}

/// The kind of value a field should hold, for a message a reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    WholeNumber,
    Number,
    Text,
    List,
    Object,
    YesNo,
    Other,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::WholeNumber => "a whole number",
            Expected::Number => "a number",
            Expected::Text => "text",
            Expected::List => "a list",
            Expected::Object => "an object",
            Expected::YesNo => "true or false",
            Expected::Other => "another kind of value",
        })
    }
}

/// A rejected dataset: what is wrong and where.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub location: Location,
    pub kind: ErrorKind,
}

impl DataError {
    pub fn new(kind: ErrorKind) -> Self {
        DataError {
            location: Location::default(),
            kind,
        }
    }

    pub fn at(location: Location, kind: ErrorKind) -> Self {
        DataError { location, kind }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(s) = &self.snapshot {
            parts.push(format!("snapshot {s}"));
        }
        if let Some((n, name)) = &self.row {
            parts.push(match name {
                Some(name) => format!("row {n} ({name})"),
                None => format!("row {n}"),
            });
        }
        if let Some(field) = &self.field {
            parts.push(format!("field `{field}`"));
        }
        f.write_str(&parts.join(", "))
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let loc = self.location.to_string();
        if loc.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{loc}: {}", self.kind)
        }
    }
}

impl std::error::Error for DataError {}
