"""What the article is talking about, carried from sentence to sentence: the projects spoken of, the
organisations in focus, the people and whom they speak for, the last status stated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.domain.extract.annotate.facilities import ABSTRACT_HEADS, Frame
from pipelines.domain.extract.annotate.name_words import is_acronym, is_government, name_key
from pipelines.domain.extract.doc import ArticleDoc, SentenceDoc
from pipelines.domain.extract.facts import ProjectMention

STATION_HEADS = frozenset({"plant", "station", "farm", "park"})  # nouns a power station goes by
# works 'the plant' may call: 'its refinery ... will raise the plant's capacity'
PLANT_KINDS = frozenset({"refinery", "smelter", "factory", "mill", "complex", "steelworks", "concentrator"})
ANAPHOR_LOOKBACK = 3  # sentences back that 'the plant' or 'it' may point to
_ROUTE_NAME = re.compile(r"[A-Z][\w']*\s?[-\u2013\u2014]\s?[A-Z]")  # 'Bakhty-Ayagoz line': named by its ends
FOCUS_LOOKBACK = 3  # sentences back that 'the company' may point to
KIND_LOOKAHEAD = 2  # sentences ahead where 'the new TPP' may tell what 'a power plant' was
LIST_LOOKBACK = 10  # sentences back a list of a project's parameters may follow it
EQUIPMENT_LOOKBACK = 4  # sentences back where 'bolting solar panels' may tell what 'the plant' is
_DETERMINER = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?")  # 'near (its) Konchoch plant'
# 'a line Barki Tojik built for the ', 'a substation to power the ': what comes next is what a facility serves
_SERVED_BEFORE = re.compile(
    r"\b(?:(?:built|laid|constructed|erected|designed|installed)\b[^.;]{0,60}?\s+(?:\w+ly\s+)?for"
    r"|to\s+(?:power|supply|serve|feed))"
    r"\s+(?:(?:the|this|its)\s+)?$",
    re.I,
)
_NEW_OWNER = re.compile(r"\b(?:the|its|their) new owners?\b", re.I)
_SOLD_TO_BEFORE = re.compile(r"\bsold\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")  # 'sold 51% to X'
_BOUGHT_AFTER = re.compile(r"^(?:\s+\([^)]*\))?\s+(?:has\s+|have\s+|had\s+)?(?:bought|acquired|purchased)\b")
_OWNERS_OF_FOCUS = re.compile(  # 'Its founder is X': X owns the organisation spoken of, which stays in focus
    r"^(?:Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:founders?|owners?|parent(?:\s+company)?|shareholders?|"
    r"beneficiar(?:y|ies))\s+(?:is|are|was|were)\s+"
)
_COORDINATION = re.compile(  # ' on the Vakhsh river and, increasingly, the '
    r"^[^;.()]{0,40}?(?:,\s*|\s+)(?:and|or)(?:,?\s+\w+ly,)?\s+(?:the\s+|an?\s+)?$"
)
_SIDE_AFTER = re.compile(r"^\s+(?:side|party|partners?|investors?)\b", re.I)  # 'the Chinese side'
# 'the Chinese company': the side's organisation when the one spoken of last is another country's
_KIND_AFTER = re.compile(r"^\s+(?:company|firm|corporation|group|developer|contractor)\b", re.I)
# nouns an organisation spoken of goes by: 'the company', 'the joint venture', 'the new owner'
# nouns that also introduce the one organisation they point back to: 'the joint venture Sughd Zinc Company'
_INTRODUCING_NOUNS = "developer|investor|consortium|joint venture|JV"
ORG_NOUNS = rf"(?:company|corporation|group|firm|holding|bank|fund|{_INTRODUCING_NOUNS}|(?:new )?owner)"
_SPECIFIC_ANAPHOR = re.compile(rf"\b(?:the|this) ({_INTRODUCING_NOUNS})\b", re.I)
_ORG_ANAPHOR = re.compile(
    rf"\b(?:the|this|his|her|its|their) {ORG_NOUNS}\b"
    r"|\bthe (?:\w+ )?side\b"
    r"|^(?:It|They)\b",
    re.I,
)


def side_named(sentence: SentenceDoc) -> tuple[str | None, bool]:
    """The country of 'the Chinese side' ('the Chinese company': named by its kind) in a sentence."""
    text = sentence.text
    for c in sentence.countries:
        if text[max(0, c.start - 4) : c.start].lower() == "the ":
            if _SIDE_AFTER.match(text[c.end :]):
                return c.country, False
            if _KIND_AFTER.match(text[c.end :]):
                return c.country, True
    return None, False


def _equipment_kind(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'the Shokpar project, where wind turbines of 100 MW will be installed': the one kind of facility the
    equipment in a named project's own words belongs to."""
    if not frame.name:
        return None
    kinds = {c.value for c in sentence.cue("equipment") if frame.head_end <= c.start < frame.span_end}
    return kinds.pop() if len(kinds) == 1 else None


def _coordinated_kind(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'the 3,000 MW Nurek plant on the Vakhsh river and, increasingly, the 3,780 MW Rogun hydropower
    plant': a typeless noun joined by 'and' or 'or' to a typed one of the same noun is of its kind."""
    for other in sentence.facilities:
        if other is frame or not other.project_type or other.head_word != frame.head_word:
            continue
        first, second = sorted((frame, other), key=lambda f: f.np_start)
        if _COORDINATION.match(sentence.text[first.head_end : second.np_start]):
            return other.project_type
    return None


_ONE_OF = re.compile(r"\b(?:one|each|\w+est|smaller|larger|bigger|newer|older)\s+of\b", re.I)  # 'is one of'


def _kind_of_its_group(sentence: SentenceDoc, frame: Frame) -> str | None:
    """'Junda's plant is the smaller of Kyrgyzstan's two Chinese-owned refineries; Zhongda's Kara-Balta plant
    is twice its size', 'has run wind farms in Zhambyl, including the Shokpar plant': a typeless noun after
    facilities of one kind its sentence speaks of, or said to be one of them ('is one of the country's three
    oil refineries'), is of that kind (not after ones it lists by name: 'a site ..., taking in the Samandepe
    and Altyn Asyr fields'; nor a plant that makes things for them: 'X's plant in Taraz had turned out 40
    nacelles for wind farms')."""
    text = sentence.text
    plurals = [
        f
        for f in sentence.facilities
        if f.plural
        and (
            f.head_end <= frame.np_start
            or f.np_start >= frame.head_end
            and _ONE_OF.search(text, frame.head_end, f.np_start)
        )
    ]
    kinds = {f.project_type for f in plurals if " and " not in text[f.np_start : f.head_start]}
    return kinds.pop() if len(kinds) == 1 else None


@dataclass
class PhaseBook:
    """The later phases an article speaks of ('the third phase of the Galkynysh field')."""

    told: dict[tuple[str, int], ProjectMention] = field(default_factory=dict)  # (project, number) -> phase
    objects: set[str] = field(default_factory=set)  # mentions named only as what a phase is of
    # (project, number) of stages told as stages of works on the project: 'the second stage of its upgrade'
    of_works: set[tuple[str, int]] = field(default_factory=set)


@dataclass
class Discourse:
    """The explicit state of the article's discourse; linkers read it and add to it."""

    doc: ArticleDoc
    mentions: list[ProjectMention] = field(default_factory=list)  # in reading order
    org_trail: list[tuple[int, str]] = field(default_factory=list)  # (sentence idx, organisation)
    people: dict[str, str] = field(default_factory=dict)  # a person's name (or part of it) -> organisation
    previous_status: str | None = None  # the status the last sentence with a status cue stated
    investors: list[str] = field(default_factory=list)  # organisations the article calls the investor
    nationalities: dict[str, str] = field(default_factory=dict)  # organisation -> the country it belongs to
    buyer: str | None = None  # the organisation the last sale was to: 'the new owner'
    phases: PhaseBook = field(default_factory=PhaseBook)  # the later phases spoken of
    defined: dict[str, ProjectMention] = field(default_factory=dict)  # 'the "Project"' -> the one it names

    def recent_project(
        self,
        sentence: SentenceDoc,
        project_type: str | None,
        noun: Frame | None = None,
        lookback: int = ANAPHOR_LOOKBACK,
    ) -> ProjectMention | None:
        """The project (of this type) the last sentence within `lookback` that names one speaks of: the one
        named with the same noun ('The 1,860 MW plant' after 'the X project ... the Y plant' is Y; 'the
        plant' after 'a solar plant ... a battery system' is the solar plant; a station noun, only near),
        else the first it names ('Work on the X line started at the Y substation. The project ...' is X).
        'The pipeline' points to the last pipeline before the last station, however far back."""
        specific = noun.head_word if noun and noun.head_word not in ABSTRACT_HEADS else None
        earlier = [
            m
            for m in reversed(self.mentions)
            if sentence.idx - m.sentence.idx > 0
            and (project_type is None or m.project_type == project_type)
            and not (m.part_of and m.head_word != specific)  # 'the project' is not the battery it includes
            and not (m.phase and specific)  # 'the plant' is not its second phase
        ]
        earlier.sort(key=lambda m: (-m.sentence.idx, _landmark(m)))  # by its sentence, before its landmarks
        same_noun = [m for m in earlier if specific and m.head_word == specific]
        close = [m for m in earlier if sentence.idx - m.sentence.idx <= lookback]
        if kin := self._station_just_named(sentence, specific, close):
            return kin  # 'a gas turbine power plant at the field. The 80 MW station will ...'
        if close_kin := [m for m in close if specific and _goes_by(m, specific)]:
            close_kin.sort(key=lambda m: (-m.sentence.idx, m.head_word != specific))  # its own noun first
            return close_kin[0]  # 'the Bishkek CHP ... the plant': near, before a plant named far back
        if not close or (same_noun and specific not in STATION_HEADS):  # 'the plant': not a far caption's
            return (same_noun or [None])[0]
        told = _last_told(close)
        last = [m for m in told if not _serves_another(m, close)] or told  # not a line built for another
        named_alike = [m for m in last if noun and _goes_by(m, noun.head_word)]
        if named_alike:
            return named_alike[-1]
        concrete = noun is not None and noun.head_word not in ABSTRACT_HEADS  # 'the project' may be any
        alike = [
            m for m in close if concrete and m.head_word == noun.head_word
        ]  # 'the plant', not the battery
        return alike[0] if alike else min(last, key=lambda m: m.head_start)

    @staticmethod
    def _station_just_named(
        sentence: SentenceDoc, noun: str | None, close: list[ProjectMention]
    ) -> ProjectMention | None:
        """The power plant the sentence before introduced, for 'the station' (a noun a power station goes
        by), when that sentence used no word of its own for it: nearer than a station named further back."""
        if noun not in STATION_HEADS or not close or sentence.idx - close[0].sentence.idx != 1:
            return None
        last = [m for m in close if m.sentence.idx == close[0].sentence.idx]
        kin = [m for m in last if m.head_word in STATION_HEADS and m.refers_to is None]
        return kin[-1] if kin and not any(m.head_word == noun for m in last) else None

    def first_mention(self, mention: ProjectMention | None) -> ProjectMention | None:
        """The mention that introduced `mention`'s project (how it was first named and placed)."""
        if mention is None:
            return None
        return next((m for m in self.mentions if m.frame_id == mention.root), None)

    def only_project(self, sentence: SentenceDoc, project_type: str | None = None) -> ProjectMention | None:
        """The one project (of this kind, when given) the article has spoken of before this sentence, however
        far back ('The estimated cost of the project remains $7.4 billion' many sentences after the plant was
        named; 'the solar park' six sentences of other plants after 'a 90 MW solar plant near Shieli')."""
        earlier = [
            m
            for m in self.mentions
            if m.sentence.idx < sentence.idx
            and not m.part_of
            and (project_type is None or m.project_type == project_type)
        ]
        return earlier[0] if len({m.root for m in earlier}) == 1 else None

    def section_of(self, sentence: SentenceDoc) -> int:
        """The number of headings up to the sentence: a heading opens a new topic."""
        return sum(1 for doc in self.doc.sentences[: sentence.idx + 1] if doc.is_heading)

    def kind_of(self, sentence: SentenceDoc, frame: Frame) -> str | None:
        """The project type of a typeless facility noun ('two plants', 'a 1,500 MW power plant'): the type
        of the same noun earlier in the article ('waste incineration plants' ... 'two plants'), else of a
        typed facility the next sentences name (`_kind_ahead`). A noun with words the terms do not know
        ('a renewable energy project') is not told its kind by another."""
        equipment = _equipment_kind(sentence, frame)
        if equipment or not frame.bare:
            return equipment
        coordinated = _coordinated_kind(sentence, frame) or _kind_of_its_group(sentence, frame)
        if coordinated:
            return coordinated
        told = [
            (doc, f)
            for doc in self.doc.sentences[: sentence.idx + 1]
            for f in doc.facilities
            if f.project_type and (doc.idx, f.head_start) < (sentence.idx, frame.head_start)
        ]
        if same_noun := _kind_of_the_same_noun(sentence, frame, told):
            return same_noun
        typed = [f for _, f in told]
        if _named_by_its_ends(sentence, frame) and (route := _one_route_kind(typed)):
            return route
        following = self.doc.sentences[sentence.idx + 1 : sentence.idx + 1 + KIND_LOOKAHEAD]
        return _kind_ahead(following, frame) or self._headline_kind() or self._equipment_before(sentence)

    def _equipment_before(self, sentence: SentenceDoc) -> str | None:
        """'workers are bolting solar panels onto steel frames ... The 400-megawatt plant near Balykchy':
        the one kind of equipment the last few sentences speak of, when they name no facility of a kind."""
        recent = self.doc.sentences[max(0, sentence.idx - EQUIPMENT_LOOKBACK) : sentence.idx + 1]
        if any(f.project_type for doc in recent for f in doc.facilities):
            return None
        kinds = {cue.value for doc in recent for cue in doc.cue("equipment")}
        return kinds.pop() if len(kinds) == 1 else None

    def _headline_kind(self) -> str | None:
        """'China Power to build solar plant in Zhambyl' over '... a 100 megawatt plant near Karatau': the one
        kind of facility the title names, while the body has named none of that kind."""
        headline = self.doc.headline
        kinds = {f.project_type for f in headline.facilities if f.project_type} if headline else set()
        if len(kinds) != 1 or any(m.project_type in kinds for m in self.mentions):
            return None  # a project of the title's kind already named: this may be its part
        return kinds.pop()

    def focus_org(self, sentence: SentenceDoc) -> str | None:
        """The organisation spoken of last: within the paragraph, or a few sentences back when the
        sentence says 'the company' or 'it'."""
        sentences = self.doc.sentences
        across = bool(_ORG_ANAPHOR.search(sentence.text))
        latest = None
        for idx, surface in reversed(self.org_trail):
            near = 0 <= sentence.idx - idx <= FOCUS_LOOKBACK
            if latest is not None and idx != latest[0]:
                break
            if near and (across or sentences[idx].paragraph == sentence.paragraph):
                latest = (idx, surface)  # keeps going back to the sentence's first organisation
        return latest[1] if latest else None

    def org_pointed_at(self, sentence: SentenceDoc) -> list[str]:
        """The organisation 'the company', 'the consortium' or 'the Chinese side' stands for, if any."""
        if not _ORG_ANAPHOR.search(sentence.text):
            return []
        if self.buyer and _NEW_OWNER.search(sentence.text):
            return [self.buyer]  # 'X has sold 51% of Y to Z. The new owner plans to ...'
        side = side_org(self, sentence, side_told(self, sentence))
        focus = side or self._called_so(sentence) or self.focus_org(sentence)
        return [focus] if focus else []

    def _called_so(self, sentence: SentenceDoc) -> str | None:
        """'... the joint venture Sughd Zinc Company ... The plant will be built by NFC. The joint venture
        will invest $120 million': the last organisation within reach introduced by the noun that points
        back (not the contractor named since)."""
        noun = _SPECIFIC_ANAPHOR.search(sentence.text)
        if noun is None:
            return None
        introduced = re.compile(rf"\b{re.escape(noun.group(1))}\s+(?:of\s+)?$", re.I)
        for idx, surface in reversed(self.org_trail):
            if not 0 < sentence.idx - idx <= FOCUS_LOOKBACK:
                continue
            text = self.doc.sentences[idx].text
            at = text.find(surface)
            if at > 0 and introduced.search(text, 0, at):
                return surface
        return None

    def org_key(self, surface: str) -> str:
        """One key for an organisation however the article writes it ('Navoiyazot', 'Navoiyazot JSC', its
        short form)."""
        return name_key(self.doc.short_names.get(surface, surface))

    def people_orgs(self, sentence: SentenceDoc) -> list[str]:
        """Organisations of the people (known by full name) this sentence names."""
        return [org for name, org in self.people.items() if " " in name and name in sentence.text]

    def remember_people(self, sentence: SentenceDoc) -> None:
        for person in sentence.people:
            self.people[person.name] = person.organisation
            for part in person.name.split():
                self.people.setdefault(part, person.organisation)

    def remember_orgs(self, sentence: SentenceDoc) -> None:
        """The sentence's parties (not reporters or government) and the organisations of people it names."""
        text = sentence.text
        owners = _OWNERS_OF_FOCUS.match(text)
        for org in sentence.orgs:
            in_focus = not (owners and org.start >= owners.end())
            if in_focus and not org.reporter and not is_government(org.text):
                self.org_trail.append((sentence.idx, org.text))
            if org.nationality:
                self.nationalities[org.text] = org.nationality
            if org.role == "investor" and org.company_party:  # not 'a unit of Y, invests', not an agency
                self.investors.append(org.text)
            if _SOLD_TO_BEFORE.search(text[: org.start]) or _BOUGHT_AFTER.match(text[org.end :]):
                self.buyer = org.text  # 'sold a 51% stake in X to Y', 'Y has acquired X'
        for name, organisation in self.people.items():
            if re.search(rf"\b{re.escape(name)}\b", text):
                self.org_trail.append((sentence.idx, organisation))


def side_told(discourse: Discourse, sentence: SentenceDoc) -> str | None:
    """The country of 'the Chinese side' a sentence names; of 'the Chinese company' (named by its kind)
    only when the organisation spoken of last is of a known country ('X signed with Y. The Chinese
    company will invest': Y, of no known country, may be that company)."""
    side, by_kind = side_named(sentence)
    last = discourse.org_trail[-1][1] if discourse.org_trail else None
    return None if by_kind and discourse.nationalities.get(last) is None else side


def side_org(
    discourse: Discourse,
    sentence: SentenceDoc,
    side: str | None,
    besides: frozenset[str] = frozenset(),
    projects: tuple[str, ...] = (),
) -> str | None:
    """'The Chinese side plans to invest ...': the first organisation of the `side_told` country (not one
    of `besides`) in the last sentence within `FOCUS_LOOKBACK` that names one (not 'part of SPIC' after
    it), else in the last sentence that spoke of `projects`, however far back."""
    if side is None:
        return None
    countries = discourse.nationalities

    def of_side(idx: int, org: str) -> bool:  # its own country, or that of the name it shortens
        own = countries.get(org) or countries.get(discourse.doc.short_names.get(org, ""))
        return idx <= sentence.idx and own == side and org not in besides

    named = [(i, o) for i, o in discourse.org_trail if of_side(i, o)]
    near = [(i, o) for i, o in named if sentence.idx - i <= FOCUS_LOOKBACK]
    told = {m.sentence.idx for m in discourse.mentions if m.root in projects}
    named = near or [(i, o) for i, o in named if i in told]
    return next((org for idx, org in named if idx == named[-1][0]), None)


def _kind_of_the_same_noun(
    sentence: SentenceDoc, frame: Frame, told: list[tuple[SentenceDoc, Frame]]
) -> str | None:
    """'waste incineration plants' ... 'two plants': the kind of the same noun earlier in the article, when
    all of them are of one kind; else the last of its paragraph ('the Kara-Keche coal-fired plant' and the
    hydro plants named before it leave 'the Pskem plant' of a later paragraph unknown here)."""
    same = [(doc, f) for doc, f in told if f.head_word == frame.head_word]
    kinds = {f.project_type for _, f in same}
    if len(kinds) == 1:
        return kinds.pop()
    near = [f.project_type for doc, f in same if doc.paragraph == sentence.paragraph]
    return near[-1] if near else None


def _named_by_its_ends(sentence: SentenceDoc, frame: Frame) -> bool:
    """'the 272-km Bakhty-Ayagoz line': a line named by the places it joins (not 'Line D', nor 'the
    KazTransGas-CNPC line', named by its owners)."""
    owners = any(frame.np_start <= o.start < frame.head_start for o in sentence.orgs)
    return frame.linear and bool(_ROUTE_NAME.search(frame.name or "")) and not owners


def _one_route_kind(typed: list[Frame]) -> str | None:
    """'Five new railway projects ...' before 'the new 272-km Bakhty-Ayagoz line': the one kind of line
    (railway, power line, pipeline) among the typed facilities named so far, for a line named by its ends
    (not for 'Line D', 'Without Line D' or 'the line', which may be another system's)."""
    kinds = {f.project_type for f in typed if f.linear}
    return kinds.pop() if len(kinds) == 1 else None


def _goes_by(mention: ProjectMention, noun: str) -> bool:
    """The facility noun a mention goes by: its own, 'plant' for a works of a kind ('the plant' after 'its
    refinery'), or 'plant' and 'station' for one written as an acronym ('the plant' after 'the Bishkek
    CHP')."""
    if mention.head_word == noun or (noun == "plant" and mention.head_word in PLANT_KINDS):
        return True
    last = mention.frame.noun_phrase.split()[-1] if mention.frame else ""
    return noun in STATION_HEADS and is_acronym(re.sub(r"-\d+$", "", last))


def _last_told(close: list[ProjectMention]) -> list[ProjectMention]:
    """The mentions of the latest sentence that names a project; a phase over the field it is a phase of
    ('7. Galkynysh gas field, phase III (Mary region): ...')."""
    last = [m for m in close if m.sentence.idx == close[0].sentence.idx]
    phased = {m.phase_of for m in last if m.phase_of}
    return [m for m in last if m.root not in phased] or last


def served(sentence: SentenceDoc, np_start: int) -> bool:
    """'a new line, which Barki Tojik built for the project': the facility noun starting there names what
    another facility of the sentence was built to serve, not that facility."""
    return bool(_SERVED_BEFORE.search(sentence.text, 0, np_start))


def _serves_another(mention: ProjectMention, close: list[ProjectMention]) -> bool:
    """The facility was built for a project its sentence then points back to: not what 'the project' of
    the next sentences is."""
    return any(
        other.sentence is mention.sentence
        and other.refers_to
        and other.head_start > mention.head_end
        and served(other.sentence, other.span[0])
        for other in close
    )


def _landmark(mention: ProjectMention) -> bool:
    """A facility named as the place another stands by ('near its Konchoch plant': `stood_by` cues), not
    the one spoken of."""
    start = mention.frame.np_start if mention.frame else mention.head_start
    text = mention.sentence.text
    return any(_DETERMINER.fullmatch(text, c.end, start) for c in mention.sentence.cue("stood_by"))


def _kind_ahead(following: list[SentenceDoc], frame: Frame) -> str | None:
    """The type of the first typed facility of its shape the next sentences name definitely: 'The new TPP'
    after 'a power plant'; 'Line D will run ...' is not the plant the next sentence names."""
    later = (
        f.project_type
        for doc in following
        for f in doc.facilities
        if f.project_type and f.definite and f.linear == frame.linear
    )
    return next(later, None)
