use super::{CiteButton, DashboardData};
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::route::Route;

/// The headline numbers as text, for all bodies or for the reader's selection.
#[component]
pub fn KeyFigures() -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let data = expect_context::<DashboardData>();
    let totals = data.totals;
    let all = data.snapshot.bodies.len();
    let scope_snapshot = data.snapshot.clone();
    let scope_text = move || {
        let lang = lang.get();
        let words = ctx
            .state
            .with(|s| ox_core::cite::selection_words(s, &scope_snapshot, lang));
        match words {
            Some(words) => UiText::KeyFiguresSelection.fill(
                lang,
                &[
                    ("what", &words),
                    ("n", &format::int(totals.with(|t| t.bodies) as u64, lang)),
                    ("all", &format::int(all as u64, lang)),
                ],
            ),
            None => UiText::KeyFiguresAll.fill(lang, &[("n", &format::int(all as u64, lang))]),
        }
    };
    let citation = {
        let snapshot = data.snapshot.clone();
        let site = crate::web::site_url(ctx.root);
        let rows = data.rows;
        Signal::derive(move || {
            let url = format!("{site}{}", ctx.state.with(|s| s.address(Route::Dashboard)));
            rows.with(|rows| {
                let bodies = rows.iter().map(|&i| &snapshot.bodies[i]);
                ctx.state.with(|state| {
                    ox_core::cite::totals_citation(bodies, state, &snapshot, &url, lang.get())
                })
            })
        })
    };
    let snapshot_for_source = data.snapshot.clone();
    let answer_snapshot = data.snapshot.clone();
    let answer = move || {
        let selected = ctx.state.with(|s| s.is_filtered());
        totals.with(|t| ox_core::answer::answer(t, &answer_snapshot, selected, lang.get()))
    };
    let whole = move || {
        let a = answer();
        let (ox, left) = a.bar.unwrap_or((0.0, 0.0));
        // Percent widths as SVG attributes (no style attributes: the CSP allows none).
        let pct = |v: f64| format!("{v:.3}%");
        view! {
            <p class="answer" data-testid="answer">{a.sentence}</p>
            <div class="whole" data-testid="whole-bar">
                <svg width="100%" height="24" role="img" aria-label=a.bar_label focusable="false">
                    <rect class="whole-ox" x="0" y="0" height="24" width=pct(ox)></rect>
                    <rect class="whole-left" x=pct(ox) y="0" height="24" width=pct(left)></rect>
                </svg>
                <ul class="whole-legend" aria-hidden="true">
                    <li><span class="swatch whole-ox"></span>{a.legend[0].clone()}</li>
                    <li><span class="swatch whole-left"></span>{a.legend[1].clone()}</li>
                </ul>
            </div>
        }
    };
    let figures = move || {
        let lang = lang.get();
        let t = totals.get();
        let n = |v: u64| format::int(v, lang);
        let share = t
            .ox_share()
            .map(|s| format::share(s, lang))
            .unwrap_or_else(|| "–".into());
        let scope = scope_text();
        let figure = |value: String, label: String, id: &'static str| {
            view! {
                <div class="figure" data-testid=id>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        };
        view! {
            <p class="scope" data-testid="key-figures-scope">{scope}</p>
            <dl class="figures">
                {figure(n(t.ox_accounts), UiText::FigOx.get(lang).into(), "fig-ox")}
                {figure(share, UiText::FigShare.get(lang).into(), "fig-share")}
                {figure(
                    n(t.exchange_accounts),
                    UiText::FigExchange.fill(lang, &[("res", &n(t.exchange_resources))]),
                    "fig-exchange",
                )}
                {figure(
                    UiText::FigFullyValue
                        .fill(
                            lang,
                            &[
                                ("n", &n(t.fully_migrated as u64)),
                                ("all", &n(t.bodies as u64)),
                            ],
                        ),
                    UiText::FigFully.get(lang).into(),
                    "fig-fully",
                )}
            </dl>
            <p class="figures-source">
                {ox_core::cite::source_line(&snapshot_for_source, lang)}
                " "
                <a href="#quelle">{UiText::FigSourceFull.get(lang)}</a>
            </p>
        }
    };
    view! {
        <section id="kennzahlen" aria-labelledby="figures-heading" class="key-figures">
            // Named for screen readers and the outline; on screen the answer under the page's
            // title is heading enough.
            <h2 id="figures-heading" class="visually-hidden">{move || UiText::KeyFiguresHeading.get(lang.get())}</h2>
            {whole}
            {figures}
            <CiteButton
                what=Signal::derive(move || UiText::KeyFiguresHeading.get(lang.get()).to_string())
                text=citation
                testid="cite-figures"
            />
        </section>
    }
}
