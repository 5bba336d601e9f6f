//! The few direct DOM touches the pages need, in one place.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The browser's window: none when pages are rendered to HTML at build time
/// (`src/prerender.rs`), where a render must read its defaults instead.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The first element of the app matching `selector`: in a host page, only
/// inside the widget (its shadow root is not the document's).
fn find(selector: &str) -> Option<web_sys::Element> {
    match crate::widget::mount() {
        Some(mount) => mount.root.query_selector(selector).ok()?,
        None => document()?.query_selector(selector).ok()?,
    }
}

/// The device's storage (`localStorage`, or `sessionStorage` with
/// `session`), unless nothing may be kept there: on a kiosk, where the next
/// visitor would find it, and in a host page, whose origin it would be
/// (readable by all the host's scripts, for as long as the host likes).
/// Then drafts and the chosen language live in the page's memory only.
pub fn storage(session: bool) -> Option<web_sys::Storage> {
    if crate::kiosk::is_on() || crate::widget::is_on() {
        return None;
    }
    let window = web_sys::window()?;
    if session {
        window.session_storage().ok()?
    } else {
        window.local_storage().ok()?
    }
}

/// Where the app renders on its own pages: `index.html`'s `#qp-app`, else
/// the whole body.
pub fn app_root() -> Option<web_sys::Element> {
    document()?.get_element_by_id("qp-app").or_else(body)
}

pub fn body() -> Option<web_sys::Element> {
    document()?.body().map(Into::into)
}

pub fn pathname() -> Option<String> {
    window()?.location().pathname().ok()
}

/// On a page written at build time (`assets/prerendered.html`), once the
/// app has rendered the same page: the app's takes the written one's place.
/// Without the page's script (a policy that refused it), the written page
/// simply goes. Never in a host page, whose globals are not ours.
pub fn take_over_prerendered() {
    let Some(window) = window().filter(|_| !crate::widget::is_on()) else {
        return;
    };
    let swap = js_sys::Reflect::get(&window, &"qapiTakeOver".into()).ok();
    match swap.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        Some(swap) => {
            let _ = swap.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
        None => {
            if let Some(written) = document().and_then(|d| d.get_element_by_id("qp-pre")) {
                written.remove();
            }
        }
    }
}

/// The page's title; a widget leaves the host page's alone.
pub fn set_title(title: &str) {
    if let Some(doc) = document().filter(|_| !crate::widget::is_on()) {
        doc.set_title(title);
    }
}

/// Keeps `<html lang>` true to the page, for screen reader voices and
/// hyphenation, and the web manifest too, so the app installs under its name
/// in the page's language.
/// A widget marks only its own root: the host page keeps its language.
pub fn set_document_lang(code: &str) {
    if let Some(mount) = crate::widget::mount() {
        let _ = mount.root.set_attribute("lang", code);
        return;
    }
    let Some(doc) = document() else {
        return;
    };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", code);
    }
    if let Ok(Some(manifest)) = doc.query_selector("link[rel=manifest]") {
        let _ = manifest.set_attribute("href", &format!("/manifest-{code}.webmanifest"));
    }
}

/// Moves focus to the first element matching `selector` (it must be focusable,
/// e.g. `tabindex="-1"`) and brings the top of the page into view (in a
/// host page, focus brings the element into view and the host's page stays
/// where it is).
pub fn focus(selector: &str) {
    focus_without_scroll(selector);
    if let Some(w) = web_sys::window().filter(|_| !crate::widget::is_on()) {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// After a navigation: focuses the new page's heading, or, when the page is
/// still loading (a lazily loaded chunk), leaves that to the heading when it
/// appears (`heading_shown`).
pub fn focus_heading() {
    if find("#main h1").is_some() {
        focus("#main h1");
    } else {
        await_heading(true);
    }
}

/// Whether the next page heading to appear takes focus: set while a page
/// loads (and again by "Try again"), cleared by every navigation.
pub fn await_heading(awaited: bool) {
    HEADING_AWAITED.set(awaited);
}

/// A page's heading has appeared: it takes focus if a navigation awaited
/// it, unless the person has put focus somewhere meanwhile.
pub fn heading_shown() {
    if HEADING_AWAITED.replace(false) && nothing_focused() {
        focus("#main h1");
    }
}

/// Focus is on no element (the body): what the page has when the focused
/// element was removed, or before anything was focused.
fn nothing_focused() -> bool {
    let active = document().and_then(|d| d.active_element());
    let body = document().and_then(|d| d.body()).map(web_sys::Element::from);
    active.is_none() || active == body
}

/// Focuses `selector` after the current render has reached the DOM (an
/// element rendered by the state change that asks for focus is not there yet).
pub fn focus_soon(selector: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        crate::api::next_tick().await;
        focus_without_scroll(selector);
    });
}

fn focus_without_scroll(selector: &str) {
    if let Some(el) = find(selector).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses the form field with id `id` (an error summary's link does this
/// instead of following `#id`, which would add a history entry); false when
/// there is none.
pub fn focus_field(id: &str) -> bool {
    // Ids are the app's own (fields' paths); one that could break out of
    // the quotes is none of them.
    if id.contains(['"', '\\']) {
        return false;
    }
    match find(&format!("[id=\"{id}\"]")).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

thread_local! {
    static ARRIVAL_FIELD: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static HEADING_AWAITED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Names the field the next page focuses instead of its heading (a Change
/// link's): kept here, since a widget's history holds no fragment.
pub fn focus_on_arrival(id: String) {
    ARRIVAL_FIELD.set(Some(id));
}

/// The field a page just shown should focus: the one named by the link that
/// led here, else the address's fragment (never a host page's, which is
/// the host's own).
pub fn arrival_field() -> Option<String> {
    if let Some(id) = ARRIVAL_FIELD.take() {
        return Some(id);
    }
    if crate::widget::is_on() {
        return None;
    }
    fragment()
}

/// The address's fragment without its `#`, if it has one.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix('#').filter(|h| !h.is_empty()).map(str::to_owned)
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Marks the start-up notice (`#qp-boot`: `index.html`'s, or the one
/// `embed.js` writes in the widget) with `class`.
pub fn boot_notice(class: &str) {
    if let Some(boot) = find("#qp-boot") {
        let _ = boot.class_list().add_1(class);
    }
}
