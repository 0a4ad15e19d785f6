"""Words and patterns the entity rules apply: titles, kinds of places and organisations,
short forms, and a few names so common in the news that they are facts worth knowing."""

from __future__ import annotations

import re

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "WORK_OF_ART": "WORK",
    "LAW": "WORK",
    "PRODUCT": "WORK",
    "LANGUAGE": "OTHER",
}


TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary
    gov governor sen senator rep representative gen general col colonel capt captain lt
    sgt judge justice mayor chancellor king queen prince princess pope rev reverend
    father chief ceo chairman chairwoman speaker sheikh ayatollah coach officer
    spokesman spokeswoman spokesperson director adm admiral maj major st saint state
    foreign deputy acting former u.s. house senate attorney commissioner leader editor
    professor analyst lawmaker cleric cmdr cmdr. amb ambassador sgt. pvt cpl spc rabbi
    imam bishop archbishop defenseman forward goalie quarterback manager owner founder
    superintendent councillor councilor councilman councilwoman alderman assemblyman
    assemblywoman congressman congresswoman mp rep. sen. gov. dr. mr. mrs. ms. lt. gen.
    col. capt. maj. adm. prof. rev. pres premier dean host treasurer executive operating
    financial
    """.split()
)


# Last words of the names of competitions and races ("Davis Cup", "US Open", "Super Bowl").
EVENT_WORDS = frozenset(
    """
    cup open championship championships olympics paralympics finals tournament marathon
    bowl derby prix
    """.split()
)


# Days and months: capitalised words next to a name that are never part of it.
CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """.split()
)


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


# Time zones, as a clock time is given in news ("0100 GMT", "8 p.m. ET"): after a time
# they name no organisation.
TIME_ZONES = frozenset(
    """
    GMT UTC BST CET CEST EET EEST WET MSK IST JST KST HKT SGT AEST AEDT ACST AWST NZST
    NZDT ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST
    """.split()
)
_CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "noon", "midnight"}


def after_a_clock_time(prev) -> bool:
    """Whether a token is the end of a clock time ("0100", "8 p.m.")."""
    return prev.like_num or prev.lower_ in _CLOCK_WORDS


ORG_WORDS = frozenset(
    """
    forces force army party group ministry department council committee company corp
    corporation inc ltd llc co association union brigade brigades front movement agency
    university college institute bank court commission organization organisation
    foundation hezbollah hamas taliban news press times post journal network media
    images reuters police navy guard coalition board office service services authority
    administration team club fund league federation church school hospital center centre
    society productions records studios entertainment resistance congress parliament
    assembly senate house
    """.split()
)


PLACE_AFTER = frozenset(
    """
    province city county state region district village town governorate prefecture
    island islands border river valley capital
    """.split()
)


PLACE_KINDS = {"province", "county", "region", "district", "governorate", "prefecture"}


# "the al-Tanf base", "the Rukban camp": a name before one of these words is a site
SITE_AFTER = frozenset(
    """
    base camp crossing airport airbase checkpoint garrison highway bridge dam outpost
    """.split()
)


# "Indiana Statehouse": a name ending in one of these is a building, a place
FACILITY = frozenset("statehouse capitol stadium arena airport plaza square bridge".split())


# Words of both organisations and buildings: with a name the model took for a place
# ("Moscone Center"), they are not evidence of an organisation.
BUILDING_WORDS = frozenset({"center", "centre", "hall"})


# What only a person is, in apposition to a name: "Eswar Prasad, a trade professor at
# Cornell" ("leader", "executive" and the like describe companies too).
PERSON_ROLES = frozenset(
    """
    professor economist analyst lawyer attorney researcher scientist historian strategist
    consultant spokesman spokeswoman spokesperson student teacher doctor physician nurse
    author writer novelist journalist reporter columnist resident activist senator
    congressman congresswoman lawmaker politician diplomat father mother son daughter
    husband wife brother sister widow veteran retiree pastor priest rabbi imam
    """.split()
)


# "Sabres center Casey Mittelstadt", "Hamas fighters": a one-word name before a role
# held in an organisation names that organisation, not a person
ROLE_AFTER = frozenset(
    """
    coach captain center centre defenseman forward goalie goaltender winger striker
    midfielder pitcher quarterback spokesman spokeswoman spokesperson official officials
    fighters militants leader leaders commander commanders executive executives chairman
    founder employees staff players fans
    """.split()
)


# Organisations so often in the news that their names are facts worth knowing: the small
# model takes some of them for people or places ("posted on Twitter").
KNOWN_ORGS = frozenset(
    """
    Twitter Facebook Instagram YouTube TikTok WhatsApp Snapchat Reddit LinkedIn Netflix
    Spotify Google Microsoft Apple Meta Uber Lyft Tesla SpaceX OpenAI Nvidia Intel
    Samsung Huawei Boeing Airbus Disney Walmart Pfizer Moderna Politico Axios Bloomberg
    CNN BBC NPR PBS MSNBC CNBC Reuters Gallup BuzzFeed HuffPost Hulu
    """.split()
)


GROUP_BEFORE = re.compile(
    r"\b(?:group|militia|company|organi[sz]ation|party|team|firm|label|band|network|"
    r"agency|outlet|newspaper|startup|brand|club|union|association|charity)\s*,?\s*$"
)


# Standard short forms of a few names so common that articles use either (facts).
# Names of one country or body, full name first: facts, not guesses.
EQUIVALENT_NAMES = (
    ("United States", "U.S.", "US", "USA", "U.S.A."),
    ("United Kingdom", "U.K.", "UK", "Britain", "Great Britain"),
    ("United Nations", "U.N.", "UN"),
    ("European Union", "E.U.", "EU"),
    ("United Arab Emirates", "UAE", "U.A.E."),
    ("Islamic State", "ISIS", "ISIL"),
)
EQUIVALENT = [(names[1], names[0]) for names in EQUIVALENT_NAMES]  # the usual short form


PLACE_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|province|state|capital|county|mayor|governor|outskirts|"
    r"streets|people|residents|citizens)\s+of|\bin|\bnear|\bto|\bfrom|\bacross)\s*$",
    re.I,
)


PLACE_SUFFIX = re.compile(
    r"\s+(?:province|city|county|state|region|district|governorate|prefecture)$", re.I
)


ORG_SUFFIX = re.compile(r"\s+(?:news|inc\.?|corp\.?|co\.?|ltd\.?|llc|group)$", re.I)


NAME_PARTICLES = re.compile(
    r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd|van|von|de|da|di|du|le|la)[-\s]", re.I
)


PRONOUN_LIKE = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}


FURNITURE = {"getty", "photo", "image", "video", "copyright", "advertisement", "share"}


STOP_INITIALS = frozenset(
    """
    of the and for in on to a an & de la
    """.split()
)


# Short forms so common that the small model often leaves them untagged (facts, not rules
# for one page): they become mentions wherever they stand as words.
KNOWN_SHORT = {
    "US": "PLACE",
    "U.S.": "PLACE",
    "UK": "PLACE",
    "U.K.": "PLACE",
    "UN": "ORG",
    "U.N.": "ORG",
    "EU": "ORG",
    "E.U.": "ORG",
    "NATO": "ORG",
    # news agencies, often only in photo credits ("POOL/AFP via Getty Images")
    "AFP": "ORG",
    "AP": "ORG",
    "Reuters": "ORG",
    "EPA": "ORG",
    "UPI": "ORG",
}


KNOWN_SHORT_RE = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(k) for k in sorted(KNOWN_SHORT, key=len, reverse=True))
    + r")(?![\w])"
)
