"""Operational errors (never used for problems in the report's data: those are findings)."""

from __future__ import annotations


class GkdeskError(Exception):
    """Base class. The message is Chinese and shown to the user as is."""


class SpecError(GkdeskError):
    """The format description (formats.toml) is inconsistent: a programming error."""


class LoadError(GkdeskError):
    """A report file could not be read. `problems` lists every reason found."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = list(problems)
        super().__init__(f"无法打开“{path}”：" + "；".join(self.problems))


class SaveError(GkdeskError):
    """A report file could not be written; the previous file is left intact."""


class ChangedOnDiskError(SaveError):
    """The file on disk is no longer the one last opened or saved (compare-and-swap failed)."""


class ExportError(GkdeskError):
    """An export (DOCX/XLSX) failed, e.g. because of a broken template."""


class ImportError_(GkdeskError):
    """A published report could not be imported."""
