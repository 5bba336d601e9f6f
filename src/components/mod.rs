//! Parts shared by pages.

pub mod fee_table;
pub mod footer;
pub mod header;
pub mod layout;
pub mod page_heading;
pub mod service_card;
