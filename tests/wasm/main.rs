//! Browser tests: what needs a real DOM and browser storage, run in headless
//! Chromium by `wasm-bindgen-test` (`cargo xtask test`).

use qapi::components::fee_table::FeeTables;
use qapi::{app::App, prefs};
use qapi_core::catalog::{catalog, Fees};
use qapi_core::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element on the page to mount a component into.
fn mount_point() -> Element {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets Yew's scheduler and the router's redirects run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn language_choice_is_remembered_over_the_browser_default() {
    prefs::remember(Lang::Ru);
    assert_eq!(prefs::preferred_lang(), Lang::Ru);
    prefs::remember(Lang::En);
    assert_eq!(prefs::preferred_lang(), Lang::En);
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let browser: Vec<String> = web_sys::window()
        .unwrap()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(prefs::preferred_lang(), Lang::negotiate(&browser).unwrap_or_default());
}

#[wasm_bindgen_test]
async fn fee_tables_show_every_amount_of_the_schedule() {
    let service = catalog().service("temporary-residence").unwrap();
    let Fees::Schedule { rows } = &service.fees else {
        panic!("temporary-residence has a fee schedule")
    };
    let root = mount_point();
    yew::Renderer::<FeeTables>::with_root_and_props(
        root.clone(),
        qapi::components::fee_table::FeeTablesProps {
            fees: service.fees.clone(),
        },
    )
    .render();
    settle().await;
    let tables = root.query_selector_all("table").unwrap().length() as usize;
    assert_eq!(tables, service.fees.groups().len());
    let cells = root.query_selector_all("td").unwrap();
    assert_eq!(cells.length() as usize, rows.len(), "one cell per fee, no gaps");
    for i in 0..cells.length() {
        let text = cells.item(i).unwrap().text_content().unwrap();
        assert!(
            text.contains("AZN") && text.chars().any(|c| c.is_ascii_digit()),
            "cell {i}: {text:?}"
        );
    }
    for caption in 0..tables {
        let caption = root
            .query_selector_all("caption")
            .unwrap()
            .item(caption as u32)
            .unwrap();
        assert!(!caption.text_content().unwrap().trim().is_empty());
    }
}

#[wasm_bindgen_test]
async fn the_app_lists_every_service_and_labels_the_document_language() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    let lang = qapi_core::lang::lang_of_path(&path).expect("the app redirected to a language");
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some(lang.code())
    );
    let links = root
        .query_selector_all(&format!("main a[href^='/{lang}/services/']"))
        .unwrap();
    assert_eq!(links.length() as usize, catalog().services.len());
    let h1 = root
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    assert!(
        document().title().starts_with(&h1.inner_text()),
        "title {:?} names the page",
        document().title()
    );
}
