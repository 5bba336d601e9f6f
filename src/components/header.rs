//! The site header: the service name, home link and the language switcher.

use crate::i18n::use_i18n;
use crate::prefs;
use crate::route::Route;
use qapi_core::lang::path_in;
use qapi_core::Lang;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The current path, so each language link leads to this same page.
    pub path: AttrValue,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let msgs = use_i18n();
    let navigator = use_navigator();
    let current = msgs.lang();

    let lang_link = |lang: Lang| {
        let href = path_in(lang, &props.path);
        let onclick = {
            let navigator = navigator.clone();
            let href = href.clone();
            Callback::from(move |e: MouseEvent| {
                prefs::remember(lang);
                // Let the browser open new tabs and windows as the person asked.
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                    return;
                }
                if let Some(nav) = &navigator {
                    e.prevent_default();
                    nav.push(&AnyRoute::new(href.clone()));
                }
            })
        };
        let is_current = (lang == current).then_some("true");
        html! {
            <li>
                <a {href} hreflang={lang.code()} lang={lang.code()} aria-current={is_current} {onclick}
                    onmouseover={move |_| crate::i18n::preload(lang)} onfocus={move |_| crate::i18n::preload(lang)}>
                    { lang.endonym() }
                </a>
            </li>
        }
    };

    html! {
        // In a host page: not the page's banner landmark, the host has its own.
        <header class="qp-header" role={crate::widget::is_on().then_some("none")}>
            <div class="qp-width-container qp-header__inner">
                <div>
                    <Link<Route> classes="qp-header__name" to={Route::Home { lang: current }}>{ msgs.text("site-name") }</Link<Route>>
                    <p class="qp-header__agency">{ msgs.text("site-agency") }</p>
                </div>
                <nav aria-label={msgs.text("language-nav-label")}>
                    <ul class="qp-header__langs">{ for Lang::ALL.into_iter().map(lang_link) }</ul>
                </nav>
            </div>
        </header>
    }
}
