"""Fixtures for the review tests: a folder of units' reports, some broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.values import number

from .factory import make_unit


def write_unit(folder: Path, name: str, doc) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    storage.save(doc, p)
    return p


@pytest.fixture
def review_folder(tmp_path) -> Path:
    """Five readable units (one in a sub-folder), one with errors, one with a warning only;
    broken files; our own temp/lock/recovery files that must be skipped."""
    folder = tmp_path / "units"
    folder.mkdir()
    write_unit(folder, "a_clean.json", make_unit("2021", seed=1, agency="甲局"))
    bad = make_unit("2021", seed=2, agency="乙局")
    bad._put("t3.new.total", number(bad.number("t3.new.total") + 1))  # GK301 (and GK303)
    bad.manual.add("t3.new.total")
    write_unit(folder, "b_errors.json", bad)
    warn = make_unit("2021", seed=3, agency="")
    write_unit(folder, "c_warning.json", warn)  # GK001 only
    write_unit(folder, "sub/d_clean.json", make_unit("2021", seed=4, agency="丁局"))
    # broken files
    (folder / "e_garbage.json").write_text("{not json at all", encoding="utf-8")
    (folder / "f_empty.json").write_bytes(b"")
    (folder / "g_dir.json").mkdir()
    (folder / "h_binary.docx").write_bytes(bytes(range(256)) * 40)
    # skipped: atomic-save temp file, Office lock file, an unrelated file type, autosave recovery
    (folder / ".a_clean.json.k3j4.tmp").write_text("{", encoding="utf-8")
    (folder / "~$report.docx").write_bytes(b"lock")
    (folder / "notes.png").write_bytes(b"\x89PNG")
    rec = storage.to_dict(make_unit("2021", seed=9))
    rec["gkdesk_recovery"] = {"pid": 1}
    import json

    (folder / "recovered.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return folder
