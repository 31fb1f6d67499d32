//! One row of the table of bodies. Rows are static: the table redraws a row when its language
//! changes, and its buttons are handled by one listener on the table body ([`RowAction`]), so a
//! row costs its elements and nothing else; ten thousand bodies sort and filter at the speed of
//! the rows on screen.

use crate::format;
use crate::i18n::{Lang, T};
use crate::model::{ox_share, Body};
use crate::notes::{notes_for, DataNote};
use leptos::prelude::*;

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

/// The row of `b`, the body at `index` of the snapshot, with note markers from `notes`.
pub fn body_row(b: &Body, index: usize, notes: &[DataNote], lang: Lang) -> impl IntoView {
    let markers = |field: &str| {
        notes_for(notes, &b.abbreviation, field)
            .into_iter()
            .map(|n| {
                let label = T::NoteMarker.fill(lang, &[("n", &n.number.to_string())]);
                view! {
                    <a class="note-ref" href=format!("#{}", n.anchor) aria-label=label>
                        <sup>{n.number}</sup>
                    </a>
                }
            })
            .collect_view()
    };
    let count = |field: &str, value: u32, label: T| {
        let printed = b.as_printed.get(field).map(|text| {
            let text = T::PrintedAs.fill(lang, &[("text", text)]);
            view! { <span class="printed">" (" {text} ")"</span> }
        });
        view! {
            <td class="num" data-label=label.get(lang)>
                {format::int(u64::from(value), lang)}
                {printed}
                {markers(field)}
            </td>
        }
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
    let portfolio_label = b
        .portfolio
        .clone()
        .unwrap_or_else(|| T::NoPortfolio.get(lang).to_string());
    let portfolio_action = match &b.portfolio {
        Some(p) => T::ShowOnlyPortfolio.fill(lang, &[("p", p)]),
        None => T::ShowOnlyNoPortfolio.get(lang).to_string(),
    };
    let name = b.name.as_ref().map(|n| {
        // Only a name the source does not print says so; the others need no title at all.
        let title = n.editorial.then(|| T::EditorialName.get(lang));
        view! {
            <span class="full-name" title=title>
                {n.de.clone()}
                {n.editorial.then_some("*")}
            </span>
        }
    });
    let cite_label = T::CiteWhat.fill(lang, &[("what", &b.abbreviation)]);
    view! {
        <tr data-testid="body-row" data-row=index>
            <td data-label=T::ColPortfolio.get(lang)>
                <button
                    type="button"
                    class="link-button"
                    class:muted=b.portfolio.is_none()
                    title=portfolio_action
                    data-testid="row-ressort"
                    data-act=RowAction::Portfolio.name()
                >
                    {portfolio_label}
                </button>
            </td>
            <th scope="row">
                <button
                    type="button"
                    class="link-button abbr"
                    title=T::SelectBody.fill(lang, &[("body", &b.abbreviation)])
                    data-testid="row-body"
                    data-act=RowAction::Body.name()
                >
                    {b.abbreviation.clone()}
                </button>
                {name}
                <button
                    type="button"
                    class="tool"
                    data-testid="cite-row"
                    data-act=RowAction::Cite.name()
                    aria-haspopup="dialog"
                    aria-label=cite_label
                >
                    {T::Cite.get(lang)}
                </button>
            </th>
            {count("exchange_accounts", b.exchange_accounts, T::ColExchangeLong)}
            {count("exchange_resources", b.exchange_resources, T::ColResourcesLong)}
            {count("ox_accounts", b.ox_accounts, T::ColOxLong)}
            <td class="num" data-label=T::ColSharePrinted.get(lang)>
                {printed_share}
                {markers("ox_share_published")}
            </td>
            <td class="num" data-label=T::ColShareRecomputed.get(lang)>
                {ox_share(b).map(|s| format::percent(s, 2, lang)).unwrap_or_else(|| "–".into())}
            </td>
        </tr>
    }
}
