//! The site footer: how to reach the agency by phone, and what Qapı is.

use crate::i18n::use_i18n;
use stylist::yew::use_style;
use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    let msgs = use_i18n();
    let style = use_style!(
        r#"
        background: var(--qp-color-surface);
        border-top: 1px solid var(--qp-color-border);
        padding: var(--qp-space-4) 0;
        font-size: var(--qp-font-size-small);
        color: var(--qp-color-text-muted);
        & p:last-child { margin-bottom: 0; }
        "#
    );
    html! {
        <footer class={style}>
            <div class="qp-width-container">
                <p>{ msgs.text("footer-call-centre") }</p>
                <p>{ msgs.text("footer-open-source") }</p>
            </div>
        </footer>
    }
}
