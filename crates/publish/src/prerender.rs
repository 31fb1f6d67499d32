//! Build-time rendering: the same components, rendered natively to HTML from the dataset, so every
//! route's figures and table are in the HTML the server sends: readable at once, without
//! JavaScript, by crawlers and link previews. The app removes this copy when it shows its own.

use leptos::prelude::*;
use ox_core::chart_drawings::{narrow_key, ChartDrawings, NARROW_CHART_WIDTH};
use ox_core::charts::{build, ChartId, ChartInput, Theme};
use ox_core::i18n::Lang;
use ox_core::model::Dataset;
use ox_core::route::lang_dir;
use ox_core::route::Route;
use ox_core::view_state::ViewState;
use ox_transparenz::app::{route_view, Shell};
use ox_transparenz::context::provide_app_context;
use std::sync::Arc;

/// Effects talk to the browser; at build time they are dropped, never run.
struct DropEffects;

impl any_spawner::CustomExecutor for DropEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// A chart's drawing as an SVG file of its own: with its dark colours inside (an image does not see
/// the page's CSS), and a name that changes with its content, so it can be cached for good.
pub fn chart_file(slug: &str, svg: &str) -> crate::pages::SiteFile {
    let style = format!("<style>{}</style>", dark_rules(""));
    let file = match svg.find('>') {
        Some(i) => format!("{}{style}{}", &svg[..=i], &svg[i + 1..]),
        None => svg.to_string(),
    };
    let path = format!(
        "charts/{slug}-{:016x}.svg",
        crate::start_script::fnv1a64(file.as_bytes())
    );
    crate::pages::SiteFile {
        path,
        contents: file,
    }
}

/// The page of `route` in its default view in `lang` (no filter), as HTML, with the `site`'s
/// charts drawn in and its operator named, and, for the about page, the measured page `weight`.
pub fn render(
    route: Route,
    lang: Lang,
    dataset: Arc<Dataset>,
    site: &Site,
    weight: Option<&ox_core::page_weight::PageWeight>,
) -> String {
    let state = ViewState {
        lang,
        ..ViewState::default()
    };
    render_view(route, dataset, site, weight, state)
}

/// What every page of a build is rendered with besides the dataset: the chart drawings (for the
/// route, [`ChartDrawings::for_route`]) and the operator from the settings.
pub struct Site {
    pub charts: ChartDrawings,
    pub operator: ox_core::operator::Operator,
}

/// [`render`] in the view `state`: the build ships only the default view of each language, but
/// the tests check other views through the same components and the same path.
pub fn render_view(
    route: Route,
    dataset: Arc<Dataset>,
    site: &Site,
    weight: Option<&ox_core::page_weight::PageWeight>,
    state: ViewState,
) -> String {
    // Fails only when already set, which is fine: every call wants the same executor.
    let _ = any_spawner::Executor::init_custom_executor(DropEffects);
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(site.charts.clone());
        provide_context(site.operator.clone());
        if let Some(weight) = weight {
            provide_context(weight.clone());
        }
        provide_app_context(state, route);
        view! { <Shell route>{route_view(route, dataset)}</Shell> }.to_html()
    });
    drop(owner);
    // `<!>` marks where Leptos would hydrate; the app renders afresh (client-side), so they are
    // only tokens the browser must parse before the table (about 700 on the overview).
    strip_style_attributes(&html.replace("<!>", ""))
}

/// Removes `style="…"` attributes from tags: the Content-Security-Policy allows no inline styles,
/// and the chart heights they carried come from `chart_heights_css` instead.
pub fn strip_style_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        let mut tag = &rest[start..tag_end];
        let mut cleaned = String::with_capacity(tag.len());
        while let Some(i) = tag.find(" style=\"") {
            cleaned.push_str(&tag[..i]);
            let after = &tag[i + 8..];
            tag = after.find('"').map_or("", |j| &after[j + 1..]);
        }
        cleaned.push_str(tag);
        out.push_str(&cleaned);
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

/// The width, in CSS pixels, the charts are drawn at for the prerendered page: a chart card in the
/// two-column layout. The drawing scales to its box, and the app redraws at the true width.
pub const PRERENDER_CHART_WIDTH: u32 = 560;

/// One chart to draw at build time: its slug, size and ECharts options (with the label width the
/// app would set for that width).
#[derive(Debug, serde::Serialize)]
pub struct ChartJob {
    pub key: String,
    pub width: u32,
    pub height: u32,
    pub option: serde_json::Value,
}

/// What the charts of the default view in `lang` (no filter) are drawn from.
pub fn default_input(dataset: &Dataset, lang: Lang, theme: Theme) -> ChartInput<'_> {
    let snapshot = dataset.latest();
    ChartInput {
        snapshot,
        previous: ox_core::changes::previous_of(dataset, snapshot),
        bodies: snapshot.bodies.iter().collect(),
        lang,
        theme,
        animate: false,
    }
}

/// The key of a drawing in `lang` among all the build draws: German ones by the chart's key,
/// English ones with `en-` before it.
pub fn drawing_key(lang: Lang, key: &str) -> String {
    format!("{}{key}", lang_dir(lang).replace('/', "-"))
}

/// Every chart of the default view in each language (light, no filter), to be drawn at build
/// time, once for the desktop card and once for phones; keyed by [`drawing_key`].
pub fn chart_jobs(dataset: &Dataset) -> Result<Vec<ChartJob>, String> {
    let mut jobs = Vec::new();
    for lang in Lang::ALL {
        jobs.extend(chart_jobs_in(dataset, lang)?);
    }
    Ok(jobs)
}

fn chart_jobs_in(dataset: &Dataset, lang: Lang) -> Result<Vec<ChartJob>, String> {
    let input = default_input(dataset, lang, Theme::Light);
    let sizes = [
        (PRERENDER_CHART_WIDTH, None),
        (NARROW_CHART_WIDTH, Some(())),
    ];
    sizes
        .into_iter()
        .flat_map(|size| {
            ChartId::of(dataset, input.snapshot)
                .into_iter()
                .map(move |id| (size, id))
        })
        .map(|((width, narrow), id)| {
            let key = match narrow {
                Some(()) => narrow_key(id.slug()),
                None => id.slug().to_string(),
            };
            job(&input, id, width, drawing_key(lang, &key))
        })
        .collect()
}

/// The drawing of chart `id` from `input` at `width`, keyed `key`.
fn job(input: &ChartInput, id: ChartId, width: u32, key: String) -> Result<ChartJob, String> {
    let label = ox_core::charts::label_width(f64::from(width));
    let spec = build(id, input);
    let mut option = serde_json::to_value(&spec.chart).map_err(|e| e.to_string())?;
    let axes = match option.get_mut("yAxis") {
        Some(serde_json::Value::Array(list)) => list.iter_mut().collect(),
        Some(one @ serde_json::Value::Object(_)) => vec![one],
        _ => vec![],
    };
    for axis in axes {
        if let Some(axis) = axis.as_object_mut() {
            let labels = axis
                .entry("axisLabel")
                .or_insert_with(|| serde_json::json!({}));
            if let Some(labels) = labels.as_object_mut() {
                labels.insert("width".into(), label.into());
                labels.insert("overflow".into(), "break".into());
                labels.insert("lineHeight".into(), 14.into());
            }
        }
    }
    Ok(ChartJob {
        key,
        width,
        height: spec.height,
        option,
    })
}

/// The key of the press kit's drawing of chart `slug` for snapshot `id`.
pub fn kit_key(id: &str, slug: &str) -> String {
    format!("pressekit:{id}:{slug}")
}

/// The press kit's drawings: every chart of every snapshot, in German, light, at the desktop
/// card's width, with all of the snapshot's bodies; keyed by [`kit_key`], with their titles.
pub fn kit_jobs(dataset: &Dataset) -> Result<Vec<(ChartJob, String)>, String> {
    let mut jobs = Vec::new();
    for snapshot in &dataset.snapshots {
        let input = ChartInput {
            snapshot,
            previous: ox_core::changes::previous_of(dataset, snapshot),
            bodies: snapshot.bodies.iter().collect(),
            lang: Lang::De,
            theme: Theme::Light,
            animate: false,
        };
        for id in ChartId::of(dataset, snapshot) {
            let title = build(id, &input).title;
            let job = job(
                &input,
                id,
                PRERENDER_CHART_WIDTH,
                kit_key(&snapshot.id, id.slug()),
            )?;
            jobs.push((job, title));
        }
    }
    Ok(jobs)
}

/// CSS that turns the light drawings of the prerendered page dark when the system is dark: each
/// colour of the light palette becomes its dark counterpart (SVG presentation attributes yield to
/// CSS), until the app redraws in its own theme.
pub fn prerendered_dark_css() -> String {
    dark_rules(".chart svg ")
}

/// The rules of [`prerendered_dark_css`] for elements under `scope`.
fn dark_rules(scope: &str) -> String {
    let light = Theme::Light.palette();
    let dark = Theme::Dark.palette();
    let pairs = [
        (light.text, dark.text),
        (light.grid_line, dark.grid_line),
        (light.ox, dark.ox),
        (light.mse, dark.mse),
        (light.mse_res, dark.mse_res),
        (light.highlight, dark.highlight),
        (light.background, dark.background),
    ];
    let mut css = String::from("@media (prefers-color-scheme: dark) {\n");
    for (from, to) in pairs.into_iter().filter(|(a, b)| a != b) {
        for attr in ["fill", "stroke"] {
            css.push_str(&format!(
                "  {scope}[{attr}=\"{from}\" i] {{ {attr}: {to}; }}\n"
            ));
        }
    }
    css.push_str("}\n");
    css
}

/// The height each chart takes in the default view, so the prerendered page has the same layout
/// as the app's and nothing jumps when the app takes over.
pub fn chart_heights_css(dataset: &Dataset) -> String {
    // The same in both languages: a chart's height follows its rows and legend, not its words.
    let input = default_input(dataset, Lang::De, Theme::Light);
    let mut css = String::from(
        "/* Written at build time from the dataset (crates/publish/src/prerender.rs). */\n",
    );
    for id in ChartId::of(dataset, input.snapshot) {
        let spec = build(id, &input);
        css.push_str(&format!(
            "[data-testid=\"echart-{}\"] {{ height: {}px; }}\n",
            id.slug(),
            spec.height
        ));
    }
    css
}

/// The status line of the prerendered page, empty (and hidden) until `public/boot.js` starts the
/// app: then "loading" until the app takes over (which removes it), or what is missing when the app
/// cannot start.
pub fn status_line(lang: Lang) -> String {
    use ox_core::html::attr;
    use ox_core::i18n::UiText;
    format!(
        "<p id=\"{id}\" class=\"app-status\" role=\"status\" data-testid=\"app-status\" data-loading=\"{}\" data-failed=\"{}\"></p>",
        attr(UiText::LoadingInteractive.get(lang)),
        attr(UiText::AppMissing.get(lang)),
        id = ox_core::page_names::APP_STATUS_ID,
    )
}

/// For a page with the table of bodies: holds the first frame until the parser has reached the
/// table's last row (`<link rel="expect">`, Chromium 124+; other browsers ignore it). Without it,
/// Chromium draws the page every parse chunk or so (the HTML up to the end of the table is about
/// 45 KB), and each of those frames lays out the whole page again, at 4× CPU slowdown 50–270 ms
/// each: the table came several frames after the key figures. With it, they come in one frame.
/// The target is the last row, not the next section, because the standard releases the hold once
/// the element is parsed completely (Chromium: once it is inserted).
pub fn first_frame_hint(rendered: &str) -> Option<String> {
    let anchor = ox_core::page_names::TOTALS_ROW_ID;
    rendered
        .contains(&format!("id=\"{anchor}\""))
        .then(|| format!("<link rel=\"expect\" href=\"#{anchor}\" blocking=\"render\">"))
}

/// Puts the rendered page into the HTML shell: first thing in `<body>`, inside the element the app
/// removes, with the page's language and title, and its [`first_frame_hint`] at the end of `<head>`.
pub fn inject(index_html: &str, rendered: &str, title: &str) -> String {
    let body = index_html
        .find("<body")
        .and_then(|i| index_html[i..].find('>').map(|j| i + j + 1));
    let Some(at) = body else {
        return index_html.to_string();
    };
    let mut out = String::with_capacity(index_html.len() + rendered.len() + 64);
    out.push_str(&index_html[..at]);
    out.push_str(&format!(
        "\n<div id=\"{}\">",
        ox_core::page_names::PRERENDERED_ID
    ));
    out.push_str(rendered);
    out.push_str("</div>");
    out.push_str(&index_html[at..]);
    if let Some(hint) = first_frame_hint(rendered) {
        crate::tags::insert_into_head(&mut out, &hint);
    }
    match (out.find("<title>"), out.find("</title>")) {
        (Some(a), Some(b)) if a < b => {
            let escaped = ox_core::html::text(title);
            out.replace_range(a + 7..b, &escaped);
            out
        }
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_attributes_go_but_text_stays() {
        let html = r#"<div class="chart" style="height: 10px" role="img">style="x" &lt;b style="y"&gt;</div>"#;
        assert_eq!(
            strip_style_attributes(html),
            r#"<div class="chart" role="img">style="x" &lt;b style="y"&gt;</div>"#
        );
    }

    #[test]
    fn holds_the_first_frame_until_the_tables_last_row_only_where_there_is_one() {
        let shell = "<html><head><title>T</title></head><body></body></html>";
        let with_table = inject(
            shell,
            r#"<table><tfoot><tr id="summe"><th>S</th></tr></tfoot></table>"#,
            "T",
        );
        assert_eq!(
            with_table,
            "<html><head><title>T</title><link rel=\"expect\" href=\"#summe\" blocking=\"render\"></head><body>\n<div id=\"prerendered\"><table><tfoot><tr id=\"summe\"><th>S</th></tr></tfoot></table></div></body></html>"
        );
        let without = inject(shell, "<p>summe</p>", "T");
        assert!(!without.contains("expect"), "{without}");
    }

    #[test]
    fn injects_after_body_and_sets_the_title() {
        let shell = "<html><head><title>Alt</title></head><body class=\"x\">\n<noscript>n</noscript></body></html>";
        let out = inject(shell, "<h1>Hallo</h1>", "Neu & gut");
        assert_eq!(
            out,
            "<html><head><title>Neu &amp; gut</title></head><body class=\"x\">\n<div id=\"prerendered\"><h1>Hallo</h1></div>\n<noscript>n</noscript></body></html>"
        );
    }
}
