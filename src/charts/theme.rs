//! The look every chart shares: the colours of the light and dark theme, and the scaffolding the
//! builders use (base options, axes, tooltips, labels, the source line and the empty chart).
//!
//! Tooltips and labels carry text formatted in Rust, because options reach ECharts as plain JSON
//! (no formatter functions: the site's CSP forbids eval). How that works is explained at
//! [`axis_tooltip`] and [`end_label`].

use super::{ChartId, ChartInput, ChartPoint, ChartSpec, DataTable};
use crate::format;
use crate::i18n::{Lang, C};
use charming::component::{Aria, Axis, Decal, DecalItem, Grid, Legend, Title};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::mark_line::{MarkLine, MarkLineData, MarkLineVariant};
use charming::element::{
    AxisLabel, AxisPointer, AxisPointerType, AxisType, Emphasis, Formatter, ItemStyle, Label,
    LabelPosition, LineStyle, LineStyleType, NameLocation, SplitLine, Symbol, TextStyle, Tooltip,
    Trigger,
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

pub(super) fn legend(names: Vec<String>, p: &Palette) -> Legend {
    Legend::new().data(names).top(0).left(0).text_style(text(p))
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

/// A value axis with its name under it and faint grid lines.
pub(super) fn value_axis(name: String, p: &Palette) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .name(name)
        .name_location(NameLocation::Middle)
        .name_gap(28)
        .name_text_style(text(p))
        .axis_label(AxisLabel::new().color(p.text))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(p.grid_line)))
}

/// A logarithmic value axis from 1 to the next power of ten above `max`.
///
/// ECharts formats numeric tick labels with `addCommas` ("10,000") whatever the language, and a
/// string template cannot change that, so the ticks are not labelled: the bars carry their exact
/// numbers and the axis name says how the grid lines step.
pub(super) fn log_axis(max: u64, lang: Lang, p: &Palette) -> Axis {
    let mut lines = vec![1u64];
    while lines.last().is_some_and(|&l| l < max) {
        lines.push(lines.last().map_or(1, |l| l * 10));
    }
    let top = lines.last().copied().unwrap_or(1).max(10);
    value_axis(C::LogAxis.get(lang).to_string(), p)
        .type_(AxisType::Log)
        .log_base(10)
        .min(1)
        .max(top as f64)
        .axis_label(AxisLabel::new().show(false))
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
        .axis_pointer(AxisPointer::new().type_(AxisPointerType::Shadow))
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
/// absent value (zero on a log axis) draws nothing but keeps the tooltip line.
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

/// The value to draw on a log axis: none for zero, which a log axis cannot show.
pub(super) fn positive(n: u64) -> Option<f64> {
    (n > 0).then_some(n as f64)
}

/// Height for `rows` bar rows of `per_row` pixels plus room for legend and axis.
pub(super) fn height(rows: usize, per_row: u32, extra: u32) -> u32 {
    (rows as u32 * per_row + extra).max(260)
}

/// A share in percent: one decimal, but never rounded up to 100 % or down to 0 %, and exactly
/// 100 % or 0 % printed without decimals.
pub(super) fn share_text(share: f64, lang: Lang) -> String {
    if share >= 100.0 || share <= 0.0 {
        return format::percent(share.clamp(0.0, 100.0), 0, lang);
    }
    let decimals = (1..=4)
        .find(|&d| {
            let s = format::decimal(share, d, Lang::En);
            s.parse::<f64>().is_ok_and(|r| r > 0.0 && r < 100.0)
        })
        .unwrap_or(4);
    format::percent(share, decimals, lang)
}

pub(super) fn share_opt_text(share: Option<f64>, lang: Lang) -> String {
    share.map_or_else(
        || C::NoAccounts.get(lang).to_string(),
        |s| share_text(s, lang),
    )
}

/// "1, 3, 4 und 6".
pub(super) fn list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), C::And.get(lang)),
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
            C::SourceLine.fill(input.lang, &v)
        }
        _ => {
            let joined = list(&numbers, input.lang);
            let mut v = base.to_vec();
            v.push(("questions", &joined));
            C::SourceLineMany.fill(input.lang, &v)
        }
    }
}

/// The chart when the reader's filters leave no body: no series, a line saying so.
pub(super) fn empty(id: ChartId, input: &ChartInput, title: C, table: DataTable) -> ChartSpec {
    let p = input.theme.palette();
    let message = C::NoBody.get(input.lang).to_string();
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
        takeaway: message,
        source: source_line(input, &[input.snapshot.table.question]),
        description: C::NoData.get(input.lang).to_string(),
        chart,
        table,
        height: height(0, 0, 0),
        click_targets: Vec::new(),
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
            items: series.into_iter().map(|s| (s, i as u32)).collect(),
            target: Some(i),
        })
        .collect();
    if !inverse {
        points.reverse();
    }
    points
}

/// Which end of a chart's ranking [`keep_first`] keeps.
#[derive(Clone, Copy)]
pub(super) enum Keep {
    Lowest,
    Highest,
}

/// Keeps the `max` items with the lowest (or highest) key, ties to the row printed first, in no
/// particular order (sort them for drawing afterwards). False when there were no more than `max`.
pub(super) fn keep_first<T>(items: &mut Vec<(f64, usize, T)>, max: usize, keep: Keep) -> bool {
    if items.len() <= max {
        return false;
    }
    items.select_nth_unstable_by(max, |a, b| {
        let by_key = match keep {
            Keep::Lowest => a.0.total_cmp(&b.0),
            Keep::Highest => b.0.total_cmp(&a.0),
        };
        by_key.then(a.1.cmp(&b.1))
    });
    items.truncate(max);
    true
}

/// Sorts `(key, table position)` pairs ascending by key; ties put the earlier table row last, so
/// that drawn bottom-up they read in table order from the top.
pub(super) fn sort_ascending<T>(items: &mut [(f64, usize, T)]) {
    items.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
}
