//! One error type for the API; every error leaves as RFC 9457 problem+json.
//! Internal details are logged without personal data and never sent.

use axum::extract::rejection::JsonRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use qapi_core::api::{FieldError, Problem};

#[derive(Debug)]
pub enum ApiError {
    /// 422: the body is well-formed but some fields are refused.
    Validation(Vec<FieldError>),
    /// 400: the request cannot be read (malformed JSON, missing header…).
    BadRequest(&'static str),
    /// 403: e.g. a write sent from another site's page.
    Forbidden(&'static str),
    NotFound,
    MethodNotAllowed,
    /// 409: e.g. an idempotency key reused with another body.
    Conflict(&'static str),
    PayloadTooLarge,
    UnsupportedMediaType(&'static str),
    RateLimited {
        retry_after_secs: u64,
    },
    /// 507: the storage set aside for uploads is full.
    InsufficientStorage,
    /// 503: too busy, or a request took too long; worth a retry shortly.
    Busy,
    Internal,
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        // The SQLite error names a table or constraint, never a value.
        eprintln!("database error: {e}");
        ApiError::Internal
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        match r {
            JsonRejection::MissingJsonContentType(_) => {
                ApiError::UnsupportedMediaType("Send the body as application/json.")
            }
            JsonRejection::BytesRejection(r) if r.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::PayloadTooLarge
            }
            JsonRejection::BytesRejection(_) => ApiError::BadRequest("The body could not be read."),
            _ => ApiError::BadRequest("The body is not the JSON this operation expects."),
        }
    }
}

impl From<axum::extract::rejection::PathRejection> for ApiError {
    fn from(_: axum::extract::rejection::PathRejection) -> Self {
        // E.g. `/queue/bookings/%FF/cancel`: not UTF-8, so no such thing exists.
        ApiError::BadRequest("The address is not valid.")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_after = match self {
            ApiError::RateLimited { retry_after_secs } => Some(retry_after_secs),
            ApiError::Busy => Some(5),
            _ => None,
        };
        let (status, title, detail, errors) = match self {
            ApiError::Validation(errors) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "Some fields are not valid",
                None,
                errors,
            ),
            ApiError::BadRequest(d) => (StatusCode::BAD_REQUEST, "Bad request", Some(d), vec![]),
            ApiError::Forbidden(d) => (StatusCode::FORBIDDEN, "Forbidden", Some(d), vec![]),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "Not found", None, vec![]),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "Method not allowed", None, vec![]),
            ApiError::Conflict(d) => (StatusCode::CONFLICT, "Conflict", Some(d), vec![]),
            ApiError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "The request is too large", None, vec![]),
            ApiError::UnsupportedMediaType(d) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                Some(d),
                vec![],
            ),
            ApiError::RateLimited { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests",
                Some("Wait before trying again."),
                vec![],
            ),
            ApiError::InsufficientStorage => (
                StatusCode::INSUFFICIENT_STORAGE,
                "No room for more documents",
                Some("Try again later."),
                vec![],
            ),
            ApiError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "The service is busy",
                Some("Try again in a few seconds."),
                vec![],
            ),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "Internal error", None, vec![]),
        };
        problem(status, title, detail, errors, retry_after)
    }
}

pub fn problem(
    status: StatusCode,
    title: &str,
    detail: Option<&str>,
    errors: Vec<FieldError>,
    retry_after: Option<u64>,
) -> Response {
    let body = Problem {
        kind: "about:blank".into(),
        title: title.into(),
        status: status.as_u16(),
        detail: detail.map(Into::into),
        errors,
    };
    let json = serde_json::to_vec(&body).unwrap_or_default();
    let mut res = (status, json).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    // Problems describe one request; none may be cached (some echo field names).
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(secs) = retry_after {
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    res
}
