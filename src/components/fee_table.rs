//! A service's state duties: one table per group of payers, durations down,
//! processing times across.

use crate::i18n::use_i18n;
use qapi_core::catalog::{period_label, FeeTable, Fees};
use qapi_core::i18n::{count, Arg};
use qapi_core::money;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeeTablesProps {
    pub fees: Fees,
}

#[component]
pub fn FeeTables(props: &FeeTablesProps) -> Html {
    let msgs = use_i18n();
    let tables = props.fees.groups().into_iter().map(|(group, rows)| {
        let table = FeeTable::new(&rows);
        let group_name = msgs.text(&format!("fee-group-{}", group.key()));
        let caption = msgs.format("fee-table-caption", &[("group", Arg::from(group_name))]);
        let caption_id = format!("qp-fees-{}", group.key());
        let column = |days: &Option<u16>| match days {
            Some(d) => msgs.format("fee-column-working-days", &[("days", count((*d).into()))]),
            None => msgs.text("fee-column-amount"),
        };
        html! {
            // Focusable so keyboard users can scroll a table wider than a phone.
            <div class="qp-fees__scroll" role="region" aria-labelledby={caption_id.clone()} tabindex="0">
                <table>
                    <caption id={caption_id}>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ msgs.text("fee-column-period") }</th>
                            { for table.working_days.iter().map(|d| html! { <th scope="col">{ column(d) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for table.rows.iter().map(|(period, cells)| html! {
                            <tr>
                                <th scope="row">{ period_label(&msgs, *period) }</th>
                                { for cells.iter().map(|c| html! {
                                    <td>{ match c {
                                        Some(a) => html! { { money::format(msgs.lang(), *a) } },
                                        None => html! { <>
                                            <span aria-hidden="true">{ "—" }</span>
                                            <span class="qp-visually-hidden">{ msgs.text("fee-not-offered") }</span>
                                        </> },
                                    } }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    });
    html! { <div class="qp-fees">{ for tables }</div> }
}
