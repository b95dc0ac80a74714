"""Words of a name that are also words for a person (fifty-second session).

Seen on PolNeAR train: "Tennis great Billie Jean King remembered Ali as fun to be around"
had "Tennis" for its speaker, an actor of its own: the parser made the capitalised
description a second subject, which was read as a description only when tagged a common
noun. And her surname made her a man: "King" is a title ("King Abdullah"), so every later
"she" skipped her. A name's last word is its surname, and so is a one-word name the tagger
calls a person's. Fiction only; the misparse is written out by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from onrecord.attribution import Attribution, find_attributions
from onrecord.attribution.speakers import gender_of
from tests.attribution.conftest import hand_parsed, seg, spk

Attribute = Callable[[str], list[Attribution]]

# "Chess great Ana Lind Morel remembered Ivo Dant as fun to be around.": the description
# read as a name and made a second subject
_TWO_SUBJECTS = [
    ("Chess", True, "Chess", "PROPN", "NNP", "nsubj", 5, "O"),
    ("great", True, "great", "ADJ", "JJ", "amod", 4, "O"),
    ("Ana", True, "Ana", "PROPN", "NNP", "compound", 4, "B-PERSON"),
    ("Lind", True, "Lind", "PROPN", "NNP", "compound", 4, "I-PERSON"),
    ("Morel", True, "Morel", "PROPN", "NNP", "nsubj", 5, "I-PERSON"),
    ("remembered", True, "remember", "VERB", "VBD", "ROOT", 5, "O"),
    ("Ivo", True, "Ivo", "PROPN", "NNP", "compound", 7, "B-PERSON"),
    ("Dant", True, "Dant", "PROPN", "NNP", "dobj", 5, "I-PERSON"),
    ("as", True, "as", "ADP", "IN", "prep", 5, "O"),
    ("fun", True, "fun", "NOUN", "NN", "pobj", 8, "O"),
    ("to", True, "to", "PART", "TO", "aux", 11, "O"),
    ("be", True, "be", "AUX", "VB", "relcl", 9, "O"),
    ("around", False, "around", "ADV", "RB", "advmod", 11, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 5, "O"),
]


def test_a_capitalised_description_before_a_name_is_no_speaker() -> None:
    doc = hand_parsed(_TWO_SUBJECTS)
    found = [(seg(doc.text, a), spk(doc.text, a)) for a in find_attributions(doc)]
    assert found
    assert all(speaker is not None and "Morel" in speaker for _, speaker in found), found


def test_a_surname_that_is_a_title_genders_no_one(attribute: Attribute) -> None:
    text = (
        "Swimming great Ana Lind King remembered the final as the race of her life. She said "
        "the crowd had carried her."
    )
    found = {" ".join(seg(text, a)): a for a in attribute(text)}
    said = found["the crowd had carried her"]
    assert said.speaker_ref is not None
    assert "King" in text[said.speaker_ref[0] : said.speaker_ref[1]]


def test_a_title_before_a_name_still_genders_it() -> None:
    assert gender_of("King Tomas") == "male"
    assert gender_of("the King") == "male"
    assert gender_of("Queen Ana") == "female"
    assert gender_of("Lind King") is None  # (no given name of the list)
    assert gender_of("Morel Prince") is None
