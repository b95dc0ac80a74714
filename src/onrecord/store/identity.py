"""Article identity and the keys the store matches on.

An article is the same article when its normalised URL is the same, or, when no URL is known,
when its text is the same (sha256). Exact copies of a text under two URLs are also one article:
syndicated wire copies are the commonest double count.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from onrecord.letters import UNDECOMPOSED_FOLDED

# Tracking parameters that never change what page a URL names.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref_src"})
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_SPACES = re.compile(r"\s+")
_UNDECOMPOSED = str.maketrans(UNDECOMPOSED_FOLDED)


def normalise_url(url: str | None) -> str | None:
    """The form of a URL used for identity.

    Lower-case scheme and host, default port, fragment, ``utm_*`` and other tracking
    parameters and a trailing slash are dropped; remaining query parameters keep their order.

    Example:
        >>> normalise_url("HTTPS://Wire.Example:443/Talks/?utm_source=rss&id=4#top")
        'https://wire.example/Talks?id=4'
    """
    if url is None:
        return None
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if _has_valid_port(parts.netloc) else None
    netloc = host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
        ]
    )
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, query, ""))


def _has_valid_port(netloc: str) -> bool:
    try:
        _ = urlsplit(f"//{netloc}").port  # reading .port raises on a bad port
    except ValueError:
        return False
    return True


def text_hash(text: str) -> str:
    """Full sha256 of the text (hex); the record id is its first 16 digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fold(value: str | None) -> str:
    """Case- and accent-insensitive form for matching names (``Zelenskyy`` ~ ``ZELENSKYY``).

    Accents go (NFKD, then the combining marks), and so do the letters NFKD leaves whole
    (``ı ø ł æ œ đ ð þ``, :data:`onrecord.letters.UNDECOMPOSED_FOLDED`): "Yıldırım" folds as
    "Yildirim" does. Punctuation stays.

    Example:
        >>> fold("  Ána   VOSS ")
        'ana voss'
        >>> fold("Lars Løkke, Wałęsa")
        'lars lokke, walesa'
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # After case folding: "Ø" is "ø" by then, and so is a letter NFKD made of "ǿ".
    return _SPACES.sub(" ", stripped.casefold().translate(_UNDECOMPOSED)).strip()


def refold(key: str) -> str:
    """A key :func:`fold` made before it replaced the undecomposed letters, as it makes it
    now: ``fold(v) == refold(old_fold(v))`` for any ``v`` (the letters are replaced after
    case folding, by letters, so nothing else moves). Migration ``fl01`` re-keys with it."""
    return key.translate(_UNDECOMPOSED)


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """The outlet an article counts as: its source name, else its URL's host, else itself."""
    if source and source.strip():
        return source.strip()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return article_id
