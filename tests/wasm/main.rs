//! Browser tests: what needs a real DOM and browser storage, run in headless
//! Chromium by `wasm-bindgen-test` (`cargo xtask test`).

use qapi::components::fee_table::{FeeTables, FeeTablesProps};
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

/// Waits until `ready` holds, polling, and fails naming `what` after a
/// deadline: how long rendering takes depends on the machine's load, so a
/// test waits for the condition itself, never for a fixed time.
async fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = js_sys::Date::now() + 10_000.0;
    while !ready() {
        assert!(js_sys::Date::now() < deadline, "timed out waiting until {what}");
        sleep_ms(10).await;
    }
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Makes the browser report `languages` as its preferred languages, as a
/// visitor's settings would.
fn stub_browser_languages(languages: &[&str]) {
    let list = js_sys::Array::new();
    for l in languages {
        list.push(&(*l).into());
    }
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &list).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    let navigator = web_sys::window().unwrap().navigator();
    js_sys::Object::define_property(
        navigator.unchecked_ref::<js_sys::Object>(),
        &"languages".into(),
        &descriptor,
    );
}

fn forget_remembered_language() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

#[wasm_bindgen_test]
fn language_choice_is_remembered_over_the_browser_default() {
    stub_browser_languages(&["ru-RU", "en-GB"]);
    forget_remembered_language();
    assert_eq!(
        prefs::preferred_lang(),
        Lang::Ru,
        "the browser's first language Qapı speaks"
    );
    stub_browser_languages(&["de-DE", "en-US", "ru"]);
    assert_eq!(prefs::preferred_lang(), Lang::En, "unsupported languages are skipped");
    stub_browser_languages(&["de-DE", "fr"]);
    assert_eq!(prefs::preferred_lang(), Lang::Az, "none spoken: Azerbaijani");
    prefs::remember(Lang::Ru);
    assert_eq!(prefs::preferred_lang(), Lang::Ru, "a remembered choice wins");
    prefs::remember(Lang::En);
    assert_eq!(prefs::preferred_lang(), Lang::En);
    forget_remembered_language();
    assert_eq!(prefs::preferred_lang(), Lang::Az);
}

/// The fee tables with the messages a Layout would provide.
#[yew::component]
fn FeeTablesInEnglish(props: &FeeTablesProps) -> yew::Html {
    let messages = qapi::i18n::I18n(std::rc::Rc::new(qapi_core::i18n::Messages::new(Lang::En)));
    yew::html! {
        <yew::ContextProvider<qapi::i18n::I18n> context={messages}>
            <FeeTables fees={props.fees.clone()} />
        </yew::ContextProvider<qapi::i18n::I18n>>
    }
}

#[wasm_bindgen_test]
async fn fee_tables_show_every_amount_of_the_schedule() {
    let service = catalog().service("temporary-residence").unwrap();
    let Fees::Schedule { rows } = &service.fees else {
        panic!("temporary-residence has a fee schedule")
    };
    let root = mount_point();
    yew::Renderer::<FeeTablesInEnglish>::with_root_and_props(
        root.clone(),
        FeeTablesProps {
            fees: service.fees.clone(),
        },
    )
    .render();
    let groups = service.fees.groups().len();
    wait_until("the fee tables render", || {
        root.query_selector_all("table").unwrap().length() as usize == groups
    })
    .await;
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
    stub_browser_languages(&["ru-RU"]);
    forget_remembered_language();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    let lang = Lang::Ru;
    let path = || web_sys::window().unwrap().location().pathname().unwrap();
    wait_until("the app redirects to the browser's language", || path() == "/ru").await;
    let html_lang = || document().document_element().unwrap().get_attribute("lang");
    wait_until("<html lang> follows the page", || html_lang().as_deref() == Some("ru")).await;
    let links = root
        .query_selector_all(&format!("main a[href^='/{lang}/services/']"))
        .unwrap();
    assert_eq!(links.length() as usize, catalog().services.len());
    let h1 = || {
        root.query_selector("main h1")
            .unwrap()
            .map(|h| h.text_content().unwrap_or_default())
    };
    let heading = h1().expect("the page has a heading");
    assert!(!heading.trim().is_empty());
    wait_until("the document title names the page", || {
        document().title().starts_with(&heading)
    })
    .await;
}

#[wasm_bindgen_test]
fn a_submission_key_is_a_random_uuid_and_never_made_without_secure_randomness() {
    let key = qapi::api::new_idempotency_key().unwrap();
    assert_eq!(key.len(), 36);
    assert_eq!(&key[14..15], "4", "version 4: {key}");
    assert_ne!(key, qapi::api::new_idempotency_key().unwrap());

    // A browser without window.crypto: no key rather than a guessable one.
    let window = web_sys::window().unwrap();
    let window_object = window.unchecked_ref::<js_sys::Object>();
    // On the global object the attribute is the window's own property.
    let original = js_sys::Object::get_own_property_descriptor(window_object, &"crypto".into());
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &wasm_bindgen::JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(window_object, &"crypto".into(), &descriptor);
    let without = qapi::api::new_idempotency_key();
    js_sys::Object::define_property(window_object, &"crypto".into(), original.unchecked_ref());
    assert_eq!(without, Err(qapi::api::Failure::NoSecureRandom));
    assert!(qapi::api::new_idempotency_key().is_ok(), "crypto is back");
}

/// The app and the server agree on which addresses are pages: the server
/// answers 404 for the rest, so a page the app shows but the server does not
/// know would be a 404 with content, and the reverse a page that says "not found".
#[wasm_bindgen_test]
fn the_app_and_the_server_agree_on_every_page() {
    use qapi::route::Route;
    use yew_router::Routable;
    let mut paths = vec!["/".to_owned(), "/de".into(), "/az/services".into(), "/az/x/y/z".into()];
    for lang in ["az", "en", "ru", "de"] {
        paths.push(format!("/{lang}"));
        paths.push(format!("/{lang}/services/online-queue/cancel"));
        for s in catalog()
            .services
            .iter()
            .map(|s| s.id.to_string())
            .chain(["no-such-service".to_owned()])
        {
            paths.push(format!("/{lang}/services/{s}"));
            paths.push(format!("/{lang}/services/{s}/start"));
            paths.push(format!("/{lang}/services/{s}/start/more"));
        }
    }
    for lang in ["az", "en", "ru"] {
        for form in qapi_core::forms::forms() {
            let id = form.service;
            paths.push(format!("/{lang}/services/{id}/check"));
            paths.push(format!("/{lang}/services/{id}/sent/"));
            paths.extend(
                form.steps
                    .iter()
                    .map(|s| format!("/{lang}/services/{id}/apply/{}", s.id)),
            );
        }
    }
    for path in &paths {
        let route = Route::recognize(path).expect("every address has a route");
        // The route leads back to an address that is a page exactly when the
        // one it was read from is, and for a page, to that address.
        let page = qapi_core::pages::is_page(&route.to_path());
        assert_eq!(page, qapi_core::pages::is_page(path), "{path}");
        if page {
            assert_eq!(
                route.to_path().trim_end_matches('/'),
                path.trim_end_matches('/'),
                "{path}"
            );
        }
    }
}
