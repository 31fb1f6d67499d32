//! Share migrated per body: one horizontal bar per body, the recomputed share, highest at the top.

use super::theme::{self, share_opt_text, share_text, Keep, Ticks};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, DataTable, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::i18n::Lang;
use crate::model::{ox_share, remaining, Body};
use charming::element::ItemStyle;
use charming::series::Bar;

/// Bodies at or below this share are highlighted; the takeaway counts those above it.
const THRESHOLD: f64 = 90.0;

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let table = DataTable {
        caption: ChartText::ShareCaption.get(lang).to_string(),
        columns: [
            ChartText::ColBody,
            ChartText::ColOx,
            ChartText::ColRemaining,
            ChartText::ColAll,
            ChartText::ColShare,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: Vec::new(),
    };
    if input.bodies.is_empty() {
        return theme::empty(ChartId::Share, input, ChartText::ShareTitle, table);
    }

    // Bottom to top: lowest share first; bodies without accounts below everything.
    let mut rows: Vec<(f64, usize, &Body)> = input
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (ox_share(b).unwrap_or(-1.0), i, *b))
        .collect();
    theme::sort_ascending(&mut rows);
    // The takeaway speaks of every body of the selection, drawn or not.
    let takeaway = takeaway(&rows, input);
    // Many bodies: the chart keeps those furthest from done. Bodies without accounts have no
    // share to rank; the table lists them.
    let all = rows.len();
    if all > MAX_BARS {
        rows.retain(|r| ox_share(r.2).is_some());
        if theme::keep_first(&mut rows, MAX_BARS, Keep::Lowest) {
            theme::sort_ascending(&mut rows);
        }
    }
    let capped = (all > MAX_BARS).then(|| Capped {
        shown: format::int(rows.len() as u64, lang),
        all: format::int(all as u64, lang),
    });

    let mut data = Vec::with_capacity(rows.len());
    let mut rest = Vec::with_capacity(rows.len());
    let mut spoken = Vec::with_capacity(rows.len());
    for (index, (_, _, body)) in rows.iter().enumerate() {
        let share = ox_share(body);
        let all = u64::from(body.ox_accounts) + remaining(body);
        let announcement = match share {
            Some(s) => ChartText::ShareSay.fill(
                lang,
                &[
                    ("body", &body.abbreviation),
                    ("share", &share_text(s, lang)),
                    ("ox", &format::int(u64::from(body.ox_accounts), lang)),
                    ("all", &format::int(all, lang)),
                ],
            ),
            None => ChartText::ShareTipNone.fill(lang, &[("body", &body.abbreviation)]),
        };
        let printed = printed_differs(body, lang);
        // Read out as the tooltip shows it: with the printed value where that differs.
        let announcement = match &printed {
            Some(printed) => ChartText::ShareTipPrinted
                .fill(lang, &[("tip", &announcement), ("printed", printed)]),
            None => announcement,
        };
        spoken.push((announcement, vec![0]));
        let tip = match share {
            Some(s) => ChartText::ShareTip.fill(
                lang,
                &[
                    ("body", &body.abbreviation),
                    ("share", &share_text(s, lang)),
                    ("ox", &format::int(u64::from(body.ox_accounts), lang)),
                    ("all", &format::int(all, lang)),
                ],
            ),
            None => ChartText::ShareTipNone.fill(lang, &[("body", &body.abbreviation)]),
        };
        let (tip, label) = match &printed {
            Some(printed) => (
                ChartText::ShareTipPrinted.fill(lang, &[("tip", &tip), ("printed", printed)]),
                ChartText::ShareMarked.fill(lang, &[("share", &share_opt_text(share, lang))]),
            ),
            None => (tip, share_opt_text(share, lang)),
        };
        // The rest of the way to 100 %, drawn invisibly, carries the number: so every number
        // stands in one column right of 100 %, and the threshold line never crosses one.
        rest.push(theme::bar_item(
            share.map(|s| 100.0 - s),
            index,
            label.clone(),
            tip.clone(),
        ));
        let mut item = theme::bar_item(share, index, label, tip);
        if share.is_some_and(|s| s <= THRESHOLD) {
            item = item.item_style(ItemStyle::new().color(p.highlight));
        }
        data.push(item);
    }

    let labels: Vec<String> = rows.iter().map(|r| r.2.abbreviation.clone()).collect();
    let [values, numbers] = theme::linear_axes(
        Ticks::for_max(100),
        0,
        Some(ChartText::ShareAxis.get(lang).to_string()),
        |v| format::percent(v as f64, 0, lang),
        &p,
    );
    let chart = theme::base(input)
        .grid(theme::grid(16.0))
        .tooltip(theme::axis_tooltip(1))
        .y_axis(theme::category_axis(labels, false, &p))
        .x_axis(values)
        .x_axis(numbers)
        .series(
            Bar::new()
                .name(ChartText::ShareSeries.get(lang))
                .stack("share")
                .item_style(ItemStyle::new().color(p.ox))
                .emphasis(theme::emphasis(&p))
                .mark_line(theme::threshold_line(
                    THRESHOLD,
                    format::percent(THRESHOLD, 0, lang),
                    &p,
                ))
                .data(data),
        )
        .series(
            Bar::new()
                .name(ChartText::ShareRest.get(lang))
                .stack("share")
                .item_style(ItemStyle::new().opacity(0.0))
                .label(theme::end_label(&p))
                .data(rest),
        );

    let table_rows = rows
        .iter()
        .rev()
        .map(|(_, _, b)| {
            let rest = remaining(b);
            let ox = u64::from(b.ox_accounts);
            DataRow {
                header: b.abbreviation.clone(),
                cells: vec![
                    format::int(ox, lang),
                    format::int(rest, lang),
                    format::int(ox + rest, lang),
                    share_opt_text(ox_share(b), lang),
                ],
            }
        })
        .collect();

    let (title, takeaway, caption) = match &capped {
        None => (
            ChartText::ShareTitle.get(lang).to_string(),
            takeaway,
            table.caption,
        ),
        Some(c) => {
            let values = [("n", c.shown.as_str()), ("all", c.all.as_str())];
            (
                ChartText::ShareTitleCapped.fill(lang, &values),
                format!("{takeaway} {}", ChartText::ShareCapped.fill(lang, &values)),
                ChartText::ShareCaptionCapped.fill(lang, &values),
            )
        }
    };
    let printed: Vec<String> = rows
        .iter()
        .rev()
        .filter_map(|(_, _, b)| printed_differs(b, lang).map(|p| format!("{} {p}", b.abbreviation)))
        .collect();
    let note = if printed.is_empty() {
        ChartText::ShareNote.get(lang).to_string()
    } else {
        format!(
            "{} {}",
            ChartText::ShareNote.get(lang),
            ChartText::ShareNotePrinted.fill(lang, &[("list", &printed.join(", "))])
        )
    };
    ChartSpec {
        id: ChartId::Share,
        title,
        takeaway,
        source: theme::source_line(input, &[input.snapshot.table.question]),
        description: format!("{} {note}", description(&rows, capped.as_ref(), input)),
        note,
        chart,
        table: DataTable {
            caption,
            rows: table_rows,
            ..table
        },
        height: theme::height(rows.len(), 24, 72),
        click_targets: rows
            .iter()
            .map(|r| ClickTarget::Body(r.2.abbreviation.clone()))
            .collect(),
        series_offsets: Vec::new(),
        points: theme::bar_points(spoken, false),
    }
}

/// The share the paper prints for `b`, when it is not what one decimal of the recomputed share
/// shows: the bar is labelled with a marker and the note says what is printed.
fn printed_differs(b: &Body, lang: Lang) -> Option<String> {
    let recomputed = share_text(ox_share(b)?, lang);
    let printed = format::share(b.ox_share_published, lang);
    (recomputed != printed).then_some(printed)
}

/// The bodies with accounts, lowest share first (as sorted for drawing).
fn with_shares<'a>(rows: &[(f64, usize, &'a Body)]) -> Vec<(f64, &'a Body)> {
    rows.iter()
        .filter_map(|(_, _, b)| ox_share(b).map(|s| (s, *b)))
        .collect()
}

fn takeaway(rows: &[(f64, usize, &Body)], input: &ChartInput) -> String {
    let lang = input.lang;
    let shares = with_shares(rows);
    let (Some(lowest), Some(_)) = (shares.first(), shares.last()) else {
        return ChartText::NoBody.get(lang).to_string();
    };
    if shares.len() == 1 {
        let b = lowest.1;
        let ox = u64::from(b.ox_accounts);
        return ChartText::ShareTakeawayOne.fill(
            lang,
            &[
                ("body", &b.abbreviation),
                ("share", &share_text(lowest.0, lang)),
                ("ox", &format::int(ox, lang)),
                ("all", &format::int(ox + remaining(b), lang)),
            ],
        );
    }
    let n = format::int(shares.len() as u64, lang);
    if lowest.0 >= 100.0 {
        return ChartText::ShareTakeawayAll.fill(lang, &[("n", &n)]);
    }
    let above = shares.iter().filter(|(s, _)| *s > THRESHOLD).count();
    ChartText::ShareTakeaway.fill(
        lang,
        &[
            ("above", &format::int(above as u64, lang)),
            ("n", &n),
            ("threshold", &format::percent(THRESHOLD, 0, lang)),
            ("lowest", &lowest.1.abbreviation),
            ("share", &share_text(lowest.0, lang)),
        ],
    )
}

/// How many bodies a capped chart draws, of how many, formatted for the reader's language.
struct Capped {
    shown: String,
    all: String,
}

/// `rows`: the bodies drawn.
fn description(
    rows: &[(f64, usize, &Body)],
    capped: Option<&Capped>,
    input: &ChartInput,
) -> String {
    let lang = input.lang;
    let shares = with_shares(rows);
    let (Some(min), Some(max)) = (shares.first(), shares.last()) else {
        return ChartText::NoData.get(lang).to_string();
    };
    let n = format::int(rows.len() as u64, lang);
    let (min_share, max_share) = (share_text(min.0, lang), share_text(max.0, lang));
    let threshold = format::percent(THRESHOLD, 0, lang);
    let mut values = vec![
        ("n", n.as_str()),
        ("min", &min_share),
        ("min_body", &min.1.abbreviation),
        ("max", &max_share),
        ("max_body", &max.1.abbreviation),
        ("threshold", &threshold),
    ];
    match capped {
        None => ChartText::ShareDescription.fill(lang, &values),
        Some(c) => {
            values[0].1 = &c.shown;
            values.push(("all", &c.all));
            ChartText::ShareDescriptionCapped.fill(lang, &values)
        }
    }
}
