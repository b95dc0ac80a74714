"""Resolve the mentions of one article to record-local actors.

:class:`ArticleActors` is built once per parsed article. It scans the article (see
:mod:`onrecord.actors.scan`), lists every actor the article names, and answers
``resolve_span(start, end)`` for any speaker, addressee or event party the other stages
ask about. How a mention is read (in order):

1. trimmed of determiners, possessives, quantities and punctuation; pronouns → None;
2. its syntactic head (the span's root in the article's parse) decides:
   a person mention → that person; a knowledge-base name (country, capital, metonym, IGO,
   organisation) → that actor; a plural demonym ("Palestinians") → the country;
3. an office title without a name ("the chancellor", "the Russian President") → the
   person of the article holding that role, else the knowledge base's office-holder on the
   article's date, else a group for the office;
4. a collective ("senior U.S. officials", "the Israeli government") → a group or
   organisation with the country its modifiers name; anonymous heads ("sources",
   "officials") without a country → None;
5. a non-actor head ("a Kremlin transcript") → the actor that qualifies it, else None;
6. an unknown name → a new person / organisation / place actor; a country that only the
   sentence around it gives is used for titled people, organisations and places.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, count
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process
from spacy.attrs import SENT_START

from onrecord.actors.identity import fold, name_key, split_name
from onrecord.actors.kb import (
    PRIO_CITY,
    PRIO_COUNTRY,
    PRIO_DEMONYM,
    KBEntry,
    KnowledgeBase,
    load_kb,
    parse_date,
)
from onrecord.actors.lexicon import WORD_BREAK, same_office
from onrecord.actors.pairs import PEOPLE_HEADS, PairForm, pair_form
from onrecord.actors.places import PLACE_LABELS as _PLACE_LABELS
from onrecord.actors.places import place_countries, state_country, us_state_named
from onrecord.actors.scan import (
    BODY_NAME_ENDS,
    FIRM_NAME_ENDS,
    FORMER_WORDS,
    LEADING_ROLES,
    PERSON_APPOS,
    PERSONAL_HONORIFICS,
    POSSESSIVE,
    TITLE_GLUE,
    US_PARTY_WORDS,
    ArticleScan,
    Cluster,
    PersonMention,
    adjective_people,
    glued,
    one_person,
)
from onrecord.attribution.marks import AMBIGUOUS, CLOSERS, OPENERS
from onrecord.attribution.speakers import (
    PEOPLE_ENDINGS,
    PERSON_NOUNS,
    PERSON_PRONOUN_GENDER,
    gender_of,
    is_given_name,
    is_person_name,
    joins_people,
    people_word,
    posting_phrase,
)
from onrecord.datelines import credit_ranges, dateline_ranges, photo_credit_ranges
from onrecord.garbled import clean_name
from onrecord.nlp import doc_text, meeting_place, token_table
from onrecord.record import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_POSS_PRON = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# the possessives that stand for one person, with the gender each asks of its antecedent
_PERSON_POSS = {"his": "male", "her": "female"}
# the possessives of the one speaking or spoken to ("our forces", "your army")
_SPEAKERS_OWN = frozenset({"our", "my", "your"})
# prepositions whose object is what is talked about or acted on, not a side ("spoke about
# Iran", "sanctions against Iran", "a deal on Iran", "policy towards Iran", "the conflict
# between Israel and the Palestinians")
_TOPIC_PREPS = frozenset(
    {"about", "against", "between", "on", "over", "toward", "towards", "regarding", "concerning"}
)
# acts done to a country, named by a noun before "of" ("the invasion of Iran"), besides the
# "-ing" nouns ("his handling of Iran")
_ACTS_ON = frozenset(
    """invasion occupation treatment criticism condemnation recognition isolation annexation
    destruction liberation defence defense support""".split()
)
# An article names its main country in at least this many country cues, and in this share of
# them; the words that join a name to the phrase it stands in ("the minister, Lou Jiwei,")
_MAIN_COUNTRY_CUES = 5
_MAIN_COUNTRY_SHARE = 0.6
_OWN_PHRASE_DEPS = frozenset({"appos", "compound"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
# ministers with roles of their own, whom a later "the minister" ("the secretary") names as
# well: "Foreign Minister Ana Voss ... the minister said"
_NAMED_MINISTERS = frozenset({"foreign_minister", "defence_minister"})


def _role_fits(mention_role: str, title_role: str | None) -> bool:
    """Does a description of ``mention_role`` name the holder of a title of ``title_role``?
    The same role, or the generic minister for a foreign or defence minister (the office
    phrase must match as well: ``same_office``)."""
    return title_role == mention_role or (
        mention_role == "minister" and title_role in _NAMED_MINISTERS
    )


_QUANT = frozenset(
    {
        "some",
        "many",
        "several",
        "few",
        "all",
        "both",
        "most",
        "other",
        "various",
        "numerous",
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "millions",
        "tens",
        "of",
        "two",
        "three",
        "a",
        "an",
        "the",
        "any",
        "each",
        "every",
        "such",
        "more",
        "no",
    }
)
# abbreviated offices the lexicon keeps with the honorifics
_OFFICE_ABBREVIATIONS = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "pres.": "president",
}
# a party and a US state after a name: "(R-Fla.)", ", D-N.Y.,", " (I-Vt.)"
_PARTY_STATE_MARK = r"[(,]\s*[RDI]\s*[-–]\s*([A-Z][A-Za-z.]{1,6})"
_PARTY_STATE = re.compile(rf"\s*{_PARTY_STATE_MARK}")
# a US state's abbreviation alone in brackets after a name: "Mitch McConnell (Ky.)"
_STATE_BRACKETS_MARK = r"\(\s*([A-Z][A-Za-z.]{1,6}\.)\s*\)"
_STATE_IN_BRACKETS = re.compile(rf"\s*{_STATE_BRACKETS_MARK}")
# either of the two anywhere in a text, searched without the space before it: a pattern that
# opens with "\s*" is tried at every character, and the two searches had cost the actors
# stage 5 % of its instructions
_ANY_PARTY_STATE = re.compile(f"{_PARTY_STATE_MARK}|{_STATE_BRACKETS_MARK}")
# the United States' two parties' words ("Republicans", "Democratic leaders"), and "GOP"
# (no "\b" first: a pattern that opens with one is tried at every character, and one that
# opens with its words skips to their first letters; the word before is tested apart)
_PARTY_WORD = re.compile(r"(Republicans?|Democrats?|Democratic)\b")
_GOP = re.compile(r"GOP\b")
# words of the United States' parties and Congress, in a group's name or a person's title
# ("Several Republican leaders", "House ethics investigators", "House Minority Leader")
_US_POLITICS_WORDS = US_PARTY_WORDS | frozenset(
    {"house", "senate", "congress", "congressional", "congressman", "congresswoman", "senator"}
)


def _party_of(name: str) -> str:
    """ ":R" or ":D" for a name of the Republican or the Democratic party's people
    ("Republican voters", "House Democrats"), else ""."""
    for pattern in (_PARTY_WORD, _GOP):
        for m in pattern.finditer(name):
            if not name[m.start() - 1 : m.start()].isalnum():
                return ":D" if m.group(0).startswith("D") else ":R"
    return ""


# words before a party word that make it another party ("Social Democrats", "Sweden
# Democrats"), and after "Democratic" another name ("the Democratic Republic of Congo")
_OTHER_PARTY = frozenset(
    {"social", "liberal", "christian", "free", "new", "sweden", "national", "progressive"}
)
_NOT_THE_PARTY = (" Republic", " Union", " Unionist", " Alliance", " Forces")
# phrases that set a sentence in the past ("at the time", "that year", "in those days")
_PAST_TIME = frozenset(
    {("at", "the", "time"), ("at", "that", "time"), ("that", "year"), ("in", "those", "days")}
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# words that make an office one just taken up or about to be ("the new minister")
_NEW_WORDS = frozenset({"new", "incoming", "newly", "newly-appointed", "newly-elected"})
_LEAVING_WORDS = frozenset({"outgoing", "departing", "retiring"})
# a past a sentence sets itself in without a date ("at the time" with no year near)
_UNDATED = object()


def _one_spelling(word: str) -> str:
    """British and American spellings of a body's head word as one ("the organisation" after
    "the Lakes Trade Organization")."""
    return word.replace("isation", "ization")


# the prepositions that say where a diplomat is posted ("a diplomat in Vell")
_POSTED_PREPS = frozenset({"in", "at"})
# Entity labels of names of bodies, places and works, whose words are all part of the name.
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
# Labels of a number that counts ("two senators", "Twelve percent"), or none.
_NUMBER_LABELS = frozenset({"", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL", "DATE"})
# a byline on a line of its own: "By Ana Weiss", "By ANA WEISS, Sarn Herald" (one writer)
_BYLINE = re.compile(
    r"^[^\S\n]*By[^\S\n]+([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){1,3})"
    r"[^\S\n]*(?:,[^\n]*)?$",
    re.MULTILINE,
)
# how far into an article a byline is looked for (characters)
_BYLINE_REACH = 1000
# a social-media handle or a web address: names written in lower case
_HANDLE_OR_SITE = re.compile(r"(?:^|\s)@\w|\w\.(?:com|org|net|gov|edu|[a-z]{2})\b")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_RESIDENT_HEADS = frozenset(
    {"population", "minority", "community", "communities", "villagers", "residents"}
)


_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})
# words a group's name holds besides what kind of group it is: articles, counts and shares
# ("about a third of Democratic voters" is as general a name as "Democratic voters")
_FILLER = (
    _QUANT
    | _INDEFINITE
    | frozenset(
        "about around nearly almost roughly least at than in half third thirds quarter "
        "percent four five six seven eight nine ten dozen".split()
    )
)
# roles a state fills many times over (ambassadors, generals, officials): a description
# of one names no particular holder the knowledge base lists
_MANY_HOLDER_ROLES = frozenset({"diplomat", "military", "official"})


# lower-case words that make a kind of body of the name after them ("super PAC"), which is
# no body's name alone
_TERMS_BEFORE_NAMES = frozenset({"super"})


def _named_in(name: str, text: str) -> bool:
    """Is ``name`` written in ``text`` as a body's proper name: ending in a capital ("Unity
    Party"), or with one, after "the" ("the Obama administration")? Not a description an
    actor was named by ("Flight attendants' union", a headline's)."""
    if name.rsplit(" ", 1)[1][:1].isupper():
        return name in text
    return name[:1].isupper() and (f"the {name}" in text or f"The {name}" in text)


def _contains_run(words: list[str], run: list[str]) -> bool:
    """Do ``words`` hold ``run`` as consecutive words ("belvanian defence ministry" holds
    "defence ministry" and "ministry")?"""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


def _posted_to(title: str, surfaces: frozenset[str]) -> bool:
    """Does a (folded) title send its holder to a place of ``surfaces`` ("ambassador to the
    ostrava republic", "envoy in sarn")?"""
    return any(
        f" {prep} {the}{place}" in f" {title}"
        for place in surfaces
        for prep in ("to", "in")
        for the in ("", "the ")
    )


# the head nouns news gives the top office of an international body ("the UN chief")
_BODY_CHIEF_HEADS = frozenset({"chief"})
# Roles a country has one holder of at a time: a description naming the country and the
# role ("the Russian president", "Kyiv's foreign minister") is that holder.
_SINGLE_OFFICE_ROLES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
)


# Words before a title that name a party or a stance, not a place: "the Democratic
# senator" may still be the senator the article introduced.
_PARTY_WORDS = frozenset(
    {
        "democratic",
        "democrat",
        "republican",
        "gop",
        "conservative",
        "liberal",
        "labour",
        "tory",
        "independent",
        "socialist",
        "green",
        "senior",
        "junior",
        "former",
        "current",
        "new",
        "top",
    }
)


# Country names said with "the" ("the United States", "the Netherlands").
_THE_COUNTRY = ("United ", "Republic ", "Democratic Republic", "Central African", "Czech Rep")
_THE_COUNTRY_END = (
    "lands",
    "pines",
    "Islands",
    "Bahamas",
    "Maldives",
    "Comoros",
    "Gambia",
    "Vatican",
)


def _person_possessive(root: Token) -> Token | None:
    """The "his" or "her" that qualifies the noun ``root``, or None."""
    return next((c for c in root.children if c.dep_ == "poss" and c.lower_ in _PERSON_POSS), None)


def _government_of(country: str) -> str:
    """ "Government of Russia", "Government of the United States"."""
    the = country.startswith(_THE_COUNTRY) or country.endswith(_THE_COUNTRY_END)
    return f"Government of {'the ' if the else ''}{country}"


# person mentions by start: the starts, and (start, person index, cluster) rows
_Rows = tuple[list[int], list[tuple[int, int, int]]]


@dataclass(frozen=True, slots=True)
class _Office:
    """An office a description names ("the Florida senator", "the former president"): its
    role and head phrase, the country it belongs to, the date it is held on, whether it is a
    former office, and the words that qualify it ("Florida"). Hashable: the key under which
    the article's holders of the office are listed once. A new office ("the new minister",
    "the incoming president") is the one just taken up or about to be."""

    role: str
    head: str
    country: str | None
    on: dt.date
    former: bool = False
    qualifiers: frozenset[str] = frozenset()
    newly: bool = False  # "the new minister", "the incoming minister"
    leaving: bool = False  # "the outgoing minister"


# Nouns for a share or a quantity of a group, which speaks for the group ("a majority of
# Americans", "dozens of officials", "a slew of party leaders").
_SHARE_NOUNS = frozenset(
    {"majority", "minority", "plurality", "number", "half", "third", "quarter", "most", "percent"}
    | {"lot", "slew", "dozen", "hundred", "thousand", "million", "handful"}
)


def _share_of(root: Token, end: int) -> Token | None:
    """The group a share noun heads, inside the mention: "a majority *of Americans*"."""
    lemma = root.lemma_.lower()
    if lemma not in _SHARE_NOUNS:
        return None
    if lemma == "lot" and root.lower_ != "lots" and not any(c.lower_ == "a" for c in root.children):
        return None  # "the lot of workers" is their condition, not "a lot of" them
    return _of_object(root, end)


def _of_object(root: Token, end: int) -> Token | None:
    """The object of the "of" phrase ``root`` heads, when it ends inside the mention."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return obj if obj is not None and obj.i < end else None


def _group_end(obj: Token, end: int, *, whole: bool = False) -> int:
    """Where the group ``obj`` heads ends inside a mention ending at ``end``: before a clause
    on it ("supporters who still back Randolph", "delegates selected Sunday"), else with its
    phrase (with the mention when ``whole``)."""
    stop = min(
        (c.left_edge.i for c in obj.children if c.i > obj.i and c.dep_ in _CLAUSE_DEPS),
        default=end if whole else obj.right_edge.i + 1,
    )
    # ... and before the next party of a coordination ("the Russian government and the
    # United Nations" is two parties, not one government so named)
    stop = min([stop] + [c.i for c in obj.children if c.i > obj.i and c.dep_ in _COORD_DEPS])
    return min(end, stop)


_CLAUSE_DEPS = frozenset({"relcl", "acl"})
_COORD_DEPS = frozenset({"cc", "conj"})


# Entity labels of a count, an amount, an age or a date: a mention headed by one names nobody.
_COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL", "DATE", "TIME"})


# entities an apposition's name may be: not a date ("March for Ostrava" read as March) or a
# people ("a registered Republican")
_APPOSED_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC"})
# the articles the recogniser takes into a body's name ("The Club for Growth")
_ARTICLES = frozenset({"the", "a", "an"})
# the kinds of knowledge-base entry that are bodies ("the militant group Hamas")
_BODY_KINDS = frozenset({"organization", "igo", "group"})
# small words inside a body's name
_NAME_JOINERS = frozenset({"for", "of", "at", "on", "in", "and", "the", "de"})
# Words that join the parties of a joint statement ("Voss and Marr", "both Voss and Marr").
_JOINT_CC = frozenset({"and", "&", "both"})
# Children of a party's head that are no part of its own words: the next party, the joining
# word, a clause or phrase after it ("conservative activist, who backs Cruz").
_NOT_OWN_DEPS = frozenset({"conj", "cc", "preconj", "relcl", "acl", "prep", "punct"})
# What heads a party of a coordinated speaker: a name, a noun phrase or a pronoun.
_CONJUNCT_POS = frozenset({"PROPN", "NOUN", "PRON"})

# A body's class nouns, by the actor kinds a definite one takes up: "the company" after
# "Velco Industries", "the group" after "the Harbour Trust", "the newspaper" after "the
# Marlow Gazette", "the agency" after "the Statistics Office" (:meth:`_class_antecedent`).
_FIRM_NOUNS = frozenset(
    {
        "company", "firm", "corporation", "conglomerate", "business", "retailer", "automaker",
        "carmaker", "manufacturer", "airline", "lender", "insurer", "startup", "giant",
    }
)  # fmt: skip
_SOCIETY_NOUNS = frozenset(
    {
        "group", "organization", "organisation", "charity", "nonprofit", "foundation",
        "coalition", "association", "movement",
    }
)  # fmt: skip
_OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "magazine", "network", "broadcaster", "channel", "tabloid", "website"}
)
_AGENCY_NOUNS = frozenset({"agency", "bureau"})
_CLASS_KINDS: dict[frozenset[str], frozenset[str]] = {
    _FIRM_NOUNS: frozenset({"organization", "outlet"}),
    _SOCIETY_NOUNS: frozenset({"organization", "group"}),
    _OUTLET_NOUNS: frozenset({"outlet"}),
    _AGENCY_NOUNS: frozenset({"organization"}),
}
# how many sentences back, the mention's own included, a class noun looks for its body
_CLASS_REACH = 3
# the people a body's name may qualify and still be the body named: "a Treasury spokesman
# said the agency", "Twitter executives said the company"; not "House members", "the
# Chicago Cubs baseball team"
_VOICE_HEADS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "executive", "director",
        "chief", "representative", "lawyer", "attorney", "chairman", "chairwoman", "president",
        "ceo", "statement", "release", "report", "editor", "editorial", "article", "column",
        "story", "reporter", "poll", "survey", "study", "analysis",
    }
)  # fmt: skip
# the last words of the names of places people gather in, which are no "group"
_PLACE_INSTITUTIONS = frozenset(
    {
        "university",
        "college",
        "school",
        "hospital",
        "church",
        "museum",
        "airport",
        "hotel",
        "stadium",
    }
)
# the last words of agencies' names ("Kessin Statistics Bureau", "Congressional Budget Office")
_AGENCY_NAME_WORDS = frozenset(
    {
        "agency", "bureau", "office", "administration", "service", "department", "commission",
        "authority", "board", "treasury",
    }
)  # fmt: skip

# collectives named by their opposition to another: "both sides", "the two sides"
_SIDES = frozenset({"side", "sides"})
# nouns for one running for office (one of two descriptions of one person, "the senator and
# Republican presidential candidate": see _described_twice)
_CANDIDACY_NOUNS = frozenset({"candidate", "nominee", "hopeful", "contender", "frontrunner"})
# words that make a description no one the article introduced ("the former candidate", "the
# other candidate", "the losing nominee")
_NOT_THE_ONE_INTRODUCED = FORMER_WORDS | {"other", "another", "losing", "defeated", "failed"}


# (nouns for a person that neither the people-noun list nor an ending for a doer gives)
_MORE_PERSON_NOUNS = frozenset(
    {"billionaire", "tycoon", "mogul", "surgeon", "neurosurgeon", "actress", "star"}
)
# (the singular of the endings of plural nouns for people: "-er", "-ist", "-man")
_DOER_ENDINGS = tuple(sorted({e[:-1] for e in PEOPLE_ENDINGS if e.endswith("s")} | {"man"}))


def _person_noun(lemma: str) -> bool:
    """Can the noun ``lemma`` describe one person ("neurosurgeon", "analyst", "nominee"),
    not a body or a thing a name is introduced with ("campaign", "team")?"""
    return (
        lemma in PERSON_NOUNS
        or lemma in _CANDIDACY_NOUNS
        or lemma in _MORE_PERSON_NOUNS
        or lemma.endswith(_DOER_ENDINGS)
    )


def _description_word(tok: Token) -> str:
    """A word of a description as it is compared, folded, and a party by one name whatever
    the article calls it ("the GOP nominee" is "Republican nominee Ivo Dansk")."""
    return _party_of(tok.text) or fold(tok.text)


# heads that say only that several people act together, not who: "green groups", "the
# campaign group America's Renewable Future"
_GENERIC_BODY_HEADS = frozenset({"group", "groups", "faction", "factions", "coalition", "camp"})
# the small words inside a body's name: "Club for Growth", "Friends of the Earth"
_NAME_GLUE = frozenset({"of", "for", "the", "and", "to", "&"})
_MEMBERS = frozenset({"members", "member"})
# the words before "countries" or "governments" that make them the parties the article names
# ("the governments", "two countries"; or none: "appealed to governments"), not a group of
# states of their own ("some European countries"); "both countries" and "the two
# governments" are pairs, read before (`pairs.pair_form`, :meth:`ArticleActors.pair_parties`)
_THE_PARTIES = frozenset({"both", "the", "two"})
# collectives only a state has: the country a sentence names for one is a state, never an
# international body
_STATE_HEADS = frozenset(
    {
        "government",
        "governments",
        "regime",
        "regimes",
        "cabinet",
        "cabinets",
        "countries",
        "nations",
    }
)

# a state's collectives in the singular: one state's, which the sentence before may name
_ONE_STATES_HEADS = frozenset({"government", "regime", "cabinet"})
# singular words for a body or a band of people that the lexicon's collectives leave out
# ("the Trump campaign", "a UN panel", "the Gold Star family"): a country's such body is a
# group of it, where another singular thing of the country is none ("the seat of the
# government", "an American defense of ...")
# (and the last words of bodies' and firms' names: "foundation", "company", "bank"); also the
# words after which a body's own name is set ("the polling firm Delta Survey",
# _close_body_name)
_BODY_WORDS = (
    frozenset(
        "campaign panel team family board bureau caucus firm staff crew squad jury club "
        "consortium alliance bloc lobby syndicate clan tribe household entourage contingent "
        "journal magazine paper weekly broadcaster outlet publication".split()
    )
    | BODY_NAME_ENDS
    | FIRM_NAME_ENDS
)
# a person's campaign ("the Clinton campaign", "the Trump camp") and the words that may stand
# between the name and the head ("Clinton's presidential campaign", "the 2016 Sanders campaign"):
# a race's words, not a struggle's ("Voss's long campaign" against something is her effort)
_CAMPAIGN_WORDS = frozenset({"campaign", "camp"})
# the clauses and phrases a sentence may open with before its main clause ("As her campaign
# ..., Clinton said"; "In her campaign's view, ...")
_FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod"})
# words that make a count approximate ("about four in 10", "more than 6 in 10", "at least 5")
_APPROXIMATE = frozenset(
    "about around roughly nearly almost approximately only just some over under more fewer "
    "less than at least most up".split()
)
# dependents after a head that say which one it is ("the campaign against ...", "the
# campaign to repeal ...", "the campaign of 1968")
_WHICH_ONE_DEPS = frozenset({"prep", "acl", "relcl", "appos", "compound", "nmod"})
_CAMPAIGN_QUALIFIERS = frozenset(
    {
        "presidential",
        "re-election",
        "reelection",
        "election",
        "electoral",
        "senate",
        "gubernatorial",
        "mayoral",
        "congressional",
        "parliamentary",
        "leadership",
        "primary",
        "former",
    }
)
_APOSTROPHES = frozenset({"'", "’"})
# a leader's government named after the leader ("the Biden administration", "the Assad
# regime"), the words that may stand between ("Orlin's new cabinet", "the second Merkel
# government") and the offices whose holder's government is the state's
_LEADERS_GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "cabinet"})
# those that, bare, refer back to a leader's government named before ("the administration"),
# where "the government" may be the government of the state the sentence names
_REFERRING_GOVERNMENT_WORDS = frozenset({"administration", "regime"})
# a state's government by any of its names ("the U.S. administration", "the Syrian regime")
_STATE_GOVERNMENT_WORDS = frozenset({"government", "administration", "regime"})
_TERM_QUALIFIERS = frozenset(
    {"new", "incoming", "outgoing", "former", "current", "previous", "first", "second", "third"}
)
# words for a place of a country (its name would stand for the country)
_PLACE_NOUNS = frozenset(
    "town city village province region republic district capital port enclave territory "
    "island".split()
)
# the marks that open and close a quotation inside a mention (a straight one does both;
# the single marks too, which marks.py's double-mark constants leave out)
_OPENING_QUOTES = frozenset(OPENERS + AMBIGUOUS + "‘")
_CLOSING_QUOTES = frozenset(CLOSERS + AMBIGUOUS + "’")

_PLACE_CACHE_MAX = 100_000  # entries; cleared when a long ingest outgrows it


class ArticleActors:
    """The actors of one parsed article.

    Args:
        doc: the spaCy Doc of the whole article (its only parse).
        kb: the knowledge base (the packaged one when omitted).
        published: the article's date (``YYYY-MM-DD`` or ISO 8601); office-holders are
            looked up on it (today when unknown).
        statements: the character spans of what the article reports said (the attribution
            stage's contents), when the caller has them: a country named only in someone's
            words places no unnamed government.

    ``resolve_span(start, end)`` maps a character span of ``doc.text`` to a record-local
    actor id (``a1``, ``a2`` ...), adding the actor when it is new; ``actors()`` lists every
    actor the article mentions, in order of first mention.
    """

    def __init__(
        self,
        doc: Doc,
        *,
        kb: KnowledgeBase | None = None,
        published: str | None = None,
        statements: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        self._text = doc_text(doc)
        # the document's token table, looked up once (``token_table`` wraps the columns anew
        # on each call, and a mention's reading asks for it several times)
        self.table = token_table(doc)
        # a person's abbreviated offices and places (_placement)
        self._placements: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._datelines = dateline_ranges(self._text)
        self.kb = kb if kb is not None else load_kb()
        self.published = published
        self.on = parse_date(published)
        self.office_date = self.on or dt.date.today()
        self.lex = self.kb.lexicon
        self.scan = ArticleScan(doc, self.kb, self.on)
        self._actors: list[Actor] = []
        self._outlet_by_last: dict[str, Actor] = {}  # "post" -> The New York Post
        self._by_id: dict[str, Actor] = {}
        self._by_key: dict[str, Actor] = {}
        self._unknown_names: dict[str, Actor] = {}  # name key -> actor (see _named_unknown)
        self._span_cache: dict[tuple[int, int], str | None] = {}
        self._pairs: dict[tuple[int, bool], list[tuple[str, int, int]] | None] = {}
        self._leading: list[tuple[str, int]] | None = None  # states by mentions (_leading_states)
        self._writer: tuple[str | None] | None = None  # worked out on first ask
        # tokens a speaker's own statement covers, while that speaker is resolved: what the
        # statement says is no evidence of whose the speaker is (:meth:`resolve_speaker`)
        self._said: list[tuple[int, int]] = []
        # tokens of everything the article reports said (the attribution stage's content
        # spans, when the caller has them): what anyone said places no unnamed government
        self._statements = [
            t for t in (self.table.char_tokens(*x) for x in statements) if t is not None
        ]
        # by office: its holders named as persons, then those named only as a modifier
        self._holders: dict[_Office, tuple[_Rows, _Rows]] = {}
        # (a person mention's introductions, by its first token: see _introductions)
        self._introduced: dict[int, list[tuple[frozenset[str], frozenset[str]]]] = {}
        self._sent_id: list[int] = []
        self._sent_bounds: list[tuple[int, int]] = []
        self._index_sentences()
        self._outlet_at = self._find_outlets()
        self._cues: list[tuple[int, str]] = []  # (token, code) for context countries
        self._body_cues: set[int] = set()  # those a body's name gives ("Congress")
        # misspelt places read so far, kept with the knowledge base: the fuzzy match is the
        # same in every article ("Ethopia"), and most texts repeat a handful of places
        self._place_cache: dict[str, str | None] = self.kb.cache.setdefault("fuzzy_place", {})
        if len(self._place_cache) > _PLACE_CACHE_MAX:
            self._place_cache.clear()
        self._collect_cues()
        self._list_article_actors()
        # the actors the article names (its people, bodies and states, as the scan lists
        # them), not the ones resolved later for a speaker or an event's argument
        self.listed: frozenset[str] = frozenset(a.id for a in self._actors)

    # -- public API -----------------------------------------------------------------------
    def resolve_span(self, start: int, end: int) -> str | None:
        """The actor id a character span names, or None when it names no actor.

        Args:
            start: start offset into ``doc.text``.
            end: end offset (exclusive).

        Returns:
            A record-local actor id such as ``"a3"``; the same actor always gets the same id.
        """
        key = (start, end)
        if key in self._span_cache:
            return self._span_cache[key]
        actor_id = None
        for lo, hi in self._datelines:
            if lo <= start < hi:  # "CASTELBRUN, March 10, 2026 (BPA) — Velmara": no actor there
                start = hi
        if start >= end:
            self._span_cache[key] = None
            return None
        span = self.table.char_tokens(start, end)  # doc.char_span's tokens, no Span
        if span is not None and span[0] < span[1]:
            actor = self._resolve_tokens(*span)
            actor_id = actor.id if actor else None
        self._span_cache[key] = actor_id
        return actor_id

    def resolve_speaker(
        self, start: int, end: int, said: Sequence[tuple[int, int]] = ()
    ) -> str | None:
        """The actor id of a statement's speaker mention: :meth:`resolve_span`, except that

        * a coordination ("Voss and her allies", "the U.S. and its allies") names no single
          actor: None, rather than putting a joint statement on one actor's page; nor does a
          coordination of people however the parser hangs it ("Republican Trump and Democrat
          Clinton", "Senator Holt of Varnia and Tomas Brin of Ostmark");
        * a country does not speak, its government or its people do: a country's name, capital
          or metonym ("the U.S. warned", "Moscow said") is the government of that country (an
          organisation with the country's code), a plural demonym ("the Saudis",
          "Americans") a group of its people;
        * ``said``, the character spans of what the speaker said, lends the speaker no
          country: "Cameron will work with whoever is elected U.S. president, the prime
          minister's spokesman said" is no American spokesman's.
        """
        key = (-start - 1, end)  # the span cache's keys for speakers, apart from resolve_span's
        if key in self._span_cache:
            return self._span_cache[key]
        start, end = self.without_posting(start, end)
        self._said = [t for t in (self.table.char_tokens(*x) for x in said) if t is not None]
        try:
            actor_id = self.resolve_span(start, end)
        finally:
            self._said = []
        actor = self._by_id.get(actor_id) if actor_id else None
        span = self.table.char_tokens(start, end)
        if actor is not None and span is not None and span[0] < span[1]:
            s, e = self._trim(*span)
            if s < e:
                root = self._root(s, e)
                share = _share_of(root, e)
                if share is not None:  # "a majority of Americans" speak as Americans
                    s, e, root = share.left_edge.i, min(e, share.right_edge.i + 1), share
                if (
                    (
                        any(c.dep_ == "conj" and s <= c.i < e for c in root.children)
                        and not self._described_twice(root, s, e, actor)
                    )
                    or (
                        actor.kind == "person"
                        and joins_people(
                            self.doc[s:e],
                            lambda t: self.scan.person_at[t.i] >= 0 or is_person_name(t),
                        )
                    )
                    or self._apposed_parties(root, s, e) is not None
                    # ("Jason Dana, Robyn Dawes and Nathanial Peterson", the second name
                    # read as the first's apposition)
                    or (actor.kind == "person" and self._list_of_names(s, e) is not None)
                ):
                    actor_id = None
                elif actor.kind == "country" and actor.country:
                    speaking = self._speaking_for(actor, s, e, root)
                    actor_id = speaking.id if speaking is not None else None
        self._span_cache[key] = actor_id
        return actor_id

    def _described_twice(self, root: Token, s: int, e: int, actor: Actor) -> bool:
        """Is the coordination at tokens ``s``-``e`` one person described twice, an office
        and a candidacy under one article ("the former secretary of state and current
        Democratic presidential nominee", "the Florida senator and Republican presidential
        candidate"), which resolved to the person ``actor``? Only when no name is in it, the
        later descriptions have no article or owner of their own, and none of them names
        someone else ("the president and vice president" are two)."""
        doc = self.doc
        conjuncts = [c for c in root.conjuncts if s <= c.i < e]
        heads = [root, *conjuncts]
        if (
            actor.kind != "person"
            # (a person the article named before: "The secretary of state and 2014 candidate
            # for U.S. Senate" is a state's, not the one the knowledge base lists)
            or not any(
                p.start < s and self._by_key.get(f"pc:{p.cluster}") is actor
                for p in self.scan.persons
            )
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
            or any(self.scan.person_at[i] >= 0 for i in range(s, e))
            or any(h.pos_ != "NOUN" or h.tag_ != "NN" for h in heads)
            or not any(h.lemma_.lower() in _CANDIDACY_NOUNS for h in heads)
            or any(t.dep_ == "cc" and t.lower_ != "and" for t in doc[s:e])
        ):
            return False
        for c in conjuncts:
            if any(k.dep_ in ("det", "poss") for k in c.children):
                return False  # "the president and the first lady", "the senator and his aide"
            lo = c.left_edge.i
            while lo < c.i and doc[lo].dep_ in ("cc", "punct"):
                lo += 1
            other = self._resolve_tokens(lo, c.i + 1)
            if other is not None and other is not actor:
                return False
        return True

    def without_posting(self, start: int, end: int) -> tuple[int, int]:
        """A mention of a speaker or an addressee cut before the phrase that says whom or
        where a person in it serves ("A spokesman for Ana Voss", "Ida Brin, a lawyer at the
        firm, and ..."): the record shows the phrase, but the party is resolved from the words
        before it, as the person it describes, never as the one served (and named as it was
        before mentions showed the phrase)."""
        span = self.table.char_tokens(start, end)
        if span is None or span[0] >= span[1]:
            return start, end
        s, e = span
        prep = next(
            (p for i in range(s, e) if (p := posting_phrase(self.doc[i])) is not None and p.i < e),
            None,
        )
        if prep is None:
            return start, end
        k = prep.i - 1
        while k > s and self.doc[k].is_punct:
            k -= 1
        return start, self.doc[k].idx + len(self.doc[k].text)

    def speaker_conjuncts(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """The parties a coordinated speaker mention names, as character spans in text order
        ("Russian President Vladimir Putin" and "his trusty foreign minister, Sergey Lavrov"
        in "Russian President Vladimir Putin and his trusty foreign minister, Sergey
        Lavrov"); None when the mention is no coordination, or when the parse does not make
        the split clear.

        The split is read off the parse alone: the mention's head with its ``conj`` chain,
        joined by "and" (or "&"), every conjunct a noun phrase of its own whose words are one
        unbroken run. "Voss or Marr" (either, not both), a coordination the parser hangs
        elsewhere ("Ana Voss, Teo Marr and Lena Holt" read as an apposition), or one that
        runs out of the mention give None: a wrong speaker is worse than none.
        """
        s, e = self._word_tokens(start, end)
        if e - s < 3:
            return None
        spans = self._parse_conjuncts(s, e)
        return spans if spans is not None else self._list_of_names(s, e)

    def _list_of_names(self, s: int, e: int) -> list[tuple[int, int]] | None:
        """The parties of a mention that lists people by name, whatever the parse made of it
        ("Donald Trump and House Speaker Paul Ryan", with "Trump" a modifier of "Speaker"):
        words cut at "and", "&" and commas, each part ending in a name of a person of its
        own, at least one "and"; else None ("Kim Wells, a teacher and Trump supporter" is
        one person)."""
        doc, scan = self.doc, self.scan
        parts: list[tuple[int, int]] = []
        lo = s
        joined = False
        for i in range(s, e + 1):
            if i < e and doc[i].lower_ not in _JOINT_CC and doc[i].text != ",":
                continue
            joined = joined or (i < e and doc[i].lower_ in _JOINT_CC)
            if lo < i:
                parts.append((lo, i))
            lo = i + 1
        if not joined or len(parts) < 2:
            return None
        clusters = set()
        named: list[tuple[int, int]] = []
        for a, b in parts:
            pi = scan.person_at[b - 1]
            if pi < 0 or scan.persons[pi].end != b or scan.persons[pi].start < a:
                return None
            if any(doc[k].pos_ in {"ADP", "VERB", "AUX"} for k in range(a, scan.persons[pi].start)):
                return None  # "aides to Teo Marr", "spokeswoman for Teo Marr": not Marr
            clusters.add(scan.persons[pi].cluster)
            # (the words before the name when they hang on it: "Texas Sen. Ted Cruz" with
            # "Sen." a conjunct of the first party is the name alone)
            root = self._root(a, b)
            named.append(
                (a, b) if root.i >= scan.persons[pi].start else (scan.persons[pi].start, b)
            )
        if len(clusters) < len(parts):
            return None
        return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in named]

    def _parse_conjuncts(self, s: int, e: int) -> list[tuple[int, int]] | None:
        """The parties of the coordination at tokens ``s``-``e`` as the parse splits it
        (:meth:`speaker_conjuncts`), else None."""
        root = self._root(s, e)
        heads = self._apposed_parties(root, s, e)  # "Two objectors, Lawrence Joyce and ..."
        bridge: set[int] = set()  # an apposition the parser hung the next party on
        if heads is not None:
            s = heads[0].left_edge.i
        else:
            heads = [root, *root.conjuncts]
            if len(heads) == 1:
                # "Lorvik's president, Hana Kovac, and the Turkish foreign minister, Hakan
                # Fidan": the second party hung on the first one's name
                named = self._name_bearing_the_list(root)
                if named is not None:
                    bridge.add(named.i)
                    heads = [root, *named.conjuncts]
        if len(heads) < 2 or any(not s <= h.i < e for h in heads):
            return None
        head_ids = {h.i for h in heads}
        if any(h.pos_ not in _CONJUNCT_POS or self._bare_description(h) for h in heads):
            return None
        owner: dict[int, list[int]] = {h.i: [] for h in heads}
        joiners = 0
        for i in range(s, e):
            tok = self.doc[i]
            if tok.dep_ in ("cc", "preconj") and (tok.head.i in head_ids or tok.head.i in bridge):
                if tok.lower_ not in _JOINT_CC:
                    return None  # "Voss or Marr": not a statement of both
                joiners += tok.dep_ == "cc"
                continue
            t = tok
            while t.i not in head_ids:
                if t.head.i == t.i or not s <= t.head.i < e:
                    return None  # a word outside the coordination's tree
                t = t.head
            owner[t.i].append(i)
        if not joiners:
            return None
        spans: list[tuple[int, int]] = []
        for h in sorted(heads, key=lambda t: t.i):
            ids = owner[h.i]
            if bridge:
                # (a comma the parser hung on the first party after the last one's words is
                # no word of the first's)
                ids = [i for i in ids if not self.doc[i].is_punct] or ids
            lo, hi = min(ids), max(ids) + 1
            while lo < hi - 1 and self.doc[lo].lower_ in _JOINT_CC:
                lo += 1  # "Both Voss and Marr": "both" belongs to no one party
            while hi > lo and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space):
                hi -= 1
            mine = set(ids)
            if any(i not in mine and not self.doc[i].is_punct for i in range(lo, hi)):
                return None  # its words are not one run: the parse is not clear
            if spans and self.doc[lo].idx < spans[-1][1]:
                return None
            spans.append((self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text)))
        return spans

    def _description_and_name(self, root: Token, s: int, e: int) -> tuple[int, int] | None:
        """A description with an apposition after a comma, both inside the mention ("one
        group, Partnership for Coastal Growth", "one of the men, Ivo Dalen", "The Halden
        Group's CEO, Kimberley Fritts", "The newspaper, long a vocal advocate of reform"):
        the tokens of the name the apposition gives (a capitalised proper noun), else those
        of the description before the comma. The two together are no actor's name. None
        when the mention's head is no common noun (nor a number) or has no such apposition. A name the mention was cut short of ("one
        group, Partnership" of "... Partnership for Coastal Growth,") is taken whole
        (:meth:`_name_at`). A head the tagger reads as a proper noun outside any entity ("The
        Halden Group's CEO") counts as a description before a person's name only, and so does
        a head it reads as an adjective ("One opposition hopeful, Nicole Varga")."""
        word = (root.pos_ == "PROPN" and not root.ent_type_) or root.pos_ == "ADJ"
        if root.pos_ not in ("NOUN", "NUM") and not word:  # "one of the men, Ivo Dalen"
            return None
        doc, scan = self.doc, self.scan
        for c, comma in self._appositions_after_comma(root, s, e):
            person = c.ent_type_ == "PERSON" or scan.person_at[c.i] >= 0
            if word and not person:
                continue
            name = self._name_at(c)
            if name is not None and any(t.is_punct for t in doc[c.left_edge.i : name[0]]):
                # a name behind a parenthesis or a quotation mark in the apposition's
                # modifiers ("state Del. Mira “Cia” Vance (D-Port Amaris)") is not what it gives
                name = None
            return name if name is not None else (s, comma)
        return None

    def _close_body_name(self, root: Token, e: int) -> tuple[int, int] | None:
        """The name of a body set right after the common noun that describes it, with no
        comma: "the militant group Hamas", "the polling firm Delta Survey" (the parser hangs
        the name on the noun as an apposition). The description and the name together are
        no actor's name: "militant group Hamas" had been an actor apart from Hamas. Only a
        name the entity recogniser reads as a body, or the knowledge base knows as one, after
        a word for a body ("his nephew Hamid el Amin" is a person the tagger read as a
        body)."""
        scan = self.scan
        word = fold(root.lemma_)
        if word not in _BODY_WORDS and self.lex.collectives.get(word) != "organization":
            return None
        for c in root.children:
            if c.dep_ != "appos" or c.left_edge.i != root.i + 1 or c.i >= e:
                continue
            g = scan.gaz_at[c.i]
            entry = self.kb.entries.get(scan.gaz[g].key) if g >= 0 else None
            body = entry is not None and entry.kind in _BODY_KINDS
            if c.ent_type_ != "ORG" and not body:
                continue
            name = self._name_at(c)
            if name is not None and name[0] == root.i + 1 and name[1] <= e:
                return name
        return None

    def _name_at(self, head: Token) -> tuple[int, int] | None:
        """The tokens of the name an apposition's head gives: the entity it is in (a person,
        a body, a place; not a people: "a registered Republican" is a description), else the
        person the scan found there, else its proper nouns up to it; None when it is no
        capitalised proper noun or comes with an article ("the so-called Initiative")."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ == "NORP":
            return None
        if any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in head.children):
            return None
        if head.ent_type_ in _APPOSED_NAME_LABELS:
            lo, hi = self._entity_start(head.i), head.i
            while hi + 1 < len(self.doc) and self.doc[hi + 1].ent_iob_ == "I":
                hi += 1
            while hi > head.i and self.doc[hi].pos_ in ("CCONJ", "PUNCT"):
                hi -= 1  # an entity the model ran on over "and" ("Ivo Dalen and" Teo Marr)
            return lo, hi + 1
        pi = self.scan.person_at[head.i]
        if pi >= 0:
            p = self.scan.persons[pi]
            return p.start, p.end
        # no entity: the capitalised words from the apposition's start, with the small words
        # between them ("March for Ostrava at the Assembly")
        doc = self.doc
        lo, hi = head.left_edge.i, head.i + 1
        last = head.right_edge.i
        while hi <= last and not doc[hi].is_punct:
            if doc[hi].text[:1].isupper():
                hi += 1
            elif (
                doc[hi].lower_ in _NAME_JOINERS
                and hi + 1 <= last
                and doc[hi + 1].text[:1].isupper()
            ):
                hi += 2
            else:
                break
        return lo, hi

    def _apposed_parties(self, root: Token, s: int, e: int) -> list[Token] | None:
        """The people a description names one by one after a comma ("the two leading
        Republicans, Donald J. Trump and Senator Ted Cruz", "Trump's rivals, Sens. Ted Cruz
        and Marco Rubio"): their heads in text order, when they lie inside the mention, are
        coordinated by "and" and every one is a person's name. The description then speaks
        as those people, a joint statement, and is no group of its own named after them.

        The parser hangs the names on the description as an apposition (also without a comma
        after a plural: "Democratic candidates Ana Voss and Teo Marr"), or, for a plural
        description, as the first conjuncts of a list ("rivals, Lund and Holm" read as three
        items); no comma-less list is read so ("Voss and her allies")."""
        plural = root.tag_ in ("NNS", "NNPS") and root.pos_ == "NOUN"
        for c in root.children:
            if c.i <= root.i or c.left_edge.i < s:
                continue
            comma = self.doc[c.left_edge.i - 1].is_punct
            if c.dep_ == "appos" and (comma or (plural and c.left_edge.i == root.i + 1)):
                # (with no comma after a plural: "Democratic candidates Ana Voss and Teo Marr")
                heads = [c, *c.conjuncts]
            elif c.dep_ == "conj" and comma and plural:
                if any(t.dep_ == "cc" and t.i < c.i for t in root.children):
                    continue  # "the allies, and Voss and Marr": a list after all
                heads = [c, *(t for t in c.conjuncts if t.i > c.i)]
            else:
                continue
            last = max((t.i for h in heads for t in h.subtree if not t.is_punct), default=e)
            if len(heads) < 2 or last >= e:
                continue
            if not any(t.dep_ == "cc" and t.lower_ in _JOINT_CC for h in heads for t in h.children):
                continue
            if all(self.scan.person_at[h.i] >= 0 or is_person_name(h) for h in heads):
                return sorted(heads, key=lambda t: t.i)
        return None

    @staticmethod
    def _name_bearing_the_list(root: Token) -> Token | None:
        """The name apposed to a description after a comma that the parser made the first
        item of a coordination ("the president, Hana Kovac, and the foreign minister, ...":
        "minister" a conjunct of "Kovac"), when every further item is a noun phrase with an
        apposed name of its own or a name: the parties are the description with its name,
        and those items. None otherwise ("Voss, a lawyer and a poet": one person)."""
        if root.pos_ != "NOUN":
            return None
        for c in root.children:
            if c.dep_ != "appos" or c.i < root.i or c.pos_ != "PROPN" or not c.conjuncts:
                continue
            if not any(t.dep_ == "cc" and t.lower_ in _JOINT_CC for t in c.children):
                return None
            for item in c.conjuncts:
                named = item.pos_ == "PROPN" or any(
                    g.dep_ == "appos" and g.pos_ == "PROPN" for g in item.children
                )
                if not named:
                    return None
            return c
        return None

    @staticmethod
    def _bare_description(head: Token) -> bool:
        """A conjunct that may be one more description of the same person: a singular common
        noun without a determiner or possessive and without a person's name ("founder and
        national director", "the businessman and reality star", "GOP contender and former
        neurosurgeon Ben Carson"); or a lone demonym ("Latino and black voters")."""
        own = [c for c in head.children if c.dep_ not in _NOT_OWN_DEPS]
        if head.tag_ == "NN":
            return not any(c.dep_ in ("det", "poss") for c in own) and not any(
                t.ent_type_ == "PERSON" for c in own for t in c.subtree
            )
        return head.ent_type_ == "NORP" and not own

    def span_pair(
        self, start: int, end: int, *, speaking: bool = False
    ) -> list[tuple[str, int, int]] | None:
        """:meth:`pair_parties` of the mention a character span holds (its head)."""
        s, e = self._word_tokens(start, end)
        return self.pair_parties(self._root(s, e).i, speaking=speaking) if s < e else None

    def _word_tokens(self, start: int, end: int) -> tuple[int, int]:
        """The tokens of a character span without the punctuation and spaces at its ends
        (``(0, 0)`` for a span of no tokens)."""
        span = self.table.char_tokens(start, end)
        if span is None or span[0] >= span[1]:
            return (0, 0)
        s, e = span
        while s < e and (self.doc[s].is_punct or self.doc[s].is_space):
            s += 1
        while e > s and (self.doc[e - 1].is_punct or self.doc[e - 1].is_space):
            e -= 1
        return s, e

    def pair_parties(self, i: int, *, speaking: bool = False) -> list[tuple[str, int, int]] | None:
        """The parties a mention headed by token ``i`` stands for when it stands for a pair
        (or trio) named before it ("the two countries", "both men", "both governments": see
        :mod:`onrecord.actors.pairs`), as ``(actor id, start, end)``: the actor and the
        character span of the mention it was last named by; None for any other mention, and
        when the parties are not clear. In text order.

        The parties are looked for in the sentence before the mention and in its own sentence
        up to it (in its own sentence alone when the two name too many), without whoever the
        mention's clause's subject names (:meth:`_pair_in`): for "both men", exactly two
        persons, neither a woman; for "the two countries", a coordination of two states
        there ("Velmara and Drovnia"), else the article's two clearly leading states, when
        they include every state named there or the one state named there is a third. A bare
        "both" after a pair its sentence names is that pair. A state speaks through its
        government (``speaking``), and "both governments" are its government as well."""
        key = (i, speaking)
        if key in self._pairs:
            return self._pairs[key]
        self._pairs[key] = found = self._pair_parties(i, speaking)
        return found

    def _pair_parties(self, i: int, speaking: bool) -> list[tuple[str, int, int]] | None:
        tok = self.doc[i]
        form = pair_form(tok)
        if form is None:
            return None
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        if any(True for _ in self._cues_between(lo, hi)):
            return None  # "the two Drovnian diplomats": a group of the state it names
        sid = self._sent_id[i]
        own = self._sent_bounds[sid][0] if self._sent_bounds else 0
        before = self._sent_bounds[sid - 1][0] if sid else own
        if tok.pos_ != "NOUN":
            # a bare "both" after a pair its sentence names: that pair's parties ("asked both
            # governments to keep their forces back, and both had agreed")
            named = next((j for j in range(lo - 1, own - 1, -1) if self._pair_head(j)), None)
            if named is not None:
                return self.pair_parties(named, speaking=speaking)
        found = self._pair_in(form, before, own, i)
        if not found:
            return None
        table = self.table
        out = []
        for kind, ref, s, e in found:
            if kind == "person":
                actor_id = self._person_actor(ref).id  # type: ignore[arg-type]
            else:
                actor_id = self._country_actor(ref).id  # type: ignore[arg-type]
                if speaking or tok.lemma_.lower() == "government":
                    actor_id = self.home_government(actor_id) or actor_id
            out.append((actor_id, table.idx[s], table.idx[e - 1] + len(table.text[e - 1])))
        return sorted(out, key=lambda party: party[1])  # in text order, as joint parties are

    def _pair_head(self, j: int) -> bool:
        """Is token ``j`` the head noun of a pair mention whose parties are found ("both
        governments")?"""
        return self.table.pos[j] == "NOUN" and bool(self.pair_parties(j))

    def _pair_in(
        self, form: PairForm, before: int, own: int, i: int
    ) -> list[tuple[str, object, int, int]] | None:
        """The parties (of the form's sort) of the pair mention headed by token ``i``: those
        named in tokens ``before`` (the sentence before) up to the mention, else in ``own``
        (its sentence) up to it, leaving out those its clause's subject names when the
        mention is not that subject ("Saradia's minister urged both governments"); for
        states, a coordination of them, else the article's leading states when they include
        every state named there (or none of the one state named there, a third party).
        ``[]`` when too many are named to tell, None when too few or when the mention's
        clause has a pronoun subject that may be a party ("he introduced the two men": who
        "he" is is not known here)."""
        hi = self.doc[i].left_edge.i
        sort = form.sort
        skip = self._co_subject(i, sort)
        if skip is None:
            return None
        found: list[tuple[str, object, int, int]] = []
        for lo in (before, own):
            found = self._people_in(lo, hi) if sort == "people" else self._states_in(lo, hi)
            found = [f for f in found if not skip[0] <= f[2] < skip[1]]
            if len(found) <= form.n:
                break
        if sort == "state":
            # States named in passing (a mediator, a venue, a radio station's) make no pair:
            # a coordination of that many states says which ("the foreign ministers of
            # Velmara and Drovnia ... the two governments"), else the article's leading states
            # do, when they include every state named there.
            paired = self._coordinated_states(found, form.n)
            leading = [] if form.loose else self._leading_states(form.n, hi)
            if paired:
                return paired
            named, lead = {f[1] for f in found}, {f[1] for f in leading}
            if leading and (named <= lead or (len(named - lead) == 1 and not named & lead)):
                # (every state named there leads the article, or the one named is a third:
                # the mediator, the host of the talks)
                found = leading
            elif len(found) == form.n:
                return None
        if len(found) < form.n:
            return None
        if len(found) > form.n:
            return []
        if form.gender is not None and any(
            gender_of(self.scan.clusters[ref].name) not in (None, form.gender)  # type: ignore[index]
            for _, ref, _, _ in found
        ):
            return []
        if form.office is not None and not all(
            self._holds_office(self.scan.clusters[ref], form.office)  # type: ignore[index]
            for _, ref, _, _ in found
        ):
            return []
        return found

    def _holds_office(self, c: Cluster, head: str) -> bool:
        """Does the article's person ``c`` hold an office a pair's head names ("the two
        presidents"): a title the article or the knowledge base gives them of one of the
        head's roles (:data:`~onrecord.actors.pairs.PEOPLE_HEADS`) or holding the word?"""
        roles = PEOPLE_HEADS[head]
        titles = [t.text for t in c.titles] + [o.title for o in (c.kb.offices if c.kb else ())]
        return any(
            head in fold(title).split() or self.lex.role_of(title) in roles for title in titles
        )

    def _coordinated_states(
        self, found: list[tuple[str, object, int, int]], n: int
    ) -> list[tuple[str, object, int, int]]:
        """The last pair of states of ``found``'s window named as one coordination ("Velmara
        and Drovnia"), each at that mention; empty when none is, or ``n`` is not two."""
        if n != 2 or len(found) < 2:
            return []
        lo = min(f[2] for f in found)
        hi = max(f[2] for f in found) + 1
        cues = [(j, code) for j, code in self._cues_between(lo, hi) if self.kb.country(code)]
        for a in range(len(cues) - 1, 0, -1):
            for b in range(a - 1, -1, -1):
                (j, x), (k, y) = cues[b], cues[a]
                if x != y and self._coordinated([j, k]):
                    return [("state", x, j, j + 1), ("state", y, k, k + 1)]
        return []

    def _coordinated(self, tokens: list[int]) -> bool:
        """Are these tokens (or the words they qualify) one coordination, each after the
        first a conjunct of another ("Velmara and Drovnia", "Velmaran and Drovnian forces",
        "the ministers of Velmara and Drovnia")?"""
        doc = self.doc
        heads = [doc[j] for j in tokens]
        for _ in range(2):
            if all(
                t.dep_ == "conj" and t.head.i in {u.i for u in heads} for t in heads[1:]
            ) and len({t.i for t in heads}) == len(heads):
                return True
            heads = [t.head if t.dep_ in ("compound", "amod", "poss", "pobj") else t for t in heads]
        return False

    def _co_subject(self, i: int, sort: str) -> tuple[int, int] | None:
        """The tokens of the subject of the clause token ``i`` is an object in ("Renn urged
        both governments", "Saradia, which borders both countries": the relative's noun), or
        ``(0, 0)`` when ``i`` is in that subject or its clause has none; None when that
        subject is a pronoun that may stand for one of the parties (of people, any but "we",
        "I" and "you"; of states, "it" and "they": "he asked both governments" is no state)."""
        tok = self.doc[i]
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return (0, 0)
        while (
            verb.dep_ in ("xcomp", "conj")
            and verb.head.i != verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            verb = verb.head  # "Kestria offered to mediate between ...": the offer's subject
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.left_edge.i <= i <= c.right_edge.i:
                    return (0, 0)
                if c.tag_ == "WDT" or c.lower_ in ("who", "which", "that"):
                    if verb.dep_ == "relcl":
                        return (verb.head.left_edge.i, verb.head.i + 1)
                    return (0, 0)
                if c.tag_ == "PRP" and c.lower_ not in ("we", "i", "you"):
                    if sort == "people" or c.lower_ in ("it", "they"):
                        return None
                    return (0, 0)
                return (c.left_edge.i, c.right_edge.i + 1)
        return (0, 0)

    def _people_in(self, lo: int, hi: int) -> list[tuple[str, object, int, int]]:
        """The article's persons named in tokens ``lo`` to ``hi``, each once (at its last
        mention there), in order of first mention."""
        last: dict[int, tuple[int, int]] = {}
        for p in self.scan.persons:
            if lo <= p.start < hi:
                last[p.cluster] = (p.start, p.end)
        return [("person", c, s, e) for c, (s, e) in last.items()]

    def _states_in(self, lo: int, hi: int) -> list[tuple[str, object, int, int]]:
        """The states named in tokens ``lo`` to ``hi`` (not as where a meeting was), each
        once (at its last mention there), in order of first mention."""
        last: dict[str, int] = {}
        for j, code in self._cues_between(lo, hi):
            if self.kb.country(code) is not None and not meeting_place(self.doc[j]):
                last[code] = j
        return [("state", code, j, j + 1) for code, j in last.items()]

    def _leading_states(self, n: int, hi: int) -> list[tuple[str, object, int, int]]:
        """The article's ``n`` leading states: the states it names most often (not as where a
        meeting was), if each is named at least twice and the next one at most half as often
        as the last of them; each at its last mention before token ``hi`` (else its first).
        Empty when no ``n`` states lead clearly."""
        if self._leading is None:
            # (one mention of a name of several words is one: "the Ostrava Republic")
            self._leading = Counter(
                code
                for k, (j, code) in enumerate(self._cues)
                if self.kb.country(code) is not None
                and not meeting_place(self.doc[j])
                and not (k and self._cues[k - 1] == (j - 1, code))
            ).most_common()
        ranked = self._leading
        if len(ranked) < n or ranked[n - 1][1] < 2:
            return []
        if len(ranked) > n and ranked[n][1] * 2 > ranked[n - 1][1]:
            return []
        out = []
        for code, _ in ranked[:n]:
            at = [j for j, c in self._cues if c == code]
            j = max((k for k in at if k < hi), default=at[0])
            out.append(("state", code, j, j + 1))
        return out

    def of_the_pronouns_gender(self, pronoun: str, actor_id: str) -> str | None:
        """A he or she whose antecedent is a bare surname shared by two people of the article
        ("Clinton" for Hillary, resolved to Bill) is the one of the pronoun's gender: the other
        person of that surname in the article whose given name says so, else no one. Any
        other word, or a name whose gender is unknown, keeps ``actor_id``."""
        want = PERSON_PRONOUN_GENDER.get(pronoun.strip().lower())
        name = self.name_of(actor_id) if want else None
        if not name:
            return actor_id
        gender = gender_of(name)
        if gender is None or gender == want:
            return actor_id
        surname = split_name(name)[1]
        others = [
            a.id
            for a in self.actors()
            if a.kind == "person"
            and a.id != actor_id
            and split_name(a.name)[0]  # named in full
            and split_name(a.name)[1] == surname
            and gender_of(a.name) == want
        ]
        return others[0] if len(others) == 1 else None

    def fronted_person(self, pron: Token) -> str | None:
        """The person a he, she, him, his or her in a clause set before its sentence's main
        clause stands for, when the sentence names nobody before it: the main clause's
        subject, named and of the pronoun's gender ("As a part of his plea, Marcel Lazar
        said ..."; see :meth:`_fronted_owner`). None otherwise."""
        want = PERSON_PRONOUN_GENDER.get(pron.lower_)
        if want is None:
            return None
        ci = self._fronted_owner(pron, want)
        return self._person_actor(ci).id if ci is not None else None

    def someones_group(self, start: int, end: int) -> bool:
        """A joint speaker's party named only as someone's group ("its allies", "their
        supporters", "his aides"): a plural common noun with a possessive pronoun and no name
        in apposition. It is left unresolved: the phrase leaves the group's identity to the
        reader; read as a group of its own it would gather every article's "allies" on one
        page, and read with its sentence's country it would make the U.S.'s allies Americans."""
        span = self.table.char_tokens(start, end)
        if span is None or span[0] >= span[1]:
            return False
        root = self._root(*span)
        return (
            root.pos_ == "NOUN"
            and root.tag_ == "NNS"
            and any(c.dep_ == "poss" and c.lower_ in _POSS_PRON for c in root.children)
            and not any(c.dep_ == "appos" for c in root.children)
        )

    def _speaking_for(self, country: Actor, s: int, e: int, root: Token) -> Actor | None:
        """Who speaks when a mention of a country does: its people for a plural demonym,
        nobody known for a city that is not the capital ("Benghazi") or a lone adjective,
        else its government."""
        code = country.country or ""
        g = self.scan.gaz_at[root.i]
        match = self.scan.gaz[g] if g >= 0 else None
        if match is None or match.prio == PRIO_CITY:
            # a city is not its country's government; nor is a name read as a misspelt
            # country ("Cyrus" for Cyprus) a state speaking
            return None
        if match.key.startswith("D:"):
            if root.tag_ not in ("NNS", "NNPS"):
                return None  # "Spanish", "the Ukrainian": no one in particular
            name = self._span_name(s, e)
            return self._group_actor("group", code, fold(root.text), name)
        kind = self.lex.collectives.get("government", "organization")
        # the article's own "the Chinese government", when it has one
        return self._group_actor(kind, code, "government", _government_of(country.name))

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The :class:`~onrecord.record.Actor` a character span names, or None."""
        actor_id = self.resolve_span(start, end)
        return self._by_id.get(actor_id) if actor_id else None

    def writer(self) -> str | None:
        """The actor id of the article's one writer: the person a byline names ("By Ana
        Weiss", a line of its own among the first three paragraphs, maybe followed by ", Sarn
        Herald"); None without one, or with two writers ("By Ana Weiss and Teo Marr") or two
        bylines. The writer is whom an "I" outside a quotation stands for."""
        if self._writer is None:
            head = self._text[: min(self._head_end(), _BYLINE_REACH)]
            found = [m for m in _BYLINE.finditer(head) if " and " not in m.group(0)]
            # (one byline, naming one writer: "By Ana Weiss, Teo Marr and Ivo Dalen" is three)
            one = len(found) == 1 and len(list(_BYLINE.finditer(head))) == 1
            actor_id = self.resolve_span(*found[0].span(1)) if one else None
            if actor_id is not None and self.kind_of(actor_id) != "person":
                # a byline names a person, whatever the tagger read the name as
                name = found[0].group(1)
                name = name.title() if name.isupper() else name
                actor_id = self._group_actor("person", None, name, name).id
            self._writer = (actor_id,)
        return self._writer[0]

    def _head_end(self) -> int:
        """Where the article's third paragraph ends (the byline's place)."""
        end = 0
        for _ in range(3):
            nxt = self._text.find("\n\n", end)
            if nxt < 0:
                return len(self._text)
            end = nxt + 2
        return end

    def name_of(self, actor_id: str) -> str | None:
        """The canonical name of an actor id of this article."""
        actor = self._by_id.get(actor_id)
        return actor.name if actor else None

    def kind_of(self, actor_id: str) -> str | None:
        """The kind of an actor id of this article (``person``, ``country`` ...)."""
        actor = self._by_id.get(actor_id)
        return actor.kind if actor else None

    def country_of(self, actor_id: str) -> str | None:
        """The country (ISO alpha-3) or IGO code of an actor id of this article."""
        actor = self._by_id.get(actor_id)
        return actor.country if actor else None

    def home_country(self, actor_id: str) -> str | None:
        """The id of the country actor of an actor's state ("his country" for a person of
        Ostrava): the actor itself for a country, None for an actor of no state the
        knowledge base lists (an international body's officer, a person of no country)."""
        actor = self._by_id.get(actor_id)
        if actor is None or actor.country is None:
            return None
        if actor.kind == "country":
            return actor.id
        if self.kb.country(actor.country) is None:
            return None
        return self._country_actor(actor.country).id

    def home_government(self, actor_id: str) -> str | None:
        """The id of the government actor of an actor's state ("the government" in the
        words of an official of Belvania: the Government of Belvania), as :meth:`home_country`
        finds the state; None without one."""
        home = self.home_country(actor_id)
        if home is None:
            return None
        state = self.kb.country(self._by_id[home].country or "")
        if state is None:
            return None
        kind = self.lex.collectives.get("government", "organization")
        return self._group_actor(kind, state.key[2:], "government", _government_of(state.name)).id

    def home_group(self, actor_id: str, words: str) -> str | None:
        """The id of a group or body of an actor's state named by a collective noun phrase
        with an owner ("our troops", "our armed forces" in the words of Belvania's defence
        minister: "Belvanian armed forces", the group "Belvanian troops" names too); None
        without a state or when ``words`` end in no collective noun."""
        head = fold(words.rsplit(" ", 1)[-1])
        kind = self.lex.collectives.get(head)
        home = self.home_country(actor_id)
        if kind is None or home is None or any(self.kb.demonym(w) for w in words.split()):
            return None  # ("our Ostravan partners" are Ostrava's)
        if head == "government":
            return self.home_government(actor_id)
        code = self._by_id[home].country or ""
        name = f"{self.kb.modifier(code)} {words}"
        return self._group_actor(kind, code, head, name).id

    def actors(self) -> list[Actor]:
        """Every actor of the article (those the scan found and those resolved since)."""
        return list(self._actors)

    # -- actor registry -------------------------------------------------------------------
    def _register(self, key: str, make: Actor) -> Actor:
        actor = self._by_key.get(key)
        if actor is None:
            make.id = f"a{len(self._actors) + 1}"
            make.name = clean_name(make.name)  # a mended word's padding (onrecord.garbled)
            make.titles = [clean_name(t) for t in make.titles]
            self._actors.append(make)
            self._by_id[make.id] = make
            self._by_key[key] = make
            actor = make
            if make.kind == "outlet":
                words = fold(make.name).rsplit(" ", 1)
                if len(words) == 2:  # the first outlet whose name ends in that word
                    self._outlet_by_last.setdefault(words[1], make)
        return actor

    @staticmethod
    def _alias(actor: Actor, surface: str) -> None:
        s = clean_name(surface).strip()
        if s.lower().startswith("the "):
            s = s[4:]
        if s and fold(s) != fold(actor.name) and s not in actor.aliases:
            actor.aliases.append(s)

    def _person_actor(self, ci: int, surface: str | None = None) -> Actor:
        c = self.scan.clusters[ci]
        key = c.kb.key if c.kb else f"pc:{ci}"
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._register(key, self._make_person(c))
            self._by_key[f"pc:{ci}"] = actor
        if surface:
            self._alias(actor, surface)
        return actor

    def _name_text(self, pi: int) -> str:
        """The words of the article's person mention ``pi``: what an alias may hold, never
        the apposition or the coordination around it ("Douglas Brin, a historian", "Moren
        and Brin")."""
        # ``doc[p.start : p.end].text``, which the scan kept as the mention's name (a Span's
        # text is joined anew from a Token for each word)
        return self.scan.persons[pi].name

    def _make_person(self, c: Cluster) -> Actor:
        titles = [t.text for t in c.titles]
        learned_roles = {t.role for t in c.titles}
        country = c.kb.country_on(self.on) if c.kb else None
        if c.kb:
            for office in c.kb.offices:
                held = office.holds(self.on) if self.on else office.end is None
                if held and office.role not in learned_roles and office.title not in titles:
                    titles.append(office.title)
        if country is None and not c.kb and self._names_party_states:
            # A party and a state after the name make a US politician, whatever place their
            # title holds ("Benghazi Committee Chairman Trey Gowdy (R-S.C.)")
            country = self._placed_country(c)
        if country is None:
            country = next((t.country for t in c.titles if t.country), None)
        if country is None and not c.kb:
            country = self._described_country(c)
        if country is None and c.titles and not any(t.posted or t.placed for t in c.titles):
            # A titled person the knowledge base lacks acts for the country around them (not
            # a state's envoy to a body: "UN Ambassador" says where, not for whom; nor one
            # whose title says whose office it is, "Lorvik's president", of a place the
            # knowledge base lacks: the Turkish minister beside her is no clue to hers).
            # A state's abbreviation after the name places them first ("Senate Republican
            # leader Mitch McConnell (Ky.)", in a story about Burma, is no Burmese leader).
            country = self._placed_country(c)
            if country is None:
                first = next(p for p in self.scan.persons if self.scan.clusters[p.cluster] is c)
                # (a diplomat's own phrase only: the country beside an ambassador is as often
                # where they serve, "Ambassador Chris Stevens ... the Benghazi attack")
                envoy = all(t.role == "diplomat" for t in c.titles)
                country = self._context_country(
                    first.start,
                    first.end,
                    own_phrase=envoy,
                    titles=[t.text for t in c.titles],
                    unsaid=True,
                )
        elif country is None and not c.kb and self._names_party_states:
            # and one with no title ("Rep. Glenn Thompson (R-Pa.)": "Rep." is an honorific)
            country = self._placed_country(c)
        name = c.kb.name if c.kb else c.name
        if name.isupper() and any(
            name == label or label.endswith(f" {name}") for label in self.scan.transcript_names
        ):
            # a transcript's label ("KATE BOULDUAN:") names Kate Boulduan, and a briefing's
            # "SPOKESPERSON LINA ORO:" Lina Oro, a spokesperson
            name = name.title()
            # (an acronym stays one: "CEO", "UN ENVOY" -> "Un Envoy" is not wanted either)
            titles = [_title_case(t) if t.isupper() else t for t in titles]
        actor = Actor(id="", name=name, kind="person", country=country, titles=titles)
        for n in c.names:
            self._alias(actor, n)
        return actor

    def _described_country(self, c: Cluster) -> str | None:
        """The country a description of the person gives in its own words ("Oleg Brask, an
        Ostravan businessman", "Ostravan businessman Oleg Brask", "Edo Carst, a spokesman for
        Ana Voss"): a people's name modifying the noun in apposition to the name, or before
        it, or the state of the one the noun is "for"; one state only."""
        doc, scan = self.doc, self.scan
        codes: set[str] = set()
        for p in scan.persons:
            if scan.clusters[p.cluster] is not c:
                continue
            name = doc[p.end - 1]
            described = [t for t in name.children if t.dep_ in ("appos", "compound")]
            if name.dep_ == "appos":
                described.append(name.head)
            for noun in described:
                if noun.pos_ != "NOUN" or p.start <= noun.i < p.end:
                    continue
                for m in noun.children:
                    code = None
                    if (
                        m.dep_ in ("amod", "compound", "nmod")
                        and m.i < noun.i
                        and scan.gaz_at[m.i] >= 0
                        and scan.gaz[scan.gaz_at[m.i]].key.startswith("D:")
                        # (nor a name it is part of: "a Mexican War hero")
                        and not any(t.text[:1].isupper() for t in doc[m.i + 1 : noun.i])
                    ):
                        # a people's name: "a Latvian journalist"; a country's is the
                        # subject ("a Korea scholar", "a former Vietnam prisoner of war")
                        code = scan.country_cue_at(m.i)
                    elif m.dep_ == "poss" and m.pos_ == "PROPN":
                        code = self._owners_state(m.i)  # "Voss's spokesman, Karel Demir"
                    elif m.dep_ == "prep" and m.lower_ == "for":
                        # "a spokesman for Ana Voss, Edo Carst": the one he speaks for
                        code = next(
                            (self._owners_state(o.i) for o in m.children if o.dep_ == "pobj"),
                            None,
                        )
                    if code is not None and self.kb.country(code) is not None:
                        codes.add(code)
        return next(iter(codes)) if len(codes) == 1 else None

    def _owners_state(self, i: int) -> str | None:
        """The state of the knowledge-base person or the state named at token ``i``."""
        scan = self.scan
        k = scan.person_at[i]
        if k >= 0:
            entry = scan.clusters[scan.persons[k].cluster].kb
            return entry.country_on(self.on) if entry is not None else None
        return scan.country_cue_at(i)

    def _entry_actor(self, entry: KBEntry, surface: str | None = None) -> Actor:
        country = entry.country_on(self.on)
        kind = entry.kind
        actor = self._by_key.get(entry.key)
        if actor is None:
            actor = self._register(
                entry.key,
                Actor(
                    id="",
                    name=entry.name,
                    kind=kind,
                    country=country,  # type: ignore[arg-type]
                    titles=entry.titles_on(self.on) if kind == "person" else [],
                ),
            )
        if surface:
            self._alias(actor, surface)
        return actor

    def _country_actor(self, code: str, surface: str | None = None) -> Actor:
        entry = self.kb.country(code)
        if entry is not None:
            return self._entry_actor(entry, surface)
        return self._register(f"C:{code}", Actor(id="", name=code, kind="country", country=code))

    def _national_society(self, entry: KBEntry, s: int, at: int) -> Actor | None:
        """ "the Kestrian Red Cross", "the Belvanian Red Crescent": a country's own society of
        a movement the knowledge base lists as an international body (the ICRC), not that
        body: an organisation of the country a demonym or country name before it names."""
        if entry.country != "IRC" or entry.kind != "igo":
            return None
        for i in range(s, at):
            g = self.scan.gaz_at[i]
            if g < 0:
                continue
            key = self.scan.gaz[g].key
            code = key[2:] if key.startswith("D:") else self.kb.entries[key].country
            state = self.kb.country(code or "")
            if state is None:
                continue
            name = f"{self.kb.modifier(state.key[2:])} {self.doc[at : at + 2].text}"
            return self._group_actor("organization", state.key[2:], fold(name), name)
        return None

    def _same_group_before(self, root: Token) -> Actor | None:
        """The group a definite plural ("the officials", "one of the officials") takes up:
        the last mention in this sentence or the two before with the same head word and a
        country of its own ("Two Belvanian security officials said ... One of the officials
        said ..."). None without "the", or when none is near."""
        doc = self.doc
        if (
            root.tag_ not in ("NNS", "NNPS")
            or root.i == 0
            or doc[root.i - 1].lower_ != "the"
            or doc[root.i - 1].head.i != root.i
        ):
            return None  # ("the officials" just so, not "the two officials", "officials")
        sid = self._sent_id[root.i]
        lo = self._sent_bounds[max(0, sid - 2)][0] if self._sent_bounds else 0
        lemma = root.lemma_.lower()
        for j in range(root.i - 1, lo - 1, -1):
            tok = doc[j]
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.dep_ == "compound":
                continue
            start = tok.left_edge.i
            if not any(self.scan.country_cue_at(k) for k in range(start, j)):
                continue
            actor_id = self.resolve_span(doc[start].idx, tok.idx + len(tok.text))
            actor = self._by_id.get(actor_id) if actor_id else None
            return actor if actor is not None and actor.country else None
        return None

    def _group_actor(self, kind: str, country: str | None, head: str, name: str) -> Actor:
        # A country's groups of one kind are one actor ("U.S. officials", "an American
        # official"); without a country only the same words are: "surety companies" are
        # not "Clarke's company", nor "Clinton advisers" the "advisers and allies" of another.
        # A party's are not another's: "Republican voters" are not "Democratic voters".
        party = _party_of(name) if country else ""
        key = (
            f"g:{kind}:{country}{party}:{name_key(head)}"
            if country
            else f"g:{kind}:-:{name_key(name)}"
        )
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._register(
                key,
                Actor(id="", name=name, kind=kind, country=country),  # type: ignore[arg-type]
            )
        elif (
            country
            and kind != "person"
            and head != "government"
            and (rank := self._narrowness(name, country, party))[1] == 0
            and rank < self._narrowness(actor.name, country, party)
        ):
            # The merged group goes by its most general mention that names its country or
            # party: "German police", not the "Cologne police" it was first met as (which
            # stays an alias); never by a bare "group" or "leaders" of no one's.
            old, actor.name = actor.name, clean_name(name)
            actor.aliases = [a for a in actor.aliases if fold(a) != fold(actor.name)]
            self._alias(actor, old)
        else:
            self._alias(actor, name)
        return actor

    def _narrowness(self, name: str, country: str, party: str) -> tuple[int, int]:
        """How narrowly ``name`` describes a group of ``country`` (of ``party``, when not
        ""): the number of its words beyond the country's own (its name or demonym), the
        party's, articles, counts and shares ("Cologne police" 2, "German police" 1, "about
        a third of Democratic voters" 1), then 0 when it names the country or the party,
        else 1."""
        # (each folded word, and whether it is written with a capital: "the States" names
        # the United States, "states" does not)
        words = [
            (w.removesuffix("'s"), written[:1].isupper())
            for written in name.split()
            for w in fold(written).split()
        ]
        own = self._modifier_words(country)
        kept = 0
        named = False
        i = 0
        while i < len(words):
            run = words[i][1] and next(
                (n for n in (4, 3, 2, 1) if " ".join(w for w, _ in words[i : i + n]) in own), 0
            )
            if run:
                named, i = True, i + run
                continue
            w = words[i][0]
            i += 1
            if party and w in US_PARTY_WORDS:
                named = True
            elif w not in _FILLER and not w.isdigit():
                kept += 1
        return kept, 0 if named else 1

    def _modifier_words(self, code: str) -> frozenset[str]:
        """The folded names and demonyms of a country ("united states", "us", "american"),
        not its capital or cities, kept with the knowledge base."""
        return self._folded_surfaces(
            "modifier_words",
            code,
            lambda found: [
                key[2:]
                for prio, key in found
                if prio in (PRIO_COUNTRY, PRIO_DEMONYM) and key[:2] in ("C:", "D:")
            ],
        )

    def _folded_surfaces(
        self, table_name: str, code: str, codes: Callable[[list[tuple[int, str]]], list[str]]
    ) -> frozenset[str]:
        """The knowledge base's surfaces, folded, that ``codes`` gives to the country
        ``code`` (``codes`` reads a surface's (priority, entry key) pairs and names the
        countries it counts for); the table of every country's is built once and kept with
        the knowledge base as ``table_name``."""
        table = self.kb.cache.get(table_name)
        if table is None:
            by_code: dict[str, set[str]] = {}
            for surface, found in self.kb.surfaces.items():
                for c in codes(found):
                    by_code.setdefault(c, set()).add(fold(surface))
            table = self.kb.cache[table_name] = {k: frozenset(v) for k, v in by_code.items()}
        return table.get(code, frozenset())

    # -- article scan → listed actors ------------------------------------------------------
    def _index_sentences(self) -> None:
        doc = self.doc
        n = len(doc)
        self._sent_id = [0] * n
        if not doc.has_annotation("SENT_START"):
            self._sent_bounds = [(0, n)]
            return
        if not n:
            return  # no sentence
        # The sentences ``doc.sents`` gives, off the parse's array: one starts at the first
        # token and at each token whose SENT_START is 1; a token's sentence is the count of
        # starts up to it. No Span for each sentence, no Python step for each token.
        starts = doc.to_array(SENT_START) == 1
        starts[0] = True
        firsts = np.flatnonzero(starts).tolist()
        self._sent_bounds = list(zip(firsts, [*firsts[1:], n], strict=True))
        self._sent_id = (np.cumsum(starts) - 1).tolist()

    def _find_outlets(self) -> list[int]:
        """For each token, the first token of the news outlet name it is part of, else -1.

        An outlet name is a known outlet ("Reuters", "USA Today") or a capitalised run
        ending in an outlet word after "the" or another capitalised word ("The Washington
        Post", "New York Times/CBS News", "the Post"). Places inside it are no country cue.
        """
        doc = self.doc
        n = len(doc)
        at = [-1] * n
        lex = self.lex
        if not lex.outlet_heads and not lex.outlets:
            return at
        # Plain strings, not Doc slices: this runs over every token of every article.
        texts = self.table.text
        # Each distinct word tested for a capital once. Every outlet name starts with a
        # capital, so only the capitalised words are read on, and only the words read are
        # folded (``fold`` keeps what it folded: the same words come back in every article).
        capital = {x for x in set(texts) if x[:1].isupper()}
        caps = list(map(capital.__contains__, texts))  # (C loops, not a Python step a word)
        firsts = self._outlet_firsts()
        person_at, lower = self.scan.person_at, self.table.lower
        i = 0  # the first token not read yet (a name found is passed over whole)
        for start in compress(count(), caps):
            if start < i:
                continue
            i = start
            low = fold(texts[i])
            hit = 0
            for words in firsts.get(low, ()):
                k = len(words)
                if [fold(x) for x in texts[i : i + k]] == words:
                    hit = k
                    break
            if (
                hit
                and person_at[i] >= 0
                and (
                    self.scan.persons[person_at[i]].start < i
                    or (i and lower[i - 1] in PERSONAL_HONORIFICS)
                    or not self._addressed_by_honorific(texts[i])
                )
            ):
                # a person who bears the name ("Michael Bloomberg", then "Bloomberg said"):
                # the scan kept the person over the outlet, for someone named in full; alone,
                # not where the article calls the person "Mr. Bloomberg" (the bare name is the
                # company's there: "Bloomberg says its reporting ...")
                i += 1
                continue
            if hit:
                lo = i
                while (
                    lo > 0
                    and caps[lo - 1]
                    and doc[lo - 1].pos_ == "PROPN"
                    and not doc[lo].is_sent_start
                ):
                    lo -= 1  # "the Burlington Free Press"
                for j in range(lo, i + hit):
                    at[j] = lo
                i += hit
                continue
            if (
                low in lex.outlet_heads
                and i > 0
                and (caps[i - 1] or fold(texts[i - 1]) == "the")
                and not doc[i].is_sent_start
            ):
                # (in a headline's Title Case, every word is capitalised: there the name is
                # proper nouns no person's name takes, "NY Post: ...", and not a run of
                # capitals that ends in the word, "Anthony Weiner Receives More Bad News")
                headline = self.scan.in_title_case_line(i)
                lo = i
                while (
                    lo > 0
                    and (caps[lo - 1] or texts[lo - 1] in {"/", "&", "-"})
                    and not doc[lo].is_sent_start
                    and doc[lo - 1].pos_ != "DET"
                    and not (headline and (doc[lo - 1].pos_ != "PROPN" or person_at[lo - 1] >= 0))
                ):
                    lo -= 1
                while lo < i and not caps[lo]:
                    lo += 1
                if lo < i or not headline:
                    for j in range(lo, i + 1):
                        at[j] = lo
            i += 1
        return at

    def _addressed_by_honorific(self, word: str) -> bool:
        """Does the article write ``word`` after "Mr.", "Ms." or another honorific?"""
        lower = self.table.lower
        return any(k and lower[k - 1] in PERSONAL_HONORIFICS for k in self.scan.occurrences(word))

    def _outlet_firsts(self) -> dict[str, list[list[str]]]:
        """Known outlet names by their first word (tokenised like spaCy splits them),
        longest first; built once per knowledge base."""
        key = "outlet_firsts"
        firsts = self.kb.cache.get(key)
        if firsts is None:
            import re as _re

            firsts = {}
            for name in self.lex.outlets:
                words = [w for w in _re.findall(r"\w+(?:\.\w+)*|[^\w\s]", name) if w]
                if words:
                    firsts.setdefault(words[0], []).append(words)
            for v in firsts.values():
                v.sort(key=len, reverse=True)
            self.kb.cache[key] = firsts
        return firsts

    def _in_outlet(self, s: int, e: int) -> bool:
        # (the largest index is -1 when no token is in an outlet's name)
        return max(self._outlet_at[s:e], default=-1) >= 0

    def _collect_cues(self) -> None:
        scan = self.scan
        self._place_choice: dict[str, str | None] = {}
        for g in scan.gaz:
            if g.key.startswith("P:") or self._in_outlet(g.start, g.end):
                continue
            code = scan.country_cue_at(g.start)
            entry = self.kb.entries.get(g.key)
            if code and (entry is None or entry.kind != "person"):
                self._cues.append((g.start, code))
                if entry is not None and entry.kind != "country":
                    self._body_cues.add(g.start)
        several: list[tuple[int, str, tuple[str, ...]]] = []
        for start, end, label, lo, hi, _ in self.table.ents:
            if self._in_outlet(start, end):
                continue
            if label in _PLACE_LABELS and scan.gaz_at[start] < 0 and scan.person_at[start] < 0:
                # (the entity's text: a misspelt country, or a state, a province or a city
                # of one: "voters in Iowa" are American)
                text = self._text[lo:hi]
                code = None if start in scan.namesakes else self._fuzzy_place(text)
                places = place_countries(text) if code is None else ()
                if len(places) > 1:
                    several.append((start, text, places))
                    continue
                code = code or (places[0] if places else None)
                if code:
                    self._cues.append((start, code))
        if several:
            # A name several places share is the one in the country the article's other
            # places and countries lie in ("Manchester" in an article on New Hampshire)
            seen = Counter(code for _, code in self._cues)
            for start, text, places in several:
                code = max(places, key=lambda c: (seen[c], -places.index(c)))
                self._place_choice[text] = code
                self._cues.append((start, code))
        self._cues.sort()

    def _place_country(self, text: str) -> str | None:
        """The country of a state, a province or a city the knowledge base does not name, as
        the article's other places choose among namesakes."""
        if text in self._place_choice:
            return self._place_choice[text]
        places = place_countries(text)
        return places[0] if places else None

    def _fuzzy_place(self, text: str) -> str | None:
        """A country for a misspelt country, capital or demonym ("Ethopia", "Khatmandu")."""
        f = fold(text)
        if f.startswith("the "):
            f = f[4:]
        if len(f) < 5:
            return None
        if f in self._place_cache:
            return self._place_cache[f]
        hit = process.extractOne(
            f, self.kb.fuzzy_choices.keys(), scorer=fuzz.ratio, score_cutoff=86
        )
        code = None
        if hit is not None:
            key = self.kb.fuzzy_choices[hit[0]]
            code = key[2:] if key.startswith(("D:", "C:")) else None
            if hit[0] != f and (f.startswith(hit[0]) or hit[0].startswith(f)):
                # a misspelling drops or swaps letters inside ("Ethopia", "Ukranian"); a
                # name that only extends another is another name ("Indiana", not "Indian")
                code = None
        self._place_cache[f] = code
        return code

    def _is_modifier_of_mention(self, tok: Token, end: int) -> bool:
        """A name inside a bigger mention: ``U.S.`` in "U.S. officials", ``Pentagon`` in
        "the Pentagon spokesman"; read as part of that mention, not listed alone."""
        if tok.dep_ not in _MODIFIER_DEPS or tok.head.i < end:
            return False
        head = tok.head
        f = fold(head.text)
        return self.scan.is_title_word(head) or f in self.lex.collectives or f in self.lex.anonymous

    def _list_article_actors(self) -> None:
        doc = self.doc
        scan = self.scan
        items: list[tuple[int, int, str, object]] = []
        for p in scan.persons:
            items.append((p.start, p.end, "p", p))
        for g in scan.gaz:
            if (
                not g.key.startswith("P:")
                and scan.person_at[g.start] < 0
                and g.prio != PRIO_CITY
                and not self._in_outlet(g.start, g.end)
            ):
                items.append((g.start, g.end, "g", g))
        datelines = self._datelines
        for start, end, label, _char, _, root in self.table.ents:
            # (an entity has a token: the largest index of each is -1 when none is in one)
            if max(scan.gaz_at[start:end]) >= 0 or max(scan.person_at[start:end]) >= 0:
                continue
            if (label in ("ORG", "PERSON") or label in _PLACE_LABELS) and not scan.names_a_vessel(
                start, end
            ):
                items.append((start, end, label, root))
        items.sort(key=lambda x: x[0])
        idx, texts = self.table.idx, self.table.text
        if datelines:
            # where the reporter filed from, not a party to the story (also when the scan
            # read it as a person's name: "Port Amaris (BPA) –")
            items = [x for x in items if not any(lo <= idx[x[0]] < hi for lo, hi in datelines)]
        credited = credit_ranges(self._text) + photo_credit_ranges(self._text, is_given_name)
        if credited:
            # who wrote and edited the story ("Reporting by Marta Quell; editing by Paul
            # Dray") or took its photographs ("Ivo Dalen/Reuters"), not a party to it: listed
            # only if the story names them elsewhere
            items = [x for x in items if not any(lo <= idx[x[0]] < hi for lo, hi in credited)]
        for start, end, what, obj in items:
            last = doc[end - 1]
            # doc[start:end].text, its ends off the token table
            surface = self._text[idx[start] : idx[end - 1] + len(texts[end - 1])]
            if what == "p":
                self._person_actor(obj.cluster, surface)  # type: ignore[attr-defined]
            elif what == "g":
                key = obj.key  # type: ignore[attr-defined]
                if key.startswith("D:"):
                    # Only a demonym used as a noun names the country ("the Palestinians").
                    if last.tag_ in ("NNS", "NNPS") and last.dep_ not in _MODIFIER_DEPS:
                        self._country_actor(key[2:], surface)
                    continue
                entry = self.kb.entries[key]
                if self._is_modifier_of_mention(last, end):
                    continue
                if (
                    entry.kind == "country"
                    and last.dep_ == "compound"
                    and last.head.pos_ == "NOUN"
                    and fold(last.head.text) not in self.lex.collectives
                ):
                    continue  # "the Minsk process", "the Ukraine crisis"
                start = obj.start  # type: ignore[attr-defined]
                if self._national_society(entry, max(0, start - 2), start) is not None:
                    continue  # "the Kestrian Red Cross": listed as the country's society
                self._entry_actor(entry, surface)
            elif what == "ORG":
                if self._ends_an_office(start, end):
                    continue  # "Secretary of State": the office's words, no organisation
                # an entity's item holds the index of its root token
                root = doc[obj]  # type: ignore[index]
                acronym = surface.isupper() and len(surface) >= 2
                if (
                    root.dep_ in ("nsubj", "nsubjpass")
                    or fold(root.text) in self.lex.collectives
                    or acronym
                ) and not self._is_modifier_of_mention(last, end):
                    self._resolve_tokens(start, end)
            elif what in _PLACE_LABELS and start not in self.scan.namesakes:
                code = self._fuzzy_place(surface)
                if code:
                    self._country_actor(code, surface)

    def _ends_an_office(self, start: int, end: int) -> bool:
        """Is the entity of tokens ``start`` to ``end`` the last words of an office's title
        the lexicon knows ("State" of "Secretary of State", "Defense" of "Secretary of
        Defense"), which the tagger reads as an organisation? (Not "the House Ways and Means
        Committee" of its chairman's title: a body of its own.)"""
        t = self.table
        if start < 2 or t.lower[start - 1] != "of":
            return False
        title = self._text[t.idx[start - 2] : t.idx[end - 1] + len(t.text[end - 1])]
        return fold(title) in self.lex.roles

    # -- reading one mention --------------------------------------------------------------
    @cached_property
    def _small_words(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere."""
        return frozenset(w for w in self.table.text if w.islower())

    def _quoted_tail(self, s: int, e: int) -> int | None:
        """Where a quotation opens inside the mention ``s`` .. ``e`` and runs to its end
        ("Velmaran “hysteria”"), or None: also when the quotation closes before the words the
        mention ends on ("the “Never Trump” movement" is the movement's name)."""
        texts = self.table.text
        opening = next((k for k in range(s + 1, e) if texts[k] in _OPENING_QUOTES), None)
        if opening is None:
            return None
        closing = next((k for k in range(opening + 1, e) if texts[k] in _CLOSING_QUOTES), None)
        if closing is not None and any(not self.table.is_punct[k] for k in range(closing + 1, e)):
            return None
        return opening

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        t = self.table  # the tokens' attributes without a Token object each
        punct, space, pos, lower, ent = t.is_punct, t.is_space, t.pos, t.lower, t.ent_type
        first = s
        while s < e:
            low = lower[s]
            if (
                punct[s]
                or space[s]
                or pos[s] == "DET"
                or low in _POSS_PRON
                or (low in _QUANT and ent[s] == "")
                # a number that counts, not one that names ("Zero Hedge")
                or (
                    t.like_num[s]
                    and pos[s] != "PROPN"
                    and ent[s] in _NUMBER_LABELS
                    and not self._counts_apposed(s, e)
                )
                or low in ("according", "to", "by", "from")
                and s + 1 < e
                # an approximation of a count ("About four in 10 voters", "only about 4 in 10",
                # "more than 6 in 10"): trimmed with the count
                or (low in _APPROXIMATE and self._count_follows(s + 1, e))
            ):
                s += 1
            elif (
                low == "in" and s > first and t.like_num[s - 1] and s + 2 < e and t.like_num[s + 1]
            ):
                s += 2  # the rest of a share: "Nine in 10 registered voters", "one in four voters"
            elif (
                low == "out"
                and s > first
                and t.like_num[s - 1]
                and s + 3 < e
                and lower[s + 1] == "of"
                and t.like_num[s + 2]
            ):
                s += 3  # "four out of 10 voters"
            else:
                break
        texts = t.text
        while e > s and (punct[e - 1] or space[e - 1] or texts[e - 1] in POSSESSIVE):
            e -= 1
        return s, e

    def _count_follows(self, i: int, e: int) -> bool:
        """Is token ``i`` (before ``e``) a number, or a word of an approximation and then a
        number ("about 4", "than 6", "least 5")?"""
        t = self.table
        if i >= e:
            return False
        if t.like_num[i] and t.pos[i] == "NUM":
            return True
        return (
            t.lower[i] in _APPROXIMATE and i + 1 < e and t.like_num[i + 1] and t.pos[i + 1] == "NUM"
        )

    def _counts_apposed(self, s: int, e: int) -> bool:
        """Does the number at ``s`` head an apposition inside [s, e) ("One of the men, Ivo
        Dalen", "two objectors, Lawrence Joyce and William Graham")? It is no count to trim
        then: the apposition says who."""
        return any(c.dep_ == "appos" and c.i < e for c in self.doc[s].children)

    def _root(self, s: int, e: int) -> Token:
        """The head of tokens [s, e): the token whose head lies outside the range."""
        t = self.table
        heads, punct = t.head, t.is_punct
        for i in range(s, e):
            h = heads[i]
            if (h < s or h >= e or h == i) and not punct[i]:
                return self.doc[i]
        return self.doc[e - 1]

    def _cues_in(self, s: int, e: int, skip: tuple[int, int]) -> list[tuple[int, str | None]]:
        """Country cues inside a mention: (token, code); code None marks a stateless
        knowledge-base group ("al-Qaeda leaders") that rules out a country from context."""
        scan = self.scan
        out: list[tuple[int, str | None]] = []
        for i in range(s, e):
            if skip[0] <= i < skip[1] or self._outlet_at[i] >= 0:
                continue
            g = scan.gaz_at[i]
            if g >= 0 and scan.gaz[g].start == i:
                code = self._gaz_code(g)
                entry = self.kb.entries.get(scan.gaz[g].key)
                if code or (entry is not None and entry.kind != "country"):
                    out.append((i, code))
            elif g < 0 and scan.person_at[i] < 0:
                tok = self.doc[i]
                if i in scan.namesakes:
                    # a place that shares a country's name ("Georgia Republicans")
                    code = scan.namesakes[i]
                elif tok.ent_iob_ == "B" and tok.ent_type_ in _PLACE_LABELS:
                    ent_end = i + 1
                    while ent_end < e and self.doc[ent_end].ent_iob_ == "I":
                        ent_end += 1
                    code = self._fuzzy_place(self.doc[i:ent_end].text)
                elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
                    code = self._fuzzy_place(tok.text)
                else:
                    code = None
                if code:
                    out.append((i, code))
        return out

    def _gaz_code(self, g: int) -> str | None:
        """The country of a gazetteer match; an ambiguous place ("Tripoli") takes the
        candidate country its sentence names."""
        scan = self.scan
        match = scan.gaz[g]
        code = scan.country_cue_at(match.start)
        alts = self.kb.ambiguous.get(self.doc[match.start : match.end].text)
        if alts:
            lo, hi = (
                self._sent_bounds[self._sent_id[match.start]]
                if self._sent_bounds
                else (0, len(self.doc))
            )
            for i, c in self._cues_between(lo, hi):
                if not match.start <= i < match.end and c in alts:
                    return c
        return code

    def _cues_between(self, lo: int, hi: int) -> Iterator[tuple[int, str]]:
        """The country cues on tokens ``lo <= i < hi`` (a sentence), in order, found by
        bisection: reading every cue of the article for every mention was quadratic."""
        cues = self._cues
        for j in range(bisect_left(cues, (lo,)), len(cues)):
            if cues[j][0] >= hi:
                break
            yield cues[j]

    def _context_country(
        self,
        s: int,
        e: int,
        *,
        own_phrase: bool = False,
        titles: Sequence[str] = (),
        unsaid: bool = False,
    ) -> str | None:
        """The nearest country the sentence names outside the mention, not where a meeting
        or journey happened (``nlp.meeting_place``); before the mention only when a possessive
        pronoun qualifies it, as the pronoun's owner comes first ("Belvania sent its foreign
        minister to Sarn": Belvania's minister, not the capital's), and none when the pronoun
        is the speaker's or the listener's ("our forces", "your army"). Not a country talked
        about or acted on (:meth:`_topic`); and in an article about one country
        (:meth:`_main_country`), another only in the mention's own phrase (any country,
        with ``own_phrase``). In an article on American politics, a mention named for its
        parties or Congress (or a person with such a ``titles``) is American. With
        ``unsaid``, a country a statement of the article names only when the sentence names
        none outside them, and only the country the article names most ("said Frederic Hof,
        a former adviser": not Syrian by his words "with respect to Syria")."""
        sid = self._sent_id[s] if s < len(self._sent_id) else 0
        lo, hi = self._sent_bounds[sid] if self._sent_bounds else (0, len(self.doc))
        t = self.table
        owner = next(
            (
                t.lower[i]
                for i in range(max(lo, s - 1), e)  # (it may stand just before the mention)
                if t.dep[i] == "poss" and t.lower[i] in _POSS_PRON and s <= t.head[i] < e
            ),
            None,
        )
        if owner in _SPEAKERS_OWN:
            return None  # "our forces", "your army": the speaker's or the listener's side
        if self._on_us_politics and (
            self._us_politics_in([" ".join(self.table.text[s:e])]) or self._us_politics_in(titles)
        ):
            # "Several Republican leaders, including ...", "House ethics investigators",
            # "House Minority Leader Nancy Pelosi", whatever other country the sentence names
            return "USA"
        if owner is not None:
            hi = s
        best: tuple[int, int, str, int] | None = None
        for i, code in self._cues_between(lo, hi):
            if (
                s <= i < e
                or any(a <= i < b for a, b in self._said)
                # (a meeting's place: "Negotiators met in Geneva" are not Swiss)
                or meeting_place(self.doc[i])
                or self._anothers_office(i, s, e)
                or self._posted_at(i, s, e)
                or self._topic(i, s, e)
            ):
                continue
            d = s - i if i < s else i - e
            if owner is not None and self._in_subject(i):
                # the pronoun's owner is the subject before it: "The Northern Lakes Council
                # imposed sanctions on Ostravan banks, and its High Representative ..."
                d -= len(self.doc)
            said = unsaid and any(a <= i < b for a, b in self._statements)
            if best is None or (said, d) < best[:2]:
                best = (said, d, code, i)
        if best is None:
            return None
        said, _, code, i = best
        if said and code != self._first_country():
            # only what statements name is near: the country the article names most, else
            # none ("with respect to Syria,'' said Frederic Hof, a former adviser")
            return None
        main = self._main_country()
        if own_phrase or (main is not None and code != main):
            # In an article about one country, another named somewhere in the sentence says
            # little of whose someone is ("Clinton spokesman Josh Schwerin, of Japanese
            # descent", "Nancy Pelosi said Russian services ..."): only one in the mention's
            # own phrase does ("UK Independence Party leader Nigel Farage", "Lou Jiwei,
            # China's finance minister").
            root = self.doc[s:e].root
            while root.dep_ in _OWN_PHRASE_DEPS and root.head.i != root.i:
                root = root.head
            if not self._in_phrase_of(i, root):
                return None
        return code

    def _in_phrase_of(self, i: int, root: Token) -> bool:
        """Is token ``i`` in the noun phrase of ``root``, not in a clause inside it ("Matt
        Duss, president of a foundation that works with the Israeli government": the
        foundation's work, not his title)?"""
        t = self.table
        k = i
        for _ in range(len(t.head)):
            if k == root.i:
                return True
            if t.dep[k] in _CLAUSE_DEPS or t.head[k] == k:
                return False
            k = t.head[k]
        return False

    @cached_property
    def _on_us_politics(self) -> bool:
        """Is the article on American politics: a party and a state after a name ("(R-Fla.)"),
        "GOP", or both parties named ("Republicans" and "Democrats"; not "Social Democrats",
        "Sweden Democrats" nor "the Democratic Republic of Congo")?"""
        text = self._text
        if self._names_party_states and any(
            # (a US state's: not ", D-Day")
            us_state_named(m.group(1) or m.group(2))
            for m in _ANY_PARTY_STATE.finditer(text)
        ):
            return True
        if any(not text[m.start() - 1 : m.start()].isalnum() for m in _GOP.finditer(text)):
            return True
        seen: set[str] = set()
        for m in _PARTY_WORD.finditer(text):
            if text[m.start() - 1 : m.start()].isalnum():
                continue  # (inside a word)
            before = text[max(0, m.start() - 24) : m.start()].split()
            if before and before[-1].lower().removesuffix("'s") in _OTHER_PARTY:
                continue
            if m.group(1) == "Democratic" and text.startswith(_NOT_THE_PARTY, m.end()):
                continue
            seen.add(m.group(1)[0])
            if len(seen) == 2:
                return True
        return False

    @staticmethod
    def _us_politics_in(words: Sequence[str]) -> bool:
        """Do ``words`` (a mention's tokens, or a person's titles) hold a capitalised word of
        the United States' parties or Congress ("Republican", "House", "Senate"; not "Social
        Democrats", "House of Commons")?"""
        for text in words:
            parts = text.split()
            for k, w in enumerate(parts):
                low = w.lower()
                if low not in _US_POLITICS_WORDS or not w[:1].isupper():
                    continue
                if k > 0 and parts[k - 1].lower() in _OTHER_PARTY:
                    continue
                after = parts[k + 1] if k + 1 < len(parts) else ""
                if (low == "house" and after == "of") or (
                    low == "democratic" and after == "Republic"
                ):
                    continue
                return True
        return False

    @cached_property
    def _country_counts(self) -> list[tuple[str, int]]:
        """How often the article's cues name each country, the most named first (the cues
        are all collected when the actors are listed, before any of this is read)."""
        return Counter(code for _, code in self._cues).most_common()

    def _first_country(self) -> str | None:
        """The country the article's cues name most often (None for a tie or none)."""
        top = self._country_counts
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _main_country(self) -> str | None:
        """The country an article is about, when it names one far more than any other: at
        least ``_MAIN_COUNTRY_CUES`` country cues, ``_MAIN_COUNTRY_SHARE`` of them its own
        (a short text, one sentence or two, has none)."""
        counts = self._country_counts
        total = sum(n for _, n in counts)
        if counts and total >= _MAIN_COUNTRY_CUES and counts[0][1] >= _MAIN_COUNTRY_SHARE * total:
            return counts[0][0]
        return None

    def _topic(self, i: int, s: int, e: int) -> bool:
        """Is the country cue ``i`` what is talked about or acted on, not whose the mention
        ``s:e`` is ("President Carter spoke about Iran", "sanctions against Iran", "his
        handling of Iran"): the object of "about", "against", "on", "towards" and the like,
        or of an "of" after a word for an act done to it ("handling", "invasion"; "President
        Kell of Belvania" is Belvanian, and so are "supporters of President Kell" who blocked
        roads "in the capital city of Belvania")? A later conjunct is what its first is
        ("the conflict between Israel and the Palestinians")."""
        t = self.table
        cue = i
        while t.dep[i] == "conj" and t.head[i] < i:
            i = t.head[i]
        prep = t.head[i]
        if t.dep[i] != "pobj" or prep == i:
            return False
        if cue in self._body_cues:
            # a body talked about is a clue still: "the party could lose its hold on
            # Congress" is said of Americans (not a place: "Staff for the House Select
            # Committee on Benghazi" are not Libyan)
            return False
        word = t.lower[prep]
        if word in _TOPIC_PREPS:
            return True
        owner = t.head[prep]
        act = t.lower[owner]
        return (
            word == "of"
            and not s <= owner < e
            and t.pos[owner] == "NOUN"
            and ((t.tag[owner] == "NN" and act.endswith("ing")) or act in _ACTS_ON)
        )

    def _posted_at(self, i: int, s: int, e: int) -> bool:
        """Is the country cue ``i`` where a diplomat of the mention ``s:e`` is posted ("a
        diplomat in Vell", "an envoy at the embassy in Lorvik")? A foreign capital as often as
        not: no nationality."""
        for anc in self.doc[i].ancestors:
            if anc.dep_ == "prep" and anc.lower_ in _POSTED_PREPS:
                head = anc.head
                return s <= head.i < e and (
                    head.lemma_.lower() == "diplomat" or self.lex.role_of(head.text) == "diplomat"
                )
        return False

    def _previous_sentences_state(self, s: int) -> str | None:
        """The one state the sentence before token ``s``'s names outside what anyone said
        (nor where a meeting was): whose "the government" a sentence naming none means ("In
        Sarn, President Pavel Orlin denied the charge. The government said ..."). None when
        it names none or several, or names one only in someone's words ("Voss accused
        Ostrava of lying. The government said ..." may be either's)."""
        sid = self._sent_id[s] if s < len(self._sent_id) else 0
        if sid == 0 or not self._sent_bounds:
            return None
        lo, hi = self._sent_bounds[sid - 1]
        states = {
            code
            for i, code in self._cues_between(lo, hi)
            if self.kb.country(code) is not None
            and not any(a <= i < b for a, b in self._statements)
            and not meeting_place(self.doc[i])
        }
        return states.pop() if len(states) == 1 else None

    def _in_subject(self, i: int) -> bool:
        """Is token ``i`` a clause's subject, or a word of one ("The Northern Lakes
        Council", "Belvania's government")?"""
        tok = self.doc[i]
        for _ in range(4):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return True
            if tok.dep_ not in ("compound", "poss", "amod", "nmod") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _anothers_office(self, i: int, s: int, e: int) -> bool:
        """Does the country cue ``i`` qualify a diplomat's office outside the mention ``s:e``,
        not in apposition to it ("Foreign Minister Karel Dansk met Ostravan ambassador Yuri
        Holt": the ambassador is Ostravan, the minister whose capital he serves in is not)?
        Only a diplomat's: "Romania's president refused a request from the justice minister"
        is a Romanian minister's."""
        doc = self.doc
        tok = doc[i]
        if tok.dep_ not in {"amod", "compound", "poss", "nmod"}:
            return False
        head, office = tok.head, False
        while True:  # "Ostravan ambassador Yuri Holt", "Ostravan Foreign Ministry spokesman"
            office = office or self.lex.roles.get(fold(head.text)) == "diplomat"
            if head.dep_ != "compound" or head.head.i == head.i:
                break
            head = head.head
        if not office or s <= head.i < e:
            return False
        mention = doc[s:e].root
        # ("Ostrava's spokesman, Dmitri Vell, said": the office is the named one's)
        return not (
            (mention.dep_ == "appos" and mention.head.i == head.i)
            or (head.dep_ == "appos" and s <= head.head.i < e)
        )

    def _span_name(self, s: int, e: int) -> str:
        # "former", "new", "Sen." are dropped, but not inside the name of a body or a
        # place ("The New Yorker", "New Democracy")
        toks = [
            t
            for t in self.doc[s:e]
            if t.lower_ not in self.lex.honorifics
            or (t.pos_ == "PROPN" and t.ent_type_ in _NAME_LABELS)
        ]
        name = "".join(t.text_with_ws for t in toks).strip() or self.doc[s:e].text
        return name.lstrip("-–—―")  # "-Commissioner X": a dash glued on by the tokenizer

    def _resolve_tokens(self, s: int, e: int) -> Actor | None:
        doc = self.doc
        scan = self.scan
        lex = self.lex
        s0 = s
        s, e = self._trim(s, e)
        if s >= e:
            return None
        if e - s == 1 and self.table.lower[s] in lex.pronouns and not self.table.text[s].isupper():
            return None
        quoted = self._quoted_tail(s, e)
        if quoted is not None:
            # "rejects Velmaran “hysteria”": the mention ends in quoted words, no name; the
            # words before the quotation may name someone (Velmara)
            return self._resolve_tokens(s0, quoted) if quoted > s else None
        root = self._root(s, e)
        if pair_form(root) is not None and not any(True for _ in self._cues_between(s, e)):
            # "the two countries", "both men": a pair, not one actor (pair_parties finds it)
            return None
        apposed = self._apposed_parties(root, s, e)
        if apposed is not None:
            # "two objectors, Lawrence Joyce and William Graham": the description alone; the
            # people it names are actors of their own (a speaker: the joint statement's parties)
            hi = apposed[0].left_edge.i
            while hi > s and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                hi -= 1
            return self._resolve_tokens(s0, hi) if s < hi else None
        apposed_name = self._description_and_name(root, s, e)
        if apposed_name is not None:
            # "one group, Partnership for Coastal Growth", "the firm's chief, Kimberley Fritts":
            # the name; "the newspaper, long a vocal advocate of reform": the description
            return self._resolve_tokens(*apposed_name)
        body_name = self._close_body_name(root, e)
        if body_name is not None:
            # "the militant group Hamas": the body, by its name; of the country the words
            # before it give, when its own gives none ("the Kestrian newspaper Dawn")
            body = self._resolve_tokens(*body_name)
            if body is not None and body.country is None and body.kind != "person":
                body.country = next(
                    (c for i in range(s, body_name[0]) if (c := scan.country_cue_at(i))), None
                )
            return body
        if root.pos_ in ("VERB", "AUX"):
            # A speaker phrase run on into its clause ("Voss rebuffed Dalen"): its subject
            subj = next(
                (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and s <= c.i < e),
                None,
            )
            if subj is None:
                return None
            lo, hi = max(s, subj.left_edge.i), min(e, subj.right_edge.i + 1)
            return self._resolve_tokens(lo, hi) if (lo, hi) != (s, e) else None
        # A news outlet heads the mention: an outlet, never the country its name holds.
        if self._outlet_at[root.i] >= 0:
            lo = self._outlet_at[root.i]
            hi = root.i + 1
            while hi < e and self._outlet_at[hi] == lo:
                hi += 1
            name = doc[lo:hi].text  # its own name, honorific-looking words kept ("New York")
            if hi - lo == 1:
                # "the Post" after "The New York Post": the outlet named in full before
                short = fold(name)
                if " " in short:
                    a = next(
                        (
                            a
                            for a in self._actors
                            if a.kind == "outlet" and fold(a.name).endswith(" " + short)
                        ),
                        None,
                    )
                else:
                    a = self._outlet_by_last.get(
                        short
                    )  # a dict, not a scan of every actor per mention
                if a is not None:
                    self._alias(a, name)
                    return a
            return self._group_actor("outlet", None, name, name)
        # A poll, survey or study by a named maker: a document actor of its own.
        if root.lower_ in lex.findings or root.lemma_.lower() in lex.findings:
            named = [
                t
                for t in doc[s : root.i]
                if t.text[:1].isupper()
                and not t.is_punct
                and t.pos_ != "DET"
                and not _capital_of_the_sentence(t)
            ]
            if not named:
                return self._earlier_finding(s0, root)
            name = doc[named[0].i : root.i + 1].text  # "the latest X poll": the X poll
            return self._group_actor("document", None, name, name)
        if self._geographic(s, e, root):
            return None
        # A person's name heads the mention.
        pi = scan.person_at[root.i]
        if pi >= 0:
            return self._person_actor(scan.persons[pi].cluster, self._name_text(pi))
        persons_in = [scan.person_at[i] for i in range(s, e) if scan.person_at[i] >= 0]
        last = scan.person_at[e - 1]
        if (
            last >= 0
            and scan.persons[last].end == e
            and scan.is_title_word(root)
            and fold(root.text) not in lex.collectives  # ("the government of President X")
            and all(
                scan.is_title_word(t)
                or t.lower_ in ("of", "the")
                or t.is_punct
                or scan.country_cue_at(t.i) is not None
                for t in doc[s : scan.persons[last].start]
            )
        ):
            # "Ostravan Chief of the General Staff Viktor Hasse": the parser made the title
            # the head and the name an object inside it; the person named is the mention
            return self._person_actor(scan.persons[last].cluster, self._name_text(last))
        campaign = self._campaign_of(s, root)
        if campaign is not None:
            return campaign
        government = self._leaders_government(s, root)
        if government is not None:
            return government
        owned = self._owned_thing(s, e, root)
        if owned is not None:
            return owned[0]
        # A knowledge-base name heads it.
        g = scan.gaz_at[root.i]
        if (
            g >= 0
            # a people in the plural is no one person ("Americans who know ...")
            and not (scan.gaz[g].key.startswith("D:") and root.tag_ in ("NNS", "NNPS"))
            and any(
                (c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children))
                or (
                    c.dep_ == "appos"
                    and c.i > root.i
                    and (c.lower_ in PERSON_APPOS or scan.is_title_word(c))
                )
                for c in root.children
            )
        ):
            # "Paris, who used to work on Capitol Hill", "Washington, star of television's
            # Scandal": a person who bears a place's name
            name = self._span_name(s, root.i + 1)
            return self._group_actor("person", None, name, name)
        body_end = self._name_for_end(root)
        known = self.kb.entries.get(scan.gaz[g].key) if g >= 0 else None  # (not a demonym)
        if body_end is not None and (known is None or known.kind == "country"):
            # "Americans for Prosperity", "Citizens for Tax Justice": a body whose name opens
            # with a people's, a country's or a group's word, not the people or the group
            lo = self._entity_start(root.i)
            while lo < root.i and doc[lo].lower_ in _ARTICLES:
                lo += 1  # ("The Club for Growth": the recogniser's article is no part of it)
            return self._unknown_name(lo, body_end, root, None, True)
        name_lo = self._kb_name_inside_name(g, root) if g >= 0 else None
        if name_lo is not None:
            # "Priorities USA", "Bank of America", "Rep. Steve Israel": an organisation or a
            # person whose name holds a country's, not the country
            return self._unknown_name(name_lo, root.i + 1, root, None, True)
        if g >= 0:
            key = scan.gaz[g].key
            if key.startswith("D:"):
                return self._demonym_actor(s, e, g, s0)
            entry = self.kb.entries[key]
            # the alias is the name as written, not the phrase around it ("U.S. and its allies")
            named = doc[scan.gaz[g].start : scan.gaz[g].end].text
            if entry.kind == "country":
                code = self._gaz_code(g)
                if code and code != entry.country:
                    return self._country_actor(code, named)
            national = self._national_society(entry, s, scan.gaz[g].start)
            if national is not None:
                return national
            return self._entry_actor(entry, named)
        head = fold(root.text)
        lemma = root.lemma_.lower()
        rs, re_ = root.i, root.i + 1
        cues = [c for c in self._cues_in(s, e, (rs, re_)) if not self._posted_at(c[0], s, e)]
        country = min(cues, key=lambda c: abs(c[0] - root.i))[1] if cues else None
        if country is not None and self._joint_countries(cues, s, e):
            # "the leaders of Belvania and Ostrava": of two states together, of neither alone
            country = None
        stateless = bool(cues) and country is None
        # An office title: the person named with it, or the holder of that office.
        if scan.is_title_word(root) and head not in lex.collectives:
            if (
                not persons_in
                and self._body_owned(root)
                and lex.role_of(root.text) in _SINGLE_OFFICE_ROLES
            ):
                # "The council's president for March, the ambassador of Ecuador": a body's
                # president or chairman is no head of state ("Ecuadorian president"); the
                # description in apposition says who holds it, or nothing does (a person
                # named with the title is its holder, as below)
                appos = next(
                    (
                        c
                        for c in root.children
                        # (the apposition may lie past ``e``: a description after the
                        # office is cut off the mention before it is read)
                        if c.dep_ == "appos" and c.i > root.i
                    ),
                    None,
                )
                if appos is None:
                    return None
                return self._resolve_tokens(appos.left_edge.i, appos.right_edge.i + 1)
            # "Cameron's spokesman" is not Cameron: a person owning the title is left out
            owners = [pi for pi in persons_in if self._owns(scan.persons[pi].end, root.i)]
            named = [
                pi
                for pi in persons_in
                if pi not in owners and not self._in_clause(scan.persons[pi].start, root, e)
            ]
            if named:
                return self._person_actor(scan.persons[named[0]].cluster, self._name_text(named[0]))
            if owners:
                # "Orlin's spokesman, Ivo Dalen" with the name the scan missed: the apposed
                # name is the person; without one, somebody the article does not name
                appos = next(
                    (
                        c
                        for c in root.children
                        if c.dep_ == "appos"
                        and c.pos_ == "PROPN"
                        and s <= c.left_edge.i
                        and c.i < e
                    ),
                    None,
                )
                if appos is None:
                    return None
                name = self._span_name(appos.left_edge.i, appos.i + 1)
                return self._group_actor("person", None, name, name)
            if any(doc[i].lower_ in PERSONAL_HONORIFICS for i in range(s0, root.i)):
                # "Mr. King": a surname that is also an office word names a person
                return self._unknown_name(s, e, root, country, stateless)
            return self._office_actor(s, e, root, country, definite=not self._indefinite(s0, s))
        if root.pos_ == "NOUN" and root.tag_ == "NN" and head not in lex.collectives:
            # "another RT America host, Abby Martin", "the Democratic candidate Hillary
            # Clinton": a description with the person's name in apposition is that person
            named = next(
                (
                    scan.person_at[c.i]
                    for c in root.children
                    if c.dep_ == "appos" and root.i < c.i < e and scan.person_at[c.i] >= 0
                ),
                None,
            )
            if named is not None:
                return self._person_actor(scan.persons[named].cluster, self._name_text(named))
            if not persons_in and _person_noun(lemma):
                # "the Republican presidential candidate", "the retired neurosurgeon": the one
                # person the article has introduced so
                described = self._described_person(s0, root)
                if described is not None:
                    return self._person_actor(described)
        if lemma in _SHARE_NOUNS:
            # "a majority of Americans", "74 percent of likely voters": who the share is of;
            # a share of nobody named ("63 percent", "the majority") is no actor
            share = _share_of(root, e)
            if share is None:
                return None
            return self._resolve_tokens(share.left_edge.i, _group_end(share, e))
        if (root.pos_ == "NUM" and root.like_num) or (
            root.ent_type_ in _COUNT_LABELS and root.pos_ != "PROPN"
        ):
            # "Six in 10 say ...", "at least 21,000", "said the 46-year-old": a count or an age
            # names nobody; a count of a group ("thousands of nurses") speaks for the group
            of = _of_object(root, e)
            if of is None:
                return None
            return self._resolve_tokens(of.left_edge.i, _group_end(of, e))
        if head in lex.non_actors and head not in lex.collectives:
            return self._qualifier_actor(s, e, root, cues)
        if head not in lex.collectives:
            if lemma in lex.collectives:
                head = lemma
            elif lemma + "s" in lex.collectives:
                head = lemma + "s"
        if head in lex.collectives and root.pos_ == "PROPN" and root.ent_type_ in ("ORG", "FAC"):
            # A named body ("the Ceasefire Violations Committee"), not a generic collective.
            return self._unknown_name(s, e, root, country, stateless)
        if head in lex.collectives and head in _RESIDENT_HEADS and country is not None:
            # "the Albanian population" of another state: the state they live in.
            lo, hi = self._sent_bounds[self._sent_id[s]] if self._sent_bounds else (0, len(doc))
            others = [
                (abs(i - s), c)
                for i, c in self._cues_between(lo, hi)
                if c != country and not s <= i < e
            ]
            if others:
                country = min(others)[1]
        if head in _GENERIC_BODY_HEADS and (name := self._name_after(root, e)) is not None:
            # "the pro-ethanol campaign group America's Renewable Future": the group's name,
            # which the tagger missed; not one "group" of the state with every other group
            return self._named_unknown("organization", country, name)
        if head in lex.collectives or head in lex.anonymous:
            if country is None and head in lex.anonymous and not stateless:
                # "One of the officials said": the officials the text has just named
                return self._same_group_before(root)
            kind = lex.collectives.get(head, "group")
            if (
                head in _REFERRING_GOVERNMENT_WORDS
                and country is None
                and [t.lower_ for t in doc[min(s0, s) : root.i]] == ["the"]
                and (earlier := self._one_body_of_head(head)) is not None
                # (a state's government, not "the Federal Aviation Administration")
                and earlier.name.startswith("Government of")
            ):
                # "the administration" after "the Biden administration": that government
                # (now the state's), not one of a state the sentence happens to name
                return earlier
            if (
                kind == "organization"
                and [t.lower_ for t in doc[min(s0, s) : root.i]] == ["the"]
                and (
                    (body := self._body_named_before(root, any_case=True)) is not None
                    # (the word alone: "the state of North Carolina" is no "Arizona State")
                    or (e == root.i + 1 and (body := self._named_before(root)) is not None)
                )
            ):
                # "told the council" after "the United Nations Security Council": that body,
                # not a council of the country the sentence names (nor, capitalised where the
                # tagger saw no name, a council of its own: "The Council made it clear")
                return body
            if (
                country is None
                and e == root.i + 1
                and [t.lower_ for t in doc[min(s0, s) : root.i]] == ["the"]
                and (body := self._class_antecedent(root)) is not None
            ):
                # "Velco Industries announced ... The company said": the body the sentences
                # just before named, not a "company" actor of its own
                return body
            ngo = any(fold(t.text) in lex.stateless for t in doc[s : root.i])
            by_context = False  # the state comes from the sentences around, not the mention
            # ("both sides": parties opposed to each other, of no one country; "member
            # states": a body's, of many)
            if (
                country is None
                and not stateless
                and not ngo
                and head not in _SIDES
                and not self._a_bodys_members(s, root)
            ):
                # ("Voss's office": the country of the person who owns it, not the one the
                # sentence goes on to name)
                country = self._owner_country(s, root)
                by_context = country is None
                if country is None and not (
                    head in _REFERRING_GOVERNMENT_WORDS and _person_possessive(root) is not None
                ):
                    # (not "his administration" in "In 2010, at a Vienna airport, his
                    # administration swapped ...": a leader's, of no state the sentence names)
                    country = self._context_country(s, e)
                if country is None and (
                    head in _ONE_STATES_HEADS or self._portfolio_ministry(s, root)
                ):
                    # "Drovnia gave a different account. Its defence ministry said ...": the
                    # one state the sentence before names
                    country = self._previous_sentences_state(s)
                if head in _STATE_HEADS and (
                    self.kb.country(country) is None
                    if country is not None
                    else {t.lower_ for t in doc[s : root.i]} <= _THE_PARTIES
                ):
                    # "The European Union called on the governments": states' governments,
                    # not the union's; "urged the countries to show restraint": states, the
                    # parties the article names elsewhere, none of them the union (nor, with
                    # no state in the sentence, a group of no state: "A United Nations envoy
                    # urged the countries", whose envoy is no union's country cue)
                    country = None
                    if root.tag_ in ("NNS", "NNPS"):
                        return None
            before = [t.lower_ for t in doc[min(s0, s) : root.i]]
            if (
                country is None
                and kind == "organization"
                and before[:1] == ["the"]
                and (earlier := self._one_body_of_head(" ".join([*before[1:], head]))) is not None
            ):
                # "The ministry said ..." after "the defence ministry in Sarn": the one body of
                # that kind the article has placed (two ministries would leave it unresolved);
                # "the defence ministry" after "the Belvanian defence ministry": that one
                return earlier
            state = self.kb.country(country) if country is not None else None
            if state is not None and (
                head == "government" or (head in _STATE_GOVERNMENT_WORDS and not by_context)
            ):
                # "his government", "the Lorvik government", "the U.S. administration", "the
                # Syrian regime": the state's government, named as when the state itself
                # speaks ("government" was an actor's whole name), one actor however written.
                # An administration or regime only by the mention's own words or its owner:
                # "the Zionist regime's attacks", in a Tehran dispatch, is not Iran's.
                return self._group_actor(
                    "organization", country, "government", _government_of(state.name)
                )
            group_head = root.lemma_.lower()
            whose = self._group_owner(root, e)
            if whose is not None:
                # "supporters of Donald Trump" are no "supporters of Hillary Clinton", though
                # both are American: the group is its owner's
                group_head = f"{group_head} of {whose}"
            if group_head in _GENERIC_BODY_HEADS:
                # a group is told from another by its kind: "green groups" are no "rebel
                # groups", though "U.S. officials" and "senior American officials" are one
                group_head = " ".join([*self._kind_words(s, root), group_head])
            if kind == "organization":
                # a state's bodies of one kind differ by their portfolio: "the Belvanian
                # foreign ministry" is not "the Belvanian defence ministry"
                portfolio = self._kind_words(s, root)
                group_head = " ".join([*portfolio, group_head])
                known = (
                    self.kb.body_of(country, fold(group_head).split())
                    if portfolio
                    and state is not None
                    # the mention's own words name the state (not the sentence around it)
                    and any(self.scan.country_cue_at(i) == country for i in range(s, root.i))
                    else None
                )
                if known is not None:
                    # "Velmara's defence ministry", "the Velmaran defence ministry": the
                    # state's one body of that portfolio the knowledge base lists ("Velmaran
                    # Defence Ministry"), not a body of its own
                    return self._entry_actor(
                        known, self._span_name(s, _group_end(root, e, whole=True))
                    )
            return self._group_actor(
                kind,
                country,
                group_head,
                self._span_name(s, _group_end(root, e, whole=True)),
            )
        people = root.tag_ == "NNS" and head.endswith(PEOPLE_ENDINGS) and head not in lex.not_people
        if root.pos_ == "NOUN" and not people:
            owner = self._possessor(s, root)
            if owner is not None and not self._apposed(s, e, owner):
                # "the Kremlin's public effort", "Ostrava's new plan": what a state or an
                # institution of the knowledge base does speaks for it, never as a group of
                # its own. A person's "team" or "son" is somebody else: left unresolved, as
                # is anything owned by a name the knowledge base lacks (a person's election
                # campaign is an organization of its own, read before: _campaign_of).
                if not any(scan.gaz_at[i] >= 0 for i in range(*owner)):
                    return None  # an owner the knowledge base does not know ("Monday's")
                actor = self._resolve_tokens(*owner)
                return actor if actor is not None and actor.kind != "person" else None
        if root.pos_ == "PROPN" or root.ent_type_:
            return self._unknown_name(s, e, root, country, stateless)
        if (
            root.pos_ in ("NOUN", "ADJ")
            and root.tag_ in ("NNPS", "NNS", "JJ")
            and country
            and head not in lex.not_people
        ):
            return self._group_actor(
                "group",
                country,
                root.lemma_.lower(),
                self._span_name(s, _group_end(root, e, whole=True)),
            )
        if country is not None and head in _PLACE_NOUNS and root.text.islower():
            # "the besieged Bosnian town of Gorazde", "the Azerbaijani republic of
            # Nakhichevan": a place of the country, which stands for it as its name would
            return self._country_actor(country)
        if (
            country is not None
            and not one_person(root)
            and not (head in lex.not_people and root.text.islower())
            # a thing of the country ("the seat of the Saradian government", "an American
            # defense of ...", "the appointment of the envoy"), no group of its people
            and not (
                root.tag_ == "NN"
                and root.text.islower()
                and not people_word(root)
                and head not in _BODY_WORDS
            )
        ):
            # "the New York businessman" is one unnamed person, not a group of the country;
            # "the assets of three Ostravan companies" are things, no group at all (a
            # capitalised one may be a name the tagger took for a noun: "M. Dane Waters")
            return self._group_actor(
                "group",
                country,
                root.lemma_.lower(),
                self._span_name(s, _group_end(root, e, whole=True)),
            )
        if root.pos_ == "NOUN" and people:
            # ("members traded accusations" at the Security Council: a body's members are of
            # many states, none of them the one the sentence names)
            ctx = (
                None
                if stateless
                or (head in _MEMBERS and self._body_in_sentence(s))
                or self._a_bodys_members(s, root)
                else self._context_country(s, e)
            )
            return self._group_actor(
                "group",
                ctx,
                root.lemma_.lower(),
                self._span_name(s, _group_end(root, e, whole=True)),
            )
        return None

    def _earlier_finding(self, s0: int, root: Token) -> Actor | None:
        """ "The poll also found ...": a definite finding without its maker is the one the
        article last mentioned with that head word, when that one was named ("a CNN/ORC
        poll"); an unnamed one before it ("a new poll") or an indefinite mention is another
        poll, and nothing is guessed."""
        doc = self.doc
        if not any(doc[i].lower_ in ("the", "this", "that") for i in range(s0, root.i)):
            return None
        for i in range(root.i - 1, -1, -1):
            t = doc[i]
            if t.lower_ == root.lower_ and t.pos_ in ("NOUN", "PROPN"):
                lo = t.left_edge.i
                if lo >= i or not any(doc[j].text[:1].isupper() for j in range(lo + 1, i)):
                    return None
                actor = self._resolve_tokens(lo, i + 1)
                return actor if actor is not None and actor.kind == "document" else None
        return None

    def _joint_countries(self, cues: list[tuple[int, str | None]], s: int, e: int) -> bool:
        """Do the country cues of the mention ``s:e`` name two states or more, joined by a
        conjunction inside it ("Belvania and Ostrava", "U.S. and Russian")?"""
        codes = {c for _, c in cues if c}
        if len(codes) < 2:
            return False
        for i, c in cues:
            tok = self.doc[i]
            while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
                tok = tok.head  # "the Ostrava Republic": the name's head is the conjunct
            if c and tok.dep_ == "conj" and s <= tok.head.i < e:
                return True
        return False

    def _group_owner(self, root: Token, e: int) -> str | None:
        """The person or body a group is of, named in its mention: "supporters of Donald
        Trump", "Trump supporters", "Clinton's backers", "aides to the Velmaran Foreign
        Ministry"; the name folded, else None (a place or a people gives the group its
        country instead)."""
        doc = self.doc
        for c in root.children:
            if c.i >= e:
                continue
            if c.dep_ == "prep" and c.lower_ in {"of", "for", "to"}:
                owner = next((o for o in c.children if o.dep_ == "pobj" and o.i < e), None)
            elif c.dep_ in {"poss", "compound"}:
                owner = c
            else:
                continue
            if owner is None or owner.pos_ != "PROPN":
                continue
            # one person however the article names them ("Gowdy's office", "Congressman Trey
            # Gowdy's office"), one body by the knowledge base's key or its name
            pi = self.scan.person_at[owner.i]
            if pi >= 0:
                return f"person {self.scan.persons[pi].cluster}"
            g = self.scan.gaz_at[owner.i]
            if g >= 0 and (
                self.scan.gaz[g].key[:2] in ("C:", "D:")
                or getattr(self.kb.entries.get(self.scan.gaz[g].key), "kind", None) == "country"
            ):
                continue  # a state or its people: the group's country, not its owner
            if owner.ent_type_ not in {"PERSON", "ORG"}:
                continue
            if g >= 0:
                return self.scan.gaz[g].key
            return fold(doc[self._entity_start(owner.i) : owner.i + 1].text)
        return None

    def _kind_words(self, s: int, root: Token) -> list[str]:
        """The words before ``root`` that say which of its kind a body or a group is: "foreign"
        of "the Belvanian foreign ministry", "green" of "green groups" (not the state's name
        or demonym, which the actor's country carries)."""
        return [
            t.lemma_.lower()
            for t in self.doc[s : root.i]
            if t.dep_ in {"compound", "amod"}
            # (a lower-case word the tagger took for a name: "Velmara's defence ministry")
            and (t.pos_ in {"NOUN", "ADJ"} or (t.pos_ == "PROPN" and t.text.islower()))
            and not t.ent_type_
            and self.kb.demonym(t.text) is None
        ]

    def _name_after(self, root: Token, e: int) -> str | None:
        """The name written after a group's head word in the mention, the group's own: "the
        campaign group Keep Velmara Free", "the pro-ethanol group America's Renewable Future".
        Capitalised words (with "of", "for", "the", "and" and an owner's "'s" between them),
        not one the knowledge base knows alone (a place after the head is where it is), nor a
        person's name."""
        doc = self.doc
        stop = _group_end(root, e, whole=True)
        while stop > root.i + 1 and doc[stop - 1].is_punct:
            stop -= 1
        run = doc[root.i + 1 : stop]
        if not run or not run[0].text[:1].isupper() or not run[-1].text[:1].isupper():
            return None
        if any(
            not (t.text[:1].isupper() or t.lower_ in _NAME_GLUE or t.text in {"'s", "’s"})
            or t.ent_type_ == "PERSON"
            for t in run
        ):
            return None
        if len(run) == 1 or all(
            self.scan.gaz_at[t.i] >= 0 or t.lower_ in _NAME_GLUE or t.text in {"'s", "’s"}
            for t in run
        ):
            return None  # ("the rebel groups Syria ..."; "the group Hamas" the gazetteer reads)
        return run.text

    def _portfolio_ministry(self, s: int, root: Token) -> bool:
        """Is the mention a ministry named by its portfolio ("its defence ministry", "the
        foreign ministry"), one a state has one of, as it has one government?"""
        return (
            root.lemma_.lower() == "ministry"
            and root.tag_ in ("NN", "NNP")
            and any(
                t.dep_ in ("compound", "amod")
                and t.pos_ in ("NOUN", "ADJ", "PROPN")
                and self.kb.demonym(t.text) is None
                for t in self.doc[s : root.i]
            )
        )

    def _one_body_of_head(self, head: str) -> Actor | None:
        """The article's one organisation of a country so far whose name, or a name it was
        written with, has the words ``head`` in a row ("defence ministry in Sarn" for
        "ministry" or "defence ministry"; "the administration" after "the Biden
        administration", now the state's government), or None when none or several have."""
        words = name_key(head).split()
        found = [
            a
            for key, a in self._by_key.items()
            if key.startswith("g:organization:")
            and a.country is not None
            and any(_contains_run(name_key(n).split(), words) for n in (a.name, *a.aliases))
        ]
        return found[0] if len(found) == 1 else None

    def _a_bodys_members(self, s: int, root: Token) -> bool:
        """Does the mention ``s`` .. ``root`` name a body's members by that word ("member
        states", "Council members", "member countries"): of many states, not the one the
        sentence names?"""
        words = [t.lower_ for t in self.doc[s : root.i]]
        return "member" in words or (
            root.lower_ == "members"
            and any(self.lex.collectives.get(fold(w)) == "organization" for w in words)
        )

    def _body_in_sentence(self, s: int) -> bool:
        """Does the sentence of token ``s`` name an international body?"""
        lo, hi = self._sent_bounds[self._sent_id[s]] if self._sent_bounds else (0, len(self.doc))
        return any(self.kb.country(code) is None for _, code in self._cues_between(lo, hi))

    def _body_owned(self, root: Token) -> bool:
        """Is the title ``root`` the office of a body named by a common noun ("the council's
        president", "the committee's chairman")? A named body's office ("NATO's
        secretary-general") is the knowledge base's to say."""
        return any(
            c.dep_ == "poss"
            and c.i < root.i
            and c.pos_ == "NOUN"
            and self.lex.collectives.get(c.lemma_.lower()) == "organization"
            for c in root.children
        )

    def _owner_country(self, s: int, root: Token) -> str | None:
        """The country of the person whose possessive qualifies ``root`` ("Voss's office",
        "Orlin's government"), when the article or the knowledge base gives one."""
        owner = self._possessor(s, root)
        if owner is None:
            return self._pronoun_owner_country(s, root)
        pi = next(
            (self.scan.person_at[i] for i in range(*owner) if self.scan.person_at[i] >= 0), -1
        )
        if pi < 0:
            return None
        return self._person_actor(self.scan.persons[pi].cluster).country

    def _pronoun_owner_country(self, s: int, root: Token) -> str | None:
        """The country of the person a "his" or "her" qualifying ``root`` stands for, when
        the sentence names one person of that gender before it ("Prime Minister Ana Voss has
        convened the council, her office said"): that person's office or aides are of her
        country. None when the sentence names none, or several."""
        pron = _person_possessive(root)
        if pron is None:
            return None
        s = min(s, pron.i)
        lo = self._sent_bounds[self._sent_id[s]][0] if self._sent_bounds else 0
        want = _PERSON_POSS[pron.lower_]
        people = {
            self.scan.persons[pi].cluster
            for i in range(lo, s)
            if (pi := self.scan.person_at[i]) >= 0 and gender_of(self.doc[i].text) in {None, want}
        }
        if len(people) != 1:
            return None
        return self._person_actor(people.pop()).country

    def _possessor(self, s: int, root: Token) -> tuple[int, int] | None:
        """The token range of the possessor that qualifies ``root`` inside the mention
        ("the Kremlin's" in "the Kremlin's public effort"), the possessive marker left
        out; None when the mention has none or it is a pronoun ("his effort")."""
        for i in range(s, root.i):
            tok = self.doc[i]
            if tok.dep_ != "poss" or tok.head.i != root.i or tok.lower_ in _POSS_PRON:
                continue
            lo = max(s, tok.left_edge.i)
            return (lo, i + 1) if lo <= i else None
        return None

    def _in_clause(self, i: int, root: Token, end: int | None = None) -> bool:
        """Whether token ``i`` hangs on ``root`` through a clause or a preposition's object
        ("Jeb Bush" in "the head of the super PAC backing Jeb Bush"): somebody the
        description mentions, not the one it describes. "Secretary of State John Kerry"
        hangs on the office word "State": still the holder; and a name in apposition that
        ends the mention (token ``end``) describes its head even where the parser hung it on
        the phrase's last word ("the spokesman for the embassy in Sarn, Teo Marr")."""
        tok = self.doc[i]
        for _ in range(64):  # a parse path is short; the bound guards a malformed tree
            if tok.i == root.i or tok.head.i == tok.i:
                return False
            if (
                end is not None
                and tok.dep_ == "appos"
                and tok.right_edge.i == end - 1
                and tok.left_edge.i > 0
                and self.doc[tok.left_edge.i - 1].text == ","
            ):
                return False
            if tok.dep_ in ("acl", "relcl", "advcl") or (
                tok.dep_ == "pobj" and not self.scan.is_title_word(tok)
            ):
                return True  # "backing Jeb Bush", "the head of the Super PAC", "the wife of X"
            tok = tok.head
        return False

    def _owns(self, end: int, root: int) -> bool:
        """Whether the name ending before token ``end`` is a possessor of the head at
        ``root`` ("Cameron" in "Cameron's spokesman")."""
        return end <= root and self.doc[end].tag_ == "POS"

    def _named_owner(self, s: int, root: Token, qualifiers: frozenset[str]) -> int | None:
        """The person mention (an index of ``scan.persons``) whose name stands right before
        the head ``root`` inside the mention, possessive or not ("the Clinton campaign",
        "Orlin's government"), with only a possessive mark, a year or one of ``qualifiers``
        between them; None when there is none."""
        scan, doc = self.scan, self.doc
        i = root.i - 1
        while (
            i >= s
            and scan.person_at[i] < 0
            and (
                doc[i].tag_ == "POS"
                or doc[i].text in _APOSTROPHES  # "Sanders’ campaign"
                or doc[i].pos_ == "NUM"
                or doc[i].lower_ in qualifiers
            )
        ):
            i -= 1
        if i < s or scan.person_at[i] < 0:
            return None
        pi = scan.person_at[i]
        mention = scan.persons[pi]
        if mention.end != i + 1 or mention.start < s:
            return None
        return pi

    def _campaign_of(self, s: int, root: Token) -> Actor | None:
        """The campaign of a person the article names: "the Clinton campaign", "Sanders's
        campaign", "Hillary Clinton's presidential campaign", "the Trump camp". An
        organization of its own, named after the person ("Hillary Clinton campaign"), with
        the person's country: its statements are the campaign's, on no person's page, and
        one campaign however the article writes it; "his campaign", "her campaign" for the
        one person the pronoun can stand for (:meth:`_pronoun_owner`); a bare "the
        campaign" for the one person whose campaign the article named before it
        (:meth:`_campaign_named_before`). None for any other mention ("a military campaign",
        "Voss's long campaign" against something)."""
        if root.pos_ != "NOUN" or root.tag_ != "NN" or root.lower_ not in _CAMPAIGN_WORDS:
            return None
        pi = self._named_owner(s, root, _CAMPAIGN_QUALIFIERS)
        if pi is not None:
            person = self._person_actor(self.scan.persons[pi].cluster, self._name_text(pi))
        else:
            ci = self._pronoun_owner(s, root)
            if ci is None:
                ci = self._campaign_named_before(root)
            if ci is None:
                return None
            person = self._person_actor(ci)
        if person.kind != "person":
            return None
        actor = self._register(
            f"pc-campaign:{person.id}",
            Actor(
                id="", name=f"{person.name} campaign", kind="organization", country=person.country
            ),
        )
        self._alias(actor, self._span_name(s, root.i + 1))
        return actor

    def _campaign_named_before(self, root: Token) -> int | None:
        """The person (a cluster of ``scan``) whose campaign a bare "the campaign" is: the
        one person whose campaign the article has named by name before it ("the Clinton
        campaign", "Sanders' campaign"). None when it named none or the campaigns of two
        people, or when the mention says which campaign it is ("the campaign against the
        militia", "the campaign to repeal the law")."""
        doc, table = self.doc, self.table
        if (
            root.lower_ != "campaign"
            or [t.lower_ for t in doc[root.left_edge.i : root.i]] != ["the"]
            or any(c.i > root.i and c.dep_ in _WHICH_ONE_DEPS for c in root.children)
        ):
            return None
        # (by sentence: a campaign the mention's sentence or the two before it name as a
        # clause's subject comes first, "Sanders' campaign says it raised $21 million ... The
        # campaign says" in a live blog that named Trump's campaign an hour earlier; not one
        # named in passing, "Axelrod, the strategist of Obama's 2008 campaign")
        named: list[tuple[int, int, bool]] = []  # sentence, person, named as a subject
        lower, pos = table.lower, table.pos
        for i in range(root.left_edge.i):
            if lower[i] in _CAMPAIGN_WORDS and pos[i] == "NOUN":
                word = doc[i]
                pi = self._named_owner(word.left_edge.i, word, _CAMPAIGN_QUALIFIERS)
                if pi is not None:
                    subject = table.dep[i] in {"nsubj", "nsubjpass"}
                    named.append((self._sent_id[i], self.scan.persons[pi].cluster, subject))
        sent = self._sent_id[root.i]
        near = {(ci, subject) for sid, ci, subject in named if sid >= sent - 2}
        if len({ci for ci, _ in near}) == 1 and any(subject for _, subject in near):
            return next(iter(near))[0]
        every = {ci for _, ci, _ in named}
        return every.pop() if len(every) == 1 else None

    def _pronoun_owner(self, s: int, root: Token) -> int | None:
        """The person (a cluster of ``scan``) a "his" or "her" qualifying ``root`` stands for:
        the one person of that gender the sentence names before it, or, when the sentence
        names nobody of that gender before it, the one the sentence before names ("Senator
        Bernie Sanders calls for reform. He offers no details, and his campaign did not
        respond"). Every person named where it looks must have a gender known from the name;
        one whose gender is not, or two of that gender, leave it None (a wrong campaign is
        worse than none)."""
        # (read off the parse: the mention may have been trimmed past it, "his campaign" ->
        # "campaign")
        pron = _person_possessive(root)
        if pron is None or not self._sent_bounds:
            return None
        want = _PERSON_POSS[pron.lower_]
        sent = self._sent_id[pron.i]
        lo = self._sent_bounds[sent][0]
        ahead = self._fronted_owner(pron, want)
        if ahead is not None:
            return ahead
        # its sentence before it, then the sentence before and the one before that (past a
        # sentence that names nobody of that gender: "... by blocking his campaign from its
        # data. (The access was restored Saturday.) His campaign sued the committee")
        spans = [(lo, pron.i), *(self._sent_bounds[k] for k in (sent - 1, sent - 2) if k >= 0)]
        scan = self.scan
        for a, b in spans:
            named = {
                scan.persons[pi].cluster for i in range(a, b) if (pi := scan.person_at[i]) >= 0
            }
            genders = {ci: gender_of(scan.clusters[ci].name) for ci in named}
            if None in genders.values():
                return None
            fits = [ci for ci, g in genders.items() if g == want]
            if fits:
                return fits[0] if len(fits) == 1 else None
            # nobody of that gender named here: the sentence before ("While she has dropped
            # attacks on Sanders, her campaign ...")
        return None

    def _fronted_owner(self, pron: Token, want: str) -> int | None:
        """The person a "his" or "her" in a clause set before its sentence's main clause
        stands for when its sentence names nobody before it: the main clause's subject, named
        and of that gender ("As her campaign sent out pitches quoting Sanders, Clinton made
        light of it"). None when the fronted clause names someone of that gender too."""
        root = pron.sent.root
        part = pron
        while part.head.i != root.i and part.head.i != part.i:
            part = part.head
        if part.head.i != root.i or part.dep_ not in _FRONTED_DEPS or part.i > root.i:
            return None
        scan = self.scan
        lo = pron.sent.start
        if any(scan.person_at[i] >= 0 for i in range(lo, pron.i)):
            return None  # (named before it: the look-back of the caller)
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or (pi := scan.person_at[subject.i]) < 0:
            return None
        ci = scan.persons[pi].cluster
        if gender_of(scan.clusters[ci].name) != want:
            return None
        clause = range(part.left_edge.i, part.right_edge.i + 1)
        others = {scan.persons[pj].cluster for i in clause if (pj := scan.person_at[i]) >= 0} - {ci}
        if any(gender_of(scan.clusters[cj].name) in {want, None} for cj in others):
            return None
        return ci

    def _leaders_government(self, s: int, root: Token) -> Actor | None:
        """A head of state's or government's administration: "the Biden administration",
        "the Scholz government", "Orlin's new cabinet", "the Assad regime" are the state's
        government, the actor "the Ostravan government" and the state's own statements
        resolve to ("Government of the United States"). Only for a person the knowledge base
        lists in such an office, at any time ("the Bush administration" in a later article
        is still the state's government of that time): a mayor's or a governor's
        administration is no state's. None otherwise."""
        if root.pos_ != "NOUN" or root.lower_ not in _LEADERS_GOVERNMENT_WORDS:
            return None
        pi = self._named_owner(s, root, _TERM_QUALIFIERS)
        if pi is None:
            return None
        entry = self.scan.clusters[self.scan.persons[pi].cluster].kb
        if entry is None:
            return None
        heads = [o for o in entry.offices if o.role in LEADING_ROLES]
        if not heads:
            return None
        held = [o for o in heads if self.on is not None and o.holds(self.on)]
        office = (held or heads)[-1]
        country = office.country or entry.country
        state = self.kb.country(country) if country is not None else None
        if state is None:
            return None
        actor = self._group_actor("organization", country, "government", _government_of(state.name))
        self._alias(actor, self._span_name(s, root.i + 1))
        return actor

    def _owned_thing(self, s: int, e: int, root: Token) -> tuple[Actor | None] | None:
        """A mention naming a thing its possessor owns that the parse hung on the owner
        ("the California secretary of state's website", parsed with "secretary" as head):
        the possessor's institution, never a person and never a title holder. None when
        the mention is not of that shape; else a one-tuple with the actor (or None)."""
        doc = self.doc
        poss = next((i for i in range(root.i + 1, e - 1) if doc[i].tag_ == "POS"), None)
        if poss is None:
            return None
        tail = doc[e - 1]
        f = fold(tail.text)
        if (
            tail.pos_ != "NOUN"
            # (a capitalised tail is a name: "the group America's Renewable Future")
            or tail.text[:1].isupper()
            or self.scan.is_title_word(tail)
            or f in self.lex.collectives
            or f in self.lex.anonymous
        ):
            return None  # "Ostrava's foreign minister", "the party's leaders": people
        if not any(self.scan.gaz_at[i] >= 0 for i in range(s, poss)):
            return (None,)
        actor = self._resolve_tokens(s, poss)
        return (actor if actor is not None and actor.kind != "person" else None,)

    def _name_for_end(self, root: Token) -> int | None:
        """The end of the body's name that ``root`` opens and the recogniser reads on over
        "for" ("Americans for Prosperity", "Citizens for Tax Justice"), else None."""
        doc = self.doc
        end = root.i + 1
        if (
            root.ent_type_ != "ORG"
            or end >= len(doc)
            or doc[end].ent_iob_ != "I"
            or doc[end].text != "for"
        ):
            return None
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].tag_ != "POS":
            end += 1
        # not a name run on into an owner ("with Technion for China's first university")
        return None if end < len(doc) and doc[end].tag_ == "POS" else end

    def _kb_name_inside_name(self, g: int, root: Token) -> int | None:
        """The first token of the name of an organisation or a person that the
        knowledge-base country ``g`` closes and that starts before it with words of its own
        ("Priorities USA", "Bank of America", "Steve Israel"), else None."""
        match = self.scan.gaz[g]
        entry = self.kb.entries.get(match.key)
        if entry is None or entry.kind != "country":
            return None
        if root.ent_type_ in ("ORG", "PERSON"):
            # "Priorities USA"; "Rep. Steve Israel", "Grandpa Bern": a person
            lo = self._entity_start(root.i)
        else:
            # the tagger saw no entity: a capitalised name word compounded onto the country
            lo = min(
                (c.left_edge.i for c in root.children if c.dep_ == "compound" and c.i < root.i),
                default=match.start,
            )
        doc = self.doc
        while lo < match.start and (
            self.scan.is_title_word(doc[lo])
            or fold(doc[lo].text).rstrip(".") in self.lex.honorifics
            or doc[lo].is_punct
        ):
            lo += 1  # "Rep.", "Sen.": a title before the name is no part of it
        if lo >= match.start:
            return None
        words = doc[lo : match.start]
        ok = words[0].pos_ == "PROPN" and all(
            (t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ == "of")
            and self.scan.gaz_at[t.i] < 0
            and self.scan.person_at[t.i] < 0
            for t in words
        )
        return lo if ok else None

    def _apposed(self, s: int, e: int, owner: tuple[int, int]) -> bool:
        """Whether a possessive mention names someone besides its owner ("Clinton's
        opponent, Senator Sanders"; "Ostrava's envoy Ana Voss")."""
        person_at = self.scan.person_at
        return any(
            (person_at[i] >= 0 and not owner[0] <= i < owner[1])
            or (i >= owner[1] and self.doc[i].text in ",(")
            for i in range(s, e)
        )

    def _qualifier_actor(
        self, s: int, e: int, root: Token, cues: list[tuple[int, str]]
    ) -> Actor | None:
        """ "a Kremlin transcript" → the Kremlin; "Russian sources" → a Russian group."""
        scan = self.scan
        for i in range(s, e):
            if i == root.i or self._outlet_at[i] >= 0:
                continue
            if scan.person_at[i] >= 0:
                return self._person_actor(scan.persons[scan.person_at[i]].cluster)
            g = scan.gaz_at[i]
            if g >= 0 and not scan.gaz[g].key.startswith("D:"):
                return self._entry_actor(self.kb.entries[scan.gaz[g].key])
        if cues and fold(root.text) in self.lex.anonymous:
            return self._group_actor(
                "group", cues[0][1], root.lemma_.lower(), self._span_name(s, e)
            )
        return None

    def _described_person(self, s0: int, root: Token) -> int | None:
        """The cluster of the one person the article introduced, before the mention, with
        the definite description whose noun is ``root`` ("the Republican presidential
        candidate" after "Republican presidential candidate Donald Trump" or "Donald Trump,
        the GOP nominee,"; "the securities analyst" after "securities analyst Marvin
        Roffman"): the same noun and every other word of the description but its article
        are in that introduction (a party by any of its names), and no other person was
        introduced so. None for an indefinite or owned description ("a candidate", "his
        rival"), a former one, what someone became, or when two people fit: a wrong speaker
        is worse than none."""
        doc = self.doc
        words = [doc[i] for i in range(s0, root.i)]
        if not words or words[0].lower_ != "the" or root.dep_ in ("attr", "oprd"):
            return None  # (nor what someone became: "since Trump became the nominee")
        wanted = {_description_word(t) for t in words[1:] if not t.is_punct}
        bare = not wanted  # "the candidate"
        wanted.add(root.lemma_.lower())  # (the same noun: a "nominee" is no "candidate")
        if wanted & _NOT_THE_ONE_INTRODUCED or any(c.dep_ == "poss" for c in root.children):
            return None
        fits: set[int] = set()
        last = None  # the person named last before the description
        noun = root.lemma_.lower()
        for p in self.scan.persons:
            if p.start >= s0:
                continue
            if last is None or p.start > last.start:
                last = p
            said = next((words for nouns, words in self._introductions(p) if noun in nouns), None)
            if said is not None and wanted <= said | {noun}:
                fits.add(p.cluster)
        if len(fits) != 1:
            return None
        if bare and (last is None or last.cluster not in fits):
            # "the candidate" alone is the person just named, or no one: in a story on
            # Clinton's videos, "the candidate discusses ..." is not Trump, introduced as a
            # candidate paragraphs before
            return None
        return fits.pop()

    def _introductions(self, p: PersonMention) -> list[tuple[frozenset[str], frozenset[str]]]:
        """The descriptions a person mention is introduced with, before the name in its phrase
        ("Republican presidential candidate Donald Trump", "retired neurosurgeon Ben Carson")
        or in apposition to it ("Donald Trump, the GOP nominee,", "the Democratic nominee,
        Hillary Clinton"): for each, the lemmas of its singular nouns and its folded words,
        each party by one name. Read once per mention (every description asks of each
        person named before it)."""
        cached = self._introduced.get(p.start)
        if cached is not None:
            return cached
        doc = self.doc
        name = doc[p.end - 1]
        phrases = [(name.left_edge.i, p.start)]
        phrases += [
            (c.left_edge.i, c.i + 1)
            for c in name.children
            if c.dep_ == "appos" and c.i > name.i and c.pos_ == "NOUN"
        ]
        if name.dep_ == "appos" and name.head.i < p.start:
            phrases.append((name.head.left_edge.i, name.head.i + 1))
        found = []
        for lo, hi in phrases:
            nouns = frozenset(t.lemma_.lower() for t in doc[lo:hi] if t.tag_ in ("NN", "NNP"))
            if nouns:
                words = frozenset(_description_word(t) for t in doc[lo:hi] if not t.is_punct)
                found.append((nouns, words))
        self._introduced[p.start] = found
        return found

    def _indefinite(self, s0: int, s: int) -> bool:
        """Whether the mention opens with an indefinite article ("a Homeland Security
        official", "another aide"): it then names no particular office-holder."""
        return any(self.doc[i].lower_ in _INDEFINITE for i in range(s0, s))

    def _office_actor(
        self, s: int, e: int, root: Token, country: str | None, *, definite: bool = True
    ) -> Actor | None:
        """ "the chancellor", "the Russian President", "Montenegro's prime minister".

        A description links to a person only on strong evidence: a person of this article
        introduced with the same office (its head phrase, not merely a shared word or role:
        "the Indiana governor" is not the communications director), or the knowledge base's
        holder of that very office on the article's date. An indefinite mention ("a
        department official") names no one in particular; a former office-holder ("the
        former secretary of state") is never today's holder.
        """
        doc = self.doc
        lex = self.lex
        # The title phrase: title words and glue around the root.
        ts = root.i
        while ts > s and (self.scan.is_title_word(doc[ts - 1]) or doc[ts - 1].text == "-"):
            ts -= 1
        te = root.i + 1
        while te < e and (self.scan.is_title_word(doc[te]) or doc[te].lower_ in ("of", "the")):
            te += 1  # "the secretary of state"
        while te > root.i + 1 and doc[te - 1].lower_ in ("of", "the", "for", "to"):
            te -= 1  # (a glue word that a longer title holds: "minister for foreign affairs")
        title_text = doc[ts:te].text
        role = lex.role_of(title_text)
        head = lex.head_title(title_text)
        plural = root.tag_ in ("NNS", "NNPS")
        if any(c.dep_ == "poss" and c.lower_ in _SPEAKERS_OWN for c in root.children):
            # "our prime minister" in a Kestrian's words: the speaker's state's, which the
            # description does not name; not the last prime minister the article named
            return None
        former = any(doc[i].lower_ in FORMER_WORDS for i in range(max(0, s - 1), root.i))
        # (in lower case: "New" of "New York" names a place)
        newly = any(doc[i].text in _NEW_WORDS for i in range(max(0, s - 1), root.i))
        leaving = any(doc[i].text in _LEAVING_WORDS for i in range(max(0, s - 1), root.i))
        # (a sentence told of another time: "In 2006 the prime minister promised ...", "At the
        # time, the president of Ostrava accused ...": the holder of that time; of a time the
        # text does not date, a former holder's)
        past = self._told_of_the_past(root)
        # (the words of a state or a body the knowledge base knows say whose office it is:
        # "the European Union's foreign policy chief")
        quals = self._qualifiers(
            " ".join(doc[i].text for i in range(s, ts) if not self._known_body_at(i))
        )
        on = self.office_date
        if past is not None:
            if past is _UNDATED:
                former = True
            else:
                on = past
        if role and head and not plural and definite:
            # 1. A person of this article introduced with, or holding, that office.
            cluster = self._nearest_holder(
                s,
                _Office(role, head, country, on, former, frozenset(quals or ()), newly, leaving),
            )
            if cluster is not None:
                return self._person_actor(cluster)  # a description is no alias
            if newly or leaving:
                # "the new minister": the knowledge base's one holder who took the office up
                # lately or is about to, else no one (today's holder may be the outgoing one);
                # "the outgoing minister": the one whose term is about to end
                turn = self._holder_in_turnover(role, head, country, on, leaving=leaving)
                return self._entry_actor(turn) if turn is not None and self.on else None
            # 2. The knowledge base's holder of that office on the article's date.
            # A qualified office ("the California secretary of state") is a state's, not the
            # federal one the knowledge base lists.
            # (nor an office a state fills many times over: "its ambassador", "the general"
            # is not the one ambassador or general the knowledge base happens to list)
            if role in _MANY_HOLDER_ROLES and not former and country is not None:
                # "Belvania's ambassador in Sarn", "the Belvanian ambassador to Ostrava": the
                # one envoy the knowledge base posts there on the date
                posted = self._envoy_posted(role, root, e, country, on)
                if posted is not None and self.on is not None:
                    return self._entry_actor(posted)
            holders = (
                []
                if former or quals or role in _MANY_HOLDER_ROLES
                else self.kb.holders(role, on, country)
            )
            exact = [
                h
                for h in holders
                if any(same_office(head, lex.head_title(o.title)) for o in h.offices if o.holds(on))
            ]
            if (
                not exact
                and head in _BODY_CHIEF_HEADS
                and country is not None
                and f"C:{country}" not in self.kb.entries
                and len(holders) == 1
            ):
                # "the UN chief", "the NATO chief": an international body's chief is its
                # one secretary-general (or director-general) on the date
                exact = holders
            if country is None or role not in _SINGLE_OFFICE_ROLES or self._of_a_body(root, e):
                # (an office of a body, "the chairman of the U.S. Senate Committee on ...",
                # is not its country's office of that role)
                holders = exact
            elif len(holders) > 1:
                holders = exact or holders
            if len(holders) == 1 and self.on is not None:
                # only on the article's own date: without one, today's holder is a guess
                return self._entry_actor(holders[0])  # a description is no alias
        if country is None:
            if quals:
                return None  # a state's office ("the Florida senator"): not the sentence's country
            if self.table.idx[s] < self._headline_end:
                # a headline's words are too few to place an office by: "Orlin tells foreign
                # minister to keep channel to Lorvik open" names no Belvanian minister
                return None
            country = self._context_country(s, e)
            if country is None:
                return None
        adj = self.kb.modifier(country)
        name = self._span_name(s, e)
        if not any(self.scan.country_cue_at(i) for i in range(s, e)) and not _party_of(name):
            # ("A Democratic aide" keeps its party: it is not a Republican one)
            name = f"{adj} {title_text}"
        return self._group_actor("group", country, fold(title_text), name)

    def _of_a_body(self, root: Token, e: int) -> bool:
        """Whether the title ``root`` is held in a body its phrase names ("the chairman of the
        Senate Committee", "the head of the central bank"), not in a country ("the
        president of Russia"); ``e`` ends the mention."""
        scan = self.scan
        for c in root.children:
            if not (root.i < c.i < e and c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
                continue
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            g = scan.gaz_at[obj.i]
            key = scan.gaz[g].key if g >= 0 else None
            entry = self.kb.entries.get(key) if key else None
            if not (key and key.startswith("D:")) and (entry is None or entry.kind != "country"):
                return True
        return False

    def _known_body_at(self, i: int) -> bool:
        """Is token ``i`` part of a country's or an international body's name the knowledge
        base knows?"""
        g = self.scan.gaz_at[i]
        if g < 0:
            return False
        entry = self.kb.entries.get(self.scan.gaz[g].key)
        return entry is not None and entry.kind in ("country", "igo")

    def _qualifiers(self, text: str) -> set[str]:
        """The capitalised words qualifying a title that are neither title words nor a
        country ("New Jersey" in "the New Jersey governor", not "Russian"); a hyphen
        parts words as a space does ("the then-Texas governor")."""
        out = set()
        for w in WORD_BREAK.split(text):
            f = fold(w.strip(".,'’"))
            if (
                not w[:1].isupper()
                or not f
                or f in self.scan.title_vocab
                or f in self.lex.honorifics
            ):
                continue
            if f in self.kb.fuzzy_choices or f in _PARTY_WORDS:
                continue  # a country or a party says whose office, not which one
            out.add(f)
        return out

    def _holder_in_turnover(
        self, role: str, head: str, country: str | None, on: dt.date, *, leaving: bool
    ) -> KBEntry | None:
        """The one holder of the office whose term begins within a year before ``on`` or 90
        days after it ("the new minister" in a story of the handover), or with ``leaving``
        ends within 90 days after it ("the outgoing minister")."""
        lo = on if leaving else on - dt.timedelta(days=365)
        hi = on + dt.timedelta(days=90)
        found: dict[str, tuple[dt.date, KBEntry]] = {}
        # (of no state the mention names: only a holder the article names, not the latest
        # foreign minister of any state in the world)
        named = {c.kb.key for c in self.scan.clusters if c.kb} if country is None else None
        for day in (on, hi):
            for h in self.kb.holders(role, day, country):
                if named is not None and h.key not in named:
                    continue
                for o in h.offices:
                    date = o.end if leaving else o.start
                    if (
                        date is not None
                        and lo <= date <= hi
                        and same_office(head, self.lex.head_title(o.title))
                    ):
                        found[h.key] = (date, h)
        if not found:
            return None
        # the latest to take the office up (the earliest to leave it), when one alone is
        ranked = sorted(found.values(), key=lambda x: x[0], reverse=not leaving)
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        return ranked[0][1]

    def _told_of_the_past(self, root: Token) -> dt.date | object | None:
        """The past time the sentence of ``root`` tells of: a year it names before the
        article's ("In 2006 the prime minister promised ...": mid-2006), or one named in the
        two sentences before when it says "at the time" or "that year" ("Tarrow signed the
        treaty in 2006. At the time, the president of Ostrava ..."); :data:`_UNDATED` when it
        sets itself in a past it does not date; None when it tells of the article's time."""
        if self.on is None or not self._sent_bounds:
            return None
        sid = self._sent_id[root.i]
        lo, hi = self._sent_bounds[sid]
        year = self._year_named(lo, hi)
        if year is not None:
            return year
        lower = self.table.lower
        for i in range(lo, hi):
            back = lower[i] == "then" and i > lo and lower[i - 1] == "back"
            if back or any(
                tuple(lower[max(lo, i - len(p) + 1) : i + 1]) == p
                for p in _PAST_TIME
                if p[-1] == lower[i]
            ):
                before = self._sent_bounds[max(0, sid - 2)][0]
                return self._year_named(before, lo, last=True) or _UNDATED
        return None

    def _year_named(self, lo: int, hi: int, *, last: bool = False) -> dt.date | None:
        """The middle of the first (or ``last``) year before the article's that tokens ``lo``
        to ``hi`` name in a date."""
        t = self.table
        years = [
            int(t.text[i])
            for i in range(lo, hi)
            if t.ent_type[i] == "DATE" and _YEAR.fullmatch(t.text[i])
        ]
        years = [y for y in years if self.on is not None and y < self.on.year]
        if not years:
            return None
        return dt.date(years[-1] if last else years[0], 7, 1)

    @cached_property
    def _headline_end(self) -> int:
        """Where the article's first paragraph, its headline, ends (-1 without a second
        paragraph: then nothing is read as a headline)."""
        return self._text.find("\n\n")

    def _nearest_holder(self, s: int, office: _Office) -> int | None:
        """The cluster of the person mention nearest before (or at) token ``s`` whose person
        holds the office; a description refers back to someone already named, never ahead.
        A name that only qualifies a thing ("the Bush administration", "the Obama order") is
        gone back to only when no holder is named otherwise before: "the former president"
        after "Bill Clinton got in on the game ... the legacy of the Bush administration" is
        Bill Clinton. The holders of an office are listed once per article and found by
        bisection: scanning every person for every title mention was quadratic in long
        texts."""
        cached = self._holders.get(office)
        if cached is None:
            holds: dict[int, bool] = {}
            named: list[tuple[int, int, int]] = []
            qualifying: list[tuple[int, int, int]] = []
            table = self.scan.table
            for idx, p in enumerate(self.scan.persons):
                if p.cluster not in holds:
                    holds[p.cluster] = self._cluster_holds(self.scan.clusters[p.cluster], office)
                if holds[p.cluster]:
                    last = p.end - 1
                    modifier = (
                        table.dep[last] == "compound" and table.pos[table.head[last]] != "PROPN"
                    )
                    (qualifying if modifier else named).append((p.start, idx, p.cluster))
            named.sort()
            qualifying.sort()
            cached = self._holders[office] = (
                ([r[0] for r in named], named),
                ([r[0] for r in qualifying], qualifying),
            )
        for starts, rows in cached:
            i = bisect_right(starts, s)
            if i:
                # the nearest start at or before s; among persons starting there, the first in
                # article order
                return rows[bisect_left(starts, starts[i - 1])][2]
        if self.table.idx[s] < self._headline_end:
            # A headline comes before every name: "Borodanov tells foreign minister to ..." is
            # the one person the article names holding that office, wherever it names them;
            # two such persons leave it unresolved.
            for _, rows in cached:
                clusters = {r[2] for r in rows}
                if clusters:
                    return clusters.pop() if len(clusters) == 1 else None
        return None

    def _envoy_posted(
        self, role: str, root: Token, e: int, country: str, on: dt.date
    ) -> KBEntry | None:
        """The one holder of a post of ``role`` of ``country`` whose title sends them to the
        state the mention names after its head ("ambassador in Sarn", "envoy to Ostrava":
        "Ambassador to the Ostrava Republic"), or None."""
        dest = next(
            (
                code
                for i, code in self._cues_between(root.i + 1, e)
                if code != country and self.kb.country(code) is not None
            ),
            None,
        )
        if dest is None:
            return None
        surfaces = self._surfaces_of(dest)
        posted = [
            h
            for h in self.kb.holders(role, on, country)
            if any(o.holds(on) and _posted_to(fold(o.title), surfaces) for o in h.offices)
        ]
        return posted[0] if len(posted) == 1 else None

    def _surfaces_of(self, code: str) -> frozenset[str]:
        """The folded names the knowledge base gives a country (its name, other names,
        capital), kept with the knowledge base."""
        # (a surface counts for the country its best entry is, as the gazetteer reads it)
        return self._folded_surfaces(
            "country_surfaces",
            code,
            lambda found: [best[2:]] if (best := max(found)[1]).startswith("C:") else [],
        )

    def _cluster_holds(self, c: Cluster, office: _Office) -> bool:
        """Whether the article's person ``c`` holds the office the description names: a
        title the article gave them with the same head phrase, or a knowledge-base office
        with that head phrase held on the date (for a former office, one that had ended by
        then)."""
        country = office.country
        ccountry = (
            c.kb.country_on(self.on)
            if c.kb
            else next((t.country for t in c.titles if t.country), None)
        )
        if country is not None and ccountry is not None and ccountry != country:
            return False
        # the knowledge base's offices of that name, dated
        held = [
            o
            for o in (c.kb.offices if c.kb else ())
            if _role_fits(office.role, o.role)
            and same_office(office.head, self.lex.head_title(o.title))
        ]
        if office.former and any(o.holds(office.on) for o in held):
            return False  # "the former president" is not the president of the day
        turnover = _NEW_WORDS if office.newly else _LEAVING_WORDS if office.leaving else None
        if turnover is not None and not any(
            fold(w) in turnover for t in c.titles for w in t.text.split()
        ):
            # "the new minister" is no one the article introduced without saying so (not the
            # outgoing minister named just before), nor "the outgoing minister" another
            # state's minister of the day
            return False
        for t in c.titles:
            if t.former != office.former:
                # "the UN ambassador" is not the "former UN Ambassador" named before, nor "the
                # former minister" one the article introduced as the minister of the day (the
                # knowledge base's ended offices below still count)
                continue
            if (
                _role_fits(office.role, t.role)
                and same_office(office.head, self.lex.head_title(t.text))
                and (country is None or t.country in (None, country))
            ):
                own = self._qualifiers(t.text)
                if office.qualifiers and not office.qualifiers <= own:
                    own = own | self._placement(c)[1]
                if office.qualifiers and not office.qualifiers <= own:
                    # "the New Jersey governor" is not the Florida governor, and "the Florida
                    # senator" is not a senator the article never placed in Florida
                    continue
                return True
        abbreviated, placed = self._placement(c)
        if (
            not office.former
            and any(same_office(office.head, h) for h in abbreviated)
            and office.qualifiers <= placed
        ):
            # "Sen. Bernie Sanders (I-Vt.)" is "the Vermont senator", "Ohio Gov. John Kasich"
            # "the Ohio governor" (the abbreviations read as honorifics, not titles)
            return True
        # The knowledge base records national offices without a state: a qualified office
        # ("the Florida senator", "the California secretary of state") is never read off it.
        # A former office ("the former president") is one its dates say had ended by the
        # article's date.
        return not office.qualifiers and any(
            (o.end is not None and o.end <= office.on) if office.former else o.holds(office.on)
            for o in held
        )

    def _placed_country(self, c: Cluster) -> str | None:
        """The one country of the states the article places person ``c`` in ("(R-Fla.)",
        "(Ky.)", "of Florida", "Ohio Gov."), or None."""
        placed: set[str | None] = set()
        for p in self._placement(c)[1]:
            state = state_country(p)
            entry = self.kb.lookup(p)
            if entry is not None and entry.kind == "country" and entry.country != state:
                continue  # a state that shares another country's name: "of Georgia"
            placed.add(state)
        placed.discard(None)
        return placed.pop() if len(placed) == 1 else None

    @cached_property
    def _mentions_of(self) -> dict[int, list[PersonMention]]:
        """Each person's mentions (by ``id`` of the scan's cluster), listed once."""
        clusters = self.scan.clusters
        found: dict[int, list[PersonMention]] = {}
        for p in self.scan.persons:
            if 0 <= p.cluster < len(clusters):
                found.setdefault(id(clusters[p.cluster]), []).append(p)
        return found

    @cached_property
    def _names_party_states(self) -> bool:
        """Does the article write a party and a state, or a state's abbreviation, in
        brackets after a name anywhere ("(R-Fla.)", "(Ky.)")? (A cheap test first.)"""
        return _ANY_PARTY_STATE.search(self._text) is not None

    def _placement(self, c: Cluster) -> tuple[frozenset[str], frozenset[str]]:
        """What the article says of person ``c`` around their names, read once per person:
        the offices an abbreviation before a name gives ("Sen.", "Gov.", "Rep.": senator,
        governor, representative; none after "former": "former Florida Gov. Jeb Bush" is no
        governor today), and the folded names of the places it places them in ("Senator
        Marco Rubio of Florida", "Sen. Bernie Sanders (I-Vt.)", "Rep. Ana Voss, D-N.Y.,",
        "Florida Sen. Marco Rubio": for "the Florida senator")."""
        found = self._placements.get(id(c))
        if found is not None:
            return found
        table, text = self.table, self._text
        lower, ents = table.lower, table.ent_type
        starts, ends = self._gpe_spans
        offices: set[str] = set()
        places: set[str] = set()
        for p in self._mentions_of.get(id(c), ()):
            # before the name: its abbreviated office, back over the honorifics and a
            # state's name among them
            i, held = p.start - 1, []
            while i >= 0 and (
                lower[i] in self.lex.honorifics or ents[i] == "GPE" or lower[i] == "-"
            ):
                if lower[i] in FORMER_WORDS:
                    held = []
                    break
                if lower[i] in _OFFICE_ABBREVIATIONS:
                    held.append(_OFFICE_ABBREVIATIONS[lower[i]])
                i -= 1
            offices.update(held)
            # after the name: "of Florida", or a party and a state, "(R-Fla.)", ", D-N.Y."
            after = p.end
            if after + 1 < len(lower) and lower[after] == "of":
                span = starts.get(after + 1)
                if span is not None:
                    places.add(fold(text[span[0] : span[1]]))
            if after < len(table.idx):
                m = _PARTY_STATE.match(text, table.idx[after]) or _STATE_IN_BRACKETS.match(
                    text, table.idx[after]
                )
                state = us_state_named(m.group(1)) if m else None
                if state is not None:
                    places.add(state)
            # before the name and its titles: "Florida Sen. Marco Rubio", "Ohio Gov. Kasich"
            i = p.start - 1
            while i >= 0 and (
                self.scan.is_title_word(self.doc[i]) or lower[i] in self.lex.honorifics
            ):
                i -= 1
            span = ends.get(i) if i < p.start - 1 else None
            if span is not None:
                places.add(fold(text[span[0] : span[1]]))
        found = self._placements[id(c)] = (frozenset(offices), frozenset(places))
        return found

    @cached_property
    def _gpe_spans(self) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
        """The article's GPE entities' characters by their first and by their last token."""
        starts: dict[int, tuple[int, int]] = {}
        ends: dict[int, tuple[int, int]] = {}
        for start, end, label, lo, hi, _ in self.table.ents:
            if label == "GPE":
                starts[start] = ends[end - 1] = (lo, hi)
        return starts, ends

    def _body_named_before(self, word: Token, *, any_case: bool = False) -> Actor | None:
        """The one international body or organisation of the knowledge base named in full
        before ``word`` whose name ends in it ("the Council" after "the United Nations
        Security Council", "the Commission" after "the European Commission"; with
        ``any_case``, "the council" too); None when none or several do. A headline's
        "the Council" is the one the article names in full anywhere: a headline shortens
        what the story below it spells out."""
        want = _one_spelling(fold(word.text))
        if not (any_case or word.text[:1].isupper()) or len(want) < 4:
            return None
        headline = word.idx < self._headline_end
        found = {
            entry.key: entry
            for start, end, _words, entry in self._listed_bodies
            if (start < word.i or headline)
            and end - start >= 2
            and _one_spelling(fold(self.doc[end - 1].text)) == want
        }
        return self._entry_actor(next(iter(found.values()))) if len(found) == 1 else None

    def _body_named_in_full(self, s: int, e: int) -> Actor | None:
        """The one organisation of the knowledge base whose name, written in full before
        the mention ``s`` .. ``e`` (anywhere, for a headline's), ends with the mention's
        words: "Foreign Ministry" in a headline over "The Drovnian Foreign Ministry on Monday
        issued ..."; None when none or several do."""
        want = fold(self.doc[s:e].text).split()
        headline = self.table.idx[s] < self._headline_end
        found = {
            entry.key: entry
            for start, _end, words, entry in self._listed_bodies
            if (start < s or headline) and len(words) > len(want) and words[-len(want) :] == want
        }
        return self._entry_actor(next(iter(found.values()))) if len(found) == 1 else None

    @cached_property
    def _listed_bodies(self) -> list[tuple[int, int, list[str], KBEntry]]:
        """The knowledge base's organisations and international bodies the article names:
        where (first token, end), in which words (folded), and which."""
        out = []
        for g in self.scan.gaz:
            entry = self.kb.entries.get(g.key)
            if entry is not None and entry.kind in ("igo", "organization"):
                words = fold(self.doc[g.start : g.end].text).split()
                out.append((g.start, g.end, words, entry))
        return out

    def _class_antecedent(self, root: Token) -> Actor | None:
        """The named body a singular "the company", "the group", "the newspaper" or "the
        agency" (``root``, its head) takes up, or None: the description then stays an actor
        of its own, since a wrong body is worse than none.

        The body is sought in the mention's sentence (before it) and the two before, the
        nearest first. In the nearest that names a body of a fitting kind, the body is the
        only one there; of several, the one the text calls by a word of the same class ("the
        oil giant Exxon Mobil", "Ameriquest was one of several firms"), else the one that is
        its clause's subject ("Alphabet, the parent company of Google, rose"). A body that is
        neither ("according to the National Golf Foundation") is taken only from the
        mention's sentence or the one before, and only when the sentences further back name
        no other ("a pitchman for the Oreo" two sentences after "Executives for Mondelez" is
        no one's "company")."""
        nouns = next((c for c in _CLASS_KINDS if root.lower_ in c), None)
        if nouns is None or root.tag_ != "NN" or root.dep_ == "appos" or not self._sent_bounds:
            return None  # ("Citizens United, the group that ...": the name it is apposed to)
        sid = self._sent_id[root.i]
        reach = [
            self._class_bodies(k, root.i, nouns)
            for k in range(sid, max(-1, sid - _CLASS_REACH), -1)
        ]
        for n, found in enumerate(reach):
            if not found:
                continue
            chosen = list(found.values())
            for flag in (1, 2):
                if len(chosen) > 1:
                    marked = [c for c in chosen if c[flag]]
                    chosen = marked if len(marked) == 1 else chosen
            if len(chosen) != 1:
                return None
            actor, called, subject = chosen[0]
            if not (called or subject) and (
                n > 1 or any(aid != actor.id for further in reach[n + 1 :] for aid in further)
            ):
                return None  # (nor one two sentences back: "told The Daily Beast")
            return actor
        return None

    def _class_bodies(
        self, k: int, before: int, nouns: frozenset[str]
    ) -> dict[str, tuple[Actor, bool, bool]]:
        """The named bodies of the kinds ``nouns`` take up that sentence ``k`` names before
        token ``before``, by actor id: each with whether the text calls it by one of
        ``nouns`` and whether it is (a conjunct of) its clause's subject."""
        doc = self.doc
        lo, hi = self._sent_bounds[k]
        found: dict[str, tuple[Actor, bool, bool]] = {}
        for start, end, label, lo_c, hi_c, ent_root in self.table.ents:
            if start < lo or end > min(hi, before) or label != "ORG":
                continue
            head = doc[ent_root]
            if (start > 0 and doc[start - 1].lower_ in ("a", "an", "one")) or any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                for c in head.children
            ):
                continue  # "a super PAC", "one PAC called ...": no body's name
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and any(head.head.head.lower_ in c for c in _CLASS_KINDS)
            ):
                continue  # "the parent company of Google": the company is another body
            if head.dep_ == "compound" and head.head.lemma_.lower() not in _VOICE_HEADS:
                continue  # "the Chicago Cubs baseball team", "City Council hearings"
            actor_id = self.resolve_span(lo_c, hi_c)
            actor = self._by_id.get(actor_id) if actor_id else None
            if actor is None or not self._fits_class(actor, nouns):
                continue
            called = self._called_by_class(start, ent_root, nouns)
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head  # ("Velco and Dalmar both bid": two subjects)
            subject = head.dep_ in ("nsubj", "nsubjpass")
            seen = found.get(actor.id)
            if seen is not None:
                called, subject = called or seen[1], subject or seen[2]
            found[actor.id] = (actor, called, subject)
        return found

    def _fits_class(self, actor: Actor, nouns: frozenset[str]) -> bool:
        """Can ``actor`` be what a definite one of ``nouns`` stands for? A body of one of
        the kinds they take, with a proper name; a state's government is "the government";
        a university or a church is no "group"; an agency is an acronym ("the FBI") or a
        body named as one ("Statistics Bureau", "the State Department"), not Congress."""
        name = actor.name
        if (
            actor.kind not in _CLASS_KINDS[nouns]
            or not any(ch.isupper() for ch in name)
            or name.startswith("Government of")
        ):
            return False
        last = fold(name.rsplit(" ", 1)[-1])
        if nouns is _SOCIETY_NOUNS:
            return last not in _PLACE_INSTITUTIONS
        if nouns is _AGENCY_NOUNS:
            return name.isupper() or last in _AGENCY_NAME_WORDS
        return True

    def _called_by_class(self, start: int, ent_root: int, nouns: frozenset[str]) -> bool:
        """Does the text call the body whose name starts at ``start`` by one of ``nouns``:
        in the words right before its name ("the oil giant Exxon Mobil", "agricultural
        company Mountaire"), in apposition ("NextGen Climate, an activist group,"), or as
        what it is ("Ameriquest was one of several firms")?"""
        doc = self.doc
        j = start - 1
        while j >= 0 and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") and doc[j].ent_type_ != "ORG":
            if doc[j].lemma_.lower() in nouns:
                return True
            j -= 1
        root = doc[ent_root]
        if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
            return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in nouns:
            return True
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or verb.lemma_ != "be":
            return False
        for attr in verb.children:
            if attr.dep_ != "attr":
                continue
            if attr.lemma_.lower() in nouns:
                return True
            if any(
                g.dep_ == "pobj" and g.lemma_.lower() in nouns
                for p in attr.children
                if p.dep_ == "prep"
                for g in p.children
            ):
                return True
        return False

    def _named_before(self, word: Token) -> Actor | None:
        """The one organisation or group of the article, not of the knowledge base, whose
        proper name of two words or more ends in ``word`` and is written before it ("the
        party" after "the ruling Unity Party", "the council" after "the Kessin City
        Council"); None when none or several are. (A headline's "the party" is the one the
        article names anywhere, as in :meth:`_body_named_before`.)"""
        want = _one_spelling(fold(word.text))
        headline = word.idx < self._headline_end
        before = self._text if headline else self._text[: word.idx]
        found = [
            a
            for a in self._actors
            if a.kind in ("organization", "group")
            and " " in a.name
            and _one_spelling(fold(a.name.rsplit(" ", 1)[1])) == want
            and _named_in(a.name, before)
        ]
        return found[0] if len(found) == 1 else None

    def _unknown_name(
        self, s: int, e: int, root: Token, country: str | None, stateless: bool
    ) -> Actor | None:
        """A proper name the knowledge base and the scan do not know.

        Places and peoples take the country the sentence names when they carry none
        themselves; an unknown organisation keeps only a country its own name gives
        ("Nigerian Union of Teachers"), as its nationality is not the sentence's.
        """
        doc = self.doc
        label = root.ent_type_
        if self.scan.names_a_vessel(s, e):
            return None  # "the tanker Stena Impero": a ship, no actor
        if any(glued(t.text) for t in doc[s:e]):
            return None  # words a page ran together ("BobicFlagShareLikeReplyMari"): no name
        if (
            not any(ch.isupper() for ch in doc[s:e].text)
            and not (label == "NORP" and root.tag_ == "NNS")
            and not _HANDLE_OR_SITE.search(doc[s:e].text)
        ):
            # a name has a capital ("hell", "rampant xenophobe" and "ppl" tagged as names are
            # not), unless it is a handle or a web address ("@voss", "ostrava-news.com"); a
            # people in the plural may be written small ("young conservatives")
            return None
        if e - s == 1 and label in ("ORG", "PERSON") and _capital_of_the_sentence(root):
            # "Exit polls showed ...": a common word capitalised as a sentence's first, not
            # a body's or a person's name ("Democratic voters" is a people's adjective)
            return None
        if (
            e - s == 1
            and not label
            and root.is_sent_start
            and root.text[1:].islower()
            and root.lower_ in self._small_words
        ):
            # "Talks between the ministers will continue ..." (the tagger's proper noun, no
            # entity): a word the article also writes small ("the talks") is no name
            return None
        e, described = self._before_description(root, s, e)
        if e - s == 1 and root.i == s and s > 0 and doc[s - 1].lower_ == "the":
            body = self._body_named_before(root)
            if body is not None:
                return body  # "the United Nations Security Council ... The Council said"
        if e - s >= 2 and label == "ORG":
            body = self._body_named_in_full(s, e)
            if body is not None:
                return body  # "Foreign Ministry rejects ..." above "The Drovnian Foreign Ministry"
        name = self._span_name(s, e)
        # A misspelt country is a place or a people, never a name the tagger reads as an
        # organisation or a person ("Columbia" the university is not Colombia).
        code = (
            None
            if label in ("ORG", "PERSON") or s in self.scan.namesakes
            else self._fuzzy_place(doc[s:e].text)
        )
        if code:
            return self._country_actor(code, doc[s:e].text)
        ctx = country or (None if stateless else self._context_country(s, e))
        if label == "LOC" and country is None:
            # A region or bloc ("the West", "the Balkans", "the Sahel") spans states: the
            # country the sentence names is not its own.
            ctx = None
        if described is not None and self.scan.describes_a_person(described):
            # "Maryam Violet, an Iranian journalist": whatever the tagger read the name as,
            # the description says a person (of the description's country, when it gives one)
            return self._group_actor("person", country, name, name)
        if (
            (label == "ORG" or label in _PLACE_LABELS)
            and root.dep_ == "appos"
            and root.head.i < s
            and root.head.pos_ == "NOUN"
            and self.scan.describes_a_person(root.head)
            and all(t.is_title and t.is_alpha for t in doc[s:e])
        ):
            # "her Sarnian counterpart, Ivo Dalen,", "Dulas's wife, Marta,": a name apposed to
            # a description of one person is a person's, whatever the tagger read it as
            return self._group_actor("person", country, name, name)
        if label in _PLACE_LABELS or label == "NORP":
            own = self._place_country(doc[s:e].text) if label in _PLACE_LABELS else None
            if own is not None:
                # a state, a province or a city lies in its own country, whatever the
                # sentence names ("Cedar Rapids, Iowa", "Kharkiv")
                return self._named_unknown("group", country or own, name)
            if country is None and ctx is not None and self.kb.country(ctx) is None:
                # a place lies in a state, not in the body the sentence names ("Belvania has
                # asked the United Nations": Belvania is no UN territory)
                ctx = None
            if label == "NORP" and e - s == 1 and _modifies_a_noun(root):
                people = adjective_people(root.text)
                if people is not None:
                    # "these Republican threats", "Muslim advocates": the party's or the
                    # faith's people, the article's "Republicans" (a group named "Republican"
                    # or "Muslim" had been a page of its own); "Islamic" names none
                    return self._named_unknown("group", ctx, people) if people else None
            return self._named_unknown("group", ctx, name)
        if label == "PERSON":
            if any(c.dep_ == "conj" and s <= c.i < e for c in root.children):
                return None  # "Morning Consult and Rasmussen": two names are no one person
            if fold(doc[e - 1].text) in self.scan.pollsters:
                # "polls by Morning Consult": a pollster the tagger read as a person
                return self._named_unknown("organization", None, name)
            if e - s <= 2 and self.scan.names_family(root.i):
                # "the Clintons": a family, a group named as the article names it (as other
                # groups are); never the person "he" or "she" stands for
                return self._group_actor("group", country, name, name)
            if self.scan.people_word(root.i):
                # "Aides said ...", "Latinos": people, not one person so named
                return self._group_actor("group", ctx, root.lemma_.lower(), name)
            # Title Case read as a name in a headline ("After Voss Heard What ..."): the name
            # the body writes, and the article's person when the scan made one of it
            end = self.scan.name_end(s, e)
            pi = self.scan.person_at[end - 1] if s < end else -1
            if pi >= 0 and self.scan.persons[pi].start >= s:
                return self._person_actor(self.scan.persons[pi].cluster, self._name_text(pi))
            if s < end and self.scan.names_a_thing(s, end):
                return None  # "Trump Tower", "the Democratic Primary": no one, and no body
            name = self._span_name(s, end)
            if not (e - s > 1 and self.scan.names_a_body(doc[e - 1].text)):
                titled = s < root.i and self.scan.is_title_word(doc[s])
                return self._group_actor("person", ctx if titled else country, name, name)
        if label == "ORG":
            # "the ruling Unity Party", "Ostrava's opposition Freedom Party": the body is the
            # name the tagger read, not its description (which had made a second actor,
            # "ruling Unity Party", beside the "Unity Party" the article lists)
            own = self._entity_start(root.i)
            t = self.table
            if (
                s < own < e
                and t.lower[own - 1] not in _TERMS_BEFORE_NAMES
                and all(
                    not t.text[k][:1].isupper() or t.dep[k] in ("poss", "case")
                    for k in range(s, own)
                )
            ):
                name = self._span_name(own, e)
        return self._named_unknown("organization", country, name)

    def _entity_start(self, i: int) -> int:
        """The first token of the entity token ``i`` is in (``i`` outside any)."""
        doc = self.doc
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        return i

    def _named_unknown(self, kind: str, country: str | None, name: str) -> Actor:
        """The actor of a name the knowledge base lacks, a place's or a body's: one per name
        in an article however the tagger labelled each mention ("Sarnia" tagged a place in
        one sentence and an organisation in the next was two actors)."""
        key = name_key(name)
        actor = self._unknown_names.get(key)
        if actor is None:
            actor = self._unknown_names[key] = self._group_actor(kind, country, name, name)
        return actor

    def _before_description(self, root: Token, s: int, e: int) -> tuple[int, Token | None]:
        """Where a name ends that a description follows in apposition ("Chad Sweet, the
        campaign's chairman", "The Rhodium Group, an economic consulting firm", "Joh Husted,
        Ohio Secretary of State"): at the comma before the description, which is no part of
        the name an actor page shows; and the description's head. A place after a comma
        ("Springfield, Illinois") or a name ("Voss, Marr and Holt") is left: ``(e, None)``."""
        for c, comma in self._appositions_after_comma(root, s, e):
            if c.ent_type_ not in ("GPE", "LOC", "PERSON") and (
                c.pos_ == "NOUN"
                or self.scan.is_title_word(c)
                # "..., the super PAC": an article makes it a description
                or any(d.dep_ == "det" and d.i < c.i for d in c.children)
            ):
                return comma, c
        return e, None

    def _appositions_after_comma(self, root: Token, s: int, e: int) -> Iterator[tuple[Token, int]]:
        """The appositions after ``root`` that a comma inside the mention [s, e) opens, each
        with that comma's index."""
        for c in root.children:
            if c.dep_ == "appos" and c.i > root.i:
                comma = c.left_edge.i - 1
                if s < comma < e and self.doc[comma].text == ",":
                    yield c, comma

    def _geographic(self, s: int, e: int, root: Token) -> bool:
        """A river, sea, valley or bridge: the mention's head is a feature word ("the Kallin
        Valley"), one follows the mention ("Sefer" in "the Sefer river"), or the article writes
        the name with one elsewhere ("the Sefer"). "The Mekong River Commission" is headed by
        "Commission": an actor."""
        doc, geo = self.doc, self.lex.geographic
        if self.scan.gaz_at[root.i] >= 0:
            return False  # a name the knowledge base knows ("Ivory Coast", "Solomon Islands")
        if root.lower_ in geo or (e < len(doc) and doc[e].lower_ in geo and doc[e - 1] == root):
            return True
        if root.pos_ != "PROPN":
            return False
        return root.lower_ in self.scan.geographic_names

    def _demonym_actor(self, s: int, e: int, g: int, s0: int | None = None) -> Actor:
        """A demonym heading a mention ("the Palestinians", "Iraqi"): the country — unless
        the mention places an ethnic group in another state ("ethnic Albanians",
        "Albanians of southern Serbia"), which is then the actor's country, or counts or
        describes people ("some Germans", "one kind-hearted Canadian"): a group of them."""
        doc = self.doc
        match = self.scan.gaz[g]
        own = match.key[2:]
        surface = doc[match.start : match.end].text
        located = [c for _, c in self._cues_in(match.end, e, (0, 0)) if c and c != own]
        if any(doc[i].lower_ == "ethnic" for i in range(max(0, s - 1), match.start)):
            # an ethnic group is the state's it lives in (CAMEO's convention): "Ethnic
            # Albanians in south Serbia" are Serbia's, not Albania's, and so are "ethnic
            # Albanians" in a sentence about Serbia
            if located:
                return self._group_actor("group", located[0], surface, self._span_name(s, e))
            lo, hi = (
                self._sent_bounds[self._sent_id[match.start]]
                if self._sent_bounds
                else (0, len(doc))
            )
            others = [c for i, c in self._cues_between(lo, hi) if c != own and not s <= i < e]
            if others:
                return self._group_actor("group", others[0], surface, self._span_name(s, e))
        if any(
            (doc[i].lower_ in _QUANT or doc[i].lower_ in _INDEFINITE)
            and doc[i].lower_ not in ("the", "of", "such", "other")
            or doc[i].like_num
            or (doc[i].pos_ == "ADJ" and doc[i].text.islower())
            for i in range(s if s0 is None else s0, match.start)
        ):
            return self._group_actor("group", own, surface, self._span_name(s, e))
        if (
            match.start > s
            and doc[match.start - 1].text[:1].isupper()
            and doc[match.start - 1].pos_ in ("PROPN", "ADJ")
            and self.scan.gaz_at[match.start - 1] < 0
            and self.scan.person_at[match.start - 1] < 0
        ):
            # "Central Americans", "Latin Americans": another people, not the country
            name = doc[match.start - 1 : e].text
            return self._group_actor("group", None, name, name)
        if located and any(doc[i].lower_ in ("in", "of", "from") for i in range(match.end, e)):
            return self._group_actor("group", located[0], surface, self._span_name(s, e))
        return self._country_actor(own, surface)


def _title_case(words: str) -> str:
    """A title written in a transcript's capitals as a title is written ("SPOKESPERSON" ->
    "Spokesperson", "FOREIGN MINISTER" -> "Foreign Minister"), its acronyms and its glue
    words kept ("CEO", "UN ENVOY" -> "UN Envoy", "MINISTER OF STATE" -> "Minister of State")."""
    return " ".join(
        w.lower() if w.lower() in TITLE_GLUE else w if len(w) <= 3 else w.capitalize()
        for w in words.split()
    )


def _modifies_a_noun(tok: Token) -> bool:
    """Is ``tok`` a word before the noun it qualifies ("Republican" in "Republican threats"),
    not a noun of its own ("a Republican", "Another Muslim")?"""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i


def _capital_of_the_sentence(tok: Token) -> bool:
    """Is ``tok`` a common word that has its capital only as its sentence's first ("Exit" in
    "Exit polls showed ...", "Early" in "Early returns gave ..."): tagged a common noun or
    an adjective, written small after its first letter and modifying the noun after it?"""
    return (
        tok.is_sent_start
        and tok.tag_ in _COMMON_TAGS
        and tok.text[1:].islower()
        and tok.dep_ in ("compound", "amod")
        and tok.head.i == tok.i + 1
        and tok.head.text.islower()
    )


_COMMON_TAGS = frozenset({"NN", "NNS", "JJ"})
