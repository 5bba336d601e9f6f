//! The `/api/v1` routes. Each resource module exposes its handlers; this one
//! wires them, with the policies every answer shares: no caching of personal
//! data, a body size limit, problem+json for unknown paths and methods, writes
//! from this site only, and the rate limits of `limits`.

mod applications;
mod attachments;
mod feedback;
mod idempotency;
mod limits;
mod lookups;
mod queue;

pub use attachments::UploadPolicy;
pub use limits::Limits;

use crate::audit;
use crate::client::ClientAddr;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use qapi_core::date::CivilDate;
use std::net::{IpAddr, Ipv4Addr};
use tower_http::set_header::SetResponseHeaderLayer;

/// JSON bodies are small; attachments have their own, larger limit.
const JSON_BODY_LIMIT: usize = 64 * 1024;

pub fn api(state: AppState) -> Router {
    let lookups = Router::new()
        .route("/application-status", post(lookups::application_status))
        .route("/registration-status", post(lookups::registration_status))
        .route("/travel-ban", post(lookups::travel_ban))
        .route("/fee-payments", post(lookups::fee_payments))
        .layer(middleware::from_fn_with_state(state.clone(), limit_lookups));
    // Cancelling changes a booking: it counts as a submission.
    let cancellations = Router::new()
        .route("/queue/bookings/{reference}/cancel", post(queue::cancel))
        .layer(middleware::from_fn_with_state(state.clone(), limit_creations));
    let queue_reads = Router::new()
        .route("/queue/offices/{office}/slots", get(queue::free_slots))
        .layer(middleware::from_fn_with_state(state.clone(), limit_queue_reads));
    let creations = Router::new()
        .route("/applications", post(applications::create))
        .route(
            "/attachments",
            post(attachments::create).layer(DefaultBodyLimit::max(attachments::BODY_LIMIT)),
        )
        .layer(middleware::from_fn_with_state(state.clone(), limit_creations));
    // Bookings hold other people's slots and ratings rank the agency: each has
    // its own, smaller quota.
    let bookings = Router::new()
        .route("/queue/bookings", post(queue::book))
        .layer(middleware::from_fn_with_state(state.clone(), limit_bookings));
    let ratings = Router::new()
        .route("/feedback", post(feedback::create))
        .layer(middleware::from_fn_with_state(state.clone(), limit_ratings));
    Router::new()
        .route("/health", get(health))
        .route("/queue/offices", get(queue::offices))
        .merge(queue_reads)
        .merge(cancellations)
        .merge(creations)
        .merge(bookings)
        .merge(ratings)
        .nest("/lookups", lookups)
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .layer(middleware::from_fn_with_state(state.clone(), same_origin_writes))
        // Other sites' pages may not embed the answers (e.g. as a script or image).
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        // Answers carry personal data: no browser or proxy may keep them.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}

async fn health(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    state.db.run(|conn| conn.query_row("SELECT 1", [], |_| Ok(()))).await?;
    Ok(Json(serde_json::json!({ "status": "ok" })))
}

/// Now in Baku (UTC+4, no daylight saving): what "today" means for a date of
/// birth typed there, and for which of today's queue times have passed.
pub fn baku_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+4))
}

/// Today in Baku, by the rule the app uses too (`qapi_core::date`).
pub fn today() -> CivilDate {
    let secs = time::OffsetDateTime::now_utc().unix_timestamp();
    qapi_core::date::baku_today(secs).expect("the clock gives a real date")
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Now, as an RFC 3339 UTC timestamp to the second.
pub fn timestamp() -> String {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The client's address, as `client::identify` worked it out.
pub fn client_ip(req: &Request) -> IpAddr {
    req.extensions()
        .get::<ClientAddr>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0)
}

/// The lookups' address limits and ceiling, before the body is read (cheap
/// under a flood); the per-person limit needs the body (`lookups.rs`).
async fn limit_lookups(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    let ip = client_ip(&req);
    let refused = match state.limits.lookups.check(ip) {
        Err(e) => Some((e, audit::Outcome::RefusedAddress)),
        Ok(()) => state
            .limits
            .lookups_global
            .check()
            .err()
            .map(|e| (e, audit::Outcome::RefusedGlobal)),
    };
    if let Some((error, outcome)) = refused {
        let operation = lookups::operation(req.uri().path());
        lookups::record(&state, ip, operation, outcome, None);
        return Err(error);
    }
    Ok(next.run(req).await)
}

async fn limit_queue_reads(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.limits.queue_reads.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

/// Creating things costs storage and, for bookings, other people's slots.
async fn limit_creations(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.limits.creations.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

async fn limit_bookings(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.limits.bookings.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

async fn limit_ratings(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.limits.ratings.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

/// Requests that change something come from this site's own pages, or a
/// configured host site's (where the widget runs), only. A JSON or
/// `Idempotency-Key` request already needs a CORS preflight, which this
/// server grants the host sites alone; the browser's own word on where a
/// request comes from (`Sec-Fetch-Site`, `Origin`) is checked as well, so no
/// other site can make its visitors submit, upload or rate.
async fn same_origin_writes(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    if !req.method().is_safe() && !from_this_site(req.headers()) && !from_a_host(req.headers(), &state.hosts) {
        return Err(ApiError::Forbidden("Requests from other sites are refused."));
    }
    Ok(next.run(req).await)
}

fn from_this_site(headers: &axum::http::HeaderMap) -> bool {
    let header = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        // `none`: typed or bookmarked by the person; tools send nothing.
        if site != "same-origin" && site != "none" {
            return false;
        }
    }
    match (header("origin"), header("host")) {
        (None, _) => true,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
    }
}

/// Whether the request's `Origin` is one of the host sites.
fn from_a_host(headers: &axum::http::HeaderMap, hosts: &[String]) -> bool {
    headers
        .get("origin")
        .and_then(|o| o.to_str().ok())
        .is_some_and(|origin| hosts.iter().any(|h| h.eq_ignore_ascii_case(origin)))
}

#[cfg(test)]
mod tests {
    use super::{from_a_host, from_this_site};
    use axum::http::{HeaderMap, HeaderValue};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    axum::http::HeaderName::from_static(k),
                    HeaderValue::from_str(v).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn a_host_site_s_pages_may_write_no_other_s() {
        let hosts = ["https://egov.example".to_owned()];
        let from = |origin: &str| {
            from_a_host(
                &headers(&[("origin", origin), ("sec-fetch-site", "cross-site")]),
                &hosts,
            )
        };
        assert!(from("https://egov.example"));
        assert!(!from("https://egov.example.evil.example"));
        assert!(!from("http://egov.example"));
        assert!(!from("null"));
        assert!(!from_a_host(&headers(&[("sec-fetch-site", "cross-site")]), &hosts));
    }

    #[test]
    fn only_this_sites_pages_may_write() {
        assert!(
            from_this_site(&headers(&[("host", "qapi.example")])),
            "a tool sends neither header"
        );
        assert!(from_this_site(&headers(&[
            ("host", "qapi.example"),
            ("origin", "https://qapi.example"),
            ("sec-fetch-site", "same-origin"),
        ])));
        assert!(!from_this_site(&headers(&[
            ("host", "qapi.example"),
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!from_this_site(&headers(&[
            ("host", "qapi.example"),
            ("sec-fetch-site", "same-site")
        ])));
        assert!(!from_this_site(&headers(&[
            ("host", "qapi.example"),
            ("origin", "https://evil.example")
        ])));
        assert!(!from_this_site(&headers(&[
            ("host", "qapi.example"),
            ("origin", "null")
        ])));
    }
}
