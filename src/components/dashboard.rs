use super::{BodiesTable, ChartCard, DataNotes, Facts, Filters, KeyFigures, SourceLine};
use crate::app::use_app_context;
use crate::charts::ChartId;
use crate::i18n::T;
use crate::model::{Dataset, Snapshot};
use crate::notes::{data_notes, DataNote};
use crate::table::visible_indices;
use leptos::prelude::*;
use std::sync::Arc;

/// What the views of the dashboard share: the snapshot shown, the rows the filters leave, the notes.
#[derive(Clone)]
pub struct DashboardData {
    pub snapshot: Arc<Snapshot>,
    /// Indices into `snapshot.bodies` of the rows shown, in the order shown.
    pub rows: Memo<Vec<usize>>,
    pub notes: Memo<Vec<DataNote>>,
}

/// The page a citizen or an MP opens: key figures, charts, table, facts and data notes.
#[component]
pub fn Dashboard(dataset: Arc<Dataset>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    // A pinned data version shows that snapshot; an unknown one falls back to the newest.
    let pinned = ctx.state.with_untracked(|s| s.snapshot.clone());
    let snapshot = Arc::new(
        pinned
            .and_then(|id| dataset.snapshot(&id).cloned())
            .unwrap_or_else(|| dataset.latest().clone()),
    );
    let rows = {
        let snapshot = snapshot.clone();
        Memo::new(move |_| ctx.state.with(|s| visible_indices(&snapshot, s)))
    };
    let notes = {
        let snapshot = snapshot.clone();
        Memo::new(move |_| data_notes(&snapshot, lang.get()))
    };
    let data = DashboardData {
        snapshot: snapshot.clone(),
        rows,
        notes,
    };
    provide_context(data.clone());

    // Bring the section named in a shared link into view once it is drawn.
    if let Some(section) = ctx.state.with_untracked(|s| s.section.clone()) {
        request_animation_frame(move || crate::browser::scroll_to(&section));
    }

    let nav = move || {
        let lang = lang.get();
        view! {
            <nav class="sections" aria-label=T::SectionsNav.get(lang)>
                <a href="#kennzahlen">{T::KeyFiguresHeading.get(lang)}</a>
                <a href="#diagramme">{T::ChartsHeading.get(lang)}</a>
                <a href="#tabelle">{T::TableHeading.get(lang)}</a>
                <a href="#angaben">{T::FactsHeading.get(lang)}</a>
                <a href="#hinweise">{T::NotesHeading.get(lang)}</a>
            </nav>
        }
    };
    view! {
        <h1>{move || T::SiteTitle.get(lang.get())}</h1>
        <p class="lead">{move || T::SiteSubtitle.get(lang.get())}</p>
        {nav}
        <SourceLine snapshot=snapshot.clone() />
        <Filters />
        <KeyFigures />
        <section id="diagramme" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{move || T::ChartsHeading.get(lang.get())}</h2>
            <div class="chart-grid">
                {ChartId::ALL.into_iter().map(|id| view! { <ChartCard id /> }).collect_view()}
            </div>
        </section>
        <BodiesTable />
        <Facts snapshot=snapshot.clone() />
        <DataNotes snapshot notes />
    }
}
