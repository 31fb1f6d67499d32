//! Where the remaining accounts are: Exchange accounts and resource accounts stacked per body,
//! only bodies with any left, the most at the top.

use super::bar_chart::{BarChart, Capped, Words};
use super::bars::{Part, Row, Stack};
use super::ranking::{self, ranked};
use super::theme::share_text;
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::model::remaining;

const CHART: BarChart = BarChart {
    id: ChartId::Remaining,
    title: ChartText::RemainingTitle,
    caption: ChartText::RemainingCaption,
    columns: &[
        ChartText::ColBody,
        ChartText::ColMse,
        ChartText::ColMseRes,
        ChartText::ColTotalRemaining,
        ChartText::ColShareOfRemaining,
    ],
    capped: Some(Capped {
        title: ChartText::RemainingTitleCapped,
        sentence: ChartText::RemainingCapped,
        caption: ChartText::RemainingCaptionCapped,
    }),
};

const STACK: Stack = Stack {
    parts: &[Part::Mse, Part::MseRes],
    axis: ChartText::RemainingAxis,
    per_row: 26,
    // One scale: the largest has a few times the others, not hundreds.
    headings: None,
};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let int = |n: u64| format::int(n, lang);
    if input.bodies.is_empty() {
        return CHART.empty(input);
    }

    let mut rows = ranked(
        input.bodies.iter().copied().filter(|b| remaining(b) > 0),
        |b| remaining(b) as f64,
    );
    if rows.is_empty() {
        // Nothing left to draw: no empty axes, the chart says so.
        return CHART.empty_saying(input, none_left(input));
    }
    // Totals and shares count every body with accounts left, drawn or not.
    let total: u64 = rows.iter().map(|r| remaining(r.item)).sum();
    let of_total = |n: u64| share_text(n as f64 * 100.0 / total.max(1) as f64, lang);
    let with_rest = rows.len();
    // Many bodies: the chart keeps those with the most accounts left, the most at the top.
    let capped = ranking::keep_highest(&mut rows, MAX_BARS);

    let bars_rows = rows
        .iter()
        .map(|r| {
            let b = r.item;
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
                table_row: DataRow {
                    header: b.abbreviation.clone(),
                    cells: vec![int(m), int(r), int(m + r), of_total(m + r)],
                },
            }
        })
        .collect();
    let stacked = STACK.draw(input, bars_rows);

    let largest = rows.first().map_or(0, |r| remaining(r.item));
    let takeaway = match rows.first() {
        Some(top) => ChartText::RemainingTakeaway.fill(
            lang,
            &[
                ("total", &int(total)),
                ("top", &int(largest)),
                ("share", &of_total(largest)),
                ("body", &top.item.abbreviation),
            ],
        ),
        None => none_left(input),
    };

    let n = rows.len();
    let shown: u64 = rows.iter().map(|r| remaining(r.item)).sum();
    let values = [
        ("n", int(n as u64)),
        ("all", int(with_rest as u64)),
        ("total", int(total)),
        ("shown", int(shown)),
        ("zero", int((input.bodies.len() - with_rest) as u64)),
        ("others", int((with_rest - n) as u64)),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let description = if capped {
        ChartText::RemainingDescriptionCapped
    } else {
        ChartText::RemainingDescription
    };
    let words = Words {
        takeaway,
        description: description.fill(lang, &values),
        note: ChartText::RemainingNote.get(lang).to_string(),
        capped: capped.then_some(&values[..]),
    };
    CHART.spec(input, stacked.drawn, stacked.table_rows, words)
}

/// What the chart says when no body the filters leave has accounts left.
fn none_left(input: &ChartInput) -> String {
    let lang = input.lang;
    match &input.bodies[..] {
        [only] => ChartText::RemainingTakeawayNoneOne.fill(lang, &[("body", &only.abbreviation)]),
        all => ChartText::RemainingTakeawayNone.fill(lang, &[("n", &all.len().to_string())]),
    }
}
