"""Finding a bookmarked passage again after the article's text changed."""

from __future__ import annotations

import random

from reader.store.anchoring import locate, paragraph_starts
from reader.store.bookmarks import BookmarkStore
from reader.store.export import to_json, to_markdown


def test_unchanged_text_keeps_offsets(make, article_text: str) -> None:
    b = make()
    anchor = locate(article_text, b.quote, b.start, b.end, b.before, b.after)
    assert anchor is not None
    assert (anchor.start, anchor.end, anchor.paragraph, anchor.method) == (
        b.start,
        b.end,
        b.paragraph,
        "offsets",
    )


def test_text_inserted_before_the_passage(store: BookmarkStore, make, article_text: str) -> None:
    saved = store.add(make())
    inserted = ["Correction appended.", "A new opening paragraph.", "And another one."]
    changed = "\n\n".join([*inserted, article_text])
    moved = store.reanchor(saved, changed)
    assert not moved.detached
    assert changed[moved.start : moved.end] == saved.quote
    assert moved.paragraph == saved.paragraph + 3
    assert store.get(saved.id).start == moved.start  # persisted
    assert store.get(saved.id).quote == saved.quote


def test_passage_reworded_slightly(store: BookmarkStore, make, article_text: str) -> None:
    saved = store.add(make())
    changed = article_text.replace("expected to cost 48 million", "now expected to cost 52 million")
    moved = store.reanchor(saved, "Editor's note: figures updated.\n\n" + changed)
    assert not moved.detached
    found = ("Editor's note: figures updated.\n\n" + changed)[moved.start : moved.end]
    assert found == "Construction is now expected to cost 52 million euros"
    assert moved.quote == saved.quote  # what the user saved is kept as it was


def test_repeated_quote_is_chosen_by_its_context(make) -> None:
    text = (
        "Shares rose 3 percent on Monday after the results.\n\n"
        "Analysts had expected a loss. Shares rose 3 percent on Friday as well."
    )
    b = make("Shares rose 3 percent", text=text)  # the first one
    edited = "Markets.\n\n" + text.replace("Analysts had expected a loss. ", "")
    second = edited.rindex("Shares rose 3 percent")
    # Old offset is now nearer the second occurrence; the context picks the first.
    anchor = locate(edited, b.quote, second - 3, second - 3 + len(b.quote), b.before, b.after)
    assert anchor is not None and anchor.method == "exact"
    assert anchor.start == edited.index("Shares rose 3 percent")


def test_nearest_occurrence_wins_when_context_cannot_tell() -> None:
    text = "ab ab ab ab"
    anchor = locate(text, "ab", 7, 9)
    assert anchor is not None and (anchor.start, anchor.method) == (6, "exact")


def test_deleted_passage_is_detached_kept_and_exported(
    store: BookmarkStore, make, article_text: str
) -> None:
    saved = store.add(make(note="budget line"))
    paragraphs = article_text.split("\n\n")
    without = "\n\n".join(p for p in paragraphs if "Construction" not in p)
    moved = store.reanchor(saved, without)
    assert moved.detached
    kept = store.get(saved.id)
    assert kept is not None and kept.detached and kept.quote == saved.quote
    assert store.for_article(saved.corpus, saved.article_id, without)[0].detached
    assert "**Detached:**" in to_markdown(store.list())
    assert '"detached": true' in to_json(store.list())
    # Text restored: the bookmark attaches again.
    again = store.reanchor(kept, article_text)
    assert not again.detached and not store.get(saved.id).detached


def test_short_quote_needs_its_context_to_match_fuzzily(make) -> None:
    text = "The mayor said yes.\n\nThe council said no."
    b = make("said yes", text=text)
    # "said no" is similar in letters only; without matching context it is not the passage.
    changed = "The council said no.\n\nWeather was fine."
    assert locate(changed, b.quote, b.start, b.end, b.before, b.after) is None


def test_fuzzy_match_in_a_megabyte_of_text() -> None:
    rng = random.Random(7)
    words = [
        "market",
        "price",
        "growth",
        "report",
        "share",
        "index",
        "trade",
        "bank",
        "rate",
        "the",
        "of",
        "and",
        "in",
        "to",
    ]
    filler = " ".join(rng.choice(words) for _ in range(170_000))
    passage = "The regulator fined the shipping consortium 12 million for late disclosures."
    text = filler + "\n\n" + passage + "\n\n" + filler
    reworded = passage.replace("12 million", "12.5 million").replace("late", "delayed")
    new_text = "Preface.\n\n" + text.replace(passage, reworded)
    start = text.index(passage)
    anchor = locate(new_text, passage, start, start + len(passage), text[start - 40 : start])
    assert anchor is not None and anchor.method == "fuzzy"
    assert new_text[anchor.start : anchor.end] == reworded
    assert anchor.paragraph == 2


def test_paragraph_starts_follow_blank_lines() -> None:
    assert paragraph_starts("a\n\nbb\n\nccc") == [0, 3, 7]
