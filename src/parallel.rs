//! Work on a large slice split over the machine's cores: loading and checking a dataset are
//! record by record, so a run of records per core finishes in a fraction of the time.

/// Below this many items the work runs on the calling thread: starting threads costs more.
const PARALLEL_FROM: usize = 4096;

/// The number of threads to use: one per core, at most 16.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| usize::from(n).min(16))
}

/// How many runs [`in_runs`] should cut `items` into: one per core, or one for few items.
pub(crate) fn runs_for(items: usize) -> usize {
    if items < PARALLEL_FROM { 1 } else { threads() }
}

/// `work(start, run)` for `items` cut into about `runs` runs, `start` being the index of the
/// run's first item, all at once (one run: on the calling thread); the results in the order of
/// the runs. A panic in a run is raised again here.
pub(crate) fn in_runs<T: Sync, R: Send>(
    items: &[T],
    runs: usize,
    work: impl Fn(usize, &[T]) -> R + Sync,
) -> Vec<R> {
    if runs <= 1 || items.len() <= 1 {
        return vec![work(0, items)];
    }
    let size = items.len().div_ceil(runs);
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(size)
            .enumerate()
            .map(|(i, run)| scope.spawn(move || work(i * size, run)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_every_item_in_order_with_their_start() {
        for (len, runs) in [(0, 3), (1, 3), (2, 3), (10, 1), (10, 3), (10, 4), (10, 20)] {
            let items: Vec<usize> = (0..len).collect();
            let cut = in_runs(&items, runs, |start, run| {
                assert!(run.iter().enumerate().all(|(i, &item)| item == start + i));
                run.to_vec()
            });
            assert!(cut.len() <= runs.max(1), "{len} in {runs}");
            assert_eq!(cut.concat(), items, "{len} in {runs}");
        }
        assert_eq!(runs_for(PARALLEL_FROM - 1), 1);
    }
}
