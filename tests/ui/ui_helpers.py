"""Helpers for driving the app with Pilot."""

from __future__ import annotations

import asyncio
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


async def settle(pilot, predicate, timeout: float = 30.0) -> None:
    """Let workers run until ``predicate()`` holds (analysis loads spaCy: seconds)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.05)
