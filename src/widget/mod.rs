//! The widget: Qapı inside another site's page (the e-Gov portal). The host
//! page marks an element `data-qapi` and loads `embed.js` (written by the
//! build), which gives that element a shadow root holding the stylesheet and
//! an empty `.qp-root`, so neither page's styles reach the other; the app
//! mounts there. The host's address is left alone (routing in memory, kept
//! in step with the address's fragment with `data-routing="hash"`), and
//! nothing is kept in the host's storage (`dom::storage`). The host hears
//! what happens through DOM events on its element (`tell`).
//!
//! The same app framed in an `<iframe>` instead reports its height and the
//! same events to its parent with `postMessage`, only to the host origins
//! that `config.json` lists (`embed_origins`, which the reference server
//! fills in from the `--frame-ancestor` list that also sets who may frame it).
//!
//! What only a host page or a frame needs (`host.rs`) is a chunk of its own,
//! fetched there before the app starts (a widget) or once it has (a frame):
//! the agency's own pages never load it.

mod host;

use qapi_core::Lang;
use std::cell::{Cell, OnceCell};
use web_sys::Element;
use yew_router::history::{AnyHistory, BrowserHistory};

/// Where the widget lives in the host page.
#[derive(Clone)]
pub struct Mount {
    /// The host's element, `[data-qapi]`: its attributes configure the
    /// widget, and its events tell the host what happened.
    pub host: Element,
    /// The element the app renders into: `.qp-root` in the host element's
    /// shadow root, or the host element itself without `embed.js`.
    pub root: Element,
}

/// What the host chunk provides.
#[derive(Clone, Copy)]
pub struct HostParts {
    /// The widget's first page, e.g. `/az/services/work-permit/start`.
    start_path: fn(&Mount) -> String,
    /// The widget's router history, opened at a path.
    history: fn(&Mount, &str) -> AnyHistory,
    /// Tells the host page (an event) or the framing page (a message).
    tell: fn(&str, &[(&str, &str)]),
    /// When framed: reports the page's height to the parent at the allowed
    /// origins (`config.json`'s `embed_origins`), from now on.
    report_height: fn(&wasm_bindgen::JsValue),
    /// The API's address for the configured one.
    api_base: fn(String) -> String,
}

crate::lazy_feature!(
    @value host_chunk,
    load_host_parts,
    preload_host_parts,
    HostParts,
    HostParts {
        start_path: host::start_path,
        history: host::history,
        tell: host::tell,
        report_height: host::report_height,
        api_base: host::api_base,
    }
);

thread_local! {
    static MOUNT: OnceCell<Option<Mount>> = const { OnceCell::new() };
    static PARTS: Cell<Option<HostParts>> = const { Cell::new(None) };
    /// The widget's first page (`host::start_path`), worked out once.
    static START_PATH: OnceCell<String> = const { OnceCell::new() };
}

/// The widget's mount, when the app runs in a host page.
pub fn mount() -> Option<Mount> {
    MOUNT.with(|m| m.get_or_init(find).clone())
}

pub fn is_on() -> bool {
    MOUNT.with(|m| m.get_or_init(find).is_some())
}

fn find() -> Option<Mount> {
    let host = crate::dom::window()?.document()?.query_selector("[data-qapi]").ok()??;
    let root = host
        .shadow_root()
        .and_then(|shadow| shadow.query_selector(".qp-root").ok().flatten())
        .unwrap_or_else(|| host.clone());
    Some(Mount { host, root })
}

/// The API's address for the configured one (`config.json`'s
/// `api_base_url`): in a host page, the host's choice (`data-api-base`),
/// else the configured one on the agency's origin.
pub fn api_base(configured: String) -> String {
    match PARTS.get() {
        Some(parts) => (parts.api_base)(configured),
        None => configured,
    }
}

/// Where the bundle was loaded from (`embed.js` writes it): the address of
/// `config.json` and of the pages a QR code leads to, which are the
/// agency's, not the host's.
pub fn app_origin() -> Option<String> {
    mount()?.host.get_attribute("data-qapi-origin")
}

/// The agency's site: where the bundle came from, in a host page; else this one.
pub fn agency_origin() -> String {
    app_origin()
        .or_else(|| web_sys::window()?.location().origin().ok())
        .unwrap_or_default()
}

/// Whether the app is framed by another page (rather than a widget in it).
fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    !is_on()
        && window
            .parent()
            .ok()
            .flatten()
            .is_some_and(|p| !js_sys::Object::is(&p, &window))
}

/// In a host page, fetches the host chunk; the app cannot start without it.
pub async fn prepare() -> Result<(), crate::lazy::LoadFailed> {
    if let Some(mount) = mount() {
        let parts = load_host_parts().await?;
        PARTS.set(Some(parts));
        START_PATH.with(|p| p.set((parts.start_path)(&mount)).ok());
    }
    Ok(())
}

/// When framed: fetches the host chunk and reports the page's height from
/// now on.
pub async fn when_framed() {
    if !is_framed() {
        return;
    }
    if let Ok(parts) = load_host_parts().await {
        PARTS.set(Some(parts));
        (parts.report_height)(&crate::api::config().await.embed_origins);
    }
}

/// The language of the page the app starts on.
pub fn start_lang() -> Option<Lang> {
    qapi_core::lang::lang_of_path(&start_path()?)
}

/// The path of the page the app starts on: the host's choice in a widget,
/// else the address.
pub fn start_path() -> Option<String> {
    START_PATH.with(|p| p.get().cloned()).or_else(crate::dom::pathname)
}

/// The router's history: the browser's address on the agency's own site;
/// in a host page, the widget's own.
pub fn history() -> AnyHistory {
    let start = START_PATH.with(|p| p.get().cloned());
    match (mount(), PARTS.get(), start) {
        (Some(mount), Some(parts), Some(start)) => (parts.history)(&mount, &start),
        _ => BrowserHistory::new().into(),
    }
}

/// Tells the host what happened, e.g. `tell("qapi:submitted", &[("reference", "…")])`:
/// an event on its element, or a message to the page that frames the app.
/// Nothing on the agency's own site. Never personal data: references,
/// paths and languages only.
pub fn tell(kind: &str, fields: &[(&str, &str)]) {
    if let Some(parts) = PARTS.get() {
        (parts.tell)(kind, fields);
    }
}
