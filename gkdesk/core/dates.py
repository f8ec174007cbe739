"""Report dates as clerks write them, stored as ISO (YYYY-MM-DD) and shown the Chinese way.

Accepted: "2026-01-20", "2026-1-20", "2026/1/20", "2026.1.20", "2026年1月20日",
"2026年01月20日", "二〇二六年一月二十日" (the 公文 form), full-width digits and spaces.
Anything else is not a date: `to_iso` then returns the text unchanged, so that GK020 can name it.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

_CN = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
       "八": 8, "九": 9}
_NUMERIC = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_CHINESE = re.compile(r"^([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")


def _cn_small(s: str) -> int | None:
    """一..三十一 ("十", "十二", "二十", "二十一", "三十一")."""
    if "十" not in s:
        return _CN.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = 1 if tens == "" else _CN.get(tens)
    o = 0 if ones == "" else _CN.get(ones)
    if t is None or o is None or len(tens) > 1 or len(ones) > 1:
        return None
    return t * 10 + o


def parse_date(text: str) -> datetime.date | None:
    """The date written in `text`, or None when it is not one of the accepted forms."""
    if not isinstance(text, str):
        return None
    s = "".join(unicodedata.normalize("NFKC", text).split())
    if not s:
        return None
    m = _NUMERIC.match(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _CHINESE.match(s)
        if not m:
            return None
        y = int("".join(str(_CN[c]) for c in m.group(1)))
        mo, d = _cn_small(m.group(2)), _cn_small(m.group(3))
        if mo is None or d is None:
            return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def to_iso(text: str) -> str:
    """ISO form of a date as written; text that is not a date is returned stripped but unchanged."""
    d = parse_date(text)
    return d.isoformat() if d else (text or "").strip()


def chinese(text: str) -> str:
    """"2026-01-20" (or any accepted form) → "2026年1月20日"; anything else as given."""
    d = parse_date(text)
    return f"{d.year}年{d.month}月{d.day}日" if d else (text or "")
