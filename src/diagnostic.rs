//! Problems in files the user wrote, with the byte span of the offending text.
//!
//! The library produces [`Diagnostic`]s as plain data; [`Diagnostic::render`] draws them with a
//! source snippet (annotate-snippets) only at the edge, when the binary prints them.

use crate::span::{LineIndex, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// One problem at one place in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, in one line ("unknown key `subjct`").
    pub message: String,
    /// Where, as bytes of the file's text.
    pub span: Span,
    /// What was expected there, shown under the underline.
    pub label: String,
    /// What to do about it ("did you mean `subject`?").
    pub help: Option<String>,
    /// Another place that matters ("first defined here"), with its label.
    pub related: Option<(Span, String)>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            span,
            label: label.into(),
            help: None,
            related: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related = Some((span, label.into()));
        self
    }

    /// The diagnostic as text: `error: …`, `--> path:line:col`, the source lines with the span
    /// underlined, and the help. `styled` adds ANSI colour (the caller decides: terminal and no
    /// `NO_COLOR`).
    pub fn render(&self, path: &str, source: &str, styled: bool) -> String {
        let clamp = |span: Span| {
            let end = span.end.min(source.len());
            let start = span.start.min(end);
            start..end
        };
        let mut snippet = Snippet::source(source).path(path).annotation(
            AnnotationKind::Primary
                .span(clamp(self.span))
                .label(&self.label),
        );
        if let Some((span, label)) = &self.related {
            snippet = snippet.annotation(AnnotationKind::Context.span(clamp(*span)).label(label));
        }
        let mut report = vec![Level::ERROR.primary_title(&self.message).element(snippet)];
        if let Some(help) = &self.help {
            report.push(Group::with_title(Level::HELP.secondary_title(help)));
        }
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&report)
    }

    /// `path:line:col` of the diagnostic's start, for one-line summaries.
    pub fn location(&self, path: &str, source: &str) -> String {
        let at = LineIndex::new(source).line_col(source, self.span.start.min(source.len()));
        format!("{path}:{}:{}", at.line, at.column)
    }
}
