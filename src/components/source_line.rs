use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::Snapshot;
use std::sync::Arc;

/// The reference of the snapshot's source: document, number, date and who answered.
#[component]
pub fn SourceLine(snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let official_url = snapshot.source.url.clone();
    let text = Memo::new(move |_| {
        let lang = lang.get();
        let s = &snapshot.source;
        let line = UiText::SourceLine.fill(
            lang,
            &[
                ("parliament", &s.parliament),
                ("number", &s.number),
                ("date", &format::date(&s.date, lang)),
                ("title", &s.title),
                ("answered_by", &s.answered_by),
                ("asked_by", &s.asked_by),
            ],
        );
        let pages: Vec<String> = snapshot.table.pages.iter().map(u32::to_string).collect();
        let table = UiText::TableSource.fill(
            lang,
            &[
                ("question", &snapshot.table.question.to_string()),
                ("pages", &pages.join(", ")),
            ],
        );
        let page_note = lang.pick(&s.page_note.de, &s.page_note.en).to_string();
        (line, table, page_note)
    });
    let official = official_url.map(|url| {
        view! {
            " "
            <a href=url class="official" data-testid="source-official">
                {move || UiText::SourceOfficial.get(lang.get())}
            </a>
        }
    });
    view! {
        <p class="source" id="quelle" data-testid="source">
            <strong>{move || UiText::Source.get(lang.get())} ": "</strong>
            {move || text.get().0}
            " "
            {move || text.get().1}
            " "
            <span class="muted">{move || text.get().2}</span>
            {official}
        </p>
    }
}
