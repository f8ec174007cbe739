"""Regenerate the default templates in templates/ from the format spec.

    python tools/make_templates.py            # write templates/report-{2019,2021}.{docx,xlsx}
    python tools/make_templates.py --check    # exit 1 if the committed templates differ from a fresh build

The templates are generated from gkdesk/core/formats/formats.toml (labels, merges, cell ids) and
the GB/T 9704 typography in gkdesk/export/templatebuild.py; templates/README.md is generated too, and
templates/verified.json (the SHA-256 of each template that passed the full check, see gkdesk.export.verified),
and gkdesk/export/precompiled/ (the templates' compiled code shipped in the package, see gkdesk.export.precompile).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gkdesk.export.readme import render_readme  # noqa: E402
from gkdesk.export.templatebuild import build_docx_template, build_xlsx_template, template_names  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    ap.add_argument("--out", type=Path, default=ROOT / "templates")
    args = ap.parse_args(argv)
    files: dict[str, bytes] = {}
    for fmt in ("2019", "2021"):
        dname, xname = template_names(fmt)
        files[dname] = build_docx_template(fmt)
        files[xname] = build_xlsx_template(fmt)
    files["README.md"] = render_readme().encode("utf-8")
    stale = []
    for name, data in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    if not args.check and args.out.resolve() == (ROOT / "templates").resolve():
        from gkdesk.export import verified  # the bundled templates just written: record their full check

        verified.manifest_path().write_text(json.dumps(verified.build_manifest(), ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
        print(f"wrote templates/{verified.MANIFEST_NAME}")
    if args.out.resolve() == (ROOT / "templates").resolve():
        # the bundled templates' compiled code shipped in the package (gkdesk.export.precompile)
        import jinja2

        from gkdesk.export import codecache, precompile

        try:
            recorded = json.loads((codecache.shipped_dir() / codecache.SHIPPED_INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            recorded = {}
        differ = precompile.write(check=args.check)
        if args.check and differ and recorded.get("jinja") not in (None, jinja2.__version__):
            # made with another Jinja: not used with this one (the keys differ), only slower
            print(f"note: gkdesk/export/precompiled was made with Jinja {recorded.get('jinja')}, this is "
                  f"{jinja2.__version__}; the first export compiles the templates", file=sys.stderr)
        elif args.check:
            stale += [f"gkdesk/export/precompiled/{n}" for n in differ]
        elif differ:
            print(f"wrote gkdesk/export/precompiled/ ({len(differ)} files changed)")
    if stale:
        print("stale templates (run tools/make_templates.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
