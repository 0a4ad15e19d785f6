"""What page furniture looks like by its words, in general: a lone "Advertisement", a
"Read more: ..." teaser, a byline or dateline at the top, a copyright line at the bottom, a
media player's controls, a headline that only links elsewhere. Shared by the HTML and the
plain-text extractors; the rules that read markup are in ``furniture``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .builder import PendingBlock

_NORM = re.compile(r"[^\w:/]+")
_WORDISH = re.compile(r"\w")
# Whole lines that are page chrome wherever they occur.
_CHROME = {
    "advertisement",
    "advertisements",
    "advertisers",
    # "show more" and "read more" in the web's other languages
    "mehr anzeigen",
    "mehr lesen",
    "weiterlesen",
    "weiter lesen",
    "lire la suite",
    "voir plus",
    "en savoir plus",
    "leer más",
    "ver más",
    "leggi di più",
    "mostra di più",
    "continua a leggere",
    "lees meer",
    "toon meer",
    "czytaj więcej",
    "pokaż więcej",
    "ler mais",
    "ver mais",
    "ad",
    "sponsored",
    "sponsored content",
    "story continues",
    "story continues below",
    "story continues below advertisement",
    "continue reading",
    "continue reading below",
    "article continues below",
    "read more",
    "read more:",
    "see more",
    "show more",
    "load more",
    "more",
    "related",
    "related:",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "recommended",
    "more stories",
    "more from",
    "most popular",
    "most read",
    "trending",
    "trending now",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "comments",
    "comment",
    "view comments",
    "show comments",
    "leave a comment",
    # the prompts and headings of a blog's comment section
    "leave a reply",
    "leave a reply cancel reply",
    "cancel reply",
    "post a comment",
    "add a comment",
    "write a comment",
    "join the discussion",
    "join the conversation",
    "comments are closed",
    "no comments yet",
    "speak your mind",
    "trackbacks",
    "responses",
    "your email address will not be published",
    "the comments to this entry are closed",
    "permalink",
    "pin it",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "back to top",
    "top",  # "[Top]", "^ Top": the link back up the page
    "close",
    "menu",
    "search",
    "listen",
    "listen to this article",
    "play",
    "pause",
    "play video",
    "watch",
    "watch:",
    "watch video",
    "video",
    "image",
    "photo",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "show caption",
    "next up:",
    "play live radio",
    "live radio",
    "available on air stations",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "register",
    "follow us",
    "newsletter",
    "click here",
    "loading",
    "loading...",
    "opens in new window",
    "jump to",
    "expand",
    "collapse",
    "get the app",
    "download the app",
    "donate",
    "support us",
    "supported by",
    "audio",
    "transcript",
    "open in app",
    "advert",
    "adverts",
    "like this",
    "like this:",
    "like loading",
    "you may also like",
    "you might also like",
    "more on this story",
    "more on this topic",
    "top stories",
    "editor s picks",
    "what to read next",
    "recommended for you",
    "read next",
    # the same boxes in the web's other languages
    "empfohlene beiträge",
    "ähnliche beiträge",
    "ähnliche artikel",
    "verwandte artikel",
    "weitere artikel",
    "das könnte sie auch interessieren",
    "artículos relacionados",
    "noticias relacionadas",
    "te puede interesar",
    "articles similaires",
    "sur le même sujet",
    "articoli correlati",
    "potrebbe interessarti anche",
    "artigos relacionados",
    "notícias relacionadas",
    "gerelateerde artikelen",
    "auch interessant",
    "mehr themen",
    "zum weiterlesen",
    "über den autor",
    "zurück",
    "anzeige",
    "werbung",
    "reklama",
    "publicidad",
    "publicité",
    "pubblicità",
}
_CHROME_PATTERNS = (
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*/?\s*)+$",  # media player clock "0:00 0:00"
    r"^(?:read|see|watch|listen)\s+(?:more|also|next|now)\b.{0,120}$",
    r"^(?:related|more|also read|recommended|trending|popular|more on this)\s*:.{0,150}$",
    r"^(?:sign[ -]?up|subscribe|register)\b.{0,160}"
    r"(?:newsletter|inbox|email|free|here|now|today)",
    r"^(?:follow|like)\s+(?:us|\w+(?:\s+\w+)?)\s+on\s+(?:twitter|facebook|instagram|x|"
    r"linkedin|tiktok|threads|bluesky).{0,80}$",
    r"^(?:copyright|\(c\)|©)\s*(?:©\s*)?(?:\d{4}|[a-z])",
    r"\ball rights reserved\b",
    r"^(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*:.{0,120}$",
    r"^(?:this (?:article|story) (?:was|has been|is)\s.{0,40}"
    r"(?:updated|corrected|published|originally|amended))",
    r"^(?:we use cookies|this site uses cookies|by using this site)",
    r"^(?:click|tap) (?:here|to)\b.{0,100}$",
    # a comment section's count: "12 Comments", "One Response to "...", "Comments (3)"
    r"^(?:\d+|no|one|two|three|four|five)\s+(?:comments?|responses?|replies)"
    r"(?:\s+(?:so far|yet|to\s+[\"“‘'«].{1,100}))?\W*$",
    r"^(?:\d+|one|two|three|four|five)\s+thoughts? on\s+[\"“‘'«].{1,100}$",
    r"^comments?\s*\(\d+\)$",
    # a post's filing line, as a blog engine prints it under the post: "Posted in: Life |",
    # "This entry was posted on Monday ... and filed under Life.", "TrackBack URL for ..."
    r"^(?:posted|published|filed) (?:in|under)\s*:?\s+[^.!?]{1,150}$",
    r"^this entry was (?:posted|filed)\b",
    r"^trackback url\b",
    r"^continue reading\b.{0,60}$",
    r"^(?:if you (?:enjoyed|liked) this (?:article|post)|don'?t miss a (?:post|thing))\b.{0,160}"
    r"(?:subscribe|email|updates|newsletter)",
    # a skip link, bracketed or not: "[Skip to navigation]", "Skip to main content"
    r"^\W*skip to (?:the )?(?:main |primary )?(?:content|navigation|menu|search|footer)\W*$",
    r"^(?:your|this) browser does not support",
    r"^(?:to see more, visit|for more (?:news|stories),? visit)",
    r"^(?:share|send) (?:this|on|via)\b.{0,60}$",
    r"^(?:advertisement|ad)\s*[-–—:]",
    r"^you (?:may|might|will) (?:also )?(?:like|enjoy|be interested)\b.{0,60}$",
    # CMS shortcodes that leaked into the page ("[caption id=...]"): a lower-case name; a
    # bracketed note to readers opens with a capital ("[Kentucky Space readers, ...]")
    r"^\[/?(?-i:[a-z_]+)(?:\s[^\]]*)?\]",
    r"^(?:also on|also read|read also|more from)\s+\S+.{0,160}$",
    # the same in the other languages of the web: "Lea también: ...", "Lesen Sie auch"
    r"^(?:lea también|lee también|(?:también )?(?:le|te) puede interesar|lesen sie auch|"
    r"lies auch|mehr zum thema|das könnte (?:sie|dich) auch interessieren|(?:à )?lire aussi|"
    r"a lire aussi|leggi anche|leia também|veja também|lees ook|zie ook|czytaj (?:też|także))"
    r"\b.{0,160}$",
    r"^like this (?:story|article|post)\b",
    r"\b(?:can|may) be reached (?:at|by|on)\b.{0,160}$",
    r"^have a (?:news )?tip\b",
    r"^(?:related|tags?|topics?|filed under|categor(?:y|ies)|see also)\b[\w\s']{0,20}:",
    # a short last sentence that sends the reader away, not a long one that mentions it
    r"(?:^|[.!?]\s)[^.!?]{0,80}\bclick here\b[^.!?]{0,60}[.!?]?$",
    r"\bsign up\b.{0,80}\b(?:newsletter|inbox)\b.{0,80}$",
    r"^(?:updated|posted|published)\s+(?:at|on)\s+\d{1,2}[:.]\d{2}.{0,20}$",
    # a blog engine's line under a post: "Filed under bill clinton, warner bros." ("This
    # entry was posted in ..." too, but Dragnet's and CleanEval's truth keep that one)
    r"^filed under\s.{0,120}$",
    # the same furniture in the web's other languages, each a kind seen on many sites:
    # "see also" teasers, "follow us", app and newsletter promotions, paywall notices,
    # bare labels, blog-engine footers, button labels, media availability
    r"^(?:vea también|véase también|siehe auch|schon gelesen|weitere beiträge(?: aus| zum)?|"
    r"das thema könnte (?:dich|sie) auch interessieren)\b.{0,160}$",
    r"^(?:mire|puedes ver|lesen sie hier|auch lesen|dowiedz się więcej)\s*:.{0,160}$",
    r"^(?:síguenos|siguenos|folgen sie uns|folge uns|suivez-nous|seguici|volg ons)\b.{0,200}$",
    r"^(?:for the latest .{0,80})?download (?:the|our) .{0,60}\bapps?\b.{0,60}$",
    r"^get the latest news .{0,60}\bapp\b.{0,20}$",
    r"^(?:submit (?:your|a) letter to the editor|we want to hear what you think about this)\b",
    r"^(?:to view the full story, please subscribe|if you(?:'|’)re seeing this message but "
    r"you(?:'|’)re already a subscriber|sie sind aktuell nicht eingeloggt)",
    r"^(?:kontakt|weitere informationen|zusatzinformationen|quellenangaben|release date|"
    r"ansprechpartner(?:in)?(?: zum thema)?)\s*:?$",
    r"^erstellt am\b.{0,160}\babgelegt unter\b",
    r"^gefällt mir\b.{0,30}$",
    r"^\(?(?:noch )?keine (?:bewertungen|kommentare)\)?.{0,80}$",
    r"^(?:rezept drucken|bild anzeigen|dieses skript als pdf herunterladen)\b.{0,40}$",
    r"^(?:mit unserem )?newsletter\b.{0,60}$",
    r"^.{0,60}\bnewsletter (?:abonnieren|anmelden)\b.{0,60}$",
    r"^(?:video|audio|sendung) verfügbar bis\b.{0,30}$",
    # the reader poll and share prompt under a post: "Was this article helpful?"
    r"^(?:was this (?:article|story|post|page|answer) (?:helpful|useful)|did you (?:find|like) "
    r"this (?:article|story|post)|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)"
    r"|(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen"
    r"|cet article vous a-t-il été utile|¿(?:te|le) (?:ha resultado|fue) útil)\b.{0,40}$",
)
# Matched once at the line's start, not tried at every position as one alternation would.
_AT_START = re.compile("|".join(f"(?:{p})" for p in _CHROME_PATTERNS if p.startswith("^")), re.I)
_ANYWHERE = re.compile(
    "|".join(f"(?:{p})" for p in _CHROME_PATTERNS if not p.startswith("^")), re.I
)
# Each pattern of _ANYWHERE needs one of these words: a substring test rules most lines out.
_ANYWHERE_KEYS = ("rights reserved", "be reached", "click here", "sign up")
_CREDIT = re.compile(
    r"(?:\b(?:via|for)\s+(?:getty|ap|reuters|afp|shutterstock|epa|bloomberg)\b"
    r"|getty images|shutterstock|/\s*(?:ap|afp|reuters|epa|getty)\b|\bap photo\b"
    r"|^(?:photo|image|credit|source)s?\s*(?:by)?\s*:|\(photo\b|^\(?(?:ap|afp|reuters)\)?$"
    r"|^(?:foto|fotos|bild|titelbild|beitragsbild|bildquelle|crédits? photos?)\s*:"
    r"|\bphoto(?:graph)?(?:s)?\s+by\b|\bphoto\s*:|\bcredit\s*:|\bimage\s*:)",
    re.I,
)
_BYLINE = re.compile(
    # the lead words in any case ("By", "BY"), the name with a capital
    r"^(?i:by|written by|reporting by|words by|story by|von|par)\s+[A-Z\u00c0-\u024f]"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|first published|modified)\s*:?\s*"
    # or any one word and a colon ("Aktualisiert: 11.04.2020"), but a correction's
    # date heads its text
    rf"|(?!correction|clarification)[^\W\d_]+\s*:\s*(?=\d{{1,2}}\.\s?\d))?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:(?<=:)|(?<=:\s))\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}})"
    rf"(?:\s*(?:,|at|/|\||-|–)?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*[a-z]{{0,4}})?\.?$",
    re.I,
)
# "Updated 4:30 p.m. ET": a timestamp with no date, said as one.
_TIMESTAMP = re.compile(
    r"^(?:published|updated|posted|last updated|modified)\s*:?\s*"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,4}\.?$",
    re.I,
)
_READ_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)\s*read$|^reading time", re.I)


# Two or more short bracketed labels and nothing else.
_BRACKETED_MENU = re.compile(r"^(?:\[[^\]]{1,30}\]\s*(?:[|·•]\s*)?){2,}$")


def normalise_line(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def is_chrome_line(text: str) -> bool:
    """A line that is page or player chrome wherever it stands."""
    line = text.strip()
    if not line:
        return True
    if len(line) > 300:  # a paragraph: chrome only if it has no word at all
        return not _WORDISH.search(line)
    norm = normalise_line(line)
    if norm in _CHROME or norm.rstrip(":") in _CHROME:
        return True
    if _BRACKETED_MENU.match(line):
        return True  # "[Home] [Information] [Search]": an old page's menu of links
    if not norm:  # punctuation only: bullets, separators
        return True
    if _AT_START.match(line) or _READ_TIME.match(line):
        return True
    lower = line.lower()
    return any(k in lower for k in _ANYWHERE_KEYS) and bool(_ANYWHERE.search(line))


def is_credit_line(text: str) -> bool:
    """A photo or agency credit: short, names an agency or says photo/credit."""
    line = text.strip()
    return (
        len(line.split()) <= 12
        and not line.endswith((".", "?", "!", '"', "”"))
        and bool(_CREDIT.search(line))
    ) or (len(line.split()) <= 8 and bool(re.match(r"^(?:photo|image)s?\s*(?:by|:)", line, re.I)))


def is_byline(text: str) -> bool:
    line = text.strip()
    return len(line.split()) <= 14 and bool(_BYLINE.match(line))


def is_dateline(text: str) -> bool:
    line = text.strip()
    return len(line) <= 80 and bool(_DATELINE.match(line) or _TIMESTAMP.match(line))


def is_furniture_block(block: PendingBlock, index: int, count: int, meta: Any = None) -> bool:
    """Whether a block of the chosen content is furniture rather than story."""
    text = block.plain
    if block.kind == "code":
        return False
    if is_chrome_line(text):
        return True
    edge = index < 4 or index >= count - 3
    if edge and ((is_byline(text) and _shown(text, meta)) or is_dateline(text)):
        return True
    if block.kind in ("paragraph", "figure") and is_credit_line(text):
        return True
    if block.kind in ("paragraph", "list_item") and _is_teaser(block):
        return True
    if block.alt and _filler_alt(text, meta):
        return True
    byline = getattr(meta, "byline", None)
    return bool(edge and byline and normalise_line(text) == normalise_line(byline))


def _shown(line: str, meta: Any) -> bool:
    """Whether the header already names someone a byline line names (it shows the page's
    byline): the line then only repeats it; otherwise it is the one place the writer is
    named, and stays."""
    byline = getattr(meta, "byline", None)
    if not byline:
        return False
    names = {w for w in _NAME_WORD.findall(byline.lower())}
    return any(w in names for w in _NAME_WORD.findall(line.lower()))


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


# A headline this short can be a description's words by chance.
TITLE_IN_FIGURE_WORDS = 4


def _filler_alt(text: str, meta: Any) -> bool:
    """Whether an image's alt text is the page's headline with more words around it: filler
    a blog engine writes into every image's alt text ("Living Room4 Spacious Modern Home
    ..."), not a description of the picture. An image described by the headline alone is
    the story's lead picture and stays."""
    title = getattr(meta, "title", None)
    if not title or len(title.split()) < TITLE_IN_FIGURE_WORDS:
        return False
    line, said = f" {normalise_line(text)} ", f" {normalise_line(title)} "
    return said in line and line != said


# A linked sentence that only sends the reader elsewhere: "Back to the guide."
_SENDS_AWAY = re.compile(r"(?:return|back|click|go|see|view|read|continue|comments?)\b", re.I)


def _is_teaser(block: PendingBlock) -> bool:
    """A short block that is all link: a headline pointing at another story."""
    total = linked = 0
    for run in block.runs:
        n = len(run.text.strip())
        total += n
        if run.href:
            linked += n
    if not total or linked < 0.9 * total:
        return False
    text = block.plain.strip()
    if text.endswith(".") and not text.endswith("..") and not _SENDS_AWAY.match(text):
        return False  # a sentence that links somewhere: a headline has no full stop
    words = text.split()
    return 3 <= len(words) <= 25
