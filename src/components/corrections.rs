use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::Correction;

/// The corrections log: each time figures this site had published were corrected, what, when
/// and why, with every number before and after. Shown only when there is one.
#[component]
pub fn Corrections(corrections: Vec<Correction>) -> impl IntoView {
    let lang = use_app_context().lang;
    let mut corrections = corrections;
    corrections.sort_by(|a, b| b.date.cmp(&a.date));
    let entries = corrections
        .into_iter()
        .map(|c| {
            let values = c
                .values
                .iter()
                .map(|v| {
                    let v = v.clone();
                    view! {
                        <li>
                            {move || UiText::CorrectionValue.fill(
                                lang.get(),
                                &[("body", &v.body), ("field", &v.field), ("before", &v.before), ("after", &v.after)],
                            )}
                        </li>
                    }
                })
                .collect_view();
            let (what, why) = (c.what.clone(), c.why.clone());
            let (date, snapshot) = (c.date.clone(), c.snapshot.clone());
            view! {
                <li data-testid="correction">
                    <p>
                        <strong>{move || format::date(&date, lang.get())}</strong> " – "
                        {move || lang.get().pick(&what.de, &what.en).to_string()}
                    </p>
                    <p>
                        {move || UiText::CorrectionWhy.fill(
                            lang.get(),
                            &[("why", lang.get().pick(&why.de, &why.en)), ("version", &snapshot)],
                        )}
                    </p>
                    <ul>{values}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="korrekturen" aria-labelledby="corrections-heading" data-testid="corrections">
            <h2 id="corrections-heading">{move || UiText::CorrectionsHeading.get(lang.get())}</h2>
            <ul class="corrections">{entries}</ul>
        </section>
    }
}
