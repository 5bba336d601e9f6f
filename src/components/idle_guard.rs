//! A kiosk's idle guard (`src/kiosk.rs`): after the configured time without
//! a touch, a key or a scroll, a modal dialog counts down with "Continue";
//! when it runs out, the visitor is wiped (`kiosk::wipe`). Any activity, in
//! the dialog or behind it, counts as "still here". A chunk of its own: only
//! a kiosk fetches it.

use crate::i18n::use_i18n;
use crate::kiosk;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Interval;
use qapi_core::i18n::count;
use qapi_core::kiosk::{IdlePhase, KioskSettings};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct IdleGuardProps {
    pub settings: KioskSettings,
}

crate::lazy_feature!(idle_guard_chunk, load, preload, IdleGuardProps, IdleGuard);

/// The seconds left when the countdown is said again to screen readers.
const ANNOUNCE_AT: u32 = 10;

/// What a person does that shows they are still there.
const ACTIVITY: [&str; 6] = ["pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"];

#[component]
pub fn IdleGuard(props: &IdleGuardProps) -> Html {
    let msgs = use_i18n();
    let last_activity = use_mut_ref(kiosk::now);
    let phase = use_state(|| IdlePhase::Active);
    let dialog = use_node_ref();

    {
        let last_activity = last_activity.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: true,
            };
            let listeners: Vec<EventListener> = ACTIVITY
                .iter()
                .map(|event| {
                    let last_activity = last_activity.clone();
                    EventListener::new_with_options(&window, *event, options, move |_| {
                        *last_activity.borrow_mut() = kiosk::now();
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }
    {
        let (last_activity, phase) = (last_activity.clone(), phase.clone());
        use_effect_with(props.settings, move |settings| {
            let settings = *settings;
            // What the dialog shows, kept here: a state handle held by a timer
            // would read the value of its own render forever.
            let mut shown = IdlePhase::Active;
            let tick = Interval::new(250, move || {
                let now = settings.phase(kiosk::now() - *last_activity.borrow());
                if now == IdlePhase::Wipe {
                    kiosk::wipe(settings.default_lang);
                } else if now != shown {
                    shown = now;
                    phase.set(now);
                }
            });
            move || drop(tick)
        });
    }
    {
        let dialog = dialog.clone();
        let warning = matches!(*phase, IdlePhase::Warning { .. });
        use_effect_with(warning, move |warning| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                match (*warning, d.open()) {
                    (true, false) => {
                        let _ = d.show_modal();
                    }
                    (false, true) => d.close(),
                    _ => {}
                }
            }
        });
    }

    let stay = {
        let last_activity = last_activity.clone();
        move || *last_activity.borrow_mut() = kiosk::now()
    };
    let on_continue = {
        let stay = stay.clone();
        Callback::from(move |_: MouseEvent| stay())
    };
    // Escape, the dialog's own way out, also means "still here".
    let on_cancel = Callback::from(move |e: Event| {
        e.prevent_default();
        stay();
    });
    let seconds_left = match *phase {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => props.settings.warning_seconds,
    };
    html! {
        <dialog ref={dialog} class="qp-idle" aria-labelledby="qp-idle-title" aria-describedby="qp-idle-body" oncancel={on_cancel}>
            <h2 id="qp-idle-title">{ msgs.text("kiosk-idle-title") }</h2>
            <p id="qp-idle-body">{ msgs.format("kiosk-idle-body", &[("seconds", count(seconds_left as usize))]) }</p>
            // The dialog's text is read when it opens; the count is said once
            // more near the end (not every second, which would drown it).
            <p class="qp-visually-hidden" role="status">
                if seconds_left == ANNOUNCE_AT {
                    { msgs.format("kiosk-idle-body", &[("seconds", count(ANNOUNCE_AT as usize))]) }
                }
            </p>
            <button type="button" class="qp-button" autofocus=true onclick={on_continue}>{ msgs.text("kiosk-idle-continue") }</button>
        </dialog>
    }
}
