use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::UiText;
use ox_core::view_state::SortKey;

/// Sorting where the table is a list of cards (phones), whose column headers are hidden: by every
/// column and in either direction, the same state as the headers' and so kept in the address.
#[component]
pub fn SortControl() -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let state = ctx.state;
    let key = Memo::new(move |_| state.with(|s| s.sort));
    let descending = Memo::new(move |_| state.with(|s| s.descending));
    let options = move || {
        let lang = lang.get();
        let current = key.get();
        SortKey::ALL
            .into_iter()
            .map(|k| {
                view! {
                    <option value=k.slug() selected=k == current>{sort_label(k).get(lang)}</option>
                }
            })
            .collect_view()
    };
    let direction = move || {
        let lang = lang.get();
        let down = descending.get();
        [(false, UiText::SortAscending), (true, UiText::SortDescending)]
            .into_iter()
            .map(|(d, label)| {
                view! {
                    <option value=if d { "ab" } else { "auf" } selected=d == down>{label.get(lang)}</option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="sort-control" data-testid="sort-control">
            <label>
                {move || UiText::SortBy.get(lang.get())}
                <select
                    data-testid="sort-by"
                    on:change=move |ev| {
                        let k = SortKey::from_slug(&event_target_value(&ev)).unwrap_or_default();
                        state.update(|s| {
                            s.sort = k;
                            if k == SortKey::Table {
                                s.descending = false;
                            }
                        });
                    }
                >
                    {options}
                </select>
            </label>
            <label>
                {move || UiText::SortDirection.get(lang.get())}
                <select
                    data-testid="sort-direction"
                    disabled=move || key.get() == SortKey::Table
                    on:change=move |ev| {
                        let down = event_target_value(&ev) == "ab";
                        state.update(|s| s.descending = down);
                    }
                >
                    {direction}
                </select>
            </label>
        </div>
    }
}

/// The name of what `key` sorts by, in words (the headers' short names mean little out of the
/// header row).
fn sort_label(key: SortKey) -> UiText {
    match key {
        SortKey::Table => UiText::SortTable,
        SortKey::Portfolio => UiText::ColPortfolio,
        SortKey::Body => UiText::ColBody,
        SortKey::Exchange => UiText::ColExchangeLong,
        SortKey::Resources => UiText::ColResourcesLong,
        SortKey::Ox => UiText::ColOxLong,
        SortKey::SharePrinted => UiText::ColSharePrinted,
        SortKey::ShareRecomputed => UiText::ColShareRecomputed,
    }
}
