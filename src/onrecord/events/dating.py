"""When an act took place, as the text says it: an event's stated date.

News recaps: "The crisis escalated on March 3, when Ostravan artillery shelled a border post",
in an article of 20 March, reports a shelling of 3 March. Counted on the article's date, the
recap would be fresh escalation in the week of the 20th. The rule (docs/events.md, *Stated
dates*):

1. An act's own time modifier says when it was done: "on March 3", "last Tuesday",
   "yesterday", "in 2014", "last week", "two days ago", "Tuesday's strike", "the 2016 war",
   or the date a "when" clause hangs on ("on March 3, when ..."). A verb conjoined to a dated
   one, with no time of its own, shares it.
2. An act with no time of its own, told in a statement whose speech verb has one ("Voss said
   on Monday that Ostrava had shelled the post"), takes the statement's time: the report
   bounds the act, and it is the best the text gives.
3. An act to come (a threat, a plan, a conditional, anything hypothetical) takes only the
   statement's time: its signal is given when it is said, whatever day it names.
4. Relative times resolve against the article's date: a weekday is the latest such day on or
   before it; "last week" the ISO week before; a month and day with no year the latest such
   day. Without an article date only a date with its year is read.
5. Spans ("since 2014", "until Friday", "by March 30", "for three days") are no time of an
   act, and a time after the article's date is none either.

The result is an ISO 8601 date of the precision the text gives (:mod:`onrecord.stated_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from onrecord.datelines import MONTH_NUMBERS
from onrecord.events.syntax import table_of
from onrecord.stated_dates import StatedDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from onrecord.nlp import TokenTable

# prepositions that place an act in time ("on March 3", "in 2014", "during the night of ...");
# "since", "until", "by", "for", "before", "after" give spans and bounds, not the act's time
_AT_TIME = frozenset({"on", "in", "during", "at"})
# the dependents that carry a bare time ("yesterday", "last week", "Tuesday")
_TIME_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl"})
# a noun's own time ("Tuesday's strike", "the March 3 attack", "the 2016 war")
_NOUN_TIME_DEPS = frozenset({"poss", "compound", "nmod", "nummod", "amod"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# words that put an event noun to come ("the planned visit", "next week's talks")
_TO_COME = frozenset(
    {
        "planned",
        "upcoming",
        "proposed",
        "expected",
        "scheduled",
        "next",
        "possible",
        "potential",
        "future",
        "forthcoming",
        "coming",
        "intended",
        "impending",
        "imminent",
    }
)
# time words the tagger does not always mark as dates
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})
# verbs whose complement is the act they time: "began shelling on Monday"
_ASPECT = frozenset({"begin", "start", "continue", "resume", "launch", "carry", "keep"})

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
} | {"a": 1, "an": 1}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ABSOLUTE = (
    re.compile(rf"^(?:\w+day,?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^(?:\w+day,?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^{_MONTH}(?:\s+of)?(?:,?\s+{_YEAR})?$"),
    re.compile(rf"^(?:the\s+year\s+)?{_YEAR}$"),
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")
_AGO = re.compile(r"^(?P<n>\d+|[a-z]+)\s+(?P<unit>day|week|month|year)s?\s+ago$")
_RELATIVE = re.compile(
    r"^(?:(?P<which>last|this|earlier\s+this|this\s+past|past)\s+)?"
    r"(?P<unit>week|month|year|weekend|morning|afternoon|evening|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)

_PART_OF_DAY = re.compile(r"^(?P<day>.+?)\s+(?:morning|afternoon|evening|night)$")


def time_tokens(table: TokenTable) -> list[int]:
    """The indices of a document's tokens that may name a time, sorted: the tokens of its
    date, time and event entities ("the 2016 war") and its day words: where
    :func:`stated_date` can find one, read off the token table."""
    found = [
        i
        for start, end, label, *_ in table.ents
        if label in _TIME_ENTITIES or label == "EVENT"
        for i in range(start, end)
    ]
    found += [i for i, w in enumerate(table.lower) if w in _DAY_WORDS]
    return sorted(found)


def stated_date(
    head: Token,
    *,
    noun: Token | None,
    statement: Token | None,
    to_come: bool,
    published: dt.date | None,
    own: bool = True,
) -> str | None:
    """The date the text states for an act (None when it states none).

    Args:
        head: the act's verb (or noun, for an event noun).
        noun: the event noun the act was read from, when there is one ("Tuesday's strike").
        statement: the speech verb of the statement that tells of the act, if any.
        to_come: the act is hypothetical, threatened or planned: only the statement's time.
        published: the article's date.
        own: whether to look for the act's own time (False when its sentence names none).
    """
    times: list[Span] = []
    if own and not to_come:
        if noun is not None:
            times.extend(_noun_times(noun))
        if not times:
            times.extend(_act_times(head))
    if not times and statement is not None and statement.i != head.i:
        times.extend(_act_times(statement))
    if (
        not times
        and own
        and head.dep_ in {"xcomp", "ccomp", "advcl"}
        and (to_come or (head.pos_ == "VERB" and not _past_or_timeless(head)))
    ):
        # "threatened on Thursday to close the border", "agreed on Monday to withdraw": an
        # act to come, announced by the verb it hangs on
        times.extend(_act_times(head.head))
    for span in times:
        stated = resolve(span.text, published)
        if stated is not None:
            return stated.iso()
    return None


def _act_times(verb: Token, *, depth: int = 0) -> list[Span]:
    """The time modifiers of an act's verb (or of the verb it is conjoined to)."""
    if verb.pos_ in {"NOUN", "PROPN"}:
        return _noun_times(verb)
    if not _past_or_timeless(verb):
        return []
    found = _times_below(verb)
    if not found and verb.lemma_.lower() in _ASPECT:
        # "began shelling the town on Monday": the act begun has the time
        found = [
            span
            for child in verb.children
            if child.dep_ == "xcomp"
            for grandchild in child.children
            for span in _time_of(grandchild)
        ]
    if found or depth > 3 or _timed_otherwise(verb):
        # (a verb with a span of its own, "and shelled Dren for 11 days", shares no date)
        return found
    # "on March 3, when Ostrava shelled the post": the time the when-clause hangs on
    if verb.dep_ in {"advcl", "relcl"} and any(c.lower_ == "when" for c in verb.children):
        host = verb.head
        if host.ent_type_ in _TIME_ENTITIES:
            return [_entity(host)]
        return _act_times(host, depth=depth + 1)
    # "shelled the post on March 3 and attacked a patrol": the first verb's time
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _act_times(verb.head, depth=depth + 1)
    # "began shelling the town on Monday"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ASPECT:
        return _act_times(verb.head, depth=depth + 1)
    # "Tuesday's strike killed four soldiers": the act the subject names has the time
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
            nouns = _noun_times(child)
            if nouns:
                return nouns
    return []


def _timed_otherwise(verb: Token) -> bool:
    """Has the verb a time word of its own that names no point of time: a span or a bound
    ("for 11 days", "since 2014", "until Friday")?"""
    t = table_of(verb.doc)
    dep, ent = t.dep, t.ent_type
    return any(
        dep[c] == "prep"
        and any(dep[o] == "pobj" and ent[o] in _TIME_ENTITIES for o in t.children(c))
        for c in t.children(verb.i)
    )


def _times_below(verb: Token) -> list[Span]:
    """The times among the verb's own modifiers (``_time_of`` of each child that may be one,
    the others passed over on the token table)."""
    t = table_of(verb.doc)
    dep, lower, doc = t.dep, t.lower, verb.doc
    return [
        span
        for c in t.children(verb.i)
        if dep[c] in _TIME_DEPS or (dep[c] == "prep" and lower[c] in _AT_TIME)
        for span in _time_of(doc[c])
    ]


def _noun_times(noun: Token) -> list[Span]:
    """The times of an event noun done: "Tuesday's strike", "the attack on March 3".

    None for one to come ("the planned visit on Tuesday", "his first meeting with Orlin on
    Tuesday" after "is headed to Lorvik"): a noun has no tense, so the verb it hangs on must
    tell of the past, and no word may plan it.
    """
    if any(c.lower_ in _TO_COME for c in noun.children):
        return []
    out: list[Span] = []
    for child in noun.children:
        if child.dep_ in _NOUN_TIME_DEPS and (
            _is_time(child) or (child.tag_ == "CD" and _YEAR_IN.fullmatch(child.text))
        ):
            # ("the 2016 war", which the tagger may read as the name of an event)
            out.append(_entity(child))
        elif child.dep_ == "prep" and child.lower_ in _AT_TIME:
            out.extend(_entity(o) for o in child.children if o.dep_ == "pobj" and _is_time(o))
    # the verb the noun hangs on, through an of-phrase ("imposed a package of sanctions")
    verb, via = noun, noun.dep_
    while verb.dep_ in {"pobj", "prep", "dobj"} and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            break
        via = verb.dep_
    if verb.pos_ in {"VERB", "AUX"} and not _past_or_timeless(verb):
        # "Ten years after the 2016 war, the village still bears ...": a year is past
        return [span for span in out if _YEAR_IN.search(span.text)]
    if not out and verb.pos_ == "VERB":
        times = [span for child in verb.children for span in _time_of(child)]
        if via == "dobj":
            # "imposed a fifth package of sanctions on Ostrava on Monday"
            out = times
        elif via == "prep":
            # a time fronted before the clause's subject scopes all of it: "In December
            # 2009, ... the two learned of a meeting" (not "learned of a meeting on Monday")
            subject = next((c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                out = [span for span in times if span.end <= subject]
    return out


def _time_of(child: Token) -> list[Span]:
    if child.dep_ == "prep" and child.lower_ in _AT_TIME:
        out = []
        for o in child.children:
            if o.dep_ != "pobj":
                continue
            if _is_time(o):
                out.append(_entity(o))
            else:
                out.extend(_occasion_times(o))
        return out
    if child.dep_ in _TIME_DEPS and _is_time(child):
        return [_entity(child)]
    return []


def _occasion_times(occasion: Token) -> list[Span]:
    """The time of the occasion an act was done at: "said in an interview on Thursday",
    "criticised him on a talk show on Tuesday", "said at an event this month", "prompted
    NATO at its July summit", "at Monday's meeting"."""
    out = []
    for p in occasion.children:
        if p.dep_ in _TIME_DEPS or p.dep_ in {"poss", "compound", "nmod"}:
            if _is_time(p):
                out.append(_entity(p))
        elif p.dep_ == "prep" and p.lower_ == "on":
            out.extend(_entity(t) for t in p.children if t.dep_ == "pobj" and _is_time(t))
    return out


def _is_time(tok: Token) -> bool:
    # ("on Monday night" is a TIME to the tagger)
    return tok.ent_type_ in _TIME_ENTITIES or tok.lower_ in _DAY_WORDS


def _entity(tok: Token) -> Span:
    """The date entity a token belongs to (the token alone when it is in none)."""
    doc: Doc = tok.doc
    start = end = tok.i
    if tok.ent_type_ in _TIME_ENTITIES:
        # the whole entity, and a time entity next to it ("Tuesday" and "night", which the
        # tagger reads as a date and a time)
        while start > 0 and doc[start - 1].ent_type_ in _TIME_ENTITIES:
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].ent_type_ in _TIME_ENTITIES:
            end += 1
    return doc[start : end + 1]


_PRESENT = frozenset({"is", "are", "am", "'s", "'re", "be", "being"})
_MODALS = frozenset({"will", "would", "shall", "'ll", "could", "might", "may", "should", "must"})


def _past_or_timeless(verb: Token) -> bool:
    """Is the verb's act done (past tense, a perfect, a past passive), not to come?"""
    t = table_of(verb.doc)  # (read off the token table: no Token built for each child)
    tag = t.tag[verb.i]
    if tag not in {"VBD", "VBN", "VBG"}:
        return False
    dep, lower = t.dep, t.lower
    aux = {lower[c] for c in t.children(verb.i) if dep[c] in {"aux", "auxpass"}}
    if aux & _MODALS:
        return False
    # "was attacked", "had shelled", "has attacked", a participle with no auxiliary, and
    # "shelling on Monday" in "accused Ostrava of shelling the post on Monday"; not "is
    # expected to visit", "are shelling"
    return tag == "VBD" or not (aux & _PRESENT)


def resolve(text: str, published: dt.date | None) -> StatedDate | None:
    """A time expression as the days it names, against the article's date.

    None when it names no point of time the rule reads, or one after the article's date.
    """
    words = " ".join(text.lower().replace(",", " ").split())
    words = re.sub(r"^(?:on|in|the|early|late|earlier|later|over|at)\s+", "", words)
    words = re.sub(r"^the\s+(?=weekend$)", "", words)
    # "Monday night", "yesterday morning": the day ("last night" stays, and is read as none)
    part = _PART_OF_DAY.match(words)
    if part is not None and part["day"] not in {"last", "this", "earlier this"}:
        words = part["day"]
    stated = _absolute(words, published)
    if stated is None and published is not None:
        stated = _relative(words, published)
    if stated is None or (published is not None and stated.first > published):
        return None
    return stated


def _absolute(words: str, published: dt.date | None) -> StatedDate | None:
    for pattern in _ABSOLUTE:
        m = pattern.match(words)
        if m is None:
            continue
        parts = m.groupdict()
        year = int(parts["year"]) if parts.get("year") else None
        month_name = parts.get("month")
        if month_name is None:
            return StatedDate.of_year(year) if year else None
        month = MONTH_NUMBERS.get(month_name.lower().rstrip("."))
        if month is None:
            return None
        day = int(parts["day"]) if parts.get("day") else None
        if year is None:
            if published is None:
                return None
            # the latest such day (or month) on or before the article's date
            year = published.year
            if (month, day or 1) > (published.month, published.day):
                year -= 1
        try:
            if day is None:
                return StatedDate.of_month(year, month)
            return StatedDate.of_day(dt.date(year, month, day))
        except ValueError:
            return None
    return None


def _relative(words: str, day: dt.date) -> StatedDate | None:
    if words in {"today", "tonight"}:
        return StatedDate.of_day(day)
    if words == "yesterday":
        return StatedDate.of_day(day - dt.timedelta(days=1))
    m = _AGO.match(words)
    if m is not None:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.get(m["n"])
        if n is None:
            return None
        unit = m["unit"]
        if unit == "day":
            return StatedDate.of_day(day - dt.timedelta(days=n))
        if unit == "week":
            return StatedDate.of_week(day - dt.timedelta(weeks=n))
        if unit == "month":
            months = day.year * 12 + day.month - 1 - n
            return StatedDate.of_month(months // 12, months % 12 + 1)
        return StatedDate.of_year(day.year - n)
    m = _RELATIVE.match(words)
    if m is None:
        return None
    which, unit = (m["which"] or "").replace("this past", "last").replace("past", "last"), m["unit"]
    if unit in _WEEKDAYS:
        if which not in {"", "last"}:
            return None  # "this Friday" may be to come
        back = (day.weekday() - _WEEKDAYS.index(unit)) % 7
        if which == "last" and back == 0:
            back = 7
        return StatedDate.of_day(day - dt.timedelta(days=back))
    if unit in {"morning", "afternoon", "evening", "night"}:
        return StatedDate.of_day(day) if which in {"this", "earlier this"} else None
    if unit == "weekend":
        # a past act "at the weekend", "this weekend", "over the weekend": the latest Saturday
        # and Sunday up to the article's day (its own, on a Saturday or Sunday; "last
        # weekend" then the one before); an ISO week holds both days
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
        if which == "last" and day.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return StatedDate.of_week(saturday)
    if which == "last":
        if unit == "week":
            return StatedDate.of_week(day - dt.timedelta(weeks=1))
        if unit == "month":
            months = day.year * 12 + day.month - 2
            return StatedDate.of_month(months // 12, months % 12 + 1)
        return StatedDate.of_year(day.year - 1)
    if which in {"this", "earlier this"}:
        if unit == "week":
            return StatedDate.of_week(day)
        if unit == "month":
            return StatedDate.of_month(day.year, day.month)
        return StatedDate.of_year(day.year)
    return None
