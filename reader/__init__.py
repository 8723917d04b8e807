"""reader: a keyboard-first terminal reader for folders of news articles."""

__version__ = "0.1.0"
