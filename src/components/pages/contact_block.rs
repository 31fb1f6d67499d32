use super::contact::{Contact, OPERATOR_CONTACT};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::i18n::PageText;

/// The operator's contact from [`OPERATOR_CONTACT`], or a plain notice that it is still missing.
#[component]
pub fn ContactBlock() -> impl IntoView {
    let lang = use_app_context().lang;
    match OPERATOR_CONTACT {
        Some(Contact {
            name,
            email,
            postal,
        }) => view! {
            <address class="contact" data-testid="operator-contact">
                <p>{name}</p>
                <p>
                    {move || PageText::ContactEmail.get(lang.get())} " "
                    <a href=format!("mailto:{email}")>{email}</a>
                </p>
                {(!postal.is_empty()).then(|| view! {
                    <p>
                        {move || PageText::ContactPostal.get(lang.get())} " "
                        {postal.lines().map(|l| view! { {l.to_string()} <br /> }).collect_view()}
                    </p>
                })}
            </address>
        }
        .into_any(),
        None => view! {
            <p class="notice" data-testid="contact-missing">
                {move || PageText::ContactMissing.get(lang.get())}
            </p>
        }
        .into_any(),
    }
}
