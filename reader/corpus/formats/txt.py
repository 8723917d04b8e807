"""Plain text: the whole file is the article."""

from __future__ import annotations

from reader.corpus.document import BadPart, Document
from reader.corpus.paragraphs import split_text


def read(text: str) -> list[Document | BadPart]:
    return [Document(raw=text, blocks=split_text(text))]
