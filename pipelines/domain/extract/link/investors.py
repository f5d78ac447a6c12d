"""Who puts an amount in: the lender or spender its words name, else the investor, subject, backer or
organisation the article has spoken of; and the investors settled once the whole article is read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.domain.extract.annotate.cues import clause_bounds
from pipelines.domain.extract.annotate.money import Money
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import FALLBACK_ROLE, Facts
from pipelines.domain.extract.link.amount_words import (
    ALIAS_GAP,
    BREAKDOWN,
    CONTRACT_REACH,
    THE_REST,
    WITH_EQUITY,
    broken_down,
    inside_facility,
    lender_after,
    lender_before,
    named_backer,
    spender_before,
    spending,
)
from pipelines.domain.extract.link.discourse import ORG_NOUNS, Discourse, side_named, side_org, side_told
from pipelines.domain.reference import Reference, fold

_MONEY_ANAPHOR = re.compile(  # 'The money was allocated as a loan of X', 'X will finance the project'
    r"\b(?:the|this|that)\s+(?:money|funds|amount|sum|financing)\b"
    r"|\b(?:finance|fund)s?\s+the\s+(?:project|construction|plant|station)\b",
    re.I,
)
_COST_AFTER = re.compile(r"\s+(?:total\s+|overall\s+|estimated\s+)?(?:cost|price\s+tag|price)\b", re.I)
_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\b", re.I)
_FINANCING_ROLES = ("investor", "financier")
_BACKING_ROLES = ("investor", "owner", "developer")
_PAID_ROLES = ("contractor", "supplier")
_INVEST = re.compile(r"invest", re.I)  # of the `investment` cues, those of investing, not of cost or credit
_LENDING_KINDS = frozenset({"bank", "multilateral"})  # `organisations.csv` kinds that lend
# '$180 million loan agreement with (JSC) Navoiyazot': the borrower the lender signs with
_LOAN_WITH = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:loan|credit)(?:\s+(?:agreement|deal|facility|line))?\s+with\s+"
    r"(?:the\s+)?(?:[A-Z]{2,4}\s+)?",
    re.I,
)
# 'signed a loan agreement for USD 200 million', 'signed a $300 million credit agreement'
_SIGNED_LOAN = re.compile(
    r"\bsigned\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:loan|credit)(?:\s+(?:agreement|facility|deal))?\b",
    re.I,
)
_SIGNED_LOAN_REACH = 25  # characters from the loan signed to its amount ('... agreement for USD ')
_OWN_FUNDS_OF = re.compile(r"\bown\s+(?:funds|resources|money|capital)\s+of\s+(?:the\s+)?$", re.I)
_OWN_FUNDS_AFTER = re.compile(r"^(?:'s|’s)\s+own\s+(?:funds|resources|money|capital)\b", re.I)
# 'X will finance it from its own funds', 'which X will fund entirely from its own resources'
_FUNDS_ITSELF = re.compile(
    r"^\s+(?:will\s+|would\s+|is\s+to\s+)?(?:financ|fund)\w*\s+(?:it\s+|the\s+project\s+)?(?:\w+ly\s+)?"
    r"(?:from|with|out\s+of)\s+(?:its|their)\s+own\s+(?:funds|resources|money|capital)\b",
    re.I,
)
# 'a $51 million credit from the same bank', 'also financed by the Chinese bank', '... by the bank'
_LENDER_TOLD = re.compile(
    r"^[^.;]{0,30}?\b(?:from|by)\s+the\s+(?:same\s+(?:[\w-]+\s+)?|(?P<word>[\w-]+)\s+)?(?:bank|lender)\b",
    re.I,
)
_ANAPHOR_SUBJECT = re.compile(  # 'The developer said it', 'The joint venture', 'It'
    rf"^\s*(?:(?:The|This|That|Its|Their)\s+{ORG_NOUNS}(?:\s+(?:said|says|added|announced)\s+(?:that\s+)?"
    r"(?:it|they))?|(?:It|They)\b)"
)
# 'ENRC has said it', 'CNPC says that it': a body speaking of its own doing
_SAYS_IT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|stated|confirmed|reported)\s+(?:that\s+)?(?:it|they)\s+",
    re.I,
)
_SPEND_REACH = 20  # characters from a verb of spending to its amount ('to invest another $60 million')
# 'Of this amount, ...', 'Of the total, ...', 'Out of that sum, ...': a part of the amount just given
_OF_THE_WHOLE = re.compile(
    r"^\W*(?:of|out of|from)\s+(?:this|that|the|these)\s+(?:total\s+)?"
    r"(?:amount|sum|total|loan|credit(?:\s+line)?|financing|funds|money|package)\b",
    re.I,
)
_INVESTMENT_NOUN = re.compile(r"\binvestments?\b", re.I)  # 'The investment amounted to $182 million'
_SUBJECT_REACH = 4  # characters before an organisation that opens its sentence ('The X', '- X')
_CONTRACT_BEFORE = re.compile(
    r"\b(?:contracts?|tenders?|orders?)\b(?:\s+\w+){0,3}\s+(?:worth|for|of|valued at)\s+$"
    r"|\bcontract value:\s*$",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    """An amount of money in its sentence, the projects it covers and what the reader knows of the article."""

    sentence: SentenceDoc
    money: Money
    projects: list[str]
    discourse: Discourse
    facts: Facts
    ref: Reference

    def party(self, surface: str) -> bool:
        """A participant of the projects the amount covers."""
        return any(
            r["frame_id"] in self.projects and r["surface"] == surface for r in self.facts.participants
        )

    def party_in(self, roles: tuple[str, ...]) -> str | None:
        """The first organisation named in one of `roles` (in that order) for the projects."""
        for role in roles:
            found = [
                r["surface"]
                for r in self.facts.participants
                if r["frame_id"] in self.projects and r["role"] == role
            ]
            if found:
                return found[0]
        return None


def settle_open_investors(discourse: Discourse, facts: Facts, ref: Reference) -> None:
    """'The plant will cost $700 million. ... The plant belongs to Atyrau Energy JSC.': a project's cost
    or investment that no word of its sentence gives anyone is put in by the project's one investor, owner
    or developer the whole article names (known once every sentence is read), never by a lender, nor in a
    sentence that names a country's side ('the Chinese side' no organisation stood for is no one)."""
    financiers = {r["surface"] for r in facts.participants if r["role"] == "financier"}
    lenders = set(_loan_lenders(facts, ref)) | financiers
    covered: dict[str, list[str]] = {}
    for row in facts.investment_frames:
        covered.setdefault(row["investment_key"], []).append(row["frame_id"])
    sentences = {s.idx: s for s in discourse.doc.sentences}
    for row in facts.investments:
        projects = covered.get(row["investment_key"], [])
        if row["investor_surface"] is None and len(projects) == 1 and _open_cost(row, sentences, ref):
            backer = _sole_backer(projects, facts, discourse)
            row["investor_surface"] = None if backer in lenders else backer


def _sole_backer(projects: list[str], facts: Facts, discourse: Discourse) -> str | None:
    """The one investor, else the one owner, else the one developer of the projects (not one of the
    shareholders a cost is shared by)."""
    for role in _BACKING_ROLES:
        found = {
            discourse.org_key(r["surface"]): r["surface"]
            for r in facts.participants
            if r["frame_id"] in projects and r["role"] == role
        }
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _open_cost(row: dict, sentences: dict[int, SentenceDoc], ref: Reference) -> bool:
    """An amount its sentence calls a cost or an investment ('The investment amounted to $182 million'; not
    'filed a claim for $240 million'), in a sentence that names no country's side."""
    _, idx, start = row["investment_key"].split(":")[:3]
    sentence = sentences[int(idx)]
    money = next(m for m in sentence.money if m.start == int(start))
    before = sentence.text[max(0, money.start - CONTRACT_REACH) : money.start]
    priced = _priced(sentence, money, ref) or _INVESTMENT_NOUN.search(before)
    return bool(priced) and side_named(sentence)[0] is None


def lender_of_previous_amount(sentence: SentenceDoc, discourse: Discourse, facts: Facts) -> None:
    """'The cost of the project amounted to $386 million. The money was allocated as a loan of the
    Export-Import Bank of China': the lender of an amount the previous sentence gave with no investor."""
    lenders = [o.text for o in sentence.orgs if o.role in _FINANCING_ROLES and not o.reporter]
    if not (lenders and sentence.idx and _MONEY_ANAPHOR.search(sentence.text)):
        return
    if _SHARE.search(sentence.text):
        return  # '85 percent of the financing will be provided by a loan from X': X lends a part only
    previous = discourse.doc.sentences[sentence.idx - 1].text
    for row in facts.investments:
        if row["evidence"] == previous and row["investor_surface"] is None:
            row["investor_surface"] = lenders[0]


def investor_of(amount: Amount) -> str | None:
    """Who puts the money in: the lender named right after the amount ('$X from Y'); for a contract, the
    project's owner, not the contractor paid; else the nearest organisation with a financing role, the
    organisation the article calls the investor, the subject, or the organisation spoken of."""
    sentence, money, ref = amount.sentence, amount.money, amount.ref
    received = _recipients(sentence, money, ref)  # 'lenders agreed to provide $4.2 billion to X'
    named = _may_invest(sentence, received, ref)
    if (signatory := _lending_signatory(sentence, money, named, ref)) is not None:
        return signatory.text
    if spender := _spender(sentence, money, named, amount.discourse, ref):
        return spender
    lender = lender_after(sentence, money, _in_clause(named, sentence, money))
    if lender:
        for root in amount.projects:  # 'a loan of $100 million from X': X finances the project
            amount.facts.add_participant_of(root, lender.text, "financier", sentence.text)
        return lender.text
    if (whole := _backer_of_the_whole(amount)) is not None:
        return whole  # 'Of this amount, $2.1bn is earmarked for X': the whole amount's lender lends the part
    if _the_bank_told(sentence, money, ref) and (told := _lender_pointed_back(amount.facts, ref)):
        return told  # 'financed by a $51 million credit from the same bank'
    if (own := _own_funder(sentence, named)) is not None:
        return own.text  # 'financed from the own funds of the State Concern X', "from X's own resources"
    if not named and ref.cue_pattern("public_budget").search(sentence.text, money.end):
        return None  # 'will be allocated from the republican budget': the state's money, no company's
    if len(sentence.money) > 1 and (inside_facility(sentence, money) or broken_down(sentence, money)):
        return amount.party_in(_BACKING_ROLES)  # 'lend $400m for the $1.2bn project': its value
    lenders = [lender_after(sentence, other, named) for other in sentence.money if other != money]
    claimed = {name for lender in lenders if lender for name in (lender.text, lender.alias) if name}
    candidates = [o for o in _in_clause(named, sentence, money) if o.text not in claimed]  # or its '(UFRD)'
    if _CONTRACT_BEFORE.search(sentence.text[max(0, money.start - CONTRACT_REACH) : money.start]):
        return amount.party_in(("owner",))
    priced = _priced(sentence, money, ref)  # 'the total project cost is $412 million': not a lender's
    financing = _financing(sentence, money, candidates)
    if priced:  # 'X will finance the project, estimated at $N': the subject, if no lender, puts in the price
        financing = [o for o in financing[:1] if candidates and o is candidates[0] and not _lends(o, ref)]
    if financing:
        return min(financing, key=lambda o: abs(o.start - money.start)).text
    if not any(o.start < money.start for o in candidates) and _several_parties_put_in(sentence, money, ref):
        return None  # 'The shareholders will fund the remaining $3.2 billion': no one body's
    side, party = _side_party(amount)
    implied = party or _implied_investor(amount, candidates, priced)
    if implied in received:
        return None  # X receives it, whoever lends
    return None if side and amount.discourse.nationalities.get(implied or "") not in (None, side) else implied


def _lending_signatory(
    sentence: SentenceDoc, money: Money, named: list[OrgMention], ref: Reference
) -> OrgMention | None:
    """'X, its subsidiary Y and China Development Bank signed a loan agreement for USD 200 million': of
    the several parties signing a loan, the one bank lends."""
    low, _ = clause_bounds(sentence.text, money.start)
    signed = _SIGNED_LOAN.search(sentence.text, low)
    if signed is None or not signed.start() < money.start <= signed.end() + _SIGNED_LOAN_REACH:
        return None
    parties = [o for o in named if low <= o.start < signed.start()]
    lenders = [o for o in parties if _lends(o, ref)]
    return lenders[0] if len(lenders) == 1 and len(parties) > 1 else None


def _several_parties_put_in(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'Chinese banks will lend $4 billion', 'A group of lenders agreed to provide ...': the amount's clause
    opens with several unnamed bodies (`parties` cues) as its subject."""
    low, _ = clause_bounds(sentence.text, money.start)
    subject = ref.compiled(  # 'A group of state lenders', not 'The consortium formed by these companies'
        "parties_subject",
        lambda: (
            rf"^\W*(?:(?!(?:by|with|for|to|in|from|between|and|formed|led)\b)[\w'-]+\s+){{0,5}}?"
            rf"(?:{ref.cue_pattern('parties').pattern})\s"
        ),
    )
    return bool(subject.match(sentence.text[low : money.start]))


def _recipients(sentence: SentenceDoc, money: Money, ref: Reference) -> set[str]:
    """The names of the organisations the sentence gives the amount to."""
    to = [o for o in sentence.orgs if _recipient(sentence, money, o, ref)]
    return {name for o in to for name in (o.text, o.alias) if name}


def _backer_of_the_whole(amount: Amount) -> str | None:
    """'X announced a $2.7 billion credit line from CDB. Of this amount, $2.1bn is earmarked for the Y
    project': a part of the amount the previous sentence gave, in a sentence that names no organisation, is
    put in by the lender or spender of that amount."""
    sentence = amount.sentence
    if not (sentence.idx and _OF_THE_WHOLE.match(sentence.text)) or any(
        not o.reporter for o in sentence.orgs
    ):
        return None
    previous = amount.discourse.doc.sentences[sentence.idx - 1]
    orgs = [o for o in previous.orgs if not o.reporter]
    backers = (named_backer(previous, money, orgs, amount.ref) for money in previous.money)
    return next((backer.text for backer in backers if backer is not None), None)


def _side_party(amount: Amount) -> tuple[str | None, str | None]:
    """'The Chinese investor put in ...' in a sentence that names no organisation: the side's country and
    its party (not a lender), if the article names one."""
    sentence, discourse = amount.sentence, amount.discourse
    side = None if sentence.orgs else side_told(discourse, sentence)
    if side is None:
        return None, None
    return side, side_org(discourse, sentence, side, frozenset(_lenders(amount)), tuple(amount.projects))


def _financing(sentence: SentenceDoc, money: Money, candidates: list[OrgMention]) -> list[OrgMention]:
    """The candidates named to finance, but for lenders of a part beside equity ('... with own funds and a
    loan from X': X lends a part) or of a part broken out of the amount ('$160 million, part of which was
    lent by X')."""
    mixed = WITH_EQUITY.search(sentence.text, money.end) or BREAKDOWN.search(sentence.text, money.end)
    return [o for o in candidates if o.role in _FINANCING_ROLES and not (mixed and o.start >= mixed.end())]


def _spender(
    sentence: SentenceDoc, money: Money, named: list[OrgMention], discourse: Discourse, ref: Reference
) -> str | None:
    """The organisation whose own words spend the amount: 'with Huaneng contributing around $156 million
    in equity', 'a plant (CTG, $720 million)', 'a loan of X of $398 million', 'The developer said it will
    invest $250 million'."""
    spender = (
        spender_before(sentence, money, named, ref)
        or _bracket_partner(sentence, money, named)
        or lender_before(sentence, money, named)
        or _spender_named_back(sentence, money, ref)
        or _reporter_spending(sentence, money, ref)
    )
    return spender.text if spender else _spender_pointed_at(sentence, money, named, discourse, ref)


def _reporter_spending(sentence: SentenceDoc, money: Money, ref: Reference) -> OrgMention | None:
    """'ENRC has said it will invest $200 million in the work': the organisation that says 'it' will
    spend the amount is its spender, not the subsidiary the article spoke of before."""
    for org in sentence.orgs:
        says = _SAYS_IT.match(sentence.text, org.end)
        if says is None or says.end() > money.start:
            continue
        verbs = list(spending(ref).finditer(sentence.text, says.end(), money.start))
        if verbs and money.start - verbs[-1].end() <= _SPEND_REACH:
            return org
    return None


def _implied_investor(amount: Amount, candidates: list[OrgMention], priced: bool) -> str | None:
    """No organisation of the sentence puts the amount in by its words: the investor the article named, the
    subject, the project's backer, or the organisation spoken of; never, for a project's price, its lender."""
    lenders = _lenders(amount) if priced else set()
    subject = None if candidates else _antecedent_subject(amount, lenders)
    own = any(o.company_party for o in candidates)
    named = subject or _named_investor(amount, lenders, own)
    if named:
        return named  # 'X has signed for a 300 MW plant. That project is worth $310 million.'
    before = [  # 'was built by Kawasaki and opened at a cost of $1.7 billion': the builder is paid
        o
        for o in candidates
        if o.start < amount.money.start
        and not is_government(o.text)
        and o.text not in lenders
        and o.role not in _PAID_ROLES
    ]
    if before:
        return before[0].text
    backer = amount.party_in(_BACKING_ROLES)
    if backer and backer not in lenders:
        return backer  # 'the project's total cost is put at $100m': its investor, owner or developer
    telling = [o.text for o in amount.sentence.orgs if o.reporter and amount.party(o.text)]
    if telling and telling[0] not in lenders:
        return telling[0]  # 'The project's final cost came to $548 million, Energy China said': its party's
    return _investor_around(amount, lenders) or _builder_investing(amount, lenders, priced)


def _investor_around(amount: Amount, lenders: set[str]) -> str | None:
    """The investor the next sentence names ('The cost of the project is USD 580 million. The investor of
    the project is X.'), else the organisation spoken of, unless it is paid, else the projects' one party."""
    sentence, discourse = amount.sentence, amount.discourse
    announced = _investor_named_next(sentence, discourse, lenders)
    if announced:
        return announced
    people = discourse.people_orgs(sentence)
    spoken_of = people[0] if people else discourse.focus_org(sentence)
    if spoken_of and not _is_paid(spoken_of, amount, lenders):
        return spoken_of
    return _sole_party(amount, lenders)


def _investor_named_next(sentence: SentenceDoc, discourse: Discourse, lenders: set[str]) -> str | None:
    """The organisation the next sentence of the paragraph calls the investor, for an amount no organisation
    of its own sentence puts in."""
    following = discourse.doc.next_sentence(sentence)
    if following is None or following.paragraph != sentence.paragraph:
        return None
    investors = (
        o.text
        for o in following.orgs
        if o.role == "investor" and not (o.reporter or o.not_party) and o.text not in lenders
    )
    return next(investors, None)


def _named_investor(amount: Amount, lenders: set[str], company_named: bool) -> str | None:
    """The investor the article named, unless it is another project's (named only in the paragraph of a
    sentence that names a company of its own: '- X and Y signed an investment agreement on a beef plant;
    - COFCO signed a memorandum on a wheat plant. COFCO is ready to invest $180 million'), a lender, or a
    parent told in an aside ('X, itself part of the Y group, will build ...': Y is not the one investing)."""
    asides = {r["parent"] for r in amount.facts.org_relations if r["evidence"] == amount.sentence.text}
    ours = [
        i
        for i in amount.discourse.investors
        if (amount.party(i) or (_named_here(i, amount.sentence, amount.discourse) and not company_named))
        and i not in lenders
        and i not in asides
    ]
    return ours[-1] if ours else None


def _antecedent_subject(amount: Amount, lenders: set[str]) -> str | None:
    """'Universal Energy has signed for a 300 MW plant. That project is worth $310 million.': for an
    amount in a sentence naming no organisation, the organisation that opened the sentence that last
    spoke of the project, alone, when it is a party of it and neither paid, lending nor a government body."""
    idx = amount.sentence.idx
    earlier = [m for m in amount.discourse.mentions if m.root in amount.projects and m.sentence.idx < idx]
    if not earlier:
        return None
    last = earlier[-1]
    orgs = [o for o in last.sentence.orgs if not o.reporter and o.end <= last.head_start]
    if not orgs or orgs[0].start > _SUBJECT_REACH:
        return None
    text = last.sentence.text
    if len(orgs) > 1 and _co_subject(text[orgs[0].end : orgs[1].start], amount.ref):
        return None  # 'X and (the Chinese company) Y signed an agreement on a plant': no one party's
    first = orgs[0].text
    paid = _is_paid(first, amount, lenders)
    return first if amount.party(first) and not (paid or is_government(first)) else None


def _co_subject(between: str, ref: Reference) -> bool:
    """' and ', ' (XY) and the ', ' and the Chinese company ': what joins two subjects of one verb."""
    joined = ref.compiled(
        "co_subject",
        lambda: (
            rf"{ALIAS_GAP}(?:,|and|&)\s*(?:the\s+)?"
            rf"(?:(?:[\w-]+\s+)?(?:{ref.cue_pattern('organisation_noun').pattern})\s+)?$"
        ),
    )
    return bool(joined.fullmatch(between))


def _builder_investing(amount: Amount, lenders: set[str], priced: bool) -> str | None:
    """'The total investment in the project amounts to $1.1 billion' of a wind farm 'being built by X' that
    names no owner, developer or investor: the one builder invests, as a producer building what it will
    own does (a price, 'the project costs $X', stays no one's)."""
    sentence = amount.sentence
    invests = [
        c
        for c in sentence.cue("investment")
        if c.end <= amount.money.start and _INVEST.match(sentence.text, c.start)
    ]
    if priced or not invests:
        return None
    parties = [r for r in amount.facts.participants if r["frame_id"] in amount.projects]
    if any(r["role"] in _BACKING_ROLES + _FINANCING_ROLES for r in parties):
        return None
    builders = {r["surface"] for r in parties if r["role"] == "contractor"} - lenders
    return builders.pop() if len(builders) == 1 else None


def _sole_party(amount: Amount, lenders: set[str]) -> str | None:
    """'The Cabinet and NWEC signed an investment agreement for the wind farm. Investment: $520 million':
    the one party of the projects no word gives a role (not a government body, a lender or a party's
    parent) puts the money in."""
    facts, org_key = amount.facts, amount.discourse.org_key
    parents = {org_key(r["parent"]) for r in facts.org_relations}
    parties: dict[str, str] = {}  # an organisation's key -> its first surface
    for row in facts.participants:
        surface = row["surface"]
        key = org_key(surface)
        generic = row["frame_id"] in amount.projects and row["role"] == FALLBACK_ROLE
        if generic and key not in parents and not is_government(surface) and surface not in lenders:
            parties.setdefault(key, surface)
    return next(iter(parties.values())) if len(parties) == 1 else None


def _lenders(amount: Amount) -> set[str]:
    """The organisations the article has lend money for these projects, named their financiers, or that
    lend another amount of this sentence ('... cost at $1.1 billion and Bank of China would lend $500m')."""
    sentence, facts = amount.sentence, amount.facts
    lent = set(_loan_lenders(facts, amount.ref))
    named = {
        r["surface"]
        for r in facts.participants
        if r["frame_id"] in amount.projects and r["role"] == "financier"
    }
    orgs = [o for o in sentence.orgs if not o.reporter]
    others = (other for other in sentence.money if other != amount.money)
    here = {spender_before(sentence, other, orgs, amount.ref) for other in others}
    return lent | named | {o.text for o in here if o is not None}


def _the_bank_told(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'... from the same bank', '... was also financed by the Chinese bank', '... by the bank': the lender
    the article has named, not a bank named here ('by the Development Bank of Kazakhstan')."""
    told = _LENDER_TOLD.match(sentence.text[money.end :])
    word = told and told["word"]
    return bool(told) and (not word or word.islower() or fold(word) in ref.country_by_surface)


def _loan_lenders(facts: Facts, ref: Reference) -> list[str]:
    """The lenders of the article's loans so far, in the order told."""
    loan = ref.cue_pattern("loan")
    return [
        r["investor_surface"]
        for r in facts.investments
        if r["investor_surface"] and loan.search(r["evidence"])
    ]


def _lender_pointed_back(facts: Facts, ref: Reference) -> str | None:
    """The lender 'the same bank' or 'the Chinese bank' points back to: the last of the article's loans
    with an amount, else the last financier named for a loan with none ('financed by a loan from X')."""
    loan = ref.cue_pattern("loan")
    named = [
        r["surface"] for r in facts.participants if r["role"] == "financier" and loan.search(r["evidence"])
    ]
    lenders = _loan_lenders(facts, ref) or named
    return lenders[-1] if lenders else None


def _spender_named_back(sentence: SentenceDoc, money: Money, ref: Reference) -> OrgMention | None:
    """'an agreement with X on a blade plant, under which the company will invest $60 million': 'the
    company' or 'it' spending the amount in a later clause is the company the sentence named before it."""
    told = ref.compiled(
        "spender-named-back",
        lambda: (
            rf"(?:\bthe\s+{ORG_NOUNS}|\b(?:it|they))\s+"
            r"(?:(?:will|would|shall|is|are|has|have|plans?|intends?|agreed|also)\s+(?:to\s+)?)*"
            rf"(?:{spending(ref).pattern})\s+(?:[\w&.,'()-]+\s+){{0,6}}?$"
        ),
    ).search(sentence.text, 0, money.start)
    if told is None:
        return None
    before = [o for o in sentence.orgs if o.end <= told.start() and o.company_party]
    return before[-1] if before else None


def _spender_pointed_at(
    sentence: SentenceDoc, money: Money, orgs: list[OrgMention], discourse: Discourse, ref: Reference
) -> str | None:
    """'The developer said it will invest around $250 million in the plant and is negotiating debt financing
    with the ADB': the organisation a subject like 'the developer' or 'it' points to spends the amount,
    not the organisations named after it."""
    subject = _ANAPHOR_SUBJECT.match(sentence.text)
    if not subject or any(o.start < money.start for o in orgs):
        return None
    verbs = list(spending(ref).finditer(sentence.text, subject.end(), money.start))
    if not verbs or money.start - verbs[-1].end() > _SPEND_REACH:
        return None  # the verb of spending stands near its amount: '... and to invest another $60 million'
    pointed = discourse.org_pointed_at(sentence)
    return pointed[0] if pointed else None


def _bracket_partner(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'a 500 MW pumped storage plant (China Three Gorges Corporation, $720 million)': the one organisation
    an amount shares its brackets with."""
    text = sentence.text
    opened, closed = text.rfind("(", 0, money.start), text.find(")", money.end)
    if opened < 0 or closed < 0 or ")" in text[opened : money.start] or "(" in text[money.end : closed]:
        return None
    inside = [o for o in orgs if opened < o.start and o.end <= closed]
    return inside[0] if len(inside) == 1 else None


def _recipient(sentence: SentenceDoc, money: Money, org: OrgMention, ref: Reference) -> bool:
    """'a credit line of KZT 51.7 billion (about $103 million) to Pavlodar Ferroalloy Works', 'a $180 million
    loan agreement with JSC Navoiyazot': the borrower the money goes to is not who puts it in."""
    between = sentence.text[money.end : org.start]
    if org.start < money.end:
        return False
    if _to_recipient(ref).fullmatch(between):
        return True
    # 'KEGOC signed a $100 million loan with the Asian Development Bank': a lender signed with lends
    lender_signs = any(_lends(o, ref) for o in sentence.orgs if o.end <= money.start)
    return bool(_LOAN_WITH.fullmatch(between)) and lender_signs and not _lends(org, ref)


def _to_recipient(ref: Reference) -> re.Pattern[str]:
    """'$X (about $Y) to Z', '$300 million loan to Z', '$1 billion in credits to Z' (`loan` cues), '... to
    Pavlodar Ferroalloy Works LLP (' (its acronym): what stands between an amount and its borrower."""
    return ref.compiled(
        "to_recipient",
        lambda: (
            r"\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:in\s+)?(?:[\w-]+\s+)?(?:"
            + ref.cue_pattern("loan").pattern
            + r")\s+)?to\s+(?:the\s+)?(?:[^,;()]{1,80}\()?"
        ),
    )


def _lends(org: OrgMention, ref: Reference) -> bool:
    """A listed bank or development finance institution."""
    return ref.organisation_rows.get(org.known or "", {}).get("kind") in _LENDING_KINDS


def _may_invest(sentence: SentenceDoc, received: set[str], ref: Reference) -> list[OrgMention]:
    """The sentence's organisations but its reporters (not one putting a cost on the plant: 'KAZ Minerals
    estimates the total cost of Aktogay at $2.2 billion'), the borrowers the money goes to (`received`) and
    a buyer."""
    return [
        o
        for o in sentence.orgs
        if (not o.reporter or _estimates_cost(sentence, o, ref))
        and o.text not in received
        and not _buyer(sentence, o, ref)
    ]


def _estimates_cost(sentence: SentenceDoc, org: OrgMention, ref: Reference) -> bool:
    """'X estimates the cost of ... at', 'X puts total investment at': the organisation's own verb prices."""
    estimate = ref.compiled(
        "estimates-after", lambda: rf"\s+(?:\w+\s+)?(?:{ref.cue_pattern('cost_estimate').pattern})"
    )
    return bool(estimate.match(sentence.text, org.end))


def _buyer(sentence: SentenceDoc, org: OrgMention, ref: Reference) -> bool:
    """'signed a power purchase agreement with the National Electric Grid of Uzbekistan for a 300 MW solar
    park, worth $230 million', 'Off-taker: JSC "NEGU" (NEGU)': who buys the output (under any of its names)
    does not put the money in."""
    full = next((o for o in sentence.orgs if o.alias == org.text and o.end <= org.start), org)
    before = sentence.text[max(0, full.start - CONTRACT_REACH) : full.start]
    return bool(ref.cue_pattern("buyer_before").search(before))


def _priced(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'The total project cost is estimated at $412 million': an amount that prices a project, not money
    lent; its investor is the project's backer, not a lender the paragraph names."""
    before = sentence.text[max(0, money.start - CONTRACT_REACH) : money.start]
    if _COST_AFTER.match(sentence.text, money.end):
        return True  # 'lent $230 million of its roughly $900 million cost'
    return bool(ref.cue_pattern("priced").search(before) or ref.cue_pattern("cost_estimate").search(before))


def _own_funder(sentence: SentenceDoc, orgs: list[OrgMention]) -> OrgMention | None:
    """'will be financed at the expense of the own funds of the State Concern X', "from X's own
    resources", 'which X will fund from its own funds': the organisation whose own money the sentence says
    pays (not 'the rest will be covered by X's own funds': a part)."""
    text = sentence.text
    for org in orgs:
        after = text[org.end :]
        if (
            _OWN_FUNDS_OF.search(text[: org.start])
            or _OWN_FUNDS_AFTER.match(after)
            or _FUNDS_ITSELF.match(after)
        ):
            low, _ = clause_bounds(text, org.start)
            return None if THE_REST.search(text[low : org.start]) else org
    return None


def _in_clause(orgs: list[OrgMention], sentence: SentenceDoc, money: Money) -> list[OrgMention]:
    """'Exim provided a $1.1 billion loan, and ICBC added a $700 million facility': the organisations of
    the amount's clause, when it names any."""
    low, high = clause_bounds(sentence.text, money.start)
    return [o for o in orgs if low <= o.start < high] or orgs


def _named_here(surface: str, sentence: SentenceDoc, discourse: Discourse) -> bool:
    """Named in this sentence's paragraph."""
    paragraph = {s.idx for s in discourse.doc.sentences if s.paragraph == sentence.paragraph}
    return any(idx in paragraph and org == surface for idx, org in discourse.org_trail)


def _paid_party(surface: str, amount: Amount) -> bool:
    """'The 100 MW plant will be built by PowerChina. It is valued at $120 million': the contractor or
    supplier of the projects is paid, not the one who puts the money in."""
    roles = {
        r["role"]
        for r in amount.facts.participants
        if r["frame_id"] in amount.projects and r["surface"] == surface
    }
    return bool(roles) and roles <= set(_PAID_ROLES)


def _is_paid(surface: str, amount: Amount, lenders: set[str]) -> bool:
    """An organisation the projects pay (their contractor or supplier, or one last named as such) or that
    lends to them: not the one who puts the money in."""
    return (
        _paid_party(surface, amount)
        or surface in lenders
        or _last_named_paid(surface, amount.sentence, amount.discourse)
    )


def _last_named_paid(surface: str, sentence: SentenceDoc, discourse: Discourse) -> bool:
    """'The furnaces were supplied by X.' before 'The investment amounted to $47 million': an organisation
    whose last earlier mention names it a supplier or contractor is paid, not investing."""
    for doc in reversed(discourse.doc.sentences[: sentence.idx]):
        roles = [o.role for o in doc.orgs if o.text == surface]
        if roles:
            return roles[-1] in _PAID_ROLES
    return False
