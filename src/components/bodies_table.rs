use super::body_row::{rows_html, RowAction};
use super::{CopyBox, DashboardData, Filters, ModalDialog, SortControl};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::{Lang, UiText};
use ox_core::route::Route;
use ox_core::selection::{rows_on_screen, FIRST_DRAW, ROWS_PER_STEP};
use ox_core::view_state::{PortfolioFilter, SortKey, ViewState};

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
    // After a change, the rows that reach the bottom of the window are drawn at once and the rest
    // of the step after the next paint, so the table answers within a frame even for ten thousand
    // bodies. Nothing on the screen moves in between: the rows drawn first fill the window below
    // the table's top.
    let complete = RwSignal::new(0u64);
    let scheduled = StoredValue::new(false);
    // How many rows the screen can show, measured where the layout is already done (after the
    // table is drawn, and at the frame after a scroll or resize), never during an update, where
    // reading it would lay the page out an extra time.
    let tbody = NodeRef::<leptos::html::Tbody>::new();
    let on_screen = StoredValue::new(FIRST_DRAW);
    let measure = move || {
        let place = tbody.get_untracked();
        if let Some(place) = place.and_then(|t| crate::web::rows_in_window(&t)) {
            on_screen.set_value(rows_on_screen(
                place.top,
                place.window_height,
                place.row_height,
            ));
        }
    };
    crate::web::on_scroll_or_resize(measure);
    Effect::new(move |_| {
        generation.track();
        if !scheduled.get_value() {
            scheduled.set_value(true);
            crate::web::after_next_paint(move || {
                scheduled.set_value(false);
                measure();
                complete.set(generation.get_untracked());
            });
        }
    });
    let shown_rows = move || {
        let lang = lang.get();
        let limit = limit();
        let whole = complete.get() == generation.get();
        rows.with(|r| {
            let n = if whole {
                limit
            } else {
                // Down to the row with the focus too, so that the focus can stay on it.
                let focused = tbody
                    .get_untracked()
                    .and_then(|t| focused_row_button(&t))
                    .and_then(|(_, row)| r.iter().position(|&i| i == row))
                    .map_or(0, |p| p + 1);
                limit.min(on_screen.get_value().max(focused))
            };
            (lang, r.iter().take(n).copied().collect::<Vec<_>>())
        })
    };
    // The rows go into the table as HTML (`rows_html`, which says why), on the server and in the
    // browser alike.
    let first_rows = untrack(shown_rows);
    let drawn = StoredValue::new(first_rows.clone());
    let first_html = notes.with_untracked(|n| rows_html(&snapshot, &first_rows.1, first_rows.0, n));
    {
        let snapshot = snapshot.clone();
        Effect::new(move |_| {
            let want = shown_rows();
            let Some(tbody) = tbody.get() else {
                return;
            };
            drawn.update_value(|have| {
                if *have != want {
                    notes.with_untracked(|n| redraw_rows(&tbody, &snapshot, have, &want, n));
                    *have = want;
                }
            });
        });
    }
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
            let url = format!(
                "{}{}",
                crate::web::site_url(ctx.root),
                view.address(Route::Dashboard)
            );
            ox_core::cite::body_citation(b, &snapshot, &url, lang)
        });
        view! {
            <ModalDialog
                open=cite_open
                title=Signal::derive(move || UiText::CiteWhat.fill(lang.get(), &[("what", &what())]))
                testid="cite-row"
            >
                <CopyBox
                    label=Signal::derive(move || UiText::CitationLabel.get(lang.get()).to_string())
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
                    {UiText::ShowMoreRows.fill(
                        lang,
                        &[
                            ("next", &format::int(next as u64, lang)),
                            ("shown", &format::int(shown as u64, lang)),
                            ("total", &format::int(total as u64, lang)),
                        ],
                    )}
                </button>
            }
        })
    };
    let foot = move || {
        let lang = lang.get();
        let totals = data.totals.get();
        let n = |v: u64| format::int(v, lang);
        view! {
            <tr id=ox_core::page_names::TOTALS_ROW_ID data-testid="totals-row">
                <th scope="row" colspan="2">
                    {match totals.bodies {
                        1 => UiText::TotalRowOne.get(lang).to_string(),
                        b => UiText::TotalRow.fill(lang, &[("n", &n(b as u64))]),
                    }}
                </th>
                <td class="num">{n(totals.exchange_accounts)}</td>
                <td class="num">{n(totals.exchange_resources)}</td>
                <td class="num">{n(totals.ox_accounts)}</td>
                <td class="num">"–"</td>
                <td class="num">
                    {totals.ox_share().map(|s| format::share(s, lang)).unwrap_or_default()}
                </td>
            </tr>
        }
    };
    view! {
        <section id="tabelle" aria-labelledby="table-heading">
            <h2 id="table-heading">{move || UiText::TableHeading.get(lang.get())}</h2>
            <Filters />
            // Wide screens sort by the column headers, phones (cards, no headers) by the control.
            <p class="hint hint-wide">{move || UiText::TableHint.get(lang.get())}</p>
            <p class="hint hint-narrow">{move || UiText::TableHintNarrow.get(lang.get())}</p>
            <SortControl />
            // Named by the table's caption: the section around it is already "Alle Behörden".
            <section class="table-scroll" tabindex="0" aria-labelledby="bodies-caption">
                <table class="bodies" data-testid="bodies-table">
                    <caption id="bodies-caption">{caption}</caption>
                    <thead>
                        <tr>
                            <SortHeader key=SortKey::Portfolio label=UiText::ColPortfolio long=None numeric=false />
                            <SortHeader key=SortKey::Body label=UiText::ColBody long=None numeric=false />
                            <SortHeader key=SortKey::Exchange label=UiText::ColExchange long=Some(UiText::ColExchangeLong) numeric=true />
                            <SortHeader key=SortKey::Resources label=UiText::ColResources long=Some(UiText::ColResourcesLong) numeric=true />
                            <SortHeader key=SortKey::Ox label=UiText::ColOx long=Some(UiText::ColOxLong) numeric=true />
                            <SortHeader key=SortKey::SharePrinted label=UiText::ColSharePrinted long=None numeric=true />
                            <SortHeader key=SortKey::ShareRecomputed label=UiText::ColShareRecomputed long=None numeric=true />
                        </tr>
                    </thead>
                    <tbody node_ref=tbody on:click=on_row_click inner_html=first_html></tbody>
                    <tfoot>{foot}</tfoot>
                </table>
            </section>
            <p class="hint editorial-note">{move || UiText::EditorialNote.get(lang.get())}</p>
            {more}
            {cite_dialog}
        </section>
    }
}

/// A column header that sorts by its column: first ascending, then descending, then printed order.
#[component]
fn SortHeader(key: SortKey, label: UiText, long: Option<UiText>, numeric: bool) -> impl IntoView {
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
    row_button(&target)
}

/// The action of the row button `el` is (or is in), and the row's index into the bodies.
fn row_button(el: &leptos::web_sys::Element) -> Option<(RowAction, usize)> {
    let button = el.closest("button[data-act]").ok()??;
    let action = RowAction::from_name(&button.get_attribute("data-act")?)?;
    let row = button.closest("tr[data-row]").ok()??;
    Some((action, row.get_attribute("data-row")?.parse().ok()?))
}

/// The rows a table body shows: their language and indices into the snapshot's bodies.
type Shown = (Lang, Vec<usize>);

/// Brings the table body from the rows it shows (`have`) to those wanted: more rows of the same
/// set are added at the end (the rest of a step after the paint, "show more"); anything else draws
/// the rows afresh, keeping the focus on the same button of the same body when it is still shown.
fn redraw_rows(
    tbody: &leptos::web_sys::Element,
    snapshot: &ox_core::model::Snapshot,
    (have_lang, have): &Shown,
    (lang, want): &Shown,
    notes: &[ox_core::notes::DataNote],
) {
    if have_lang == lang && !have.is_empty() && want.starts_with(have) {
        let more = rows_html(snapshot, &want[have.len()..], *lang, notes);
        let _ = tbody.insert_adjacent_html("beforeend", &more);
        return;
    }
    let focused = focused_row_button(tbody);
    tbody.set_inner_html(&rows_html(snapshot, want, *lang, notes));
    if let Some((act, row)) = focused {
        let selector = format!("tr[data-row=\"{row}\"] button[data-act=\"{}\"]", act.name());
        if let Some(button) = tbody.query_selector(&selector).ok().flatten() {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(button) = button.dyn_into::<leptos::web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        }
    }
}

/// The action and row index of the row button in `tbody` that has the focus, if one has.
fn focused_row_button(tbody: &leptos::web_sys::Element) -> Option<(RowAction, usize)> {
    let active = tbody.owner_document()?.active_element()?;
    tbody.contains(Some(&active)).then_some(())?;
    row_button(&active)
}
