//! The frame of every chart of bars: its title and data table, the empty chart, and the texts
//! of a chart that leaves bars out (see `MAX_BARS`). A chart configures a [`BarChart`], draws
//! its bars (the stacked counts of `bars`, or the shares of `share`) and hands them back here.

use super::bars::Drawn;
use super::theme;
use super::{ChartId, ChartInput, ChartSpec, DataRow, DataTable};
use crate::i18n::{ChartText, Lang};

/// What tells one chart of bars from another around its drawing.
pub(super) struct BarChart<'a> {
    pub id: ChartId,
    /// The title, when every bar is drawn and when there is none.
    pub title: ChartText,
    /// The data table's caption when every bar is drawn.
    pub caption: ChartText,
    /// The data table's columns, the row headers' first.
    pub columns: &'a [ChartText],
    /// What the chart says when it leaves bars out; none for a chart that never does.
    pub capped: Option<Capped>,
}

/// The texts of a chart that draws some of its bars, filled with [`Words::capped`].
pub(super) struct Capped {
    pub title: ChartText,
    /// Said after the takeaway.
    pub sentence: ChartText,
    pub caption: ChartText,
}

/// What a chart says about the bars it drew.
pub(super) struct Words<'a> {
    pub takeaway: String,
    /// The note is read out after it.
    pub description: String,
    pub note: String,
    /// The values of the [`Capped`] texts when bars were left out.
    pub capped: Option<&'a [(&'a str, &'a str)]>,
}

impl BarChart<'_> {
    fn table(&self, lang: Lang) -> DataTable {
        DataTable {
            caption: self.caption.get(lang).to_string(),
            columns: self
                .columns
                .iter()
                .map(|c| c.get(lang).to_string())
                .collect(),
            rows: Vec::new(),
        }
    }

    /// The chart when the reader's filters leave no body.
    pub fn empty(&self, input: &ChartInput) -> ChartSpec {
        theme::empty(self.id, input, self.title, self.table(input.lang))
    }

    /// The chart with nothing to draw, saying why in `message`.
    pub fn empty_saying(&self, input: &ChartInput, message: String) -> ChartSpec {
        theme::empty_saying(self.id, input, self.title, self.table(input.lang), message)
    }

    /// The chart of the bars `drawn`, listed in the data table as `rows`.
    pub fn spec(
        &self,
        input: &ChartInput,
        drawn: Drawn,
        rows: Vec<DataRow>,
        words: Words,
    ) -> ChartSpec {
        let lang = input.lang;
        let table = self.table(lang);
        let (title, takeaway, caption) = match self.capped.as_ref().zip(words.capped) {
            Some((texts, values)) => (
                texts.title.fill(lang, values),
                format!("{} {}", words.takeaway, texts.sentence.fill(lang, values)),
                texts.caption.fill(lang, values),
            ),
            None => (
                self.title.get(lang).to_string(),
                words.takeaway,
                table.caption,
            ),
        };
        ChartSpec {
            id: self.id,
            title,
            takeaway,
            description: format!("{} {}", words.description, words.note),
            note: words.note,
            source: theme::source_line(input, &[input.snapshot.table.question]),
            chart: drawn.chart,
            table: DataTable {
                caption,
                rows,
                ..table
            },
            height: drawn.height,
            click_targets: drawn.click_targets,
            series_offsets: drawn.series_offsets,
            points: drawn.points,
        }
    }
}
