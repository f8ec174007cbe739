"""The user guide: generated parts equal the check catalogue and the format data; markers all filled."""

import re
from pathlib import Path

from gkdesk import guide
from gkdesk.checks import all_checks
from gkdesk.checks.fixes import FAMILY_FIXES, FIXES, fix_for
from gkdesk.core.spec import all_formats

ROOT = Path(__file__).resolve().parent.parent


def test_guide_lists_exactly_the_registered_checks():
    html = guide.render()
    listed = re.findall(r'<a name="(GK\d{3})"></a>', html)
    assert listed == [c.id for c in all_checks()]  # every check once, in id order, nothing else
    for c in all_checks():
        assert guide._e(c.title) in html


def test_every_check_has_its_own_advice_and_no_advice_is_stale():
    ids = {c.id for c in all_checks()}
    missing = sorted(ids - set(FIXES))
    assert not missing, f"add the clerk's advice for {missing} to gkdesk/checks/fixes.py FIXES"
    stale = sorted(set(FIXES) - ids)
    assert not stale, f"gkdesk/checks/fixes.py has advice for checks that no longer exist: {stale}"
    assert all(fix_for(i).strip() for i in ids)


def test_a_new_check_without_advice_still_gets_its_familys_advice():
    assert fix_for("GK399") == FAMILY_FIXES["GK3"]
    assert fix_for("GK999")  # unknown family: a general sentence, never empty


def test_every_marker_is_filled_and_images_exist():
    src = guide.guide_source()
    html = guide.render()
    assert not guide.MARKER.search(html), "a marker was left unfilled"
    assert guide.MARKER.search(src)
    for img in re.findall(r'<img src="([^"]+)"', src):
        assert (guide.guide_dir() / img).is_file(), img
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    for link in re.findall(r'<a href="#([^"]+)"', html):
        assert link in anchors, link
    for key in ("t2", "t3", "t4"):  # F1 in a table opens its section
        assert key in anchors


def test_unknown_marker_fails_loudly():
    import pytest

    with pytest.raises(ValueError, match="unknown marker"):
        guide.render("<p><!-- gkdesk:nonsense --></p>")


def test_cell_guidance_comes_from_the_format_data():
    for spec in all_formats():
        for t in spec.tables:
            html = guide.cells_html(spec.id, t.key)
            for c in t.cells:
                assert c.guide, f"{spec.id} {c.id} has no counting guidance in formats.toml"
                for g in (c.row_guide, c.col_guide):
                    if g:
                        assert guide._e(g) in html, (c.id, g)


def test_relation_uses_the_example_numbers(example_doc):
    html = guide.relation_html()
    t = example_doc.spec.table("t3")
    vals = [example_doc.value(t.cell_id(r, "total")).text for r in ("new", "carried", "results_total", "carry_next")]
    assert f"<td>总计</td><td>{vals[0]}</td><td>{vals[1]}</td><td>{vals[2]}</td><td>{vals[3]}</td>" in html
    assert "✗" not in html  # the example satisfies the relation


def test_entry_text_for_one_finding():
    text = guide.entry_text("gk303")
    assert text.startswith("GK303（错误）") and "怎么改" in text
    assert guide.entry_text("GK000") is None
