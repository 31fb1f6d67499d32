//! One ZIP per data version for newsrooms and researchers (`data/versions/<id>/pressekit.zip`,
//! the newest also at `data/pressekit.zip`): the dataset as JSON and CSV, every chart as SVG and
//! as PNG with its title, source, date and version in the image, the citation in the forms
//! newsrooms and researchers use, a README, the licence and a checksum list. Built at build time:
//! the PNGs are drawn natively from the SVG (resvg), not in a browser.

use crate::checksums;
use ox_core::format;
use ox_core::html;
use ox_core::i18n::{Lang, UiText};
use ox_core::model::{License, Snapshot};
use std::io::Write;

/// The kit's file name in a version's folder, and where the newest one is also published.
pub use ox_core::files::{PRESS_KIT_NAME as FILE_NAME, PRESS_KIT_PATH as LATEST_PATH};

/// The width of a chart's image, in CSS pixels, around the build's drawing.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 20.0;
/// PNGs are drawn at this many pixels per CSS pixel: 2,560 px wide, about 21.7 cm at 300 dpi.
pub const PNG_SCALE: f32 = 4.0;

/// One chart of the kit: its slug, title and the build's drawing of it (SVG).
pub struct Chart {
    pub slug: String,
    pub title: String,
    pub svg: String,
}

/// What a kit is made of.
pub struct Kit<'a> {
    pub snapshot: &'a Snapshot,
    pub license: &'a License,
    /// Who publishes the compilation (the operator).
    pub publisher: &'a str,
    /// The site's address, where the operator has set one (site.toml).
    pub site_url: Option<&'a str>,
    pub json: &'a [u8],
    pub csv: &'a [u8],
    pub charts: Vec<Chart>,
}

/// The kit's files, in the order of the ZIP, its checksum list last.
pub fn files(kit: &Kit) -> Result<Vec<(String, Vec<u8>)>, String> {
    let s = kit.snapshot;
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("README.txt".into(), readme(kit).into_bytes()),
        ("LIZENZ.txt".into(), licence(kit).into_bytes()),
        ("dataset.json".into(), kit.json.to_vec()),
        ("behoerden.csv".into(), kit.csv.to_vec()),
        ("zitieren.txt".into(), plain_citations(kit).into_bytes()),
        ("CITATION.cff".into(), citation_cff(kit).into_bytes()),
        ("zitation.bib".into(), bibtex(kit).into_bytes()),
        ("zitation.csl.json".into(), csl_json(kit)?.into_bytes()),
    ];
    for chart in &kit.charts {
        let framed = framed_svg(chart, s);
        files.push((format!("diagramme/{}.png", chart.slug), png(&framed)?));
        files.push((format!("diagramme/{}.svg", chart.slug), framed.into_bytes()));
    }
    // `sha256sum -c SHA256SUMS` in the unpacked folder: each file by its path in it, sorted.
    let mut sums: Vec<String> = files
        .iter()
        .map(|(path, bytes)| format!("{}  {path}\n", checksums::sha256_hex(bytes)))
        .collect();
    sums.sort_by(|a, b| a[66..].cmp(&b[66..]));
    let sums = sums.concat();
    files.push((checksums::FILE_NAME.into(), sums.into_bytes()));
    Ok(files)
}

/// The kit as a ZIP, every file in a folder named after the version. The entries carry no time
/// of their own (the ZIP format's earliest, 1980-01-01), so the same data gives the same bytes.
pub fn zip(kit: &Kit) -> Result<Vec<u8>, String> {
    let folder = format!("pressekit-{}", kit.snapshot.id);
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in files(kit)? {
        out.start_file(format!("{folder}/{name}"), options)
            .map_err(|e| e.to_string())?;
        out.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}

/// `text` broken into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let last = lines.last_mut().expect("one line");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

/// The fonts the images name, first to last (DejaVu Sans is what the build machine has).
const FONT: &str = "DejaVu Sans, Liberation Sans, sans-serif";
/// The images' text colour (the light theme's).
pub const INK: &str = "#1f2328";

/// `lines` of SVG text from `x`, `y` (the first line's baseline), `step` apart.
pub fn svg_lines(
    x: f64,
    y: f64,
    step: f64,
    size: u32,
    weight: u32,
    fill: &str,
    lines: &[String],
) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<text x="{x}" y="{:.1}" font-family="{FONT}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
                y + step * i as f64,
                html::attr(l)
            )
        })
        .collect()
}

/// The chart's drawing with its title above and its source, date and version below, on white:
/// an image that says what it shows and where it comes from wherever it is printed.
pub fn framed_svg(chart: &Chart, s: &Snapshot) -> String {
    let lang = Lang::De;
    let (w, h) = drawing_size(&chart.svg);
    let scale = (WIDTH - 2.0 * MARGIN) / w;
    let title = wrap(&chart.title, 62);
    let source = ox_core::cite::source_line(s, lang);
    let footer: Vec<String> = [
        source,
        format!(
            "{}, {} · Datenstand (Version) {}",
            s.source.parliament,
            UiText::SiteTitle.get(lang),
            s.id
        ),
    ]
    .iter()
    .flat_map(|l| wrap(l, 96))
    .collect();
    let title_h = 26.0 * title.len() as f64 + 12.0;
    let top = MARGIN + title_h;
    let drawing_h = h * scale;
    let footer_top = top + drawing_h + 16.0;
    let height = footer_top + 17.0 * footer.len() as f64 + MARGIN;
    let inner = inner_svg(&chart.svg);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}"><rect width="100%" height="100%" fill="#ffffff"/>{}<svg x="{MARGIN}" y="{top:.1}" width="{:.1}" height="{drawing_h:.1}" viewBox="0 0 {w} {h}" overflow="visible">{inner}</svg>{}</svg>"##,
        svg_lines(MARGIN, MARGIN + 20.0, 26.0, 20, 700, INK, &title),
        w * scale,
        svg_lines(MARGIN, footer_top + 11.0, 17.0, 12, 400, INK, &footer),
    )
}

/// The width and height of an SVG drawing: its `viewBox` (the build's drawings have one), else
/// its `width` and `height`.
pub fn drawing_size(svg: &str) -> (f64, f64) {
    let root = &svg[..svg.find('>').unwrap_or(svg.len())];
    let view_box: Vec<f64> = crate::tags::attribute(root, "viewBox")
        .map(|v| {
            v.split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    if let [_, _, w, h] = view_box[..] {
        return (w, h);
    }
    let number = |name: &str| {
        crate::tags::attribute(root, name)
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
    };
    (
        number("width").unwrap_or(560.0),
        number("height").unwrap_or(400.0),
    )
}

/// What is inside the drawing's root element.
pub fn inner_svg(svg: &str) -> &str {
    let start = svg.find('>').map_or(0, |i| i + 1);
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    &svg[start..end.max(start)]
}

/// `svg` drawn as a PNG at [`PNG_SCALE`], with the fonts of the machine (DejaVu Sans first).
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    png_at(svg, PNG_SCALE)
}

/// `svg` drawn as a PNG at `scale` pixels per unit of its size.
pub fn png_at(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    // The fonts are shared, not copied: they already name DejaVu Sans as the sans-serif.
    let options = usvg::Options {
        fontdb: fonts()?,
        font_family: "DejaVu Sans".into(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("press kit SVG: {e}"))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("empty image")?;
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("image too large")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The machine's fonts, read once for all the images of a build.
fn fonts() -> Result<std::sync::Arc<resvg::usvg::fontdb::Database>, String> {
    use std::sync::{Arc, OnceLock};
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_system_fonts();
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    });
    if fonts.is_empty() {
        return Err(
            "no fonts on this machine for the press kit's images (install fonts-dejavu-core)"
                .into(),
        );
    }
    Ok(fonts.clone())
}

/// The site's address of the dataset of this version, or its path where no address is set.
fn dataset_url(kit: &Kit) -> String {
    let path = format!(
        "{}/dataset.json",
        ox_core::files::version_dir(&kit.snapshot.id)
    );
    match kit.site_url {
        Some(site) => format!("{site}{path}"),
        None => path,
    }
}

fn plain_citations(kit: &Kit) -> String {
    let url = dataset_url(kit);
    let [de, en] = [Lang::De, Lang::En]
        .map(|lang| ox_core::cite::dataset_citation(kit.snapshot, kit.publisher, &url, lang));
    format!("Deutsch:\n{de}\n\nEnglish:\n{en}\n")
}

/// YAML's double-quoted string.
fn yaml(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// BibTeX's braces and specials escaped.
fn tex(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => vec!['\\', c],
            '\\' => "\\textbackslash{}".chars().collect(),
            c => vec![c],
        })
        .collect()
}

fn title(kit: &Kit) -> String {
    format!(
        "{} – {}: Datensatz (Stand {})",
        UiText::SiteTitle.get(Lang::De),
        UiText::SiteTitleSuffix.get(Lang::De),
        kit.snapshot.id
    )
}

fn citation_cff(kit: &Kit) -> String {
    let s = &kit.snapshot.source;
    let url = kit
        .site_url
        .map(|_| format!("url: {}\n", yaml(&dataset_url(kit))))
        .unwrap_or_default();
    let mut out = format!(
        "cff-version: 1.2.0\nmessage: {}\ntype: dataset\ntitle: {}\nversion: {}\ndate-released: {}\nlicense: {}\nauthors:\n  - name: {}\n{url}references:\n  - type: report\n    title: {}\n    institution:\n      name: {}\n    date-published: {}\n    number: {}\n",
        yaml("Bitte zitieren Sie den Datensatz so / Please cite the dataset as below."),
        yaml(&title(kit)),
        yaml(&kit.snapshot.id),
        yaml(&s.date),
        yaml(&kit.license.id),
        yaml(kit.publisher),
        yaml(&s.title),
        yaml(&s.parliament),
        yaml(&s.date),
        yaml(&format!("Drucksache {}", s.number)),
    );
    if let Some(u) = &s.url {
        out.push_str(&format!("    url: {}\n", yaml(u)));
    }
    out
}

fn bibtex(kit: &Kit) -> String {
    let s = &kit.snapshot.source;
    let year = s.date.get(..4).unwrap_or_default();
    let key = format!("oxsh{}", kit.snapshot.id.replace('-', ""));
    let source_key = format!("ltsh{}", s.number.replace(['/', ' '], ""));
    let source_url = s
        .url
        .as_ref()
        .map(|u| format!("  url = {{{}}},\n", tex(u)))
        .unwrap_or_default();
    // An address only where the site has one (a path alone is no address to cite).
    let howpublished = kit
        .site_url
        .map(|_| {
            format!(
                "  howpublished = {{\\url{{{}}}}},\n",
                tex(&dataset_url(kit))
            )
        })
        .unwrap_or_default();
    format!(
        "@misc{{{key},\n  title = {{{}}},\n  author = {{{{{}}}}},\n  year = {{{year}}},\n  version = {{{}}},\n{howpublished}  note = {{Daten aus Drucksache {} des {} vom {}; Lizenz {}}},\n}}\n\n@techreport{{{source_key},\n  title = {{{}}},\n  institution = {{{}}},\n  type = {{Drucksache}},\n  number = {{{}}},\n  year = {{{year}}},\n  date = {{{}}},\n{source_url}}}\n",
        tex(&title(kit)),
        tex(kit.publisher),
        tex(&kit.snapshot.id),
        tex(&s.number),
        tex(&s.parliament),
        tex(&s.date),
        tex(&kit.license.id),
        tex(&s.title),
        tex(&s.parliament),
        tex(&s.number),
        tex(&s.date),
    )
}

fn csl_json(kit: &Kit) -> Result<String, String> {
    let s = &kit.snapshot.source;
    let date = |d: &str| {
        let parts: Vec<i64> = d.split('-').filter_map(|p| p.parse().ok()).collect();
        serde_json::json!({ "date-parts": [parts] })
    };
    let items = serde_json::json!([
        {
            "id": format!("ox-sh-{}", kit.snapshot.id),
            "type": "dataset",
            "title": title(kit),
            "author": [{ "literal": kit.publisher }],
            "issued": date(&s.date),
            "version": kit.snapshot.id,
            "URL": kit.site_url.map(|_| dataset_url(kit)),
            "note": format!("Lizenz {}; Daten aus Drucksache {}", kit.license.id, s.number),
        },
        {
            "id": format!("drucksache-{}", s.number.replace('/', "-")),
            "type": "report",
            "title": s.title,
            "publisher": s.parliament,
            "genre": "Drucksache",
            "number": s.number,
            "issued": date(&s.date),
            "URL": s.url,
        }
    ]);
    // CSL-JSON has no null: a missing address is left out.
    let mut items = items;
    for item in items.as_array_mut().into_iter().flatten() {
        if let Some(fields) = item.as_object_mut() {
            fields.retain(|_, v| !v.is_null());
        }
    }
    serde_json::to_string_pretty(&items).map_err(|e| e.to_string())
}

fn licence(kit: &Kit) -> String {
    let l = kit.license;
    format!(
        "{} ({})\n{}\n\nDeutsch: {}\nEnglish: {}\n\nNamensnennung / Attribution: {}, Daten aus Drucksache {} ({}).\n",
        l.name, l.id, l.path, l.note.de, l.note.en, kit.publisher, kit.snapshot.source.number, kit.snapshot.source.parliament
    )
}

fn readme(kit: &Kit) -> String {
    let s = kit.snapshot;
    let charts: String = kit
        .charts
        .iter()
        .map(|c| {
            format!(
                "  diagramme/{0}.svg, diagramme/{0}.png – {1}\n",
                c.slug, c.title
            )
        })
        .collect();
    format!(
        "Pressekit: {site} – {suffix}\nDatenstand (Version) {id}: Drucksache {number} vom {date_de}, {parliament}\n\n\
Inhalt\n  dataset.json – der vollständige Datensatz (JSON, mit Quellen und Hinweisen)\n  behoerden.csv – die Tabelle der Behörden (CSV, Semikolon, Dezimalkomma)\n{charts}  zitieren.txt – die Zitierweise auf Deutsch und Englisch\n  CITATION.cff, zitation.bib, zitation.csl.json – dieselbe Zitierweise für Literaturverwaltungen\n  LIZENZ.txt – die Lizenz ({licence})\n  SHA256SUMS – Prüfsummen: im entpackten Ordner `sha256sum -c SHA256SUMS`\n\n\
Die PNG-Bilder haben 4 Pixel je Bildschirmpixel (2.560 Pixel breit, etwa 21,7 cm bei 300 dpi). Jedes Bild nennt Titel, Quelle, Datum und Version.\n\n\
Press kit: {site_en} – {suffix_en}\nData version {id}: Drucksache {number} of {date_en}, {parliament}\n\n\
Contents: the dataset (dataset.json), the table of bodies (behoerden.csv: semicolons, decimal comma), every chart as SVG and PNG (diagramme/, 2,560 px wide, with title, source, date and version), the citation in German and English (zitieren.txt) and for reference managers (CITATION.cff, zitation.bib, zitation.csl.json), the licence (LIZENZ.txt) and checksums (SHA256SUMS: `sha256sum -c SHA256SUMS` in the unpacked folder).\n",
        site = UiText::SiteTitle.get(Lang::De),
        suffix = UiText::SiteTitleSuffix.get(Lang::De),
        site_en = UiText::SiteTitle.get(Lang::En),
        suffix_en = UiText::SiteTitleSuffix.get(Lang::En),
        id = s.id,
        number = s.source.number,
        parliament = s.source.parliament,
        date_de = format::date(&s.source.date, Lang::De),
        date_en = format::date(&s.source.date, Lang::En),
        licence = kit.license.id,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_at_spaces_within_the_width() {
        assert_eq!(wrap("eins zwei drei vier", 9), ["eins zwei", "drei vier"]);
        assert_eq!(wrap("lang", 2), ["lang"]);
    }

    #[test]
    fn bibtex_specials_are_escaped() {
        assert_eq!(tex("a_b & {c} 100%"), "a\\_b \\& \\{c\\} 100\\%");
    }
}
