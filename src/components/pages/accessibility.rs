use super::ContactBlock;
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::{PageText, STATEMENT_DATE};

/// Erklärung zur Barrierefreiheit, in the order of the EU model statement: compliance status and
/// what was tested, non-accessible content, preparation, feedback and contact, enforcement.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let items = move |keys: &'static [PageText]| super::list_items(lang, keys);
    // The enforcement body is a setting of the deployment, like the contact.
    let enforcement = crate::context::operator().map(|o| o.enforcement_url);
    view! {
        <h1 data-testid="page-barrierefreiheit">{t(PageText::A11yTitle)}</h1>
        <p>{t(PageText::A11yIntro)}</p>
        <p>{t(PageText::A11yScope)}</p>

        <h2>{t(PageText::A11yStatusHeading)}</h2>
        <p data-testid="compliance-status">{t(PageText::A11yStatus)}</p>
        <p>{t(PageText::A11yTestedIntro)}</p>
        <ul data-testid="tested">
            {items(&[
                PageText::A11yTestedAxe,
                PageText::A11yTestedKeyboard,
                PageText::A11yTestedScreenReader,
                PageText::A11yTestedContrast,
                PageText::A11yTestedReflow,
            ])}
        </ul>
        <p>{t(PageText::A11yTestedLimits)}</p>

        <h2>{t(PageText::A11yLimitsHeading)}</h2>
        <p>{t(PageText::A11yLimitsIntro)}</p>
        <ul>
            {items(&[
                PageText::A11yLimitCharts,
                PageText::A11yLimitExports,
                PageText::A11yLimitSource,
                PageText::A11yLimitSignLanguage,
            ])}
        </ul>

        <h2>{t(PageText::A11yPreparedHeading)}</h2>
        <p data-testid="statement-date">
            {move || {
                let lang = lang.get();
                PageText::A11yPrepared.fill(lang, &[("date", &format::date(STATEMENT_DATE, lang))])
            }}
        </p>

        <h2>{t(PageText::A11yFeedbackHeading)}</h2>
        <p>{t(PageText::A11yFeedback)}</p>
        <ContactBlock />

        <h2>{t(PageText::A11yEnforcementHeading)}</h2>
        <p>{t(PageText::A11yEnforcement)}</p>
        {enforcement.map(|url| view! {
            <p data-testid="enforcement-link">
                <a href=url hreflang="de">{t(PageText::A11yEnforcementLink)}</a>
            </p>
        })}
    }
}
