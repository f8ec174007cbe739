"""For the reviewing office (政务公开办): check a folder of units' reports, write a summary
workbook, and consolidate the units' tables into one report. Imports no Qt.
"""

from .batch import KEY_FIGURES, BatchResult, UnitResult, Unreadable, check_folder, check_paths, collect_files
from .merge import MergeError, consolidation_units, is_consolidated, merge_reports
from .summary import write_summary_xlsx

__all__ = ["KEY_FIGURES", "BatchResult", "UnitResult", "Unreadable", "check_folder", "check_paths", "collect_files",
           "MergeError", "merge_reports", "is_consolidated", "consolidation_units", "write_summary_xlsx"]
