//! The layout of a catalog's versions and actions: the writer (the macro) and the reader
//! (the runtime) side by side.
//!
//! Seven literals hold any number of versions and actions (the shipped catalogs list
//! 15,000 actions and 136,000 (action, code) pairs), so that the cost of a catalog's
//! tables to the compiler does not grow with its actions:
//!
//! - `versions`: every version as `YYYY-MM-DD`, oldest first, concatenated (each
//!   [`VERSION_LEN`] bytes, so version `v` needs no offsets).
//! - `version_actions`: `u32`s, where each version's actions start in the action tables
//!   and, last, where they end: version `v` has actions `version_actions[v]..[v + 1]`.
//! - `names`, `name_bounds` (`u32`s): the action names, concatenated, version after
//!   version and sorted by name (bytes) within a version, so that a lookup by name is a
//!   binary search.
//! - `codes` (`u16`s: variant indices) and `code_bounds` (`u32`s): the codes each action
//!   documents, in the order written.
//! - `flags`: one byte per action ([`CLIENT_TOKEN`]).
//!
//! A version's codes that no action lists (`_ => "…"` in the macro) are an action with
//! the empty name, first in its version's range; name lookups never find it.

use crate::table::{concat, u16_at, u16s, u32_at, u32s};
use std::cmp::Ordering;
use std::ops::Range;

/// Bytes in a version: `YYYY-MM-DD`.
pub const VERSION_LEN: usize = 10;

/// The bit of [`ActionTable::flags`] set when the action's request takes a `ClientToken`.
pub const CLIENT_TOKEN: u8 = 1;

/// The name of the pseudo-action that holds a version's codes listed by no action.
pub const UNLISTED: &str = "";

/// One action as the macro hands it to [`write`].
pub struct ActionRow<'a> {
    /// The action's name, or [`UNLISTED`].
    pub name: &'a str,
    pub flags: u8,
    /// The variant indices of the codes it documents.
    pub codes: &'a [u16],
}

/// The tables of [`ActionTable`], as the macro writes them into literals.
#[derive(Debug, Default, PartialEq)]
pub struct Written {
    pub versions: String,
    pub version_actions: Vec<u8>,
    pub names: String,
    pub name_bounds: Vec<u8>,
    pub codes: Vec<u8>,
    pub code_bounds: Vec<u8>,
    pub flags: Vec<u8>,
}

/// Lays out `versions` (each `YYYY-MM-DD`, sorted, with its actions in any order).
pub fn write(versions: &mut [(&str, Vec<ActionRow<'_>>)]) -> Written {
    let mut written = Written::default();
    let mut starts = vec![0];
    let mut code_ends = vec![0];
    let mut codes = Vec::new();
    let mut names = Vec::new();
    for (version, actions) in versions.iter_mut() {
        written.versions.push_str(version);
        actions.sort_by(|a, b| a.name.cmp(b.name));
        for action in actions.iter() {
            names.push(action.name);
            written.flags.push(action.flags);
            codes.extend_from_slice(action.codes);
            code_ends.push(offset(codes.len()));
        }
        starts.push(offset(names.len()));
    }
    let (names, name_bounds) = concat(names);
    written.names = names;
    written.name_bounds = u32s(name_bounds);
    written.version_actions = u32s(starts);
    written.codes = u16s(codes);
    written.code_bounds = u32s(code_ends);
    written
}

/// A count as the tables store it (a catalog stays far below 4 G actions or codes;
/// saturating keeps this total).
fn offset(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// A catalog's versions and actions, as generated code holds them: the reader of what
/// [`write`] lays out. Every read is checked: a bad index is `None`, never a panic.
#[derive(Clone, Copy, Debug)]
pub struct ActionTable<'a> {
    pub versions: &'a str,
    pub version_actions: &'a [u8],
    pub names: &'a str,
    pub name_bounds: &'a [u8],
    pub codes: &'a [u8],
    pub code_bounds: &'a [u8],
    pub flags: &'a [u8],
}

impl<'a> ActionTable<'a> {
    /// How many versions.
    pub fn version_count(&self) -> usize {
        self.versions.len() / VERSION_LEN
    }

    /// Version `v`, `YYYY-MM-DD`.
    pub fn version(&self, v: usize) -> Option<&'a str> {
        let start = v.checked_mul(VERSION_LEN)?;
        self.versions.get(start..start.checked_add(VERSION_LEN)?)
    }

    /// The index of `version`, by binary search (versions are sorted).
    pub fn find_version(&self, version: &str) -> Option<usize> {
        search(0..self.version_count(), version, |v| self.version(v))
    }

    /// The actions of version `v`, as indices into the action tables.
    pub fn actions_of(&self, v: usize) -> Option<Range<usize>> {
        let start = u32_at(self.version_actions, v)?;
        let end = u32_at(self.version_actions, v.checked_add(1)?)?;
        Some(start as usize..end as usize)
    }

    /// The name of action `k` ([`UNLISTED`] for a version's unlisted codes).
    pub fn name(&self, k: usize) -> Option<&'a str> {
        self.names.get(bounds(self.name_bounds, k)?)
    }

    /// The flags of action `k` (0 for an index past the end).
    pub fn flags(&self, k: usize) -> u8 {
        self.flags.get(k).copied().unwrap_or(0)
    }

    /// The index of the action `name` of version `v`, by binary search.
    pub fn find(&self, v: usize, name: &str) -> Option<usize> {
        if name == UNLISTED {
            return None;
        }
        search(self.actions_of(v)?, name, |k| self.name(k))
    }

    /// The variant indices of the codes action `k` documents, in the order written
    /// (none for an index past the end).
    pub fn codes(&self, k: usize) -> impl ExactSizeIterator<Item = usize> + Clone + 'a {
        let codes = self.codes;
        bounds(self.code_bounds, k)
            .unwrap_or_default()
            // The writer keeps every bound inside `codes`; `MAX` names no variant.
            .map(move |i| u16_at(codes, i).map_or(usize::MAX, usize::from))
    }
}

/// Entry `k` of a table of `u32` bounds: `bounds[k]..bounds[k + 1]`.
fn bounds(bounds: &[u8], k: usize) -> Option<Range<usize>> {
    let start = u32_at(bounds, k)?;
    let end = u32_at(bounds, k.checked_add(1)?)?;
    Some(start as usize..end as usize)
}

/// The index in `range` whose `key_at` is `key`, by binary search over keys sorted
/// within `range`.
fn search<'a>(
    range: Range<usize>,
    key: &str,
    key_at: impl Fn(usize) -> Option<&'a str>,
) -> Option<usize> {
    let Range { mut start, mut end } = range;
    while start < end {
        let mid = start + (end - start) / 2;
        match key_at(mid)?.cmp(key) {
            Ordering::Less => start = mid + 1,
            Ordering::Greater => end = mid,
            Ordering::Equal => return Some(mid),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two versions: the second lists its actions out of order and has unlisted codes.
    fn written() -> Written {
        let row = |name, flags, codes| ActionRow { name, flags, codes };
        write(&mut [
            ("2018-05-25", vec![row("DescribeA", 0, &[0, 2])]),
            (
                "2022-05-01",
                vec![
                    row("RunB", CLIENT_TOKEN, &[1, 0]),
                    row(UNLISTED, 0, &[3]),
                    row("DescribeA", 0, &[]),
                ],
            ),
        ])
    }

    fn read(written: &Written) -> ActionTable<'_> {
        ActionTable {
            versions: &written.versions,
            version_actions: &written.version_actions,
            names: &written.names,
            name_bounds: &written.name_bounds,
            codes: &written.codes,
            code_bounds: &written.code_bounds,
            flags: &written.flags,
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        let written = written();
        let table = read(&written);
        assert_eq!(table.version_count(), 2);
        assert_eq!(table.version(1), Some("2022-05-01"));
        assert_eq!(table.find_version("2018-05-25"), Some(0));
        assert_eq!(table.find_version("2022-05-01"), Some(1));
        assert_eq!(table.actions_of(0), Some(0..1));
        assert_eq!(table.actions_of(1), Some(1..4));
        // Sorted within the version, the unlisted codes first.
        let names: Vec<_> = (0..4).map(|k| table.name(k).unwrap()).collect();
        assert_eq!(names, ["DescribeA", "", "DescribeA", "RunB"]);
        assert_eq!(table.find(1, "RunB"), Some(3));
        assert_eq!(table.flags(3), CLIENT_TOKEN);
        assert_eq!(table.codes(3).collect::<Vec<_>>(), [1, 0]);
        assert_eq!(table.codes(1).collect::<Vec<_>>(), [3]);
        assert_eq!(table.find(0, "DescribeA"), Some(0));
        assert_eq!(table.codes(0).collect::<Vec<_>>(), [0, 2]);
        assert_eq!(table.codes(2).len(), 0);
    }

    #[test]
    fn anything_unknown_is_none() {
        let written = written();
        let table = read(&written);
        assert_eq!(table.find_version("2020-01-01"), None);
        assert_eq!(table.find_version(""), None);
        assert_eq!(table.find(0, "RunB"), None);
        assert_eq!(table.find(1, UNLISTED), None);
        assert_eq!(table.find(2, "RunB"), None);
        assert_eq!(table.version(2), None);
        assert_eq!(table.actions_of(2), None);
        assert_eq!(table.name(4), None);
        assert_eq!(table.flags(4), 0);
        assert_eq!(table.codes(4).len(), 0);
        assert_eq!(table.codes(usize::MAX).len(), 0);

        let empty = Written::default();
        let empty = read(&empty);
        assert_eq!(empty.version_count(), 0);
        assert_eq!(empty.find_version("2018-05-25"), None);
        assert_eq!(empty.find(0, "RunB"), None);
    }

    #[test]
    fn binary_search_finds_every_action_of_a_large_version() {
        let names: Vec<String> = (0..1000).map(|i| format!("Action{i:x}")).collect();
        let rows = names
            .iter()
            .map(|name| ActionRow {
                name,
                flags: 0,
                codes: &[],
            })
            .collect();
        let written = write(&mut [("2020-01-01", rows)]);
        let table = read(&written);
        for name in &names {
            let k = table.find(0, name).expect("found");
            assert_eq!(table.name(k), Some(name.as_str()));
        }
        assert_eq!(table.find(0, "Action"), None);
        assert_eq!(table.find(0, "Actionzz"), None);
    }
}
