"""OPML, the subscription lists feed readers trade: read (folders become tags) and written.

Real OPML files are often not well-formed (a raw ``&`` in a title): they are read with
libxml2's recovery, so one bad character does not lose the list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from ..extract.clean import clean_inline, clean_url


@dataclass(frozen=True)
class Outline:
    url: str
    title: str
    tags: tuple[str, ...]


class OpmlError(Exception):
    """The file is no OPML list."""


def read_opml(data: bytes) -> list[Outline]:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"is not OPML ({exc})") from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise OpmlError("is not OPML (no <opml> element)")
    found: list[Outline] = []
    seen: set[str] = set()

    def walk(node, folders: tuple[str, ...]) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag.lower() != "outline":
                continue
            title = clean_inline(child.get("title") or child.get("text") or "")
            url = clean_url(child.get("xmlUrl") or child.get("xmlurl") or "")
            if url:
                if url not in seen:
                    seen.add(url)
                    found.append(Outline(url, title, folders))
            elif len(child):  # a folder
                walk(child, (*folders, title) if title else folders)

    body = next((c for c in root if isinstance(c.tag, str) and c.tag.lower() == "body"), None)
    walk(body if body is not None else root, ())
    return found


def write_opml(feeds: Iterable[tuple[str, str, tuple[str, ...]]], title: str) -> str:
    """OPML 2.0 of (url, title, tags): a feed goes in the folder of its first tag."""
    folders: dict[str, list[str]] = {}
    for url, name, tags in feeds:
        line = (
            f'<outline type="rss" text={quoteattr(name)} title={quoteattr(name)} '
            f"xmlUrl={quoteattr(url)}/>"
        )
        folders.setdefault(tags[0] if tags else "", []).append(line)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{quoteattr(title)[1:-1]}</title></head>",
        "  <body>",
    ]
    for line in folders.pop("", []):
        out.append(f"    {line}")
    for folder, lines in folders.items():
        out.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
        out.extend(f"      {line}" for line in lines)
        out.append("    </outline>")
    out += ["  </body>", "</opml>"]
    return "\n".join(out) + "\n"
