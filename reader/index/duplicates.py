"""Exact and near-duplicate articles: fingerprints made at index time, groups made from them.

A corpus gathered from feeds holds the same story more than once: the same file
saved twice, a syndicated copy with another headline case or a sign-off line, a
light edit. Each article gets a fingerprint while its text is in hand (in the
indexing workers): a hash of its normalised words, for exact copies, and a
MinHash sketch of its 3-word shingles, for near ones. Grouping then reads only
fingerprints, never the files.

The sketch is one-permutation MinHash (Li, Owen and Zhang, 2012): each shingle's
64-bit hash falls in one of `BINS` bins by its low bits and each bin keeps the
smallest of the rest. Two sketches agree in a bin with probability equal to the
shingle sets' Jaccard similarity, so the share of agreeing bins (among bins not
empty in both) estimates it. One hash per shingle instead of one per shingle and
permutation keeps it to about a tenth of a millisecond per article in plain Python.
Candidates come from LSH banding (`BANDS` bands of `ROWS` bins: a pair at the
threshold shares a band 99.8% of the time, one at 0.5 28%, one at 0.1 0.002%) and every
candidate is checked against `THRESHOLD` before it joins a group.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

SHINGLE = 3  # words per shingle: see benchmarks/duplicates_bench.py
BINS = 128  # sketch size: the estimate's standard error is about 0.035 near 0.8
ROWS = 6  # bins per band
BANDS = BINS // ROWS  # 21 bands (126 of the 128 bins)
THRESHOLD = 0.75  # estimated Jaccard similarity from which two articles are copies
# Articles kept per band bucket: a bucket grows past a few only for boilerplate-
# only texts, and comparing each newcomer with all of them would be quadratic.
BUCKET_LIMIT = 32
EMPTY = 0xFFFFFFFF  # a bin no shingle fell in
_BIN_SHIFT = 64 - (BINS.bit_length() - 1)  # a hash's top bits choose its bin
_MASK64 = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # odd: multiplying by it permutes 64-bit numbers
_WORD_IDS: dict[str, int] = {}  # per process; a corpus's vocabulary, capped
_WORD_CACHE = 200_000
_WORD = re.compile(r"\w+")
_SPAN = ROWS * 4  # bytes of a band
_BAND_CUTS = [(band * _SPAN, bytes([band])) for band in range(BANDS)]
_ALL_EMPTY = b"\xff" * _SPAN  # a band whose bins are all empty: short texts all meet there


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What grouping needs of one article: stored in the manifest, about 530 bytes."""

    exact: str  # hash of the normalised words: equal for byte-identical or re-cased copies
    sketch: bytes  # BINS unsigned 32-bit minima (`EMPTY` for an empty bin)


def words(text: str) -> list[str]:
    """The text as compared: lowercase words, punctuation and layout dropped."""
    return _WORD.findall(text.lower())


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of an article's title and text."""
    tokens = words(text)
    exact = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).hexdigest()
    # Each word a stable 64-bit number, each shingle the hash of a tuple of them:
    # Python hashes tuples of ints the same in every process (strings it does not),
    # and doing it with map/zip keeps the loop in C.
    ids = [_word_id(word) for word in tokens]
    if len(ids) < SHINGLE:
        ids += [0] * (SHINGLE - len(ids))
    mins = [EMPTY] * BINS
    for h in set(map(hash, zip(*(ids[k:] for k in range(SHINGLE)), strict=False))):
        h = (h * _MIX) & _MASK64  # spread the tuple hash's bits before slicing them
        b = h >> _BIN_SHIFT
        v = h & 0xFFFFFFFE  # never EMPTY
        if v < mins[b]:
            mins[b] = v
    return Fingerprint(exact, array("I", mins).tobytes())


def _word_id(word: str) -> int:
    found = _WORD_IDS.get(word)
    if found is None:
        found = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest())
        if len(_WORD_IDS) < _WORD_CACHE:
            _WORD_IDS[word] = found
    return found


def _values(sketch: bytes) -> array[int]:
    values = array("I")
    values.frombytes(sketch)
    return values


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two sketches' shingle sets."""
    return _similarity(_values(a), _values(b))


def _similarity(a: Sequence[int], b: Sequence[int]) -> float:
    same = filled = 0
    for x, y in zip(a, b, strict=True):
        if x == EMPTY and y == EMPTY:
            continue
        filled += 1
        same += x == y
    return same / filled if filled else 1.0


def groups(
    prints: Iterable[tuple[str, Fingerprint]], threshold: float = THRESHOLD
) -> list[list[str]]:
    """Groups of two or more ids whose articles are copies of each other.

    Copies of copies join one group (connected components), each group in the
    order its ids came in, groups in the order of their first id: callers list
    articles lead first (earliest, then by path), so that lead comes first.
    """
    ids: list[str] = []
    sketches: list[array[int]] = []
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    # Exact copies join their first copy and bring no bands of their own. Each band
    # is keyed by its bins' bytes plus the band's number; a Counter finds the keys
    # that more than one article holds, in C, so the Python loop that compares
    # sketches only visits those (few) articles.
    by_exact: dict[str, int] = {}
    banded: list[tuple[int, list[bytes]]] = []
    for i, (article_id, fp) in enumerate(prints):
        ids.append(article_id)
        parent.append(i)
        sketches.append(_values(fp.sketch))
        first = by_exact.setdefault(fp.exact, i)
        if first != i:
            union(first, i)
        else:
            sk = fp.sketch
            banded.append((i, [sk[at : at + _SPAN] + tag for at, tag in _BAND_CUTS]))
    counts = Counter(chain.from_iterable(keys for _, keys in banded))
    shared = {key for key, n in counts.items() if n > 1 and not key.startswith(_ALL_EMPTY)}
    buckets: dict[bytes, list[int]] = {}  # a shared key -> articles holding it, capped
    for i, keys in banded:
        for key in shared.intersection(keys):
            seen = buckets.setdefault(key, [])
            values = sketches[i]
            for other in seen:
                if find(other) != find(i) and _similarity(sketches[other], values) >= threshold:
                    union(other, i)
            if len(seen) < BUCKET_LIMIT:
                seen.append(i)
    members: dict[int, list[str]] = {}
    for i, article_id in enumerate(ids):
        members.setdefault(find(i), []).append(article_id)
    return [group for _, group in sorted(members.items()) if len(group) > 1]
