//! One module per route.

pub mod apply;
pub mod calculators;
pub mod home;
pub mod lookup;
pub mod not_found;
pub mod queue;
pub mod service;
