"""People, organisations and places across articles: the rules that say two names in two
stories are one identity (titles, nicknames, company suffixes) and keep namesakes apart."""

from __future__ import annotations

from .names import form_key, person_parts, same_first

__all__ = ["form_key", "person_parts", "same_first"]
