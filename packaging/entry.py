"""Frozen entry point: the same `gkdesk` command as `python -m gkdesk` (window or subcommands)."""

import gc
import multiprocessing
import sys

gc.disable()  # while gkdesk is imported; gkdesk.cli.main turns it back on (see gkdesk/__main__.py)

from gkdesk.cli import main  # noqa: E402

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
