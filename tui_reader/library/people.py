"""People, organisations and places across the library: each article's entities linked to
one identity when the article's analysis is kept, and queried by identity.

A person is found by family name, then by a given name that can be the same person's (Tim
and Timothy); a bare family name ("Mr. Trump") joins the one person of that name the library
knows, and stays apart when it knows several (namesakes are not merged). Organisations and
places are found by any form of their name seen before ("RNLI", "The RNLI")."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ..model import Analysis, Entity
from ..people import form_key, person_parts, same_first
from .db import Database

LINKED_TYPES = ("PERSON", "ORG", "PLACE")


@dataclass(frozen=True)
class Identity:
    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: int
    quotes: int
    last_seen: float | None = None


@dataclass(frozen=True)
class SaidQuote:
    article_id: int
    title: str
    site: str | None
    published: str | None
    text: str
    kind: str
    start: int
    speaker: str | None


def _person_identity(db: sqlite3.Connection, entity: Entity) -> int:
    forms = (entity.name, *entity.aliases)
    first, last = person_parts(entity.name)
    for form in forms:  # the fullest form the article has
        f, lst = person_parts(form)
        if f and not first:
            first, last = f, lst
    rows = db.execute(
        "SELECT id, first FROM identities WHERE type='PERSON' AND last=?", (last,)
    ).fetchall()
    if first:
        for row in rows:
            if same_first(first, row[1]):
                return int(row[0])
        cur = db.execute(
            "INSERT INTO identities (type, name, first, last) VALUES ('PERSON', ?, ?, ?)",
            (entity.name, first, last),
        )
        return int(cur.lastrowid)
    full = [r for r in rows if r[1]]
    if len(full) == 1:  # "Mr. Trump", and the library knows one Trump
        return int(full[0][0])
    bare = [r for r in rows if not r[1]]
    if bare:
        return int(bare[0][0])
    cur = db.execute(
        "INSERT INTO identities (type, name, first, last) VALUES ('PERSON', ?, '', ?)",
        (entity.name, last),
    )
    return int(cur.lastrowid)


def _named_identity(db: sqlite3.Connection, entity: Entity) -> int:
    """An organisation or place by any form of its name. When one article's entity names
    two identities ("United States" and, as its alias, "US"), the article says they are one:
    they are merged into the older."""
    keys = [k for k in (form_key(entity.type, f) for f in (entity.name, *entity.aliases)) if k]
    marks = ",".join("?" for _ in keys)
    found = (
        [
            int(r[0])
            for r in db.execute(
                "SELECT DISTINCT f.identity_id FROM identity_forms f "
                "JOIN identities i ON i.id = f.identity_id "
                f"WHERE f.key IN ({marks}) AND i.type=? ORDER BY f.identity_id",
                (*keys, entity.type),
            )
        ]
        if keys
        else []
    )
    if not found:
        cur = db.execute(
            "INSERT INTO identities (type, name) VALUES (?, ?)", (entity.type, entity.name)
        )
        return int(cur.lastrowid)
    keep, *others = found
    for other in others:
        _merge(db, keep, other)
    return keep


def _merge(db: sqlite3.Connection, keep: int, other: int, *, pin: bool = False) -> None:
    """Identity ``other`` becomes ``keep``: its forms, entities and quotes move over."""
    db.execute(
        "INSERT OR IGNORE INTO identity_forms (identity_id, form, key) "
        "SELECT ?, form, key FROM identity_forms WHERE identity_id=?",
        (keep, other),
    )
    if pin:  # the reader said so: every form of ``other`` is ``keep``'s from now on
        db.execute(
            "INSERT OR REPLACE INTO identity_pins (type, form, identity_id) "
            "SELECT i.type, f.form, ? FROM identity_forms f JOIN identities i "
            "ON i.id = f.identity_id WHERE f.identity_id=?",
            (keep, other),
        )
    db.execute("UPDATE identity_pins SET identity_id=? WHERE identity_id=?", (keep, other))
    db.execute("UPDATE entities SET identity_id=? WHERE identity_id=?", (keep, other))
    db.execute("UPDATE quotes SET identity_id=? WHERE identity_id=?", (keep, other))
    db.execute("DELETE FROM identities WHERE id=?", (other,))


def link_entity(db: sqlite3.Connection, entity: Entity) -> int | None:
    """The identity of one article's entity (made when new), with its forms recorded. A
    form the reader pinned (by a merge or a split) goes where they said."""
    if entity.type not in LINKED_TYPES:
        return None
    pinned = db.execute(
        "SELECT identity_id FROM identity_pins WHERE type=? AND form=?", (entity.type, entity.name)
    ).fetchone()
    if pinned:
        identity = int(pinned[0])
    elif entity.type == "PERSON":
        identity = _person_identity(db, entity)
    else:
        identity = _named_identity(db, entity)
    db.executemany(
        "INSERT OR IGNORE INTO identity_forms (identity_id, form, key) VALUES (?, ?, ?)",
        [(identity, f, form_key(entity.type, f)) for f in (entity.name, *entity.aliases)],
    )
    # the fullest name seen becomes the identity's name (a name the reader chose stays)
    db.execute(
        "UPDATE identities SET name=? WHERE id=? AND length(name) < length(?)",
        (entity.name, identity, entity.name),
    )
    return identity


class PeopleStore(Database):
    """Identities and what they said, in the same database as the articles."""

    def _link_analysis(self, db: sqlite3.Connection, article_id: int, analysis: Analysis) -> None:
        """Rows for the article's entities and quotes, each linked to its identity."""
        db.execute("DELETE FROM entities WHERE article_id=?", (article_id,))
        db.execute("DELETE FROM quotes WHERE article_id=?", (article_id,))
        by_entity: dict[str, int | None] = {}
        for e in analysis.entities:
            identity = link_entity(db, e)
            by_entity[e.id] = identity
            db.execute(
                "INSERT INTO entities (article_id, name, type, aliases, mentions, identity_id) "
                "VALUES (?,?,?,?,?,?)",
                (article_id, e.name, e.type, "\n".join(e.aliases), len(e.mentions), identity),
            )
        db.executemany(
            "INSERT INTO quotes (article_id, speaker, text, kind, start, identity_id) "
            "VALUES (?,?,?,?,?,?)",
            [
                (article_id, q.speaker, q.text, q.kind, q.start, by_entity.get(q.speaker_id or ""))
                for q in analysis.quotes
            ],
        )

    def relink(self) -> int:
        """Link the entities of articles kept before identities existed (a library from
        before schema 4): how many articles were linked. Nothing to do costs one query."""
        from ..model import analysis_from_json

        marks = ",".join("?" for _ in LINKED_TYPES)
        rows = self._read(
            "SELECT DISTINCT e.article_id, a.analysis_json, a.analyzer FROM entities e "
            "JOIN articles a ON a.id = e.article_id "
            f"WHERE e.identity_id IS NULL AND e.type IN ({marks}) AND a.analysis_json IS NOT NULL",
            LINKED_TYPES,
        )
        if not rows or self.read_only:
            return 0
        with self._write() as db:
            for article_id, analysis_json, analyzer in rows:
                analysis = analysis_from_json(json.loads(analysis_json), analyzer or "")
                self._link_analysis(db, article_id, analysis)
        return len(rows)

    def people(
        self, kind: str | None = None, order: str = "recent", *, identity_id: int | None = None
    ) -> list[Identity]:
        """Identities named in at least one article, with their forms and counts."""
        conditions, params = [], []
        if kind:
            conditions.append("i.type=?")
            params.append(kind)
        if identity_id is not None:
            conditions.append("i.id=?")
            params.append(identity_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        by = {
            "recent": "last_seen DESC",
            "quoted": "quotes DESC",
            "name": "i.name COLLATE NOCASE",
        }.get(order, "last_seen DESC")
        rows = self._read(
            "SELECT i.id, i.name, i.type, "
            "(SELECT group_concat(form, char(10)) FROM identity_forms WHERE identity_id=i.id), "
            "(SELECT COUNT(DISTINCT article_id) FROM entities WHERE identity_id=i.id) AS arts, "
            "(SELECT COUNT(*) FROM quotes WHERE identity_id=i.id) AS quotes, "
            "(SELECT MAX(COALESCE(a.last_opened, a.added)) FROM entities e "
            " JOIN articles a ON a.id = e.article_id WHERE e.identity_id=i.id) AS last_seen "
            f"FROM identities i {where} ORDER BY {by}, i.id",
            params,
        )
        return [
            Identity(
                r[0],
                r[1],
                r[2],
                tuple(x for x in (r[3] or "").split("\n") if x != r[1]),
                r[4],
                r[5],
                r[6],
            )
            for r in rows
            if r[4]
        ]

    def identities_named(self, name: str) -> list[int]:
        """The identities one of whose forms is ``name`` (any case), or, for a person's
        name, that the name can be (a family name; a given name and a family name)."""
        ids = [
            int(r[0])
            for r in self._read(
                "SELECT DISTINCT identity_id FROM identity_forms WHERE form = ? COLLATE NOCASE",
                (name.strip(),),
            )
        ]
        if ids:
            return ids
        first, last = person_parts(name)
        rows = self._read(
            "SELECT id, first FROM identities WHERE type='PERSON' AND last=?", (last,)
        )
        return [int(r[0]) for r in rows if not first or same_first(first, r[1])]

    def quotes_of(self, identity_ids: list[int]) -> list[SaidQuote]:
        if not identity_ids:
            return []
        marks = ",".join("?" for _ in identity_ids)
        rows = self._read(
            "SELECT q.article_id, COALESCE(a.title, a.source), a.site, a.published, q.text, "
            "q.kind, q.start, q.speaker FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.identity_id IN ({marks}) "
            "ORDER BY COALESCE(a.published, '') DESC, a.added DESC, q.start",
            identity_ids,
        )
        return [SaidQuote(*r) for r in rows]

    def identity(self, identity_id: int) -> Identity | None:
        found = self.people(identity_id=identity_id)
        return found[0] if found else None

    def identity_of(self, article_id: int, name: str, kind: str) -> int | None:
        """The identity one article's entity was linked to."""
        rows = self._read(
            "SELECT identity_id FROM entities WHERE article_id=? AND name=? AND type=? "
            "AND identity_id IS NOT NULL LIMIT 1",
            (article_id, name, kind),
        )
        return int(rows[0][0]) if rows else None

    def weeks_in_the_news(self, identity_id: int) -> list[int]:
        """Articles naming the identity per week, from the library's first week to its
        last (a date from the article, else when it was kept)."""
        span = self._read(
            "SELECT MIN(COALESCE(strftime('%s', published), added)), "
            "MAX(COALESCE(strftime('%s', published), added)) FROM articles"
        )[0]
        if span[0] is None:
            return []
        start = int(float(span[0]))
        weeks = int((float(span[1]) - start) // 604_800) + 1
        counts = [0] * max(1, min(weeks, 520))
        for (when,) in self._read(
            "SELECT DISTINCT COALESCE(strftime('%s', a.published), a.added) FROM entities e "
            "JOIN articles a ON a.id = e.article_id WHERE e.identity_id=?",
            (identity_id,),
        ):
            index = int((float(when) - start) // 604_800)
            counts[max(0, min(index, len(counts) - 1))] += 1
        return counts

    def outlets(self, identity_id: int) -> list[tuple[str, int]]:
        """The sites that quoted the identity, most quotes first."""
        rows = self._read(
            "SELECT COALESCE(a.site, '(no site)'), COUNT(*) FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.identity_id=? "
            "GROUP BY 1 ORDER BY 2 DESC, 1",
            (identity_id,),
        )
        return [(r[0], int(r[1])) for r in rows]

    def articles_naming(self, identity_ids: list[int]) -> list[tuple[int, str, str | None, str]]:
        """(id, title, site, the names it used) of every article naming the identities,
        most recently read first."""
        if not identity_ids:
            return []
        marks = ",".join("?" for _ in identity_ids)
        rows = self._read(
            "SELECT a.id, COALESCE(a.title, a.source), a.site, group_concat(DISTINCT e.name) "
            "FROM entities e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.identity_id IN ({marks}) GROUP BY a.id "
            "ORDER BY COALESCE(a.last_opened, a.added) DESC",
            identity_ids,
        )
        return [(int(r[0]), r[1], r[2], r[3] or "") for r in rows]

    def merge_identities(self, keep: int, other: int) -> None:
        """The reader says ``other`` is ``keep``: merged now, and kept so after re-analysis."""
        if keep == other:
            return
        with self._write() as db:
            _merge(db, keep, other, pin=True)

    def split_identity(self, identity_id: int, form: str) -> int | None:
        """The reader says ``form`` is someone else: a new identity takes the entities and
        quotes that used that form, now and after re-analysis. None when no such form."""
        with self._write() as db:
            row = db.execute(
                "SELECT type FROM identities i JOIN identity_forms f ON f.identity_id = i.id "
                "WHERE i.id=? AND f.form=?",
                (identity_id, form),
            ).fetchone()
            if row is None:
                return None
            kind = row[0]
            person = person_parts(form) if kind == "PERSON" else ("", "")
            new = int(
                db.execute(
                    "INSERT INTO identities (type, name, first, last) VALUES (?, ?, ?, ?)",
                    (kind, form, *person),
                ).lastrowid
            )
            db.execute(
                "UPDATE identity_forms SET identity_id=? WHERE identity_id=? AND form=?",
                (new, identity_id, form),
            )
            db.execute(
                "UPDATE entities SET identity_id=? WHERE identity_id=? AND name=?",
                (new, identity_id, form),
            )
            db.execute(
                "UPDATE quotes SET identity_id=? WHERE identity_id=? AND speaker=?",
                (new, identity_id, form),
            )
            db.execute(
                "INSERT OR REPLACE INTO identity_pins (type, form, identity_id) VALUES (?, ?, ?)",
                (kind, form, new),
            )
            return new
