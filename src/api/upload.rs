//! Uploading one document (`POST /attachments`) with its progress reported
//! as it goes, which `fetch` cannot do: an `XMLHttpRequest`. One attempt;
//! the person retries with the same Idempotency-Key, so a retry after a
//! lost answer gets the first upload back instead of a second copy.

use super::failure::Failure;
use super::http::{Answer, Error};
use qapi_core::api::Attachment;
use qapi_core::retry::Attempt;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

/// Sends `file`; `progress` hears the share sent so far, from 0 to 1.
pub async fn upload(file: &web_sys::File, key: &str, progress: Rc<dyn Fn(f64)>) -> Result<Attachment, Failure> {
    let config = super::config::get().await;
    let url = format!("{}/attachments", config.api_base_url.trim_end_matches('/'));
    let result = send(file, key, &url, config.request_timeout_ms.max(60_000), progress).await;
    let outcome = match &result {
        Err(Error::TimedOut) => Attempt::TimedOut,
        Err(Error::NoAnswer) => Attempt::NoAnswer,
        Ok(a) => Attempt::Status {
            code: a.status,
            retry_after_secs: None,
        },
    };
    let body = Failure::classify(result, outcome)?;
    super::json::from_str(&body).ok_or(Failure::Unexpected)
}

async fn send(
    file: &web_sys::File,
    key: &str,
    url: &str,
    timeout_ms: u32,
    progress: Rc<dyn Fn(f64)>,
) -> Result<Answer, Error> {
    let xhr = XmlHttpRequest::new().map_err(|_| Error::NoAnswer)?;
    xhr.open("POST", url).map_err(|_| Error::NoAnswer)?;
    xhr.set_timeout(timeout_ms);
    let _ = xhr.set_request_header("Accept", "application/json, application/problem+json");
    let _ = xhr.set_request_header("Idempotency-Key", key);
    let form = FormData::new().map_err(|_| Error::NoAnswer)?;
    form.append_with_blob_and_filename("file", file, &file.name())
        .map_err(|_| Error::NoAnswer)?;

    let on_progress = Closure::<dyn Fn(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            progress(e.loaded() / e.total());
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    // Settles with how the request ended: "load", "error", "timeout" or
    // "abort". One handler for the four, dropped once it has been heard.
    let mut settle = None;
    let ended = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    let Some(settle) = settle else {
        return Err(Error::NoAnswer);
    };
    let on_end = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let _ = settle.call1(&wasm_bindgen::JsValue::NULL, &e.type_().into());
    });
    for event in ["load", "error", "timeout", "abort"] {
        let _ = xhr.add_event_listener_with_callback(event, on_end.as_ref().unchecked_ref());
    }
    xhr.send_with_opt_form_data(Some(&form)).map_err(|_| Error::NoAnswer)?;
    let how = JsFuture::from(ended).await.ok().and_then(|v| v.as_string());
    drop((on_progress, on_end));
    match how.as_deref() {
        Some("load") => Ok(Answer {
            status: xhr.status().unwrap_or(0),
            retry_after: None,
            body: xhr.response_text().ok().flatten().unwrap_or_default(),
        }),
        Some("timeout") => Err(Error::TimedOut),
        _ => Err(Error::NoAnswer),
    }
}
