//! Loading the dataset over HTTP. The only place that fetches; parsing and checking is the
//! core's (`ox_core::load`).

use ox_core::load::{parse_response, LoadError};
use ox_core::model::{DataError, Dataset, ErrorKind, MAX_DATASET_BYTES};
use std::sync::Arc;

pub async fn load_dataset(url: &str) -> Result<Arc<Dataset>, LoadError> {
    let response = match ahead::response(url).await {
        Some(response) => gloo_net::http::Response::from(response),
        None => gloo_net::http::Request::get(url)
            .send()
            .await
            .map_err(|e| LoadError::Network(e.to_string()))?,
    };
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_DATASET_BYTES) {
        return Err(DataError::new(ErrorKind::TooBig {
            bytes,
            limit: MAX_DATASET_BYTES,
        })
        .into());
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    parse_response(&text)
}

/// The dataset `public/boot.js` fetched while the reader read, before the WebAssembly had
/// arrived: the app starts with it instead of asking again.
mod ahead {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    #[wasm_bindgen]
    extern "C" {
        /// `oxApp.takeDataset(url)`: a promise of the response for `url`, once, or null.
        #[wasm_bindgen(catch, js_namespace = oxApp, js_name = takeDataset)]
        fn take_dataset(url: &str) -> Result<JsValue, JsValue>;
    }

    /// The response fetched ahead for `url`; none when boot.js fetched nothing for it (or its
    /// request failed: the app's own request then says why).
    pub async fn response(url: &str) -> Option<web_sys::Response> {
        let promise = take_dataset(url).ok()?.dyn_into::<js_sys::Promise>().ok()?;
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()
    }
}
