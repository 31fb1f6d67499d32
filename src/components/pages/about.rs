use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::files::FEED_PATH;
use ox_core::format;
use ox_core::i18n::{Lang, PageText};
use ox_core::model::Snapshot;
use ox_core::page_weight::{totals, FileWeight, PageWeight, Sizes};
use std::sync::Arc;

/// The page weight measured at build time: given to the page while it is rendered at build time,
/// read from the page's data block by the app, so both show the same figures.
fn page_weight() -> Option<PageWeight> {
    use_context::<PageWeight>().or_else(crate::web::page_weight)
}

/// Kilobytes (1,000 bytes) to one decimal, with the language's separators: "1.604,8 kB".
fn kb(bytes: u64, lang: Lang) -> String {
    let tenths = (bytes + 50) / 100;
    let point = if lang == Lang::De { ',' } else { '.' };
    format!(
        "{}{point}{} kB",
        format::int(tenths / 10, lang),
        tenths % 10
    )
}

/// About the site: where the data comes from, how the site is built, and what it weighs.
#[component]
pub fn About(snapshot: Arc<Snapshot>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let source = snapshot.source.clone();
    let id = snapshot.id.clone();
    let check = move || PageText::AboutCheck.fill(lang.get(), &[("id", &id)]);
    let feed = format!("{}{FEED_PATH}", ctx.root);
    let intro = move || {
        let lang = lang.get();
        PageText::AboutIntro.fill(
            lang,
            &[
                ("number", &source.number),
                ("date", &format::date(&source.date, lang)),
            ],
        )
    };
    view! {
        <h1 data-testid="page-ueber">{t(PageText::AboutTitle)}</h1>
        <p>{intro}</p>
        <h2>{t(PageText::AboutDataHeading)}</h2>
        <p>{t(PageText::AboutData)}</p>
        <h2 id="downloads-pruefen">{t(PageText::AboutCheckHeading)}</h2>
        <p>{check}</p>
        <p>{t(PageText::AboutCheckLinux)}</p>
        <p><code>"sha256sum -c SHA256SUMS"</code></p>
        <p>{t(PageText::AboutCheckWindows)}</p>
        <p><code>"certutil -hashfile dataset.json SHA256"</code></p>
        <p>
            {t(PageText::AboutCheckFeed)} " "
            <a href=feed type="application/atom+xml" data-testid="feed-link">{t(PageText::AboutCheckFeedLink)}</a>
        </p>
        <h2>{t(PageText::AboutChartsHeading)}</h2>
        <p>{t(PageText::AboutCharts)}</p>
        <h2>{t(PageText::AboutBuiltHeading)}</h2>
        <p>{t(PageText::AboutBuilt)}</p>
        <h2 id="seitengewicht">{t(PageText::AboutWeightHeading)}</h2>
        {match page_weight() {
            Some(weight) => view! { <Weight weight /> }.into_any(),
            None => view! { <p data-testid="page-weight-missing">{t(PageText::AboutWeightMissing)}</p> }.into_any(),
        }}
        <h2>{t(PageText::AboutSpeedHeading)}</h2>
        <p>{t(PageText::AboutSpeed)}</p>
    }
}

#[component]
fn Weight(weight: PageWeight) -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: PageText| move || key.get(lang.get());
    let weight = Arc::new(weight);
    let w = weight.clone();
    let intro = move || {
        let lang = lang.get();
        PageText::AboutWeightIntro.fill(lang, &[("date", &format::date(&w.built, lang))])
    };
    let first = totals(&weight.first_view);
    let later = totals(&weight.later);
    let app = totals(&weight.app);
    let all = weight.all();
    let row = move |label: PageText, files: usize, sums: Sizes, test: &'static str| {
        view! {
            <tr data-testid=test>
                <th scope="row">{t(label)}</th>
                <td class="num">{files}</td>
                <td class="num">{move || kb(sums.brotli, lang.get())}</td>
                <td class="num">{move || kb(sums.bytes, lang.get())}</td>
            </tr>
        }
    };
    let gzip = move || {
        let lang = lang.get();
        PageText::AboutWeightGzip.fill(
            lang,
            &[
                ("all", &kb(all.gzip, lang)),
                ("first", &kb(first.gzip, lang)),
            ],
        )
    };
    let w = weight.clone();
    let file_rows = move || {
        let lang = lang.get();
        let weight = &w;
        let part = |files: &[FileWeight], label: PageText| {
            files
                .iter()
                .map(|f| {
                    view! {
                        <tr>
                            <th scope="row"><code>{f.path.clone()}</code></th>
                            <td>{label.get(lang)}</td>
                            <td class="num">{kb(f.brotli, lang)}</td>
                            <td class="num">{kb(f.bytes, lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        };
        view! {
            {part(&weight.first_view, PageText::AboutWeightFirst)}
            {part(&weight.later, PageText::AboutWeightLater)}
            {part(&weight.app, PageText::AboutWeightApp)}
        }
    };
    view! {
        <p>{intro}</p>
        <section class="table-scroll" tabindex="0" aria-label=t(PageText::AboutWeightCaption)>
            <table class="data" data-testid="page-weight">
                <caption>{t(PageText::AboutWeightCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(PageText::AboutWeightPart)}</th>
                        <th scope="col" class="num">{t(PageText::AboutWeightFiles)}</th>
                        <th scope="col" class="num">{t(PageText::AboutWeightSent)}</th>
                        <th scope="col" class="num">{t(PageText::AboutWeightStored)}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(PageText::AboutWeightFirst, weight.first_view.len(), first, "weight-first")}
                    {row(PageText::AboutWeightLater, weight.later.len(), later, "weight-later")}
                    {row(PageText::AboutWeightApp, weight.app.len(), app, "weight-app")}
                    {row(
                        PageText::AboutWeightAll,
                        weight.first_view.len() + weight.later.len() + weight.app.len(),
                        all,
                        "weight-all",
                    )}
                </tbody>
            </table>
        </section>
        <p>{gzip}</p>
        <details>
            <summary>{t(PageText::AboutWeightEachFile)}</summary>
            <section class="table-scroll" tabindex="0" aria-label=t(PageText::AboutWeightEachFile)>
                <table class="data" data-testid="page-weight-files">
                    <caption>{t(PageText::AboutWeightEachFile)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(PageText::AboutWeightFile)}</th>
                            <th scope="col">{t(PageText::AboutWeightPart)}</th>
                            <th scope="col" class="num">{t(PageText::AboutWeightSent)}</th>
                            <th scope="col" class="num">{t(PageText::AboutWeightStored)}</th>
                        </tr>
                    </thead>
                    <tbody>{file_rows}</tbody>
                </table>
            </section>
        </details>
    }
}
