//! Figures computed from a snapshot: recomputed shares, totals, and the automatic checks that turn
//! every printed share that does not follow from its row into a data note.

use super::dataset::{Body, Snapshot};

/// Totals over a set of bodies.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub bodies: usize,
    pub exchange_accounts: u64,
    pub exchange_resources: u64,
    pub ox_accounts: u64,
    /// Bodies with no account left on Exchange (neither MSE nor MSE Res).
    pub fully_migrated: usize,
}

impl Totals {
    pub fn of<'a>(bodies: impl IntoIterator<Item = &'a Body>) -> Totals {
        bodies.into_iter().fold(Totals::default(), |mut t, b| {
            t.bodies += 1;
            t.exchange_accounts += u64::from(b.exchange_accounts);
            t.exchange_resources += u64::from(b.exchange_resources);
            t.ox_accounts += u64::from(b.ox_accounts);
            if remaining(b) == 0 {
                t.fully_migrated += 1;
            }
            t
        })
    }

    /// Accounts still on Exchange, including resource accounts.
    pub fn remaining(&self) -> u64 {
        self.exchange_accounts + self.exchange_resources
    }

    /// All accounts: the denominator of the share migrated.
    pub fn all_accounts(&self) -> u64 {
        self.remaining() + self.ox_accounts
    }

    /// Share migrated in percent, OX / (MSE + MSE Res + OX); none when there are no accounts.
    pub fn ox_share(&self) -> Option<f64> {
        share(self.ox_accounts, self.all_accounts())
    }
}

/// Accounts of a body still on Exchange, including resource accounts.
pub fn remaining(body: &Body) -> u64 {
    u64::from(body.exchange_accounts) + u64::from(body.exchange_resources)
}

/// The share migrated recomputed from the row: OX / (MSE + MSE Res + OX) in percent.
pub fn ox_share(body: &Body) -> Option<f64> {
    share(
        u64::from(body.ox_accounts),
        remaining(body) + u64::from(body.ox_accounts),
    )
}

fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

/// Totals of one Ressort (or of the bodies without one, `portfolio: None`).
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioTotals {
    pub portfolio: Option<String>,
    pub totals: Totals,
}

/// Totals per Ressort in the order of the table: bodies without a Ressort first, as printed.
pub fn totals_by_portfolio(snapshot: &Snapshot) -> Vec<PortfolioTotals> {
    let mut order: Vec<Option<String>> = Vec::new();
    for b in &snapshot.bodies {
        if !order.contains(&b.portfolio) {
            order.push(b.portfolio.clone());
        }
    }
    order
        .into_iter()
        .map(|p| PortfolioTotals {
            totals: Totals::of(snapshot.bodies.iter().filter(|b| b.portfolio == p)),
            portfolio: p,
        })
        .collect()
}

/// A printed share set against its recomputation.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareCheck {
    /// Index of the body in the snapshot's table.
    pub row: usize,
    pub abbreviation: String,
    pub printed: f64,
    pub recomputed: Option<f64>,
    /// Half a unit of the last printed decimal: the most rounding can explain.
    pub tolerance: f64,
}

impl ShareCheck {
    pub fn difference(&self) -> Option<f64> {
        self.recomputed.map(|r| self.printed - r)
    }

    /// True when rounding the recomputed share explains the printed one.
    pub fn within_rounding(&self) -> bool {
        match self.difference() {
            Some(d) => d.abs() <= self.tolerance + 1e-9,
            None => self.printed == 0.0,
        }
    }
}

/// Decimals of the printed share: from the cell as printed where recorded, else the table's one.
fn printed_decimals(body: &Body) -> i32 {
    match body.as_printed.get("ox_share_published") {
        Some(text) => text
            .split([',', '.'])
            .nth(1)
            .map_or(0, |d| d.chars().filter(char::is_ascii_digit).count() as i32),
        None => 1,
    }
}

/// Compares every printed share with its recomputation.
pub fn share_checks(snapshot: &Snapshot) -> Vec<ShareCheck> {
    snapshot
        .bodies
        .iter()
        .enumerate()
        .map(|(row, b)| ShareCheck {
            row,
            abbreviation: b.abbreviation.clone(),
            printed: b.ox_share_published,
            recomputed: ox_share(b),
            tolerance: 0.5 * 10f64.powi(-printed_decimals(b)),
        })
        .collect()
}

/// The checks where the printed share does not follow from the row: each is shown as a data note.
pub fn share_mismatches(snapshot: &Snapshot) -> Vec<ShareCheck> {
    share_checks(snapshot)
        .into_iter()
        .filter(|c| !c.within_rounding())
        .collect()
}

/// A statement that the data passes (or fails) one automatic check, for the data notes page.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// Every printed share follows from its row, except `mismatches`.
    SharesRecomputed { checked: usize, mismatches: usize },
    /// The source's "well over N accounts migrated" against the sum of OX.
    MigratedClaim { claimed_over: u64, sum_ox: u64 },
}

impl Check {
    pub fn passed(&self) -> bool {
        match *self {
            Check::SharesRecomputed { mismatches, .. } => mismatches == 0,
            Check::MigratedClaim {
                claimed_over,
                sum_ox,
            } => sum_ox > claimed_over,
        }
    }
}

/// The automatic checks of a snapshot.
pub fn checks(snapshot: &Snapshot) -> Vec<Check> {
    let mut out = vec![Check::SharesRecomputed {
        checked: snapshot.bodies.len(),
        mismatches: share_mismatches(snapshot).len(),
    }];
    let claim = snapshot.facts.iter().find_map(|f| {
        f.figure.as_ref().filter(|g| {
            g.unit == super::dataset::Unit::Accounts
                && g.qualifier == super::dataset::Qualifier::WellOver
        })
    });
    if let Some(figure) = claim {
        out.push(Check::MigratedClaim {
            claimed_over: figure.value,
            sum_ox: Totals::of(&snapshot.bodies).ox_accounts,
        });
    }
    out
}
