"""Hidden text set through styles (w:vanish in styles.xml), so the DOCX reader reads what Word shows.

A run is hidden when its own properties say so (``w:r/w:rPr/w:vanish``, read by docx_reader). When
the run itself says nothing, Word takes the property from the styles (ECMA-376 §17.7.2–17.7.3):

- the run's character style (``w:rStyle``) and the paragraph's style (``w:pStyle``, or the default
  paragraph style), each resolved along its ``w:basedOn`` chain — the nearest style in the chain that
  sets ``w:vanish`` decides (``w:val="0"`` turns a hidden base style off again);
- ``w:vanish`` is a toggle property: set on both the paragraph style and the character style it
  cancels out (shown);
- when no style sets it, the document defaults (``w:docDefaults/w:rPrDefault``) decide.

``mark_style_hidden`` writes the outcome into the parsed tree as direct run formatting (a
``w:vanish`` element on each run hidden only by its styles), so the reader needs one rule only.
Table styles (``w:tblStyle``) are not consulted: Word's table-style conditional formatting is
rarely used for hiding and is left out.
"""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STYLE, _STYLEID, _TYPE, _BASED, _VAL, _DEFAULT = (
    f"{{{W}}}{x}" for x in ("style", "styleId", "type", "basedOn", "val", "default"))
_R, _RPR, _P, _PPR, _PSTYLE, _RSTYLE, _VANISH = (
    f"{{{W}}}{x}" for x in ("r", "rPr", "p", "pPr", "pStyle", "rStyle", "vanish"))
_OFF = ("0", "false", "off")
_MAX_CHAIN = 64  # a basedOn chain longer than this (or a loop) is cut


def _vanish_of(rpr) -> bool | None:
    """True/False when this rPr sets w:vanish, None when it does not."""
    if rpr is None:
        return None
    v = rpr.find(_VANISH)
    if v is None:
        return None
    return v.get(_VAL, "true").lower() not in _OFF


class StyleVisibility:
    """Which style ids hide their text, resolved along basedOn chains (cycles cut)."""

    def __init__(self, styles_root) -> None:
        self._own: dict[tuple[str, str], bool | None] = {}
        self._based: dict[tuple[str, str], str] = {}
        self.default_para: str | None = None
        self.doc_default: bool = False
        self._cache: dict[tuple[str, str], bool | None] = {}
        if styles_root is None:
            return
        for st in styles_root.iter(_STYLE):
            kind, sid = st.get(_TYPE, "paragraph"), st.get(_STYLEID)
            if not sid:
                continue
            key = (kind, sid)
            self._own[key] = _vanish_of(st.find(_RPR))
            b = st.find(_BASED)
            if b is not None and b.get(_VAL):
                self._based[key] = b.get(_VAL)
            if kind == "paragraph" and st.get(_DEFAULT, "").lower() in ("1", "true", "on"):
                self.default_para = sid
        dd = styles_root.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
        self.doc_default = bool(_vanish_of(dd))

    def style_vanish(self, kind: str, sid: str | None) -> bool | None:
        """The w:vanish the style `sid` gives (nearest definition in its basedOn chain), or None."""
        if not sid:
            return None
        key = (kind, sid)
        if key in self._cache:
            return self._cache[key]
        seen, cur, out = set(), key, None
        while cur in self._own and cur not in seen and len(seen) < _MAX_CHAIN:
            seen.add(cur)
            if self._own[cur] is not None:
                out = self._own[cur]
                break
            nxt = self._based.get(cur)
            if nxt is None:
                break
            cur = (kind, nxt)
        self._cache[key] = out
        return out

    def hides(self, para_style: str | None, run_style: str | None) -> bool:
        """Whether a run with no direct w:vanish is hidden, given its paragraph and character styles."""
        p = self.style_vanish("paragraph", para_style or self.default_para)
        c = self.style_vanish("character", run_style)
        if p is None and c is None:
            return self.doc_default
        return bool(p) != bool(c)  # a toggle property: set twice cancels out


def _style_id(props, tag: str) -> str | None:
    if props is None:
        return None
    el = props.find(tag)
    return el.get(_VAL) if el is not None else None


def mark_style_hidden(body, styles_root) -> int:
    """Give every run hidden only through its styles a direct w:vanish; the number of runs marked."""
    vis = StyleVisibility(styles_root)
    marked = 0
    for r in body.iter(_R):
        rpr = r.find(_RPR)
        if _vanish_of(rpr) is not None:
            continue  # direct formatting wins
        p = r.getparent()
        while p is not None and p.tag != _P:
            p = p.getparent()
        pstyle = _style_id(p.find(_PPR), _PSTYLE) if p is not None else None
        if not vis.hides(pstyle, _style_id(rpr, _RSTYLE)):
            continue
        if rpr is None:
            rpr = r.makeelement(_RPR, {})
            r.insert(0, rpr)
        rpr.append(rpr.makeelement(_VANISH, {}))
        marked += 1
    return marked
