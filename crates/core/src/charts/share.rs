//! Share migrated per body: one horizontal bar per body, the recomputed share, highest at the top.

use super::bar_chart::{BarChart, Capped, Words};
use super::bars::Drawn;
use super::ranking::{self, ranked, Keep, Ranked};
use super::theme::{self, share_opt_text, share_text, Ticks};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, MAX_BARS};
use crate::format;
use crate::i18n::ChartText;
use crate::i18n::Lang;
use crate::model::{ox_share, remaining, Body};
use charming::element::ItemStyle;
use charming::series::Bar;

/// Bodies at or below this share are highlighted; the takeaway counts those above it.
const THRESHOLD: f64 = 90.0;

const CHART: BarChart = BarChart {
    id: ChartId::Share,
    title: ChartText::ShareTitle,
    caption: ChartText::ShareCaption,
    columns: &[
        ChartText::ColBody,
        ChartText::ColOx,
        ChartText::ColRemaining,
        ChartText::ColAll,
        ChartText::ColShare,
    ],
    capped: Some(Capped {
        title: ChartText::ShareTitleCapped,
        sentence: ChartText::ShareCapped,
        caption: ChartText::ShareCaptionCapped,
    }),
};

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    if input.bodies.is_empty() {
        return CHART.empty(input);
    }

    // Bottom to top: lowest share first; bodies without accounts below everything.
    let mut rows = ranked(input.bodies.iter().copied(), |b| {
        ox_share(b).unwrap_or(-1.0)
    });
    ranking::sort_ascending(&mut rows);
    // The takeaway speaks of every body of the selection, drawn or not.
    let takeaway = takeaway(&rows, input);
    // Many bodies: the chart keeps those furthest from done. Bodies without accounts have no
    // share to rank; the table lists them.
    let all = rows.len();
    if all > MAX_BARS {
        rows.retain(|r| ox_share(r.item).is_some());
        if ranking::keep_first(&mut rows, MAX_BARS, Keep::Lowest) {
            ranking::sort_ascending(&mut rows);
        }
    }
    let capped = (all > MAX_BARS).then(|| Counts {
        shown: format::int(rows.len() as u64, lang),
        all: format::int(all as u64, lang),
    });

    let mut data = Vec::with_capacity(rows.len());
    let mut rest = Vec::with_capacity(rows.len());
    let mut spoken = Vec::with_capacity(rows.len());
    for (index, body) in rows.iter().map(|r| r.item).enumerate() {
        let share = ox_share(body);
        let printed = printed_differs(body, lang);
        // Read out as the tooltip shows it: with the printed value where that differs.
        let with_printed = |text: String| match &printed {
            Some(printed) => {
                ChartText::ShareTipPrinted.fill(lang, &[("tip", &text), ("printed", printed)])
            }
            None => text,
        };
        spoken.push((
            with_printed(share_line(ChartText::ShareSay, body, lang)),
            vec![0],
        ));
        let tip = with_printed(share_line(ChartText::ShareTip, body, lang));
        let label = match &printed {
            Some(_) => {
                ChartText::ShareMarked.fill(lang, &[("share", &share_opt_text(share, lang))])
            }
            None => share_opt_text(share, lang),
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

    let labels: Vec<String> = rows.iter().map(|r| r.item.abbreviation.clone()).collect();
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
    let drawn = Drawn {
        chart,
        height: theme::height(rows.len(), 24, 72),
        click_targets: rows
            .iter()
            .map(|r| ClickTarget::Body(r.item.abbreviation.clone()))
            .collect(),
        series_offsets: Vec::new(),
        points: theme::bar_points(spoken, false),
    };

    // Drawn from the bottom up: the table lists the bars from the top.
    let table_rows = rows
        .iter()
        .rev()
        .map(|r| {
            let b = r.item;
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

    let printed: Vec<String> = rows
        .iter()
        .rev()
        .filter_map(|r| {
            let b = r.item;
            printed_differs(b, lang).map(|p| format!("{} {p}", b.abbreviation))
        })
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
    let counts = capped
        .as_ref()
        .map(|c| [("n", c.shown.as_str()), ("all", c.all.as_str())]);
    let words = Words {
        takeaway,
        description: description(&rows, capped.as_ref(), input),
        note,
        capped: counts.as_ref().map(|c| &c[..]),
    };
    CHART.spec(input, drawn, table_rows, words)
}

/// `text` (the tooltip's, the keyboard's, the takeaway of one body) filled with `body`'s share
/// and accounts.
fn share_line(text: ChartText, body: &Body, lang: Lang) -> String {
    let Some(share) = ox_share(body) else {
        return ChartText::ShareTipNone.fill(lang, &[("body", &body.abbreviation)]);
    };
    let ox = u64::from(body.ox_accounts);
    text.fill(
        lang,
        &[
            ("body", &body.abbreviation),
            ("share", &share_text(share, lang)),
            ("ox", &format::int(ox, lang)),
            ("all", &format::int(ox + remaining(body), lang)),
        ],
    )
}

/// The share the paper prints for `b`, when it is not what one decimal of the recomputed share
/// shows: the bar is labelled with a marker and the note says what is printed.
fn printed_differs(b: &Body, lang: Lang) -> Option<String> {
    let recomputed = share_text(ox_share(b)?, lang);
    let printed = format::share(b.ox_share_published, lang);
    (recomputed != printed).then_some(printed)
}

/// A body with accounts, and its share.
struct BodyShare<'a> {
    share: f64,
    body: &'a Body,
}

/// The bodies with accounts, lowest share first (as sorted for drawing).
fn with_shares<'a>(rows: &[Ranked<&'a Body>]) -> Vec<BodyShare<'a>> {
    rows.iter()
        .filter_map(|r| {
            ox_share(r.item).map(|share| BodyShare {
                share,
                body: r.item,
            })
        })
        .collect()
}

fn takeaway(rows: &[Ranked<&Body>], input: &ChartInput) -> String {
    let lang = input.lang;
    let shares = with_shares(rows);
    let (Some(lowest), Some(_)) = (shares.first(), shares.last()) else {
        return ChartText::NoBody.get(lang).to_string();
    };
    if shares.len() == 1 {
        return share_line(ChartText::ShareTakeawayOne, lowest.body, lang);
    }
    let n = format::int(shares.len() as u64, lang);
    if lowest.share >= 100.0 {
        return ChartText::ShareTakeawayAll.fill(lang, &[("n", &n)]);
    }
    let above = shares.iter().filter(|s| s.share > THRESHOLD).count();
    ChartText::ShareTakeaway.fill(
        lang,
        &[
            ("above", &format::int(above as u64, lang)),
            ("n", &n),
            ("threshold", &format::percent(THRESHOLD, 0, lang)),
            ("lowest", &lowest.body.abbreviation),
            ("share", &share_text(lowest.share, lang)),
        ],
    )
}

/// How many bodies a capped chart draws, of how many, formatted for the reader's language.
struct Counts {
    shown: String,
    all: String,
}

/// `rows`: the bodies drawn.
fn description(rows: &[Ranked<&Body>], capped: Option<&Counts>, input: &ChartInput) -> String {
    let lang = input.lang;
    let shares = with_shares(rows);
    let (Some(min), Some(max)) = (shares.first(), shares.last()) else {
        return ChartText::NoData.get(lang).to_string();
    };
    let n = format::int(rows.len() as u64, lang);
    let (min_share, max_share) = (share_text(min.share, lang), share_text(max.share, lang));
    let threshold = format::percent(THRESHOLD, 0, lang);
    let mut values = vec![
        ("n", n.as_str()),
        ("min", &min_share),
        ("min_body", &min.body.abbreviation),
        ("max", &max_share),
        ("max_body", &max.body.abbreviation),
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
