//! Where the remaining accounts are: Exchange accounts and resource accounts stacked per body,
//! only bodies with any left, the most at the top.

use super::theme::{self, share_text, Keep};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable, MAX_BARS};
use crate::format;
use crate::i18n::C;
use crate::model::{remaining, Body};
use charming::element::{AxisLabel, ItemStyle};
use charming::series::Bar;

/// Below this largest value ECharts' tick labels need no thousands separator (its nice maximum
/// stays under 1,000), so the axis can be labelled in either language.
const PLAIN_TICKS_BELOW: u64 = 500;

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let int = |n: u64| format::int(n, lang);
    let table = DataTable {
        caption: C::RemainingCaption.get(lang).to_string(),
        columns: [
            C::ColBody,
            C::ColMse,
            C::ColMseRes,
            C::ColTotalRemaining,
            C::ColShareOfRemaining,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Remaining, input, C::RemainingTitle, table);
    }

    // Bottom to top: fewest remaining first.
    let mut rows: Vec<(f64, usize, &Body)> = input
        .bodies
        .iter()
        .enumerate()
        .filter(|(_, b)| remaining(b) > 0)
        .map(|(i, b)| (remaining(b) as f64, i, *b))
        .collect();
    // Totals and shares count every body with accounts left, drawn or not.
    let total: u64 = rows.iter().map(|r| remaining(r.2)).sum();
    let of_total = |n: u64| share_text(n as f64 * 100.0 / total.max(1) as f64, lang);
    let with_rest = rows.len();
    // Many bodies: the chart keeps those with the most accounts left.
    let capped = theme::keep_first(&mut rows, MAX_BARS, Keep::Highest);
    theme::sort_ascending(&mut rows);

    let (mut mse, mut res) = (Vec::new(), Vec::new());
    let mut spoken = Vec::with_capacity(rows.len());
    for (i, (_, _, b)) in rows.iter().enumerate() {
        let (m, r) = (
            u64::from(b.exchange_accounts),
            u64::from(b.exchange_resources),
        );
        let announcement = C::RemainingSay.fill(
            lang,
            &[
                ("body", &b.abbreviation),
                ("total", &int(m + r)),
                ("mse", &int(m)),
                ("res", &int(r)),
                ("share", &of_total(m + r)),
            ],
        );
        spoken.push((announcement, if m > 0 { vec![0, 1] } else { vec![1, 0] }));
        let tip_mse = C::RemainingTipMse.fill(lang, &[("body", &b.abbreviation), ("mse", &int(m))]);
        let tip_res = C::RemainingTipRes.fill(
            lang,
            &[
                ("res", &int(r)),
                ("total", &int(m + r)),
                ("share", &of_total(m + r)),
            ],
        );
        mse.push(theme::bar_item(Some(m as f64), i, int(m), tip_mse));
        // The outer segment carries the label with the body's total.
        res.push(theme::bar_item(Some(r as f64), i, int(m + r), tip_res));
    }

    let largest = rows.last().map_or(0, |r| remaining(r.2));
    let mut axis = theme::value_axis(C::RemainingAxis.get(lang).to_string(), &p);
    if largest >= PLAIN_TICKS_BELOW {
        axis = axis.axis_label(AxisLabel::new().show(false));
    }
    let labels: Vec<String> = rows.iter().map(|r| r.2.abbreviation.clone()).collect();
    let (mse_name, res_name) = (C::SeriesMse.get(lang), C::SeriesMseRes.get(lang));
    let chart = theme::base(input)
        .grid(theme::grid(36.0))
        .legend(theme::legend(vec![mse_name.into(), res_name.into()], &p))
        .tooltip(theme::axis_tooltip(2))
        .y_axis(theme::category_axis(labels, false, &p))
        .x_axis(axis)
        .series(
            Bar::new()
                .name(mse_name)
                .stack("remaining")
                .item_style(ItemStyle::new().color(p.mse))
                .emphasis(theme::emphasis(&p))
                .data(mse),
        )
        .series(
            Bar::new()
                .name(res_name)
                .stack("remaining")
                .item_style(ItemStyle::new().color(p.mse_res))
                .emphasis(theme::emphasis(&p))
                .label(theme::end_label(&p))
                .data(res),
        );

    let table_rows = rows
        .iter()
        .rev()
        .map(|(_, _, b)| {
            let rest = remaining(b);
            DataRow {
                header: b.abbreviation.clone(),
                cells: vec![
                    int(u64::from(b.exchange_accounts)),
                    int(u64::from(b.exchange_resources)),
                    int(rest),
                    of_total(rest),
                ],
            }
        })
        .collect();

    let n = rows.len();
    let zero = input.bodies.len() - with_rest;
    let takeaway = match (
        rows.iter().rev().find(|r| remaining(r.2) == largest),
        &input.bodies[..],
    ) {
        (Some((_, _, top)), _) => C::RemainingTakeaway.fill(
            lang,
            &[
                ("total", &int(total)),
                ("top", &int(largest)),
                ("share", &of_total(largest)),
                ("body", &top.abbreviation),
            ],
        ),
        (None, [only]) => C::RemainingTakeawayNoneOne.fill(lang, &[("body", &only.abbreviation)]),
        (None, all) => C::RemainingTakeawayNone.fill(lang, &[("n", &all.len().to_string())]),
    };

    let shown: u64 = rows.iter().map(|r| remaining(r.2)).sum();
    let values = [
        ("n", int(n as u64)),
        ("all", int(with_rest as u64)),
        ("total", int(total)),
        ("shown", int(shown)),
        ("zero", int(zero as u64)),
        ("others", int((with_rest - n) as u64)),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (title, takeaway, description, caption) = if capped {
        (
            C::RemainingTitleCapped.fill(lang, &values),
            format!("{takeaway} {}", C::RemainingCapped.fill(lang, &values)),
            C::RemainingDescriptionCapped.fill(lang, &values),
            C::RemainingCaptionCapped.fill(lang, &values),
        )
    } else {
        (
            C::RemainingTitle.get(lang).to_string(),
            takeaway,
            C::RemainingDescription.fill(lang, &values),
            table.caption,
        )
    };
    ChartSpec {
        id: ChartId::Remaining,
        title,
        takeaway,
        source: theme::source_line(input, &[input.snapshot.table.question]),
        description,
        chart,
        table: DataTable {
            caption,
            rows: table_rows,
            ..table
        },
        height: theme::height(n, 26, 96),
        click_targets: rows
            .iter()
            .map(|r| ClickTarget::Body(r.2.abbreviation.clone()))
            .collect(),
        points: theme::bar_points(spoken, false),
    }
}
