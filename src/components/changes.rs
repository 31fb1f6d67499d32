use super::ChartCard;
use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::changes::{changes, BodyChange};
use ox_core::charts::ChartId;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::Snapshot;
use std::sync::Arc;

/// One line under the key figures: what changed in total since the previous answer.
#[component]
pub fn SinceLine(previous: Arc<Snapshot>, snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let text = move || {
        let lang = lang.get();
        let c = changes(&previous, &snapshot);
        let (before, after) = (c.totals_before, c.totals_after);
        let delta = |a: u64, b: u64| format::signed(a as i64 - b as i64, lang);
        UiText::ChangesSince.fill(
            lang,
            &[
                ("date", &format::date(&previous.source.date, lang)),
                ("ox", &delta(after.ox_accounts, before.ox_accounts)),
                ("exchange", &delta(after.remaining(), before.remaining())),
                (
                    "complete",
                    &format::int(
                        c.rows.iter().filter(|r| r.newly_complete()).count() as u64,
                        lang,
                    ),
                ),
            ],
        )
    };
    view! { <p class="since" data-testid="since">{text}</p> }
}

/// The section on what changed since the previous answer: who moved, who is newly complete, who
/// went backwards, with both answers named. Shown only where there is a previous answer.
#[component]
pub fn WhatChanged(previous: Arc<Snapshot>, snapshot: Arc<Snapshot>) -> impl IntoView {
    let lang = use_app_context().lang;
    let t = move |key: UiText| move || key.get(lang.get());
    let intro = {
        let (previous, snapshot) = (previous.clone(), snapshot.clone());
        move || {
            let lang = lang.get();
            UiText::ChangesIntro.fill(
                lang,
                &[
                    ("before", &previous.source.number),
                    ("before_date", &format::date(&previous.source.date, lang)),
                    ("after", &snapshot.source.number),
                    ("after_date", &format::date(&snapshot.source.date, lang)),
                ],
            )
        }
    };
    let c = changes(&previous, &snapshot);
    let names = BodyChange::name;
    let list = |rows: Vec<String>, testid: &'static str| {
        let empty = rows.is_empty();
        view! {
            <p data-testid=testid>
                {move || if empty { UiText::ChangesNone.get(lang.get()).to_string() } else { rows.join(", ") }}
            </p>
        }
    };
    let complete = list(
        c.rows
            .iter()
            .filter(|r| r.newly_complete())
            .map(names)
            .collect(),
        "changes-complete",
    );
    let backwards = list(
        c.rows
            .iter()
            .filter(|r| r.went_backwards())
            .map(names)
            .collect(),
        "changes-backwards",
    );
    let mut changed: Vec<BodyChange> = c.changed().cloned().collect();
    changed.sort_by_key(|r| std::cmp::Reverse(r.ox_delta().abs()));
    let rows = changed
        .into_iter()
        .map(|r| {
            let name = names(&r);
            let earlier = (r.before_names != r.after_names).then(|| r.before_names.join(", "));
            let gone = r.after_names.is_empty();
            let n = move |v: u64| move || format::int(v, lang.get());
            let (ox_delta, before, after) = (r.ox_delta(), r.before, r.after);
            view! {
                <tr data-testid="change-row">
                    <th scope="row">
                        {name}
                        {earlier.filter(|_| !gone).map(|names| view! {
                            <br />
                            <span class="muted">
                                {move || UiText::ChangesLink.fill(lang.get(), &[("names", &names)])}
                            </span>
                        })}
                        {gone.then(|| view! {
                            <br />
                            <span class="muted">{move || UiText::ChangesGone.get(lang.get())}</span>
                        })}
                    </th>
                    <td class="num">{n(before.ox)}</td>
                    <td class="num">{n(after.ox)}</td>
                    <td class="num">{move || format::signed(ox_delta, lang.get())}</td>
                    <td class="num">{n(before.exchange)}</td>
                    <td class="num">{n(after.exchange)}</td>
                </tr>
            }
        })
        .collect_view();
    let col = move |key: UiText| view! { <th scope="col" class="num">{t(key)}</th> };
    view! {
        <section id="aenderungen" aria-labelledby="changes-heading" data-testid="changes">
            <h2 id="changes-heading">{t(UiText::ChangesHeading)}</h2>
            <p>{intro}</p>
            <h3>{t(UiText::ChangesComplete)}</h3>
            {complete}
            <h3>{t(UiText::ChangesBackwards)}</h3>
            {backwards}
            <ChartCard id=ChartId::Changes />
            <section class="table-scroll" tabindex="0" aria-label=t(UiText::ChangesTableCaption)>
                <table class="data" data-testid="changes-table">
                    <caption>{t(UiText::ChangesTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(UiText::ChangesBody)}</th>
                            {col(UiText::ChangesOxBefore)}
                            {col(UiText::ChangesOxAfter)}
                            {col(UiText::ChangesOxDelta)}
                            {col(UiText::ChangesExBefore)}
                            {col(UiText::ChangesExAfter)}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        </section>
    }
}
