//! The `/api/v1` routes. Each resource module exposes its handlers; this one
//! wires them, with the policies every answer shares: no caching of personal
//! data, a body size limit, problem+json for unknown paths and methods, and a
//! per-address rate limit on lookups.

mod applications;
mod attachments;
mod feedback;
mod idempotency;
mod lookups;
mod queue;

use crate::error::ApiError;
use crate::AppState;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use qapi_core::date::CivilDate;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
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
        .route("/queue/bookings", post(queue::book))
        .route("/feedback", post(feedback::create))
        .layer(middleware::from_fn_with_state(state.clone(), limit_creations));
    Router::new()
        .route("/health", get(health))
        .route("/queue/offices", get(queue::offices))
        .merge(queue_reads)
        .merge(cancellations)
        .merge(creations)
        .nest("/lookups", lookups)
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
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

pub fn today() -> CivilDate {
    let now = baku_now();
    CivilDate::new(now.year(), u32::from(u8::from(now.month())), u32::from(now.day()))
        .expect("the clock gives a real date")
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

/// Lookups answer questions about a person; limiting them per address makes
/// guessing someone's passport details slow.
pub struct RateLimit {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
    checks: std::sync::atomic::AtomicU64,
}

/// One key per client: an IPv6 client controls a whole /64, so it counts once.
/// An IPv4 client on a dual-stack listener arrives as `::ffff:a.b.c.d`, whose
/// first 64 bits are zero for everyone: it is keyed by its IPv4 address.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

impl RateLimit {
    pub fn per_minute(n: u32) -> Self {
        let n = NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        RateLimit {
            limiter: RateLimiter::keyed(Quota::per_minute(n)),
            clock: DefaultClock::default(),
            checks: Default::default(),
        }
    }

    fn check(&self, ip: IpAddr) -> Result<(), ApiError> {
        // Forget addresses whose quota has refilled, now and then, so memory
        // stays bounded without a scan on every request.
        if self.checks.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 4096 == 0 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&client_key(ip))
            .map_err(|wait| ApiError::RateLimited {
                retry_after_secs: wait.wait_time_from(self.clock.now()).as_secs().max(1),
            })
    }
}

fn client_ip(req: &Request) -> IpAddr {
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip())
}

async fn limit_lookups(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.lookup_limit.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

async fn limit_queue_reads(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.queue_read_limit.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

/// Creating things costs storage and, for bookings, other people's slots.
async fn limit_creations(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    state.creation_limit.check(client_ip(&req))?;
    Ok(next.run(req).await)
}

#[cfg(test)]
mod tests {
    use super::client_key;
    use std::net::IpAddr;

    fn key(ip: &str) -> IpAddr {
        client_key(ip.parse().unwrap())
    }

    #[test]
    fn ipv4_clients_on_a_dual_stack_listener_are_told_apart() {
        assert_ne!(key("::ffff:192.0.2.1"), key("::ffff:198.51.100.7"));
        assert_eq!(key("::ffff:192.0.2.1"), key("192.0.2.1"));
    }

    #[test]
    fn an_ipv6_client_counts_once_for_its_slash_64() {
        assert_eq!(key("2001:db8:1:2:aaaa::1"), key("2001:db8:1:2:bbbb::2"));
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
    }
}
