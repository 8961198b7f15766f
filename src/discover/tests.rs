use super::*;
use std::path::Path;

fn example() -> Discovery {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    discover(&[root.join("corpus")], &DiscoverOptions::default())
}

fn line(g: &Group) -> String {
    let values: Vec<&str> = g.values.iter().map(|v| v.value.as_str()).collect();
    format!(
        "{} ({}): {}",
        g.subject,
        g.kind.as_str(),
        values.join(" / ")
    )
}

#[test]
fn the_example_corpus_disagrees_on_drones_rounds_and_blinken() {
    let d = example();
    let top: Vec<String> = d.disagreements().take(10).map(line).collect();
    let has = |needle: &str| top.iter().any(|l| l.contains(needle));
    assert!(
        has("armed drones (count): 31 / 30") || has("armed drones (count): 30 / 31"),
        "{top:#?}"
    );
    assert!(has("(ordinal): fifth") && has("fourth"), "{top:#?}");
    assert!(has("Blinken (name)"), "{top:#?}");
}

#[test]
#[ignore]
fn print_statements() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir =
        std::env::var("DISCOVER_DIR").unwrap_or_else(|_| root.join("corpus").display().to_string());
    let segmenter = RuleSegmenter::default();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for s in statement::statements(&text, &segmenter) {
            println!(
                "{}:{} {:?} [{}] {:?} = {}",
                path.display(),
                s.line,
                s.key.kind,
                s.form,
                s.key.modifiers,
                s.written
            );
        }
    }
}

#[test]
#[ignore]
fn debug_sentence() {
    use crate::clause::Reading;
    use crate::span::Span;
    let text = std::env::var("SENTENCE").unwrap();
    let s = Span::new(0, text.len());
    let values: Vec<Quantity> = crate::quantity::extract(&text);
    let reading = Reading::new(&text, s, &values);
    for (i, q) in values.iter().enumerate() {
        let p = phrase::after(&text, q.span.end, s);
        println!(
            "{:?} {:?} {:?} -> {:?}",
            q.span.slice(&text),
            q.kind,
            reading.value(i),
            p.as_ref().map(|p| p.span.slice(&text))
        );
    }
    let segmenter = RuleSegmenter::default();
    for st in statement::statements(&text, &segmenter) {
        println!("{:?} [{}] = {}", st.key, st.form, st.written);
    }
}
