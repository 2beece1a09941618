//! Parsing time against body size: for each shape of body (see
//! `tc_errors_tests::bodies::Shape`), the growing part at 1 KB, 10 KB, 100 KB and 1 MB.
//! Time per byte should stay flat: each 10× larger body takes about 10× longer. Run with
//! `cargo bench -p tc-errors-tests --bench linear -- --warm-up-time 1 --measurement-time 3`
//! and read the ratios from `target/criterion/<shape>/<size>/new/estimates.json`.

use criterion::{BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use tc_errors_tests::bodies::Shape;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn bench(c: &mut Criterion) {
    for shape in Shape::ALL {
        let mut group = c.benchmark_group(shape.name());
        for size in SIZES {
            let body = shape.body(size);
            group.throughput(Throughput::Bytes(body.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &body, |b, body| {
                b.iter(|| shape.parse(black_box(body)))
            });
        }
        group.finish();
    }
}

// By hand rather than with `criterion_group!`, whose generated function has no docs.
fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
}
