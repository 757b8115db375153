//! Sorting with one copy of the algorithm for every element type.
//!
//! The standard library's sorts are generic: each element type and comparison gets its own
//! copy of the algorithm (a stable sort about 5 KB of wasm, an unstable one about 3 KB, for
//! each of the thirty-odd sorts of the page). In the page these sorts share one merge sort
//! of positions ([`permutation`]) through a comparison of two positions, and only the short
//! code that compares and moves the elements is built per type. Natively (the build-time
//! analysis, the CLI and the tests) they are the standard library's, which are faster.
//!
//! Every sort here is stable, so the page's orders are the same as natively.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    shared_sort_by(v, cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
}

/// Sorts `v` by the key `f` gives each element, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], f: impl Fn(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// [`sort_by`] as the page does it: the positions sorted by [`permutation`], then the
/// elements moved into place along the permutation's cycles.
pub fn shared_sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        permutation(v.len(), &|a, b| match (v.get(a), v.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    apply(&order, &mut |a, b| v.swap(a, b));
}

/// The positions `0..n` in the order `cmp` (a comparison of two positions) puts them,
/// equal ones in their order: a bottom-up merge sort, runs of eight first sorted by
/// insertion.
pub fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    const RUN: usize = 8;
    let mut a: Vec<usize> = (0..n).collect();
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j], run[j - 1]) == Ordering::Less {
                run.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // The right run's element goes first only when it is strictly less: stable.
                if j < hi && (i >= mid || cmp(a[j], a[i]) == Ordering::Less) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Sorts `v` by the key `key` gives each element, ascending, equal keys in their order: a
/// least-significant-digit radix sort of the keys a byte at a time (bytes every key shares
/// are skipped), for long lists whose order is a number (the search's hits: tens of
/// thousands for a one-letter prefix, where a merge sort's comparisons through a pointer
/// took milliseconds). The same code natively and in the page.
pub fn sort_by_u128_key<T>(v: &mut [T], key: impl Fn(&T) -> u128) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<u128> = v.iter().map(key).collect();
    let mut order: Vec<usize> = (0..v.len()).collect();
    let mut next = vec![0usize; v.len()];
    for byte in 0..16 {
        let digit = |k: usize| (keys[k] >> (8 * byte)) as u8 as usize;
        let mut start = [0usize; 257];
        for &k in &order {
            start[digit(k) + 1] += 1;
        }
        if start.contains(&v.len()) {
            // Every key has this byte: the order stays.
            continue;
        }
        for d in 1..start.len() {
            start[d] += start[d - 1];
        }
        for &k in &order {
            let at = &mut start[digit(k)];
            next[*at] = k;
            *at += 1;
        }
        std::mem::swap(&mut order, &mut next);
    }
    apply(&order, &mut |a, b| v.swap(a, b));
}

/// Moves the elements so that position `k` holds what was at `order[k]`, by `swap`s along
/// the permutation's cycles (each element moves once).
fn apply(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        if done[start] {
            continue;
        }
        let mut k = start;
        loop {
            done[k] = true;
            let from = order[k];
            if from == start || from >= order.len() {
                break;
            }
            swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        shared_sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        shared_sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }

    #[test]
    fn sorts_by_keys_keeping_equal_keys_in_order() {
        let mut v = vec![
            (3u128 << 100, 'a'),
            (1, 'b'),
            (3u128 << 100, 'c'),
            (2, 'd'),
            (1, 'e'),
        ];
        sort_by_u128_key(&mut v, |x| x.0);
        assert_eq!(
            v,
            [
                (1, 'b'),
                (1, 'e'),
                (2, 'd'),
                (3u128 << 100, 'a'),
                (3u128 << 100, 'c')
            ]
        );
        let mut one = vec![(7u128, 'x')];
        sort_by_u128_key(&mut one, |x| x.0);
        assert_eq!(one, [(7, 'x')]);
    }

    proptest! {
        #[test]
        fn keys_sort_as_the_standard_stable_sort(v in proptest::collection::vec((any::<u64>(), 0u8..4, any::<u16>()), 0..300)) {
            // Wide keys, and keys that share most bytes (skipped passes).
            let key = |x: &(u64, u8, u16)| (u128::from(x.0) << 64) * u128::from(x.1 & 1) + u128::from(x.1);
            let mut ours = v.clone();
            sort_by_u128_key(&mut ours, key);
            let mut std = v;
            std.sort_by_key(key);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn the_same_order_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            shared_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v;
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }
}
