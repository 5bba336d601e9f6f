//! What only a widget or a framed app does (`super`), in a chunk the
//! agency's own pages never load.

use super::Mount;
use crate::route::Route;
use qapi_core::catalog::catalog;
use qapi_core::lang::lang_of_path;
use qapi_core::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew_router::history::{AnyHistory, History, MemoryHistory};
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
    if let Some(path) = hash_routing(mount).then(fragment_path).flatten() {
        return path;
    }
    let lang = setting(mount, "data-lang")
        .and_then(|l| l.parse::<Lang>().ok())
        .unwrap_or_else(crate::prefs::preferred_lang);
    let asked = setting(mount, "data-service");
    let service = asked.as_deref().and_then(|id| catalog().service(id));
    if let (Some(id), None) = (&asked, service) {
        // For whoever writes the host page: the catalog opens instead.
        web_sys::console::warn_1(&format!("Qapı: data-service=\"{id}\" is no service of the catalog").into());
    }
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

/// Memory history, opened at `start_path`: the host's address never
/// changes, unless the host asked for hash routing (`follow_fragment`).
pub fn history(mount: &Mount, start_path: &str) -> AnyHistory {
    let memory = MemoryHistory::with_entries([start_path]);
    if hash_routing(mount) {
        follow_fragment(&memory);
    }
    memory.into()
}

/// The address's fragment, when it names one of the widget's pages.
fn fragment_path() -> Option<String> {
    crate::dom::fragment().filter(|path| lang_of_path(path).is_some())
}

/// Keeps the widget's page and the address's fragment in step: each page
/// the widget goes to is an entry in the host's history (`#/en/…`), and a
/// fragment that names a page (the host's Back or Forward, a link) takes
/// the widget there. Fragments that name no page (the host's own anchors)
/// are the host's.
fn follow_fragment(memory: &MemoryHistory) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = |path: &str| format!("#{path}");
    // Where the widget opens: this entry, keeping the host's own state.
    let opened = memory.location().path().to_owned();
    if fragment_path().as_deref() != Some(opened.as_str()) {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url(&opened)));
    }
    let to_address = {
        let memory = memory.clone();
        move || {
            let path = memory.location().path().to_owned();
            if fragment_path().as_deref() != Some(path.as_str()) {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url(&path)));
            }
        }
    };
    // Both listen for the page's whole life.
    std::mem::forget(memory.listen(to_address));
    let to_widget = Closure::<dyn Fn()>::new({
        let memory = memory.clone();
        move || {
            if let Some(path) = fragment_path().filter(|p| *p != memory.location().path()) {
                memory.replace(path);
            }
        }
    });
    for event in ["popstate", "hashchange"] {
        let _ = window.add_event_listener_with_callback(event, to_widget.as_ref().unchecked_ref());
    }
    to_widget.forget();
}

/// The API's address: the host's own choice (`data-api-base`), else the
/// configured one, read from the agency's origin (the host's is not the
/// agency's).
pub fn api_base(configured: String) -> String {
    let Some(mount) = super::mount() else {
        return configured;
    };
    if let Some(base) = setting(&mount, "data-api-base") {
        return base;
    }
    let Some(origin) = super::app_origin() else {
        return configured;
    };
    web_sys::Url::new_with_base(&configured, &format!("{origin}/")).map_or(configured, |url| url.href())
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
    TARGETS.with_borrow(|targets| {
        for origin in targets {
            let _ = parent.post_message(&detail, origin);
        }
    });
}

thread_local! {
    /// Where a framed app's messages go (`report_height` sets them).
    static TARGETS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The host origins in `config.json`'s `embed_origins` and this one; never
/// `*`, which would send to any page that frames the app.
fn allowed(listed: &JsValue) -> Vec<String> {
    let own = web_sys::window().and_then(|w| w.location().origin().ok());
    let listed = js_sys::Array::is_array(listed).then(|| js_sys::Array::from(listed));
    listed
        .iter()
        .flat_map(|l| l.iter())
        .filter_map(|o| o.as_string())
        .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
        .chain(own)
        .collect()
}

/// From now on, messages to the parent at the allowed host origins
/// (`config.json`'s `embed_origins`): the page's height now and on every
/// change, so the host can size the frame to it (`qp-framed` drops the
/// full-window minimum height, which would otherwise never let it shrink),
/// and the page the frame shows, said before this chunk arrived.
pub fn report_height(embed_origins: &JsValue) {
    TARGETS.set(allowed(embed_origins));
    if let Some(path) = crate::dom::pathname() {
        tell("qapi:navigated", &[("path", &path)]);
    }
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
