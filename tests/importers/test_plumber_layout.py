"""pdfplumber's ``extract_text(layout=True)`` of a report's PDF: the words placed on a character
grid like `pdftotext -layout`, but each page on its own (pages joined by line breaks, no form
feeds) and each character on pdfplumber's grid (a full-width digit after CJK text drifts by one
character). Wrapped numbers must be joined only where the geometry and the arithmetic prove it;
otherwise the row stays blank — never a number the PDF did not print.

The inputs are written as pdfplumber prints a clerk's PDF (tools/holdout_text.py plumber_layout):
narrow value columns, a number wrapped in its cell, the page's last line followed by its page
number ("— 2 —"), blank lines filling the page, the table's header printed again on the next page.
"""

from __future__ import annotations

from test_layout_text import HEADER, line, report, rows_2021, t3_of

from gkdesk.importers import import_bytes


def _pages_joined(text: bytes) -> bytes:
    """The report's pages as pdfplumber gives them one by one, joined by line breaks."""
    return text.decode("utf-8").replace("\f", "").encode("utf-8")


def _broken_after(code: str, foot: list[str], rest: str, vals: dict[str, list[str]]) -> bytes:
    """表三 whose row ``code`` is the last line of page 2: ``foot`` its cells there, ``rest`` the
    line carrying the rest of its wrapped numbers at the top of page 3, under the repeated header
    (the blank lines pdfplumber pads a page with between)."""
    labels = rows_2021()
    z = ["0"] * 7
    lines: list[str] = []
    for c in labels:
        if c == code:
            lines += [line(labels[c], foot), "", "", "                         — 2 —", *[""] * 8, *HEADER[1:7], rest]
        else:
            lines.append(line(labels[c], vals.get(c, z)))
    return _pages_joined(report(lines))


def test_a_row_broken_by_a_page_of_pages_joined_without_form_feeds_reads_as_one():
    """"5.属于三类内部事务信息 0 0 0 0 286 0 286" is page 2's last row; "01 … 01", the rests of its
    wrapped 28601s, stand at the top of page 3 under the header printed again. pdfplumber's pages
    carry no form feed, so the page was not seen: the row, adding up by itself, was stored as
    286 … 286 (two wrong numbers) and 01 … 01 dropped without a word. The page number cuts the
    pages; the repeated header goes, and the rests join their row: 28601, the one reading."""
    v = ["0", "0", "0", "0", "28601", "0", "28601"]
    text = _broken_after("deny_internal", ["0", "0", "0", "0", "286", "0", "286"],
                         line("", [None, None, None, None, "01", None, "01"]),
                         {"new": v, "results_total": v})
    res = import_bytes(text, "layout.txt")
    assert t3_of(res, "deny_internal") == v
    assert t3_of(res, "results_total") == v


def test_a_row_broken_by_a_page_that_breaks_its_sum_takes_the_rests_from_the_next_page():
    """"（七）总计 12 3 0 0 0 0 12" at the foot of page 2 does not add up; "5 … 8" at the top of
    page 3 completes it (125 + 3 = 128). The old reader stored 12 … 12 and blamed the report for
    the broken sum ("原文本身的数字不符合勾稽关系")."""
    v = ["125", "3", "0", "0", "0", "0", "128"]
    text = _broken_after("results_total", ["12", "3", "0", "0", "0", "0", "12"],
                         line("", ["5", None, None, None, None, None, "8"]), {"new": v, "granted": v})
    res = import_bytes(text, "layout.txt")
    assert t3_of(res, "results_total") == v
    assert not any("原文本身" in n.message for n in res.notes)


def test_rests_that_do_not_fit_the_row_broken_by_a_page_leave_it_blank():
    """As above, but "5 … 9" at the top of page 3: neither 12 … 12 nor 125 … 129 adds up, so the row
    is blank with a note (not 12 … 12)."""
    v = ["125", "3", "0", "0", "0", "0", "128"]
    text = _broken_after("results_total", ["12", "3", "0", "0", "0", "0", "12"],
                         line("", ["5", None, None, None, None, None, "9"]), {"new": v, "granted": v})
    res = import_bytes(text, "layout.txt")
    assert t3_of(res, "results_total") == [None] * 7
    assert any("折行" in n.message for n in res.notes)


def test_a_wrapped_digit_one_character_off_its_number_and_over_the_next_row_is_not_joined_down():
    """pdfplumber's grid (gen 86516 plumber_layout): "4.保护第三方合法权益 ７ ０ ０ ０ ０ ０ ７" with
    "２ … ２" under it — the rests of its 72s, but drawn one character left of "７" (a full-width
    digit after CJK text drifts) and exactly over the "５ … ５" of the next row, whose label
    wraps ("5.属于三类内部事务信" / "息"). Joined by strict overlap only, the "２"s went down:
    7 … 7 and 25 … 25, both adding up — four wrong numbers. 72 … 72 and 5 … 5 add up too: the
    two readings leave both rows blank with a note."""
    res = import_bytes(report(_rests_under(drift=-1)), "layout.txt")
    assert t3_of(res, "deny_third_party") == [None] * 7
    assert t3_of(res, "deny_internal")[0] is None and t3_of(res, "deny_internal")[6] is None
    assert any("折行" in n.message for n in res.notes)
    # the same rests drawn in their own column (no drift): 72 … 72, the one reading
    res = import_bytes(report(_rests_under(drift=0)), "layout.txt")
    assert t3_of(res, "deny_third_party") == ["72", "0", "0", "0", "0", "0", "72"]
    assert t3_of(res, "deny_internal") == ["5", "0", "0", "0", "0", "0", "5"]


def _rests_under(drift: int) -> list[str]:
    """表三 rows, 4.保护第三方合法权益 printing 72 … 72 wrapped ("７" over "２", the "２"s ``drift``
    characters off), the next row 5 … 5 one character left (its label wrapped)."""
    labels = rows_2021()
    lines: list[str] = []
    for c in labels:
        if c == "deny_third_party":
            lines += [line(labels[c], ["７", "０", "０", "０", "０", "０", "７"]),
                      line("", ["２", None, None, None, None, None, "２"], shift=drift)]
        elif c == "deny_internal":
            lines += [line("5.属于三类内部事务信", ["５", "０", "０", "０", "０", "０", "５"], shift=-1), "    息"]
        else:
            lines.append(line(labels[c], ["0"] * 7))
    return lines
