"""The one place that finds bundled data: resources/ and templates/ (source tree or frozen build)."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def templates_dir() -> Path:
    return app_root() / "templates"


def example_report() -> Path:
    return resources_dir() / "example-2021.json"


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _udd

    p = Path(_udd("gkdesk", appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def user_cache_dir() -> Path:
    """The user's cache folder for gkdesk (created by whoever writes to it)."""
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd("gkdesk", appauthor=False))
