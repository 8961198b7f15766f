//! The words before a candidate surname: the given name or initials before it, and whether a
//! word opens a sentence.
//!
//! These are the cues that tell "Antony J. Blinken" (a full name) from "Secretary Blinken" (a
//! title, so a mention) and from "Donald Blinken" (another given name). Reading them by walking
//! back from the surname, rather than tokenising the whole document, keeps the common case (a
//! capitalised word that is no claimed surname) free.

use super::letters::folded;
use super::word_map::FnvMap;
use super::words::suffix_end;
use crate::lower_word::LowerWord;
use crate::span::Span;
use std::sync::LazyLock;

/// Capitalised words that are never a given name before a surname but may precede one in a
/// name's own run of capitals ("Secretary of State Antony Blinken"): titles, offices and
/// honorifics. Lowercase.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "secretary", "secretaries", "minister", "ministers", "state", "defense", "defence", "foreign",
    "external", "affairs", "home", "finance", "commerce", "trade", "interior", "president",
    "vice", "prime", "premier", "chancellor", "ambassador", "envoy", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
    "general", "gen", "admiral", "adm", "colonel", "col", "lt", "captain", "capt", "major", "maj",
    "sgt", "chief", "deputy", "counterpart", "counterparts", "spokesman", "spokeswoman",
    "spokesperson", "speaker", "leader", "judge", "justice", "king", "queen", "prince",
    "princess", "pope", "sheikh", "emir", "director", "chairman", "chair", "ceo", "officer",
    "official", "officials", "diplomat", "top", "former", "acting", "new", "ex",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "shri", "smt", "herr", "frau", "mme", "monsieur", "madame", "senor", "don",
];

/// Other capitalised words that are never a given name before a surname: countries,
/// nationalities and places common in the news, days and months. Lowercase.
#[rustfmt::skip]
const NOT_GIVEN: &[&str] = &[
    "us", "usa", "uk", "eu", "un", "america", "american", "americans", "india", "indian",
    "indians", "russia", "russian", "china", "chinese", "britain", "british", "france",
    "french", "germany", "german", "japan", "japanese", "australia", "australian", "pakistan",
    "pakistani", "israel", "israeli", "ukraine", "ukrainian", "iran", "iranian", "washington",
    "delhi", "moscow", "beijing", "pentagon", "nato", "quad", "western", "asian",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// Capitalised words that open a sentence without naming anyone ("Yesterday Blinken said",
/// "When Austin arrived", "Will Austin attend?"): function words, common adverbs and the
/// verbs that open a question. Any other word that opens a sentence right before a surname is
/// read as a given name ("Larry Austin, the US defence secretary, told reporters"). Lowercase.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "a", "about", "according", "across", "after", "again", "against", "all", "already", "also",
    "although", "amid", "among", "an", "and", "another", "any", "are", "around", "as", "asked",
    "at", "because", "before", "behind", "besides", "between", "beyond", "both", "but", "by",
    "can", "could", "despite", "did", "do", "does", "during", "each", "earlier", "either",
    "even", "ever", "every", "except", "few", "finally", "first", "for", "from", "given", "had",
    "has", "have", "he", "hence", "her", "here", "his", "how", "however", "i", "if", "in",
    "indeed", "instead", "into", "is", "it", "its", "just", "last", "later", "like", "many",
    "may", "meanwhile", "might", "more", "moreover", "most", "must", "my", "neither", "never",
    "next", "no", "nor", "not", "now", "of", "on", "once", "only", "or", "other", "our",
    "over", "overall", "perhaps", "please", "said", "says", "second", "shall", "she",
    "should", "since", "so", "some", "soon", "still", "such", "than", "thanks", "that", "the",
    "their", "then", "there", "these", "they", "third", "this", "those", "though", "through",
    "thus", "to", "today", "told", "tomorrow", "tonight", "under", "unless", "unlike",
    "until", "upon", "was", "we", "well", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whose", "why", "will", "with", "within", "without", "would", "yes",
    "yesterday", "yet", "you", "your",
];

/// What a folded word is in the lists: a title, never a given name, or a sentence opener
/// (bits [`TITLE`], [`NOT_A_GIVEN_NAME`], [`OPENER`]). One hashed lookup answers every
/// question about a word: they are asked about the word before every mention of a claimed
/// surname, and `discover` asks about every capitalised pair of a corpus.
static CLASSES: LazyLock<FnvMap<&'static str, u8>> = LazyLock::new(|| {
    let mut classes: FnvMap<&'static str, u8> = FnvMap::default();
    for (list, class) in [
        (TITLES, TITLE),
        (NOT_GIVEN, NOT_A_GIVEN_NAME),
        (OPENERS, OPENER),
    ] {
        for w in list {
            *classes.entry(w).or_default() |= class;
        }
    }
    classes
});

const TITLE: u8 = 1;
const NOT_A_GIVEN_NAME: u8 = 2;
const OPENER: u8 = 4;

/// The classes of `word` as the lists hold it: lowercased and folded. A short ASCII word is
/// lowered on the stack (nearly every capitalised word of English prose); any other is folded
/// into a copy.
fn classes_of(word: &str) -> u8 {
    if word.is_ascii()
        && let Some(lower) = LowerWord::new(word)
    {
        return classes_of_folded(lower.as_str());
    }
    classes_of_folded(&folded(word))
}

/// The classes of a word already lowercased and folded.
fn classes_of_folded(lower: &str) -> u8 {
    CLASSES.get(lower).copied().unwrap_or(0)
}

/// Whether `word`, lowercased, is a title, a word never given before a surname or a word that
/// opens sentences without naming anyone.
pub fn never_given(word: &str) -> bool {
    classes_of(word) != 0
}

/// Whether `word`, lowercased, is a title.
pub fn is_title(word: &str) -> bool {
    classes_of(word) & TITLE != 0
}

/// A capitalised word directly before a surname, which may be a given name.
#[derive(Debug, Clone)]
pub struct GivenWord {
    pub span: Span,
    /// The word lowercased and folded.
    pub lower: String,
    /// The word is never a given name: a title, in [`NOT_GIVEN`], or an acronym.
    pub not_a_name: bool,
    /// The word opens a sentence ("Yesterday Blinken"), with no initials after it ("Donald J.
    /// Blinken" names someone).
    pub opens_sentence: bool,
    /// The word continues a run of capitalised words that are not titles: a title-case
    /// headline ("US Hosts Blinken"), or a name of several given names ("Lloyd James Austin").
    pub title_case: bool,
}

impl GivenWord {
    /// The word cannot count as a different given name on its own evidence.
    pub fn excluded(&self) -> bool {
        self.not_a_name || self.opens_sentence || self.title_case
    }
}

/// What stands directly before a surname.
#[derive(Debug, Clone, Default)]
pub struct Before {
    /// The nearest capitalised word before the surname and any initials.
    pub given: Option<GivenWord>,
    /// The capitalised word right before `given`, across white space: the first of two given
    /// names ("Lloyd" of "Lloyd James Austin", "Surendra" of "Surendra Singh Tomar"), or a
    /// title or another word of a headline.
    pub first: Option<GivenWord>,
    /// Initials between that word and the surname, left to right.
    pub initials: Vec<Initial>,
}

/// An initial before a surname: "S." of "S. Jaishankar", "L" and "J" of "L.J. Austin".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Initial {
    pub letter: char,
    /// Byte offset of the letter.
    pub start: usize,
    /// Written with a full stop and white space after it ("R. Austin"): neither bare ("R
    /// Austin", which may be a label: "Plan B") nor glued to another capital ("R.J.", which
    /// may be an abbreviation this module does not know).
    pub dotted_alone: bool,
}

/// Capitals written with full stops that are abbreviations, not initials, when they stand
/// before a capitalised word ("the U.S. Austin visit"). Lowercase, the letters run together.
#[rustfmt::skip]
const DOTTED_ABBREVIATIONS: &[&str] = &[
    "ad", "am", "bc", "dc", "eu", "la", "ny", "nyc", "pm", "uae", "uk", "un", "us", "usa", "ussr",
];

/// Steps back from `pos` over the white space that separates two words of one name: spaces and
/// tabs, and at most one line break. `None` when there is none, or a blank line.
fn skip_gap(text: &str, pos: usize) -> Option<usize> {
    let mut at = pos;
    let mut breaks = 0;
    for (i, c) in text.get(..pos)?.char_indices().rev() {
        match c {
            '\n' => breaks += 1,
            c if c.is_whitespace() => {}
            _ => break,
        }
        if breaks > 1 {
            return None;
        }
        at = i;
    }
    (at < pos).then_some(at)
}

/// The run of letters that ends at `end`, if it starts a word.
fn word_ending_at(text: &str, end: usize) -> Option<Span> {
    let mut start = end;
    for (i, c) in text.get(..end)?.char_indices().rev() {
        if !c.is_alphabetic() {
            if c.is_alphanumeric() {
                return None;
            }
            break;
        }
        start = i;
    }
    (start < end).then_some(Span::new(start, end))
}

/// The initials written together that end at `end`, left to right: one capital, bare or
/// with a full stop ("S.", "L"), or several each with a full stop but the last ("L.J.",
/// "L.J"). `None` when the text there is anything else: a word, a capital glued to a letter
/// or digit, or a full stop after something other than a capital ("Mr.").
fn initials_ending_at(text: &str, end: usize) -> Option<Vec<Initial>> {
    let head = text.get(..end)?;
    let mut run = Vec::new();
    let mut pos = end;
    let mut glued = false;
    loop {
        let dotted = head.get(..pos)?.ends_with('.');
        let letter_end = if dotted { pos - 1 } else { pos };
        let (start, letter) = head.get(..letter_end)?.char_indices().next_back()?;
        if !letter.is_uppercase() || (glued && !dotted) {
            return None;
        }
        run.push(Initial {
            letter,
            start,
            dotted_alone: dotted && !glued,
        });
        match head.get(..start)?.chars().next_back() {
            // Another initial glued before this one: "L." of "L.J.".
            Some('.') => {
                pos = start;
                glued = true;
            }
            Some(c) if c.is_alphanumeric() => return None,
            _ => break,
        }
    }
    // The first initial read was the last one written; those before it are glued to it.
    run.reverse();
    if run.len() > 1 {
        for initial in &mut run {
            initial.dotted_alone = false;
        }
    }
    Some(run)
}

/// True when `initials` spell one of the [`DOTTED_ABBREVIATIONS`] ("U.S.").
fn is_dotted_abbreviation(initials: &[Initial]) -> bool {
    if initials.len() < 2 {
        return false;
    }
    let letters: String = initials
        .iter()
        .flat_map(|i| i.letter.to_lowercase())
        .collect();
    DOTTED_ABBREVIATIONS.contains(&letters.as_str())
}

/// The given name and initials directly before the surname at `surname`.
pub fn before(text: &str, surname: Span) -> Before {
    let mut found = Before::default();
    let mut at = surname.start;
    // A name has at most a few initials between given name and surname.
    for _ in 0..4 {
        let Some(gap) = skip_gap(text, at) else {
            break;
        };
        if let Some(run) = initials_ending_at(text, gap) {
            if is_dotted_abbreviation(&run) {
                break;
            }
            at = run.first().map_or(gap, |i| i.start);
            found.initials.splice(0..0, run);
            continue;
        }
        let place = if found.initials.is_empty() {
            StandsBefore::Surname(surname.end)
        } else {
            StandsBefore::Initials
        };
        found.given = given_word(text, gap, place);
        // Only a word that may be a given name may follow another ("Secretary Blinken").
        if let Some(given) = found.given.as_ref().filter(|g| !g.not_a_name) {
            found.first = skip_gap(text, given.span.start)
                .and_then(|gap| given_word(text, gap, StandsBefore::Given));
        }
        break;
    }
    found
}

/// Where a possible given name stands, which says how much a sentence opening weighs.
#[derive(Debug, Clone, Copy)]
enum StandsBefore {
    /// Right before the surname that ends at this offset: it says nothing only when it is no
    /// name ([`opens_without_a_name`]).
    Surname(usize),
    /// Before initials: a name wherever it stands ("Donald J. Blinken").
    Initials,
    /// Before another given name ("Larry" of "Larry James Austin"): a sentence opening says
    /// nothing of it, for a title-case headline ("Biden Hosts Blinken") reads the same.
    Given,
}

/// The capitalised word that ends at `gap` (with the capitalised words joined to it by
/// hyphens: "Jean-Pierre"), as a possible given name; `None` for a lowercase word, a word
/// with a full stop ("Mr."), or no word. `place` says how a sentence opening weighs.
fn given_word(text: &str, gap: usize, place: StandsBefore) -> Option<GivenWord> {
    if text.get(..gap)?.ends_with('.') {
        return None;
    }
    let mut word = word_ending_at(text, gap)?;
    // "Jean-Pierre", "Jean-Noël": a hyphenated given name is one.
    while let Some(part) = word
        .start
        .checked_sub(1)
        .filter(|&h| text.get(h..word.start) == Some("-"))
        .and_then(|h| word_ending_at(text, h))
        .filter(|w| w.slice(text).starts_with(char::is_uppercase))
    {
        word = Span::new(part.start, word.end);
    }
    let written = word.slice(text);
    if !written.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = folded(written);
    let acronym = !written.chars().any(char::is_lowercase);
    Some(GivenWord {
        span: word,
        not_a_name: acronym || classes_of_folded(&lower) & (TITLE | NOT_A_GIVEN_NAME) != 0,
        opens_sentence: match place {
            StandsBefore::Surname(end) => {
                is_sentence_start(text, word.start) && opens_without_a_name(text, &lower, end)
            }
            StandsBefore::Initials => false,
            StandsBefore::Given => is_sentence_start(text, word.start),
        },
        title_case: continues_title_case(text, word.start),
        lower,
    })
}

/// True when `lower`, opening a sentence right before a surname that ends at `end`, is no
/// given name: an opener ([`OPENERS`]), a word shaped like an adverb or a participle
/// ("Separately", "Speaking", "Embattled": a name of that shape is missed, which only makes the
/// hit a mention), or the first of a run of capitals that goes on after the surname (a
/// title-case headline: "Modi Austin Talks End").
fn opens_without_a_name(text: &str, lower: &str, end: usize) -> bool {
    classes_of_folded(lower) & OPENER != 0
        || (lower.len() >= 6 && ["ly", "ing", "ed"].iter().any(|s| lower.ends_with(s)))
        || next_is_capitalised(text, suffix_end(text, end))
}

/// True when the word at `pos` follows, across white space only, another capitalised word that
/// is not a title: a title-case run such as a headline ("US Hosts Blinken"), where a capitalised
/// word says nothing about given names.
fn continues_title_case(text: &str, pos: usize) -> bool {
    let Some(gap) = skip_gap(text, pos) else {
        return false;
    };
    let Some(word) = word_ending_at(text, gap) else {
        return false;
    };
    let written = word.slice(text);
    written.chars().next().is_some_and(char::is_uppercase) && !is_title(written)
}

/// True when the word at `pos` opens a sentence, a line or the text: before it, past quotes
/// and brackets, there is nothing, a line break, or sentence punctuation (but not the full stop
/// of "Mr." or of an initial).
pub fn is_sentence_start(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos) else {
        return true;
    };
    for (i, c) in head.char_indices().rev() {
        match c {
            '\n' => return true,
            '"' | '“' | '”' | '‘' | '’' | '\'' | '(' | '[' | '«' | '»' => {}
            c if c.is_whitespace() => {}
            '.' => return !ends_abbreviation(text, i),
            '!' | '?' | ':' | ';' | '|' | '•' | '—' | '–' => return true,
            _ => return false,
        }
    }
    true
}

/// True when the full stop at `dot` ends an abbreviation that does not end a sentence: a title
/// ("Mr.", "Gen.") or an initial ("S.", "U.S.").
fn ends_abbreviation(text: &str, dot: usize) -> bool {
    let Some(word) = word_ending_at(text, dot) else {
        return false;
    };
    let written = word.slice(text);
    written.chars().count() == 1 || is_title(written)
}

/// True when the word ending at `end` is followed, across spaces on the same line, by a
/// capitalised word: then it is more likely someone's given name than a surname alone.
pub fn next_is_capitalised(text: &str, end: usize) -> bool {
    let Some(tail) = text.get(end..) else {
        return false;
    };
    tail.chars()
        .find(|&c| c != ' ' && c != '\t')
        .is_some_and(char::is_uppercase)
}
