use super::ContactBlock;
use crate::app::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::{COMPLAINTS_BODY_URL, P, STATEMENT_DATE};

/// Erklärung zur Barrierefreiheit, in the order of the EU model statement: compliance status and
/// what was tested, non-accessible content, preparation, feedback and contact, enforcement.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: P| move || key.get(lang.get());
    let items = move |keys: &'static [P]| super::list_items(lang, keys);
    view! {
        <h1 data-testid="page-barrierefreiheit">{t(P::A11yTitle)}</h1>
        <p>{t(P::A11yIntro)}</p>
        <p>{t(P::A11yScope)}</p>

        <h2>{t(P::A11yStatusHeading)}</h2>
        <p data-testid="compliance-status">{t(P::A11yStatus)}</p>
        <p>{t(P::A11yTestedIntro)}</p>
        <ul data-testid="tested">
            {items(&[
                P::A11yTestedAxe,
                P::A11yTestedKeyboard,
                P::A11yTestedScreenReader,
                P::A11yTestedContrast,
                P::A11yTestedReflow,
            ])}
        </ul>
        <p>{t(P::A11yTestedLimits)}</p>

        <h2>{t(P::A11yLimitsHeading)}</h2>
        <p>{t(P::A11yLimitsIntro)}</p>
        <ul>
            {items(&[
                P::A11yLimitCharts,
                P::A11yLimitExports,
                P::A11yLimitSource,
                P::A11yLimitSignLanguage,
            ])}
        </ul>

        <h2>{t(P::A11yPreparedHeading)}</h2>
        <p data-testid="statement-date">
            {move || {
                let lang = lang.get();
                P::A11yPrepared.fill(lang, &[("date", &format::date(STATEMENT_DATE, lang))])
            }}
        </p>

        <h2>{t(P::A11yFeedbackHeading)}</h2>
        <p>{t(P::A11yFeedback)}</p>
        <ContactBlock />

        <h2>{t(P::A11yEnforcementHeading)}</h2>
        <p>{t(P::A11yEnforcement)}</p>
        <p>
            <a href=COMPLAINTS_BODY_URL hreflang="de">{t(P::A11yEnforcementLink)}</a>
        </p>
    }
}
