//! Work shared among the cores: each step that reads documents or sentences one at a time
//! hands them out in contiguous parts, one thread a part, and gathers the results back in
//! order, so that the output is the same whatever the number of cores.

use story_core::{Document, Sentence};

/// Every sentence of the corpus with its document's and its own number, to hand out.
pub(crate) fn sentences(docs: &[Document]) -> Vec<(usize, usize, &Sentence)> {
    docs.iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.sentences
                .iter()
                .enumerate()
                .map(move |(i, s)| (d, i, s))
        })
        .collect()
}

/// How many parts: the cores there are, at most eight.
fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}

/// `f` of each item, in order; each thread starts with its own `init()` (a tagger, a cache).
pub(crate) fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    let chunk = items.len().div_ceil(threads()).max(1);
    if items.len() <= chunk {
        let mut state = init();
        return items.iter().map(|x| f(&mut state, x)).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let (init, f) = (&init, &f);
                scope.spawn(move || {
                    let mut state = init();
                    part.iter().map(|x| f(&mut state, x)).collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` of each item, in order.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |_, x| f(x))
}

/// `f` on each item in place.
pub(crate) fn each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync) {
    let chunk = items.len().div_ceil(threads()).max(1);
    std::thread::scope(|scope| {
        for part in items.chunks_mut(chunk) {
            let f = &f;
            scope.spawn(move || part.iter_mut().for_each(f));
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_back_in_order() {
        let items: Vec<u32> = (0..1000).collect();
        assert_eq!(
            super::map(&items, |x| x * 2),
            (0..1000).map(|x| x * 2).collect::<Vec<_>>()
        );
        assert_eq!(super::map(&[] as &[u32], |x| *x), Vec::<u32>::new());
        // Each thread's state is its own: counting within a part never sees another's.
        let counts = super::map_with(
            &items,
            || 0u32,
            |n, _| {
                *n += 1;
                *n
            },
        );
        assert_eq!(counts.len(), 1000);
        assert_eq!(counts[0], 1);
        let mut v = items.clone();
        super::each_mut(&mut v, |x| *x += 1);
        assert_eq!(v, (1..=1000).collect::<Vec<_>>());
    }
}
