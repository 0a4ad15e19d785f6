"""Where a block of extracted text sits on the page it came from."""

from __future__ import annotations

from lxml import html as lxml_html

# Words in a row that tie a block to the page's text.
TIE_WORDS = 5


def holding(page: lxml_html.HtmlElement, text: str) -> lxml_html.HtmlElement | None:
    """The first element of the page whose own text starts with a run of ``TIE_WORDS``
    words of ``text`` (a paragraph's text may start after a link or a bold word)."""
    words = text.split()
    runs = {tuple(words[i : i + TIE_WORDS]) for i in range(len(words) - TIE_WORDS + 1)}
    if not runs:
        return None
    for piece in page.xpath("//body//text()"):
        said = tuple(piece.split()[:TIE_WORDS])
        if len(said) == TIE_WORDS and said in runs:
            return piece.getparent()
    return None
