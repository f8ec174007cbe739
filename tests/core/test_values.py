"""parse_value: what clerks type or paste becomes BLANK / NUMBER / NA / TEXT, never a guess."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gkdesk.core.values import BLANK, CellValue, State, canonical, decimals, number, parse_value, to_storage


@pytest.mark.parametrize("raw,text,num", [
    ("０１２", "12", Decimal(12)),          # full-width digits
    ("１２３４", "1234", Decimal(1234)),
    ("1,234", "1234", Decimal(1234)),      # thousands separator
    ("1,234,567.5", "1234567.5", Decimal("1234567.5")),
    (" 12 ", "12", Decimal(12)),          # stray spaces
    ("\u00a012\u3000", "12", Decimal(12)),  # no-break / ideographic space
    ("-46", "-46", Decimal(-46)),
    ("−46", "-46", Decimal(-46)),           # unicode minus
    ("+7", "7", Decimal(7)),
    ("0", "0", Decimal(0)),
    ("1.50", "1.5", Decimal("1.5")),        # canonical text
    ("42.194", "42.194", Decimal("42.194")),
    ("1603.1673", "1603.1673", Decimal("1603.1673")),
    ("2.0", "2", Decimal(2)),
    (".5", "0.5", Decimal("0.5")),
    ("１２．５", "12.5", Decimal("12.5")),   # full-width full stop
])
def test_numbers(raw, text, num):
    v = parse_value(raw)
    assert v.state is State.NUMBER and v.is_number and not v.is_blank
    assert v.text == text
    assert v.number == num


@pytest.mark.parametrize("raw", ["—", "-", "/", "——", "－", " / ", "无", "不适用"])
def test_not_applicable_markers(raw):
    v = parse_value(raw)
    assert v.state is State.NA
    assert v.number is None
    assert v.text == raw.strip()


@pytest.mark.parametrize("raw", ["约10", "12件", "10余", "无数据", "1,23", "1.2.3", "12-3", "abc", "1e3",
                                 "55817  1015  6", "12 345", "1\u30002", "1,2345", "12,34,567"])
def test_text_is_kept_as_typed(raw):
    v = parse_value(raw)
    assert v.state is State.TEXT
    assert v.number is None
    assert v.text == raw


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "\u00a0\n", None])
def test_blank_is_blank_never_zero(raw):
    v = parse_value(raw)
    assert v is BLANK or v == BLANK
    assert v.is_blank and v.number is None and v.text == ""
    assert to_storage(v) is None


def test_python_numbers():
    assert parse_value(7) == number(7)
    assert parse_value(Decimal("1.50")).text == "1.5"
    assert parse_value(0.1).number == Decimal("0.1")  # via repr, no binary noise
    assert parse_value(True).state is State.TEXT       # a bool is not a count


def test_cellvalue_passes_through():
    v = parse_value("12")
    assert parse_value(v) is v


def test_storage_round_trip_text():
    for raw in ("12", "-46", "1.5", "—", "约10"):
        v = parse_value(raw)
        assert parse_value(to_storage(v)) == v


def test_canonical_and_decimals():
    assert canonical(Decimal("1.2300")) == "1.23"
    assert canonical(Decimal("100")) == "100"
    assert canonical(Decimal("1E+2")) == "100"
    assert canonical(Decimal("0.0001")) == "0.0001"
    assert decimals(Decimal("1.2300")) == 2
    assert decimals(Decimal("1603.1673")) == 4
    assert decimals(Decimal("100")) == 0
    assert decimals(Decimal("1E+2")) == 0


def test_values_are_hashable_and_compare_by_content():
    assert {parse_value("12"), parse_value("１２"), parse_value(" 12")} == {number(12)}
    assert parse_value("0") != BLANK
    assert isinstance(str(parse_value("1.50")), str) and str(parse_value("1.50")) == "1.5"
    assert CellValue(State.TEXT, "x") != CellValue(State.NA, "x")
