//! The articles: seed sentences with varied figures, and sentences about topics.

use crate::rng::Rng;
use crate::topics::{self, Fact};
use crosscheck::segment::{RuleSegmenter, Segmenter};
use std::fmt::Write as _;
use std::path::PathBuf;

const SOURCES: [&str; 8] = [
    "daily-courier",
    "the-ledger",
    "metro-times",
    "wire-service",
    "evening-post",
    "herald",
    "gazette",
    "observer",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The sentences of the seed articles (40 to 400 bytes long), as the real segmenter reads them.
pub fn seed_sentences(dir: PathBuf) -> Result<Vec<String>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for span in RuleSegmenter::new().sentences(&text) {
            let s = span.slice(&text);
            if (40..=400).contains(&s.len()) {
                out.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    if out.is_empty() {
        return Err(format!("no seed sentences in {}", dir.display()));
    }
    Ok(out)
}

/// A seed sentence with each run of digits replaced, half of the time, by another of the
/// same length (so that figures vary across the corpus).
fn varied(seed: &str, rng: &mut Rng) -> String {
    if rng.below(2) == 0 {
        return seed.to_string();
    }
    let mut out = String::with_capacity(seed.len());
    let mut first_digit = true;
    for c in seed.chars() {
        if c.is_ascii_digit() {
            let d = if first_digit {
                rng.range(1, 10)
            } else {
                rng.below(10)
            };
            out.push(char::from(b'0' + d as u8));
            first_digit = false;
        } else {
            out.push(c);
            first_digit = true;
        }
    }
    out
}

/// One sentence about a topic: its true value (mostly), a wrong one, or a bare mention.
fn topic_sentence(i: usize, rng: &mut Rng) -> String {
    let t = topics::topic(i);
    let subject = if rng.below(4) == 0 { &t.code } else { &t.name };
    let roll = rng.below(100);
    if roll < 15 {
        return match rng.below(3) {
            0 => format!("Residents near the {subject} were not consulted, critics say."),
            1 => format!("Officials declined to comment on the {subject}."),
            _ => format!("The {subject} was discussed at length by the council."),
        };
    }
    let fact = if roll < 25 {
        topics::wrong(t.fact, rng)
    } else {
        t.fact
    };
    let about = if rng.below(10) == 0 { "about " } else { "" };
    match fact {
        Fact::Count(n) => {
            let n = topics::count(n, rng);
            match rng.below(3) {
                0 => format!("The {subject} will employ {about}{n} workers, officials said."),
                1 => format!(
                    "According to the ministry, {about}{n} engineers work on the {subject}."
                ),
                _ => format!("Some {n} families were moved to make way for the {subject}."),
            }
        }
        Fact::Money(m) => {
            let m = topics::money(m, rng);
            match rng.below(2) {
                0 => format!("The {subject} is expected to cost {about}{m}."),
                _ => format!("Lenders approved {m} for the {subject} last month."),
            }
        }
        Fact::Percent(p) => {
            let pct = if rng.below(2) == 0 { "%" } else { " percent" };
            format!("{about}{p}{pct} of the {subject} has been completed, the report says.")
        }
        Fact::Year(y) => match rng.below(2) {
            0 => format!("Work on the {subject} began in {y}."),
            _ => format!("The {subject}, first proposed in {y}, has faced delays."),
        },
        Fact::Ordinal(o) => format!("This is the {} phase of the {subject}.", topics::ordinal(o)),
        Fact::Person(g) => format!(
            "The {} {}, led by {} {}, won the tender.",
            t.place,
            "consortium",
            topics::given_name(g),
            t.place
        ),
    }
}

/// Article `n`: (file name, text). A headline, a byline, then paragraphs.
pub fn article(n: usize, seeds: &[String], rng: &mut Rng) -> (String, String) {
    let source = rng.pick(&SOURCES);
    let (year, month, day) = (rng.range(2015, 2025), rng.below(12), rng.range(1, 29));
    let chosen: Vec<usize> = (0..rng.range(1, 4))
        .map(|_| rng.below(topics::TOPICS as u32) as usize)
        .collect();
    let lead = topics::topic(chosen[0]);
    let mut text = format!(
        "{} plans draw scrutiny\nBy {} staff | {} {}, {}\n\n",
        lead.name, source, MONTHS[month as usize], day, year
    );
    let target = rng.range(1500, 8000) as usize;
    while text.len() < target {
        for s in 0..rng.range(2, 6) {
            if s > 0 {
                text.push(' ');
            }
            if rng.below(3) == 0 {
                text.push_str(&topic_sentence(*rng.pick(&chosen), rng));
            } else {
                let seed = rng.below(seeds.len() as u32) as usize;
                text.push_str(&varied(&seeds[seed], rng));
            }
        }
        text.push_str("\n\n");
    }
    let mut name = String::new();
    let _ = write!(name, "{source}_{year}-{:02}-{day:02}_{n:07}.txt", month + 1);
    (name, text)
}
