"""Duplicate units: the same unit reached by a link, a copy, or a second file for the same agency
and year is found (with a Chinese reason) and refused by merge; genuinely different units are not."""

from __future__ import annotations

import os
import shutil

import pytest

from gkdesk.core import storage
from gkdesk.core.document import Document, Meta
from gkdesk.core.values import number
from gkdesk.review import MergeError, merge_reports
from gkdesk.review.duplicates import find_duplicates
from gkdesk.review.merge import merge_files

from .factory import make_unit


def _write(tmp_path, name, doc):
    p = tmp_path / name
    storage.save(doc, p)
    return p


def test_symlink_hard_link_and_copy_are_the_same_unit(tmp_path):
    a = _write(tmp_path, "a.json", make_unit(seed=1, agency="甲局"))
    b = _write(tmp_path, "b.json", make_unit(seed=2, agency="乙局"))
    link = tmp_path / "link.json"
    link.symlink_to(a)
    hard = tmp_path / "hard.json"
    os.link(a, hard)
    copy = tmp_path / "copy.json"
    shutil.copyfile(a, copy)
    paths = [a, b, link, hard, copy]
    docs = [storage.load(p) for p in paths]
    groups = find_duplicates(docs, paths)
    kinds = [(g.kind, g.members) for g in groups]
    assert kinds == [("same_file", (0, 2, 3)), ("same_content", (0, 2, 3, 4))]
    assert "同一个文件" in groups[0].reason and "link.json" in groups[0].reason
    assert "副本" in groups[1].reason and "copy.json" in groups[1].reason
    for dup in (link, hard, copy):
        with pytest.raises(MergeError, match="不能重复合并同一单位"):
            merge_files([a, b, dup])
    assert merge_files([a, b]).meta.year == 2025  # the two real units still merge


def test_same_agency_and_year_in_two_different_files(tmp_path):
    a = make_unit(seed=1, agency="某县教育局")
    b = make_unit(seed=2, agency=" 某县教育局\u3000")  # typed with stray spaces: still the same agency
    c = make_unit(seed=3, agency="某县教育局", year=2024)  # last year's report: a different unit-year
    (g,) = find_duplicates([a, b, c], ["2025/a.json", "2025/b.json", "2024/c.json"])
    assert g.kind == "same_unit" and g.members == (0, 1)
    assert g.reason.endswith("机关名称和报告年度相同，可能是同一单位的重复报告")
    with pytest.raises(MergeError, match="机关名称和报告年度相同"):
        merge_reports([a, b], ["a.json", "b.json"])


def test_identical_tables_are_noted_not_refused():
    a = make_unit(seed=5, agency="甲局")
    b = make_unit(seed=5, agency="乙局")  # same seed: the same figures under another name
    (g,) = find_duplicates([a, b])
    assert g.kind == "same_tables" and not g.refuses_merge and "表格数字完全相同" in g.reason
    total = merge_reports([a, b], ["a.json", "b.json"])
    assert any("表格数字完全相同" in n for n in total.extra["consolidation"]["notes"])


def test_small_units_with_all_zeros_or_blank_are_not_duplicates():
    docs = []
    for i in range(3):
        d = Document("2021", Meta(agency=f"第{i}所", year=2025))
        for cid in list(d.spec.cells)[:40]:
            d._put(cid, number(0))
        docs.append(d)
    docs.append(Document("2021", Meta(agency="", year=2025)))
    docs.append(Document("2021", Meta(agency="", year=2025)))  # two unnamed blank drafts
    assert find_duplicates(docs) == []


def test_stronger_evidence_reported_once():
    a = make_unit(seed=1, agency="甲局")
    b = make_unit(seed=1, agency="甲局")  # same agency, year and tables: one group, the strongest reason
    (g,) = find_duplicates([a, b])
    assert g.kind == "same_unit"
