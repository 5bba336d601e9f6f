//! The server's contract with browsers and caches, checked on a throwaway
//! bundle: pages get the app shell (404 when no such page), assets their
//! real type, hashed assets a long cache life and the shell none.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use std::path::PathBuf;
use tower::ServiceExt;

const SHELL: &str = "<!doctype html><title>shell</title><style>p { margin: 0; }</style>";
const WASM: &[u8] = b"\0asm\x01\0\0\0";
/// The catalog in English, as the build writes it.
const WRITTEN_EN: &str =
    "<!doctype html><html lang=\"en\"><title>Find a service</title><script>takeOver()</script><main></main>";
const DEMO: &str = "<!doctype html><title>host</title><script>log()</script><div data-qapi></div>";

/// Written once: the tests run in parallel and must not rewrite files another is reading.
fn bundle() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("qapi-serving-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), SHELL).unwrap();
        std::fs::write(dir.join("qapi-0123456789abcdef_bg.wasm"), WASM).unwrap();
        std::fs::write(dir.join("qapi-0123456789abcdef_bg.wasm.br"), b"brotli bytes").unwrap();
        std::fs::write(
            dir.join("config.json"),
            r#"{ "api_base_url": "/api/v1", "embed_origins": ["*"] }"#,
        )
        .unwrap();
        std::fs::write(dir.join("embed-demo.html"), DEMO).unwrap();
        std::fs::create_dir_all(dir.join("en")).unwrap();
        std::fs::write(dir.join("en/index.html"), WRITTEN_EN).unwrap();
        // Written before the shell's <body> was edited (it has none now).
        std::fs::create_dir_all(dir.join("ru")).unwrap();
        std::fs::write(
            dir.join("ru/index.html"),
            "<!doctype html><body data-mode=\"website\"><main></main>",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("pkg-0123456789abcdef")).unwrap();
        std::fs::write(
            dir.join("pkg-0123456789abcdef/qapi-fedcba9876543210.css"),
            "p{margin:0}",
        )
        .unwrap();
        dir
    })
    .clone()
}

async fn get(path: &str, accept_encoding: Option<&str>) -> axum::response::Response {
    get_framed_by(path, accept_encoding, &[]).await
}

/// As `get`, from a server that lets `hosts` frame the app.
async fn get_framed_by(path: &str, accept_encoding: Option<&str>, hosts: &[&str]) -> axum::response::Response {
    let mut req = Request::get(path);
    if let Some(enc) = accept_encoding {
        req = req.header(header::ACCEPT_ENCODING, enc);
    }
    send(req.body(Body::empty()).unwrap(), hosts).await
}

/// Sends `req` to a server with the bundle that lets `hosts` frame or embed the app.
async fn send(req: Request<Body>, hosts: &[&str]) -> axum::response::Response {
    static DBS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = DBS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let config = qapi_server::Config {
        dist: bundle(),
        db: std::env::temp_dir()
            .join(format!("qapi-serving-data-{}", std::process::id()))
            .join(format!("test-{n}.sqlite3")),
        lookups_per_minute: 20,
        creations_per_minute: 30,
        demo: true,
        frame_ancestors: hosts.iter().map(|h| h.to_string()).collect(),
        ..Default::default()
    };
    qapi_server::app(&config).unwrap().oneshot(req).await.unwrap()
}

fn header_of(res: &axum::response::Response, name: header::HeaderName) -> String {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_page_gets_the_shell_uncached() {
    for path in ["/", "/az", "/ru/", "/en/services/work-permit"] {
        let res = get(path, None).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert!(header_of(&res, header::CONTENT_TYPE).starts_with("text/html"));
        assert_eq!(header_of(&res, header::CACHE_CONTROL), "no-cache");
    }
}

#[tokio::test]
async fn a_home_page_the_build_wrote_is_served_in_place_of_the_shell() {
    let body = |res: axum::response::Response| async { axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap() };
    for path in ["/en", "/en/"] {
        let res = get(path, Some("br, gzip")).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(header_of(&res, header::CACHE_CONTROL), "no-cache");
        // Its own script, not the shell's, is allowed by its hash.
        use base64::Engine;
        use sha2::Digest;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest("takeOver()"));
        let csp = header_of(&res, header::CONTENT_SECURITY_POLICY);
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{path}: {csp}");
        assert_eq!(body(res).await, WRITTEN_EN.as_bytes(), "{path}");
    }
    // Another language's home with no page written, or one whose <body> is
    // no longer the shell's, and the pages below them, get the shell.
    for path in ["/az/", "/ru/", "/en/services/work-permit", "/en/nothing-here"] {
        assert_eq!(body(get(path, None).await).await, SHELL.as_bytes(), "{path}");
    }
    // The file itself is never served without its policy.
    for path in ["/en/index.html", "/en/%69ndex.html"] {
        assert_eq!(get(path, None).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn unknown_pages_are_real_404s_that_still_render_the_app() {
    for path in ["/az/nothing-here", "/en/services/not-a-service", "/de"] {
        let res = get(path, None).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        assert_eq!(body, SHELL.as_bytes(), "{path}: the app shows its own 404 page");
    }
}

#[tokio::test]
async fn a_missing_asset_is_a_plain_404_never_the_shell() {
    let res = get("/qapi-ffffffffffffffff_bg.wasm", None).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(!header_of(&res, header::CONTENT_TYPE).starts_with("text/html"));
    assert_eq!(header_of(&res, header::CACHE_CONTROL), "no-cache");
}

#[tokio::test]
async fn hashed_wasm_is_typed_cached_and_precompressed() {
    let res = get("/qapi-0123456789abcdef_bg.wasm", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CONTENT_TYPE), "application/wasm");
    assert_eq!(
        header_of(&res, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    let br = get("/qapi-0123456789abcdef_bg.wasm", Some("br, gzip")).await;
    assert_eq!(header_of(&br, header::CONTENT_ENCODING), "br");
    assert_eq!(header_of(&br, header::CONTENT_TYPE), "application/wasm");
}

#[tokio::test]
async fn the_hashed_stylesheet_is_typed_and_cached() {
    let res = get("/pkg-0123456789abcdef/qapi-fedcba9876543210.css", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CONTENT_TYPE), "text/css");
    assert_eq!(
        header_of(&res, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn styles_are_allowed_by_origin_and_hash_never_inline() {
    let res = get("/az", None).await;
    let csp = header_of(&res, header::CONTENT_SECURITY_POLICY);
    let style_src = csp
        .split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("style-src "))
        .unwrap_or_else(|| panic!("no style-src: {csp}"));
    // base64(sha256("p { margin: 0; }")), the shell's own <style>.
    assert_eq!(
        style_src, "'self' 'sha256-ZMIWxFqsI8wXm9tNjoL6Cyi5nRfO7zhfynHh3P3TR9s='",
        "{csp}"
    );
    assert!(!csp.contains("'unsafe-inline'"), "{csp}");
}

#[tokio::test]
async fn security_headers_are_always_sent() {
    for path in ["/", "/az/nothing-here", "/qapi-0123456789abcdef_bg.wasm"] {
        let res = get(path, None).await;
        assert_eq!(header_of(&res, header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{path}");
        assert_eq!(header_of(&res, header::REFERRER_POLICY), "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn the_shell_never_leaves_without_its_policy() {
    for path in [
        "/%69ndex.html",
        "/./index.html",
        "/index.html/",
        "/az/../index.html",
        "/%2e/index.html",
    ] {
        let res = get(path, None).await;
        let csp = header_of(&res, header::CONTENT_SECURITY_POLICY);
        let is_html = header_of(&res, header::CONTENT_TYPE).starts_with("text/html");
        assert!(
            !is_html || csp.contains("frame-ancestors"),
            "{path}: HTML without a CSP"
        );
        let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        assert!(
            body != SHELL.as_bytes() || is_html && !csp.is_empty(),
            "{path}: the shell without its CSP"
        );
    }
    let res = get("/az", None).await;
    let csp = header_of(&res, header::CONTENT_SECURITY_POLICY);
    assert!(csp.contains("frame-ancestors 'self'") && !csp.contains('*'), "{csp}");
}

#[tokio::test]
async fn pages_deny_powerful_features_and_cross_origin_openers() {
    for path in ["/", "/az/nothing-here", "/api/v1/health"] {
        let res = get(path, None).await;
        assert!(
            header_of(&res, header::HeaderName::from_static("permissions-policy")).contains("camera=()"),
            "{path}"
        );
        assert_eq!(
            header_of(&res, header::HeaderName::from_static("cross-origin-opener-policy")),
            "same-origin",
            "{path}"
        );
        assert_eq!(
            header_of(&res, header::STRICT_TRANSPORT_SECURITY),
            "",
            "{path}: HSTS only when asked for"
        );
    }
}

#[tokio::test]
async fn the_framing_hosts_are_the_configured_ones_in_the_policy_and_the_app_s_configuration() {
    let hosts = ["https://egov.example", "http://localhost:8000"];
    let res = get_framed_by("/config.json", None, &hosts).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CONTENT_TYPE), "application/json");
    assert_eq!(header_of(&res, header::CACHE_CONTROL), "no-cache");
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    let config: serde_json::Value = serde_json::from_slice(&body).unwrap();
    // The file's own list (a wildcard here) never reaches the app.
    assert_eq!(config["embed_origins"], serde_json::json!(hosts));
    assert_eq!(config["api_base_url"], "/api/v1");
    let csp = header_of(
        &get_framed_by("/az", None, &hosts).await,
        header::CONTENT_SECURITY_POLICY,
    );
    assert!(
        csp.ends_with("frame-ancestors 'self' https://egov.example http://localhost:8000"),
        "{csp}"
    );

    let res = get("/config.json", None).await;
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    let config: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(config["embed_origins"], serde_json::json!([]));
}

#[tokio::test]
async fn the_embedding_demo_is_a_page_of_its_own_with_its_policy() {
    let res = get("/embed-demo.html", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let csp = header_of(&res, header::CONTENT_SECURITY_POLICY);
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    // Its inline script is allowed by its hash, nothing else inline.
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    assert_eq!(body, DEMO.as_bytes());
    // Spelled otherwise, it is no page of its own: never its body.
    for path in ["/%65mbed-demo.html", "/./embed-demo.html", "/az/embed-demo.html"] {
        let res = get(path, None).await;
        let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        assert_ne!(body, DEMO.as_bytes(), "{path}");
    }
}

#[tokio::test]
async fn host_sites_may_load_the_bundle_and_call_the_api_no_other_site_may() {
    let hosts = ["https://egov.example"];
    let asset = |origin: &'static str| {
        Request::get("/qapi-0123456789abcdef_bg.wasm")
            .header(header::ORIGIN, origin)
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::empty())
            .unwrap()
    };
    let res = send(asset("https://egov.example"), &hosts).await;
    assert_eq!(
        header_of(&res, header::ACCESS_CONTROL_ALLOW_ORIGIN),
        "https://egov.example"
    );
    let vary: Vec<_> = res
        .headers()
        .get_all(header::VARY)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("origin")) && vary.iter().any(|v| v.contains("accept-encoding")),
        "{vary:?}"
    );
    let res = send(asset("https://evil.example"), &hosts).await;
    assert!(res.headers().get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());

    // The preflight of a submission: granted to the host only.
    let preflight = |origin: &'static str| {
        Request::options("/api/v1/feedback")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type,idempotency-key")
            .body(Body::empty())
            .unwrap()
    };
    let res = send(preflight("https://egov.example"), &hosts).await;
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(
        header_of(&res, header::ACCESS_CONTROL_ALLOW_ORIGIN),
        "https://egov.example"
    );
    assert!(header_of(&res, header::ACCESS_CONTROL_ALLOW_HEADERS).contains("idempotency-key"));
    let res = send(preflight("https://evil.example"), &hosts).await;
    assert!(res.headers().get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());

    // A write from the host's page gets past the same-site check (to the
    // body's own check); one from another site does not.
    let write = |origin: &'static str| {
        Request::post("/api/v1/feedback")
            .header(header::ORIGIN, origin)
            .header("sec-fetch-site", "cross-site")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{}"))
            .unwrap()
    };
    let status = send(write("https://egov.example"), &hosts).await.status();
    assert!(status.is_client_error() && status != StatusCode::FORBIDDEN, "{status}");
    assert_eq!(
        send(write("https://evil.example"), &hosts).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        send(write("https://egov.example"), &[]).await.status(),
        StatusCode::FORBIDDEN
    );
}
