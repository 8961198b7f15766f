//! How much evidence a report keeps, so that a large corpus's report fits in memory.

/// How much evidence a report keeps of each (claim, document) pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// All of it: the JSON and the machine formats list every piece.
    #[default]
    All,
    /// What the table prints: every conflicting piece, and the first supporting one (the value
    /// in a cell). The table is then the same, and a large corpus's report a fraction of the
    /// size, since most evidence supports and each piece carries its sentence.
    Table,
    /// What the table's per-claim summary prints: the conflicting pairs with their conflicting
    /// evidence; the other pairs are only counted (`ClaimEntry::tally`). Memory then follows
    /// the conflicts, not the corpus.
    Conflicts,
    /// Every piece, as [`Keep::All`], set aside on disk as documents finish (`spill.rs`) and read
    /// back in order as the report is written: the JSON and CSV, which list results by claim
    /// while documents finish in path order, so that a large corpus's results are not all in
    /// memory at the end (839 MB for the JSON at 10,000 claims over 1 GB). Settled as [`Keep::All`] when the
    /// documents are checked in one batch ([`Keep::resolve`]): their results are then all in
    /// memory at once whatever happens, and setting them aside would only copy them.
    AllSetAside,
    /// What a stream needs (`--format jsonl`): every piece, handed to the caller as each
    /// document finishes, then ([`Report::streamed`](super::Report::streamed)) only each
    /// conflicting pair's verdict and acceptance, which the closing summary counts. Memory then
    /// follows the conflicts (about 100 bytes each), not the corpus: without it, a 10,000-claim
    /// stream over 1 GB held 830 MB of evidence already written.
    Streamed,
    /// What a table `width` columns wide prints: [`Keep::Conflicts`] when the documents are too
    /// many to be columns (the table is then surely the summary), else [`Keep::Table`].
    TableFitting { width: usize },
    /// What the HTML report shows: [`Keep::All`] when there are `documents` documents or fewer
    /// (a matrix whose every cell opens all its evidence), else [`Keep::Conflicts`] (one row
    /// per claim with its conflicting documents). The caller works `documents` out from the
    /// number of claims (`report::html::matrix_documents`).
    MatrixFitting { documents: usize },
}

impl Keep {
    /// Settles [`Keep::TableFitting`] and [`Keep::AllSetAside`] once the number of documents is
    /// known; `batch` is how many documents a run checks before it adds their results.
    pub fn resolve(self, documents: usize, batch: usize) -> Keep {
        match self {
            Keep::TableFitting { width } if too_many_columns(documents, width) => Keep::Conflicts,
            Keep::TableFitting { .. } => Keep::Table,
            Keep::MatrixFitting { documents: most } if documents > most => Keep::Conflicts,
            Keep::MatrixFitting { .. } => Keep::All,
            Keep::AllSetAside if documents <= batch => Keep::All,
            keep => keep,
        }
    }
}

/// True when `documents` columns cannot fit `width`: a column takes at least four characters
/// ("│ — ").
pub fn too_many_columns(documents: usize, width: usize) -> bool {
    documents.saturating_mul(4) + 1 > width
}
