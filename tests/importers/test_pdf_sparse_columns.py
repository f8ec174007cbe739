"""An unruled 表三 as Word's "另存为 PDF" prints a clerk's sparse table: the cells with nothing to
report are left empty, narrow value columns (30 pt for a 7.5 pt font) under a header whose names
wrap in three-character pieces ("商业企" over "业"). Every row has an empty cell, so no row shows
all seven columns; each number stands under its header's name. Two things of such a print broke
the reading (held-out case gen90130 word_pdf of tools/import_holdout.py, 102 cells blank):

- "９４ １３３": the numbers of the two rightmost columns stand closer than a tab (1.8 font sizes),
  and a wide number a character's width from the end of a long label ("…政府信息公开申请 ７");
- the fuller rows around a row lack a cell too: their columns are not all the table's.

The table is drawn with reportlab from the official layout in formats.toml (labels never hand-
typed); the values are seeded and add up; every value cell is read back and compared with what
was printed."""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from gkdesk.core import storage
from gkdesk.core.document import Document

from _pdf_fixtures import check_printed

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"
SIZE = 7.5
W, H = 595.0, 842.0
LABEL_X = [52.0, 114.7, 177.4]
#: characters a label line holds in its label column(s), by (first column, columns spanned)
WRAP = {(0, 1): 7, (1, 1): 7, (2, 1): 21}
CENTRES = [350.0 + 30.0 * k for k in range(7)]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _values(seed: int) -> dict[int, list[int]]:
    """表三's values by official row (3 … 27), seven columns each; they add up (each row's 总计,
    the column sums of 三、 in （七）总计, 一+二 = 三+四)."""
    rnd = random.Random(seed)
    vals: dict[int, list[int]] = {}
    for r in range(5, 26):
        six = [0 if rnd.random() < 0.55 else rnd.randint(1, 9) for _ in range(6)]
        six[3] = 0  # no 社会公益组织 applied: that column is empty in every row, 总计 too
        vals[r] = six
    vals[5][5] = 88  # a busy 其他 column: two- and three-digit numbers in the rightmost columns
    vals[26] = [sum(vals[r][k] for r in range(5, 26)) for k in range(6)]
    vals[27] = [0 if rnd.random() < 0.6 or k == 3 else rnd.randint(1, 3) for k in range(6)]  # 四、结转下年度
    due = [a + b for a, b in zip(vals[26], vals[27])]  # 一 + 二 = 三 + 四
    vals[4] = [min(d, 0 if rnd.random() < 0.6 else rnd.randint(1, 3)) for d in due]
    vals[3] = [d - c for d, c in zip(due, vals[4])]
    return {r: v + [sum(v)] for r, v in vals.items()}


def sparse_t3_pdf(doc: Document, seed: int) -> tuple[bytes, dict[str, str], dict[str, list[str]]]:
    """One page: 表三's title, its wrapped header and its rows; zeros left empty except where
    ``seed`` keeps one (a clerk writes some zeros). Returns the PDF, what each cell prints, and
    each row's fields by the first line of its own label."""
    t = doc.spec.table("t3")
    vals = _values(seed)
    rnd = random.Random(seed + 1)
    cells = {(it.r, it.c): it.cell for it in t.items if it.role == "value"}
    first_col = min(c for _r, c in cells)
    printed: dict[str, str] = {}
    fields: dict[str, list[str]] = {}
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(W, H))

    def text(x: float, top: float, s: str, centred: bool = False) -> None:
        cv.setFont(FONT, SIZE)
        (cv.drawCentredString if centred else cv.drawString)(x, H - top - SIZE, s)

    cv.setFont(FONT, 13)
    cv.drawString(72, H - 45 - 13, "三、收到和处理政府信息公开申请情况")
    corner = next(it.text for it in t.items if it.role == "corner")
    cv.setFont(FONT, 6.5)
    cv.drawString(60, H - 86 - 6.5, corner)
    tops = {1: 101.5, 2: 117.0}
    by_row = {(it.r, it.c): it.text for it in t.items if it.role == "header"}
    text(438.0, 86, by_row[(0, first_col)], centred=True)  # 申请人情况 over all seven
    text(CENTRES[0], tops[1], by_row[(1, first_col)], centred=True)
    text(CENTRES[3], tops[1], by_row[(1, first_col + 1)], centred=True)  # 法人或其他组织 over the five
    text(CENTRES[6], tops[1], by_row[(1, first_col + 6)], centred=True)
    for k in range(1, 6):
        name = by_row[(2, first_col + k)]
        for n in range(0, len(name), 3):
            text(CENTRES[k], tops[2] + n // 3 * 9.4, name[n:n + 3], centred=True)
    top = 141.7
    labels = [it for it in t.items if it.role == "rowlabel"]
    for r in range(t.header_rows, t.n_rows):
        height = 1
        own = ""
        for it in labels:
            if it.r != r:
                continue
            n = WRAP.get((it.c, it.cs), 40)
            pieces = [it.text[i:i + n] for i in range(0, len(it.text), n)]
            for j, piece in enumerate(pieces):
                text(LABEL_X[it.c], top + j * 9.4, piece)
            if it.rs == 1:
                height = max(height, len(pieces))
                own = pieces[0]
        fields[own] = []
        for k, v in enumerate(vals[r]):
            cid = cells[(r, first_col + k)]
            shown = "" if v == 0 and (k == 3 or rnd.random() < 0.85) else str(v)
            printed[cid] = shown
            fields[own].append(shown.translate(FULL))
            if shown:
                text(CENTRES[k], top, shown.translate(FULL), centred=True)
        top += 15.4 + 9.4 * (height - 1)
    # the report goes on (a text ending inside 表三 would be an excerpt cut short)
    cv.setFont(FONT, 13)
    cv.drawString(72, H - top - 30 - 13, "四、政府信息公开行政复议、行政诉讼情况")
    cv.showPage()
    cv.save()
    return buf.getvalue(), printed, fields


def test_a_sparse_unruled_table_three_keeps_every_number_under_its_header():
    doc = storage.load(EXAMPLE)
    for seed in range(6):
        data, printed, _fields = sparse_t3_pdf(doc, seed)
        rows = {cid.rsplit(".", 1)[0] for cid, s in printed.items() if s == ""}
        assert len(rows) > 20  # (nearly) every row has an empty cell
        res, wrong, missed = check_printed(data, printed)
        assert wrong == {}, seed
        assert missed == set(), (seed, sorted(missed)[:10], [n.message for n in res.notes if "只找到" in n.message][:3])


def test_each_row_line_shows_its_seven_cells_empty_ones_included():
    # what the PDF reader hands on: each row's line ends in its seven cells, tab apart, the empty
    # ones as empty fields where they stand
    from gkdesk.importers.pdf_reader import read_pdf_layout

    doc = storage.load(EXAMPLE)
    for seed in range(6):
        data, _printed, fields = sparse_t3_pdf(doc, seed)
        lines = [ln for b in read_pdf_layout(data).blocks if isinstance(b, str) for ln in b.split("\n")]
        for own, want in fields.items():
            if not any(want):
                continue  # a row printed empty is its label alone
            line = next(ln for ln in lines if own in ln)
            assert line.split("\t")[-7:] == want, (seed, line)


def test_numbers_closer_than_a_tab_are_each_a_cell_of_their_own():
    # the line reader's row: "９４ １３３" (11 pt apart, under 其他 and 总计) is two values, and a
    # number a character's width from the end of a long label is no part of the label; the space
    # inside a number printed with a thin separator is no gap between two values
    from gkdesk.importers.pdf_reader import _line, _row_values

    def row(*words: tuple[str, float, float]):
        ln = _line([{"text": t, "x0": a, "x1": b, "top": 100.0, "bottom": 107.5, "size": SIZE} for t, a, b in words])
        got = _row_values(ln)
        return got and ([w["text"] for w in got[0]], [w["text"] for w in got[1]])

    label = ("1.申请人无正当理由逾期不补正、行政机关不", 177.4, 332.9)
    assert row(label, ("７", 346.2, 353.8), ("９４", 492.5, 507.5), ("１３３", 518.8, 541.2)) == (
        [label[0]], ["７", "９４", "１３３"])
    assert row(label, ("1", 346.2, 350.0), ("234", 351.5, 363.5), ("９", 496.2, 503.8)) == (
        [label[0], "1", "234"], ["９"])  # "1 234" is not taken apart (the row is then not placed)
    assert row(label, ("７", 346.2, 353.8), ("件", 362.0, 369.5)) is None
    assert row(("7", 52.0, 56.0), ("０", 346.2, 353.8)) == ([], ["7", "０"])  # a row of values alone
