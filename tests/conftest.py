import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GKDESK_NO_USER_STATE", "1")  # GUI tests never touch the real user folders

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def example_path() -> Path:
    return ROOT / "resources" / "example-2021.json"


@pytest.fixture
def example_doc(example_path):
    from gkdesk.core import storage

    return storage.load(example_path)
