//! Work on a large slice split over the machine's cores, with rayon: loading and checking a
//! dataset are record by record, so a run of records per core finishes in a fraction of the
//! time. The one place where the library decides how work is split.

use rayon::prelude::*;
use std::io;
use std::ops::Range;

/// Below this many items the work runs on the calling thread: starting threads costs more.
const PARALLEL_FROM: usize = 4096;

/// The number of threads to use: one per core, at most 16.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| usize::from(n).min(16))
}

/// How many threads to give work on `items`: one per core, or one for few items.
pub(crate) fn threads_for(items: usize) -> usize {
    if items < PARALLEL_FROM { 1 } else { threads() }
}

/// `bytes` cut into at most `count` pieces of about equal size, as ranges in order that cover
/// it: each piece but the last ends at `boundary(wanted)`, the first place at or after `wanted`
/// where a piece may end (after a line break, before a character). No piece is empty: empty
/// `bytes` have none.
pub(crate) fn cut(
    bytes: &[u8],
    count: usize,
    boundary: impl Fn(usize) -> usize,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::with_capacity(count);
    let mut start = 0;
    for i in 1..=count {
        let wanted = (bytes.len() * i / count).max(start);
        let end = if i < count {
            boundary(wanted).min(bytes.len())
        } else {
            bytes.len()
        };
        if end > start {
            pieces.push(start..end);
        }
        start = end;
        if start == bytes.len() {
            break;
        }
    }
    pieces
}

/// Runs per thread in [`in_runs`]: with many each, a thread the machine slows down leaves its
/// later runs to the others, and the last run, which one thread may finish alone, is short
/// (with four runs a thread, perf timelines of a 100k-record load showed up to 75 ms of the
/// parse on one core).
pub(crate) const RUNS_PER_THREAD: usize = 16;

/// `work(start, run)` for `items` cut into runs, `start` being the index of the run's first
/// item, on rayon's threads (one thread: one run, on the calling thread). Idle threads steal
/// runs not yet taken; the results come in the order of the runs. A panic in a run is raised
/// again here.
pub(crate) fn in_runs<'a, T: Sync, R: Send>(
    items: &'a [T],
    threads: usize,
    work: impl Fn(usize, &'a [T]) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 || items.len() <= 1 {
        return vec![work(0, items)];
    }
    let size = items.len().div_ceil(threads * RUNS_PER_THREAD);
    // Each run a task of its own (rayon would otherwise give a thread several runs in one go):
    // a thread the machine slows down then holds up one run, not its share.
    let runs = items.par_chunks(size).with_max_len(1).enumerate();
    runs.map(|(i, run)| work(i * size, run)).collect()
}

/// `render` of `items` cut into chunks of `chunk`, on every core a round of chunks at a time,
/// given to `write` in order: a long list's output is made in parallel, and only a round of it
/// is held at once. Stops at the first error.
pub(crate) fn render_in_order<T: Sync>(
    items: &[T],
    chunk: usize,
    render: impl Fn(&[T], &mut Vec<u8>) -> io::Result<()> + Sync,
    mut write: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let threads = threads_for(items.len());
    let make = |part: &[T]| {
        let mut buffer = Vec::new();
        render(part, &mut buffer).map(|()| buffer)
    };
    for round in items.chunks(chunk.max(1) * threads) {
        let size = round.len().div_ceil(threads);
        let made: Vec<io::Result<Vec<u8>>> = if threads > 1 {
            round.par_chunks(size).map(make).collect()
        } else {
            vec![make(round)]
        };
        for buffer in made {
            write(&buffer?)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn runs_cover_every_item_in_order_with_their_start() {
        for (len, threads) in [(0, 3), (1, 3), (2, 3), (10, 1), (10, 3), (10, 4), (10, 20)] {
            let items: Vec<usize> = (0..len).collect();
            let cut = in_runs(&items, threads, |start, run| {
                assert!(run.iter().enumerate().all(|(i, &item)| item == start + i));
                run.to_vec()
            });
            let most = (threads * RUNS_PER_THREAD).max(1);
            assert!(cut.len() <= most, "{len} on {threads}");
            assert_eq!(cut.concat(), items, "{len} on {threads}");
        }
        assert_eq!(threads_for(PARALLEL_FROM - 1), 1);
    }

    #[test]
    fn a_thread_held_up_leaves_its_later_runs_to_the_others() {
        // The first run waits until every other run is done: with the runs dealt out in equal
        // shares ahead, its thread would wait for runs it holds itself, until the deadline.
        let items: Vec<usize> = (0..800).collect();
        let others_done = AtomicUsize::new(0);
        let runs = items
            .len()
            .div_ceil(items.len().div_ceil(2 * RUNS_PER_THREAD));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        // Two threads, whatever the machine has.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let lengths = pool.install(|| {
            in_runs(&items, 2, |start, run| {
                if start == 0 {
                    while others_done.load(Ordering::SeqCst) < runs - 1 {
                        assert!(std::time::Instant::now() < deadline, "runs were not shared");
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                } else {
                    others_done.fetch_add(1, Ordering::SeqCst);
                }
                run.len()
            })
        });
        assert_eq!((lengths.len(), lengths.iter().sum()), (runs, items.len()));
    }

    #[test]
    fn cut_pieces_are_about_equal_and_only_small_work_stays_on_one_thread() {
        // Where any byte may end a piece, `count` pieces of 400 bytes are 400 / count each.
        let bytes = [b'x'; 400];
        for count in [1, 2, 4, 8] {
            let lengths: Vec<usize> = cut(&bytes, count, |at| at)
                .iter()
                .map(|p| p.len())
                .collect();
            assert_eq!(lengths, vec![400 / count; count], "{count}");
        }
        assert_eq!(threads_for(PARALLEL_FROM - 1), 1);
        assert_eq!(threads_for(PARALLEL_FROM), threads());
    }

    #[test]
    fn cut_pieces_cover_the_bytes_and_end_at_boundaries() {
        let bytes = b"aaaa|bb|c||dddddddd|e";
        let after_bar = |at: usize| {
            bytes[at..]
                .iter()
                .position(|&b| b == b'|')
                .map_or(bytes.len(), |i| at + i + 1)
        };
        for count in 1..=30 {
            let pieces = cut(bytes, count, after_bar);
            assert!(pieces.len() <= count, "{count}");
            assert_eq!(pieces.first().map(|p| p.start), Some(0), "{count}");
            assert_eq!(pieces.last().map(|p| p.end), Some(bytes.len()), "{count}");
            for pair in pieces.windows(2) {
                assert_eq!(pair[0].end, pair[1].start, "{count}");
                assert_eq!(bytes[pair[0].end - 1], b'|', "{count}: {pieces:?}");
            }
            assert!(pieces.iter().all(|p| !p.is_empty()), "{count}");
        }
        assert!(cut(b"", 4, |at| at).is_empty());
    }

    #[test]
    fn rendered_chunks_are_written_in_order_until_an_error() {
        let render = |chunk: &[usize], out: &mut Vec<u8>| {
            assert!(chunk.len() <= 100);
            chunk.iter().try_for_each(|item| write!(out, "{item},"))
        };
        for len in [0, 1, 7, PARALLEL_FROM * 3 + 5] {
            let items: Vec<usize> = (0..len).collect();
            let mut written = Vec::new();
            render_in_order(&items, 100, render, |bytes| written.write_all(bytes)).unwrap();
            let expected: String = items.iter().map(|item| format!("{item},")).collect();
            assert_eq!(String::from_utf8(written).unwrap(), expected, "{len}");
        }
        let items: Vec<usize> = (0..PARALLEL_FROM * 2).collect();
        let mut writes = 0;
        let stopped = render_in_order(&items, 10, render, |_| {
            writes += 1;
            if writes == 4 {
                Err(io::Error::other("full"))
            } else {
                Ok(())
            }
        });
        assert_eq!(
            (stopped.unwrap_err().to_string(), writes),
            ("full".into(), 4)
        );
    }
}
