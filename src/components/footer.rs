//! The site footer: how to reach the agency by phone, and what Qapı is.

use crate::i18n::use_i18n;
use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    let msgs = use_i18n();
    html! {
        <footer class="qp-footer">
            <div class="qp-width-container">
                <p>{ msgs.text("footer-call-centre") }</p>
                <p>{ msgs.text("footer-open-source") }</p>
            </div>
        </footer>
    }
}
