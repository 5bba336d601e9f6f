//! Runtime configuration, read from `config.json` beside `index.html`, so one
//! built bundle can talk to any compliant backend. Missing or unreadable
//! configuration means the defaults: the API on this origin.

use qapi_core::kiosk::KioskSettings;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where the API lives: `/api/v1` on this origin, or a full URL.
    pub api_base_url: String,
    /// How long one attempt may take before it is abandoned.
    pub request_timeout_ms: u32,
    /// `"kiosk"` on a public touch-screen (`src/kiosk.rs`); anything else is
    /// the website.
    pub mode: String,
    /// How a kiosk forgets its visitors.
    pub kiosk: KioskSettings,
    /// The host sites that may frame the app, which alone hear from it,
    /// as read (`src/widget/host.rs` takes the origins from it, in a chunk
    /// only a framed app loads); the reference server writes its
    /// `--frame-ancestor` list here.
    pub embed_origins: JsValue,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            api_base_url: "/api/v1".into(),
            request_timeout_ms: 15_000,
            mode: String::new(),
            kiosk: KioskSettings::default(),
            embed_origins: JsValue::UNDEFINED,
        }
    }
}

thread_local! {
    static LOADED: RefCell<Option<Rc<Config>>> = const { RefCell::new(None) };
}

/// Whether `config.json` has been read (else `get` gives the defaults).
pub fn is_loaded() -> bool {
    LOADED.with_borrow(Option::is_some)
}

/// The configuration, fetched once per page load. A fetch that gets no
/// answer (offline, a timeout) falls back to the defaults for this call
/// only, so the next call tries again; an answer other than 200 means the
/// defaults for good.
pub async fn get() -> Rc<Config> {
    if let Some(c) = LOADED.with_borrow(Clone::clone) {
        return c;
    }
    match load().await.map(for_the_host) {
        Some(config) => LOADED.with_borrow_mut(|slot| slot.get_or_insert(Rc::new(config)).clone()),
        None => Rc::new(for_the_host(Config::default())),
    }
}

/// In a host page, the API the host names comes first; else the configured
/// one, on the agency's origin (`widget::api_base`).
fn for_the_host(mut config: Config) -> Config {
    config.api_base_url = crate::widget::api_base(config.api_base_url);
    config
}

/// Read with the browser's own `fetch` and `JSON.parse`, field by field:
/// every page reads it at start (kiosk mode may be set there), and serde
/// and the API client would put some 14 KB more on the home page.
async fn load() -> Option<Config> {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(5_000)));
    // Beside the bundle, also when it runs in a host page.
    let url = format!("{}/config.json", crate::widget::app_origin().unwrap_or_default());
    let fetched = web_sys::window()?.fetch_with_str_and_init(&url, &init);
    let response: web_sys::Response = JsFuture::from(fetched).await.ok()?.dyn_into().ok()?;
    // The site has no configuration (or will not give it): the defaults, for good.
    if response.status() != 200 {
        return Some(Config::default());
    }
    let json = JsFuture::from(response.json().ok()?).await.ok()?;
    let field = |object: &JsValue, name: &str| js_sys::Reflect::get(object, &name.into()).ok();
    let text = |name: &str| field(&json, name)?.as_string();
    let d = Config::default();
    let kiosk = field(&json, "kiosk").filter(|k| k.is_object());
    let kiosk_number = |name: &str| kiosk.as_ref().and_then(|k| field(k, name)?.as_f64());
    Some(Config {
        api_base_url: text("api_base_url").unwrap_or(d.api_base_url),
        // A timeout that cannot be right (0, or beyond what a timer holds) is ignored.
        request_timeout_ms: field(&json, "request_timeout_ms")
            .and_then(|v| v.as_f64())
            .filter(|ms| (500.0..=120_000.0).contains(ms))
            .map_or(d.request_timeout_ms, |ms| ms as u32),
        mode: text("mode").unwrap_or_default(),
        embed_origins: field(&json, "embed_origins").unwrap_or_default(),
        kiosk: KioskSettings::from_config(
            kiosk_number("idle_seconds"),
            kiosk_number("warning_seconds"),
            kiosk
                .as_ref()
                .and_then(|k| field(k, "default_lang")?.as_string())
                .as_deref(),
        ),
    })
}
