//! The code a press page pastes to embed a chart: an iframe with a meaningful title and the small
//! resize script, or, where scripts are stripped, a static figure in plain HTML.

use crate::charts::{ChartId, ChartSpec};
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

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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
    format!("{site}{}{}", Route::embed_path(chart), state.to_query())
}

/// The address of a chart on the full site, with the reader's current view.
pub fn chart_link(site: &str, chart: ChartId, state: &ViewState) -> String {
    let state = ViewState {
        section: Some(chart.slug().to_string()),
        theme: None,
        ..state.clone()
    };
    format!("{site}{}", state.to_query())
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
        escape_html(&url),
        escape_html(&title),
        default_height(spec),
        escape_html(site),
    )
}

/// A figure that needs no script: title, takeaway, the data as a table, source and link.
pub fn static_html(spec: &ChartSpec, link: &str, lang: Lang) -> String {
    let e = escape_html;
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
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

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
            "https://example.org/ox/embed/anteil/?lang=en&ressort=IV&stand=2026-03-24&theme=dark"
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
