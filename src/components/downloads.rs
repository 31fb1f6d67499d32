use super::{CopyBox, DashboardData};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::cite::dataset_citation;
use ox_core::files::{
    version_dir, CSV_PATH, DATAPACKAGE_PATH, DATASET_PATH, PRESS_KIT_NAME, PRESS_KIT_PATH,
    SCHEMA_PATH,
};
use ox_core::i18n::UiText;
use ox_core::route::Route;

/// The data behind the site, at stable and versioned addresses, and how to cite it.
#[component]
pub fn Downloads() -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let data = expect_context::<DashboardData>();
    let snapshot = data.snapshot.clone();
    let root = ctx.root;
    let version = snapshot.id.clone();
    let versioned = format!("{}/dataset.json", version_dir(&version));
    let versioned_csv = format!("{}/behoerden.csv", version_dir(&version));
    let versioned_kit = format!("{}/{PRESS_KIT_NAME}", version_dir(&version));
    let source_text = snapshot.source.text_file.clone();
    let official = snapshot.source.url.clone().map(|url| {
        view! {
            <li>
                <a href=url.clone() data-testid="download-official">
                    {move || UiText::SourceOfficial.get(lang.get())}
                </a>
                " – "
                <span class="muted">{move || UiText::DlOfficialNote.get(lang.get())}</span>
            </li>
        }
    });
    let site = crate::web::site_url(ctx.root);
    let citation = {
        let snapshot = snapshot.clone();
        let publisher = crate::context::publisher();
        Signal::derive(move || {
            let lang = lang.get();
            let publisher = publisher(lang);
            // The site in the reader's language.
            let url = format!("{site}{}", Route::Dashboard.path(lang));
            dataset_citation(&snapshot, &publisher, &url, lang)
        })
    };
    let item = move |path: String, label: UiText, note: UiText| {
        view! {
            <li>
                <a href=format!("{root}{path}") data-testid="download">
                    {move || label.get(lang.get())}
                </a>
                " – "
                <span class="muted">{move || note.get(lang.get())}</span>
                " "
                <code>{path.clone()}</code>
            </li>
        }
    };
    view! {
        <section id="daten" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{move || UiText::DownloadsHeading.get(lang.get())}</h2>
            <p>{move || UiText::DownloadsIntro.fill(lang.get(), &[("version", &version)])}</p>
            <ul class="downloads">
                {item(PRESS_KIT_PATH.to_string(), UiText::DlKit, UiText::DlKitNote)}
                {item(versioned_kit, UiText::DlKitVersioned, UiText::DlJsonVersionedNote)}
                {item(DATASET_PATH.to_string(), UiText::DlJson, UiText::DlJsonNote)}
                {item(versioned, UiText::DlJsonVersioned, UiText::DlJsonVersionedNote)}
                {item(CSV_PATH.to_string(), UiText::DlCsv, UiText::DlCsvNote)}
                {item(versioned_csv, UiText::DlCsvVersioned, UiText::DlJsonVersionedNote)}
                {item(DATAPACKAGE_PATH.to_string(), UiText::DlPackage, UiText::DlPackageNote)}
                {item(SCHEMA_PATH.to_string(), UiText::DlSchema, UiText::DlSchemaNote)}
                {official}
                {item(source_text, UiText::DlSource, UiText::DlSourceNote)}
            </ul>
            <CopyBox
                label=Signal::derive(move || UiText::CiteDatasetLabel.get(lang.get()).to_string())
                text=citation
                testid="cite-dataset"
                rows=3
            />
        </section>
    }
}
