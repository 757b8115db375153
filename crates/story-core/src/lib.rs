//! Story Explorer's lean core, compiled into the wasm as well as used at build time.
//!
//! - [`index`]: the index's wire types, the one contract between build time and the page;
//! - [`annotate`]: what the reader marks in a sentence;
//! - [`codec`]: their one binary codec;
//! - [`chunk`]: a large index split into a head and chunks fetched on demand;
//! - [`compare`]: what each source states, omits or contradicts;
//! - [`date`]: calendar dates;
//! - [`outlet`]: outlets, the sources a reader chooses and compares;
//! - [`page`]: what a built page says about itself (title, summary, embed origins);
//! - [`time`]: TIMEX3 values as date ranges;
//! - [`query`]: the explorer's filters, facet counts and results;
//! - [`scale`]: numbers for SVG attributes without float formatting;
//! - [`timeline`]: the timeline's geometry: key events, its first window, zoom, pan, ticks;
//! - [`search`], [`words`]: full-text search and its tokenizer;
//! - [`view`]: the view state and its URL query form.
//!
//! No I/O, no web dependencies, no panics on bad input: every parser returns a value.

pub mod annotate;
pub mod chunk;
pub mod codec;
pub mod compare;
pub mod date;
pub mod index;
pub mod order;
pub mod outlet;
pub mod page;
pub mod query;
pub mod scale;
pub mod search;
pub mod time;
pub mod timeline;
pub mod view;
pub mod words;

pub use index::*;
