//! One trip of the stay calculator: its entry and exit dates in a fieldset
//! "Trip 1", with a button to remove it (the GOV.UK "add another" pattern).

use crate::components::date_input::DateInput;
use crate::i18n::use_i18n;
use qapi_core::date_entry::{DateParts, Part};
use qapi_core::i18n::count;
use yew::prelude::*;

/// A trip as typed. `key` is stable while trips are added and removed, so
/// ids (and the error summary's links) keep pointing at the same boxes.
#[derive(Clone, Default, PartialEq)]
pub struct TripInput {
    pub key: u32,
    pub entry: DateParts,
    pub exit: DateParts,
}

impl TripInput {
    pub fn entry_id(key: u32) -> String {
        format!("qp-trip-{key}-entry")
    }

    pub fn exit_id(key: u32) -> String {
        format!("qp-trip-{key}-exit")
    }
}

#[derive(Properties, PartialEq)]
pub struct TripFieldsProps {
    /// 1 for the first trip listed.
    pub number: usize,
    pub trip: TripInput,
    pub onchange: Callback<TripInput>,
    pub onremove: Callback<()>,
    #[prop_or_default]
    pub entry_error: Option<(String, Vec<Part>)>,
    #[prop_or_default]
    pub exit_error: Option<(String, Vec<Part>)>,
}

#[component]
pub fn TripFields(props: &TripFieldsProps) -> Html {
    let msgs = use_i18n();
    let number = [("number", count(props.number))];
    let key = props.trip.key;
    let on_entry = {
        let (trip, onchange) = (props.trip.clone(), props.onchange.clone());
        Callback::from(move |entry| onchange.emit(TripInput { entry, ..trip.clone() }))
    };
    let on_exit = {
        let (trip, onchange) = (props.trip.clone(), props.onchange.clone());
        Callback::from(move |exit| onchange.emit(TripInput { exit, ..trip.clone() }))
    };
    let on_remove = props.onremove.reform(|_: MouseEvent| ());
    html! {
        <fieldset class="qp-trip" id={format!("qp-trip-{key}")}>
            <legend class="qp-trip__legend">{ msgs.format("calc-stay-trip-legend", &number) }</legend>
            <div class="qp-trip__dates">
                <DateInput id={TripInput::entry_id(key)} legend={msgs.text("calc-stay-trip-entry")}
                    hint={msgs.text("calc-stay-trip-entry-hint")} value={props.trip.entry.clone()}
                    onchange={on_entry} error={props.entry_error.clone()} />
                <DateInput id={TripInput::exit_id(key)} legend={msgs.text("calc-stay-trip-exit")}
                    hint={msgs.text("calc-stay-trip-exit-hint")} value={props.trip.exit.clone()}
                    onchange={on_exit} error={props.exit_error.clone()} />
            </div>
            <button type="button" class="qp-button qp-button--secondary qp-trip__remove" onclick={on_remove}>
                { msgs.format("calc-stay-trip-remove", &number) }
            </button>
        </fieldset>
    }
}
