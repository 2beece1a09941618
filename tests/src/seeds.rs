//! The seed pages' renames, read from `catalogs/pages/seeds.tsv`: the catalogs are
//! generated from that file, so a test that imports a seed page renames what it says.

use std::path::Path;
use tc_errors_importer::sdk;

/// The path of `seeds.tsv`, whose pages sit beside it.
pub const SEEDS_TSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogs/pages/seeds.tsv");

/// The codes Tencent renamed since `service`'s seed page was written, `(old, new)`, as
/// `seeds.tsv` lists them; none for a service it does not list.
pub fn renames(service: &str) -> Vec<(String, String)> {
    let seeds =
        sdk::read_seeds(Path::new(SEEDS_TSV), u64::MAX).expect("catalogs/pages/seeds.tsv reads");
    seeds
        .into_iter()
        .find(|seed| seed.service == service)
        .map(|seed| seed.renames)
        .unwrap_or_default()
}
