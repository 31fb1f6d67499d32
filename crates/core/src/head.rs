//! What a page's head says about it, in the page's language: its title (tab, bookmarks, search
//! results) and its description (search results, link previews). The build writes both into each
//! page; the app keeps the title as the page changes language or view.

use crate::format;
use crate::i18n::UiText;
use crate::lang::Lang;
use crate::model::{Snapshot, Totals};
use crate::route::{PageId, Route};

/// The page's title: the page's name first, then the site's; `chart` is an embed's chart title.
pub fn title(route: Route, lang: Lang, chart: Option<&str>) -> String {
    let site = format!(
        "{} – {}",
        UiText::SiteTitle.get(lang),
        UiText::SiteTitleSuffix.get(lang)
    );
    match (route, chart) {
        (Route::Embed(Some(_)), Some(chart)) => format!("{chart} – {site}"),
        (Route::Page(page), _) => format!("{} – {site}", page.name().get(lang)),
        _ => site,
    }
}

/// One or two sentences on what the page holds, with the overview's figures from `snapshot`.
pub fn description(route: Route, lang: Lang, snapshot: &Snapshot, chart: Option<&str>) -> String {
    let source = [
        ("number", snapshot.source.number.as_str()),
        ("date", &format::date(&snapshot.source.date, lang)),
    ];
    match (route, chart) {
        (Route::Page(page), _) => match page {
            PageId::About => UiText::DescAbout,
            PageId::Accessibility => UiText::DescAccessibility,
            PageId::EasyLanguage => UiText::DescEasyLanguage,
            PageId::Privacy => UiText::DescPrivacy,
            PageId::Imprint => UiText::DescImprint,
        }
        .get(lang)
        .to_string(),
        (Route::Embed(Some(_)), Some(title)) => {
            UiText::DescEmbed.fill(lang, &[&source[..], &[("title", title)]].concat())
        }
        _ => {
            let totals = Totals::of(&snapshot.bodies);
            let share = totals
                .ox_share()
                .map_or_else(|| "–".into(), |s| format::share(s, lang));
            let fully = format::int(totals.fully_migrated as u64, lang);
            let all = format::int(totals.bodies as u64, lang);
            let figures = [("share", share.as_str()), ("fully", &fully), ("all", &all)];
            UiText::DescDashboard.fill(lang, &[&source[..], &figures[..]].concat())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartId;

    fn shipped() -> Snapshot {
        let text = include_str!("../../../public/data/dataset.json");
        crate::model::parse_dataset(text)
            .expect("shipped dataset")
            .latest()
            .clone()
    }

    #[test]
    fn each_page_has_a_title_and_a_description_in_its_language() {
        let s = shipped();
        let de = description(Route::Dashboard, Lang::De, &s, None);
        assert!(de.contains("97,8\u{a0}%") && de.contains("20/4245"), "{de}");
        let en = description(Route::Dashboard, Lang::En, &s, None);
        assert!(en.contains("97.8%") && en.contains("6 of 40"), "{en}");
        assert_eq!(
            title(Route::Page(PageId::Privacy), Lang::En, None),
            "Privacy – Moving to Open-Xchange – Schleswig-Holstein state administration"
        );
        let embed = Route::Embed(Some(ChartId::Share));
        assert!(title(embed, Lang::De, Some("Anteil")).starts_with("Anteil – Umstieg"));
        assert!(description(embed, Lang::En, &s, Some("Share")).starts_with("Share – chart"));
        // Every page's description differs from every other's (search engines show them).
        let mut all: Vec<String> = PageId::ALL
            .into_iter()
            .map(Route::Page)
            .chain([Route::Dashboard])
            .flat_map(|r| [Lang::De, Lang::En].map(|l| description(r, l, &s, None)))
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
