"""Load the official report formats from formats.toml into frozen records (gkdesk.core.records).

Everything that shows or checks a table (GUI grids, checks, export context, XLSX layout,
importers) reads it from here. Merged cells are derived from the data: in a `matrix` table,
consecutive rows (columns) that share a path prefix share one merged label cell.
"""

from __future__ import annotations

import json
import os
from functools import cache, cached_property
from pathlib import Path
from typing import Iterable

from .errors import SpecError
from .records import FrozenRecord
from .sha import sha256

KINDS = ("count", "signed", "amount")


_set = object.__setattr__


class GridItem(FrozenRecord):
    """One cell of the printed table grid: a label (`text`) or a value cell (`cell`)."""

    __slots__ = ("r", "c", "rs", "cs", "role", "text", "cell")
    r: int
    c: int
    rs: int
    cs: int
    role: str  # corner | header | title | rowlabel | value
    text: str
    cell: str

    def __init__(self, r: int, c: int, rs: int, cs: int, role: str, text: str = "", cell: str = ""):
        _set(self, "r", r)
        _set(self, "c", c)
        _set(self, "rs", rs)
        _set(self, "cs", cs)
        _set(self, "role", role)
        _set(self, "text", text)
        _set(self, "cell", cell)


class CellSpec(FrozenRecord):
    __slots__ = ("id", "table", "row", "col", "row_labels", "col_labels", "row_name", "col_name", "kind", "unit",
                 "derived", "grid", "row_guide", "col_guide")
    id: str
    table: str
    row: str
    col: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    row_name: str  # shortest unambiguous row label, for messages
    col_name: str
    kind: str
    unit: str
    derived: bool
    grid: tuple[int, int, int, int]
    #: counting guidance for the clerk: formats.toml `guide` of the row and of the column ("" if none)
    row_guide: str
    col_guide: str

    def __init__(self, id: str, table: str, row: str, col: str, row_labels: tuple[str, ...],
                 col_labels: tuple[str, ...], row_name: str, col_name: str, kind: str, unit: str, derived: bool,
                 grid: tuple[int, int, int, int], row_guide: str = "", col_guide: str = ""):
        _set(self, "id", id)
        _set(self, "table", table)
        _set(self, "row", row)
        _set(self, "col", col)
        _set(self, "row_labels", row_labels)
        _set(self, "col_labels", col_labels)
        _set(self, "row_name", row_name)
        _set(self, "col_name", col_name)
        _set(self, "kind", kind)
        _set(self, "unit", unit)
        _set(self, "derived", derived)
        _set(self, "grid", grid)
        _set(self, "row_guide", row_guide)
        _set(self, "col_guide", col_guide)

    @property
    def guide(self) -> str:
        return "\n".join(g for g in (self.row_guide, self.col_guide) if g)

    @property
    def name(self) -> str:
        """Human name of the cell, e.g. "（七）总计／自然人"."""
        if self.row_name and self.col_name:
            return f"{self.row_name}／{self.col_name}"
        return self.row_name or self.col_name


class SumSpec(FrozenRecord):
    __slots__ = ("target", "parts")
    target: str
    parts: tuple[str, ...]

    def __init__(self, target: str, parts: tuple[str, ...]):
        _set(self, "target", target)
        _set(self, "parts", parts)


class TableSpec(FrozenRecord):
    __slots__ = ("key", "name", "title", "layout", "n_rows", "n_cols", "header_rows", "label_cols", "items", "cells",
                 "sums", "row_codes", "col_codes", "__dict__")  # __dict__: the cached properties
    key: str
    name: str
    title: str
    layout: str
    n_rows: int
    n_cols: int
    header_rows: int
    label_cols: int
    items: tuple[GridItem, ...]
    cells: tuple[CellSpec, ...]
    sums: tuple[SumSpec, ...]
    row_codes: tuple[str, ...]
    col_codes: tuple[str, ...]

    def __init__(self, key: str, name: str, title: str, layout: str, n_rows: int, n_cols: int, header_rows: int,
                 label_cols: int, items: tuple[GridItem, ...], cells: tuple[CellSpec, ...], sums: tuple[SumSpec, ...],
                 row_codes: tuple[str, ...], col_codes: tuple[str, ...]):
        _set(self, "key", key)
        _set(self, "name", name)
        _set(self, "title", title)
        _set(self, "layout", layout)
        _set(self, "n_rows", n_rows)
        _set(self, "n_cols", n_cols)
        _set(self, "header_rows", header_rows)
        _set(self, "label_cols", label_cols)
        _set(self, "items", items)
        _set(self, "cells", cells)
        _set(self, "sums", sums)
        _set(self, "row_codes", row_codes)
        _set(self, "col_codes", col_codes)

    def cell_id(self, row: str, col: str) -> str:
        return make_cell_id(self.key, row, col)

    def has_cell(self, row: str, col: str) -> bool:
        return self.cell_id(row, col) in self._ids

    @cached_property
    def _ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.cells)

    @cached_property
    def covering(self) -> dict[tuple[int, int], GridItem]:
        """Every grid position (r, c) mapped to the item (label or value) that covers it."""
        out: dict[tuple[int, int], GridItem] = {}
        for it in self.items:
            for r in range(it.r, it.r + it.rs):
                for c in range(it.c, it.c + it.cs):
                    out[(r, c)] = it
        return out

    def item_at(self, r: int, c: int) -> GridItem | None:
        return self.covering.get((r, c))

    def value_at(self, r: int, c: int) -> str | None:
        """Cell id of the value cell covering grid position (r, c), if any."""
        it = self.covering.get((r, c))
        return it.cell if it is not None and it.role == "value" else None


class SectionSpec(FrozenRecord):
    __slots__ = ("key", "heading", "table")
    key: str
    heading: str
    table: str  # "" for prose-only sections

    def __init__(self, key: str, heading: str, table: str):
        _set(self, "key", key)
        _set(self, "heading", heading)
        _set(self, "table", table)

    @property
    def number(self) -> str:
        return self.heading.split("、", 1)[0]

    @property
    def title(self) -> str:
        return self.heading.split("、", 1)[1]


class FormatSpec(FrozenRecord):
    __slots__ = ("id", "name", "basis", "first_year", "last_year", "sections", "tables", "cells", "sums",
                 "derived_order", "__dict__")  # __dict__: the cached properties
    _uncompared = ("cells",)  # follows from the tables (and a dict is not hashable)
    id: str
    name: str
    basis: str
    first_year: int
    last_year: int
    sections: tuple[SectionSpec, ...]
    tables: tuple[TableSpec, ...]
    cells: dict[str, CellSpec]
    sums: tuple[SumSpec, ...]
    #: derived cells in an order in which each can be computed from already computed ones
    derived_order: tuple[str, ...]

    def __init__(self, id: str, name: str, basis: str, first_year: int, last_year: int,
                 sections: tuple[SectionSpec, ...], tables: tuple[TableSpec, ...], cells: dict[str, CellSpec],
                 sums: tuple[SumSpec, ...] = (), derived_order: tuple[str, ...] = ()):
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "basis", basis)
        _set(self, "first_year", first_year)
        _set(self, "last_year", last_year)
        _set(self, "sections", sections)
        _set(self, "tables", tables)
        _set(self, "cells", cells)
        _set(self, "sums", sums)
        _set(self, "derived_order", derived_order)

    def table(self, key: str) -> TableSpec:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    @property
    def title(self) -> str:
        return f"{self.name}（{self.basis}）"

    def defining_sum(self, cell_id: str) -> SumSpec | None:
        return self._defining.get(cell_id)

    @cached_property
    def _defining(self) -> dict[str, SumSpec]:
        out: dict[str, SumSpec] = {}
        for s in self.sums:
            out.setdefault(s.target, s)  # the first sum defining a cell, as the formats list them
        return out


def make_cell_id(table: str, row: str, col: str) -> str:
    return ".".join(p for p in (table, row, col) if p)


def _shortest_unique(paths: list[tuple[str, ...]]) -> list[str]:
    out = []
    for p in paths:
        for n in range(1, len(p) + 1):
            suffix = p[-n:]
            if sum(1 for q in paths if q[-n:] == suffix) == 1 or n == len(p):
                out.append("／".join(suffix))
                break
        else:
            out.append("")
    return out


def _in_format(entry: dict, fmt: str) -> bool:
    return fmt in entry.get("formats", [fmt])


def _spans(paths: list[tuple[str, ...]], depth_total: int):
    """For label paths along one axis, yield (depth, first, count, text, extends_to_end)."""
    for d in range(depth_total):
        i = 0
        while i < len(paths):
            if len(paths[i]) <= d:
                i += 1
                continue
            j = i
            while j + 1 < len(paths) and len(paths[j + 1]) > d and paths[j + 1][: d + 1] == paths[i][: d + 1]:
                j += 1
            deeper = any(len(paths[k]) > d + 1 for k in range(i, j + 1))
            yield d, i, j - i + 1, paths[i][d], not deeper
            i = j + 1


def _build_matrix(raw: dict, fmt: str) -> tuple:
    key = raw["key"]
    cols = [c for c in raw["columns"] if _in_format(c, fmt)]
    rows = [r for r in raw["rows"] if _in_format(r, fmt)]
    cpaths = [tuple(c["path"]) for c in cols]
    rpaths = [tuple(r["path"]) for r in rows]
    header_rows = max(len(p) for p in cpaths)
    label_cols = max(len(p) for p in rpaths)
    items: list[GridItem] = []
    if header_rows and label_cols:
        items.append(GridItem(0, 0, header_rows, label_cols, "corner", raw.get("corner", "")))
    for d, first, count, text, to_end in _spans(cpaths, header_rows):
        rs = header_rows - d if to_end else 1
        items.append(GridItem(d, label_cols + first, rs, count, "header", text))
    for d, first, count, text, to_end in _spans(rpaths, label_cols):
        cs = label_cols - d if to_end else 1
        items.append(GridItem(header_rows + first, d, count, cs, "rowlabel", text))
    cnames = _shortest_unique(cpaths)
    rnames = _shortest_unique(rpaths)
    cells = []
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            cid = make_cell_id(key, r["code"], c["code"])
            grid = (header_rows + i, label_cols + j, 1, 1)
            items.append(GridItem(*grid, "value", cell=cid))
            cells.append(dict(id=cid, row=r["code"], col=c["code"], row_labels=rpaths[i], col_labels=cpaths[j],
                              row_name=rnames[i], col_name=cnames[j], kind=c.get("kind", raw.get("kind", "count")),
                              unit=c.get("unit", ""), grid=grid, row_guide=r.get("guide", ""),
                              col_guide=c.get("guide", "")))
    n_rows = header_rows + len(rows)
    n_cols = label_cols + len(cols)
    return items, cells, n_rows, n_cols, header_rows, label_cols, [r["code"] for r in rows], [c["code"] for c in cols]


def _build_blocks(raw: dict, fmt: str) -> tuple:
    key = raw["key"]
    width = raw["grid_cols"]
    items: list[GridItem] = []
    cells = []
    r = 0
    row_codes: list[str] = []
    col_codes: list[str] = []
    for block in raw["blocks"]:
        items.append(GridItem(r, 0, 1, width, "title", block["title"]))
        r += 1
        items.append(GridItem(r, 0, 1, 1, "header", raw["first_header"]))
        c = 1
        positions = []
        for col in block["columns"]:
            span = col.get("span", 1)
            items.append(GridItem(r, c, 1, span, "header", header_label(col)))
            positions.append((c, span))
            c += span
        if c != width:
            raise SpecError(f"{key} {block['title']}: columns span {c} of {width}")
        r += 1
        for row in block["rows"]:
            items.append(GridItem(r, 0, 1, 1, "rowlabel", row["label"]))
            row_codes.append(row["code"])
            for col, (c, span) in zip(block["columns"], positions):
                cid = make_cell_id(key, row["code"], col["code"])
                grid = (r, c, 1, span)
                items.append(GridItem(*grid, "value", cell=cid))
                if col["code"] not in col_codes:
                    col_codes.append(col["code"])
                cells.append(dict(id=cid, row=row["code"], col=col["code"], row_labels=(row["label"],),
                                  col_labels=(block["title"], header_label(col)), row_name=row["label"],
                                  col_name=header_label(col), kind=col.get("kind", "count"),
                                  unit=col.get("unit", ""), grid=grid, row_guide=row.get("guide", ""),
                                  col_guide=col.get("guide", "")))
            r += 1
    return items, cells, r, width, 0, 1, row_codes, col_codes


def header_label(col: dict) -> str:
    """Column label as printed; states the unit where the official label does not (2019 采购总金额)."""
    label = col["label"]
    unit = col.get("unit", "")
    if unit and "单位" not in label:
        label = f"{label}（单位：{unit}）"
    return label


def _expand_sums(raw: dict, key: str, row_codes: list[str], col_codes: list[str], ids: set[str]) -> list[SumSpec]:
    out = []
    for s in raw.get("sums", []):
        each = s.get("each", "")
        if each == "row":
            pairs = [(make_cell_id(key, r, s["target"]), [make_cell_id(key, r, p) for p in s["parts"]]) for r in row_codes]
        elif each == "column":
            pairs = [(make_cell_id(key, s["target"], c), [make_cell_id(key, p, c) for p in s["parts"]]) for c in col_codes]
        else:
            pairs = [(make_cell_id(key, "", s["target"]), [make_cell_id(key, "", p) for p in s["parts"]])]
        for target, parts in pairs:
            parts = [p for p in parts if p in ids]
            if target not in ids or not parts:
                raise SpecError(f"sum over unknown cells: {target}")
            out.append(SumSpec(target, tuple(parts)))
    return out


def _derived_order(sums: list[SumSpec]) -> tuple[str, ...]:
    targets = {s.target for s in sums}
    first: dict[str, SumSpec] = {}
    for s in sums:
        first.setdefault(s.target, s)
    done: list[str] = []
    pending = list(first)
    while pending:
        progressed = False
        for t in list(pending):
            if all(p not in targets or p in done for p in first[t].parts):
                done.append(t)
                pending.remove(t)
                progressed = True
        if not progressed:
            raise SpecError(f"circular totals: {pending}")
    return tuple(done)


@cache
def _raw() -> dict:
    beside = Path(__file__).with_name("formats") / "formats.toml"  # installed or frozen: a plain file
    try:
        data = beside.read_bytes()
    except OSError:
        from importlib import resources  # e.g. imported from a zip

        data = resources.files("gkdesk.core.formats").joinpath("formats.toml").read_bytes()
    return parse_formats(data, _cache_dir())


def _cache_dir() -> Path | None:
    """Where the parsed formats.toml is kept between starts: GKDESK_CACHE_DIR ("" = no cache), else
    the user cache folder (none when GKDESK_NO_USER_STATE=1: tests and smoke runs leave the user
    folders alone)."""
    env = os.environ.get("GKDESK_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    if os.environ.get("GKDESK_NO_USER_STATE") == "1":
        return None
    from ..paths import user_cache_dir

    return user_cache_dir()


def parse_formats(data: bytes, cache_dir: Path | None = None) -> dict:
    """formats.toml parsed, through a cache file named by the SHA-256 of its bytes (an edited
    formats.toml gets a new name). JSON, not pickle: a cache file is data, never code. Any problem
    with the cache (missing, unreadable, damaged, not writable) falls back to parsing, silently."""
    cache = None
    if cache_dir is not None:
        cache = cache_dir / f"formats-{sha256(data).hexdigest()[:32]}.json"
        try:
            raw = json.loads(cache.read_bytes())
            if isinstance(raw, dict) and all(isinstance(raw.get(k), list) for k in ("formats", "tables", "sections")):
                return raw
        except (OSError, ValueError):
            pass
    import tomllib

    raw = tomllib.loads(data.decode("utf-8"))
    if cache is not None:
        _write_cache(cache, raw)
    return raw


def _write_cache(path: Path, raw: dict) -> None:
    try:
        text = json.dumps(raw, ensure_ascii=False, separators=(",", ":"))
        if json.loads(text) != raw:  # e.g. TOML dates: no exact JSON form, so no cache
            return
        from .storage import atomic_write_bytes

        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, text.encode("utf-8"))
    except (OSError, ValueError, TypeError):
        pass


@cache
def get_format(fmt: str) -> FormatSpec:
    raw = _raw()
    meta = next((f for f in raw["formats"] if f["id"] == fmt), None)
    if meta is None:
        raise KeyError(fmt)
    tables = []
    all_cells: dict[str, CellSpec] = {}
    all_sums: list[SumSpec] = []
    for t in raw["tables"]:
        if not _in_format(t, fmt):
            continue
        build = _build_matrix if t["layout"] == "matrix" else _build_blocks
        items, cells, n_rows, n_cols, hr, lc, row_codes, col_codes = build(t, fmt)
        ids = {c["id"] for c in cells}
        sums = _expand_sums(t, t["key"], row_codes, col_codes, ids)
        targets = {s.target for s in sums}
        cspecs = []
        for c in cells:
            if c["kind"] not in KINDS:
                raise SpecError(f"{c['id']}: unknown kind {c['kind']}")
            cs = CellSpec(table=t["key"], derived=c["id"] in targets, **c)
            cspecs.append(cs)
            all_cells[cs.id] = cs
        all_sums.extend(sums)
        tables.append(TableSpec(t["key"], t["name"], t["title"], t["layout"], n_rows, n_cols, hr, lc,
                                tuple(items), tuple(cspecs), tuple(sums), tuple(row_codes), tuple(col_codes)))
    sections = tuple(SectionSpec(s["key"], s["heading"], s.get("table", "")) for s in raw["sections"])
    return FormatSpec(fmt, meta["name"], meta["basis"], meta["first_year"], meta["last_year"], sections,
                      tuple(tables), all_cells, tuple(all_sums), _derived_order(all_sums))


def format_ids() -> tuple[str, ...]:
    return tuple(f["id"] for f in _raw()["formats"])


def all_formats() -> Iterable[FormatSpec]:
    return [get_format(f) for f in format_ids()]


def format_years() -> tuple[tuple[str, int, int], ...]:
    """(id, first year, last year) of each format, in formats.toml's order, without building the formats
    (a check of the report year needs only these)."""
    return tuple((f["id"], f["first_year"], f["last_year"]) for f in _raw()["formats"])


def format_for_year(year: int | None) -> str:
    """The format version officially in force for a report year (2021 format from 2021 on)."""
    years = format_years()
    if year is None:
        return years[-1][0]
    for fmt, first, last in years:
        if first <= year <= last:
            return fmt
    return years[0][0] if year < years[0][1] else years[-1][0]
