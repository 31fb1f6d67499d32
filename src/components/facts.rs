use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::Snapshot;
use std::sync::Arc;

/// The answer's other statements, each with its date, the question it answers and the source's words.
#[component]
pub fn Facts(snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let items = move || {
        let lang = lang.get();
        snapshot
            .facts
            .iter()
            .map(|f| {
                let when = f.when.as_ref().map(|w| {
                    view! { <span class="when">{format::when(w, lang)} ": "</span> }
                });
                let refs: Vec<String> = f
                    .references
                    .iter()
                    .filter_map(|r| snapshot.references.iter().find(|x| &x.id == r))
                    .map(|r| r.label.clone())
                    .collect();
                let cite = UiText::FactCite.fill(
                    lang,
                    &[
                        ("question", &f.question.to_string()),
                        (
                            "page",
                            &f.page.map(|p| p.to_string()).unwrap_or_else(|| "–".into()),
                        ),
                    ],
                );
                let refs = (!refs.is_empty())
                    .then(|| format!(" {} {}", UiText::SeeAlso.get(lang), refs.join(", ")));
                view! {
                    <li data-testid="fact">
                        <p>{when} {lang.pick(&f.text.de, &f.text.en).to_string()}</p>
                        <blockquote lang="de">"„" {f.quote.clone()} "“"</blockquote>
                        <p class="cite">{cite} {refs}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section id="angaben" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{move || UiText::FactsHeading.get(lang.get())}</h2>
            <ul class="facts">{items}</ul>
        </section>
    }
}
