//! Throughput of each stage in MB/s, on the seed articles of `corpus/` repeated to 1 MB.
//!
//! `cargo bench --bench throughput`. These print numbers and check nothing (`cargo test`
//! checks correctness); `bench/run.sh` measures the whole command against ripgrep.

use crosscheck::claims::Claims;
use crosscheck::segment::{RuleSegmenter, Segmenter};
use crosscheck::subject::SubjectMatcher;
use crosscheck::verdict::Checker;
use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use std::path::Path;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// About 1 MB of news text: the seed articles, repeated.
static TEXT: LazyLock<String> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let seed: String = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::new();
    while text.len() < 1_000_000 && !seed.is_empty() {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    text
});

fn claims() -> Claims {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims.toml");
    Claims::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[divan::bench]
fn segmenter(bencher: Bencher) {
    let text = TEXT.as_str();
    let segmenter = RuleSegmenter::new();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| segmenter.sentences(black_box(text)));
}

#[divan::bench]
fn extractor(bencher: Bencher) {
    let text = TEXT.as_str();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| crosscheck::quantity::extract(black_box(text)));
}

/// The subject matcher with the example claims' aliases, and with 1,000 more claims: one
/// automaton, so the throughput should barely move.
#[divan::bench(args = [0, 1000])]
fn subject_matcher(bencher: Bencher, extra_claims: usize) {
    let text = TEXT.as_str();
    let mut aliases: Vec<Vec<String>> = claims().claims.iter().map(|c| c.subject.clone()).collect();
    aliases
        .extend((0..extra_claims).map(|i| vec![format!("project {i} bridge"), format!("PX-{i}")]));
    let matcher = SubjectMatcher::new(&aliases).unwrap_or_else(|e| panic!("{e}"));
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| matcher.find(black_box(text)));
}

/// The whole per-document check (subjects, names, sentences and values around hits, verdicts).
#[divan::bench]
fn checker(bencher: Bencher) {
    let text = TEXT.as_str();
    let claims = claims();
    let checker = Checker::new(&claims.claims).unwrap_or_else(|e| panic!("{e}"));
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| checker.check(black_box(text)));
}
