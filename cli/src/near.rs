//! Near matches for a code or a service name no catalog has: the known ones a few edits
//! away.

/// How many near matches are shown at most.
pub const MAX_NEAR_MATCHES: usize = 5;

/// The codes of `known` closest to `code` by edit distance, ignoring ASCII case, nearest
/// first (ties in code order), without repeats, at most [`MAX_NEAR_MATCHES`]. A code is
/// near when at most a third of `code`'s characters (and at least 2) must change.
pub fn near_matches<'a>(code: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    nearest(code, known, 2)
}

/// The service names of `known` closest to `name`, as [`near_matches`] finds codes, but
/// near when at most a third of `name`'s characters (and at least 1) must change: two
/// edits turn most three-letter names into another.
pub fn near_names<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    nearest(name, known, 1)
}

/// The strings of `known` at most a third of `wanted`'s length (and at least
/// `min_limit`) edits away, nearest first.
fn nearest<'a>(
    wanted: &str,
    known: impl IntoIterator<Item = &'a str>,
    min_limit: usize,
) -> Vec<&'a str> {
    let original = wanted;
    let wanted: Vec<char> = original.chars().map(|c| c.to_ascii_lowercase()).collect();
    let limit = (wanted.len() / 3).max(min_limit);
    let mut near: Vec<(usize, &str)> = known
        .into_iter()
        .filter(|&candidate| candidate != original)
        .filter_map(|candidate| {
            let distance = edit_distance(&wanted, candidate, limit)?;
            Some((distance, candidate))
        })
        .collect();
    near.sort_unstable();
    near.dedup_by_key(|&mut (_, candidate)| candidate);
    near.into_iter()
        .take(MAX_NEAR_MATCHES)
        .map(|(_, candidate)| candidate)
        .collect()
}

/// The edit distance between `wanted` (lower-cased) and `candidate` (compared
/// lower-cased), if it is at most `limit`: insertions, deletions, substitutions and
/// swaps of two neighbours (`cmv` is one edit from `cvm`), each text edited once.
fn edit_distance(wanted: &[char], candidate: &str, limit: usize) -> Option<usize> {
    let candidate: Vec<char> = candidate.chars().map(|c| c.to_ascii_lowercase()).collect();
    if candidate.len().abs_diff(wanted.len()) > limit {
        return None;
    }
    // Three rows of the dynamic-programming table: a swap reaches back two.
    let mut before: Vec<usize> = vec![0; candidate.len() + 1];
    let mut previous: Vec<usize> = (0..=candidate.len()).collect();
    let mut current = vec![0; candidate.len() + 1];
    for (i, &w) in wanted.iter().enumerate() {
        current[0] = i + 1;
        for (j, &c) in candidate.iter().enumerate() {
            let substitution = previous[j] + usize::from(w != c);
            let mut distance = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && w == candidate[j - 1] && wanted[i - 1] == c {
                distance = distance.min(before[j - 1] + 1);
            }
            current[j + 1] = distance;
        }
        // No later row gets below this one's least.
        if current.iter().all(|&distance| distance > limit) {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[candidate.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> Option<usize> {
        let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
        edit_distance(&a, b, usize::MAX)
    }

    #[test]
    fn distances_count_edits_ignoring_case() {
        assert_eq!(distance("", ""), Some(0));
        assert_eq!(distance("kitten", "sitting"), Some(3));
        assert_eq!(distance("InvalidDisk.Busy", "invaliddisk.busy"), Some(0));
        assert_eq!(distance("abc", ""), Some(3));
        assert_eq!(distance("", "abc"), Some(3));
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert_eq!(distance("cmv", "cvm"), Some(1));
        assert_eq!(distance("InvalidDisk.Bsuy", "InvalidDisk.Busy"), Some(1));
        assert_eq!(distance("ab", "ba"), Some(1));
        // Each text is edited once: `ca` → `ac` → `abc` is not two edits.
        assert_eq!(distance("ca", "abc"), Some(3));
    }

    #[test]
    fn service_names_are_near_by_fewer_edits() {
        let services = ["cme", "cmq", "cms", "cvm", "npp", "tke"];
        assert_eq!(near_names("cmv", services), ["cme", "cmq", "cms", "cvm"]);
        assert_eq!(near_names("TKEE", services), ["tke"]);
        assert!(near_names("nope", services).is_empty());
        assert_eq!(near_matches("nope", services), ["npp"]);
    }

    #[test]
    fn far_codes_stop_early() {
        let wanted: Vec<char> = "InvalidDisk.Busy".to_lowercase().chars().collect();
        assert_eq!(edit_distance(&wanted, "ZoneNotMatch", 3), None);
        assert_eq!(edit_distance(&wanted, "InvalidDisk.Bussy", 3), Some(1));
    }

    #[test]
    fn the_nearest_codes_come_first() {
        let known = [
            "InvalidDisk.Busy",
            "InvalidDisk.Expire",
            "ResourceBusy",
            "InvalidDisk.Busy",
            "ZoneNotMatch",
        ];
        assert_eq!(near_matches("InvalidDisk.Bsy", known), ["InvalidDisk.Busy"]);
        assert_eq!(
            near_matches("invaliddisk.busy", known),
            ["InvalidDisk.Busy"]
        );
        assert!(near_matches("Completely.Different", known).is_empty());
        assert!(near_matches("InvalidDisk.Busy", known).is_empty());
    }

    #[test]
    fn at_most_a_few_are_shown() {
        let known = ["Ab1", "Ab2", "Ab3", "Ab4", "Ab5", "Ab6", "Ab7"];
        assert_eq!(
            near_matches("Ab", known),
            ["Ab1", "Ab2", "Ab3", "Ab4", "Ab5"]
        );
    }
}
