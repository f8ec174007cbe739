"""A report's Word file as clerks build its tables by hand in Word or WPS (holdout presentation
``hand_docx``, used by tools/import_holdout.py).

The clerk_docx/wps_docx files print every table in the official shape of formats.toml. Tables
typed by hand in real reports differ in ways that do not change a single number:

    head3        表三's header over 2 rows or 1 row instead of 3: the 申请人情况 row left out, the
                 法人或其他组织 row left out (商业企业 … 其他 beside 自然人 and 总计), or both
    thousands    numbers of 1000 and more with a thousands separator ("1,234", "1，234")
    paras        a value cell holding an empty paragraph before or after its number, a label cell's
                 text over two paragraphs
    revisions    tracked changes the clerk never accepted (Word shows the final text when markup is
                 off and prints it that way once accepted; the file still holds the old text):
                   del_cell   a number deleted from a cell that is now empty
                   del_para   the old number's whole paragraph deleted above the new one
                   move       a number moved (w:moveFrom / w:moveTo) from a neighbouring cell
                   del_row    a whole row deleted (w:trPr/w:del), its old numbers in w:del
                   ins_row    a row inserted (w:trPr/w:ins), its numbers in w:ins
                   fmt        formatting changes: w:rPrChange holding the old run properties
                              (hidden), w:tcPrChange holding the old cell properties (a span)
    controls     numbers inside run-level content controls: plain text (w:text), a drop-down list
                 (w:dropDownList whose list items carry other numbers), a rich-text control with
                 its own w:sdtEndPr

The truth stays what the generator printed: none of these changes what the final document shows.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import random

from docx_variants import NUMBER, cells, el, rows, run, tables, tcpr, text_runs, trpr, w

#: 表三 header shapes: which header levels are kept (0 申请人情况, 1 自然人/法人或其他组织/总计, 2 the five kinds)
HEAD3 = {"official": (0, 1, 2), "no_top": (1, 2), "no_legal": (0, 2), "flat": (2,)}
REVISIONS = ("del_cell", "del_para", "move", "del_row", "ins_row", "fmt")
CONTROLS = ("text", "dropdown", "rich")


@dataclasses.dataclass
class HandStyle:
    revisions: tuple[str, ...] = ()
    controls: tuple[str, ...] = ()
    paras: bool = False

    @classmethod
    def draw(cls, rng: random.Random) -> HandStyle:
        s = cls()
        s.revisions = tuple(x for x in REVISIONS if rng.random() < 0.4)
        s.controls = tuple(x for x in CONTROLS if rng.random() < 0.35)
        s.paras = rng.random() < 0.5
        return s


def draw_table_style(style, rng: random.Random) -> None:
    """The hand-built table fields of import_holdout.Style (drawn after Style.draw, so the other
    presentations' files stay the same)."""
    style.head3 = rng.choice(["official", "no_top", "no_legal", "flat", "flat"])
    style.thousands = rng.choice(["", ",", ",", "，"])


# ----------------------------------------------------------------------------------- items

def _thousands(text: str, sep: str) -> str:
    core = text.strip()
    if not core.isdigit() or len(core) < 4 or not core.isascii():
        return text
    groups = []
    while len(core) > 3:
        groups.insert(0, core[-3:])
        core = core[:-3]
    return text.replace(text.strip(), sep.join([core, *groups]))


def reshape(items, t, style):
    """grid_items' (r, c, rs, cs, text, role) with 表三's header in style.head3's shape and the
    numbers in style.thousands' grouping."""
    if style.thousands:
        items = [(r, c, rs, cs, _thousands(text, style.thousands) if role == "value" else text, role)
                 for r, c, rs, cs, text, role in items]
    keep = HEAD3.get(style.head3 or "official")
    if t.key != "t3" or keep == HEAD3["official"]:
        return items
    n = t.header_rows
    head = [x for x in items if x[0] < n and x[5] in ("header", "corner")]
    if len({x[0] for x in head}) < 1 or not any(x[4] == "申请人情况" for x in head):
        return items  # a part without the header (a table cut in two)
    levels = {0: "申请人情况", 1: "法人或其他组织"}
    drop = {levels[k] for k in levels if k not in keep}
    height = len(keep)
    out = []
    for r, c, rs, cs, text, role in items:
        if r >= n:
            out.append((r - (n - height), c, rs, cs, text, role))
        elif role == "corner":
            out.append((0, c, height, cs, text, role))
        elif text.replace("\n", "") in drop:
            continue
        else:
            new_r = next(k for k, lv in enumerate(keep) if lv >= r)
            new_rs = height - new_r if r + rs >= n else 1
            out.append((new_r, c, new_rs, cs, text, role))
    return out


# ----------------------------------------------------------------------------------- XML

def _number_cells(body):
    """(tc, run) of every value cell holding one number run."""
    out = []
    for tbl in body.iter(w("tbl")):
        for tc in tbl.iter(w("tc")):
            rs = text_runs(tc)
            if len(rs) == 1 and NUMBER.match(rs[0].find(w("t")).text or ""):
                out.append((tc, rs[0]))
    return out


def _empty_value_cells(body):
    """Cells without any text in rows that hold a number (an empty value cell)."""
    out = []
    for tbl in tables(body):
        for tr in rows(tbl):
            tcs = cells(tr)
            if not any(NUMBER.match("".join(t.text or "" for t in tc.iter(w("t")))) for tc in tcs):
                continue
            out += [tc for tc in tcs if not "".join(t.text or "" for t in tc.iter(w("t"))).strip()
                    and tc.find(w("p")) is not None and tc.find(f"{w('tcPr')}/{w('vMerge')}") is None]
    return out


_ids = [2000]


def _rev(kind: str, *children):
    _ids[0] += 1
    return el(f"w:{kind}", {"w:id": _ids[0], "w:author": "办公室", "w:date": "2025-01-08T10:12:00Z"}, *children)


def _del_run(text: str):
    dt = el("w:delText")
    dt.text = text
    return el("w:r", {}, dt)


def _old(text: str, rng: random.Random) -> str:
    old = str(rng.randint(1, 999))
    return old if old != text.strip() else old + "0"


def del_cell(body, rng):
    for tc in rng.sample(_empty_value_cells(body), k=min(3, len(_empty_value_cells(body)))):
        tc.find(w("p")).append(_rev("del", _del_run(str(rng.randint(1, 99)))))


def _number_paras(body, rng, share: float):
    """(paragraph, run) of a share of the number cells' runs."""
    out = []
    for _tc, r in _number_cells(body):
        if rng.random() < share:
            p = r.getparent()
            while p.tag != w("p"):
                p = p.getparent()
            out.append((p, r))
    return out


def del_para(body, rng):
    for p, r in _number_paras(body, rng, 0.1):
        old = el("w:p", {}, el("w:pPr", {}, el("w:rPr", {}, _rev("del"))),
                 _rev("del", _del_run(_old(r.find(w("t")).text, rng))))
        p.addprevious(old)
        r.addprevious(_rev("ins", copy.deepcopy(r)))
        r.getparent().remove(r)


def move(body, rng):
    """A number moved into its cell from another value cell: the other cell is empty now or keeps
    its own number (the moved-away digits stand after it in w:moveFrom)."""
    empties = _empty_value_cells(body) + [tc for tc, _r in _number_cells(body)]
    rng.shuffle(empties)
    for (tc, r), dst in zip([x for x in _number_cells(body) if rng.random() < 0.1], empties, strict=False):
        if dst is tc:
            continue
        name = f"move{_ids[0]}"
        text = r.find(w("t")).text
        src_p = dst.find(w("p"))
        start = _rev("moveFromRangeStart")
        start.set(w("name"), name)
        src_p.append(start)
        src_p.append(_rev("moveFrom", run(text)))
        src_p.append(el("w:moveFromRangeEnd", {"w:id": start.get(w("id"))}))
        to_start = _rev("moveToRangeStart")
        to_start.set(w("name"), name)
        r.addprevious(to_start)
        moved = _rev("moveTo", copy.deepcopy(r))
        r.addprevious(moved)
        r.addprevious(el("w:moveToRangeEnd", {"w:id": to_start.get(w("id"))}))
        r.getparent().remove(r)


def _plain_rows(tbl):
    """Rows without vertical merges and with a number (a deleted/inserted copy fits anywhere)."""
    return [tr for tr in rows(tbl) if tr.find(f".//{w('vMerge')}") is None
            and any(NUMBER.match("".join(t.text or "" for t in tc.iter(w("t")))) for tc in cells(tr))]


def _some_rows(body, rng) -> list:
    """One plain row of about every other table."""
    out = []
    for tbl in tables(body):
        cand = _plain_rows(tbl)
        if cand and rng.random() >= 0.5:
            out.append(rng.choice(cand))
    return out


def del_row(body, rng):
    for tr in _some_rows(body, rng):
        ghost = copy.deepcopy(tr)
        trpr(ghost).append(_rev("del"))
        for r in text_runs(ghost):
            t = r.find(w("t"))
            text = t.text or ""
            dt = el("w:delText")
            dt.text = _old(text, rng) if NUMBER.match(text) else text
            r.replace(t, dt)
            r.addprevious(_rev("del"))
            r.getprevious().append(r)
        tr.addnext(ghost) if rng.random() < 0.5 else tr.addprevious(ghost)


def ins_row(body, rng):
    for tr in _some_rows(body, rng):
        trpr(tr).append(_rev("ins"))
        for r in text_runs(tr):
            wrapper = _rev("ins")
            r.addprevious(wrapper)
            wrapper.append(r)


def fmt(body, rng):
    for _tc, r in _number_cells(body):
        if rng.random() < 0.2:
            rpr = r.find(w("rPr"))
            if rpr is None:
                rpr = el("w:rPr")
                r.insert(0, rpr)
            rpr.append(_rev("rPrChange", el("w:rPr", {}, el("w:vanish"), el("w:b"))))
    for tbl in tables(body):
        for tr in rows(tbl):
            for tc in cells(tr):
                if rng.random() < 0.05:
                    pr = tcpr(tc)
                    pr.append(_rev("tcPrChange", el("w:tcPr", {}, el("w:tcW", {"w:w": 900, "w:type": "dxa"}),
                                                     el("w:gridSpan", {"w:val": 2}),
                                                     el("w:vMerge", {"w:val": "restart"}))))


def controls(body, rng, kinds: tuple[str, ...]):
    for _tc, r in _number_cells(body):
        if rng.random() > 0.15:
            continue
        kind = rng.choice(kinds)
        text = r.find(w("t")).text.strip()
        pr = el("w:sdtPr", {}, el("w:alias", {"w:val": "数量"}), el("w:tag", {"w:val": f"n{_ids[0]}"}),
                el("w:id", {"w:val": _ids[0]}))
        _ids[0] += 1
        if kind == "text":
            pr.append(el("w:text"))
        elif kind == "dropdown":
            items = sorted({text, *(str(rng.randint(0, 20)) for _ in range(4))})
            pr.append(el("w:dropDownList", {}, *(el("w:listItem", {"w:displayText": x, "w:value": x})
                                                 for x in items)))
        sdt = el("w:sdt", {}, pr)
        if kind == "rich":
            sdt.append(el("w:sdtEndPr", {}, el("w:rPr", {}, el("w:sz", {"w:val": 21}))))
        r.addprevious(sdt)
        sdt.append(el("w:sdtContent", {}, r))


def paras(body, rng):
    for p, _r in _number_paras(body, rng, 0.15):
        (p.addprevious if rng.random() < 0.5 else p.addnext)(el("w:p"))
    for tbl in tables(body):
        for tc in tbl.iter(w("tc")):
            ps = [p for p in tc if p.tag == w("p")]
            rs = text_runs(tc)
            if len(ps) != 1 or len(rs) != 1 or rng.random() > 0.15:
                continue
            text = rs[0].find(w("t")).text or ""
            if len(text) < 8 or NUMBER.match(text):
                continue
            cut = rng.randint(3, len(text) - 3)
            rs[0].find(w("t")).text = text[:cut]
            second = copy.deepcopy(ps[0])
            for x in list(second):
                if x.tag != w("pPr"):
                    second.remove(x)
            second.append(run(text[cut:]))
            ps[0].addnext(second)


def apply(data: bytes, hand: HandStyle, rng: random.Random) -> bytes:
    import docx

    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    if hand.paras:
        paras(body, rng)
    for name in REVISIONS:
        if name in hand.revisions:
            globals()[name](body, rng)
    if hand.controls:
        controls(body, rng, hand.controls)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
