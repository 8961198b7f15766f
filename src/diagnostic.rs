//! Problems in files the user wrote, with the byte span of the offending text.
//!
//! The library produces [`Diagnostic`]s as plain data; [`Diagnostic::render`] draws them with a
//! source snippet (annotate-snippets) only at the edge, when the binary prints them.

use crate::span::{LineIndex, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::sync::Arc;

/// A file's text as the user wrote it, with the path as messages show it: what a
/// [`Related`] place in another file is drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Another place that matters to a diagnostic ("first used here"), in the same file or, when
/// `file` is set, in another one (a claim id used again in an included claims file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub label: String,
    pub file: Option<Arc<SourceFile>>,
}

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
    pub related: Option<Related>,
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
        self.related = Some(Related {
            span,
            label: label.into(),
            file: None,
        });
        self
    }

    /// A related place in another file, drawn as a second snippet under the first.
    pub fn with_related_in(
        mut self,
        file: Arc<SourceFile>,
        span: Span,
        label: impl Into<String>,
    ) -> Self {
        self.related = Some(Related {
            span,
            label: label.into(),
            file: Some(file),
        });
        self
    }

    /// The diagnostic as text: `error: …`, `--> path:line:col`, the source lines with the span
    /// underlined, and the help. `styled` adds ANSI colour (the caller decides: terminal and no
    /// `NO_COLOR`).
    pub fn render(&self, path: &str, source: &str, styled: bool) -> String {
        let clamp = |span: Span, source: &str| {
            let end = span.end.min(source.len());
            let start = span.start.min(end);
            start..end
        };
        let mut snippet = Snippet::source(source).path(path).annotation(
            AnnotationKind::Primary
                .span(clamp(self.span, source))
                .label(&self.label),
        );
        let mut elsewhere = None;
        match &self.related {
            Some(Related {
                span,
                label,
                file: None,
            }) => {
                snippet = snippet.annotation(
                    AnnotationKind::Context
                        .span(clamp(*span, source))
                        .label(label),
                );
            }
            Some(Related {
                span,
                label,
                file: Some(file),
            }) => {
                elsewhere = Some(
                    Snippet::source(file.text.as_str())
                        .path(file.path.as_str())
                        .annotation(
                            AnnotationKind::Context
                                .span(clamp(*span, &file.text))
                                .label(label),
                        ),
                );
            }
            None => {}
        }
        let mut group = Level::ERROR.primary_title(&self.message).element(snippet);
        if let Some(other) = elsewhere {
            group = group.element(other);
        }
        let mut report = vec![group];
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
