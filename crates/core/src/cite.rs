//! Citations a reader can copy: for the dataset, a chart, a body's row or a key figure, each with
//! the figure in context, the source's date and reference, and a link back to the view.

use crate::charts::{accounts_text, resources_text};
use crate::format;
use crate::i18n::{Lang, UiText};
use crate::model::{ox_share, remaining, Body, Snapshot, Totals};
use crate::naming;
use crate::view_state::{PortfolioFilter, ViewState};

/// The reader's filters in words, "Ressort VIII – Ministerium für Soziales, … · Suche „amt“";
/// none when nothing is filtered.
pub fn selection_words(state: &ViewState, s: &Snapshot, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    match &state.portfolio {
        Some(PortfolioFilter::Is(p)) => {
            parts.push(naming::portfolio_in_text(s, Some(p), lang));
        }
        Some(PortfolioFilter::Without) => {
            parts.push(UiText::ScopeNoPortfolio.get(lang).to_string())
        }
        None => {}
    }
    if let Some(b) = &state.body {
        let name = s
            .bodies
            .iter()
            .find(|x| &x.abbreviation == b)
            .and_then(|x| x.name.as_ref())
            .map(|n| format!("{b} ({})", n.de))
            .unwrap_or_else(|| b.clone());
        parts.push(UiText::ScopeBody.fill(lang, &[("body", &name)]));
    }
    if !state.search.is_empty() {
        parts.push(UiText::ScopeSearch.fill(lang, &[("q", &state.search)]));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The reader's filters as part of a file name, "ressort-viii-suche-amt"; none when unfiltered.
/// Only ASCII letters, digits and hyphens, so the name is safe on every system.
pub fn selection_slug(state: &ViewState) -> Option<String> {
    let mut words = Vec::new();
    match &state.portfolio {
        Some(PortfolioFilter::Is(p)) => words.push(format!("ressort-{p}")),
        Some(PortfolioFilter::Without) => words.push("ohne-ressort".into()),
        None => {}
    }
    if let Some(b) = &state.body {
        words.push(format!("behoerde-{b}"));
    }
    if !state.search.is_empty() {
        words.push(format!("suche-{}", state.search));
    }
    if words.is_empty() {
        return None;
    }
    let text = words.join("-").to_lowercase();
    let mut slug = String::new();
    for c in text.chars() {
        let mapped = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        slug.push_str(mapped);
    }
    let parts: Vec<&str> = slug.split('-').filter(|p| !p.is_empty()).collect();
    Some(parts.join("-").chars().take(60).collect())
}

/// "S. 4" or "S. 2–4": the pages of the table that hold `bodies`.
pub fn pages_of<'a>(bodies: impl IntoIterator<Item = &'a Body>, lang: Lang) -> Option<String> {
    let pages: Vec<u32> = bodies.into_iter().filter_map(|b| b.page).collect();
    let (min, max) = (pages.iter().min()?, pages.iter().max()?);
    let range = if min == max {
        min.to_string()
    } else {
        format!("{min}–{max}")
    };
    Some(UiText::CitePages.fill(lang, &[("pages", &range)]))
}

fn source_ref(s: &Snapshot, lang: Lang) -> String {
    UiText::CiteSource.fill(
        lang,
        &[
            ("parliament", &s.source.parliament),
            ("number", &s.source.number),
            ("date", &format::date(&s.source.date, lang)),
            ("question", &s.table.question.to_string()),
        ],
    )
}

/// " Amtliche Fassung: https://….pdf." where the dataset knows the official document, else "".
fn official(s: &Snapshot, lang: Lang) -> String {
    s.source
        .url
        .as_ref()
        .map(|url| UiText::CiteOfficial.fill(lang, &[("url", url)]))
        .unwrap_or_default()
}

/// "How to cite" the dataset.
pub fn dataset_citation(s: &Snapshot, publisher: &str, url: &str, lang: Lang) -> String {
    UiText::CiteDataset.fill(
        lang,
        &[
            ("publisher", publisher),
            ("version", &s.id),
            ("source", &source_ref(s, lang)),
            ("official", &official(s, lang)),
            ("url", url),
        ],
    )
}

/// "How to cite" a chart.
pub fn chart_citation(title: &str, s: &Snapshot, publisher: &str, url: &str, lang: Lang) -> String {
    UiText::CiteChart.fill(
        lang,
        &[
            ("publisher", publisher),
            ("title", title),
            ("version", &s.id),
            ("source", &source_ref(s, lang)),
            ("official", &official(s, lang)),
            ("url", url),
        ],
    )
}

/// One body's row as a sentence: "Polizei: 13.750 von 13.793 Konten auf Open-Xchange (99,7 %) …".
pub fn body_citation(b: &Body, s: &Snapshot, url: &str, lang: Lang) -> String {
    let all = remaining(b) + u64::from(b.ox_accounts);
    let share = ox_share(b)
        .map(|x| format::share(x, lang))
        .unwrap_or_else(|| "–".into());
    let printed = format::share(b.ox_share_published, lang);
    let share = if printed == share {
        share
    } else {
        UiText::CiteSharePrinted.fill(lang, &[("share", &share), ("printed", &printed)])
    };
    let page = b.page.map(|p| p.to_string()).unwrap_or_else(|| "–".into());
    UiText::CiteBody.fill(
        lang,
        &[
            ("body", &b.abbreviation),
            ("ox", &format::int(u64::from(b.ox_accounts), lang)),
            ("all", &format::int(all, lang)),
            ("share", &share),
            ("mse", &accounts_text(u64::from(b.exchange_accounts), lang)),
            (
                "res",
                &resources_text(u64::from(b.exchange_resources), lang),
            ),
            ("source", &source_ref(s, lang)),
            ("official", &official(s, lang)),
            ("page", &page),
            ("url", url),
        ],
    )
}

/// The key figures of a selection (or of all bodies) as a sentence, with the selection in words
/// and the pages of the table its bodies are on. `bodies`: the selection.
pub fn totals_citation<'a>(
    bodies: impl IntoIterator<Item = &'a Body> + Clone,
    state: &ViewState,
    s: &Snapshot,
    url: &str,
    lang: Lang,
) -> String {
    let t = Totals::of(bodies.clone());
    let n = format::int(t.bodies as u64, lang);
    let scope = match selection_words(state, s, lang) {
        Some(words) => UiText::CiteScopeSelection.fill(
            lang,
            &[
                ("what", &words),
                ("n", &n),
                ("all", &format::int(s.bodies.len() as u64, lang)),
            ],
        ),
        None => UiText::CiteScopeAll.fill(lang, &[("n", &n)]),
    };
    let pages = pages_of(bodies, lang).unwrap_or_else(|| "–".into());
    UiText::CiteTotals.fill(
        lang,
        &[
            ("scope", &scope),
            ("pages", &pages),
            ("ox", &format::int(t.ox_accounts, lang)),
            ("all", &format::int(t.all_accounts(), lang)),
            (
                "share",
                &t.ox_share()
                    .map(|x| format::share(x, lang))
                    .unwrap_or_else(|| "–".into()),
            ),
            ("mse", &accounts_text(t.exchange_accounts, lang)),
            ("res", &resources_text(t.exchange_resources, lang)),
            ("source", &source_ref(s, lang)),
            ("official", &official(s, lang)),
            ("url", url),
        ],
    )
}

/// The source in one line, as under the key figures: "Quelle: Drucksache 20/4245 vom 24. März
/// 2026, Antwort auf Frage 2."
pub fn source_line(s: &Snapshot, lang: Lang) -> String {
    UiText::FigSource.fill(
        lang,
        &[
            ("number", &s.source.number),
            ("date", &crate::format::date(&s.source.date, lang)),
            ("question", &s.table.question.to_string()),
        ],
    )
}
