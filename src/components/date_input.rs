//! A date as three boxes (day, month, year), the GOV.UK pattern: numeric
//! keyboards on phones, no automatic jumps between boxes, and a whole date
//! pasted into any box (`27.03.1990`) fills all three. Reading the boxes is
//! `qapi_core::date_entry`; this only shows them.

use crate::i18n::use_i18n;
use qapi_core::date_entry::{DateParts, Part};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// The boxes' ids are `{id}-day`, `{id}-month` and `{id}-year`.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub hint: AttrValue,
    pub value: DateParts,
    pub onchange: Callback<DateParts>,
    /// The message to show, and the boxes to mark.
    #[prop_or_default]
    pub error: Option<(String, Vec<Part>)>,
    /// `bday-*` autocomplete tokens, for a date of birth (not on a kiosk,
    /// whose browser would offer it to the next visitor).
    #[prop_or_default]
    pub birthday: bool,
}

#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let msgs = use_i18n();
    let birthday = props.birthday && !crate::kiosk::use_kiosk();
    let id = &props.id;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let describedby = match &props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let boxes = [
        (Part::Day, "day", msgs.text("date-input-day"), "qp-input--2"),
        (Part::Month, "month", msgs.text("date-input-month"), "qp-input--2"),
        (Part::Year, "year", msgs.text("date-input-year"), "qp-input--4"),
    ];
    let items = boxes.into_iter().map(|(part, name, label, width)| {
        let input_id = format!("{id}-{name}");
        let value = match part {
            Part::Day => props.value.day.clone(),
            Part::Month => props.value.month.clone(),
            Part::Year => props.value.year.clone(),
        };
        let wrong = props.error.as_ref().is_some_and(|(_, parts)| parts.contains(&part));
        let oninput = {
            let (current, onchange) = (props.value.clone(), props.onchange.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                // A whole date typed or pasted into one box fills all three.
                let next = DateParts::from_pasted(&text).unwrap_or_else(|| {
                    let mut next = current.clone();
                    match part {
                        Part::Day => next.day = text,
                        Part::Month => next.month = text,
                        Part::Year => next.year = text,
                    }
                    next
                });
                onchange.emit(next);
            })
        };
        let autocomplete = if birthday {
            format!("bday-{name}")
        } else {
            "off".to_owned()
        };
        html! {
            <div class="qp-date__item">
                <label class="qp-date__label" for={input_id.clone()}>{ label }</label>
                <input id={input_id} class={classes!("qp-input", width, wrong.then_some("qp-input--error"))}
                    type="text" inputmode="numeric" autocomplete={autocomplete} spellcheck="false"
                    value={value} {oninput} aria-invalid={wrong.then_some("true")} />
            </div>
        }
    });
    html! {
        <div class={classes!("qp-field", props.error.is_some().then_some("qp-field--error"))}>
            <fieldset class="qp-date" role="group" aria-describedby={describedby}>
                <legend class="qp-label">{ props.legend.clone() }</legend>
                <p id={hint_id} class="qp-hint">{ props.hint.clone() }</p>
                if let Some((message, _)) = &props.error {
                    <p id={error_id} class="qp-error-message">
                        <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message.clone() }
                    </p>
                }
                <div class="qp-date__boxes">{ for items }</div>
            </fieldset>
        </div>
    }
}
