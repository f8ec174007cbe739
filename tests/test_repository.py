"""The repository itself: no machine paths, the licence matches pyproject, the README's facts match the code."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# a development machine's folders: absolute paths that exist on one machine only
MACHINE_PATH = re.compile(r"""["'\s(`=](/work/|/home/[a-z][\w.-]*/|/root/|/Users/[A-Za-z]|[A-Z]:\\\\?Users\\\\?)""")


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    files = []
    for name in out.decode("utf-8").split("\0"):
        p = ROOT / name
        if name and p.is_file() and p.suffix.lower() not in (".png", ".ico", ".docx", ".xlsx", ".pdf", ".gz"):
            files.append(p)
    return files


def test_no_machine_paths_in_the_repository():
    hits = []
    for p in _tracked_text_files():
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if MACHINE_PATH.search(line) and p.name != "test_repository.py":
                hits.append(f"{p.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert not hits, "machine paths (use Path(__file__)-based paths, ../shared relative to the root):\n" + "\n".join(hits)


def test_the_pattern_catches_machine_paths():
    for bad in ['Path("/work/shared/x")', "see /home/alice/gkdesk", r'"C:\Users\clerk\x"', "`/root/.cache`"]:
        assert MACHINE_PATH.search(bad), bad
    for good in ['Path(__file__).parent / "shared"', "/opt/gkdesk", "/usr/share/mime", "~/.local/opt/gkdesk"]:
        assert not MACHINE_PATH.search(good), good


def test_licence_file_matches_pyproject():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["license"] == {"text": "MIT"}
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text


def test_ruff_is_configured_and_run_by_ci():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert py["tool"]["ruff"]["lint"]["select"]
    assert any(d.startswith("ruff") for d in py["project"]["optional-dependencies"]["test"])
    assert ".venv/bin/ruff check ." in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_documents_every_command_and_the_exit_codes():
    from gkdesk.cli import COMMANDS
    from gkdesk.cli.common import EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cmd in COMMANDS:
        assert f"gkdesk {cmd}" in readme, cmd
    assert (EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE) == (0, 1, 2)
    for code, word in ((0, "no errors"), (1, "errors"), (2, "usage error")):
        assert re.search(rf"^\| {code} \|[^\n]*{word}", readme, re.M), code
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/python -m pytest -q'
    assert test_cmd in readme and test_cmd.replace("pip install", "pip install -q") in ci
    for f in ("LICENSE", "CHANGELOG.md", "CONTRIBUTING.md"):
        assert (ROOT / f).is_file()
