"""The words of attribution: cue verbs, pronouns, group nouns, and what leads a title."""

from __future__ import annotations

import re

SAYING = frozenset(
    """
    say says said saying tell tells told telling add adds added adding write writes
    wrote writing ask asks asked asking according call calls called calling describe
    describes described describing insist insists insisted insisting warn warns warned
    warning note notes noted noting argue argues argued arguing explain explains
    explained explaining state states stated declare declares declared announce
    announced claim claims claimed tweet tweets tweeted post posted reply replied replies
    replying respond responds responded responding recall recalls recalled acknowledge
    acknowledged admit admits admitted concede conceded continue continued urge urged
    suggest suggested predict
    predicted chant chanted chanting shout shouted shouting yell yelled cry cried
    testify testified comment commented remark remarked observe observed agree agreed
    caution cautioned vow vowed promise promised pledge pledged boast boasted complain
    complained lament lamented joke joked quip quipped condemn condemned denounce
    denounced dismiss dismissed criticize criticized criticise criticised praise praised
    label labeled labelled brand branded accuse accused blast blasted slam slammed hail
    hailed maintain maintained contend contended assert asserted affirm affirmed confirm
    confirmed deny denied reiterate reiterated stress stressed emphasize emphasized
    emphasise emphasised believe believes think thinks thought feel feels felt conclude
    concluded counter countered point pointed put read reads message messaged email
    emailed text texted recount recounted chime chimed plead pleaded demand demanded
    acknowledging admitting urging hope hopes hoped wonder wondered refer referred
    referring characterize characterized dub dubbed term termed cite cited quote quoted
    deem deemed promising announcing claiming declaring introduce introduced introducing
    remember remembered remembers recall
    recalling tweeting answer answers answered press presses pressed interject interjected
    retort retorted proclaim proclaims proclaimed proclaiming
    """.split()
)


def inflections(base: str) -> set[str]:
    """A regular verb's forms: "vow" -> vow, vows, vowed, vowing; a trailing "*" doubles
    the last consonant before -ed and -ing ("quip*" -> quipped, quipping)."""
    double = base.endswith("*")
    base = base.rstrip("*")
    stem = base + base[-1] if double else base
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past, ing = base + "d", (base[:-2] + "ying" if base.endswith("ie") else base[:-1] + "ing")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    return {base, third, past, ing}


# Verbs of judging or promising that carry a few quoted words of the subject's own:
# "mocked Rubio for "having a tough night"", "vowing to "fight for every vote"".
SPEECH_ACTS = frozenset(
    form
    for base in """
    mock decry pledge vow accuse attack portray welcome hammer tout hail praise
    criticize denounce dismiss reject warn urge promise demand question ridicule lambaste
    chide scold fault blame credit thank challenge beam gush exclaim sigh muse scoff
    snap* quip* slam* blast label dub* deride brand lament bemoan applaud
    report assure
    """.split()
    for form in inflections(base)
)


# More verbs of saying, as regular verbs: "Schoen elaborated ...", "she mentioned ...".
MORE_SAYING = frozenset(
    form
    for base in """
    elaborate mention allege disclose reveal confide mutter murmur whisper grumble opine
    speculate clarify repeat reassure protest concur rant sneer hint
    """.split()
    for form in inflections(base)
)


CUES = SAYING | SPEECH_ACTS | MORE_SAYING

# Verbs of opinion: what follows them is a view, not a statement ("Carne thinks the pier
# should stay").
OPINION = frozenset(
    "think thinks thought feel feels felt hope hopes hoped believe believes wonder wondered".split()
)


# Cues that report speech without quotation marks ("X said (that) ...").
INDIRECT_CUES = frozenset(
    """
    say says said tell tells told add added adds according warned warns insisted insists
    argued argues claimed claims noted notes stated announced explained acknowledged
    admitted believes believe
    """.split()
)


PRONOUNS_PERSON = {"he", "she", "i"}


PRONOUNS_GROUP = {"they", "it", "we"}


GROUP_WORDS = frozenset(
    """
    group militia organization organisation company agency ministry party team union
    government department firm network label campaign office administration coalition
    movement club league committee council station outlet paper newspaper magazine
    studio board authority channel pentagon police army military court forces regime
    """.split()
)


# Writings that "say" things for whoever issued them: "an editorial in The Gazette said".
DOCUMENTS = frozenset(
    """
    statement statements editorial editorials report reports study survey poll letter memo
    column op-ed release article post tweet tweets filing complaint lawsuit ruling analysis
    review email emails message blog paper document documents notice
    """.split()
)


TITLE_LEADS = re.compile(
    r"(?:\b(?:film|movie|book|novel|song|album|single|show|series|episode|play|musical|"
    r"article|column|essay|poem|report|podcast|documentary|exhibition|campaign|slogan|"
    r"programme|program|titled|entitled|named|dubbed|nicknamed|hashtag|headline|motto|"
    r"brand|tagline|track|painting|opera|game|app|called)\s*[,:]?\s*)$",
    re.I,
)
