//! Citations and the view in words: what a reader copies must say what it cites (the filter, the
//! pages, the official document), and shares follow one convention everywhere.

mod common;
use common::shipped;
use ox_core::cite::{pages_of, selection_slug, selection_words, totals_citation};
use ox_core::format;
use ox_core::i18n::Lang;
use ox_core::model::*;
use ox_core::view_state::{PortfolioFilter, ViewState};

#[test]
fn shares_have_one_decimal_and_never_round_to_done() {
    assert_eq!(format::share(97.483, Lang::De), "97,5\u{a0}%");
    assert_eq!(format::share(97.483, Lang::En), "97.5%");
    // Finanzämter: 5,225 of 5,227 is not done.
    let finanz = 5225.0 * 100.0 / 5227.0;
    assert_eq!(format::share(finanz, Lang::De), ">\u{a0}99,9\u{a0}%");
    assert_eq!(format::share(100.0, Lang::De), "100\u{a0}%");
    assert_eq!(format::share(0.0, Lang::En), "0%");
    assert_eq!(format::share(0.01, Lang::De), "<\u{a0}0,1\u{a0}%");
    assert_eq!(format::share(12.5, Lang::De), "12,5\u{a0}%");
}

#[test]
fn a_filtered_view_is_named_in_words_and_in_file_names() {
    let d = shipped();
    let s = d.latest();
    assert_eq!(selection_words(&ViewState::default(), s, Lang::De), None);
    assert_eq!(selection_slug(&ViewState::default()), None);
    let viii = ViewState {
        portfolio: Some(PortfolioFilter::Is("VIII".into())),
        search: "Amt für".into(),
        ..ViewState::default()
    };
    assert_eq!(
        selection_words(&viii, s, Lang::De).as_deref(),
        Some(
            "Ressort VIII – Ministerium für Soziales, Jugend, Familie, Senioren, Integration und Gleichstellung · Suche „Amt für“"
        )
    );
    assert_eq!(
        selection_slug(&viii).as_deref(),
        Some("ressort-viii-suche-amt-fuer")
    );
    let body = ViewState {
        body: Some("Finanzämter".into()),
        ..ViewState::default()
    };
    assert_eq!(
        selection_slug(&body).as_deref(),
        Some("behoerde-finanzaemter")
    );
}

#[test]
fn the_totals_citation_of_a_selection_names_it_with_its_pages_and_the_official_paper() {
    let d = shipped();
    let s = d.latest();
    let state = ViewState {
        portfolio: Some(PortfolioFilter::Is("VIII".into())),
        ..ViewState::default()
    };
    let bodies: Vec<&Body> = s
        .bodies
        .iter()
        .filter(|b| b.portfolio.as_deref() == Some("VIII"))
        .collect();
    let text = totals_citation(
        bodies.iter().copied(),
        &state,
        s,
        "https://example.org/?ressort=VIII",
        Lang::De,
    );
    assert!(
        text.starts_with("Auswahl Ressort VIII – Ministerium für Soziales"),
        "{text}"
    );
    assert!(text.contains("(3 von 40 Behörden)"), "{text}");
    assert!(text.contains("1.693 von 1.843 Konten"), "{text}");
    assert!(text.contains(", S. 4."), "{text}");
    assert!(
        text.contains(
            "https://www.landtag.ltsh.de/infothek/wahl20/drucks/04200/drucksache-20-04245.pdf"
        ),
        "{text}"
    );
    let all = totals_citation(s.bodies.iter(), &ViewState::default(), s, "u", Lang::En);
    assert!(all.starts_with("All 40 bodies of the table: "), "{all}");
    assert!(all.contains(", p. 2–4."), "{all}");
    assert_eq!(pages_of(std::iter::empty(), Lang::De), None);
}

#[test]
fn the_source_url_must_be_https() {
    let text = common::repo_file("public/data/dataset.json").replace(
        "https://www.landtag.ltsh.de/infothek",
        "javascript:alert(1)//www.landtag.ltsh.de/infothek",
    );
    let err = parse_dataset(&text).expect_err("a script address is refused");
    assert_eq!(err.location.field.as_deref(), Some("source.url"));
}
