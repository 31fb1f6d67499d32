use crate::context::operator;
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::PageText;

/// How to reach the operator: name, postal address, e-mail, and a form or telephone where given.
/// The example operator of trial builds says that it is one.
#[component]
pub fn ContactBlock() -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let Some(o) = operator() else {
        return view! {
            <p class="notice" data-testid="contact-missing">{t(PageText::ContactMissing)}</p>
        }
        .into_any();
    };
    let lines = o
        .postal_address
        .iter()
        .map(|line| view! { <br /> {line.clone()} })
        .collect_view();
    let email = o.email.clone();
    view! {
        {o.example.then(|| view! {
            <p class="notice" data-testid="contact-example">{t(PageText::ContactExample)}</p>
        })}
        <address class="contact" data-testid="operator-contact">
            <p>{o.name.clone()} {lines}</p>
            <p>
                {t(PageText::ContactEmail)} " "
                <a href=format!("mailto:{email}")>{email.clone()}</a>
            </p>
            {o.phone.clone().map(|phone| view! {
                <p>{t(PageText::ContactPhone)} " " {phone}</p>
            })}
            {o.feedback_url.clone().map(|url| view! {
                <p><a href=url>{t(PageText::ContactForm)}</a></p>
            })}
        </address>
    }
    .into_any()
}
