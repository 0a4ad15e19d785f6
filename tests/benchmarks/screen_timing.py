"""How long a screen takes from being pushed to its first rows on screen (headless)."""

from __future__ import annotations

import time

from textual.screen import Screen


async def first_rows(app, make_screen, rounds: int = 3) -> float:
    """The best of ``rounds`` times from pushing ``make_screen()`` to the first loaded row
    of its ArticleTable."""
    from tui_reader.ui.widgets.article_table import ArticleTable

    times = []
    async with app.run_test(size=(140, 42)) as pilot:
        await pilot.pause(0.2)
        for _ in range(rounds):
            screen: Screen = make_screen()
            t0 = time.perf_counter()
            app.push_screen(screen)
            while True:
                await pilot.pause(0.005)
                tables = screen.query(ArticleTable) if app.screen is screen else []
                if tables and tables.first().loaded_count:
                    break
            times.append(time.perf_counter() - t0)
            app.pop_screen()
            await pilot.pause(0.1)
    return min(times)
