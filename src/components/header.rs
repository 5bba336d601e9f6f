//! The site header: the service name, home link and the language switcher.

use crate::i18n::use_i18n;
use crate::prefs;
use crate::route::Route;
use qapi_core::lang::path_in;
use qapi_core::Lang;
use stylist::yew::use_style;
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

    let style = use_style!(
        r#"
        background: var(--qp-color-brand);
        color: var(--qp-color-on-brand);
        border-bottom: 0.5rem solid var(--qp-color-link);
        & .qp-header__inner {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: var(--qp-space-2) var(--qp-space-4);
            padding-top: var(--qp-space-3);
            padding-bottom: var(--qp-space-3);
        }
        & a, & a:visited { color: var(--qp-color-on-brand); }
        & .qp-header__name {
            font-size: 1.375rem;
            font-weight: 700;
            text-decoration: none;
            display: inline-block;
        }
        & .qp-header__name:hover { text-decoration: underline; }
        & .qp-header__agency { display: block; font-size: var(--qp-font-size-small); margin: 0; }
        & .qp-header__langs { display: flex; flex-wrap: wrap; gap: var(--qp-space-1); list-style: none; margin: 0; padding: 0; }
        & .qp-header__langs a {
            display: inline-flex;
            align-items: center;
            min-height: var(--qp-tap-size);
            padding: 0 var(--qp-space-2);
        }
        & .qp-header__langs a[aria-current] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--qp-color-on-brand); }
        & a:focus-visible { color: var(--qp-color-on-focus); }
        "#
    );

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
        <header class={style}>
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
