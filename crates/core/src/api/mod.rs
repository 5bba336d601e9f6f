//! The HTTP API's bodies, as Rust types the app sends and the reference
//! backend receives, one module per resource. `api/openapi.yaml` is the
//! contract; these types follow it. Inputs arrive as strings, exactly as
//! typed, so that validation (`validate`) can name each bad field instead of
//! failing the whole body.

mod applications;
mod feedback;
mod lookups;
mod person;
mod problem;
mod queue;

pub use crate::validate::FieldError;
pub use applications::*;
pub use feedback::*;
pub use lookups::*;
pub use person::*;
pub use problem::*;
pub use queue::*;
