"""How a figure reads in the side panel."""

from __future__ import annotations

from reader.extract.model import Figure


def figure_display(figure: Figure) -> str:
    return figure.text
