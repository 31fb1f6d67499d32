//! The build's drawings of the charts, handed to the components at build time: the first chart
//! of a page is drawn into its HTML, the others are SVG files shown as images that load as they
//! come near the screen, so the HTML before the table stays small. The drawings are made by
//! `scripts/render-charts.mjs` from the same options the app gives ECharts.

use crate::charts::ChartId;
use crate::html;
use crate::route::Route;
use std::collections::HashMap;
use std::sync::Arc;

/// The charts of the default view, drawn at build time as SVG.
#[derive(Clone, Default)]
pub struct ChartDrawings {
    /// SVG markup by slug.
    pub svgs: Arc<HashMap<String, String>>,
    /// The image file of each chart by slug, as a path from the site root.
    pub files: Arc<HashMap<String, String>>,
    /// The slug of the chart drawn into the page.
    pub inline: Option<&'static str>,
}

impl ChartDrawings {
    /// The same drawings for `route`, whose first chart is drawn into the page.
    pub fn for_route(&self, route: Route) -> ChartDrawings {
        let inline = match route {
            Route::Dashboard | Route::Embed(None) => Some(ChartId::ALL[0].slug()),
            Route::Embed(Some(chart)) => Some(chart.slug()),
            Route::Page(_) => None,
        };
        ChartDrawings {
            inline,
            ..self.clone()
        }
    }

    /// The HTML that draws chart `slug` in a page whose root is `root` (e.g. `../../`): one
    /// element of class `drawing` holding the drawing for wide boxes and the one for phones
    /// ([`NARROW_CHART_WIDTH`]); CSS (or, for images, the browser) shows the one that fits.
    pub fn html(&self, slug: &str, root: &str) -> Option<String> {
        let narrow = narrow_key(slug);
        if self.inline == Some(slug) {
            let wide = with_class(self.svgs.get(slug)?, "wide");
            let narrow = self
                .svgs
                .get(&narrow)
                .map(|svg| with_class(svg, "narrow"))
                .unwrap_or_default();
            return Some(format!(r#"<div class="drawing">{wide}{narrow}</div>"#));
        }
        let esc = html::attr;
        let file = self.files.get(slug)?;
        let source = self
            .files
            .get(&narrow)
            .map(|n| {
                format!(
                    r#"<source media="{NARROW_MEDIA}" srcset="{}{}">"#,
                    esc(root),
                    esc(n)
                )
            })
            .unwrap_or_default();
        Some(format!(
            r#"<picture class="drawing">{source}<img src="{}{}" alt="" loading="lazy" decoding="async"></picture>"#,
            esc(root),
            esc(file)
        ))
    }
}

/// The width, in CSS pixels, of the drawings for phones: a chart card on a 360–390 px screen. A
/// drawing made for the desktop card and shrunk to a phone has 8 px labels and, its box keeping
/// the chart's height, blank space above and below.
pub const NARROW_CHART_WIDTH: u32 = 300;

/// Where the drawings for phones are shown (must match `style/main.css`).
pub const NARROW_MEDIA: &str = "(max-width: 30rem)";

/// The key of chart `slug`'s drawing for phones.
pub fn narrow_key(slug: &str) -> String {
    format!("{slug}-schmal")
}

/// `svg` with a class on its root element.
fn with_class(svg: &str, class: &str) -> String {
    match svg.strip_prefix("<svg") {
        Some(rest) => format!(r#"<svg class="{class}"{rest}"#),
        None => svg.to_string(),
    }
}
