"""The names of the index's fields, and the keys names, folders and tags are
indexed and queried by.

Without Whoosh: the query language (`querylang`) reads fields and keys from
here, and the schema (`schema`) builds the fields these names stand for.
"""

from __future__ import annotations

from reader.extract.model import EntityType

ENTITY_FIELDS: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.ORG: "org",
    EntityType.GPE: "place",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
    EntityType.NORP: "norp",
}
FIELD_ENTITY: dict[str, EntityType] = {v: k for k, v in ENTITY_FIELDS.items()}

# Who is quoted in the article: one speaker name per quotation, matched like the
# entity fields (`said:"Lei Jun"`, `said:lei`).
SAID_FIELD = "said"
# Fields holding names: a word matches the full names that contain it.
NAME_FIELDS = (*ENTITY_FIELDS.values(), SAID_FIELD)

# The folders an article's file is in, from the top one down ("politics", "politics/uk"),
# so that `folder:politics` also finds what is filed below it.
FOLDER_FIELD = "folder"
# The user's tags on whole articles live in their own database, not in the index:
# a `tag:` term is swapped for the tagged articles' ids before a search runs
# (searching.resolve_tags). The field exists so that a query names one.
TAG_FIELD = "tag"
TEXT_FIELDS = ("title", "body")
# Plain words as typed (`invest*`, `innovaton~`, `[a TO m]`): never filled either.
# The query language puts such a query on it, and `searching` turns it into stems of the
# corpus's words (`vocabulary`) in the title and body.
WORDS_FIELD = "words"
DATE_FIELD = "date"
UNDATED_FIELD = "undated"  # 1 for an article without a date, whose date column holds a default
# 1 when the text starts with the headline; 0 when the title was derived from
# the first sentence, whose words the body field already holds.
HEADLINE_FIELD = "headline"
# Fields a user may name in a query, in the order the help message lists them.
USER_FIELDS = (
    "title", "person", "org", "place", "product", "event", "norp", "said", "source", "folder",
    "tag", "date",
)  # fmt: skip
# Fields whose matches count as hits (dates and sources select, they do not "occur").
COUNTED_FIELDS = frozenset((*TEXT_FIELDS, *NAME_FIELDS))


def folder_keys(folder: str | None) -> list[str]:
    """The indexed forms of a folder and of every folder above it, top first."""
    if not folder:
        return []
    parts = [part for part in folder_key(folder).split("/") if part]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def folder_key(folder: str) -> str:
    """A folder path as indexed and queried: an entity key that keeps its slashes."""
    return "/".join(entity_key(part) for part in folder.strip("/").split("/") if part.strip())


def tag_key(tag: str) -> str:
    """A tag as a `tag:` term compares it: any case, hyphens for spaces (tag:follow-up),
    apostrophes typographic (so it can be single-quoted, as `entity_key`)."""
    text = tag.replace("-", " ").replace(",", " ").replace("'", "\u2019").lower()
    return " ".join(text.split())


def entity_key(canonical: str) -> str:
    """The indexed form of an entity name: lowercase, no commas, single spaces.

    Straight apostrophes become typographic ones so that a name can always be
    single-quoted in Whoosh's query syntax.
    """
    text = canonical.replace(",", " ").replace("'", "\u2019").lower()
    return " ".join(text.split())
