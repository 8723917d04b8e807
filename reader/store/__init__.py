"""What the user made, kept in one SQLite file in the data dir.

`database.Database` opens it (migrations, WAL, damaged or read-only files);
`bookmarks.BookmarkStore`, `reading.ReadingState` and `history.SearchHistory`
share one open `Database`; `anchoring` finds bookmarked passages again in
changed text; `export` writes bookmarks as Markdown or JSON.
"""
