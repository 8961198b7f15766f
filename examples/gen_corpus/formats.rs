//! The same article as Markdown and as HTML, for timing the readers against plain text on the
//! same words: the headline becomes a heading (and the HTML `<title>`), the byline emphasis
//! or a byline paragraph, each paragraph a paragraph; Markdown paragraphs are wrapped at 80
//! columns (soft line breaks, as editors write them), HTML text has its `&`, `<`, `>` and
//! typographic apostrophes written as character references.

/// The headline, the byline and the paragraphs of a generated article.
fn parts(text: &str) -> (&str, &str, Vec<&str>) {
    let mut blocks = text.split("\n\n");
    let head = blocks.next().unwrap_or("");
    let (headline, byline) = head.split_once('\n').unwrap_or((head, ""));
    let paragraphs = blocks.map(str::trim).filter(|p| !p.is_empty()).collect();
    (headline, byline, paragraphs)
}

/// `text` as Markdown.
pub fn markdown(text: &str) -> String {
    let (headline, byline, paragraphs) = parts(text);
    let mut out = format!("# {headline}\n\n*{byline}*\n");
    for paragraph in paragraphs {
        out.push('\n');
        wrap(paragraph, 80, &mut out);
    }
    out
}

/// Appends `paragraph` wrapped at `width` columns; a word that Markdown would read as a list
/// marker or a heading at a line's start stays on the line before.
fn wrap(paragraph: &str, width: usize, out: &mut String) {
    let mut line = 0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let markup = word.starts_with(|c: char| c.is_ascii_digit() || "-+*#>=|".contains(c));
        if line > 0 && line + 1 + word.len() > width && !markup {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        // Markdown would read these as emphasis or escapes: written escaped.
        for c in word.chars() {
            if "*_`\\[]<".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        line += word.len();
    }
    out.push('\n');
}

/// `text` as an HTML page.
pub fn html(text: &str) -> String {
    let (headline, byline, paragraphs) = parts(text);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>article {{ max-width: 40em }}</style>\n</head>\n<body>\n<article>\n<h1>{}</h1>\n\
         <p class=\"byline\"><em>{}</em></p>\n",
        escape(headline),
        escape(headline),
        escape(byline)
    );
    for paragraph in paragraphs {
        out.push_str("<p>");
        out.push_str(&escape(paragraph));
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '’' => out.push_str("&#8217;"),
            c => out.push(c),
        }
    }
    out
}
