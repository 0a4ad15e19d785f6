"""Which numbers the article claims, and what each one counts.

A scanner (`scan`, over the regular expressions of `patterns`) finds every quantity in digits
or words, with the qualifier that hedges it ("at least 36", "about 2,500"), money, percents,
measures with their unit (`units`), ranges, scores, ages, dates and years; number words are
read by `numbers`. The parse says what is counted (`counted`: "16 fighters" -> fighters,
"seven of the 16 fatalities" -> fatalities). Ordinals and numbers that are part of a name are
left out.
"""

from __future__ import annotations

from .counted import figures_in_chunk, to_figures
from .numbers import word_value
from .scan import RawFigure, scan

__all__ = ["RawFigure", "figures_in_chunk", "scan", "to_figures", "word_value"]
