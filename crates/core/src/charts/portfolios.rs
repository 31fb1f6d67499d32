//! Accounts per Ressort: Open-Xchange, Exchange and Exchange resources stacked in one bar per
//! Ressort, in the order of the table, each labelled with its recomputed share. The Ressorts that
//! dwarf the others get a panel of their own (see `bars`).

use super::bars::{self, Part, Row};
use super::theme::{self, share_opt_text};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable};
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

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let int = |n: u64| format::int(n, lang);
    let table = DataTable {
        caption: ChartText::PortfoliosCaption.get(lang).to_string(),
        columns: [
            ChartText::ColPortfolio,
            ChartText::ColBodies,
            ChartText::ColOx,
            ChartText::ColMse,
            ChartText::ColMseRes,
            ChartText::ColAll,
            ChartText::ColShare,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(
            ChartId::Portfolios,
            input,
            ChartText::PortfoliosTitle,
            table,
        );
    }
    let groups = groups(input);

    let parts = [
        (ChartText::SeriesOx, p.ox),
        (ChartText::SeriesMse, p.mse),
        (ChartText::SeriesMseRes, p.mse_res),
    ]
    .map(|(name, colour)| Part {
        name: name.get(lang).to_string(),
        colour,
    });
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
        }
    };
    let (panels, drawn_order) = bars::panels(
        &groups,
        |g| g.totals.all_accounts(),
        row,
        bars::Headings {
            largest_one: ChartText::PanelLargestPortfolio,
            largest: ChartText::PanelLargestPortfolios,
            others: ChartText::PanelOtherPortfolios,
        },
        lang,
    );
    let split = panels.len() > 1;
    let drawn = bars::draw(
        theme::base(input),
        &parts,
        panels,
        ChartText::AccountsAxis.get(lang),
        36,
        lang,
        &p,
    );

    let rows = drawn_order
        .iter()
        .map(|g| {
            let t = &g.totals;
            DataRow {
                header: g.name(input.snapshot, lang).long,
                cells: vec![
                    t.bodies.to_string(),
                    int(t.ox_accounts),
                    int(t.exchange_accounts),
                    int(t.exchange_resources),
                    int(t.all_accounts()),
                    share_opt_text(t.ox_share(), lang),
                ],
            }
        })
        .collect();

    let note = if split {
        format!(
            "{} {}",
            ChartText::PortfoliosNoteSplit.get(lang),
            ChartText::PanelsNote.get(lang)
        )
    } else {
        ChartText::PortfoliosNote.get(lang).to_string()
    };
    ChartSpec {
        id: ChartId::Portfolios,
        title: ChartText::PortfoliosTitle.get(lang).to_string(),
        takeaway: takeaway(&groups, input.snapshot, lang),
        description: format!("{} {note}", description(&groups, input.snapshot, lang)),
        note,
        source: theme::source_line(input, &[input.snapshot.table.question]),
        chart: drawn.chart,
        table: DataTable { rows, ..table },
        height: drawn.height,
        click_targets: drawn.click_targets,
        series_offsets: drawn.series_offsets,
        points: drawn.points,
    }
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
