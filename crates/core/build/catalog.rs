//! Reads `data/catalog.json` into the core's own catalog types (compiled
//! into the build script from `src/catalog/model.rs`, so every rule of the
//! model, `deny_unknown_fields` and amount parsing included, applies) and
//! writes them back out as a Rust expression of borrowed, `'static` data.

use crate::model::{Audience, Catalog, Category, Channel, FeeGroup, FeeRow, Fees, Kind, Period, Service};
use std::borrow::Cow;

pub fn compile(json: &str) -> Result<String, String> {
    let catalog: Catalog = serde_json::from_str(json).map_err(|e| format!("crates/core/data/catalog.json: {e}"))?;
    Ok(catalog.bake())
}

/// Rust source that evaluates to the same value.
trait Bake {
    fn bake(&self) -> String;
}

impl Bake for Cow<'static, str> {
    fn bake(&self) -> String {
        format!("Cow::Borrowed({:?})", &**self)
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self) -> String {
        let items: Vec<String> = self.iter().map(Bake::bake).collect();
        format!("Cow::Borrowed(&[{}])", items.join(", "))
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self) -> String {
        self.as_ref()
            .map_or_else(|| "None".to_owned(), |v| format!("Some({})", v.bake()))
    }
}

impl Bake for u16 {
    fn bake(&self) -> String {
        self.to_string()
    }
}

macro_rules! bake_keyed {
    ($($t:ident),+) => {$(
        impl Bake for $t {
            fn bake(&self) -> String {
                format!("{}::{self:?}", stringify!($t))
            }
        }
    )+};
}
bake_keyed!(Category, Kind, Audience, Channel, FeeGroup);

impl Bake for Period {
    fn bake(&self) -> String {
        format!("Period::{self:?}")
    }
}

impl Bake for FeeRow {
    fn bake(&self) -> String {
        format!(
            "FeeRow {{ group: {}, working_days: {}, period: {}, amount: Azn::from_qepik({}) }}",
            self.group.bake(),
            self.working_days.bake(),
            self.period.bake(),
            self.amount.qepik()
        )
    }
}

impl Bake for Fees {
    fn bake(&self) -> String {
        match self {
            Fees::Free => "Fees::Free".to_owned(),
            Fees::StateDuty => "Fees::StateDuty".to_owned(),
            Fees::Schedule { rows } => format!("Fees::Schedule {{ rows: {} }}", rows.bake()),
        }
    }
}

impl Bake for Service {
    fn bake(&self) -> String {
        format!(
            "Service {{ id: {}, category: {}, kind: {}, audiences: {}, documents: {}, fees: {}, channels: {} }}",
            self.id.bake(),
            self.category.bake(),
            self.kind.bake(),
            self.audiences.bake(),
            self.documents.bake(),
            self.fees.bake(),
            self.channels.bake()
        )
    }
}

impl Catalog {
    fn bake(&self) -> String {
        format!("Catalog {{ services: {} }}", self.services.bake())
    }
}
