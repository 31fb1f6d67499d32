//! One row of the table of bodies. Rows are static: the table redraws a row when its language
//! changes, and its buttons are handled by one listener on the table body ([`RowAction`]), so a
//! row costs its elements and nothing else; ten thousand bodies sort and filter at the speed of
//! the rows on screen.
//!
//! Rows are written as HTML ([`rows_html`]), for the prerendered page and the app alike: the
//! browser's parser builds a row's two dozen nodes at once, where building them one call at a
//! time from WebAssembly (Leptos' views) cost several times as much; for ten thousand bodies that
//! was most of the time a sort or filter took. Leptos cannot render a view to HTML in the browser
//! (without its server feature), so the markup is written here, escaped as Leptos escapes it.

use ox_core::format;
use ox_core::i18n::{Lang, UiText};
use ox_core::model::{ox_share, Body, Snapshot};
use ox_core::naming::PortfolioNames;
use ox_core::notes::{notes_for, DataNote};

/// What a button of a row does; written as the button's `data-act`, the row's index into the
/// snapshot's bodies as the row's `data-row`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowAction {
    /// Show only the row's Ressort (or only bodies without one).
    Portfolio,
    /// Show only the row's body.
    Body,
    /// Open the row's citation.
    Cite,
}

impl RowAction {
    pub fn name(self) -> &'static str {
        match self {
            RowAction::Portfolio => "ressort",
            RowAction::Body => "body",
            RowAction::Cite => "cite",
        }
    }

    pub fn from_name(name: &str) -> Option<RowAction> {
        [RowAction::Portfolio, RowAction::Body, RowAction::Cite]
            .into_iter()
            .find(|a| a.name() == name)
    }
}

/// The HTML of the rows of the bodies at `rows` (indices into the snapshot's bodies) in `lang`, or
/// of the row saying that no body matches when there are none.
pub fn rows_html(snapshot: &Snapshot, rows: &[usize], lang: Lang, notes: &[DataNote]) -> String {
    let mut out = Html(String::with_capacity(rows.len().max(1) * 1200));
    if rows.is_empty() {
        out.raw(r#"<tr><td colspan="7" class="empty">"#);
        out.text(UiText::NoRows.get(lang));
        out.raw("</td></tr>");
    }
    let portfolios = ox_core::naming::all_portfolios(snapshot);
    for &i in rows {
        body_row(&mut out, &snapshot.bodies[i], i, notes, &portfolios, lang);
    }
    out.0
}

/// HTML written by hand, with the escaping Leptos uses for text and attribute values.
struct Html(String);

impl Html {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn text(&mut self, s: &str) {
        self.0.push_str(&ox_core::html::text(s));
    }

    /// ` name="value"`.
    fn attr(&mut self, name: &str, value: &str) {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        self.0.push_str(&ox_core::html::attr(value));
        self.0.push('"');
    }
}

/// The row of `b`, the body at `index` of the snapshot, with note markers from `notes`.
fn body_row(
    out: &mut Html,
    b: &Body,
    index: usize,
    notes: &[DataNote],
    portfolios: &[(String, PortfolioNames)],
    lang: Lang,
) {
    let names = b
        .portfolio
        .as_ref()
        .and_then(|p| portfolios.iter().find(|(id, _)| id == p))
        .map(|(_, n)| n);
    let markers = |out: &mut Html, field: &str| {
        for n in notes_for(notes, &b.abbreviation, field) {
            out.raw("<a");
            out.attr("href", &format!("#{}", n.anchor));
            out.attr(
                "aria-label",
                &UiText::NoteMarker.fill(lang, &[("n", &n.number.to_string())]),
            );
            out.raw(r#" class="note-ref"><sup>"#);
            out.text(&n.number.to_string());
            out.raw("</sup></a>");
        }
    };
    // The label of a cell in a phone's card: the column's short name, as in the header (the
    // table's caption says what MSE, MSE Res and OX are); short, so a card's figures fit three
    // to a line.
    let count = |out: &mut Html, field: &str, value: u32, label: UiText| {
        out.raw("<td");
        out.attr("data-label", label.get(lang));
        out.raw(r#" class="num">"#);
        out.text(&format::int(u64::from(value), lang));
        if let Some(text) = b.as_printed.get(field) {
            out.raw(r#"<span class="printed"> ("#);
            out.text(&UiText::PrintedAs.fill(lang, &[("text", text)]));
            out.raw(")</span>");
        }
        markers(out, field);
        out.raw("</td>");
    };
    let printed_share = b
        .as_printed
        .get("ox_share_published")
        .cloned()
        .unwrap_or_else(|| format::decimal(b.ox_share_published, 1, Lang::De));
    let printed_share = match lang {
        Lang::De => format!("{printed_share}\u{a0}%"),
        Lang::En => format!("{}%", printed_share.replace(',', ".")),
    };

    out.raw(r#"<tr data-testid="body-row""#);
    out.attr("data-row", &index.to_string());
    out.raw(">");

    out.raw("<td");
    out.attr("data-label", UiText::ColPortfolio.get(lang));
    out.raw(r#"><button type="button""#);
    match (&b.portfolio, names) {
        (Some(_), Some(n)) => out.attr(
            "title",
            &UiText::ShowOnlyPortfolio.fill(lang, &[("p", &n.long)]),
        ),
        (Some(p), None) => out.attr("title", &UiText::ShowOnlyPortfolio.fill(lang, &[("p", p)])),
        (None, _) => out.attr("title", UiText::ShowOnlyNoPortfolio.get(lang)),
    }
    out.attr("data-testid", "row-ressort");
    out.attr("data-act", RowAction::Portfolio.name());
    out.raw(match b.portfolio {
        Some(_) => r#" class="link-button">"#,
        None => r#" class="link-button muted">"#,
    });
    match (&b.portfolio, names) {
        (Some(_), Some(n)) => out.text(&n.short),
        (Some(p), None) => out.text(p),
        (None, _) => out.text(UiText::NoPortfolio.get(lang)),
    }
    out.raw("</button></td>");

    out.raw(r#"<th scope="row"><button type="button""#);
    out.attr(
        "title",
        &UiText::SelectBody.fill(lang, &[("body", &b.abbreviation)]),
    );
    out.attr("data-testid", "row-body");
    out.attr("data-act", RowAction::Body.name());
    out.raw(r#" class="link-button abbr">"#);
    out.text(&b.abbreviation);
    out.raw("</button>");
    // The citation beside the abbreviation, small: a row is the body's figures, not its tools.
    out.raw(r#"<button type="button""#);
    out.attr("data-testid", "cite-row");
    out.attr("data-act", RowAction::Cite.name());
    out.attr("aria-haspopup", "dialog");
    out.attr(
        "aria-label",
        &UiText::CiteWhat.fill(lang, &[("what", &b.abbreviation)]),
    );
    out.raw(r#" class="link-button cite-row">"#);
    out.text(UiText::Cite.get(lang));
    out.raw("</button>");
    if let Some(n) = &b.name {
        out.raw("<span");
        // Only a name the source does not print says so; the others need no title at all.
        if n.editorial {
            out.attr("title", UiText::EditorialName.get(lang));
        }
        out.raw(r#" class="full-name">"#);
        out.text(&n.de);
        if n.editorial {
            out.raw("*");
        }
        out.raw("</span>");
    }
    out.raw("</th>");

    count(
        out,
        "exchange_accounts",
        b.exchange_accounts,
        UiText::ColExchange,
    );
    count(
        out,
        "exchange_resources",
        b.exchange_resources,
        UiText::ColResources,
    );
    count(out, "ox_accounts", b.ox_accounts, UiText::ColOx);

    out.raw("<td");
    out.attr("data-label", UiText::ColSharePrinted.get(lang));
    out.raw(r#" class="num">"#);
    out.text(&printed_share);
    markers(out, "ox_share_published");
    out.raw("</td>");

    out.raw("<td");
    out.attr("data-label", UiText::ColShareRecomputed.get(lang));
    out.raw(r#" class="num">"#);
    let share = ox_share(b).map(|s| format::share(s, lang));
    out.text(share.as_deref().unwrap_or("–"));
    out.raw("</td></tr>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use ox_core::model::parse_dataset;

    /// The shipped dataset with markup in a body's abbreviation and name.
    fn hostile() -> Snapshot {
        let text = std::fs::read_to_string("public/data/dataset.json")
            .unwrap()
            .replacen(
                "\"abbreviation\": \"StK\"",
                "\"abbreviation\": \"<img src=x onerror=alert(1)>\\\" onclick=\\\"x()\"",
                1,
            );
        parse_dataset(&text).unwrap().latest().clone()
    }

    #[test]
    fn markup_in_the_data_stays_text_in_the_rows() {
        let snapshot = hostile();
        let i = snapshot
            .bodies
            .iter()
            .position(|b| b.abbreviation.starts_with("<img"))
            .unwrap();
        let html = rows_html(&snapshot, &[i], Lang::De, &[]);
        // Every tag is one the row writes: none from the data, and outside the quoted values no
        // attribute but the row's own (a value cannot end early: its quotes are escaped).
        for tag in html
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap())
        {
            let outside_values: String = tag.split('"').step_by(2).collect();
            assert!(!tag.starts_with("img"), "{tag}");
            assert!(
                !outside_values.contains("onerror") && !outside_values.contains("onclick"),
                "{tag}"
            );
        }
        assert!(
            html.contains(">&lt;img src=x onerror=alert(1)&gt;\" onclick=\"x()</button>"),
            "{html}"
        );
        assert!(html.contains(r#"aria-label="Zitieren: &lt;img src=x onerror=alert(1)&gt;&quot; onclick=&quot;x()""#), "{html}");
        // One row, its seven cells.
        assert_eq!(html.matches("<tr").count(), 1);
        assert_eq!(html.matches("<td").count() + html.matches("<th").count(), 7);
    }

    #[test]
    fn no_rows_is_the_row_that_says_so() {
        let html = rows_html(&hostile(), &[], Lang::En, &[]);
        assert_eq!(
            html,
            r#"<tr><td colspan="7" class="empty">No body matches your selection.</td></tr>"#
        );
    }
}
