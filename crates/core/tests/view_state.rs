//! URL state round trips, and the filter and sort logic shared by the table, charts and key figures.

mod common;
use common::shipped;
use ox_core::i18n::Lang;

use ox_core::selection::{fold, visible_rows};
use ox_core::view_state::{decode, encode, PortfolioFilter, SortKey, ThemeChoice, ViewState};

fn abbrs(state: &ViewState) -> Vec<String> {
    let ds = shipped();
    visible_rows(ds.latest(), state)
        .into_iter()
        .map(|b| b.abbreviation.clone())
        .collect()
}

#[test]
fn default_state_is_the_bare_url() {
    assert_eq!(ViewState::default().to_query(), "");
    assert_eq!(ViewState::from_query(""), ViewState::default());
}

#[test]
fn every_field_survives_a_round_trip() {
    let state = ViewState {
        lang: Lang::En,
        portfolio: Some(PortfolioFilter::Is("IV".into())),
        body: Some("Landesamt für Denkmalpflege".into()),
        search: "Ämter & <b>\"x\"".into(),
        sort: SortKey::ShareRecomputed,
        descending: true,
        section: Some("anteil".into()),
        snapshot: Some("2026-03-24".into()),
        theme: Some(ThemeChoice::Dark),
    };
    let q = state.to_query();
    assert!(
        q.starts_with("?ressort=IV&behoerde=Landesamt%20f%C3%BCr%20Denkmalpflege"),
        "{q}"
    );
    assert!(!q.contains('<') && !q.contains('"') && !q.contains(' '));
    // The language is in the page's path, not in the query.
    assert_eq!(
        ViewState::from_query(&q),
        ViewState {
            lang: Lang::De,
            ..state.clone()
        }
    );
    assert_eq!(
        state.address(ox_core::route::Route::Dashboard),
        format!("en/{q}")
    );
    let without = ViewState {
        portfolio: Some(PortfolioFilter::Without),
        ..ViewState::default()
    };
    assert_eq!(without.to_query(), "?ressort=ohne");
    assert_eq!(ViewState::from_query(&without.to_query()), without);
}

#[test]
fn invalid_values_fall_back_to_defaults() {
    let s = ViewState::from_query("?lang=fr&sort=nonsense&richtung=up&unknown=1&suche=");
    assert_eq!(s, ViewState::default());
    let s = ViewState::from_query("suche=Polizei+SH&ressort=%ZZ");
    assert_eq!(s.search, "Polizei SH");
    assert_eq!(s.portfolio, Some(PortfolioFilter::Is("%ZZ".into())));
    assert_eq!(decode("%E2%82%AC%"), "€%");
    assert_eq!(encode("ä b"), "%C3%A4%20b");
}

#[test]
fn default_order_is_the_printed_table() {
    let rows = abbrs(&ViewState::default());
    assert_eq!(rows.len(), 40);
    assert_eq!(rows[0], "LTSH");
    assert_eq!(rows[39], "ALR");
}

#[test]
fn sorting_by_each_column() {
    let by = |sort, descending| {
        abbrs(&ViewState {
            sort,
            descending,
            ..ViewState::default()
        })
    };
    assert_eq!(
        by(SortKey::Ox, true)[..3],
        ["Polizei", "Justiz", "Finanzämter"]
    );
    assert_eq!(by(SortKey::Ox, false)[0], "BNUR");
    assert_eq!(by(SortKey::Exchange, true)[0], "Justiz");
    assert_eq!(by(SortKey::Resources, true)[0], "MIKWS");
    assert_eq!(by(SortKey::ShareRecomputed, false)[..2], ["BNUR", "LaZuF"]);
    // Printed 100,0 for Finanzämter sorts with the 100 % bodies; recomputed it does not.
    let printed = by(SortKey::SharePrinted, true);
    assert!(printed[..8].contains(&"Finanzämter".to_string()));
    let recomputed = by(SortKey::ShareRecomputed, true);
    assert!(!recomputed[..6].contains(&"Finanzämter".to_string()));
    assert_eq!(by(SortKey::Body, false)[..3], ["AfB", "AIT", "ALR"]);
    let portfolio = by(SortKey::Portfolio, true);
    assert_eq!(portfolio[0], "MLLEV");
    assert_eq!(portfolio[39], "LRH");
}

#[test]
fn filtering_by_ressort_body_and_search() {
    let iv = abbrs(&ViewState {
        portfolio: Some(PortfolioFilter::Is("IV".into())),
        ..ViewState::default()
    });
    assert_eq!(
        iv,
        [
            "MIKWS",
            "LFS.SH",
            "LVermGeo",
            "Polizei",
            "Kampfmittelräumdienst"
        ]
    );
    let none = abbrs(&ViewState {
        portfolio: Some(PortfolioFilter::Without),
        ..ViewState::default()
    });
    assert_eq!(none, ["LTSH", "LRH"]);
    let search = |q: &str| {
        abbrs(&ViewState {
            search: q.into(),
            ..ViewState::default()
        })
    };
    assert_eq!(search("finanzamter"), ["Finanzämter"]);
    assert_eq!(search("FINANZAEMTER"), ["Finanzämter"]);
    // Full names are searched too.
    assert_eq!(search("Vermessung"), ["LVermGeo"]);
    assert_eq!(
        search("landesamt"),
        [
            "Archäologisches Landesamt",
            "Landesamt für Denkmalpflege",
            "LVermGeo",
            "LfU",
            "LaZuF",
            "LLnL"
        ]
    );
    assert!(search("xyz").is_empty());
    let both = abbrs(&ViewState {
        portfolio: Some(PortfolioFilter::Is("III".into())),
        search: "landes".into(),
        ..ViewState::default()
    });
    assert_eq!(
        both,
        [
            "Archäologisches Landesamt",
            "Landesamt für Denkmalpflege",
            "Landesarchiv",
            "Landesbibliothek"
        ]
    );
    assert_eq!(fold("Straßenbau"), "strassenbau");
}
