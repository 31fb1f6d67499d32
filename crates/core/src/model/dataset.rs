//! The dataset as published in `public/data/dataset.json` (schema version 1).
//!
//! A dataset holds one or more dated snapshots. Each snapshot is one published answer (one Drucksache)
//! with its table, facts and notes, so a later answer is added as a new snapshot and old ones stay as
//! they were.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in German and English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Localized {
    pub de: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: Localized,
    pub license: License,
    /// The Ressorts I … IX in the order the source lists them.
    pub portfolios: Vec<Portfolio>,
    /// The published answers, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// Corrections of figures this site published, newest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// A correction of figures the site had published: what changed, when and why, with the numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// The day the correction was published, `YYYY-MM-DD`.
    pub date: String,
    /// The snapshot whose figures were corrected.
    pub snapshot: String,
    pub what: Localized,
    pub why: Localized,
    /// Each number that changed.
    #[serde(default)]
    pub values: Vec<CorrectedValue>,
}

/// One corrected number: the body's row, the field, the value before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrectedValue {
    pub body: String,
    pub field: String,
    pub before: String,
    pub after: String,
}

/// How bodies of the previous snapshot became bodies of this one where their names differ:
/// written down from the source, never guessed from similar names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BodyLink {
    pub kind: LinkKind,
    /// Names in the previous snapshot's table (none for a new body).
    #[serde(default)]
    pub before: Vec<String>,
    /// Names in this snapshot's table (none for a body that is gone).
    #[serde(default)]
    pub after: Vec<String>,
    /// Where the source says so, in a few words.
    pub note: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// One body under a new name.
    Renamed,
    /// One body became several.
    Split,
    /// Several bodies became one.
    Merged,
    /// A body of the previous table is not in this one.
    Gone,
    /// A body that was not in the previous table.
    New,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct License {
    pub id: String,
    pub name: String,
    pub path: String,
    pub note: Localized,
}

/// A Ressort, named by its Roman numeral as printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    pub id: String,
    /// Abbreviation of the ministry that heads it (the first body of the Ressort in the table).
    pub lead: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The snapshot's stable id: the date of its source, `YYYY-MM-DD`.
    pub id: String,
    pub source: Source,
    pub table: TableInfo,
    pub bodies: Vec<Body>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub references: Vec<Reference>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// What became of the previous snapshot's bodies whose names are not in this table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body_links: Vec<BodyLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub parliament: String,
    pub legislative_period: u32,
    pub document_type: String,
    /// The Drucksache number as printed, e.g. `20/4245`.
    pub number: String,
    /// Date of the document, `YYYY-MM-DD`.
    pub date: String,
    pub title: String,
    pub asked_by: String,
    pub answered_by: String,
    /// Path of the source's full text in the repository.
    pub text_file: String,
    /// The official version on the parliament's document server (https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub page_note: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableInfo {
    /// Number of the question whose answer holds the table.
    pub question: u32,
    pub pages: Vec<u32>,
    pub caption: Localized,
}

/// One row of the table: a government body (Behörde), with its figures as printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Roman numeral of the Ressort, or none (Landtag, Landesrechnungshof).
    pub portfolio: Option<String>,
    /// The body's name or abbreviation exactly as printed.
    pub abbreviation: String,
    /// Full name, where the site adds one; never part of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<BodyName>,
    /// MSE: accounts still on MS Exchange.
    #[serde(deserialize_with = "super::parse::count")]
    pub exchange_accounts: u32,
    /// MSE Res: Exchange resource accounts (rooms, equipment) still on MS Exchange.
    #[serde(deserialize_with = "super::parse::count")]
    pub exchange_resources: u32,
    /// OX: existing Open-Xchange accounts.
    #[serde(deserialize_with = "super::parse::count")]
    pub ox_accounts: u32,
    /// OX %: the share migrated as printed.
    pub ox_share_published: f64,
    /// Page of the source the row is printed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Cells whose printed text differs from the value above (field name → text as printed).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub as_printed: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BodyName {
    pub de: String,
    /// True when the name is the site's addition and not in the source.
    pub editorial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    Milestone,
    Plan,
    Figure,
    Statement,
}

/// A statement of the answer other than the table, with the question it answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub question: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub kind: FactKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// Plain-language summary written for this site.
    pub text: Localized,
    /// The source's own words.
    pub quote: String,
    #[serde(default)]
    pub references: Vec<String>,
}

/// A date as precise as the source gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`.
    pub date: String,
    pub precision: Precision,
    pub relation: Relation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    /// "Jahresmitte": the date names the month, the source only the middle of the year.
    MidYear,
    /// "Ende des Jahres": the date names the month, the source only the end of the year.
    YearEnd,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    On,
    In,
    From,
    By,
    During,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub value: u64,
    pub qualifier: Qualifier,
    pub unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exactly,
    UpTo,
    WellOver,
    Within,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Accounts,
    Workstations,
    Days,
    Incidents,
}

/// An earlier document the answer refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub id: String,
    pub label: String,
    pub description: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Questions whose answers cite it.
    pub cited_in: Vec<u32>,
}

/// A data note written by hand: an irregularity of the source and what the site does about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    /// The body (abbreviation as printed) the note is about, if it is about one row.
    pub body: Option<String>,
    /// The field the note is about, if any.
    pub field: Option<String>,
    pub text: Localized,
}

impl Dataset {
    /// The newest snapshot by source date (validation guarantees there is one).
    pub fn latest(&self) -> &Snapshot {
        self.snapshots
            .iter()
            .max_by(|a, b| a.source.date.cmp(&b.source.date))
            .expect("a validated dataset has a snapshot")
    }

    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.id == id)
    }
}

impl Body {
    /// The name a reader sees first: the full name where known, else the text as printed.
    pub fn display_name(&self) -> &str {
        self.name
            .as_ref()
            .map(|n| n.de.as_str())
            .unwrap_or(&self.abbreviation)
    }
}
