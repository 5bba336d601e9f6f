//! Talking to the backend described by `api/openapi.yaml`. Every call has a
//! timeout; calls that are safe to repeat (reads, lookups, and submissions with
//! an Idempotency-Key) are retried on transient failures by the core's
//! `retry` rules; every failure becomes a `Failure` with a translated message.
//! Answers are only ever deserialised into types, never rendered as HTML.

mod config;
mod failure;
mod http;
pub(crate) mod json;
mod upload;

pub use config::{get as config, is_loaded as config_loaded};
pub use failure::Failure;
pub use http::sleep;
pub use upload::upload;

use qapi_core::retry::{decide, parse_retry_after, Attempt, Decision};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `POST`s `body` as JSON and reads the JSON answer. With an
/// `idempotency_key`, or when `safe` (a lookup), the call may be repeated.
pub async fn post<Req: Serialize, Res: DeserializeOwned>(
    path: &str,
    body: &Req,
    idempotency_key: Option<&str>,
    safe: bool,
) -> Result<Res, Failure> {
    let text = post_for_text(path, body, idempotency_key, safe).await?;
    json::from_str(&text).ok_or(Failure::Unexpected)
}

/// As `post`, but the answer's text, for code that reads it elsewhere (in
/// another chunk, as a lookup's answer is).
pub async fn post_for_text<Req: Serialize>(
    path: &str,
    body: &Req,
    idempotency_key: Option<&str>,
    safe: bool,
) -> Result<String, Failure> {
    let body = json::to_string(body).ok_or(Failure::Unexpected)?;
    call(
        "POST",
        path,
        Some(body),
        idempotency_key,
        safe || idempotency_key.is_some(),
    )
    .await
}

/// `GET`s `path` and reads the JSON answer; a read may be repeated.
pub async fn get<Res: DeserializeOwned>(path: &str) -> Result<Res, Failure> {
    let text = call("GET", path, None, None, true).await?;
    json::from_str(&text).ok_or(Failure::Unexpected)
}

/// `POST`s `body` as JSON to an operation that answers `204 No Content`.
/// When `safe` (doing it twice does no more than once), it may be repeated.
pub async fn post_no_content<Req: Serialize>(path: &str, body: &Req, safe: bool) -> Result<(), Failure> {
    let body = json::to_string(body).ok_or(Failure::Unexpected)?;
    call("POST", path, Some(body), None, safe).await.map(|_| ())
}

/// A fresh Idempotency-Key: a random version-4 UUID (122 random bits). Built
/// from `getRandomValues`, because `randomUUID` exists only on HTTPS pages and
/// a kiosk on a local network may be served over plain HTTP. Without a secure
/// source there is no key: a guessable one would let others replay or block
/// a person's submission.
pub fn new_idempotency_key() -> Result<String, Failure> {
    let mut b = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut b).is_ok());
    if !filled {
        return Err(Failure::NoSecureRandom);
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}

async fn call(
    method: &str,
    path: &str,
    body: Option<String>,
    key: Option<&str>,
    repeatable: bool,
) -> Result<String, Failure> {
    let config = config::get().await;
    let url = format!("{}{path}", config.api_base_url.trim_end_matches('/'));
    let mut attempt = 1;
    loop {
        let result = http::fetch(method, &url, body.as_deref(), key, config.request_timeout_ms).await;
        let outcome = match &result {
            Err(http::Error::TimedOut) => Attempt::TimedOut,
            Err(http::Error::NoAnswer) => Attempt::NoAnswer,
            Ok(answer) => Attempt::Status {
                code: answer.status,
                retry_after_secs: answer
                    .retry_after
                    .as_deref()
                    .and_then(|v| parse_retry_after(v, now_unix_secs())),
            },
        };
        match decide(outcome, attempt, repeatable, (js_sys::Math::random() * 250.0) as u64) {
            Decision::RetryAfterMs(ms) => {
                http::sleep(ms as i32).await;
                attempt += 1;
            }
            Decision::Done | Decision::GiveUp => return Failure::classify(result, outcome),
        }
    }
}

/// Resolves after the browser has run pending work (renders included).
pub async fn next_tick() {
    http::sleep(0).await;
}

fn now_unix_secs() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}
