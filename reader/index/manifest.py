"""The manifest kept beside the index: which files were indexed, as what.

It answers "what changed since the last update" from file stats and hashes,
and keeps the small per-article rows (summaries, entity counts) that the
article list and facets read in one query instead of one Whoosh lookup per article.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reader.index.model import ALIASED_TYPES, ArticleSummary

if TYPE_CHECKING:
    # Imported by `fingerprints` alone: only an update that changed something regroups.
    from reader.index.duplicates import Fingerprint

# (id, path, title, published ISO date, source, the file's mtime in ns when undated,
#  the id leading its group of copies, None when it has none)
ArticleRowTuple = tuple[str, str, str, str | None, str | None, int | None, str | None]
# (article id, start, end, kind, value, value_max, unit, label, shown, text)
FigureRowTuple = tuple[str, int, int, str, float, float | None, str | None, str, str, str]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL, skipped TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, title TEXT NOT NULL,
    published TEXT, source TEXT, entities INTEGER NOT NULL, figures INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
    mentions INTEGER NOT NULL, paragraph_mask INTEGER NOT NULL, figures TEXT NOT NULL,
    PRIMARY KEY (article, type, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_key ON entities (type, key);
CREATE TABLE IF NOT EXISTS entity_totals (
    type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL, PRIMARY KEY (type, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS figures (
    article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL,
    end INTEGER NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL, value_max REAL,
    unit TEXT, label TEXT NOT NULL, shown TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprints (
    article INTEGER PRIMARY KEY, exact TEXT NOT NULL, sketch BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS copies (article_id TEXT PRIMARY KEY, lead TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# Tables whose rows belong to one article, by its number (`articles.n`): an
# integer, not the id (the file's path) repeated in ~35 entity rows per article
# and their index, 30 MB at 20,000 articles.
_ARTICLE_TABLES = ("entities", "figures", "fingerprints")



@dataclass(frozen=True, slots=True)
class FileRecord:
    path: str  # relative to the corpus root, POSIX style
    size: int
    mtime_ns: int
    hash: str
    skipped: str | None = None  # why the loader skipped it


@dataclass(frozen=True, slots=True)
class EntityCount:
    """One entity of one article."""

    type: str
    key: str  # `schema.entity_key` of its name: what searches and filters match
    name: str  # as the article writes it in full
    mentions: int
    # The paragraphs that mention it, as bits (paragraph n sets bit n mod 63): who
    # appears with whom in the same paragraph is one AND in SQL. Past 63 paragraphs
    # two may share a bit, which can only overcount a long article's pairs.
    paragraph_mask: int = 0
    # The article's figures (their `FigureRow.seq`, comma-separated) stated in a
    # sentence that names it: its rows of the figure ledger.
    figures: str = ""


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A figure stated in a sentence that names an entity (the others are not kept)."""

    seq: int  # its number among the article's kept figures
    start: int
    end: int
    kind: str
    value: float
    value_max: float | None
    unit: str | None
    label: str
    shown: str  # as the figures panel writes it ("¥105 bn")
    text: str  # as the article writes it ("105 billion yuan")


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    path: str
    title: str
    published: str | None  # ISO date
    source: str | None
    entities: int
    figures: int
    entity_counts: tuple[EntityCount, ...] = field(default=())
    fingerprint: Fingerprint | None = None  # for finding its copies (`duplicates`)
    figures_named: tuple[FigureRow, ...] = field(default=())


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _fill_wanted(cur: sqlite3.Cursor, article_ids: Iterable[str]) -> None:
    """The temporary table of the article numbers a count is restricted to."""
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (n INTEGER PRIMARY KEY)")
    cur.execute("DELETE FROM wanted")
    cur.executemany("INSERT OR IGNORE INTO wanted SELECT n FROM articles WHERE id = ?",
                    ((i,) for i in article_ids))


def _fill_aliases(cur: sqlite3.Cursor, alias_of: dict[tuple[str, str], str]) -> None:
    """The temporary table of (type, single word, full name's key) a count folds."""
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS alias_pairs"
                " (type TEXT, short TEXT, full TEXT, PRIMARY KEY (type, short))")
    cur.execute("DELETE FROM alias_pairs")
    cur.executemany("INSERT INTO alias_pairs VALUES (?, ?, ?)",
                    [(t, short, full) for (t, short), full in alias_of.items()])


# A column of each table that older layouts lack: entities by paragraph (schema 13),
# rows by article number (schema 15).
_LAYOUT = {"articles": "n", "entities": "paragraph_mask", "figures": "article"}


def _drop_old_layout(db: sqlite3.Connection) -> None:
    """A manifest written in an older layout loses its tables (the format change
    rebuilds every row anyway; `meta` stays to say so) so the new ones can be made."""
    def outdated(table: str, column: str) -> bool:
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        return bool(columns) and column not in columns

    if any(outdated(table, column) for table, column in _LAYOUT.items()):
        with db:
            for table in ("files", "articles", "entity_totals", "copies", "figure_mentions",
                          *_ARTICLE_TABLES):
                db.execute(f"DROP TABLE IF EXISTS {table}")


def _add_entities(db: sqlite3.Connection, n: int, row: ArticleRow) -> None:
    """An article's entities and their figures, and its share of the entity totals.

    The totals (articles and mentions per entity, for the entity browser) are kept
    up to date batch by batch: counting 700,000 entity rows afresh takes seconds.
    """
    db.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(n, e.type, e.key, e.name, e.mentions, e.paragraph_mask, e.figures)
         for e in row.entity_counts],
    )
    db.executemany(
        "INSERT INTO entity_totals (type, key, name, articles, mentions) VALUES (?, ?, ?, 1, ?)"
        " ON CONFLICT (type, key) DO UPDATE SET articles = articles + 1,"
        " mentions = mentions + excluded.mentions",
        [(e.type, e.key, e.name, e.mentions) for e in row.entity_counts],
    )
    db.executemany(
        "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (n, f.seq, f.start, f.end, f.kind, f.value, f.value_max, f.unit, f.label,
             f.shown, f.text)
            for f in row.figures_named
        ],
    )


def _subtract_totals(db: sqlite3.Connection, numbers: Sequence[int]) -> None:
    """Take articles about to be removed (by `articles.n`) out of the entity totals."""
    for n in numbers:
        db.executemany(
            "UPDATE entity_totals SET articles = articles - 1, mentions = mentions - ?"
            " WHERE type = ? AND key = ?",
            db.execute("SELECT mentions, type, key FROM entities WHERE article = ?", (n,)
                       ).fetchall(),
        )
    if numbers:
        db.execute("DELETE FROM entity_totals WHERE articles <= 0")


class Manifest:
    def __init__(self, path: Path) -> None:
        self.path = path
        # One connection shared by the app's threads, so every use takes the lock.
        self.lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        _drop_old_layout(self._db)
        self._db.executescript(_SCHEMA)
        self._db.commit()
        self._alias_rows: list[tuple[str, str, str]] | None = None
        self._known_words: set[str] | None = None  # the vocabulary, read at the first batch

    def close(self) -> None:
        with self.lock:
            self._db.close()

    def get(self, key: str) -> str | None:
        with self.lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None

    def set_meta(self, values: dict[str, str]) -> None:
        with self.lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items()
            )

    def clear(self) -> None:
        """Every row gone, and the file shrunk: SQLite keeps freed pages for reuse, so
        a rebuilt index would otherwise keep its old size on disk as well."""
        with self.lock:
            with self._db:
                for table in ("meta", "files", "articles", "entity_totals", "words", "copies",
                              *_ARTICLE_TABLES):
                    self._db.execute(f"DELETE FROM {table}")
                self._known_words = set()
            with suppress(sqlite3.OperationalError):  # another reader holds it: next time
                self._db.execute("VACUUM")

    def files(self) -> dict[str, FileRecord]:
        with self.lock:
            rows = self._db.execute("SELECT path, size, mtime_ns, hash, skipped FROM files")
            return {r[0]: FileRecord(*r) for r in rows}

    def article_ids(self, paths: Iterable[str]) -> list[str]:
        with self.lock:
            out: list[str] = []
            for path in paths:
                rows = self._db.execute("SELECT id FROM articles WHERE path = ?", (path,))
                out.extend(r[0] for r in rows)
            return out

    def apply(
        self,
        files: Iterable[FileRecord],
        articles: Iterable[ArticleRow],
        removed_paths: Iterable[str],
        meta: dict[str, str] | None = None,
        words: Iterable[str] = (),
    ) -> None:
        """Record one committed batch: new file states, their articles, files gone,
        and the words of its articles (those not yet known join the vocabulary)."""
        files = list(files)
        self._alias_rows = None
        # The lock too: the app reads the list and facets while an update commits.
        with self.lock, self._db:
            for path in [*removed_paths, *(f.path for f in files)]:
                gone = self._db.execute(
                    "SELECT n, id FROM articles WHERE path = ?", (path,)
                ).fetchall()
                _subtract_totals(self._db, [n for n, _ in gone])
                for table in _ARTICLE_TABLES:
                    self._db.executemany(
                        f"DELETE FROM {table} WHERE article = ?", [(n,) for n, _ in gone]
                    )
                self._db.executemany(
                    "DELETE FROM copies WHERE article_id = ?", [(i,) for _, i in gone]
                )
                self._db.execute("DELETE FROM articles WHERE path = ?", (path,))
                self._db.execute("DELETE FROM files WHERE path = ?", (path,))
            self._db.executemany(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, hash, skipped)"
                " VALUES (?, ?, ?, ?, ?)",
                [(f.path, f.size, f.mtime_ns, f.hash, f.skipped) for f in files],
            )
            known = self._vocabulary_set()
            added = set(words).difference(known)
            self._db.executemany("INSERT OR IGNORE INTO words VALUES (?)",
                                 [(w,) for w in added])
            for a in articles:
                n = self._db.execute(
                    "INSERT OR REPLACE INTO articles (id, path, title, published, source,"
                    " entities, figures) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (a.id, a.path, a.title, a.published, a.source, a.entities, a.figures),
                ).lastrowid
                assert n is not None  # an INSERT always has one
                _add_entities(self._db, n, a)
                if a.fingerprint is not None:
                    self._db.execute(
                        "INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?)",
                        (n, a.fingerprint.exact, a.fingerprint.sketch),
                    )
            if meta:
                self._db.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items()
                )
        known.update(added)  # once committed: a batch rolled back keeps its words unknown

    def _vocabulary_set(self) -> set[str]:
        """Every word recorded so far, so that a batch inserts only the new ones
        (an article repeats most of the corpus's words)."""
        if self._known_words is None:
            self._known_words = {r[0] for r in self._db.execute("SELECT word FROM words")}
        return self._known_words

    # -- the vocabulary (see `Vocabulary`) ---------------------------------------

    def words_between(self, low: str, high: str | None, limit: int) -> list[str]:
        """Words from `low` (inclusive) to `high` (exclusive; None: to the end), in order."""
        sql, params = "SELECT word FROM words WHERE word >= ?", [low]
        if high is not None:
            sql += " AND word < ?"
            params.append(high)
        with self.lock:
            rows = self._db.execute(sql + " ORDER BY word LIMIT ?", (*params, limit))
            return [r[0] for r in rows]

    def words_sized(self, low: str, high: str | None, shortest: int, longest: int
                    ) -> list[str]:
        """Words from `low` to `high` (as `words_between`) of `shortest` to `longest` letters."""
        sql = "SELECT word FROM words WHERE word >= ? AND length(word) BETWEEN ? AND ?"
        params: list[object] = [low, shortest, longest]
        if high is not None:
            sql += " AND word < ?"
            params.append(high)
        with self.lock:
            return [r[0] for r in self._db.execute(sql, params)]

    def touch(self, files: Iterable[FileRecord]) -> None:
        """Record new stats for files whose content did not change."""
        with self.lock, self._db:
            self._db.executemany(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                [(f.size, f.mtime_ns, f.path) for f in files],
            )

    def article_rows(self) -> list[ArticleRowTuple]:
        """(id, path, title, published, source, mtime_ns if undated) for every article."""
        with self.lock:
            return self._db.execute(_ARTICLE_ROWS).fetchall()

    def fingerprints(self) -> list[tuple[str, Fingerprint]]:
        """(id, fingerprint) of every article, leads first: earliest date (undated
        ones after, by file time), then path, so that the first copy leads its group."""
        with self.lock:
            rows = self._db.execute(
                "SELECT a.id, p.exact, p.sketch FROM articles a"
                " JOIN fingerprints p ON p.article = a.n"
                " LEFT JOIN files f ON f.path = a.path"
                " ORDER BY a.published IS NULL, a.published, f.mtime_ns, a.path, a.id"
            ).fetchall()
        from reader.index.duplicates import Fingerprint

        return [(i, Fingerprint(exact, sketch)) for i, exact, sketch in rows]

    def set_copies(self, groups: Iterable[Sequence[str]]) -> None:
        """Replace the groups of copies: each group's ids, its lead first."""
        with self.lock, self._db:
            self._db.execute("DELETE FROM copies")
            self._db.executemany(
                "INSERT INTO copies VALUES (?, ?)",
                [(member, group[0]) for group in groups for member in group],
            )

    def copy_totals(self) -> tuple[int, int]:
        """(groups of copies, articles in them)."""
        with self.lock:
            row = self._db.execute("SELECT COUNT(DISTINCT lead), COUNT(*) FROM copies").fetchone()
            return int(row[0]), int(row[1])

    def totals(self) -> tuple[int, int, int]:
        """(articles, entity mentions, figures)."""
        with self.lock:
            row = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(entities), 0), COALESCE(SUM(figures), 0)"
                " FROM articles"
            ).fetchone()
            return int(row[0]), int(row[1]), int(row[2])

    # -- corpus views (`corpus_entities`, `ledger`) -----------------------------------

    def entity_totals(self, article_ids: Iterable[str] | None = None
                      ) -> list[tuple[str, str, str, int, int]]:
        """(type, key, name, articles, mentions) of every entity: of the whole corpus
        from the running totals, or counted over `article_ids`."""
        with self.lock:
            if article_ids is None:
                return self._db.execute(
                    "SELECT type, key, name, articles, mentions FROM entity_totals"
                ).fetchall()
            cur = self._db.cursor()
            try:
                _fill_wanted(cur, article_ids)
                return cur.execute(
                    "SELECT type, key, MIN(name), COUNT(*), SUM(mentions) FROM entities"
                    " WHERE article IN (SELECT n FROM wanted) GROUP BY type, key"
                ).fetchall()
            finally:
                cur.execute("DELETE FROM wanted")

    def alias_overlaps(self, alias_of: dict[tuple[str, str], str],
                       article_ids: Iterable[str] | None = None) -> dict[tuple[str, str], int]:
        """(type, full key) -> articles that name it both in full and by one of its
        single words (`corpus_entities.aliases`): counted once, not twice."""
        if not alias_of:
            return {}
        with self.lock:
            cur = self._db.cursor()
            try:
                _fill_aliases(cur, alias_of)
                within = ""
                if article_ids is not None:
                    _fill_wanted(cur, article_ids)
                    within = " WHERE s.article IN (SELECT n FROM wanted)"
                rows = cur.execute(
                    "SELECT p.type, p.full, COUNT(*) FROM alias_pairs p"
                    " JOIN entities s ON s.type = p.type AND s.key = p.short"
                    " JOIN entities f ON f.article = s.article AND f.type = p.type"
                    f" AND f.key = p.full{within} GROUP BY p.type, p.full"
                ).fetchall()
            finally:
                cur.execute("DELETE FROM alias_pairs")
                if article_ids is not None:
                    cur.execute("DELETE FROM wanted")
        return {(t, full): n for t, full, n in rows}

    def entity_articles(self, type_: str, keys: Sequence[str]) -> list[str]:
        """The ids of the articles that mention an entity under any of `keys`."""
        with self.lock:
            rows = self._db.execute(
                "SELECT a.id FROM articles a WHERE a.n IN (SELECT article FROM entities"
                f" WHERE type = ? AND key IN ({_marks(keys)}))",
                (type_, *keys),
            ).fetchall()
        return [row[0] for row in rows]

    def companion_counts(self, type_: str, keys: Sequence[str],
                         alias_of: dict[tuple[str, str], str]
                         ) -> list[tuple[str, str, str, int, int]]:
        """(type, key, name, articles, articles sharing a paragraph) of every other
        entity of the articles that mention the entity under any of `keys`; a single
        word standing for a full name (`alias_of`, see `corpus_entities.aliases`) is
        counted as that name, an article naming both once."""
        with self.lock:
            cur = self._db.cursor()
            try:
                # The entity's paragraphs per article, its names taken together.
                own: dict[int, int] = {}
                for n, mask in cur.execute(
                    "SELECT article, paragraph_mask FROM entities"
                    f" WHERE type = ? AND key IN ({_marks(keys)})", (type_, *keys)
                ):
                    own[n] = own.get(n, 0) | mask
                cur.execute("CREATE TEMP TABLE IF NOT EXISTS own"
                            " (article INTEGER PRIMARY KEY, mask INTEGER)")
                cur.executemany("INSERT INTO own VALUES (?, ?)", own.items())
                _fill_aliases(cur, alias_of)
                return cur.execute(
                    "SELECT type, name_key, MIN(name), COUNT(*), SUM(shared) FROM ("
                    " SELECT o.type AS type, COALESCE(a.full, o.key) AS name_key,"
                    " MIN(o.name) AS name, MAX((w.mask & o.paragraph_mask) != 0) AS shared"
                    # CROSS JOIN: the planner would scan every entity and look each up.
                    " FROM own w CROSS JOIN entities o ON o.article = w.article"
                    " LEFT JOIN alias_pairs a ON a.type = o.type AND a.short = o.key"
                    f" WHERE NOT (o.type = ? AND o.key IN ({_marks(keys)}))"
                    " GROUP BY o.type, name_key, o.article"
                    ") GROUP BY type, name_key",
                    (type_, *keys),
                ).fetchall()
            finally:
                cur.execute("DELETE FROM own")
                cur.execute("DELETE FROM alias_pairs")

    def figure_rows(self, type_: str, keys: Sequence[str]) -> list[FigureRowTuple]:
        """(article id, start, end, kind, value, value_max, unit, label, shown, text) of
        every figure stated in a sentence naming the entity under any of `keys`."""
        with self.lock:
            rows = self._db.execute(
                "SELECT e.figures, f.seq, a.id, f.start, f.end, f.kind, f.value,"
                " f.value_max, f.unit, f.label, f.shown, f.text"
                " FROM entities e JOIN figures f ON f.article = e.article"
                " JOIN articles a ON a.n = e.article"
                f" WHERE e.type = ? AND e.key IN ({_marks(keys)}) AND e.figures != ''",
                (type_, *keys),
            ).fetchall()
        wanted: dict[str, set[int]] = {}
        out = []
        for figures, seq, *row in rows:
            seqs = wanted.get(figures)
            if seqs is None:
                seqs = wanted[figures] = {int(n) for n in figures.split(",")}
            if seq in seqs:
                out.append(tuple(row))
        return out  # type: ignore[return-value]

    def skipped(self) -> list[tuple[str, str]]:
        """(path, reason) for each skipped file, and for each bad row of a file."""
        with self.lock:
            rows = self._db.execute(
                "SELECT path, skipped FROM files WHERE skipped IS NOT NULL ORDER BY path"
            ).fetchall()
        return [(path, reason) for path, reasons in rows for reason in reasons.split("\n")]

    def entity_counts(
        self, article_ids: Iterable[str] | None, per_type: int, type_: str | None = None
    ) -> list[tuple[str, str, int, int]]:
        """(type, name, mentions, articles), the most frequent `per_type` of each type."""
        where = "WHERE 1 = 1"
        params: list[object] = []
        cur = self._db.cursor()
        try:
            if article_ids is not None:
                _fill_wanted(cur, article_ids)
                where += " AND article IN (SELECT n FROM wanted)"
            if type_ is not None:
                where += " AND type = ?"
                params.append(type_)
            cur.execute(
                "CREATE TEMP TABLE IF NOT EXISTS alias"
                " (type TEXT, short TEXT, full TEXT, PRIMARY KEY (type, short))"
            )
            cur.execute("DELETE FROM alias")
            cur.executemany("INSERT INTO alias VALUES (?, ?, ?)", self._aliases(cur))
            sql = f"""
                SELECT type, name, mentions, articles FROM (
                    SELECT type, name, mentions, articles, ROW_NUMBER() OVER (
                        PARTITION BY type ORDER BY articles DESC, mentions DESC, name
                    ) AS rank FROM (
                        SELECT type, MIN(name) AS name, SUM(mentions) AS mentions,
                               COUNT(DISTINCT article) AS articles
                        FROM (
                            SELECT e.article, e.type, COALESCE(a.full, e.name) AS name,
                                   e.mentions
                            FROM entities e LEFT JOIN alias a
                                ON a.type = e.type AND a.short = lower(e.name)
                        ) {where} GROUP BY type, lower(name)
                    )
                ) WHERE rank <= ? ORDER BY type, rank
            """
            params.append(per_type)
            return cur.execute(sql, params).fetchall()
        finally:
            cur.execute("DROP TABLE IF EXISTS alias")
            if article_ids is not None:
                cur.execute("DELETE FROM wanted")
            self._db.commit()
            cur.close()

    def _aliases(self, cur: sqlite3.Cursor) -> list[tuple[str, str, str]]:
        """(type, single word, full name) for people and organisations named by one
        word alone in some articles: the full name holding that word that the most
        articles use, when it is used at least twice as often as any other (the
        rule search follows too, see searching.aliases). Cached until the next batch."""
        if self._alias_rows is not None:
            return self._alias_rows
        types = [t.value for t in ALIASED_TYPES]
        rows = cur.execute(
            "SELECT type, lower(name), MIN(name), COUNT(DISTINCT article) FROM entities"
            f" WHERE type IN ({', '.join('?' * len(types))}) GROUP BY type, lower(name)",
            types,
        ).fetchall()
        singles = {(t, low) for t, low, _, _ in rows if " " not in low}
        holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for type_, low, display, articles in rows:
            if " " in low:
                for word in dict.fromkeys(low.split()):
                    if (type_, word) in singles:
                        holders.setdefault((type_, word), []).append((articles, display))
        out = []
        for (type_, word), names in holders.items():
            names.sort(key=lambda n: (-n[0], n[1]))
            if len(names) == 1 or names[0][0] >= 2 * names[1][0]:
                out.append((type_, word, names[0][1]))
        self._alias_rows = out
        return out


# Subqueries rather than joins: the file's time is looked up only for undated
# articles, and at 20,000 articles (on the way to the first frame) the query
# takes 27 ms instead of 37.
_ARTICLE_ROWS = (
    "SELECT a.id, a.path, a.title, a.published, a.source,"
    " CASE WHEN a.published IS NULL THEN (SELECT mtime_ns FROM files WHERE path = a.path) END,"
    " (SELECT lead FROM copies WHERE article_id = a.id)"
    " FROM articles a"
)


def summaries_from_rows(rows: list[ArticleRowTuple]) -> list[ArticleSummary]:
    """Every article, newest first by its date or else its file's, then by title and id.

    Sorted as rows, before any object is built: two stable sorts (title, then
    day descending, where ISO dates order as strings) cost less than one sort
    on a composite key. At 20,000 articles this is on the way to the app's
    first frame, so rows are sorted as they come and only undated ones pay for
    a file time.
    """
    filed: dict[str, date] = {}  # by article id: the day an undated article sorts by
    for row in rows:
        if not row[3] and row[5] is not None and row[5] >= 0:
            day = _file_day(row[5])
            if day is not None:
                filed[row[0]] = day
    ordered = sorted(rows, key=_title_key)
    if filed:
        filed_text = {article_id: day.isoformat() for article_id, day in filed.items()}
        ordered.sort(key=lambda row: row[3] or filed_text.get(row[0], ""), reverse=True)
    else:
        ordered.sort(key=_day_text, reverse=True)
    days: dict[str, date] = {}
    known = days.get
    filed_day = filed.get
    out = []
    for article_id, path, title, published, source, _, lead in ordered:
        day = None
        if published:
            day = known(published)
            if day is None:
                day = days[published] = date.fromisoformat(published)
        out.append(ArticleSummary(article_id, title, day, source, path,
                                  filed_day(article_id), lead))
    return out


def summary_of(row: ArticleRow, mtime_ns: int) -> ArticleSummary:
    """The list row of an article just extracted, as `summaries_from_rows` will read
    it back once committed (`mtime_ns`: its file's, the day an undated one sorts by)."""
    filed = _file_day(mtime_ns) if not row.published and mtime_ns >= 0 else None
    published = date.fromisoformat(row.published) if row.published else None
    return ArticleSummary(row.id, row.title, published, row.source, row.path, filed)


def newest_first(summaries: Iterable[ArticleSummary]) -> list[ArticleSummary]:
    """Summaries in the order `summaries_from_rows` gives: by day newest first (its
    date, else its file's), then by title and id; articles without a day last."""
    out = sorted(summaries, key=_summary_title_key)
    out.sort(key=_summary_day, reverse=True)
    return out


def _summary_title_key(summary: ArticleSummary) -> tuple[str, str]:
    return summary.title.lower(), summary.id


def _summary_day(summary: ArticleSummary) -> int:
    day = summary.published or summary.filed
    return day.toordinal() if day is not None else 0


def _file_day(mtime_ns: int) -> date | None:
    try:
        return date.fromtimestamp(mtime_ns / 1e9)
    except (OverflowError, OSError, ValueError):  # a file dated outside what dates hold
        return None


def _title_key(row: ArticleRowTuple) -> tuple[str, str]:
    return row[2].lower(), row[0]


def _day_text(row: ArticleRowTuple) -> str:
    return row[3] or ""


def read_summaries(path: Path) -> list[ArticleSummary] | None:
    """The articles a manifest lists, read without opening it for writing.

    None when there is no manifest yet or it cannot be read: the index code
    decides what to do about that. Nothing is created or changed on disk.
    """
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        built = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if built is None:
            return None
        return summaries_from_rows(db.execute(_ARTICLE_ROWS).fetchall())
    except sqlite3.Error:
        return None
    finally:
        db.close()
