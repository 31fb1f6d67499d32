use super::{CiteButton, DashboardData};
use crate::app::use_app_context;
use crate::format;
use crate::i18n::{Lang, T};
use crate::model::{ox_share, Snapshot, Totals};
use crate::notes::{notes_for, DataNote};
use crate::table::ROWS_PER_STEP;
use crate::url_state::{PortfolioFilter, SortKey, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// The table of all bodies as printed: sortable by every column, filtered like the other views,
/// with the recomputed share, note markers and a totals row for the rows shown.
#[component]
pub fn BodiesTable() -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let state = ctx.state;
    let data = expect_context::<DashboardData>();
    let snapshot = data.snapshot.clone();
    let rows = data.rows;
    let notes = data.notes;

    let caption = {
        let c = snapshot.table.caption.clone();
        move || lang.get().pick(&c.de, &c.en).to_string()
    };
    // Long tables are drawn a step at a time; a new filter or sort starts again at the top.
    let limit = RwSignal::new(ROWS_PER_STEP);
    Effect::new(move |_| {
        rows.track();
        limit.set(ROWS_PER_STEP);
    });
    // Keyed rows: sorting moves the existing rows instead of drawing them again; a new language
    // draws them again, since every cell's text changes.
    let shown_rows = move || {
        let lang = lang.get();
        let limit = limit.get();
        rows.with(|r| r.iter().take(limit).map(|&i| (i, lang)).collect::<Vec<_>>())
    };
    let body_rows = {
        let snapshot = snapshot.clone();
        view! {
            <For each=shown_rows key=|row| *row let:row>
                {notes.with_untracked(|notes| body_row(&snapshot, row.0, notes, row.1, state))}
            </For>
        }
    };
    let more = move || {
        let shown = limit.get();
        let total = rows.with(Vec::len);
        (total > shown).then(|| {
            let lang = lang.get();
            let next = (total - shown).min(ROWS_PER_STEP);
            view! {
                <button
                    type="button"
                    class="show-more"
                    data-testid="show-more"
                    on:click=move |_| limit.update(|l| *l += ROWS_PER_STEP)
                >
                    {T::ShowMoreRows.fill(
                        lang,
                        &[
                            ("next", &crate::format::int(next as u64, lang)),
                            ("shown", &crate::format::int(shown as u64, lang)),
                            ("total", &crate::format::int(total as u64, lang)),
                        ],
                    )}
                </button>
            }
        })
    };
    let empty = move || {
        rows.with(Vec::is_empty).then(|| {
            view! {
                <tr>
                    <td colspan="7" class="empty">{T::NoRows.get(lang.get())}</td>
                </tr>
            }
        })
    };
    let foot = move || {
        let lang = lang.get();
        let totals = rows.with(|r| Totals::of(r.iter().map(|&i| &snapshot.bodies[i])));
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
        <section id="tabelle" aria-labelledby="table-heading">
            <h2 id="table-heading">{move || T::TableHeading.get(lang.get())}</h2>
            <p class="hint">{move || T::TableHint.get(lang.get())}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-heading">
                <table class="bodies" data-testid="bodies-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <SortHeader key=SortKey::Portfolio label=T::ColPortfolio long=None numeric=false />
                            <SortHeader key=SortKey::Body label=T::ColBody long=None numeric=false />
                            <SortHeader key=SortKey::Exchange label=T::ColExchange long=Some(T::ColExchangeLong) numeric=true />
                            <SortHeader key=SortKey::Resources label=T::ColResources long=Some(T::ColResourcesLong) numeric=true />
                            <SortHeader key=SortKey::Ox label=T::ColOx long=Some(T::ColOxLong) numeric=true />
                            <SortHeader key=SortKey::SharePrinted label=T::ColSharePrinted long=None numeric=true />
                            <SortHeader key=SortKey::ShareRecomputed label=T::ColShareRecomputed long=None numeric=true />
                        </tr>
                    </thead>
                    <tbody>{body_rows} {empty}</tbody>
                    <tfoot>{foot}</tfoot>
                </table>
            </div>
            {more}
        </section>
    }
}

/// A column header that sorts by its column: first ascending, then descending, then printed order.
#[component]
fn SortHeader(key: SortKey, label: T, long: Option<T>, numeric: bool) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let state = ctx.state;
    let sorted = move || state.with(|s| (s.sort == key).then_some(s.descending));
    let aria_sort = move || match sorted() {
        None => "none",
        Some(false) => "ascending",
        Some(true) => "descending",
    };
    let next = move |s: &mut ViewState| match (s.sort == key, s.descending) {
        (false, _) => {
            s.sort = key;
            s.descending = false;
        }
        (true, false) => s.descending = true,
        (true, true) => {
            s.sort = SortKey::Table;
            s.descending = false;
        }
    };
    let arrow = move || match sorted() {
        None => "↕",
        Some(false) => "▲",
        Some(true) => "▼",
    };
    view! {
        <th scope="col" class:num=numeric aria-sort=aria_sort>
            <button
                type="button"
                class="sort"
                data-testid=format!("sort-{}", key.slug())
                title=move || long.map(|l| l.get(lang.get())).unwrap_or_default()
                on:click=move |_| state.update(next)
            >
                {move || label.get(lang.get())}
                <span aria-hidden="true" class="arrow">{arrow}</span>
            </button>
        </th>
    }
}

fn body_row(
    snapshot: &Arc<Snapshot>,
    index: usize,
    notes: &[DataNote],
    lang: Lang,
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let b = &snapshot.bodies[index];
    let citation = {
        let snapshot = snapshot.clone();
        let route = use_app_context().route;
        Signal::derive(move || {
            let b = &snapshot.bodies[index];
            let view = ViewState {
                lang,
                body: Some(b.abbreviation.clone()),
                section: Some("tabelle".into()),
                ..ViewState::default()
            };
            let url = format!("{}{}", crate::browser::site_url(route), view.to_query());
            crate::cite::body_citation(b, &snapshot, &url, lang)
        })
    };
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
    let portfolio = b.portfolio.clone();
    let portfolio_label = portfolio
        .clone()
        .unwrap_or_else(|| T::NoPortfolio.get(lang).to_string());
    let portfolio_action = match &portfolio {
        Some(p) => T::ShowOnlyPortfolio.fill(lang, &[("p", p)]),
        None => T::ShowOnlyNoPortfolio.get(lang).to_string(),
    };
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
    let abbreviation = b.abbreviation.clone();
    let select_label = T::SelectBody.fill(lang, &[("body", &abbreviation)]);
    view! {
        <tr data-testid="body-row">
            <td data-label=T::ColPortfolio.get(lang)>
                <button
                    type="button"
                    class="link-button"
                    class:muted=portfolio.is_none()
                    title=portfolio_action.clone()
                    aria-label=portfolio_action
                    data-testid="row-ressort"
                    on:click=move |_| {
                        let filter = PortfolioFilter::from_portfolio(portfolio.as_deref());
                        state.update(|s| {
                            s.portfolio = Some(filter);
                            s.body = None;
                        })
                    }
                >
                    {portfolio_label}
                </button>
            </td>
            <th scope="row">
                <button
                    type="button"
                    class="link-button abbr"
                    title=select_label.clone()
                    data-testid="row-body"
                    on:click=move |_| state.update(|s| s.body = Some(abbreviation.clone()))
                >
                    {b.abbreviation.clone()}
                </button>
                {name}
                <CiteButton
                    what=b.abbreviation.clone()
                    text=citation
                    testid="cite-row"
                />
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
