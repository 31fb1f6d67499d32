//! The look every chart shares: the colours of the light and dark theme, and the scaffolding the
//! builders use (base options, axes, tooltips, labels, the source line and the empty chart).
//!
//! Tooltips and labels carry text formatted in Rust, because options reach ECharts as plain JSON
//! (no formatter functions: the site's CSP forbids eval). How that works is explained at
//! [`axis_tooltip`] and [`end_label`].

use super::{ChartId, ChartInput, ChartPoint, ChartSpec, DataTable, Item};
use crate::format;
use crate::i18n::{ChartText, Lang};
use charming::component::{Aria, Axis, Decal, DecalItem, Grid, Legend, Title};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::mark_line::{MarkLine, MarkLineData, MarkLineVariant};
use charming::element::{
    AxisLabel, AxisLine, AxisPointer, AxisPointerAxis, AxisPointerType, AxisTick, AxisType,
    BoundaryGap, Emphasis, Formatter, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType,
    NameLocation, Orient, SplitLine, Symbol, TextStyle, Tooltip, Trigger,
};
use charming::Chart;

/// The colour scheme the page is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Colours of one theme as `#rrggbb`. Text has at least 4.5:1 contrast against the background,
/// axis lines and series at least 3:1 (checked in `tests/charts.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The page background the (transparent) chart sits on.
    pub background: &'static str,
    pub text: &'static str,
    /// ECharts' own axis line colour: charming 0.6 serialises `axisLine.lineStyle.color` as gauge
    /// segments, which cartesian axes do not read, so the line keeps this default in both themes.
    pub axis_line: &'static str,
    /// Grid lines: decoration only, deliberately faint.
    pub grid_line: &'static str,
    pub ox: &'static str,
    pub mse: &'static str,
    pub mse_res: &'static str,
    pub highlight: &'static str,
}

impl Theme {
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                background: "#ffffff",
                text: "#1f2328",
                axis_line: "#6e7079",
                grid_line: "#d8dde3",
                ox: "#1f6fb2",
                mse: "#b35900",
                mse_res: "#7a4fa3",
                highlight: "#c0392b",
            },
            Theme::Dark => Palette {
                background: "#121417",
                text: "#e6e8eb",
                axis_line: "#6e7079",
                grid_line: "#2c3137",
                ox: "#5ca8f0",
                mse: "#f0a04b",
                mse_res: "#c4a2ea",
                highlight: "#ff7b72",
            },
        }
    }
}

impl Palette {
    /// WCAG 2 contrast ratio of two `#rrggbb` colours; none when one is not such a colour.
    pub fn contrast(a: &str, b: &str) -> Option<f64> {
        fn luminance(hex: &str) -> Option<f64> {
            let hex = hex.strip_prefix('#').filter(|h| h.len() == 6)?;
            let channel = |i: usize| -> Option<f64> {
                let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
                Some(if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                })
            };
            Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
        }
        let (la, lb) = (luminance(a)?, luminance(b)?);
        Some((la.max(lb) + 0.05) / (la.min(lb) + 0.05))
    }
}

/// Options every chart starts from: transparent background, animation as the reader wants it,
/// and ECharts' `aria` with decal patterns so colour is never the only carrier.
///
/// charming 0.6 serialises every unset field of `Aria` and `Decal` (`"label": null`,
/// `"decals": []`), and ECharts 5.5.1 then fails in its aria visual; so both are set here, the
/// decals being ECharts' own first defaults. charming's `Label` has no `description` or
/// `enabled`, so ECharts writes its generated (English) `aria-label` on the chart's container:
/// the component should set `aria.label.description` to `ChartSpec::description`.
pub(super) fn base(input: &ChartInput) -> Chart {
    let grey = "rgba(0, 0, 0, 0.2)";
    let decals = vec![
        DecalItem::new()
            .color(grey)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![2, 5])
            .symbol_size(1.0)
            .rotation(std::f64::consts::PI / 6.0),
        DecalItem::new()
            .color(grey)
            .symbol(Symbol::Circle)
            .dash_array_x(vec![vec![8, 8], vec![0, 8, 8, 0]])
            .dash_array_y(vec![6, 0])
            .symbol_size(0.8),
        DecalItem::new()
            .color(grey)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![4, 3])
            .rotation(-std::f64::consts::PI / 4.0),
    ];
    Chart::new()
        .background_color("transparent")
        .animation(input.animate)
        .aria(
            Aria::new()
                .enabled(true)
                .label(Label::new())
                .decal(Decal::new().show(true).decals(decals)),
        )
}

pub(super) fn text(p: &Palette) -> TextStyle {
    TextStyle::new().color(p.text)
}

pub(super) fn grid(top: f64) -> Grid {
    Grid::new()
        .left(8)
        .right(72)
        .top(top)
        .bottom(40)
        .contain_label(true)
}

/// The legend, one entry per line above the plot: on a phone a row of entries would wrap onto
/// the bars.
pub(super) fn legend(names: Vec<String>, p: &Palette) -> Legend {
    Legend::new()
        .data(names)
        .top(0)
        .left(0)
        .orient(Orient::Vertical)
        .item_gap(6)
        .text_style(text(p))
}

/// The height the legend of `entries` takes (14 px symbols, 6 px apart, ECharts' 5 px padding).
pub(super) fn legend_height(entries: usize) -> f64 {
    (10 + entries * 14 + entries.saturating_sub(1) * 6) as f64
}

/// The category axis of a bar chart. ECharts draws the first category at the bottom unless
/// `inverse` is set.
pub(super) fn category_axis(labels: Vec<String>, inverse: bool, p: &Palette) -> Axis {
    Axis::new()
        .type_(AxisType::Category)
        .data(labels)
        .inverse(inverse)
        .axis_label(AxisLabel::new().color(p.text))
}

/// The ticks of a linear value axis from zero: a step of 1, 2 or 5 times a power of ten, and the
/// first multiple of the step at or above the largest value; at most five steps, so the numbers
/// fit under a chart on a 320 px phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticks {
    pub step: u64,
    pub top: u64,
}

impl Ticks {
    pub const MAX_STEPS: u64 = 5;

    pub fn for_max(max: u64) -> Ticks {
        let max = max.max(1);
        let mut magnitude = 1u64;
        loop {
            for m in [1, 2, 5] {
                let step = m * magnitude;
                let steps = max.div_ceil(step);
                if steps <= Self::MAX_STEPS {
                    return Ticks {
                        step,
                        top: steps * step,
                    };
                }
            }
            magnitude *= 10;
        }
    }
}

/// The ticks of a linear value axis for changes, which run below and above zero: a step of 1, 2
/// or 5 times a power of ten, zero always a tick, and at most [`Ticks::MAX_STEPS`] steps from
/// the first multiple of the step at or below the lowest value to the first at or above the
/// highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedTicks {
    pub step: u64,
    /// The lowest tick: zero or below.
    pub low: i64,
    /// The highest tick: zero or above.
    pub high: i64,
}

impl SignedTicks {
    /// For values from `-below` to `above`.
    pub fn for_range(below: u64, above: u64) -> SignedTicks {
        let (below, above) = if below == 0 && above == 0 {
            (0, 1)
        } else {
            (below, above)
        };
        let mut magnitude = 1u64;
        loop {
            for m in [1, 2, 5] {
                let step = m * magnitude;
                let (down, up) = (below.div_ceil(step), above.div_ceil(step));
                if down + up <= Ticks::MAX_STEPS {
                    return SignedTicks {
                        step,
                        low: -((down * step) as i64),
                        high: (up * step) as i64,
                    };
                }
            }
            magnitude *= 10;
        }
    }

    /// The tick values from `low` to `high`, zero among them.
    pub fn values(self) -> impl Iterator<Item = i64> {
        let step = self.step as i64;
        (0..=(self.high - self.low) / step).map(move |i| self.low + i * step)
    }
}

impl From<Ticks> for SignedTicks {
    fn from(t: Ticks) -> SignedTicks {
        SignedTicks {
            step: t.step,
            low: 0,
            high: t.top as i64,
        }
    }
}

/// A linear value axis from zero with numbered ticks, for grid `grid`: the value axis the bars
/// are drawn on, and a second axis that only carries the tick numbers.
///
/// ECharts writes numeric tick labels with `addCommas` ("10,000") whatever the language, which
/// reads as ten in German, and a label template cannot change that (a formatter function would
/// need `eval` under the site's CSP, or code in two languages for the build's drawings). So the
/// value axis draws the grid lines at every step and no labels, and a category axis with the
/// same ends (`boundaryGap: false`, one category per tick) writes the numbers formatted in
/// Rust at exactly those places. ECharts leaves out category labels that would overlap.
pub(super) fn linear_axes(
    ticks: Ticks,
    grid: usize,
    name: Option<String>,
    label: impl Fn(u64) -> String,
    p: &Palette,
) -> [Axis; 2] {
    signed_axes(ticks.into(), grid, name, |v| label(v.unsigned_abs()), p)
}

/// [`linear_axes`] for values below and above zero (changes), zero among the ticks.
pub(super) fn signed_axes(
    ticks: SignedTicks,
    grid: usize,
    name: Option<String>,
    label: impl Fn(i64) -> String,
    p: &Palette,
) -> [Axis; 2] {
    let values = Axis::new()
        .type_(AxisType::Value)
        .grid_index(grid as f64)
        .min(ticks.low)
        .max(ticks.high as f64)
        .interval(ticks.step as f64)
        .axis_label(AxisLabel::new().show(false))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(p.grid_line)));
    let mut numbers = Axis::new()
        .type_(AxisType::Category)
        .grid_index(grid as f64)
        .data(ticks.values().map(label).collect())
        .boundary_gap(BoundaryGap::CategoryAxis(false))
        .position("bottom")
        .axis_line(AxisLine::new().show(false))
        .axis_tick(AxisTick::new().show(false))
        .axis_pointer(AxisPointer::new().show(false))
        .axis_label(AxisLabel::new().color(p.text));
    if let Some(name) = name {
        numbers = numbers
            .name(name)
            .name_location(NameLocation::Middle)
            .name_gap(28)
            .name_text_style(text(p));
    }
    [values, numbers]
}

/// A tooltip for the whole row under the pointer, showing the data items' names.
///
/// ECharts 5 tooltip string templates know only `{a}` (series name), `{b}` (data name) and `{c}`
/// (raw value), with a series index for the axis trigger (`{b0}`, `{b1}` …): `TooltipView`
/// passes the string through `formatTpl` alone, so `{@dim}` works in label formatters but NOT in
/// tooltips. Each data item's `name` therefore holds one finished line of tooltip text.
/// `formatTpl(tpl, params, true)` HTML-encodes every substituted value (`encodeHTML`: & < > " '),
/// so a hostile body name arrives as text; only the template itself is HTML, and it never holds
/// data. (A value containing `{b1}` could be substituted again: cosmetic, still encoded.)
pub(super) fn axis_tooltip(lines: usize) -> Tooltip {
    let template: Vec<String> = (0..lines).map(|i| format!("{{b{i}}}")).collect();
    Tooltip::new()
        .trigger(Trigger::Axis)
        // The bars' category axis: never the axis that only carries the tick numbers.
        .axis_pointer(
            AxisPointer::new()
                .type_(AxisPointerType::Shadow)
                .axis(AxisPointerAxis::Y),
        )
        .formatter(Formatter::String(template.join("<br/>")))
}

/// A label at the end of a bar showing the third value of the data item (`{@[2]}`), the number
/// formatted in Rust. Labels are drawn as SVG text, never as HTML.
pub(super) fn end_label(p: &Palette) -> Label {
    Label::new()
        .show(true)
        .position(LabelPosition::Right)
        .formatter("{@[2]}")
        .color(p.text)
}

/// How a bar looks while highlighted (pointer or keyboard): outlined in the text colour, so the
/// highlight is a change of shape, not only of colour.
pub(super) fn emphasis(p: &Palette) -> Emphasis {
    Emphasis::new().item_style(ItemStyle::new().border_color(p.text).border_width(2))
}

/// A dashed vertical line at `value` of the value axis, labelled with `label`: marks a threshold
/// without relying on the colour of the bars below it.
pub(super) fn threshold_line(value: f64, label: String, p: &Palette) -> MarkLine {
    MarkLine::new()
        .silent(true)
        // Behind the bars and their numbers, like a grid line.
        .z(1)
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(
            LineStyle::new()
                .color(p.text)
                .width(1)
                .type_(LineStyleType::Dashed),
        )
        .label(
            Label::new()
                .formatter(Formatter::String(label))
                .color(p.text),
        )
        .data(vec![MarkLineVariant::Simple(
            MarkLineData::new().x_axis(value),
        )])
}

/// A bar's data item: `[value, category index, label text]`, named with its tooltip line. An
/// absent value (a body without accounts has no share) draws nothing but keeps the tooltip line.
pub(super) fn bar_item(
    value: Option<f64>,
    index: usize,
    label: String,
    tip: String,
) -> DataPointItem {
    let value: Vec<CompositeValue> = vec![
        value.into(),
        CompositeValue::from(index as i64),
        label.into(),
    ];
    DataPointItem::new(value).name(tip)
}

/// Height for `rows` bar rows of `per_row` pixels plus room for legend and axis.
pub(super) fn height(rows: usize, per_row: u32, extra: u32) -> u32 {
    (rows as u32 * per_row + extra).max(260)
}

/// A share in percent in the site's one convention ([`format::share`]).
pub(super) fn share_text(share: f64, lang: Lang) -> String {
    format::share(share, lang)
}

pub(super) fn share_opt_text(share: Option<f64>, lang: Lang) -> String {
    share.map_or_else(
        || ChartText::NoAccounts.get(lang).to_string(),
        |s| share_text(s, lang),
    )
}

/// "1, 3, 4 und 6".
pub(super) fn list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), ChartText::And.get(lang)),
    }
}

/// "Quelle: …, Drucksache 20/4245 vom 24. März 2026, Antwort auf Frage 2".
pub(super) fn source_line(input: &ChartInput, questions: &[u32]) -> String {
    let s = &input.snapshot.source;
    let date = format::date(&s.date, input.lang);
    let numbers: Vec<String> = questions.iter().map(u32::to_string).collect();
    let base = [
        ("parliament", s.parliament.as_str()),
        ("number", s.number.as_str()),
        ("date", date.as_str()),
    ];
    match numbers.as_slice() {
        [one] => {
            let mut v = base.to_vec();
            v.push(("question", one));
            ChartText::SourceLine.fill(input.lang, &v)
        }
        _ => {
            let joined = list(&numbers, input.lang);
            let mut v = base.to_vec();
            v.push(("questions", &joined));
            ChartText::SourceLineMany.fill(input.lang, &v)
        }
    }
}

/// The chart when the reader's filters leave no body: no series, a line saying so.
pub(super) fn empty(
    id: ChartId,
    input: &ChartInput,
    title: ChartText,
    table: DataTable,
) -> ChartSpec {
    empty_saying(
        id,
        input,
        title,
        table,
        ChartText::NoBody.get(input.lang).to_string(),
    )
}

/// A chart with nothing to draw, saying why in `message` (drawn where the bars would be).
pub(super) fn empty_saying(
    id: ChartId,
    input: &ChartInput,
    title: ChartText,
    table: DataTable,
    message: String,
) -> ChartSpec {
    let p = input.theme.palette();
    let chart = base(input).title(
        Title::new()
            .text(message.clone())
            .left("center")
            .top("middle")
            .text_style(text(&p)),
    );
    ChartSpec {
        id,
        title: title.get(input.lang).to_string(),
        // The takeaway stays empty: the chart itself says that nothing matches.
        takeaway: String::new(),
        note: String::new(),
        source: source_line(input, &[input.snapshot.table.question]),
        description: ChartText::NoData.get(input.lang).to_string(),
        chart,
        table,
        height: height(0, 0, 0),
        click_targets: Vec::new(),
        series_offsets: Vec::new(),
        points: Vec::new(),
    }
}

/// The keyboard stops of a bar chart: one per category, `(announcement, series of its items,
/// first drawn first)` in category order. ECharts draws category 0 at the bottom unless the axis is
/// `inverse`; the stops go from the top down, and Enter on one selects its category.
pub(super) fn bar_points(categories: Vec<(String, Vec<u32>)>, inverse: bool) -> Vec<ChartPoint> {
    let mut points: Vec<ChartPoint> = categories
        .into_iter()
        .enumerate()
        .map(|(i, (announcement, series))| ChartPoint {
            announcement,
            items: series
                .into_iter()
                .map(|series| Item {
                    series,
                    index: i as u32,
                })
                .collect(),
            target: Some(i),
        })
        .collect();
    if !inverse {
        points.reverse();
    }
    points
}
