//! A fast hasher for the model's own tables.
//!
//! The model keys its tables by node id (a pointer) and by short names, and asks them for every
//! call, prop container and name of a file; the standard SipHash costs more than the lookups
//! around it there. `rustc-hash` is the hasher rustc uses for the same purpose. It does not
//! resist chosen collisions: a file written to collide slows its own lint down, and nothing
//! else.

/// A `HashMap` with rustc's hasher; build it with `Default::default()`.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn aligned_ids_spread_over_the_low_bits() {
        let build = rustc_hash::FxBuildHasher;
        let low: std::collections::HashSet<u64> = (0..1024usize)
            .map(|i| build.hash_one(0x5600_0000_0000 + i * 64) & 0x3ff)
            .collect();
        assert!(low.len() > 512, "{} distinct buckets of 1024", low.len());
    }

    #[test]
    fn maps_find_what_they_hold() {
        let mut m: FastMap<usize, &str> = FastMap::default();
        for i in 0..1000 {
            m.insert(i * 64, "x");
        }
        assert!((0..1000).all(|i| m.contains_key(&(i * 64))));
        assert!(!m.contains_key(&65));
    }
}
