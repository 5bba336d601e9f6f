//! What a person keeps after sending something: GOV.UK's confirmation
//! panel (`Panel`: the title and, large, the reference) and a receipt
//! (`Receipt`: the panel, then the facts beside a QR code). A page holding
//! a receipt prints it alone on one page: the site's header and footer, and
//! whatever the page marks `qp-no-print`, are left out (`receipt.css`).
//! Used by the queue's slip and an application's confirmation.

use crate::components::page_heading::PageHeading;
use crate::components::qr_code::{self, QrProps};
use crate::lazy::{lazy, Feature};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub title: String,
    /// What the panel says under the title: "Your reference number" and
    /// the reference, or a sentence.
    pub children: Html,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    html! {
        <div class="qp-panel">
            <PageHeading text={props.title.clone()} />
            <p>{ props.children.clone() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReceiptProps {
    pub title: String,
    /// "Your reference number", above the reference.
    pub reference_label: String,
    pub reference: String,
    /// What the QR code holds (nothing personal) and its accessible name.
    pub qr_text: String,
    pub qr_label: String,
    /// The facts, each a `<div><dt>…</dt><dd>…</dd></div>`.
    pub children: Html,
}

#[component]
pub fn Receipt(props: &ReceiptProps) -> Html {
    let qr = QrProps {
        text: props.qr_text.clone(),
        label: props.qr_label.clone(),
    };
    html! {
        <div class="qp-receipt">
            <Panel title={props.title.clone()}>
                { props.reference_label.clone() }<br /><strong class="qp-panel__reference">{ props.reference.clone() }</strong>
            </Panel>
            <div class="qp-receipt__main">
                <dl class="qp-facts qp-receipt__facts">{ props.children.clone() }</dl>
                { lazy(Feature::new(qr_code::load, qr)) }
            </div>
        </div>
    }
}
