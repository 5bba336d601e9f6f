//! Says so while the device is offline (following `navigator.onLine`), so a
//! failed send is not a surprise.

use crate::i18n::use_i18n;
use gloo::events::EventListener;
use yew::prelude::*;

#[component]
pub fn OfflineBanner() -> Html {
    let msgs = use_i18n();
    let online = use_state(|| crate::dom::window().is_none_or(|w| w.navigator().on_line()));
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
    // The live region is always there, so the change is announced.
    html! {
        <div role="status">
            if !*online {
                <div class="qp-offline-banner"><p class="qp-width-container qp-offline-banner__text">{ msgs.text("offline-banner") }</p></div>
            }
        </div>
    }
}
