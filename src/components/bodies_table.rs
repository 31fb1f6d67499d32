use crate::app::use_app_context;
use crate::format;
use crate::i18n::{Lang, T};
use crate::model::{ox_share, Body, Snapshot, Totals};
use crate::notes::{notes_for, DataNote};
use leptos::prelude::*;
use std::sync::Arc;

/// The table of all bodies as printed, with the recomputed share, note markers and a totals row.
#[component]
pub fn BodiesTable(snapshot: Arc<Snapshot>, notes: Memo<Vec<DataNote>>) -> impl IntoView {
    let lang = use_app_context().lang;
    let totals = Totals::of(&snapshot.bodies);
    let caption = {
        let snapshot = snapshot.clone();
        move || {
            let c = &snapshot.table.caption;
            lang.get().pick(&c.de, &c.en).to_string()
        }
    };
    let rows = move || {
        let lang = lang.get();
        let notes = notes.get();
        snapshot
            .bodies
            .iter()
            .map(|b| body_row(b, &notes, lang))
            .collect_view()
    };
    let head = move || {
        let lang = lang.get();
        let th = |short: T, long: Option<T>| match long {
            Some(long) => view! {
                <th scope="col" class="num">
                    <abbr title=long.get(lang)>{short.get(lang)}</abbr>
                </th>
            }
            .into_any(),
            None => view! { <th scope="col" class="num">{short.get(lang)}</th> }.into_any(),
        };
        view! {
            <tr>
                <th scope="col">{T::ColPortfolio.get(lang)}</th>
                <th scope="col">{T::ColBody.get(lang)}</th>
                {th(T::ColExchange, Some(T::ColExchangeLong))}
                {th(T::ColResources, Some(T::ColResourcesLong))}
                {th(T::ColOx, Some(T::ColOxLong))}
                {th(T::ColSharePrinted, None)}
                {th(T::ColShareRecomputed, None)}
            </tr>
        }
    };
    let foot = move || {
        let lang = lang.get();
        let n = |v: u64| format::int(v, lang);
        view! {
            <tr data-testid="totals-row">
                <th scope="row" colspan="2">
                    {T::TotalRow.fill(lang, &[("n", &totals.bodies.to_string())])}
                </th>
                <td class="num">{n(totals.exchange_accounts)}</td>
                <td class="num">{n(totals.exchange_resources)}</td>
                <td class="num">{n(totals.ox_accounts)}</td>
                <td class="num">"–"</td>
                <td class="num">
                    {totals.ox_share().map(|s| format::percent(s, 1, lang)).unwrap_or_default()}
                </td>
            </tr>
        }
    };
    view! {
        <section aria-labelledby="table-heading">
            <h2 id="table-heading">{move || T::TableHeading.get(lang.get())}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-heading">
                <table class="bodies" data-testid="bodies-table">
                    <caption>{caption}</caption>
                    <thead>{head}</thead>
                    <tbody>{rows}</tbody>
                    <tfoot>{foot}</tfoot>
                </table>
            </div>
        </section>
    }
}

fn body_row(b: &Body, notes: &[DataNote], lang: Lang) -> impl IntoView {
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
    let count = |field: &str, value: u32| {
        let printed = b.as_printed.get(field).map(|text| {
            let title = T::PrintedAs.fill(lang, &[("text", text)]);
            view! { <span class="printed">" (" {title} ")"</span> }
        });
        view! {
            <td class="num">{format::int(u64::from(value), lang)} {printed} {markers(field)}</td>
        }
    };
    let printed_share = b
        .as_printed
        .get("ox_share_published")
        .cloned()
        .unwrap_or_else(|| format::decimal(b.ox_share_published, 1, lang));
    let printed_share = match lang {
        Lang::De => format!("{printed_share}\u{a0}%"),
        Lang::En => format!("{}%", printed_share.replace(',', ".")),
    };
    let portfolio = b
        .portfolio
        .clone()
        .unwrap_or_else(|| T::NoPortfolio.get(lang).to_string());
    let name = b.name.as_ref().map(|n| {
        let title = if n.editorial {
            T::EditorialName.get(lang)
        } else {
            ""
        };
        view! {
            <span class="full-name" title=title>
                {n.de.clone()}
                {n.editorial.then_some("*")}
            </span>
        }
    });
    view! {
        <tr data-testid="body-row">
            <td class:muted=b.portfolio.is_none()>{portfolio}</td>
            <th scope="row">
                <span class="abbr">{b.abbreviation.clone()}</span>
                {name}
                {markers("portfolio")}
            </th>
            {count("exchange_accounts", b.exchange_accounts)}
            {count("exchange_resources", b.exchange_resources)}
            {count("ox_accounts", b.ox_accounts)}
            <td class="num">{printed_share} {markers("ox_share_published")}</td>
            <td class="num">
                {ox_share(b).map(|s| format::percent(s, 2, lang)).unwrap_or_else(|| "–".into())}
            </td>
        </tr>
    }
}
