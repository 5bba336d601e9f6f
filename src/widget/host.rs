//! What only a widget or a framed app does (`super`), in a chunk the
//! agency's own pages never load.

use super::Mount;
use crate::route::Route;
use qapi_core::catalog::catalog;
use qapi_core::lang::lang_of_path;
use qapi_core::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew_router::history::{AnyHistory, HashHistory, History, MemoryHistory};
use yew_router::Routable;

/// One of the host element's `data-*` settings, if given.
fn setting(mount: &Mount, name: &str) -> Option<String> {
    mount.host.get_attribute(name).filter(|v| !v.is_empty())
}

/// Whether the host asked for the widget's pages in its address's
/// fragment (`data-routing="hash"`), so its Back button steps through them.
fn hash_routing(mount: &Mount) -> bool {
    setting(mount, "data-routing").as_deref() == Some("hash")
}

/// The page the widget opens on: in hash routing, the one the fragment
/// names (a reload keeps the page); else the service the host names (its
/// start page if it has one) in the language it names, or the home page.
pub fn start_path(mount: &Mount) -> String {
    let in_hash = hash_routing(mount)
        .then(|| web_sys::window()?.location().hash().ok())
        .flatten()
        .and_then(|h| h.strip_prefix('#').map(str::to_owned))
        .filter(|path| lang_of_path(path).is_some());
    if let Some(path) = in_hash {
        return path;
    }
    let lang = setting(mount, "data-lang")
        .and_then(|l| l.parse::<Lang>().ok())
        .unwrap_or_else(crate::prefs::preferred_lang);
    let service = setting(mount, "data-service").and_then(|id| catalog().service(&id));
    match service {
        Some(s) if s.has_start_page() => Route::Start {
            lang,
            id: s.id.to_string(),
        },
        Some(s) => Route::Service {
            lang,
            id: s.id.to_string(),
        },
        None => Route::Home { lang },
    }
    .to_path()
}

/// Memory (the host's address never changes) or, if the host asked, the
/// address's fragment.
pub fn history(mount: &Mount) -> AnyHistory {
    let path = start_path(mount);
    if hash_routing(mount) {
        let history = HashHistory::new();
        history.replace(path);
        return history.into();
    }
    MemoryHistory::with_entries([path]).into()
}

/// In a host page, an event on its element (bubbling, and out of the shadow
/// root) whose `detail` holds the fields; when framed, a message to the
/// parent, to each allowed host origin and this one (a message to any other
/// origin is never delivered).
pub fn tell(kind: &str, fields: &[(&str, &str)]) {
    let detail = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &(*name).into(), &(*value).into());
    }
    send(kind, detail);
}

fn send(kind: &str, detail: js_sys::Object) {
    if let Some(mount) = super::mount() {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
            let _ = mount.host.dispatch_event(&event);
        }
        return;
    }
    let _ = js_sys::Reflect::set(&detail, &"type".into(), &kind.into());
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let own = window.location().origin().ok();
    wasm_bindgen_futures::spawn_local(async move {
        let config = crate::api::config().await;
        for origin in allowed(&config.embed_origins).iter().chain(own.as_ref()) {
            let _ = parent.post_message(&detail, origin);
        }
    });
}

/// The host origins in `config.json`'s `embed_origins`, never `*`, which
/// would send to any page that frames the app.
fn allowed(listed: &JsValue) -> Vec<String> {
    if !js_sys::Array::is_array(listed) {
        return Vec::new();
    }
    js_sys::Array::from(listed)
        .iter()
        .filter_map(|o| o.as_string())
        .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
        .collect()
}

/// The page's height to the parent now and on every change, so the host
/// can size the frame to it (`qp-framed` drops the full-window minimum
/// height, which would otherwise never let it shrink).
pub fn report_height() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.class_list().add_1("qp-framed");
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let detail = js_sys::Object::new();
        let height = measured.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&detail, &"height".into(), &height.into());
        send("qapi:height", detail);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Observes for the page's whole life.
    on_resize.forget();
}
