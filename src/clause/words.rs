//! Classes of words the clause reading and `verdict::attach` ask about: what opens a clause,
//! what may stand in a verb group or a predicate, which nouns name a value, a share, a deal or
//! an occurrence. Data, one list per class; adding a word is adding it to its list.

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
    "set", "cut", "held", "built", "made", "paid", "sold", "bought", "given", "taken", "won", "led",
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
    // Past participles of the irregular verbs above: "have taken 71 seats". (Their -ing forms
    // are left out: after a comma they open a participle clause whose subject is the outer
    // clause's, "won a majority, securing 326 seats", not the noun before the comma.)
    "taken", "gotten",
    // Verbs of acquiring: "an option to buy 70 more aircraft" gives the option its count.
    // ("purchase" and "order" are nouns as often, and left out.)
    "buy", "buys", "bought", "acquire", "acquires", "acquired",
    // Verbs of capacity: "the stadium will seat 60,000 spectators" ("seats" is left out: it
    // is the noun a count of seats counts).
    "seat", "accommodate", "accommodates",
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
    // after a measurement: "2,167 miles across the steppe", "2,717 feet above the desert"
    "across", "along", "above", "below", "beneath", "away", "off", "long", "wide", "high",
    "deep", "tall",
    // a margin or an open end: "$28 billion plus or minus 2%", "100 plus"
    "plus", "minus",
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
    // of a measurement: "will stretch 2,167 miles", "can span 40 km"
    "stretch", "span", "cover", "weigh", "measure", "extend", "travel", "store", "generate",
    "produce", "hold", "carry", "burn",
];

/// Verbs of saying: their subject is the source of what follows, not its holder ("Delta said
/// the outage cost $500 million"), and a time before them is when it was said.
pub const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "announced",
    "announces",
    "stated",
    "states",
    "added",
    "wrote",
    "warned",
    "noted",
    "reported",
    "reports",
    "alleges",
    "alleged",
    "claims",
    "claimed",
    "argues",
    "argued",
    "contends",
    "contended",
    "maintains",
    "maintained",
];

/// Nouns of a change: "in" after them names what changed ("a 5% rise in fares"), "from" the
/// base it is measured against ("a 4% increase from the previous quarter").
#[rustfmt::skip]
pub const CHANGE_NOUNS: &[&str] = &[
    "jump", "rise", "increase", "growth", "gain", "surge", "climb", "drop", "fall", "decline",
    "decrease", "cut",
];
