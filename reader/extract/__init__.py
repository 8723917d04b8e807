"""Text -> entities and figures, with no model download."""
