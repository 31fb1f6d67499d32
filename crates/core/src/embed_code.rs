//! The code a press page pastes to embed a chart: an iframe with a meaningful title and the small
//! resize script, or, where scripts are stripped, a static figure in plain HTML.

use crate::charts::{ChartId, ChartSpec};
use crate::html;
use crate::i18n::{Lang, UiText};
use crate::route::Route;
use crate::view_state::{PortfolioFilter, ThemeChoice, ViewState};

/// What the embedded chart shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub lang: Lang,
    pub theme: Option<ThemeChoice>,
    pub portfolio: Option<PortfolioFilter>,
    /// Snapshot id to pin the data to; none follows newer data.
    pub pin: Option<String>,
}

/// The embed page's address; `site` is the site root with a trailing slash.
pub fn embed_url(site: &str, chart: ChartId, opts: &EmbedOptions) -> String {
    let state = ViewState {
        lang: opts.lang,
        theme: opts.theme,
        portfolio: opts.portfolio.clone(),
        snapshot: opts.pin.clone(),
        ..ViewState::default()
    };
    format!("{site}{}", state.address(Route::Embed(Some(chart))))
}

/// The address of a chart on the full site, with the reader's current view.
pub fn chart_link(site: &str, chart: ChartId, state: &ViewState) -> String {
    let state = ViewState {
        section: Some(chart.slug().to_string()),
        theme: None,
        ..state.clone()
    };
    format!("{site}{}", state.address(Route::Dashboard))
}

/// A sensible starting height: the chart plus its title, takeaway, source and link.
pub fn default_height(spec: &ChartSpec) -> u32 {
    spec.height + 300
}

/// The iframe and the resize script (documented in `public/embed.js`).
pub fn iframe_code(site: &str, spec: &ChartSpec, opts: &EmbedOptions) -> String {
    let url = embed_url(site, spec.id, opts);
    let title = UiText::EmbedFrameTitle.fill(opts.lang, &[("title", &spec.title)]);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        html::attr(&url),
        html::attr(&title),
        default_height(spec),
        html::attr(site),
    )
}

/// A figure that needs no script: title, takeaway, the data as a table, source and link.
pub fn static_html(spec: &ChartSpec, link: &str, lang: Lang) -> String {
    // Attribute escaping serves element content too (it escapes `<`, `>`, `&` and `"`).
    let e = html::attr;
    let mut out = String::new();
    out.push_str("<figure>\n");
    out.push_str(&format!(
        "<figcaption><strong>{}</strong><br>{}</figcaption>\n",
        e(&spec.title),
        e(&spec.takeaway)
    ));
    out.push_str(&format!(
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        e(&spec.table.caption)
    ));
    for c in &spec.table.columns {
        out.push_str(&format!("<th scope=\"col\">{}</th>", e(c)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &spec.table.rows {
        out.push_str(&format!("<tr><th scope=\"row\">{}</th>", e(&r.header)));
        for c in &r.cells {
            out.push_str(&format!("<td>{}</td>", e(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str(&format!(
        "<p>{} <a href=\"{}\">{}</a></p>\n</figure>",
        e(&spec.source),
        e(link),
        e(UiText::EmbedFullSite.get(lang))
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_url_carries_the_options() {
        let opts = EmbedOptions {
            lang: Lang::En,
            theme: Some(ThemeChoice::Dark),
            portfolio: Some(PortfolioFilter::Is("IV".into())),
            pin: Some("2026-03-24".into()),
        };
        assert_eq!(
            embed_url("https://example.org/ox/", ChartId::Share, &opts),
            "https://example.org/ox/en/embed/anteil/?ressort=IV&stand=2026-03-24&theme=dark"
        );
        assert_eq!(
            embed_url(
                "https://example.org/",
                ChartId::Timeline,
                &EmbedOptions::default()
            ),
            "https://example.org/embed/zeitplan/"
        );
    }
}
