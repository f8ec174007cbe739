"""Write the small PDFs with numbers wrapped in narrow cells of unruled tables that
tests/importers/test_pdf_wraps.py reads, beside this script:

    .venv/bin/python tests/data/pdf/make_wrap_pdfs.py

Each case is a layout the held-out generator drew (tools/import_holdout.py with narrow number
columns: tools/holdout_pdf.py for plain_pdf, tools/producer_pdf.py for the producers), replayed
from its style with the prose cut to one line per section so that the file stays small. Each
<stem>.pdf gets <stem>.printed.json (cell id -> the text the PDF prints, "" for a cell printed
empty): what the generator drew, never the importer's output. The files are deterministic but for
the creation date reportlab stamps into plain_pdf files.
"""

from __future__ import annotations

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
from make_producer_pdfs import write  # noqa: E402

_STYLE = {"merge": "merge", "wrap_headers": False, "fullwidth": 1.0, "pad": 0.0, "na_mark": "", "halfwidth_labels": True,
          "split_t2": False, "header_repeat": True, "table_notes": False, "page_numbers": False}

#: stem -> (source report, RNG seed of the values' text, Style, PdfStyle, Producer or None for plain_pdf)
CASES = {
    # WPS, unruled, centred cells 30 pt wide: 表二's "７１" over "６" beside "-417" (本年增/减, one line,
    # at the middle of the pieces) and "２９" over "８"; the label's line took the lower pieces, and
    # 6 and 8 were stored for 716 and 298 (a signed number was no evidence, nor a number at all)
    "wps_wrap_beside_signed": ("P05", "199:P05:wps_pdf", dict(_STYLE, fullwidth=0.3, na_mark="—"),
                               {"rules": "none", "font": 9.0, "num_w": 30.0, "row_pad": 2.0, "extra_para": 0.03},
                               {"kind": "wps"}),
    # Microsoft Print to PDF, a three-line table, cells top-aligned, 26 pt wide: "-４" over "６"
    # (本年增/减 -46) beside "１１" over "３"; -4 was stored for -46
    "print_signed_wrap_top": ("seed_004", "199:seed_004:print_pdf", dict(_STYLE, na_mark="/", table_notes=True),
                              {"rules": "three_line", "font": 10.5, "num_w": 26.0, "row_pad": 3.0, "page_h": 620.0,
                               "valign": "top", "order": "reverse", "repeat_head": True, "justify": True,
                               "extra_para": 0.03}, {"kind": "print"}),
    # reportlab, row rules only, centred cells 22 pt wide (one full-width digit a line): "３" / "０" /
    # "０" / "１" is 3001; "３９８５７５" over "８" with only the label between them (8 was stored for
    # 3985758); 2932 whose cell holds a trailing full-width space, so its four pieces stand half a
    # line above the row's middle (blank before, read by 表三's row sum now); "１" over "１" in both
    # 自然人 and 总计 of one row (1 and 1 were stored for 11 and 11; 1/1 and 11/11 both add up)
    "plain_one_digit_columns": ("real-012", "199:real-012:plain_pdf",
                                dict(_STYLE, merge="empty", pad=0.5, na_mark="—", halfwidth_labels=False,
                                     split_t2=True, header_repeat=False, page_numbers=True, split_t3=5),
                                {"rules": "hrules", "page": "rotate270", "font": 9.0, "num_w": 22.0, "row_pad": 2.0,
                                 "page_h": 500.0, "clip": True}, None),
}


def make(stem: str) -> tuple[bytes, dict[str, str]]:
    src, seed, style, geo, prod = CASES[stem]
    doc = dict(ho.sources({src}))[src]
    for key, text in list(doc.sections.items()):  # keep the files small: one line per section
        doc.sections[key] = text.split("\n")[0][:60] if text else text
    style = ho.Style(**style)
    pstyle = hp.PdfStyle(**geo)
    printed: dict[str, str] = {}
    rng = random.Random(seed)
    if prod is None:
        data = hp.write_plain_pdf(doc, style, pstyle, rng, printed)
    else:
        data = pp.write_producer_pdf(doc, style, pstyle, pp.Producer(**prod), rng, printed)
    return data, printed


def main() -> None:
    write(CASES, make)


if __name__ == "__main__":
    main()
