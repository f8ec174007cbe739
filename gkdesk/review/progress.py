"""A plain text progress bar for the command line (stderr, only when it is a terminal)."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO


class TextProgress:
    """`bar(done, total, path)` redraws at most ten times a second; `clear()` before other output.

    Silent (does nothing) when the stream is not a terminal, so pipes and logs stay clean.
    """

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None, width: int = 30,
                 label: str = "检查中"):
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            try:
                enabled = self.stream.isatty()
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled
        self.width = width
        self.label = label  # what the bar counts ("检查中", "写入汇总表")
        self._last = 0.0
        self._shown = False
        self._line = ""

    def __call__(self, done: int, total: int, path: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1 and self._shown:
            return
        self._last = now
        filled = self.width * done // total
        bar = "#" * filled + "." * (self.width - filled)
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        line = f"{self.label} [{bar}] {done}/{total} {name}"
        cols = shutil.get_terminal_size((80, 20)).columns
        line = line[: max(10, cols - 1)]
        self.stream.write("\r" + line + " " * max(0, len(self._line) - len(line)))
        self.stream.flush()
        self._line = line
        self._shown = True

    def clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r" + " " * len(self._line) + "\r")
            self.stream.flush()
            self._shown = False
            self._last = 0.0

    def redraw_soon(self) -> None:
        self._last = 0.0
