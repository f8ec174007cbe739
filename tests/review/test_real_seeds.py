"""The five real 2020 reports (shared/seeds, plain text, 2019 format) as a reviewing office sees them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.review import check_folder, merge_reports

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not available")


def test_seed_folder_batch():
    res = check_folder(SEEDS)
    assert not res.unreadable and len(res.units) == 5
    assert {u.kind for u in res.units} == {"txt"} and {u.format for u in res.units} == {"2019"}
    assert {u.year for u in res.units} == {2020}
    by = {u.name[:3]: u for u in res.units}
    assert by["004"].agency == "金水区民政局" and by["003"].agency == "湛河区司法局"
    # 004: 5 lawsuits 未经复议直接起诉, no errors (a hint only); 003: 行政复议 left blank → no figure
    assert by["004"].figures["litigation"] == 5 and by["004"].counts["error"] == 0
    assert by["003"].figures["review"] is None
    assert {f.check_id for f in by["003"].findings if f.severity.value == "error"} == set()
    assert "GK101" in {f.check_id for f in by["003"].findings}  # blank cells: a warning since issue #16
    assert by["000"].status == "error" and [f.check_id for f in by["000"].findings] == ["GK010"]


def test_seed_consolidation():
    res = check_folder(SEEDS)
    units = res.units
    total = merge_reports([u.doc for u in units], [u.path for u in units], "示例市")
    assert total.format_id == "2019" and total.meta.year == 2020
    assert total.number("t4.direct.total") == 5
    want = sum(u.doc.number("t2.procurement.amount") or Decimal(0) for u in units)
    assert total.number("t2.procurement.amount") == want
    notes = total.extra["consolidation"]["notes"]
    assert any(n.startswith("表四“行政复议／结果维持”未计入：湛河区司法局（003_") for n in notes)
    assert not [f for f in run_checks(total) if f.check_id == "GK701"]


def test_merge_cli_reads_published_text_reports(tmp_path, capsys):
    from gkdesk.cli import main
    from gkdesk.core import storage

    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    out = tmp_path / "total.json"
    assert main(["merge", *files, "-o", str(out), "--agency", "示例市"]) == 0
    text = capsys.readouterr().out
    assert "已汇总 5 个单位的2020年度报告（2019年试行格式）：" in text and "  - 金水区民政局：" in text
    assert "注意：" in text and "湛河区司法局" in text
    total = storage.load(out)
    assert [u["agency"] for u in total.extra["consolidation"]["units"]][-1] == "金水区民政局"
    assert total.number("t4.direct.total") == 5
