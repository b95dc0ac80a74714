"""What every reader shares: options, the item type, bounded reads and decoding.

Readers never raise for bad input: they yield :class:`~onrecord.errors.InputError` objects in
the stream next to the good items, so one bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO

from onrecord.article import ArticleInput
from onrecord.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Sniffing the declared charset only needs the head of a document.
_SNIFF_BYTES = 4096
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options shared by all readers.

    Args:
        max_bytes: files (and JSONL lines) larger than this are refused without being read.
    """

    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(slots=True)
class ReadItem:
    """One article read from an input, with where it came from (for messages)."""

    article: ArticleInput
    path: str
    line: int | None = None

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, as in error messages."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path


ReadResult = ReadItem | InputError


def human_size(n: int) -> str:
    """``20971520`` -> ``'20 MB'``: sizes for messages."""
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return (
                f"{value:.0f} {unit}" if unit == "bytes" or value >= 10 else f"{value:.1f} {unit}"
            )
        value /= 1024
    return f"{n} bytes"  # pragma: no cover - the loop always returns


def _kind_error(path: str, mode: int) -> InputError | None:
    if stat.S_ISDIR(mode):
        return InputError(path, "is a directory")
    if not stat.S_ISREG(mode):
        # A named pipe, socket or device: reading it could block forever or never end.
        return InputError(path, "not a regular file")
    return None


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; never block on a pipe, a socket or a device.

    The kind is checked with ``stat`` before opening, and again on the open descriptor (the
    path could be swapped for a pipe in between); the open itself uses ``O_NONBLOCK``, which
    makes opening a pipe return at once instead of waiting for a writer.

    Raises:
        InputError: missing, a directory, not a regular file, unreadable.
    """
    try:
        error = _kind_error(path, os.stat(path).st_mode)
        if error is not None:
            raise error
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "cannot read: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        error = _kind_error(path, os.fstat(fd).st_mode)
        if error is not None:
            raise error
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str, options: ReadOptions) -> bytes:
    """Read a whole regular file, refusing it early when it is over the size limit.

    Raises:
        InputError: missing, a directory, not a regular file, unreadable, over the limit.
    """
    try:
        info = os.stat(path)
    except OSError:
        info = None  # open_regular says why
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size > options.max_bytes:
        # The stat is enough: refusing here means a 50 MB file is never even opened.
        raise InputError(
            path,
            f"too large ({human_size(info.st_size)}; the limit is {human_size(options.max_bytes)})",
        )
    with open_regular(path) as fh:
        try:
            return read_bounded(fh, path, options)
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def read_bounded(fh: BinaryIO, path: str, options: ReadOptions) -> bytes:
    """Read a stream (stdin, a pipe, a growing file) but never more than the limit + 1 byte."""
    data = fh.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(path, f"too large (over the limit of {human_size(options.max_bytes)})")
    return data


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration announces, if it is a known codec."""
    head = data[:_SNIFF_BYTES]
    for pattern in (_XML_ENCODING, _HTML_CHARSET):
        m = pattern.search(head)
        if m:
            name = m.group(1).decode("ascii", "replace")
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def decode(data: bytes, path: str, *, line: int | None = None, declared: str | None = None) -> str:
    """Bytes to text: BOM, then UTF-8, then the declared charset, then detection.

    The decoded text is returned unchanged otherwise (no newline or quote rewriting), because
    plain-text offsets must index the file as given.

    Raises:
        InputError: empty, binary (NUL bytes), or an encoding that cannot be found.
    """
    if not data.strip():
        raise InputError(path, "empty" if line is None else "empty line", line=line)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    path, f"invalid {codec.upper()} despite its byte-order mark", line=line
                ) from None
    if b"\x00" in data:
        raise InputError(path, "binary content (NUL bytes), not text", line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data, path, line)


# Single-byte Western text is the commonest legacy encoding in news archives; when detection
# finds it as good as anything else (short texts tie often), it is the better bet.
_PREFERRED_LEGACY = "cp1252"


def _detect(data: bytes, path: str, line: int | None) -> str:
    # Imported lazily: detection is only for the rare non-UTF-8 file.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(path, "not UTF-8 and the encoding could not be detected", line=line)
    encoding = best.encoding
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and _PREFERRED_LEGACY in (
            match.could_be_from_charset or []
        ):
            encoding = _PREFERRED_LEGACY
            break
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(
            path, "not UTF-8 and the encoding could not be detected", line=line
        ) from None


def require_text(
    text: str | None, path: str, *, line: int | None = None, what: str = "no article text found"
) -> str:
    """Raise when an extracted body is missing or blank."""
    if text is None or not text.strip():
        raise InputError(path, what, line=line)
    return text
