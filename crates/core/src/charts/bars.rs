//! The one builder of the bar charts that count accounts: one horizontal bar per row, its parts
//! stacked (accounts on Open-Xchange, still on Exchange …), on linear axes from zero with numbered
//! ticks, the first row at the top.
//!
//! Where a few rows dwarf the others (the Polizei has 13,793 accounts, the median body a few
//! hundred), one scale would leave most bars a sliver. A log scale is no way out: it makes 43 of
//! 13,793 look like 40 %. So such a chart is drawn in two panels, each with its own linear scale
//! from zero and a heading that names the scale: the largest rows, and the others enlarged.
//! Within a panel, and within each bar, proportions stay true.

use super::theme::{self, Palette, Ticks};
use super::{ChartInput, ChartPoint, ClickTarget, DataRow, Item};
use crate::format;
use crate::i18n::{ChartText, Lang};
use charming::component::{Grid, Title};
use charming::element::{ItemStyle, TextStyle};
use charming::series::Bar;
use charming::Chart;

/// What tells one chart of stacked counts from another: the parts, the scale's name, how tall a
/// bar is and whether a few large bars may get a panel of their own.
pub(super) struct Stack<'a> {
    /// The parts of every bar, the first at the axis.
    pub parts: &'a [Part],
    /// The name of the value axis.
    pub axis: ChartText,
    /// The height of a bar's row, in pixels.
    pub per_row: u32,
    /// The headings of the panels (see [`large_rows`]); none: one panel, one scale.
    pub headings: Option<Headings>,
}

/// One part of every bar, a series: which accounts it counts.
#[derive(Clone, Copy)]
pub(super) enum Part {
    Ox,
    /// Exchange accounts and resource accounts in one.
    Remaining,
    Mse,
    MseRes,
}

impl Part {
    fn name(self, lang: Lang) -> &'static str {
        match self {
            Part::Ox => ChartText::SeriesOx,
            Part::Remaining => ChartText::SeriesRemaining,
            Part::Mse => ChartText::SeriesMse,
            Part::MseRes => ChartText::SeriesMseRes,
        }
        .get(lang)
    }

    /// Exchange is Exchange, whether the resource accounts are counted apart or not.
    fn colour(self, p: &Palette) -> &'static str {
        match self {
            Part::Ox => p.ox,
            Part::Remaining | Part::Mse => p.mse,
            Part::MseRes => p.mse_res,
        }
    }
}

/// One bar.
pub(super) struct Row {
    /// The category label beside the bar.
    pub label: String,
    /// One value per part.
    pub values: Vec<u64>,
    /// One tooltip line per part.
    pub tips: Vec<String>,
    /// Written after the bar.
    pub end_label: String,
    /// Read out when the keyboard reaches the bar.
    pub announcement: String,
    pub target: ClickTarget,
    /// The bar in the chart's data table, which lists the bars in the order drawn.
    pub table_row: DataRow,
}

impl Row {
    fn total(&self) -> u64 {
        self.values.iter().sum()
    }
}

/// Rows are split into panels when the largest is more than this many times the largest of the
/// rest …
const DWARF_RATIO: u64 = 4;
/// … the chart has at least this many rows …
const SPLIT_MIN_ROWS: usize = 4;
/// … and the large ones are at most this share of the rows (1/3).
const SPLIT_MAX_LARGE_DIVISOR: usize = 3;

/// Which of `totals` (by position) go into a panel of their own: the rows above a quarter
/// of the largest, when they are few and the rest is small beside them. `None`: one panel.
pub(super) fn large_rows(totals: &[u64]) -> Option<Vec<usize>> {
    let max = totals.iter().copied().max()?;
    if totals.len() < SPLIT_MIN_ROWS {
        return None;
    }
    let large: Vec<usize> = (0..totals.len())
        .filter(|&i| totals[i] * DWARF_RATIO > max)
        .collect();
    (!large.is_empty() && large.len() <= totals.len() / SPLIT_MAX_LARGE_DIVISOR).then_some(large)
}

/// A panel: rows on one scale, with a heading when the chart has more than one.
struct Panel {
    heading: Option<String>,
    rows: Vec<Row>,
    ticks: Ticks,
}

impl Panel {
    fn new(rows: Vec<Row>) -> Panel {
        let max = rows.iter().map(Row::total).max().unwrap_or(0);
        Panel {
            heading: None,
            rows,
            ticks: Ticks::for_max(max),
        }
    }
}

/// The headings of the two panels: the largest rows (one, or several), and the others.
pub(super) struct Headings {
    pub largest_one: ChartText,
    pub largest: ChartText,
    pub others: ChartText,
}

/// `rows` as panels of bars (see [`large_rows`]), the large ones first, with the headings
/// naming each panel's scale.
fn panels(rows: Vec<Row>, headings: &Headings, lang: Lang) -> Vec<Panel> {
    let totals: Vec<u64> = rows.iter().map(Row::total).collect();
    let Some(large) = large_rows(&totals) else {
        return vec![Panel::new(rows)];
    };
    let (big, rest): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .enumerate()
        .partition(|(i, _)| large.contains(i));
    let strip = |rows: Vec<(usize, Row)>| rows.into_iter().map(|(_, r)| r).collect::<Vec<_>>();
    let (big, rest) = (Panel::new(strip(big)), Panel::new(strip(rest)));
    let int = |n: u64| format::int(n, lang);
    let top = int(big.ticks.top);
    let big_heading = match big.rows.len() {
        1 => headings.largest_one.fill(lang, &[("top", &top)]),
        n => headings
            .largest
            .fill(lang, &[("n", &n.to_string()), ("top", &top)]),
    };
    let rest_heading = headings.others.fill(
        lang,
        &[
            ("n", &rest.rows.len().to_string()),
            ("top", &int(rest.ticks.top)),
        ],
    );
    vec![
        Panel {
            heading: Some(big_heading),
            ..big
        },
        Panel {
            heading: Some(rest_heading),
            ..rest
        },
    ]
}

/// The drawn chart and what the card needs to know about its layout.
pub(super) struct Drawn {
    pub chart: Chart,
    pub height: u32,
    pub click_targets: Vec<ClickTarget>,
    /// Per series, the index in `click_targets` of its first item.
    pub series_offsets: Vec<usize>,
    pub points: Vec<ChartPoint>,
}

/// A chart of stacked counts as drawn, with the rows of its data table in the order drawn.
pub(super) struct Stacked {
    pub drawn: Drawn,
    pub table_rows: Vec<DataRow>,
    /// Whether a few large bars have a panel of their own.
    pub split: bool,
}

impl Stacked {
    /// The chart's `note`, or `split_note` when it is drawn in panels, followed by what the
    /// panels mean.
    pub fn note(&self, note: ChartText, split_note: ChartText, lang: Lang) -> String {
        if self.split {
            format!(
                "{} {}",
                split_note.get(lang),
                ChartText::PanelsNote.get(lang)
            )
        } else {
            note.get(lang).to_string()
        }
    }
}

impl Stack<'_> {
    /// One bar per row, in the order given.
    pub fn draw(&self, input: &ChartInput, rows: Vec<Row>) -> Stacked {
        let lang = input.lang;
        let panels = match &self.headings {
            Some(headings) => panels(rows, headings, lang),
            None => vec![Panel::new(rows)],
        };
        let split = panels.len() > 1;
        let (drawn, table_rows) = draw(
            theme::base(input),
            self.parts,
            panels,
            self.axis.get(lang),
            self.per_row,
            lang,
            &input.theme.palette(),
        );
        Stacked {
            drawn,
            table_rows,
            split,
        }
    }
}

/// A panel heading: two lines, what is in the panel and its scale.
const HEADING: f64 = 40.0;
/// Below a panel's bars: the tick numbers and the axis name.
const AXIS: f64 = 52.0;
const PANEL_GAP: f64 = 16.0;

fn draw(
    chart: Chart,
    parts: &[Part],
    panels: Vec<Panel>,
    axis_name: &str,
    per_row: u32,
    lang: Lang,
    p: &Palette,
) -> (Drawn, Vec<DataRow>) {
    let mut chart = chart
        .legend(theme::legend(
            parts.iter().map(|s| s.name(lang).to_string()).collect(),
            p,
        ))
        .tooltip(theme::axis_tooltip(parts.len()));
    let mut top = theme::legend_height(parts.len()) + 8.0;
    let (mut click_targets, mut series_offsets, mut points) = (Vec::new(), Vec::new(), Vec::new());
    let mut table_rows = Vec::new();
    for (k, panel) in panels.into_iter().enumerate() {
        if let Some(heading) = &panel.heading {
            chart = chart.title(
                Title::new()
                    .text(heading.clone())
                    .left(0)
                    .top(top)
                    .text_style(TextStyle::new().color(p.text).font_size(13).line_height(17)),
            );
            top += HEADING;
        }
        let bars = f64::from(per_row) * panel.rows.len() as f64;
        chart = chart.grid(
            Grid::new()
                .left(8)
                .right(72)
                .top(top)
                .height(bars)
                .contain_label(true),
        );
        top += bars + AXIS + PANEL_GAP;
        let labels: Vec<String> = panel.rows.iter().map(|r| r.label.clone()).collect();
        chart = chart.y_axis(theme::category_axis(labels, true, p).grid_index(k as f64));
        let [values, numbers] = theme::linear_axes(
            panel.ticks,
            k,
            Some(axis_name.to_string()),
            |v| format::int(v, lang),
            p,
        );
        chart = chart.x_axis(values).x_axis(numbers);

        let offset = click_targets.len();
        for (j, part) in parts.iter().enumerate() {
            let last = j + 1 == parts.len();
            let data = panel
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let label = if last {
                        r.end_label.clone()
                    } else {
                        format::int(r.values[j], lang)
                    };
                    theme::bar_item(Some(r.values[j] as f64), i, label, r.tips[j].clone())
                })
                .collect::<Vec<_>>();
            let mut bar = Bar::new()
                .name(part.name(lang))
                .stack(format!("panel-{k}"))
                .x_axis_index(2.0 * k as f64)
                .y_axis_index(k as f64)
                .item_style(ItemStyle::new().color(part.colour(p)))
                .emphasis(theme::emphasis(p))
                .data(data);
            if last {
                bar = bar.label(theme::end_label(p));
            }
            chart = chart.series(bar);
            series_offsets.push(offset);
        }
        let first_series = (k * parts.len()) as u32;
        for (i, row) in panel.rows.into_iter().enumerate() {
            // The tooltip is shown at a part that is drawn: a zero has no width to point at.
            let mut order: Vec<u32> = (0..parts.len() as u32).collect();
            crate::model::sort::sort_by_key(&mut order, |&j| row.values[j as usize] == 0);
            points.push(ChartPoint {
                announcement: row.announcement,
                items: order
                    .into_iter()
                    .map(|j| Item {
                        series: first_series + j,
                        index: i as u32,
                    })
                    .collect(),
                target: Some(offset + i),
            });
            click_targets.push(row.target);
            table_rows.push(row.table_row);
        }
    }
    let drawn = Drawn {
        chart,
        height: (top - PANEL_GAP).ceil().max(260.0) as u32,
        click_targets,
        series_offsets,
        points,
    };
    (drawn, table_rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_large_rows_get_a_panel_of_their_own() {
        // The published bodies' totals, largest first: Polizei, Justiz, Finanzämter, LBV.SH …
        let totals = [
            13_793, 8_795, 5_227, 1_635, 1_187, 1_052, 931, 915, 796, 755,
        ];
        assert_eq!(large_rows(&totals), Some(vec![0, 1, 2]));
        // Comparable sizes, or too few rows: one panel.
        assert_eq!(large_rows(&[900, 800, 700, 600, 500]), None);
        assert_eq!(large_rows(&[13_793, 546]), None);
        // Half the rows large: one panel (they are the chart, not outliers).
        assert_eq!(large_rows(&[1_000, 900, 10, 10]), None);
    }
}
