//! One builder per chart: pure functions from the filtered data to ECharts options (via charming),
//! with the chart's title, computed takeaway, source line, accessible description and data table.

use crate::i18n::Lang;
use crate::model::{Body, Dataset, Snapshot};

mod accounts;
mod bar_chart;
mod bars;
mod changes;
mod portfolios;
mod ranking;
mod remaining;
mod share;
mod theme;
mod timeline;

pub use theme::{Palette, Theme};

/// Category labels (body names) may take at most this share of a chart's width; longer ones wrap,
/// so bars keep room on a 360 px phone.
const LABEL_SHARE: f64 = 0.38;

/// The width, in CSS pixels, of a chart's category labels in a container `container` pixels wide.
pub fn label_width(container: f64) -> f64 {
    (container * LABEL_SHARE).max(72.0)
}

/// The most bars a chart with one bar per body draws. The published table has 40 bodies, all
/// drawn. A selection of more (a longer table, or the benchmark's 10,000 generated bodies) would
/// give bars too thin to read, data tables nobody reads to the end, and seconds of drawing, so
/// such a chart draws the bodies that matter most for its question (lowest share, most accounts,
/// most accounts left) and says so in its title, takeaway, description and data table; the
/// table of all bodies lists every one.
pub const MAX_BARS: usize = 60;

/// The charts of the dashboard, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// Share migrated per body, sorted.
    Share,
    /// Accounts per body, Open-Xchange and remaining stacked, largest first.
    Accounts,
    /// The same per Ressort, in the order of the table.
    Portfolios,
    /// Where the remaining Exchange and resource accounts are.
    Remaining,
    /// Dates and plans from the answer.
    Timeline,
    /// What changed per body since the previous answer; only where there is one.
    Changes,
}

impl ChartId {
    pub const ALL: [ChartId; 5] = [
        ChartId::Share,
        ChartId::Accounts,
        ChartId::Portfolios,
        ChartId::Remaining,
        ChartId::Timeline,
    ];

    /// Stable slug used in URLs and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Share => "anteil",
            ChartId::Accounts => "konten",
            ChartId::Portfolios => "ressorts",
            ChartId::Remaining => "restkonten",
            ChartId::Timeline => "zeitplan",
            ChartId::Changes => "veraenderung",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL
            .into_iter()
            .chain([ChartId::Changes])
            .find(|c| c.slug() == slug)
    }

    /// The charts the site has for `snapshot` of `dataset`: [`ChartId::ALL`], and the chart of
    /// what changed where there is an earlier answer to compare with.
    pub fn of(dataset: &Dataset, snapshot: &Snapshot) -> Vec<ChartId> {
        let mut all = ChartId::ALL.to_vec();
        if crate::changes::previous_of(dataset, snapshot).is_some() {
            all.push(ChartId::Changes);
        }
        all
    }

    /// The chart's short name, for page titles and file names of its images.
    pub fn name(self) -> crate::i18n::ChartText {
        use crate::i18n::ChartText;
        match self {
            ChartId::Share => ChartText::NameShare,
            ChartId::Accounts => ChartText::NameAccounts,
            ChartId::Portfolios => ChartText::NamePortfolios,
            ChartId::Remaining => ChartText::NameRemaining,
            ChartId::Timeline => ChartText::NameTimeline,
            ChartId::Changes => ChartText::NameChanges,
        }
    }

    /// Whether the chart is drawn from the bodies the filters leave. The timeline is drawn from
    /// the answer's dates alone, the chart of what changed from both answers whole (like the
    /// section it belongs to), and they stay as they are when the filters change.
    pub fn uses_bodies(self) -> bool {
        !matches!(self, ChartId::Timeline | ChartId::Changes)
    }
}

/// What a chart is drawn from.
#[derive(Debug, Clone)]
pub struct ChartInput<'a> {
    pub snapshot: &'a Snapshot,
    /// The answer before `snapshot`, if the data has one (the chart of what changed compares them).
    pub previous: Option<&'a Snapshot>,
    /// The bodies the reader's filters leave (Ressort, body, search), in table order.
    pub bodies: Vec<&'a Body>,
    pub lang: Lang,
    pub theme: Theme,
    /// False when the reader prefers reduced motion (and in tests).
    pub animate: bool,
}

/// What clicking a category of a chart selects, so charts can filter the other views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClickTarget {
    Body(String),
    /// A Ressort; `None` stands for the bodies without one.
    Portfolio(Option<String>),
    Nothing,
}

/// A table of a chart's data, already formatted for the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub caption: String,
    /// Column headers; the first is the header of the row-header column.
    pub columns: Vec<String>,
    pub rows: Vec<DataRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataRow {
    /// The row's header cell (a body, a Ressort, a date).
    pub header: String,
    pub cells: Vec<String>,
}

/// A chart ready to show: options for ECharts plus everything printed around it.
#[derive(Debug, Clone)]
pub struct ChartSpec {
    pub id: ChartId,
    pub title: String,
    /// One sentence computed from the data.
    pub takeaway: String,
    /// How the chart is ordered and drawn, and which values are recomputed or printed: shown
    /// under the title, so nobody has to guess.
    pub note: String,
    /// Source line with document, date and question.
    pub source: String,
    /// What the chart shows, in words, for screen readers (language of the page).
    pub description: String,
    pub chart: charming::Chart,
    pub table: DataTable,
    /// Height in CSS pixels the chart needs (bar charts grow with their rows).
    pub height: u32,
    /// What a click on an item selects: item `dataIndex` of series `seriesIndex` is
    /// `click_targets[series_offsets[seriesIndex] + dataIndex]` (see [`ChartSpec::target_of`]).
    pub click_targets: Vec<ClickTarget>,
    /// Per series, where its items start in `click_targets`; empty when every series starts at 0.
    pub series_offsets: Vec<usize>,
    /// The stops of the keyboard walk through the chart, in reading order (top of the chart first).
    pub points: Vec<ChartPoint>,
}

impl ChartSpec {
    /// The index in `click_targets` of item `data` of series `series`.
    pub fn target_of(&self, series: usize, data: usize) -> usize {
        self.series_offsets.get(series).copied().unwrap_or(0) + data
    }
}

/// One drawn item of a chart, as ECharts numbers it: its series and its place in the series' data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub series: u32,
    pub index: u32,
}

/// One stop of the keyboard walk through a chart: a row of bars, or an event of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// Read out when the stop is reached, in the page's language and from the same numbers as the
    /// tooltip: "Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7 %)".
    pub announcement: String,
    /// The items drawn for the stop, highlighted together. The first one is drawn (not a part of
    /// width zero), so ECharts can show its tooltip.
    pub items: Vec<Item>,
    /// What Enter or Space selects, as a click on the item would: an index into `click_targets`.
    pub target: Option<usize>,
}

/// Where a key pressed on a focused chart moves the walk through its `len` stops: arrows one
/// stop on (Down, Right) or back (Up, Left), Home and End to the first and the last; the first
/// arrow starts at the top. `None` for any other key, or when there is nothing to walk through.
pub fn next_point(key: &str, current: Option<usize>, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match (key, current) {
        ("ArrowDown" | "ArrowRight", Some(p)) => Some((p + 1).min(last)),
        ("ArrowUp" | "ArrowLeft", Some(p)) => Some(p.saturating_sub(1).min(last)),
        ("ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft" | "Home", _) => Some(0),
        ("End", _) => Some(last),
        _ => None,
    }
}

/// "1 Konto" / "43 Konten", formatted for the reader's language.
pub fn accounts_text(n: u64, lang: Lang) -> String {
    use crate::i18n::ChartText;
    match n {
        1 => ChartText::CountAccountsOne.get(lang).to_string(),
        n => ChartText::CountAccounts.fill(lang, &[("n", &crate::format::int(n, lang))]),
    }
}

/// "1 Ressourcenkonto" / "39 Ressourcenkonten".
pub fn resources_text(n: u64, lang: Lang) -> String {
    use crate::i18n::ChartText;
    match n {
        1 => ChartText::CountResourcesOne.get(lang).to_string(),
        n => ChartText::CountResources.fill(lang, &[("n", &crate::format::int(n, lang))]),
    }
}

/// Builds one chart.
pub fn build(id: ChartId, input: &ChartInput) -> ChartSpec {
    match id {
        ChartId::Share => share::build(input),
        ChartId::Accounts => accounts::build(input),
        ChartId::Portfolios => portfolios::build(input),
        ChartId::Remaining => remaining::build(input),
        ChartId::Timeline => timeline::build(input),
        ChartId::Changes => changes::build(input),
    }
}
