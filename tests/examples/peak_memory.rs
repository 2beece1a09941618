//! Writes a body of a shape and size, or parses one, for an outside tool to measure the
//! parser's peak memory. Parsing reads the file into one allocation of its exact size, so
//! under `valgrind --tool=dhat` the heap at its peak minus the file size is what the
//! parser needs. Shapes are those of `tc_errors_tests::bodies::Shape`:
//!
//! ```text
//! cargo build --release -p tc-errors-tests --example peak_memory
//! target/release/examples/peak_memory build message 1000000 > /tmp/body
//! valgrind --tool=dhat --dhat-out-file=/dev/null \
//!     target/release/examples/peak_memory parse message /tmp/body
//! ```

use std::io::Write;
use std::process::ExitCode;
use tc_errors_tests::bodies::Shape;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let shape = args.get(1).and_then(|name| Shape::named(name));
    match (args.first().map(String::as_str), shape, args.get(2)) {
        (Some("build"), Some(shape), Some(len)) => {
            let Ok(len) = len.parse() else {
                return usage();
            };
            match std::io::stdout().write_all(&shape.body(len)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("peak_memory: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        (Some("parse"), Some(shape), Some(file)) => match std::fs::read(file) {
            Ok(body) => {
                println!("{} bytes, {} parsed", body.len(), shape.parse(&body));
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("peak_memory: {file}: {error}");
                ExitCode::FAILURE
            }
        },
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    let names: Vec<_> = Shape::ALL.iter().map(|shape| shape.name()).collect();
    let shapes = names.join("|");
    eprintln!("usage: peak_memory build {{{shapes}}} BYTES > FILE");
    eprintln!("       peak_memory parse {{{shapes}}} FILE");
    ExitCode::from(2)
}
