"""Property-based tests of every importer: random bytes, mutated real report texts, mutated
HTML, and DOCX/XLSX files whose XML was damaged. The only allowed outcomes are an ImportResult
(whose document then checks, saves and loads again) or an ImportError_ with a Chinese message.
Never another exception, never a hang."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import timedelta
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.errors import ImportError_

from .conftest import EXAMPLE, no_hang, real_report_texts

importers = pytest.importorskip("gkdesk.importers", reason="importers not available")
if not hasattr(importers, "import_bytes"):  # pragma: no cover - only while the dispatcher is missing
    pytest.skip("gkdesk.importers.import_bytes does not exist yet", allow_module_level=True)

FUZZ = settings(max_examples=40, deadline=timedelta(seconds=8), database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CHINESE = re.compile(r"[\u4e00-\u9fff]")
TEXTS = [p.read_text(encoding="utf-8") for p in real_report_texts()] or [EXAMPLE.read_text(encoding="utf-8")]
NOISE = st.sampled_from(["0", "-1", "１２", "3.5", "99999999999999999999", "—", "/", "|", "\t", "\n", " ",
                         "总计", "本年新收政府信息公开申请数量", "（七）总计", "行政复议", "二〇二三年", "<td>", "</tr>",
                         "\x00", "\ufeff", "\u202e", "𠀀", "\r"]) | st.text(max_size=12)


def _check(data: bytes, source: str):
    with no_hang(20):
        try:
            res = importers.import_bytes(data, source)
        except ImportError_ as e:
            assert CHINESE.search(str(e)), str(e)
            return None
        assert isinstance(res, importers.ImportResult)
        assert isinstance(res.summary(), str)
        assert [f.message for f in run_checks(res.doc) if f.check_id == "GK900"] == []
        again = storage.loads(storage.dumps(res.doc))
        assert storage.dumps(again) == storage.dumps(res.doc)
        return res


@st.composite
def mutated_text(draw) -> str:
    lines = draw(st.sampled_from(TEXTS)).splitlines()
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["del", "dup", "swap", "insert", "cut", "join", "noise"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "del":
            del lines[i:i + draw(st.integers(1, 20))]
        elif op == "dup":
            lines[i:i] = lines[i:i + draw(st.integers(1, 30))] * draw(st.integers(1, 5))
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(NOISE))
        elif op == "cut":
            del lines[i:]
        elif op == "join":
            lines[i:i + 50] = ["".join(lines[i:i + 50])]
        elif op == "noise":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + draw(NOISE) + lines[i][k:]
    return "\n".join(lines)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".docx", ".xlsx", ".html", ".json", ".doc", ""]))
def test_random_bytes_from_a_file(tmp_path_factory, data, suffix):
    """Through import_file, as the window and the CLI call it; the file name's suffix must not matter."""
    p = tmp_path_factory.mktemp("fuzz") / f"报告{suffix}"
    p.write_bytes(data)
    with no_hang(20):
        try:
            res = importers.import_file(p)
        except ImportError_ as e:
            assert CHINESE.search(str(e)), str(e)
            return
    assert isinstance(res, importers.ImportResult)
    storage.loads(storage.dumps(res.doc))


@FUZZ
@given(mutated_text(), ENCODINGS)
def test_mutated_real_report_texts(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _check(data, "report.txt")


@FUZZ
@given(mutated_text(), st.booleans())
def test_mutated_reports_as_html(text, as_table):
    if as_table:  # every line a table row, cells split on white space: what web pages publish
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in line.split()) + "</tr>" for line in text.splitlines())
        html = f"<html><head><meta charset='utf-8'></head><body><table>{rows}</table></body></html>"
    else:
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    _check(html.encode("utf-8"), "report.html")


@cache
def _exported(kind: str) -> bytes:
    import tempfile
    from pathlib import Path

    doc = storage.load(EXAMPLE)
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / f"r.{kind}"
        if kind == "docx":
            from gkdesk.export.docx import export_docx

            export_docx(doc, out)
        else:
            from gkdesk.export.xlsx import export_xlsx

            export_xlsx(doc, out)
        return out.read_bytes()


def _rezip(original: bytes, mutate) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(original))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            data = mutate(info.filename, data)
            if data is not None:
                dst.writestr(info.filename, data)
    return buf.getvalue()


@st.composite
def damaged_office_file(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["docx", "xlsx"]))
    original = _exported(kind)
    how = draw(st.sampled_from(["xml", "xml", "drop", "bytes", "cut"]))
    if how == "bytes":
        raw = bytearray(original)
        for _ in range(draw(st.integers(1, 10))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        return kind, bytes(raw)
    if how == "cut":
        return kind, original[: draw(st.integers(0, len(original)))]
    names = zipfile.ZipFile(io.BytesIO(original)).namelist()
    target = draw(st.sampled_from(names))
    if how == "drop":
        return kind, _rezip(original, lambda n, d: None if n == target else d)
    ops = draw(st.lists(st.tuples(st.sampled_from(["cut", "noise", "number", "del"]), st.integers(0, 10**9),
                                  NOISE), min_size=1, max_size=6))

    def mutate(name: str, data: bytes) -> bytes:
        if name != target:
            return data
        text = data.decode("utf-8", errors="replace")
        for op, pos, noise in ops:
            i = pos % (len(text) + 1)
            if op == "cut":
                text = text[:i]
            elif op == "noise":
                text = text[:i] + noise + text[i:]
            elif op == "number":  # change a value inside a text node, keep the XML well-formed
                text = re.sub(r">(\d+)<", lambda m: f">{noise if noise.strip('<>&') == noise else '7'}<", text,  # noqa: B023
                              count=1 + pos % 5)
            elif op == "del":
                text = text[:i] + text[i + 200:]
        return text.encode("utf-8")

    return kind, _rezip(original, mutate)


@FUZZ
@given(damaged_office_file())
def test_damaged_docx_and_xlsx(case):
    kind, data = case
    _check(data, f"report.{kind}")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_undamaged_exports_import(kind):
    """The fuzzing above starts from files that do import: otherwise it would test nothing."""
    res = _check(_exported(kind), f"report.{kind}")
    assert res is not None and res.cells_found > 100


def test_every_real_report_imports_without_crash():
    for p in real_report_texts():
        assert _check(p.read_bytes(), p.name) is not None, p.name
