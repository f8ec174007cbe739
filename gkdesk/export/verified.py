"""Bundled templates whose full check already passed: their SHA-256 in templates/verified.json.

The first export of a template in a process checks it in full (every tag scanned and parsed,
every variable name known) — for the bundled templates that is most of a cold `gkdesk export`.
CI verifies the bundled templates (tools/make_templates.py --check, the export tests), and
`python -m gkdesk.export.verified` runs the full check on each of them and records the file's
SHA-256 with the result. A template whose bytes hash to a recorded entry of its kind, checked
against the same set of names (context variables, globals, filters, tests), skips the
unknown-variable pass; anything else — a clerk's own template, an edited copy, a stale
manifest — gets the full check, so a broken template still fails loudly.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from .. import paths

MANIFEST_NAME = "verified.json"


def manifest_path() -> Path:
    return paths.templates_dir() / MANIFEST_NAME


def names_signature(env) -> str:
    """What a passed check depends on besides the file: the names a template may use."""
    from .context import TOP_LEVEL

    parts = [sorted(TOP_LEVEL), sorted(env.globals), sorted(env.filters), sorted(env.tests)]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _entries() -> dict:
    try:
        data = json.loads(manifest_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("templates", {}) if isinstance(data, dict) else {}


def passed_full_check(data: bytes, kind: str) -> bool:
    """True if these exact bytes are a bundled template of `kind` whose full check passed: the file
    and archive checks (common.check_template_file) depend on nothing else."""
    entry = _entries().get(hashlib.sha256(data).hexdigest())
    return isinstance(entry, dict) and entry.get("kind") == kind and entry.get("check") == "passed"


def is_verified(data: bytes, kind: str, env) -> bool:
    """True if these exact bytes are a bundled template of `kind` whose full check passed with the
    names `env` offers now."""
    entry = _entries().get(hashlib.sha256(data).hexdigest())
    return (isinstance(entry, dict) and entry.get("kind") == kind and entry.get("check") == "passed"
            and entry.get("names") == names_signature(env))


def bundled_layout(data: bytes, spec) -> bool:
    """True if these exact bytes are a bundled XLSX template recorded as the build of `spec`'s layout
    by the builder as it is now (xlsxlayout.xlsx_workbook gives the same workbook)."""
    entry = _entries().get(hashlib.sha256(data).hexdigest())
    layout = entry.get("layout") if isinstance(entry, dict) else None
    if not isinstance(layout, dict) or layout.get("format") != spec.id:
        return False
    from .xlsxlayout import xlsx_layout_signature

    return layout.get("signature") == xlsx_layout_signature(spec)


def build_manifest() -> dict:
    """Run the full check on every bundled DOCX/XLSX template; the manifest of those that pass."""
    from ..core.spec import get_format
    from . import docx as docx_export
    from . import xlsx as xlsx_export

    out: dict[str, dict] = {}
    for p in sorted(paths.templates_dir().glob("report-*.*")):
        kind = p.suffix.lower().lstrip(".")
        if kind not in ("docx", "xlsx"):
            continue
        if kind == "docx":
            env = docx_export.full_check(p).env
        else:
            format_id = p.stem.split("-", 1)[1]
            env = xlsx_export.full_check(p, get_format(format_id)).env
        data = p.read_bytes()
        entry = {"file": p.name, "kind": kind, "check": "passed", "names": names_signature(env)}
        if kind == "xlsx":
            from .xlsxlayout import build_xlsx_template, xlsx_layout_signature

            spec = get_format(format_id)
            if build_xlsx_template(spec) == data:  # this very file is the build of the format's layout
                entry["layout"] = {"format": format_id, "signature": xlsx_layout_signature(spec)}
        out[hashlib.sha256(data).hexdigest()] = entry
    return {"about": "SHA-256 of bundled templates that passed the full template check; "
                     "regenerate with: python -m gkdesk.export.verified", "templates": out}


if __name__ == "__main__":
    manifest_path().write_text(json.dumps(build_manifest(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {manifest_path()}")
