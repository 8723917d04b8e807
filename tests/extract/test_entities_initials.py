"""A person named by initials and surname is the full name of the same article."""

from __future__ import annotations

from reader.extract.entities import extract_entities
from reader.extract.entities.initials import split_initials
from reader.extract.model import EntityType as T


def canonical(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract_entities(text):
        if e.type is T.PERSON:
            out.setdefault(e.text, set()).add(e.canonical)
    return out


def test_team_sheet_initials_are_the_players_named_in_the_report() -> None:
    text = (
        "Huw Llewellyn scored twice as Pontypridd beat Neath 24-10 on Saturday, and "
        "Rhodri Bevan kicked the conversions.\n\n"
        "Pontypridd: H. Llewellyn, R. Bevan, J. Davies.\n\n"
        "Llewellyn said the side had worked hard all week."
    )
    got = canonical(text)
    assert got["H. Llewellyn"] == {"Huw Llewellyn"}
    assert got["R. Bevan"] == {"Rhodri Bevan"}
    # Nobody named Davies in full: the initial form stays its own name.
    assert got["J. Davies"] == {"J. Davies"}
    # The surname alone is the full name, not whichever form came last.
    assert got["Llewellyn"] == {"Huw Llewellyn"}


def test_initials_that_open_two_full_names_are_left_alone() -> None:
    text = (
        "John Hayes and James Hayes, brothers from Cappamore, both started.\n\n"
        "Munster: J. Hayes, D. O'Callaghan.\n\nDonncha O'Callaghan was captain."
    )
    got = canonical(text)
    assert got["J. Hayes"] == {"J. Hayes"}
    assert got["D. O'Callaghan"] == {"Donncha O'Callaghan"}


def test_initials_must_open_the_given_names() -> None:
    text = "Maria Lopez chaired the meeting. A. Lopez, her cousin, took the minutes."
    assert canonical(text)["A. Lopez"] == {"A. Lopez"}


def test_what_counts_as_initials() -> None:
    assert split_initials("H.J. Llewellyn") == ("HJ", ["Llewellyn"])
    assert split_initials("J-P Dupont") == ("JP", ["Dupont"])
    assert split_initials("A. de Villiers") == ("A", ["de", "Villiers"])
    # A bare pair of capitals is a first name as often as initials ("AJ Tracey").
    assert split_initials("AJ Tracey") is None
    assert split_initials("Huw Llewellyn") is None
    assert split_initials("H. J.") is None
