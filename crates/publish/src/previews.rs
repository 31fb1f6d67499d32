//! Link previews: the Open Graph and Twitter-card tags of every page and embed, each with a
//! preview image of its own, 1200 × 630 px, drawn at build time (the key figures for the overview
//! and the text pages, the chart for an embed), and a text from the data (the page's description).

use crate::press_kit;
use ox_core::answer::answer;
use ox_core::format;
use ox_core::html;
use ox_core::i18n::{Lang, UiText};
use ox_core::model::{Snapshot, Totals};
use ox_core::route::Route;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The folder of the preview images, below the site's root.
pub const DIR: &str = "vorschau";

/// The path of `route`'s preview image in `lang`, from the site's root.
pub fn image_path(route: Route, lang: Lang) -> String {
    let name = match route {
        Route::Embed(Some(chart)) => chart.slug().to_string(),
        Route::Embed(None) | Route::Dashboard | Route::Page(_) => "kennzahlen".to_string(),
    };
    match lang {
        Lang::De => format!("{DIR}/{name}.png"),
        Lang::En => format!("{DIR}/en-{name}.png"),
    }
}

use press_kit::{svg_lines as lines, INK};
const MUTED: &str = "#4d4d4d";

/// One line of text at `x`, `y`.
fn text(x: f64, y: f64, size: u32, weight: u32, fill: &str, s: &str) -> String {
    lines(x, y, 0.0, size, weight, fill, &[s.to_string()])
}

/// The source and the data version, at the foot of every preview.
fn footer(s: &Snapshot, lang: Lang) -> String {
    let source = ox_core::cite::source_line(s, lang);
    format!(
        r##"<rect x="0" y="{}" width="{WIDTH}" height="8" fill="#003064"/>{}"##,
        HEIGHT - 8,
        text(
            48.0,
            f64::from(HEIGHT) - 34.0,
            22,
            400,
            MUTED,
            &format!("{source} · {}", s.id)
        )
    )
}

/// The preview of the overview (and of the text pages): title, the answer, the bar of the whole.
pub fn key_figures_svg(s: &Snapshot, lang: Lang) -> String {
    let totals = Totals::of(&s.bodies);
    let a = answer(&totals, s, false, lang);
    let sentence = press_kit::wrap(&a.sentence, 64);
    let (ox, left) = a.bar.unwrap_or((0.0, 0.0));
    let bar_w = f64::from(WIDTH) - 96.0;
    let bar_y = 150.0 + 44.0 * sentence.len() as f64 + 16.0;
    let share = totals
        .ox_share()
        .map(|v| format::share(v, lang))
        .unwrap_or_default();
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><rect width="100%" height="100%" fill="#ffffff"/>{title}{big}{sentence}<rect x="48" y="{bar_y:.1}" width="{ox_w:.1}" height="44" fill="#1f6fb2"/><rect x="{left_x:.1}" y="{bar_y:.1}" width="{left_w:.1}" height="44" fill="#b35900"/>{legend}{footer}</svg>"##,
        title = text(
            48.0,
            70.0,
            34,
            700,
            INK,
            &format!(
                "{} – {}",
                UiText::SiteTitle.get(lang),
                UiText::SiteTitleSuffix.get(lang)
            )
        ),
        big = text(48.0, 130.0, 44, 700, "#003064", &share),
        sentence = lines(48.0, 180.0, 44.0, 30, 400, INK, &sentence),
        ox_w = bar_w * ox / 100.0,
        left_x = 48.0 + bar_w * ox / 100.0,
        left_w = bar_w * left / 100.0,
        legend = text(
            48.0,
            bar_y + 80.0,
            24,
            400,
            INK,
            &format!("■ {}   ■ {}", a.legend[0], a.legend[1])
        ),
        footer = footer(s, lang),
    )
}

/// The preview of an embed: its title, its takeaway in words on the left, and the chart's drawing
/// on the right, scaled to fit whole (its proportions kept), on white.
pub fn chart_svg(title: &str, takeaway: &str, drawing: &str, s: &Snapshot, lang: Lang) -> String {
    let (w, h) = press_kit::drawing_size(drawing);
    let title = press_kit::wrap(title, 52);
    let top = 40.0 + 44.0 * title.len() as f64;
    let said: Vec<String> = press_kit::wrap(takeaway, 30).into_iter().take(9).collect();
    let (box_x, box_w, box_h) = (
        600.0,
        f64::from(WIDTH) - 648.0,
        f64::from(HEIGHT) - top - 90.0,
    );
    let scale = (box_w / w).min(box_h / h);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><rect width="100%" height="100%" fill="#ffffff"/>{}{}<svg x="{box_x}" y="{top:.1}" width="{:.1}" height="{:.1}" viewBox="0 0 {w} {h}" overflow="visible">{}</svg>{}</svg>"##,
        lines(48.0, 70.0, 44.0, 34, 700, INK, &title),
        lines(48.0, top + 40.0, 38.0, 28, 400, INK, &said),
        w * scale,
        h * scale,
        press_kit::inner_svg(drawing),
        footer(s, lang),
    )
}

/// The Open Graph and Twitter-card tags of a page: `image` is the preview's address (absolute
/// where the site's address is known, as the services that show previews need), `url` the
/// page's own, if known.
pub fn tags(
    title: &str,
    description: &str,
    image: &str,
    alt: &str,
    url: Option<&str>,
    lang: Lang,
) -> String {
    let a = html::attr;
    let locale = match lang {
        Lang::De => "de_DE",
        Lang::En => "en_GB",
    };
    let mut out = format!(
        r#"<meta property="og:type" content="website"><meta property="og:site_name" content="{}"><meta property="og:locale" content="{locale}"><meta property="og:title" content="{}"><meta property="og:description" content="{}"><meta property="og:image" content="{}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="{WIDTH}"><meta property="og:image:height" content="{HEIGHT}"><meta property="og:image:alt" content="{}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{}"><meta name="twitter:description" content="{}"><meta name="twitter:image" content="{}"><meta name="twitter:image:alt" content="{}">"#,
        a(UiText::SiteTitle.get(lang)),
        a(title),
        a(description),
        a(image),
        a(alt),
        a(title),
        a(description),
        a(image),
        a(alt),
    );
    if let Some(url) = url {
        out.push_str(&format!(r#"<meta property="og:url" content="{}">"#, a(url)));
    }
    out
}
