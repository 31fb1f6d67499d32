//! Which bodies a chart with one bar per body draws, and in which order: each body ranked by the
//! chart's key, ties to the row printed first (see `MAX_BARS`).

/// An item with the key a chart ranks it by and its place in the table, which settles ties.
pub(super) struct Ranked<T> {
    pub key: f64,
    pub position: usize,
    pub item: T,
}

/// `items` in table order, each with its `key`.
pub(super) fn ranked<T>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> f64,
) -> Vec<Ranked<T>> {
    items
        .into_iter()
        .enumerate()
        .map(|(position, item)| Ranked {
            key: key(&item),
            position,
            item,
        })
        .collect()
}

/// Which end of a chart's ranking [`keep_first`] keeps.
#[derive(Clone, Copy)]
pub(super) enum Keep {
    Lowest,
    Highest,
}

/// Keeps the `max` items with the lowest (or highest) key, ties to the row printed first (sort
/// them for drawing afterwards). False when there were no more than `max`. The site's one sort
/// (`model::sort`) orders them all; a selection of its own would add its code for each `T`.
pub(super) fn keep_first<T>(items: &mut Vec<Ranked<T>>, max: usize, keep: Keep) -> bool {
    if items.len() <= max {
        return false;
    }
    crate::model::sort::sort_by(items, |a, b| {
        let by_key = match keep {
            Keep::Lowest => a.key.total_cmp(&b.key),
            Keep::Highest => b.key.total_cmp(&a.key),
        };
        by_key.then(a.position.cmp(&b.position))
    });
    items.truncate(max);
    true
}

/// Keeps the `max` items with the highest key, the highest first and ties in table order: the
/// order of a chart drawn from the top down. False when there were no more than `max`.
pub(super) fn keep_highest<T>(items: &mut Vec<Ranked<T>>, max: usize) -> bool {
    let capped = keep_first(items, max, Keep::Highest);
    crate::model::sort::sort_by(items, |a, b| {
        b.key.total_cmp(&a.key).then(a.position.cmp(&b.position))
    });
    capped
}

/// Sorts ascending by key; ties put the earlier table row last, so that drawn bottom-up they
/// read in table order from the top.
pub(super) fn sort_ascending<T>(items: &mut [Ranked<T>]) {
    crate::model::sort::sort_by(items, |a, b| {
        a.key.total_cmp(&b.key).then(b.position.cmp(&a.position))
    });
}
