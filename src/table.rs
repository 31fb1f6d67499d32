//! Filtering and sorting the table of bodies: the same rows feed the table, the charts and the key
//! figures, so every view shows the same selection.

use crate::model::{ox_share, Body, Snapshot};
use crate::url_state::{SortKey, ViewState};
use std::cmp::Ordering;

/// Lower case with umlauts folded, so "Finanzämter", "Finanzaemter" and "finanzamter" meet.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push('a'),
            'ö' => out.push('o'),
            'ü' => out.push('u'),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// Does the body pass the Ressort filter, the body selection and the search?
pub fn matches(body: &Body, state: &ViewState) -> bool {
    if let Some(p) = &state.portfolio {
        if !p.matches(body.portfolio.as_deref()) {
            return false;
        }
    }
    if let Some(b) = &state.body {
        if &body.abbreviation != b {
            return false;
        }
    }
    let query = fold(state.search.trim());
    if query.is_empty() {
        return true;
    }
    let haystack = fold(&format!(
        "{} {}",
        body.abbreviation,
        body.name.as_ref().map(|n| n.de.as_str()).unwrap_or("")
    ));
    haystack.contains(&query)
}

/// Position of a Ressort in the printed order: none first, then I … IX.
fn portfolio_rank(p: Option<&str>) -> usize {
    const ORDER: [&str; 9] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    match p {
        None => 0,
        Some(p) => ORDER.iter().position(|x| *x == p).map_or(100, |i| i + 1),
    }
}

fn compare(a: &Body, b: &Body, key: SortKey) -> Ordering {
    let num = |x: f64, y: f64| x.partial_cmp(&y).unwrap_or(Ordering::Equal);
    match key {
        SortKey::Table => Ordering::Equal,
        SortKey::Portfolio => {
            portfolio_rank(a.portfolio.as_deref()).cmp(&portfolio_rank(b.portfolio.as_deref()))
        }
        SortKey::Body => fold(&a.abbreviation).cmp(&fold(&b.abbreviation)),
        SortKey::Exchange => a.exchange_accounts.cmp(&b.exchange_accounts),
        SortKey::Resources => a.exchange_resources.cmp(&b.exchange_resources),
        SortKey::Ox => a.ox_accounts.cmp(&b.ox_accounts),
        SortKey::SharePrinted => num(a.ox_share_published, b.ox_share_published),
        SortKey::ShareRecomputed => num(ox_share(a).unwrap_or(-1.0), ox_share(b).unwrap_or(-1.0)),
    }
}

/// Indices (into the snapshot's table) of the rows the reader sees, filtered and sorted; ties keep
/// the printed order.
pub fn visible_indices(snapshot: &Snapshot, state: &ViewState) -> Vec<usize> {
    let bodies = &snapshot.bodies;
    let mut rows: Vec<usize> = (0..bodies.len())
        .filter(|&i| matches(&bodies[i], state))
        .collect();
    if state.sort == SortKey::Body {
        // Folding names allocates; do it once per row, not once per comparison.
        let keys: Vec<String> = bodies.iter().map(|b| fold(&b.abbreviation)).collect();
        rows.sort_by(|&i, &j| {
            let o = keys[i].cmp(&keys[j]);
            let o = if state.descending { o.reverse() } else { o };
            o.then(i.cmp(&j))
        });
    } else if state.sort != SortKey::Table {
        rows.sort_by(|&i, &j| {
            let o = compare(&bodies[i], &bodies[j], state.sort);
            let o = if state.descending { o.reverse() } else { o };
            o.then(i.cmp(&j))
        });
    } else if state.descending {
        rows.reverse();
    }
    rows
}

/// The rows the reader sees, filtered and sorted.
pub fn visible_rows<'a>(snapshot: &'a Snapshot, state: &ViewState) -> Vec<&'a Body> {
    visible_indices(snapshot, state)
        .into_iter()
        .map(|i| &snapshot.bodies[i])
        .collect()
}

/// Rows drawn at first and per "show more": enough for every real table at once, few enough that
/// a table of ten thousand bodies still sorts and filters within a frame.
pub const ROWS_PER_STEP: usize = 100;

/// The same rows in printed order: what the charts draw. Sorting the table does not change it, so
/// charts are not rebuilt when only the order changes.
pub fn chart_rows(rows: &[usize]) -> Vec<usize> {
    let mut set = rows.to_vec();
    set.sort_unstable();
    set
}
