//! Conversion to each dimension's base unit (SI: m, m², m³, kg, s, J, W, m/s, K, rad, bit),
//! with the factors of the `uom` crate: a maintained table of units checked against NIST's,
//! rather than constants typed here. Only the calendar's units (a week, a month, a decade,
//! a century) and the ambiguous ones are built here from uom's day, year and tons.
//!
//! A unit converts as `base = written × factor + offset`, where `factor` is an interval
//! `[low, high]`: one point for most units, a span for the ambiguous ones (a month is 28 to 31
//! days, a year 365 to 366, "tons" the short to the long ton, "gallons" the US to the imperial
//! gallon), so that a value converts to every base value it can mean.

use super::Dimension;
use super::units::{ANGLE_DEGREES, DEGREES};
use uom::si::f64::{
    Angle, Area, Energy, Information, Length, Mass, Power, ThermodynamicTemperature, Time,
    Velocity, Volume,
};
use uom::si::{
    angle, area, energy, information, length, mass, power, thermodynamic_temperature as temp, time,
    velocity, volume,
};

/// How one unit converts to its dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Conversion {
    pub low: f64,
    pub high: f64,
    pub offset: f64,
}

impl Conversion {
    fn exact(factor: f64) -> Self {
        Conversion {
            low: factor,
            high: factor,
            offset: 0.0,
        }
    }

    fn between(low: f64, high: f64) -> Self {
        Conversion {
            low,
            high,
            offset: 0.0,
        }
    }
}

/// The base unit of a dimension, as `extract` shows it.
pub fn base_symbol(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Length => "m",
        Dimension::Area => "m²",
        Dimension::Volume => "m³",
        Dimension::Mass => "kg",
        Dimension::Duration => "s",
        Dimension::Energy => "J",
        Dimension::Power => "W",
        Dimension::Speed => "m/s",
        Dimension::Temperature => "K",
        Dimension::Angle => "rad",
        Dimension::Information => "bit",
    }
}

macro_rules! factor {
    ($quantity:ident, $module:ident, $unit:ident, $base:ident) => {
        $quantity::new::<$module::$unit>(1.0).get::<$module::$base>()
    };
}

/// The conversion of the unit shown as `symbol`; `None` for degrees of no stated scale, which
/// have no base value (they compare in the scale of the value they meet).
pub fn conversion(symbol: &str) -> Option<Conversion> {
    let day = factor!(Time, time, day, second);
    let year = factor!(Time, time, year, second);
    let exact = Conversion::exact;
    Some(match symbol {
        "mm" => exact(factor!(Length, length, millimeter, meter)),
        "cm" => exact(factor!(Length, length, centimeter, meter)),
        "dm" => exact(factor!(Length, length, decimeter, meter)),
        "µm" => exact(factor!(Length, length, micrometer, meter)),
        "nm" => exact(factor!(Length, length, nanometer, meter)),
        "pm" => exact(factor!(Length, length, picometer, meter)),
        "m" => exact(1.0),
        "km" => exact(factor!(Length, length, kilometer, meter)),
        "in" => exact(factor!(Length, length, inch, meter)),
        "ft" => exact(factor!(Length, length, foot, meter)),
        "yd" => exact(factor!(Length, length, yard, meter)),
        "mi" => exact(factor!(Length, length, mile, meter)),
        "nmi" => exact(factor!(Length, length, nautical_mile, meter)),
        "m²" => exact(1.0),
        "km²" => exact(factor!(Area, area, square_kilometer, square_meter)),
        "ha" => exact(factor!(Area, area, hectare, square_meter)),
        "acre" => exact(factor!(Area, area, acre, square_meter)),
        "mi²" => exact(factor!(Area, area, square_mile, square_meter)),
        "ft²" => exact(factor!(Area, area, square_foot, square_meter)),
        "ml" => exact(factor!(Volume, volume, milliliter, cubic_meter)),
        "L" => exact(factor!(Volume, volume, liter, cubic_meter)),
        "m³" => exact(1.0),
        "ft³" => exact(factor!(Volume, volume, cubic_foot, cubic_meter)),
        "gal" => Conversion::between(
            factor!(Volume, volume, gallon, cubic_meter),
            factor!(Volume, volume, gallon_imperial, cubic_meter),
        ),
        "US gal" => exact(factor!(Volume, volume, gallon, cubic_meter)),
        "imp gal" => exact(factor!(Volume, volume, gallon_imperial, cubic_meter)),
        "bbl" => exact(factor!(Volume, volume, barrel, cubic_meter)),
        "cup" => exact(factor!(Volume, volume, cup, cubic_meter)),
        "tbsp" => exact(factor!(Volume, volume, tablespoon, cubic_meter)),
        "tsp" => exact(factor!(Volume, volume, teaspoon, cubic_meter)),
        "fl oz" => exact(factor!(Volume, volume, fluid_ounce, cubic_meter)),
        "µg" => exact(factor!(Mass, mass, microgram, kilogram)),
        "mg" => exact(factor!(Mass, mass, milligram, kilogram)),
        "g" => exact(factor!(Mass, mass, gram, kilogram)),
        "kg" => exact(1.0),
        "t" => exact(factor!(Mass, mass, ton, kilogram)),
        "ton" => Conversion::between(
            factor!(Mass, mass, ton_short, kilogram),
            factor!(Mass, mass, ton_long, kilogram),
        ),
        "short ton" => exact(factor!(Mass, mass, ton_short, kilogram)),
        "long ton" => exact(factor!(Mass, mass, ton_long, kilogram)),
        "lb" => exact(factor!(Mass, mass, pound, kilogram)),
        "oz" => exact(factor!(Mass, mass, ounce, kilogram)),
        "s" => exact(1.0),
        "min" => exact(factor!(Time, time, minute, second)),
        "h" => exact(factor!(Time, time, hour, second)),
        "day" => exact(day),
        "week" => exact(7.0 * day),
        "month" => Conversion::between(28.0 * day, 31.0 * day),
        "year" => Conversion::between(year, year + day),
        "decade" => Conversion::between(10.0 * year, 10.0 * (year + day)),
        "century" => Conversion::between(100.0 * year, 100.0 * (year + day)),
        "J" => exact(1.0),
        "kJ" => exact(factor!(Energy, energy, kilojoule, joule)),
        "MJ" => exact(factor!(Energy, energy, megajoule, joule)),
        "GJ" => exact(factor!(Energy, energy, gigajoule, joule)),
        "Wh" => exact(factor!(Energy, energy, watt_hour, joule)),
        "kWh" => exact(factor!(Energy, energy, kilowatt_hour, joule)),
        "MWh" => exact(factor!(Energy, energy, megawatt_hour, joule)),
        "GWh" => exact(factor!(Energy, energy, gigawatt_hour, joule)),
        "TWh" => exact(factor!(Energy, energy, terawatt_hour, joule)),
        "kcal" => exact(factor!(Energy, energy, kilocalorie, joule)),
        "Btu" => exact(factor!(Energy, energy, btu, joule)),
        "W" => exact(1.0),
        "kW" => exact(factor!(Power, power, kilowatt, watt)),
        "MW" => exact(factor!(Power, power, megawatt, watt)),
        "GW" => exact(factor!(Power, power, gigawatt, watt)),
        "TW" => exact(factor!(Power, power, terawatt, watt)),
        "hp" => exact(factor!(Power, power, horsepower, watt)),
        "km/h" => exact(factor!(
            Velocity,
            velocity,
            kilometer_per_hour,
            meter_per_second
        )),
        "mph" => exact(factor!(Velocity, velocity, mile_per_hour, meter_per_second)),
        "m/s" => exact(1.0),
        "kn" => exact(factor!(Velocity, velocity, knot, meter_per_second)),
        "°C" | "°F" | "K" => {
            let kelvin = |x: f64| {
                match symbol {
                    "°C" => ThermodynamicTemperature::new::<temp::degree_celsius>(x),
                    "°F" => ThermodynamicTemperature::new::<temp::degree_fahrenheit>(x),
                    _ => ThermodynamicTemperature::new::<temp::kelvin>(x),
                }
                .get::<temp::kelvin>()
            };
            let offset = kelvin(0.0);
            Conversion {
                offset,
                ..exact(kelvin(1.0) - offset)
            }
        }
        DEGREES => return None,
        ANGLE_DEGREES => exact(factor!(Angle, angle, degree, radian)),
        "rad" => exact(1.0),
        "turn" => exact(factor!(Angle, angle, revolution, radian)),
        "bit" => exact(1.0),
        "B" => exact(factor!(Information, information, byte, bit)),
        "kB" => exact(factor!(Information, information, kilobyte, bit)),
        "MB" => exact(factor!(Information, information, megabyte, bit)),
        "GB" => exact(factor!(Information, information, gigabyte, bit)),
        "TB" => exact(factor!(Information, information, terabyte, bit)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::units::UNITS;
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn every_unit_but_unscaled_degrees_converts() {
        for unit in UNITS {
            assert_eq!(
                conversion(unit.symbol).is_none(),
                unit.symbol == DEGREES,
                "{}",
                unit.symbol
            );
        }
    }

    #[test]
    fn factors_table() {
        let cases: &[(&str, f64, f64)] = &[
            ("km", 1000.0, 0.0),
            ("mi", 1609.344, 0.0),
            ("ft", 0.3048, 0.0),
            ("ha", 10_000.0, 0.0),
            ("acre", 4046.873, 0.0),
            ("t", 1000.0, 0.0),
            ("lb", 0.453_592_4, 0.0),
            ("MW", 1e6, 0.0),
            ("GWh", 3.6e12, 0.0),
            ("day", 86_400.0, 0.0),
            ("°C", 1.0, 273.15),
            ("°F", 5.0 / 9.0, 255.372_222_222_222_2),
        ];
        for (symbol, factor, offset) in cases {
            let c = conversion(symbol).unwrap_or_else(|| panic!("{symbol}"));
            assert!(
                close(c.low, *factor) && close(c.high, *factor),
                "{symbol}: {c:?}"
            );
            assert!((c.offset - offset).abs() < 1e-6, "{symbol}: {c:?}");
        }
        let ton = conversion("ton").unwrap_or_else(|| panic!("ton"));
        assert!(close(ton.low, 907.184_7) && close(ton.high, 1016.047));
        let month = conversion("month").unwrap_or_else(|| panic!("month"));
        assert!(close(month.low, 28.0 * 86_400.0) && close(month.high, 31.0 * 86_400.0));
    }
}
