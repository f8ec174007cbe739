import gc
import sys

# The start creates some 30,000 objects that all live on: cycle collections while importing only
# cost time (~10 ms of a window's start). gkdesk.cli.main turns the collector back on: at once
# for a command, after the first frame for the window.
gc.disable()

from .cli import main  # noqa: E402

sys.exit(main())
