use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::{checks, Check, Snapshot};
use ox_core::notes::DataNote;
use std::sync::Arc;

/// Every irregularity of the source and what the site does about it, plus the automatic checks.
#[component]
pub fn DataNotes(snapshot: Arc<Snapshot>, notes: Memo<Vec<DataNote>>) -> impl IntoView {
    let lang = use_app_context().lang;
    let checks = checks(&snapshot);
    let check_items = move || {
        let lang = lang.get();
        checks
            .iter()
            .map(|c| {
                let text = match *c {
                    Check::SharesRecomputed {
                        checked,
                        mismatches,
                    } => UiText::CheckShares.fill(
                        lang,
                        &[
                            ("checked", &checked.to_string()),
                            ("ok", &(checked - mismatches).to_string()),
                            ("mismatches", &mismatches.to_string()),
                        ],
                    ),
                    Check::MigratedClaim {
                        claimed_over,
                        sum_ox,
                    } => UiText::CheckClaim.fill(
                        lang,
                        &[
                            ("claimed", &format::int(claimed_over, lang)),
                            ("sum", &format::int(sum_ox, lang)),
                        ],
                    ),
                };
                let verdict = if c.passed() {
                    UiText::CheckPassed
                } else {
                    UiText::CheckFailed
                };
                view! {
                    <li>
                        {text} " " <strong class:warn=!c.passed()>"(" {verdict.get(lang)} ")"</strong>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section id="hinweise" aria-labelledby="notes-heading" data-testid="data-notes">
            <h2 id="notes-heading">{move || UiText::NotesHeading.get(lang.get())}</h2>
            <p>{move || UiText::NotesIntro.get(lang.get())}</p>
            <ol class="notes">
                {move || {
                    notes
                        .get()
                        .into_iter()
                        .map(|n| {
                            let about = n.body.clone().map(|b| view! { <strong>{b}</strong> ": " });
                            view! {
                                <li id=n.anchor.clone() data-testid="data-note">
                                    {about}
                                    {n.text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <h3>{move || UiText::ChecksHeading.get(lang.get())}</h3>
            <ul class="checks">{check_items}</ul>
        </section>
    }
}
