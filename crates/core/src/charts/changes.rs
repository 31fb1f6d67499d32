//! What changed since the previous answer: one bar per body whose accounts on Open-Xchange
//! changed, the change drawn from zero (more to the right, fewer to the left), the largest gain
//! at the top. Drawn from both answers whole, whatever the filters (like the section it belongs
//! to); bodies whose figures did not change are left out (the section's table lists renames).

use super::bar_chart::{BarChart, Capped, Words};
use super::bars::Drawn;
use super::ranking::{self, ranked};
use super::theme::{self, SignedTicks};
use super::{ChartId, ChartInput, ChartSpec, ClickTarget, DataRow, Item, MAX_BARS};
use crate::changes::{changes, BodyChange};
use crate::format;
use crate::i18n::{ChartText, Lang};
use charming::component::Grid;
use charming::element::{ItemStyle, Label, LabelPosition};
use charming::series::Bar;

const CHART: BarChart = BarChart {
    id: ChartId::Changes,
    title: ChartText::ChangesTitle,
    caption: ChartText::ChangesCaption,
    columns: &[
        ChartText::ColBody,
        ChartText::ColOxBefore,
        ChartText::ColOxAfter,
        ChartText::ColOxChange,
        ChartText::ColExBefore,
        ChartText::ColExAfter,
    ],
    capped: Some(Capped {
        title: ChartText::ChangesTitleCapped,
        sentence: ChartText::ChangesCapped,
        caption: ChartText::ChangesCaptionCapped,
    }),
};

const PER_ROW: u32 = 30;

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let Some(previous) = input.previous else {
        return CHART.empty_saying(input, ChartText::ChangesNothing.get(lang).to_string());
    };
    let all = changes(previous, input.snapshot);
    let moved: Vec<&BodyChange> = all.rows.iter().filter(|r| r.ox_delta() != 0).collect();
    let since = format::date(&previous.source.date, lang);
    let source = sources(input, previous);
    if moved.is_empty() {
        let mut spec = CHART.empty_saying(
            input,
            ChartText::ChangesNone.fill(lang, &[("date", &since)]),
        );
        spec.source = source;
        return spec;
    }

    // Many bodies: the chart keeps the largest changes, either way.
    let mut rows = ranked(moved.iter().copied(), |r| {
        r.ox_delta().unsigned_abs() as f64
    });
    let capped = ranking::keep_highest(&mut rows, MAX_BARS);
    crate::model::sort::sort_by(&mut rows, |a, b| {
        b.item
            .ox_delta()
            .cmp(&a.item.ox_delta())
            .then(a.position.cmp(&b.position))
    });
    let rows: Vec<&BodyChange> = rows.into_iter().map(|r| r.item).collect();
    let drawn = draw(input, &rows);

    let total: i64 = all.rows.iter().map(BodyChange::ox_delta).sum();
    let (shown, all_moved) = (
        format::int(rows.len() as u64, lang),
        format::int(moved.len() as u64, lang),
    );
    let total_text = format::signed(total, lang);
    let values = [
        ("n", shown.as_str()),
        ("all", all_moved.as_str()),
        ("date", since.as_str()),
        ("total", total_text.as_str()),
    ];
    let description = match capped {
        true => ChartText::ChangesDescriptionCapped,
        false => ChartText::ChangesDescription,
    };
    let words = Words {
        takeaway: takeaway(&moved, total, &since, lang),
        description: description.fill(lang, &values),
        note: ChartText::ChangesNote.fill(lang, &[("date", &since)]),
        capped: capped.then_some(&values[..]),
    };
    let table_rows = rows.iter().map(|r| table_row(r, lang)).collect();
    let mut spec = CHART.spec(input, drawn, table_rows, words);
    spec.source = source;
    spec
}

/// Both answers, the earlier first: the chart compares them.
fn sources(input: &ChartInput, previous: &crate::model::Snapshot) -> String {
    let lang = input.lang;
    let (a, b) = (&previous.source, &input.snapshot.source);
    ChartText::ChangesSource.fill(
        lang,
        &[
            ("parliament", b.parliament.as_str()),
            ("before", a.number.as_str()),
            ("before_date", &format::date(&a.date, lang)),
            ("before_question", &previous.table.question.to_string()),
            ("after", b.number.as_str()),
            ("after_date", &format::date(&b.date, lang)),
            ("after_question", &input.snapshot.table.question.to_string()),
        ],
    )
}

/// "Seit dem 24. März 2026: +173 Konten auf Open-Xchange, am meisten bei Justiz (+150); weniger
/// bei 1 Behörde (StK)."
fn takeaway(moved: &[&BodyChange], total: i64, since: &str, lang: Lang) -> String {
    // Ties go to the body printed first.
    let most = moved
        .iter()
        .copied()
        .reduce(|a, b| if b.ox_delta() > a.ox_delta() { b } else { a });
    let fewer: Vec<String> = moved
        .iter()
        .filter(|r| r.ox_delta() < 0)
        .map(|r| r.name())
        .collect();
    let total_text = format::signed(total, lang);
    let mut text = match most.filter(|m| m.ox_delta() > 0) {
        Some(m) => ChartText::ChangesTakeaway.fill(
            lang,
            &[
                ("date", since),
                ("total", &total_text),
                ("most", &m.name()),
                ("most_delta", &format::signed(m.ox_delta(), lang)),
            ],
        ),
        None => {
            ChartText::ChangesTakeawayNoGain.fill(lang, &[("date", since), ("total", &total_text)])
        }
    };
    if !fewer.is_empty() {
        let n = format::int(fewer.len() as u64, lang);
        let key = match fewer.len() {
            1 => ChartText::ChangesFewerOne,
            _ => ChartText::ChangesFewer,
        };
        text.push(' ');
        text.push_str(&key.fill(lang, &[("n", &n), ("bodies", &theme::list(&fewer, lang))]));
    }
    text
}

fn tip(r: &BodyChange, lang: Lang) -> String {
    let int = |n: u64| format::int(n, lang);
    ChartText::ChangesTip.fill(
        lang,
        &[
            ("body", &r.name()),
            ("delta", &format::signed(r.ox_delta(), lang)),
            ("before", &int(r.before.ox)),
            ("after", &int(r.after.ox)),
            ("ex_delta", &format::signed(r.exchange_delta(), lang)),
            ("ex_before", &int(r.before.exchange)),
            ("ex_after", &int(r.after.exchange)),
        ],
    )
}

fn table_row(r: &BodyChange, lang: Lang) -> DataRow {
    let int = |n: u64| format::int(n, lang);
    DataRow {
        header: r.name(),
        cells: vec![
            int(r.before.ox),
            int(r.after.ox),
            format::signed(r.ox_delta(), lang),
            int(r.before.exchange),
            int(r.after.exchange),
        ],
    }
}

/// What a click on a row selects: the body, where the row is one body that still exists.
fn target(r: &BodyChange) -> ClickTarget {
    match r.after_names.as_slice() {
        [one] => ClickTarget::Body(one.clone()),
        _ => ClickTarget::Nothing,
    }
}

/// The bars: gains in one series and losses in the other, so the legend, the colours and the
/// decal patterns say which is which, and each number stands at the end of its bar.
fn draw(input: &ChartInput, rows: &[&BodyChange]) -> Drawn {
    let lang = input.lang;
    let p = input.theme.palette();
    let series = [
        (ChartText::SeriesMore, p.ox, LabelPosition::Right),
        (ChartText::SeriesFewer, p.mse, LabelPosition::Left),
    ];
    let below = rows
        .iter()
        .map(|r| r.ox_delta().min(0).unsigned_abs())
        .max()
        .unwrap_or(0);
    let above = rows
        .iter()
        .map(|r| r.ox_delta().max(0) as u64)
        .max()
        .unwrap_or(0);
    let ticks = SignedTicks::for_range(below, above);
    let top = theme::legend_height(series.len()) + 8.0;
    let bars = f64::from(PER_ROW) * rows.len() as f64;
    let labels: Vec<String> = rows.iter().map(|r| r.name()).collect();
    let [values, numbers] = theme::signed_axes(
        ticks,
        0,
        Some(ChartText::ChangesAxis.get(lang).to_string()),
        |v| format::signed(v, lang).replace('±', ""),
        &p,
    );
    let mut chart = theme::base(input)
        .legend(theme::legend(
            series
                .iter()
                .map(|(n, ..)| n.get(lang).to_string())
                .collect(),
            &p,
        ))
        // One line per row, carried by the first series (its item is there, drawn or not).
        .tooltip(theme::axis_tooltip(1))
        .grid(
            Grid::new()
                .left(8)
                .right(56)
                .top(top)
                .height(bars)
                .contain_label(true),
        )
        .y_axis(theme::category_axis(labels, true, &p))
        .x_axis(values)
        .x_axis(numbers);
    for (k, (name, colour, position)) in series.iter().enumerate() {
        let gains = k == 0;
        let data = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let d = r.ox_delta();
                let value = (gains == (d > 0)).then_some(d as f64);
                let tip = if gains { tip(r, lang) } else { String::new() };
                theme::bar_item(value, i, format::signed(d, lang), tip)
            })
            .collect::<Vec<_>>();
        let mut bar = Bar::new();
        if gains {
            // Zero marked and numbered whatever the width: on a narrow phone ECharts leaves out
            // tick numbers that would overlap, and zero may be one of them.
            // Its number stands above the bars, clear of the tick numbers below.
            let above = Label::new()
                .formatter("0")
                .color(p.text)
                .position(LabelPosition::Start);
            bar = bar.mark_line(theme::threshold_line(0.0, String::new(), &p).label(above));
        }
        chart = chart.series(
            bar.name(name.get(lang))
                .stack("change")
                .item_style(ItemStyle::new().color(*colour))
                .emphasis(theme::emphasis(&p))
                .label(
                    Label::new()
                        .show(true)
                        .position(*position)
                        .formatter("{@[2]}")
                        .color(p.text),
                )
                .data(data),
        );
    }
    let points = rows
        .iter()
        .enumerate()
        .map(|(i, r)| super::ChartPoint {
            announcement: tip(r, lang),
            items: vec![Item {
                series: u32::from(r.ox_delta() < 0),
                index: i as u32,
            }],
            target: Some(i),
        })
        .collect();
    Drawn {
        chart,
        height: (top + bars + 52.0).ceil().max(200.0) as u32,
        click_targets: rows.iter().map(|r| target(r)).collect(),
        series_offsets: vec![0, 0],
        points,
    }
}
