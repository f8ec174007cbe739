"""Write joined.truth.json and /tmp/j/joined.docx (the source of joined.doc and joined.docx, see
tests/importers/test_doc_reader.py::test_blocks_joined_into_one_table_are_read_under_their_own_header):

    python tests/data/doc/make_joined.py /tmp/j   # writes /tmp/j/joined.docx and joined.truth.json here
    soffice --headless --convert-to doc --outdir /tmp/j /tmp/j/joined.docx
    cp /tmp/j/joined.doc tests/data/doc/
    soffice --headless --convert-to docx --outdir tests/data/doc tests/data/doc/joined.doc

The seed report seed_002 as a clerk's Word file (tools/import_holdout.py, seed 31) whose 表二, 表三
and 表四 are one Word table (tools/docx_variants "merge_tables"). Saved as .doc, LibreOffice gives
the table the union of every block's column edges; saved back as .docx, a w:tblGrid of that union
with gridSpans, as Word writes a table joined from separate ones.
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import docx_variants  # noqa: E402
import import_holdout as ho  # noqa: E402

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
(stem, doc), = ho.sources({"seed_002"})
style = ho.Style.draw(random.Random(f"31:{stem}:word97_doc:style"), "word97_doc")
printed: dict[str, str] = {}
data = ho.write_clerk_docx(doc, style, random.Random(f"31:{stem}:word97_doc"), printed)
data, _ = docx_variants.apply(data, random.Random(1), ["merge_tables"])
(out / "joined.docx").write_bytes(data)
truth = ho.holdout_truth(doc, printed, "joined")
Path(__file__).with_name("joined.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
