//! Finds the variant a spelling in an action's list names (a code or an alias), and reads
//! a whole list in one go when nothing is wrong with it.
//!
//! The shipped catalogs list 140,000 codes, and the macro runs unoptimised: SipHash costs
//! it a thousand instructions a code, a binary search over the sorted spellings hundreds
//! more than a hash of a few of the code's bytes and one comparison.

/// Spellings and the variant each names, in an open-addressing table.
pub struct Spellings<'a> {
    /// Indices into `entries`, [`EMPTY`] for a free slot; a power of two of them, at
    /// least twice as many as the spellings, so that a probe ends soon.
    slots: Vec<u32>,
    entries: Vec<(&'a str, u16)>,
}

/// A free slot.
const EMPTY: u32 = u32::MAX;

impl<'a> Spellings<'a> {
    /// An empty table with room for `count` spellings.
    pub fn with_capacity(count: usize) -> Self {
        Spellings {
            slots: vec![EMPTY; (2 * count).max(1).next_power_of_two()],
            entries: Vec::with_capacity(count),
        }
    }

    /// Records that `spelling` names variant `index`; a spelling inserted again names the
    /// later variant.
    pub fn insert(&mut self, spelling: &'a str, index: u16) {
        let at = self.slot(spelling);
        match self.slots[at] {
            EMPTY => {
                // Far fewer spellings than slots, which a `u32` numbers.
                self.slots[at] = self.entries.len() as u32;
                self.entries.push((spelling, index));
            }
            entry => self.entries[entry as usize].1 = index,
        }
    }

    /// The variant `spelling` names, if any.
    pub fn get(&self, spelling: &str) -> Option<u16> {
        match self.slots[self.slot(spelling)] {
            EMPTY => None,
            entry => Some(self.entries[entry as usize].1),
        }
    }

    /// The slot of `spelling`, or the free one where it would go: linear probing from its
    /// key. Plain loops on slices, which the unoptimised macro runs without calls.
    fn slot(&self, spelling: &str) -> usize {
        let slots: &[u32] = &self.slots;
        let entries: &[(&str, u16)] = &self.entries;
        let mask = slots.len() - 1;
        let mut at = key(spelling.as_bytes()) & mask;
        loop {
            let entry = slots[at];
            if entry == EMPTY || entries[entry as usize].0 == spelling {
                return at;
            }
            at = (at + 1) & mask;
        }
    }
}

/// The hash of a spelling: its length, its last three bytes and its middle one. Codes
/// share long prefixes (`InvalidParameterValue.`) and differ at the end; hashing every
/// byte would cost the unoptimised macro more than the rare collision does.
fn key(bytes: &[u8]) -> usize {
    let len = bytes.len();
    let mut key = len as u64;
    if len > 0 {
        key = key << 8 | u64::from(bytes[len - 1]);
        key = key << 8 | u64::from(bytes[len / 2]);
    }
    if len > 2 {
        key = key << 8 | u64::from(bytes[len - 2]);
        key = key << 8 | u64::from(bytes[len - 3]);
    }
    // Fibonacci hashing: the product's high bits depend on every bit of the key.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
}

/// Which variants the action being read has listed already: each variant's mark is the
/// number of the last action that listed it, so that moving on to the next action clears
/// every mark at once.
pub struct Listed {
    marks: Vec<u32>,
    action: u32,
}

impl Listed {
    /// Marks for a catalog of `variants` variants.
    pub fn new(variants: usize) -> Self {
        Listed {
            marks: vec![0; variants],
            action: 0,
        }
    }

    /// Starts a new action: no variant is listed yet.
    fn next_action(&mut self) {
        self.action += 1;
    }

    /// Marks variant `index` listed; whether it was not already.
    fn first_time(&mut self, index: u16) -> bool {
        let mark = &mut self.marks[usize::from(index)];
        let first = *mark != self.action;
        *mark = self.action;
        first
    }
}

/// The variants of the codes in `list`, when it is well formed: codes separated by single
/// spaces, each a spelling in `spellings` that names a variant no other code of the list
/// names. `None` at the first problem: the caller then finds and reports each one.
pub fn read_list(list: &str, spellings: &Spellings, listed: &mut Listed) -> Option<Vec<u16>> {
    listed.next_action();
    let mut codes = Vec::new();
    if list.is_empty() {
        return Some(codes);
    }
    // An empty piece (a space too many) or one with other white space or a comma in it
    // is no spelling: codes are letters, digits, `_` and `.`.
    for code in list.split(' ') {
        let index = spellings.get(code)?;
        if !listed.first_time(index) {
            return None;
        }
        codes.push(index);
    }
    Some(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `A`, `B.Busy` and `OldA` (an alias of `A`), over three variants.
    fn spellings() -> Spellings<'static> {
        let mut spellings = Spellings::with_capacity(4);
        for (spelling, index) in [("A", 0), ("B.Busy", 1), ("OldA", 0), ("C", 2)] {
            spellings.insert(spelling, index);
        }
        spellings
    }

    #[test]
    fn every_spelling_is_found_and_nothing_else() {
        let spellings = spellings();
        assert_eq!(spellings.get("A"), Some(0));
        assert_eq!(spellings.get("B.Busy"), Some(1));
        assert_eq!(spellings.get("OldA"), Some(0));
        for missing in ["", "a", "B", "B.Bus", "B.Busy ", "OldAA"] {
            assert_eq!(spellings.get(missing), None, "{missing:?}");
        }
    }

    #[test]
    fn a_spelling_inserted_again_names_the_later_variant() {
        let mut spellings = spellings();
        spellings.insert("OldA", 2);
        assert_eq!(spellings.get("OldA"), Some(2));
        assert_eq!(spellings.get("A"), Some(0));
    }

    #[test]
    fn colliding_keys_are_told_apart() {
        // The same length, the same last three bytes and the same middle one: one key.
        let codes = ["Xa.Middle.Abc", "Yb.Middle.Abc", "Zc.Middle.Abc"];
        assert!(codes
            .iter()
            .all(|code| key(code.as_bytes()) == key(codes[0].as_bytes())));
        let mut spellings = Spellings::with_capacity(codes.len());
        for (index, code) in (0..).zip(codes) {
            spellings.insert(code, index);
        }
        for (index, code) in (0..).zip(codes) {
            assert_eq!(spellings.get(code), Some(index));
        }
        assert_eq!(spellings.get("Wd.Middle.Abc"), None);
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        assert_eq!(Spellings::with_capacity(0).get("A"), None);
    }

    #[test]
    fn a_well_formed_list_reads_to_its_variants_in_order() {
        let spellings = spellings();
        let mut listed = Listed::new(3);
        assert_eq!(
            read_list("B.Busy A", &spellings, &mut listed),
            Some(vec![1, 0])
        );
        assert_eq!(read_list("", &spellings, &mut listed), Some(vec![]));
        // Each action starts afresh.
        assert_eq!(read_list("A C", &spellings, &mut listed), Some(vec![0, 2]));
    }

    #[test]
    fn any_problem_in_a_list_is_none() {
        let spellings = spellings();
        let mut listed = Listed::new(3);
        for list in [
            "A Missing",
            "A  C",
            " A",
            "A ",
            " ",
            "A\tC",
            "A,C",
            "A\nC",
            "A A",
            "A OldA",
        ] {
            assert_eq!(read_list(list, &spellings, &mut listed), None, "{list:?}");
        }
        assert_eq!(read_list("OldA", &spellings, &mut listed), Some(vec![0]));
    }
}
