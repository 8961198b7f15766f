//! Eight ASCII bytes tested at once, as the lanes of one `u64`.
//!
//! Three scans run over every byte of the corpus whatever the number of claims: the
//! segmenter's word runs (`segment/ascii_word.rs`), the fold's lowercase words
//! (`subject/fold.rs`) and the name scan's search for a capital (`subject/name/context.rs`).
//! Each asks of eight bytes at a time whether each is in a range. The arithmetic is easy to get
//! subtly wrong (a carry from one lane into the next), so it is written and tested here, once.

/// The high bit of every lane.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The low seven bits of every lane.
pub(crate) const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The eight bytes of `bytes` from `at`, the first in the lowest lane; `None` when fewer than
/// eight are left.
#[inline]
pub(crate) fn eight_at(bytes: &[u8], at: usize) -> Option<u64> {
    // A range that wraps around is empty, so `get` answers `None` for it, as past the end.
    let chunk = bytes.get(at..at.wrapping_add(8))?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// `b` in every lane.
#[inline]
pub(crate) fn splat(b: u8) -> u64 {
    u64::from(b) * 0x0101_0101_0101_0101
}

/// Per lane of `x`, whose every lane is below 0x80: 0x80 where `lo <= byte <= hi`, else 0.
/// (With the high bits clear, adding at most 0x80 to a lane cannot carry into the next.)
#[inline]
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least = x.wrapping_add(splat(0x80 - lo)); // high bit set when byte >= lo
    let above = x.wrapping_add(splat(0x7f - hi)); // high bit set when byte > hi
    at_least & !above & HIGH
}

/// The first index from `i` whose byte is an ASCII uppercase letter or not ASCII (or the
/// length). Eight bytes at a time: news text is mostly lowercase ASCII, and this scan runs over
/// every byte of the corpus (the name scan of `check`, the names of `discover`).
#[inline]
pub(crate) fn next_upper_or_non_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight_at(bytes, i) {
        if x & HIGH != 0 || in_range(x, b'A', b'Z') != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() || b.is_ascii_uppercase() {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ASCII byte in every lane, against bounds at and around the ranges the scans ask
    /// for, with the other lanes at both extremes: the same answer as one byte at a time.
    #[test]
    fn in_range_agrees_with_a_byte_at_a_time() {
        let bounds = [
            (b'a', b'z'),
            (b'A', b'Z'),
            (b'0', b'9'),
            (b' ', b' '),
            (0, 0x7f),
            (0, 0),
            (0x7f, 0x7f),
        ];
        for (lo, hi) in bounds {
            for b in 0..0x80u8 {
                for lane in 0..8 {
                    for fill in [0u8, 0x7f, b'a', b' '] {
                        let mut bytes = [fill; 8];
                        bytes[lane] = b;
                        let got = in_range(u64::from_le_bytes(bytes), lo, hi);
                        let want = bytes.map(|x| if (lo..=hi).contains(&x) { 0x80 } else { 0 });
                        assert_eq!(got, u64::from_le_bytes(want), "{b:#x} in lane {lane}");
                    }
                }
            }
        }
    }

    #[test]
    fn eight_at_reads_eight_or_nothing() {
        let bytes = b"abcdefghi";
        assert_eq!(eight_at(bytes, 0), Some(u64::from_le_bytes(*b"abcdefgh")));
        assert_eq!(eight_at(bytes, 1), Some(u64::from_le_bytes(*b"bcdefghi")));
        assert_eq!(eight_at(bytes, 2), None);
        assert_eq!(eight_at(bytes, usize::MAX), None);
    }
}
