"""Errors of extraction."""


class ExtractionError(Exception):
    """The page holds nothing that reads as an article."""
