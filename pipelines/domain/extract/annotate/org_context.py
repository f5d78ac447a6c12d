"""What the words around each organisation say of it: a reporter, a parent only, or a party with a role."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.extract.annotate.cues import valued_matches
from pipelines.domain.extract.annotate.facility_types import head_pattern
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.annotate.numbers import SCALE
from pipelines.domain.extract.annotate.org_shapes import country_at_end
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.annotate.places import event_after
from pipelines.domain.reference import Reference, fold

_ROLE_WINDOW_BEFORE = 30  # characters before a name where a role word may stand
_ROLE_WINDOW_AFTER = 45
_COPULA_WINDOW = 80  # characters before a name where 'the contractor is (the Chinese company)' may stand
_COPULA_BEFORE = re.compile(r"\s+(?:is|was|will be|are|were)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# 'The general contractor of the Nura plant is X': the facility the role word is of, before the copula
_OF_FACILITY = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,7}[\w'’.-]+$")
_BUILDS_AFTER = re.compile(  # 'X has built', 'X will build', 'X plans to develop', 'X is building'
    r"^,?\s+(?:(?:has|have|had|will|would|is|are|plans? to|intends? to|is to|are to)\s+)?(?:also\s+)?"
    r"(?:built|builds?|building|develop|develops|developing|constructs?|constructed|constructing|implement)\b"
)
_DATELINE_BEFORE = re.compile(r"[A-Z]{2,}[^()/]{0,25}[(/]\s*$")  # 'BISHKEK (', 'DUSHANBE, 21.09.2018 /'
_DATELINE_AFTER = re.compile(r"\s*[)/]")
_OPENING_BRACKET = re.compile(r"\s*\(\s*\"?")
_COORDINATOR = re.compile(r"\s*(?:,|&|and|,\s*and)\s*", re.I)
# 'investor - X, EPC contractor - Y': a role followed by a dash or colon labels the name after it
_LABEL = re.compile(r"\s*(?:-|\u2013|\u2014|:)\s")
_AT_COMPANY = re.compile(r"\bat\s+(?:the\s+)?$")  # 'a new plant at Navoiazot JSC'
_HOST_REACH = 150  # characters before 'at X' where the facility X hosts may be named
# the country whose companies the news follows: the builder of two co-signers, the investor of an
# investment agreement
_FOLLOWED_HOME = "CN"


def with_context(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """`orgs` with `reporter`, `role` and `not_party` read from the sentence."""
    # 'a subsidiary of (the Chinese company) X'
    aside = re.compile(
        rf"(?i:{ref.cue_pattern('not_party').pattern})\s+(?:(?i:the)\s+)?(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){{0,3}}$"
    )
    read = [
        replace(
            org,
            reporter=is_reporter(sentence, org, ref),
            role=role_of(sentence, org, ref),
            not_party=bool(aside.search(sentence[: org.start])) or _speakers_employer(sentence, org, ref),
            nationality=nationality(org, ref),
        )
        for org in orgs
        if not _names_an_event(sentence, org, ref)
    ]
    contracted = _contract_with(sentence, _role_past_the_aside(sentence, read), ref)
    aliased = _bracketed_aliases(sentence, _investment_agreement_investor(sentence, contracted, ref))
    coordinated = _co_signers(sentence, _coordinated_roles(sentence, aliased, ref), ref)
    builders = _builders_beside_the_contractor(sentence, coordinated)
    return _host_companies(sentence, _clients_of_contractors(sentence, builders, ref), ref)


def _speakers_employer(sentence: str, org: OrgMention, ref: Reference) -> bool:
    """'said Chen Yudong, a research fellow at the Institute for Energy Studies': where a commentator works
    is no party to the news (`cues.csv`, commentator; a director at a company may speak for a party)."""
    people = ref.cue_pattern("commentator").pattern
    employer = ref.compiled(
        "employer_before", lambda: rf"\b(?i:{people})\b[^.;,]{{0,30}}?\bat\s+(?:the\s+)?$", 0
    )
    return bool(employer.search(sentence, 0, org.start))


def _names_an_event(sentence: str, org: OrgMention, ref: Reference) -> bool:
    """'during the SCO summit in Astana', 'the EAEU forum': an organisation that names an event is no party
    to what is signed there, nor the one an article speaks of."""
    return bool(event_after(ref).match(sentence[org.end :]))


_APPOSITION_OPENED = re.compile(r"^,\s+(?:itself\s+)?(?:a|an|the)\s+[^,;()]*$", re.I)


def _role_past_the_aside(sentence: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """'X LLC, a subsidiary of the Chinese company Y, is building the plant': the verb after the aside is
    X's; the parent the aside names has no role of its own."""
    out = list(orgs)
    for i in range(1, len(out)):
        named, parent = out[i - 1], out[i]
        passed = parent.not_party and parent.role != "partner" and named.role == "partner"
        if passed and _APPOSITION_OPENED.match(sentence[named.end : parent.start]):
            out[i - 1], out[i] = replace(named, role=parent.role), replace(parent, role="partner")
    return out


def _investment_agreement_investor(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'The Cabinet of Ministers and PowerChina signed an investment agreement on ...', 'Uzbekhydroenergo and
    CGGOI signed an investment agreement': the one Chinese company of a sentence that tells of an investment
    agreement invests (not the grid company of a power purchase agreement told with it)."""
    if not ref.cue_pattern("investment_agreement").search(sentence):
        return orgs
    parties = [
        o
        for i, o in enumerate(orgs)
        if o.role == "partner"
        and o.company_party
        and not (i and _OPENING_BRACKET.fullmatch(sentence[orgs[i - 1].end : o.start]))
    ]
    parties = [o for o in parties if o.nationality == _FOLLOWED_HOME]
    if len(parties) != 1:
        return orgs
    return [replace(o, role="investor") if o is parties[0] else o for o in orgs]


def _bracketed_aliases(sentence: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """'The EPC contractor is X Co., Ltd. (XCO)', 'a subsidiary of China Energy Engineering Corporation
    (Energy China)': the short form in brackets after a name has its role, and is set aside with it."""
    out = list(orgs)
    for i in range(1, len(out)):
        named = out[i - 1]
        if _OPENING_BRACKET.fullmatch(sentence[named.end : out[i].start]):
            role = named.role if out[i].role == "partner" else out[i].role
            out[i] = replace(out[i], role=role, not_party=out[i].not_party or named.not_party)
    return out


def _lent_to(ref: Reference) -> re.Pattern[str]:
    """'$500 million to ', 'a loan to ' (`loan` cues) right before a name: the borrower, whoever lends; 'a
    credit to cover most of the ', 'a loan for the ': what the money pays for."""
    return ref.compiled(
        "lent_to",
        lambda: (
            rf"(?:\d|\b{SCALE}|\b(?:{ref.cue_pattern('loan').pattern}))\s+"
            r"(?:to|(?:to\s+(?:cover|pay\s+for|fund|finance)|for)\s+(?:(?:most|part|all|half)\s+of\s+)?)"
            r"\s*(?:the\s+)?$"
        ),
    )


def _role_said_before(sentence: str, org: OrgMention, ref: Reference) -> str | None:
    """'The general contractor is the Chinese company X': the role a copula gives the name after it."""
    before = sentence[max(0, org.start - _COPULA_WINDOW) : org.start]
    copula = _COPULA_BEFORE.search(before)
    if copula is None:
        return None
    subject = before[: copula.start()]
    of_facility = _OF_FACILITY.search(subject)
    ends = {len(subject), of_facility.start() if of_facility else len(subject)}
    roles = [role for match, role in valued_matches(subject, ref, "role") if match.end() in ends]
    return roles[-1] if roles else None


def nationality(org: OrgMention, ref: Reference) -> str | None:
    """The country of a listed body, else the one its first word names: 'China Power ...', 'Kazakh
    Invest', 'Xinjiang Goldwind' (a province of China), else the one it ends in ('National Electric Grid
    of Kyrgyzstan'); 'Uzbekneftegaz' (no word tells) has none."""
    if org.known:
        listed = ref.organisation_rows.get(org.known, {}).get("country")
        if isinstance(listed, str) and listed:
            return listed
    first = fold(org.text.split()[0]) if org.text.split() else ""
    regions = ref.regions_by_surface.get(first, [])
    named_first = ref.country_by_surface.get(first) or (regions[0].country if len(regions) == 1 else None)
    return named_first or country_at_end(org.text, ref)


def _coordinated_roles(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'X and Y are acting as general contractors': names joined by 'and' share the role said after the
    last of them (not 'X and Y signed an EPC contract', which names the contract, not their role; not a
    ministry's standing, which its name tells: 'CNPC and the Ministry of Energy signed')."""
    out = list(orgs)
    for i in reversed(range(len(out) - 1)):
        joined = _COORDINATOR.fullmatch(sentence[out[i].end : out[i + 1].start])
        shared = joined and out[i].role == "partner" and out[i + 1].role not in ("partner", "government")
        if shared and not _signs_after(sentence, out[i + 1], ref):
            out[i] = replace(out[i], role=out[i + 1].role)
    return out


def _signs_after(sentence: str, org: OrgMention, ref: Reference) -> bool:
    """'... Y (YCO) have signed an EPC contract': the organisation is a subject signing a contract."""
    signs = ref.compiled(
        "signs_contract_after",
        lambda: (
            r"^(?:\s*\([^()]*\))?\s+(?:has\s+|have\s+|had\s+)?"
            rf"(?:{ref.cue_pattern('contract_signed').pattern})"
        ),
    )
    return bool(signs.match(sentence[org.end :]))


def _co_signers(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'China Tianchen Engineering and Navoiyazot have signed an EPC contract': the contract's role word
    stands by the second co-signer, but when only the first is Chinese, the first builds and the second
    signs as the client (whom `_clients_of_contractors` then makes the owner)."""
    out = list(orgs)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        joined = _COORDINATOR.fullmatch(sentence[first.end : second.start])
        swapped = first.nationality == _FOLLOWED_HOME != second.nationality and second.role == "contractor"
        if joined and swapped and _signs_after(sentence, second, ref) and not is_government(second.text):
            out[i], out[i + 1] = replace(first, role="contractor"), replace(second, role="partner")
    return out


def _clients_of_contractors(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'Uzbekneftegaz and Wison Engineering have signed an EPC contract', 'KEGOC signed a contract with TBEA,
    the contractor': the company that signs a works contract with its contractor is the client, the
    project's owner (not a ministry, a lender or another contractor)."""
    signed = ref.cue_pattern("contract_signed").search(sentence)
    if signed is None or not any(o.role == "contractor" for o in orgs):
        return orgs
    return [
        replace(o, role="owner")
        if o.role == "partner" and o.start < signed.start() and not (o.reporter or is_government(o.text))
        else o
        for o in orgs
    ]


_BUILT_BY = re.compile(  # 'built by X', and 'X (' before its short form
    r"\b(?:built|constructed)\s+by\s+(?:the\s+)?(?:[^,;()]{2,80}\s+\()?$", re.I
)
_GENERAL_CONTRACTOR = re.compile(
    r"\b(?:general|EPC|main)\s+contractor\s+(?:is|was|will be|:|-|\u2013)\s*(?:the\s+)?$", re.I
)


def _host_companies(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'the complex for the production of PVC ... at Navoiazot JSC', 'a new furnace at Kazzinc': the
    company a facility stands at, with no role of its own, owns it (not "at X's request")."""
    return [
        replace(o, role="owner")
        if o.role == "partner"
        and o.company_party
        and not sentence.startswith("'s", o.end)
        and _AT_COMPANY.search(sentence, 0, o.start)
        and head_pattern(ref).search(sentence, max(0, o.start - _HOST_REACH), o.start)
        else o
        for o in orgs
    ]


def _builders_beside_the_contractor(sentence: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """'The plant is being built by KPI ..., the general contractor is CNCEC': who builds beside a named
    general contractor is the developer building for itself."""
    named = any(_GENERAL_CONTRACTOR.search(sentence[: o.start]) for o in orgs if o.role == "contractor")
    if not named:
        return orgs
    builds = [o.role == "contractor" and _BUILT_BY.search(sentence[: o.start]) for o in orgs]
    return [replace(o, role="developer") if own else o for o, own in zip(orgs, builds, strict=True)]


def _contract_with(sentence: str, orgs: list[OrgMention], ref: Reference) -> list[OrgMention]:
    """'X signed an EPC contract with Y' (`contract_signed` cues): X is the client, the project's owner (and
    so is the name its bracketed short form stands for: 'X (XC) signed'); Y its contractor."""
    signed_with = ref.compiled(
        "contract_signed_with",
        lambda: (
            rf"^\)?\s+(?:has\s+|have\s+|had\s+)?(?:{ref.cue_pattern('contract_signed').pattern})"
            r"(?:\s+(?:worth|valued\s+at|totall?ing|of)\s+[^,;()]{1,40}?)?\s+with\s+(?:the\s+)?$"
        ),
    )
    out = list(orgs)
    for i in range(len(out) - 1):
        client, contractor = out[i], out[i + 1]
        if signed_with.match(sentence[client.end : contractor.start]) and not is_government(client.text):
            out[i], out[i + 1] = replace(client, role="owner"), replace(contractor, role="contractor")
            if i and _OPENING_BRACKET.fullmatch(sentence[out[i - 1].end : client.start]):
                out[i - 1] = replace(out[i - 1], role="owner")
    return out


_VERB_AFTER = re.compile(
    r"^\s*(?:would|will|is|are|was|were|has|have|had|can|could|should|plans?|intends?|agreed|signed)\b", re.I
)


def in_dateline(sentence: str, org: OrgMention) -> bool:
    """'BISHKEK (AKIpress) -', 'DUSHANBE, 21.09.2018 /Asia-Plus/': the outlet a dateline names."""
    return bool(_DATELINE_BEFORE.match(sentence[: org.start]) and _DATELINE_AFTER.match(sentence[org.end :]))


def is_reporter(sentence: str, org: OrgMention, ref: Reference) -> bool:
    """'X said', 'according to X', "X's press service reported", 'BISHKEK (X) -': the source of the news,
    not a party."""
    if in_dateline(sentence, org):
        return True
    cue = ref.cue_pattern("reporting").pattern
    after = re.match(rf"^(?:\s*\([^)]*\))?(?:'s)?\s*(?:has |have |had )?(?:{cue})", sentence[org.end :], re.I)
    before = re.search(rf"(?:{cue})\s+(?:of\s+)?(?:the\s+)?$", sentence[: org.start], re.I)
    # 'said Bank of China would lend': the subject of the reported clause, not its source
    acts = _VERB_AFTER.match(sentence[org.end :])
    return bool(after or (before and not acts))


def role_of(sentence: str, org: OrgMention, ref: Reference) -> str:
    """The role the nearest cue next to the organisation names ('built by X', 'X, the lender'),
    'government' for ministries, else 'partner'."""
    before = sentence[max(0, org.start - _ROLE_WINDOW_BEFORE) : org.start]
    if _lent_to(ref).search(before):
        before = ""  # 'will lend $500 million to X': the lending verb is not X's
    after = sentence[org.end : org.end + _ROLE_WINDOW_AFTER]
    found = [  # the nearest; of two that end where the name starts, the longer: 'invested and built by'
        (len(before) - m.end(), m.start() - m.end(), role) for m, role in valued_matches(before, ref, "role")
    ] + [
        (m.start(), m.start() - m.end(), role)
        for m, role in valued_matches(after, ref, "role")
        if not _LABEL.match(after, m.end())
    ]
    if found:
        return min(found)[2]
    said = _role_said_before(sentence, org, ref)
    if said:
        return said
    if is_government(org.text):
        return "government"
    return "developer" if _BUILDS_AFTER.match(sentence[org.end :]) else "partner"
