//! The lookup structure `FromStr` searches, built at expansion time.

/// The variant indices ordered by their codes' bytes, for a binary search at run time.
pub fn sorted_order(codes: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..codes.len()).collect();
    order.sort_by_key(|&i| codes[i].as_bytes());
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_bytes() {
        let codes = ["b", "B", "a.b", "a"];
        assert_eq!(sorted_order(&codes), [1, 3, 2, 0]);
    }
}
