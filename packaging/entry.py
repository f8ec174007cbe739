"""Frozen entry point: the same `gkdesk` command as `python -m gkdesk` (window or subcommands)."""

import multiprocessing
import sys

from gkdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
