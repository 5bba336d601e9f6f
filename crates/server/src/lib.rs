//! The reference backend: the HTTP API of `api/openapi.yaml` on SQLite, and
//! the built bundle, on one port.

mod db;
mod error;
mod keys;
mod routes;
mod seed;
mod static_files;

pub use db::Db;
pub use seed::{DemoPerson, APPLICANT, BANNED, REGISTERED};

use axum::http::{header, HeaderValue};
use axum::middleware;
use axum::Router;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;

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
}

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// Beside the database file, with the extension `.key`.
    pub key: keys::ServerKey,
    pub lookup_limit: Arc<routes::RateLimit>,
    pub creation_limit: Arc<routes::RateLimit>,
}

pub fn app(config: &Config) -> Result<Router, String> {
    let state = AppState {
        db: Db::open(&config.db)?,
        key: keys::ServerKey::load_or_create(&config.db.with_extension("key"))?,
        lookup_limit: Arc::new(routes::RateLimit::per_minute(config.lookups_per_minute)),
        creation_limit: Arc::new(routes::RateLimit::per_minute(config.creations_per_minute)),
    };
    Ok(Router::new()
        .nest("/api/v1", routes::api(state))
        // `nest` leaves the bare trailing-slash path to the outer router; it is still the API's.
        .route("/api/v1/", axum::routing::any(|| async { error::ApiError::NotFound }))
        // The shell is only served by the page handler, which adds its CSP.
        .route(
            "/index.html",
            axum::routing::get(|| async { axum::response::Redirect::permanent("/") }),
        )
        .fallback_service(static_files::service(&config.dist))
        .layer(middleware::from_fn(static_files::cache_policy))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        )))
}
