//! Constrained single-link clustering, shared by events and claims: candidate pairs, most
//! alike first, join their groups when the groups are alike on the whole (average likeness at
//! least `cohesion` times the pair's) and the caller's constraint allows it.

use std::collections::{BTreeMap, HashMap, HashSet};

/// Most members of a group that the average likeness is taken over: beyond it, an evenly
/// spaced sample (so that joining large groups costs a bounded number of comparisons).
const SAMPLE: usize = 48;

fn sample(members: &[usize]) -> Vec<usize> {
    sample_of(members, SAMPLE)
}

/// At most `most` members, evenly spaced.
pub(crate) fn sample_of(members: &[usize], most: usize) -> Vec<usize> {
    if members.len() <= most {
        members.to_vec()
    } else {
        (0..most)
            .map(|k| members[k * members.len() / most])
            .collect()
    }
}

/// Groups items `0..n` given likeness-scored pairs. `like(a, b)` scores any two items;
/// `allowed(group_a, group_b)` may veto a join. Groups come out in order of their first item.
pub fn link(
    n: usize,
    mut pairs: Vec<(f64, usize, usize)>,
    like: impl Fn(usize, usize) -> f64,
    cohesion: f64,
    allowed: impl Fn(&[usize], &[usize]) -> bool,
) -> Vec<Vec<usize>> {
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // The average likeness of two groups that failed to join, by their roots and sizes: groups
    // only grow, so the same roots and sizes are the same groups, and a later (weaker) pair
    // between them needs no new count of every cross pair.
    let mut averages: HashMap<(usize, usize), (usize, usize, f64)> = HashMap::new();
    // Groups (by their roots) that `allowed` refused: groups only grow, so what refused them
    // is still in them, and a later pair between them is refused without asking again (the
    // check looks at every cross pair, which on a corpus of near-copies is most of the work).
    let mut refused: HashSet<(usize, usize)> = HashSet::new();
    for (sim, i, j) in pairs {
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        if ri == rj {
            continue;
        }
        let (ri, rj) = (ri.min(rj), ri.max(rj));
        if refused.contains(&(ri, rj)) {
            continue;
        }
        let sizes = (members[ri].len(), members[rj].len());
        let average = match averages.get(&(ri, rj)) {
            Some(&(a, b, avg)) if (a, b) == sizes => avg,
            _ => {
                let (xs, ys) = (sample(&members[ri]), sample(&members[rj]));
                let mut sum = 0.0;
                for &a in &xs {
                    for &b in &ys {
                        sum += like(a, b);
                    }
                }
                let avg = sum / (xs.len() * ys.len()).max(1) as f64;
                averages.insert((ri, rj), (sizes.0, sizes.1, avg));
                avg
            }
        };
        if average < sim * cohesion {
            continue;
        }
        if !allowed(&members[ri], &members[rj]) {
            refused.insert((ri, rj));
            continue;
        }
        parent[rj] = ri;
        let moved = std::mem::take(&mut members[rj]);
        members[ri].extend(moved);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_alike_and_refuses_chains() {
        // 0~1 strongly, 1~2 strongly, but 0 and 2 not at all: with cohesion, 2 stays out.
        let like = |a: usize, b: usize| match (a.min(b), a.max(b)) {
            (0, 1) => 0.9,
            (1, 2) => 0.8,
            _ => 0.0,
        };
        let pairs = vec![(0.9, 0, 1), (0.8, 1, 2)];
        // Joining 2 would bring the average likeness to 0.4, half the pair's 0.8.
        assert_eq!(
            link(3, pairs.clone(), like, 0.6, |_, _| true),
            [vec![0, 1], vec![2]]
        );
        assert_eq!(
            link(3, pairs.clone(), like, 0.0, |_, _| true),
            [vec![0, 1, 2]]
        );
        assert_eq!(
            link(3, pairs, like, 0.0, |a, _| a.len() < 2),
            [vec![0, 1], vec![2]]
        );
        assert_eq!(
            link(0, vec![], like, 0.5, |_, _| true),
            Vec::<Vec<usize>>::new()
        );
    }
}
