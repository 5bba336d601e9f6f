//! The catalog: every service grouped by category, with an instant search and
//! an audience filter whose result count is announced to screen readers.

use crate::components::{page_heading::PageHeading, service_card::ServiceCard};
use crate::i18n::use_i18n;
use gloo::timers::callback::Timeout;
use qapi_core::catalog::{catalog, Audience, Category};
use qapi_core::finder::Finder;
use qapi_core::i18n::count;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const ANNOUNCE_AFTER_MS: u32 = 500;

#[component]
pub fn HomePage() -> Html {
    let msgs = use_i18n();
    let query = use_state(String::new);
    let audience = use_state(|| None::<Audience>);
    let finder = {
        let msgs = msgs.clone();
        use_memo(msgs.lang(), move |_| Finder::new(&msgs))
    };
    let found = finder.find(&query, *audience);

    // The count is a live region: update it once typing pauses, so a screen
    // reader says the result once instead of after every keystroke.
    let announced = use_state(|| found.len());
    let pause = use_mut_ref(|| None::<Timeout>);
    {
        let announced = announced.clone();
        use_effect_with(found.len(), move |&n| {
            *pause.borrow_mut() = Some(Timeout::new(ANNOUNCE_AFTER_MS, move || announced.set(n)));
        });
    }

    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Search is instant; Enter must not reload the page.
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());

    let option = |value: Option<Audience>| {
        let label = match value {
            None => msgs.text("filter-all"),
            Some(a) => msgs.text(&format!("audience-{}", a.key())),
        };
        let input_id = format!("qp-audience-{}", value.map_or("all", |a| a.key()));
        let onchange = {
            let audience = audience.clone();
            Callback::from(move |_: Event| audience.set(value))
        };
        html! {
            <div>
                <label class="qp-choice" for={input_id.clone()}>
                    <input type="radio" id={input_id} name="audience" checked={*audience == value} {onchange} />
                    <span>{ label }</span>
                </label>
            </div>
        }
    };

    let groups = Category::ALL.iter().filter_map(|&category| {
        let services: Vec<_> = found.iter().filter(|s| s.category == category).collect();
        (!services.is_empty()).then(|| {
            let heading_id = format!("qp-category-{}", category.key());
            html! {
                <section key={category.key()} aria-labelledby={heading_id.clone()}>
                    <h2 id={heading_id}>{ msgs.text(&format!("category-{}", category.key())) }</h2>
                    <ul class="qp-home__list" role="list">
                        { for services.into_iter().map(|s| html! { <ServiceCard key={&*s.id} service={*s} /> }) }
                    </ul>
                </section>
            }
        })
    });

    html! {
        <div class="qp-home">
            <PageHeading text={msgs.text("home-title")} />
            <p>{ msgs.format("home-intro", &[("count", count(catalog().services.len()))]) }</p>
            <form role="search" class="qp-home__search" onsubmit={on_submit}>
                <label for="qp-search">{ msgs.text("search-label") }</label>
                <p id="qp-search-hint" class="qp-home__hint">{ msgs.text("search-hint") }</p>
                <input type="search" id="qp-search" aria-describedby="qp-search-hint" autocomplete="off"
                    spellcheck="false" value={(*query).clone()} oninput={on_input} />
            </form>
            <fieldset>
                <legend>{ msgs.text("filter-legend") }</legend>
                <div class="qp-home__options">
                    { option(None) }
                    { for Audience::ALL.iter().map(|&a| option(Some(a))) }
                </div>
            </fieldset>
            <p role="status" class="qp-home__count">{ msgs.format("results-count", &[("count", count(*announced))]) }</p>
            if found.is_empty() {
                <p>{ msgs.text("results-none-hint") }</p>
            }
            // Its own element: Yew matches unkeyed siblings from the end, so a
            // changing list mixed in here would rebuild (and unfocus) the controls above.
            <div>{ for groups }</div>
        </div>
    }
}
