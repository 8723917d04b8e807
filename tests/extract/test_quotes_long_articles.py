"""What keeps quotation extraction linear in an article's length: the span index, the
trimmed end and the organisation leaders, each checked against the plain scan it
replaced (timings are the benchmark's, never asserted here)."""

from __future__ import annotations

import random

import pytest

from reader.extract.entities import extract_entities
from reader.extract.model import Entity, EntityType
from reader.extract.quotes import extract_quotes
from reader.extract.quotes.sentences import trimmed_end
from reader.extract.quotes.span_index import SpanIndex
from reader.extract.quotes.speakers import Speakers, _named_as


def _random_spans(rng: random.Random, count: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(count):
        start = rng.randrange(0, 500)
        spans.append((start, start + rng.randrange(0, 40)))
    return spans


@pytest.mark.parametrize("seed", range(20))
def test_the_span_index_answers_as_a_scan_of_every_span(seed: int) -> None:
    rng = random.Random(seed)
    spans = _random_spans(rng, rng.randrange(0, 60))
    index = SpanIndex(spans)
    for _ in range(200):
        start = rng.randrange(-10, 520)
        end = start + rng.randrange(0, 80)
        in_order = sorted(spans, key=lambda span: span[0])
        assert index.inside(start, end) == [(s, e) for s, e in in_order if start <= s and e <= end]
        assert index.around(start, end) == any(s < start and end < e for s, e in spans)
        assert sorted(index.across(start, end)) == sorted(
            (s, e) for s, e in spans if s < end and start < e
        )


def test_items_starting_together_keep_their_order() -> None:
    index = SpanIndex(["b", "a", "c"], lambda item: (0, 1))
    assert index.inside(0, 5) == ["b", "a", "c"]


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("", None),
        ("   ", None),
        ("said:  \n\n", None),
        ("one.  ", " "),
        ("a\n\n  ", " "),
        ("x \t\u00a0", None),
    ],
)
def test_the_trimmed_end_is_the_length_of_the_stripped_text_before(
    text: str, chars: str | None
) -> None:
    for i in range(len(text) + 1):
        assert trimmed_end(text, i, chars) == len(text[:i].rstrip(chars))


def _org_before_by_counting(speakers: Speakers, offset: int, noun: str) -> Entity | None:
    """What org_before answered when it counted every mention again at each call."""
    before = [e for e in speakers.names if e.start < offset]
    if noun and any(e.type is EntityType.ORG and _named_as(e.canonical, noun) for e in before):
        before = [e for e in before if _named_as(e.canonical, noun)]
    counts: dict[str, int] = {}
    latest: dict[str, Entity] = {}
    for e in before:
        if e.type is EntityType.ORG:
            counts[e.canonical] = counts.get(e.canonical, 0) + 1
            latest[e.canonical] = e
    if not counts:
        return None
    return latest[max(counts, key=lambda name: (counts[name], latest[name].start))]


def test_the_organisation_a_company_means_is_the_one_named_most_so_far() -> None:
    text = (
        "Halvorsen Bank and Meridian Foods both reported on Tuesday. Meridian Foods said "
        "sales rose. Halvorsen Bank cut its forecast, and Halvorsen Bank shares fell. "
        "Reuters reported the bank would cut jobs. Meridian Foods and Meridian Foods "
        "again; the company said nothing more. Tarn Capital, a fund, and Tarn Capital "
        "once more, then the bank spoke."
    )
    speakers = Speakers(text, extract_entities(text))
    assert {e.canonical for e in speakers.names} >= {"Halvorsen Bank", "Meridian Foods"}
    for offset in range(0, len(text) + 1, 3):
        for noun in ("", "bank", "company", "fund"):
            assert speakers.org_before(offset, noun) == _org_before_by_counting(
                speakers, offset, noun
            ), (offset, noun)


def test_a_long_article_reads_every_quotation_as_its_parts_alone_do() -> None:
    # Many articles run together (a pasted report, a transcript): each part's
    # quotations and speakers are what they are on their own.
    parts = [
        f"Firm{n} Holdings makes bolts. “We will hire {n} people,” said Mara Quillon{n}. "
        f"The company said it would open a plant.\n\n"
        for n in range(1, 200)
    ]
    text = "".join(parts)
    got = extract_quotes(text, extract_entities(text))
    speakers = [q.speaker for q in got]
    assert len(got) == 2 * len(parts)
    assert speakers[:4] == ["Mara Quillon1", "Firm1 Holdings", "Mara Quillon2", "Firm2 Holdings"]


def test_a_long_text_without_blank_lines_reads_each_quotation_as_its_sentence_does() -> None:
    # A transcript or a report with its paragraphs on single lines is one paragraph to
    # the extractor; a sentence is looked for near each quotation, not from the start.
    parts = [
        f"Firm{n} Holdings makes bolts. “We will hire {n} people,” said Mara Quillon{n}.\n"
        for n in range(1, 300)
    ]
    text = "".join(parts)
    got = extract_quotes(text, extract_entities(text))
    assert [q.speaker for q in got][:3] == ["Mara Quillon1", "Mara Quillon2", "Mara Quillon3"]
    assert len(got) == len(parts)
