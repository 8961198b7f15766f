//! Seeded pseudo-random choices for the unit tests that build thousands of texts from a few
//! pieces (fold, names, the extractor's scan and reach): one generator, so that every such
//! test is reproducible from its seed and none carries its own copy. Test-only.

/// Knuth's MMIX linear congruential generator: enough to mix pieces, and the same sequence on
/// every platform and build.
pub(crate) struct Lcg(u64);

impl Lcg {
    pub(crate) fn new(seed: u64) -> Self {
        Lcg(seed)
    }

    /// The state as it stands, without stepping: tests draw lengths from it.
    pub(crate) fn current(&self) -> u64 {
        self.0
    }

    /// Steps and returns the new state.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0
    }

    /// One of `items` (not empty), chosen by the high bits of the next state.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = (self.next() >> 33) as usize % items.len();
        &items[i]
    }
}

#[cfg(test)]
mod tests {
    use super::Lcg;

    /// The first states from seed 0 are the MMIX increment and its successor, and picks spread
    /// over every item.
    #[test]
    fn steps_as_mmix_and_picks_every_item() {
        let mut lcg = Lcg::new(0);
        assert_eq!(lcg.next(), 1_442_695_040_888_963_407);
        assert_eq!(
            lcg.next(),
            1_442_695_040_888_963_407u64
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407)
        );
        let items = [0, 1, 2, 3, 4];
        let mut seen = [false; 5];
        for _ in 0..100 {
            seen[*lcg.pick(&items)] = true;
        }
        assert_eq!(seen, [true; 5]);
    }
}
