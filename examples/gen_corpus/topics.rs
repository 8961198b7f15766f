//! The subjects of the generated corpus: 10,000 topics ("the Varokest bridge", code "VRK-0417"),
//! each with a true value of one kind, written several ways, and a few wrong values.
//!
//! Topic names are built from invented syllables so that they never occur by accident in the
//! seed articles, and so that every claim's subject really occurs in the corpus.

use crate::rng::Rng;

/// How many topics the corpus draws from; claims files take `n` of them, spread evenly.
pub const TOPICS: usize = 10_000;

const SYLLABLES: [&str; 20] = [
    "va", "ro", "kes", "tin", "mar", "lo", "dun", "ber", "sa", "quel", "tor", "vin", "hal", "mek",
    "zor", "pel", "gra", "nu", "fo", "lis",
];

const OBJECTS: [&str; 25] = [
    "bridge",
    "metro line",
    "dam",
    "port",
    "airport",
    "refinery",
    "solar park",
    "wind farm",
    "hospital",
    "rail corridor",
    "steel plant",
    "tunnel",
    "water project",
    "housing scheme",
    "canal",
    "ring road",
    "power station",
    "stadium",
    "data centre",
    "shipyard",
    "highway",
    "grain terminal",
    "oil pipeline",
    "textile park",
    "seaport",
];

const GIVEN: [&str; 16] = [
    "Anita", "Rahul", "Maria", "Peter", "Kavita", "Samuel", "Leila", "Tomas", "Priya", "David",
    "Nadia", "Oscar", "Meera", "Victor", "Elena", "Arjun",
];

/// What a topic's claim states.
#[derive(Clone, Copy, Debug)]
pub enum Fact {
    Count(u32),
    /// Millions of dollars.
    Money(u32),
    Percent(u32),
    Year(u32),
    Ordinal(u32),
    /// A person: index of the given name; the surname is the topic's place name.
    Person(usize),
}

pub struct Topic {
    /// "Varokest"
    pub place: String,
    /// "Varokest bridge"
    pub name: String,
    /// "VRK-0417": a second alias, written as news writes project codes.
    pub code: String,
    pub fact: Fact,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Topic `i`, the same on every run.
pub fn topic(i: usize) -> Topic {
    let n = SYLLABLES.len();
    // 400 places of three syllables (the middle one fixed per place) x 25 objects = 10,000.
    let place_index = i / OBJECTS.len();
    let (a, b) = (place_index / n, place_index % n);
    let middle = SYLLABLES[(a * 7 + b * 3 + 5) % n];
    let place = capitalise(&format!("{}{}{}", SYLLABLES[a], middle, SYLLABLES[b]));
    let object = OBJECTS[i % OBJECTS.len()];
    let mut rng = Rng::new(0x0070_91c5 ^ i as u64);
    let fact = match rng.below(11) {
        0..=2 => Fact::Count(rng.range(12, 900)),
        3..=4 => Fact::Money(rng.range(5, 9000)),
        5..=6 => Fact::Percent(rng.range(5, 95)),
        7..=8 => Fact::Year(rng.range(1990, 2024)),
        9 => Fact::Ordinal(rng.range(2, 10)),
        _ => Fact::Person(rng.below(GIVEN.len() as u32) as usize),
    };
    let letters: String = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(3)
        .collect();
    Topic {
        name: format!("{place} {object}"),
        code: format!("{}-{:04}", letters.to_uppercase(), i),
        place,
        fact,
    }
}

pub fn given_name(g: usize) -> &'static str {
    GIVEN[g % GIVEN.len()]
}

const ORDINALS: [&str; 11] = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
];

const SMALL: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub fn ordinal(n: u32) -> &'static str {
    ORDINALS[(n as usize).min(ORDINALS.len() - 1)]
}

/// Money in millions, as news writes it: "$420 million", "$3.2 billion", "over $3 billion".
pub fn money(millions: u32, rng: &mut Rng) -> String {
    if millions >= 1000 {
        let billions = f64::from(millions) / 1000.0;
        match rng.below(3) {
            0 => format!("${billions:.1} billion"),
            1 => format!("{billions:.1} billion dollars"),
            _ => format!("US${billions:.1} billion"),
        }
    } else {
        match rng.below(2) {
            0 => format!("${millions} million"),
            _ => format!("{millions} million dollars"),
        }
    }
}

/// A count written as a figure or, for small ones, a word.
pub fn count(n: u32, rng: &mut Rng) -> String {
    if (10..20).contains(&n) && rng.below(2) == 0 {
        SMALL[(n - 10) as usize].to_string()
    } else if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// The claim's value as the claims file writes it, and its kind.
pub fn claim_value(fact: Fact, place: &str) -> (String, &'static str) {
    match fact {
        Fact::Count(n) => (n.to_string(), "count"),
        Fact::Money(m) if m >= 1000 => (format!("${:.1} billion", f64::from(m) / 1000.0), "money"),
        Fact::Money(m) => (format!("${m} million"), "money"),
        Fact::Percent(p) => (format!("{p}%"), "percent"),
        Fact::Year(y) => (y.to_string(), "year"),
        Fact::Ordinal(o) => (ordinal(o).to_string(), "ordinal"),
        Fact::Person(g) => (format!("{} {place}", given_name(g)), "name"),
    }
}

/// A different value of the same kind: what a contradicting article states.
pub fn wrong(fact: Fact, rng: &mut Rng) -> Fact {
    match fact {
        Fact::Count(n) => Fact::Count(n + rng.range(2, 40)),
        Fact::Money(m) => Fact::Money(m * 2 + 100),
        Fact::Percent(p) => Fact::Percent((p + rng.range(15, 40)) % 99 + 1),
        Fact::Year(y) => Fact::Year(y - rng.range(2, 9)),
        Fact::Ordinal(o) => Fact::Ordinal(if o > 2 { o - 1 } else { o + 1 }),
        Fact::Person(g) => Fact::Person(g + 1 + rng.below(3) as usize),
    }
}
