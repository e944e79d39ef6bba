"""Facts: a part of CDF's unit catalog (QUDT-based). value_in_base_unit = value * multiplier + offset."""

from __future__ import annotations

from typing import Any

# externalId, name, longName, symbol, aliasNames, quantity, multiplier, offset
_UNITS: list[tuple[str, str, str, str, tuple[str, ...], str, float, float]] = [
    (
        "temperature:deg_c",
        "DEG_C",
        "degree Celsius",
        "°C",
        ("C", "degC", "°C", "deg C", "Celsius"),
        "Temperature",
        1.0,
        273.15,
    ),  # fmt: skip
    (
        "temperature:deg_f",
        "DEG_F",
        "degree Fahrenheit",
        "°F",
        ("F", "degF", "°F", "deg F", "Fahrenheit"),
        "Temperature",
        0.5555555555555556,
        255.3722222222222,
    ),  # fmt: skip
    ("temperature:k", "K", "kelvin", "K", ("K", "kelvin", "Kelvin"), "Temperature", 1.0, 0.0),
    ("length:m", "M", "metre", "m", ("m", "meter", "metre"), "Length", 1.0, 0.0),
    ("length:km", "KiloM", "kilometre", "km", ("km", "kilometer"), "Length", 1000.0, 0.0),
    ("length:ft", "FT", "foot", "ft", ("ft", "foot", "feet"), "Length", 0.3048, 0.0),
    ("length:in", "IN", "inch", "in", ("in", "inch"), "Length", 0.0254, 0.0),
    ("pressure:pa", "PA", "pascal", "Pa", ("Pa", "pascal"), "Pressure", 1.0, 0.0),
    ("pressure:bar", "BAR", "bar", "bar", ("bar", "BAR"), "Pressure", 100000.0, 0.0),
    (
        "pressure:psi",
        "PSI",
        "pound force per square inch",
        "psi",
        ("psi", "PSI", "lbf/in2"),
        "Pressure",
        6894.757293168361,
        0.0,
    ),  # fmt: skip
    ("mass:kilogm", "KiloGM", "kilogram", "kg", ("kg", "kilogram"), "Mass", 1.0, 0.0),
    ("mass:lb", "LB", "pound mass", "lbm", ("lb", "lbm", "pound"), "Mass", 0.45359237, 0.0),
    ("capacitance:farad", "FARAD", "farad", "F", ("F", "farad"), "Capacitance", 1.0, 0.0),
    ("power:w", "W", "watt", "W", ("W", "watt"), "Power", 1.0, 0.0),
    ("power:kilow", "KiloW", "kilowatt", "kW", ("kW", "kilowatt"), "Power", 1000.0, 0.0),
    (
        "amount_of_substance_concentration:centimol-per-l",
        "CentiMOL-PER-L",
        "centimole per litre",
        "cmol/L",
        ("cmol / L", "cmol/L", "centimole per litre"),
        "Amount of Substance Concentration",
        10.0,
        0.0,
    ),  # fmt: skip
]

UNITS: list[dict[str, Any]] = [
    {
        "externalId": xid,
        "name": name,
        "longName": long_name,
        "symbol": symbol,
        "aliasNames": list(aliases),
        "quantity": quantity,
        "conversion": {"multiplier": multiplier, "offset": offset},
        "source": "qudt.org",
        "sourceReference": f"https://qudt.org/vocab/unit/{name}",
    }
    for xid, name, long_name, symbol, aliases, quantity, multiplier, offset in _UNITS
]

_SYSTEMS = {
    "Default": {
        "Temperature": "temperature:deg_c",
        "Length": "length:m",
        "Pressure": "pressure:bar",
        "Mass": "mass:kilogm",
    },  # fmt: skip
    "SI": {"Temperature": "temperature:k", "Length": "length:m", "Pressure": "pressure:pa", "Mass": "mass:kilogm"},
    "Imperial": {
        "Temperature": "temperature:deg_f",
        "Length": "length:ft",
        "Pressure": "pressure:psi",
        "Mass": "mass:lb",
    },  # fmt: skip
}
UNIT_SYSTEMS: list[dict[str, Any]] = [
    {"name": name, "quantities": [{"name": q, "unitExternalId": u} for q, u in quantities.items()]}
    for name, quantities in _SYSTEMS.items()
]
