"""Explanations (说明) on findings that point at a prose section rather than at cells."""

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.commands import EditSection, History, SetExplanation


def _one(doc, check_id):
    (f,) = [f for f in run_checks(doc) if f.check_id == check_id]
    return f


def test_section_explanation_is_dropped_when_the_section_changes(example_doc, tmp_path):
    h = History(example_doc)
    h.push(EditSection("s6", "无。"))
    f = _one(example_doc, "GK604")
    assert not f.explained
    h.push(SetExplanation(f.check_id, f.key, f.cells, "本单位未收取任何费用，已在一中说明", section=f.section))
    assert _one(example_doc, "GK604").explained.startswith("本单位未收取")
    path = tmp_path / "r.json"
    storage.save(example_doc, path)
    again = storage.load(path)
    assert _one(again, "GK604").explained  # survives save/open
    History(again).push(EditSection("s6", "无其他需要报告的事项。"))
    assert not _one(again, "GK604").explained  # the text it spoke of changed: shown unexplained again


def test_findings_of_one_rule_in_one_section_have_distinct_keys(example_doc):
    h = History(example_doc)
    s1 = example_doc.sections["s1"]
    h.push(EditSection("s1", s1 + "\n2021年，我局开展了专项检查。\n2022年，我局完善了目录。"))
    keys = [f.key for f in run_checks(example_doc) if f.check_id == "GK602"]
    assert len(keys) == 2 and len(set(keys)) == 2
