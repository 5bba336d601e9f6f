//! The reference backend: the HTTP API of `api/openapi.yaml` on SQLite, and
//! the built bundle, on one port.

mod audit;
pub mod client;
mod db;
mod error;
mod keys;
mod routes;
mod seed;
mod serve;
mod static_files;

pub use db::Db;
pub use seed::{DemoPerson, APPLICANT, BANNED, REGISTERED};
pub use serve::{serve, ConnectionLimits};

use axum::error_handling::HandleErrorLayer;
use axum::http::{header, HeaderValue};
use axum::middleware;
use axum::response::IntoResponse;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::load_shed::LoadShedLayer;
use tower::timeout::TimeoutLayer;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;

pub struct Config {
    /// The built bundle (`dist/`).
    pub dist: PathBuf,
    /// The SQLite file; created, migrated and seeded on first use.
    pub db: PathBuf,
    /// Lookups allowed per client address per minute (the burst too).
    pub lookups_per_minute: u32,
    /// Submissions (applications, uploads, bookings, ratings) allowed per
    /// client address per minute: enough for a person, not for a flood.
    pub creations_per_minute: u32,
    /// Queue reads (free slots of a day) allowed per client address per
    /// minute: plenty for a person choosing a day, not for a scraper.
    pub queue_reads_per_minute: u32,
    /// Lookups answered per minute in all, whoever asks: a ceiling that no
    /// number of addresses gets past.
    pub lookups_global_per_minute: u32,
    /// Lookups about one person (passport number and citizenship, whatever
    /// date of birth is tried) per hour, from all addresses together.
    pub person_lookups_per_hour: u32,
    /// Bookings per client address per hour: a person books one or two
    /// visits, not a day's worth of slots.
    pub bookings_per_hour: u32,
    /// Ratings per client address per hour.
    pub ratings_per_hour: u32,
    /// Upload bytes per client address per day, in MiB.
    pub upload_mib_per_address_per_day: u32,
    /// Every attachment stored, in MiB: past it, uploads are refused (507)
    /// until unused ones are cleared.
    pub attachments_max_mib: u64,
    /// How long an upload no application lists is kept.
    pub orphan_attachment_ttl: std::time::Duration,
    /// Reverse proxies whose forwarding header names the client.
    pub trusted_proxies: client::TrustedProxies,
    /// Seed the demo people (README) into a new database: for trying Qapı
    /// out, never for a real deployment.
    pub demo: bool,
    /// Origins, besides this one, whose pages may frame the app (e.g. the
    /// e-Gov portal's `https://…`); never a wildcard.
    pub frame_ancestors: Vec<String>,
    /// Send `Strict-Transport-Security`: only when served over HTTPS.
    pub hsts: bool,
    /// Requests handled at once; more are answered 503 at once rather than
    /// queued until everyone times out.
    pub max_in_flight: usize,
    /// The longest a request may take, body included, before it is answered 503.
    pub request_timeout: std::time::Duration,
    /// Idle time and number of connections (`serve`).
    pub connections: ConnectionLimits,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dist: "dist".into(),
            db: "data/qapi.sqlite3".into(),
            lookups_per_minute: 20,
            creations_per_minute: 30,
            queue_reads_per_minute: 120,
            lookups_global_per_minute: 1200,
            person_lookups_per_hour: 10,
            bookings_per_hour: 10,
            ratings_per_hour: 10,
            upload_mib_per_address_per_day: 100,
            attachments_max_mib: 10 * 1024,
            orphan_attachment_ttl: std::time::Duration::from_secs(24 * 3600),
            trusted_proxies: client::TrustedProxies::default(),
            demo: false,
            frame_ancestors: Vec::new(),
            hsts: false,
            max_in_flight: 1024,
            request_timeout: std::time::Duration::from_secs(30),
            connections: ConnectionLimits::default(),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Beside the database file, with the extension `.key`.
    pub key: keys::ServerKey,
    pub limits: Arc<routes::Limits>,
    /// Beside the database, with the extension `.audit.log`.
    pub audit: audit::AuditLog,
    pub uploads: Arc<routes::UploadPolicy>,
    /// The host sites (`Config::frame_ancestors`), whose pages may also
    /// write through the API: the widget runs in their pages.
    pub hosts: Arc<[String]>,
}

/// Nothing the app does needs the camera, microphone, location, payment
/// or USB: deny them, and to anything framed inside it.
const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

pub fn app(config: &Config) -> Result<Router, String> {
    refuse_data_inside_bundle(config)?;
    let policy = static_files::Policy::new(&config.frame_ancestors)?;
    let state = AppState {
        db: Db::open(&config.db, config.demo)?,
        key: keys::ServerKey::load_or_create(&config.db.with_extension("key"))?,
        limits: Arc::new(routes::Limits::new(config)),
        audit: audit::AuditLog::open(&config.db.with_extension("audit.log"))?,
        uploads: Arc::new(routes::UploadPolicy::new(config)),
        hosts: policy.origins().into(),
    };
    let routes = Router::new()
        .nest("/api/v1", routes::api(state))
        // `nest` leaves the bare trailing-slash path to the outer router; it is still the API's.
        .route("/api/v1/", axum::routing::any(|| async { error::ApiError::NotFound }))
        // The shell is only served by the page handler, which adds its CSP.
        .route(
            "/index.html",
            axum::routing::get(|| async { axum::response::Redirect::permanent("/") }),
        )
        .fallback_service(static_files::service(&config.dist, policy.clone(), config.demo))
        .layer(middleware::from_fn_with_state(
            Arc::new(config.trusted_proxies.clone()),
            client::identify,
        ))
        .layer(tower::util::option_layer(policy.cors()));
    Ok(with_shared_policies(routes, config))
}

/// The bundle folder is served to anyone: a database or key inside it
/// would be downloadable.
fn refuse_data_inside_bundle(config: &Config) -> Result<(), String> {
    let Ok(dist) = std::fs::canonicalize(&config.dist) else {
        return Ok(()); // nothing is served from a folder that does not exist
    };
    let db = std::path::absolute(&config.db).map_err(|e| format!("{}: {e}", config.db.display()))?;
    // The nearest existing ancestor tells where the database really goes.
    let mut existing = db.as_path();
    while !existing.exists() {
        existing = existing.parent().unwrap_or(Path::new("/"));
    }
    let real = std::fs::canonicalize(existing).map_err(|e| format!("{}: {e}", existing.display()))?;
    if real.starts_with(&dist) {
        return Err(format!(
            "--db {} lies inside --dist {}, which is served to anyone: keep the database and its key elsewhere",
            config.db.display(),
            config.dist.display()
        ));
    }
    Ok(())
}

/// A request refused before its body was read leaves the body unread on the
/// connection, which is then closed: say so, or a client sends its next
/// request on a connection about to close and loses it.
async fn close_after_refusal(req: axum::extract::Request, next: middleware::Next) -> axum::response::Response {
    let has_body = req.headers().contains_key(header::TRANSFER_ENCODING)
        || req
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    // HTTP/2 streams end on their own; its responses may not carry `Connection`.
    let http1 = req.version() <= axum::http::Version::HTTP_11;
    let mut res = next.run(req).await;
    if has_body && http1 && (res.status().is_client_error() || res.status().is_server_error()) {
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}

/// What every answer gets, API and pages alike.
fn with_shared_policies(routes: Router, config: &Config) -> Router {
    routes
        .layer(middleware::from_fn(close_after_refusal))
        // A client that trickles its body is cut off like any slow request.
        .layer(RequestBodyTimeoutLayer::new(config.request_timeout))
        // Overload and slowness become a 503 problem with Retry-After.
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    error::ApiError::Busy
                }))
                .layer(LoadShedLayer::new())
                // One limit for the whole server: Router::layer wraps each route apart.
                .layer(GlobalConcurrencyLimitLayer::new(config.max_in_flight.max(1)))
                .layer(TimeoutLayer::new(config.request_timeout)),
        )
        .layer(middleware::from_fn(static_files::cache_policy))
        .layer(middleware::from_fn(static_files::html_has_csp))
        // A panicking handler answers 500 problem+json instead of dropping the connection.
        .layer(CatchPanicLayer::custom(|_| error::ApiError::Internal.into_response()))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            config.hsts.then(|| HeaderValue::from_static("max-age=31536000")),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_panicking_handler_answers_a_problem_not_a_reset() {
        let routes = Router::new().route("/boom", axum::routing::get(|| async { panic!("a bug") as &str }));
        let res = with_shared_policies(routes, &Config::default())
            .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), 500);
        assert_eq!(res.headers()[header::CONTENT_TYPE], "application/problem+json");
        assert_eq!(res.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }

    async fn slow() -> &'static str {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        "done"
    }

    #[tokio::test]
    async fn a_slow_request_and_one_too_many_are_a_503_problem_with_retry_after() {
        let config = Config {
            max_in_flight: 1,
            request_timeout: std::time::Duration::from_millis(200),
            ..Config::default()
        };
        let app = with_shared_policies(Router::new().route("/slow", axum::routing::get(slow)), &config);
        let call = || app.clone().oneshot(Request::get("/slow").body(Body::empty()).unwrap());
        let (first, second) = tokio::join!(call(), call());
        for res in [first.unwrap(), second.unwrap()] {
            assert_eq!(res.status(), 503);
            assert_eq!(res.headers()[header::CONTENT_TYPE], "application/problem+json");
            assert_eq!(res.headers()[header::RETRY_AFTER], "5");
        }
        let quick = Config {
            request_timeout: std::time::Duration::from_secs(5),
            ..config
        };
        let app = with_shared_policies(Router::new().route("/slow", axum::routing::get(slow)), &quick);
        let res = app
            .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "within the time limit");
    }

    #[tokio::test]
    async fn the_limit_on_requests_in_flight_is_one_for_the_whole_server() {
        let config = Config {
            max_in_flight: 1,
            ..Config::default()
        };
        let routes = Router::new()
            .route("/slow", axum::routing::get(slow))
            .route("/other", axum::routing::get(|| async { "other" }));
        let app = with_shared_policies(routes, &config);
        let get = |path: &'static str| app.clone().oneshot(Request::get(path).body(Body::empty()).unwrap());
        let (slow, other) = tokio::join!(get("/slow"), async {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            get("/other").await
        });
        assert_eq!(slow.unwrap().status(), 200);
        assert_eq!(other.unwrap().status(), 503, "another route shares the same limit");
    }

    #[tokio::test]
    async fn hsts_is_sent_only_when_asked_for() {
        let config = Config {
            hsts: true,
            ..Config::default()
        };
        let res = with_shared_policies(Router::new(), &config)
            .oneshot(Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()[header::STRICT_TRANSPORT_SECURITY], "max-age=31536000");
    }
}
