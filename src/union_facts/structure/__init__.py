"""Page structure: title, date, source, view counter, page chrome, headlines."""

from __future__ import annotations

from .layout import Headline, Layout, LayoutReader

__all__ = ["Headline", "Layout", "LayoutReader"]
