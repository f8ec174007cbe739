"""The spare export worker (gkdesk/export/worker.py): started by the window after its first frame, it
takes the next export so the clerk does not wait for a fresh interpreter; each spare serves exactly
one export, cancelling still kills it, a dead spare falls back to a fresh worker, and the result is
the same file as the exporter called directly. Real processes, real exports, nothing replaced."""

from __future__ import annotations

import os
import signal
import time

import pytest

from gkdesk.core.errors import ExportError
from gkdesk.export import worker
from gkdesk.export.html import export_html


@pytest.fixture(autouse=True)
def no_spare_left():
    yield
    worker.stop_spare()
    assert worker._spare is None


def _spare_pid() -> int:
    assert worker._spare is not None
    return worker._spare[0].pid


def test_export_is_taken_by_the_spare_and_a_new_spare_follows(example_doc, tmp_path):
    worker.prestart()
    first = _spare_pid()
    job = worker.ExportProcess("html", example_doc)
    job.start()
    assert job.used_spare and job._proc.pid == first
    assert worker._spare is None  # a spare serves one export only
    assert job.wait() == "done", job.error
    out = tmp_path / "报告.html"
    job.finish(out)
    direct = tmp_path / "direct.html"
    export_html(example_doc, direct)
    assert out.read_bytes() == direct.read_bytes()
    # the next export finds a new spare, not the used one
    assert worker._spare is not None and _spare_pid() != first
    assert worker._spare[0].is_alive()


def test_document_is_the_one_at_the_click(example_doc, tmp_path):
    worker.prestart()
    job = worker.ExportProcess("html", example_doc)
    job.start()
    example_doc.meta.agency = "改过的名称"  # an edit after the click does not leak in
    assert job.wait() == "done", job.error
    job.finish(tmp_path / "a.html")
    assert "改过的名称" not in (tmp_path / "a.html").read_text(encoding="utf-8")


def test_cancelling_an_export_on_the_spare_kills_it_and_writes_nothing(example_doc, tmp_path):
    worker.prestart()
    pid = _spare_pid()
    job = worker.ExportProcess("docx", example_doc)
    job.start()
    job.cancel()
    assert job.state == "cancelled"
    assert not job._proc.is_alive()
    with pytest.raises(ExportError):
        job.finish(tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
    assert not os.path.exists(job.folder)
    assert worker._spare is not None and _spare_pid() != pid  # refilled for the next export


def test_dead_spare_falls_back_to_a_fresh_worker(example_doc, tmp_path):
    worker.prestart()
    proc = worker._spare[0]
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(5)
    job = worker.ExportProcess("html", example_doc)
    job.start()
    assert not job.used_spare
    assert job.wait() == "done", job.error
    job.finish(tmp_path / "b.html")
    assert (tmp_path / "b.html").stat().st_size > 1000


def test_stop_spare_ends_it_and_no_more_are_started(example_doc, tmp_path):
    worker.prestart()
    proc = worker._spare[0]
    worker.stop_spare()
    deadline = time.monotonic() + 5
    while proc.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not proc.is_alive()
    job = worker.ExportProcess("html", example_doc)
    job.start()
    assert not job.used_spare
    assert job.wait() == "done"
    job.finish(tmp_path / "c.html")
    assert worker._spare is None  # no spare wanted any more
