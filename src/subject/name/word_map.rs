//! The hash maps of the name scan's per-word lookups.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map keyed by short lowercase words, looked up for nearly every capitalised word of a
/// corpus: hashed with FNV-1a, several times cheaper than the default SipHash on such keys
/// (the keys are not attacker-chosen in a way that matters: a slow map only slows the run).
pub type WordMap<V> = FnvMap<String, V>;

/// A map hashed with FNV-1a: the per-word maps, and those keyed by a word's initial, which the
/// scan asks about every capitalised word (with SipHash, 1.5% of a 1,000-claim run).
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
