//! Exports a chart as an SVG or PNG file that carries its title, takeaway, source, date and data
//! version in the image itself, so a copied image still says where its numbers come from.
//! The chart is drawn once more, off screen, with these texts added, then discarded.

use super::{ExportText, ImageKind};
use crate::web::echarts::{init, options_of, set_path};
use ox_core::charts::{ChartSpec, Theme};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Width of exported images in CSS pixels; PNGs are drawn at twice that.
const WIDTH: u32 = 1200;
const HEADER: u32 = 90;
const FOOTER: u32 = 76;

fn js(v: &str) -> JsValue {
    JsValue::from_str(v)
}

fn text_graphic(
    text: &str,
    top: Option<u32>,
    bottom: Option<u32>,
    size: u32,
    bold: bool,
    colour: &str,
) -> JsValue {
    let g = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&g, &js("type"), &js("text"));
    let _ = js_sys::Reflect::set(&g, &js("left"), &16.into());
    if let Some(t) = top {
        let _ = js_sys::Reflect::set(&g, &js("top"), &t.into());
    }
    if let Some(b) = bottom {
        let _ = js_sys::Reflect::set(&g, &js("bottom"), &b.into());
    }
    let style = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&style, &js("text"), &js(text));
    let _ = js_sys::Reflect::set(&style, &js("fill"), &js(colour));
    let weight = if bold { "bold " } else { "" };
    let font = format!("{weight}{size}px sans-serif");
    let _ = js_sys::Reflect::set(&style, &js("font"), &js(&font));
    let _ = js_sys::Reflect::set(&style, &js("width"), &(WIDTH - 32).into());
    let _ = js_sys::Reflect::set(&style, &js("overflow"), &js("break"));
    let _ = js_sys::Reflect::set(&g, &js("style"), &style);
    g.into()
}

/// Moves every grid (and the legend) down to make room for the header, up for the footer.
fn make_room(options: &JsValue) {
    let shift = |key: &str, field: &str, by: f64| {
        let Ok(v) = js_sys::Reflect::get(options, &js(key)) else {
            return;
        };
        let items: Vec<JsValue> = if js_sys::Array::is_array(&v) {
            js_sys::Array::from(&v).iter().collect()
        } else if v.is_object() {
            vec![v]
        } else {
            return;
        };
        for item in items {
            let value = js_sys::Reflect::get(&item, &js(field)).unwrap_or(JsValue::UNDEFINED);
            // "middle" and the like are left as they are.
            let old = match value.as_f64() {
                Some(x) => x,
                None if value.is_undefined() => 0.0,
                None => continue,
            };
            let _ = js_sys::Reflect::set(&item, &js(field), &(old + by).into());
        }
    };
    shift("grid", "top", f64::from(HEADER));
    // Panel headings sit above their grids.
    shift("title", "top", f64::from(HEADER));
    shift("grid", "bottom", f64::from(FOOTER));
    shift("legend", "top", f64::from(HEADER) - 8.0);
}

/// Draws the chart off screen with its texts and returns the SVG text.
fn render_svg(spec: &ChartSpec, theme: Theme, text: &ExportText) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    let el: web_sys::HtmlElement = document
        .create_element("div")
        .map_err(|_| "no element")?
        .unchecked_into();
    let height = spec.height + HEADER + FOOTER;
    let style = el.style();
    let _ = style.set_property("position", "fixed");
    let _ = style.set_property("left", "-20000px");
    let _ = style.set_property("top", "0");
    let _ = style.set_property("width", &format!("{WIDTH}px"));
    let _ = style.set_property("height", &format!("{height}px"));
    let _ = body.append_child(&el);
    let result = (|| -> Result<String, &'static str> {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &js("renderer"), &js("svg"));
        let chart = init(&el, JsValue::NULL, &opts).map_err(|_| "ECharts is not loaded")?;
        let options = options_of(&spec.chart).ok_or("options")?;
        let (bg, fg, muted) = match theme {
            Theme::Light => ("#ffffff", "#1a1a1a", "#4d4d4d"),
            Theme::Dark => ("#121417", "#eceff3", "#b4bac3"),
        };
        let _ = js_sys::Reflect::set(&options, &js("animation"), &false.into());
        let _ = js_sys::Reflect::set(&options, &js("backgroundColor"), &js(bg));
        set_path(
            &options,
            &["aria", "label", "description"],
            &js(&spec.description),
        );
        make_room(&options);
        let graphics = js_sys::Array::new();
        graphics.push(&text_graphic(&text.title, Some(12), None, 22, true, fg));
        graphics.push(&text_graphic(&spec.takeaway, Some(44), None, 15, false, fg));
        graphics.push(&text_graphic(&text.note, None, Some(34), 12, false, fg));
        graphics.push(&text_graphic(
            &text.footer,
            None,
            Some(12),
            12,
            false,
            muted,
        ));
        let _ = js_sys::Reflect::set(&options, &js("graphic"), &graphics);
        let svg = chart
            .set_option(&options, true)
            .and_then(|_| chart.render_to_svg_string())
            .map_err(|_| "ECharts could not draw the chart");
        let _ = chart.dispose();
        svg
    })();
    el.remove();
    result.map_err(str::to_string)
}

fn blob(parts: &JsValue, mime: &str) -> Result<web_sys::Blob, String> {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(parts, &bag).map_err(|_| "blob".to_string())
}

/// Offers `blob` as a download named `name`.
fn download(blob: &web_sys::Blob, name: &str) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| "url")?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "anchor")?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has the file once the click is handled; the URL can go after that.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

async fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&js(svg));
    let svg_blob = blob(&parts, "image/svg+xml")?;
    let url = web_sys::Url::create_object_url_with_blob(&svg_blob).map_err(|_| "url")?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| "image")?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| "the SVG could not be decoded")?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| "canvas")?
        .unchecked_into();
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or("no 2d context")?
        .unchecked_into();
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width * 2),
        f64::from(height * 2),
    )
    .map_err(|_| "draw")?;
    canvas_to_blob(&canvas).await
}

/// `canvas.toBlob` as a future.
async fn canvas_to_blob(canvas: &web_sys::HtmlCanvasElement) -> Result<web_sys::Blob, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |b: JsValue| {
            let _ = if b.is_null() {
                reject.call1(&JsValue::NULL, &js("empty"))
            } else {
                resolve.call1(&JsValue::NULL, &b)
            };
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    JsFuture::from(promise)
        .await
        .map(|b| b.unchecked_into())
        .map_err(|_| "the PNG could not be made".to_string())
}

/// Makes the image and offers it for download.
pub async fn export(
    spec: &ChartSpec,
    theme: Theme,
    text: ExportText,
    kind: ImageKind,
) -> Result<(), String> {
    let svg = render_svg(spec, theme, &text)?;
    match kind {
        ImageKind::Svg => {
            let parts = js_sys::Array::of1(&js(&svg));
            download(
                &blob(&parts, "image/svg+xml")?,
                &format!("{}.svg", text.file_stem),
            )
        }
        ImageKind::Png => {
            let png = svg_to_png(&svg, WIDTH, spec.height + HEADER + FOOTER).await?;
            download(&png, &format!("{}.png", text.file_stem))
        }
    }
}
