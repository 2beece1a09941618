//! Builds one body of a shape and size and parses it once, for an outside tool to measure
//! the peak memory: `valgrind --tool=dhat` (the heap at its peak, minus the body, is what
//! the parser needs) or `/usr/bin/time -v` (maximum resident set size). Shapes are those
//! of `tc_errors_tests::bodies::Shape`:
//!
//! ```text
//! cargo build --release -p tc-errors-tests --example peak_memory
//! valgrind --tool=dhat --dhat-out-file=/dev/null \
//!     target/release/examples/peak_memory message 1000000
//! ```

use std::process::ExitCode;
use tc_errors_tests::bodies::Shape;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(shape), Some(len)) = (
        args.first().and_then(|name| Shape::named(name)),
        args.get(1).and_then(|len| len.parse().ok()),
    ) else {
        let names: Vec<_> = Shape::ALL.iter().map(|shape| shape.name()).collect();
        eprintln!("usage: peak_memory {{{}}} BYTES", names.join("|"));
        return ExitCode::from(2);
    };
    let body = shape.body(len);
    let parsed = shape.parse(&body);
    println!("{} bytes of body, {parsed} parsed", body.len());
    ExitCode::SUCCESS
}
