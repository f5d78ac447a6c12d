"""What the words beside an amount of money say: a part broken out of a total, an amount inside a facility
phrase, and the lender or spender its own words name ('$400 million from X', 'X is spending $1 billion')."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.money import Money
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.annotate.quantities import ROUGHLY
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.reference import Reference

# '$X from Y', '$X provided (entirely) by Y', '$X from a group of banks led by Y', 'a $X loan agreement
# with Y'; not '$X, built by Y'
_LENDER_AFTER = re.compile(
    r"^(?:(?!\band\s+(?:is|are|was|were|has|have|had|will|would|also)\s+"  # not past another verb
    r"(?!(?:be\s+|been\s+)?(?:(?:\w+ly|also)\s+)?(?:financed|funded|provided|backed|lent|granted|paid)\b))"
    r"[^.;]){0,60}?"
    r"\b(?P<prep>(?:financed|funded|covered)\s+(?:by|with|through)\s+(?:an?\s+)?(?:\w+\s+)?(?:loan|credit)s?\s+"
    r"(?:of|from)|from|"  # 'financed by a loan of the X'
    # a bare 'of', not 'most of the X' (what the money covers)
    r"(?<!most )(?<!part )(?<!half )(?<!some )(?<!rest )(?<!cost )(?<!share )of(?!\s+which)|"
    r"(?:provided|extended|financed|funded|lent|granted|backed|invested|paid|arranged|led)(?:\s+\w+ly)? by|"
    r"(?:loan|credit|financing)(?:\s+(?:agreement|facility|line|deal))?\s+with)"
    r"(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:a\s+)?(?:group|syndicate|consortium|pool)\b))"  # a name or a group
    # 'the Chinese firm X'
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:company|firm|bank|investor)\s+(?=(?-i:[A-Z])))?"
    r"(?:(?:a\s+)?(?:group|syndicate|consortium|pool)(?:\s+of\s+[\w\s-]{0,40}?)?\s+(?:led|headed)\s+by\s+(?:the\s+)?)?",
    re.I,
)
# 'a $349m China Exim loan', 'a $2.7bn China Development Bank facility'
_LOAN_NAMED = re.compile(r"\s+(?:loan|credit|financing|(?:credit\s+)?facility)\b", re.I)
BREAKDOWN = re.compile(r"\b(?:of which|including|among which|comprising)\b", re.I)
WITH_EQUITY = re.compile(r"\b(?:equity|own (?:funds|resources|capital))\s+(?:and|plus)\b", re.I)
_OF_REACH = 40  # characters after an amount where a lender's bare 'of' may stand ('$50 million of ADB')
_LENDER_REACH = 4  # characters past the lender phrase where the lender's name may start
_LOAN_HEADS = ("facility",)  # 'ICBC added a $700 million facility': a credit line, not a plant
_LOAN_WORD = r"(?:loans?|credits?|credit line|financing|facility)"
_LOAN_OF_BEFORE = re.compile(  # 'a loan of the China Development Bank of US$398 million'
    rf"\b{_LOAN_WORD}\s+(?:of|from|by)\s+(?:the\s+)?$", re.I
)
_AMOUNT_OF = r"(?:of|worth|for|amounting to|totall?ing|in (?:the )?amount(?: of)?)"  # 'a loan of', 'worth'
_AMOUNT_OF_BETWEEN = re.compile(rf"^(?:\s+\([A-Z][\w&-]*\))?\s+{_AMOUNT_OF}\s+(?:US)?$", re.I)  # ' (IBRD) of'
_LOAN_AGREEMENT_WITH = re.compile(  # 'entered into a facility agreement with Bank of China (Kazakhstan)'
    rf"\b{_LOAN_WORD}\s+agreements?\s+with\s+(?:the\s+)?$", re.I
)
_SIGNED_WITH = re.compile(r"^[^.;]{0,40}?\b(?:signed|concluded)\s+with\s+(?:the\s+)?$", re.I)
# 'the $600 million loan that the Export-Import Bank of China signed for the project': the lender a relative
# clause of the loan names as its subject
_LOAN_THAT = re.compile(rf"^\s+{_LOAN_WORD}(?:\s+agreements?)?\s+(?:that|which)\s+(?:the\s+)?$", re.I)
_GRANTED = re.compile(
    r"^\s+(?:(?:has|had|have)\s+)?(?:signed|provided|extended|granted|approved|arranged|gave|offered|lent|"
    r"disbursed|agreed)\b",
    re.I,
)
# '..., in respect of a term loan facility of up to US$120 million', 'a loan agreement for 450 million'
_LOAN_AMOUNT_BEFORE = re.compile(
    rf"\b{_LOAN_WORD}(?:\s+agreements?)?\s+{_AMOUNT_OF}\s+(?:(?:{ROUGHLY})\s+)?$", re.I
)
THE_REST = re.compile(r"\b(?:the\s+rest|remainder|remaining|balance)\b", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)  # 'an agreement with (the) X'
ALIAS_GAP = r"\s*(?:\([^)]*\)\s*)?"  # a short name in brackets between two names: 'X (XY) and Y'
# joined by 'and' only ('Under a loan agreement with X, Y will provide' is no pair); ' (' and ') and ' where
# the bracketed short name is a mention of its own
_JOINED = re.compile(rf"\s*\(\s*|\)?{ALIAS_GAP},?\s*(?:and|&)\s+(?:the\s+)?")
# what stands before an organisation a preposition governs ('a guarantee of the government')
_GOVERNED = re.compile(r"\b(?:of|by|from|to|with|for|under|at|in|on)\s+(?:the\s+)?$")
CONTRACT_REACH = 40  # characters before an amount where 'a contract worth' may stand


def splits(sentence: SentenceDoc, total: Money, part: Money) -> bool:
    """'USD 350 million, of which USD 200 million ...': the part's amount breaks the total down."""
    return total.end <= part.start and bool(BREAKDOWN.search(sentence.text[total.end : part.start]))


def broken_down(sentence: SentenceDoc, money: Money) -> bool:
    """'USD 350 million, of which USD 200 million is a loan from X and the rest ...': a total whose parts
    have their own backers."""
    later = [m for m in sentence.money if m.start >= money.end]
    return bool(later) and splits(sentence, money, later[0])


def inside_facility(sentence: SentenceDoc, money: Money) -> bool:
    """'the $1.5 billion project': an amount inside a facility phrase ('a $700m facility' is a loan)."""
    return any(
        f.np_start <= money.start < f.head_start and f.head_word not in _LOAN_HEADS
        for f in sentence.facilities
    )


def spender_before(
    sentence: SentenceDoc, money: Money, orgs: list[OrgMention], ref: Reference
) -> OrgMention | None:
    """'Almalyk is spending about $1.05 billion on it', 'with Huaneng contributing $156 million': the
    organisation whose verb of spending stands right before the amount."""
    spends = _spends(ref)
    before = [o for o in orgs if o.end <= money.start]
    for at, org in reversed(list(enumerate(before))):
        other_amount = any(org.end <= m.start < money.start for m in sentence.money)
        if not other_amount and spends.match(sentence.text[org.end : money.start]):
            firms = [o for o in before[:at] if o.company_party] if _government_met(sentence, org) else []
            return _first_co_subject(sentence, firms or before[: at + 1])
    return None


def _government_met(sentence: SentenceDoc, org: OrgMention) -> bool:
    """'X signed an agreement with the Ministry of Energy to invest $180 million': the government body a
    company signs with is its counterpart, not who spends."""
    return not org.company_party and bool(_WITH_BEFORE.search(sentence.text, 0, org.start))


def _first_co_subject(sentence: SentenceDoc, orgs: list[OrgMention]) -> OrgMention:
    """'China Power and Samruk-Energy invested $155 million': the first of the organisations joined to the
    last one, the one named to lead (not one a preposition governs: 'under a guarantee of the government,
    and the DBK lent $51 million')."""
    first = len(orgs) - 1
    while first and _JOINED.fullmatch(sentence.text, orgs[first - 1].end, orgs[first].start):
        if _GOVERNED.search(sentence.text, 0, orgs[first - 1].start):
            break
        first -= 1
    return orgs[first]


def _spends(ref: Reference) -> re.Pattern[str]:
    """The words from a spender to its amount: 'X is spending about $N', 'X lent KAZ Minerals $N',
    'X, an arm of Y,' / 'X, Y's lender, provided $N'."""
    return ref.compiled(
        "spender-before",
        lambda: (
            rf"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:an?\s|the\s|[^,;]{{1,40}}?'s?\s)[^,;]{{0,80}}?,\s*)?"
            rf"(?:,\s*(?:which|who|that)\s+)?"  # 'built by X (XY), which invested $N'
            rf"(?:,\s*(?:which|who)\s+[^,;]{{1,80}}?,\s*)?"  # 'X, which holds half of Y, will invest $N'
            rf"(?:(?:is|are|was|were|will|would|has|have|had|be|been)\s+)*(?:to\s+)?"  # 'X is to provide $N'
            # 'agreed in June to lend Turkmengaz $4 billion'
            rf"(?:(?:{ref.cue_pattern('intent_verb').pattern})\s+(?:[\w,]+\s+){{0,3}}?to\s+)?"
            rf"(?:{spending(ref).pattern})\s+(?:[\w&.,'()-]+\s+){{0,6}}?$"
        ),
    )


def spending(ref: Reference) -> re.Pattern[str]:
    """Words of spending an amount ('invest', 'lend') or of putting a cost on one's own plant ('estimates the
    cost at')."""
    return ref.compiled(
        "spending", lambda: f"{ref.cue_pattern('spends').pattern}|{ref.cue_pattern('cost_estimate').pattern}"
    )


def lender_after(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'$400 million from the Export-Import Bank of China': the lender named right after an amount, whose
    money it is (and not another amount's of the sentence, 'worth $1.2 billion, financed with ...'); 'a $349m
    China Exim loan': the lender naming the loan; a loan signed with a lender after its amount."""
    naming = (
        o
        for o in orgs
        if 0 <= o.start - money.end <= _LENDER_REACH and _LOAN_NAMED.match(sentence.text[o.end :])
    )
    if (named := next(naming, None) or _signed_with(sentence, money, orgs)) is not None:
        return named
    if (granting := _loan_granted_by(sentence, money, orgs)) is not None:
        return granting
    lender = _LENDER_AFTER.match(sentence.text[money.end :])
    if lender and lender["prep"].lower() == "of" and lender.start("prep") > _OF_REACH:
        return None  # 'built for $153 million by X, a branch of Y': Y's 'of' is no lender's this far on
    if lender and THE_REST.search(sentence.text, money.end, money.end + lender.start("prep")):
        return None  # '$1.4bn under a 15-year loan, the balance will come from X': X's is the rest
    if not lender or any(money.end <= m.start < money.end + lender.end() for m in sentence.money):
        return None  # 'USD 350 million, of which USD 200 million is a loan provided by X': X's is the 200
    if BREAKDOWN.search(sentence.text[money.end : money.end + lender.end()]):
        return None  # '$643 million, including a loan of X of $398 million': X lends the part
    if WITH_EQUITY.search(sentence.text[money.end : money.end + lender.end()]):
        return None  # '$800 million, to be covered by equity and a loan from X': X lends a part
    reach = money.end + lender.end() + _LENDER_REACH
    after = money.end + lender.end("prep")  # not 'Bank of China' around its own 'of'
    org = next((o for o in orgs if after <= o.start <= reach), None)
    own = org and any(_AMOUNT_OF_BETWEEN.match(sentence.text[org.end : m.start]) for m in sentence.money)
    return None if own else org  # 'cost 380 million, ... credit of Exim in amount 285 million': Exim's is 285


def _signed_with(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'A loan agreement for 450 million US dollars is signed with the China Development Bank': the lender
    a loan of the amount is signed with (a contract for an amount is signed with its contractor: none)."""
    if not _LOAN_AMOUNT_BEFORE.search(sentence.text[max(0, money.start - CONTRACT_REACH) : money.start]):
        return None
    after = (o for o in orgs if o.start >= money.end)
    return next((o for o in after if _SIGNED_WITH.match(sentence.text[money.end : o.start])), None)


def _loan_granted_by(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'the $600 million loan that the Export-Import Bank of China signed for the project', 'a $50 million
    credit which ADB approved in May': the subject of the loan's relative clause lends it."""
    text = sentence.text
    return next(
        (
            o
            for o in orgs
            if o.start > money.end
            and _LOAN_THAT.match(text[money.end : o.start])
            and _GRANTED.match(text[o.end :])
        ),
        None,
    )


def lender_before(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'a loan of the China Development Bank of US$398 million', 'credit from Exim worth $200 million', 'a
    facility agreement with X ... for a loan facility of up to $120 million': the lender a loan names
    before its amount."""
    for org in (o for o in orgs if o.end <= money.start):
        between, before = sentence.text[org.end : money.start], sentence.text[: org.start]
        if _AMOUNT_OF_BETWEEN.match(between) and _LOAN_OF_BEFORE.search(before):
            return org
        no_other = not any(org.end <= m.start < money.start for m in sentence.money)
        if no_other and _LOAN_AGREEMENT_WITH.search(before) and _LOAN_AMOUNT_BEFORE.search(between):
            return org  # 'a facility agreement with X ... in respect of a loan facility of up to $N'
    return None


def named_backer(
    sentence: SentenceDoc, money: Money, orgs: list[OrgMention], ref: Reference
) -> OrgMention | None:
    """The organisation the words beside an amount name as putting it in: its lender after it ('$400 million
    from X'), its spender before it ('X will invest $N'), or the lender a loan names before it ('a loan of X
    of $N')."""
    return (
        lender_after(sentence, money, orgs)
        or spender_before(sentence, money, orgs, ref)
        or lender_before(sentence, money, orgs)
    )
