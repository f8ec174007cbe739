"""Report files: round trip, atomic save, and loading that never fails with anything but LoadError."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, History, SetExplanation
from gkdesk.core.document import Document, Meta
from gkdesk.core.errors import LoadError, SaveError
from gkdesk.core.values import parse_value

TESTS = Path(__file__).resolve().parents[1]
EXAMPLE = TESTS.parent / "resources" / "example-2021.json"
SEEDS = sorted((TESTS / "data" / "seeds").glob("seed_*.json"))


def _valid() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _write(tmp_path, data, name="r.json") -> Path:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def _load_error(path) -> LoadError:
    with pytest.raises(LoadError) as ei:
        storage.load(path)
    return ei.value


def _has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


# ------------------------------------------------------------------------------------ round trip
@pytest.mark.parametrize("path", [EXAMPLE, *SEEDS], ids=lambda p: p.name)
def test_round_trip_is_exact(tmp_path, path):
    doc = storage.load(path)
    out = tmp_path / "copy.json"
    storage.save(doc, out)
    again = storage.load(out)
    assert storage.to_dict(again) == storage.to_dict(doc)
    assert storage.dumps(again) == storage.dumps(doc)  # stable key order: byte-identical
    assert again.cells == doc.cells and again.manual == doc.manual and again.sections == doc.sections


def test_round_trip_keeps_everything(tmp_path):
    doc = Document("2019", Meta(agency="某局", year=2020, date="2021-01-20", contact="电话 123"))
    h = History(doc)
    h.push(EditCells({"t2.license.change": "-46", "t2.procurement.amount": "1603.1673", "t3.new.natural": "约10",
                      "t4.review.upheld": "—", "t3.new.total": "9"}))
    h.push(SetExplanation("GK201", "GK201:t2.rules.published", ("t2.rules.published",), "说明文字"))
    doc.sections["s1"] = "第一段\n第二段"
    doc.previous = {"year": 2019, "format": "2019", "cells": {"t3.carry_next.total": "3"}}
    doc.extra = {"future_key": {"a": [1, 2]}}
    p = tmp_path / "r.json"
    storage.save(doc, p)
    back = storage.load(p)
    assert back.meta == doc.meta
    assert back.value("t2.license.change").text == "-46"
    assert back.value("t3.new.natural") == parse_value("约10")
    assert back.value("t4.review.upheld") == parse_value("—")
    assert back.value("t3.carried.natural").is_blank  # blank stays blank, not 0
    assert back.manual == {"t3.new.total"}
    assert back.explanations == doc.explanations
    assert back.previous == doc.previous
    assert back.extra == {"future_key": {"a": [1, 2]}}
    raw = json.loads(p.read_text(encoding="utf-8"))
    assert raw["gkdesk"] == storage.MAGIC and raw["schema_version"] == storage.SCHEMA_VERSION
    assert "t3.carried.natural" not in raw["cells"]
    assert raw["future_key"] == {"a": [1, 2]}  # unknown entries of a newer minor writer survive


def test_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert storage.load(p).meta.agency == storage.load(EXAMPLE).meta.agency


# ------------------------------------------------------------------------------------ atomic save
@pytest.mark.parametrize("target", ["replace", "fsync"])
def test_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch, target):
    p = tmp_path / "report.json"
    storage.save(storage.load(EXAMPLE), p)
    before = p.read_bytes()
    doc = storage.load(p)
    History(doc).push(EditCells({"t3.new.natural": "999"}))

    def fail(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, target, fail)
    with pytest.raises(SaveError) as ei:
        storage.save(doc, p)
    monkeypatch.undo()
    assert "原文件未被改动" in str(ei.value)
    assert p.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["report.json"]  # no temp file left behind
    assert storage.load(p).value("t3.new.natural").text != "999"


def test_save_into_missing_folder_is_a_save_error(tmp_path):
    with pytest.raises(SaveError):
        storage.save(storage.load(EXAMPLE), tmp_path / "nope" / "r.json")


def test_save_replaces_atomically(tmp_path):
    p = tmp_path / "r.json"
    p.write_text("old", encoding="utf-8")
    storage.save(storage.load(EXAMPLE), p)
    assert storage.load(p).format_id == "2021"
    assert [x.name for x in tmp_path.iterdir()] == ["r.json"]


# ------------------------------------------------------------------------------------ refusals
def test_damaged_json(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    e = _load_error(_write(tmp_path, text[: len(text) // 2]))
    assert "已损坏" in str(e) and _has_chinese(str(e)) and "行" in str(e)
    assert e.path.endswith("r.json")


@pytest.mark.parametrize("content", ["", "   ", "null", "[]", "42", '"text"', '{"a": 1}',
                                     '{"gkdesk": "something-else", "schema_version": 1}'])
def test_foreign_json(tmp_path, content):
    e = _load_error(_write(tmp_path, content))
    assert _has_chinese(str(e))


def test_not_utf8(tmp_path):
    p = tmp_path / "r.json"
    p.write_bytes(b"\xff\xfe\x00garbage\x80\x81")
    assert "UTF-8" in str(_load_error(p))


def test_missing_file_and_folder(tmp_path):
    assert "不存在" in str(_load_error(tmp_path / "missing.json"))
    assert "文件夹" in str(_load_error(tmp_path))


def test_too_big(tmp_path):
    p = tmp_path / "big.json"
    with open(p, "wb") as f:
        f.truncate(storage.MAX_FILE_BYTES + 1)  # sparse: fast
    assert "过大" in str(_load_error(p))


def test_newer_schema_version_refused(tmp_path):
    d = _valid()
    d["schema_version"] = storage.SCHEMA_VERSION + 1
    e = _load_error(_write(tmp_path, d))
    assert "较新版本" in str(e) and "升级" in str(e)


@pytest.mark.parametrize("version", [None, "1", 1.0])
def test_schema_version_must_be_an_integer(tmp_path, version):
    d = _valid()
    d["schema_version"] = version
    assert "版本号" in str(_load_error(_write(tmp_path, d)))


def test_unknown_format(tmp_path):
    d = _valid()
    d["format"] = "2030"
    assert "2030" in str(_load_error(_write(tmp_path, d)))


def test_unknown_cell_id(tmp_path):
    d = _valid()
    d["cells"]["t3.new.bogus"] = "1"
    d["cells"]["t2.procurement.amount"] = "1"  # a 2019 cell in a 2021 file
    e = _load_error(_write(tmp_path, d))
    assert "t3.new.bogus" in str(e) and "t2.procurement.amount" in str(e)
    assert len(e.problems) == 2  # every problem is named, not just the first


@pytest.mark.parametrize("key,value,words", [
    ("meta", [], "元数据"),
    ("sections", "text", "正文"),
    ("cells", ["1"], "表格数据"),
    ("manual_totals", "t3.new.total", "manual_totals"),
    ("manual_totals", [1, 2], "manual_totals"),
    ("previous", "2019", "上年数据"),
    ("explanations", [{"check_id": "GK201"}], "说明"),
    ("explanations", [{"check_id": "GK201", "key": "k", "text": "t", "inputs": "ab"}], "说明"),
])
def test_wrong_types_are_named(tmp_path, key, value, words):
    d = _valid()
    d[key] = value
    assert words in str(_load_error(_write(tmp_path, d)))


@pytest.mark.parametrize("value", [1.5, True, {"v": 1}, [1]])
def test_wrong_cell_value_types(tmp_path, value):
    d = _valid()
    d["cells"]["t3.new.natural"] = value
    assert "t3.new.natural" in str(_load_error(_write(tmp_path, d)))


def test_cell_values_as_integers_and_null_are_accepted(tmp_path):
    d = _valid()
    d["cells"]["t3.new.natural"] = 38
    d["cells"]["t3.new.business"] = None
    doc = storage.load(_write(tmp_path, d))
    assert doc.value("t3.new.natural").text == "38"
    assert doc.value("t3.new.business").is_blank


def test_bad_meta_values(tmp_path):
    d = _valid()
    d["meta"]["year"] = "2025"
    d["sections"]["s9"] = "x"
    d["sections"]["s1"] = 5
    e = _load_error(_write(tmp_path, d))
    assert len(e.problems) == 3
    d = _valid()
    d["meta"]["year"] = True
    assert "整数" in str(_load_error(_write(tmp_path, d)))


def test_manual_totals_ignore_non_derived_cells(tmp_path):
    d = _valid()
    d["manual_totals"] = ["t3.new.total", "t3.new.natural", "nonsense"]
    assert storage.load(_write(tmp_path, d)).manual == {"t3.new.total"}


JUNK = [None, 0, -1, 1.5, True, "", "x", [], [1], [None], ["x"], {}, {"a": 1}, {"a": [1]}, [[[]]]]


def _variants():
    base = _valid()
    for key in list(base) + ["previous"]:
        for junk in JUNK:
            yield f"{key}={junk!r}", key, None, junk
    for sub in ("meta", "sections", "cells"):
        for inner in ("agency", "year", "date", "s1", "t3.new.natural", "t4.review.total"):
            for junk in JUNK:
                yield f"{sub}.{inner}={junk!r}", sub, inner, junk


def test_never_a_traceback_only_load_error():
    """Any JSON value in any place: the result is a document or a LoadError, nothing else."""
    crashes = []
    for name, key, inner, junk in _variants():
        d = copy.deepcopy(_valid())
        if inner is None:
            d[key] = junk
        else:
            if not isinstance(d.get(key), dict):
                continue
            d[key][inner] = copy.deepcopy(junk)
        try:
            storage.from_dict(d, "x.json")
        except LoadError:
            pass
        except Exception as e:  # noqa: BLE001 - that is what the test looks for
            crashes.append(f"{name}: {type(e).__name__}: {e}")
    assert crashes == []


def test_deeply_nested_json_is_a_load_error(tmp_path):
    p = _write(tmp_path, "[" * 100000 + "]" * 100000)
    e = _load_error(p)
    assert _has_chinese(str(e))


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX permission bits")
def test_saved_files_get_normal_permission_bits(tmp_path):
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.json"
        storage.save(storage.load(EXAMPLE), new)
        assert new.stat().st_mode & 0o777 == 0o640  # 0666 minus the umask, not mkstemp's 0600
        kept = tmp_path / "kept.json"
        kept.write_text("old", encoding="utf-8")
        os.chmod(kept, 0o664)
        storage.atomic_write_bytes(kept, b"{}")
        assert kept.stat().st_mode & 0o777 == 0o664  # replacing a file keeps its bits
    finally:
        os.umask(old)
