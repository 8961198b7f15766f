//! The readers end to end: the same article as plain text, Markdown and HTML (the CLI cases'
//! `tests/cmd/readers.in/corpus/`, shared so that one copy is kept), and the fixtures only these
//! tests read (`tests/readers/corpus/`: an HTML file in windows-1252, ignore comments in
//! Markdown and HTML), checked against `tests/cmd/readers.in/claims.toml`: verdicts pinned, and
//! every position, for every format and fixture, at the value's first character in the file
//! (at the `&` of an entity).

use crosscheck::claims::Claims;
use crosscheck::report::{Location, Report};
use crosscheck::verdict::Verdict::{self, Conflicts, Supports};
use std::path::{Path, PathBuf};

/// The CLI cases' folder: the claims and the article in three formats.
fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/readers.in")
}

/// Both folders of fixtures.
fn corpora() -> [PathBuf; 2] {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        shared().join("corpus"),
        manifest.join("tests/readers/corpus"),
    ]
}

fn report() -> Report {
    let claims = Claims::load(&shared().join("claims.toml")).unwrap();
    crosscheck::check(&claims, &corpora()).unwrap()
}

fn verdict(report: &Report, claim: &str, file: &str) -> (Verdict, bool) {
    report
        .all_results()
        .find(|r| &*r.claim == claim && r.document.ends_with(&format!("/{file}")))
        .map(|r| (r.verdict, r.accepted))
        .unwrap_or((Verdict::Absent, false))
}

#[test]
fn each_format_gives_the_verdicts_its_text_states() {
    let report = report();
    let expected: &[(&str, &str, Verdict)] = &[
        // "The city will run 14\nelectric ferries": one sentence in every format.
        ("ferry-count", "bay.txt", Conflicts),
        ("ferry-count", "bay.md", Conflicts),
        ("ferry-count", "bay.html", Conflicts),
        ("bridge-cost", "bay.txt", Supports),
        // "&pound;310 million", "&pound;310&nbsp;million".
        ("bridge-cost", "bay.md", Supports),
        ("bridge-cost", "bay.html", Supports),
        // "\xa3310 million" under <meta charset="windows-1252">.
        ("bridge-cost", "latin1.html", Supports),
        ("depot-staff", "bay.txt", Supports),
        // "- The depot will\n  employ **45** people.", next to "`depot: 20`".
        ("depot-staff", "bay.md", Supports),
        ("depot-staff", "bay.html", Supports),
    ];
    for (claim, file, want) in expected {
        assert_eq!(verdict(&report, claim, file).0, *want, "{claim} in {file}");
    }
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

/// `| electric ferries | 16 |` under `| vessel | number |` states 16 electric ferries, and so
/// does `<td>electric ferries</td><td>16</td>` under `<th>vessel</th><th>number</th>`; the 20
/// in the fenced code block, in `depot: 20`, in the script and the comment are never read.
#[test]
fn a_table_row_is_a_statement_with_its_header_and_code_is_not() {
    let report = report();
    for (file, line, column) in [("bay.md", 13, 22), ("bay.html", 13, 34)] {
        let result = report
            .all_results()
            .find(|r| &*r.claim == "ferry-count" && r.document.ends_with(&format!("/{file}")))
            .unwrap();
        let values: Vec<(&str, Verdict)> = result
            .evidence
            .iter()
            .map(|e| (&*e.value, e.verdict))
            .collect();
        assert_eq!(values, [("14", Conflicts), ("16", Supports)], "{file}");
        let row = &result.evidence[1];
        assert_eq!(row.sentence, "electric ferries number 16", "{file}");
        assert_eq!((row.line, row.column), (line, column), "{file}");
    }
}

#[test]
fn ignore_comments_accept_in_markdown_and_html() {
    let report = report();
    assert_eq!(
        verdict(&report, "ferry-count", "accepted.md"),
        (Conflicts, true)
    );
    assert_eq!(
        verdict(&report, "ferry-count", "accepted.html"),
        (Conflicts, true)
    );
    assert_eq!(
        verdict(&report, "depot-staff", "accepted.md").0,
        Verdict::Absent
    );
    assert_eq!(
        verdict(&report, "ferry-count", "latin1.html").0,
        Verdict::Absent
    );
}

/// Line and column of byte `at` in `text`, counted independently of the library.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

#[test]
fn every_position_points_at_the_value_in_the_file_for_every_format_and_fixture() {
    let report = report();
    let mut checked = 0;
    for result in report.all_results() {
        let (document, _) = crosscheck::corpus::read_document(
            Path::new(&*result.document),
            u64::MAX,
            &Default::default(),
        )
        .unwrap();
        let source = document.source_text();
        for e in &result.evidence {
            let at = &source[e.byte_start..];
            let first = e.found.chars().next().unwrap();
            assert!(
                at.starts_with(first) || (at.starts_with('&') && first != '&'),
                "{}: evidence {:?} at byte {} reads {:?}",
                result.document,
                e.found,
                e.byte_start,
                &at[..at.len().min(20)]
            );
            assert!(e.byte_start < e.byte_end && e.byte_end <= source.len());
            assert_eq!(line_col(source, e.byte_start), (e.line, e.column));
            assert_eq!(line_col(source, e.byte_end), (e.end_line, e.end_column));
            checked += 1;
        }
        if let Some(Location {
            line,
            column,
            byte_start,
            ..
        }) = result.mention
        {
            assert_eq!(line_col(source, byte_start), (line, column));
        }
    }
    assert!(checked >= 12, "only {checked} evidence checked");
}

/// `check` skips reading a Markdown or HTML file whose text holds no word of any alias and no
/// claimed surname (or a near miss read as the person) when it needs no document date: every
/// result must be what reading the file gives. Checked with the readers' claims and the example
/// claims (`as_of` dropped, which would date every document), each alone and all together,
/// over the readers' fixtures, the CLI cases' files and the example corpus: a claim alone
/// leaves most files without its subject, and they are skipped.
#[test]
fn screening_a_file_before_reading_it_changes_no_result() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Claims::load(&shared().join("claims.toml")).unwrap();
    let example = Claims::load(&manifest.join("claims.toml")).unwrap();
    all.claims.extend(example.claims.into_iter().map(|mut c| {
        c.as_of = None;
        c
    }));
    let [_, own] = corpora();
    let corpora = [own, manifest.join("tests/cmd"), manifest.join("corpus")];
    let run = |claims: &Claims, dates_unshown: bool| {
        let options = crosscheck::CheckOptions {
            dates_unshown,
            ..Default::default()
        };
        let report = crosscheck::check_with(claims, &corpora, options, &mut |_| {}).unwrap();
        let results: Vec<String> = report
            .all_results()
            .map(|r| {
                let evidence: Vec<String> = r
                    .evidence
                    .iter()
                    .map(|e| format!("{}:{} {} {}", e.line, e.column, e.found, e.sentence))
                    .collect();
                format!("{} {} {:?} {evidence:?}", r.claim, r.document, r.verdict)
            })
            .collect();
        (results, format!("{:?}", report.problems))
    };
    let mut sets: Vec<Claims> = all
        .claims
        .iter()
        .map(|c| Claims {
            path: all.path.clone(),
            claims: vec![c.clone()],
            read: all.read.clone(),
        })
        .collect();
    sets.push(all);
    for claims in &sets {
        let (read, read_problems) = run(claims, false);
        let (screened, screened_problems) = run(claims, true);
        assert_eq!(read, screened, "{}", claims.claims[0].id);
        assert_eq!(read_problems, screened_problems);
    }
}
