//! The page reader: an error-code page (Markdown or HTML) → the entries of a
//! `tc_errors!` block, with a diagnostic for every row it cannot take.

pub mod collisions;
pub mod columns;
pub mod common_table;
pub mod entries;
pub mod html;
pub mod markdown;
pub mod merge;
pub mod repeats;
pub mod tables;
pub mod text;
pub mod transient;
