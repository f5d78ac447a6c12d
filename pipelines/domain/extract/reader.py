"""Read one parsed article sentence by sentence into facts: project mentions, capacities, participants,
investments and organisation mentions, each with its evidence sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.domain.extract.frames import Frame, find_frames, has_route
from pipelines.domain.extract.money import Money, find_money, usd_value
from pipelines.domain.extract.organisations import (
    OrgMention,
    find_organisations,
    find_people,
    is_acronym,
    name_key,
)
from pipelines.domain.extract.parse import ParsedArticle, Sentence
from pipelines.domain.extract.places import PlaceMention, find_places
from pipelines.domain.extract.quantities import Quantity, find_quantities, has_capacity_word
from pipelines.domain.extract.status import clause_bounds, find_status_cues, opens_list, status_near
from pipelines.domain.reference import Reference, fold

_ANAPHOR_LOOKBACK = 3  # sentences back that 'the plant' or 'it' may point to
_FOCUS_LOOKBACK = 3  # sentences back that 'the company' may point to
_ORG_ANAPHOR = re.compile(
    r"\b(?:the|this|his|her|its|their) "
    r"(?:company|corporation|group|firm|holding|bank|fund|developer|investor)\b"
    r"|^(?:It|They)\b",
    re.I,
)
_PLURAL_ANAPHOR = re.compile(
    r"^(?:together,?\s+)?(?:they|these|both|the two|the projects|these projects)\b", re.I
)
_SUBSIDIARY = re.compile(
    r"^,?\s+(?:is\s+)?(?:a|an|the)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|daughter company|"
    r"arm|affiliate)\s+of\s+",
    re.I,
)
_LOCATED = re.compile(r"\b(?:located|situated|lies|sited|is being built|will be built|was built)\b", re.I)
_GENERIC_NAME_WORDS = {
    "national",
    "state",
    "international",
    "asian",
    "eurasian",
    "european",
    "first",
    "new",
    "central",
    "united",
    "joint",
    "general",
    "global",
    "industrial",
    "development",
    "energy",
    "power",
    "export",
    "import",
    "export-import",
    "republic",
    "ministry",
    "bank",
    "fund",
    "company",
    "group",
    "investment",
    "islamic",
    "world",
    "green",
    "renewable",
    "electric",
    "petroleum",
    "oil",
    "gas",
    "mining",
    "metallurgical",
    "east",
    "west",
    "north",
    "south",
    "northern",
    "southern",
    "eastern",
    "western",
    "great",
    "silk",
    "road",
    "trans",
}
_LENDER_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:from|by|of|provided by|extended by)\s+(?:the\s+)?", re.I)
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|around|outside|within|village of|town of|city of|settlement of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
_PLURAL_PLACE_REACH = 60  # characters after a plural facility noun where its place may stand
_DATELINE_END = re.compile(r"^[^.]*?(?:\s[-\u2013\u2014]{1,2}\s|\(\w+\)\s*[-\u2013\u2014])")
_FORMER = re.compile(r"\b(?:old|existing|former|previous|current)\b", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*\u00b7]|\d+[.)])\s+")
_ALSO_CALLED = re.compile(
    r"\b(?:also known as|known as|formerly|still called|called|also called|a\.k\.a\.)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_GENERIC_PARENT = re.compile(r"^(?:the\s+)?(?:corporation|company|group|holding|state corporation)\b", re.I)


@dataclass
class _Mention:
    """A project mention being built: one row of the per-article `project_frames` table."""

    frame_id: str
    sentence: Sentence
    project_type: str
    name: str | None
    locality: str | None = None
    region: str | None = None
    region_code: str | None = None
    country: str | None = None
    status: str = "announced"
    status_basis: str = "default"
    refers_to: str | None = None
    head_start: int = 0
    head_end: int = 0
    span: tuple[int, int] = (0, 10**6)  # the sentence text this mention owns


@dataclass
class ArticleReader:
    """Carries what earlier sentences said (projects, organisations, people) to later ones."""

    article: ParsedArticle
    ref: Reference
    aliases: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    org_trail: list[tuple[int, str]] = field(default_factory=list)  # (sentence idx, org surface)
    mentions: list[_Mention] = field(default_factory=list)
    rows: dict[str, list[dict]] = field(
        default_factory=lambda: {
            "org_mentions": [],
            "people": [],
            "org_relations": [],
            "capacities": [],
            "participants": [],
            "investments": [],
            "investment_frames": [],
            "unassigned_quantities": [],
        }
    )
    previous_status: str | None = None
    _memo: dict[str, PlaceMention | None] = field(default_factory=dict)

    # ---- sentence loop ---------------------------------------------------------------------
    def read(self) -> None:
        self.aliases = self._short_names()
        self.rows["org_aliases"] = [{"alias": a, "surface": s} for a, s in self.aliases.items()]
        for sentence in self.article.sentences:
            if sentence.is_heading:
                continue
            self._read_sentence(sentence)
        first = len(self.article.sentences)
        for i, text in enumerate(self.article.about):  # names and parents only
            about = Sentence(first + i, -1, text)
            self._record_orgs(about, find_organisations(text, self.ref, set(self.aliases)))

    def _short_names(self) -> dict[str, str]:
        """Short names standing for a longer one in this article: bracketed ('(CNPC)', '("Goldwind")'), and
        the distinctive first word of a name used alone later ('Jiaxin' for 'Jiaxin International ...')."""
        short: dict[str, str] = {}
        by_prefix: dict[str, set[str]] = {}
        for sentence in self.article.sentences * 2:  # a second pass sees the short names of the first
            for org in find_organisations(sentence.text, self.ref, set(short)):
                if org.alias and (is_acronym(org.alias) or len(org.alias.split()) <= 3):
                    short.setdefault(org.alias, org.text)
                bare = re.sub(r"(?:,?\s+(?:Co\.?,?|Ltd\.?|LLP|JSC|LLC|Limited|Inc\.?|PLC))+$", "", org.text)
                if bare != org.text and len(bare.split()) > 1:
                    short.setdefault(bare, org.text)  # 'Samruk-Kazyna Ondeu' for 'Samruk-Kazyna Ondeu LLP'
                for prefix in self._short_prefixes(bare):
                    by_prefix.setdefault(prefix, set()).add(org.text)
        for prefix, names in by_prefix.items():
            if len({name_key(n) for n in names}) == 1:
                short.setdefault(prefix, max(names, key=len))
        return short

    def _short_prefixes(self, name: str) -> list[str]:
        """'Hoshine', 'Hoshine Silicon' for 'Hoshine Silicon Industry'; 'Chengda', 'Chengda Engineering' for
        'China Chengda Engineering': leading words of a name, from its first distinctive word on."""
        words = name.split()
        start = 1 if len(words) > 2 and fold(words[0]) in self.ref.country_by_surface else 0
        if len(words) - start < 2 or not self._is_distinctive(words[start]):
            return []
        return [" ".join(words[start:end]) for end in range(start + 1, len(words))]

    def _is_distinctive(self, word: str) -> bool:
        """A word that can stand for a whole name: not generic, not a place, not another body's name."""
        key = fold(word)
        return (
            len(word) >= 4
            and word[0].isupper()
            and not word.isupper()
            and key not in _GENERIC_NAME_WORDS
            and key not in self.ref.country_by_surface
            and key not in self.ref.regions_by_surface
            and key not in self.ref.localities_by_surface
            and key not in self.ref.organisation_by_alias
        )

    def _read_sentence(self, sentence: Sentence) -> None:
        text = sentence.text
        orgs = find_organisations(text, self.ref, set(self.aliases))
        self._record_orgs(sentence, orgs)
        places = find_places(text, self.ref)
        quantities = [q for q in find_quantities(text, self.ref) if not q.negative]
        cues = find_status_cues(text, self.ref)
        own = self._frames(sentence, places, quantities, orgs, cues)
        referred = self._anaphora(sentence, own)
        for mention in own + referred:
            if mention.refers_to:
                self._enrich_reference(mention, sentence, orgs, places)
        touched = own + referred
        leftover = self._assign_quantities(sentence, touched, quantities)
        self._record_unassigned(sentence, leftover)
        self._record_investments(sentence, orgs, touched)
        if cues:
            self.previous_status = status_near(cues, 0, len(text))
        self._remember_orgs(sentence, orgs)

    # ---- organisations ---------------------------------------------------------------------
    def _record_orgs(self, sentence: Sentence, orgs: list[OrgMention]) -> None:
        for org in orgs:
            self.rows["org_mentions"].append(
                {
                    "sentence_idx": sentence.idx,
                    "surface": org.text,
                    "known": org.known,
                    "country": org.country,
                    "evidence": sentence.text,
                }
            )
            parent = self._parent_of(sentence, org, orgs)
            if parent:
                self.rows["org_relations"].append(
                    {"child": org.text, "parent": parent, "evidence": sentence.text}
                )
        for person in find_people(sentence.text, self.ref, orgs):
            self.people[person.name] = person.organisation
            for part in person.name.split():
                self.people.setdefault(part, person.organisation)
            self.rows["people"].append(
                {
                    "name": person.name,
                    "title": person.title,
                    "organisation": person.organisation,
                    "evidence": sentence.text,
                }
            )

    def _parent_of(self, sentence: Sentence, org: OrgMention, orgs: list[OrgMention]) -> str | None:
        """'X, a subsidiary of Y' (Y may be 'the corporation': the organisation spoken of just before)."""
        after = sentence.text[org.end :]
        match = _SUBSIDIARY.match(after)
        if not match:
            return None
        rest = after[match.end() :]
        named = next((o.text for o in orgs if o.start == org.end + match.end()), None)
        if named:
            return named
        return self._focus_org(sentence) if _GENERIC_PARENT.match(rest) else None

    def _remember_orgs(self, sentence: Sentence, orgs: list[OrgMention]) -> None:
        for org in orgs:
            if not self._is_reporter(sentence.text, org) and not _is_government(org.text):
                self.org_trail.append((sentence.idx, org.text))
        for name, organisation in self.people.items():
            if re.search(rf"\b{re.escape(name)}\b", sentence.text):
                self.org_trail.append((sentence.idx, organisation))

    def _focus_org(self, sentence: Sentence) -> str | None:
        """The organisation spoken of last: within the paragraph, or a few sentences back when the
        sentence says 'the company' or 'it'."""
        sentences = self.article.sentences
        across = bool(_ORG_ANAPHOR.search(sentence.text))
        latest = None
        for idx, surface in reversed(self.org_trail):
            near = 0 <= sentence.idx - idx <= _FOCUS_LOOKBACK
            if latest is not None and idx != latest[0]:
                break
            if near and (across or sentences[idx].paragraph == sentence.paragraph):
                latest = (idx, surface)  # keeps going back to the sentence's first organisation
        return latest[1] if latest else None

    def _is_reporter(self, text: str, org: OrgMention) -> bool:
        """'X said', 'according to X', "X's press service reported": the source of the news, not a party."""
        cue = self.ref.cue_pattern("reporting").pattern
        after = re.match(rf"^(?:\s*\([^)]*\))?(?:'s)?\s*(?:has |have |had )?(?:{cue})", text[org.end :], re.I)
        before = re.search(rf"(?:{cue})\s+(?:of\s+)?(?:the\s+)?$", text[: org.start], re.I)
        return bool(after or before)

    # ---- project frames --------------------------------------------------------------------
    def _frames(
        self,
        sentence: Sentence,
        places: list[PlaceMention],
        quantities: list[Quantity],
        orgs: list[OrgMention],
        cues: list,
    ) -> list[_Mention]:
        made: list[_Mention] = []
        for frame in find_frames(sentence.text, self.ref):
            if any(org.start <= frame.head_start < org.end for org in orgs):
                continue  # 'State Grid', 'Samruk-Energy': the facility word is part of a name
            antecedent = self._antecedent_for(sentence, frame, places, quantities, made)
            if antecedent is not None:
                reference = self._refer(sentence, antecedent, frame.head_start)
                reference.span = (frame.np_start, frame.span_end)
                reference.head_end = frame.head_end  # a facility noun: its own words may place it
                made.append(reference)
                continue
            if frame.project_type is None or not self._is_specific(sentence, frame, places, quantities):
                continue
            if frame.definite and _FORMER.search(frame.noun_phrase):
                continue  # 'the old CHP': the facility a new project replaces
            for slot, (start, end, slot_places) in enumerate(_slots(frame, places)):
                mention = _Mention(
                    f"{self.article.article_id}:{sentence.idx}:{frame.head_start}:{frame.project_type}:{slot}",
                    sentence,
                    frame.project_type,
                    frame.name,
                    head_start=frame.head_start,
                    head_end=frame.head_end,
                    span=(start, end),
                )
                self._place(mention, frame, slot_places, places, sentence)
                self._status(mention, cues, frame)
                self._participants(mention, frame, orgs, sentence)
                made.append(mention)
                self.mentions.append(mention)
        return made

    def _antecedent_for(
        self,
        sentence: Sentence,
        frame: Frame,
        places: list[PlaceMention],
        quantities: list[Quantity],
        made: list[_Mention],
    ) -> _Mention | None:
        """'this wind farm', 'the first aluminium plant', 'the 300 MW plant': an earlier project that fits."""
        if _FORMER.search(frame.noun_phrase):
            return None  # 'the old CHP' is not the new one just named
        if frame.project_type is None:
            return self._recent_project(sentence, None)
        previous = made[-1] if made and made[-1].refers_to is None else None
        between = sentence.text[previous.head_end : frame.np_start] if previous else ""
        same_type = previous is not None and previous.project_type == frame.project_type
        if same_type and frame.descriptive and between.strip() == ",":
            return previous  # 'the 45 MW Yereymentau wind farm, the first large wind power plant in ...'
        if same_type and _ALSO_CALLED.search(between):
            return previous  # 'the Aktobe ferroalloy plant - still called the Aktyubinsk Ferroalloy Plant'
        in_np = [p for p in places if frame.np_start <= p.start < frame.head_end]
        q_in_np = [q for q in quantities if frame.np_start <= q.start < frame.head_end]
        in_span = [p for p in places if frame.np_start <= p.start < frame.span_end and p.kind != "country"]
        if not (in_span or q_in_np):
            named = self._named_project_in(sentence, frame)
            if named is not None:
                return named  # 'Boguty is now a producing mine.'
        if not (frame.definite or frame.descriptive) or frame.name or in_np or q_in_np:
            return None
        return self._recent_project(sentence, frame.project_type)

    def _named_project_in(self, sentence: Sentence, frame: Frame) -> _Mention | None:
        """An earlier project of the same type whose name's first word this sentence uses, when the
        facility noun here is unnamed, unsized and unplaced."""
        if frame.name or frame.plural:
            return None
        outside = sentence.text[: frame.np_start] + " " + sentence.text[frame.span_end :]
        for mention in reversed(self.mentions):
            first = mention.name.split()[0] if mention.name else None
            same = mention.project_type == frame.project_type and mention.sentence.idx < sentence.idx
            if same and first and re.search(rf"\b{re.escape(first)}\b", outside):
                return mention
        return None

    def _recent_project(self, sentence: Sentence, project_type: str | None) -> _Mention | None:
        for mention in reversed(self.mentions):
            close = 0 < sentence.idx - mention.sentence.idx <= _ANAPHOR_LOOKBACK
            if close and (project_type is None or mention.project_type == project_type):
                return mention
        return None

    def _is_specific(
        self, sentence: Sentence, frame: Frame, places: list[PlaceMention], quantities: list[Quantity]
    ) -> bool:
        """A plural noun ('wind and solar power stations') is a project only with a count, place or size."""
        near = min(frame.span_end, frame.head_end + _PLURAL_PLACE_REACH)
        in_span = [
            p
            for p in places
            if frame.np_start <= p.start < near
            and p.kind != "country"
            and (not frame.plural or _LOCATIVE.search(sentence.text[: p.start]))
        ]
        sized = [q for q in quantities if frame.np_start <= q.start < frame.span_end]
        if frame.definite and not frame.name:  # 'the grid' with no earlier project to point to
            return bool(in_span or sized)
        if not frame.plural and not frame.descriptive:
            return True
        if frame.descriptive:  # 'Kazakhstan's largest wind farm' is a project only with a place or a size
            low, high = clause_bounds(sentence.text, frame.np_start)
            in_clause = [p for p in places if low <= p.start < high and p.kind != "country"]
            return bool(in_span or sized or in_clause) and not frame.plural
        return bool(frame.count or in_span or has_route(sentence.text[frame.head_end :]))

    def _refer(self, sentence: Sentence, antecedent: _Mention, head_start: int) -> _Mention:
        root = antecedent.refers_to or antecedent.frame_id
        mention = _Mention(
            f"{self.article.article_id}:{sentence.idx}:{head_start}:ref:{root}",
            sentence,
            antecedent.project_type,
            None,
            refers_to=root,
            head_start=head_start,
        )
        cues = find_status_cues(sentence.text, self.ref)
        status = status_near(cues, head_start, head_start + 1, sentence.text)
        if status:
            mention.status, mention.status_basis = status, "stated"
        self.mentions.append(mention)
        return mention

    def _anaphora(self, sentence: Sentence, own: list[_Mention]) -> list[_Mention]:
        """Words for an earlier project without naming a facility: 'The project can generate ...'."""
        text = sentence.text
        if not own and _PLURAL_ANAPHOR.match(text):
            previous = [m for m in self.mentions if m.sentence.idx == sentence.idx - 1]
            return [self._refer(sentence, m, 0) for m in previous]
        cue = self.ref.cue_pattern("anaphor").search(text)
        if not cue or own and fold(cue.group(0)) in ("it", "its"):
            return []  # 'It also built a solar station': 'it' is the builder, not an earlier project
        antecedent = self._recent_project(sentence, None)
        root = antecedent and (antecedent.refers_to or antecedent.frame_id)
        if antecedent is None or any((m.refers_to or m.frame_id) == root for m in own):
            return []
        mention = self._refer(sentence, antecedent, cue.start())
        mention.span = (0, own[0].span[0]) if own else (0, len(text))
        return [mention]

    def _enrich_reference(
        self, mention: _Mention, sentence: Sentence, orgs: list[OrgMention], places: list[PlaceMention]
    ) -> None:
        """'The project, built by X, is located near the town of Y': facts about an earlier project."""
        start, end = mention.span
        for org in orgs:
            if start <= org.start < end and not self._is_reporter(sentence.text, org):
                self._add_participant(mention, org.text, _role(sentence.text, org, self.ref), sentence)
        if not mention.head_end and not _LOCATED.search(sentence.text):
            return
        located = [
            p for p in places if start <= p.start < end and p.kind in ("locality", "region", "district")
        ]
        locality = next((p for p in located if p.kind == "locality"), None)
        region = next((p for p in located if p.region), None)
        mention.locality = locality.locality if locality else None
        if region:
            mention.region, mention.region_code, mention.country = (
                region.region,
                region.region_code,
                region.country,
            )

    def _place(
        self,
        mention: _Mention,
        frame: Frame,
        slot_places: list[PlaceMention],
        all_places: list[PlaceMention],
        sentence: Sentence,
    ) -> None:
        """Locality, region and country from the frame's own words, else from the sentence and paragraph."""
        if frame.plural or frame.linear:  # 'lines from Ekibastuz to ...' name no site
            slot_places = [
                p
                for p in slot_places
                if _LOCATIVE.search(sentence.text[: p.start])
                or (p.start < frame.head_end and not frame.linear)
            ]
        locality = next((p for p in slot_places if p.kind == "locality"), None)
        region = next((p for p in slot_places if p.kind == "region"), None)
        district = next((p for p in slot_places if p.kind == "district" and p.region), None)
        country = next((p for p in slot_places if p.kind == "country" and not _possessive(frame, p)), None)
        if region and locality and locality.region and locality.region != region.region:
            locality = None  # a town of another region belongs to another item of a list
        known = region or locality if (region or (locality and locality.region)) else district
        if known is None and country is None and not frame.linear:
            known = self._context_region(sentence, frame, all_places)
        mention.locality = locality.locality if locality else _name_locality(frame, self.ref)
        if known is not None and known.region:
            mention.region, mention.region_code, mention.country = (
                known.region,
                known.region_code,
                known.country,
            )
        mention.country = (
            mention.country
            or (country.country if country else None)
            or (locality.country if locality else None)
            or self._country_before(sentence, frame, all_places)
            or self._article_country()
        )

    def _country_before(self, sentence: Sentence, frame: Frame, places: list[PlaceMention]) -> str | None:
        """'In Kyrgyzstan, TBEA built the ... line': the country the sentence opens with."""
        for place in reversed(places):
            opens = re.search(r"\bin\s+(?:the\s+)?$", sentence.text[: place.start], re.I)
            if place.kind == "country" and place.end <= frame.np_start and opens:
                return place.country
        return None

    def _context_region(
        self, sentence: Sentence, frame: Frame, places: list[PlaceMention]
    ) -> PlaceMention | None:
        """A region named before the facility in its sentence, or in the paragraph's previous sentences."""
        low, _ = clause_bounds(sentence.text, frame.np_start)
        before = [
            p
            for p in places
            if low <= p.start and p.end <= frame.np_start and p.region and p.kind != "locality"
        ]
        if before:
            return before[-1]
        for earlier in self._context_sentences(sentence):
            found = [p for p in find_places(earlier.text, self.ref) if p.region]
            if len({(p.region, p.country) for p in found}) == 1:
                return found[0]
        return self._article_region()

    def _context_sentences(self, sentence: Sentence) -> list[Sentence]:
        """Earlier sentences whose place carries over: the paragraph's last two, or a list's lead-in line
        ('Qyzylorda region:') and the items before this one."""
        out: list[Sentence] = []
        for earlier in reversed(self.article.sentences[max(0, sentence.idx - 8) : sentence.idx]):
            if earlier.paragraph == sentence.paragraph and sentence.idx - earlier.idx <= 2:
                out.append(earlier)
            elif _LIST_ITEM.match(sentence.text) and (
                _LIST_ITEM.match(earlier.text) or earlier.text.endswith(":")
            ):
                out.append(earlier)
                if earlier.text.endswith(":"):
                    break
            else:
                break
        return out

    def _article_region(self) -> PlaceMention | None:
        """The region of an article that names only one region of its country in all its text (the
        dateline's city and regions abroad, such as a delegation's home province, do not count)."""
        if "article_region" not in self._memo:
            country = self._article_country()
            found = [
                p
                for s in self.article.sentences
                for p in find_places(s.text, self.ref)
                if p.region
                and p.country == country
                and not (s.idx == 0 and _DATELINE_END.search(s.text[p.end : p.end + 40]))
            ]
            regions = {(p.region, p.country) for p in found}
            self._memo["article_region"] = found[0] if len(regions) == 1 else None
        return self._memo["article_region"]

    def _article_country(self) -> str:
        """The Central Asian country the article speaks of most; Kazakhstan when none stands out."""
        counts: dict[str, int] = {}
        for sentence in self.article.sentences:
            for match in self.ref.country_pattern.finditer(sentence.text):
                code = self.ref.country_by_surface.get(fold(match.group(0)))
                if code in {"KZ", "UZ", "KG", "TJ", "TM"}:
                    counts[code] = counts.get(code, 0) + 1
        return max(counts, key=lambda c: (counts[c], c == "KZ")) if counts else "KZ"

    def _status(self, mention: _Mention, cues: list, frame: Frame) -> None:
        status = status_near(cues, frame.np_start, frame.span_end, mention.sentence.text)
        if status is None and opens_list(mention.sentence.text) and self.previous_status:
            status = self.previous_status
        if status:
            mention.status, mention.status_basis = status, "stated"

    def _participants(
        self, mention: _Mention, frame: Frame, orgs: list[OrgMention], sentence: Sentence
    ) -> None:
        """Organisations in the frame's span or before the first frame; else the one the text spoke of."""
        text = sentence.text
        chosen = [
            o
            for o in orgs
            if (o.start < frame.np_start or frame.head_end <= o.start < frame.span_end)
            and not self._is_reporter(text, o)
            and not self._is_parent_only(text, o)
        ]
        people_orgs = [org for name, org in self.people.items() if " " in name and name in text]
        for org in chosen:
            self._add_participant(mention, org.text, _role(text, org, self.ref), sentence)
        for org in people_orgs:
            self._add_participant(mention, org, "partner", sentence)
        if not chosen and not people_orgs:
            focus = self._focus_org(sentence)
            if focus:
                self._add_participant(mention, focus, "partner", sentence)

    def _is_parent_only(self, text: str, org: OrgMention) -> bool:
        return bool(
            re.search(r"(?:subsidiary|unit|division|affiliate) of\s+(?:the\s+)?$", text[: org.start], re.I)
        )

    def _add_participant(self, mention: _Mention, surface: str, role: str, sentence: Sentence) -> None:
        self.rows["participants"].append(
            {
                "frame_id": mention.refers_to or mention.frame_id,
                "surface": surface,
                "role": role,
                "evidence": sentence.text,
            }
        )

    # ---- quantities and money --------------------------------------------------------------
    def _assign_quantities(
        self, sentence: Sentence, mentions: list[_Mention], quantities: list[Quantity]
    ) -> list[Quantity]:
        """Give each quantity to the mention whose span holds it; return what no project takes."""
        counts = [q for q in quantities if q.metric == "unit_count"]
        leftover = []
        taken: set[tuple[str, str]] = set()
        for quantity in quantities:
            mention = _owner(mentions, quantity)
            target = mention.refers_to or mention.frame_id if mention else None
            if mention is None or not self._fits(mention, quantity, sentence):
                leftover.append(quantity)
                continue
            value_std, note = quantity.value_std, quantity.note
            if quantity.per_unit:
                if not counts:
                    continue
                value_std = counts[0].value_std * quantity.value_std
                note = f"{counts[0].value_std:g} units of {quantity.value_std:g} {quantity.unit_std} each"
            if (target, quantity.metric) in taken:
                continue
            taken.add((target, quantity.metric))
            self.rows["capacities"].append(
                {
                    "frame_id": target,
                    "metric": quantity.metric,
                    "value": quantity.value,
                    "unit": quantity.unit,
                    "value_std": value_std,
                    "unit_std": quantity.unit_std,
                    "qualifier": quantity.qualifier,
                    "note": note,
                    "evidence": sentence.text,
                }
            )
        return leftover

    def _fits(self, mention: _Mention, quantity: Quantity, sentence: Sentence) -> bool:
        """A metric that makes sense for the project type, with a known period for yearly figures."""
        if quantity.metric is None or (quantity.metric, mention.project_type) not in self.ref.metric_types:
            return False
        return quantity.period_known or has_capacity_word(sentence.text)

    def _record_unassigned(self, sentence: Sentence, leftover: list[Quantity]) -> None:
        for quantity in leftover:
            if quantity.metric in ("installed_power", "annual_generation", "annual_output", "annual_volume"):
                self.rows["unassigned_quantities"].append(
                    {
                        "metric": quantity.metric,
                        "value_std": quantity.value_std,
                        "unit_std": quantity.unit_std,
                        "evidence": sentence.text,
                    }
                )

    def _record_investments(
        self, sentence: Sentence, orgs: list[OrgMention], mentions: list[_Mention]
    ) -> None:
        text = sentence.text
        if not self.ref.cue_pattern("investment").search(text):
            return
        year = self.article.published_date.year if self.article.published_date else None
        named = [o for o in orgs if not self._is_reporter(text, o)]
        if not mentions and not named:
            return  # 'China's investments in Kazakhstan reached $25 billion': no project, nobody named
        for money in find_money(text, self.ref):
            if money.negative:
                continue
            investor = self._investor(sentence, orgs, money)
            investment_id = f"{self.article.article_id}:{sentence.idx}:{money.start}"
            self.rows["investments"].append(
                {
                    "investment_key": investment_id,
                    "investor_surface": investor,
                    "amount": money.amount,
                    "currency": money.currency,
                    "amount_usd": usd_value(money, self.ref, year),
                    "qualifier": money.qualifier,
                    "evidence": text,
                }
            )
            for frame_id in dict.fromkeys(m.refers_to or m.frame_id for m in mentions):
                self.rows["investment_frames"].append({"investment_key": investment_id, "frame_id": frame_id})

    def _investor(self, sentence: Sentence, orgs: list[OrgMention], money: Money) -> str | None:
        """Who puts the money in: the lender named right after the amount ('$X from Y'), else the nearest
        organisation with a financing role, else the subject, else the organisation spoken of."""
        text = sentence.text
        candidates = [o for o in orgs if not self._is_reporter(text, o)]
        lender = _LENDER_AFTER.match(text[money.end :])
        if lender:
            after = [o for o in candidates if money.end <= o.start <= money.end + lender.end() + 4]
            if after:
                return after[0].text
        financing = [o for o in candidates if _role(text, o, self.ref) in ("investor", "financier")]
        if financing:
            return min(financing, key=lambda o: abs(o.start - money.start)).text
        before = [o for o in candidates if o.start < money.start and not _is_government(o.text)]
        if before:
            return before[0].text
        people = [org for name, org in self.people.items() if " " in name and name in text]
        return people[0] if people else self._focus_org(sentence)

    # ---- output ----------------------------------------------------------------------------
    def frame_rows(self) -> list[dict]:
        return [
            {
                "frame_id": m.frame_id,
                "sentence_idx": m.sentence.idx,
                "project_type": m.project_type,
                "name": m.name,
                "locality": m.locality,
                "region": m.region,
                "region_code": m.region_code,
                "country": m.country,
                "status": m.status,
                "status_basis": m.status_basis,
                "refers_to": m.refers_to,
                "evidence": m.sentence.text,
            }
            for m in self.mentions
        ]


def _slots(frame: Frame, places: list[PlaceMention]) -> list[tuple[int, int, list[PlaceMention]]]:
    """(start, end, places) of a frame; a plural facility listed at several towns gives one slot per town."""
    in_span = [p for p in places if frame.np_start <= p.start < frame.span_end]
    towns = [p for p in in_span if p.kind == "locality"]
    if not (frame.plural or frame.count) or len(towns) < 2:
        return [(frame.np_start, frame.span_end, in_span)]
    bounds = [frame.np_start] + [t.start for t in towns[1:]] + [frame.span_end]
    return [
        (bounds[i], bounds[i + 1], [p for p in in_span if bounds[i] <= p.start < bounds[i + 1]])
        for i in range(len(towns))
    ]


def _possessive(frame: Frame, place: PlaceMention) -> bool:
    """ "Kazakhstan's first polyethylene plant": the country owns the phrase; it does not place it."""
    return frame.np_start <= place.start < frame.head_start and place.text in frame.noun_phrase.split("'s")[0]


def _owner(mentions: list[_Mention], quantity: Quantity) -> _Mention | None:
    """The mention whose span holds a quantity; else the sentence's first mention."""
    holding = [m for m in mentions if m.span[0] <= quantity.start < m.span[1]]
    return holding[-1] if holding else (mentions[0] if mentions else None)


def _role(text: str, org: OrgMention, ref: Reference) -> str:
    """The role a cue next to the organisation names, 'government' for ministries, else 'partner'."""
    window = text[max(0, org.start - 30) : org.start] + " " + text[org.end : org.end + 25]
    for pattern, role in ref.cue_values("role"):
        if pattern.search(window):
            return role
    if _is_government(org.text):
        return "government"
    return (
        "developer"
        if re.match(
            r"^,?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:built|build|develop|constructs?|"
            r"constructed|implement)",
            text[org.end :],
        )
        else "partner"
    )


def _is_government(name: str) -> bool:
    return bool(re.match(r"(?:the\s+)?(?:\w+\s+)?(?:Ministry|Government|Akimat|Agency|Committee)\b", name))


def _name_locality(frame: Frame, ref: Reference) -> str | None:
    """'Turgusun hydropower station': the name's first word when it is no organisation or country."""
    if not frame.name:
        return None
    first = frame.name.split()[0]
    if fold(first) in ref.country_by_surface or fold(first) in ref.organisation_by_alias or is_acronym(first):
        return None
    return first


def extract_article(article: ParsedArticle, ref: Reference) -> dict[str, list[dict]]:
    """Every per-article fact table as lists of rows (article_id added by the caller)."""
    reader = ArticleReader(article, ref)
    reader.read()
    return {"project_frames": reader.frame_rows(), **reader.rows}
