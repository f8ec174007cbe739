"""The fast path of parse_value (canonical numbers) gives exactly what the general parser gives."""

from __future__ import annotations

import random

from gkdesk.core import values
from gkdesk.core.values import State, parse_value


def _samples(rng: random.Random) -> list[str]:
    out = ["0", "-0", "00", "007", "12", "-3", "1.25", "1.50", "0.5", ".5", "5.", "-0.0", "+1", "1e3", "１２",
           "١٢", "12 ", " 12", "1,000", "10" * 40, "9" * 5000 + ".5"]
    alphabet = "0123456789.-+ ,e１"
    for _ in range(3000):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
        out.append(str(rng.randint(-10**6, 10**6)))
        out.append(f"{rng.randint(0, 10**6) / 10**rng.randint(0, 5)}")
    return out


def test_fast_path_equals_general_parser():
    rng = random.Random(14)
    for s in _samples(rng):
        assert parse_value(s) == values._parse_general(s), s
        assert parse_value(s) == values._parse_general(s), s  # second time: from the shared values


def test_canonical_text_kept_and_other_forms_normalised():
    assert parse_value("12").text == "12" and parse_value("12").state is State.NUMBER
    assert parse_value("012").text == "12"
    assert parse_value("1.50").text == "1.5"
    assert parse_value("-0").text == "0"
    assert parse_value("１２").text == "12"
