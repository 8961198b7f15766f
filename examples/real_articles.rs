//! Scores crosscheck on real news articles against labels a person wrote by reading them
//! (`measure/`: see its README). The articles' text is not in the repository; it is rebuilt into
//! `measure/texts/` (git-ignored) and checked against the length and FNV-1a hash kept in
//! `measure/articles.toml`.
//!
//! ```text
//! cargo run --release --example real_articles -- [--topic TOPIC] [--json]
//! ```
//!
//! A pair (claim, article) is scored when the tool finds the subject (verdict not `absent`) or
//! a label exists. A present pair without a label counts as labelled `mentions`: the labeller
//! listed every pair whose subject occurs, so an unlabelled one is one the labeller did not see
//! a value in. Printed per topic and overall: accuracy on those pairs, conflict precision (tool
//! conflicts labelled conflicts) and recall (labelled conflicts the tool finds), then every
//! disagreement.

use crosscheck::claims::Claims;
use crosscheck::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Deserialize)]
struct Articles {
    article: Vec<Article>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // url, title, sha256 and rebuild are for the person rebuilding the texts
struct Article {
    file: String,
    url: String,
    topic: String,
    title: String,
    sha256: String,
    bytes: usize,
    fnv1a64: String,
    rebuild: String,
}

#[derive(Deserialize)]
struct Labels {
    label: Vec<Label>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // line and why are for the reader of labels.toml
struct Label {
    claim: String,
    file: String,
    verdict: String,
    value: Option<String>,
    line: usize,
    #[serde(default)]
    historical: bool,
    why: String,
}

#[derive(Serialize, Default, Clone)]
struct Score {
    topic: String,
    articles: usize,
    pairs: usize,
    agree: usize,
    labelled_conflicts: usize,
    labelled_historical: usize,
    tool_conflicts: usize,
    found_conflicts: usize,
    accuracy: f64,
    precision: f64,
    recall: f64,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.articles += other.articles;
        self.pairs += other.pairs;
        self.agree += other.agree;
        self.labelled_conflicts += other.labelled_conflicts;
        self.labelled_historical += other.labelled_historical;
        self.tool_conflicts += other.tool_conflicts;
        self.found_conflicts += other.found_conflicts;
    }

    fn finish(&mut self) {
        let rate = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.accuracy = rate(self.agree, self.pairs);
        self.precision = rate(self.found_conflicts, self.tool_conflicts);
        self.recall = rate(self.found_conflicts, self.labelled_conflicts);
    }
}

#[derive(Serialize)]
struct Disagreement {
    claim: String,
    file: String,
    label: String,
    label_value: Option<String>,
    historical: bool,
    tool: String,
    found: Option<String>,
    line: Option<usize>,
}

fn read_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn fnv1a64(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let (mut topic_filter, mut json) = (None, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--topic" => topic_filter = Some(args.next().ok_or("--topic needs a topic")?),
            other => {
                return Err(format!(
                    "unknown argument {other:?} (--topic TOPIC, --json)"
                ));
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("measure");
    let texts = root.join("texts");
    if !texts.is_dir() {
        println!("texts not found: rebuild them as measure/README.md says");
        return Ok(());
    }
    let articles: Articles = read_toml(&root.join("articles.toml"))?;
    let labels: Labels = read_toml(&root.join("labels.toml"))?;
    let mut label_of = BTreeMap::new();
    for label in &labels.label {
        if !["supports", "conflicts", "mentions"].contains(&label.verdict.as_str()) {
            return Err(format!(
                "label {} × {}: bad verdict",
                label.claim, label.file
            ));
        }
        label_of.insert((label.claim.clone(), label.file.clone()), label);
    }
    let topics: BTreeSet<&str> = articles.article.iter().map(|a| a.topic.as_str()).collect();
    if let Some(t) = &topic_filter
        && !topics.contains(t.as_str())
    {
        return Err(format!("no topic {t:?} (topics: {topics:?})"));
    }
    let (mut scores, mut disagreements, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen_labels = BTreeSet::new();
    for topic in topics {
        if topic_filter.as_deref().is_some_and(|t| t != topic) {
            continue;
        }
        let mut paths = Vec::new();
        for article in articles.article.iter().filter(|a| a.topic == topic) {
            let path = texts.join(&article.file);
            match std::fs::read(&path) {
                Err(e) => problems.push(format!("{}: cannot read ({e}); skipped", article.file)),
                Ok(bytes) if bytes.len() != article.bytes || fnv1a64(&bytes) != article.fnv1a64 => {
                    problems.push(format!(
                        "{}: {} bytes, fnv1a64 {} (expected {} bytes, {}): not the labelled text; skipped",
                        article.file,
                        bytes.len(),
                        fnv1a64(&bytes),
                        article.bytes,
                        article.fnv1a64
                    ))
                }
                Ok(_) => paths.push((article.file.clone(), path)),
            }
        }
        let claims = Claims::load(&root.join("claims").join(format!("{topic}.toml")))
            .map_err(|e| e.to_string())?;
        let files: Vec<PathBuf> = paths.iter().map(|(_, p)| p.clone()).collect();
        let report = crosscheck::check(&claims, &files).map_err(|e| e.to_string())?;
        for problem in &report.problems {
            problems.push(format!("{problem:?}"));
        }
        let mut score = Score {
            topic: topic.to_string(),
            articles: paths.len(),
            ..Score::default()
        };
        for result in report.all_results() {
            let document = result.document.replace('\\', "/");
            let Some((file, _)) = paths
                .iter()
                .find(|(f, _)| document.ends_with(&format!("/{f}")))
            else {
                problems.push(format!("report document {document} is no listed article"));
                continue;
            };
            let key = (result.claim.to_string(), file.clone());
            let label = label_of.get(&key).copied();
            seen_labels.insert(key.clone());
            let tool = result.verdict;
            if tool == Verdict::Absent && label.is_none() {
                continue;
            }
            let expected = label.map_or("mentions", |l| l.verdict.as_str());
            score.pairs += 1;
            score.labelled_conflicts += usize::from(expected == "conflicts");
            score.labelled_historical += usize::from(label.is_some_and(|l| l.historical));
            score.tool_conflicts += usize::from(tool == Verdict::Conflicts);
            if tool.as_str() == expected {
                score.agree += 1;
                score.found_conflicts += usize::from(expected == "conflicts");
                continue;
            }
            // The evidence behind the tool's verdict: the first of that verdict, else the mention.
            let evidence = result.evidence.iter().find(|e| e.verdict == tool);
            disagreements.push(Disagreement {
                claim: key.0,
                file: key.1,
                label: expected.to_string(),
                label_value: label.and_then(|l| l.value.clone()),
                historical: label.is_some_and(|l| l.historical),
                tool: tool.as_str().to_string(),
                found: evidence.map(|e| e.found.clone()),
                line: evidence
                    .map(|e| e.line)
                    .or(result.mention.as_ref().map(|m| m.line)),
            });
        }
        score.finish();
        scores.push(score);
    }
    for key in label_of.keys() {
        let topic = key.1.split('/').next().unwrap_or_default();
        if topic_filter.as_deref().is_none_or(|t| t == topic) && !seen_labels.contains(key) {
            problems.push(format!("label {} × {} matches no result", key.0, key.1));
        }
    }
    let mut overall = Score {
        topic: "overall".to_string(),
        ..Score::default()
    };
    scores.iter().for_each(|s| overall.add(s));
    overall.finish();
    if json {
        let out = serde_json::json!({
            "topics": scores, "overall": overall,
            "disagreements": disagreements, "problems": problems,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    println!(
        "{:<10} {:>8} {:>6} {:>8} {:>9} {:>10} {:>7} {:>7} {:>7}",
        "topic",
        "articles",
        "pairs",
        "accuracy",
        "labelled✗",
        "historical",
        "tool✗",
        "prec.",
        "recall"
    );
    for s in scores.iter().chain([&overall]) {
        println!(
            "{:<10} {:>8} {:>6} {:>7.1}% {:>9} {:>10} {:>7} {:>6.1}% {:>6.1}%",
            s.topic,
            s.articles,
            s.pairs,
            100.0 * s.accuracy,
            s.labelled_conflicts,
            s.labelled_historical,
            s.tool_conflicts,
            100.0 * s.precision,
            100.0 * s.recall
        );
    }
    println!("\nunlabelled present pairs count as labelled `mentions`");
    println!("\n{} disagreements (label → tool):", disagreements.len());
    for d in &disagreements {
        println!(
            "  {} × {}: {}{}{} → {} {} (line {})",
            d.claim,
            d.file,
            d.label,
            d.label_value
                .as_ref()
                .map_or(String::new(), |v| format!(" {v}")),
            if d.historical { " [historical]" } else { "" },
            d.tool,
            d.found
                .as_deref()
                .map_or("-".to_string(), |f| format!("{f:?}")),
            d.line.map_or("-".to_string(), |l| l.to_string()),
        );
    }
    for problem in &problems {
        eprintln!("warning: {problem}");
    }
    Ok(())
}
