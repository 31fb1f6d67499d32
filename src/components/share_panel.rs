use super::{CopyBox, DashboardData};
use crate::context::use_app_context;
use crate::web::SpecRef;
use leptos::prelude::*;
use ox_core::charts::ChartId;
use ox_core::cite::chart_citation;
use ox_core::embed_code::{chart_link, iframe_code, static_html, EmbedOptions};
use ox_core::i18n::{Lang, UiText};
use ox_core::view_state::ThemeChoice;

/// Link, embed code (iframe with resize script, or static HTML without scripts) and citation for
/// one chart, with the embed's options: language, colour scheme, filter and data version.
#[component]
pub fn SharePanel(id: ChartId, spec: Memo<SpecRef>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let data = expect_context::<DashboardData>();
    let version = data.snapshot.id.clone();
    let site = crate::web::site_url(ctx.root);
    let embed_lang = RwSignal::new(lang.get_untracked());
    let theme = RwSignal::new(None::<ThemeChoice>);
    let pin = RwSignal::new(true);
    let keep_filter = RwSignal::new(true);
    let has_filter = move || ctx.state.with(|s| s.portfolio.is_some());
    let options = {
        let version = version.clone();
        move || EmbedOptions {
            lang: embed_lang.get(),
            theme: theme.get(),
            portfolio: if keep_filter.get() {
                ctx.state.with(|s| s.portfolio.clone())
            } else {
                None
            },
            pin: pin.get().then(|| version.clone()),
        }
    };
    let link = {
        let site = site.clone();
        Signal::derive(move || chart_link(&site, id, &ctx.state.get()))
    };
    let iframe = {
        let site = site.clone();
        let options = options.clone();
        Signal::derive(move || spec.with(|s| iframe_code(&site, &s.0, &options())))
    };
    let static_code =
        Signal::derive(move || spec.with(|s| static_html(&s.0, &link.get(), lang.get())));
    let citation = {
        let snapshot = data.snapshot.clone();
        let publisher = crate::context::publisher();
        Signal::derive(move || {
            let lang = lang.get();
            // The title says which view is cited: "… – Ressort VIII – Ministerium für …".
            let words = ctx
                .state
                .with(|st| ox_core::cite::selection_words(st, &snapshot, lang))
                .filter(|_| id.uses_bodies());
            spec.with(|s| {
                let title = match &words {
                    Some(words) => format!("{} – {words}", s.0.title),
                    None => s.0.title.clone(),
                };
                let publisher = publisher(lang);
                chart_citation(&title, &snapshot, &publisher, &link.get(), lang)
            })
        })
    };
    let t = move |key: UiText| Signal::derive(move || key.get(lang.get()).to_string());
    let date = ox_core::format::date(&data.snapshot.source.date, lang.get_untracked());
    view! {
        <div class="share-panel">
            <CopyBox label=t(UiText::ShareLink) text=link testid=format!("link-{}", id.slug()) rows=2 />
            <fieldset class="embed-options">
                <legend>{move || UiText::EmbedOptions.get(lang.get())}</legend>
                <label>
                    {move || UiText::EmbedLanguage.get(lang.get())} " "
                    <select on:change=move |ev| {
                        embed_lang.set(Lang::from_code(&event_target_value(&ev)).unwrap_or_default())
                    }>
                        <option value="de" selected=move || embed_lang.get() == Lang::De>"Deutsch"</option>
                        <option value="en" selected=move || embed_lang.get() == Lang::En>"English"</option>
                    </select>
                </label>
                <label>
                    {move || UiText::EmbedTheme.get(lang.get())} " "
                    <select on:change=move |ev| {
                        theme.set(match event_target_value(&ev).as_str() {
                            "light" => Some(ThemeChoice::Light),
                            "dark" => Some(ThemeChoice::Dark),
                            _ => None,
                        })
                    }>
                        <option value="auto">{move || UiText::ThemeAuto.get(lang.get())}</option>
                        <option value="light">{move || UiText::ThemeLight.get(lang.get())}</option>
                        <option value="dark">{move || UiText::ThemeDark.get(lang.get())}</option>
                    </select>
                </label>
                <label>
                    <input
                        type="checkbox"
                        data-testid="embed-pin"
                        prop:checked=move || pin.get()
                        on:change=move |ev| pin.set(event_target_checked(&ev))
                    />
                    " "
                    {move || UiText::EmbedPin.fill(lang.get(), &[("date", &date)])}
                </label>
                <Show when=has_filter>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=move || keep_filter.get()
                            on:change=move |ev| keep_filter.set(event_target_checked(&ev))
                        />
                        " "
                        {move || UiText::EmbedKeepFilter.get(lang.get())}
                    </label>
                </Show>
            </fieldset>
            <CopyBox label=t(UiText::EmbedIframe) text=iframe testid=format!("iframe-{}", id.slug()) rows=4 />
            <p class="hint">{move || UiText::EmbedIframeHint.get(lang.get())}</p>
            <CopyBox label=t(UiText::EmbedStatic) text=static_code testid=format!("static-{}", id.slug()) rows=4 />
            <CopyBox label=t(UiText::CiteChartLabel) text=citation testid=format!("cite-{}", id.slug()) rows=3 />
        </div>
    }
}
