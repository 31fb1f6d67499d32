use crate::app::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::{easy_numbers, P};
use ox_core::model::{Snapshot, Totals};
use std::sync::Arc;

/// The findings in Leichte Sprache: short sentences, one statement each, the hard words explained.
/// Every number is computed from the snapshot shown.
#[component]
pub fn EasyLanguage(snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let totals = Totals::of(&snapshot.bodies);
    let t = move |key: P| move || key.get(lang.get());
    let sentences =
        move |keys: &'static [P]| keys.iter().map(|&k| view! { <p>{t(k)}</p> }).collect_view();
    let word = move |term: P, explained: &'static [P]| {
        view! {
            <dt>{t(term)}</dt>
            <dd>{sentences(explained)}</dd>
        }
    };
    let numbers = move || {
        let lang = lang.get();
        easy_numbers(&totals, lang)
            .into_iter()
            .map(|s| view! { <p>{s}</p> })
            .collect_view()
    };
    let source = snapshot.source.clone();
    let source_sentences = move || {
        let lang = lang.get();
        view! {
            <p>{P::EasySource4.fill(lang, &[("date", &format::date(&source.date, lang))])}</p>
            <p>{P::EasySource5.fill(lang, &[("number", &source.number)])}</p>
        }
    };
    view! {
        <div class="easy-language">
            <h1 data-testid="page-leichte-sprache">{t(P::EasyTitle)}</h1>
            <h2>{t(P::EasyAboutHeading)}</h2>
            {sentences(&[
                P::EasyAbout1,
                P::EasyAbout2,
                P::EasyAbout3,
                P::EasyAbout4,
                P::EasyAbout5,
                P::EasyAbout6,
                P::EasyAbout7,
            ])}
            <h2>{t(P::EasyWordsHeading)}</h2>
            <dl class="easy-words">
                {word(P::EasyWordAccount, &[P::EasyWordAccount1, P::EasyWordAccount2, P::EasyWordAccount3])}
                {word(P::EasyWordOx, &[P::EasyWordOx1, P::EasyWordOx2])}
                {word(P::EasyWordExchange, &[P::EasyWordExchange1, P::EasyWordExchange2])}
            </dl>
            <h2>{t(P::EasyNumbersHeading)}</h2>
            <div data-testid="easy-numbers">{numbers}</div>
            <h2>{t(P::EasySourceHeading)}</h2>
            {sentences(&[P::EasySource1, P::EasySource2, P::EasySource3])}
            {source_sentences}
            <h2>{t(P::EasyMoreHeading)}</h2>
            <p>{t(P::EasyMore)}</p>
        </div>
    }
}
