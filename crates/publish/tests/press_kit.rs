//! The press kit of a data version: every file the newsrooms need, checksums that check, PNGs at
//! print resolution drawn from the SVG, citations in four forms, the same bytes from the same data.

mod common;
use common::dataset;
use ox_publish::press_kit::{files, framed_svg, png, zip, Chart, Kit, PNG_SCALE};
use std::io::Read;

/// A drawing as the build makes them: a root with a viewBox, bars and text.
fn drawing() -> String {
    r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 300"><rect x="80" y="20" width="400" height="30" fill="#1f6fb2"/><text x="10" y="40" font-family="sans-serif" font-size="12" fill="#1f2328">Polizei</text></svg>"##.into()
}

fn kit(ds: &ox_core::model::Dataset, site_url: Option<&'static str>) -> Vec<(String, Vec<u8>)> {
    let charts = vec![Chart {
        slug: "anteil".into(),
        title: "Wie weit jede Behörde umgestellt hat".into(),
        svg: drawing(),
    }];
    files(&Kit {
        snapshot: ds.latest(),
        license: &ds.license,
        publisher: "Beispiel-Betreiber",
        site_url,
        json: b"{}",
        csv: b"a;b\n",
        charts,
    })
    .expect("the kit")
}

#[test]
fn the_kit_holds_data_charts_citations_readme_licence_and_checksums() {
    let ds = dataset();
    let files = kit(&ds, Some("https://example.org/ox/"));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "README.txt",
        "LIZENZ.txt",
        "dataset.json",
        "behoerden.csv",
        "zitieren.txt",
        "CITATION.cff",
        "zitation.bib",
        "zitation.csl.json",
        "diagramme/anteil.svg",
        "diagramme/anteil.png",
        "SHA256SUMS",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let text = |name: &str| {
        String::from_utf8(files.iter().find(|(n, _)| n == name).expect(name).1.clone())
            .expect("text")
    };
    // Every other file is listed with its SHA-256, as `sha256sum -c` reads it.
    let sums = text("SHA256SUMS");
    assert_eq!(sums.lines().count(), files.len() - 1);
    for (name, bytes) in files.iter().filter(|(n, _)| n != "SHA256SUMS") {
        let line = format!("{}  {name}", ox_publish::checksums::sha256_hex(bytes));
        assert!(sums.lines().any(|l| l == line), "{line}");
    }
    // The PNG: drawn at print resolution from the framed SVG (640 CSS px wide).
    let png = &files
        .iter()
        .find(|(n, _)| n == "diagramme/anteil.png")
        .unwrap()
        .1;
    assert_eq!(&png[1..4], b"PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, (640.0 * PNG_SCALE) as u32);
    // The image says what it is and where it comes from.
    let svg = text("diagramme/anteil.svg");
    for part in [
        "Wie weit jede Behörde umgestellt hat",
        "Drucksache 20/4245 vom 24.",
        "2026-03-24",
        "Polizei",
    ] {
        assert!(svg.contains(part), "{part}");
    }
    // Citations: CFF, BibTeX, CSL-JSON and plain text in both languages.
    let cff = text("CITATION.cff");
    assert!(cff.starts_with("cff-version: 1.2.0\n"));
    assert!(
        cff.contains("type: dataset")
            && cff
                .contains("url: \"https://example.org/ox/data/versions/2026-03-24/dataset.json\""),
        "{cff}"
    );
    let bib = text("zitation.bib");
    assert!(
        bib.contains("@misc{oxsh20260324,") && bib.contains("@techreport{ltsh204245,"),
        "{bib}"
    );
    assert_eq!(bib.matches('{').count(), bib.matches('}').count());
    let csl: serde_json::Value =
        serde_json::from_str(&text("zitation.csl.json")).expect("CSL-JSON");
    assert_eq!(csl[0]["type"], "dataset");
    assert_eq!(csl[1]["number"], "20/4245");
    assert_eq!(
        csl[0]["issued"]["date-parts"][0],
        serde_json::json!([2026, 3, 24])
    );
    let plain = text("zitieren.txt");
    assert!(plain.contains("Deutsch:\n") && plain.contains("English:\n"));
    assert!(text("LIZENZ.txt").contains("CC-BY-4.0"));
    assert!(text("README.txt").contains("sha256sum -c SHA256SUMS"));
}

#[test]
fn without_the_site_address_no_citation_gives_a_path_as_its_address() {
    let ds = dataset();
    let files = kit(&ds, None);
    let text = |name: &str| {
        String::from_utf8(files.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap()
    };
    assert!(!text("CITATION.cff").contains("\nurl: \"data/"));
    assert!(!text("zitation.bib").contains("howpublished"));
    let csl: serde_json::Value = serde_json::from_str(&text("zitation.csl.json")).unwrap();
    assert!(csl[0].get("URL").is_none());
}

#[test]
fn the_zip_unpacks_into_one_folder_and_is_the_same_each_time() {
    let ds = dataset();
    let make = || {
        zip(&Kit {
            snapshot: ds.latest(),
            license: &ds.license,
            publisher: "Beispiel-Betreiber",
            site_url: None,
            json: b"{}",
            csv: b"a;b\n",
            charts: vec![Chart {
                slug: "anteil".into(),
                title: "T".into(),
                svg: drawing(),
            }],
        })
        .expect("zip")
    };
    let bytes = make();
    assert_eq!(bytes, make(), "same data, same bytes");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        names.push(f.name().to_string());
        let mut contents = Vec::new();
        f.read_to_end(&mut contents).unwrap();
    }
    assert!(
        names.iter().all(|n| n.starts_with("pressekit-2026-03-24/")),
        "{names:?}"
    );
    assert!(names.contains(&"pressekit-2026-03-24/SHA256SUMS".to_string()));
}

#[test]
fn the_png_is_drawn_with_the_text_of_the_svg() {
    // A drawing with text and one without: the text must leave dark pixels (fonts were found).
    let framed = framed_svg(
        &Chart {
            slug: "x".into(),
            title: "Titel".into(),
            svg: drawing(),
        },
        dataset().latest(),
    );
    let with_text = png(&framed).expect("png");
    let without = png(&framed.replace(">Titel<", "><")).expect("png");
    assert_ne!(with_text, without);
}
