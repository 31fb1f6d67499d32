use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::{easy_numbers, PageText};
use ox_core::model::{Snapshot, Totals};
use std::sync::Arc;

/// The findings in Leichte Sprache: short sentences, one statement each, the hard words explained.
/// Every number is computed from the snapshot shown.
#[component]
pub fn EasyLanguage(snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let totals = Totals::of(&snapshot.bodies);
    let t = move |key: PageText| move || key.get(lang.get());
    let sentences = move |keys: &'static [PageText]| {
        keys.iter().map(|&k| view! { <p>{t(k)}</p> }).collect_view()
    };
    let word = move |term: PageText, explained: &'static [PageText]| {
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
            <p>{PageText::EasySource4.fill(lang, &[("date", &format::date(&source.date, lang))])}</p>
            <p>{PageText::EasySource5.fill(lang, &[("number", &source.number)])}</p>
        }
    };
    view! {
        <div class="easy-language">
            <h1 data-testid="page-leichte-sprache">{t(PageText::EasyTitle)}</h1>
            <h2>{t(PageText::EasyAboutHeading)}</h2>
            {sentences(&[
                PageText::EasyAbout1,
                PageText::EasyAbout2,
                PageText::EasyAbout3,
                PageText::EasyAbout4,
                PageText::EasyAbout5,
                PageText::EasyAbout6,
                PageText::EasyAbout7,
            ])}
            <h2>{t(PageText::EasyWordsHeading)}</h2>
            <dl class="easy-words">
                {word(PageText::EasyWordAccount, &[PageText::EasyWordAccount1, PageText::EasyWordAccount2, PageText::EasyWordAccount3])}
                {word(PageText::EasyWordOx, &[PageText::EasyWordOx1, PageText::EasyWordOx2])}
                {word(PageText::EasyWordExchange, &[PageText::EasyWordExchange1, PageText::EasyWordExchange2])}
            </dl>
            <h2>{t(PageText::EasyNumbersHeading)}</h2>
            <div data-testid="easy-numbers">{numbers}</div>
            <h2>{t(PageText::EasySourceHeading)}</h2>
            {sentences(&[PageText::EasySource1, PageText::EasySource2, PageText::EasySource3])}
            {source_sentences}
            <h2>{t(PageText::EasyMoreHeading)}</h2>
            <p>{t(PageText::EasyMore)}</p>
        </div>
    }
}
