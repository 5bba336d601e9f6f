//! The online queue: offices, free times and bookings.

use serde::{Deserialize, Serialize};

/// A text in the three interface languages, for data the backend owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised {
    pub az: String,
    pub en: String,
    pub ru: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: String,
    pub name: Localised,
    pub address: Localised,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficesAnswer {
    pub offices: Vec<Office>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// `HH:MM`, Baku time.
    pub time: String,
    pub available: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotsAnswer {
    pub office: String,
    pub date: String,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewBooking {
    #[serde(default)]
    pub office: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub time: String,
    /// The visitor's name, so the office can call them.
    #[serde(default)]
    pub name: String,
}

/// A confirmed booking. `secret` is shown once and is needed to cancel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    pub reference: String,
    pub secret: String,
    pub office: String,
    pub date: String,
    pub time: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelBooking {
    #[serde(default)]
    pub secret: String,
}
