//! The report is the same, byte for byte, whatever the number of threads, and the parallel,
//! sparse path gives exactly what checking each document in turn, claim by claim, gives.

use crosscheck::CheckOptions;
use crosscheck::claims::Claims;
use crosscheck::corpus::{self, WalkOptions};
use crosscheck::report::table::TableOptions;
use crosscheck::report::{Keep, Pairs, Report, json};
use crosscheck::verdict::Checker;
use std::path::{Path, PathBuf};

/// 300 articles (more than one batch) made of the seed articles' paragraphs, rotated, with
/// the drone count and the round varied so that verdicts differ from file to file.
fn corpus(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut seeds: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    seeds.sort();
    let out = dir.join("corpus");
    for i in 0..300 {
        let seed = &seeds[i % seeds.len()];
        let mut paragraphs: Vec<&str> = seed.split("\n\n").collect();
        let turn = i % paragraphs.len();
        paragraphs.rotate_left(turn);
        let text = paragraphs
            .join("\n\n")
            .replace("31 armed drones", &format!("{} armed drones", 29 + i % 4))
            .replace("fifth", ["fifth", "fourth", "fifth", "sixth"][i % 4])
            + [
                "",
                "\n\nIndia will buy 31 armed drones. It signed for 31 MQ-9B drones.\n",
            ][i % 2];
        let sub = out.join(format!("{:02}", i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("article-{i:04}.txt")), text).unwrap();
    }
    out
}

fn claims() -> Claims {
    Claims::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("claims.toml")).unwrap()
}

fn json_with_threads(threads: usize, claims: &Claims, corpus: &Path) -> String {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let paths = [corpus.to_path_buf()];
    let report = pool.install(|| crosscheck::check(claims, &paths)).unwrap();
    every_pair(&report)
}

/// The JSON with every pair listed, the absent ones too (`--all-pairs`).
fn every_pair(report: &Report) -> String {
    let mut out = Vec::new();
    json::write(report, Pairs::Every, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn output_is_identical_for_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let claims = claims();
    let one = json_with_threads(1, &claims, &corpus);
    for threads in [2, 3, 8] {
        let many = json_with_threads(threads, &claims, &corpus);
        assert!(one == many, "{threads} threads gave a different report");
    }
    let parsed: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(parsed["results"].as_array().unwrap().len(), 300 * 9);
    assert!(parsed["summary"]["conflicts"].as_u64().unwrap() > 50);
}

/// Keeping only what the table prints leaves the table unchanged, in every layout.
#[test]
fn the_table_is_the_same_from_a_report_that_keeps_only_what_it_prints() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let claims = claims();
    let paths = [corpus.clone()];
    let all = keeping(&claims, &paths, Keep::All);
    let table = keeping(&claims, &paths, Keep::Table);
    let (all, table) = (all.unwrap(), table.unwrap());
    let summary = keeping(&claims, &paths, Keep::Conflicts);
    let summary = summary.unwrap();
    assert!(summary.counts_only());
    let turned = TableOptions {
        width: 160,
        color: false,
        by_document: false,
    };
    assert_eq!(
        crosscheck::report::table::render(&all, turned),
        crosscheck::report::table::render(&summary, turned)
    );
    assert_eq!(all.summary, summary.summary);
    // Only the conflicting pairs, and they are set aside on disk until printed.
    assert!(summary.results.is_empty());
    assert!(summary.spilled() > 0 && summary.spilled() < all.results.len());
    for (width, by_document) in [(100_000, false), (160, false), (160, true)] {
        let options = TableOptions {
            width,
            color: false,
            by_document,
        };
        assert_eq!(
            crosscheck::report::table::render(&all, options),
            crosscheck::report::table::render(&table, options)
        );
    }
    let kept = |r: &Report| r.results.iter().map(|r| r.evidence.len()).sum::<usize>();
    assert!(kept(&table) < kept(&all));
}

/// The dense reference: every document in turn, every claim's finding, every pair stored.
#[test]
fn parallel_sparse_check_equals_the_dense_sequential_one() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let claims = claims();
    let checker = Checker::new(&claims.claims).unwrap();
    let mut dense = Report::new(&claims.claims);
    let list = corpus::list_files(std::slice::from_ref(&corpus), &WalkOptions::default());
    for path in &list.files {
        let (document, _) = corpus::read_document(path, u64::MAX, &Default::default()).unwrap();
        let date = crosscheck::time::date_document(&document.path, &document.text, None, None);
        let findings = checker.check_dated(&document.text, date.map(|d| d.period));
        dense.add_dated_document(&document, date, &findings);
    }
    dense.finish();
    assert_eq!(every_pair(&dense), json_with_threads(2, &claims, &corpus));
}

/// A check keeping only the evidence `keep` says.
fn keeping(
    claims: &Claims,
    paths: &[PathBuf],
    keep: Keep,
) -> Result<Report, crosscheck::subject::SubjectError> {
    let options = CheckOptions {
        keep,
        ..Default::default()
    };
    crosscheck::check_with(claims, paths, options, &mut |_| {})
}
