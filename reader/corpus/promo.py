"""Promotional paragraphs: the publisher talking to the reader, not the story.

Scored by features rather than matched against known sentences: a call to
action or second person, plus promotion vocabulary, in a short paragraph that
quotes nobody.
"""

from __future__ import annotations

import re

# The patterns run on lowercased text: Python's re is two to three times
# slower on these alternations with re.IGNORECASE, and this runs on every paragraph.
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you'll|you've|you’re|you’ll)\b")
_PROMO_TERMS = re.compile(
    r"\b(?:newsletters?|subscri(?:be|bed|bing|ption|ptions|bers?)|sign(?:ing)?[ -]up|"
    r"log[ -]?in|register|download|apps?|podcasts?|platform|inbox|free trial|premium|"
    r"members(?:hip)?|exclusive|curated|award[- ]winning|brought to you|click here|tap here|"
    r"follow us|like us|join us|unlock|unlimited access|special offer|discount|donat(?:e|ion)|"
    r"support (?:our|us)|explainers?|infographics?|our (?:new|free|latest|daily|weekly)|"
    r"(?:whatsapp|telegram|youtube) channel|push notifications?|breaking news alerts?)\b",
)
_CALL_TO_ACTION = re.compile(
    r"(?:^|[.!?]\s+)(?:subscribe|sign up|download|follow|join|get|click|tap|register|read|watch|"
    r"listen|try|share|support|donate|discover|explore|don't miss|don’t miss|never miss|"
    r"stay (?:informed|updated|up to date|ahead)|want|like|check out|find out more)\b",
)
# Reported speech means the paragraph is the story quoting someone: a quotation
# mark (found with a substring test, much cheaper than a regex) or a speech verb.
_QUOTE_MARKS = ('"', "“", "”")
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
_PUBLISHER = re.compile(r"\b(?:our|us)\b")
_MAX_WORDS = 90


def is_promo(text: str) -> bool:
    words = len(text.split())
    if words > _MAX_WORDS or any(mark in text for mark in _QUOTE_MARKS):
        return False
    text = text.lower()
    if _REPORTED.search(text) or not _PROMO_TERMS.search(text):
        return False
    terms = len({m.group(0) for m in _PROMO_TERMS.finditer(text)})
    addressed = bool(_SECOND_PERSON.search(text))
    calls = bool(_CALL_TO_ACTION.search(text))
    if terms >= 2 and (addressed or calls):
        return True
    # A short call to action: "Subscribe", "Download our app", "Follow us on X".
    publisher = addressed or bool(_PUBLISHER.search(text))
    return calls and words <= 25 and (publisher or words <= 6)
