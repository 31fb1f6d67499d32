//! The dashboard and the embeds as the server sends them, rendered natively through the build's
//! own path: every body of the shipped dataset, the totals and key figures recomputed from it,
//! every chart, the source and the downloads; each embed only its chart.

mod common;

use common::*;
use ox_core::charts::ChartId;
use ox_core::files::{version_dir, CSV_PATH, DATAPACKAGE_PATH, DATASET_PATH, SCHEMA_PATH};
use ox_core::format;
use ox_core::i18n::{Lang, UiText};
use ox_core::model::Totals;
use ox_core::page_names::TOTALS_ROW_ID;
use ox_core::route::Route;

#[test]
fn the_table_has_one_row_per_body_in_printed_order_and_the_totals() {
    let dataset = dataset();
    let bodies = &dataset.latest().bodies;
    for lang in [Lang::De, Lang::En] {
        let doc = parse(page(Route::Dashboard, lang));
        let table = "[data-testid=bodies-table]";
        one(&doc, table);
        let rows = all(&doc, &format!("{table} tbody tr[data-testid=body-row]"));
        assert_eq!(rows.len(), bodies.len(), "{lang:?}");
        assert_eq!(all(&doc, &format!("{table} tbody tr")).len(), bodies.len());
        for (i, (row, body)) in rows.iter().zip(bodies).enumerate() {
            assert_eq!(row.value().attr("data-row"), Some(i.to_string().as_str()));
            let abbreviation = sel("th[scope=row] button.abbr");
            let abbreviation: Vec<String> = row.select(&abbreviation).map(text).collect();
            assert_eq!(abbreviation, [body.abbreviation.as_str()]);
            // The number comes first in its cell; how it was printed and note markers follow.
            let num = sel("td.num");
            let counts: Vec<&str> = row
                .select(&num)
                .map(|td| td.text().next().unwrap_or_default())
                .collect();
            let n = |v: u32| format::int(u64::from(v), lang);
            assert_eq!(
                counts[..3],
                [
                    n(body.exchange_accounts),
                    n(body.exchange_resources),
                    n(body.ox_accounts)
                ],
                "row {i} ({lang:?})"
            );
        }
        let totals = Totals::of(bodies);
        let n = |v: u64| format::int(v, lang);
        let row = one(&doc, &format!("{table} tfoot tr#{TOTALS_ROW_ID}"));
        assert_eq!(
            cells(row),
            [
                collapsed(&UiText::TotalRow.fill(lang, &[("n", &n(bodies.len() as u64))])),
                n(totals.exchange_accounts),
                n(totals.exchange_resources),
                n(totals.ox_accounts),
                "–".to_string(),
                collapsed(&format::share(totals.ox_share().unwrap(), lang)),
            ]
        );
    }
}

#[test]
fn the_key_figures_are_the_recomputed_totals() {
    let dataset = dataset();
    let snapshot = dataset.latest();
    let totals = Totals::of(&snapshot.bodies);
    for lang in [Lang::De, Lang::En] {
        let doc = parse(page(Route::Dashboard, lang));
        let n = |v: u64| format::int(v, lang);
        let value = |id: &str| text(one(&doc, &format!("[data-testid={id}] dd")));
        let label = |id: &str| text(one(&doc, &format!("[data-testid={id}] dt")));
        assert_eq!(value("fig-ox"), n(totals.ox_accounts));
        assert_eq!(
            value("fig-share"),
            collapsed(&format::share(totals.ox_share().unwrap(), lang))
        );
        assert_eq!(value("fig-exchange"), n(totals.exchange_accounts));
        assert_eq!(
            label("fig-exchange"),
            collapsed(&UiText::FigExchange.fill(lang, &[("res", &n(totals.exchange_resources))]))
        );
        assert_eq!(
            value("fig-fully"),
            UiText::FigFullyValue.fill(
                lang,
                &[
                    ("n", &n(totals.fully_migrated as u64)),
                    ("all", &n(totals.bodies as u64))
                ]
            )
        );
        assert_eq!(
            text(one(&doc, "[data-testid=key-figures-scope]")),
            UiText::KeyFiguresAll.fill(lang, &[("n", &n(snapshot.bodies.len() as u64))])
        );
        // The source in one line, with a link to its full reference further down.
        let source = text(one(&doc, "#kennzahlen .figures-source"));
        let line = collapsed(&UiText::FigSource.fill(
            lang,
            &[
                ("number", &snapshot.source.number),
                ("date", &format::date(&snapshot.source.date, lang)),
                ("question", &snapshot.table.question.to_string()),
            ],
        ));
        assert_eq!(
            source,
            format!("{line} {}", UiText::FigSourceFull.get(lang))
        );
        one(&doc, "#kennzahlen .figures-source a[href='#quelle']");
        one(&doc, "#quelle[data-testid=source]");
        // The answer, and the bar of the whole, before the figures.
        let answer = ox_core::answer::answer(&totals, snapshot, false, lang);
        assert_eq!(
            text(one(&doc, "#kennzahlen [data-testid=answer]")),
            collapsed(&answer.sentence)
        );
        let bar = one(&doc, "#kennzahlen [data-testid=whole-bar] svg");
        assert_eq!(
            bar.value().attr("aria-label"),
            Some(answer.bar_label.as_str())
        );
    }
}

#[test]
fn the_dashboard_has_every_chart_the_source_and_the_downloads() {
    let dataset = dataset();
    let snapshot = dataset.latest();
    let doc = parse(page(Route::Dashboard, Lang::De));
    for id in ChartId::ALL {
        let chart = one(&doc, &format!("[data-testid=echart-{}]", id.slug()));
        let label = chart.value().attr("aria-label").unwrap_or_default();
        assert!(label.len() > 20, "{id:?} is described: «{label}»");
        one(
            &doc,
            &format!("figure#{}[data-testid=chart-{}]", id.slug(), id.slug()),
        );
    }
    assert_eq!(
        all(&doc, "[data-testid^=echart-]").len(),
        ChartId::ALL.len()
    );
    // The first chart is drawn into the page, the others load as images.
    let first = ChartId::ALL[0].slug();
    one(
        &doc,
        &format!("[data-testid=echart-{first}] .drawing > svg.wide"),
    );

    let source = text(one(&doc, "[data-testid=source]"));
    assert_eq!(snapshot.source.number, "20/4245");
    let date = collapsed(&format::date(&snapshot.source.date, Lang::De));
    assert!(
        source.contains(&format!("Drucksache 20/4245 vom {date}")),
        "{source}"
    );

    let links: Vec<&str> = all(&doc, "a[data-testid=download]")
        .into_iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    let dir = version_dir(&snapshot.id);
    for path in [
        DATASET_PATH.to_string(),
        format!("{dir}/dataset.json"),
        CSV_PATH.to_string(),
        format!("{dir}/behoerden.csv"),
        DATAPACKAGE_PATH.to_string(),
        SCHEMA_PATH.to_string(),
        snapshot.source.text_file.clone(),
    ] {
        assert!(
            links.contains(&path.as_str()),
            "no link to {path}: {links:?}"
        );
    }
}

#[test]
fn each_embed_shows_its_chart_and_no_table() {
    for id in ChartId::ALL {
        let route = Route::Embed(Some(id));
        for lang in [Lang::De, Lang::En] {
            let doc = parse(page(route, lang));
            one(&doc, "[data-testid=embed]");
            let charts = all(&doc, "[data-testid^=echart-]");
            assert_eq!(charts.len(), 1, "{route:?}");
            let testid = charts[0].value().attr("data-testid");
            assert_eq!(testid, Some(format!("echart-{}", id.slug()).as_str()));
            // Its own chart is drawn into the page, not loaded as an image.
            one(
                &doc,
                &format!("[data-testid=echart-{}] .drawing > svg.wide", id.slug()),
            );
            assert!(
                all(&doc, "[data-testid=bodies-table]").is_empty(),
                "{route:?}"
            );
            assert!(
                all(&doc, &format!("#{TOTALS_ROW_ID}")).is_empty(),
                "{route:?}"
            );
            assert!(all(&doc, "#kennzahlen").is_empty(), "{route:?}");
            // The host page's frame is no place to follow a link in.
            let links = all(&doc, "a[href]");
            assert!(links.len() >= 5, "{route:?}: {} links", links.len());
            for a in links {
                assert_eq!(a.value().attr("target"), Some("_blank"), "{}", a.html());
                let rel = a.value().attr("rel").unwrap_or_default();
                assert!(rel.contains("noopener"), "{}", a.html());
            }
        }
    }
}
