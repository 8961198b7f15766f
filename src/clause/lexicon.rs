//! The words the clause reading acts on, as data: one table per category, each entry a run of
//! lowercase words. The categories follow ConText (Harkema et al. 2009): a trigger has a
//! category and a direction (it governs what follows it, or what precedes it), pseudo-triggers
//! are looked up first and cancel a trigger they contain ("not only", "no fewer than"), and a
//! clause boundary ends every scope.
//!
//! Adding a word is adding a row; every category is exercised by the tests at the bottom of
//! `clause/mod.rs` and by the verdict suite (`tests/verdicts/`).

/// What a trigger says about the values in its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// The statement is denied: "not", "never", "denied", "ruled out", "were incorrect".
    Negated,
    /// The statement is uncertain or not yet true: "may", "reportedly", "is expected to".
    Hedged,
    /// The value is an earlier figure that another replaces: "from 8%", "up from", "initially".
    Old,
    /// The value is a change, not a level: "rose by 5%", "cut by", "a 5% increase".
    Change,
    /// The value is a part of a whole, whatever else the sentence names: "each", "the
    /// remaining", "with the remainder split between".
    Part,
    /// The value is a holder's share of a whole named after the trigger: "the navy's share of
    /// the drones is 15" is the navy's, never the drones'.
    Share,
    /// The value is a part when the whole was named before the trigger: "of which 20",
    /// "including 20" ("purchases of weaponry, including $3 billion of drones" names none).
    Included,
    /// The clause speaks of a later instance: "will be held next year", "the next".
    Future,
}

/// Whether a trigger governs the words after it or before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Forward,
    Backward,
}

/// One trigger: its words, what it says and which way it reaches.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub words: &'static [&'static str],
    pub category: Category,
    pub direction: Direction,
    /// How many words after (or before) the trigger its scope reaches at most, clause
    /// boundaries aside; "from" reaches only the value right after it.
    pub reach: usize,
}

const fn t(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 12,
    }
}

const fn near(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 3,
    }
}

/// A trigger that reaches only the word next to it: "15 of them".
const fn once(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 1,
    }
}

use Category::*;
use Direction::*;

/// Every trigger. Longer runs are tried before shorter ones that start with the same word.
pub const TRIGGERS: &[Trigger] = &[
    // Negation and denial: the statement in scope is denied.
    t(&["not"], Negated, Forward),
    t(&["never"], Negated, Forward),
    t(&["neither"], Negated, Forward),
    t(&["nor"], Negated, Forward),
    Trigger {
        words: &["no"],
        category: Negated,
        direction: Forward,
        reach: 5,
    },
    t(&["denied"], Negated, Forward),
    t(&["denies"], Negated, Forward),
    t(&["deny"], Negated, Forward),
    t(&["denying"], Negated, Forward),
    t(&["rejected"], Negated, Forward),
    t(&["rejects"], Negated, Forward),
    t(&["dismissed"], Negated, Forward),
    t(&["refuted"], Negated, Forward),
    t(&["ruled", "out"], Negated, Forward),
    t(&["rules", "out"], Negated, Forward),
    t(&["ruling", "out"], Negated, Forward),
    t(&["contrary", "to"], Negated, Forward),
    t(&["instead", "of"], Negated, Forward),
    t(&["rather", "than"], Negated, Forward),
    t(&["false"], Negated, Backward),
    t(&["wrong"], Negated, Backward),
    t(&["incorrect"], Negated, Backward),
    t(&["inaccurate"], Negated, Backward),
    t(&["untrue"], Negated, Backward),
    t(&["unfounded"], Negated, Backward),
    t(&["baseless"], Negated, Backward),
    t(&["false", "reports"], Negated, Forward),
    t(&["wrong", "to", "say"], Negated, Forward),
    t(&["false", "to", "say"], Negated, Forward),
    t(&["incorrect", "to", "say"], Negated, Forward),
    t(&["not", "true", "that"], Negated, Forward),
    t(&["untrue", "that"], Negated, Forward),
    t(&["incorrectly"], Negated, Forward),
    t(&["wrongly"], Negated, Forward),
    t(&["erroneously"], Negated, Forward),
    t(&["mistakenly"], Negated, Forward),
    // Hedges: the statement may not hold.
    t(&["may"], Hedged, Forward),
    t(&["might"], Hedged, Forward),
    t(&["could"], Hedged, Forward),
    t(&["reportedly"], Hedged, Forward),
    t(&["allegedly"], Hedged, Forward),
    t(&["possibly"], Hedged, Forward),
    t(&["potentially"], Hedged, Forward),
    t(&["probably"], Hedged, Forward),
    t(&["likely"], Hedged, Forward),
    t(&["expected", "to"], Hedged, Forward),
    t(&["expects"], Hedged, Forward),
    t(&["expect"], Hedged, Forward),
    t(&["projected"], Hedged, Forward),
    t(&["predicted"], Hedged, Forward),
    t(&["expected"], Hedged, Forward),
    t(&["predicts"], Hedged, Forward),
    t(&["forecast"], Hedged, Forward),
    t(&["expects", "to"], Hedged, Forward),
    t(&["plans", "to"], Hedged, Forward),
    t(&["plan", "to"], Hedged, Forward),
    t(&["planned", "to"], Hedged, Forward),
    t(&["planning", "to"], Hedged, Forward),
    t(&["intends", "to"], Hedged, Forward),
    t(&["aims", "to"], Hedged, Forward),
    t(&["hopes", "to"], Hedged, Forward),
    t(&["seeks", "to"], Hedged, Forward),
    t(&["proposed"], Hedged, Forward),
    t(&["proposes"], Hedged, Forward),
    t(&["proposal"], Hedged, Forward),
    t(&["unconfirmed"], Hedged, Forward),
    t(&["said", "to", "be"], Hedged, Forward),
    t(&["said", "to", "have"], Hedged, Forward),
    t(&["neither", "confirm", "nor", "deny"], Hedged, Forward),
    t(&["would", "not", "confirm"], Hedged, Forward),
    t(&["could", "not", "confirm"], Hedged, Forward),
    t(&["rumoured"], Hedged, Forward),
    t(&["rumored"], Hedged, Forward),
    t(&["considering"], Hedged, Forward),
    t(&["mulling"], Hedged, Forward),
    t(&["weighing"], Hedged, Forward),
    t(&["tentative"], Hedged, Forward),
    t(&["tentatively"], Hedged, Forward),
    t(&["if"], Hedged, Forward),
    t(&["unless"], Hedged, Forward),
    // Earlier figures replaced by another.
    near(&["from"], Old, Forward),
    near(&["up", "from"], Old, Forward),
    near(&["down", "from"], Old, Forward),
    near(&["compared", "with"], Old, Forward),
    near(&["compared", "to"], Old, Forward),
    near(&["versus"], Old, Forward),
    t(&["previously"], Old, Forward),
    near(&["previous"], Old, Forward),
    t(&["originally"], Old, Forward),
    t(&["initially"], Old, Forward),
    t(&["formerly"], Old, Forward),
    t(&["earlier", "reports"], Old, Forward),
    t(&["earlier", "estimates"], Old, Forward),
    near(&["initial"], Old, Forward),
    near(&["a", "year", "earlier"], Old, Backward),
    near(&["a", "year", "ago"], Old, Backward),
    near(&["the", "year", "before"], Old, Backward),
    near(&["previously"], Old, Backward),
    once(&["until"], Old, Backward),
    // Changes, not levels.
    near(&["by"], Change, Forward),
    // "plus or minus 2%": "minus 2%" is read as one value.
    once(&["plus", "or"], Change, Forward),
    near(&["give", "or", "take"], Change, Forward),
    near(&["increase"], Change, Backward),
    near(&["increases"], Change, Backward),
    near(&["rise"], Change, Backward),
    near(&["drop"], Change, Backward),
    near(&["decline"], Change, Backward),
    near(&["cut"], Change, Backward),
    near(&["jump"], Change, Backward),
    near(&["fall"], Change, Backward),
    near(&["hike"], Change, Backward),
    near(&["more", "than", "last"], Change, Backward),
    // "45 more buses", "an additional 70 planes", "another 5,000 troops": an increment.
    once(&["more"], Change, Backward),
    once(&["additional"], Change, Backward),
    once(&["additional"], Change, Forward),
    once(&["extra"], Change, Backward),
    once(&["extra"], Change, Forward),
    once(&["another"], Change, Forward),
    // Parts of a whole.
    t(&["of", "which"], Included, Forward),
    t(&["of", "them"], Included, Forward),
    t(&["of", "these"], Included, Forward),
    t(&["of", "those"], Included, Forward),
    t(&["out", "of", "which"], Included, Forward),
    t(&["among", "them"], Included, Forward),
    t(&["among", "which"], Included, Forward),
    t(&["including"], Included, Forward),
    t(&["includes"], Included, Forward),
    t(&["included"], Included, Forward),
    t(&["include"], Included, Forward),
    Trigger {
        words: &["each"],
        category: Part,
        direction: Forward,
        reach: 6,
    },
    near(&["each"], Part, Backward),
    near(&["apiece"], Part, Backward),
    near(&["remaining"], Part, Forward),
    near(&["batch", "of"], Part, Forward),
    // An average is never the total: "averaged $44 million in losses per company".
    near(&["averaged"], Part, Forward),
    near(&["average", "of"], Part, Forward),
    near(&["on", "average"], Part, Forward),
    near(&["tranche", "of"], Part, Forward),
    once(&["of", "them"], Part, Backward),
    once(&["of", "these"], Part, Backward),
    once(&["of", "those"], Part, Backward),
    once(&["of", "the"], Part, Backward),
    t(&["the", "remainder"], Part, Backward),
    t(&["the", "remaining"], Part, Backward),
    t(&["earmarked"], Part, Backward),
    t(&["set", "aside"], Part, Backward),
    t(&["allocated"], Part, Backward),
    t(&["reserved"], Part, Backward),
    t(&["destined"], Part, Backward),
    t(&["the", "rest"], Part, Backward),
    t(&["the", "balance"], Part, Backward),
    t(&["share"], Share, Forward),
    t(&["portion"], Share, Forward),
    t(&["allocation"], Share, Forward),
    t(&["quota"], Share, Forward),
    // Another, later instance.
    t(&["will", "be", "held"], Future, Backward),
    t(&["will", "take", "place"], Future, Backward),
    t(&["is", "scheduled"], Future, Backward),
    t(&["is", "due"], Future, Backward),
    t(&["next", "year"], Future, Backward),
    t(&["next"], Future, Forward),
    t(&["upcoming"], Future, Forward),
];

/// The triggers and pseudo-triggers whose first word is one word, by index.
#[derive(Debug, Default)]
pub struct Entries {
    pub triggers: Vec<usize>,
    pub pseudo: Vec<usize>,
}

/// The entries that start with `word` (any case), looked up once per word of a sentence
/// instead of trying every row: the lexicon is built into a map on first use.
pub fn starting_with(word: &str) -> Option<&'static Entries> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, Entries>> =
        std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: std::collections::HashMap<&'static str, Entries> = Default::default();
        for (i, t) in TRIGGERS.iter().enumerate() {
            if let Some(first) = t.words.first() {
                index.entry(first).or_default().triggers.push(i);
            }
        }
        for (i, p) in PSEUDO_TRIGGERS.iter().enumerate() {
            if let Some(first) = p.first() {
                index.entry(first).or_default().pseudo.push(i);
            }
        }
        index
    });
    if word.len() > 16 {
        return None;
    }
    if word.bytes().all(|b| !b.is_ascii_uppercase()) {
        return index.get(word);
    }
    let mut lower = [0u8; 16];
    let lower = &mut lower[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok().and_then(|w| index.get(w))
}

/// Runs that contain a trigger but are not one: looked up first, their words skipped.
pub const PSEUDO_TRIGGERS: &[&[&str]] = &[
    &["not", "only"],
    &["each", "other"],
    &["not", "just"],
    &["not", "least"],
    &["not", "less", "than"],
    &["not", "more", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["no", "more", "than"],
    &["no", "later", "than"],
    &["no", "doubt"],
    &["nothing", "less", "than"],
    &["not", "to", "mention"],
    &["if", "not"],
    &["whether", "or", "not"],
    &["by", "the"],
];

/// Words that end every scope and open another clause (after a comma or not).
#[rustfmt::skip]
pub const CLAUSE_OPENERS: &[&str] = &[
    "but", "however", "although", "though", "while", "whereas", "whilst", "yet", "unlike",
    "meanwhile", "despite", "saying", "adding", "because", "instead", "rather",
];

/// Words that, right after a comma, open a clause set inside another ("the city, whose budget
/// is $9 billion, is buying 45 buses"); the outer clause resumes after the next comma.
#[rustfmt::skip]
pub const EMBEDDED_OPENERS: &[&str] = &[
    "which", "who", "whose", "whom", "where", "when", "once", "as", "compared", "down", "up",
    "worth",
    "set", "cut", "held", "built", "made", "paid", "sold", "bought", "given", "taken", "won",
    "spent", "put", "brought", "known", "seen",
];

/// Verbs that give their subject the value after them even when the value counts a noun of its
/// own: "the northern depot will get 20 electric buses", "the party won 45 seats".
#[rustfmt::skip]
pub const HAVING_VERBS: &[&str] = &[
    "cover", "covers", "covered", "covering", "comprising", "containing", "contain", "contains",
    "get", "gets", "getting", "got", "receive", "receives", "received", "receiving", "have",
    "has", "had", "having", "own", "owns", "owned", "hold", "holds", "held", "win", "wins",
    "won", "secure", "secures", "secured", "take", "takes", "took", "gain", "gains", "gained",
    "number", "numbers", "numbered", "numbering", "total", "totals", "totalled", "totaled",
    "totalling", "totaling", "comprise", "comprises", "comprised", "field", "fields", "fielded",
    "operate", "operates", "operated", "employ", "employs", "employed", "be", "is", "are",
    "was", "were", "been", "being", "become", "becomes", "became", "go", "goes", "went",
    "allocated", "allotted", "assigned", "given", "awarded", "earmarked",
];

/// Nouns that name a value rather than a thing: "at a cost of", "the depot's share is".
#[rustfmt::skip]
pub const VALUE_NOUNS: &[&str] = &[
    "cost", "price", "value", "total", "sum", "figure", "share", "portion", "part",
    "allocation", "allotment", "quota", "tally", "count", "number", "level", "rate", "amount",
    "budget", "bill", "tag", "size", "strength", "turnout", "worth",
];

/// Nouns whose value is a part of a whole: "the depot's share of the order is 20 buses".
#[rustfmt::skip]
pub const SHARE_NOUNS: &[&str] = &[
    "share", "portion", "part", "allocation", "allotment", "quota", "remainder", "rest",
    "balance",
];

/// Words that may stand in a verb group between a subject and its value: auxiliaries,
/// modals, adverbs of time and degree.
#[rustfmt::skip]
pub const VERB_GROUP_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did", "now",
    "already", "also", "still", "currently", "then", "just", "only", "finally", "each", "to",
    "set", "due", "expected", "likely", "reportedly", "officially", "together", "jointly",
    "not", "never", "back", "up", "down", "out", "again", "further", "almost", "nearly",
    "which", "that", "who", "far", "much", "well", "slightly", "roughly", "even",
];

/// Prepositions and link words that may stand between a verb and its value ("rises to 12%",
/// "stands at 45", "a total of 45").
pub const VALUE_PREPOSITIONS: &[&str] = &["to", "at", "of", "for", "around", "about", "some"];

/// Nouns of an occurrence, which an ordinal numbers for its subject: "hosted the championships
/// for the third time", "the marathon, now in its 12th edition".
#[rustfmt::skip]
pub const OCCURRENCE_NOUNS: &[&str] = &[
    "time", "times", "edition", "round", "instalment", "installment", "iteration", "session",
    "meeting", "term",
];

/// Nouns of a deal, whose money a lone figure states even when the subject is what the deal
/// buys: "a $2.1 billion contract for 45 buses".
#[rustfmt::skip]
pub const DEAL_NOUNS: &[&str] = &[
    "contract", "contracts", "deal", "deals", "order", "orders", "agreement", "purchase",
    "acquisition", "tender", "package", "programme", "program", "project", "plan", "scheme",
    "loan", "investment", "grant", "funding", "bid", "offer", "sale", "cost",
    "price", "value", "worth",
];

/// Determiners that may open the value noun phrase ("a cost of", "an estimated total of").
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "estimated",
];

/// Words after a value that show it counts no noun of its own ("45 go to…", "45 for the depot",
/// "45 in all").
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "of", "for", "from", "to", "in", "on", "at", "with", "by", "and", "or", "than", "that",
    "which", "who", "as", "per", "each", "apiece", "a", "an", "the", "this", "these", "those",
    "last", "next", "into", "over", "under", "after", "before", "since", "until", "during",
    "against", "between", "among", "go", "went", "will", "would", "are", "were", "is", "was",
    "said", "says", "more", "less", "fewer", "instead", "not", "so", "but", "percent", "apart",
    "altogether", "total", "overall", "far", "if", "when", "while",
];

/// Verbs of a level or its change whose forms do not end in -s, -ed or -ing: "was cut to 9%",
/// "hit 5%".
#[rustfmt::skip]
pub const LEVEL_VERBS: &[&str] = &[
    "cut", "set", "hit", "rise", "rose", "risen", "fall", "fell", "fallen", "grow", "grew",
    "grown", "drop", "stand", "stood", "reach", "climb", "jump", "slip", "sink", "sank", "soar",
    "top", "exceed", "double", "triple", "halve", "cost", "come", "came", "run", "ran", "put",
    "make", "made", "pay", "paid", "raise", "lift", "lower", "bring", "brought", "spend",
    "spent", "invest", "buy", "bought", "sell", "sold", "win", "narrow", "widen", "shrink",
    "shrank", "slow", "ease", "surge",
];
