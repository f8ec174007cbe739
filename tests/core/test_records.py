"""The start path's value classes (gkdesk.core.records) behave as the dataclasses they replaced:
equality over the compared fields, hash of frozen ones, immutability, pickling (the folder check
sends units between processes) and the dataclasses functions that tools and tests call."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from gkdesk.checks.finding import Finding, Hit, Severity
from gkdesk.core.commands import Change, History
from gkdesk.core.document import Document, Explanation, Meta
from gkdesk.core.spec import get_format
from gkdesk.core.values import BLANK, parse_value


def test_frozen_records_compare_hash_and_refuse_changes():
    spec = get_format("2021")
    cell = spec.cells["t3.new.total"]
    assert pickle.loads(pickle.dumps(cell)) == cell
    assert hash(pickle.loads(pickle.dumps(spec))) == hash(spec)  # the cells dict is left out of the hash
    assert pickle.loads(pickle.dumps(spec)).table("t3").covering == spec.table("t3").covering
    assert spec != get_format("2019") and cell != spec.cells["t3.new.natural"]
    with pytest.raises(AttributeError):
        cell.kind = "amount"
    with pytest.raises(AttributeError):
        del cell.kind
    v = parse_value("12")
    assert v == parse_value("12") and hash(v) == hash(parse_value("12")) and v != BLANK
    assert repr(v) == "CellValue(state=<State.NUMBER: 'number'>, text='12', number=Decimal('12'))"
    assert Change(frozenset({"a"})) | Change(meta=True) == Change(frozenset({"a"}), frozenset(), True, False)
    assert {Hit("m", ("a",)), Hit("m", ("a",))} == {Hit("m", cells=("a",))}


def test_compare_false_fields_are_left_out_as_before():
    f = Finding("GK301", Severity.ERROR, "合计不符", ("t3.new.total",))
    g = Finding("GK301", Severity.ERROR, "合计不符", ("t3.new.total",), explained="已核实")
    assert f == g and hash(f) == hash(g) and g.explained == "已核实"
    assert pickle.loads(pickle.dumps(g)).explained == "已核实"


def test_mutable_records_are_compared_not_hashed_and_copied_shallowly():
    m = Meta("某某市生态环境局", 2024)
    assert m == Meta(agency="某某市生态环境局", year=2024) and m.as_dict() == dataclasses.asdict(m)
    with pytest.raises(TypeError):
        hash(m)
    m.contact = "0000-1234567"
    assert m.copy() == m and m.copy() is not m
    e = Explanation("GK301", "GK301:t3.new.total", "说明", {"t3.new.total": "5"})
    assert e.copy() == e and e.copy().inputs is e.inputs
    with pytest.raises(AttributeError):
        m.agnecy = "typo"  # slots: a misspelt field is an error, not a new attribute
    doc = Document("2021")
    assert History(doc).done == [] and History(doc).done is not History(doc).done


def test_dataclasses_functions_still_work_on_records():
    t = get_format("2021").table("t3")
    it = t.items[0]
    assert dataclasses.is_dataclass(it)
    assert dataclasses.replace(it, rs=2) == type(it)(it.r, it.c, 2, it.cs, it.role, it.text, it.cell)
    assert dataclasses.replace(t, n_rows=3).n_rows == 3
    assert [f.name for f in dataclasses.fields(Finding)][-1] == "explained"
    assert [f.compare for f in dataclasses.fields(get_format("2021"))].count(False) == 1  # cells
