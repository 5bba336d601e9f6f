//! One HTTP attempt through the browser's `fetch`, aborted after a timeout.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestInit, Response};

pub enum Error {
    /// The network failed, or the browser refused the request.
    NoAnswer,
    TimedOut,
}

pub struct Answer {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: String,
}

pub async fn fetch(
    method: &str,
    url: &str,
    body: Option<&str>,
    idempotency_key: Option<&str>,
    timeout_ms: u32,
) -> Result<Answer, Error> {
    let window = web_sys::window().ok_or(Error::NoAnswer)?;
    let controller = AbortController::new().map_err(|_| Error::NoAnswer)?;
    let init = RequestInit::new();
    init.set_method(method);
    init.set_signal(Some(&controller.signal()));
    if let Some(b) = body {
        init.set_body(&JsValue::from_str(b));
    }
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| Error::NoAnswer)?;
    let headers = request.headers();
    let _ = headers.set("Accept", "application/json, application/problem+json");
    if body.is_some() {
        let _ = headers.set("Content-Type", "application/json");
    }
    if let Some(key) = idempotency_key {
        let _ = headers.set("Idempotency-Key", key);
    }

    let abort = Closure::once(move || controller.abort());
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(abort.as_ref().unchecked_ref(), timeout_ms as i32)
        .ok();
    let clear = || {
        if let Some(t) = timer {
            window.clear_timeout_with_handle(t);
        }
    };
    let result = read(&window, &request).await;
    clear();
    drop(abort);
    result.map_err(|aborted| if aborted { Error::TimedOut } else { Error::NoAnswer })
}

/// The answer, or `Err(true)` when the timeout aborted the request.
async fn read(window: &web_sys::Window, request: &Request) -> Result<Answer, bool> {
    let is_abort = |e: &JsValue| e.dyn_ref::<js_sys::Error>().is_some_and(|e| e.name() == "AbortError");
    let response: Response = JsFuture::from(window.fetch_with_request(request))
        .await
        .map_err(|e| is_abort(&e))?
        .dyn_into()
        .map_err(|_| false)?;
    let text_promise = response.text().map_err(|_| false)?;
    let body = JsFuture::from(text_promise)
        .await
        .map_err(|e| is_abort(&e))?
        .as_string()
        .unwrap_or_default();
    Ok(Answer {
        status: response.status(),
        retry_after: response.headers().get("Retry-After").ok().flatten(),
        body,
    })
}

pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
