"""Hostile folders for the folder check (and merge, and the CLI's outputs): symlink loops, a
self-referencing link, a FIFO named *.json, a link to /dev/zero, links out of the tree, the same unit
reached twice, files that claim to be ours. Every file found is checked once or listed with a reason;
nothing hangs (SIGALRM guard); no output of a command overwrites one of its inputs."""

from __future__ import annotations

import json
import os
import sys

import openpyxl
import pytest

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.review import check_folder, write_summary_xlsx
from gkdesk.review.batch import (SKIP_LINK_BROKEN, SKIP_LINK_OUTSIDE, SKIP_LOOP, SKIP_NOT_REGULAR, SKIP_RECOVERY,
                                 SKIP_SAME_FILE, SKIP_SUMMARY)

from .conftest import EXAMPLE, no_hang

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks/FIFOs need POSIX")


def _unit(folder, name, seed, agency=None):
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    storage.save(_doc(seed, agency), p)
    return p


def _doc(seed, agency=None):
    doc = storage.load(EXAMPLE)
    doc.meta.agency = agency or f"第{seed}局"
    return doc


@posix_only
def test_symlink_loops_are_walked_once(tmp_path):
    root = tmp_path / "units"
    _unit(root, "a.json", 1)
    _unit(root, "sub/b.json", 2)
    _unit(root, "sub/deeper/c.json", 3)
    (root / "sub" / "deeper" / "up").symlink_to(root)  # loop back to the top
    (root / "sub" / "self").symlink_to(root / "sub")  # loop to its own folder
    (root / "x").symlink_to(root / "y")  # two links pointing at each other
    (root / "y").symlink_to(root / "x")
    with no_hang(20):
        res = check_folder(root)
    assert sorted(os.path.relpath(u.path, root) for u in res.units) == ["a.json", "sub/b.json", "sub/deeper/c.json"]
    reasons = {os.path.relpath(p, root): r for p, r in res.skip_reasons.items()}
    assert reasons["sub/deeper/up"] == SKIP_LOOP and reasons["sub/self"] == SKIP_LOOP


@posix_only
def test_self_link_fifo_dev_zero_and_link_outside_are_listed_not_read(tmp_path):
    root = tmp_path / "units"
    _unit(root, "a.json", 1)
    (root / "self.json").symlink_to(root / "self.json")  # ELOOP
    (root / "gone.json").symlink_to(root / "nowhere.json")  # broken
    os.mkfifo(root / "pipe.json")  # reading it would block forever
    (root / "zero.json").symlink_to("/dev/zero")  # reading it would never end
    outside = _unit(tmp_path / "elsewhere", "o.json", 7)
    (root / "o.json").symlink_to(outside)
    (root / "elsewhere").symlink_to(tmp_path / "elsewhere")
    with no_hang(20):
        res = check_folder(root)
    assert [os.path.basename(u.path) for u in res.units] == ["a.json"]
    reasons = {os.path.basename(p): r for p, r in res.skip_reasons.items()}
    assert reasons == {"self.json": SKIP_LINK_BROKEN, "gone.json": SKIP_LINK_BROKEN, "pipe.json": SKIP_NOT_REGULAR,
                       "zero.json": SKIP_LINK_OUTSIDE, "o.json": SKIP_LINK_OUTSIDE, "elsewhere": SKIP_LINK_OUTSIDE}
    out = tmp_path / "s.xlsx"
    write_summary_xlsx(res, out)  # and the summary lists each one with its reason
    listed = {r[0]: r[1] for r in openpyxl.load_workbook(out)["无法读取"].iter_rows(min_row=2, values_only=True)}
    assert listed["pipe.json"] == "已跳过：" + SKIP_NOT_REGULAR and len(listed) == 6


@posix_only
def test_opening_a_fifo_or_device_directly_never_blocks(tmp_path):
    from gkdesk.core.errors import LoadError

    os.mkfifo(tmp_path / "pipe.json")
    with no_hang(10):
        with pytest.raises(LoadError, match="不是普通文件"):
            storage.load(tmp_path / "pipe.json")
        with pytest.raises(LoadError, match="不是普通文件"):
            storage.load("/dev/zero")


@posix_only
def test_same_unit_through_a_link_inside_the_tree_is_counted_once(tmp_path):
    root = tmp_path / "units"
    a = _unit(root, "a.json", 1)
    (root / "link-to-a.json").symlink_to(a)
    os.link(a, root / "hard-a.json")
    (root / "mirror").symlink_to(root)  # the whole folder again, inside the tree
    res = check_folder(root)
    assert len(res.units) == 1
    assert sorted(r for r in res.skip_reasons.values()) == sorted([SKIP_SAME_FILE, SKIP_SAME_FILE, SKIP_LOOP])


def test_recovery_key_and_fake_summary_are_listed_with_a_reason(tmp_path):
    root = tmp_path / "units"
    _unit(root, "a.json", 1)
    rec = storage.to_dict(_doc(2))
    rec["gkdesk_recovery"] = {"pid": 1}
    (root / "rec.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    # a unit's own workbook carrying the summary marker is not a summary: it is read (and fails or passes)
    wb = openpyxl.Workbook()
    wb.properties.keywords = "gkdesk-review-summary"
    wb.save(root / "unit.xlsx")
    res = check_folder(root)
    assert res.skip_reasons[str(root / "rec.json")] == SKIP_RECOVERY
    assert str(root / "unit.xlsx") not in res.skip_reasons
    assert str(root / "unit.xlsx") in [x.path for x in res.unreadable]
    write_summary_xlsx(res, root / "审核汇总表.xlsx")  # a real summary is skipped next time, with the reason
    res2 = check_folder(root)
    assert res2.skip_reasons[str(root / "审核汇总表.xlsx")] == SKIP_SUMMARY


def test_outputs_never_overwrite_inputs(tmp_path, capsys):
    r = _unit(tmp_path, "r.json", 1)
    before = r.read_bytes()
    assert main(["check", str(r), "--review", str(r)]) == 2
    assert main(["check", str(r), "--review", str(r), "--force"]) == 2  # not even with --force
    assert main(["check", str(r), "--summary", str(r), "--force"]) == 2
    assert r.read_bytes() == before
    assert "就是本命令读取的文件" in capsys.readouterr().err
    other = tmp_path / "notes.md"
    other.write_text("我的笔记", encoding="utf-8")
    assert main(["check", str(r), "--review", str(other)]) == 2  # an existing file needs --force
    assert main(["check", str(r), "--summary", str(tmp_path / "notes.md")]) == 2
    assert other.read_text(encoding="utf-8") == "我的笔记"
    assert main(["check", str(r), "--review", str(other), "--force"]) in (0, 1)
    assert other.read_text(encoding="utf-8") != "我的笔记"


def test_new_from_last_year_never_replaces_it(tmp_path, capsys):
    last = _unit(tmp_path, "2025.json", 1)
    before = last.read_bytes()
    assert main(["new", "--from", str(last), "-o", str(last), "--force"]) == 2
    if sys.platform != "win32":
        (tmp_path / "alias.json").symlink_to(last)
        assert main(["new", "--from", str(last), "-o", str(tmp_path / "alias.json"), "--force"]) == 2
    assert last.read_bytes() == before
    assert main(["new", "--from", str(last), "-o", str(tmp_path / "2026.json")]) == 0
    assert storage.load(tmp_path / "2026.json").meta.year == 2026


def test_export_and_import_refuse_to_write_over_their_inputs(tmp_path):
    r = _unit(tmp_path, "r.json", 1)
    before = r.read_bytes()
    tpl = tmp_path / "t.docx"
    tpl.write_bytes(b"template")
    assert main(["export", str(r), "--docx", str(tpl), "--template", str(tpl), "--force"]) == 2
    assert tpl.read_bytes() == b"template"
    assert main(["import", str(r), "-o", str(r), "--force"]) == 2
    assert r.read_bytes() == before
