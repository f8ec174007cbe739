"""The command line's use of the cycle collector: `gkdesk export` runs with it paused (a short command over
one report that keeps what it creates), the commands over folders keep it, every command gives it back,
and only the program itself (not a caller whose process goes on) freezes what is left before it exits."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import gkdesk.cli as cli
from gkdesk.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example-2021.json"


def _spy(monkeypatch, module_name: str) -> dict:
    import importlib

    mod = importlib.import_module(f"gkdesk.cli.{module_name}")
    seen: dict = {}
    real = mod.run

    def run(args):
        seen["collector on"] = gc.isenabled()
        return real(args)

    monkeypatch.setattr(mod, "run", run)  # register() takes the handler from the module when the parser is built
    return seen


def test_export_pauses_the_collector_and_gives_it_back(tmp_path, monkeypatch):
    seen = _spy(monkeypatch, "export")
    assert gc.isenabled()
    assert main(["export", str(EXAMPLE), "--docx", str(tmp_path / "a.docx"), "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert seen == {"collector on": False}
    assert gc.isenabled()
    assert (tmp_path / "a.docx").stat().st_size > 0 and (tmp_path / "a.xlsx").stat().st_size > 0


def test_a_failed_export_gives_the_collector_back(tmp_path):
    assert main(["export", str(tmp_path / "missing.json"), "--docx", str(tmp_path / "a.docx")]) == 2
    assert gc.isenabled()


def test_check_keeps_the_collector(monkeypatch):
    gc.disable()  # as python -m gkdesk leaves it while gkdesk is imported
    try:
        seen = _spy(monkeypatch, "check")
        assert main(["check", str(EXAMPLE)]) == 0
        assert seen == {"collector on": True}
    finally:
        gc.enable()


class _RecordingGC:
    def __init__(self):
        self.calls: list[str] = []

    def __getattr__(self, name):
        if name not in ("enable", "disable", "freeze"):
            raise AttributeError(name)
        return lambda: self.calls.append(name)


def test_only_the_program_freezes_before_it_exits(monkeypatch, capsys):
    fake = _RecordingGC()
    monkeypatch.setattr(cli, "gc", fake)
    assert main(["check", str(EXAMPLE)]) == 0  # a caller whose process goes on: nothing frozen
    assert "freeze" not in fake.calls and fake.calls[-1] == "enable"
    fake.calls.clear()
    monkeypatch.setattr(sys, "argv", ["gkdesk", "check", str(EXAMPLE)])
    assert main() == 0  # the console script / python -m gkdesk: the process ends now
    assert fake.calls[-2:] == ["freeze", "enable"]
    capsys.readouterr()
