"""Document -> Article: the steps every format shares.

Clean the chrome, lift bylines, mark captions, quotes and subheadings, choose
the title, date and source, and lay the paragraphs out in Article.text
coordinates with their raw offsets.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.corpus.captions import is_caption
from reader.corpus.cleaning import clean
from reader.corpus.credits import parse_dateline, pull_credits
from reader.corpus.dates import published_date
from reader.corpus.document import Block, Document, Metadata
from reader.corpus.entities import decode_references
from reader.corpus.model import Article, ParagraphKind, build_paragraphs, folder_of
from reader.corpus.quotes import is_quotation
from reader.corpus.titles import choose_title, is_subheading


class NoText(ValueError):
    """Nothing readable is left once the page chrome is gone."""


def _mark_kinds(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind is ParagraphKind.BODY:
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if is_caption(block.text):
                block = block.with_kind(ParagraphKind.CAPTION)
            elif is_quotation(block.text):
                block = block.with_kind(ParagraphKind.QUOTE)
            elif i > 0 and is_subheading(block, following):
                block = block.with_kind(ParagraphKind.HEADING)
        out.append(block)
    return out


def _title_raw_start(raw: str, title: str, block: Block | None) -> int | None:
    if block is not None and block.text == title:
        return block.raw_start
    found = raw.find(title)
    return found if found >= 0 else None


def _decoded(meta: Metadata) -> Metadata:
    """Metadata with its HTML character references decoded, as the text's are."""
    return replace(
        meta,
        **{
            name: decode_references(value)
            for name in ("title", "source", "author")
            if isinstance(value := getattr(meta, name), str)
        },
    )


def drop_repeated_headline(title: str, body: list[Block]) -> list[Block]:
    """The body without a first paragraph that only repeats the headline.

    Scrapers that save the headline as a field and the page's text beside it
    (or a page that prints it twice) give it twice; it is shown once.
    """
    if len(body) > 1 and _headline_key(body[0].text) == _headline_key(title):
        return body[1:]
    return body


def _headline_key(text: str) -> str:
    return " ".join(text.split()).rstrip(".:;,!?").casefold()


def assemble(doc: Document, *, article_id: str, path: Path, fmt: str, encoding: str) -> Article:
    """Build the Article; raises NoText when no paragraph survives cleaning."""
    cleaned = clean(doc.blocks)
    credits = pull_credits(cleaned.blocks)
    blocks = credits.blocks
    if not blocks:
        raise NoText("no article text (only page chrome)")
    meta = _decoded(doc.meta)
    choice = choose_title(blocks, meta.title)
    if not choice.derived:
        choice = replace(choice, body=drop_repeated_headline(choice.title, choice.body))
    body = _mark_kinds(choice.body)
    if not body and choice.block is not None:
        # A lone headline-like line is the whole article, not a title over nothing.
        choice = choose_title([replace(choice.block, kind=ParagraphKind.BODY)], None)
        body = list(choice.body)
    first_body = next((b.text for b in body if b.kind is ParagraphKind.BODY), None)
    dateline = parse_dateline(first_body) if first_body else None
    published = published_date(
        meta.published,
        [*credits.dated, *cleaned.timestamps],
        dateline.when if dateline else None,
    )
    # A corpus kept in topic or outlet folders says the source by where a file is.
    source = (
        meta.source
        or (dateline.agency if dateline else None)
        or credits.source
        or folder_of(article_id)
    )
    items: list[tuple[ParagraphKind, str, int | None]] = []
    if not choice.derived:
        items.append(
            (
                ParagraphKind.TITLE,
                choice.title,
                _title_raw_start(doc.raw, choice.title, choice.block),
            )
        )
    items.extend((b.kind, b.text, b.raw_start) for b in body)
    return Article(
        id=article_id,
        path=path,
        title=choice.title or path.stem,
        title_derived=choice.derived,
        source=source,
        published=published,
        author=meta.author or credits.author,
        url=meta.url,
        paragraphs=build_paragraphs(items),
        raw=doc.raw,
        format=fmt,
        encoding=encoding,
    )
