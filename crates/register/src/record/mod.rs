//! Writing records: a request (with the engine's decision), an action, a correction, funding figures,
//! proposals and their review, and reads. Each is one log entry plus (for records) one projection row
//! derived from that entry alone, by the same functions `verify` uses.

mod action;
mod correction;
mod funding;
mod lookup;
mod reads;
mod request;
mod review;
mod write;

pub use correction::apply_correction;
pub use lookup::{Known, Lookup};
pub use reads::{log_read, read_logged};
pub use review::review;
pub use write::{Corrections, WriteError, Written, write_event};
