use super::ContactBlock;
use crate::context::{operator, use_app_context};
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::PageText;
use ox_core::model::Snapshot;
use std::sync::Arc;

/// Impressum: who provides the site and how to reach them (§ 5 DDG), who is responsible for its
/// content (§ 18 MStV), and under which licence its compilation of the data is published.
#[component]
pub fn Imprint(snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let name = operator().map(|o| o.name).unwrap_or_default();
    let responsible = operator()
        .and_then(|o| o.responsible)
        .unwrap_or_else(|| name.clone());
    let content = move || {
        let lang = lang.get();
        PageText::ImprintContent.fill(
            lang,
            &[
                ("number", &snapshot.source.number),
                ("date", &format::date(&snapshot.source.date, lang)),
                ("name", &name),
            ],
        )
    };
    view! {
        <h1 data-testid="page-impressum">{t(PageText::ImprintTitle)}</h1>
        <h2>{t(PageText::ImprintProviderHeading)}</h2>
        <p>{t(PageText::ImprintProvider)}</p>
        <ContactBlock />
        <h2>{t(PageText::ImprintResponsibleHeading)}</h2>
        <p>{move || PageText::ImprintResponsible.fill(lang.get(), &[("name", &responsible)])}</p>
        <h2>{t(PageText::ImprintContentHeading)}</h2>
        <p data-testid="imprint-licence">{content}</p>
        <p>{t(PageText::ImprintLiability)}</p>
    }
}
