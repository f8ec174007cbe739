"""Property-based tests of the report loader: random bytes, random JSON, mutated valid reports.

The only allowed outcomes are a Document or a LoadError with a Chinese message; a document that
loads can always be checked, saved and loaded again unchanged. Bounded: few examples, a
deadline, and a wall-clock guard against hangs.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.errors import LoadError
from gkdesk.core.spec import get_format

from .conftest import EXAMPLE, no_hang

FUZZ = settings(max_examples=120, deadline=timedelta(seconds=15), database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CHINESE = re.compile(r"[\u4e00-\u9fff]")
VALID = json.loads(EXAMPLE.read_text(encoding="utf-8"))
CELL_IDS = sorted(get_format("2021").cells) + sorted(get_format("2019").cells)

# numbers a hostile or broken file may hold: beyond int-string limits, floats, exponents
HUGE = st.sampled_from([10**4000, -(10**300), 2**64, -1, 0, 10**9, 1e308, -0.0, 1.5e-300])
NUMBER_TEXT = st.one_of(
    st.from_regex(r"-?[0-9]{1,6}(\.[0-9]{1,6})?", fullmatch=True),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.integers(1, 6000).map(lambda n: "0." + "0" * n + "1"),
    st.sampled_from(["1e999999", "NaN", "Infinity", "-0", "１２３", "1,234,567", "—", "/", "−5", "٣"]),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), HUGE, st.floats(allow_nan=False), st.text(max_size=30),
                    NUMBER_TEXT)
JSON = st.recursive(SCALARS, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                    max_leaves=20)
LITERAL = "<huge literal>"
DEEP = "<deep nesting>"
KEYS = st.sampled_from(sorted(VALID) + ["previous", "meta", "cells", "sections", "x"]) | st.text(max_size=10)


@st.composite
def mutated_reports(draw) -> str:
    d = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["del", "set", "cell", "meta", "section", "deep", "previous", "literal"]))
        if op == "del" and d:
            d.pop(draw(st.sampled_from(sorted(d))), None)
        elif op == "set":
            d[draw(KEYS)] = draw(JSON)
        elif op == "cell":
            cells = d.setdefault("cells", {})
            if isinstance(cells, dict):
                cells[draw(st.sampled_from(CELL_IDS) | st.text(max_size=12))] = draw(NUMBER_TEXT | SCALARS)
        elif op == "meta":
            meta = d.setdefault("meta", {})
            if isinstance(meta, dict):
                meta[draw(st.sampled_from(["agency", "year", "date", "contact", "?"]))] = draw(SCALARS)
        elif op == "section":
            secs = d.setdefault("sections", {})
            if isinstance(secs, dict):
                secs[draw(st.sampled_from(["s1", "s2", "s3", "s4", "s5", "s6", "s9"]))] = draw(
                    st.text(max_size=200) | SCALARS)
        elif op == "deep":  # spliced in as text below: building it in Python would hit the recursion limit
            d[draw(KEYS)] = DEEP
        elif op == "literal":  # a number literal beyond what Python turns into an int (spliced in below)
            d[draw(st.sampled_from(["cells", "meta", "schema_version", "x"]))] = LITERAL
        elif op == "previous":
            d["previous"] = draw(st.fixed_dictionaries(
                {"year": SCALARS, "format": st.sampled_from(["2019", "2021", "x"]) | SCALARS,
                 "cells": st.dictionaries(st.sampled_from(CELL_IDS), NUMBER_TEXT | SCALARS, max_size=8) | SCALARS,
                 "sections": st.dictionaries(st.text(max_size=3), st.text(max_size=20)) | SCALARS}))
    text = json.dumps(d, ensure_ascii=draw(st.booleans()))
    n = draw(st.sampled_from([10, 500, 990, 1200, 3000]))
    text = text.replace(json.dumps(DEEP), "[" * n + "{}" + "]" * n)
    return text.replace(json.dumps(LITERAL), "-" * draw(st.booleans()) + "9" * draw(st.sampled_from([10, 4301, 9000])))


def _outcome(text: str, source: str = "r.json"):
    """Load; on success check, save and reload. Returns the document or the LoadError."""
    with no_hang(10):
        try:
            doc = storage.loads(text, source)
        except LoadError as e:
            assert CHINESE.search(str(e)), str(e)
            assert e.problems and all(isinstance(p, str) and p for p in e.problems)
            return e
        internal = [f.message for f in run_checks(doc) if f.check_id == "GK900"]
        assert internal == []  # no rule crashed on a document the loader accepted
        again = storage.loads(storage.dumps(doc), source)
        assert storage.dumps(again) == storage.dumps(doc)
        return doc


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("fuzz") / "r.json"
    p.write_bytes(data)
    with no_hang(10):
        try:
            storage.load(p)
        except LoadError as e:
            assert CHINESE.search(str(e))


@FUZZ
@given(st.text(max_size=500) | JSON.map(json.dumps))
def test_random_text_and_json(text):
    _outcome(text)


@FUZZ
@given(mutated_reports())
def test_mutated_reports(text):
    _outcome(text)


@FUZZ
@given(st.data())
def test_byte_level_damage_of_a_valid_file(tmp_path_factory, data):
    """Truncated, bit-flipped, spliced: what a dying disk or a bad USB stick produces."""
    raw = bytearray(EXAMPLE.read_bytes())
    for _ in range(data.draw(st.integers(1, 5))):
        op = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        i = data.draw(st.integers(0, max(len(raw) - 1, 0)))
        if op == "flip" and raw:
            raw[i] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "cut":
            del raw[i:]
        elif op == "insert":
            raw[i:i] = data.draw(st.binary(min_size=1, max_size=20))
        elif op == "delete":
            del raw[i:i + data.draw(st.integers(1, 50))]
    p = tmp_path_factory.mktemp("fuzz") / "r.json"
    p.write_bytes(bytes(raw))
    with no_hang(10):
        try:
            doc = storage.load(p)
        except LoadError as e:
            assert CHINESE.search(str(e))
            return
    assert [f.message for f in run_checks(doc) if f.check_id == "GK900"] == []
    assert storage.dumps(storage.loads(storage.dumps(doc))) == storage.dumps(doc)


def test_huge_number_literal_is_a_load_error():
    """A 5000-digit integer exceeds Python's int-string limit: a LoadError, not a ValueError."""
    text = EXAMPLE.read_text(encoding="utf-8")
    d = json.loads(text)
    e = _outcome(json.dumps(d).replace('"meta": {', '"meta": {"n": ' + "9" * 5000 + ", ", 1))
    assert isinstance(e, LoadError)


def test_huge_number_text_in_a_cell_loads_and_round_trips():
    d = copy.deepcopy(VALID)
    d["cells"]["t3.new.natural"] = "9" * 6000
    doc = _outcome(json.dumps(d))
    assert doc.value("t3.new.natural").text == "9" * 6000
