// The process floor for bench/compare.sh: a Rust binary that prints one line.
fn main() {
    println!("hello");
}
