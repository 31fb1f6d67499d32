use super::ContactBlock;
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::PageText;

/// Datenschutz: what the site does not do, what a web server usually logs, the reader's rights and
/// who is responsible.
#[component]
pub fn Privacy() -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let items = move |keys: &'static [PageText]| super::list_items(lang, keys);
    view! {
        <h1 data-testid="page-datenschutz">{t(PageText::PrivacyTitle)}</h1>
        <p>{t(PageText::PrivacyIntro)}</p>
        <h2>{t(PageText::PrivacyNotHeading)}</h2>
        <ul>
            {items(&[
                PageText::PrivacyNoCookies,
                PageText::PrivacyNoStorage,
                PageText::PrivacyNoThirdParty,
                PageText::PrivacyNoTracking,
                PageText::PrivacyUrl,
                PageText::PrivacyClipboard,
                PageText::PrivacyLinks,
            ])}
        </ul>
        <h2>{t(PageText::PrivacyLogsHeading)}</h2>
        <p>{t(PageText::PrivacyLogs)}</p>
        <ul>
            {items(&[
                PageText::PrivacyLogIp,
                PageText::PrivacyLogTime,
                PageText::PrivacyLogUrl,
                PageText::PrivacyLogStatus,
                PageText::PrivacyLogReferrer,
                PageText::PrivacyLogAgent,
            ])}
        </ul>
        <h2>{t(PageText::PrivacyEmbedsHeading)}</h2>
        <p>{t(PageText::PrivacyEmbeds)}</p>
        <h2>{t(PageText::PrivacyRightsHeading)}</h2>
        <p>{t(PageText::PrivacyRights)}</p>
        <h2>{t(PageText::PrivacyControllerHeading)}</h2>
        <ContactBlock />
    }
}
