//! The Atom feed of the data (RFC 4287, `data/feed.xml`): one entry for each data version (a
//! snapshot, one published answer) and one for each correction of figures the site published,
//! newest first, each with its figures in German and English and links to the version's files
//! and their SHA256SUMS. A feed reader, or a script, learns of a new answer without visiting the
//! site.
//!
//! Ids are tag URIs (RFC 4151), minted from the site's public address and the date of the first
//! snapshot: they name an entry, not a place, so a reader that has seen an entry knows it again in
//! every later build.

use crate::checksums;
use ox_core::files::version_dir;
use ox_core::format;
use ox_core::html;
use ox_core::i18n::{Lang, PageText};
use ox_core::model::{Correction, Dataset, Snapshot, Totals};
use ox_core::operator::Operator;
use ox_core::route::Route;
use ox_core::view_state::ViewState;
use std::borrow::Cow;
use std::fmt::Write;

/// Where the feed is, from the site root.
pub use ox_core::files::FEED_PATH;

/// Its media type (RFC 4287, section 7).
pub const MEDIA_TYPE: &str = "application/atom+xml";

/// Where the feed's links point, and what its ids are minted from.
struct Site<'a> {
    canonical: Option<&'a str>,
}

impl Site<'_> {
    /// The address of `path` (from the site root). With the site's public address it is absolute:
    /// a feed is read by programs far from the site, and many feed readers ignore `xml:base` and
    /// resolve nothing. A local build (no public address) has nowhere to point absolutely, so
    /// its links are relative to the feed, which Atom allows: a relative reference is resolved
    /// against the feed's own address (RFC 4287, section 2; RFC 3986, section 5.1.3), so the
    /// files are found wherever the build is served.
    fn href(&self, path: &str) -> String {
        match self.canonical {
            Some(site) => format!("{site}{path}"),
            None => match path.strip_prefix("data/") {
                Some(beside) => beside.to_string(),
                None => format!("../{path}"),
            },
        }
    }

    /// A tag URI naming `what` on this site since `since` (`YYYY-MM-DD`). The authority is the
    /// public address' host, its path part of the name (two copies of the site on one host have
    /// different ids); a local build uses example.org, like the example operator, so its ids can
    /// never be taken for a published site's.
    fn tag(&self, since: &str, what: &str) -> String {
        let (host, path) = match self.canonical {
            Some(site) => {
                let rest = site.split_once("://").map_or(site, |(_, rest)| rest);
                let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                (host.split(':').next().unwrap_or(host), path)
            }
            None => ("example.org", "/"),
        };
        format!("tag:{},{since}:{path}{what}", host.to_ascii_lowercase())
    }
}

/// One link of an entry or of the feed.
struct Link {
    rel: &'static str,
    href: String,
    media_type: &'static str,
    hreflang: Option<Lang>,
    title: String,
}

/// One entry: a data version or a correction.
struct Entry {
    id: String,
    /// `YYYY-MM-DD`.
    date: String,
    title: String,
    summary: String,
    links: Vec<Link>,
    /// Of two entries of one day, the correction comes first (it was published after the answer).
    is_correction: bool,
}

/// German, then English: the feed is read by both, and Atom allows one summary per entry.
fn both(text: impl Fn(Lang) -> String) -> String {
    format!("{} / {}", text(Lang::De), text(Lang::En))
}

/// `s` as XML character data: escaped (the site's one escaper, whose `&`, `<` and `>` are XML's
/// too), without the control characters XML 1.0 cannot carry even escaped.
fn xml_text(s: &str) -> String {
    html::text(&xml_chars(s)).into_owned()
}

/// `s` as a double-quoted XML attribute value.
fn xml_attr(s: &str) -> String {
    html::attr(&xml_chars(s)).into_owned()
}

fn xml_chars(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{fffe}' | '\u{ffff}'))
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

/// The date as RFC 3339 (midnight UTC: the sources give days, not times).
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// The overview in each language, pinned to the data version `snapshot` if there is one.
fn overview_links(site: &Site, snapshot: Option<&str>) -> Vec<Link> {
    Lang::ALL
        .into_iter()
        .map(|lang| Link {
            rel: "alternate",
            href: site.href(
                &ViewState {
                    lang,
                    snapshot: snapshot.map(str::to_string),
                    ..ViewState::default()
                }
                .address(Route::Dashboard),
            ),
            media_type: "text/html",
            hreflang: Some(lang),
            title: PageText::AboutFeedOverview.get(lang).to_string(),
        })
        .collect()
}

/// The overview pinned to `snapshot`, and the version's files with its list of checksums.
fn version_links(site: &Site, snapshot: &str) -> Vec<Link> {
    let mut links = overview_links(site, Some(snapshot));
    let dir = version_dir(snapshot);
    for (name, media_type, text) in [
        (
            "dataset.json",
            "application/json",
            PageText::AboutFeedDataset,
        ),
        ("behoerden.csv", "text/csv", PageText::AboutFeedTable),
        (
            checksums::FILE_NAME,
            "text/plain",
            PageText::AboutFeedChecksums,
        ),
    ] {
        links.push(Link {
            rel: "related",
            href: site.href(&format!("{dir}/{name}")),
            media_type,
            hreflang: None,
            title: both(|lang| text.get(lang).to_string()),
        });
    }
    links
}

/// The source of `snapshot` as the texts name it: its number and its date in `lang`.
fn source(snapshot: &Snapshot, lang: Lang) -> [(&'static str, String); 2] {
    [
        ("number", snapshot.source.number.clone()),
        ("date", format::date(&snapshot.source.date, lang)),
    ]
}

fn fill(text: PageText, lang: Lang, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    text.fill(lang, &values)
}

fn snapshot_entry(site: &Site, since: &str, snapshot: &Snapshot) -> Entry {
    let totals = Totals::of(&snapshot.bodies);
    let summary = |lang: Lang| {
        let share = totals
            .ox_share()
            .map_or_else(|| "–".to_string(), |s| format::share(s, lang));
        let mut values = source(snapshot, lang).to_vec();
        values.extend([
            ("ox", format::int(totals.ox_accounts, lang)),
            ("all", format::int(totals.all_accounts(), lang)),
            ("bodies", format::int(totals.bodies as u64, lang)),
            ("share", share),
        ]);
        fill(PageText::AboutFeedSnapshot, lang, &values)
    };
    Entry {
        id: site.tag(since, &version_dir(&snapshot.id)),
        date: snapshot.source.date.clone(),
        title: both(|lang| {
            fill(
                PageText::AboutFeedSnapshotTitle,
                lang,
                &source(snapshot, lang),
            )
        }),
        summary: both(summary),
        links: version_links(site, &snapshot.id),
        is_correction: false,
    }
}

/// `nth` counts the corrections of the same day and snapshot before this one, so an id stays
/// the same when corrections of other days are added.
fn correction_entry(
    site: &Site,
    since: &str,
    dataset: &Dataset,
    correction: &Correction,
    nth: usize,
) -> Entry {
    let snapshot = dataset.snapshot(&correction.snapshot);
    let summary = |lang: Lang| {
        let mut text = fill(
            PageText::AboutFeedCorrection,
            lang,
            &[
                (
                    "what",
                    lang.pick(&correction.what.de, &correction.what.en)
                        .to_string(),
                ),
                (
                    "why",
                    lang.pick(&correction.why.de, &correction.why.en)
                        .to_string(),
                ),
            ],
        );
        if !correction.values.is_empty() {
            let values = correction
                .values
                .iter()
                .map(|v| format!("{}, {}: {} → {}", v.body, v.field, v.before, v.after))
                .collect::<Vec<_>>()
                .join("; ");
            text.push(' ');
            text.push_str(&fill(
                PageText::AboutFeedCorrectedValues,
                lang,
                &[("values", values)],
            ));
        }
        text
    };
    let date_of = |lang: Lang| {
        let date = snapshot.map_or(&correction.snapshot, |s| &s.source.date);
        format::date(date, lang)
    };
    Entry {
        id: site.tag(
            since,
            &format!(
                "data/corrections/{}/{}/{}",
                correction.date,
                correction.snapshot,
                nth + 1
            ),
        ),
        date: correction.date.clone(),
        title: both(|lang| {
            fill(
                PageText::AboutFeedCorrectionTitle,
                lang,
                &[("date", date_of(lang))],
            )
        }),
        summary: both(summary),
        // A parsed dataset's corrections name one of its snapshots; an entry needs its
        // alternate link all the same.
        links: match snapshot {
            Some(s) => version_links(site, &s.id),
            None => overview_links(site, None),
        },
        is_correction: true,
    }
}

fn write_link(out: &mut String, indent: &str, link: &Link) {
    let _ = write!(
        out,
        "{indent}<link rel=\"{}\" type=\"{}\" href=\"{}\"",
        link.rel,
        link.media_type,
        xml_attr(&link.href)
    );
    if let Some(lang) = link.hreflang {
        let _ = write!(out, " hreflang=\"{}\"", lang.code());
    }
    let _ = writeln!(out, " title=\"{}\"/>", xml_attr(&link.title));
}

/// The feed of `dataset`'s versions and corrections, published by `operator`, at the site's
/// public address `canonical` (with its final slash), or with relative links without one.
pub fn feed(dataset: &Dataset, operator: &Operator, canonical: Option<&str>) -> String {
    let site = Site { canonical };
    // The first snapshot's day: the site published data under its address from then on.
    let since = dataset
        .snapshots
        .iter()
        .map(|s| s.source.date.as_str())
        .min()
        .unwrap_or("2026-01-01");
    let mut entries: Vec<Entry> = dataset
        .snapshots
        .iter()
        .map(|s| snapshot_entry(&site, since, s))
        .collect();
    for (k, correction) in dataset.corrections.iter().enumerate() {
        let nth = dataset.corrections[..k]
            .iter()
            .filter(|c| c.date == correction.date && c.snapshot == correction.snapshot)
            .count();
        entries.push(correction_entry(&site, since, dataset, correction, nth));
    }
    // Newest first; of one day, the correction before the answer (sort is stable otherwise).
    entries.sort_by(|a, b| (&b.date, b.is_correction).cmp(&(&a.date, a.is_correction)));
    let updated = entries.first().map_or(since, |e| e.date.as_str());

    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(
        out,
        "  <title type=\"text\">{}</title>",
        xml_text(&both(|lang| PageText::AboutFeedTitle.get(lang).to_string()))
    );
    let _ = writeln!(
        out,
        "  <id>{}</id>",
        xml_text(&site.tag(since, "data/feed"))
    );
    let _ = writeln!(out, "  <updated>{}</updated>", timestamp(updated));
    let _ = writeln!(
        out,
        "  <author>\n    <name>{}</name>\n    <email>{}</email>\n  </author>",
        xml_text(&operator.name),
        xml_text(&operator.email)
    );
    let _ = writeln!(
        out,
        "  <rights type=\"text\">{}</rights>",
        xml_text(&dataset.license.name)
    );
    write_link(
        &mut out,
        "  ",
        &Link {
            rel: "self",
            href: site.href(FEED_PATH),
            media_type: MEDIA_TYPE,
            hreflang: None,
            title: both(|lang| PageText::AboutFeedTitle.get(lang).to_string()),
        },
    );
    for lang in Lang::ALL {
        write_link(
            &mut out,
            "  ",
            &Link {
                rel: "alternate",
                href: site.href(&Route::Dashboard.path(lang)),
                media_type: "text/html",
                hreflang: Some(lang),
                title: ox_core::i18n::UiText::SiteTitle.get(lang).to_string(),
            },
        );
    }
    for entry in &entries {
        out.push_str("  <entry>\n");
        let _ = writeln!(out, "    <id>{}</id>", xml_text(&entry.id));
        let _ = writeln!(
            out,
            "    <title type=\"text\">{}</title>",
            xml_text(&entry.title)
        );
        let _ = writeln!(out, "    <updated>{}</updated>", timestamp(&entry.date));
        let _ = writeln!(
            out,
            "    <summary type=\"text\">{}</summary>",
            xml_text(&entry.summary)
        );
        for link in &entry.links {
            write_link(&mut out, "    ", link);
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ox_core::model::{parse_dataset, CorrectedValue, Localized};
    use roxmltree::{Document, Node};

    const ATOM: &str = "http://www.w3.org/2005/Atom";
    const SITE: &str = "https://example.org/ox/";

    fn shipped() -> Dataset {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dataset.json"
        ))
        .expect("public/data/dataset.json");
        parse_dataset(&text).expect("the shipped dataset parses")
    }

    fn operator() -> Operator {
        Operator::example("https://example.org/beschwerde/")
    }

    /// The shipped dataset with a later answer (one body moved 100 accounts) and two corrections.
    fn with_history() -> Dataset {
        let mut dataset = shipped();
        let first = dataset.latest().id.clone();
        let mut next = dataset.latest().clone();
        next.id = "2026-09-01".into();
        next.source.date = "2026-09-01".into();
        next.source.number = "20/9999".into();
        next.bodies[0].exchange_accounts -= 100.min(next.bodies[0].exchange_accounts);
        next.bodies[0].ox_accounts += 100;
        dataset.snapshots.push(next);
        let correction = |date: &str, snapshot: &str, what: &str| Correction {
            date: date.into(),
            snapshot: snapshot.into(),
            what: Localized {
                de: format!("{what} (de)"),
                en: format!("{what} (en)"),
            },
            why: Localized {
                de: "Abschreibfehler.".into(),
                en: "Transcription error.".into(),
            },
            values: vec![CorrectedValue {
                body: "LfU".into(),
                field: "ox_accounts".into(),
                before: "12".into(),
                after: "13".into(),
            }],
        };
        dataset.corrections = vec![
            correction("2026-04-02", &first, "Eine Zeile"),
            correction("2026-09-01", "2026-09-01", "Am Tag der Antwort"),
        ];
        dataset
    }

    fn parse(xml: &str) -> Document<'_> {
        Document::parse(xml).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{xml}"))
    }

    fn children<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
        node.children()
            .filter(|n| n.is_element() && n.tag_name().name() == name)
            .collect()
    }

    fn one<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Node<'a, 'i> {
        let found = children(node, name);
        assert_eq!(found.len(), 1, "<{name}> in <{}>", node.tag_name().name());
        found[0]
    }

    fn text<'a>(node: Node<'a, '_>, name: &str) -> &'a str {
        one(node, name).text().unwrap_or_default()
    }

    fn hrefs(node: Node, rel: &str) -> Vec<String> {
        children(node, "link")
            .into_iter()
            .filter(|l| l.attribute("rel") == Some(rel))
            .map(|l| l.attribute("href").unwrap_or_default().to_string())
            .collect()
    }

    fn is_rfc3339_day(s: &str) -> bool {
        let b = s.as_bytes();
        s.len() == 20
            && s.ends_with("T00:00:00Z")
            && b[4] == b'-'
            && b[7] == b'-'
            && s[..10].chars().filter(char::is_ascii_digit).count() == 8
    }

    #[test]
    fn one_entry_per_version_and_correction_newest_first_each_as_atom_asks() {
        let dataset = with_history();
        let xml = feed(&dataset, &operator(), Some(SITE));
        let doc = parse(&xml);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "feed");
        assert_eq!(root.tag_name().namespace(), Some(ATOM));
        let entries = children(root, "entry");
        assert_eq!(entries.len(), 2 + 2, "{xml}");
        let updated: Vec<&str> = entries.iter().map(|e| text(*e, "updated")).collect();
        assert_eq!(
            updated,
            [
                "2026-09-01T00:00:00Z",
                "2026-09-01T00:00:00Z",
                "2026-04-02T00:00:00Z",
                "2026-03-24T00:00:00Z"
            ]
        );
        // Of one day, the correction first, then the answer it corrects.
        assert!(text(entries[0], "id").contains("/data/corrections/2026-09-01/"));
        assert!(text(entries[1], "id").ends_with("/data/versions/2026-09-01"));
        // The feed: title, id, updated (its newest entry's), author, self link.
        assert_eq!(text(root, "updated"), updated[0]);
        assert!(text(root, "title").contains(" / Moving to Open-Xchange"));
        assert!(text(root, "id").starts_with("tag:example.org,2026-03-24:/ox/"));
        assert_eq!(text(one(root, "author"), "name"), operator().name);
        assert_eq!(
            hrefs(root, "self"),
            ["https://example.org/ox/data/feed.xml"]
        );
        let mut ids = vec![text(root, "id")];
        for entry in &entries {
            for name in ["id", "title", "updated", "summary"] {
                assert!(!text(*entry, name).trim().is_empty(), "{name}: {xml}");
            }
            assert!(is_rfc3339_day(text(*entry, "updated")));
            assert_eq!(one(*entry, "summary").attribute("type"), Some("text"));
            assert!(children(*entry, "content").is_empty());
            // Without content, an entry needs an alternate link (RFC 4287, 4.1.1), one per
            // type and language.
            let alternates: Vec<_> = children(*entry, "link")
                .into_iter()
                .filter(|l| l.attribute("rel") == Some("alternate"))
                .map(|l| (l.attribute("type"), l.attribute("hreflang")))
                .collect();
            assert_eq!(
                alternates,
                [
                    (Some("text/html"), Some("de")),
                    (Some("text/html"), Some("en"))
                ]
            );
            ids.push(text(*entry, "id"));
        }
        let unique: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
    }

    #[test]
    fn a_version_gives_its_figures_in_both_languages_and_links_its_files() {
        let dataset = shipped();
        let snapshot = dataset.latest();
        let totals = Totals::of(&snapshot.bodies);
        let xml = feed(&dataset, &operator(), Some(SITE));
        let doc = parse(&xml);
        let entry = one(doc.root_element(), "entry");
        let summary = text(entry, "summary");
        let (de, en) = summary.split_once(" / ").expect("German / English");
        for (part, lang) in [(de, Lang::De), (en, Lang::En)] {
            for figure in [
                format::int(totals.ox_accounts, lang),
                format::int(totals.all_accounts(), lang),
                format::share(totals.ox_share().unwrap(), lang),
                snapshot.source.number.clone(),
                format::date(&snapshot.source.date, lang),
            ] {
                assert!(part.contains(&figure), "{lang:?}: {figure} not in {part}");
            }
        }
        assert!(
            de.contains("Konten") && en.contains("accounts"),
            "{summary}"
        );
        let dir = format!("{SITE}data/versions/{}", snapshot.id);
        assert_eq!(
            hrefs(entry, "related"),
            [
                format!("{dir}/dataset.json"),
                format!("{dir}/behoerden.csv"),
                format!("{dir}/SHA256SUMS")
            ]
        );
        assert_eq!(
            hrefs(entry, "alternate"),
            [
                format!("{SITE}?stand={}", snapshot.id),
                format!("{SITE}en/?stand={}", snapshot.id)
            ]
        );
    }

    #[test]
    fn without_a_public_address_the_links_are_relative_to_the_feed() {
        let dataset = shipped();
        let id = &dataset.latest().id;
        let xml = feed(&dataset, &operator(), None);
        let doc = parse(&xml);
        let root = doc.root_element();
        assert_eq!(hrefs(root, "self"), ["feed.xml"]);
        assert_eq!(hrefs(root, "alternate"), ["../", "../en/"]);
        let entry = one(root, "entry");
        assert_eq!(
            hrefs(entry, "alternate"),
            [format!("../?stand={id}"), format!("../en/?stand={id}")]
        );
        assert_eq!(
            hrefs(entry, "related")[2],
            format!("versions/{id}/SHA256SUMS")
        );
        assert!(!xml.contains("https://example.org/ox/"));
        assert!(text(root, "id").starts_with("tag:example.org,"));
    }

    #[test]
    fn a_correction_says_what_why_and_which_values() {
        let dataset = with_history();
        let xml = feed(&dataset, &operator(), Some(SITE));
        let doc = parse(&xml);
        let entries = children(doc.root_element(), "entry");
        let correction = entries[2];
        assert_eq!(text(correction, "updated"), "2026-04-02T00:00:00Z");
        let summary = text(correction, "summary");
        assert_eq!(
            summary,
            "Eine Zeile (de) Grund: Abschreibfehler. Geänderte Werte: LfU, ox_accounts: 12 → 13. / \
             Eine Zeile (en) Reason: Transcription error. Changed values: LfU, ox_accounts: 12 → 13."
        );
        assert!(text(correction, "title").contains("24.\u{a0}März 2026"));
        // It links the version it corrects.
        assert_eq!(
            hrefs(correction, "related")[0],
            "https://example.org/ox/data/versions/2026-03-24/dataset.json"
        );
    }

    #[test]
    fn ids_stay_when_entries_are_added() {
        let dataset = with_history();
        let ids = |d: &Dataset| {
            let xml = feed(d, &operator(), Some(SITE));
            let doc = parse(&xml);
            let root = doc.root_element();
            children(root, "entry")
                .into_iter()
                .map(|e| text(e, "id").to_string())
                .collect::<std::collections::BTreeSet<_>>()
        };
        let before = ids(&dataset);
        let mut more = dataset.clone();
        let mut late = more.corrections[0].clone();
        late.date = "2026-10-01".into();
        more.corrections.insert(0, late);
        let after = ids(&more);
        assert_eq!(after.len(), before.len() + 1);
        assert!(before.is_subset(&after), "{before:?} {after:?}");
        assert!(before.contains("tag:example.org,2026-03-24:/ox/data/versions/2026-03-24"));
    }

    #[test]
    fn every_text_is_escaped_and_stays_xml() {
        let mut dataset = with_history();
        dataset.corrections[0].what.de = "<b>Tom & Jerry</b> \"zitiert\" ]]> \u{1}".into();
        dataset.corrections[0].values[0].body = "A<B".into();
        let mut operator = operator();
        operator.name = "Amt </name><x/> & Co".into();
        let xml = feed(&dataset, &operator, Some("https://example.org/a&b/"));
        let doc = parse(&xml);
        let root = doc.root_element();
        assert_eq!(text(one(root, "author"), "name"), "Amt </name><x/> & Co");
        let summary = text(children(root, "entry")[2], "summary");
        assert!(
            summary.starts_with("<b>Tom & Jerry</b> \"zitiert\" ]]>  Grund:"),
            "{summary}"
        );
        assert!(summary.contains("A<B, ox_accounts"), "{summary}");
        assert_eq!(
            hrefs(root, "self"),
            ["https://example.org/a&b/data/feed.xml"]
        );
        assert!(!xml.contains('\u{1}'));
        assert!(xml.contains("Amt &lt;/name&gt;&lt;x/&gt; &amp; Co"));
    }

    #[test]
    fn the_pages_name_the_feed_where_it_is_written() {
        // Every page's head (index.html, rebased per page by the build) and the about page's link.
        let index =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html"))
                .expect("index.html");
        assert!(
            index.contains(&format!(
                r#"<link rel="alternate" type="{MEDIA_TYPE}" href="{FEED_PATH}""#
            )),
            "index.html names no feed at {FEED_PATH}"
        );
        let site = crate::prerender::Site {
            charts: Default::default(),
            operator: operator(),
        };
        let about = ox_core::route::Route::Page(ox_core::route::PageId::About);
        for lang in Lang::ALL {
            let html =
                crate::prerender::render(about, lang, std::sync::Arc::new(shipped()), &site, None);
            let link = format!(r#"href="{}{FEED_PATH}""#, about.root(lang));
            assert!(
                html.contains(&link),
                "{lang:?}: no {link} on the about page"
            );
        }
    }
}
