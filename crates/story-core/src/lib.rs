//! Story Explorer's lean core, compiled into the wasm as well as used at build time.
//!
//! - [`index`]: the index's wire types, the one contract between build time and the page;
//! - [`annotate`]: what the reader marks in a sentence;
//! - [`codec`]: their one binary codec;
//! - [`date`]: calendar dates;
//! - [`time`]: TIMEX3 values as date ranges;
//! - [`view`]: the view state and its URL query form.
//!
//! No I/O, no web dependencies, no panics on bad input: every parser returns a value.

pub mod annotate;
pub mod codec;
pub mod date;
pub mod index;
pub mod time;
pub mod view;

pub use index::*;
