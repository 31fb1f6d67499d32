use super::DashboardData;
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::view_state::PortfolioFilter;

/// Ressort filter, search and reset; they narrow the key figures, the charts and the table alike.
#[component]
pub fn Filters() -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let state = ctx.state;
    let data = expect_context::<DashboardData>();
    let mut portfolios: Vec<Option<String>> = Vec::new();
    for b in &data.snapshot.bodies {
        if !portfolios.contains(&b.portfolio) {
            portfolios.push(b.portfolio.clone());
        }
    }
    let total = data.snapshot.bodies.len();
    let snapshot = data.snapshot.clone();
    let rows = data.rows;
    // A memo: typing and sorting change the state but not the Ressort, so the options stay.
    let selected = Memo::new(move |_| {
        state.with(|s| match &s.portfolio {
            None => String::new(),
            Some(PortfolioFilter::Without) => "ohne".into(),
            Some(PortfolioFilter::Is(p)) => p.clone(),
        })
    });
    let options = move || {
        let lang = lang.get();
        let current = selected.get();
        portfolios
            .iter()
            .map(|p| {
                let (value, label) = match p {
                    Some(p) => (
                        p.clone(),
                        ox_core::naming::portfolio(&snapshot, Some(p), lang).long,
                    ),
                    None => (
                        "ohne".to_string(),
                        UiText::NoPortfolio.get(lang).to_string(),
                    ),
                };
                let is_selected = value == current;
                view! { <option value=value selected=is_selected>{label}</option> }
            })
            .collect_view()
    };
    let on_portfolio = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.update(|s| {
            s.portfolio = match value.as_str() {
                "" => None,
                "ohne" => Some(PortfolioFilter::Without),
                p => Some(PortfolioFilter::Is(p.to_string())),
            };
            s.body = None;
        });
    };
    let on_search = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.update(|s| s.search = value.chars().take(100).collect());
    };
    let body_chip = move || {
        state.with(|s| s.body.clone()).map(|b| {
            let label = UiText::SelectedBody.fill(lang.get(), &[("body", &b)]);
            view! {
                <button
                    type="button"
                    class="chip"
                    data-testid="clear-body"
                    on:click=move |_| state.update(|s| s.body = None)
                >
                    {label}
                    " ✕"
                </button>
            }
        })
    };
    view! {
        <div role="search" class="filters" data-testid="filters">
            <div class="field">
                <label for="filter-ressort">{move || UiText::FilterPortfolio.get(lang.get())}</label>
                <select id="filter-ressort" data-testid="filter-ressort" on:change=on_portfolio>
                    <option value="" selected=move || selected.with(String::is_empty)>
                        {move || UiText::AllPortfolios.get(lang.get())}
                    </option>
                    {options}
                </select>
            </div>
            <div class="field">
                <label for="filter-search">{move || UiText::FilterSearch.get(lang.get())}</label>
                <input
                    id="filter-search"
                    type="search"
                    data-testid="filter-search"
                    maxlength="100"
                    autocomplete="off"
                    prop:value=move || state.with(|s| s.search.clone())
                    on:input=on_search
                />
            </div>
            {body_chip}
            <button
                type="button"
                data-testid="filter-reset"
                disabled=move || !state.with(|s| s.is_filtered())
                on:click=move |_| {
                    state.update(|s| {
                        s.portfolio = None;
                        s.body = None;
                        s.search.clear();
                    })
                }
            >
                {move || UiText::ResetFilters.get(lang.get())}
            </button>
            <p class="count" role="status" data-testid="row-count">
                {move || {
                    let lang = lang.get();
                    let n = format::int(rows.with(Vec::len) as u64, lang);
                    UiText::RowCount.fill(lang, &[("n", &n), ("all", &format::int(total as u64, lang))])
                }}
            </p>
        </div>
    }
}
