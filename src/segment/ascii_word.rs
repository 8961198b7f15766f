//! The length of a run of ASCII letters and digits, eight bytes at a time.
//!
//! Why: the block scan skips words whole, and most bytes of a block are inside words. Testing a
//! byte at a time costs a branch per byte and a mispredicted loop exit per word (words have
//! every length); testing eight bytes with integer arithmetic and counting the trailing
//! letters leaves one branch per eight bytes.

use crate::ascii_lanes::{HIGH, LOW7, in_range, splat};

/// How many bytes at the start of `bytes` are ASCII letters or digits.
pub fn alnum_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let others = not_alnum(u64::from_le_bytes(eight));
        if others != 0 {
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks
        .remainder()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// Per byte of `x`, 0x80 where the byte is not an ASCII letter or digit, 0 where it is.
fn not_alnum(x: u64) -> u64 {
    let ascii = !x & HIGH; // 0x80 where the byte is ASCII
    let low = x & LOW7; // high bits cleared, so the sums below never carry into the next byte
    let lower = low | splat(0x20); // letters to lower case (digits keep their value)
    let letter = in_range(lower, b'a', b'z');
    let digit = in_range(low, b'0', b'9');
    !((letter | digit) & ascii) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    fn simple(bytes: &[u8]) -> usize {
        bytes
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    }

    /// Every byte value, in every position of a chunk and of the tail, after runs of every
    /// length: the same answer as testing a byte at a time.
    #[test]
    fn agrees_with_a_byte_at_a_time() {
        for b in 0..=u8::MAX {
            for run in 0..20 {
                let mut bytes: Vec<u8> = (0..run).map(|k| b"aZ09zA9q"[k % 8]).collect();
                bytes.push(b);
                bytes.extend_from_slice(b"abc def");
                assert_eq!(alnum_len(&bytes), simple(&bytes), "{b:#x} after {run}");
            }
        }
        for text in [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "India’s",
            "S-400",
            "naïve",
            "x\u{0}y",
        ] {
            assert_eq!(
                alnum_len(text.as_bytes()),
                simple(text.as_bytes()),
                "{text:?}"
            );
        }
    }
}
