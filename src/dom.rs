//! The few direct DOM touches the pages need, in one place.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn pathname() -> Option<String> {
    web_sys::window()?.location().pathname().ok()
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Keeps `<html lang>` true to the page, for screen reader voices and
/// hyphenation, and the web manifest too, so the app installs under its name
/// in the page's language.
pub fn set_document_lang(code: &str) {
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
/// e.g. `tabindex="-1"`) and brings the top of the page into view.
pub fn focus(selector: &str) {
    focus_without_scroll(selector);
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
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
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the form field with id `id` (an error summary's link does this
/// instead of following `#id`, which would add a history entry); false when
/// there is none.
pub fn focus_field(id: &str) -> bool {
    match document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
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

/// Marks `index.html`'s start-up notice (`#qp-boot`) with `class`.
pub fn boot_notice(class: &str) {
    if let Some(boot) = document().and_then(|d| d.get_element_by_id("qp-boot")) {
        let _ = boot.class_list().add_1(class);
    }
}
