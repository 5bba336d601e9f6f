//! Serving the built bundle: every app page gets `index.html` (with status
//! 404 for paths that are no page, so crawlers and monitors see the truth),
//! or the page's own HTML where the build wrote it (`dist/az/index.html`),
//! hashed assets are cached for a year, `index.html` never, and precompressed
//! `.br`/`.gz` files are used when the browser accepts them.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use qapi_core::pages::Address;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// What may frame the app: this origin and the configured host origins.
/// The same list is the app's `embed_origins` in the `config.json` served
/// (the only origins the framed app sends messages to), so the two cannot
/// disagree.
#[derive(Clone)]
pub struct Policy {
    frame_ancestors: String,
    origins: Vec<String>,
}

impl Policy {
    /// Refuses anything but plain HTTPS origins (`https://egov.az`; plain
    /// HTTP only on this machine, `http://localhost:8000`, for trying it
    /// out): a wildcard or a stray `;` would open the app to framing by
    /// anyone, and a page served over plain HTTP, which anyone on its path
    /// can rewrite, must not get the API's answers. Kept in lower case, as
    /// browsers write an `Origin`.
    pub fn new(origins: &[String]) -> Result<Policy, String> {
        let mut frame_ancestors = "'self'".to_owned();
        let mut kept = Vec::new();
        for origin in origins {
            let origin = origin.to_ascii_lowercase();
            let authority = origin.strip_prefix("https://").or_else(|| {
                let local = origin.strip_prefix("http://")?;
                let host = local
                    .rsplit_once(':')
                    .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()));
                let host = host.map_or(local, |(host, _)| host);
                ["localhost", "127.0.0.1", "[::1]"].contains(&host).then_some(local)
            });
            let authority_ok = authority.is_some_and(|h| {
                !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
            });
            if !authority_ok {
                return Err(format!(
                    "--frame-ancestor {origin:?} is not an origin like https://portal.example \
                     (plain http only for localhost)"
                ));
            }
            frame_ancestors.push(' ');
            frame_ancestors.push_str(&origin);
            kept.push(origin);
        }
        Ok(Policy {
            frame_ancestors,
            origins: kept,
        })
    }

    /// The host sites, as `Origin` headers write them.
    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    /// The host sites' pages run the widget: they may fetch the bundle and
    /// call the API (with its `Content-Type` and `Idempotency-Key`, reading
    /// its `Retry-After`); no one else, and never with cookies. Nothing
    /// without host sites.
    pub fn cors(&self) -> Option<tower_http::cors::CorsLayer> {
        use axum::http::{HeaderName, Method};
        if self.origins.is_empty() {
            return None;
        }
        let origins = self.origins.iter().filter_map(|o| HeaderValue::from_str(o).ok());
        let layer = tower_http::cors::CorsLayer::new()
            .allow_origin(tower_http::cors::AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::HEAD, Method::POST])
            .allow_headers([header::CONTENT_TYPE, HeaderName::from_static("idempotency-key")])
            .expose_headers([header::RETRY_AFTER])
            .max_age(std::time::Duration::from_secs(600));
        Some(layer)
    }
}

/// The bundle's HTML files that are pages of their own, each served with
/// its own policy (every other HTML path gets the app shell): the widget's
/// demonstration host page, only when the server runs with `--demo`.
const DEMO_PAGES: &[&str] = &["/embed-demo.html"];

pub fn service(
    dist: &Path,
    policy: Policy,
    demo: bool,
) -> impl tower::Service<Request, Response = Response, Error = std::convert::Infallible, Future = impl Send> + Clone {
    let index: PathBuf = dist.join("index.html");
    let shell = (index.clone(), policy.clone());
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |req: Request| {
            let (index, policy) = shell.clone();
            async move { Ok(page(&index, &policy, req.uri().path()).await) }
        }));
    tower::service_fn(move |req: Request| {
        let files = files.clone();
        let (index, policy) = (index.clone(), policy.clone());
        async move {
            let path = req.uri().path();
            if path == "/config.json" {
                return Ok(config_json(&index.with_file_name("config.json"), &policy).await);
            }
            if demo && DEMO_PAGES.contains(&path) {
                return Ok(html_page(&index.with_file_name(&path[1..]), &policy, StatusCode::OK).await);
            }
            // The file server decodes `/%69ndex.html` or `/./index.html` to the
            // shell, which must only ever leave with its CSP: such paths are
            // answered here, as the file-like paths they are.
            if names_html_file(path) {
                return Ok(page(&index, &policy, req.uri().path()).await);
            }
            let Ok(res) = files.oneshot(req).await;
            Ok(res.map(Body::new))
        }
    })
}

/// Whether a path, decoded as the file server decodes it, names an HTML file.
fn names_html_file(path: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let last = decoded.rsplit(['/', '\\']).find(|s| !s.is_empty()).unwrap_or_default();
    let last = last.to_ascii_lowercase();
    last.ends_with(".html") || last.ends_with(".htm")
}

/// The app shell for a page path; a plain 404 for a missing file, so a stale
/// `.wasm` or `.js` URL never receives HTML that a cache would then keep.
async fn page(index: &Path, policy: &Policy, path: &str) -> Response {
    let looks_like_file = path.rsplit('/').next().is_some_and(|last| last.contains('.')) || names_html_file(path);
    if looks_like_file {
        return StatusCode::NOT_FOUND.into_response();
    }
    let status = if qapi_core::pages::is_page(path) {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    html_answer(page_html(index, path).await, policy, status)
}

/// The page's HTML: its own when the build wrote it (the catalog, in its
/// language: `dist/az/index.html`), else the shell. Also the shell when
/// their `<body>` tags differ: an edit made to the shell after the build
/// (a kiosk's `data-mode`) must hold on the catalog's pages too.
async fn page_html(index: &Path, path: &str) -> std::io::Result<String> {
    let shell = tokio::fs::read_to_string(index).await?;
    if let Some(Address::Home(lang)) = Address::read(path) {
        let written = index.with_file_name(lang.code()).join("index.html");
        if let Ok(page) = tokio::fs::read_to_string(&written).await {
            if body_tag(&page) == body_tag(&shell) {
                return Ok(page);
            }
        }
    }
    Ok(shell)
}

fn body_tag(html: &str) -> Option<&str> {
    let start = html.find("<body")?;
    let end = start + html[start..].find('>')?;
    Some(&html[start..=end])
}

/// An HTML file of the bundle, with the policy its inline parts allow.
async fn html_page(file: &Path, policy: &Policy, status: StatusCode) -> Response {
    html_answer(tokio::fs::read_to_string(file).await, policy, status)
}

fn html_answer(html: std::io::Result<String>, policy: &Policy, status: StatusCode) -> Response {
    match html {
        Ok(html) => {
            let csp = content_security_policy(&html, policy);
            let headers = [
                (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
                (header::CONTENT_SECURITY_POLICY, csp),
            ];
            (status, headers, Body::from(html)).into_response()
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "The app bundle is not built yet: run `cargo xtask serve`.",
        )
            .into_response(),
    }
}

/// The bundle's `config.json` with `embed_origins` set to the origins that
/// may frame the app; none (404) when the bundle has no configuration, and
/// a 500 when it is not a JSON object (the app then keeps its defaults).
async fn config_json(file: &Path, policy: &Policy) -> Response {
    let Ok(bytes) = tokio::fs::read(file).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(serde_json::Value::Object(mut config)) = serde_json::from_slice(&bytes) else {
        eprintln!(
            "{} is not a JSON object: the app runs with its defaults",
            file.display()
        );
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    config.insert("embed_origins".into(), policy.origins.clone().into());
    let headers = [(header::CONTENT_TYPE, "application/json")];
    (headers, serde_json::Value::Object(config).to_string()).into_response()
}

/// A strict policy the app works under: scripts only from this origin plus
/// the exact inline loader the build writes (by hash), WebAssembly
/// compilation, no plugins, no framing by other sites, API calls to this
/// origin only. Styles only from this origin (the bundle's stylesheet) plus
/// the shell's own `<style>` (the start-up notice's), by hash: the app
/// writes no styles at run time, so no `'unsafe-inline'` (which would also
/// let injected markup restyle the page, e.g. to hide or fake parts of it).
fn content_security_policy(html: &str, policy: &Policy) -> String {
    let hash = |body: &str| format!(" 'sha256-{}'", BASE64.encode(Sha256::digest(body.as_bytes())));
    let script_hashes: String = inline_elements(html, "<script", "</script>").map(hash).collect();
    let style_hashes: String = inline_elements(html, "<style", "</style>").map(hash).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script_hashes}; style-src 'self'{style_hashes}; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors {}",
        policy.frame_ancestors
    )
}

/// The bodies of the `<script>` or `<style>` elements (`open` is `<script`
/// or `<style`, `close` their end tag) without `src`.
fn inline_elements<'a>(html: &'a str, open: &'static str, close: &'static str) -> impl Iterator<Item = &'a str> {
    html.split(open).skip(1).filter_map(move |rest| {
        // `<scripts…` or `<styles…` would be another element.
        if !rest.starts_with(['>', ' ', '\t', '\n', '\r']) {
            return None;
        }
        let (attrs, body) = rest.split_once('>')?;
        let (body, _) = body.split_once(close)?;
        (!attrs.contains("src=")).then_some(body)
    })
}

/// Any HTML that leaves without a policy (none should: the shell has its own)
/// gets one that runs nothing and cannot be framed.
pub async fn html_has_csp(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if is_html && !res.headers().contains_key(header::CONTENT_SECURITY_POLICY) {
        res.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    res
}

/// Trunk puts a content hash in every asset name, so those can be cached
/// for good; anything else (the HTML shell, API answers) must be revalidated,
/// or a browser could keep an `index.html` pointing at deleted assets.
pub async fn cache_policy(req: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut res = next.run(req).await;
    if hashed {
        // The same URL is sent brotli, gzip or plain by Accept-Encoding; a
        // shared cache must keep them apart (as it does the CORS answers
        // for each host site, by their own `Vary: origin`).
        res.headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    let value = if hashed && res.status().is_success() {
        "public, max-age=31536000, immutable"
    } else if res.headers().contains_key(header::CACHE_CONTROL) {
        return res;
    } else {
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// Anything in the bundle's `pkg-18dfb88ed8217ca1/` folder, named by a hash
/// of its contents (or a file named with such a hash).
fn is_hashed_asset(path: &str) -> bool {
    path.split('/').filter(|s| !s.is_empty()).any(|segment| {
        segment
            .split(['-', '_', '.'])
            .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
    }) && path.rsplit('/').next().is_some_and(|name| name.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::{body_tag, content_security_policy, is_hashed_asset, names_html_file, Policy};

    #[test]
    fn a_body_tag_is_read_with_its_attributes() {
        let kiosk = "<html>\n<body data-mode=\"kiosk\">\n<main></main></body>";
        assert_eq!(body_tag(kiosk), Some("<body data-mode=\"kiosk\">"));
        assert_eq!(body_tag("<html><body><p>x</p></body>"), Some("<body>"));
        assert_ne!(body_tag(kiosk), body_tag("<html><body><p>x</p></body>"));
        assert_eq!(body_tag("<p>no body</p>"), None);
    }

    #[test]
    fn the_policy_names_each_inline_script_by_hash() {
        let html = "<script type=\"module\">import init from '/a.js';</script><script src=\"/b.js\"></script>";
        let csp = content_security_policy(html, &Policy::new(&[]).unwrap());
        // Computed independently: base64(sha256("import init from '/a.js';")).
        assert!(
            csp.contains("'sha256-aOee+rvEUMphqlepW7nBjXpcT6aM6jxNXbtEv0XP738='"),
            "{csp}"
        );
        assert_eq!(csp.matches("'sha256-").count(), 1, "external scripts need no hash");
        assert!(csp.contains("object-src 'none'") && csp.contains("'wasm-unsafe-eval'"));
    }

    /// The policy's `style-src` sources.
    fn style_src(csp: &str) -> &str {
        csp.split(';')
            .map(str::trim)
            .find_map(|d| d.strip_prefix("style-src "))
            .expect("the policy has a style-src")
    }

    #[test]
    fn styles_come_from_this_origin_and_the_shell_s_own_style_by_hash() {
        let html = "<link rel=\"stylesheet\" href=\"/pkg-0123456789abcdef/qapi-0123456789abcdef.css\">\
                    <style>.a { color: red; }</style><script>1</script>";
        let csp = content_security_policy(html, &Policy::new(&[]).unwrap());
        // Computed independently: base64(sha256(".a { color: red; }")).
        assert_eq!(
            style_src(&csp),
            "'self' 'sha256-fRgOr8MCx8nugdBPnYqOnXjbJRvd1RIaOslJgiTZIm8='",
            "{csp}"
        );
        assert!(
            !style_src(&content_security_policy("<p>no styles</p>", &Policy::new(&[]).unwrap())).contains("sha256")
        );
    }

    /// The app writes no styles at run time: inline styles (`<style>`
    /// elements it did not ship, `style` attributes) must stay forbidden.
    #[test]
    fn style_src_never_allows_unsafe_inline() {
        let shell = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html"))
            .expect("the app shell template");
        for html in [shell.as_str(), "", "<style>x</style>"] {
            let csp = content_security_policy(html, &Policy::new(&[]).unwrap());
            let styles = style_src(&csp);
            assert!(
                !styles.contains("'unsafe-inline'") && !styles.contains("'unsafe-hashes'"),
                "{csp}"
            );
            assert!(
                !csp.contains("style-src-attr") && !csp.contains("style-src-elem"),
                "{csp}"
            );
        }
        // The real shell's one <style> (the start-up notice) is allowed by its hash.
        let csp = content_security_policy(&shell, &Policy::new(&[]).unwrap());
        assert_eq!(style_src(&csp).matches("'sha256-").count(), 1, "{csp}");
    }

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/qapi-18dfb88ed8217ca1_bg.wasm"));
        assert!(is_hashed_asset("/qapi-18dfb88ed8217ca1.js"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/az/services/work-permit"));
        assert!(is_hashed_asset("/pkg-18dfb88ed8217ca1/split_feedback.wasm"));
        assert!(is_hashed_asset("/pkg-18dfb88ed8217ca1/__wasm_split.js"));
        assert!(!is_hashed_asset("/pkg-18dfb88ed8217ca1/"), "a folder is no asset");
        assert!(!is_hashed_asset("/pkg-nothex/qapi.js"));
    }

    #[test]
    fn html_files_are_recognised_however_the_path_is_spelled() {
        for path in [
            "/index.html",
            "/%69ndex.html",
            "/./index.html",
            "/a/../INDEX.HTML",
            "/index.html/",
            "/x.htm",
        ] {
            assert!(names_html_file(path), "{path}");
        }
        for path in ["/", "/az/services/work-permit", "/qapi-0123456789abcdef.js"] {
            assert!(!names_html_file(path), "{path}");
        }
    }

    #[test]
    fn only_https_origins_or_this_machine_may_frame_the_app() {
        let p = Policy::new(&["https://EGov.example".into(), "http://127.0.0.1:9000".into()]).unwrap();
        assert_eq!(p.origins(), ["https://egov.example", "http://127.0.0.1:9000"]);
        for bad in [
            "http://egov.example",
            "http://localhost.evil.example",
            "http://10.0.0.1",
        ] {
            assert!(Policy::new(&[bad.into()]).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_plain_origins_may_frame_the_app() {
        let p = Policy::new(&["https://egov.example".into(), "http://localhost:8000".into()]).unwrap();
        assert_eq!(p.frame_ancestors, "'self' https://egov.example http://localhost:8000");
        for bad in [
            "*",
            "https://*",
            "https://a.example; script-src *",
            "egov.example",
            "https://a.example/path",
            "https://",
        ] {
            assert!(Policy::new(&[bad.into()]).is_err(), "{bad}");
        }
    }
}
