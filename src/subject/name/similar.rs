//! Near misses: whether a written word is a misspelling of a claimed name, by
//! Damerau-Levenshtein distance bounded by length and Jaro-Winkler similarity.

/// True when two different lowercase words are near misses of each other: both at least
/// `min_len` characters, Damerau-Levenshtein distance 1 (2 from eight characters on), and a
/// Jaro-Winkler similarity of at least 0.85.
pub(super) fn similar(a: &str, b: &str, min_len: usize) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < min_len || a == b {
        return false;
    }
    let allowed = if la.max(lb) >= 8 { 2 } else { 1 };
    if la.abs_diff(lb) > allowed || bag_distance(a, b) > allowed {
        return false;
    }
    strsim::damerau_levenshtein(a, b) <= allowed && strsim::jaro_winkler(a, b) >= 0.85
}

/// A lower bound of the Damerau-Levenshtein distance, far cheaper than it: the larger of the
/// number of letters of `a` missing from `b` and of `b` missing from `a`, counted as multisets
/// (a substitution, insertion or deletion changes it by at most one, a transposition not at
/// all). Exact for ASCII letters; other characters share one bucket, which only loosens the
/// bound. It rejects nearly every pair of unrelated words before the quadratic distance runs.
fn bag_distance(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 27];
    let bucket = |c: char| match c {
        'a'..='z' => c as usize - 'a' as usize,
        _ => 26,
    };
    for c in a.chars() {
        counts[bucket(c)] += 1;
    }
    for c in b.chars() {
        counts[bucket(c)] -= 1;
    }
    let surplus: i32 = counts.iter().filter(|&&n| n > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&n| n < 0).sum::<i32>();
    surplus.max(deficit) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_is_bounded_by_length() {
        let cases = [
            ("anthony", "antony", true),
            ("llyod", "lloyd", true),
            ("blinkin", "blinken", true),
            ("jaishanker", "jaishankar", true),
            ("jaishnkr", "jaishankar", true),
            ("austen", "austin", true),
            ("donald", "antony", false),
            ("jane", "lloyd", false),
            ("blinken", "blinken", false),
            ("sing", "singh", true),
            ("cruz", "cruise", false),
            ("lee", "li", false),
        ];
        for (a, b, want) in cases {
            assert!(
                bag_distance(a, b) <= strsim::damerau_levenshtein(a, b),
                "{a} ~ {b}"
            );
            assert_eq!(similar(a, b, 4), want, "{a} ~ {b}");
        }
    }
}
