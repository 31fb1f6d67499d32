//! The whole view state (language, filters, search, sort, section, pinned data version) and its
//! encoding in the URL, so any view can be shared as a link and restored from it: the language in
//! the path (each has its own pages, [`crate::route::lang_dir`]), the rest in the query string.

use crate::lang::Lang;
use crate::route::Route;

/// Which bodies the Ressort filter keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortfolioFilter {
    /// Bodies of this Ressort (Roman numeral as printed).
    Is(String),
    /// Bodies without a Ressort (Landtag, Landesrechnungshof).
    Without,
}

impl PortfolioFilter {
    pub fn from_portfolio(p: Option<&str>) -> PortfolioFilter {
        match p {
            Some(p) => PortfolioFilter::Is(p.to_string()),
            None => PortfolioFilter::Without,
        }
    }

    pub fn matches(&self, portfolio: Option<&str>) -> bool {
        match self {
            PortfolioFilter::Is(p) => portfolio == Some(p.as_str()),
            PortfolioFilter::Without => portfolio.is_none(),
        }
    }

    fn to_param(&self) -> &str {
        match self {
            PortfolioFilter::Is(p) => p,
            PortfolioFilter::Without => "ohne",
        }
    }
}

/// Table columns the reader can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The order of the printed table.
    #[default]
    Table,
    Portfolio,
    Body,
    Exchange,
    Resources,
    Ox,
    SharePrinted,
    ShareRecomputed,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Table,
        SortKey::Portfolio,
        SortKey::Body,
        SortKey::Exchange,
        SortKey::Resources,
        SortKey::Ox,
        SortKey::SharePrinted,
        SortKey::ShareRecomputed,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SortKey::Table => "tabelle",
            SortKey::Portfolio => "ressort",
            SortKey::Body => "behoerde",
            SortKey::Exchange => "mse",
            SortKey::Resources => "mse-res",
            SortKey::Ox => "ox",
            SortKey::SharePrinted => "anteil-gedruckt",
            SortKey::ShareRecomputed => "anteil",
        }
    }

    pub fn from_slug(s: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// A colour scheme the link asks for; none follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    Light,
    Dark,
}

/// Everything a shared link restores.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The language of the page: it comes from the page's address, not from the query.
    pub lang: Lang,
    pub portfolio: Option<PortfolioFilter>,
    /// A selected body (abbreviation as printed).
    pub body: Option<String>,
    pub search: String,
    pub sort: SortKey,
    pub descending: bool,
    /// The section or chart in view (its slug), scrolled to when the link is opened.
    pub section: Option<String>,
    /// A pinned data version (snapshot id); none means the newest.
    pub snapshot: Option<String>,
    /// A forced colour scheme (embeds let the host page choose); none follows the system.
    pub theme: Option<ThemeChoice>,
}

impl ViewState {
    /// The address of this view of `route` below the site root: the page's folder in the view's
    /// language and the query, e.g. `en/embed/anteil/?ressort=IV` (`""` for the default view).
    pub fn address(&self, route: Route) -> String {
        format!("{}{}", route.path(self.lang), self.to_query())
    }

    /// The query string for this state (all but the language), `""` for the default view, else
    /// `?key=value&…`.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(p) = &self.portfolio {
            pairs.push(("ressort", p.to_param().to_string()));
        }
        if let Some(b) = &self.body {
            pairs.push(("behoerde", b.clone()));
        }
        if !self.search.is_empty() {
            pairs.push(("suche", self.search.clone()));
        }
        if self.sort != SortKey::Table {
            pairs.push(("sort", self.sort.slug().to_string()));
        }
        if self.descending {
            pairs.push(("richtung", "ab".to_string()));
        }
        if let Some(s) = &self.section {
            pairs.push(("ansicht", s.clone()));
        }
        if let Some(s) = &self.snapshot {
            pairs.push(("stand", s.clone()));
        }
        match self.theme {
            Some(ThemeChoice::Light) => pairs.push(("theme", "light".into())),
            Some(ThemeChoice::Dark) => pairs.push(("theme", "dark".into())),
            None => {}
        }
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(&v)))
            .collect();
        format!("?{}", body.join("&"))
    }

    /// Reads a query string (with or without `?`); unknown keys and invalid values are ignored.
    pub fn from_query(query: &str) -> ViewState {
        let mut state = ViewState::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let text = || limit(value, 100);
            match key {
                "ressort" => {
                    state.portfolio = Some(match value {
                        "ohne" => PortfolioFilter::Without,
                        p => PortfolioFilter::Is(limit(p, 10)),
                    })
                }
                "behoerde" => state.body = Some(text()),
                "suche" => state.search = text(),
                "sort" => state.sort = SortKey::from_slug(value).unwrap_or_default(),
                "richtung" => state.descending = value == "ab",
                "ansicht" => state.section = Some(limit(value, 40)),
                "stand" => state.snapshot = Some(limit(value, 40)),
                "theme" => {
                    state.theme = match value {
                        "light" => Some(ThemeChoice::Light),
                        "dark" => Some(ThemeChoice::Dark),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        state
    }

    /// True when any filter narrows the bodies shown.
    pub fn is_filtered(&self) -> bool {
        self.portfolio.is_some() || self.body.is_some() || !self.search.trim().is_empty()
    }
}

fn limit(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Percent-encodes everything but unreserved characters (RFC 3986), as UTF-8.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` sequences and `+` (as space); invalid sequences are kept as they are.
pub fn decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i..] {
            [b'%', h, l, ..] => hex(h).zip(hex(l)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (bytes[i], escaped) {
            (_, Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                i += 1;
            }
            (b, None) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
