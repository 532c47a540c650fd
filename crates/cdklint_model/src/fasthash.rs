//! A fast hasher for the model's own tables.
//!
//! The model keys its tables by node id (a pointer) and by short names, and asks them for every
//! call, prop container and name of a file; the standard SipHash costs more than the lookups
//! around it there. This is the multiply-and-rotate hash rustc uses for the same purpose. It
//! does not resist chosen collisions: a file written to collide slows its own lint down, and
//! nothing else.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`]; build it with `Default::default()`.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            self.add(u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            self.add(u64::from(u32::from_le_bytes(
                bytes[..4].try_into().expect("4 bytes"),
            )));
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Node ids are aligned pointers: fold the high bits (where the multiply moved the
        // differences) into the low ones the table indexes by.
        self.hash ^ (self.hash >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_ids_spread_over_the_low_bits() {
        let low: std::collections::HashSet<u64> = (0..1024usize)
            .map(|i| {
                let mut h = FastHasher::default();
                h.write_usize(0x5600_0000_0000 + i * 64);
                h.finish() & 0x3ff
            })
            .collect();
        assert!(low.len() > 512, "{} distinct buckets of 1024", low.len());
    }

    #[test]
    fn maps_find_what_they_hold() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for (i, name) in ["a", "bucket", "this.bucket", "abcdefghijklmnop"]
            .iter()
            .enumerate()
        {
            map.insert(name.to_string(), i);
        }
        assert_eq!(map.get("this.bucket"), Some(&2));
        assert_eq!(map.get("abcdefghijklmnop"), Some(&3));
        assert_eq!(map.get("b"), None);
    }
}
