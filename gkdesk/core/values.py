"""Cell values: blank, number, not-applicable marker, or text that is not a number.

Parsing accepts what clerks type or paste (full-width digits, thousands separators in 3-digit
groups, stray spaces around the number, unicode minus signs) and never guesses: digit groups
separated by spaces are not merged into one number: anything else stays text and is flagged by
the checks. A blank is never turned into 0.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum

from .records import FrozenRecord
from .text import clean_text, has_unsafe


class State(str, Enum):
    BLANK = "blank"
    NUMBER = "number"
    NA = "na"  # "—", "-", "/", "无", "不适用": the clerk marked the cell as not applicable
    TEXT = "text"


# the members as module constants: in Python 3.11 looking a member up on its Enum class costs ~0.3 µs,
# and a folder check asks is_blank/is_number millions of times
_BLANK_STATE, _NUMBER_STATE = State.BLANK, State.NUMBER

NA_MARKERS = frozenset({"-", "--", "—", "——", "–", "/", "－", "―", "一", "无", "不适用", "无此项"})
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_MINUS = str.maketrans({"−": "-", "﹣": "-", "‐": "-", "‑": "-"})
#: a number already written in its canonical form (what our files hold): its text is kept as is
_CANONICAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")
#: shared values of short canonical numbers (CellValue is immutable); bounded
_SHARED: dict[str, "CellValue"] = {}
_SHARED_MAX = 4096
_set = object.__setattr__


class CellValue(FrozenRecord):
    __slots__ = ("state", "text", "number")
    state: State
    text: str  # canonical number text, or the text as typed
    number: Decimal | None

    def __init__(self, state: State, text: str = "", number: Decimal | None = None):
        _set(self, "state", state)
        _set(self, "text", text)
        _set(self, "number", number)

    @property
    def is_blank(self) -> bool:
        return self.state is _BLANK_STATE

    @property
    def is_number(self) -> bool:
        return self.state is _NUMBER_STATE

    def __str__(self) -> str:
        return self.text


BLANK = CellValue(State.BLANK)


def canonical(d: Decimal) -> str:
    if d == 0:
        return "0"
    s = format(d, "f")  # not str(int(d)): that fails beyond Python's 4300-digit int-string limit
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def number(d: Decimal | int | str) -> CellValue:
    dec = Decimal(d)
    return CellValue(_NUMBER_STATE, canonical(dec), dec)


def parse_value(raw: object) -> CellValue:
    """Turn what was typed, pasted or read from a file into a CellValue."""
    if type(raw) is str:
        # fast path: a canonical number ("0", "12", "-3", "1.25"), as every saved file holds them
        v = _SHARED.get(raw)
        if v is not None:
            return v
        if _CANONICAL.fullmatch(raw) and raw != "-0":
            v = CellValue(_NUMBER_STATE, raw, Decimal(raw))
            if len(raw) <= 12 and len(_SHARED) < _SHARED_MAX:
                _SHARED[raw] = v
            return v
    return _parse_general(raw)


def _parse_general(raw: object) -> CellValue:
    if raw is None:
        return BLANK
    if isinstance(raw, CellValue):
        return raw
    if isinstance(raw, bool):
        return CellValue(State.TEXT, str(raw))
    if isinstance(raw, (int, Decimal)):
        return number(raw)
    if isinstance(raw, float):
        return number(Decimal(repr(raw)))
    text = str(raw)
    if has_unsafe(text):  # control characters, lone surrogates: never stored (see core.text)
        text = clean_text(text, single_line=True)
    norm = unicodedata.normalize("NFKC", text).translate(_MINUS)
    parts = norm.split()  # all white space, incl. ideographic space and NBSP
    if any(a[-1].isdigit() and b[0].isdigit() for a, b in zip(parts, parts[1:])):
        # "55817  1015  6" (copied from a PDF or web page) is several numbers, never one
        return CellValue(State.TEXT, text.strip())
    norm = "".join(parts)
    if not norm:
        return BLANK
    if norm in NA_MARKERS:
        return CellValue(State.NA, text.strip())
    if _GROUPED.match(norm):
        norm = norm.replace(",", "")
    if _NUMBER.match(norm):
        try:
            return number(Decimal(norm))
        except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
            pass
    return CellValue(State.TEXT, text.strip())


def to_storage(v: CellValue) -> str | None:
    """The string saved in a report file (None for blank)."""
    return None if v.is_blank else v.text


def decimals(d: Decimal) -> int:
    exp = d.normalize().as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0
