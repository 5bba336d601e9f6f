//! Serving the built bundle: every app page gets `index.html` (with status
//! 404 for paths that are no page, so crawlers and monitors see the truth),
//! hashed assets are cached for a year, `index.html` never, and precompressed
//! `.br`/`.gz` files are used when the browser accepts them.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};
use tower_http::services::ServeDir;

pub fn service(dist: &Path) -> ServeDir<impl tower::Service<Request, Response = Response, Error = std::convert::Infallible, Future = impl Send> + Clone> {
    let index: PathBuf = dist.join("index.html");
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |req: Request| {
            let index = index.clone();
            async move { Ok(page(&index, req.uri().path()).await) }
        }))
}

/// The app shell for a page path; a plain 404 for a missing file, so a stale
/// `.wasm` or `.js` URL never receives HTML that a cache would then keep.
async fn page(index: &Path, path: &str) -> Response {
    let looks_like_file = path.rsplit('/').next().is_some_and(|last| last.contains('.'));
    if looks_like_file {
        return StatusCode::NOT_FOUND.into_response();
    }
    let status = if qapi_core::pages::is_page(path) { StatusCode::OK } else { StatusCode::NOT_FOUND };
    match tokio::fs::read(index).await {
        Ok(html) => (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], Body::from(html)).into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "The app bundle is not built yet: run `cargo xtask serve`.").into_response(),
    }
}

/// Trunk puts a content hash in every asset name, so those can be cached
/// for good; anything else (the HTML shell, API answers) must be revalidated,
/// or a browser could keep an `index.html` pointing at deleted assets.
pub async fn cache_policy(req: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut res = next.run(req).await;
    let value = if hashed && res.status().is_success() {
        "public, max-age=31536000, immutable"
    } else if res.headers().contains_key(header::CACHE_CONTROL) {
        return res;
    } else {
        "no-cache"
    };
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// `qapi-18dfb88ed8217ca1_bg.wasm`: a name with a 16-hex-digit hash.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split(['-', '_', '.']).any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/qapi-18dfb88ed8217ca1_bg.wasm"));
        assert!(is_hashed_asset("/qapi-18dfb88ed8217ca1.js"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/az/services/work-permit"));
    }
}
