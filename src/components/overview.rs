use super::{BodiesTable, DataNotes, SourceLine};
use crate::app::use_app_context;
use crate::i18n::T;
use crate::model::Dataset;
use crate::notes::data_notes;
use leptos::prelude::*;
use std::sync::Arc;

/// The page of the newest snapshot: title, source, table of all bodies and the data notes.
#[component]
pub fn Overview(dataset: Arc<Dataset>) -> impl IntoView {
    let lang = use_app_context().lang;
    let snapshot = Arc::new(dataset.latest().clone());
    let notes = {
        let snapshot = snapshot.clone();
        Memo::new(move |_| data_notes(&snapshot, lang.get()))
    };
    view! {
        <h1>{move || T::SiteTitle.get(lang.get())}</h1>
        <p class="lead">{move || T::SiteSubtitle.get(lang.get())}</p>
        <SourceLine snapshot=snapshot.clone() />
        <BodiesTable snapshot=snapshot.clone() notes />
        <DataNotes snapshot notes />
    }
}
