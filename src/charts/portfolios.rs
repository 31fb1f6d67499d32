//! Accounts per Ressort: Open-Xchange, Exchange and Exchange resources side by side on a
//! logarithmic axis, in the order of the table, each Ressort labelled with its recomputed share.

use super::theme::{self, share_opt_text};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable};
use crate::format;
use crate::i18n::{Lang, C};
use crate::model::Totals;
use charming::element::ItemStyle;
use charming::series::Bar;

/// One Ressort (or the bodies without one) with the totals of its bodies that the filters leave.
struct Group {
    portfolio: Option<String>,
    totals: Totals,
}

impl Group {
    fn name(&self, lang: Lang) -> String {
        match &self.portfolio {
            Some(id) => C::PortfolioName.fill(lang, &[("id", id)]),
            None => C::NoPortfolio.get(lang).to_string(),
        }
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
        1 => C::OneBody.get(lang).to_string(),
        _ => C::ManyBodies.fill(lang, &[("n", &n.to_string())]),
    }
}

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let int = |n: u64| format::int(n, lang);
    let table = DataTable {
        caption: C::PortfoliosCaption.get(lang).to_string(),
        columns: [
            C::ColPortfolio,
            C::ColBodies,
            C::ColOx,
            C::ColMse,
            C::ColMseRes,
            C::ColAll,
            C::ColShare,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Portfolios, input, C::PortfoliosTitle, table);
    }
    let groups = groups(input);

    let (mut ox, mut mse, mut res) = (Vec::new(), Vec::new(), Vec::new());
    let mut labels = Vec::new();
    let mut spoken = Vec::with_capacity(groups.len());
    for (i, g) in groups.iter().enumerate() {
        let t = &g.totals;
        let (name, share) = (g.name(lang), share_opt_text(t.ox_share(), lang));
        let announcement = C::PortfolioSay.fill(
            lang,
            &[
                ("portfolio", &name),
                ("bodies", &bodies_text(t.bodies, lang)),
                ("ox", &int(t.ox_accounts)),
                ("share", &share),
                ("mse", &int(t.exchange_accounts)),
                ("res", &int(t.exchange_resources)),
            ],
        );
        // The tooltip is shown at the first series with a bar (zero has none on the log axis).
        let counts = [t.ox_accounts, t.exchange_accounts, t.exchange_resources];
        let mut series: Vec<u32> = (0..3).collect();
        series.sort_by_key(|&s| counts[s as usize] == 0);
        spoken.push((announcement, series));
        labels.push(C::PortfolioCategory.fill(lang, &[("portfolio", &name), ("share", &share)]));
        let tip_ox = C::PortfolioTipOx.fill(
            lang,
            &[
                ("portfolio", &name),
                ("bodies", &bodies_text(t.bodies, lang)),
                ("ox", &int(t.ox_accounts)),
                ("share", &share),
            ],
        );
        let tip_mse = C::PortfolioTipMse.fill(lang, &[("mse", &int(t.exchange_accounts))]);
        let tip_res = C::PortfolioTipRes.fill(lang, &[("res", &int(t.exchange_resources))]);
        ox.push(theme::bar_item(
            theme::positive(t.ox_accounts),
            i,
            int(t.ox_accounts),
            tip_ox,
        ));
        mse.push(theme::bar_item(
            theme::positive(t.exchange_accounts),
            i,
            int(t.exchange_accounts),
            tip_mse,
        ));
        res.push(theme::bar_item(
            theme::positive(t.exchange_resources),
            i,
            int(t.exchange_resources),
            tip_res,
        ));
    }

    let max = groups
        .iter()
        .map(|g| g.totals.ox_accounts.max(g.totals.remaining()))
        .max()
        .unwrap_or(1);
    let series = [
        (C::SeriesOx, p.ox, ox),
        (C::SeriesMse, p.mse, mse),
        (C::SeriesMseRes, p.mse_res, res),
    ];
    let names: Vec<String> = series.iter().map(|s| s.0.get(lang).to_string()).collect();
    let mut chart = theme::base(input)
        .grid(theme::grid(60.0))
        .legend(theme::legend(names, &p))
        .tooltip(theme::axis_tooltip(3))
        // Table order from the top: Ressorts I … IX as the source lists them.
        .y_axis(theme::category_axis(labels, true, &p))
        .x_axis(theme::log_axis(max, lang, &p));
    for (name, colour, data) in series {
        chart = chart.series(
            Bar::new()
                .name(name.get(lang))
                .item_style(ItemStyle::new().color(colour))
                .emphasis(theme::emphasis(&p))
                .label(theme::end_label(&p))
                .data(data),
        );
    }

    let rows = groups
        .iter()
        .map(|g| {
            let t = &g.totals;
            DataRow {
                header: g.name(lang),
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

    ChartSpec {
        id: ChartId::Portfolios,
        title: C::PortfoliosTitle.get(lang).to_string(),
        takeaway: takeaway(&groups, lang),
        source: theme::source_line(input, &[input.snapshot.table.question]),
        description: description(&groups, lang),
        chart,
        table: DataTable { rows, ..table },
        height: theme::height(groups.len(), 54, 96),
        click_targets: groups
            .iter()
            .map(|g| ClickTarget::Portfolio(g.portfolio.clone()))
            .collect(),
        points: theme::bar_points(spoken, true),
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

fn takeaway(groups: &[Group], lang: Lang) -> String {
    let int = |n: u64| format::int(n, lang);
    if let [g] = groups {
        return C::PortfoliosTakeawayOne.fill(
            lang,
            &[
                ("portfolio", &g.name(lang)),
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
        (Some(largest), Some(((low, lowest), _))) => C::PortfoliosTakeaway.fill(
            lang,
            &[
                ("largest", &largest.name(lang)),
                ("all", &int(largest.totals.all_accounts())),
                (
                    "largest_share",
                    &share_opt_text(largest.totals.ox_share(), lang),
                ),
                ("lowest", &lowest.name(lang)),
                ("lowest_share", &theme::share_text(low, lang)),
            ],
        ),
        _ => C::NoBody.get(lang).to_string(),
    }
}

fn description(groups: &[Group], lang: Lang) -> String {
    let Some(((min, min_g), (max, max_g))) = extremes(groups) else {
        return C::NoData.get(lang).to_string();
    };
    C::PortfoliosDescription.fill(
        lang,
        &[
            ("n", &groups.len().to_string()),
            ("min", &theme::share_text(min, lang)),
            ("min_portfolio", &min_g.name(lang)),
            ("max", &theme::share_text(max, lang)),
            ("max_portfolio", &max_g.name(lang)),
        ],
    )
}
