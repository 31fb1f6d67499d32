//! The build step (see the library's documentation), in the order its parts depend on each other.
//!
//! Usage: `publish <site-dir>` (Trunk passes its staging folder in `TRUNK_STAGING_DIR`).

use ox_core::chart_drawings::{narrow_key, ChartDrawings};
use ox_core::charts::{build, ChartId, Theme};
use ox_core::files::*;
use ox_core::head;
use ox_core::i18n::Lang;
use ox_core::model::{parse_dataset, Dataset};
use ox_core::page_weight::{FileWeight, PageWeight};
use ox_core::route::{PageId, Route};
use ox_publish::weigh::{app_paths, first_view_paths, iso_date, later_paths};
use ox_publish::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn write(root: &Path, rel: &str, contents: &[u8]) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, contents)
}

fn run(root: &Path) -> Result<(), String> {
    // Before anything is written: a build with bad settings stops here.
    let settings = read_settings()?;
    // First, so every page made from index.html below has no inline script (see start_script).
    let index = root.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // Any base path: the app's files relative to the page, not to the domain's root.
    let html = relative::root_relative(&html);
    // The start script takes the WebAssembly that boot.js compiled ahead (before it is moved, so
    // its file name covers the change).
    let html = lazy_start::use_compiled_wasm(&html)?;
    let html = match start_script::move_start_script(&html)? {
        Some(start) => {
            write(root, &start.file_name, start.script.as_bytes()).map_err(|e| e.to_string())?;
            start.html
        }
        None => html,
    };
    // The app starts at the reader's first sign of use, not with the page (public/boot.js).
    let html = lazy_start::start_on_intent(&html)?;
    std::fs::write(&index, html).map_err(|e| e.to_string())?;
    let text =
        std::fs::read_to_string(format!("public/{DATASET_PATH}")).map_err(|e| e.to_string())?;
    let dataset = parse_dataset(&text).map_err(|e| format!("public/{DATASET_PATH}: {e}"))?;
    let io = |e: std::io::Error| e.to_string();
    let latest = dataset.latest();
    write(root, CSV_PATH, bodies_csv(latest).as_bytes()).map_err(io)?;
    let package = serde_json::to_string_pretty(&datapackage(&dataset, &settings.operator))
        .map_err(|e| e.to_string())?;
    write(root, DATAPACKAGE_PATH, package.as_bytes()).map_err(io)?;
    let mut versions = Vec::new();
    for snapshot in &dataset.snapshots {
        let dir = version_dir(&snapshot.id);
        let as_of = dataset_as_of(&dataset, &snapshot.id).ok_or("snapshot vanished")?;
        let json = serde_json::to_string_pretty(&as_of).map_err(|e| e.to_string())?;
        write(root, &format!("{dir}/dataset.json"), json.as_bytes()).map_err(io)?;
        let csv = bodies_csv(snapshot);
        write(root, &format!("{dir}/behoerden.csv"), csv.as_bytes()).map_err(io)?;
        // The press kit and the checksums follow once the charts are drawn.
        versions.push((snapshot.id.clone(), json, csv));
    }
    let atom = feed::feed(
        &dataset,
        &settings.operator,
        settings.canonical_url.as_deref(),
    );
    write(root, feed::FEED_PATH, atom.as_bytes()).map_err(io)?;
    let dataset = Arc::new(dataset);
    let css = prerender::chart_heights_css(&dataset) + &prerender::prerendered_dark_css();
    write(root, "chart-heights.css", css.as_bytes()).map_err(io)?;
    let (charts, mut kit_charts) = draw_charts(root, &dataset)?;
    for (id, json, csv) in &versions {
        let dir = version_dir(id);
        let snapshot = dataset.snapshot(id).ok_or("snapshot vanished")?;
        let kit = press_kit::Kit {
            snapshot,
            license: &dataset.license,
            publisher: &settings.operator.name,
            site_url: settings.canonical_url.as_deref(),
            json: json.as_bytes(),
            csv: csv.as_bytes(),
            charts: kit_charts.remove(id).unwrap_or_default(),
        };
        let zip = press_kit::zip(&kit)?;
        write(root, &format!("{dir}/{}", press_kit::FILE_NAME), &zip).map_err(io)?;
        if *id == dataset.latest().id {
            write(root, press_kit::LATEST_PATH, &zip).map_err(io)?;
        }
        // Last in the folder: the checksums of the files above, as written.
        let sums = checksums::manifest(&[
            ("dataset.json", json.as_bytes()),
            ("behoerden.csv", csv.as_bytes()),
            (press_kit::FILE_NAME, &zip),
        ]);
        let path = format!("{dir}/{}", checksums::FILE_NAME);
        write(root, &path, sums.as_bytes()).map_err(io)?;
    }
    // The link previews' images, in each language.
    for lang in Lang::ALL {
        let latest = dataset.latest();
        let figures = previews::key_figures_svg(latest, lang);
        let path = previews::image_path(Route::Dashboard, lang);
        write(root, &path, &press_kit::png_at(&figures, 1.0)?).map_err(io)?;
        let input = prerender::default_input(&dataset, lang, Theme::Light);
        for id in ChartId::of(&dataset, latest) {
            let drawing = charts[&lang].svgs.get(id.slug()).ok_or("no drawing")?;
            let spec = build(id, &input);
            let svg = previews::chart_svg(&spec.title, &spec.takeaway, drawing, latest, lang);
            let path = previews::image_path(Route::Embed(Some(id)), lang);
            write(root, &path, &press_kit::png_at(&svg, 1.0)?).map_err(io)?;
        }
    }
    let html = std::fs::read_to_string(&index).map_err(io)?;
    // The about page shows what the overview weighs, so it is rendered once the overview is written.
    let about = Route::Page(PageId::About);
    let mut weight = None;
    let pages = Lang::ALL
        .into_iter()
        .flat_map(|lang| routes(&dataset).into_iter().map(move |route| (lang, route)));
    let (others, abouts): (Vec<_>, Vec<_>) = pages.partition(|(_, route)| *route != about);
    for (lang, route) in others.into_iter().chain(abouts) {
        let snapshot = dataset.latest();
        let chart = match route {
            Route::Embed(Some(chart)) => Some(
                build(
                    chart,
                    &prerender::default_input(&dataset, lang, Theme::Light),
                )
                .title,
            ),
            _ => None,
        };
        let description = head::description(route, lang, snapshot, chart.as_deref());
        let SiteFile {
            path,
            contents: page,
        } = page_file(route, lang, &html, &description);
        if route == about && weight.is_none() {
            weight = Some(measure_weight(root)?);
        }
        let site = prerender::Site {
            charts: charts[&lang].for_route(route),
            operator: settings.operator.clone(),
        };
        let rendered = prerender::render(route, lang, dataset.clone(), &site, weight.as_ref())
            + &prerender::status_line(lang);
        let title = head::title(route, lang);
        let mut page = prerender::inject(&page, &rendered, &title);
        let mut blocks = settings.operator.data_block();
        let image = previews::image_path(route, lang);
        let (image, url) = match settings.canonical_url.as_deref() {
            Some(site) => (
                format!("{site}{image}"),
                Some(findable::page_url(site, route, lang)),
            ),
            None => (format!("{}{image}", route.root(lang)), None),
        };
        let alt = match &chart {
            Some(title) => title.clone(),
            None => {
                ox_core::answer::answer(
                    &ox_core::model::Totals::of(&snapshot.bodies),
                    snapshot,
                    false,
                    lang,
                )
                .sentence
            }
        };
        blocks.push_str(&previews::tags(
            &title,
            &description,
            &image,
            &alt,
            url.as_deref(),
            lang,
        ));
        if let (true, Some(w)) = (route == about, &weight) {
            blocks.push_str(&w.data_block());
        }
        if !tags::insert_into_head(&mut page, &blocks) {
            return Err("index.html has no </head>".into());
        }
        let page = findable::with_head_links(&page, route, lang, settings.canonical_url.as_deref());
        // Last, once nothing more goes into the head.
        let page = tags::tidy_head(&page);
        write(root, &path, page.as_bytes()).map_err(io)?;
    }
    if let Some(canonical) = &settings.canonical_url {
        write(
            root,
            "sitemap.xml",
            findable::sitemap(canonical, &routes(&dataset)).as_bytes(),
        )
        .map_err(io)?;
        write(root, "robots.txt", findable::robots(canonical).as_bytes()).map_err(io)?;
    }
    let files = compress::precompress(root).map_err(io)?;
    write_headers_file(root)?;
    eprintln!(
        "publish: {} routes prerendered in {} languages, {files} files precompressed",
        routes(&dataset).len(),
        Lang::ALL.len()
    );
    Ok(())
}

/// `site.toml`, with the environment's overrides; a production build (`SITE_PRODUCTION=1`)
/// needs every field a public site needs.
fn read_settings() -> Result<settings::Settings, String> {
    let text = std::fs::read_to_string("site.toml").map_err(|e| format!("site.toml: {e}"))?;
    let production = std::env::var("SITE_PRODUCTION").is_ok_and(|v| v == "1");
    settings::parse(&text, |name| std::env::var(name).ok(), production)
}

/// The `_headers` file for static hosts that read one, last, so it names every file of the site.
/// Written by the same script as the nginx snippets, from the one header policy.
fn write_headers_file(root: &Path) -> Result<(), String> {
    let status = std::process::Command::new("node")
        .arg("deploy/write-headers-file.mjs")
        .arg(root)
        .status()
        .map_err(|e| format!("node deploy/write-headers-file.mjs: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("node deploy/write-headers-file.mjs: {status}"))
    }
}

/// What the overview (`index.html`, already written) loads at first and what the app adds, each
/// file with its size as stored, as Brotli and as gzip (compressed as `compress` does).
fn measure_weight(root: &Path) -> Result<PageWeight, String> {
    let index = std::fs::read_to_string(root.join("index.html")).map_err(|e| e.to_string())?;
    let measure = |paths: Vec<String>| -> Result<Vec<FileWeight>, String> {
        paths
            .into_iter()
            .map(|path| {
                let data = std::fs::read(root.join(&path)).map_err(|e| format!("{path}: {e}"))?;
                let size = |d: std::io::Result<Vec<u8>>| d.map(|v| v.len() as u64);
                Ok(FileWeight {
                    bytes: data.len() as u64,
                    brotli: size(compress::brotli(&data)).map_err(|e| e.to_string())?,
                    gzip: size(compress::gzip(&data)).map_err(|e| e.to_string())?,
                    path,
                })
            })
            .collect()
    };
    // The build's date; SOURCE_DATE_EPOCH fixes it for a reproducible build.
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    Ok(PageWeight {
        built: iso_date(now),
        first_view: measure(
            std::iter::once("index.html".to_string())
                .chain(first_view_paths(&index))
                .collect(),
        )?,
        later: measure(later_paths(&index))?,
        app: measure(app_paths(&index, DATASET_PATH))?,
    })
}

/// Draws every chart of the default view in each language to SVG with ECharts in Node.js
/// (scripts/render-charts.mjs), the same ECharts the site ships.
/// The press kit's charts of each snapshot, by the snapshot's id.
type KitCharts = HashMap<String, Vec<press_kit::Chart>>;

fn draw_charts(
    root: &Path,
    dataset: &Dataset,
) -> Result<(HashMap<Lang, ChartDrawings>, KitCharts), String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let kit_jobs = prerender::kit_jobs(dataset)?;
    let mut all = prerender::chart_jobs(dataset)?;
    let titles: Vec<(String, String)> = kit_jobs
        .iter()
        .map(|(job, title)| (job.key.clone(), title.clone()))
        .collect();
    all.extend(kit_jobs.into_iter().map(|(job, _)| job));
    let jobs = serde_json::to_vec(&all).map_err(|e| e.to_string())?;
    let mut child = Command::new("node")
        .arg("scripts/render-charts.mjs")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("node scripts/render-charts.mjs: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("no stdin for node")?
        .write_all(&jobs)
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("scripts/render-charts.mjs failed ({})", out.status));
    }
    let svgs: HashMap<String, String> =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("render-charts output: {e}"))?;
    let mut drawings = HashMap::new();
    for lang in Lang::ALL {
        let (mut svgs_in, mut files) = (HashMap::new(), HashMap::new());
        for id in ChartId::of(dataset, dataset.latest()) {
            for key in [id.slug().to_string(), narrow_key(id.slug())] {
                let drawn = prerender::drawing_key(lang, &key);
                let svg = svgs.get(&drawn).ok_or(format!("no drawing of {drawn}"))?;
                let file = prerender::chart_file(&drawn, svg);
                write(root, &file.path, file.contents.as_bytes()).map_err(|e| e.to_string())?;
                files.insert(key.clone(), file.path);
                svgs_in.insert(key, svg.clone());
            }
        }
        let drawn = ChartDrawings {
            svgs: Arc::new(svgs_in),
            files: Arc::new(files),
            inline: None,
        };
        drawings.insert(lang, drawn);
    }
    let mut kits = KitCharts::new();
    for snapshot in &dataset.snapshots {
        for id in ChartId::of(dataset, snapshot) {
            let key = prerender::kit_key(&snapshot.id, id.slug());
            let svg = svgs.get(&key).ok_or(format!("no drawing of {key}"))?;
            let title = titles
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, t)| t.clone());
            kits.entry(snapshot.id.clone())
                .or_default()
                .push(press_kit::Chart {
                    slug: id.slug().to_string(),
                    title: title.unwrap_or_default(),
                    svg: svg.clone(),
                });
        }
    }
    Ok((drawings, kits))
}

fn main() -> ExitCode {
    let root = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(root) = root else {
        eprintln!("usage: publish <site-dir> (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match run(&root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("publish: {e}");
            ExitCode::FAILURE
        }
    }
}
