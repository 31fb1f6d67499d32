//! Which page the address names: the dashboard, or the embed view of one chart at
//! `…/embed/<chart>/`. Embed pages sit two folders below the site root, so the data they fetch
//! is addressed relative to that root. Each page exists in both languages: German at the root,
//! English in [`lang_dir`] (`en/`), one folder further down.

use crate::charts::ChartId;
use crate::i18n::UiText;
use crate::lang::Lang;

/// The folder, below the site root, that holds the pages of `lang`: `""` or `"en/"`.
pub fn lang_dir(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "",
        Lang::En => "en/",
    }
}

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
    /// Impressum: who provides the site (§ 5 DDG).
    Imprint,
}

impl PageId {
    pub const ALL: [PageId; 5] = [
        PageId::About,
        PageId::Accessibility,
        PageId::EasyLanguage,
        PageId::Privacy,
        PageId::Imprint,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PageId::About => "ueber",
            PageId::Accessibility => "barrierefreiheit",
            PageId::EasyLanguage => "leichte-sprache",
            PageId::Privacy => "datenschutz",
            PageId::Imprint => "impressum",
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
            PageId::Imprint => UiText::PageImprint,
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

    /// Prefix that leads from this page, in `lang`, back to the site root (`""` … `"../../../"`).
    pub fn root(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Route::Dashboard, Lang::De) => "",
            (Route::Dashboard, Lang::En) | (Route::Page(_), Lang::De) => "../",
            (Route::Page(_), Lang::En) | (Route::Embed(_), Lang::De) => "../../",
            (Route::Embed(_), Lang::En) => "../../../",
        }
    }

    /// Path of the page's folder in `lang` relative to the site root (`""` for the German
    /// dashboard, `"en/embed/anteil/"` for an English embed).
    pub fn path(self, lang: Lang) -> String {
        let folder = match self {
            Route::Dashboard => String::new(),
            Route::Embed(Some(c)) => format!("embed/{}/", c.slug()),
            Route::Embed(None) => "embed/".into(),
            Route::Page(p) => format!("{}/", p.slug()),
        };
        format!("{}{folder}", lang_dir(lang))
    }
}

/// A link from a page whose way back to the site root is `root` to `address` below that root
/// (`ViewState::address`, `Route::path`): `./` where the two are the same place, since an empty
/// `href` would be no link at all.
pub fn link(root: &str, address: &str) -> String {
    match format!("{root}{address}") {
        href if href.is_empty() => "./".to_string(),
        href => href,
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
        assert_eq!(Route::from_path("/embed/anteil/").root(Lang::De), "../../");
        assert_eq!(
            Route::Embed(Some(ChartId::Remaining)).path(Lang::De),
            "embed/restkonten/"
        );
        assert_eq!(
            Route::from_path("/datenschutz/"),
            Route::Page(PageId::Privacy)
        );
        assert_eq!(
            Route::from_path("/x/leichte-sprache/index.html"),
            Route::Page(PageId::EasyLanguage)
        );
        assert_eq!(Route::Page(PageId::Accessibility).root(Lang::De), "../");
    }

    #[test]
    fn english_pages_lie_one_folder_further_down() {
        assert_eq!(Route::from_path("/en/"), Route::Dashboard);
        assert_eq!(
            Route::from_path("/ox/en/embed/anteil/"),
            Route::Embed(Some(ChartId::Share))
        );
        assert_eq!(
            Route::from_path("/en/datenschutz/index.html"),
            Route::Page(PageId::Privacy)
        );
        for route in [
            Route::Dashboard,
            Route::Embed(Some(ChartId::Share)),
            Route::Page(PageId::About),
        ] {
            let (de, en) = (route.path(Lang::De), route.path(Lang::En));
            assert_eq!(en, format!("en/{de}"));
            // The root prefix climbs exactly the folders of the path.
            for lang in [Lang::De, Lang::En] {
                let depth = route.path(lang).matches('/').count();
                assert_eq!(route.root(lang), "../".repeat(depth), "{route:?} {lang:?}");
            }
        }
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
