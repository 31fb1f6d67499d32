//! The build and the chart of what changed: an embed page and drawings for it only where the
//! newest answer has an earlier one (the invented second answer of the tests), none on the real
//! site's single answer.

mod common;
use common::dataset;
use ox_core::charts::ChartId;
use ox_core::model::parse_dataset;
use ox_core::route::Route;
use ox_publish::prerender::{chart_heights_css, chart_jobs};
use ox_publish::routes;

fn invented() -> ox_core::model::Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/invented-second-answer/dataset.json"
    ))
    .expect("the fixture");
    parse_dataset(&text).expect("the fixture is a valid dataset")
}

#[test]
fn the_chart_of_what_changed_is_built_only_with_an_earlier_answer() {
    let changes = Route::Embed(Some(ChartId::Changes));
    let real = dataset();
    assert!(!routes(&real).contains(&changes));
    let jobs = chart_jobs(&real).expect("jobs");
    assert!(jobs.iter().all(|j| !j.key.contains("veraenderung")));
    assert!(!chart_heights_css(&real).contains("veraenderung"));

    let two = invented();
    assert!(routes(&two).contains(&changes));
    assert_eq!(routes(&two).len(), routes(&real).len() + 1);
    let keys: Vec<String> = chart_jobs(&two)
        .expect("jobs")
        .into_iter()
        .map(|j| j.key)
        .filter(|k| k.contains("veraenderung"))
        .collect();
    // Wide and narrow, in both languages.
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert!(chart_heights_css(&two).contains("[data-testid=\"echart-veraenderung\"]"));
}
