//! Accounts per body: Open-Xchange and still on Exchange side by side, on a logarithmic axis
//! (the largest body has more than a thousand times the accounts of the smallest).

use super::theme;
use super::theme::Keep;
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable, MAX_BARS};
use crate::format;
use crate::i18n::C;
use crate::model::{remaining, Body, Totals};
use charming::element::ItemStyle;
use charming::series::Bar;

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let table = DataTable {
        caption: C::AccountsCaption.get(lang).to_string(),
        columns: [C::ColBody, C::ColOx, C::ColRemaining, C::ColAll]
            .iter()
            .map(|c| c.get(lang).to_string())
            .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Accounts, input, C::AccountsTitle, table);
    }

    // Bottom to top: fewest accounts first, so the biggest body is drawn at the top.
    let mut rows: Vec<(f64, usize, &Body)> = input
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| ((u64::from(b.ox_accounts) + remaining(b)) as f64, i, *b))
        .collect();
    // Many bodies: the chart keeps the largest.
    let all = rows.len();
    let capped = theme::keep_first(&mut rows, MAX_BARS, Keep::Highest);
    theme::sort_ascending(&mut rows);

    let (mut ox_data, mut rest_data) = (Vec::new(), Vec::new());
    let mut spoken = Vec::with_capacity(rows.len());
    for (index, (_, _, b)) in rows.iter().enumerate() {
        let ox = u64::from(b.ox_accounts);
        let rest = remaining(b);
        let (ox_text, rest_text) = (format::int(ox, lang), format::int(rest, lang));
        let announcement = C::AccountsSay.fill(
            lang,
            &[
                ("body", &b.abbreviation),
                ("ox", &ox_text),
                ("rest", &rest_text),
                ("all", &format::int(ox + rest, lang)),
            ],
        );
        // A zero has no bar on the log axis: the tooltip is shown at the other one.
        spoken.push((announcement, if ox > 0 { vec![0, 1] } else { vec![1, 0] }));
        // One tooltip line per series; zero cannot be drawn on a log axis, so it has no bar
        // but keeps its exact 0 in the tooltip line and the table.
        let tip_ox = C::AccountsTipOx.fill(lang, &[("body", &b.abbreviation), ("ox", &ox_text)]);
        let tip_rest = C::AccountsTipRest.fill(
            lang,
            &[("rest", &rest_text), ("all", &format::int(ox + rest, lang))],
        );
        ox_data.push(theme::bar_item(theme::positive(ox), index, ox_text, tip_ox));
        rest_data.push(theme::bar_item(
            theme::positive(rest),
            index,
            rest_text,
            tip_rest,
        ));
    }

    let totals = Totals::of(input.bodies.iter().copied());
    let max = rows
        .iter()
        .map(|(_, _, b)| u64::from(b.ox_accounts).max(remaining(b)))
        .max()
        .unwrap_or(1);
    let (ox_name, rest_name) = (C::SeriesOx.get(lang), C::SeriesRemaining.get(lang));
    let labels: Vec<String> = rows.iter().map(|r| r.2.abbreviation.clone()).collect();
    let chart = theme::base(input)
        .grid(theme::grid(36.0))
        .legend(theme::legend(vec![ox_name.into(), rest_name.into()], &p))
        .tooltip(theme::axis_tooltip(2))
        .y_axis(theme::category_axis(labels, false, &p))
        .x_axis(theme::log_axis(max, lang, &p))
        .series(
            Bar::new()
                .name(ox_name)
                .item_style(ItemStyle::new().color(p.ox))
                .emphasis(theme::emphasis(&p))
                .label(theme::end_label(&p))
                .data(ox_data),
        )
        .series(
            Bar::new()
                .name(rest_name)
                .item_style(ItemStyle::new().color(p.mse))
                .emphasis(theme::emphasis(&p))
                .label(theme::end_label(&p))
                .data(rest_data),
        );

    let table_rows = rows
        .iter()
        .rev()
        .map(|(_, _, b)| {
            let (ox, rest) = (u64::from(b.ox_accounts), remaining(b));
            DataRow {
                header: b.abbreviation.clone(),
                cells: vec![
                    format::int(ox, lang),
                    format::int(rest, lang),
                    format::int(ox + rest, lang),
                ],
            }
        })
        .collect();

    let (shown, all) = (
        format::int(rows.len() as u64, lang),
        format::int(all as u64, lang),
    );
    let values = [
        ("n", shown.as_str()),
        ("all", all.as_str()),
        ("ox", &format::int(totals.ox_accounts, lang)),
        ("rest", &format::int(totals.remaining(), lang)),
    ];
    let (title, takeaway, description, caption) = if capped {
        (
            C::AccountsTitleCapped.fill(lang, &values),
            format!(
                "{} {}",
                takeaway(input),
                C::AccountsCapped.fill(lang, &values)
            ),
            C::AccountsDescriptionCapped.fill(lang, &values),
            C::AccountsCaptionCapped.fill(lang, &values),
        )
    } else {
        (
            C::AccountsTitle.get(lang).to_string(),
            takeaway(input),
            C::AccountsDescription.fill(lang, &values),
            table.caption,
        )
    };
    ChartSpec {
        id: ChartId::Accounts,
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
        height: theme::height(rows.len(), 34, 96),
        click_targets: rows
            .iter()
            .map(|r| ClickTarget::Body(r.2.abbreviation.clone()))
            .collect(),
        points: theme::bar_points(spoken, false),
    }
}

fn takeaway(input: &ChartInput) -> String {
    let lang = input.lang;
    let int = |n: u32| format::int(u64::from(n), lang);
    if let [b] = input.bodies.as_slice() {
        return C::AccountsTakeawayOne.fill(
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
        (Some(most), Some(least)) => C::AccountsTakeaway.fill(
            lang,
            &[
                ("most", &most.abbreviation),
                ("most_ox", &int(most.ox_accounts)),
                ("least", &least.abbreviation),
                ("least_ox", &int(least.ox_accounts)),
            ],
        ),
        _ => C::NoBody.get(lang).to_string(),
    }
}
