"""The one SQLite file that holds what the user made: bookmarks, reading state, history.

Design choices, and why:

- One connection per `Database`, opened with `check_same_thread=False` and guarded
  by a re-entrant lock. A connection per thread would give each thread its own
  transaction and, for the in-memory fallback, its own empty database; one locked
  connection keeps a single view of the data and a single place to close. The
  calls are small, so serialising them costs nothing noticeable.
- WAL journal plus `busy_timeout`, and every write starts with `BEGIN IMMEDIATE`:
  two running apps (or the app and `reader bookmarks`) then queue for the write
  lock instead of failing with "database is locked", and readers never block.
- Damage is never repaired by deleting: a file SQLite cannot read is renamed to
  `reader.db.corrupt-YYYYmmdd-HHMMSS` (with its -wal/-shm), a new file is started,
  and `notice` says where the old one went.
- When the folder or file cannot be written, the saved data is copied into memory
  (read-only view), `writable` is False and `reason` says why in one line; writes
  raise `StoreError` rather than a sqlite traceback.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from reader import paths

ENV_DB = "READER_DB"
DB_FILENAME = "reader.db"
BUSY_TIMEOUT_SECONDS = 5.0

# Ordered migrations: applying MIGRATIONS[n] takes a file from version n to n + 1.
# Append only; never edit a released step (files in the wild were made by it).
# A step is SQL, or a function for data SQL cannot reshape (run in the same transaction).
Migration = str | Callable[[sqlite3.Connection], None]


def _quote_citations_to_speakers(conn: sqlite3.Connection) -> None:
    """Quotes bookmarked before version 5 carried "— Lei Jun, in “Title” (2025-03-05)"
    at the head of their note; the speaker moves to its own column, the rest stays."""
    rows = conn.execute(
        "SELECT id, title, published, note FROM bookmarks WHERE note LIKE '— %, in “%'"
    ).fetchall()
    for row_id, title, published, note in rows:
        who = note[2 : note.index(", in “")]
        when = f" ({published})" if published else ""
        cited = f"— {who}, in “{' '.join((title or '').split())}”{when}"
        if not note.startswith(cited) or note[len(cited) : len(cited) + 1].isalnum():
            continue  # not the citation the app wrote: the user's own words, left alone
        speaker = "" if who == "unattributed" else who
        conn.execute(
            "UPDATE bookmarks SET speaker = ?, note = ? WHERE id = ?",
            (speaker, note[len(cited) :].strip(), row_id),
        )


MIGRATIONS: tuple[tuple[Migration, ...], ...] = (
    # 1: bookmarks.
    (
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            corpus TEXT NOT NULL,
            article_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            source TEXT,
            published TEXT,
            path TEXT NOT NULL DEFAULT '',
            paragraph INTEGER NOT NULL DEFAULT 0,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL,
            context_before TEXT NOT NULL DEFAULT '',
            context_after TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX bookmarks_by_article ON bookmarks (corpus, article_id)",
    ),
    # 2: the last re-anchoring result on bookmarks; reading state; search history.
    (
        "ALTER TABLE bookmarks ADD COLUMN detached INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE reading_position (
            corpus TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            paragraph INTEGER NOT NULL DEFAULT 0,
            updated TEXT NOT NULL
        )""",
        """CREATE TABLE read_articles (
            corpus TEXT NOT NULL,
            article_id TEXT NOT NULL,
            read_at TEXT NOT NULL,
            PRIMARY KEY (corpus, article_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE search_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            corpus TEXT NOT NULL,
            query TEXT NOT NULL,
            used_at TEXT NOT NULL,
            UNIQUE (corpus, query)
        )""",
    ),
    # 3: tags on whole articles.
    (
        """CREATE TABLE article_tags (
            corpus TEXT NOT NULL,
            article_id TEXT NOT NULL,
            tag TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            PRIMARY KEY (corpus, article_id, tag)
        ) WITHOUT ROWID""",
    ),
    # 4: how the user laid the app out (the list's width), whatever corpus is open.
    (
        """CREATE TABLE preferences (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated TEXT NOT NULL
        ) WITHOUT ROWID""",
    ),
    # 5: who said a bookmarked quote, apart from the user's note.
    (
        "ALTER TABLE bookmarks ADD COLUMN speaker TEXT NOT NULL DEFAULT ''",
        _quote_citations_to_speakers,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A store operation that failed, with a message fit to show the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def default_path() -> Path:
    """`$READER_DB` when set, else `reader.db` in the user data dir."""
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return paths.data_dir() / DB_FILENAME


def now_iso() -> str:
    """The current UTC time as stored in every table."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _is_corrupt(exc: sqlite3.Error) -> bool:
    """SQLite says the file is not (or no longer) a readable database."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _describe(exc: BaseException) -> str:
    """One line about a failure, without sqlite jargon where a plain word exists."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the database is read-only"
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return "the disk is full"
    if "locked" in lowered or "busy" in lowered:
        return "another reader kept the database busy"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return text


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,  # we issue BEGIN/COMMIT ourselves
        check_same_thread=False,
        uri=uri,
    )
    conn.row_factory = sqlite3.Row
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to SCHEMA_VERSION; returns the version found before."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise _NewerSchemaError(found)
    if found == SCHEMA_VERSION:
        return found
    # IMMEDIATE: a second process migrating at the same moment waits, then sees
    # the new version below and does nothing.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step]:
                if isinstance(statement, str):
                    conn.execute(statement)
                else:
                    statement(conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return found


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it.

    Opening such a file, SQLite would still treat a -wal beside it as its own and
    delete it on close; checking first keeps every byte for the user.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return  # missing (a new file) or unreadable: SQLite reports it as such
    if head and head != SQLITE_HEADER:
        raise sqlite3.DatabaseError("file is not a database")


def _open_rw(path: Path) -> sqlite3.Connection:
    """Open (or create) the file for reading and writing, checked and migrated."""
    _check_header(path)
    conn = _connect(str(path))
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _set_wal(conn)
        # Bookmarks are the user's own work: pay for a full sync on every commit.
        conn.execute("PRAGMA synchronous = FULL")
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError("database disk image is malformed")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _set_wal(conn: sqlite3.Connection) -> None:
    # Switching the journal mode needs a moment alone with the file; another
    # process opening at the same instant makes it report "locked" at once.
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _move_aside(path: Path) -> Path:
    """Rename a damaged file (and its -wal/-shm) out of the way; never delete it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def _read_only_copy(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """An in-memory copy of what the file holds (if it can be read), migrated.

    A copy rather than a read-only handle: the schema can then be brought up to
    date without touching the file, and a WAL file in a read-only folder (which
    SQLite cannot open read-only) is still readable through `immutable=1`.
    """
    memory = _connect(":memory:")
    problem: str | None = None
    if path.is_file():
        problem = "saved data could not be read"
        uri = path.resolve().as_uri()
        for options in ("mode=ro", "immutable=1"):
            try:
                source = _connect(f"{uri}?{options}", uri=True)
                try:
                    source.backup(memory)
                finally:
                    source.close()
            except sqlite3.Error:
                continue
            problem = None
            break
    # A file made by a newer reader is shown as it is: nothing here may change it.
    with suppress(_NewerSchemaError):
        migrate(memory)
    return memory, problem


class Database:
    """An open store file. Use `Database.open()`; share one object between stores."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        writable: bool = True,
        reason: str | None = None,
        notice: str | None = None,
        moved_aside: Path | None = None,
    ) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path
        self.writable = writable
        self.reason = reason  # why saving is off, one line, when not writable
        self.notice = notice  # something the user should be told once (damaged file moved)
        self.moved_aside = moved_aside

    @classmethod
    def open(cls, path: Path | None = None) -> Database:
        """Open the store at `path` (default: `default_path()`); never raises for bad files."""
        path = Path(path) if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return cls._fallback(path, f"cannot create {path.parent}: {_describe(exc)}")
        notice = None
        moved: Path | None = None
        try:
            conn = _open_rw(path)
        except _NewerSchemaError as exc:
            return cls._fallback(
                path, f"{path} was made by a newer version of reader (schema {exc.version})"
            )
        except sqlite3.Error as exc:
            if not _is_corrupt(exc):
                return cls._fallback(path, f"cannot write {path}: {_describe(exc)}")
            try:
                moved = _move_aside(path)
            except FileNotFoundError:
                pass  # another reader moved it aside a moment ago; open the new one
            except OSError as move_exc:
                return cls._fallback(
                    path, f"{path} is damaged and cannot be moved aside: {_describe(move_exc)}"
                )
            if moved is not None:
                notice = (
                    f"The saved-data file was damaged ({_describe(exc)}); it was kept as "
                    f"{moved} and a new one was started."
                )
            try:
                conn = _open_rw(path)
            except (sqlite3.Error, _NewerSchemaError) as again:
                db = cls._fallback(path, f"cannot write {path}: {_describe(again)}")
                db.notice, db.moved_aside = notice, moved
                return db
        return cls(conn, path, notice=notice, moved_aside=moved)

    @classmethod
    def in_memory(cls) -> Database:
        """A writable store that lives only as long as the object (tests, demos)."""
        conn = _connect(":memory:")
        migrate(conn)
        return cls(conn, None)

    @classmethod
    def _fallback(cls, path: Path, reason: str) -> Database:
        conn, problem = _read_only_copy(path)
        if problem:
            reason = f"{reason}; {problem}"
        return cls(conn, path, writable=False, reason=reason)

    # -- use ---------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an exception inside leaves the store as it was.

        Nested use joins the outer transaction through a savepoint, so a store
        method called inside a caller's transaction is undone with it.
        """
        with self._lock:
            if not self.writable:
                raise StoreError(f"Saving is off: {self.reason}")
            conn = self._conn
            depth = self._depth
            savepoint = f"sp{depth}"
            try:
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc
            self._depth += 1
            try:
                yield conn
            except BaseException as exc:
                self._depth -= 1
                self._rollback(depth, savepoint)
                if isinstance(exc, sqlite3.Error):
                    raise self._failed(exc) from exc
                raise
            self._depth -= 1
            try:
                conn.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
            except sqlite3.Error as exc:
                self._rollback(depth, savepoint)
                raise self._failed(exc) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Rows for a read; errors come back as `StoreError`."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    def schema_version(self) -> int:
        return int(self.query("PRAGMA user_version")[0][0])

    def close(self) -> None:
        with self._lock, suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rollback(self, depth: int, savepoint: str) -> None:
        with suppress(sqlite3.Error):
            if depth == 0:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {savepoint}")
                self._conn.execute(f"RELEASE {savepoint}")

    def _failed(self, exc: sqlite3.Error) -> StoreError:
        """Turn a sqlite error into a one-line StoreError; switch saving off if it must."""
        text = str(exc).lower()
        where = self.path or "memory"
        read_only = "readonly" in text or "read-only" in text
        if read_only:
            self.writable = False
            self.reason = f"cannot write {where}: {_describe(exc)}"
        # A full disk may be freed again, so saving stays on and the next write retries.
        if read_only or "disk is full" in text or "disk i/o" in text:
            return StoreError(f"Could not save ({_describe(exc)}); nothing saved before is lost.")
        if "locked" in text or "busy" in text:
            return StoreError("Could not save: another reader kept the database busy; try again.")
        if _is_corrupt(exc):
            return StoreError(
                f"The saved-data file {where} is damaged; restart reader to set it aside."
            )
        return StoreError(f"Saved-data error: {_describe(exc)}")
