//! The frame around every page: skip link, header, the `main` landmark and
//! footer; it also keeps `<html lang>` true and moves focus on navigation.

use crate::components::idle_guard::{self, IdleGuardProps};
use crate::components::{footer::Footer, header::Header, offline_banner::OfflineBanner};
use crate::dom;
use crate::i18n::{self, I18n};
use crate::kiosk;
use qapi_core::kiosk::KioskSettings;
use qapi_core::Lang;
use yew::prelude::*;
use yew_router::hooks::use_location;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub lang: Lang,
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    // The page's language, once its messages are here; until then (a switch
    // to a language not loaded yet) the page stays in the one it was in.
    let last_shown = use_mut_ref(|| None);
    let msgs = i18n::loaded(props.lang).or_else(|| last_shown.borrow().clone());
    last_shown.borrow_mut().clone_from(&msgs);
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    let rerender = use_force_update();
    {
        let failed = failed.clone();
        use_effect_with((props.lang, *attempt), move |&(lang, _)| {
            if i18n::loaded(lang).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match i18n::load(lang).await {
                        Ok(_) => {
                            failed.set(false);
                            rerender.force_update();
                        }
                        Err(_) => failed.set(true),
                    }
                });
            } else if *failed {
                failed.set(false);
            }
        });
    }
    let path = use_location().map(|l| l.path().to_owned()).unwrap_or_default();
    let shown_lang = msgs.as_ref().map(|m| m.lang());
    let embedded = crate::widget::is_on();
    let first_lang = use_mut_ref(|| true);
    use_effect_with(shown_lang, move |lang| {
        if let Some(lang) = lang {
            dom::set_document_lang(lang.code());
            if !std::mem::replace(&mut *first_lang.borrow_mut(), false) {
                crate::widget::tell("qapi:language", &[("lang", lang.code())]);
            }
        }
    });

    // A single-page app must announce a new page itself: focus its heading, so
    // screen readers read it and the next Tab starts at the top. Not on the
    // first load, where the browser's own focus handling is right.
    let first_render = use_mut_ref(|| true);
    use_effect_with(path.clone(), move |path| {
        crate::widget::tell("qapi:navigated", &[("path", path.as_str())]);
        // A heading the last page awaited is not this page's.
        dom::await_heading(false);
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            // The whole page is rendered (children's effects run first).
            dom::take_over_prerendered();
        } else if !dom::arrival_field().is_some_and(|id| dom::focus_field(&id)) {
            // A link to a field (a Change link) landed on that field instead.
            dom::focus_heading();
        }
    });

    // On a kiosk, the idle guard: its chunk is fetched only there, and shown
    // without `lazy()`'s loading note (nothing to see until its dialog opens).
    // Here rather than in a component of its own, which would cost the home
    // page a few KB of component code.
    let kiosk_guard = use_state(|| None::<(crate::lazy::View<IdleGuardProps>, KioskSettings)>);
    let kiosk_on = use_state(kiosk::is_on);
    {
        let (kiosk_guard, kiosk_on) = (kiosk_guard.clone(), kiosk_on.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Until the configuration is read (a kiosk set only there must
                // not stay a website because one fetch failed, and one set by
                // its page takes the configured times once they arrive) and,
                // on a kiosk, the guard's chunk is here: tried again, less often.
                let mut wait = 2_000;
                let mut view = None;
                loop {
                    let config = crate::api::config().await;
                    if config.mode == "kiosk" || kiosk::is_on() {
                        kiosk::turn_on(config.kiosk);
                        kiosk_on.set(kiosk::is_on());
                    }
                    if let Some(settings) = kiosk::settings() {
                        if view.is_none() {
                            view = idle_guard::load().await.ok();
                        }
                        if let Some(view) = view {
                            kiosk_guard.set(Some((view, settings)));
                        }
                    }
                    if crate::api::config_loaded() && (view.is_some() || !kiosk::is_on()) {
                        return;
                    }
                    crate::api::sleep(wait).await;
                    wait = (wait * 2).min(60_000);
                }
            });
        });
    }

    let skip_to_main = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus("#main");
    });

    let Some(msgs) = msgs else {
        return html! {};
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    // In a host page: no skip link and no footer (the host's own serve),
    // and no landmarks that would compete with the host's, only a region
    // named for the service, to be found by.
    html! {
        <ContextProvider<I18n> context={I18n(msgs.clone())}>
        <ContextProvider<kiosk::KioskOn> context={kiosk::KioskOn(*kiosk_on)}>
            <div class="qp-layout" role={embedded.then_some("region")} aria-label={embedded.then(|| msgs.text("site-name"))}>
                if !embedded {
                    <a class="qp-skip-link" href="#main" onclick={skip_to_main}>{ msgs.text("skip-link") }</a>
                }
                <Header {path} />
                <OfflineBanner />
                if *failed {
                    <div class="qp-width-container qp-lang-failed" role="alert">
                        <p>{ msgs.text("lang-load-failed") }</p>
                        <button type="button" class="qp-button" onclick={retry}>{ msgs.text("lazy-retry") }</button>
                    </div>
                }
                if embedded {
                    <div id="main" tabindex="-1" class="qp-width-container qp-main">{ props.children.clone() }</div>
                } else {
                    <main id="main" tabindex="-1" class="qp-width-container qp-main">{ props.children.clone() }</main>
                }
                if !embedded {
                    <Footer />
                }
                if let Some((view, settings)) = *kiosk_guard {
                    { view(&IdleGuardProps { settings }) }
                }
            </div>
        </ContextProvider<kiosk::KioskOn>>
        </ContextProvider<I18n>>
    }
}
