//! Importing a Tencent Cloud error-code page into a [`tc_errors!`](tc_errors::tc_errors)
//! block.
//!
//! Two pipelines over one model ([`Page`]): the page reader (`pages/`), described
//! below, and the Go-SDK reader ([`go_sdk`]), which turns the `errors.go` tables of
//! Tencent's Go SDKs into every service's module.
//!
//! [`read`] takes the page — the Markdown layout (pipe tables under "Common Error Codes"
//! and "Service Error Codes" or "Business Error Codes" headings, in any capitalisation)
//! or an HTML `<table>` with code, error type and description columns — and gives a
//! [`Page`]: the entries of the block in page order, whether it can say `use common;`, and
//! a [`Diagnostic`] for every row it could not take as it stands. [`Page::render`] writes
//! the module, in the layout of the `tc-error-catalogs` crate.
//!
//! ```
//! use tc_errors_importer::{self as import, Header};
//!
//! let page = "\
//! ### Service Error Codes
//!
//! | Error Code | Description |
//! |---|---|
//! | InvalidDisk.SnapshotCreating | A snapshot is being created. Try again later. |
//! | InvalidDisk.Expire | The cloud disk has  expired. |
//! ";
//! let page = import::read(page.as_bytes()).unwrap();
//! let header = Header::new("cbs", None).unwrap().title("Cloud Block Storage");
//! assert_eq!(page.render(&header), "\
//! //! Cloud Block Storage (`cbs`) error codes.
//!
//! tc_errors::tc_errors! {
//!     /// Cloud Block Storage (`cbs`) error codes.
//!     #[non_exhaustive]
//!     pub enum CbsError {
//!         #[kind(Transient)]
//!         \"InvalidDisk.SnapshotCreating\" => \"A snapshot is being created. Try again later.\",
//!         \"InvalidDisk.Expire\" => \"The cloud disk has expired.\",
//!     }
//! }
//! ");
//! ```
//!
//! # What the importer decides
//!
//! - **Common codes.** When every code of the page's common-code tables is one of
//!   [`CommonError`](tc_errors::CommonError)'s, the block says `use common;` and those rows
//!   are not repeated (the runtime's wording stands for them). Otherwise the common rows
//!   become entries like the service rows, and a note says why.
//! - **What a browser does not show** is not read: HTML comments, `<script>` and
//!   `<style>` elements (one that never ends hides the rest of the page, with a
//!   diagnostic), and a tag that never ends; a tag may span lines.
//! - **Descriptions** are cleaned: HTML tags stripped, entities decoded, UTF-8 read as
//!   Windows-1252 repaired (`youâ€™ve` → `you’ve`), white space folded. Columns other than
//!   the code and the description (the legacy page's "Error Type") become doc lines.
//! - **Languages.** A table whose header is Chinese (`错误码`, `说明`; sections
//!   `公共错误码`, `业务错误码`) gives Chinese texts, any other English texts;
//!   [`Page::merge`] adds the same service's page in the other language.
//! - **Renames.** [`Page::rename`] gives a code Tencent renamed its current spelling and
//!   keeps the page's as `#[alias(…)]`.
//! - **Kinds.** A text that says "try again later" (any capitalisation) or `请稍后重试`,
//!   `稍后再试`, … marks the
//!   entry `#[kind(Transient)]`, unless its category is retryable already
//!   ([`ErrorKind::of_code`](tc_errors::ErrorKind::of_code)).
//! - **A repeated code** (the legacy page lists `AuthFailure` three times) is one entry:
//!   the first row's description, and a doc line `Also listed as: …` for each later row
//!   that says something else. Each repeat is a [`Severity::Note`].
//! - **Names.** Codes are named by the macro's own rule (`InvalidDisk.Busy` →
//!   `InvalidDiskBusy`). When two codes would share a name, the common code keeps it if
//!   one of them is common, else the first code in page order whose segments all start
//!   with a capital (the code "as written"), else the first in page order. Each other code
//!   gets `#[name(…)]`: the name with `Lower` appended when the code has a segment that
//!   starts in lower case (`MissingParameter.cmq` → `MissingParameterCmqLower`), else the
//!   name with the smallest number from 2 up that is free.
//! - **Codes without text.** A row whose description is empty is the code alone
//!   (`"Code",`).
//! - **Rows it cannot read** — an empty or malformed code, a row
//!   whose cells do not match the header — are left out of the block and reported as
//!   [`Severity::Skipped`]: nothing is dropped without a diagnostic.

#![forbid(unsafe_code)]

pub mod go_sdk;
mod model;
mod pages;
mod render;

/// The Go-SDK pipeline, by its earlier name.
pub use go_sdk as sdk;
pub use model::{Diagnostic, Entry, Page, Severity};
pub use pages::merge::RenameError;
pub use pages::transient::says_try_again_later;
pub use pages::{read, ImportError};
pub use render::{Header, HeaderError};

// The crate README's example is compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
