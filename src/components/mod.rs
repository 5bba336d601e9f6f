//! Parts shared by pages.

pub mod citizenship;
pub mod date_input;
pub mod fee_table;
pub mod feedback;
pub mod footer;
pub mod form;
pub mod header;
pub mod idle_guard;
pub mod layout;
pub mod offline_banner;
pub mod page_heading;
pub mod qr_code;
pub mod receipt;
pub mod sections;
pub mod service_card;
