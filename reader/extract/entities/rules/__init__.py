"""The built-in rule engine: capitalised spans, typed by the evidence around them.

One article's run (`ArticleRules`) goes through stages, each a module here:
dates and product shapes claim their spans first; `chunking` cuts runs of
capitalised words at titles and roles; `evidence` drops sentence-initial
ordinary words and collects each span's cues (`cues` holds the patterns,
`shapes` what a name looks like); `voting` gives each name one type from the
weight of all its mentions and the shipped model; `linking` sends short forms
to their full names (surname -> full name, acronym -> definition); `headlines`
matches Title Case and capitals lines against names known from the body.
"""

from reader.extract.entities.rules.article import ArticleRules
from reader.extract.entities.rules.recogniser import MODEL_FILE, RuleRecogniser, entity_model

__all__ = ["MODEL_FILE", "ArticleRules", "RuleRecogniser", "entity_model"]
