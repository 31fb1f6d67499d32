use super::ContactBlock;
use crate::app::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::P;

/// Datenschutz: what the site does not do, what a web server usually logs, the reader's rights and
/// who is responsible.
#[component]
pub fn Privacy() -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: P| move || key.get(lang.get());
    let items = move |keys: &'static [P]| super::list_items(lang, keys);
    view! {
        <h1 data-testid="page-datenschutz">{t(P::PrivacyTitle)}</h1>
        <p>{t(P::PrivacyIntro)}</p>
        <h2>{t(P::PrivacyNotHeading)}</h2>
        <ul>
            {items(&[
                P::PrivacyNoCookies,
                P::PrivacyNoStorage,
                P::PrivacyNoThirdParty,
                P::PrivacyNoTracking,
                P::PrivacyUrl,
                P::PrivacyClipboard,
                P::PrivacyLinks,
            ])}
        </ul>
        <h2>{t(P::PrivacyLogsHeading)}</h2>
        <p>{t(P::PrivacyLogs)}</p>
        <ul>
            {items(&[
                P::PrivacyLogIp,
                P::PrivacyLogTime,
                P::PrivacyLogUrl,
                P::PrivacyLogStatus,
                P::PrivacyLogReferrer,
                P::PrivacyLogAgent,
            ])}
        </ul>
        <h2>{t(P::PrivacyEmbedsHeading)}</h2>
        <p>{t(P::PrivacyEmbeds)}</p>
        <h2>{t(P::PrivacyRightsHeading)}</h2>
        <p>{t(P::PrivacyRights)}</p>
        <h2>{t(P::PrivacyControllerHeading)}</h2>
        <ContactBlock />
    }
}
