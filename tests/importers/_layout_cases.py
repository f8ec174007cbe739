"""A text fixture of tests/data/layouts (<fixture>.txt.gz beside its <fixture>.truth.json, both
as the held-out generator wrote them) imported with the real importer and judged cell by cell."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYOUTS = ROOT / "tests" / "data" / "layouts"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

from gkdesk.importers import import_bytes  # noqa: E402


def import_layout_case(fixture: str, name: str = "report.txt"):
    """(import result, counts, the wrong and invented cells) of the fixture imported as `name`."""
    text = gzip.decompress((LAYOUTS / f"{fixture}.txt.gz").read_bytes())
    truth = json.loads((LAYOUTS / f"{fixture}.truth.json").read_text(encoding="utf-8"))
    res = import_bytes(text, name)
    counts, issues = ho.compare_case(res.doc, truth, fixture)
    return res, counts, [i for i in issues if i[0] in ("wrong", "invented")]
