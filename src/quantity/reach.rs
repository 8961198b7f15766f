//! Where a quantity can start: within reach of a token that holds a value.
//!
//! Why: the scan tries every reader (date, qualifier, currency, numeral, fraction) at every
//! token, and in running text nearly every token is a plain word that none of them reads. With
//! many claims the extractor sees most sentences of a corpus, and those failed attempts were
//! most of its time. Every quantity takes its value from somewhere: digits (a number or a
//! code token such as "18.11.2023"), a number word ("thirty", "fifth", "dozen", "half",
//! "crore"), an adjective that states a first ("inaugural", "maiden": `first_words.rs`) or a
//! month ("April 2022"). What may stand before that first value token is
//! bounded by the grammar: a qualifier phrase (at most [`LONGEST_QUALIFIER`] tokens: "less
//! than or equal to"), a currency written before the number (at most five: "u . s . $"), a
//! sign or an article ("minus", "a" dozen), or for a date a weekday and a comma ("Tuesday, 24
//! October"), or "between" and "per cent of". So a reader can only succeed at a token whose
//! next value token is fewer than [`REACH`] tokens away, and the scan skips the others: its
//! output is the same, by construction, and the tests check it on real and generated text.

use super::token::Token;

/// The most tokens a qualifier phrase before a figure takes ("less than or equal to").
pub(crate) const LONGEST_QUALIFIER: usize = 5;

/// How far ahead of a value token a quantity may start, counting the value token: a qualifier
/// phrase, a currency of up to five tokens and a sign or article before it ("less than or
/// equal to u . s . $ minus 5" puts the value eleven tokens after the start).
pub(crate) const REACH: usize = LONGEST_QUALIFIER + 5 + 1 + 1;

/// How far ahead of a value token the body of a quantity (what follows its qualifier) may
/// start: a currency of up to five tokens, a sign and an article.
pub(crate) const BODY_REACH: usize = REACH - LONGEST_QUALIFIER;

/// For each token, the index of the first value token at or after it ([`NONE`] if none).
pub(crate) fn next_values(toks: &[Token]) -> Vec<usize> {
    let mut next = vec![NONE; toks.len()];
    let mut after = NONE;
    for (k, t) in toks.iter().enumerate().rev() {
        if t.value {
            after = k;
        }
        if let Some(slot) = next.get_mut(k) {
            *slot = after;
        }
    }
    next
}

/// No value token follows.
pub(crate) const NONE: usize = usize::MAX;

/// True when a quantity may start at token `i`, given [`next_values`].
#[cfg(test)]
pub(crate) fn in_reach(next: &[usize], i: usize) -> bool {
    next.get(i).is_some_and(|&v| v < i.saturating_add(REACH))
}

/// The first token from `i` on that [`in_reach`] allows (`next.len()` if none does).
pub(crate) fn first_in_reach(next: &[usize], i: usize) -> usize {
    first_in_reach_of(next, i, REACH)
}

/// The first token from `i` on with a value token fewer than `reach` tokens ahead
/// (`next.len()` if none has).
pub(crate) fn first_in_reach_of(next: &[usize], i: usize, reach: usize) -> usize {
    match next.get(i) {
        None | Some(&NONE) => next.len(),
        Some(&v) => (v + 1).saturating_sub(reach).max(i),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::code::blocked_tokens;
    use super::super::scan::read_at;
    use super::super::token::tokenize;
    use super::*;
    use std::path::Path;

    /// Texts to hold the bound on: the example articles, the other projects' cases when
    /// `../shared` is beside the repository (as in CI), the longest prefixes the grammar
    /// allows, and random mixes of the pieces quantities are made of.
    pub(crate) fn texts() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in [root.join("corpus"), root.join("../shared/peer-suites")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        assert!(texts.len() >= 5, "the example articles are in corpus/");
        texts.extend(
            [
                "less than or equal to u . s . $ minus 5 and greater than or equal to US$ minus 3",
                "no fewer than Rs. 32,000 crore, approx. 3 dozen, at least a dozen",
                "between 10 and 15 April, up to Tuesday, 24 October 2023, since Friday, Nov. 10",
                "per cent of twenty-two, percent of minus five, more than a third of all",
                "as many as hong kong $ 10, in excess of HK$ 5, half a million, a quarter",
            ]
            .map(String::from),
        );
        const PIECES: &[&str] = &[
            "less than or equal to",
            "more than",
            "approx.",
            "about",
            "between",
            "and",
            "u . s .",
            "US",
            "$",
            "Rs.",
            "₹",
            "minus",
            "-",
            "a",
            "an",
            "per cent of",
            "percent",
            "Tuesday,",
            "November",
            "Nov.",
            "10",
            "3,000",
            "18.11.2023",
            "twenty",
            "one",
            "fifth",
            "thirds",
            "half",
            "dozen",
            "crore",
            "billion",
            "drones",
            "India",
            "the",
            ",",
            "%",
        ];
        let mut lcg = crate::random_text::Lcg::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..16 {
                text.push_str(lcg.pick::<&str>(PIECES));
                text.push(' ');
            }
            texts.push(text);
        }
        texts
    }

    /// Wherever a reader succeeds, a value token is within reach: so skipping the tokens that
    /// are not cannot lose a quantity. Checked at every token, not only where the scan reads.
    #[test]
    fn every_read_starts_within_reach_of_a_value() {
        let mut reads = 0;
        let mut farthest = 0;
        for text in texts() {
            let toks = tokenize(&text);
            let blocked = blocked_tokens(&toks);
            let next = next_values(&toks);
            for i in 0..toks.len() {
                if read_at(&toks, &blocked, i, None).is_some() {
                    reads += 1;
                    let v = next.get(i).copied().unwrap_or(NONE);
                    assert!(
                        in_reach(&next, i),
                        "a quantity starts at token {i} with no value within {REACH} tokens: {:?}",
                        toks.get(i..)
                            .unwrap_or_default()
                            .iter()
                            .take(REACH)
                            .map(|t| t.text)
                            .collect::<Vec<_>>()
                    );
                    farthest = farthest.max(v - i);
                }
            }
        }
        assert!(reads > 10_000, "{reads} reads");
        assert!(
            farthest >= LONGEST_QUALIFIER + 5,
            "the longest prefixes were read: {farthest}"
        );
    }

    /// Not trying a body with no value within [`BODY_REACH`] changes no reading: at every
    /// token of the texts, the bounded read is the unbounded one.
    #[test]
    fn the_body_bound_changes_no_reading() {
        let mut reads = 0;
        for text in texts() {
            let toks = tokenize(&text);
            let blocked = blocked_tokens(&toks);
            let next = next_values(&toks);
            for i in 0..toks.len() {
                let bounded = read_at(&toks, &blocked, i, Some(&next));
                let all = read_at(&toks, &blocked, i, None);
                let key = |r: &Option<(crate::quantity::Quantity, usize)>| {
                    r.as_ref().map(|(q, end)| (q.span, q.kind, q.value, *end))
                };
                assert_eq!(key(&bounded), key(&all), "at token {i} of {text:?}");
                reads += usize::from(all.is_some());
            }
        }
        assert!(reads > 10_000, "{reads} reads");
    }

    /// The table of qualifier phrases has no phrase longer than the reach allows for.
    #[test]
    fn no_qualifier_is_longer_than_allowed_for() {
        let longest = super::super::qualifier::longest_prefix();
        assert_eq!(longest, LONGEST_QUALIFIER);
    }

    #[test]
    fn value_tokens() {
        let text = "On Tuesday, 24 October the fifth round cost over US$3.99bn, a dozen \
            crore, half a lakh and thirty-one drones in Sept. 18.11.2023 India talks";
        let held: Vec<&str> = tokenize(text)
            .into_iter()
            .filter(|t| t.value)
            .map(|t| t.text)
            .collect();
        assert_eq!(
            held,
            [
                "24",
                "October",
                "fifth",
                "3.99",
                "bn",
                "dozen",
                "crore",
                "half",
                "lakh",
                "thirty",
                "one",
                "Sept",
                "18.11.2023"
            ]
        );
    }

    #[test]
    fn reach_is_counted_from_each_token() {
        let toks = tokenize("the talks were about 30 drones and the rest");
        let next = next_values(&toks);
        assert_eq!(next, [4, 4, 4, 4, 4, NONE, NONE, NONE, NONE]);
        assert!(in_reach(&next, 0) && in_reach(&next, 4));
        assert!(!in_reach(&next, 5), "nothing holds a value after 30");
        assert_eq!(first_in_reach(&next, 5), toks.len());

        let far = format!("{} 30", "word ".repeat(20));
        let toks = tokenize(&far);
        let next = next_values(&toks);
        let first = first_in_reach(&next, 0);
        assert_eq!(first, 20 + 1 - REACH);
        assert!(!in_reach(&next, first - 1) && in_reach(&next, first));
    }
}
