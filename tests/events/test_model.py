"""The trained event-type model: its file, its decisions inside the coder, its confidence."""

from __future__ import annotations

import numpy as np
import pytest

from onrecord.events.model import MODEL_FILE, PENTA_OF_TYPE, EventModel, load_model


@pytest.fixture(scope="module")
def model() -> EventModel:
    m = load_model()
    assert m is not None, f"the package ships no {MODEL_FILE}"
    return m


def test_model_file_holds_plain_arrays_only(model):
    from importlib import resources

    ref = resources.files("onrecord.events").joinpath("data", MODEL_FILE)
    with resources.as_file(ref) as path, np.load(path, allow_pickle=False) as npz:
        assert {"vocab", "types", "type_w", "type_b", "penta_w", "penta_b", "meta"} <= set(
            npz.files
        )
        assert all(npz[k].dtype != object for k in npz.files)
    assert model.type_w.shape == (len(model.vocab), len(model.types))
    assert model.penta_w.shape == (len(model.vocab), 5)
    assert set(model.types) <= set(PENTA_OF_TYPE)


def test_model_notice_names_the_training_data():
    from importlib import resources

    notice = (
        resources.files("onrecord.events").joinpath("data", "NOTICE").read_text(encoding="utf-8")
    )
    assert "CC BY-SA 4.0" in notice and "Hu et al., ACL 2024" in notice and "ConfliBERT" in notice


def test_model_decision_is_a_probability(model):
    d = model.decide(["lex=ASSAULT", "t=attack", "w=artillery"])
    assert d.type == "ASSAULT"
    assert 0.0 <= d.confidence <= 1.0
    assert sum(d.probs.values()) == pytest.approx(1.0, abs=1e-3)
    assert d.penta in PENTA_OF_TYPE[d.type]


def test_model_unknown_features_still_decide(model):
    d = model.decide(["never-seen-feature"])
    assert d.type in model.types and 0.0 < d.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ruritania attacked Freedonian border posts with artillery.", "ASSAULT"),
        ("Ruritania sent humanitarian aid to Freedonia.", "AID"),
        ("Ruritania accused Freedonia of shelling its villages.", "ACCUSE"),
        ("Ruritania rejected Freedonia's proposal for talks.", "REJECT"),
        ("Ruritania urged Freedonia to release the detained journalists.", "REQUEST"),
        ("Ruritania threatened to expel Freedonian diplomats.", "THREATEN"),
        ("Ruritania praised Freedonia's decision.", "SUPPORT"),
        ("Police arrested dozens of protesters in the Freedonian capital.", "COERCE"),
        ("Ruritania released 20 Freedonian prisoners.", "RETREAT"),
        ("Ruritania will not meet Freedonia.", "REJECT"),
        # CAMEO 163 "impose embargo, boycott or sanctions" is COERCE in the 2021 table.
        ("Ruritania imposed sanctions on Freedonia.", "COERCE"),
    ],
)
def test_model_codes_main_event_type(code_with_model, text, type_):
    events = code_with_model(text)
    assert events and events[0].type == type_, [(e.type, e.confidence) for e in events]
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in events)


def test_model_keeps_negation_from_rules(code_with_model):
    events = code_with_model("Ruritania did not attack Freedonia.")
    assert events[0].type == "ASSAULT" and events[0].negated and events[0].intensity > 0


def test_model_rules_only_events_have_no_confidence(nlp):
    from onrecord.events import code_events
    from tests.events.conftest import FakeActors

    text = "Ruritania attacked Freedonia."
    events = code_events(nlp(text), [], FakeActors(text), model=None)
    assert events and events[0].confidence is None


def test_model_fallback_needs_two_actors(code_with_model):
    # No lexicon trigger and one actor: the model proposes nothing.
    assert code_with_model("Ruritania's economy grew by three percent last year.") == []


def test_model_reads_what_was_announced(code_with_model):
    # A reporting verb with an object and no clause: the announced act is the event.
    events = code_with_model("Ruritania announced a suspension of aid to Freedonia.")
    assert events and events[0].type == "SANCTION", [(e.type, e.confidence) for e in events]


def test_model_announcement_of_nothing_is_no_event(code_with_model):
    assert code_with_model("The ministry announced a new budget on Monday.") == []


@pytest.fixture
def code_with_model(nlp):
    from onrecord.events import code_events
    from tests.events.conftest import FakeActors

    def run(text: str):
        return code_events(nlp(text), [], FakeActors(text))

    return run


def test_largest_is_the_arrays_max_to_the_bit() -> None:
    import numpy as np

    from onrecord.events.model import _largest

    rng = np.random.default_rng(0)
    for n in (1, 5, 15, 20):
        for _ in range(200):
            a = rng.normal(size=n).astype(np.float32)
            a[rng.integers(n)] = a.max()  # ties
            assert _largest(a).tobytes() == a.max().tobytes()
    with_nan = np.array([1.0, np.nan, 3.0], dtype=np.float32)
    assert np.isnan(_largest(with_nan)) and np.isnan(with_nan.max())
