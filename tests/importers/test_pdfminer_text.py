"""PDF text as pdfminer.six's extract_text prints it (what a Python scraper publishes as a
report's text): cells run column by column, headers one character a line. Never a wrong number:

- 表四 whose every block holds a "—" mark: its blocks cannot be checked by their sums with the
  marks left out, so the order the cells stand in is taken only when each block adds up with its
  marks counted as nothing (seed 131 real-009 put 1 under 总计 for 7, and 8 under 结果纠正 for "—");
- 表四 read by its sums in the block order the text shows, while the header printed right before a
  number names another block (seed 133 004: 未经复议直接起诉's 2/1/2/0/5 stored as 行政复议's);
- 表二 numbers wrapped in narrow merged cells that print them once per covered column (PDFium's
  text of seed 133 real-012: 398575 stored for 3985758, 6 for 96171.6);
- a page number "—　1　—" typed with full-width spaces (GB/T 9704 style) is page furniture, not
  three cells of the row before it (seed 131 seed_002 read "—／1／—" as 规章's 表二 cells);
- a row's numbers printed before its label, among the header's boxes, and the next row's right
  after it (gen 71317, seed 320: "… 社会公益组织 / ０ ０ ０ ０ ０ ０ ０ / 法律服务机构 / 1.属于国家秘密 / ４ ０ ０ ０ ０ ０ ４ /
  2.其他法律行政法规禁止公开 / 3.危及…": 4 … 4 stored for 1.属于国家秘密, printed 0 … 0)."""

from __future__ import annotations

from _layout_cases import ROOT, ho, import_layout_case

from gkdesk.importers.locate import clean_text, is_page_number


def _case(stem: str, how: str = "pdfminer_text"):
    return import_layout_case(f"{how}_{stem}", f"{stem}.txt")


def test_t4_run_by_columns_with_marks_in_every_block_is_not_taken_in_that_order():
    res, counts, bad = _case("real-009")
    assert bad == []
    t4 = [c for c in res.doc.spec.cells if c.startswith("t4.")]
    assert all(res.doc.value(c).is_blank for c in t4)
    assert any("表四" in n.message and "已留空" in n.message for n in res.notes)


def test_t4_read_by_its_sums_is_refused_when_a_number_stands_under_another_blocks_header():
    # "…未经复议直接起诉结果维持 / 2": the block the header right before a number names wins over
    # the block order the sums assumed (the only non-zero block fits any of the three)
    res, counts, bad = _case("004")
    assert bad == []
    # only the cells whose own box holds their block title, column name and one number are read
    # ("行 / 政 / 诉 / 讼 / 未 / 经 / … / 结 / 果 / 维 / 持 / 2"); nothing is placed by the sums
    got = {c: res.doc.value(c).text for c in res.doc.spec.cells if c.startswith("t4.") and not res.doc.value(c).is_blank}
    assert got == {"t4.direct.upheld": "2", "t4.direct.corrected": "1", "t4.direct.other": "2", "t4.direct.pending": "0"}


def test_t2_numbers_wrapped_in_merged_cells_are_never_cut():
    # PDFium's text: "行政处罚 ３９８５７５ / ８ / ３９８５７５ / ８ / ３９８５７５ / ８" (3985758 wrapped, printed in
    # each cell a merged cell covers) stored 398575; "９６１７１． / ６" ×3 stored 6 for 96171.6
    res, counts, bad = _case("real-012", "pdfium_text")
    assert bad == []
    assert res.doc.value("t2.penalty.decisions").is_blank and res.doc.value("t2.fees.amount").is_blank
    assert res.doc.value("t2.license.decisions").text == "447228"  # three copies of one number: kept
    assert any("在小数点处折行" in n.message for n in res.notes)


def test_page_number_with_full_width_spaces_is_not_read_as_cells():
    res, counts, bad = _case("seed_002")
    assert bad == []
    assert all(res.doc.value(f"t2.rules.{c}").is_blank for c in ("made", "published", "total_public"))
    assert is_page_number("—\u30001\u3000—") and is_page_number("-\u00a012\u00a0-")
    assert not is_page_number("—\u30001\u30002\u3000—")  # two cells, not a page number
    # (the page number between empty lines goes with one of them: one block gap is left)
    assert clean_text("规章\n\n—\u30001\u3000—\n\n本年新") == "规章\n\n本年新"


def test_numbers_after_a_label_are_not_its_own_when_loose_numbers_stand_before_it_and_the_next_label_is_bare():
    res, counts, bad = _case("gen71317")
    assert bad == []
    assert all(res.doc.value(f"t3.deny_secret.{c}").is_blank for c in ("natural", "total"))


def test_holdout_generator_prints_the_pdf_as_pdfminer_and_pdfium_do():
    pdf = ROOT / "tests" / "data" / "holdout" / "P06__clerk_pdf.pdf"
    for how in ho.EXTRA_PRESENTATIONS:
        text = ho.pdf_text(pdf, how)
        assert "收到和处理政府信息公开申请情况" in text.replace("\n", ""), how
        assert how not in ho.PRESENTATIONS and ho.SUFFIX[how] == ".txt"
