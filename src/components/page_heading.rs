//! A page's `h1`, which also names the browser tab. It takes focus on
//! navigation (see `Layout`), hence `tabindex="-1"`.

use crate::dom;
use crate::i18n::use_i18n;
use qapi_core::i18n::{Arg, Messages};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    pub text: AttrValue,
    /// The page shows errors to correct: the tab's title says so first.
    #[prop_or_default]
    pub error: bool,
}

/// The tab's title for a page with this heading.
pub fn document_title(msgs: &Messages, heading: &str, error: bool) -> String {
    let page = [("page", Arg::from(heading))];
    if error {
        msgs.format("document-title-error", &page)
    } else {
        msgs.format("document-title", &page)
    }
}

#[component]
pub fn PageHeading(props: &PageHeadingProps) -> Html {
    let msgs = use_i18n();
    let title = document_title(&msgs, &props.text, props.error);
    use_effect_with(title, |title| dom::set_title(title));
    use_effect_with((), |_| dom::heading_shown());
    html! { <h1 tabindex="-1">{ props.text.clone() }</h1> }
}
