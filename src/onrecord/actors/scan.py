"""One pass over a parsed article: gazetteer matches, person mentions and their titles.

The scan works on the tokens of the article's single spaCy parse. It finds

* knowledge-base names (countries, capitals, metonyms, IGOs, known people, demonyms) with a
  case-sensitive phrase matcher built once per knowledge base;
* person mentions, repairing the small model's labels: a token that matches the surname of
  a person named in full elsewhere in the article (or of a knowledge-base person) is a
  person even when spaCy calls it an ORG or GPE ("Lavrov’s de-escalation", "Scholz");
* the title that introduces each person (``Russian President Vladimir Putin``, ``the
  Pentagon spokesman, John Kirby``, ``his trusty foreign minister, Sergey Lavrov``);

and clusters person mentions into people (Putin ↔ Vladimir Putin, Sergey Viktorovich →
Sergey Lavrov).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, count, islice
from typing import TYPE_CHECKING

from spacy.attrs import IS_UPPER
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from onrecord.actors.identity import (
    fold,
    given_compatible,
    name_key,
    split_name,
    translit_token,
    whole_surname,
)
from onrecord.actors.kb import KBEntry, KnowledgeBase
from onrecord.actors.lexicon import is_office_title, same_office
from onrecord.actors.places import PLACE_LABELS as _PLACE_LABELS
from onrecord.actors.places import place_countries, state_country, us_state_named
from onrecord.attribution.speakers import (
    NOT_SPEAKER_LABELS,
    PERSON_NOUNS,
    gender_of,
    honorific_gender,
    inverted_speech_verb,
    is_given_name,
    is_people_group,
    transcript_labels,
    transcript_turns,
)
from onrecord.garbled import PAD
from onrecord.nlp import DASHES, PERSONAL_HONORIFICS, doc_text, token_table, verb_in_a_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# A Russian patronymic ending a name ("Sergey Viktorovich", "Anna Petrovna"): -ovich, -evich
# and the feminine forms, and the few in a bare -ich (from given names in -a: Ilya, Kuzma, Foma,
# Luka, Nikita, Savva). Not any -ich: "John Kasich", "Ulrich", "Dietrich" are surnames.
PATRONYMIC = re.compile(
    r"(ovich|evich|ovna|evna|ichna|yevna|inichna|ilyich|kuzmich|fomich|lukich|nikitich|savvich)$",
    re.IGNORECASE,
)
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Apposed nouns that make a name a person's ("Washington, star of ...", "Ana Voss, a host").
PERSON_APPOS = frozenset(
    {
        "star",
        "actor",
        "actress",
        "host",
        "singer",
        "rapper",
        "author",
        "writer",
        "player",
        "coach",
        "comedian",
        "founder",
        "owner",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "widow",
        # everyday occupations a report describes the people it quotes by ("Karen, a farmer")
        "farmer",
        "teacher",
        "student",
        "worker",
        "resident",
        "villager",
        "trader",
        "merchant",
        "shopkeeper",
        "soldier",
        "nurse",
        "pastor",
        "priest",
        "engineer",
        "mechanic",
        "driver",
        "retiree",
        "veteran",
        "volunteer",
        "voter",
        "refugee",
        "grandmother",
        "grandfather",
    }
)


# How long after a person's last office a bare surname needs their country named in the
# article to stand for them: a term of office (four years)
_LONG_GONE_DAYS = 4 * 365
# words for a leader's time in office, after the leader's name ("the Bush administration")
_GOVERNMENT_WORDS = frozenset(
    {"government", "administration", "presidency", "premiership", "cabinet", "regime", "era"}
)


# a lower-case letter followed by a capital inside a word ("McDonald" has one)
_CASE_TURN = re.compile(r"[a-z][A-Z]")


def glued(word: str) -> bool:
    """Is ``word`` words a page ran together, not a name: three turns from a small letter to a
    capital inside it ("CarterFlagShareLikeReplySara", a live blog's author line glued to its
    buttons, had made fifteen persons of one PolNeAR page), where a name has at most two
    ("McDonald", "GlaxoSmithKline"), or two in a long word, or one with digits in the word
    ("5ptsmoderatorFeatured"); not a handle, a hashtag or a web address ("@realDonaldTrump",
    "TheIowaRepublican.com", "pic.twitter.com/PaA39tXPcg")?"""
    if word[:1] in "@#" or "." in word or "/" in word:
        return False
    turns = len(_CASE_TURN.findall(word))
    return (
        turns >= 3
        or (turns >= 2 and len(word) >= _LONG_NAME_WORD)
        or (turns >= 1 and any(c.isdigit() for c in word))
    )


_LONG_NAME_WORD = 20


def one_person(noun: Token) -> bool:
    """A singular common noun for one person ("businessman", "lawyer", "spokeswoman")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma.endswith(("man", "woman", "person"))


# words for a party or its members, which a place's name before them qualifies
# the United States' two parties' words
US_PARTY_WORDS = frozenset("republican republicans democrat democrats democratic gop".split())
# A party's or a faith's adjective before a noun ("Republican threats", "Muslim advocates",
# "the Democratic race") names, when it stands for an actor at all, the party's or the
# faith's people, as the article's plural does ("Republicans", "Muslims"): the same group,
# never one named by the adjective ("Republican", "Democratic"). "Islamic" ("radical
# Islamic terrorism", "the Islamic terror threat") names no people of its own. A people's
# adjective that may stand for its region's government or forces ("Kurdish oil fields",
# "Arab cooperation") is left as the tagger reads it.
_ADJECTIVE_PEOPLE = {
    "republican": "Republicans",
    "democratic": "Democrats",
    "democrat": "Democrats",
    "muslim": "Muslims",
    "islamic": "",
    "islamist": "Islamists",
    "jihadist": "jihadists",
    "christian": "Christians",
    "catholic": "Catholics",
    "protestant": "Protestants",
    "evangelical": "evangelicals",
    "mormon": "Mormons",
    "jewish": "Jews",
    "hindu": "Hindus",
    "sikh": "Sikhs",
    "buddhist": "Buddhists",
    "sunni": "Sunnis",
    "shiite": "Shiites",
    "shia": "Shiites",
    "hispanic": "Hispanics",
    "latino": "Latinos",
    "libertarian": "Libertarians",
}


def adjective_people(word: str) -> str | None:
    """The people a party's or a faith's adjective stands for ("Republican" →
    "Republicans"; "" for "Islamic", which names none), or None for any other word."""
    return _ADJECTIVE_PEOPLE.get(word.lower())


# words before a surname that address the person rather than give a name
_FORMS_OF_ADDRESS = PERSONAL_HONORIFICS | frozenset(
    "mister missus sir dame lord lady madam".split()
)
# last words of bodies' and firms' names that the lexicon's organisation heads leave out
# (they are no speakers on their own: "the foundation said" names no one)
BODY_NAME_ENDS = frozenset(
    "foundation fund institute center centre college pac network studios holdings industries "
    "enterprises inc corp llc ltd plc relief coalition consulting golf gym program programme".split()
)
# last words of a firm's name that a person's never is, beside BODY_NAME_ENDS
FIRM_NAME_ENDS = frozenset(
    "group capital partners management associates company bank trust media".split()
)
# a clock's words, which fold to an office's abbreviation ("p.m." to "pm")
_CLOCK_TIMES = frozenset({"p.m.", "a.m.", "p.m", "a.m", "pm", "am"})
# the offices of leaders, whom a bare surname names anywhere ("Merkel said")
LEADING_ROLES = frozenset({"head_of_state", "head_of_government"})
# last words of a place's or an event's name, never of a person's, whatever the tagger made
# of it ("Vigo County", "Trump Plaza", "the Democratic Primary", a lone "Caucus")
THING_NAME_ENDS = frozenset(
    "county plaza avenue boulevard street road primary primaries caucus caucuses award "
    "awards agreement treaty hotel stadium arena museum airport act amendment doctrine".split()
)
# last words of a place named after someone ("Trump Tower", "Franklin Delano Roosevelt
# Park") that are surnames too ("John Tower", "Jerry Hall"): a place's after the surname of
# someone the article names in full, or after a name of two words or more
NAMESAKE_ENDS = frozenset("tower towers park hall square building memorial library".split())
# second halves of a hyphenated word that make the name before it a manner or a period
# ("Kremlin-style", "Soviet-era"), no party to the story
_LIKENESS = frozenset({"style", "like", "esque", "type", "era"})
# words for an outlet, before its name ("the newspaper Lorvik Herald")
_OUTLET_WORDS = frozenset(
    {"newspaper", "daily", "paper", "weekly", "magazine", "tabloid", "broadsheet"}
)
# words for a ship, before its name ("the tanker Stena Impero"): the name is no one's
_VESSELS = frozenset(
    "ship vessel boat cutter frigate destroyer cruiser corvette submarine carrier tanker "
    "freighter trawler warship yacht ferry tug dredger".split()
)
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"})
_DASHES = frozenset({*DASHES, "--"})  # (spaCy keeps a double hyphen one token)
# Entities the model sometimes stretches over a quotation and the surname after it ("“...,”
# Trump told ABC" as a WORK_OF_ART; "Cole said" as a PRODUCT): a word in them that is the
# surname of someone this article names in full is that person.
_MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
# words that, before a name, make it the person's side ("Team Clinton"); not "Camp", which
# would make "Camp David" a David
_CAMP_WORDS = frozenset({"Team"})
# the labels the model gives a person's name it does not read as one ("Carly Fiorina" ORG)
_MISNAMED_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# The parts of speech of a capitalised word the model ran into a person's name that no name
# has (:meth:`ArticleScan._name_start`).
_NO_NAME_POS = frozenset(
    {"VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "PART", "INTJ"}
)
TITLE_GLUE = frozenset({"of", "for", "and", "&", "-", "the"})
"""The small words of a title written in lower case ("Minister of State")."""
# posts that serve another, named after "for" ("a spokesman for President Orlin")
_SERVING_ROLES = frozenset({"spokesperson"})
# the words a council's records give a state's envoy ("the representative of Kestria")
_STATE_DELEGATES = frozenset({"representative", "delegate"})
# A state's envoys to a body: "the UN ambassador", "NATO's permanent representative" speak for
# the state that sent them, not for the body ("UN envoy" or "UN Secretary-General" do).
_ENVOY_OF_STATE = frozenset({"ambassador", "ambassadors", "representative", "representatives"})
# Words that put an office in the past: "former", "ex-", "then-", "the late".
FORMER_WORDS = frozenset(
    {"former", "ex", "ex-", "then", "late", "onetime", "one-time", "erstwhile"}
)

_tokenizer_lock = threading.Lock()
_tokenizer: English | None = None


def _pattern_tokenizer() -> English:
    global _tokenizer
    with _tokenizer_lock:
        if _tokenizer is None:
            _tokenizer = English()
    return _tokenizer


def gazetteer_matcher(kb: KnowledgeBase, doc: Doc) -> PhraseMatcher:
    """The knowledge base's phrase matcher for ``doc``'s vocabulary, built once per KB."""
    cache_key = ("matcher", id(doc.vocab))
    matcher = kb.cache.get(cache_key)
    if matcher is None:
        nlp = _pattern_tokenizer()
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        by_key: dict[str, list[str]] = {}
        for surface, key in kb.gazetteer():
            by_key.setdefault(key, []).append(surface)
        for key, surfaces in by_key.items():
            matcher.add(key, [nlp.make_doc(s) for s in surfaces])
        kb.cache[cache_key] = matcher
    return matcher


def _unpadded(doc: Doc) -> Doc:
    """``doc``, or, when a mended word in it carries padding (:data:`onrecord.garbled.PAD`:
    "Pe\u2060ña Nieto"), a copy of its words without it, token for token, for the
    knowledge base's matcher, which matches words as written."""
    if PAD not in doc_text(doc):
        return doc
    words = [t.text.replace(PAD, "") or t.text for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spacy.util.filter_spans`` on ``(start, end)`` token ranges: of overlapping spans
    the (first) longest is kept; the kept ones in text order."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(spans, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept, key=lambda se: se[0])


# Whose names put the family name first, so that the last word is a given name ("Kim
# Dae-jung", "Lee Hsien Loong", "Qin Gang"): the knowledge base lists their surnames as aliases
_FAMILY_NAME_FIRST = frozenset(
    {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "MMR", "KHM", "MNG"}
)
# a monarch's or a pope's name is a given name ("Pope Francis", "King Charles III")
_REGNAL_TITLES = frozenset(
    "pope king queen prince princess emperor empress sheikh emir sultan".split()
)
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(slots=True)
class Title:
    """A title seen next to a person: text, role and the country its words name."""

    text: str
    role: str | None
    country: str | None
    # The body or country a state's envoy is posted to ("UN Ambassador"): never their country.
    posted: str | None = None
    former: bool = False  # "former UN Ambassador": an office no longer held
    # the title names whose office it is ("Lorvik's president", "President Kovac of Lorvik"),
    # a name the knowledge base may lack: the country around is then not the holder's
    placed: bool = False


@dataclass(slots=True)
class PersonMention:
    """Token range ``[start, end)`` of a person's name (titles and possessive excluded)."""

    start: int
    end: int
    name: str
    title: Title | None = None
    cluster: int = -1


@dataclass(slots=True)
class Cluster:
    """One person of the article."""

    name: str
    kb: KBEntry | None = None
    names: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    first: int = 0  # first token

    def add_title(self, title: Title | None) -> None:
        if title and all(fold(t.text) != fold(title.text) for t in self.titles):
            self.titles.append(title)


@dataclass(slots=True)
class GazMatch:
    """A knowledge-base name in the text: token range and entry key (``D:<code>`` for a
    demonym)."""

    start: int
    end: int
    key: str
    prio: int = 0


# findings a pollster makes ("polls by Morning Consult and Rasmussen")
_POLLS = frozenset({"poll", "polls", "survey", "surveys"})
_BY_OR_FROM = frozenset({"by", "from"})


def _one_word(name: str) -> bool:
    """A name written as one hyphenated word ("Mark-Viverito"), read as two by the keys."""
    return " " not in name.strip() and "-" in name


# the words for one person that may describe a name before it ("frontrunner Ivo Marr"): those
# of a person's office, trade or kin, and of a contest
_DESCRIBING_NOUNS = PERSON_NOUNS | frozenset(
    {"frontrunner", "rival", "challenger", "contender", "incumbent", "moderator"}
)


# the words after a demonym that make it a language's name ("Spanish-language", "English
# skills")
_LANGUAGE_NOUNS = frozenset(
    (
        "language languages speaking speaker speakers skills lessons classes class translation "
        "translations subtitles proficiency dubbed fluency teacher teachers words word dominant"
    ).split()
)
# the words beside "Indian" that make it a native American nation's, not India's
_NATIVE_BEFORE = frozenset({"american", "native", "oneida", "cherokee", "navajo", "seminole"})
_NATIVE_AFTER = frozenset(
    (
        "nation nations tribe tribes tribal reservation reservations country affairs casino "
        "casinos gaming removal"
    ).split()
)
# words after a US state's name that a country's never takes ("Georgia Republican", "Georgia
# Gov.", "Georgia state senator")
_STATE_FOLLOWERS = US_PARTY_WORDS | frozenset(
    {"gov.", "sen.", "rep.", "governor", "state", "legislature", "congressman", "congresswoman"}
)
# what only a sovereign state has: roles of its government, and its forces and chamber
_STATE_ROLES = frozenset(
    {"head_of_state", "head_of_government", "deputy_head", "foreign_minister", "defence_minister"}
)
_STATE_BODIES = frozenset({"army", "military", "troops", "forces", "parliament", "embassy"})
# (titles of those roles a US state or a university has as well: "Georgia's secretary of
# state", "the state's Republican leaders", a vice-chancellor)
_STATES_TOO = frozenset(
    ["secretary of state", "general secretary", "vice chancellor", "vice-chancellor"]
    + "leader chairman chief".split()
)


class ArticleScan:
    """Everything the resolver needs to know about an article's tokens, computed once.

    Args:
        doc: the parsed article.
        kb: the knowledge base.
        on: the article's date (for office-holders), or None.
    """

    def __init__(self, doc: Doc, kb: KnowledgeBase, on: dt.date | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        # the document's token table, looked up once (``token_table`` wraps the columns anew
        # on each call)
        self.table = token_table(doc)
        self.kb = kb
        self.on = on
        self.lex = kb.lexicon
        self.title_vocab = kb.cache.get("title_vocab")
        if self.title_vocab is None:
            self.title_vocab = frozenset(w for t in self.lex.roles for w in t.split())
            kb.cache["title_vocab"] = self.title_vocab
        # the head nouns of the offices ("minister" of "foreign minister", "secretary" of
        # "secretary of state"): a description headed by one is a person's
        self.role_heads: frozenset[str] = kb.cache.get("role_heads")
        if self.role_heads is None:
            self.role_heads = frozenset(t.split(" of ")[0].split()[-1] for t in self.lex.roles)
            kb.cache["role_heads"] = self.role_heads
        n = len(doc)
        self.gaz: list[GazMatch] = []
        self._article_countries: frozenset[str] | None = None
        self._poll_maker_words: frozenset[str] | None = None
        self.transcript_names: frozenset[str] = frozenset()
        self.gaz_at: list[int] = [-1] * n
        # the starts of country names that name another country's place here ("New Mexico")
        # the starts of country names and demonyms that name a place or a people of another
        # country, and that country (None when unknown): see _namesake_places
        self.namesakes: dict[int, str | None] = {}
        self.persons: list[PersonMention] = []
        self.person_at: list[int] = [-1] * n
        self._lower_case_words: set[str] | None = None
        self._word_index: dict[str, list[int]] | None = None
        self._body: tuple[int, set[str], str, set[str]] | None = None
        self._known_surnames: set[str] = set()  # of the people named in full (_find_persons)
        self.clusters: list[Cluster] = []
        self._match_gazetteer()
        self._find_persons()
        self._cluster()

    # -- gazetteer ------------------------------------------------------------------------
    def _match_gazetteer(self) -> None:
        doc = self.doc
        matcher = gazetteer_matcher(self.kb, doc)
        strings = doc.vocab.strings
        matches = matcher(_unpadded(doc))  # the matcher's pass over the document, once
        keys = {(s, e): strings[m] for m, s, e in matches}
        if any(k[:2] in ("C:", "D:") for k in keys.values()):
            self.namesakes = self._namesake_places(keys)
        namesakes = self.namesakes
        # the matches as token ranges, without a Span (and its tokens) for each
        for start, end in _longest_first([(s, e) for _, s, e in matches]):
            key = keys[(start, end)]
            if end - start == 1 and key[:2] in ("C:", "D:") and self._given_name_place(start):
                continue
            if start in namesakes:
                continue  # "New Mexico", Georgia among US states: a state, not the country
            if key[:2] == "D:" and self._a_language(start, end):
                continue  # "a Spanish-language ad", "in English": a language, not a people
            if end - start == 1 and self._wants_its_article(start):
                continue  # "EU Member States", "Twelve people": not the States, not the Twelve
            text = self._text_of(start, end)
            if self._anothers_body(start, key, text) or self._a_likeness(end):
                continue
            if self._inside_a_longer_name(start, key, keys):
                continue
            prio = max((p for p, k in self.kb.surfaces.get(text, ()) if k == key), default=0)
            self.gaz.append(GazMatch(start, end, key, prio))
            for i in range(start, end):
                self.gaz_at[i] = len(self.gaz) - 1

    def _inside_a_longer_name(self, start: int, key: str, keys: dict[tuple[int, int], str]) -> bool:
        """Is the body's name at ``start`` the end of another body's longer name that the
        recogniser read as one ("the National Democratic Party of Germany", "the New
        Democratic Party": not the Democratic Party of the knowledge base)? A word before it
        in the same name that names no place or people (not "U.S. Democratic Party", "the
        Velmaran Socialist Party", "the Texas Democratic Party") and no other body of the
        knowledge base makes it another."""
        entry = self.kb.entries.get(key)
        if entry is None or entry.kind in ("country", "person") or key[:2] in ("C:", "D:"):
            return False
        doc = self.doc
        q = start - 1
        if q < 0 or doc[start].ent_iob_ != "I" or doc[start].ent_type_ != "ORG":
            return False
        word = doc[q]
        return (
            word.is_alpha
            and word.text[:1].isupper()
            and word.pos_ in {"PROPN", "ADJ", "NOUN"}  # (not "The")
            and not any(s <= q < e for s, e in keys)
            and self.kb.demonym(word.text) is None
            # (a state's party is the party's: "the Texas Democratic Party")
            and not place_countries(word.text)
        )

    def _wants_its_article(self, i: int) -> bool:
        """Whether token ``i`` is a common word that the knowledge base names something by
        only with "the" before it (the lexicon's ``needs_article``: "the States", "the
        Twelve") and here no "the" stands before it, or a capitalised word after it ("the
        Commonwealth Bank")."""
        table = self.table
        lower = table.lower
        if lower[i] not in self.lex.needs_article:
            return False
        return (
            i == 0
            or lower[i - 1] != "the"
            or (i + 1 < len(lower) and table.text[i + 1][:1].isupper())
        )

    def _namesake_places(self, keys: dict[tuple[int, int], str]) -> dict[int, str | None]:
        """The starts of country names and demonyms that name a place or a people of another
        country here: a country or a demonym inside a longer place name the tagger marks
        ("New Mexico", "New South Wales") or beside a word they make one with ("British
        Columbia", :meth:`_in_a_place_name`), "Indian" of a native American nation
        (:meth:`_a_first_nation`), and
        "Georgia" in an article that names two US states or more and nothing else of the
        country Georgia (no "Georgian", no Tbilisi). Each with the country of the place it
        names, when known."""
        table = self.table
        ents = [e for e in table.ents if e[2] in _PLACE_LABELS]
        ent_starts = [e[0] for e in ents]
        out: dict[int, str | None] = {}
        georgia = []
        for (start, end), key in keys.items():
            if key[:2] not in ("C:", "D:"):
                continue
            code = key[2:]
            if key[:2] == "D:" and self._a_first_nation(start, end):
                out[start] = None  # ("Oneida Indian Nation", "American Indian": not India)
                continue
            # the one place entity that may hold the match (entities do not overlap)
            j = bisect_right(ent_starts, start) - 1
            if j >= 0:
                s0, e0, _, lo, hi, _ = ents[j]
                if s0 <= start and end <= e0 and e0 - s0 > end - start:
                    places = place_countries(self.text[lo:hi])
                    if places and code not in places:
                        out[start] = places[0]  # ("New Mexico": a US state, not Mexico)
            if start not in out:
                place = self._in_a_place_name(start, end, code)
                if place is not None:
                    out[start] = place  # ("the Business Council of British Columbia")
            if code == "GEO" and self._text_of(start, end) == "Georgia":
                # (the place, or a name that holds it: "the Georgia Institute of Technology")
                georgia.append(start)
        if not georgia:
            return out
        states = {
            s0: fold(self.text[lo:hi])
            for s0, _, label, lo, hi, _ in ents
            if label == "GPE" and s0 not in georgia and state_country(self.text[lo:hi]) == "USA"
        }
        # (the country's own words, or Russia's, make it the country: "Russian troops entered
        # Georgia"; and so do a list of countries and a state's office)
        caucasus = any(
            k[2:] in {"GEO", "RUS"} and self._text_of(s0, e0) != "Georgia"
            for (s0, e0), k in keys.items()
        ) or any(self._georgia_the_state_cannot_be(start, keys) for start in georgia)
        # An article about America, its own cues more than all other countries' together, and
        # nothing of the Caucasus: "a crowd in Georgia", "Georgia businessman Bruce LeVell".
        american = not caucasus and self._mostly_american(keys, georgia)
        lower = self.table.lower
        for start in georgia:
            # "Trump won Georgia, Alabama and Tennessee": in a list of US states
            near = {c.i for c in self.doc[start].conjuncts}
            if (
                (near & states.keys())
                # "Georgia Republican Paul Broun", "Georgia Gov. Nathan Deal", "Georgia state law"
                or (start + 1 < len(lower) and lower[start + 1] in _STATE_FOLLOWERS)
                or american
                or (not caucasus and len(set(states.values())) >= 2)
            ):
                out[start] = "USA"
        return out

    def _in_a_place_name(self, start: int, end: int, code: str) -> str | None:
        """The other country of a place the gazetteer knows that the name at
        ``start``..``end`` and a capitalised word beside it make, inside a name the tagger
        did not read as a place ("the Business Council of British Columbia", "the University
        of New Mexico"), or None."""
        text = self.table.text
        for lo, hi in ((start - 1, end), (start, end + 1)):
            if (
                lo < 0
                or hi > len(text)
                or not (text[lo][:1].isupper() and text[hi - 1][:1].isupper())
            ):
                continue
            places = place_countries(self._text_of(lo, hi))
            if places and code not in places:
                return places[0]
        return None

    def _a_language(self, start: int, end: int) -> bool:
        """Is the demonym at ``start`` a language's name: before "language", "-speaking",
        "speakers", "skills" and the like ("a Spanish-language ad", "English skills"), or
        alone after "in" ("the ad runs in Spanish")?"""
        table = self.table
        lower = table.lower
        n = len(lower)
        k = end + 1 if end < n and lower[end] == "-" else end
        if k < n and lower[k] in _LANGUAGE_NOUNS:
            return True
        last = end - 1
        head = table.head[last]
        return (
            table.dep[last] == "pobj"
            and lower[head] in ("in", "into")
            and not (end < n and table.pos[end] in ("NOUN", "PROPN"))
        )

    def _a_first_nation(self, start: int, end: int) -> bool:
        """Is the demonym at ``start`` "Indian" of a native American nation ("the Oneida
        Indian Nation", "American Indian tribes", "the Bureau of Indian Affairs", "Indian
        Country"), not of India?"""
        lower = self.table.lower
        if end - start != 1 or lower[start] != "indian":
            return False
        before = lower[start - 1] if start > 0 else ""
        after = lower[end] if end < len(lower) else ""
        return before in _NATIVE_BEFORE or after in _NATIVE_AFTER

    def _georgia_the_state_cannot_be(self, start: int, keys: dict[tuple[int, int], str]) -> bool:
        """Does the "Georgia" at ``start`` stand in a list of countries ("Ukraine, Moldova
        and Georgia") or hold a state's office ("Georgia's president", "Georgia's foreign
        minister"), which no US state does?"""
        countries = {s0 for (s0, _), k in keys.items() if k[:2] == "C:" and k != "C:GEO"}
        tok = self.doc[start]
        if any(c.i in countries for c in tok.conjuncts):
            return True
        if tok.dep_ != "poss":
            return False
        head = tok.head
        words = " ".join(t.lower_ for t in head.subtree if start < t.i <= head.i and t.is_alpha)
        title = self.lex.head_title(words)
        return (
            title is not None and title not in _STATES_TOO and self.lex.roles[title] in _STATE_ROLES
        ) or head.lower_ in _STATE_BODIES

    def _mostly_american(self, keys: dict[tuple[int, int], str], georgia: list[int]) -> bool:
        """Do the article's places and countries lie in the United States twice or more, and
        more often than in all other countries together, Georgia's own left out ("Atlanta",
        "Iowa", "U.S.", "American")? Or does it write Georgia's postal abbreviation
        ("Clarkston, Ga.")?"""
        american = others = 0
        counted: set[int] = set()
        # (one count for "the United States", not one for each match inside it)
        for s0, e0 in _longest_first(list(keys)):
            if s0 in georgia:
                continue
            counted.add(s0)
            key = keys[(s0, e0)]
            if key[:2] == "D:":
                code: str | None = key[2:]
            else:
                entry = self.kb.entries.get(key)
                code = entry.country_on(self.on) if entry is not None else None
            if code == "USA":
                american += 1
            elif code is not None:
                others += 1
        for s0, _, label, lo, hi, _ in self.table.ents:
            if label not in _PLACE_LABELS or s0 in counted or s0 in georgia:
                continue
            text = self.text[lo:hi]
            if fold(text) != "georgia" and us_state_named(text) == "georgia":
                return True
            places = place_countries(text)
            if places:
                american += places[0] == "USA"
                others += places[0] != "USA"
        return american >= 2 and american > others

    def _anothers_body(self, start: int, key: str, surface: str) -> bool:
        """Is the body name at ``start`` a generic one ("Security Council", "the coast
        guard": words of offices and bodies only, or lower case) that a country before it
        claims for itself ("Ostrava's Security Council", "the Ostravan coast guard"), so not
        the knowledge base's body of another country or of an international body?"""
        entry = self.kb.entries.get(key)
        if entry is None or entry.kind in ("country", "person") or key[:2] in ("C:", "D:"):
            return False
        words = fold(surface).split()
        generic = surface.islower() or all(
            w in self.lex.collectives or w in self.lex.office_words() for w in words
        )
        q = start - 1
        if q > 0 and self.doc[q].tag_ == "POS":
            q -= 1  # "Ostrava's"
        elif q >= 0 and self.doc[q].lower_ == "the":
            return generic and self._in_anothers_title(start, surface, entry)
        if not generic or q < 0 or self.gaz_at[q] < 0:
            return False
        owner = self.gaz[self.gaz_at[q]].key
        if owner[:2] == "D:":
            code: str | None = owner[2:]
        else:
            found = self.kb.entries.get(owner)
            code = found.country if found is not None and found.kind == "country" else None
        return code is not None and code != entry.country_on(self.on)

    def _a_likeness(self, end: int) -> bool:
        """Is the name ending before ``end`` the first half of a word of likeness or period
        ("Kremlin-style", "Soviet-era", "Orwellian-like"): a manner, not a party?"""
        doc = self.doc
        return (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].lower_ in _LIKENESS
        )

    def names_a_vessel(self, start: int, end: int) -> bool:
        """Is the name ``start:end`` a ship's, set after a word for one ("its cutter Amber
        Star", "the tanker Stena Impero")?"""
        doc = self.doc
        root = doc[end - 1]
        before = doc[start - 1] if start > 0 else None
        return (root.dep_ == "appos" and root.head.lemma_.lower() in _VESSELS) or (
            before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in _VESSELS
        )

    def _in_anothers_title(self, start: int, surface: str, entry: KBEntry) -> bool:
        """Is the body name at ``start`` the end of an office title a knowledge-base person
        of another state holds ("Teo Marran, the Secretary of the Security Council": the
        Ostravan council, not the UN's)?"""
        doc = self.doc
        if start < 3 or doc[start - 2].lower_ != "of":
            return False
        title = fold(f"{doc[start - 3].text} of the {surface}")
        key = "office titles"  # (the knowledge base's own cache: built once per base)
        titles = self.kb.cache.get(key)
        if titles is None:
            titles = {}
            for e in self.kb.entries.values():
                if e.kind == "person":
                    for o in e.offices:
                        titles.setdefault(fold(o.title), set()).add(o.country or e.country)
            self.kb.cache[key] = titles
        states = titles.get(title, set())
        mine = entry.country_on(self.on)
        return bool(states) and mine not in states

    def _given_name_place(self, i: int) -> bool:
        """A place's or a people's name that is a given name here: it opens a person's name
        the model tags as one ("Chad Sweet", "Jordan Reynolds", "Paris Hilton"), before a
        surname that is no title, party or known name ("Chad President Idriss Deby",
        "Georgia Republican Paul Broun" keep the place); or a person's description follows
        it in apposition, however the model tagged the name ("Chad Holt, an adviser to the
        president" read as a body's; "said Karen, a farmer near the border": a given name,
        not the Karen people)."""
        doc = self.doc
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        surname = (
            nxt is not None
            and nxt.ent_iob_ == "I"
            and nxt.ent_type_ == tok.ent_type_
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and nxt.lower_ not in self.lex.honorifics
            and nxt.lower_ not in US_PARTY_WORDS
            and not self.is_title_word(nxt)
            and not self.kb.surfaces.get(nxt.text)
        )
        if tok.ent_iob_ != "B":
            return False
        if surname and tok.ent_type_ == "PERSON":
            return True
        if surname and tok.ent_type_ in _MISNAMED_PERSON_LABELS:
            assert nxt is not None
            # (a two-word name the model read as a body's: only with the description)
            last = nxt if (nxt.i + 1 == len(doc) or doc[nxt.i + 1].ent_iob_ != "I") else None
        elif nxt is None or nxt.ent_iob_ != "I":
            last = tok if is_given_name(tok.text) else None  # a given name standing alone
        else:
            last = None
        return last is not None and self._described_person(last)

    def _described_person(self, name: Token) -> bool:
        """Is the name ending at ``name`` followed, after a comma, by a description of one
        person in apposition ("Holt, an adviser to ...", "Karen, a farmer")?"""
        doc = self.doc
        if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
            return False
        return any(
            c.dep_ == "appos" and c.left_edge.i == name.i + 2 and self.describes_a_person(c)
            for c in name.children
        )

    def _text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text``, cut from the document's text (a Span's text is joined
        anew from a Token built for each of its words)."""
        doc = self.doc
        last = doc[end - 1]
        return self.text[doc[start].idx : last.idx + len(last.text)]

    def country_cue_at(self, i: int) -> str | None:
        """The country/IGO code a token names through the gazetteer (demonyms included)."""
        g = self.gaz_at[i]
        if g < 0:
            return None
        key = self.gaz[g].key
        if key.startswith("D:"):
            return key[2:]
        entry = self.kb.entries.get(key)
        if entry is None:
            return None
        return entry.country_on(self.on)

    # -- persons --------------------------------------------------------------------------
    def is_title_word(self, tok: Token) -> bool:
        """Whether a token is (part of) an office title."""
        return fold(tok.text) in self.title_vocab

    def is_title_word_at(self, i: int) -> bool:
        """``is_title_word(doc[i])``, the word read off the token table."""
        return fold(self.table.text[i]) in self.title_vocab

    def _titles_at(self, i: int) -> bool:
        """Is word ``i`` an office or an honorific, with its full stop or without ("Rep
        McCaul", "Sen. Holt", "Secretary Clinton")? (Not any word of a title: "National" is
        one of "National Security Adviser".)"""
        word = fold(self.table.text[i])
        honorifics = self.lex.honorifics
        return word in self.lex.roles or word in honorifics or f"{word.rstrip('.')}." in honorifics

    def _name_tokens(self, start: int, end: int) -> tuple[int, int]:
        """Trim titles, honorifics and a trailing possessive off a name's token range."""
        lex = self.lex
        t = self.table  # no Token object for each test of each word
        lower, texts, title_case = t.lower, t.text, t.is_title
        if start > 0 and lower[start - 1] in PERSONAL_HONORIFICS:
            return self._trim_possessive(start, end)
        while start < end and (
            lower[start] in lex.honorifics
            or fold(texts[start]) in lex.roles
            or (
                fold(texts[start]) in self.title_vocab  # self.is_title_word(doc[start])
                and start + 1 < end
                and title_case[start + 1]
            )
            or t.is_punct[start]
            or t.pos[start] == "DET"
        ):
            if lower[start] in PERSONAL_HONORIFICS and start + 1 < end:
                # "Mr. King", "Ms. Chancellor": after Mr./Ms. comes a name, even one that is
                # also an office word
                start += 1
                break
            start += 1
        return self._trim_possessive(start, end)

    def _trim_possessive(self, start: int, end: int) -> tuple[int, int]:
        t = self.table
        texts, punct = t.text, t.is_punct
        while end > start and (texts[end - 1] in POSSESSIVE or punct[end - 1]):
            end -= 1
        return start, end

    def _add_person(self, start: int, end: int) -> None:
        start, end = self._name_tokens(start, end)
        # (no token of it in a person's name yet: the largest index is -1)
        if start >= end or max(self.person_at[start:end]) >= 0:
            return
        # read off the token table (a digit is a text of digits, as spaCy's ``is_digit``):
        # no Token for each word of a name that is turned down
        t = self.table
        texts, like_num = t.text, t.like_num
        if (
            any(like_num[i] or texts[i].isdigit() or glued(texts[i]) for i in range(start, end))
            # (a surname may open with its particle: "de Blasio")
            or not (texts[start][:1].isupper() or t.lower[start] in self.lex.particles)
            # a name that ends in a body's head word ("Peterson Foundation", "Hillary PAC")
            or (end - start > 1 and self.names_a_body(texts[end - 1]))
            or self.names_a_thing(start, end)
        ):
            return
        self.persons.append(PersonMention(start, end, self._text_of(start, end)))
        for i in range(start, end):
            self.person_at[i] = len(self.persons) - 1

    def _described_persons(self) -> None:
        """1b. A name the model did not read as a person's, with a person's description in
        apposition after a comma ("Reince Priebus, the GOP chairman", "Maryam Violet, an
        Iranian journalist", "Joh Husted, Ohio Secretary of State"): the description says
        what the name is. Two to four capitalised proper nouns, none known to the knowledge
        base or a news outlet's name; the description headed by a noun for one person, an
        office title or a role ("host", "founder")."""
        table = self.table
        head, texts, pos = table.head, table.text, table.pos
        doc = self.doc
        for i in table.dep_positions.get("appos", ()):
            h = head[i]
            if h >= i or self.person_at[h] >= 0 or texts[h + 1] != ",":
                continue
            desc = doc[i]
            if desc.left_edge.i != h + 2 or desc.ent_type_:
                continue
            if not self.describes_a_person(desc):
                continue
            start = h
            while start > 0:
                if pos[start - 1] == "PROPN" and texts[start - 1][:1].isupper():
                    start -= 1
                elif (  # "Jean-Marc Ayrault"
                    start > 1
                    and texts[start - 1] == "-"
                    and pos[start - 2] == "PROPN"
                    and not doc[start - 2].whitespace_
                    and not doc[start - 1].whitespace_
                ):
                    start -= 2
                else:
                    break
            # (one word alone only when the tagger read it as a body's or nothing: "Amira, a
            # 34-year-old teacher" tagged ORG; never a place's: "Ostrava, the capital")
            lone = h == start and self.table.ent_type[h] in ("ORG", "")
            if not (2 <= h + 1 - start <= 4 or lone) or any(
                self.gaz_at[k] >= 0
                or not (texts[k][:1].isupper() or texts[k] == "-")
                or fold(texts[k]) in self.lex.outlets
                for k in range(start, h + 1)
            ):
                continue
            self._add_person(start, h + 1)
        self._named_after_a_description()
        self._apposed_to_a_description()
        self._given_named()
        self._introduced_by_named()

    def _plain_name(self, start: int, end: int) -> bool:
        """Are tokens ``start..end-1`` a name the knowledge base does not know: capitalised
        proper nouns, not in capitals, none known to the knowledge base or a news outlet's
        name?"""
        table = self.table
        texts, pos = table.text, table.pos
        return not any(
            pos[k] != "PROPN"
            or not texts[k][:1].isupper()
            or texts[k].isupper()
            or self.gaz_at[k] >= 0
            or fold(texts[k]) in self.lex.outlets
            for k in range(start, end)
        )

    def _apposed_to_a_description(self) -> None:
        """1e. A name the model did not read as a person's, apposed after a comma to a
        common noun for one person ("her Sarnian counterpart, Ivo Dalen," tagged ORG): the
        noun says what the name is. Two to four capitalised proper nouns, none known to the
        knowledge base or a news outlet's name."""
        table = self.table
        dep, head, texts, pos, ents = table.dep, table.head, table.text, table.pos, table.ent_type
        doc = self.doc
        for i in table.dep_positions.get("appos", ()):
            h = head[i]
            if pos[h] == "PROPN" and dep[h] == "pobj" and texts[head[h]] == "of":
                # "The representative of Kestria, Nils Tovar": the parser hung the name on
                # the state; the description is the noun the state is "of"
                h = head[head[h]]
            if h >= i or pos[h] != "NOUN" or pos[i] != "PROPN" or self.person_at[i] >= 0:
                continue
            if ents[i] not in ("ORG", "PRODUCT", "WORK_OF_ART", ""):
                continue
            name = doc[i]
            start = name.left_edge.i
            if start < 1 or texts[start - 1] != "," or not 2 <= i + 1 - start <= 4:
                continue
            if self.describes_a_person(doc[h]) and self._plain_name(start, i + 1):
                self._add_person(start, i + 1)

    def _introduced_by_named(self) -> None:
        """1f. A name after "named" that follows a common noun for one person ("a former
        staffer named Bradley Podliska", read as a FAC and each "Podliska" after as a GPE):
        one to three capitalised proper nouns, none known to the knowledge base or a news
        outlet's name, whatever the model read them as. Not a body's ("a group named
        Partnership for Coastal Growth")."""
        table = self.table
        dep, head, lower, pos = table.dep, table.head, table.lower, table.pos
        if "named" not in lower:
            return  # (most articles: one C scan of the column, not a call for each word)
        doc = self.doc
        for i in compress(range(len(dep)), map("named".__eq__, lower)):
            h = head[i]
            if dep[i] != "acl" or h >= i or pos[h] != "NOUN":
                continue
            # the name: the proper noun the verb takes ("oprd"), with the ones before it
            end = next(
                (c + 1 for c in table.children(i) if dep[c] == "oprd" and pos[c] == "PROPN"), 0
            )
            start = i + 1
            if not 1 <= end - start <= 3 or any(self.person_at[k] >= 0 for k in range(start, end)):
                continue
            if self.describes_a_person(doc[h]) and self._plain_name(start, end):
                self._add_person(start, end)

    def _given_named(self) -> None:
        """1d. A given name and a surname the model read as a body's name ("Carly Fiorina"
        tagged ORG), when the article also writes the surname alone, as it does a person's
        and seldom a firm's ("Morgan Stanley" is not "Stanley" later). Not a name the
        knowledge base knows, nor one ending in a body's word ("Ford Foundation")."""
        table = self.table
        texts, pos, tags = table.text, table.pos, table.tag
        for start, end, label, _, _, _ in table.ents:
            if label not in _MISNAMED_PERSON_LABELS or end - start != 2:
                continue
            first, last = start, end - 1
            if self.person_at[last] >= 0 or any(self.gaz_at[k] >= 0 for k in (first, last)):
                continue
            if not all(
                pos[k] == "PROPN" and tags[k] == "NNP" and texts[k].istitle() for k in (first, last)
            ):
                continue
            if not is_given_name(texts[first]) or self.names_a_body(texts[last]):
                continue
            if any(k != last and table.pos[k] == "PROPN" for k in self.occurrences(texts[last])):
                self._add_person(first, end)

    def _named_after_a_description(self) -> None:
        """1c. A name the model did not read as a person's, right after a common noun for
        one person that modifies it ("former tech executive Carly Fiorina" tagged ORG, and
        "Spokeswoman Haley Morris says" opening a sentence): the noun says what the name is.
        Two or three capitalised proper nouns, none known to the knowledge base or a news
        outlet's name."""
        table = self.table
        head, texts, pos, ents = table.head, table.text, table.pos, table.ent_type
        doc = self.doc
        for i in table.dep_positions.get("compound", ()):
            start, h = i + 1, head[i]
            if not start < h < start + 3 or ents[h] not in ("ORG", "PRODUCT", "WORK_OF_ART"):
                continue
            if not (
                (pos[i] == "NOUN" and texts[i].islower())
                # (capitalised as a sentence's first word, a noun or a proper noun to the
                # tagger: "Spokeswoman Haley Morris says")
                or (pos[i] in ("NOUN", "PROPN") and texts[i].istitle() and doc[i].is_sent_start)
            ):
                continue
            if self.person_at[h] >= 0 or not self.describes_a_person(doc[i]):
                continue
            if not self._plain_name(start, h + 1) or any(head[k] != h for k in range(start, h)):
                continue
            self._add_person(start, h + 1)

    def describes_a_person(self, head: Token) -> bool:
        """Does a description headed by ``head`` describe one person: a noun for one person
        ("journalist", "spokeswoman"), an office's head noun ("chairman", "minister",
        "Secretary"; not any word of an office's name: "state") or a role ("host", "founder")?"""
        return (
            one_person(head)
            or (head.pos_ in ("NOUN", "PROPN") and fold(head.text) in self.role_heads)
            or head.lemma_.lower() in PERSON_APPOS
        )

    def names_a_body(self, last: str) -> bool:
        """Is ``last`` the last word of a body's or a firm's name, never of a person's: an
        organisation's head noun of the lexicon ("Party", "Committee") or one of
        :data:`BODY_NAME_ENDS` ("Foundation", "College", "PAC", "Inc.")?"""
        word = fold(last)
        return word in BODY_NAME_ENDS or self.lex.collectives.get(word) == "organization"

    def names_a_thing(self, start: int, end: int) -> bool:
        """Whether the name of tokens ``start:end`` is a place's or an event's, never a
        person's: it ends in one of :data:`THING_NAME_ENDS`, or in one of
        :data:`NAMESAKE_ENDS` after two words or more or after the surname of someone the
        article names in full ("Trump Tower" beside Donald Trump; the surnames are known from
        step 2 of :meth:`_find_persons` on)."""
        texts = self.table.text
        last = fold(texts[end - 1])
        if last in THING_NAME_ENDS:
            return True
        if end - start < 2 or last not in NAMESAKE_ENDS or texts[end - 2] == "-":
            return False  # (a hyphen joins a surname: "Daraka Larimore-Hall")
        return end - start >= 3 or name_key(texts[end - 2]) in self._known_surnames

    def _find_persons(self) -> None:
        kb = self.kb
        # 1. Known people found by the gazetteer, and PERSON entities.
        for g in self.gaz:
            if g.key.startswith("P:"):
                self._add_person(g.start, g.end)
        table = self.table
        ents = table.ents
        for start, end, label, _, _, _ in ents:
            if label != "PERSON":
                continue
            if any(
                self.gaz_at[i] >= 0
                and not self.gaz[self.gaz_at[i]].key.startswith("P:")
                and not self._demonym_surname(i)
                and not self._middle_name(start, i, end)
                for i in range(start, end)
            ):
                continue  # a KB place or organisation the model took for a person
            if (
                end - start >= 2
                and start > 0
                and (
                    table.lower[start - 1] == "the"
                    # "first reported by the newspaper Lorvik Herald"
                    or table.lower[start - 1] in _OUTLET_WORDS
                )
                and fold(table.text[end - 1]) in self.lex.outlet_heads
            ):
                continue  # "told the Lorvik Herald": a newspaper the model took for a person
            if fold(table.text[end - 1]) in self.pollsters:
                continue  # "polls by Morning Consult": a pollster the model took for a person
            if end - start == 1 and table.lower[start] in self.geographic_names:
                continue  # "a fisherman on Kessa" where the article has "the Kessa islands"
            if end - start == 1 and table.text[start] in NOT_SPEAKER_LABELS:
                continue  # a briefing's "QUESTION:", a rubric's "UPDATE": no one's name
            if self.names_a_vessel(start, end):
                continue  # "its cutter Amber Star": a ship's name
            end = self._before_a_dash(start, end)
            start = self._given_name_before(self._name_start(start, end), end)
            self._add_person(start, self.name_end(start, end))
        self._described_persons()
        # (and the names the model left untagged that a title or a description introduces:
        # their surnames too are those of people named in full, "Marr" after "opposition
        # frontrunner Ivo Marr")
        self._untagged_titled_names()
        # 2. Surnames of people named in full in this article.
        # (a name ending in what reads as a patronymic may as well end in a surname: "Rod
        # Blagojevich" is "Blagojevich" later)
        self._known_surnames = self._full_name_surnames()
        # ("Marr Tower" beside Ivo Marr is a building: not a person, nor "Tower" a surname)
        places = [p for p in self.persons if self.names_a_thing(p.start, p.end)]
        if places:
            self._drop_persons(places)
            self._known_surnames = self._full_name_surnames()
        known = self._known_surnames
        # One-word names the model read as a person's ("Maddow said"): alone, the same word is
        # that person where the model read it as a body or left it untagged ("Maddow
        # repeated"), not where it read a place (:meth:`_lone_names` says which names).
        lone = self._lone_names()
        # 3. Repair: other entities (and bare proper nouns) that are those surnames, or the
        #    surname of a knowledge-base person, are person mentions.
        texts, pos = table.text, table.pos
        # 3a. Whole names: an entity that an owner, a title or a description makes a person's.
        rest = []
        for start, end, label, _, _, _ in ents:
            misread = label in _MISREAD_LABELS
            if (label not in _NAME_LABELS and not misread) or label == "PERSON":
                continue
            owned = self._owned_name(start, end)
            if owned is not None:
                self._add_person(owned, end)
                continue
            if not misread and self._titled_name(start, end):
                self._add_person(start, end)
                continue
            # (the tagger's entity may take in the possessive: "moderator Lester Holt's")
            own_end = end - 1 if end - start > 1 and texts[end - 1] in ("'s", "’s") else end
            if not misread and self._described_name(start, own_end):
                self._add_person(start, own_end)
                continue
            named = None if misread else self._name_after_an_office(start, end)
            if named is not None:
                # "Secretary of [Homeland Security Ivo Marr]": the office's last words and
                # the name after them read as one organisation
                self._add_person(named, end)
                continue
            rest.append((start, end, label, misread))
        # 3b. Surnames in the other entities: of the people named in full so far, those
        # found in 3a too ("Sarn Review's Pia Brandt" read as an ORG, then "Brandt" as one)
        known = self._full_name_surnames()
        for start, end, label, misread in rest:
            for i in range(start, end):
                if self.person_at[i] >= 0:
                    continue
                if self.gaz_at[i] >= 0 and not (
                    self.gaz[self.gaz_at[i]].key.startswith("D:")
                    and translit_token(fold(texts[i])) in known
                ):
                    continue
                if not texts[i][:1].isupper() or pos[i] not in ("PROPN", "NOUN", "ADJ", "VERB"):
                    continue
                if texts[i].endswith("."):
                    continue  # an abbreviation ("Mitch McConnell (Ky.)") is no Suu Kyi
                key = translit_token(fold(texts[i]))
                if misread and i > start and (texts[i - 1] == "-" or pos[i - 1] == "PROPN"):
                    # part of a longer name or a coinage ("Hypo-Cruz"): not the person the
                    # surname alone stands for; a given name and the surname ("Ivanka Trump"
                    # as a PRODUCT) is another person of that surname
                    if key in known and i == end - 1 and self._given_names_before(start, i):
                        self._add_person(start, i + 1)
                    continue
                if (
                    key in known
                    and i > start
                    and pos[i - 1] == "PROPN"
                    and not self._given_names_before(start, i)
                    and not any(self._titles_at(k) for k in range(start, i))
                ):
                    # a word of a longer name ("National Nurses United for Patient
                    # Protection" beside a "Citizens United" read as a person), after words
                    # that are no given names: the body's, not the person's
                    continue
                if (
                    key in known
                    or (
                        key in lone
                        and end - start == 1
                        and label not in _PLACE_LABELS  # ("in Burns", the town, once a PERSON)
                        and label not in _MISREAD_LABELS
                        and label != "NORP"
                    )
                ) or (
                    # a knowledge-base surname the model took for a body or a place, alone:
                    # "Putin" as an ORG; not a word of a longer name ("Fox News", "Lord &
                    # Taylor"), nor a news outlet's name ("Fox"); for a place, only someone in
                    # office at the article's date ("Nieto" as a GPE; "the University of Texas
                    # at Austin" is no general who became a minister five years later)
                    key in kb.surnames
                    and label != "NORP"
                    and (label not in _PLACE_LABELS or self._in_office(kb.surnames[key]))
                    and not misread
                    and end - start == 1
                    and fold(texts[i]) not in self.lex.outlets
                ):
                    whole = not misread and key in known and self._given_names_before(start, i)
                    # the whole name the model took for an organisation ("GOP presidential
                    # candidate Carly Fiorina" as ORG): the given name with the surname
                    self._add_person(start if whole and i == end - 1 else i, i + 1)
        # Only proper nouns, capitals and gazetteer words can be such a surname: picked from
        # the parse's arrays, so the other words of the article cost no Token object (nor a
        # Python row each).
        lower, tags, ents, title_case = table.lower, table.tag, table.ent_type, table.is_title
        # (with the surnames of the full names repaired above: "National Review's Ian Tuttle"
        # read as an ORG, then "Tuttle added" untagged), and the one-word names found so far
        known = self._full_name_surnames()
        lone = self._lone_names()
        for i in self._surname_candidates():
            if self.person_at[i] >= 0:
                continue
            if (
                self.gaz_at[i] >= 0
                and self._demonym_surname(i)
                and lower[i - 1] in PERSONAL_HONORIFICS
            ):
                self._add_person(i, i + 1)  # "Mr. English"
                continue
            if ents[i] or self.gaz_at[i] >= 0:
                continue
            # all capitals: a transcript's speaker label ("LAVROV:"), which the tagger often
            # takes for a verb or a common noun
            # or a surname the tagger took for a common noun ("Voss repeated ...")
            text = texts[i]
            key = translit_token(fold(text))
            if key not in known and not (key in lone and pos[i] == "PROPN"):
                # a surname with its particle ("de Blasio" after "Bill de Blasio")
                if (
                    i > 0
                    and lower[i - 1] in self.lex.particles
                    and self.person_at[i - 1] < 0
                    and translit_token(fold(f"{texts[i - 1]} {text}")) in known
                ):
                    self._add_person(i - 1, i + 1)
                continue
            if (
                pos[i] == "PROPN"
                or (pos[i] == "NOUN" and title_case[i] and tags[i] != "NNS")
                or (text.isupper() and len(text) >= 3)
                # a plural noun to the tagger (builds a Token: after the cheap tests)
                or (pos[i] == "NOUN" and title_case[i] and self._one_of_them(i))
            ):
                # (a one-word name that is a given name takes no words before it: "Crooked
                # Hillary")
                alone = key not in known and is_given_name(text)
                self._add_person(i if alone else self._untagged_given_names(i), i + 1)
        # 4. A transcript's speaker label ("WALLACE: Let's start ...") is a person, whatever
        #    the tagger made of it (an organisation, a verb), unless the gazetteer knows it:
        #    every label of an article where one speaker's label opens two lines or more
        #    below the headline (a rubric, "BUSTED: ...", "BYLINE: ...", opens one)
        labels = transcript_labels(self.text)
        turns = transcript_turns(self.text, labels)
        # (every label opening a line names its speaker: a briefing's "SPOKESPERSON LINA
        # ORO:" opens one line, and the "A:" lines below are hers)
        self.transcript_names = frozenset(self.text[s:e] for s, e in (turns or labels))
        for s, e in turns:
            span = table.char_tokens(s, e)
            if span is not None and not any(self.gaz_at[i] >= 0 for i in range(*span)):
                self._add_person(*span)
        # an outlet's name the model took for a person ("Twitter said", "Fox News reported"),
        # unless someone named in full bears it ("Bloomberg" next to Michael Bloomberg)
        outlets = self.lex.outlets
        # nor is a family ("the Clintons", "both Bushes") one person
        self.persons = [
            p
            for p in self.persons
            if (fold(p.name) not in outlets or split_name(p.name)[1] in known)
            and not (
                p.end - p.start == 1 and (self.names_family(p.start) or self.people_word(p.start))
            )
        ]
        self.persons.sort(key=lambda p: p.start)
        self._shared_surnames()
        self._index_persons()
        for p in self.persons:
            p.title = self._title_of(p)

    def _shared_surnames(self) -> None:
        """A given name alone before "and" and a full name shares that name's surname: "the
        parents, Khizr and Ghazala Khan," name Khizr Khan, whom "Mr. Khan" stands for later
        (not Ghazala Khan, nor their son named further on). A given name of the list, read
        as a person's or left out of any name (the tagger may read it as an ORG), that no one
        else the article names in full bears ("Jeb and Marco Rubio" is no Jeb Rubio where
        Jeb Bush is named), before a given name and a surname."""
        persons = self.persons
        texts = self.table.text
        given_of: dict[str, set[str]] = {}  # given name -> the surnames it comes with here
        for p in persons:
            words = p.name.split()
            if len(words) >= 2:
                given_of.setdefault(fold(words[0]), set()).add(fold(words[-1]))
        by_start = {p.start: p for p in persons}
        taken = {i for p in persons for i in range(p.start, p.end)}
        added = []
        for q in persons:
            words = q.name.split()
            i = q.start - 2
            if (
                q.end - q.start != 2
                or len(words) != 2
                or i < 0
                or texts[i + 1] != "and"
                or not texts[i].istitle()
                or not (is_given_name(texts[i]) and is_given_name(words[0]))
                or given_of.get(fold(texts[i]), set()) - {fold(words[1])}
            ):
                continue
            p = by_start.get(i)
            if p is not None and p.end - p.start == 1:
                p.name = f"{p.name} {words[1]}"
            elif p is None and i not in taken and self.gaz_at[i] < 0:
                added.append(PersonMention(i, i + 1, f"{texts[i]} {words[1]}"))
        if added:
            persons.extend(added)
            persons.sort(key=lambda p: p.start)

    def _before_a_dash(self, start: int, end: int) -> int:
        """Where a PERSON entity's name ends that the model ran on over a dash set apart by
        spaces ("Deborah Reynolds - Santilli's girlfriend"): at the dash, after two words or
        more (not "Weak - Rubio - weak", a word that is no name alone); a hyphen inside a name
        ("Jean-Marc") has no space before it."""
        texts = self.table.text
        for k in range(start + 2, end):
            if texts[k] in _DASHES and self.doc[k - 1].whitespace_:
                return k
        return end

    def _middle_name(self, start: int, i: int, end: int) -> bool:
        """Is the gazetteer word at ``i`` a middle name of the PERSON entity ``start:end``:
        after a given name and before a surname, capitalised words all ("Deborah Jordan
        Reynolds"; not "Jordan" alone, nor "Michael Jordan"'s last word)?"""
        t = self.table
        return (
            start < i < end - 1
            and is_given_name(t.text[start])
            and self.gaz[self.gaz_at[i]].end == i + 1
            and all(t.is_title[k] and t.pos[k] == "PROPN" for k in range(start, i + 2))
        )

    def _lone_names(self) -> frozenset[str]:
        """The keys of the one-word person names found so far that the article writes as a
        person's at least as often as the model reads them as something else ("Valeant",
        three times a PERSON and fourteen times a body or a place, is a firm); but not a
        name in capitals (a dateline's "NASHUA"), a news outlet's or a place's name the
        article also writes ("Bloomberg", "Kessa"), nor one it writes after "the" but for a
        modifier ("the Brujas", a crew; not "the Trump campaign")."""
        outlets, places = self.lex.outlets, self.geographic_names
        t = self.table
        lower, dep, ents, person_at = t.lower, t.dep, t.ent_type, self.person_at
        lone = set()
        # (each name once: a surname alone can be a hundred of the persons)
        names = {
            p.name
            for p in self.persons
            if p.end - p.start == 1
            and not p.name.isupper()
            and fold(p.name) not in outlets
            and lower[p.start] not in places
        }
        if not names:
            return frozenset()
        # where the article writes them: one pass of C loops over the words, not an index of
        # every word of the article
        where: dict[str, list[int]] = {}
        for k in compress(count(), map(names.__contains__, t.text)):
            where.setdefault(t.text[k], []).append(k)
        for name, at in where.items():
            persons = others = 0
            for k in at:
                if k and lower[k - 1] == "the" and dep[k] != "compound":
                    break
                if person_at[k] >= 0:
                    persons += 1
                elif ents[k] and ents[k] != "PERSON":
                    others += 1
            else:
                if persons >= others:
                    lone.add(translit_token(fold(name)))
        return frozenset(lone)

    def _full_name_surnames(self) -> set[str]:
        return {split_name(p.name)[1] for p in self.persons if len(split_name(p.name)[0]) >= 1}

    def _drop_persons(self, dropped: list[PersonMention]) -> None:
        gone = {id(p) for p in dropped}
        self.persons = [p for p in self.persons if id(p) not in gone]
        self._index_persons()

    def _index_persons(self) -> None:
        """``person_at`` anew, for the persons as they are listed now."""
        self.person_at = [-1] * len(self.person_at)
        for idx, p in enumerate(self.persons):
            for i in range(p.start, p.end):
                self.person_at[i] = idx

    def _in_office(self, keys: list[str]) -> bool:
        """Does one of these knowledge-base people hold an office at the article's date (any
        of them, when the date is unknown)?"""
        if self.on is None:
            return True
        return any(self.kb.entries[k].titles_on(self.on) for k in keys)

    def _given_name_before(self, start: int, end: int) -> int:
        """Where a PERSON entity's name starts when the model left its given name out ("Ana"
        of "Ana Dalen", joined to the surname by the parse, or opening a paragraph that the
        parse ran into the headline before it): at the given name."""
        t = self.table
        i = start - 1
        if (
            i >= 0
            and t.pos[i] == "PROPN"
            and not t.ent_type[i]
            and (
                (t.dep[i] == "compound" and start <= t.head[i] < end)
                # opening a paragraph the parse ran into the headline before it
                or (i > 0 and t.is_space[i - 1] and "\n" in t.text[i - 1])
            )
            and self.gaz_at[i] < 0
            and self.person_at[i] < 0
            and t.text[i].isalpha()
            and t.text[i][:1].isupper()
            and not self.is_title_word_at(i)
            and is_given_name(t.text[i])
        ):
            return i
        return start

    def _name_start(self, start: int, end: int) -> int:
        """Where a PERSON entity's name starts: after the capitalised words of a Title Case
        headline or a sentence's start that the model ran into it and the tagger reads as
        no name ("Beneath Clinton's Wins", "Said Comey", "Will Cruz Win?", "Telling Jeb Bush
        ..."): a verb (not a given name the tagger read as one, inside a sentence: "the
        negotiator Said Kavani"), an auxiliary, a preposition, an adverb, a conjunction, a
        determiner or a pronoun, or an adjective the article also writes in lower case ("Classic
        Clinton"), unless the parse joins it to the name ("Will Doyle, a professor"). A
        name's particle ("Van", "De") is kept. "Team" before a name is the person's side, not
        a given name: "Team Clinton" is Clinton (it had been a person of its own,
        who took Hillary Clinton's statements in the article)."""
        t = self.table
        if end - start > 1 and t.text[start] in _CAMP_WORDS:
            start += 1  # "Team Clinton's contention": her campaign's, named by her name
        if end - start > 1 and inverted_speech_verb(self.doc[start]):
            start += 1  # "Stated Stone:" names Stone, though the parse joins the verb to him
        while (
            end - start > 1
            and t.text[start][:1].isupper()
            and t.lower[start] not in self.lex.particles
            # the parse joins it to the name as its part ("Will Doyle, a professor")
            and not (t.dep[start] in ("compound", "flat") and start < t.head[start] < end)
            and (
                (t.pos[start] in _NO_NAME_POS and not verb_in_a_name(self.doc[start]))
                or (t.pos[start] == "ADJ" and t.lower[start] in self._lowered())
            )
        ):
            start += 1
        return start

    def name_end(self, start: int, end: int) -> int:
        """Where a PERSON entity's name ends: in a headline (the first paragraph of a text with
        more), Title Case runs the name into the words after it ("After Trump Heard What His
        Rival Said", "Ted Cruz Refuses To ..."), so a name whose last word the body never
        writes, or with a word the body never writes ("Voss Slams Marr"), ends where the body
        writes the words before as a name: the longest such run ("Ted Cruz"), or one word
        the body tags as a person's name ("Trump"); a name of which
        the body writes nothing so is kept whole (a person only the headline names)."""
        if end - start < 2:
            return end
        t = self.table
        first, words, joined, names = self._body or self._read_body()
        if end > first or (
            # (a name whose every word the body writes; not "Voss Slams Marr", whose verb
            # the body never writes)
            t.text[end - 1] in words and all(w in words for w in t.text[start : end - 1])
        ):
            return end
        for k in range(end - 1, start, -1):
            run = t.text[start:k]
            if (len(run) == 1 and run[0] in names) or (
                len(run) > 1 and f" {' '.join(run)} " in joined
            ):
                return k
        # else before the first word the body never writes, when it reads as a verb
        # ("Voss Slams Marr", the body tagging "Voss" as no person)
        k = next((k for k in range(start + 1, end) if t.text[k] not in words), end)
        if k < end and t.text[k].endswith("s") and all(w in words for w in t.text[start:k]):
            return k
        return end

    def _read_body(self) -> tuple[int, set[str], str, set[str]]:
        """What :meth:`name_end` reads of the body, once: the index of its first token (0
        when the text is a headline alone), its words, the same joined by spaces, and the
        last words of its PERSON entities."""
        t = self.table
        cut = self.text.find("\n")
        first = 0
        if cut >= 0 and self.text[cut:].strip():
            doc = self.doc
            first = bisect_left(range(len(doc)), cut, key=lambda k: doc[k].idx)
        words = t.text[first:] if first else []
        names = {t.text[e - 1] for s, e, label, *_ in t.ents if label == "PERSON" and s >= first}
        self._body = (first, set(words), f" {' '.join(words)} ", names)
        return self._body

    def _owned_name(self, start: int, end: int) -> int | None:
        """Where a person's name starts in an entity the model read as one body with its
        owner ("Breitbart’s Joel Pollak", "the Lorvik Herald’s Ana Voss" as an ORG): after the
        possessive, when one or two given names and a surname follow it to the entity's end
        (no gazetteer, title, body or firm word); None otherwise."""
        texts = self.table.text
        cut = next((k for k in range(end - 2, start, -1) if texts[k] in POSSESSIVE), None)
        last = texts[end - 1]
        if (
            cut is None
            or self.gaz_at[end - 1] >= 0
            or self.names_a_body(last)
            or fold(last) in self.lex.collectives
            or fold(last) in FIRM_NAME_ENDS  # "Lasry’s Avenue Capital Group"
        ):
            return None
        if not self._given_names_before(cut + 1, end - 1):
            return None
        return cut + 1

    def _given_names_before(self, start: int, i: int) -> bool:
        """Tokens ``start`` to ``i`` are one or two given names and a surname in the singular:
        capitalised proper nouns in the singular, none all capitals, a gazetteer word or a
        title word."""
        t = self.table
        texts, pos = t.text, t.pos
        return (
            t.tag[i] == "NNP"
            and i - start in (1, 2)
            and all(
                pos[k] == "PROPN"
                and t.tag[k] != "NNPS"  # "National Nurses United": no one is named "Nurses"
                and texts[k][:1].isupper()
                and not texts[k].isupper()
                and self.gaz_at[k] < 0
                and fold(texts[k]) not in self.title_vocab
                for k in range(start, i)
            )
        )

    def _untagged_given_names(self, i: int) -> int:
        """Where the name ending in the surname at ``i`` starts: with the one or two given
        names the model left out of any entity ("Ivanka Trump" untagged, in an article that
        names Donald Trump in full), which make it another person of that surname; else at
        ``i``. The given names modify the surname, are capitalised proper nouns and no
        gazetteer or title word ("President Trump", "Iowa Trump voters" keep the surname)."""
        t = self.table
        deps, heads, ents = t.dep, t.head, t.ent_type
        start = i
        while (
            start > 0
            and i - start < 2
            and deps[start - 1] == "compound"
            and heads[start - 1] == i
            and (not ents[start - 1] or ents[start - 1] in _MISREAD_LABELS)
            and self.person_at[start - 1] < 0
        ):
            start -= 1
        if start == i or not t.is_title[i] or not self._given_names_before(start, i):
            return i  # ("Eurosceptic SVP": a party's acronym is no surname)
        if any(t.lower[k].rstrip(".") in _FORMS_OF_ADDRESS for k in range(start, i)):
            return i  # "Mister Rogers" is the Rogers the article names
        # a word of the language capitalised ("Team Trump", "Absent Sanders' plan") is no
        # given name: the article writes it in lower case too, or it opens the sentence
        # (unless the article writes the same name inside a sentence too: "Ivanka Trump" in
        # the headline)
        lowered = self._lowered()
        if any(t.lower[k] in lowered for k in range(start, i + 1)):
            return i  # (nor is a common noun a surname: "Wall Street")
        name = t.text[start : i + 1]
        if self.doc[start].is_sent_start and not any(
            t.text[k : k + len(name)] == name and not self.doc[k].is_sent_start
            for k in self.occurrences(name[0])
        ):
            return i
        return start

    def occurrences(self, word: str) -> list[int]:
        """Where the article writes ``word`` (an index built on first use)."""
        if self._word_index is None:
            index: dict[str, list[int]] = {}
            for k, w in enumerate(self.table.text):
                index.setdefault(w, []).append(k)
            self._word_index = index
        return self._word_index.get(word, [])

    def _lowered(self) -> set[str]:
        """The words the article writes in lower case (computed once)."""
        if self._lower_case_words is None:
            self._lower_case_words = {w for w in self.table.text if w.islower()}
        return self._lower_case_words

    def _one_of_them(self, i: int) -> bool:
        """A word the tagger read as a plural noun that stands for one person (it is the
        surname of someone this article names in full): the subject of a verb in the
        singular ("Sanders himself ... has toned down", "Sanders says"), or with
        "himself"/"herself"; not the subject of a verb in the plural ("Banks have raised
        their rates"); otherwise ("Sanders shot back", "Sanders' decision", a headline's
        "Sanders: ...") only when the article never writes the word in lower case, as it
        would a plural noun of its own."""
        tok = self.doc[i]
        if any(c.dep_ == "appos" and c.lower_ in ("himself", "herself") for c in tok.children):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # the verb and its auxiliaries say the number: "have", "are", "were" plural;
            # "has", "says", "was" singular (a past tense says neither)
            verb = tok.head
            forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
            if any(f.tag_ == "VBP" or f.lower_ == "were" for f in forms):
                return False
            if any(f.tag_ == "VBZ" or f.lower_ == "was" for f in forms):
                return True
        return tok.lower_ not in self._lowered()

    def names_family(self, i: int) -> bool:
        """Token ``i`` names a family ("the Clintons", "both Bushes", "the Kennedys").

        It is a capitalised word in the plural (tagged so by the model, or after "the" or
        "both") whose singular is the surname of someone the article names in full or of a
        knowledge-base person, while nobody the article names in full bears the word itself
        ("Sanders" next to Bernie Sanders is the senator, "Adams" next to John Adams is John
        Adams).
        """
        t = self.table
        text = t.text[i]
        if len(text) < 4 or not text[:1].isupper() or not text.endswith("s"):
            return False
        if t.tag[i] != "NNPS" and not (i > 0 and t.lower[i - 1] in ("the", "both")):
            return False
        key = translit_token(fold(text))
        known = self._known_surnames
        if key in known:
            return False
        stems = (key[:-1], key[:-2]) if key.endswith("es") else (key[:-1],)
        return any(stem in known or stem in self.kb.surnames for stem in stems)

    def people_word(self, i: int) -> bool:
        """Token ``i`` is a word for people the model took for a name ("Latinos", "Aides
        said"): a people-group word, or a person noun in the plural, that is nobody's surname
        in the article."""
        t = self.table
        if translit_token(fold(t.text[i])) in self._known_surnames:
            return False
        tok = self.doc[i]
        return is_people_group(tok) or (
            t.tag[i] in ("NNS", "NNPS") and tok.lemma_.lower() in PERSON_NOUNS
        )

    def _surname_candidates(self) -> list[int]:
        """The tokens in a gazetteer match, and the proper nouns, all-capital words and
        title-case common nouns outside any entity."""
        doc = self.doc
        if not len(doc):
            return []
        # the labels off the token table (the other steps read them too): only the
        # all-capital flag is read from the parse here (each attribute ``to_array`` reads
        # costs a C call per token)
        t = self.table
        ents, pos, title, gaz_at = t.ent_type, t.pos, t.is_title, self.gaz_at
        upper = doc.to_array(IS_UPPER).tolist()
        return [
            i
            for i in range(len(doc))
            if gaz_at[i] >= 0
            or (not ents[i] and (pos[i] == "PROPN" or upper[i] or (pos[i] == "NOUN" and title[i])))
        ]

    def _demonym_surname(self, i: int) -> bool:
        """A demonym that is a surname here: after a given name inside a person's name
        ("Mark Cuban") or after Mr./Ms. ("Mr. English")."""
        g = self.gaz[self.gaz_at[i]]
        if not g.key.startswith("D:") or g.start != i or i == 0:
            return False
        prev = self.doc[i - 1]
        return prev.lower_ in PERSONAL_HONORIFICS or (
            prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and self.gaz_at[i - 1] < 0
        )

    def _untagged_titled_names(self) -> None:
        """Proper-noun runs the model left untagged but a title or a description introduces:
        "Trade Minister Ivo Dant", "Ivo Dant, the Ostravan envoy,", "opposition frontrunner
        Ivo Dant" (:meth:`_described_name`)."""
        doc = self.doc
        # read off the token table: most words are no proper noun, and no Token is built
        table = self.table
        pos, texts, ents, deps = table.pos, table.text, table.ent_type, table.dep
        title_vocab = self.title_vocab

        def untagged_name_word(k: int) -> bool:
            # a capitalised proper noun outside any entity, gazetteer name or title
            return (
                pos[k] == "PROPN"
                and texts[k][:1].isupper()
                and not ents[k]
                and self.gaz_at[k] < 0
                and fold(texts[k]) not in title_vocab  # self.is_title_word(doc[k])
            )

        i = 0
        n = len(doc)
        # a name starts at a proper noun (untagged_name_word): from one to the next, read
        # off the table's positions of the proper nouns (a Python step for each of the
        # document's words cost more than the tests on the few that are one), past those a
        # name found already took
        for start in table.pos_positions.get("PROPN", ()):
            if start < i:
                continue
            i = start
            if not (untagged_name_word(i) and self.person_at[i] < 0):
                continue
            j = i
            while j < n and untagged_name_word(j) and j - i < 4:
                j += 1
            before = (
                i > 0 and texts[i - 1][:1].isupper() and fold(texts[i - 1]) in self.lex.roles
            ) or self._office_before(i)
            after = False
            if j + 1 < n and texts[j] == ",":
                k = j + 1
                while k < n and deps[k] in ("det", "poss"):
                    k += 1
                span = self._title_span(k, 1, min(n, k + 8))
                after = span is not None and self.is_title_word(doc[span[1] - 1])
            # or a given name and a surname the tagger left out ("a group backing Ana Tarn"),
            # nothing a body's name ends in
            given = (
                j - i == 2
                and is_given_name(texts[i])
                and texts[i + 1][1:].islower()
                and not self.names_a_body(texts[i + 1])
                # (not a word joined on by a hyphen, "Dodd-Frank Act", nor a headline's Title
                # Case, "Zoe Questioned Her ...")
                and (i == 0 or texts[i - 1] not in ("-", "–"))
                and (not self.in_title_case_line(i) or (j < n and texts[j] in (":", ",")))
            )
            if (before or after or given or self._described_name(i, j)) and j - i >= 2:
                self._add_person(i, j)
            i = max(j, i + 1)

    def _office_before(self, i: int) -> bool:
        """Do the words right before token ``i`` end an office's title "<office> of <what it
        is over>", whose last word is no title word of its own ("Secretary of Homeland
        Security", whose "Homeland Security" the tagger reads as an organisation)?"""
        texts, lower = self.table.text, self.table.lower
        roles = self.lex.roles
        for k in range(max(0, i - 6), i - 2):
            if (
                lower[k + 1] == "of"
                and texts[k][:1].isupper()
                and fold(texts[k]) in roles
                and all(texts[j][:1].isupper() for j in range(k + 2, i))
            ):
                return is_office_title(self._text_of(k, i), self.lex)
        return False

    def _name_after_an_office(self, start: int, end: int) -> int | None:
        """Where the name starts in an entity that runs an office's last words into the name
        after them ("Homeland Security Ivo Marr" after "Secretary of"): a given name and a
        surname ending the entity, right after an office over something
        (:meth:`_office_before`); None when the entity is no such thing."""
        texts = self.table.text
        for k in (end - 2, end - 3):
            if (
                k > start
                and is_given_name(texts[k])
                and all(texts[j][:1].isupper() and texts[j][1:].islower() for j in range(k, end))
                and self._office_before(k)
            ):
                return k
        return None

    def _titled_name(self, start: int, end: int) -> bool:
        """An entity the model mislabelled, right after a capitalised office title:
        "Vice-President Moody Awori" tagged ORG is a person."""
        doc = self.doc
        if start == 0 or end - start > 4:
            return False
        prev = doc[start - 1]
        if not (prev.text[:1].isupper() and fold(prev.text) in self.lex.roles):
            return False
        if any(self.gaz_at[i] >= 0 for i in range(start, end)):
            return False
        if end < len(doc) and self.is_title_word(doc[end]):
            return False  # "Deputy Defence Minister Yana Brisk": "Defence" is of the title
        return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end])

    def in_title_case_line(self, i: int) -> bool:
        """Is token ``i`` in a line written in Title Case (a headline, a list's heading: "Zoe
        Questioned Why White Actors Play ..."), where any run of capitals reads as a name?"""
        text = self.text
        at = self.table.idx[i]
        line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
        words = [w for w in line.split() if w[:1].isalpha()]
        return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)

    def _described_name(self, start: int, end: int) -> bool:
        """An entity the model mislabelled, a given name and a surname right after a word
        for one person that describes them: "Republican frontrunner Ivo Marr" and "opposition
        candidate Teo Vell" tagged ORG are people. (The given name alone would not do:
        "Morgan Stanley" is a bank; the description alone would not either: "party leader
        Citizens United".)"""
        if start == 0 or not 2 <= end - start <= 3:
            return False
        table = self.table
        before = start - 1
        if (
            table.pos[before] != "NOUN"
            or table.tag[before] != "NN"
            or table.lemma_lower[before] not in _DESCRIBING_NOUNS
            or table.head[before] != end - 1  # a modifier of the name ("frontrunner Ivo Marr")
        ):
            return False
        texts = table.text
        if not is_given_name(texts[start]) or self.names_a_body(texts[end - 1]):
            return False
        if any(self.gaz_at[i] >= 0 for i in range(start, end)):
            return False
        return all(
            table.pos[i] == "PROPN" and texts[i][:1].isupper() and texts[i][1:].islower()
            for i in range(start, end)
        )

    # -- titles ---------------------------------------------------------------------------
    def _title_span(self, i: int, step: int, limit: int) -> tuple[int, int] | None:
        """Collect title/cue tokens from ``i`` walking by ``step``; return [start, end)."""
        doc = self.doc
        lex = self.lex
        j = i
        last_good = None
        seen_title = False
        glued = False
        while 0 <= j < limit and 0 <= j < len(doc):
            tok = doc[j]
            low = tok.lower_
            if self.person_at[j] >= 0:
                break
            if step < 0 and j < i and doc[j + 1].is_sent_start:
                break  # a title never runs across a sentence start
            if low in TITLE_GLUE:
                glued = True
            elif self.is_title_word(tok):
                seen_title = True
                last_good = j
            elif self.gaz_at[j] >= 0 and not self.gaz[self.gaz_at[j]].key.startswith("P:"):
                last_good = j
            elif low in lex.honorifics or tok.text == "-":
                pass
            elif (
                tok.pos_ in ("PROPN", "ADJ", "NOUN") and not tok.ent_type_ == "PERSON" and step < 0
            ):
                # An unknown qualifier inside a title ("Planning and Investment Minister"),
                # but not across glue ("part of the network President ..." is no office).
                if not seen_title or glued or not tok.text[:1].isupper():
                    break  # a lower-case common noun qualifies no office ("network President")
                last_good = j
            else:
                break
            j += step
        if last_good is None or not seen_title:
            return None
        return (min(i, last_good), max(i, last_good) + 1)

    def _make_title(self, start: int, end: int) -> Title | None:
        doc = self.doc
        # (a deputy's rank is part of the office: "Deputy Foreign Minister" is not the
        # foreign minister, whom a later "the foreign minister" names)
        toks = [
            t
            for t in doc[start:end]
            if t.lower_ not in self.lex.honorifics or (t.lower_ == "deputy" and t.i + 1 < end)
        ]
        while toks and toks[0].lower_ in TITLE_GLUE:
            toks.pop(0)
        while toks and toks[-1].lower_ in TITLE_GLUE:
            toks.pop()
        heads = [k for k, t in enumerate(toks) if fold(t.text) in self.role_heads]
        if heads and heads[-1] + 1 < len(toks) and toks[heads[-1] + 1].lower_ in ("and", "&"):
            # "chairman and presidential [candidate]": the office ends at its head, not in
            # the first words of a second description
            toks = toks[: heads[-1] + 1]
        if not toks or (len(toks) == 1 and toks[0].text in _CLOCK_TIMES):
            return None  # "2 p.m. Glenn Thompson": a time, no prime minister
        text = "".join(t.text_with_ws for t in toks).strip()
        role = self.lex.role_of(text)
        if role is None or not is_office_title(text, self.lex):
            return None  # "In Chief" (of "editor in chief") is no office noun phrase
        envoy_of_state = role == "diplomat" and fold(toks[-1].text) in _ENVOY_OF_STATE
        cues = [self.country_cue_at(t.i) for t in toks]
        placed = False
        if start >= 2 and doc[start - 1].text in POSSESSIVE:
            cues.append(self.country_cue_at(start - 2))  # "Britain's NATO ambassador"
            # (a place's or a body's, not a person's: "Erdogan's spokesman" is of Erdogan's
            # country, which the sentence may well name)
            owner = doc[start - 2]
            placed = owner.pos_ == "PROPN" and owner.ent_type_ != "PERSON"
        country = posted = None
        for c in filter(None, cues):
            if envoy_of_state and self.kb.country(c) is None:
                posted = posted or c  # "UN Ambassador": where they serve, not whom for
            else:
                country = c
                break
        words = [
            w if w[:1].isupper() or not w[:1].isalpha() or w in TITLE_GLUE else w.capitalize()
            for w in text.split()
        ]
        former = any(
            fold(t.text) in FORMER_WORDS for t in doc[max(0, start - 1) : end] if t not in toks
        )
        return Title(" ".join(words), role, country, posted, former, placed)

    def _posting_before(self, end: int) -> Title | None:
        """ "China's ambassador to the UN, Zhang Jun": a diplomat's title with its posting,
        ``end`` the token after the posting. The posting is part of the title's text and
        never its country."""
        doc = self.doc
        k = end - 1
        while k > 0 and end - k <= 6 and doc[k].lower_ not in ("to", "at"):
            tok = doc[k]
            if not (self.gaz_at[k] >= 0 or tok.pos_ in ("PROPN", "DET") or tok.text == "."):
                return None
            k -= 1
        if k < 1 or doc[k].lower_ not in ("to", "at") or k == end - 1:
            return None
        if not self.is_title_word(doc[k - 1]):
            return None
        span = self._title_span(k - 1, -1, len(doc))
        title = self._make_title(*span) if span else None
        if title is None or title.role != "diplomat":
            return None
        posting = next((c for c in (self.country_cue_at(i) for i in range(k + 1, end)) if c), None)
        if posting is None:
            return None
        title.text = f"{title.text} {doc[k:end].text}"
        title.posted = posting
        return title

    def _title_of(self, p: PersonMention) -> Title | None:
        doc = self.doc
        # the words and labels off the token table (asked for every mention of a person)
        t = self.table
        texts, lower = t.text, t.lower
        # "Russian President Vladimir Putin": title words right before the name, ending in
        # an office word ("a spokeswoman for Gore's campaign" is McLean's title, not Gore's).
        before = p.start - 1
        if before >= 0 and lower[before] not in TITLE_GLUE and self.is_title_word_at(before):
            span = self._title_span(p.start - 1, -1, len(doc))
            if span:
                # "A spokesman for President Pavel Orlin": the post before "for" is another's
                # who serves the one named; his title is the words after it
                served = next(
                    (
                        k
                        for k in range(span[1] - 1, span[0], -1)
                        if lower[k] == "for"
                        and self.lex.role_of(doc[span[0] : k].text) in _SERVING_ROLES
                    ),
                    None,
                )
                if served is not None:
                    span = (served + 1, span[1])
                title = self._make_title(*span)
                if title and p.end < len(doc) - 1 and lower[p.end] == "of":
                    c = self.country_cue_at(p.end + 1)  # "King Hassan of Morocco"
                    if c and not title.country:
                        title.country = c
                    title.placed = title.placed or (
                        t.pos[p.end + 1] == "PROPN" and t.ent_type[p.end + 1] != "PERSON"
                    )
                return title
        # "the Pentagon spokesman, John Kirby": an apposition before the name.
        if p.start > 1 and texts[p.start - 1] == "," and self.is_title_word_at(p.start - 2):
            span = self._title_span(p.start - 2, -1, len(doc))
            if span and not self._predicative(span[0]):
                return self._make_title(*span)
        if p.start > 1 and texts[p.start - 1] == ",":
            title = self._posting_before(p.start - 1)  # "the ambassador to the UN, Zhang Jun"
            if title:
                return title
            title = self._office_of_a_state_before(p.start - 1)
            if title:
                return title
        # "John Kirby, the Pentagon spokesman,": an apposition after the name.
        j = p.end
        if j < len(doc) and texts[j] == ",":
            j += 1
            while j < len(doc) and t.pos[j] in ("DET", "PRON") and t.dep[j] in ("det", "poss"):
                j += 1
            span = self._title_span(j, 1, min(len(doc), j + 8))
            if span and self.is_title_word_at(span[1] - 1):
                nxt = doc[span[1]] if span[1] < len(doc) else None
                if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
                    # "Hillary Clinton, former UN Ambassador John Bolton told ...": the
                    # title introduces the next name, not this one
                    return None
                return self._make_title(*span)
        return None

    def _office_of_a_state_before(self, comma: int) -> Title | None:
        """ "The representative of Kestria, Nils Tovar": an office of the state named after
        "of", in apposition before the name (the form of a council's records); the title with
        that state's country."""
        g = self.gaz_at[comma - 1] if comma > 0 else -1
        if g < 0:
            return None
        code = self.country_cue_at(self.gaz[g].start)
        k = self.gaz[g].start - 1
        if k >= 0 and self.table.lower[k] == "the":
            k -= 1
        if code is None or k < 1 or self.table.lower[k] != "of" or not self.is_title_word_at(k - 1):
            return None
        span = self._title_span(k - 1, -1, len(self.doc))
        if not span or self._predicative(span[0]):
            return None
        title = self._make_title(*span)
        word = self.table.text[k - 1]
        if title is None and fold(word) in _STATE_DELEGATES:
            # ("representative" names no office alone; of a state, it is its envoy)
            name = self.doc[self.gaz[g].start : comma].text
            title = Title(f"{word.capitalize()} of {name}", "diplomat", code, None, False, True)
        elif title is not None and not title.country:
            title.country = code
            title.placed = True
        return title

    def _predicative(self, start: int) -> bool:
        """Whether the office words opening at ``start`` follow a verb or a preposition of
        purpose ("... qualified to be president, Clinton said"; "running for president,
        Sanders ..."): the office is sought or judged, not the next name's title."""
        if start == 0:
            return False
        prev = self.doc[start - 1]
        return (
            prev.pos_ in ("VERB", "AUX")
            or (prev.pos_ == "PART" and prev.tag_ != "POS")  # "to", not "Belvania's"
            or prev.lower_ in ("for", "against")
        )

    def _hypothetical(self, i: int) -> bool:
        """Whether the title words ending at token ``i`` open with an indefinite article:
        "a President Clinton could hope to see it work" is whoever may hold the office, not
        the one who held it."""
        while i >= 0 and self.is_title_word(self.doc[i]):
            i -= 1
        return i >= 0 and self.doc[i].lower_ in ("a", "an")

    # -- clustering -----------------------------------------------------------------------
    def article_countries(self) -> frozenset[str]:
        """The countries the article names through its knowledge-base names: a country, its
        demonym, a person or a body of that country."""
        if self._article_countries is None:
            found = set()
            for g in self.gaz:
                if g.key.startswith("D:"):
                    found.add(g.key[2:])
                else:
                    entry = self.kb.entries.get(g.key)
                    if entry is not None and entry.country:
                        found.add(entry.country)
            self._article_countries = frozenset(found)
        return self._article_countries

    def _stands_alone_for(
        self, name: str, entry: KBEntry, title: Title | None, governed: bool = False
    ) -> bool:
        """Can a surname written alone ("Merkel") stand for this knowledge-base person? Only
        when it is that person's surname as the knowledge base writes it (the transliteration
        keys are for full names: "Long" is no Lee Hsien Loong, "Mass." no Heiko Maas), no
        abbreviation ("Ky.", "Ill.": states), no news outlet's name ("Fox"), and no given
        name: the last word of a name written family name first ("Kim Dae-jung"), or a
        monarch's or a pope's name ("Paul" alone is no pope) unless the mention has a title
        or the article names the person in full ("Pope Francis ... Francis"); and, for
        someone whose every office began after the article's date, or ended more than a term
        before it, only with a title or in an article that names their country ("Wallace" in
        an American interview of 2016 is no British defence secretary of 2019; "Trump" in an
        American article of 2016 is; "Sharon" in an American article of 2016 is a town, but
        "the Sharon government" is his); and for a minister or an official, never a head of
        state or government, the same at any date ("the Hammond protest" in Oregon is no
        British foreign secretary's)."""
        words = fold(name).split()
        if (
            not words
            or name.endswith(".")
            or entry.country in _FAMILY_NAME_FIRST
            or " ".join(words) in self.lex.outlets
        ):
            return False
        if (
            fold(entry.name).split()[0] in _REGNAL_TITLES
            and title is None
            and not any(g.key == entry.key for g in self.gaz)
        ):
            return False
        if (
            self.on is not None
            and title is None
            and entry.offices
            and all(o.start is not None and o.start > self.on for o in entry.offices)
            and entry.country not in self.article_countries()
        ):
            # before any office of theirs, a bare surname stands for them only in an article
            # that names their country ("Trump" in 2016); "Wallace" in an American interview
            # of 2016 is no British defence secretary of 2019
            return False
        if (
            self.on is not None
            and title is None
            and entry.offices
            and not governed
            and all(
                o.end is not None and (self.on - o.end).days > _LONG_GONE_DAYS
                for o in entry.offices
            )
            and entry.country not in self.article_countries()
        ):
            # and more than a term after every office of theirs, the same: "the Sharon,
            # Connecticut, home of" an editor, in an American article of 2016, is no Israeli
            # prime minister of 2005 (a secretary of state who left in 2013 is still "Clinton")
            return False
        if (
            title is None
            and entry.offices
            and not any(o.role in LEADING_ROLES for o in entry.offices)
            and entry.country not in self.article_countries()
        ):
            # a minister or an official (no head of state or government) stands alone only
            # in an article that names their country ("WALLACE:" in a transcript of an
            # American interview is no British defence secretary, nor "the Hammond protest"
            # in Oregon, in 2016, the British foreign secretary of the day)
            return False
        if title is None and len(words) == 1 and words[0] in self._poll_makers():
            # "the latest Rasmussen Reports poll ... Rasmussen has a similar question": the
            # pollster the article names, not a statesman who bears the name
            return False
        for n in (entry.name, *entry.aliases):
            parts = [w for w in fold(n).split() if w not in _NAME_SUFFIXES]
            if len(parts) > len(words) and parts[-len(words) :] == words:
                return True
        return False

    def _poll_makers(self) -> frozenset[str]:
        """The capitalised words the article writes right before a finding ("the Rasmussen
        poll", "a Quinnipiac survey") or before "Reports" in a name: makers of polls."""
        if self._poll_maker_words is None:
            t = self.table
            findings = self.lex.findings
            self._poll_maker_words = frozenset(
                fold(t.text[i])
                for i in range(len(t.text) - 1)
                if t.text[i][:1].isupper()
                and t.pos[i] == "PROPN"
                and (
                    t.text[i + 1] == "Reports"
                    or (t.lower[i + 1] in findings and t.pos[i + 1] == "NOUN")
                )
            )
        return self._poll_maker_words

    @cached_property
    def geographic_names(self) -> frozenset[str]:
        """The proper nouns (lower case) the article writes before a feature word: "Sefer"
        of "the Sefer river", "Kessa" of "the Kessa islands". One pass over the token
        table: feature words are rare (found by a C loop over the column), and only their
        neighbours are looked at."""
        lower, pos = self.table.lower, self.table.pos
        geo = self.lex.geographic
        features = compress(count(1), map(geo.__contains__, islice(lower, 1, None)))
        # (not a name the knowledge base knows: "Ivory Coast", "Solomon Islands" are states)
        gaz = self.gaz_at
        return frozenset(
            lower[i - 1]
            for i in features
            if pos[i - 1] == "PROPN" and gaz[i - 1] < 0 and gaz[i] < 0
        )

    @cached_property
    def pollsters(self) -> frozenset[str]:
        """The last word of each name, not a person's, that a poll or a survey is "by" or
        "from" ("polls by Morning Consult and Rasmussen", "a survey from Ipsos"): names the
        tagger may read as people's that are no one's."""
        t = self.table
        makers: set[str] = set()
        # only the words "by" and "from", picked out by iterators (not a Python step for
        # each of the article's words)
        for i in compress(count(), map(_BY_OR_FROM.__contains__, t.lower)):
            if t.lemma[t.head[i]].lower() not in _POLLS:
                continue
            for obj in self.doc[i].children:
                if obj.dep_ == "pobj":
                    makers.update(
                        fold(n.text)
                        for n in (obj, *obj.conjuncts)
                        if n.pos_ == "PROPN"
                        # (not "a poll by Lena Holt": a person's name)
                        and gender_of(n.left_edge.text) is None
                    )
        return frozenset(makers)

    def _governed(self, end: int) -> bool:
        """A name right before a word for someone's time in office ("the Quell government",
        "the Bush administration"): the name is a head of government's."""
        return end < len(self.doc) and self.table.lower[end] in _GOVERNMENT_WORDS

    def _kb_person(self, name: str, title: Title | None, governed: bool = False) -> KBEntry | None:
        kb = self.kb
        hit = kb.folded.get(fold(name))
        if hit and hit[1].startswith("P:"):
            return kb.entries[hit[1]]
        given, surname = split_name(name)
        cands = [kb.entries[k] for k in kb.surnames.get(surname, ())]
        if not given:
            cands = [c for c in cands if self._stands_alone_for(name, c, title, governed)]
        if given:
            cands = [
                c
                for c in cands
                if any(
                    split_name(n)[0] and given_compatible(given, split_name(n)[0])
                    for n in [c.name, *c.aliases]
                )
            ]
        if title and title.role in LEADING_ROLES:
            # "President Johnson" in a history of the 1964 convention is no British prime
            # minister, "President Carter" no defence secretary: a head of state or government
            # by title is someone who held that role
            cands = [c for c in cands if any(o.role == title.role for o in c.offices)]
        if title and title.country:
            cands = [c for c in cands if c.country_on(self.on) == title.country] or (
                cands if not given else []
            )
        if len(cands) > 1 and self.on is not None:
            current = [c for c in cands if c.titles_on(self.on)]
            cands = current or cands
        if len(cands) > 1 and title and title.role:
            same_role = [c for c in cands if any(o.role == title.role for o in c.offices)]
            cands = same_role or cands
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and len({c.country for c in cands}) == 1:
            # Same country either way (the two Presidents Bush): take the latest in office.
            return max(
                cands,
                key=lambda c: (
                    max((o.start or dt.date.min) for o in c.offices) if c.offices else dt.date.min
                ),
            )
        return None

    def _of_honorific_gender(self, start: int, cands: list[int]) -> list[int]:
        """The namesakes a bare surname after "Mr.", "Mrs." or "Ms." can stand for: those
        whose given name is not of the other sex ("Mrs. Clinton" is never Bill Clinton,
        however often he was named so far). None may be left: "Mr. Obama" in an article
        that names only Michelle Obama in full is read as if she were not named."""
        want = honorific_gender(self.doc[start - 1].text) if start else None
        if want is None:
            return cands
        return [c for c in cands if gender_of(self.clusters[c].name.split()[0]) in (want, None)]

    def _fits(self, title: Title, given: list[Title], entry: KBEntry | None) -> bool:
        """Whether a title right before a surname ("President Bush") fits a person: a title
        the article gave them with their full name, or a knowledge-base office of that name
        they had taken by the article's date ("President Bush" in 2016 is still George W.
        Bush's title, never Jeb Bush's)."""
        head = self.lex.head_title(title.text)
        if title.role is None or head is None:
            return False
        return any(
            t.role == title.role and same_office(head, self.lex.head_title(t.text)) for t in given
        ) or any(
            o.role == title.role
            and (self.on is None or o.start is None or o.start <= self.on)
            and same_office(head, self.lex.head_title(o.title))
            for o in (entry.offices if entry is not None else ())
        )

    def _given_name_owner(self, word: str, owners: list[int]) -> int | None:
        """The one person of the article whose first given name ``word`` is ("Hillary",
        "Bernie", "the Donald" in an article that names Hillary Clinton, Bernie Sanders,
        Donald Trump), or None.

        News names the best-known by given name alone, and features name anyone so once
        introduced. The word is read so only when it is nobody's surname here (tried
        first), no knowledge-base person's surname, no place the knowledge base knows
        ("Jordan", "Georgia"), and exactly one person of the article has that given name
        ("Bill" with Bill Clinton and Bill Burton stays unread).
        """
        if len(set(owners)) != 1 or len(word.split()) != 1:  # "Donald Jr." is another man
            return None
        hit = self.kb.folded.get(fold(word))
        if hit is not None and not hit[1].startswith("P:"):
            return None
        c = self.clusters[owners[0]]
        names = [c.name, *([c.kb.name, *c.kb.aliases] if c.kb else [])]
        # written the same, not only keyed the same ("Roberts" is not "Robert's Rules")
        if not any(fold(n).split()[:1] == [fold(word)] for n in names):
            return None
        return owners[0]

    def _paternal_surname_owner(self, word: str, keys: list[str]) -> int | None:
        """The one person of the article whose full name of three words or more has ``word``
        before its last ("Basáñez" after "Miguel Basáñez Ebergenyi": Spanish names put the
        father's surname first, and news gives it alone), or None. Read so only when the
        word is nobody's surname here (tried first), no given name of anyone here, and no
        name the knowledge base knows."""
        key = name_key(word)
        if not key or " " in key or self.kb.folded.get(fold(word)) is not None:
            return None
        owners = {
            c
            for c, k in enumerate(keys)
            if len(words := k.split()) >= 3 and words[-2] == key and words[0] != key
        }
        return owners.pop() if len(owners) == 1 else None

    def _cluster(self) -> None:
        by_key: dict[str, int] = {}
        by_surname: dict[str, list[int]] = {}
        by_given: dict[str, list[int]] = {}
        by_key_of: list[str] = []  # by cluster: the key of the name it was made from

        def new_cluster(p: PersonMention, kb_entry: KBEntry | None) -> int:
            c = Cluster(name=p.name, kb=kb_entry, first=p.start)
            self.clusters.append(c)
            by_key_of.append(name_key(p.name))
            idx = len(self.clusters) - 1
            names = [p.name] + ([kb_entry.name, *kb_entry.aliases] if kb_entry else [])
            for n in names:
                given, surname = split_name(n)
                if given:
                    by_surname.setdefault(surname, []).append(idx)
                    if not PATRONYMIC.search(n):
                        # "Sergey Viktorovich" is no other Sergey than the article's Lavrov
                        by_given.setdefault(given[0], []).append(idx)
                by_key.setdefault(name_key(n), idx)
            return idx

        def nearest(cands: list[int], at: int) -> int:
            """A bare surname means the person of that name mentioned most so far (the
            article's principal: "Sanders" after "Bernie Sanders ... Jane Sanders"), ties
            going to the one introduced last. Before any of them is introduced (a headline's
            "Clinton" over "Hillary Clinton ... Bill Clinton"), the one the article names most
            often in full (with the bare surnames placed so far, none in a headline), ties
            going to the one introduced first."""
            before = [c for c in cands if self.clusters[c].first <= at]
            if not before:
                named = {c: 0 for c in cands}
                for q in self.persons:
                    if q.cluster in named:
                        named[q.cluster] += 1
                return max(cands, key=lambda c: (named[c], -self.clusters[c].first))
            seen = {c: 0 for c in before}
            for q in self.persons:
                if q.cluster in seen and q.start < at:
                    seen[q.cluster] += 1
            return max(before, key=lambda c: (seen[c], self.clusters[c].first))

        multi = [p for p in self.persons if len(split_name(p.name)[0]) >= 1]
        single = [p for p in self.persons if not split_name(p.name)[0]]
        # patronymics, "Al Thani" and "Mark-Viverito" last: they are read against the others
        for p in sorted(
            multi,
            key=lambda p: (
                PATRONYMIC.search(p.name) is not None,
                whole_surname(p.name) is not None or _one_word(p.name),
            ),
        ):
            key = name_key(p.name)
            if key in by_key:
                p.cluster = by_key[key]
                continue
            whole = whole_surname(p.name)
            if whole is not None and whole in by_surname:
                p.cluster = nearest(by_surname[whole], p.start)
                continue
            if _one_word(p.name):
                # a hyphenated surname alone ("Mark-Viverito" after "Melissa Mark-Viverito"):
                # the people whose name ends with it
                ends = [c for c, k in enumerate(by_key_of) if k.endswith(" " + key)]
                if ends:
                    p.cluster = nearest(ends, p.start)
                    continue
            entry = self._kb_person(p.name, p.title, self._governed(p.end))
            if entry is not None and name_key(entry.name) in by_key:
                p.cluster = by_key[name_key(entry.name)]
                continue
            if entry is None and PATRONYMIC.search(p.name):
                # "Sergey Viktorovich": the person of this article with that first name.
                given = split_name(p.name)[0][0]
                cands = by_given.get(given, [])
                exact = [
                    c
                    for c in cands
                    if fold(self.clusters[c].name).split()[0] == fold(p.name).split()[0]
                ]
                if cands:
                    p.cluster = nearest(exact or cands, p.start)
                    continue
            p.cluster = new_cluster(p, entry)
        titled: dict[int, list[Title]] = {}  # the titles given with a full name, by person
        for p in multi:
            if p.title is not None:
                titled.setdefault(p.cluster, []).append(p.title)
        for p in single:
            surname = split_name(p.name)[1]
            cands = by_surname.get(surname, [])
            cands = self._of_honorific_gender(p.start, cands)
            if (
                cands
                and p.title is not None
                and p.start > 0
                and self.is_title_word(self.doc[p.start - 1])
                and not self._hypothetical(p.start - 1)
            ):
                # A title right before the name ("President Bush"; not one read from an
                # apposition, "... to be president, Clinton said") chooses among the
                # namesakes those it fits. When it fits none, a knowledge-base person of that
                # surname it fits is meant: "President Obama" in an article that names
                # Michelle Obama in full and her husband never is Barack Obama.
                fit = [
                    c for c in cands if self._fits(p.title, titled.get(c, []), self.clusters[c].kb)
                ]
                if fit:
                    cands = fit
                else:
                    entry = self._kb_person(p.name, p.title, self._governed(p.end))
                    if entry is not None and self._fits(p.title, [], entry):
                        cands = []
            if cands:
                p.cluster = nearest(cands, p.start)
                continue
            if name_key(p.name) in by_key:
                p.cluster = by_key[name_key(p.name)]
                continue
            entry = self._kb_person(p.name, p.title, self._governed(p.end))
            if entry is not None and name_key(entry.name) in by_key:
                p.cluster = by_key[name_key(entry.name)]
                continue
            if entry is None:
                owner = self._given_name_owner(p.name, by_given.get(surname, []))
                if owner is None and not by_given.get(surname):
                    owner = self._paternal_surname_owner(p.name, by_key_of)
                if owner is not None:
                    p.cluster = owner
                    continue
            p.cluster = new_cluster(p, entry)
            by_surname.setdefault(surname, []).append(p.cluster)
        for p in self.persons:
            c = self.clusters[p.cluster]
            c.first = min(c.first, p.start)
            if p.name not in c.names:
                c.names.append(p.name)
            if len(split_name(p.name)[0]) > len(split_name(c.name)[0]) and not PATRONYMIC.search(
                p.name
            ):
                c.name = p.name
            c.add_title(p.title)
