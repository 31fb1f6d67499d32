//! What changed from one published answer to the next: per body (or group of bodies, where the
//! next snapshot's `body_links` join or split them) and in total, from the figures as printed.
//! With a single snapshot there is nothing to compare, and nothing is shown.

use crate::model::{predecessors, remaining, Body, Dataset, LinkKind, Snapshot, Totals};

/// The figures of one side of a comparison: one body, or the bodies a link joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Side {
    /// Accounts on Open-Xchange.
    pub ox: u64,
    /// Accounts still on Exchange, resource accounts included.
    pub exchange: u64,
}

impl Side {
    fn of<'a>(bodies: impl IntoIterator<Item = &'a Body>) -> Side {
        bodies.into_iter().fold(Side::default(), |s, b| Side {
            ox: s.ox + u64::from(b.ox_accounts),
            exchange: s.exchange + remaining(b),
        })
    }

    /// The share on Open-Xchange, in percent; none without accounts.
    pub fn share(self) -> Option<f64> {
        let all = self.ox + self.exchange;
        (all > 0).then(|| self.ox as f64 * 100.0 / all as f64)
    }
}

/// One row of the comparison: the names before and after (the same name for most bodies) and
/// the figures on each side.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyChange {
    pub before_names: Vec<String>,
    pub after_names: Vec<String>,
    /// How the names relate, where the snapshot's links say so; none for the same name.
    pub link: Option<LinkKind>,
    pub before: Side,
    pub after: Side,
}

impl BodyChange {
    /// The row's name: the bodies as they are now, or as they were for bodies that are gone.
    pub fn name(&self) -> String {
        match self.after_names.is_empty() {
            true => self.before_names.join(", "),
            false => self.after_names.join(", "),
        }
    }

    /// The change in accounts on Open-Xchange (positive: more).
    pub fn ox_delta(&self) -> i64 {
        self.after.ox as i64 - self.before.ox as i64
    }

    /// The change in accounts left on Exchange (negative: fewer).
    pub fn exchange_delta(&self) -> i64 {
        self.after.exchange as i64 - self.before.exchange as i64
    }

    /// Had accounts on Exchange before and has none now.
    pub fn newly_complete(&self) -> bool {
        self.before.exchange > 0 && self.after.exchange == 0 && !self.after_names.is_empty()
    }

    /// A smaller share on Open-Xchange than before (more left on Exchange relative to the whole).
    pub fn went_backwards(&self) -> bool {
        matches!((self.before.share(), self.after.share()), (Some(b), Some(a)) if a < b)
    }
}

/// Everything that changed from `previous` to `next`.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes<'a> {
    pub previous: &'a Snapshot,
    pub next: &'a Snapshot,
    /// One row per body or linked group, in the order of the next table (bodies that are gone
    /// last).
    pub rows: Vec<BodyChange>,
    pub totals_before: Totals,
    pub totals_after: Totals,
}

impl Changes<'_> {
    /// The rows that changed at all.
    pub fn changed(&self) -> impl Iterator<Item = &BodyChange> {
        self.rows
            .iter()
            .filter(|r| r.before != r.after || r.link.is_some())
    }
}

/// The snapshot before `snapshot` in `dataset` (by date), if any.
pub fn previous_of<'a>(dataset: &'a Dataset, snapshot: &Snapshot) -> Option<&'a Snapshot> {
    dataset
        .snapshots
        .iter()
        .filter(|s| s.source.date < snapshot.source.date)
        .max_by(|a, b| a.source.date.cmp(&b.source.date))
}

/// What changed from `previous` to `next` (consecutive snapshots of a valid dataset).
pub fn changes<'a>(previous: &'a Snapshot, next: &'a Snapshot) -> Changes<'a> {
    let find = |snapshot: &'a Snapshot, name: &str| {
        snapshot
            .bodies
            .iter()
            .find(move |b| b.abbreviation.trim() == name.trim())
    };
    let mut rows: Vec<BodyChange> = Vec::new();
    let mut done_links = Vec::new();
    for body in &next.bodies {
        let name = body.abbreviation.trim();
        let link = next
            .body_links
            .iter()
            .position(|l| l.after.iter().any(|a| a.trim() == name));
        match link {
            Some(i) if done_links.contains(&i) => {}
            Some(i) => {
                done_links.push(i);
                let l = &next.body_links[i];
                rows.push(BodyChange {
                    before_names: l.before.clone(),
                    after_names: l.after.clone(),
                    link: Some(l.kind),
                    before: Side::of(l.before.iter().filter_map(|n| find(previous, n))),
                    after: Side::of(l.after.iter().filter_map(|n| find(next, n))),
                });
            }
            None => rows.push(BodyChange {
                before_names: predecessors(previous, next, name)
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                after_names: vec![name.to_string()],
                link: None,
                before: Side::of(find(previous, name)),
                after: Side::of([body]),
            }),
        }
    }
    for (i, l) in next.body_links.iter().enumerate() {
        if l.after.is_empty() && !done_links.contains(&i) {
            rows.push(BodyChange {
                before_names: l.before.clone(),
                after_names: vec![],
                link: Some(l.kind),
                before: Side::of(l.before.iter().filter_map(|n| find(previous, n))),
                after: Side::default(),
            });
        }
    }
    Changes {
        previous,
        next,
        rows,
        totals_before: Totals::of(&previous.bodies),
        totals_after: Totals::of(&next.bodies),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_dataset, BodyLink, Localized};

    fn two() -> (Snapshot, Snapshot) {
        let text = include_str!("../../../public/data/dataset.json");
        let old = parse_dataset(text).expect("shipped").latest().clone();
        let mut new = old.clone();
        new.id = "2027-01-15".into();
        new.source.date = "2027-01-15".into();
        (old, new)
    }

    #[test]
    fn the_same_table_again_changes_nothing() {
        let (old, new) = two();
        let c = changes(&old, &new);
        assert_eq!(c.rows.len(), old.bodies.len());
        assert_eq!(c.changed().count(), 0);
        assert_eq!(c.totals_before, c.totals_after);
    }

    #[test]
    fn moves_completions_setbacks_and_links_are_counted() {
        let (old, mut new) = two();
        // Body 0 moves all its Exchange accounts; body 1 loses OX accounts to Exchange.
        let b0 = remaining(&new.bodies[0]) as u32;
        new.bodies[0].ox_accounts += b0;
        new.bodies[0].exchange_accounts = 0;
        new.bodies[0].exchange_resources = 0;
        new.bodies[1].exchange_accounts += 10;
        new.bodies[1].ox_accounts -= 10;
        // Bodies 2 and 3 merge into one.
        let (n2, n3) = (
            new.bodies[2].abbreviation.clone(),
            new.bodies[3].abbreviation.clone(),
        );
        let merged = Body {
            abbreviation: "Neu".into(),
            exchange_accounts: new.bodies[2].exchange_accounts + new.bodies[3].exchange_accounts,
            exchange_resources: new.bodies[2].exchange_resources + new.bodies[3].exchange_resources,
            ox_accounts: new.bodies[2].ox_accounts + new.bodies[3].ox_accounts,
            ..new.bodies[2].clone()
        };
        new.bodies.splice(2..4, [merged]);
        new.body_links = vec![BodyLink {
            kind: LinkKind::Merged,
            before: vec![n2.clone(), n3.clone()],
            after: vec!["Neu".into()],
            note: Localized {
                de: "x".into(),
                en: "x".into(),
            },
        }];
        assert!(crate::model::continuity_problems(&old, &new).is_empty());
        let c = changes(&old, &new);
        assert_eq!(c.rows.len(), old.bodies.len() - 1);
        let first = &c.rows[0];
        assert_eq!(first.ox_delta(), i64::from(b0));
        assert_eq!(first.exchange_delta(), -i64::from(b0));
        assert_eq!(first.newly_complete(), b0 > 0);
        assert!(c.rows[1].went_backwards());
        let group = &c.rows[2];
        assert_eq!(group.before_names, vec![n2, n3]);
        assert_eq!(group.link, Some(LinkKind::Merged));
        assert_eq!(group.before, group.after);
        // The merger is listed as changed (the names did), the untouched rest is not.
        assert_eq!(c.changed().count(), if b0 > 0 { 3 } else { 2 });
        assert_eq!(
            c.totals_after.ox_accounts,
            c.totals_before.ox_accounts + u64::from(b0) - 10
        );
    }
}
