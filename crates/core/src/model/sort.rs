//! One sort for the whole site: a stable merge sort of positions, written once (not generic), with
//! each caller's comparison passed in.
//!
//! The standard library's sorts are generic: every element type and comparison got its own copy
//! of quicksort, merge sort and small-sort (2–5 KB of WebAssembly each, about 38 KB for the site's
//! dozen sorts). The site sorts at most a few thousand rows, where this is fast enough. Being
//! stable, it orders exactly as `sort_by` does; every `sort_unstable` it replaced compared keys
//! that are all different (ties broken by table position), so those orders are the same too.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order (as
/// `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` ascending (as `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in sorted order: bottom-up merge sort, taking from the right run only
/// when its item is strictly less, so equal items keep their order.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut lo = 0;
        while lo < len {
            let mid = (lo + width).min(len);
            let hi = (lo + 2 * width).min(len);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                if j < hi && (i >= mid || compare(order[j], order[i]) == Ordering::Less) {
                    *slot = order[j];
                    j += 1;
                } else {
                    *slot = order[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Moves the item at `order[k]` to position `k`, for every `k`, following each cycle of the
/// permutation once.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = order[k];
            order[k] = DONE;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_as_the_standard_stable_sort() {
        // A small generator, so the test needs no dependency.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for len in (0..70).chain([255, 256, 257, 1000]) {
            for range in [1, 3, 1000] {
                let items: Vec<(u32, usize)> = (0..len).map(|i| (next() % range, i)).collect();
                let mut ours = items.clone();
                let mut std = items.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std, "len {len}, range {range}");
                let mut ours = items.clone();
                let mut std = items;
                sort_by_key(&mut ours, |a| std::cmp::Reverse(a.0));
                std.sort_by_key(|a| std::cmp::Reverse(a.0));
                assert_eq!(ours, std, "len {len}, range {range}, by key");
            }
        }
        let mut words = vec!["b", "a", "c", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
    }
}
