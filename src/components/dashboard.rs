use super::{
    BodiesTable, ChartCard, Corrections, DataNotes, Downloads, Facts, KeyFigures, SinceLine,
    SnapshotBar, SourceLine, WhatChanged,
};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::charts::ChartId;
use ox_core::i18n::UiText;
use ox_core::model::{Dataset, Snapshot, Totals};
use ox_core::notes::{data_notes, DataNote};
use ox_core::route::Route;
use ox_core::selection::{chart_rows, search_texts, visible_indices_in};
use std::sync::Arc;

/// What the views of the dashboard share: the snapshot shown, the rows the filters leave, the notes.
#[derive(Clone)]
pub struct DashboardData {
    pub snapshot: Arc<Snapshot>,
    /// The answer before it, where the data has one: what changed is measured against it.
    pub previous: Option<Arc<Snapshot>>,
    /// Indices into `snapshot.bodies` of the rows shown, in the order shown.
    pub rows: Memo<Vec<usize>>,
    pub notes: Memo<Vec<DataNote>>,
    /// Totals of the rows shown (key figures and the table's totals row).
    pub totals: Memo<Totals>,
    /// The rows the charts draw (printed order). They follow `rows` after the next paint, so the
    /// table reaches the screen first when a filter changes.
    pub chart_rows: ReadSignal<Vec<usize>>,
}

/// Shares the newest snapshot of `dataset` (a pinned version is loaded as its own file), the rows
/// the reader's filters leave, and the data notes, with every view below.
pub fn provide_dashboard_data(dataset: &Dataset) -> DashboardData {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let snapshot = Arc::new(dataset.latest().clone());
    let previous = ox_core::changes::previous_of(dataset, &snapshot).map(|p| Arc::new(p.clone()));
    let rows = {
        let snapshot = snapshot.clone();
        // Every body's search text, folded once: after the page is first drawn, or at the first
        // search if that comes sooner.
        let texts = Arc::new(std::sync::OnceLock::new());
        {
            let (snapshot, texts) = (snapshot.clone(), texts.clone());
            crate::web::after_next_paint(move || {
                texts.get_or_init(|| search_texts(&snapshot));
            });
        }
        Memo::new(move |_| {
            ctx.state.with(|s| {
                visible_indices_in(&snapshot, s, || {
                    texts.get_or_init(|| search_texts(&snapshot))
                })
            })
        })
    };
    let totals = {
        let snapshot = snapshot.clone();
        Memo::new(move |_| rows.with(|r| Totals::of(r.iter().map(|&i| &snapshot.bodies[i]))))
    };
    let notes = {
        let snapshot = snapshot.clone();
        Memo::new(move |_| data_notes(&snapshot, lang.get()))
    };
    // The charts follow the table once it is on the screen: a change of rows only schedules their
    // update for after the next paint, and changes until then (typing) share one update.
    let (deferred, set_deferred) = signal(rows.with_untracked(|r| chart_rows(r)));
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        rows.track();
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        crate::web::after_next_paint(move || {
            scheduled.set_value(false);
            // Sorting keeps the set of rows: the charts stay as they are.
            let next = rows.with_untracked(|r| chart_rows(r));
            if deferred.with_untracked(|d| *d != next) {
                set_deferred.set(next);
            }
        });
    });
    let data = DashboardData {
        snapshot,
        previous,
        rows,
        totals,
        notes,
        chart_rows: deferred,
    };
    provide_context(data.clone());
    data
}

/// The page a citizen or an MP opens: key figures, charts, table, facts and data notes.
#[component]
pub fn Dashboard(dataset: Arc<Dataset>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    // With an earlier answer in the data: what changed since (nothing with a single answer).
    let DashboardData {
        snapshot,
        notes,
        previous,
        ..
    } = provide_dashboard_data(&dataset);

    // Bring the section named in a shared link into view once it is drawn.
    if let Some(section) = ctx.state.with_untracked(|s| s.section.clone()) {
        request_animation_frame(move || crate::web::scroll_to(&section));
    }

    // Following a section link also records the section in the URL, so the link can be shared.
    let has_previous = previous.is_some();
    let nav = move || {
        let lang = lang.get();
        let link = |id: &'static str, label: UiText| {
            view! {
                <a
                    href=format!("#{id}")
                    on:click=move |_| ctx.state.update(|s| s.section = Some(id.to_string()))
                >
                    {label.get(lang)}
                </a>
            }
        };
        view! {
            <nav class="sections" aria-label=UiText::SectionsNav.get(lang)>
                {link("tabelle", UiText::TableHeading)}
                {has_previous.then(|| link("aenderungen", UiText::ChangesNav))}
                {link("diagramme", UiText::ChartsHeading)}
                {link("angaben", UiText::FactsHeading)}
                {link("hinweise", UiText::NotesHeading)}
                {link("daten", UiText::DownloadsHeading)}
            </nav>
        }
    };
    let print_meta = {
        let s = snapshot.clone();
        let site = crate::web::site_url(ctx.root);
        move || {
            let lang = lang.get();
            let url = format!(
                "{site}{}",
                ctx.state.with(|st| st.address(Route::Dashboard))
            );
            UiText::PrintMeta.fill(
                lang,
                &[
                    ("number", &s.source.number),
                    ("date", &ox_core::format::date(&s.source.date, lang)),
                    ("version", &s.id),
                    ("url", &url),
                ],
            )
        }
    };
    view! {
        <p class="print-only print-meta">{print_meta}</p>
        <h1>{move || UiText::SiteTitle.get(lang.get())}</h1>
        <SnapshotBar dataset=dataset.clone() />
        // The answer first: a sentence, the bar of the whole and the key figures, with the
        // source in one line (its full reference follows the table); the filters come with
        // the table.
        <KeyFigures />
        {previous.clone().map(|previous| {
            view! { <SinceLine previous snapshot=snapshot.clone() /> }
        })}
        {nav}
        // The table before the charts: with the key figures, it is what readers come for, and the
        // server's HTML shows it first (issue 6).
        <BodiesTable />
        <SourceLine snapshot=snapshot.clone() />
        {previous.map(|previous| view! { <WhatChanged previous snapshot=snapshot.clone() /> })}
        <section id="diagramme" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{move || UiText::ChartsHeading.get(lang.get())}</h2>
            <div class="chart-grid">
                {ChartId::ALL.into_iter().map(|id| view! { <ChartCard id /> }).collect_view()}
            </div>
        </section>
        <Facts snapshot=snapshot.clone() />
        <DataNotes snapshot notes />
        {(!dataset.corrections.is_empty())
            .then(|| view! { <Corrections corrections=dataset.corrections.clone() /> })}
        <Downloads />
    }
}
