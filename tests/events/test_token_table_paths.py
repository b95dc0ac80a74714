"""The coder's paths that read the token table (``nlp.token_table``) instead of spaCy tokens
give what the token-by-token reading gives.

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

from onrecord.events.features import _CONTENT, _lemma, sentence_features
from onrecord.events.lexicon import load_lexicon
from onrecord.events.triggers import Matcher
from onrecord.nlp import token_table

TEXTS = [
    "Ostrava threatened Belvania with sanctions and vowed to strike its ports.",
    "Belvania's envoy, Ivo Dant, held talks with the Ostravan minister on Friday.",
    "The ministry said it would not accept the 12 demands, and lifted the curfew in Lorvik.",
    "A hunger strike by 300 workers ended after the government offered to host a summit.",
    "Protesters in Kessin called for elections; the army was ready to withdraw its troops.",
]


def test_candidates_hold_every_token_a_trigger_starts_from(nlp) -> None:
    matcher = Matcher(load_lexicon())
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        candidates = set(matcher.candidates(token_table(doc), 0, len(doc)))
        hits = {t.i for t in doc if matcher.match(t) is not None}
        assert hits <= candidates
        found += len(hits)
    assert found >= 10


def test_sentence_features_read_off_the_table_equal_the_tokens(nlp) -> None:
    for text in TEXTS:
        for sent in nlp(text).sents:
            words = []
            prev = "<s>"
            for tok in sent:  # the reading the table replaced
                if tok.is_punct or tok.is_space:
                    continue
                lem = _lemma(tok)
                if tok.pos_ in _CONTENT and not tok.is_stop:
                    words.append(f"w={lem}")
                words.append(f"b={prev}_{lem}")
                prev = lem
            feats = sentence_features(sent)
            assert feats[len(feats) - len(words) :] == words
