"""Hostile XLSX/HTML for the importers: formula evaluation is linear (a reversed chain of sums once
took > 300 s), an out-of-range number (1E999) is an ImportError_ (it raised OverflowError), and every
importer is bounded by a deadline."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from openpyxl import Workbook

from gkdesk.core.errors import ImportError_
from gkdesk.importers import import_bytes
from gkdesk.importers.xlsx_reader import _resolve_formulas
from gkdesk.importers.structured import Grid

from .conftest import no_hang


def _chain_workbook(n: int) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "表三"
    for i in range(2, n + 2):
        ws[f"B{i}"] = f"=SUM(B{i + 1})"  # each sum needs the one below: evaluated in reverse order
    ws[f"B{n + 2}"] = 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_reversed_formula_chain_is_evaluated_in_linear_time():
    data = _chain_workbook(1990)
    with no_hang(20):  # quadratic evaluation: ~35 s on this machine; linear: ~1 s
        with pytest.raises(ImportError_, match="没有找到"):  # not a report, but read to the end
            import_bytes(data, "chain.xlsx")


def test_formula_resolution_units_cycle_diamond_and_chain():
    from gkdesk.importers.xlsx_reader import FORMULA_SUM

    g = Grid([[FORMULA_SUM, FORMULA_SUM, "2", FORMULA_SUM, FORMULA_SUM, FORMULA_SUM]])
    formulas = [(0, 0, 0, "=B1+C1"), (0, 0, 1, "=C1+C1"), (0, 0, 3, "=E1"), (0, 0, 4, "=D1"), (0, 0, 5, "=A1+B1")]
    done, others = _resolve_formulas([g], formulas)
    assert g.rows[0][:3] == ["4", "2", "2"] and g.rows[0][5] == "6"  # diamond: B1 reached twice
    assert g.rows[0][3:5] == ["", ""] and done == 3 and len(others) == 2  # D1 ↔ E1 cycle: blank, reported


def _with_cell_value(data: bytes, old: str, new: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                blob = re.sub(old.encode(), new.encode(), blob, count=1)
            dst.writestr(info, blob)
    return out.getvalue()


@pytest.mark.parametrize("value,message", [("1E999", "超出范围"), ("-1E999", "超出范围"), ("NaN", None)])
def test_out_of_range_number_is_an_import_error(value, message, example_doc):
    from gkdesk.export.xlsx import render_xlsx

    data = render_xlsx(example_doc)
    bad = _with_cell_value(data, r"<v>38</v>", f"<v>{value}</v>")
    assert bad != data
    with pytest.raises(ImportError_, match=message):  # never OverflowError / ValueError
        import_bytes(bad, "overflow.xlsx")


def test_every_importer_is_bounded_by_the_deadline(example_doc):
    from gkdesk.export.xlsx import render_xlsx

    html = ("<html><body><p>某局2025年政府信息公开工作年度报告</p><table>"
            + "".join(f"<tr><td>本年新收政府信息公开申请数量{i}</td><td>{i}</td></tr>" for i in range(50))
            + "</table></body></html>").encode()
    text = ("某局2025年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            + "本年新收政府信息公开申请数量 1234567891011121314\n" * 50).encode()
    for data, name in ((render_xlsx(example_doc), "r.xlsx"), (html, "r.html"), (text, "r.txt")):
        with pytest.raises(ImportError_, match="过于复杂"):
            import_bytes(data, name, seconds=0)


def test_the_time_limit_counts_cpu_time_so_a_busy_machine_refuses_nothing(monkeypatch):
    """A reviewer's machine may be busy with other work: waiting for the CPU must not count against
    a report (at load 8 a 140-page PDF took 95 s of wall time for 12 s of CPU and was refused)."""
    import time

    from gkdesk.importers import safety

    with safety.deadline("busy.pdf", 0.2):
        time.sleep(0.3)  # wall time passes, no CPU spent: still within the limit
        safety.check_deadline()
        end = time.thread_time() + 0.3
        with pytest.raises(safety.TooComplex, match="过于复杂"):
            while True:  # spending CPU does count
                safety.check_deadline()
                assert time.thread_time() < end + 5, "the CPU limit never fired"
    monkeypatch.setattr(safety, "WALL_BACKSTOP", 1.0)
    with safety.deadline("stuck.pdf", 0.1):  # a thread starved for good still ends
        time.sleep(0.15)
        with pytest.raises(safety.TooComplex):
            safety.check_deadline()
    budget = safety.Budget(0.1)
    assert not budget.spent()
    time.sleep(0.15)
    assert budget.spent()  # backstop at 1 x the limit
