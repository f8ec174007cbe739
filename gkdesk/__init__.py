"""gkdesk: write, check and export the annual report on government information disclosure."""

__version__ = "0.1.0"
