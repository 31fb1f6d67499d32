//! Where the remaining accounts are: Exchange accounts and resource accounts stacked per body,
//! only bodies with any left, the most at the top.

use super::bars::{self, Panel, Part, Row};
use super::theme::{self, share_text, Keep};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::model::{remaining, Body};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let int = |n: u64| format::int(n, lang);
    let table = DataTable {
        caption: ChartText::RemainingCaption.get(lang).to_string(),
        columns: [
            ChartText::ColBody,
            ChartText::ColMse,
            ChartText::ColMseRes,
            ChartText::ColTotalRemaining,
            ChartText::ColShareOfRemaining,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Remaining, input, ChartText::RemainingTitle, table);
    }

    let mut rows: Vec<(f64, usize, &Body)> = input
        .bodies
        .iter()
        .enumerate()
        .filter(|(_, b)| remaining(b) > 0)
        .map(|(i, b)| (remaining(b) as f64, i, *b))
        .collect();
    if rows.is_empty() {
        // Nothing left to draw: no empty axes, the chart says so.
        let message = match &input.bodies[..] {
            [only] => {
                ChartText::RemainingTakeawayNoneOne.fill(lang, &[("body", &only.abbreviation)])
            }
            all => ChartText::RemainingTakeawayNone.fill(lang, &[("n", &all.len().to_string())]),
        };
        return theme::empty_saying(
            ChartId::Remaining,
            input,
            ChartText::RemainingTitle,
            table,
            message,
        );
    }
    // Totals and shares count every body with accounts left, drawn or not.
    let total: u64 = rows.iter().map(|r| remaining(r.2)).sum();
    let of_total = |n: u64| share_text(n as f64 * 100.0 / total.max(1) as f64, lang);
    let with_rest = rows.len();
    // Many bodies: the chart keeps those with the most accounts left.
    let capped = theme::keep_first(&mut rows, MAX_BARS, Keep::Highest);
    // The most at the top; ties in table order.
    crate::model::sort::sort_by(&mut rows, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let parts = [
        (ChartText::SeriesMse, p.mse),
        (ChartText::SeriesMseRes, p.mse_res),
    ]
    .map(|(name, colour)| Part {
        name: name.get(lang).to_string(),
        colour,
    });
    let bars_rows = rows
        .iter()
        .map(|(_, _, b)| {
            let (m, r) = (
                u64::from(b.exchange_accounts),
                u64::from(b.exchange_resources),
            );
            Row {
                label: b.abbreviation.clone(),
                values: vec![m, r],
                tips: vec![
                    ChartText::RemainingTipMse
                        .fill(lang, &[("body", &b.abbreviation), ("mse", &int(m))]),
                    ChartText::RemainingTipRes.fill(
                        lang,
                        &[
                            ("res", &int(r)),
                            ("total", &int(m + r)),
                            ("share", &of_total(m + r)),
                        ],
                    ),
                ],
                end_label: int(m + r),
                announcement: ChartText::RemainingSay.fill(
                    lang,
                    &[
                        ("body", &b.abbreviation),
                        ("total", &super::accounts_text(m + r, lang)),
                        ("mse", &super::accounts_text(m, lang)),
                        ("res", &super::resources_text(r, lang)),
                        ("share", &of_total(m + r)),
                    ],
                ),
                target: ClickTarget::Body(b.abbreviation.clone()),
            }
        })
        .collect();
    // One scale: the largest has a few times the others, not hundreds.
    let drawn = bars::draw(
        theme::base(input),
        &parts,
        vec![Panel::new(bars_rows)],
        ChartText::RemainingAxis.get(lang),
        26,
        lang,
        &p,
    );
    let largest = rows.first().map_or(0, |r| remaining(r.2));

    let table_rows = rows
        .iter()
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
    let takeaway = match (rows.first(), &input.bodies[..]) {
        (Some((_, _, top)), _) => ChartText::RemainingTakeaway.fill(
            lang,
            &[
                ("total", &int(total)),
                ("top", &int(largest)),
                ("share", &of_total(largest)),
                ("body", &top.abbreviation),
            ],
        ),
        (None, [only]) => {
            ChartText::RemainingTakeawayNoneOne.fill(lang, &[("body", &only.abbreviation)])
        }
        (None, all) => {
            ChartText::RemainingTakeawayNone.fill(lang, &[("n", &all.len().to_string())])
        }
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
            ChartText::RemainingTitleCapped.fill(lang, &values),
            format!(
                "{takeaway} {}",
                ChartText::RemainingCapped.fill(lang, &values)
            ),
            ChartText::RemainingDescriptionCapped.fill(lang, &values),
            ChartText::RemainingCaptionCapped.fill(lang, &values),
        )
    } else {
        (
            ChartText::RemainingTitle.get(lang).to_string(),
            takeaway,
            ChartText::RemainingDescription.fill(lang, &values),
            table.caption,
        )
    };
    let note = ChartText::RemainingNote.get(lang).to_string();
    ChartSpec {
        id: ChartId::Remaining,
        title,
        takeaway,
        source: theme::source_line(input, &[input.snapshot.table.question]),
        description: format!("{description} {note}"),
        note,
        chart: drawn.chart,
        table: DataTable {
            caption,
            rows: table_rows,
            ..table
        },
        height: drawn.height,
        click_targets: drawn.click_targets,
        series_offsets: drawn.series_offsets,
        points: drawn.points,
    }
}
