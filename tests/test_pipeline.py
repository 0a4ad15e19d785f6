"""The pipeline, where the layers meet: refreshing a kept article is a conditional GET, and
a 304 keeps the copy the library has."""

from __future__ import annotations

from tui_reader.library import open_library
from tui_reader.pipeline import open_for_reading, refresh_article

PAGE = "<html><head><title>{t}</title></head><body><article><p>{p}</p></article></body></html>"
BODY = "The harbour trust met on Tuesday to discuss the new quay and its costs. " * 5


def test_refresh_sends_the_validators_and_a_304_keeps_the_copy(http_server, tmp_path):
    store = open_library(tmp_path)
    state = {"etag": '"v1"', "title": "First"}

    def route(h):
        if h.headers.get("If-None-Match") == state["etag"]:
            return 304, {"ETag": state["etag"]}, b""
        page = PAGE.format(t=state["title"], p=BODY)
        return 200, {"Content-Type": "text/html", "ETag": state["etag"]}, page.encode()

    http_server.routes["/a"] = route
    url = http_server.url("/a")
    opened = open_for_reading(url, store)
    assert opened is not None and opened.article.title == "First"

    stored, changed = refresh_article(store, url)
    assert not changed and stored.article.title == "First"
    assert http_server.hits[-1][1].get("If-None-Match") == '"v1"'

    state.update(etag='"v2"', title="Second")
    stored, changed = refresh_article(store, url)
    assert changed and stored.article.title == "Second"
    assert store.count() == 1
