"""Opening an address in a web browser, and knowing when there is none to open."""

from __future__ import annotations

import webbrowser


def open_in_browser(url: str) -> bool:
    """Open ``url`` in a graphical browser; False when none can be started.

    A console browser (lynx, w3m, www-browser) would take the terminal the reader is
    drawing on, so it does not count.
    """
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # a console browser, run in the foreground
        return False
    try:
        return bool(browser.open(url, new=2))
    except OSError:
        return False
