//! Filtering and sorting the table of bodies: the same rows feed the table, the charts and the key
//! figures, so every view shows the same selection.

use crate::model::{ox_share, Body, Snapshot};
use crate::view_state::{SortKey, ViewState};

/// Lower case with umlauts folded, so "Finanzämter", "Finanzaemter" and "finanzamter" meet: ä, ö, ü
/// and the "ae", "oe", "ue" that spell them become a, o, u; ß becomes ss. One pass, one allocation
/// (the search folds every body's name once, and the query at every key typed).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous = '\0';
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            c => c,
        };
        match c {
            'ß' => {
                out.push_str("ss");
                previous = 's';
                continue;
            }
            'e' if matches!(previous, 'a' | 'o' | 'u') => {}
            c => out.push(c),
        }
        previous = c;
    }
    out
}

/// Does `haystack` contain `needle`? Byte by byte: for the short texts of a search, faster than
/// setting up `str::contains`' searcher for each of ten thousand names (UTF-8 matches only at
/// character boundaries).
fn contains(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w == n)
}

/// What the search looks in: abbreviation and full name, folded.
pub fn search_text(body: &Body) -> String {
    fold(&format!(
        "{} {}",
        body.abbreviation,
        body.name.as_ref().map(|n| n.de.as_str()).unwrap_or("")
    ))
}

/// The search text of every body, in table order: folded once, so typing a search compares
/// strings instead of folding every name again at each key.
pub fn search_texts(snapshot: &Snapshot) -> Vec<String> {
    snapshot.bodies.iter().map(search_text).collect()
}

/// Does the body pass the Ressort filter and the body selection (everything but the search)?
fn passes_filters(body: &Body, state: &ViewState) -> bool {
    let portfolio = state
        .portfolio
        .as_ref()
        .is_none_or(|p| p.matches(body.portfolio.as_deref()));
    portfolio && state.body.as_ref().is_none_or(|b| &body.abbreviation == b)
}

/// Does the body pass the Ressort filter, the body selection and the search?
pub fn matches(body: &Body, state: &ViewState) -> bool {
    let query = fold(state.search.trim());
    passes_filters(body, state) && (query.is_empty() || contains(&search_text(body), &query))
}

/// Position of a Ressort in the printed order: none first, then I … IX.
fn portfolio_rank(p: Option<&str>) -> usize {
    const ORDER: [&str; 9] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    match p {
        None => 0,
        Some(p) => ORDER.iter().position(|x| *x == p).map_or(100, |i| i + 1),
    }
}

/// A number that orders bodies by `key` as the column does (not for the printed order, nor for
/// names, which sort as text).
fn sort_number(b: &Body, key: SortKey) -> u64 {
    match key {
        SortKey::Table | SortKey::Body => 0,
        SortKey::Portfolio => portfolio_rank(b.portfolio.as_deref()) as u64,
        SortKey::Exchange => u64::from(b.exchange_accounts),
        SortKey::Resources => u64::from(b.exchange_resources),
        SortKey::Ox => u64::from(b.ox_accounts),
        SortKey::SharePrinted => ordered(b.ox_share_published),
        // Bodies without accounts come first.
        SortKey::ShareRecomputed => ordered(ox_share(b).unwrap_or(-1.0)),
    }
}

/// A number's bits rearranged so that they order as the number does (a zero's sign aside).
fn ordered(x: f64) -> u64 {
    let bits = if x == 0.0 { 0 } else { x.to_bits() };
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// Indices (into the snapshot's table) of the rows the reader sees, filtered and sorted; ties keep
/// the printed order.
pub fn visible_indices(snapshot: &Snapshot, state: &ViewState) -> Vec<usize> {
    visible_indices_with(snapshot, state, |i| search_text(&snapshot.bodies[i]))
}

/// [`visible_indices`] with the search texts of [`search_texts`] already made; `texts()` is only
/// asked for while a search is typed.
pub fn visible_indices_in<'a>(
    snapshot: &Snapshot,
    state: &ViewState,
    texts: impl FnOnce() -> &'a [String],
) -> Vec<usize> {
    let query = fold(state.search.trim());
    let texts = if query.is_empty() { &[][..] } else { texts() };
    visible_indices_with(snapshot, state, |i| texts.get(i).map_or("", String::as_str))
}

fn visible_indices_with<S: AsRef<str>>(
    snapshot: &Snapshot,
    state: &ViewState,
    text: impl Fn(usize) -> S,
) -> Vec<usize> {
    let bodies = &snapshot.bodies;
    let query = fold(state.search.trim());
    let filtered = state.portfolio.is_some() || state.body.is_some() || !query.is_empty();
    let mut rows: Vec<usize> = if filtered {
        (0..bodies.len())
            .filter(|&i| {
                passes_filters(&bodies[i], state)
                    && (query.is_empty() || contains(text(i).as_ref(), &query))
            })
            .collect()
    } else {
        (0..bodies.len()).collect()
    };
    let descending = state.descending;
    match state.sort {
        SortKey::Table if descending => rows.reverse(),
        SortKey::Table => {}
        SortKey::Body => {
            // Each key computed once per row, not once per comparison.
            let mut keyed: Vec<(String, usize)> = rows
                .iter()
                .map(|&i| (fold(&bodies[i].abbreviation), i))
                .collect();
            crate::model::sort::sort_by(&mut keyed, |a, b| {
                let o = a.0.cmp(&b.0);
                let o = if descending { o.reverse() } else { o };
                o.then(a.1.cmp(&b.1))
            });
            rows = keyed.into_iter().map(|(_, i)| i).collect();
        }
        key => {
            // The number above the row, in one u128: all different, so ties stay in printed
            // order, and it sorts as a plain integer; descending inverts the number, not the
            // row.
            let mut keyed: Vec<u128> = rows
                .iter()
                .map(|&i| {
                    let n = sort_number(&bodies[i], key);
                    (u128::from(if descending { !n } else { n }) << 64) | i as u128
                })
                .collect();
            crate::model::sort::sort(&mut keyed);
            rows = keyed.into_iter().map(|k| k as u64 as usize).collect();
        }
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

/// Rows drawn at first and per "show more": the published table (40 bodies) at once, and few
/// enough that replacing them after a sort or filter of a long table stays quick.
pub const ROWS_PER_STEP: usize = 50;

/// When more rows match than one step shows, the table draws those that can be on the screen at
/// once ([`rows_on_screen`]) and the rest of the step after the next paint, so a table of ten
/// thousand bodies sorts and filters within a frame. Until the table has been measured it draws
/// this many: what a screen can show (a row is at least three lines, about 70 px, so a 900 px
/// window holds under 13).
pub const FIRST_DRAW: usize = 13;

/// How many rows reach from the top of the table body (`top`, CSS pixels from the window's top,
/// negative when scrolled past) to the bottom of a window `window_height` high, with rows
/// `row_height` high, and one more for a row cut by the edge: at least one, so the first row
/// answers at once wherever the table is, and at most a step. Without a usable row height,
/// [`FIRST_DRAW`].
pub fn rows_on_screen(top: f64, window_height: f64, row_height: f64) -> usize {
    if !(row_height > 0.0 && top.is_finite() && window_height.is_finite()) {
        return FIRST_DRAW;
    }
    let reach = ((window_height - top) / row_height).ceil().max(0.0);
    // Saturates: a huge quotient becomes usize::MAX, then the step.
    (reach as usize).saturating_add(1).clamp(1, ROWS_PER_STEP)
}

/// The same rows in printed order: what the charts draw. Sorting the table does not change it, so
/// charts are not rebuilt when only the order changes.
pub fn chart_rows(rows: &[usize]) -> Vec<usize> {
    let mut set = rows.to_vec();
    crate::model::sort::sort(&mut set);
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_on_screen_reach_from_the_table_to_the_bottom_of_the_window() {
        // Table body 200 px below the window's top, 900 px window, 70 px rows: 700 px, 10 rows,
        // and one cut by the edge.
        assert_eq!(rows_on_screen(200.0, 900.0, 70.0), 11);
        // Below the window: only the first row.
        assert_eq!(rows_on_screen(1200.0, 900.0, 70.0), 1);
        assert_eq!(rows_on_screen(900.0, 900.0, 70.0), 1);
        // Scrolled into a long table: the rows above count too, up to a step.
        assert_eq!(rows_on_screen(-700.0, 900.0, 70.0), 24);
        assert_eq!(rows_on_screen(-1.0e9, 900.0, 70.0), ROWS_PER_STEP);
        // Not measured (no rows, hidden table): the default.
        assert_eq!(rows_on_screen(200.0, 900.0, 0.0), FIRST_DRAW);
        assert_eq!(rows_on_screen(f64::NAN, 900.0, 70.0), FIRST_DRAW);
        assert_eq!(rows_on_screen(200.0, 900.0, f64::NAN), FIRST_DRAW);
    }

    /// How `fold` was first written: lower case, umlauts, then three replacements.
    fn fold_reference(s: &str) -> String {
        let mut out = String::new();
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

    #[test]
    fn fold_in_one_pass_equals_the_three_replacements() {
        const LETTERS: [char; 9] = ['a', 'e', 'o', 'u', 'ä', 'Ü', 'ß', 'E', 'x'];
        let mut checked = 0;
        for len in 0..=5u32 {
            for n in 0..LETTERS.len().pow(len) {
                let mut word = String::new();
                let mut rest = n;
                for _ in 0..len {
                    word.push(LETTERS[rest % LETTERS.len()]);
                    rest /= LETTERS.len();
                }
                assert_eq!(fold(&word), fold_reference(&word), "{word}");
                checked += 1;
            }
        }
        assert!(checked > 60_000);
        for word in [
            "Finanzämter",
            "FINANZAEMTER",
            "Straßenbau",
            "Gebäudemanagement",
            "Queue",
        ] {
            assert_eq!(fold(word), fold_reference(word), "{word}");
        }
    }

    #[test]
    fn byte_search_finds_what_str_contains_finds() {
        for (h, n) in [
            ("finanzamter", "amt"),
            ("finanzamter", ""),
            ("", "a"),
            ("lfs.sh", "s.s"),
            ("grüße", "üß"),
            ("grüße", "e"),
            ("ab", "abc"),
        ] {
            assert_eq!(contains(h, n), h.contains(n), "{h} / {n}");
        }
    }

    /// How rows were first sorted: a stable sort with a comparison per pair.
    fn sorted_reference(bodies: &[Body], key: SortKey, descending: bool) -> Vec<usize> {
        let num = |x: f64, y: f64| x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal);
        let compare = |a: &Body, b: &Body| match key {
            SortKey::Table => std::cmp::Ordering::Equal,
            SortKey::Portfolio => {
                portfolio_rank(a.portfolio.as_deref()).cmp(&portfolio_rank(b.portfolio.as_deref()))
            }
            SortKey::Body => fold(&a.abbreviation).cmp(&fold(&b.abbreviation)),
            SortKey::Exchange => a.exchange_accounts.cmp(&b.exchange_accounts),
            SortKey::Resources => a.exchange_resources.cmp(&b.exchange_resources),
            SortKey::Ox => a.ox_accounts.cmp(&b.ox_accounts),
            SortKey::SharePrinted => num(a.ox_share_published, b.ox_share_published),
            SortKey::ShareRecomputed => {
                num(ox_share(a).unwrap_or(-1.0), ox_share(b).unwrap_or(-1.0))
            }
        };
        let mut rows: Vec<usize> = (0..bodies.len()).collect();
        if key == SortKey::Table {
            if descending {
                rows.reverse();
            }
            return rows;
        }
        rows.sort_by(|&i, &j| {
            let o = compare(&bodies[i], &bodies[j]);
            let o = if descending { o.reverse() } else { o };
            o.then(i.cmp(&j))
        });
        rows
    }

    #[test]
    fn every_column_sorts_as_a_pairwise_comparison_would() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dataset.json"
        ))
        .expect("dataset");
        let dataset = crate::model::parse_dataset(&text).expect("valid");
        let mut snapshot = dataset.latest().clone();
        // Ties in every column, and a body without accounts.
        let copies: Vec<Body> = snapshot.bodies.iter().take(8).cloned().collect();
        for (n, mut b) in copies.into_iter().enumerate() {
            b.abbreviation = format!("Kopie {n}");
            if n == 3 {
                (b.exchange_accounts, b.exchange_resources, b.ox_accounts) = (0, 0, 0);
            }
            snapshot.bodies.push(b);
        }
        for key in SortKey::ALL {
            for descending in [false, true] {
                let state = ViewState {
                    sort: key,
                    descending,
                    ..ViewState::default()
                };
                assert_eq!(
                    visible_indices(&snapshot, &state),
                    sorted_reference(&snapshot.bodies, key, descending),
                    "{key:?} descending={descending}"
                );
            }
        }
    }

    #[test]
    fn numbers_order_as_the_values_do() {
        let values = [-1.0, 0.0, 1e-9, 0.5, 12.5, 99.96, 100.0];
        for w in values.windows(2) {
            assert!(ordered(w[0]) < ordered(w[1]), "{} < {}", w[0], w[1]);
        }
        assert_eq!(ordered(-0.0), ordered(0.0));
    }
}
