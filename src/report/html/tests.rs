use super::*;
use crate::claims::Claims;
use crate::corpus::Document;
use crate::report::spill::tests::added_as_check_does;
use std::path::Path;

const CLAIMS: &str = "[[claim]]\nid = \"drone-count\"\nsubject = \"drones\"\nvalue = \"31\"\n\
    statement = \"India buys 31 drones <script>alert('claim')</script>\"\n\n\
    [[claim]]\nid = \"deal-value\"\nsubject = \"deal\"\nvalue = \"$3 billion\"\n";

/// `documents` documents (every other one quoting 30 drones, every third the deal), added as a
/// run keeping `keep` adds them, set aside seven at a time when it spills.
fn report(keep: Keep, documents: usize) -> Report {
    let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
    let documents = (0..documents)
        .map(|i| {
            let drones = if i % 2 == 0 { 30 } else { 31 };
            let mut text = format!("India will buy {drones} drones <script>alert(1)</script> now.");
            if i % 3 == 0 {
                text.push_str(" The deal is worth $3 billion.");
            }
            Document::plain(format!("news/{i:04}_2023-11-10.md"), text)
        })
        .collect();
    added_as_check_does(
        Report::new(&claims.claims).keeping(keep),
        &claims,
        documents,
        7,
    )
}

#[test]
fn a_claim_or_sentence_holding_markup_is_shown_as_text() {
    let page = render(&report(Keep::All, 2)).unwrap();
    // The page's own script is the only one.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert!(!page.contains("alert(1)</script>"));
    assert!(!page.contains("<script>alert('claim')"));
    assert!(
        page.contains(
            "India buys 31 drones &#60;script&#62;alert(&#39;claim&#39;)&#60;/script&#62;"
        ),
        "{page}"
    );
    assert!(page.contains("<blockquote>India will buy <mark>30 drones</mark> &#60;script&#62;alert(1)&#60;/script&#62; now.</blockquote>"), "{page}");
}

#[test]
fn few_documents_make_a_matrix_with_every_cell_and_its_evidence() {
    let report = report(Keep::All, 3);
    let page = render(&report).unwrap();
    assert!(page.contains(r#"<table id="report" class="matrix">"#));
    // A cell per claim and document, a scoped header per claim and per document.
    assert_eq!(page.matches("<td data-d=").count(), 2 * 3);
    assert_eq!(page.matches(r#"<th scope="row">"#).count(), 2);
    assert_eq!(page.matches(r#"<th scope="col" data-d="#).count(), 3);
    // The deal is absent from the second and third documents: nothing to open there.
    assert_eq!(
        page.matches(r#"<button type="button" class="cell""#)
            .count(),
        4
    );
    assert_eq!(
        page.matches(r#"class="v-absent"><span aria-label="deal-value in "#)
            .count(),
        2
    );
    assert!(page.contains(r#"<td data-d="2" class="v-conflicts"><button type="button" class="cell" aria-label="drone-count in 0002_2023-11-10: conflicts, ✗ 30">✗ 30</button>"#), "{page}");
    assert!(page.contains(r#"<td data-d="0" class="v-accepted"><button type="button" class="cell" aria-label="drone-count in 0000_2023-11-10: conflicts, ✗ 30 (accepted)">"#), "{page}");
    assert!(page.contains("<span class=\"note\">accepted (baseline)</span> <code>news/0000_2023-11-10.md:1:16</code>"), "{page}");
    assert!(page.contains("<p class=\"message\">found 30, claim 31</p>"));
    assert!(page.contains("<p class=\"message\">found 31, claim 31</p>"));
    assert!(page.contains(
        "2 claims × 3 documents: 2 supports, 2 conflicts (1 accepted), 0 mentions, 2 absent"
    ));
}

#[test]
fn a_document_date_heads_its_column() {
    let claims = Claims::parse(Path::new("claims.toml"), CLAIMS).unwrap();
    let checker = crate::verdict::Checker::new(&claims.claims).unwrap();
    let mut report = Report::new(&claims.claims);
    let document = Document::plain("news/a.md".to_string(), "India buys 31 drones.".to_string());
    let date = crate::time::DocumentDate {
        period: crate::time::Period::day(2023, 11, 10).unwrap(),
        source: crate::time::DateSource::Dateline,
    };
    report.add_dated_document(&document, Some(date), &checker.check(&document.text));
    report.finish();
    let page = render(&report).unwrap();
    assert!(
        page.contains(
            r#"title="news/a.md">a<br><time datetime="2023-11-10">2023-11-10</time></th>"#
        ),
        "{page}"
    );
}

#[test]
fn many_documents_turn_the_page_into_rows_bounded_by_the_claims() {
    let columns = matrix_documents(2);
    let small = report(Keep::Conflicts, columns + 10);
    assert!(small.spilled() > 0, "the conflicts are set aside on disk");
    let page = render(&small).unwrap();
    assert!(page.contains(r#"<table id="report" class="by-claim">"#));
    assert_eq!(page.matches(r#"<th scope="row">"#).count(), 2);
    assert!(!page.contains("<td data-d="));
    // drone-count: every other document conflicts, the first three named with their evidence.
    let conflicts = (columns + 10).div_ceil(2);
    assert!(
        page.contains(&format!(
            r#"<td class="count v-conflicts" data-verdict="conflicts">{conflicts}</td>"#
        )),
        "{page}"
    );
    assert_eq!(
        page.matches(r#"<li class="v-conflicts"><button"#).count(),
        SHOWN_CONFLICTS
    );
    assert!(
        page.contains("✗ news/0000_2023-11-10.md (accepted)</button>"),
        "{page}"
    );
    assert!(
        page.contains("✗ news/0002_2023-11-10.md</button>"),
        "{page}"
    );
    assert!(page.contains(&format!("and {} more", conflicts - SHOWN_CONFLICTS)));
    // Ten times the documents: the same rows, a few digits longer.
    let large = render(&report(Keep::Conflicts, 10 * (columns + 10))).unwrap();
    assert!(
        large.len() < page.len() + 40,
        "{} then {}",
        page.len(),
        large.len()
    );
    // The same report kept in memory is turned the same way.
    let in_memory = report(Keep::All, columns + 10);
    assert_eq!(render(&in_memory).unwrap(), page);
}

#[test]
fn the_matrix_is_kept_only_while_it_is_small() {
    assert_eq!(matrix_documents(9), MAX_COLUMNS);
    assert_eq!(matrix_documents(10_000), MAX_CELLS / 10_000);
    assert_eq!(keep(9).resolve(MAX_COLUMNS, 256), Keep::All);
    assert_eq!(keep(9).resolve(MAX_COLUMNS + 1, 256), Keep::Conflicts);
}
