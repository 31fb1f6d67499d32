//! Which page the address names: the dashboard, or the embed view of one chart at
//! `…/embed/<chart>/`. Embed pages sit two folders below the site root, so the data they fetch
//! is addressed relative to that root.

use crate::charts::ChartId;
use crate::i18n::UiText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    /// The embed view of a chart; `None` when the address names no known chart.
    Embed(Option<ChartId>),
    /// A page of text every public site needs, at `…/<slug>/`.
    Page(PageId),
}

/// The pages of text linked from every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageId {
    /// About the site: data, how it is built, and its page weight.
    About,
    /// Erklärung zur Barrierefreiheit, with the feedback contact.
    Accessibility,
    /// Summary of the findings in Leichte Sprache.
    EasyLanguage,
    /// Datenschutz: no cookies, no third parties.
    Privacy,
}

impl PageId {
    pub const ALL: [PageId; 4] = [
        PageId::About,
        PageId::Accessibility,
        PageId::EasyLanguage,
        PageId::Privacy,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PageId::About => "ueber",
            PageId::Accessibility => "barrierefreiheit",
            PageId::EasyLanguage => "leichte-sprache",
            PageId::Privacy => "datenschutz",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PageId> {
        PageId::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The page's name, for its links and its title.
    pub fn name(self) -> UiText {
        match self {
            PageId::About => UiText::PageAbout,
            PageId::Accessibility => UiText::PageAccessibility,
            PageId::EasyLanguage => UiText::PageEasyLanguage,
            PageId::Privacy => UiText::PagePrivacy,
        }
    }
}

impl Route {
    /// Reads the page's path, e.g. `/embed/anteil/` or `/sub/dir/` (the site may live in a folder).
    pub fn from_path(path: &str) -> Route {
        let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        if parts.last() == Some(&"index.html") {
            parts.pop();
        }
        match parts.iter().rposition(|p| *p == "embed") {
            Some(i) if i + 2 >= parts.len() => {
                Route::Embed(parts.get(i + 1).and_then(|s| ChartId::from_slug(s)))
            }
            _ => match parts.last().and_then(|s| PageId::from_slug(s)) {
                Some(page) => Route::Page(page),
                None => Route::Dashboard,
            },
        }
    }

    /// Prefix that leads from this page back to the site root (`""` or `"../../"`).
    pub fn root(self) -> &'static str {
        match self {
            Route::Dashboard => "",
            Route::Embed(_) => "../../",
            Route::Page(_) => "../",
        }
    }

    /// Path of the page's folder relative to the site root (`""` for the dashboard).
    pub fn path(self) -> String {
        match self {
            Route::Dashboard => String::new(),
            Route::Embed(Some(c)) => Route::embed_path(c),
            Route::Embed(None) => "embed/".into(),
            Route::Page(p) => format!("{}/", p.slug()),
        }
    }

    /// Path of a chart's embed page, relative to the site root.
    pub fn embed_path(chart: ChartId) -> String {
        format!("embed/{}/", chart.slug())
    }
}

/// Where the dataset is: the newest at a stable path, a pinned version in its own folder.
pub fn dataset_path(pinned: Option<&str>) -> String {
    match pinned.filter(|id| is_snapshot_id(id)) {
        Some(id) => format!("{}/dataset.json", crate::files::version_dir(id)),
        None => crate::files::DATASET_PATH.to_string(),
    }
}

/// Snapshot ids are dates; anything else in a pinned version is ignored rather than fetched.
pub fn is_snapshot_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 10 && id.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_paths_name_their_chart_and_root() {
        assert_eq!(Route::from_path("/"), Route::Dashboard);
        assert_eq!(Route::from_path("/index.html"), Route::Dashboard);
        assert_eq!(
            Route::from_path("/embed/anteil/"),
            Route::Embed(Some(ChartId::Share))
        );
        assert_eq!(
            Route::from_path("/site/embed/zeitplan/index.html"),
            Route::Embed(Some(ChartId::Timeline))
        );
        assert_eq!(Route::from_path("/embed/nichts/"), Route::Embed(None));
        assert_eq!(Route::from_path("/embed/anteil/").root(), "../../");
        assert_eq!(Route::embed_path(ChartId::Remaining), "embed/restkonten/");
        assert_eq!(
            Route::from_path("/datenschutz/"),
            Route::Page(PageId::Privacy)
        );
        assert_eq!(
            Route::from_path("/x/leichte-sprache/index.html"),
            Route::Page(PageId::EasyLanguage)
        );
        assert_eq!(Route::Page(PageId::Accessibility).root(), "../");
    }

    #[test]
    fn only_date_like_versions_are_fetched() {
        assert_eq!(dataset_path(None), "data/dataset.json");
        assert_eq!(
            dataset_path(Some("2026-03-24")),
            "data/versions/2026-03-24/dataset.json"
        );
        assert_eq!(dataset_path(Some("../../etc")), "data/dataset.json");
        assert_eq!(dataset_path(Some("2026-03-24x")), "data/dataset.json");
    }
}
