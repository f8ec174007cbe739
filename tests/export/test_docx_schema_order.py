"""Word refuses a document ("发现无法读取的内容" / "unreadable content") whose property elements stand in
another order than the schema's sequences, even where LibreOffice and WPS read it without a word.
The exported DOCX (and the bundled templates it is made from) is checked here against the child
order of ECMA-376 Part 1 (WordprocessingML, transitional) for the elements we write: paragraph,
run, table, row, cell, section and style properties, borders and margins, settings, numbering
levels; and the content rules Word enforces (a cell ends with a paragraph, sectPr ends the body,
the properties element comes first).

The sequences below are facts of the standard (§17.3.1.26 pPr, §17.3.2.28 rPr, §17.4.60 tblPr,
§17.4.70 tcPr, §17.6.17 sectPr, §17.7.4.17 style, §17.15.1.78 settings, §17.9.6 lvl …)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from gkdesk.core import storage
from gkdesk.export.docx import export_docx

from .conftest import filled_document

ROOT = Path(__file__).resolve().parents[2]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS

P_PR = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
        "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
        "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange")
R_PR = ("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
        "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em "
        "lang eastAsianLayout specVanish oMath rPrChange")
# a paragraph mark's run properties (inside pPr) may also carry ins/del/moveFrom/moveTo first
PARA_R_PR = "ins del moveFrom moveTo " + R_PR
TBL_PR = ("tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd "
          "tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange")
TC_PR = ("cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark "
         "headers cellIns cellDel cellMerge tcPrChange")
SECT_PR = ("headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
           "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings "
           "sectPrChange")
STYLE = ("name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
         "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr")
SETTINGS = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts "
    "embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
    "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState "
    "formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
    "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride "
    "styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone "
    "doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
    "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
    "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter "
    "noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent "
    "alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt "
    "showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids "
    "mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
    "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator")
BORDERS = "top left|start bottom right|end insideH insideV tl2br tr2bl"
P_BDR = "top left bottom right between bar"
MARGINS = "top left|start bottom right|end"
LVL = "start numFmt lvlRestart pStyle isLgl suff lvlText lvlPicBulletId legacy lvlJc pPr rPr"
ABSTRACT_NUM = "nsid multiLevelType tmpl name styleLink numStyleLink lvl"
DOC_DEFAULTS = "rPrDefault pPrDefault"

#: parent tag → its children's sequence (a "|" joins names that share one place)
SEQUENCES = {
    "pPr": P_PR, "rPr": R_PR, "tblPr": TBL_PR, "tcPr": TC_PR, "sectPr": SECT_PR, "style": STYLE,
    "settings": SETTINGS, "tblBorders": BORDERS, "tcBorders": BORDERS, "pBdr": P_BDR, "tblCellMar": MARGINS,
    "tcMar": MARGINS, "lvl": LVL, "abstractNum": ABSTRACT_NUM, "docDefaults": DOC_DEFAULTS,
}
#: children the sequences above allow more than once
REPEATABLE = {"headerReference", "footerReference", "activeWritingStyle", "smartTagType", "tblStylePr", "lvl",
              "attachedSchema", "docVar"}
#: elements whose w:val attribute the schema requires
NEEDS_VAL = {"shd", "jc", "sz", "szCs", "pStyle", "rStyle", "tblStyle", "gridSpan", "outlineLvl", "color", "basedOn",
             "next", "link", "uiPriority", "numFmt", "lvlJc", "vAlign", "textDirection", "highlight", "vertAlign",
             "kern", "position", "numId", "ilvl", "gridBefore", "gridAfter"}
#: elements whose properties child, when present, must come first
PROPERTIES_FIRST = {"p": "pPr", "r": "rPr", "tbl": "tblPr", "tc": "tcPr"}


def _rank(seq: str) -> dict[str, int]:
    return {name: i for i, names in enumerate(seq.split()) for name in names.split("|")}


RANKS = {tag: _rank(seq) for tag, seq in SEQUENCES.items()}


def problems(xml: bytes, part: str) -> list[str]:
    """Every place in one XML part where Word's schema order or content rules are broken."""
    root = etree.fromstring(xml)
    found: list[str] = []
    for el in root.iter(f"{W}*"):
        tag = etree.QName(el).localname
        kids = [k for k in el if isinstance(k.tag, str)]
        w_kids = [etree.QName(k).localname for k in kids if etree.QName(k).namespace == W_NS]
        rank = RANKS.get(tag)
        if tag == "rPr" and etree.QName(el.getparent()).localname == "pPr":
            rank = _rank(PARA_R_PR)
        if rank is not None:
            last = -1
            for name in w_kids:
                if name not in rank:
                    found.append(f"{part}: w:{name} is no child of w:{tag}")
                    continue
                if rank[name] < last:
                    found.append(f"{part}: w:{name} stands after a later sibling in w:{tag} (order {w_kids})")
                last = max(last, rank[name])
            for name in set(w_kids) - REPEATABLE:
                if w_kids.count(name) > 1:  # each of these may stand once (minOccurs 0, maxOccurs 1)
                    found.append(f"{part}: w:{name} stands {w_kids.count(name)} times in w:{tag}")
        parent = el.getparent()
        border = parent is not None and etree.QName(parent).localname in ("tblBorders", "tcBorders", "pBdr")
        if (tag in NEEDS_VAL or border) and el.get(f"{W}val") is None:  # a border's w:val (its line style) too
            found.append(f"{part}: w:{tag} without its required w:val")
        first = PROPERTIES_FIRST.get(tag)
        if first and first in w_kids and w_kids[0] != first:
            found.append(f"{part}: w:{first} is not the first child of w:{tag} ({w_kids[:4]})")
        if tag == "tc" and (not w_kids or w_kids[-1] != "p"):
            found.append(f"{part}: a table cell does not end with a paragraph ({w_kids[-3:]})")
        if tag == "tbl" and w_kids[:2] != ["tblPr", "tblGrid"]:
            found.append(f"{part}: a table does not open with tblPr, tblGrid ({w_kids[:3]})")
        if tag == "tr":
            cells = [n for n in w_kids if n not in ("tblPrEx", "trPr")]
            if not cells or any(n not in ("tc", "sdt", "customXml", "bookmarkStart", "bookmarkEnd", "proofErr",
                                          "permStart", "permEnd", "ins", "del") for n in cells):
                found.append(f"{part}: a row holds {w_kids}")
        if tag == "body" and "sectPr" in w_kids and w_kids[-1] != "sectPr":
            found.append(f"{part}: the body's sectPr is not its last child")
    return found


def docx_problems(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        return [p for n in names for p in problems(z.read(n), n)]


REPORTS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]


@pytest.mark.parametrize("src", REPORTS, ids=lambda p: p.stem)
def test_exported_reports_keep_words_element_order(src, tmp_path):
    out = tmp_path / "report.docx"
    export_docx(storage.load(src), out)
    assert docx_problems(out) == []


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_filled_and_empty_documents_keep_words_element_order(fmt, tmp_path):
    from gkdesk.core.document import Document

    for name, doc in (("filled", filled_document(fmt)), ("empty", Document(fmt))):
        out = tmp_path / f"{name}.docx"
        export_docx(doc, out)
        assert docx_problems(out) == [], name


@pytest.mark.parametrize("template", sorted((ROOT / "templates").glob("*.docx")), ids=lambda p: p.name)
def test_bundled_templates_keep_words_element_order(template):
    assert docx_problems(template) == []


def test_the_checker_sees_a_wrong_order():
    """The checker itself: properties out of order, a cell without its closing paragraph, a body whose
    sectPr is not last — each is named."""
    xml = (f'<w:document xmlns:w="{W_NS}"><w:body>'
           '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr>'
           '<w:r><w:t>x</w:t><w:rPr><w:b/></w:rPr></w:r></w:p>'
           '<w:tbl><w:tblPr><w:tblBorders><w:bottom w:val="single"/><w:top/></w:tblBorders></w:tblPr><w:tblGrid/>'
           '<w:tr><w:tc><w:tcPr><w:vAlign w:val="center"/><w:shd w:fill="FFFFFF"/><w:tcW w:w="10"/></w:tcPr><w:tbl/></w:tc></w:tr></w:tbl>'
           '<w:sectPr><w:pgMar/><w:pgSz/></w:sectPr><w:p/></w:body></w:document>').encode()
    found = problems(xml, "document.xml")
    text = "\n".join(found)
    for needle in ("w:spacing stands after a later sibling in w:pPr", "w:jc stands 2 times in w:pPr", "w:shd without its required w:val", "w:top without its required w:val", "w:rPr is not the first child of w:r",
                   "w:top stands after a later sibling in w:tblBorders", "w:tcW stands after a later sibling in w:tcPr",
                   "a table cell does not end with a paragraph", "w:pgSz stands after a later sibling in w:sectPr",
                   "the body's sectPr is not its last child"):
        assert needle in text, (needle, found)


def package_problems(path: Path) -> list[str]:
    """The package rules Word checks before it reads a word: every relationship's internal target is a
    part of the file, and every part has a content type ([Content_Types].xml Default or Override)."""
    import posixpath

    found: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        types = etree.fromstring(z.read("[Content_Types].xml"))
        ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
        defaults = {d.get("Extension").lower() for d in types.iter(f"{ct}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{ct}Override")}
        for name in names:
            if name.endswith("/") or name == "[Content_Types].xml":
                continue
            if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                found.append(f"{name} has no content type")
        for name in overrides - names:
            found.append(f"[Content_Types].xml names {name}, which the file does not hold")
        for rels in (n for n in names if n.endswith(".rels")):
            base = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels → word
            for rel in etree.fromstring(z.read(rels)):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
                if full not in names:
                    found.append(f"{rels}: relationship {rel.get('Id')} points at {full}, which the file does not hold")
    return found


@pytest.mark.parametrize("src", REPORTS[:2], ids=lambda p: p.stem)
def test_exported_package_is_complete(src, tmp_path):
    out = tmp_path / "report.docx"
    export_docx(storage.load(src), out)
    assert package_problems(out) == []
    for template in sorted((ROOT / "templates").glob("*.docx")):
        assert package_problems(template) == [], template.name


def test_the_package_checker_sees_a_missing_part(tmp_path):
    src = tmp_path / "ok.docx"
    export_docx(storage.load(REPORTS[0]), src)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            if item.filename != "word/styles.xml":
                zout.writestr(item, zin.read(item.filename))
    found = package_problems(broken)
    assert any("styles.xml, which the file does not hold" in p for p in found), found
