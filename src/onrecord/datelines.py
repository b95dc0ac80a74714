"""Wire datelines ("CASTELBRUN, March 10, 2026 (BPA) —", "Port Amaris (BPA) –"): where a
story was filed from; a live report's time stamps ("11:30 —"), when an entry was filed; and
a story's credit lines ("Reporting by Marta Quell; editing by Paul Dray"), who wrote it.

Each names no speaker and no party to the story, so the stages step over it: the attribution
and actor stages over datelines, the event coder and the actor list over credit lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a month's name, written out or cut short ("Aug.", "Sept")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# each month's number by its name, written out or cut short, in lower case
MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# a date: "March 10, 2026", "10 March 2026", "6 May", "06.05.2026"
DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)
DATELINE = re.compile(
    # the place in capitals: CASTELBRUN, PORT AMARIS, ST. LOUIS, MYRTLE BEACH
    r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
    # a region or country that is not the date: ", Saradia", ", S.C."
    rf"(?:,\s+(?!{DATE})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    # the date: ", March 10, 2026", ", 10 March 2026"
    rf"(?:,?\s+{DATE})?"
    # the agency and the dash: " (BPA) —", " - ", or the agency and a colon: " (BPA):"
    r"\s*(?:(?:\([^)]{1,40}\))?\s*[—–-]+|\([^)]{1,40}\)\s*:)\s+"
    # or the place as a name is written, and then the agency must follow: "Port Amaris (BPA) –"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+\([A-Z][A-Za-z&. ]{1,30}\)\s*[—–-]+\s+"
    # or the place as a name is written with a date: "Brussels, 6 May 2026 –"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+{DATE}\s*(?:\([^)]{{1,40}}\))?\s*[—–-]+\s+"
    # or a live report's time stamp: "11:30 —", "2.15pm GMT -", "09:05 UTC:"
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
    r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PT|local time))?"
    r"\s*(?:[—–-]+|:)\s+"
)


# A place and its region or country as names are written, then a dash, with neither agency
# nor date: "Kessin, Ostrava -- ...", "Port Amaris, Saradia — ...", "Myrtle Bay, S.C. - ...".
# A page that sets its dateline in capitals with a style sheet holds it so. Read only at the
# top of a story (OPENING_LINES), where a dateline stands: further down, "Voss, Marr — ..."
# is as likely a list of names. The story's sentence must start after the dash.
OPENING_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r",\s+(?!" + DATE + r")[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}"
    r"(?:\s*[—–]+|\s+--?)\s+(?=[A-Z“\"])"
)
OPENING_LINES = 3
"""How many of a text's first non-blank lines may open with an :data:`OPENING_DATELINE`
(the title, a standfirst or a byline, then the story's first paragraph)."""


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines that open a paragraph of ``text``."""
    out = []
    pos = 0
    seen = 0  # non-blank lines so far
    for line in text.splitlines(keepends=True):
        lead = len(line) - len(line.lstrip())
        if lead < len(line):
            seen += 1
        m = DATELINE.match(line, lead)
        if m is None and seen <= OPENING_LINES:
            m = OPENING_DATELINE.match(line, lead)
        if m:
            out.append((pos + lead, pos + m.end()))
        pos += len(line)
    return out


# a wire story's credit line: "Associated Press writer Jon Dahl contributed to this report",
# "Reporting by Ana Weiss; editing by Teo Marr"
CREDIT_LINE = re.compile(
    r"\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b"
    r"|\bcontributed reporting\b|^\s*\(?(?:additional )?reporting by\b|\bediting by\b",
    re.IGNORECASE | re.MULTILINE,
)
# words every match of CREDIT_LINE holds, lower-cased: a text without any has no credit line
# (found by plain substring search; the pattern itself, tried at every character of a whole
# text, costs more)
CREDIT_WORDS = ("contributed", "reporting by", "editing by")


# CREDIT_WORDS as credit lines write them (a test for each, without lower-casing the whole
# text, which cost the actor stage more than the rest of this reading)
_CREDIT_MARKERS = tuple(
    dict.fromkeys(form for w in CREDIT_WORDS for form in (w[1:], w.title()[1:], w.upper()[1:]))
)
# where a credit starts inside its line: after the sentence before it, or at a bracket
# ("... one of the oldest in Iraq. (Reporting by Ana Weiss; editing by Teo Marr.)")
_CREDIT_OPENS = re.compile(r"[.!?][”’\"')\]]*\s+|\(")


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the credits of ``text``'s writers and editors: from the sentence
    a credit starts in (or its bracket) to the end of its line."""
    if not any(w in text for w in _CREDIT_MARKERS):
        return []
    out: list[tuple[int, int]] = []
    for m in CREDIT_LINE.finditer(text):
        lo = text.rfind("\n", 0, m.start()) + 1
        for opened in _CREDIT_OPENS.finditer(text, lo, m.start()):
            lo = opened.end() - (opened.group() == "(")
        hi = text.find("\n", m.end())
        span = (lo, len(text) if hi < 0 else hi)
        if out and out[-1][1] == span[1]:
            out[-1] = (min(out[-1][0], lo), span[1])  # two credits on one line
        else:
            out.append(span)
    return out


# the agencies (and outlets) a photograph's credit names after a slash ("John Moore/Getty
# Images")
PHOTO_AGENCIES = (
    "Getty Images",
    "Reuters",
    "AP",
    "AFP",
    "EPA",
    "Bloomberg",
    "Associated Press",
    "Corbis",
    "Shutterstock",
    "Sipa",
    "Xinhua",
    "TASS",
    "Anadolu",
    "NurPhoto",
    # outlets crediting their own photographers ("Jabin Botsford/The Washington Post")
    "HuffPost",
    "The Washington Post",
    "The New York Times",
)
_PHOTO_CREDIT = re.compile(
    r"\b([A-Z][\w’'-]+)((?:\s[A-Z][\w’'.-]*){1,3})\s?/\s?(?:"
    + "|".join(re.escape(a) for a in PHOTO_AGENCIES)
    + r")\b"
)


def photo_credit_ranges(text: str, given_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Character ranges of the photographers' credits in ``text`` ("John Moore/Getty Images",
    "Carlos Barria / Reuters"): a person's name (its first word, or the first part of a
    hyphenated one, "Samantha-Jo", a name ``given_name`` knows) right before a slash and a news
    agency. The
    photographer is no party to the story; a poll's makers ("Ipsos/Reuters") are no such
    name."""
    if "/" not in text or not any(a in text for a in PHOTO_AGENCIES):
        return []
    return [m.span() for m in _PHOTO_CREDIT.finditer(text) if given_name(m.group(1).split("-")[0])]
