//! Citations a reader can copy: for the dataset, a chart, a body's row or a key figure, each with
//! the figure in context, the source's date and reference, and a link back to the view.

use crate::format;
use crate::i18n::{Lang, T};
use crate::model::{ox_share, remaining, Body, Snapshot, Totals};

fn source_ref(s: &Snapshot, lang: Lang) -> String {
    T::CiteSource.fill(
        lang,
        &[
            ("parliament", &s.source.parliament),
            ("number", &s.source.number),
            ("date", &format::date(&s.source.date, lang)),
            ("question", &s.table.question.to_string()),
        ],
    )
}

/// "How to cite" the dataset.
pub fn dataset_citation(s: &Snapshot, url: &str, lang: Lang) -> String {
    T::CiteDataset.fill(
        lang,
        &[
            ("version", &s.id),
            ("source", &source_ref(s, lang)),
            ("url", url),
        ],
    )
}

/// "How to cite" a chart.
pub fn chart_citation(title: &str, s: &Snapshot, url: &str, lang: Lang) -> String {
    T::CiteChart.fill(
        lang,
        &[
            ("title", title),
            ("version", &s.id),
            ("source", &source_ref(s, lang)),
            ("url", url),
        ],
    )
}

/// One body's row as a sentence: "Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7 %) …".
pub fn body_citation(b: &Body, s: &Snapshot, url: &str, lang: Lang) -> String {
    let all = remaining(b) + u64::from(b.ox_accounts);
    let share = ox_share(b)
        .map(|x| format::percent(x, 1, lang))
        .unwrap_or_else(|| "–".into());
    let printed = format::percent(b.ox_share_published, 1, lang);
    let share = if printed == share {
        share
    } else {
        T::CiteSharePrinted.fill(lang, &[("share", &share), ("printed", &printed)])
    };
    let page = b.page.map(|p| p.to_string()).unwrap_or_else(|| "–".into());
    T::CiteBody.fill(
        lang,
        &[
            ("body", &b.abbreviation),
            ("ox", &format::int(u64::from(b.ox_accounts), lang)),
            ("all", &format::int(all, lang)),
            ("share", &share),
            ("mse", &format::int(u64::from(b.exchange_accounts), lang)),
            ("res", &format::int(u64::from(b.exchange_resources), lang)),
            ("source", &source_ref(s, lang)),
            ("page", &page),
            ("url", url),
        ],
    )
}

/// The key figures of a selection (or of all bodies) as a sentence.
pub fn totals_citation(t: &Totals, scope: &str, s: &Snapshot, url: &str, lang: Lang) -> String {
    T::CiteTotals.fill(
        lang,
        &[
            ("scope", scope),
            ("ox", &format::int(t.ox_accounts, lang)),
            ("all", &format::int(t.all_accounts(), lang)),
            (
                "share",
                &t.ox_share()
                    .map(|x| format::percent(x, 1, lang))
                    .unwrap_or_else(|| "–".into()),
            ),
            ("mse", &format::int(t.exchange_accounts, lang)),
            ("res", &format::int(t.exchange_resources, lang)),
            ("source", &source_ref(s, lang)),
            ("url", url),
        ],
    )
}
