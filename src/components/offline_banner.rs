//! Says so while the device is offline (following `navigator.onLine`), so a
//! failed send is not a surprise.

use crate::i18n::use_i18n;
use gloo::events::EventListener;
use stylist::yew::use_style;
use yew::prelude::*;

#[component]
pub fn OfflineBanner() -> Html {
    let msgs = use_i18n();
    let online = use_state(|| web_sys::window().is_none_or(|w| w.navigator().on_line()));
    {
        let online = online.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let (up, down) = (online.clone(), online.clone());
                [
                    EventListener::new(&w, "online", move |_| up.set(true)),
                    EventListener::new(&w, "offline", move |_| down.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    let style = use_style!(
        r#"
        background: var(--qp-color-warning-bg);
        color: var(--qp-color-text);
        border-bottom: 3px solid var(--qp-color-text);
        padding: var(--qp-space-2) 0;
        font-weight: 700;
        "#
    );
    // The live region is always there, so the change is announced.
    html! {
        <div role="status">
            if !*online {
                <div class={style}><p class="qp-width-container" style="margin:0">{ msgs.text("offline-banner") }</p></div>
            }
        </div>
    }
}
