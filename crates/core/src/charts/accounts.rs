//! Accounts per body: one bar per body, its accounts on Open-Xchange and those still on Exchange
//! stacked, so a bar's length is all of the body's accounts; the most at the top. The few bodies
//! that dwarf the rest get a panel of their own (see `bars`).

use super::bars::{self, Part, Row};
use super::theme;
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::model::{remaining, Body, Totals};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let int = |n: u64| format::int(n, lang);
    let table = DataTable {
        caption: ChartText::AccountsCaption.get(lang).to_string(),
        columns: [
            ChartText::ColBody,
            ChartText::ColOx,
            ChartText::ColRemaining,
            ChartText::ColAll,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Accounts, input, ChartText::AccountsTitle, table);
    }

    let all_accounts = |b: &Body| u64::from(b.ox_accounts) + remaining(b);
    let mut bodies: Vec<(f64, usize, &Body)> = input
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (all_accounts(b) as f64, i, *b))
        .collect();
    // Many bodies: the chart keeps the largest.
    let all = bodies.len();
    let capped = theme::keep_first(&mut bodies, MAX_BARS, theme::Keep::Highest);
    // The most accounts at the top; ties in table order.
    crate::model::sort::sort_by(&mut bodies, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let bodies: Vec<&Body> = bodies.into_iter().map(|r| r.2).collect();

    let parts = [
        Part {
            name: ChartText::SeriesOx.get(lang).to_string(),
            colour: p.ox,
        },
        Part {
            name: ChartText::SeriesRemaining.get(lang).to_string(),
            colour: p.mse,
        },
    ];
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
        }
    };
    let (panels, _) = bars::panels(
        &bodies,
        |b| all_accounts(b),
        |b| row(b),
        bars::Headings {
            largest_one: ChartText::PanelLargestBody,
            largest: ChartText::PanelLargestBodies,
            others: ChartText::PanelOtherBodies,
        },
        lang,
    );
    let split = panels.len() > 1;
    let drawn = bars::draw(
        theme::base(input),
        &parts,
        panels,
        ChartText::AccountsAxis.get(lang),
        30,
        lang,
        &p,
    );

    let table_rows = bodies
        .iter()
        .map(|b| {
            let (ox, rest) = (u64::from(b.ox_accounts), remaining(b));
            DataRow {
                header: b.abbreviation.clone(),
                cells: vec![int(ox), int(rest), int(ox + rest)],
            }
        })
        .collect();

    let totals = Totals::of(input.bodies.iter().copied());
    let (shown, all) = (int(bodies.len() as u64), int(all as u64));
    let values = [
        ("n", shown.as_str()),
        ("all", all.as_str()),
        ("ox", &int(totals.ox_accounts)),
        ("rest", &int(totals.remaining())),
    ];
    let (title, takeaway, description, caption) = if capped {
        (
            ChartText::AccountsTitleCapped.fill(lang, &values),
            format!(
                "{} {}",
                takeaway(input),
                ChartText::AccountsCapped.fill(lang, &values)
            ),
            ChartText::AccountsDescriptionCapped.fill(lang, &values),
            ChartText::AccountsCaptionCapped.fill(lang, &values),
        )
    } else {
        (
            ChartText::AccountsTitle.get(lang).to_string(),
            takeaway(input),
            ChartText::AccountsDescription.fill(lang, &values),
            table.caption,
        )
    };
    let note = if split {
        format!(
            "{} {}",
            ChartText::AccountsNote.get(lang),
            ChartText::PanelsNote.get(lang)
        )
    } else {
        ChartText::AccountsNote.get(lang).to_string()
    };
    ChartSpec {
        id: ChartId::Accounts,
        title,
        takeaway,
        description: format!("{description} {note}"),
        note,
        source: theme::source_line(input, &[input.snapshot.table.question]),
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
