"""Write tests/data/truth/<stem>.json from the hand-typed transcription in typed.py.

    python tests/data/truth/make_truth.py          # (re)write every JSON file
    python tests/data/truth/make_truth.py --check  # exit 1 if a JSON file is out of date

Only the cell ids come from gkdesk (formats.toml): which column codes a row has, in printed order.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, to run from a checkout
sys.path.insert(0, str(HERE))

from gkdesk.core.spec import get_format  # noqa: E402

import typed  # noqa: E402

TABLES = ("t2", "t3", "t4")


def _columns(fmt: str, table: str) -> dict[str, list[str]]:
    """row code -> cell ids of that row in printed column order."""
    t = get_format(fmt).table(table)
    out: dict[str, list[str]] = {}
    for c in t.cells:
        out.setdefault(c.row, []).append(c.id)
    return out


def _rows(text: str, fmt: str, table: str) -> list[tuple[str, str]]:
    """Typed rows -> [(cell id, token)] (trailing cells of a short row are absent: token ".")."""
    cols = _columns(fmt, table)
    out = []
    if table == "t4":
        tokens = text.split()
        ids = cols[""]
        if len(tokens) > len(ids):
            raise ValueError(f"t4: {len(tokens)} tokens for {len(ids)} cells")
        return list(zip(ids, tokens + ["."] * (len(ids) - len(tokens))))
    seen = set()
    for line in text.strip().splitlines():
        code, *tokens = line.split()
        if code not in cols:
            raise ValueError(f"{table}: unknown row {code!r} in format {fmt}")
        if code in seen:
            raise ValueError(f"{table}: row {code} typed twice")
        seen.add(code)
        ids = cols[code]
        if len(tokens) > len(ids):
            raise ValueError(f"{table}.{code}: {len(tokens)} tokens for {len(ids)} cells")
        out.extend(zip(ids, tokens + ["."] * (len(ids) - len(tokens))))
    return out


def _other(fmt: str) -> str:
    return "2019" if fmt == "2021" else "2021"


def build(stem: str, entry: dict) -> dict:
    fmt = entry["format"]
    cells: dict[str, str] = {}
    blank: list[str] = []
    ambiguous: dict[str, str] = {}
    amb_reason = entry.get("ambiguous", {})
    for table in TABLES:
        if table not in entry:
            continue
        for cid, tok in _rows(entry[table], fmt, table):
            if tok == ".":
                continue
            if tok == "_":
                blank.append(cid)
            elif tok == "?":
                reason = amb_reason.get(cid) or amb_reason.get(table)
                if not reason:
                    raise ValueError(f"{stem}: {cid} marked ambiguous without a reason")
                ambiguous[cid] = reason
            else:
                cells[cid] = tok
    implied: dict[str, str] = {}
    imp = entry.get("implied", {})
    for table in TABLES:
        if table in imp:
            for cid, tok in _rows(imp[table], fmt, table):
                if tok != ".":
                    if cid in cells or cid in blank or cid in ambiguous:
                        raise ValueError(f"{stem}: {cid} both printed and implied")
                    implied[cid] = tok
    foreign: dict[str, str] = {}
    for table, text in entry.get("foreign", {}).items():
        for cid, tok in _rows(text, _other(fmt), table):
            if tok != ".":
                foreign[cid] = tok
    printed = dict(entry.get("printed", {}))
    for cid in printed:
        if cid not in cells:
            raise ValueError(f"{stem}: printed text for {cid}, which has no value")
    out = {
        "source": entry["source"],
        "format": fmt,
        "year": entry["year"],
        "agency": entry["agency"],
        "agency_full": entry.get("agency_full", ""),
        "agency_from": entry.get("agency_from", "title" if entry["agency"] else ""),
        "complete": entry["complete"],
        "sections": entry["sections"],
        "cut_in": entry.get("cut_in"),
        "cells": cells,
        "blank": blank,
        "ambiguous": ambiguous,
        "implied": implied,
        "implied_reason": imp.get("reason", ""),
        "foreign": foreign,
        "printed": printed,
        "source_errors": entry.get("source_errors", {}),
        "absent": "every cell of the format not listed in cells, blank, ambiguous or implied",
        "notes": entry.get("notes", []),
    }
    return out


def render(stem: str) -> str:
    return json.dumps(build(stem, typed.TRUTH[stem]), ensure_ascii=False, indent=1) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the JSON files are up to date")
    args = ap.parse_args(argv)
    stale = []
    for stem in typed.TRUTH:
        path = HERE / f"{stem}.json"
        text = render(stem)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run make_truth.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
