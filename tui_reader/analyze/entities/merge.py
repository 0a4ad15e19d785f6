"""Mentions to entities: group by key, fold suffixes, acronyms, surnames and first names
into the full name, then name each entity and list its aliases."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ...model import Entity
from .forms import family_word, initials, is_acronym, key, strip_article, surname
from .group import Group
from .lexicon import (
    EQUIVALENT,
    EQUIVALENT_NAMES,
    LABELS,
    NAME_PARTICLES,
    ORG_SUFFIX,
    ORG_WORDS,
    PLACE_SUFFIX,
    PRONOUN_LIKE,
)
from .mentions import Mention
from .recall import complete_names, drop_common_words, find_missed
from .teams import fold_team_cities, type_teams
from .votes import context_type


def merge(mentions: Iterable[Mention], text: str) -> list[Entity]:
    groups: dict[str, Group] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        k = key(m.text)
        if not k:
            continue
        groups.setdefault(k, Group()).add(m)

    type_teams(groups)
    fold_team_cities(groups)

    def fold(small: str, big: str) -> None:
        if small in groups and big in groups and small != big:
            groups[big].absorb(groups.pop(small))

    # "al-Anbar province" -> "al-Anbar", "NPR News" -> "NPR": a generic suffix.
    # (a place suffix only for places: "Islamic State" is not a state of "Islamic")
    for k in list(groups):
        for pattern, kinds in ((PLACE_SUFFIX, {"PLACE"}), (ORG_SUFFIX, {"ORG", "PLACE"})):
            base = pattern.sub("", k)
            if base != k and base in groups and groups[k].type in kinds:
                fold(k, base)
                break

    # "Intelligence Committee" is the "House Intelligence Committee" named again.
    for k in sorted(groups, key=len):
        if k not in groups or groups[k].type not in ("ORG", "PLACE"):
            continue
        longer = [  # "Walt Disney Co." names "Disney" too: the suffix aside
            f
            for f in groups
            if f != k
            and (f.endswith(" " + k) or ORG_SUFFIX.sub("", f).endswith(" " + k))
            and groups[f].type in ("ORG", "PLACE")
        ]
        if len(longer) == 1 and (" " in k or groups[k].type == groups[longer[0]].type):
            fold(k, longer[0])
    # "Syrian" and "Syrians", "Republican" and "Republicans": one people or party, named
    # in the singular and the plural (people keep theirs: "Adam" is not "Adams").
    for k in list(groups):
        for plural in (k + "s", k + "es"):
            pair = (groups.get(k), groups.get(plural))
            if None not in pair and "PERSON" not in (pair[0].type, pair[1].type):
                fold(plural, k)
    for names in EQUIVALENT_NAMES:  # "Britain" and "UK" are one country
        present = [key(n) for n in names if key(n) in groups]
        for other in present[1:]:
            fold(other, present[0])
    # Acronyms: "Popular Mobilization Forces (PMF)" in the text, or matching initials.
    for m in re.finditer(
        r"([A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|for|de|la|al|el))+)"
        r"\s*\(([A-Z][A-Za-z.&]{1,9})\)",
        text,
    ):
        short, long = m.group(2), key(m.group(1))
        if not is_acronym(short):
            continue
        # the long form may be known under a longer key it was folded into
        owner = next(
            (k for k in groups if long == k or long in {key(f) for f in groups[k].forms}), None
        )
        if owner is None:
            continue
        if key(short) in groups:
            fold(key(short), owner)
        else:  # the model missed the acronym: it is a form to look for
            groups[owner].forms[short] += 0
    # The other way round: "DACA (Deferred Action for Childhood Arrivals)". The long form,
    # often left untagged, is a form of the acronym's entity, to be found in the text.
    for m in re.finditer(r"\b([A-Z][A-Za-z.&]{1,9})\s*\(([A-Z][^()\n]{4,80})\)", text):
        short, long = m.group(1), m.group(2).strip()
        if is_acronym(short) and key(short) in groups and initials(long) == short.upper():
            if key(long) in groups:
                fold(key(long), key(short))
            else:
                groups[key(short)].forms[long] += 0
    _fold_glosses(groups, text)
    acronyms = [k for k in groups if any(is_acronym(f) for f in groups[k].forms)]
    for a in acronyms:
        target = a.replace(" ", "").upper()
        if any(f.endswith("s") and is_acronym(f[:-1]) for f in groups[a].forms):
            target = target[:-1]  # "the AMAs": the American Music Awards
        matches = [
            k
            for k in groups
            if k != a
            and not any(is_acronym(f) for f in groups[k].forms)
            and any(" " in f and initials(key(f)) == target for f in groups[k].forms)
        ]
        if len(matches) == 1:
            fold(a, matches[0])

    complete_names(groups, text)
    full_people = [k for k in groups if " " in k and groups[k].type == "PERSON"]
    surnames = {surname(f) for f in full_people}
    # A first name alone ("investigate Joe and Hunter Biden") joins the one full name
    # that starts with it, before surnames are shared out by who is named most.
    for k in list(groups):
        if k in groups and " " not in k and groups[k].type == "PERSON" and k not in surnames:
            starts = [f for f in full_people if f in groups and f.split()[0] == k]
            if len(starts) == 1:
                fold(k, starts[0])
    _fold_families(groups, full_people, fold)
    # Surnames and partial names join the full name they belong to.
    for k in list(groups):
        if k not in groups or " " in k:
            continue
        short = NAME_PARTICLES.sub("", k)
        candidates = [
            f
            for f in full_people
            if f in groups
            and (surname(f) == short or NAME_PARTICLES.sub("", f.split()[-1]) == short)
        ]
        if not candidates and groups[k].type == "PERSON":
            # "Rudolph", a person, and "Mason Rudolph", which the model called something
            # else: a name-shaped full form whose last word this is
            candidates = [f for f in _name_shaped(groups) if surname(f) == short]
        if len(candidates) == 1:
            fold(k, candidates[0])
        elif len(candidates) > 1:  # two people share a surname: the most mentioned one
            fold(k, max(candidates, key=lambda f: len(groups[f].mentions)))
    # One surname spelt two ways, one the other with a doubled ending ("Zelensky",
    # "Zelenskyy"): the same person.
    people = [k for k in groups if groups[k].type == "PERSON"]
    for a_key in people:
        for b_key in people:
            if a_key in groups and b_key in groups and a_key != b_key:
                a_last, b_last = a_key.split()[-1], b_key.split()[-1]
                if (
                    len(a_last) >= 6
                    and b_last.startswith(a_last)
                    and len(b_last) - len(a_last) == 1
                    and b_last[-1] == a_last[-1]
                ):
                    if len(a_key) >= len(b_key):
                        fold(b_key, a_key)
                    else:
                        fold(a_key, b_key)
    # A first name alone ("Joe") joins the one full name that starts with it.
    for k in list(groups):
        if k not in groups or " " in k or groups[k].type != "PERSON":
            continue
        starts = [f for f in full_people if f in groups and f.split()[0] == k]
        if len(starts) == 1:
            fold(k, starts[0])
    # A multi-word partial name ("Mohammed al-Sudani") inside a longer one.
    for k in sorted(groups, key=len):
        if k not in groups or groups[k].type != "PERSON" or " " not in k:
            continue
        longer = [
            f
            for f in full_people
            if f in groups and f != k and len(f) > len(k) and set(k.split()) <= set(f.split())
        ]
        if len(longer) == 1:
            fold(k, longer[0])

    find_missed(groups, text)
    drop_common_words(groups, text)
    return _entities(groups)


def _fold_families(groups: dict[str, Group], full_people: list[str], fold) -> None:
    """ "The Clintons", "the Bushes": a family called by its surname in the plural joins the
    person of that surname named most (the model calls a family an organisation or a
    place)."""
    for k in list(groups):
        if " " in k or not k.endswith("s") or groups[k].type == "PERSON":
            continue
        if not all(m.before.endswith("the") for m in groups[k].mentions):
            continue
        stems = {k[:-1], k[:-2]} if k.endswith("es") else {k[:-1]}
        people = [f for f in full_people if f in groups and surname(f) in stems]
        if people:
            fold(k, max(people, key=lambda f: len(groups[f].mentions)))


def _name_shaped(groups: dict[str, Group]) -> list[str]:
    """Keys of groups, not people or places, that look like a person's full name: two or
    three capitalised words, none of them a word of organisations."""
    out = []
    for k, g in groups.items():
        if g.type in ("PERSON", "PLACE") or not 2 <= len(k.split()) <= 3:
            continue
        words = [w for f in g.forms for w in f.split()]
        if all(w[:1].isupper() and w.lower().strip(".,") not in ORG_WORDS for w in words):
            out.append(k)
    return out


def _name(g: Group, etype: str) -> str:
    forms = list(g.forms)
    if etype == "PERSON":
        return max(forms, key=lambda f: (len(f.split()), g.forms[f], len(f)))
    expansions = [f for f in forms if " " in f and not f.isupper()]
    if any(is_acronym(f) for f in forms) and expansions:
        return max(expansions, key=lambda f: (g.forms[f], len(f)))
    return max(forms, key=lambda f: (g.forms[f], -abs(len(f.split()) - 2), len(f)))


def _entities(groups: dict[str, Group]) -> list[Entity]:
    ranked = sorted(groups.values(), key=lambda g: (-len(g.mentions), g.first))
    # A surname shared by two people is nobody's alias.
    owners: dict[str, list[Group]] = defaultdict(list)
    for g in ranked:
        for f in g.forms:
            if " " in f:
                owners[key(family_word(f))].append(g)
    surname_taken = {k: v[0] for k, v in owners.items() if len({id(x) for x in v}) == 1}
    surname_taken.update({k: None for k, v in owners.items() if len({id(x) for x in v}) > 1})
    out: list[Entity] = []
    for i, g in enumerate(ranked, 1):
        etype = context_type(g)
        name = strip_article(_name(g, etype))
        aliases = []
        # every surface form the article uses, case variants too ("BAGHDAD")
        seen = {key(name)}
        exact = {name}
        for form, _n in g.forms.most_common():
            form = strip_article(form)
            if form not in exact:
                exact.add(form)
                seen.add(key(form))
                aliases.append(form)
        extra = [m.titled for m in g.mentions if m.titled]
        if etype == "PLACE" and PLACE_SUFFIX.search(name):
            extra.append(PLACE_SUFFIX.sub("", name))  # "al-Anbar province" -> "al-Anbar"
        if etype == "PERSON" and len(name.split()) > 1:
            last = family_word(name)
            extra.append(last)
            bare = NAME_PARTICLES.sub("", last)
            if bare != last and len(bare) > 2:
                extra.append(bare[:1].upper() + bare[1:])
        for short, long in EQUIVALENT:
            if key(name) in (key(short), key(long)):
                extra += [short, long]
        for form in extra:
            if key(form) in PRONOUN_LIKE:
                continue  # "Liu He": a family name first leaves "He", which is no alias
            if key(form) not in seen and surname_taken.get(key(form), g) is g:
                seen.add(key(form))
                aliases.append(form)
        mentions = tuple(sorted({(m.start, m.end) for m in g.mentions}))
        out.append(Entity(f"e{i}", name, etype, tuple(aliases), mentions))
    return out


# A name, perhaps in quotation marks, then another in brackets: '"Caja Magica" (Magic Box)',
# "Hamas (Islamic Resistance Movement)". The second is the first translated or spelt out.
_GLOSSED = re.compile(
    r"([A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|and|for|de|la|al|el))*)[\"”’]?"
    r"\s*\(([A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|for))+)\)"
)
_NOT_GLOSSES = {
    frozenset({"PLACE", "ORG"}),
    frozenset({"PLACE"}),
    frozenset({"PERSON", "ORG"}),  # "Roger Ailes (Fox News Chairman)": a role
    frozenset({"PERSON", "PLACE"}),  # "John Smith (Texas)": where he is from
}


def _fold_glosses(groups: dict[str, Group], text: str) -> None:
    """Fold a bracketed gloss of two or more capitalised words into the name it follows.
    A place and an organisation are never one ("LONDON (Thomson Reuters Foundation)"),
    nor two places ("Paris (France)"), nor a person and either; the gloss takes the
    name's type."""
    for m in _GLOSSED.finditer(text):
        name, gloss = key(m.group(1)), key(m.group(2))
        if name == gloss or name not in groups or gloss not in groups:
            continue
        types = {LABELS.get(groups[n].type, groups[n].type) for n in (name, gloss)}
        if frozenset(types) in _NOT_GLOSSES:
            continue
        groups[name].absorb(groups.pop(gloss), votes=False)
