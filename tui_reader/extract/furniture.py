"""What page furniture looks like by its markup, in general: rules, not a list of one
site's strings. Node rules read an element's class, id, role and tag (a share bar is
``class="share-tools"`` on every site that has one); what a line's own words give away
is in ``chrome``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .words import count_words

# Class/id words that mark furniture. Matched against whole words of the attribute, so
# "share" matches "share-bar" and "article__share" but not "shareholder". The last lines:
# the commonest of them as German, French, Spanish, Italian and Dutch pages name them.
_NODE_WORDS = frozenset(
    """
    share sharing sharebar shares social socials sociallinks related recommended
    recommendations readmore morestories trending popular mostpopular newsletter
    newsletters signup subscribe subscription promo promotion advert advertisement ad
    ads adslot dfp sponsor sponsored outbrain taboola comments comment disqus breadcrumb
    breadcrumbs tags tag toolbar tools popup modal cookie cookies paywall meter print
    byline bylines author authors dateline timestamp published updated credit credits
    caption captions figcaption video player playlist gallery slideshow widget nav
    navigation menu footer masthead sidebar rail aside banner follow email hidden
    visually sronly screenreader offscreen skip jump toc pagination pager next prev
    previous inline newsletterbox teaser teasers card cards bio contributor rollover
    tooltip popover hovercard lightbox
    kommentar kommentare werbung anzeige teilen verwandte commentaire commentaires
    publicite partager comentario comentarios publicidad compartir relacionados commenti
    pubblicita condividi correlati reacties
    """.split()
)
# Words that override a match: the node is the story itself.
_KEEP_WORDS = {"article", "body", "content", "story", "post", "entry", "text", "main"}
# "inline" alone is no reason to drop; it only counts beside another furniture word.
_WEAK_WORDS = frozenset(
    """
    inline card cards tools tag next visually jump email published updated author
    authors video player hidden widget sidebar rail banner print
    """.split()
)
# Words that mark furniture even on a node that also says "article" or "body".
_STRONG_WORDS = frozenset(
    """
    share sharing sharebar social related recommended newsletter signup promo advert
    advertisement ad ads outbrain taboola comments breadcrumb breadcrumbs byline caption
    credit dateline timestamp tags paywall kommentar kommentare werbung teilen verwandte
    commentaire commentaires publicite partager comentario comentarios publicidad compartir
    relacionados commenti pubblicita condividi correlati reacties
    """.split()
)
_ROLES = {
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "dialog",
    "alert",
    "search",
    "menu",
    "toolbar",
}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


# Taxonomy classes a blog engine puts on a post ("tag-social-media", "category-video"):
# their words are the post's topics, not what the node is.
_TAXONOMY = re.compile(r"(?<!\S)(?:tag|category)-\S*")


def _singular(word: str) -> str:
    """A class word without a plural's "s" ("cards" is "card")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _words(value: str) -> set[str]:
    value = _CAMEL.sub(" ", _TAXONOMY.sub(" ", value))
    return {w for w in _SPLIT.split(value.lower()) if w}


# A box about the writer: an author word beside a word for a box of information.
_AUTHOR_WORDS = frozenset({"author", "authors", "autor", "auteur", "writer"})
_BOX_WORDS = frozenset({"box", "info", "about", "profile", "desc", "description", "card"})

# A notice to readers of old browsers: a browser word beside a word for a notice.
_BROWSER_WORDS = frozenset({"browser", "browsers", "ie", "oldie", "oldbrowser"})
_NOTICE_WORDS = frozenset(
    {"update", "upgrade", "outdated", "old", "unsupported", "warning", "notice", "overlay"}
)
_UPGRADE_WORDS = frozenset({"browserupgrade", "browserupdate", "outdatedbrowser", "chromeframe"})


# What an attribute string says, before the node's contents are looked at.
_NOT, _FURNITURE, _UNLESS_EMBED, _UNLESS_PROSE, _UNLESS_UNLINKED = 0, 1, 2, 3, 4
_CAPTION_WORDS = {"caption", "captions", "figcaption"}
# A caption runs to a sentence or two; a "caption" this long is a slideshow's story.
CAPTION_MAX_WORDS = 60


@lru_cache(maxsize=4096)
def _attribute_verdict(attrs: str) -> int:
    """What class, id and data-component words say (a page repeats the same few strings
    hundreds of times, so each is read once)."""
    words = _words(attrs)
    if words & _AUTHOR_WORDS and words & _BOX_WORDS:
        return _FURNITURE  # "author-box", "about-author": the writer's bio, not the story
    if (words & _BROWSER_WORDS and words & _NOTICE_WORDS) or words & _UPGRADE_WORDS:
        return _FURNITURE  # "IE-overlay", "browser-update": a notice to old browsers
    hits = words & _NODE_WORDS
    if not hits:
        return _NOT
    if hits <= _WEAK_WORDS and len({_singular(w) for w in hits}) < 2:
        return _NOT  # one weak word, however often ("card cards" is one)
    if words & _KEEP_WORDS and not hits & _STRONG_WORDS:
        return _NOT
    if hits <= {"social", "socials", "media"}:
        return _UNLESS_EMBED
    if hits <= {"teaser", "teasers"}:
        return _UNLESS_UNLINKED
    return _UNLESS_PROSE if hits <= _CAPTION_WORDS else _FURNITURE


def is_caption_box(el: Any) -> bool:
    """Whether an element is a caption's box by its class ("wp-caption", "photo-caption"),
    short as captions are."""
    attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
    return (
        bool(attrs)
        and _attribute_verdict(attrs) == _UNLESS_PROSE
        and len(el.text_content().split()) <= CAPTION_MAX_WORDS
    )


def is_furniture_node(el: Any) -> bool:
    """Whether an element is furniture by its class, id, role or a footer's tag (and is
    not the story)."""
    role = el.get("role")
    if role and role.lower() in _ROLES:
        return True
    # a heading's id is an anchor made of its own words ("nav_nur_die_folie"), not a role
    ident = None if el.tag in _HEADINGS else el.get("id")
    attrs = " ".join(filter(None, (el.get("class"), ident, el.get("data-component"))))
    if el.tag == "footer":  # a story's footer: its tags, share links, "filed under"
        return not _big(el)
    if not attrs:
        return False
    verdict = _attribute_verdict(attrs)
    if verdict == _NOT:
        return False
    if verdict == _UNLESS_EMBED and el.find(".//blockquote") is not None:
        return False  # an embedded post ("social-media-embed"), not a share bar
    if verdict == _UNLESS_PROSE and len(el.text_content().split()) > CAPTION_MAX_WORDS:
        return False
    if verdict == _UNLESS_UNLINKED and _unlinked_prose(el):
        return False  # "article-teaser": the story's own lead, not a link to another story
    if _OVERLAY_CLASSES.intersection((el.get("class") or "").split()):
        return True  # a dialog over the page is never its story, however long
    # A big node is the story, whatever it is called ("article-body share-enabled").
    return not _big(el)


# Class names and ids of the column beside a story and of the banner above it, whole:
# "sidebar-wrapper" and "elementor-widget" are layouts that hold the story itself.
_BESIDE_NAMES = frozenset({"sidebar", "widget", "aside", "header", "masthead", "banner"})
_BESIDE_ROLES = frozenset({"complementary", "banner"})


def beside_story(el: Any) -> bool:
    """Whether an element sits in the column beside the story or in the banner above it
    (``<aside>``, a complementary or banner role, a box named "sidebar", "widget" or
    "header"), not in the story's own column."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            break
        if node.tag == "aside" or (node.get("role") or "").lower() in _BESIDE_ROLES:
            return True
        names = {*(node.get("class") or "").lower().split(), (node.get("id") or "").lower()}
        if names & _BESIDE_NAMES:
            return True
    return False


def _unlinked_prose(el: Any) -> bool:
    """A sentence or more of text with no link in it."""
    text = el.text_content()
    return count_words(text) >= 12 and not any(a.text_content().strip() for a in el.iter("a"))


# A table cell with this much text, little of it in links, is the page's prose: an old
# page laid out in a table breaks its text with <br>, and has no <p> to count.
BIG_UNLINKED_CHARS = 3000
BIG_LINK_SHARE = 0.25
_LAYOUT_TAGS = frozenset({"table", "tbody", "tr", "td"})


def _big(el: Any) -> bool:
    size = len(el.text_content())
    if size <= 1500:
        return False
    if el.xpath("count(.//p)") >= 3:
        return True
    if size <= BIG_UNLINKED_CHARS or el.tag not in _LAYOUT_TAGS:
        return False
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return linked < BIG_LINK_SHARE * size


# Class names of a box shown over the page on demand, whole ("modal", as frameworks name
# their dialogs; not "popup-enabled" on a story's body).
_OVERLAY_CLASSES = frozenset({"modal", "popup"})
