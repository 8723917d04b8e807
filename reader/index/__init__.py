"""Everything Whoosh: schema, incremental indexing, queries, passages, facets.

Nothing outside this package imports whoosh.
"""
