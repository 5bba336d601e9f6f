//! Features that load when first needed, so the home page does not carry
//! them. Each is a chunk of its own in the release build (`wasm-split`, see
//! ARCHITECTURE.md); `lazy()` shows a loading note if that takes more than
//! 0.4 s, and a page with "Try again" when the chunk cannot be fetched.
//!
//! Adding one: `lazy_feature!(chunk_name, load_fn, preload_fn, Props, Component);`
//! in the feature's module, its `preload_fn` in `ALL`, then
//! `lazy(Feature::new(load_fn, props))` where it shows.

use crate::i18n::use_i18n;
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use yew::prelude::*;

/// A loaded feature: renders its props.
pub type View<P> = fn(&P) -> Html;

/// Fetches a feature's chunk (at once when it is already there).
pub type Loader<P> = fn() -> Pin<Box<dyn Future<Output = Result<View<P>, LoadFailed>>>>;

/// The chunk could not be fetched or instantiated (offline, a stale deploy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// A preloader: fetches a feature's chunk without showing it.
pub type Preloader = fn() -> Pin<Box<dyn Future<Output = ()>>>;

/// Declares `$load`, which loads `$Component` from the chunk `$chunk`, and
/// `$preload`, which only fetches the chunk.
#[macro_export]
macro_rules! lazy_feature {
    ($chunk:ident, $load:ident, $preload:ident, $Props:ty, $Component:ty) => {
        $crate::lazy_feature!(@view $chunk, $load, $preload, $Props,
            |props: &$Props| ::yew::html! { <$Component ..props.clone() /> });
    };
    // A feature that shows message sections besides the base: they are
    // fetched when it first shows, by code that lives in the feature's chunk.
    ($chunk:ident, $load:ident, $preload:ident, $Props:ty, $Component:ty, sections = $sections:expr) => {
        $crate::lazy_feature!(@view $chunk, $load, $preload, $Props, |props: &$Props| ::yew::html! {
            <$crate::components::sections::WithSections sections={$sections}>
                <$Component ..props.clone() />
            </$crate::components::sections::WithSections>
        });
    };
    (@view $chunk:ident, $load:ident, $preload:ident, $Props:ty, $view:expr) => {
        $crate::lazy_feature!(@value $chunk, $load, $preload, $crate::lazy::View<$Props>, $view);
    };
    // Any value made in the chunk: several views that travel together (one
    // split point, so the chunks it shares with others are cut less finely).
    (@value $chunk:ident, $load:ident, $preload:ident, $T:ty, $value:expr) => {
        mod $chunk {
            use super::*;
            #[cfg(feature = "split")]
            #[wasm_split_helpers::wasm_split($chunk, fallible, preload(fetch))]
            pub fn value() -> Result<$T, $crate::lazy::LoadFailed> {
                Ok($value)
            }
            #[cfg(not(feature = "split"))]
            pub async fn value() -> Result<$T, $crate::lazy::LoadFailed> {
                Ok($value)
            }
            #[cfg(not(feature = "split"))]
            pub async fn fetch() -> Result<(), $crate::lazy::LoadFailed> {
                Ok(())
            }
        }

        pub fn $load() -> ::std::pin::Pin<
            Box<dyn ::std::future::Future<Output = Result<$T, $crate::lazy::LoadFailed>>>,
        > {
            Box::pin($chunk::value())
        }

        pub fn $preload() -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = ()>>> {
            // A failed preload is retried when the feature is shown.
            Box::pin(async {
                let _ = $chunk::fetch().await;
            })
        }
    };
}

/// A `Loader` named `$name` for the view `$field` of a chunk that brings
/// several (`lazy_feature!(@value …)` with a struct of views, loaded by `$value`).
#[macro_export]
macro_rules! lazy_view {
    ($vis:vis $name:ident, $value:ident, $Props:ty, $field:ident) => {
        $vis fn $name() -> ::std::pin::Pin<
            Box<dyn ::std::future::Future<Output = Result<$crate::lazy::View<$Props>, $crate::lazy::LoadFailed>>>,
        > {
            Box::pin(async { Ok($value().await?.$field) })
        }
    };
}

/// Every lazily loaded feature's preloader, for `preload_when_idle`.
pub const ALL: &[Preloader] = &[
    crate::pages::service::preload,
    crate::pages::lookup::preload,
    crate::pages::lookup::preload_answer,
    crate::pages::calculators::preload_registration,
    crate::pages::calculators::preload_stay,
    crate::pages::queue::preload,
    crate::pages::queue::preload_cancel,
    crate::pages::queue::preload_slip,
    crate::pages::apply::preload,
    crate::pages::apply::preload_later_pages,
];

/// Fetches every chunk a few seconds after start-up, when the page has
/// settled, unless the visitor asked their browser to save data.
pub fn preload_when_idle() {
    let save_data = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"connection".into()).ok())
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if save_data {
        return;
    }
    gloo::timers::callback::Timeout::new(3_000, || {
        for preload in ALL {
            wasm_bindgen_futures::spawn_local(preload());
        }
    })
    .forget();
}

/// Whether `LOADING_NOTE_AFTER_MS` have passed since the component appeared.
#[hook]
pub fn use_slow() -> bool {
    let slow = use_state(|| false);
    {
        let slow = slow.clone();
        use_effect_with((), move |_| {
            // Cancelled if the page is left first; harmless once it shows.
            let note = gloo::timers::callback::Timeout::new(LOADING_NOTE_AFTER_MS, move || slow.set(true));
            move || drop(note)
        });
    }
    *slow
}

/// "Loading…" once loading is slow (`use_slow`), else nothing.
pub fn loading_note(msgs: &qapi_core::i18n::Messages, slow: bool) -> Html {
    if slow {
        html! { <p class="qp-lazy" role="status">{ msgs.text("lazy-loading") }</p> }
    } else {
        Html::default()
    }
}

/// In place of a page whose chunk (or messages) could not be fetched: a
/// heading, what to do, and "Try again".
pub fn failed_page(msgs: &qapi_core::i18n::Messages, retry: Callback<MouseEvent>) -> Html {
    // The button goes with this page: the page's heading takes focus when it comes.
    let retry = retry.reform(|e| {
        crate::dom::await_heading(true);
        e
    });
    html! {
        <div class="qp-lazy" role="alert">
            <crate::components::page_heading::PageHeading text={msgs.text("lazy-failed-title")} error=true />
            <p>{ msgs.text("lazy-failed") }</p>
            <button type="button" class="qp-button" onclick={retry}>{ msgs.text("lazy-retry") }</button>
        </div>
    }
}

/// A feature to show: its loader and its props, their types erased so
/// that one component (`Fetching`) serves every feature (a generic component is
/// compiled again for each, about 5 KB of wasm each time).
#[derive(Clone)]
pub struct Feature(Rc<dyn Erased>);

impl Feature {
    pub fn new<P: PartialEq + 'static>(load: Loader<P>, props: P) -> Feature {
        Feature(Rc::new(With { load, props }))
    }
}

/// The same feature with equal props (`lazy` keys each loader apart, so a
/// feature is only ever compared with itself).
impl PartialEq for Feature {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(other.0.as_any())
    }
}

/// A fetched view, of the type its feature's loader gives.
type AnyView = Rc<dyn Any>;

trait Erased {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<AnyView, LoadFailed>>>>;
    fn show(&self, view: &dyn Any) -> Html;
    fn same(&self, other: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
    /// The loader's address: two features are two loaders.
    fn loader(&self) -> usize;
}

struct With<P> {
    load: Loader<P>,
    props: P,
}

impl<P: PartialEq + 'static> Erased for With<P> {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<AnyView, LoadFailed>>>> {
        let load = self.load;
        Box::pin(async move { Ok(Rc::new(load().await?) as AnyView) })
    }

    fn show(&self, view: &dyn Any) -> Html {
        view.downcast_ref::<View<P>>()
            .map_or_else(Html::default, |view| view(&self.props))
    }

    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<With<P>>().is_some_and(|o| o.props == self.props)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn loader(&self) -> usize {
        self.load as usize
    }
}

#[derive(Properties, PartialEq)]
struct FetchingProps {
    feature: Feature,
    /// Shown under "Try again" when the chunk cannot be fetched.
    keep: Html,
}

#[derive(Clone)]
enum State {
    Loading,
    Ready(AnyView),
    Failed,
}

/// How long a feature may take before "Loading…" shows: a chunk already
/// fetched (most often, after the idle preload) arrives within a frame, and
/// a note that flashes, or is announced, for that long only distracts.
const LOADING_NOTE_AFTER_MS: u32 = 400;

/// Shows `feature` once its chunk is there. Keyed by its loader, so that
/// going from one feature's page straight to another's starts afresh
/// rather than showing the first one's view.
pub fn lazy(feature: Feature) -> Html {
    lazy_or(feature, Html::default())
}

/// `lazy`, with `keep` shown under "Try again" if the chunk cannot be
/// fetched: what the person must not lose meanwhile (a booking's reference
/// and cancellation code, shown only once).
pub fn lazy_or(feature: Feature, keep: Html) -> Html {
    let key = feature.0.loader();
    html! { <Fetching {key} {feature} {keep} /> }
}

#[component]
fn Fetching(props: &FetchingProps) -> Html {
    let msgs = use_i18n();
    let state = use_state(|| State::Loading);
    let slow = use_slow();
    // Bumped by "Try again", which runs the loader anew.
    let attempt = use_state(|| 0u32);
    {
        let (state, feature) = (state.clone(), props.feature.clone());
        use_effect_with(*attempt, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match feature.0.fetch().await {
                    Ok(view) => State::Ready(view),
                    Err(LoadFailed) => State::Failed,
                });
            });
        });
    }
    match &*state {
        State::Ready(view) => props.feature.0.show(view.as_ref()),
        State::Loading => loading_note(&msgs, slow),
        State::Failed => {
            let (state, attempt) = (state.clone(), attempt.clone());
            let failed = failed_page(
                &msgs,
                Callback::from(move |_| {
                    state.set(State::Loading);
                    attempt.set(*attempt + 1);
                }),
            );
            html! { <>{ failed }{ props.keep.clone() }</> }
        }
    }
}
