"""Write the small PDFs drawn as Word, WPS and Microsoft Print to PDF draw them (tools/producer_pdf.py)
that tests/importers/test_pdf_producers.py reads, beside this script:

    .venv/bin/python tests/data/pdf/make_producer_pdfs.py

Each <stem>.pdf gets <stem>.printed.json (cell id -> the text the PDF prints, "" for a cell printed
empty): the truth of the test, what the generator drew, never the importer's output. The files are
deterministic (fixed seeds, no dates, fonts not embedded).
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import holdout_pdf as hp  # noqa: E402
import import_holdout as ho  # noqa: E402
import producer_pdf as pp  # noqa: E402

#: stem -> (source report, PdfStyle keywords, Producer keywords, keep the prose)
CASES = {
    # WPS: every glyph placed on its own, the header rows and the total rows drawn twice 0.3 pt
    # apart (pseudo bold), an unruled table
    "wps_pseudo_bold": ("seed_003", {"rules": "none", "font": 8.0, "num_w": 34.0}, {"kind": "wps"}, False),
    # Microsoft Print to PDF: one text object per line, a three-line table; some value cells hold
    # an empty paragraph after their number, so a centred cell draws it half a line above its row
    "print_offset_number": ("example-2021", {"rules": "three_line", "font": 8.0, "num_w": 34.0, "extra_para": 0.2},
                            {"kind": "print"}, False),
    # Word: the digits and Latin letters in a Type3 font without ToUnicode whose glyphs carry the
    # standard names of their codes from "zero": the digits read as other digits
    "word_type3_digits": ("seed_003", {"rules": "rects", "font": 8.0}, {"kind": "word", "type3": "latin",
                                                                        "type3_names": "std"}, False),
    # a printer driver: all text in Type3 fonts without ToUnicode, standard glyph names
    "print_type3": ("seed_003", {"rules": "grid", "font": 8.0}, {"kind": "print", "type3": "all",
                                                                 "type3_names": "std"}, False),
}


def make(stem: str) -> tuple[bytes, dict[str, str]]:
    src, geo, prod, prose = CASES[stem]
    doc = dict(ho.sources({src}))[src]
    if not prose:  # keep the files small: one line per section
        for key, text in list(doc.sections.items()):
            doc.sections[key] = text.split("\n")[0][:60] if text else text
    style = ho.Style.draw(random.Random(f"{stem}:style"), "plain_pdf")
    style.table_notes = False
    pstyle = dataclasses.replace(hp.PdfStyle(), **geo)
    printed: dict[str, str] = {}
    data = pp.write_producer_pdf(doc, style, pstyle, pp.Producer(**prod), random.Random(stem), printed)
    return data, printed


def write(cases, make) -> None:
    """Each case's <stem>.pdf and <stem>.printed.json beside this script (also make_wrap_pdfs.py's)."""
    for stem in cases:
        data, printed = make(stem)
        (HERE / f"{stem}.pdf").write_bytes(data)
        (HERE / f"{stem}.printed.json").write_text(json.dumps({"printed": printed}, ensure_ascii=False, indent=1,
                                                              sort_keys=True), encoding="utf-8")
        print(f"{stem}.pdf: {len(data)} bytes")


def main() -> None:
    write(CASES, make)


if __name__ == "__main__":
    main()
