"""What every importer returns: a document plus an import report (found / missing / ambiguous)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.document import Document, clean_document  # noqa: F401 - re-exported for importers


#: what a note says about the numbers (issue #11 item 4), with the Chinese tag the import report
#: shows: "source" — the source itself prints it so (a real error of the report, kept as printed);
#: "uncertain" — the reading may be the cause; "leftover" — digits of a table that were not stored in
#: any cell (the note names the row and the digits); "blanked" — cells left blank rather than guessed
KINDS = {"source": "原文如此", "uncertain": "读取不确定", "leftover": "未计入的数字", "blanked": "已留空"}


def note_kind(level: str, message: str) -> str:
    """The kind of a note made without one: from what its message says. A note naming digits not
    taken into the table is "leftover", one leaving cells blank "blanked", any other doubtful
    reading "uncertain"; plain information has no kind ("")."""
    if "原文本身" in message or "原文如此" in message:
        return "source"
    if "留空" in message:
        return "blanked"
    if "未计入" in message or "多余数字" in message or ("未读取" in message and "数字" in message):
        return "leftover"
    if level == "ambiguous":
        return "uncertain"
    return ""


@dataclass
class ImportNote:
    level: str  # "info" | "missing" | "ambiguous" | "warning"
    message: str  # Chinese, shown to the clerk
    cells: tuple[str, ...] = ()
    #: "source" | "uncertain" | "leftover" | "blanked" | "" (see KINDS); derived from the message
    #: when not given (note_kind), so every note of the import report is tagged the same way
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.kind is None:
            self.kind = note_kind(self.level, self.message)
        elif self.kind and self.kind not in KINDS:
            raise ValueError(f"unknown import note kind {self.kind!r}")

    @property
    def tag(self) -> str:
        """The Chinese tag of the kind ("原文如此"), "" for plain information."""
        return KINDS.get(self.kind or "", "")


def picture_note(res: ImportResult, pictures: int, where: str = "文档", what: str = "张图片") -> None:
    """Tables not read from a file with pictures in its body: they may be pictures of the tables
    (agencies often publish 表二/表三/表四 as screenshots). A table is not read when it was not
    found or when not one of its cells got a value. The numbers are never guessed: the report
    says so and asks for them by hand."""
    if not pictures:
        return
    missing = [t.name for t in res.doc.spec.tables
               if any(n.message.startswith(f"未找到{t.name}（") for n in res.notes)
               or all(res.doc.value(c.id).is_blank for c in t.cells)]
    if missing:
        res.add("missing", f"未读到{'、'.join(missing)}的数字；{where}中有 {pictures} {what}，表格可能是以图片形式插入的，"
                "gkdesk 不能读取图片中的数字，请对照原文手工填写这些表格。")


@dataclass
class ImportResult:
    doc: Document
    source: str  # file name
    kind: str  # "txt" | "docx" | "doc" | "html" | "xlsx" | "pdf" | "json"
    notes: list[ImportNote] = field(default_factory=list)
    cells_found: int = 0
    cells_missing: int = 0
    confidence: str = "high"  # "high" | "medium" | "low"

    def add(self, level: str, message: str, cells=(), kind: str | None = None) -> None:
        self.notes.append(ImportNote(level, message, tuple(cells), kind))

    def add_meta_notes(self, meta: dict, fmt: str) -> None:
        """Report what was recognised of agency, year and date (detect_meta's dict)."""
        from ..core.spec import format_for_year, get_format

        if meta.get("agency"):
            if meta.get("agency_from") == "prose":
                self.add("warning", f"机关名称：{meta['agency']}（标题和落款中没有，取自正文，请核对）")
            else:
                self.add("info", f"机关名称：{meta['agency']}（取自{'落款' if meta.get('agency_from') == 'signature' else '标题'}）")
        else:
            self.add("missing", "未能从标题中识别机关名称，请在“报告信息”中填写。")
        if meta.get("year"):
            self.add("info", f"报告年度：{meta['year']}年")
            expected = format_for_year(meta["year"])
            if expected != fmt:
                self.add("warning", f"报告年度为 {meta['year']} 年，应使用{get_format(expected).name}，"
                                    f"但原文表格使用的是{get_format(fmt).name}；已按原文格式导入。")
        else:
            self.add("missing", "未能识别报告年度，请在“报告信息”中填写。")
        if meta.get("date"):
            self.add("info", f"成文日期（落款）：{meta['date']}")
        elif meta.get("published"):
            self.add("info", f"网页发布日期为 {meta['published']}（不是报告落款日期，未填入成文日期）")

    def fill_sections(self, text: str, report_missing: bool = True) -> tuple[dict[str, str], str]:
        """Split the prose of `text` into the six sections (the lead paragraph opens 一); returns
        (sections found, lead text)."""
        from .prose import lead_text, split_sections

        doc = self.doc
        info: dict = {}
        sections = split_sections(text, info=info)
        lead = lead_text(text)
        names = {sec.key: sec.heading for sec in doc.spec.sections}
        for key, numeral in info.get("printed", {}).items():
            self.add("warning", f"原文把“{names.get(key, key)}”一节标为“{numeral}、”（序号与规定的不同），已按标题内容识别。")
        for key, dropped in info.get("debris", {}).items():
            self.add("info", f"“{names.get(key, key)}”标题之后先是表格的残片（{dropped[:40]}{'…' if len(dropped) > 40 else ''}），"
                             "未计入这一节的正文。")
        for key in info.get("recovered", []):
            self.add("warning", f"原文没有“{names.get(key, key)}”标题；表四之后、下一节之前的文字已作为这一节导入，请核对。")
        for sec in doc.spec.sections:
            body = sections.get(sec.key)
            if body is None:
                if report_missing:
                    self.add("missing", f"未找到“{sec.heading}”一节。")
                continue
            if sec.key == "s1" and lead:
                body = (lead + "\n" + body).strip() if body else lead
            doc.sections[sec.key] = body
        if lead and "s1" not in sections:
            doc.sections["s1"] = lead
        found = [s.number for s in doc.spec.sections if s.key in sections]
        if found:
            self.add("info", "找到的章节：" + "、".join(found))
        return sections, lead

    def note_blank_cells(self, table_keys) -> None:
        """Report the blank cells of the tables that were read (unless already reported) and count cells."""
        doc = self.doc
        reported = {c for n in self.notes if n.level in ("missing", "ambiguous") for c in n.cells}
        for t in doc.spec.tables:
            if t.key not in table_keys:
                continue
            unreported = [c for c in t.cells if doc.value(c.id).is_blank and c.id not in reported]
            if unreported:
                names = "、".join(c.name for c in unreported[:6]) + ("等" if len(unreported) > 6 else "")
                self.add("missing", f"{t.name}有 {len(unreported)} 个单元格在原文中没有数字，已留空：{names}。",
                         [c.id for c in unreported], kind="blanked")
        self.cells_found = sum(1 for c in doc.spec.cells if not doc.value(c).is_blank)
        self.cells_missing = len(doc.spec.cells) - self.cells_found

    def summary(self) -> str:
        """A short Chinese summary for dialogs and the CLI."""
        return (f"从“{self.source}”导入（{self.doc.spec.name}，{self.doc.meta.year or '年度未知'}）："
                f"读取 {self.cells_found} 个单元格，{self.cells_missing} 个未找到；"
                f"{sum(1 for n in self.notes if n.level == 'ambiguous')} 处存疑。")


def traditional_note(res: ImportResult, count: int) -> None:
    """The import report says the text was read in simplified characters (core.text.simplify_traditional)."""
    if count:
        res.add("info", f"原文为繁体字（{count} 个繁体字），已换成简体字后识别；导入的正文也是简体字，"
                        "如需繁体请在导入后自行改回。")


def lookalike_note(res: ImportResult, count: int) -> None:
    """The import report names the look-alike characters replaced (core.text.unify_lookalikes)."""
    if count:
        res.add("info", f"原文中有 {count} 个部首或兼容汉字（如“⼀”“⼈”，多见于从 PDF 复制的文字），"
                        "已换成外观相同的通用汉字。")
