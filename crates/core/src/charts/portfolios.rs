//! Accounts per Ressort: Open-Xchange, Exchange and Exchange resources stacked in one bar per
//! Ressort, in the order of the table, each labelled with its recomputed share. The Ressorts that
//! dwarf the others get a panel of their own (see `bars`).

use super::bar_chart::{BarChart, Words};
use super::bars::{Headings, Part, Row, Stack};
use super::theme::{self, share_opt_text};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow};
use crate::format;
use crate::i18n::{ChartText, Lang};
use crate::model::{Snapshot, Totals};
use crate::naming::{self, PortfolioNames};

/// One Ressort (or the bodies without one) with the totals of its bodies that the filters leave.
struct Group {
    portfolio: Option<String>,
    totals: Totals,
}

impl Group {
    fn name(&self, snapshot: &Snapshot, lang: Lang) -> PortfolioNames {
        naming::portfolio(snapshot, self.portfolio.as_deref(), lang)
    }
}

fn groups(input: &ChartInput) -> Vec<Group> {
    let mut order: Vec<&Option<String>> = Vec::new();
    for b in &input.bodies {
        if !order.contains(&&b.portfolio) {
            order.push(&b.portfolio);
        }
    }
    order
        .into_iter()
        .map(|p| Group {
            portfolio: p.clone(),
            totals: Totals::of(input.bodies.iter().copied().filter(|b| &b.portfolio == p)),
        })
        .collect()
}

fn bodies_text(n: usize, lang: Lang) -> String {
    match n {
        1 => ChartText::OneBody.get(lang).to_string(),
        _ => ChartText::ManyBodies.fill(lang, &[("n", &n.to_string())]),
    }
}

const CHART: BarChart = BarChart {
    id: ChartId::Portfolios,
    title: ChartText::PortfoliosTitle,
    caption: ChartText::PortfoliosCaption,
    columns: &[
        ChartText::ColPortfolio,
        ChartText::ColBodies,
        ChartText::ColOx,
        ChartText::ColMse,
        ChartText::ColMseRes,
        ChartText::ColAll,
        ChartText::ColShare,
    ],
    // A handful of Ressorts: every one is drawn.
    capped: None,
};

const STACK: Stack = Stack {
    parts: &[Part::Ox, Part::Mse, Part::MseRes],
    axis: ChartText::AccountsAxis,
    per_row: 36,
    headings: Some(Headings {
        largest_one: ChartText::PanelLargestPortfolio,
        largest: ChartText::PanelLargestPortfolios,
        others: ChartText::PanelOtherPortfolios,
    }),
};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let int = |n: u64| format::int(n, lang);
    if input.bodies.is_empty() {
        return CHART.empty(input);
    }
    let groups = groups(input);

    let row = |g: &Group| {
        let t = &g.totals;
        let name = g.name(input.snapshot, lang);
        let share = share_opt_text(t.ox_share(), lang);
        let bodies = bodies_text(t.bodies, lang);
        Row {
            label: ChartText::PortfolioCategory
                .fill(lang, &[("portfolio", &name.short), ("share", &share)]),
            values: vec![t.ox_accounts, t.exchange_accounts, t.exchange_resources],
            tips: vec![
                ChartText::PortfolioTipOx.fill(
                    lang,
                    &[
                        ("portfolio", &name.long),
                        ("bodies", &bodies),
                        ("ox", &int(t.ox_accounts)),
                        ("share", &share),
                    ],
                ),
                ChartText::PortfolioTipMse.fill(lang, &[("mse", &int(t.exchange_accounts))]),
                ChartText::PortfolioTipRes.fill(lang, &[("res", &int(t.exchange_resources))]),
            ],
            end_label: int(t.all_accounts()),
            announcement: ChartText::PortfolioSay.fill(
                lang,
                &[
                    ("portfolio", &name.long),
                    ("bodies", &bodies),
                    ("ox", &super::accounts_text(t.ox_accounts, lang)),
                    ("share", &share),
                    ("mse", &super::accounts_text(t.exchange_accounts, lang)),
                    ("res", &super::resources_text(t.exchange_resources, lang)),
                ],
            ),
            target: ClickTarget::Portfolio(g.portfolio.clone()),
            table_row: DataRow {
                header: name.long.clone(),
                cells: vec![
                    t.bodies.to_string(),
                    int(t.ox_accounts),
                    int(t.exchange_accounts),
                    int(t.exchange_resources),
                    int(t.all_accounts()),
                    share.clone(),
                ],
            },
        }
    };
    let stacked = STACK.draw(input, groups.iter().map(row).collect());

    let words = Words {
        takeaway: takeaway(&groups, input.snapshot, lang),
        description: description(&groups, input.snapshot, lang),
        note: stacked.note(
            ChartText::PortfoliosNote,
            ChartText::PortfoliosNoteSplit,
            lang,
        ),
        capped: None,
    };
    CHART.spec(input, stacked.drawn, stacked.table_rows, words)
}

/// A group with its share.
type Extreme<'a> = (f64, &'a Group);

/// The group with the lowest and the one with the highest share (first in table order on ties).
fn extremes(groups: &[Group]) -> Option<(Extreme<'_>, Extreme<'_>)> {
    let shares = groups
        .iter()
        .filter_map(|g| g.totals.ox_share().map(|s| (s, g)));
    let min = shares
        .clone()
        .reduce(|a, b| if b.0 < a.0 { b } else { a })?;
    let max = shares.reduce(|a, b| if b.0 > a.0 { b } else { a })?;
    Some((min, max))
}

fn takeaway(groups: &[Group], snapshot: &Snapshot, lang: Lang) -> String {
    let int = |n: u64| format::int(n, lang);
    if let [g] = groups {
        return ChartText::PortfoliosTakeawayOne.fill(
            lang,
            &[
                ("portfolio", &g.name(snapshot, lang).long),
                ("all", &int(g.totals.all_accounts())),
                ("bodies", &bodies_text(g.totals.bodies, lang)),
                ("share", &share_opt_text(g.totals.ox_share(), lang)),
            ],
        );
    }
    let largest = groups.iter().reduce(|a, b| {
        if b.totals.all_accounts() > a.totals.all_accounts() {
            b
        } else {
            a
        }
    });
    match (largest, extremes(groups)) {
        (Some(largest), Some(((low, lowest), _))) => ChartText::PortfoliosTakeaway.fill(
            lang,
            &[
                ("largest", &largest.name(snapshot, lang).long),
                ("all", &int(largest.totals.all_accounts())),
                (
                    "largest_share",
                    &share_opt_text(largest.totals.ox_share(), lang),
                ),
                ("lowest", &lowest.name(snapshot, lang).long),
                ("lowest_share", &theme::share_text(low, lang)),
            ],
        ),
        _ => ChartText::NoBody.get(lang).to_string(),
    }
}

fn description(groups: &[Group], snapshot: &Snapshot, lang: Lang) -> String {
    let Some(((min, min_g), (max, max_g))) = extremes(groups) else {
        return ChartText::NoData.get(lang).to_string();
    };
    ChartText::PortfoliosDescription.fill(
        lang,
        &[
            ("n", &groups.len().to_string()),
            ("min", &theme::share_text(min, lang)),
            ("min_portfolio", &min_g.name(snapshot, lang).long),
            ("max", &theme::share_text(max, lang)),
            ("max_portfolio", &max_g.name(snapshot, lang).long),
        ],
    )
}
