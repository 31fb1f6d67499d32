use super::body_row::{body_row, RowAction};
use super::{CopyBox, DashboardData, ModalDialog};
use crate::app::use_app_context;
use crate::format;
use crate::i18n::T;
use crate::table::{FIRST_DRAW, ROWS_PER_STEP};
use crate::url_state::{PortfolioFilter, SortKey, ViewState};
use leptos::prelude::*;

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
    // Long tables are drawn a step at a time ("show more"); a new filter or sort starts again at
    // the top. Each new set of rows gets a number, and what was asked for or drawn refers to it,
    // so both start again with the rows themselves (no effect in between).
    let generation = Memo::new(move |previous: Option<&u64>| {
        rows.track();
        previous.map_or(0, |g| g + 1)
    });
    let asked = RwSignal::new((0u64, ROWS_PER_STEP));
    let limit = move || {
        let g = generation.get();
        asked.with(|&(of, n)| if of == g { n } else { ROWS_PER_STEP })
    };
    // When more rows match than one step shows, the first screenful is drawn at once and the rest
    // of the step after the next paint, so the table answers within a frame even for ten thousand
    // bodies. Shorter tables (the published one) are drawn in one go.
    let complete = RwSignal::new(0u64);
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        generation.track();
        if !scheduled.get_value() {
            scheduled.set_value(true);
            crate::browser::after_next_paint(move || {
                scheduled.set_value(false);
                complete.set(generation.get_untracked());
            });
        }
    });
    // Keyed rows: sorting moves the existing rows instead of drawing them again; a new language
    // draws them again, since every cell's text changes.
    let shown_rows = move || {
        let lang = lang.get();
        let limit = limit();
        let whole = complete.get() == generation.get();
        rows.with(|r| {
            let n = if whole || r.len() <= ROWS_PER_STEP {
                limit
            } else {
                limit.min(FIRST_DRAW)
            };
            r.iter().take(n).map(|&i| (i, lang)).collect::<Vec<_>>()
        })
    };
    let body_rows = {
        let snapshot = snapshot.clone();
        view! {
            <For each=shown_rows key=|row| *row let:row>
                {notes.with_untracked(|notes| {
                    body_row(&snapshot.bodies[row.0], row.0, notes, row.1)
                })}
            </For>
        }
    };
    // One citation dialog for the table, opened by a row's button.
    let cite_row = RwSignal::new(None::<usize>);
    let cite_open = RwSignal::new(false);
    let on_row_click = {
        let snapshot = snapshot.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some((action, index)) = row_action(&ev) else {
                return;
            };
            let Some(b) = snapshot.bodies.get(index) else {
                return;
            };
            match action {
                RowAction::Portfolio => {
                    let filter = PortfolioFilter::from_portfolio(b.portfolio.as_deref());
                    state.update(|s| {
                        s.portfolio = Some(filter);
                        s.body = None;
                    });
                }
                RowAction::Body => state.update(|s| s.body = Some(b.abbreviation.clone())),
                RowAction::Cite => {
                    cite_row.set(Some(index));
                    cite_open.set(true);
                }
            }
        }
    };
    let cite_dialog = {
        let snapshot = snapshot.clone();
        let route = ctx.route;
        let what = {
            let snapshot = snapshot.clone();
            move || {
                cite_row
                    .get()
                    .and_then(|i| snapshot.bodies.get(i))
                    .map(|b| b.abbreviation.clone())
                    .unwrap_or_default()
            }
        };
        let citation = Signal::derive(move || {
            let lang = lang.get();
            let Some(b) = cite_row.get().and_then(|i| snapshot.bodies.get(i)) else {
                return String::new();
            };
            let view = ViewState {
                lang,
                body: Some(b.abbreviation.clone()),
                section: Some("tabelle".into()),
                ..ViewState::default()
            };
            let url = format!("{}{}", crate::browser::site_url(route), view.to_query());
            crate::cite::body_citation(b, &snapshot, &url, lang)
        });
        view! {
            <ModalDialog
                open=cite_open
                title=Signal::derive(move || T::CiteWhat.fill(lang.get(), &[("what", &what())]))
                testid="cite-row"
            >
                <CopyBox
                    label=Signal::derive(move || T::CitationLabel.get(lang.get()).to_string())
                    text=citation
                    testid="cite-row-text"
                    rows=4
                />
            </ModalDialog>
        }
    };
    let more = move || {
        let shown = limit();
        let total = rows.with(Vec::len);
        (total > shown).then(|| {
            let lang = lang.get();
            let next = (total - shown).min(ROWS_PER_STEP);
            view! {
                <button
                    type="button"
                    class="show-more"
                    data-testid="show-more"
                    on:click=move |_| asked.set((generation.get_untracked(), shown + ROWS_PER_STEP))
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
        let totals = data.totals.get();
        let n = |v: u64| format::int(v, lang);
        view! {
            <tr id=crate::TOTALS_ROW_ID data-testid="totals-row">
                <th scope="row" colspan="2">
                    {T::TotalRow.fill(lang, &[("n", &n(totals.bodies as u64))])}
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
                    <tbody on:click=on_row_click>{body_rows} {empty}</tbody>
                    <tfoot>{foot}</tfoot>
                </table>
            </div>
            {more}
            {cite_dialog}
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

/// The action of the row button a click landed on, and the row's index into the bodies.
fn row_action(ev: &leptos::ev::MouseEvent) -> Option<(RowAction, usize)> {
    use leptos::wasm_bindgen::JsCast;
    let target: leptos::web_sys::Element = ev.target()?.dyn_into().ok()?;
    let button = target.closest("button[data-act]").ok()??;
    let action = RowAction::from_name(&button.get_attribute("data-act")?)?;
    let row = button.closest("tr[data-row]").ok()??;
    Some((action, row.get_attribute("data-row")?.parse().ok()?))
}
