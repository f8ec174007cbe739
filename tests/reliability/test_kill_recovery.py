"""kill -9 of the running desktop program while edits are applied, then restart and restore.

The driver (editdriver.py) opens a report in the real MainWindow and applies scripted edits
(cells through the table model, prose, metadata, undo) every few milliseconds, logging each one
with its time. At a seeded random moment the test sends SIGKILL. A second start finds the
orphaned recovery file and restores it. The restored report must equal the report after exactly
the first k edits, for some k that includes every edit logged more than one autosave interval
plus one second before the kill: at most the last few seconds are lost, never anything older,
and never a mix. The report file itself is untouched.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import History

from . import editdriver
from .conftest import EXAMPLE

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

AUTOSAVE_MS = 700
ROUNDS = int(os.environ.get("GKDESK_KILL_ROUNDS", "2"))
DRIVER = Path(editdriver.__file__)


def _env(state: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GKDESK_STATE_DIR=str(state),
               GKDESK_AUTOSAVE_MS=str(AUTOSAVE_MS), PYTHONDONTWRITEBYTECODE="1")
    env.pop("GKDESK_NO_USER_STATE", None)
    return env


def _read_log(log: Path) -> tuple[float, list[tuple[int, float]]]:
    ready, ops = 0.0, []
    for line in log.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] == "ready":
            ready = float(parts[1])
        elif len(parts) == 2:
            ops.append((int(parts[0]), float(parts[1])))
    return ready, ops


def _snapshot(doc) -> dict:
    d = storage.to_dict(doc)
    d.pop("written_by", None)
    return d


def _wait_for_ready(log: Path, proc: subprocess.Popen, timeout: float = 30) -> float:
    t0 = time.time()
    while time.time() - t0 < timeout:
        if log.exists():
            ready, _ = _read_log(log)
            if ready:
                return ready
        if proc.poll() is not None:
            raise AssertionError(f"driver exited early: {proc.returncode}\n{proc.stderr.read()}")
        time.sleep(0.05)
    raise AssertionError("driver did not start")


@pytest.mark.parametrize("seed", range(ROUNDS))
def test_kill_9_while_editing_then_restore(tmp_path, seed):
    rng = random.Random(1000 + seed)
    report = tmp_path / "年报.json"
    shutil.copy(EXAMPLE, report)
    original = report.read_bytes()
    state = tmp_path / "state"
    log = tmp_path / "ops.log"

    proc = subprocess.Popen([sys.executable, str(DRIVER), "edit", str(report), str(log)], env=_env(state),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        ready = _wait_for_ready(log, proc)
        # a random moment: early (maybe before the first autosave) or after several autosaves
        delay = rng.uniform(0.3, 3.5) if seed else rng.uniform(2.0, 3.5)
        time.sleep(max(0.0, ready + delay - time.time()))
        t_kill = time.time()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err, err

    _, ops = _read_log(log)
    assert ops, "the driver applied no edit before the kill"
    assert [i for i, _ in ops] == list(range(len(ops)))
    deadline = t_kill - AUTOSAVE_MS / 1000 - 1.0
    must_have = sum(1 for _, t in ops if t <= deadline)
    assert report.read_bytes() == original  # the report itself was never written

    # --- restart: the orphaned recovery file is offered and restored
    out = tmp_path / "restored.json"
    r = subprocess.run([sys.executable, str(DRIVER), "restore", str(out)], env=_env(state),
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    if result["offered"] == 0:
        # killed before the first autosave: only then may there be nothing to restore
        assert must_have == 0, f"no recovery file, but {must_have} edits were older than the autosave interval"
        return
    assert result["offered"] == 1 and result["orphans"] == 1
    assert Path(result["original_path"]) == report.resolve()
    assert result["modified"] is True  # restored work is unsaved work: the title shows it
    restored = _snapshot(storage.from_dict(result["report"]))

    # --- which prefix of the edits is it? replay them on the core, without Qt
    doc = storage.load(report)
    history = History(doc)
    cells = editdriver.editable_cells(doc.format_id)
    matches = [0] if _snapshot(doc) == restored else []
    for i in range(len(ops) + 1):  # +1: an edit applied but killed before it was logged
        editdriver.replay(history, i, cells)
        if _snapshot(doc) == restored:
            matches.append(i + 1)
    assert matches, "the restored report is not the state after any prefix of the edits"
    k = max(matches)
    # k == len(ops) + 1: the edit after the last logged one was applied (and autosaved) before the
    # kill stopped its log line; it is newer than that line, so this is an upper bound
    lost_seconds = t_kill - (ops[min(k, len(ops)) - 1][1] if k else ready)
    print(f"seed {seed}: killed after {len(ops)} edits ({t_kill - ready:.2f} s), restored {k}, "
          f"lost the last {lost_seconds:.2f} s")
    assert k >= must_have, f"restored only {k} edits; {must_have} were older than autosave + 1 s"
    # and the next start has nothing more to offer: the recovery file was taken over
    r2 = subprocess.run([sys.executable, str(DRIVER), "restore", str(out)], env=_env(state),
                        capture_output=True, text=True, timeout=60)
    assert r2.returncode == 0, r2.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["offered"] == 0


def _recovery_payload(**info) -> dict:
    d = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    d["gkdesk_recovery"] = {"pid": 999999999, "instance": "dead", "original_path": "", "title": "坏",
                            "saved_at": "2020-01-01T00:00:00", **info}
    return d


@pytest.mark.parametrize("damage", ["truncated", "garbage", "bad-cells", "empty"])
def test_a_damaged_recovery_file_never_stops_the_program(tmp_path, damage):
    """A power cut can damage the recovery file itself: the window must still start, say so, and go on."""
    state = tmp_path / "state"
    (state / "recovery").mkdir(parents=True)
    f = state / "recovery" / "untitled-deadbeef.json"
    payload = _recovery_payload()
    if damage == "truncated":
        text = json.dumps(payload, ensure_ascii=False)
        f.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "garbage":
        f.write_bytes(os.urandom(4096))
    elif damage == "bad-cells":
        payload["cells"] = {"t3.new.natural": [1, 2], "nope": "1"}
        f.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    else:
        f.write_bytes(b"")
    out = tmp_path / "restored.json"
    r = subprocess.run([sys.executable, str(DRIVER), "restore", str(out)], env=_env(state),
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["report"] is None  # nothing half-restored
    if damage == "bad-cells":  # readable enough to offer: the clerk is told why it cannot be restored
        assert result["offered"] == 1 and len(result["errors"]) == 1 and "无法" in result["errors"][0]
    else:  # unreadable: skipped (logged), no question, no error box
        assert result["offered"] == 0 and result["errors"] == []
