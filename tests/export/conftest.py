"""Fixtures for the export tests: the 2021 example and a fully filled 2019 document."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gkdesk.core.commands import EditCells, EditMeta, EditSection
from gkdesk.core.document import Document


def filled_document(fmt: str) -> Document:
    """Every entered cell a distinct number (signed cells negative, amounts with decimals); totals auto."""
    doc = Document(fmt)
    updates: dict[str, object] = {}
    n = 1
    for cid, c in doc.spec.cells.items():
        if c.derived:
            continue
        if c.kind == "amount":
            updates[cid] = str(Decimal(n) + Decimal("0.1234"))
        elif c.kind == "signed":
            updates[cid] = str(-n)
        else:
            updates[cid] = str(n)
        n += 1
    EditCells(updates).apply(doc)
    for name, value in (("agency", "测试县交通运输局"), ("year", 2020), ("date", "2021-01-05"),
                        ("contact", "电话：0000-1234567")):
        EditMeta(name, value).apply(doc)
    texts = {
        "s1": "2020年，本局认真贯彻落实《条例》。\n（一）主动公开。全年主动公开信息100条。\n（二）依申请公开\n普通段落 & <特殊> 字符。",
        "s5": "存在的问题：公开不够及时。",
        "s6": "无。",
    }
    for key, text in texts.items():
        EditSection(key, text).apply(doc)
    return doc


@pytest.fixture
def doc2019() -> Document:
    return filled_document("2019")


@pytest.fixture
def doc2021_filled() -> Document:
    return filled_document("2021")
