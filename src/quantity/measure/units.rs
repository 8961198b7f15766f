//! The vocabulary of units: how news writes each unit (symbols, abbreviations, words, plurals,
//! British and American spellings, common misspellings of the temperature scales), one row per
//! unit. The conversion factors are not here but in `convert.rs` (from `uom`).
//!
//! Symbols are matched with their case ("MW" is a megawatt, "mW" nothing news writes; "m" is a
//! metre, "M" a million); words ignoring it ("Kilometres", "MILES"). A form of several words
//! ("square kilometres", "degrees Celsius", "miles an hour") is cut into tokens as the text is,
//! and matches only where the text's tokens touch as the form's do ("km2" is not "km 2").

use super::Dimension::{self, *};

/// One unit: the symbol `extract` shows, its dimension, and the forms that write it.
#[derive(Debug)]
pub struct Unit {
    pub symbol: &'static str,
    pub dimension: Dimension,
    /// Matched with their case.
    pub symbols: &'static [&'static str],
    /// Matched ignoring case.
    pub words: &'static [&'static str],
    /// Matched with their case, and only glued to the digits ("100t", "200g", "2L", "40C"):
    /// written apart, the letter is too often something else.
    pub glued: &'static [&'static str],
}

const fn unit(
    symbol: &'static str,
    dimension: Dimension,
    symbols: &'static [&'static str],
    words: &'static [&'static str],
) -> Unit {
    Unit {
        symbol,
        dimension,
        symbols,
        words,
        glued: &[],
    }
}

/// The symbol of a temperature in degrees of no stated scale ("40 degrees", "85°").
pub const DEGREES: &str = "°";
/// The symbol of an angle in degrees ("rotate 90 degrees", "a 180-degree turn").
pub const ANGLE_DEGREES: &str = "deg";

/// Every unit read. Ambiguous units and the rule each follows (see docs/measurements.md):
/// "ton(s)" covers the short to the long ton, "gallon(s)" the US to the imperial gallon, a
/// month 28 to 31 days, a year 365 to 366; "pounds" after a figure is a weight unless written
/// with a scale word or "sterling" (money, `figure.rs`); bare "degrees" is a temperature of no
/// stated scale unless the words around speak of turning (`read.rs`).
#[rustfmt::skip]
pub static UNITS: &[Unit] = &[
    // length
    unit("mm", Length, &["mm"], &["millimetre", "millimetres", "millimeter", "millimeters"]),
    unit("cm", Length, &["cm"], &["centimetre", "centimetres", "centimeter", "centimeters"]),
    unit("dm", Length, &["dm"], &["decimetre", "decimetres", "decimeter", "decimeters"]),
    unit("µm", Length, &["µm", "μm"], &["micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"]),
    unit("nm", Length, &[], &["nanometre", "nanometres", "nanometer", "nanometers"]),
    unit("pm", Length, &[], &["picometre", "picometres", "picometer", "picometers"]),
    unit("m", Length, &["m"], &["metre", "metres", "meter", "meters", "mtr", "mtrs"]),
    unit("km", Length, &["km", "Km", "KM", "kms", "Kms"], &["kilometre", "kilometres", "kilometer", "kilometers"]),
    unit("in", Length, &["″"], &["inch", "inches"]),
    unit("ft", Length, &["ft"], &["foot", "feet"]),
    unit("yd", Length, &["yd", "yds"], &["yard", "yards"]),
    unit("mi", Length, &["mi"], &["mile", "miles"]),
    unit("nmi", Length, &["nmi"], &["nautical mile", "nautical miles"]),
    // area
    unit("m²", Area, &["m²", "m2", "sq m", "sqm", "sq.m", "sq. m"], &["square metre", "square metres", "square meter", "square meters"]),
    unit("km²", Area, &["km²", "km2", "sq km", "sqkm", "sq.km", "sq. km", "Km²", "KM²"], &["square kilometre", "square kilometres", "square kilometer", "square kilometers"]),
    unit("ha", Area, &["ha"], &["hectare", "hectares"]),
    unit("acre", Area, &[], &["acre", "acres"]),
    unit("mi²", Area, &["mi²", "sq mi", "sq. mi"], &["square mile", "square miles"]),
    unit("ft²", Area, &["ft²", "sq ft", "sq. ft", "sqft"], &["square foot", "square feet"]),
    // volume
    unit("ml", Volume, &["ml", "mL"], &["millilitre", "millilitres", "milliliter", "milliliters"]),
    Unit { glued: &["l", "L"], ..unit("L", Volume, &[], &["litre", "litres", "liter", "liters"]) },
    unit("m³", Volume, &["m³", "m3"], &["cubic metre", "cubic metres", "cubic meter", "cubic meters"]),
    unit("ft³", Volume, &["ft³", "cu ft"], &["cubic foot", "cubic feet"]),
    unit("gal", Volume, &["gal"], &["gallon", "gallons"]),
    unit("US gal", Volume, &[], &["US gallon", "US gallons", "U.S. gallons"]),
    unit("imp gal", Volume, &[], &["imperial gallon", "imperial gallons"]),
    unit("bbl", Volume, &["bbl"], &["barrel", "barrels"]),
    unit("cup", Volume, &[], &["cup", "cups"]),
    unit("tbsp", Volume, &["tbsp"], &["tablespoon", "tablespoons"]),
    unit("tsp", Volume, &["tsp"], &["teaspoon", "teaspoons"]),
    unit("fl oz", Volume, &["fl oz"], &["fluid ounce", "fluid ounces"]),
    // mass
    unit("µg", Mass, &["µg", "μg", "mcg"], &["microgram", "micrograms", "microgramme", "microgrammes"]),
    unit("mg", Mass, &["mg"], &["milligram", "milligrams", "milligramme", "milligrammes"]),
    Unit { glued: &["g"], ..unit("g", Mass, &["gm", "gms"], &["gram", "grams", "gramme", "grammes"]) },
    unit("kg", Mass, &["kg", "Kg", "KG", "kgs", "Kgs"], &["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
    Unit { glued: &["t"], ..unit("t", Mass, &[], &["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"]) },
    unit("ton", Mass, &[], &["ton", "tons"]),
    unit("short ton", Mass, &[], &["short ton", "short tons"]),
    unit("long ton", Mass, &[], &["long ton", "long tons"]),
    unit("lb", Mass, &["lb", "lbs", "Lb", "Lbs"], &["pound", "pounds"]),
    unit("oz", Mass, &["oz"], &["ounce", "ounces"]),
    // duration
    unit("s", Duration, &["sec", "secs"], &["second", "seconds"]),
    unit("min", Duration, &["min", "mins"], &["minute", "minutes"]),
    Unit { glued: &["h"], ..unit("h", Duration, &["hr", "hrs"], &["hour", "hours"]) },
    unit("day", Duration, &[], &["day", "days"]),
    unit("week", Duration, &["wk", "wks"], &["week", "weeks"]),
    unit("month", Duration, &[], &["month", "months"]),
    unit("year", Duration, &["yr", "yrs", "yo"], &["year", "years"]),
    unit("decade", Duration, &[], &["decade", "decades"]),
    unit("century", Duration, &[], &["century", "centuries"]),
    // energy
    unit("J", Energy, &["J"], &["joule", "joules"]),
    unit("kJ", Energy, &["kJ"], &["kilojoule", "kilojoules"]),
    unit("MJ", Energy, &["MJ"], &["megajoule", "megajoules"]),
    unit("GJ", Energy, &["GJ"], &["gigajoule", "gigajoules"]),
    unit("Wh", Energy, &["Wh"], &["watt-hour", "watt-hours", "watt hour", "watt hours"]),
    unit("kWh", Energy, &["kWh", "KWh", "kwh", "KWH"], &["kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"]),
    unit("MWh", Energy, &["MWh", "MWH", "mwh"], &["megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"]),
    unit("GWh", Energy, &["GWh", "GWH", "gwh"], &["gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"]),
    unit("TWh", Energy, &["TWh", "TWH", "twh"], &["terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"]),
    unit("kcal", Energy, &["kcal"], &["calorie", "calories", "kilocalorie", "kilocalories"]),
    unit("Btu", Energy, &["Btu", "BTU", "BTUs"], &["British thermal unit", "British thermal units"]),
    // power
    unit("W", Power, &["W"], &["watt", "watts"]),
    unit("kW", Power, &["kW", "KW"], &["kilowatt", "kilowatts"]),
    unit("MW", Power, &["MW"], &["megawatt", "megawatts"]),
    unit("GW", Power, &["GW"], &["gigawatt", "gigawatts"]),
    unit("TW", Power, &["TW"], &["terawatt", "terawatts"]),
    unit("hp", Power, &["hp", "bhp"], &["horsepower"]),
    // speed
    unit("km/h", Speed, &["km/h", "km/hr", "km / h", "kmh", "kph", "kmph", "Km/h", "KM/H", "KPH", "KMPH", "kmph"], &["kilometre per hour", "kilometres per hour", "kilometer per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km per hour", "km an hour"]),
    unit("mph", Speed, &["mph", "MPH", "m.p.h."], &["mile per hour", "miles per hour", "miles an hour", "mile an hour"]),
    unit("m/s", Speed, &["m/s"], &["metre per second", "metres per second", "meter per second", "meters per second"]),
    unit("kn", Speed, &["kn", "kts"], &["knot", "knots"]),
    // temperature
    Unit { glued: &["C"], ..unit("°C", Temperature, &["°C", "° C", "ºC", "º C", "℃", "°c"], &["degrees Celsius", "degree Celsius", "degrees C", "degree C", "deg C", "deg. C", "deg celsius", "Celsius", "degrees centigrade", "centigrade", "celcius", "degrees celcius", "centigrate"]) },
    unit("°F", Temperature, &["°F", "° F", "ºF", "º F", "℉", "°f"], &["degrees Fahrenheit", "degree Fahrenheit", "degrees F", "degree F", "deg F", "deg. F", "deg fahrenheit", "Fahrenheit", "farenheit", "degrees farenheit", "degree farenheit"]),
    unit("K", Temperature, &[], &["kelvin", "kelvins"]),
    unit(DEGREES, Temperature, &["°", "º"], &["degree", "degrees", "deg", "deg."]),
    // angle: degrees are told from temperatures by the words around them (`read.rs`)
    unit(ANGLE_DEGREES, Angle, &[], &[]),
    unit("rad", Angle, &["rad"], &["radian", "radians"]),
    unit("turn", Angle, &[], &["turn", "turns", "revolution", "revolutions"]),
    // information
    unit("bit", Information, &[], &["bit", "bits"]),
    unit("B", Information, &[], &["byte", "bytes"]),
    unit("kB", Information, &["kB", "KB"], &["kilobyte", "kilobytes"]),
    unit("MB", Information, &["MB"], &["megabyte", "megabytes"]),
    unit("GB", Information, &["GB"], &["gigabyte", "gigabytes"]),
    unit("TB", Information, &["TB"], &["terabyte", "terabytes"]),
];

/// The unit whose symbol `extract` shows as `symbol`.
pub fn by_symbol(symbol: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.symbol == symbol)
}

/// Every word and symbol of every unit, for suggesting the nearest to a misspelt one.
pub fn all_forms() -> impl Iterator<Item = &'static str> {
    UNITS
        .iter()
        .flat_map(|u| u.words.iter().chain(u.symbols).copied())
}
