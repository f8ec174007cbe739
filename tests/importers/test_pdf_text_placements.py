"""Text of a clerk's PDF taken line by line (pdfplumber's extract_text, PDFium's text): three
placements that stored numbers the source does not print there (inputs from the held-out generator,
kept as generated in tests/data/layouts/, README there).

- "3.要求提供公开出 0 0 0 0" / "版物" / "4.无正当理由大量 0 0 0 0 0" / "反复申请" / "5.要求行政机关确 0 0 0":
  the wrapped labels were not found whole, so the first row's stretch held fourteen numbers, taken
  seven at a time; its "group" of seven zeros ran over the next row's label and filled three cells
  the source leaves empty. A group of k numbers with words among them is no row.
- "（二）部 3 20 0 0 0 0 23" over "分公开 / （区分处 / …": the label found from its second line, the row
  looked like a label without numbers, and a block of zeros after the next label was given to both
  rows (3 / 20 / 23 stored as 0). A row whose numbers stand among its own label's pieces is no part
  of a label block.
- "8.属于行政查询事项 ０ 0 ０ 0 0" at a page's foot, "975 975" after the header printed again: read in
  text order the 975 went under 其他 (printed under 自然人). Both lines keep their order but their
  cells may interleave; more than one such reading adds up, so the row alone is not read: it is
  placed only when exactly one of those readings keeps every identity of the whole table.
"""

from __future__ import annotations

from _layout_cases import import_layout_case as _import


def test_groups_of_numbers_running_over_another_rows_label_are_no_rows():
    res, counts, bad = _import("plumber_text_groups_across_labels")
    assert bad == []
    for col in ("business", "nonprofit", "other"):
        assert res.doc.value(f"t3.reject_publication.{col}").is_blank
    # (the broken labels "3.要求提供公开出" / "版物", "4.无正当理由大量" / "反复申请" found by their heads, each
    # row has fewer numbers than cells; else the groups run over other rows' labels)
    assert any("3.要求提供公开出版物" in n.message and ("其他行的行名" in n.message or "只找到 4 个数字" in n.message)
               for n in res.notes)


def test_a_row_with_numbers_among_its_wrapped_label_is_no_part_of_a_label_block():
    res, counts, bad = _import("plumber_text_numbers_in_wrapped_label")
    assert bad == []
    got = [res.doc.value(f"t3.partial.{c}") for c in ("natural", "business", "total")]
    assert all(v.is_blank for v in got) or [v.text for v in got] == ["3", "20", "23"]


def test_a_row_split_by_a_page_break_whose_lines_can_interleave_is_placed_only_by_the_whole_table():
    for fixture in ("plumber_text_row_split_by_page", "pdfium_text_row_split_by_page"):
        res, counts, bad = _import(fixture)
        assert bad == [], fixture
        # (the whole table's identities place the 975 under 自然人, the one placing that keeps them)
        assert res.doc.value("t3.deny_inquiry.other").text == "0", fixture
        assert res.doc.value("t3.deny_inquiry.natural").text == "975", fixture
        assert any("8.属于行政查询事项" in n.message and "只有一种拼接方式使全表的勾稽关系" in n.message
                   for n in res.notes), fixture
        # the rows around it are read as before
        assert res.doc.value("t3.unable_none.total").text == "36", fixture


def test_a_group_with_marks_placed_apart_from_its_label_must_add_up():
    # "（二） 8 42 — 0 0 — 43" (the first lines of 424 / 432, their rests after the page break) came
    # after 予以公开's numbers and went to （二）部分公开 in table order: its marks kept it from the sum
    # check, 8 + 42 is not 43
    res, counts, bad = _import("pdfium_text_group_with_marks_over_page")
    assert bad == []
    assert res.doc.value("t3.partial.business").is_blank and res.doc.value("t3.partial.total").is_blank
    assert res.doc.value("t3.granted.total").text == "23"


def test_numbers_printed_before_their_labels_after_a_broken_label_are_not_shifted():
    # pdfminer's boxes: "3." alone, "危及 三安全一稳定" found far below (after 4. and 5.), then
    # "6.属于四类过程性信息 — ７ ０ ０ — ０ ７" / "５ — — — — ０ ５" / "7.属于行政执法案卷" / "０ ０ — ０ — ０ —" /
    # "8.属于行政查询事项": 6.'s own line holds its row, the rows below print their numbers before their
    # labels. Read as a label block (3. and 6.), 6.'s numbers went to 3.危及; read after their labels, 7.
    # and 8. took the next row's numbers (both add up alone: no arithmetic tells).
    res, counts, bad = _import("pdfminer_text_numbers_before_labels_after_broken_label")
    assert bad == []
    for row in ("deny_safety", "deny_enforcement", "deny_inquiry"):
        assert all(res.doc.value(f"t3.{row}.{c}").is_blank for c in ("natural", "total")), row
    assert any("7.属于行政执法案卷" in n.message and "印在行名之前" in n.message for n in res.notes)


def test_a_wrapped_number_printed_as_a_block_of_its_own_is_not_placed_by_order():
    # pdfminer's boxes, a cell a box: "(一)予以公开 / 0 / 0 / 0 / 0 / 0 / 90⏎77 / 90⏎77" — 自然人 9077 wrapped in its
    # narrow cell is a taller box, put after the row's one-line boxes; read in order it went under 其他.
    # Any of the six applicant columns adds up: the row stays blank.
    res, counts, bad = _import("pdfminer_text_wrapped_box_after_row")
    assert bad == []
    assert all(res.doc.value(f"t3.granted.{c}").is_blank for c in ("natural", "other", "total"))
    assert any("予以公开" in n.message and "自成一块" in n.message for n in res.notes)
