//! Accounts per body: one bar per body, its accounts on Open-Xchange and those still on Exchange
//! stacked, so a bar's length is all of the body's accounts; the most at the top. The few bodies
//! that dwarf the rest get a panel of their own (see `bars`).

use super::bar_chart::{BarChart, Capped, Words};
use super::bars::{Headings, Part, Row, Stack};
use super::ranking::{self, ranked};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::model::{remaining, Body, Totals};

const CHART: BarChart = BarChart {
    id: ChartId::Accounts,
    title: ChartText::AccountsTitle,
    caption: ChartText::AccountsCaption,
    columns: &[
        ChartText::ColBody,
        ChartText::ColOx,
        ChartText::ColRemaining,
        ChartText::ColAll,
    ],
    capped: Some(Capped {
        title: ChartText::AccountsTitleCapped,
        sentence: ChartText::AccountsCapped,
        caption: ChartText::AccountsCaptionCapped,
    }),
};

const STACK: Stack = Stack {
    parts: &[Part::Ox, Part::Remaining],
    axis: ChartText::AccountsAxis,
    per_row: 30,
    headings: Some(Headings {
        largest_one: ChartText::PanelLargestBody,
        largest: ChartText::PanelLargestBodies,
        others: ChartText::PanelOtherBodies,
    }),
};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let int = |n: u64| format::int(n, lang);
    if input.bodies.is_empty() {
        return CHART.empty(input);
    }

    let mut bodies = ranked(input.bodies.iter().copied(), |b| {
        (u64::from(b.ox_accounts) + remaining(b)) as f64
    });
    // Many bodies: the chart keeps the largest, the most accounts at the top.
    let capped = ranking::keep_highest(&mut bodies, MAX_BARS);

    let row = |b: &Body| {
        let (ox, rest) = (u64::from(b.ox_accounts), remaining(b));
        let (ox_text, rest_text, all_text) = (int(ox), int(rest), int(ox + rest));
        let body = b.abbreviation.as_str();
        Row {
            label: b.abbreviation.clone(),
            values: vec![ox, rest],
            tips: vec![
                ChartText::AccountsTipOx.fill(lang, &[("body", body), ("ox", &ox_text)]),
                ChartText::AccountsTipRest.fill(lang, &[("rest", &rest_text), ("all", &all_text)]),
            ],
            end_label: all_text.clone(),
            announcement: ChartText::AccountsSay.fill(
                lang,
                &[
                    ("body", body),
                    ("ox", &ox_text),
                    ("rest", &rest_text),
                    ("all", &all_text),
                ],
            ),
            target: ClickTarget::Body(b.abbreviation.clone()),
            table_row: DataRow {
                header: b.abbreviation.clone(),
                cells: vec![ox_text, rest_text, all_text],
            },
        }
    };
    let stacked = STACK.draw(input, bodies.iter().map(|r| row(r.item)).collect());

    let totals = Totals::of(input.bodies.iter().copied());
    let (shown, all) = (int(bodies.len() as u64), int(input.bodies.len() as u64));
    let values = [
        ("n", shown.as_str()),
        ("all", all.as_str()),
        ("ox", &int(totals.ox_accounts)),
        ("rest", &int(totals.remaining())),
    ];
    let description = if capped {
        ChartText::AccountsDescriptionCapped
    } else {
        ChartText::AccountsDescription
    };
    let words = Words {
        takeaway: takeaway(input),
        description: description.fill(lang, &values),
        note: stacked.note(ChartText::AccountsNote, ChartText::AccountsNote, lang),
        capped: capped.then_some(&values[..]),
    };
    CHART.spec(input, stacked.drawn, stacked.table_rows, words)
}

fn takeaway(input: &ChartInput) -> String {
    let lang = input.lang;
    let int = |n: u32| format::int(u64::from(n), lang);
    if let [b] = input.bodies.as_slice() {
        return ChartText::AccountsTakeawayOne.fill(
            lang,
            &[
                ("body", &b.abbreviation),
                ("ox", &int(b.ox_accounts)),
                ("rest", &format::int(remaining(b), lang)),
            ],
        );
    }
    // Ties go to the body printed first.
    let bodies = input.bodies.iter().copied();
    let most = bodies
        .clone()
        .reduce(|a, b| if b.ox_accounts > a.ox_accounts { b } else { a });
    let least = bodies.reduce(|a, b| if b.ox_accounts < a.ox_accounts { b } else { a });
    match (most, least) {
        (Some(most), Some(least)) => ChartText::AccountsTakeaway.fill(
            lang,
            &[
                ("most", &most.abbreviation),
                ("most_ox", &int(most.ox_accounts)),
                ("least", &least.abbreviation),
                ("least_ox", &int(least.ox_accounts)),
            ],
        ),
        _ => ChartText::NoBody.get(lang).to_string(),
    }
}
