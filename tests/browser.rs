//! The HTML report in a real browser: headless Chromium loads the example corpus's page, a
//! script added at its end clicks, types and reads the DOM, and this test checks what it saw
//! against the JSON report of the same run: one cell per claim and document, the conflict
//! cells, their evidence once clicked, the filter, keyboard access, the verdict colours'
//! contrast. A screenshot of the page with a conflict's evidence open is saved under the
//! target directory (`tmp/browser/report.png`). A second test does the same for the page of
//! one row per claim that more than 50 documents make.
//!
//! Ignored by a plain `cargo test`, since it needs Chromium; `.ci/run` installs Chromium and
//! runs it with `cargo test --test browser -- --ignored`, where a missing browser fails.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The checks run inside the page, leaving their findings in `window.probeFindings`.
const PROBE: &str = r#"
<script>
(function () {
  var out = {};
  var table = document.getElementById("report");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-d]"));
  function visibleRows() {
    return rows.filter(function (r) { return !r.hidden; })
      .map(function (r) { return r.querySelector("th .id").textContent; });
  }
  function visibleHeads() {
    return heads.filter(function (h) { return !h.hidden; })
      .map(function (h) { return h.getAttribute("title"); });
  }
  out.rowHeaders = table.querySelectorAll("tbody th[scope=row]").length;
  out.colHeaders = heads.filter(function (h) { return h.getAttribute("scope") === "col"; })
    .map(function (h) { return h.getAttribute("title"); });
  out.cellsPerRow = rows.map(function (r) { return r.querySelectorAll("td[data-d]").length; });
  out.stickyHeader = getComputedStyle(heads[0]).position;
  out.stickyClaim = getComputedStyle(table.tBodies[0].rows[0].cells[0]).position;
  var buttons = Array.prototype.slice.call(table.querySelectorAll("td button.cell"));
  out.buttons = buttons.length;
  out.focusable = buttons.every(function (b) { return b.tabIndex >= 0 && !b.disabled; });
  out.status = document.getElementById("status").textContent;

  var panel = document.getElementById("panel");
  out.panelHiddenAtFirst = panel.hidden;
  out.conflicts = Array.prototype.slice.call(table.querySelectorAll("td.v-conflicts")).map(function (td) {
    var claim = td.parentNode.querySelector("th .id").textContent;
    var document_ = heads[Number(td.getAttribute("data-d"))].getAttribute("title");
    var button = td.querySelector("button");
    button.focus();
    button.click();
    var shown = { claim: claim, document: document_, cell: button.textContent,
      panelOpen: !panel.hidden, focusInPanel: document.activeElement === panel,
      panelText: panel.textContent, marked: Array.prototype.map.call(
        panel.querySelectorAll("mark"), function (m) { return m.textContent; }) };
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    shown.closedByEscape = panel.hidden;
    shown.focusBack = document.activeElement === button;
    return shown;
  });

  var only = document.getElementById("conflicts-only");
  var search = document.getElementById("search");
  only.checked = true; only.dispatchEvent(new Event("change"));
  out.conflictsOnly = { rows: visibleRows(), heads: visibleHeads() };
  only.checked = false; only.dispatchEvent(new Event("change"));
  out.afterReset = { rows: visibleRows().length, heads: visibleHeads().length };
  function searchFor(text) {
    search.value = text; search.dispatchEvent(new Event("input"));
    var seen = { rows: visibleRows(), heads: visibleHeads(),
      nothing: !document.getElementById("nothing").hidden };
    return seen;
  }
  out.searchClaim = searchFor("Secretary of State");
  out.searchDocument = searchFor("WSWS");
  out.searchNothing = searchFor("no claim says this");
  searchFor("");

  out.colours = ["v-conflicts", "v-accepted", "v-supports", "v-outdated", "v-mentions", "v-absent"]
    .map(function (cls) {
      var probe = document.createElement("td");
      probe.className = cls;
      probe.textContent = "x";
      table.tBodies[0].rows[0].appendChild(probe);
      var style = getComputedStyle(probe);
      var colour = { class: cls, fg: style.color, bg: style.backgroundColor };
      probe.remove();
      return colour;
    });

  // Leave a conflict's evidence open for the screenshot.
  var first = table.querySelector("td.v-conflicts button");
  if (first) first.click();
  window.probeFindings = out;
})();
</script>
"#;

fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
        let found = Command::new("which").arg(name).output();
        if let Ok(found) = found
            && found.status.success()
        {
            return PathBuf::from(String::from_utf8_lossy(&found.stdout).trim());
        }
    }
    panic!(
        "Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM to \
         its path; this test is not skipped when run"
    );
}

/// Headless Chromium on `page`, with `args`: stdout.
fn headless(page: &Path, args: &[&str]) -> String {
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--window-size=1400,1000",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("Chromium runs");
    assert!(
        output.status.success(),
        "Chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 DOM")
}

fn check(format: &str, output: &Path) {
    check_in(Path::new(env!("CARGO_MANIFEST_DIR")), format, output);
}

/// `crosscheck check --format FORMAT --output OUTPUT` in `dir` (its claims.toml and corpus/).
fn check_in(dir: &Path, format: &str, output: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "check", "--quiet", "--format", format, "--force", "--output",
        ])
        .arg(output)
        .current_dir(dir)
        .status()
        .expect("crosscheck runs");
    assert_eq!(status.code(), Some(1), "the corpus has a conflict");
}

/// Added after a probe: writes what it found (`window.probeFindings`) as JSON into a script
/// element (`<` escaped), which `--dump-dom` prints as it is.
const WRITE_FINDINGS: &str = r#"
<script>
(function () {
  var result = document.createElement("script");
  result.type = "application/json";
  result.id = "probe-result";
  result.textContent = JSON.stringify(window.probeFindings).replace(/</g, "\\u003c");
  document.body.appendChild(result);
})();
</script>
"#;

/// Loads `page` with `probe` added at its end and returns what the probe found.
fn probe(page: &Path, probe: &str) -> Value {
    let html = std::fs::read_to_string(page).unwrap();
    let probed = page.with_extension("probed.html");
    let added = format!("{probe}{WRITE_FINDINGS}</body>");
    std::fs::write(&probed, html.replace("</body>", &added)).unwrap();
    let dom = headless(&probed, &["--dump-dom"]);
    let start = dom
        .find(r#"<script type="application/json" id="probe-result">"#)
        .expect("the probe ran and wrote its findings");
    let rest = &dom[start..];
    let json_text = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
    serde_json::from_str(json_text).expect("the probe's findings")
}

/// WCAG 2 contrast ratio of two CSS `rgb(r, g, b)` colours.
fn contrast(fg: &str, bg: &str) -> f64 {
    let luminance = |css: &str| -> f64 {
        let channels: Vec<f64> = css
            .trim_start_matches("rgba(")
            .trim_start_matches("rgb(")
            .trim_end_matches(')')
            .split(',')
            .take(3)
            .map(|c| c.trim().parse::<f64>().expect("a colour channel") / 255.0)
            .map(|c| {
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            })
            .collect();
        0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    };
    let (a, b) = (luminance(fg), luminance(bg));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn contrast_is_measured_as_wcag_says() {
    assert!((contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") - 21.0).abs() < 1e-9);
    assert!((contrast("rgb(119, 119, 119)", "rgb(255, 255, 255)") - 4.48).abs() < 0.01);
}

#[test]
#[ignore = "needs Chromium: .ci/run installs it and runs this with --ignored"]
fn the_report_works_in_a_browser() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let (html, json) = (dir.join("report.html"), dir.join("report.json"));
    check("html", &html);
    check("json", &json);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no request leaves"
    );
    let seen = probe(&html, PROBE);
    let probed = html.with_extension("probed.html");

    let claims = report["claims"].as_array().unwrap();
    let documents: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    // One cell per claim and document, headers scoped.
    assert_eq!(seen["rowHeaders"], claims.len());
    assert_eq!(seen["colHeaders"], serde_json::json!(documents));
    let cells: Vec<u64> = serde_json::from_value(seen["cellsPerRow"].clone()).unwrap();
    assert_eq!(cells, vec![documents.len() as u64; claims.len()]);
    assert_eq!(seen["stickyHeader"], "sticky");
    assert_eq!(seen["stickyClaim"], "sticky");
    // Every pair found is a button (the absent ones have nothing to open).
    let found = report["results"].as_array().unwrap();
    assert_eq!(seen["buttons"], found.len());
    assert_eq!(seen["focusable"], true);
    assert_eq!(seen["panelHiddenAtFirst"], true);
    assert_eq!(
        seen["status"],
        format!(
            "Showing {} of {} claims and {} of {} documents.",
            claims.len(),
            claims.len(),
            documents.len(),
            documents.len()
        )
    );

    // The conflict cells are the JSON's conflicts, and each opens its evidence.
    let conflicts: Vec<&Value> = found
        .iter()
        .filter(|r| r["verdict"] == "conflicts")
        .collect();
    let opened = seen["conflicts"].as_array().unwrap();
    assert!(!conflicts.is_empty());
    assert_eq!(opened.len(), conflicts.len());
    for (result, shown) in conflicts.iter().zip(opened) {
        assert_eq!(shown["claim"], result["claim"]);
        assert_eq!(shown["document"], result["document"]);
        assert!(shown["cell"].as_str().unwrap().starts_with('✗'), "{shown}");
        assert_eq!(shown["panelOpen"], true);
        assert_eq!(shown["focusInPanel"], true, "focus moves to the evidence");
        assert_eq!(shown["closedByEscape"], true);
        assert_eq!(
            shown["focusBack"], true,
            "Escape gives focus back to the cell"
        );
        let text = shown["panelText"].as_str().unwrap();
        let claim = claims.iter().find(|c| c["id"] == result["claim"]).unwrap();
        assert!(text.contains(claim["value"].as_str().unwrap()), "{text}");
        assert!(
            text.contains(claim["statement"].as_str().unwrap()),
            "{text}"
        );
        for evidence in result["evidence"].as_array().unwrap() {
            let at = format!(
                "{}:{}:{}",
                result["document"].as_str().unwrap(),
                evidence["line"],
                evidence["column"]
            );
            assert!(text.contains(&at), "{at} in {text}");
            let found = evidence["found"].as_str().unwrap();
            assert!(shown["marked"].as_array().unwrap().contains(&found.into()));
            let sentence: String = evidence["sentence"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&sentence), "{sentence} in {text}");
        }
    }

    // The filter: conflicts only, then a search over claims, over documents, over nothing.
    let conflicting_claims: Vec<&str> = claims
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .filter(|id| conflicts.iter().any(|r| r["claim"] == *id))
        .collect();
    let conflicting_documents: Vec<&str> = documents
        .iter()
        .copied()
        .filter(|d| conflicts.iter().any(|r| r["document"] == *d))
        .collect();
    assert_eq!(
        seen["conflictsOnly"]["rows"],
        serde_json::json!(conflicting_claims)
    );
    assert_eq!(
        seen["conflictsOnly"]["heads"],
        serde_json::json!(conflicting_documents)
    );
    assert_eq!(seen["afterReset"]["rows"], claims.len());
    assert_eq!(seen["afterReset"]["heads"], documents.len());
    let stating: Vec<&str> = claims
        .iter()
        .filter(|c| {
            c["statement"]
                .as_str()
                .unwrap_or("")
                .contains("Secretary of State")
        })
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(stating, ["blinken-name"]);
    assert_eq!(seen["searchClaim"]["rows"], serde_json::json!(stating));
    assert_eq!(seen["searchClaim"]["heads"], serde_json::json!(documents));
    let wsws: Vec<&str> = documents
        .iter()
        .copied()
        .filter(|d| d.contains("wsws"))
        .collect();
    assert_eq!(wsws.len(), 1);
    assert_eq!(seen["searchDocument"]["heads"], serde_json::json!(wsws));
    assert_eq!(
        seen["searchDocument"]["rows"].as_array().unwrap().len(),
        claims.len()
    );
    assert_eq!(seen["searchNothing"]["rows"], serde_json::json!([]));
    assert_eq!(seen["searchNothing"]["nothing"], true);

    // Verdict colours: AA contrast (4.5:1) of text on its ground.
    for colour in seen["colours"].as_array().unwrap() {
        let ratio = contrast(
            colour["fg"].as_str().unwrap(),
            colour["bg"].as_str().unwrap(),
        );
        assert!(ratio >= 4.5, "{colour}: contrast {ratio:.2}");
    }

    let screenshot = dir.join("report.png");
    let _ = std::fs::remove_file(&screenshot);
    headless(
        &probed,
        &[&format!("--screenshot={}", screenshot.display())],
    );
    let png = std::fs::read(&screenshot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
}

/// What the per-claim page is probed for: its rows, the count cells, the conflicting
/// documents named, one's evidence once clicked, and the filter.
const PER_CLAIM_PROBE: &str = r#"
<script>
(function () {
  var out = {};
  var table = document.getElementById("report");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function visibleRows() {
    return rows.filter(function (r) { return !r.hidden; })
      .map(function (r) { return r.querySelector("th .id").textContent; });
  }
  out.className = table.className;
  out.rows = rows.map(function (r) {
    return {
      claim: r.querySelector("th[scope=row] .id").textContent,
      conflicts: r.querySelector("td[data-verdict=conflicts]").textContent,
      absent: r.querySelector("td[data-verdict=absent]").textContent,
      named: Array.prototype.map.call(r.querySelectorAll("td.documents button.cell"),
        function (b) { return b.textContent; }),
      more: (r.querySelector(".more") || { textContent: "" }).textContent
    };
  });
  var panel = document.getElementById("panel");
  var first = table.querySelector("td.documents button.cell");
  first.click();
  out.opened = { open: !panel.hidden, text: panel.textContent };
  var only = document.getElementById("conflicts-only");
  var search = document.getElementById("search");
  only.checked = true; only.dispatchEvent(new Event("change"));
  out.conflictsOnly = visibleRows();
  only.checked = false; only.dispatchEvent(new Event("change"));
  search.value = "news-0003"; search.dispatchEvent(new Event("input"));
  out.searchDocument = visibleRows();
  search.value = "news-0002"; search.dispatchEvent(new Event("input"));
  out.searchUnnamed = visibleRows();
  window.probeFindings = out;
})();
</script>
"#;

/// Past 50 documents the page is one row per claim: checked in the browser on 60 articles.
#[test]
#[ignore = "needs Chromium: .ci/run installs it and runs this with --ignored"]
fn the_per_claim_page_works_in_a_browser() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-per-claim");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("corpus")).unwrap();
    std::fs::write(
        dir.join("claims.toml"),
        "[[claim]]\nid = \"drone-count\"\nsubject = \"armed drones\"\nvalue = \"31\"\n\n\
         [[claim]]\nid = \"sub-count\"\nsubject = \"submarines\"\nvalue = \"6\"\n",
    )
    .unwrap();
    for i in 0..60 {
        let mut text = format!("India will buy {} armed drones.", 29 + i % 3);
        if i % 10 == 0 {
            text.push_str(" It also wants 6 submarines.");
        }
        std::fs::write(dir.join(format!("corpus/news-{i:04}.txt")), text).unwrap();
    }
    let (html, json) = (dir.join("report.html"), dir.join("report.json"));
    check_in(&dir, "html", &html);
    check_in(&dir, "json", &json);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let seen = probe(&html, PER_CLAIM_PROBE);

    assert_eq!(seen["className"], "by-claim");
    let conflicting: Vec<&str> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["claim"] == "drone-count" && r["verdict"] == "conflicts")
        .map(|r| r["document"].as_str().unwrap())
        .collect();
    assert_eq!(
        conflicting.len(),
        40,
        "29 and 30 drones, two documents in three"
    );
    let rows = seen["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let drones = &rows[0];
    assert_eq!(drones["claim"], "drone-count");
    assert_eq!(drones["conflicts"], "40");
    assert_eq!(drones["absent"], "0");
    let named: Vec<String> = conflicting[..3].iter().map(|d| format!("✗ {d}")).collect();
    assert_eq!(drones["named"], serde_json::json!(named));
    assert_eq!(drones["more"], "and 37 more");
    let submarines = &rows[1];
    assert_eq!(submarines["claim"], "sub-count");
    assert_eq!(submarines["conflicts"], "0");
    assert_eq!(submarines["absent"], "54");
    assert_eq!(submarines["named"], serde_json::json!([]));

    let text = seen["opened"]["text"].as_str().unwrap();
    assert_eq!(seen["opened"]["open"], true);
    assert!(text.contains(&format!("{}:1:16", conflicting[0])), "{text}");
    assert!(text.contains("India will buy 29 armed drones."), "{text}");
    assert!(text.contains("found 29, claim 31"), "{text}");
    assert_eq!(seen["conflictsOnly"], serde_json::json!(["drone-count"]));
    // news-0003 (29 drones) is named in the drone row; news-0002 (31) is named nowhere.
    assert_eq!(conflicting[2], "corpus/news-0003.txt");
    assert_eq!(seen["searchDocument"], serde_json::json!(["drone-count"]));
    assert_eq!(seen["searchUnnamed"], serde_json::json!([]));
}
