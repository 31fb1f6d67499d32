use crate::context::use_app_context;
use leptos::prelude::*;
use ox_core::format;
use ox_core::i18n::UiText;
use ox_core::model::Dataset;
use ox_core::route::{link, Route};
use ox_core::view_state::ViewState;
use std::sync::Arc;

/// The newest dataset, when the page shows a pinned data version (whose own file does not know
/// about later answers): the app loads it beside the pinned one.
#[derive(Clone, Copy)]
pub struct NewestData(pub LocalResource<Option<Arc<Dataset>>>);

/// Which answer the page shows: a picker of every published answer (where there are several) and,
/// when it is not the newest, a notice that says so with a link to the newest.
#[component]
pub fn SnapshotBar(dataset: Arc<Dataset>) -> impl IntoView {
    let ctx = use_app_context();
    let lang = ctx.lang;
    let shown = Arc::new(dataset.latest().clone());
    let newest_data = use_context::<NewestData>();
    let newest = {
        let dataset = dataset.clone();
        move || match newest_data {
            Some(NewestData(resource)) if ctx.state.with(|s| s.snapshot.is_some()) => {
                resource.get().flatten()
            }
            _ => Some(dataset.clone()),
        }
    };
    let embedded = matches!(ctx.route, Route::Embed(_));
    let notice = {
        let (shown, newest) = (shown.clone(), newest.clone());
        move || {
            let newest = newest()?;
            let latest = newest.latest();
            (latest.id != shown.id).then(|| {
                let lang = lang.get();
                let text = UiText::OlderSnapshot.fill(
                    lang,
                    &[
                        ("number", &shown.source.number),
                        ("date", &format::date(&shown.source.date, lang)),
                        ("newest", &latest.source.number),
                        ("newest_date", &format::date(&latest.source.date, lang)),
                    ],
                );
                // The same view of the newest data: an embed sends the reader to the full site.
                let route = if embedded { Route::Dashboard } else { ctx.route };
                let view = ctx.state.with(|s| ViewState {
                    snapshot: None,
                    theme: None,
                    ..s.clone()
                });
                let href = link(ctx.root, &view.address(route));
                view! {
                    <p class="notice older-snapshot" role="status" data-testid="older-snapshot">
                        {text} " "
                        <a href=href target=embedded.then_some("_blank") rel=embedded.then_some("noopener")>
                            {UiText::OlderSnapshotLink.get(lang)}
                        </a>
                    </p>
                }
            })
        }
    };
    let picker = move || {
        let newest = newest().filter(|d| d.snapshots.len() >= 2 && !embedded)?;
        let lang = lang.get();
        let latest_id = newest.latest().id.clone();
        let mut snapshots: Vec<_> = newest.snapshots.iter().collect();
        snapshots.sort_by(|a, b| b.source.date.cmp(&a.source.date));
        let options = snapshots
            .into_iter()
            .map(|s| {
                let key = if s.id == latest_id {
                    UiText::SnapshotNewest
                } else {
                    UiText::SnapshotOption
                };
                let label = key.fill(
                    lang,
                    &[
                        ("number", &s.source.number),
                        ("date", &format::date(&s.source.date, lang)),
                    ],
                );
                view! { <option value=s.id.clone() selected=s.id == shown.id>{label}</option> }
            })
            .collect_view();
        Some(view! {
            <label class="snapshot-pick">
                {UiText::SnapshotPick.get(lang)} " "
                <select
                    data-testid="snapshot-pick"
                    on:change=move |ev| {
                        // Another answer is another data file: opened as a page of its own, like
                        // the notice's link, so the page is built once for the data it shows.
                        let id = event_target_value(&ev);
                        let view = ctx.state.with_untracked(|s| ViewState {
                            snapshot: (id != latest_id).then_some(id.clone()),
                            ..s.clone()
                        });
                        crate::web::go_to(&link(ctx.root, &view.address(ctx.route)));
                    }
                >
                    {options}
                </select>
            </label>
        })
    };
    view! { {picker} {notice} }
}
