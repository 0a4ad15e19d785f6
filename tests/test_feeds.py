"""Feeds: every format and oddity, written here; `feeds show` against a local server."""

from __future__ import annotations

import gzip
import json

import pytest

from tui_reader.feeds import FeedError, feed_links, parse_feed, plain

RSS2 = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour &amp; Town</title><link>https://news.example/</link>
<item><title>Bridge &lt;b&gt;closed&lt;/b&gt;</title><link>https://news.example/bridge</link>
<guid isPermaLink="false">b-1</guid><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
<author>ana@news.example (Ana Ruiz)</author>
<description>&lt;p&gt;The council &lt;i&gt;voted&lt;/i&gt; on Tuesday.&lt;/p&gt;</description>
</item>
<item><title>No link here</title><description>Just text.</description></item>
</channel></rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF news</title><link>https://news.example/</link></channel>
<item rdf:about="https://news.example/a"><title>First</title><link>https://news.example/a</link>
<dc:date>2026-11-20T08:00:00Z</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/">
<title type="html">The &lt;em&gt;Blog&lt;/em&gt;</title><link href="/"/>
<entry><title type="html">Harbour &amp;amp; wall</title><link href="wall.html"/><id>tag:blog,1</id>
<updated>2026-11-21T09:30:00+01:00</updated><author><name>Ana Ruiz</name></author>
<summary type="html">&lt;p&gt;A &lt;a href="x"&gt;long&lt;/a&gt; story.&lt;/p&gt;</summary></entry>
</feed>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON news",
        "home_page_url": "https://json.example/",
        "feed_url": "https://json.example/feed.json",
        "items": [
            {
                "id": "1",
                "url": "posts/one",
                "title": "One",
                "content_html": "<p>Hello <b>there</b></p>",
                "date_published": "2026-11-22T10:00:00Z",
                "authors": [{"name": "Ana Ruiz"}],
            },
            {"id": "2", "content_text": "A title-less note."},
        ],
    }
).encode()


def test_rss2_items_are_plain_text_with_stable_identities() -> None:
    feed = parse_feed(RSS2, url="https://news.example/rss")
    assert feed.title == "Harbour & Town"
    first, second = feed.items
    assert (first.id, first.title, first.url) == (
        "b-1",
        "Bridge closed",
        "https://news.example/bridge",
    )
    assert first.published == "2026-11-24T10:00:00Z"
    assert first.summary == "The council voted on Tuesday."
    assert first.author and "Ana Ruiz" in first.author
    assert second.url is None and second.id.startswith("title:")
    assert parse_feed(RSS2).items[1].id == second.id  # the same item, the same identity


def test_rss1_rdf_is_read() -> None:
    feed = parse_feed(RSS1)
    assert feed.title == "RDF news"
    assert [i.url for i in feed.items] == ["https://news.example/a"]
    assert feed.items[0].published == "2026-11-20T08:00:00Z"


def test_atom_resolves_xml_base_and_shows_html_as_text() -> None:
    feed = parse_feed(ATOM, url="https://blog.example/atom.xml")
    assert feed.title == "The Blog"
    item = feed.items[0]
    assert item.url == "https://blog.example/posts/wall.html"
    assert item.title == "Harbour & wall"
    assert item.summary == "A long story."
    assert item.published == "2026-11-21T08:30:00Z"
    assert item.author == "Ana Ruiz"


def test_json_feed_resolves_links_against_the_feed() -> None:
    feed = parse_feed(JSON_FEED, url="https://json.example/feed.json")
    assert feed.title == "JSON news" and feed.link == "https://json.example/"
    one, two = feed.items
    assert one.url == "https://json.example/posts/one"
    assert one.summary == "Hello there" and one.author == "Ana Ruiz"
    assert two.title == "(untitled)" and two.summary == "A title-less note."


def test_a_malformed_feed_keeps_the_items_it_could_read() -> None:
    broken = RSS2.replace(b"<title>No link here</title>", b"<title>Fish & chips</title>")
    feed = parse_feed(broken)
    assert feed.warning and "malformed" in feed.warning
    assert feed.items[0].title == "Bridge closed"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"<html><head><title>A page</title></head><body><p>Hi</p></body></html>", "not a feed"),
        (b'{"not": "a feed"}', "not a JSON Feed"),
        (b"{damaged", "damaged JSON"),
        (b"", "not a feed"),
    ],
)
def test_what_is_no_feed_says_so(data: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        parse_feed(data)


def test_an_empty_feed_is_a_feed_with_no_items() -> None:
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert feed.title == "Quiet" and feed.items == ()


def test_dates_in_odd_formats_or_none() -> None:
    odd = RSS2.replace(b"Tue, 24 Nov 2026 10:00:00 GMT", b"2026-11-24 10:00")
    assert parse_feed(odd).items[0].published == "2026-11-24T10:00:00Z"
    none = RSS2.replace(b"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>", b"")
    assert parse_feed(none).items[0].published is None


def test_plain_turns_html_into_one_line() -> None:
    assert plain("<p>One &amp; <b>two</b></p>\n<p>three</p>") == "One & two three"
    assert plain("x " * 50, 10).endswith("…")


def test_a_page_names_its_feeds() -> None:
    page = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        b'<link rel="alternate" type="application/atom+xml" href="https://x.example/atom">'
        b'<link rel="stylesheet" href="/s.css"></head><body></body></html>'
    )
    assert feed_links(page, "https://x.example/news/") == [
        "https://x.example/rss",
        "https://x.example/atom",
    ]


# --- `feeds show` --------------------------------------------------------------------


def test_feeds_show_reads_files_and_urls_and_says_what_failed(run_cli, http_server, tmp_path):
    path = tmp_path / "f.xml"
    path.write_bytes(RSS2)
    url = http_server.page("/atom", ATOM, ctype="application/atom+xml")
    r = run_cli("feeds", "show", str(path), url, str(tmp_path / "missing.xml"))
    assert r.code == 1
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["title"] for row in rows] == ["Harbour & Town", "The Blog"]
    assert set(rows[0]) == {"source", "title", "link", "items"}
    assert set(rows[0]["items"][0]) == {"id", "title", "url", "published", "author", "summary"}
    assert r.err.strip() == f"tui-reader: {tmp_path / 'missing.xml'}: no such file"


def test_feeds_show_finds_a_sites_feed_from_its_page(run_cli, http_server):
    http_server.page("/rss", RSS2, ctype="application/rss+xml")
    site = http_server.page(
        "/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        "</head><body>Home</body></html>",
    )
    r = run_cli("feeds", "show", site)
    assert r.code == 0 and json.loads(r.out)["title"] == "Harbour & Town"


def test_feeds_show_falls_back_to_the_usual_paths(run_cli, http_server):
    http_server.page("/feed", RSS2, ctype="text/xml")
    site = http_server.page("/", "<html><head></head><body>No feed named</body></html>")
    r = run_cli("feeds", "show", site)
    assert r.code == 0 and json.loads(r.out)["title"] == "Harbour & Town"


def test_feeds_show_refuses_what_is_too_big_a_bomb_or_a_login_page(run_cli, http_server):
    big = http_server.page("/big", b"<rss>" + b" " * (11 * 1024 * 1024), ctype="text/xml")
    bomb = http_server.page(
        "/bomb",
        gzip.compress(b"<rss>" + b"a" * (40 * 1024 * 1024)),
        ctype="text/xml",
        headers={"Content-Encoding": "gzip"},
    )
    login = http_server.page("/login", "<html><body><form>Sign in</form></body></html>")
    moved = http_server.page("/old-feed", b"", status=302, headers={"Location": login})
    r = run_cli("feeds", "show", big, bomb, moved)
    assert r.code == 1 and r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 3
    assert "too large" in lines[0] and "too large" in lines[1]
    assert "names no feed" in lines[2]
