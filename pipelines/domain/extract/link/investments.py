"""Money ↔ investor ↔ facility: amounts put into the projects a sentence speaks of, and who puts them in."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.cues import clause_bounds
from pipelines.domain.extract.annotate.money import Money, usd_value
from pipelines.domain.extract.annotate.name_words import is_government
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.annotate.quantities import ROUGHLY
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.extract.facts import FALLBACK_ROLE, Facts, ProjectMention
from pipelines.domain.extract.link.discourse import (
    ANAPHOR_LOOKBACK,
    LIST_LOOKBACK,
    ORG_NOUNS,
    Discourse,
    side_named,
    side_org,
    side_told,
)
from pipelines.domain.extract.parse import is_parameter_line
from pipelines.domain.reference import Reference, fold

# '$X from Y', '$X provided (entirely) by Y', '$X from a group of banks led by Y', 'a $X loan agreement
# with Y'; not '$X, built by Y'
_LENDER_AFTER = re.compile(
    r"^(?:(?!\band\s+(?:is|are|was|were|has|have|had|will|would|also)\s+"  # not past another verb
    r"(?!(?:be\s+|been\s+)?(?:(?:\w+ly|also)\s+)?(?:financed|funded|provided|backed|lent|granted|paid)\b))"
    r"[^.;]){0,60}?"
    r"\b(?P<prep>(?:financed|funded|covered)\s+(?:by|with|through)\s+(?:an?\s+)?(?:\w+\s+)?(?:loan|credit)s?\s+"
    r"(?:of|from)|from|of(?!\s+which)|"  # 'financed by a loan of the X'
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
_MONEY_ANAPHOR = re.compile(  # 'The money was allocated as a loan of X', 'X will finance the project'
    r"\b(?:the|this|that)\s+(?:money|funds|amount|sum|financing)\b"
    r"|\b(?:finance|fund)s?\s+the\s+(?:project|construction|plant|station)\b",
    re.I,
)
_SINCE_YEAR = re.compile(r"\bsince (?:19|20)\d\d\b")
_INTO_COUNTRY = re.compile(r"\s+(?:in|into)\s+(?:the\s+)?", re.I)  # '$8 billion in Kazakhstan'
_INTO_COUNTRIES = re.compile(  # '$18bn in the five Central Asian republics'
    r"\s+(?:in|into|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|republics|states|nations)\b", re.I
)
_DESTINATION_REACH = 30  # characters after an amount where the facility it goes to may start
_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\b", re.I)
_BREAKDOWN = re.compile(r"\b(?:of which|including|among which|comprising)\b", re.I)
_WITH_EQUITY = re.compile(r"\b(?:equity|own (?:funds|resources|capital))\s+(?:and|plus)\b", re.I)
_INTO = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|into|for)\s+", re.I)  # '$480 million (will go) in(to) the ...'
_OF_REACH = 40  # characters after an amount where a lender's bare 'of' may stand ('$50 million of ADB')
_LENDER_REACH = 4  # characters past the lender phrase where the lender's name may start
_FINANCING_ROLES = ("investor", "financier")
_BACKING_ROLES = ("investor", "owner", "developer")
_PAID_ROLES = ("contractor", "supplier")
_INVEST = re.compile(r"invest", re.I)  # of the `investment` cues, those of investing, not of cost or credit
_LOAN_HEADS = ("facility",)  # 'ICBC added a $700 million facility': a credit line, not a plant
_EACH = re.compile(r"^\s*(?:each|apiece|in each|for each|per (?:plant|project|unit|facility|site))\b", re.I)
_TO_RECIPIENT = re.compile(  # '$X (about $Y) to Z', '... to Pavlodar Ferroalloy Works LLP (' (its acronym)
    r"\s*(?:\([^)]*\)\s*)?,?\s*to\s+(?:the\s+)?(?:[^,;()]{1,80}\()?", re.I
)
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
# '..., in respect of a term loan facility of up to US$120 million', 'a loan agreement for 450 million'
_LOAN_AMOUNT_BEFORE = re.compile(
    rf"\b{_LOAN_WORD}(?:\s+agreements?)?\s+{_AMOUNT_OF}\s+(?:(?:{ROUGHLY})\s+)?$", re.I
)
_OWN_FUNDS_OF = re.compile(r"\bown\s+(?:funds|resources|money|capital)\s+of\s+(?:the\s+)?$", re.I)
_OWN_FUNDS_AFTER = re.compile(r"^(?:'s|’s)\s+own\s+(?:funds|resources|money|capital)\b", re.I)
# 'X will finance it from its own funds', 'which X will fund entirely from its own resources'
_FUNDS_ITSELF = re.compile(
    r"^\s+(?:will\s+|would\s+|is\s+to\s+)?(?:financ|fund)\w*\s+(?:it\s+|the\s+project\s+)?(?:\w+ly\s+)?"
    r"(?:from|with|out\s+of)\s+(?:its|their)\s+own\s+(?:funds|resources|money|capital)\b",
    re.I,
)
_THE_REST = re.compile(r"\b(?:the\s+rest|remainder|remaining|balance)\b", re.I)
# 'a $51 million credit from the same bank', 'also financed by the Chinese bank', '... by the bank'
_LENDER_TOLD = re.compile(
    r"^[^.;]{0,30}?\b(?:from|by)\s+the\s+(?:same\s+(?:[\w-]+\s+)?|(?P<word>[\w-]+)\s+)?(?:bank|lender)\b",
    re.I,
)
_ANAPHOR_SUBJECT = re.compile(  # 'The developer said it', 'The joint venture', 'It'
    rf"^\s*(?:(?:The|This|That|Its|Their)\s+{ORG_NOUNS}(?:\s+(?:said|says|added|announced)\s+(?:that\s+)?"
    r"(?:it|they))?|(?:It|They)\b)"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)  # 'an agreement with (the) X'
_SPEND_REACH = 20  # characters from a verb of spending to its amount ('to invest another $60 million')
_ALIAS_GAP = r"\s*(?:\([^)]*\)\s*)?"  # a short name in brackets between two names: 'X (XY) and Y'
# joined by 'and' only ('Under a loan agreement with X, Y will provide' is no pair); ' (' and ') and ' where
# the bracketed short name is a mention of its own
_JOINED = re.compile(rf"\s*\(\s*|\)?{_ALIAS_GAP},?\s*(?:and|&)\s+(?:the\s+)?")
_INVESTMENT_NOUN = re.compile(r"\binvestments?\b", re.I)  # 'The investment amounted to $182 million'
# what stands before an organisation a preposition governs ('a guarantee of the government')
_GOVERNED = re.compile(r"\b(?:of|by|from|to|with|for|under|at|in|on)\s+(?:the\s+)?$")
_SUBJECT_REACH = 4  # characters before an organisation that opens its sentence ('The X', '- X')
_CONTRACT_REACH = 40  # characters before an amount where 'a contract worth' may stand
_CONTRACT_BEFORE = re.compile(
    r"\b(?:contracts?|tenders?|orders?)\b(?:\s+\w+){0,3}\s+(?:worth|for|of|valued at)\s+$"
    r"|\bcontract value:\s*$",
    re.I,
)


def link_investments(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, facts: Facts, ref: Reference
) -> None:
    """One investment row per amount in a sentence with an investment word, linked to the projects it
    names or the one its paragraph speaks of; an amount 'each' or 'apiece' is one investment per project.
    Money for no project ('invest 500 billion tenge in modernisation') is none; a named lender's loan 'for
    the project' the reader could not place is kept without a project."""
    if not (sentence.cue("investment") or _priced_facility(sentence)):
        return
    if not sentence.money:
        _lender_of_previous_amount(sentence, discourse, facts)
        return
    paid_for = _projects_paid_for(sentence, mentions, discourse, ref)
    if paid_for is None:
        return
    mentions = paid_for
    published = discourse.doc.article.published_date
    year = published.year if published else None
    projects = list(dict.fromkeys(m.root for m in mentions))
    for money in sentence.money:
        if money.negative or _breakdown(sentence, money, ref):
            continue
        each = len(projects) > 1 and bool(_EACH.match(sentence.text[money.end :]))
        for share, covered in enumerate(_shares(sentence, money, mentions, projects, each)):
            key = f"{discourse.doc.article_id}:{sentence.idx}:{money.start}" + (f":{share}" if each else "")
            facts.investments.append(
                {
                    "investment_key": key,
                    "investor_surface": _investor(sentence, money, discourse, facts, covered, ref),
                    "amount": money.amount,
                    "currency": money.currency,
                    "amount_usd": usd_value(money, ref, year),
                    "usd_stated": money.in_dollars,
                    "qualifier": money.qualifier,
                    "evidence": sentence.text,
                }
            )
            facts.investment_frames.extend({"investment_key": key, "frame_id": root} for root in covered)


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
    before = sentence.text[max(0, money.start - _CONTRACT_REACH) : money.start]
    priced = _priced(sentence, money, ref) or _INVESTMENT_NOUN.search(before)
    return bool(priced) and side_named(sentence)[0] is None


def _shares(
    sentence: SentenceDoc, money: Money, mentions: list[ProjectMention], projects: list[str], each: bool
) -> list[list[str]]:
    """The projects of each investment an amount gives: the facility it is put into, one per project for
    an amount 'each', else all the sentence's."""
    into = _facility_after(sentence, money, mentions) or _facility_before_bracket(sentence, money, mentions)
    return [[into]] if into else [[p] for p in projects] if each else [projects]


def _projects_paid_for(
    sentence: SentenceDoc, mentions: list[ProjectMention], discourse: Discourse, ref: Reference
) -> list[ProjectMention] | None:
    """The project mentions a sentence's money is for; None when it speaks of none ('KEGOC plans to invest
    500 billion tenge in modernisation') or gives a lender's running total ('To date, the bank has
    supported 20 projects in Uzbekistan with loans of $4 billion')."""
    named = [o for o in sentence.orgs if not o.reporter] or discourse.org_pointed_at(sentence)
    singular = [f for f in sentence.facilities if not f.plural]
    if not singular and (ref.cue_pattern("cumulative").search(sentence.text) or _into_a_country(sentence)):
        return None
    mentions = mentions or _project_spoken_of(sentence, bool(named), discourse)
    if not mentions and not (named and _unplaced_project(sentence)):
        return None
    return mentions


def _into_a_country(sentence: SentenceDoc) -> bool:
    """'The EBRD has invested more than $8 billion in Kazakhstan since 1992', '$18bn in the five Central
    Asian republics since 2020': money put into a country (or several) over the years (not 'a direct
    investment of $2 billion in Uzbekistan' under an agreement for a plant)."""
    text = sentence.text
    into = any(
        _INTO_COUNTRY.fullmatch(text[money.end : country.start])
        for money in sentence.money
        for country in sentence.countries
        if country.start > money.end
    )
    into = into or any(_INTO_COUNTRIES.match(text, money.end) for money in sentence.money)
    return bool(_SINCE_YEAR.search(text)) and into


def _splits(sentence: SentenceDoc, total: Money, part: Money) -> bool:
    """'USD 350 million, of which USD 200 million ...': the part's amount breaks the total down."""
    return total.end <= part.start and bool(_BREAKDOWN.search(sentence.text[total.end : part.start]))


def _broken_down(sentence: SentenceDoc, money: Money) -> bool:
    """'USD 350 million, of which USD 200 million is a loan from X and the rest ...': a total whose parts
    have their own backers."""
    later = [m for m in sentence.money if m.start >= money.end]
    return bool(later) and _splits(sentence, money, later[0])


def _breakdown(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'RMB 2.98 billion, of which construction investment is RMB 2.61 billion and working capital RMB
    0.37 billion': the parts of a total given before; not a part with a lender or a project of its own
    ('$2 billion, including a $1.5 billion loan from CDB', 'of which $880 million will go to the X farm',
    'of which the Export-Import Bank of China will lend $720 million')."""
    split = any(_splits(sentence, total, money) for total in sentence.money)
    named = [o for o in sentence.orgs if not o.reporter]
    bound = any(0 <= f.np_start - money.end <= _DESTINATION_REACH for f in sentence.facilities)
    backed = (
        _lender_after(sentence, money, named)
        or _spender_before(sentence, money, named, ref)
        or _lender_before(sentence, money, named)
    )
    return split and not bound and backed is None


def _lender_of_previous_amount(sentence: SentenceDoc, discourse: Discourse, facts: Facts) -> None:
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


def _facility_after(sentence: SentenceDoc, money: Money, mentions: list[ProjectMention]) -> str | None:
    """'$1.1 billion in the wind farm and $480 million in the Bukhara plant': the facility an amount is
    put into, named right after it."""
    for mention in mentions:
        between = sentence.text[money.end : mention.span[0]] if mention.span[0] >= money.end else None
        if between is not None and _INTO.fullmatch(between):
            return mention.root
    return None


def _facility_before_bracket(
    sentence: SentenceDoc, money: Money, mentions: list[ProjectMention]
) -> str | None:
    """'a 500 MW pumped storage plant in Sariasiya district (China Three Gorges Corporation, $720 million)
    and a cement plant ...': the facility listed right before the brackets an amount stands in."""
    text = sentence.text
    opened = text.rfind("(", 0, money.start)
    if len(mentions) < 2 or opened < 0 or ")" in text[opened : money.start]:
        return None
    before = [m for m in mentions if m.span[0] < opened]
    return before[-1].root if before else None


def _project_spoken_of(sentence: SentenceDoc, named: bool, discourse: Discourse) -> list[ProjectMention]:
    """'The consortium is to invest $2 billion', 'the investment is put at ...': the project an amount
    with no facility in its sentence is for."""
    lookback = LIST_LOOKBACK if is_parameter_line(sentence.text) else ANAPHOR_LOOKBACK
    recent = discourse.recent_project(sentence, None, lookback=lookback)
    if recent and (named or _spoken_of(recent, sentence)):
        return [recent]
    only = discourse.only_project(sentence)  # 'The volume of investments is estimated at ...'
    return [only] if only else []


def _spoken_of(recent: ProjectMention, sentence: SentenceDoc) -> bool:
    """The paragraph's project, the one 'the project' points to, or the one a bulleted list of parameters
    follows ('Key parameters of the project: ... - total project cost: USD 2.6 billion;')."""
    if recent.sentence.paragraph == sentence.paragraph or sentence.cue("anaphor"):
        return True
    return is_parameter_line(sentence.text)


def _priced_facility(sentence: SentenceDoc) -> bool:
    """'The $1.5 billion project will create 1,200 jobs', '- a 500 MW wind farm with X ($550 million)': an
    amount inside a facility phrase, or bracketed in what it says of the facility, is its value."""
    return any(
        _inside_facility(sentence, m)
        or any(f.head_end <= m.start < f.span_end for f in sentence.facilities)
        and _bracketed(sentence, m)
        for m in sentence.money
    )


def _inside_facility(sentence: SentenceDoc, money: Money) -> bool:
    """'the $1.5 billion project': an amount inside a facility phrase ('a $700m facility' is a loan)."""
    return any(
        f.np_start <= money.start < f.head_start and f.head_word not in _LOAN_HEADS
        for f in sentence.facilities
    )


def _bracketed(sentence: SentenceDoc, money: Money) -> bool:
    return (
        sentence.text[max(0, money.start - 1) : money.start] == "(" and sentence.text[money.end :][:1] == ")"
    )


def _unplaced_project(sentence: SentenceDoc) -> bool:
    """'the project' or 'the plant' with no kind: a project spoken of that the reader could not place."""
    return any(f.definite and not f.plural and f.project_type is None for f in sentence.facilities)


def _investor(
    sentence: SentenceDoc,
    money: Money,
    discourse: Discourse,
    facts: Facts,
    projects: list[str],
    ref: Reference,
) -> str | None:
    """Who puts the money in: the lender named right after the amount ('$X from Y'); for a contract, the
    project's owner, not the contractor paid; else the nearest organisation with a financing role, the
    organisation the article calls the investor, the subject, or the organisation spoken of."""
    named = _may_invest(sentence, money, ref)
    if spender := _spender(sentence, money, named, discourse, ref):
        return spender
    lender = _lender_after(sentence, money, _in_clause(named, sentence, money))
    if lender:
        for root in projects:  # 'a loan of $100 million from X': X finances the project
            facts.add_participant_of(root, lender.text, "financier", sentence.text)
        return lender.text
    if _the_bank_told(sentence, money, ref) and (told := _lender_pointed_back(facts, ref)):
        return told  # 'financed by a $51 million credit from the same bank'
    if (own := _own_funder(sentence, named)) is not None:
        return own.text  # 'financed from the own funds of the State Concern X', "from X's own resources"
    if len(sentence.money) > 1 and (_inside_facility(sentence, money) or _broken_down(sentence, money)):
        return _party_of(projects, facts, _BACKING_ROLES)  # 'lend $400m for the $1.2bn project': its value
    lenders = [_lender_after(sentence, other, named) for other in sentence.money if other != money]
    claimed = {name for lender in lenders if lender for name in (lender.text, lender.alias) if name}
    candidates = [o for o in _in_clause(named, sentence, money) if o.text not in claimed]  # or its '(UFRD)'
    if _CONTRACT_BEFORE.search(sentence.text[max(0, money.start - _CONTRACT_REACH) : money.start]):
        return _party_of(projects, facts, ("owner",))
    priced = _priced(sentence, money, ref)  # 'the total project cost is $412 million': not a lender's
    financing = [] if priced else _financing(sentence, money, candidates)
    if financing:
        return min(financing, key=lambda o: abs(o.start - money.start)).text
    side, party = _side_party(sentence, money, discourse, facts, projects, ref)
    implied = party or _implied_investor(sentence, money, discourse, facts, projects, candidates, priced, ref)
    return None if side and discourse.nationalities.get(implied or "") not in (None, side) else implied


def _side_party(
    sentence: SentenceDoc,
    money: Money,
    discourse: Discourse,
    facts: Facts,
    projects: list[str],
    ref: Reference,
) -> tuple[str | None, str | None]:
    """'The Chinese investor put in ...' in a sentence that names no organisation: the side's country and
    its party (not a lender), if the article names one."""
    side = None if sentence.orgs else side_told(discourse, sentence)
    if side is None:
        return None, None
    lenders = frozenset(_lenders(sentence, money, facts, projects, ref))
    return side, side_org(discourse, sentence, side, lenders, tuple(projects))


def _financing(sentence: SentenceDoc, money: Money, candidates: list[OrgMention]) -> list[OrgMention]:
    """The candidates named to finance, but for lenders of a part beside equity ('... with own funds and a
    loan from X': X lends a part) or of a part broken out of the amount ('$160 million, part of which was
    lent by X')."""
    mixed = _WITH_EQUITY.search(sentence.text, money.end) or _BREAKDOWN.search(sentence.text, money.end)
    return [o for o in candidates if o.role in _FINANCING_ROLES and not (mixed and o.start >= mixed.end())]


def _spender(
    sentence: SentenceDoc, money: Money, named: list[OrgMention], discourse: Discourse, ref: Reference
) -> str | None:
    """The organisation whose own words spend the amount: 'with Huaneng contributing around $156 million
    in equity', 'a plant (CTG, $720 million)', 'a loan of X of $398 million', 'The developer said it will
    invest $250 million'."""
    spender = (
        _spender_before(sentence, money, named, ref)
        or _bracket_partner(sentence, money, named)
        or _lender_before(sentence, money, named)
        or _spender_named_back(sentence, money, ref)
    )
    return spender.text if spender else _spender_pointed_at(sentence, money, named, discourse, ref)


def _implied_investor(
    sentence: SentenceDoc,
    money: Money,
    discourse: Discourse,
    facts: Facts,
    projects: list[str],
    candidates: list[OrgMention],
    priced: bool,
    ref: Reference,
) -> str | None:
    """No organisation of the sentence puts the amount in by its words: the investor the article named, the
    subject, the project's backer, or the organisation spoken of; never, for a project's price, its lender."""
    lenders = _lenders(sentence, money, facts, projects, ref) if priced else set()
    subject = None if candidates else _antecedent_subject(projects, sentence, discourse, facts, lenders, ref)
    own = any(o.company_party for o in candidates)
    named = subject or _named_investor(sentence, discourse, facts, projects, lenders, own)
    if named:
        return named  # 'X has signed for a 300 MW plant. That project is worth $310 million.'
    before = [  # 'was built by Kawasaki and opened at a cost of $1.7 billion': the builder is paid
        o
        for o in candidates
        if o.start < money.start
        and not is_government(o.text)
        and o.text not in lenders
        and o.role not in _PAID_ROLES
    ]
    if before:
        return before[0].text
    backer = _party_of(projects, facts, _BACKING_ROLES)
    if backer and backer not in lenders:
        return backer  # 'the project's total cost is put at $100m': its investor, owner or developer
    telling = [o.text for o in sentence.orgs if o.reporter and _party(o.text, projects, facts)]
    if telling and telling[0] not in lenders:
        return telling[0]  # 'The project's final cost came to $548 million, Energy China said': its party's
    return _investor_around(sentence, discourse, facts, projects, lenders) or _builder_investing(
        sentence, money, projects, facts, lenders, priced
    )


def _investor_around(
    sentence: SentenceDoc, discourse: Discourse, facts: Facts, projects: list[str], lenders: set[str]
) -> str | None:
    """The investor the next sentence names ('The cost of the project is USD 580 million. The investor of
    the project is X.'), else the organisation spoken of, unless it is paid, else the projects' one party."""
    announced = _investor_named_next(sentence, discourse, lenders)
    if announced:
        return announced
    people = discourse.people_orgs(sentence)
    spoken_of = people[0] if people else discourse.focus_org(sentence)
    if spoken_of and not _is_paid(spoken_of, sentence, projects, facts, lenders, discourse):
        return spoken_of
    return _sole_party(projects, facts, discourse, lenders)


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


def _named_investor(
    sentence: SentenceDoc,
    discourse: Discourse,
    facts: Facts,
    projects: list[str],
    lenders: set[str],
    company_named: bool,
) -> str | None:
    """The investor the article named, unless it is another project's (named only in the paragraph of a
    sentence that names a company of its own: '- X and Y signed an investment agreement on a beef plant;
    - COFCO signed a memorandum on a wheat plant. COFCO is ready to invest $180 million'), a lender, or a
    parent told in an aside ('X, itself part of the Y group, will build ...': Y is not the one investing)."""
    asides = {r["parent"] for r in facts.org_relations if r["evidence"] == sentence.text}
    ours = [
        i
        for i in discourse.investors
        if (_party(i, projects, facts) or (_named_here(i, sentence, discourse) and not company_named))
        and i not in lenders
        and i not in asides
    ]
    return ours[-1] if ours else None


def _antecedent_subject(
    projects: list[str],
    sentence: SentenceDoc,
    discourse: Discourse,
    facts: Facts,
    lenders: set[str],
    ref: Reference,
) -> str | None:
    """'Universal Energy has signed for a 300 MW plant. That project is worth $310 million.': for an
    amount in a sentence naming no organisation, the organisation that opened the sentence that last
    spoke of the project, alone, when it is a party of it and neither paid, lending nor a government body."""
    earlier = [m for m in discourse.mentions if m.root in projects and m.sentence.idx < sentence.idx]
    if not earlier:
        return None
    last = earlier[-1]
    orgs = [o for o in last.sentence.orgs if not o.reporter and o.end <= last.head_start]
    if not orgs or orgs[0].start > _SUBJECT_REACH:
        return None
    text = last.sentence.text
    if len(orgs) > 1 and _co_subject(text[orgs[0].end : orgs[1].start], ref):
        return None  # 'X and (the Chinese company) Y signed an agreement on a plant': no one party's
    first = orgs[0].text
    paid = _is_paid(first, sentence, projects, facts, lenders, discourse)
    return first if _party(first, projects, facts) and not (paid or is_government(first)) else None


def _co_subject(between: str, ref: Reference) -> bool:
    """' and ', ' (XY) and the ', ' and the Chinese company ': what joins two subjects of one verb."""
    joined = ref.compiled(
        "co_subject",
        lambda: (
            rf"{_ALIAS_GAP}(?:,|and|&)\s*(?:the\s+)?"
            rf"(?:(?:[\w-]+\s+)?(?:{ref.cue_pattern('organisation_noun').pattern})\s+)?$"
        ),
    )
    return bool(joined.fullmatch(between))


def _builder_investing(
    sentence: SentenceDoc, money: Money, projects: list[str], facts: Facts, lenders: set[str], priced: bool
) -> str | None:
    """'The total investment in the project amounts to $1.1 billion' of a wind farm 'being built by X' that
    names no owner, developer or investor: the one builder invests, as a producer building what it will
    own does (a price, 'the project costs $X', stays no one's)."""
    invests = [
        c
        for c in sentence.cue("investment")
        if c.end <= money.start and _INVEST.match(sentence.text, c.start)
    ]
    if priced or not invests:
        return None
    parties = [r for r in facts.participants if r["frame_id"] in projects]
    if any(r["role"] in _BACKING_ROLES + _FINANCING_ROLES for r in parties):
        return None
    builders = {r["surface"] for r in parties if r["role"] == "contractor"} - lenders
    return builders.pop() if len(builders) == 1 else None


def _sole_party(projects: list[str], facts: Facts, discourse: Discourse, lenders: set[str]) -> str | None:
    """'The Cabinet and NWEC signed an investment agreement for the wind farm. Investment: $520 million':
    the one party of the projects no word gives a role (not a government body, a lender or a party's
    parent) puts the money in."""
    parents = {discourse.org_key(r["parent"]) for r in facts.org_relations}
    parties: dict[str, str] = {}  # an organisation's key -> its first surface
    for row in facts.participants:
        surface = row["surface"]
        key = discourse.org_key(surface)
        generic = row["frame_id"] in projects and row["role"] == FALLBACK_ROLE
        if generic and key not in parents and not is_government(surface) and surface not in lenders:
            parties.setdefault(key, surface)
    return next(iter(parties.values())) if len(parties) == 1 else None


def _lenders(
    sentence: SentenceDoc, money: Money, facts: Facts, projects: list[str], ref: Reference
) -> set[str]:
    """The organisations the article has lend money for these projects, named their financiers, or that
    lend another amount of this sentence ('... cost at $1.1 billion and Bank of China would lend $500m')."""
    lent = set(_loan_lenders(facts, ref))
    named = {
        r["surface"] for r in facts.participants if r["frame_id"] in projects and r["role"] == "financier"
    }
    orgs = [o for o in sentence.orgs if not o.reporter]
    here = {_spender_before(sentence, other, orgs, ref) for other in sentence.money if other != money}
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


def _spender_before(
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
            rf"(?:{_spending(ref).pattern})\s+(?:[\w&.,'()-]+\s+){{0,6}}?$"
        ),
    )


def _spending(ref: Reference) -> re.Pattern[str]:
    """Words of spending an amount ('invest', 'lend') or of putting a cost on one's own plant ('estimates the
    cost at')."""
    return ref.compiled(
        "spending", lambda: f"{ref.cue_pattern('spends').pattern}|{ref.cue_pattern('cost_estimate').pattern}"
    )


def _spender_named_back(sentence: SentenceDoc, money: Money, ref: Reference) -> OrgMention | None:
    """'an agreement with X on a blade plant, under which the company will invest $60 million': 'the
    company' or 'it' spending the amount in a later clause is the company the sentence named before it."""
    told = ref.compiled(
        "spender-named-back",
        lambda: (
            rf"(?:\bthe\s+{ORG_NOUNS}|\b(?:it|they))\s+"
            r"(?:(?:will|would|shall|is|are|has|have|plans?|intends?|agreed|also)\s+(?:to\s+)?)*"
            rf"(?:{_spending(ref).pattern})\s+(?:[\w&.,'()-]+\s+){{0,6}}?$"
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
    verbs = list(_spending(ref).finditer(sentence.text, subject.end(), money.start))
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


def _recipient(sentence: SentenceDoc, money: Money, org: OrgMention) -> bool:
    """'a credit line of KZT 51.7 billion (about $103 million) to Pavlodar Ferroalloy Works': the borrower the
    money goes to is not who puts it in."""
    between = sentence.text[money.end : org.start]
    return org.start >= money.end and bool(_TO_RECIPIENT.fullmatch(between))


def _may_invest(sentence: SentenceDoc, money: Money, ref: Reference) -> list[OrgMention]:
    """The sentence's organisations but its reporters, the borrower the money goes to and a buyer."""
    return [
        o
        for o in sentence.orgs
        if not o.reporter and not _recipient(sentence, money, o) and not _buyer(sentence, o, ref)
    ]


def _buyer(sentence: SentenceDoc, org: OrgMention, ref: Reference) -> bool:
    """'signed a power purchase agreement with the National Electric Grid of Uzbekistan for a 300 MW solar
    park, worth $230 million', 'Off-taker: JSC "NEGU" (NEGU)': who buys the output (under any of its names)
    does not put the money in."""
    full = next((o for o in sentence.orgs if o.alias == org.text and o.end <= org.start), org)
    before = sentence.text[max(0, full.start - _CONTRACT_REACH) : full.start]
    return bool(ref.cue_pattern("buyer_before").search(before))


def _priced(sentence: SentenceDoc, money: Money, ref: Reference) -> bool:
    """'The total project cost is estimated at $412 million': an amount that prices a project, not money
    lent; its investor is the project's backer, not a lender the paragraph names."""
    before = sentence.text[max(0, money.start - _CONTRACT_REACH) : money.start]
    return bool(ref.cue_pattern("priced").search(before) or ref.cue_pattern("cost_estimate").search(before))


def _lender_after(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
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
    lender = _LENDER_AFTER.match(sentence.text[money.end :])
    if lender and lender["prep"].lower() == "of" and lender.start("prep") > _OF_REACH:
        return None  # 'built for $153 million by X, a branch of Y': Y's 'of' is no lender's this far on
    if lender and _THE_REST.search(sentence.text, money.end, money.end + lender.start("prep")):
        return None  # '$1.4bn under a 15-year loan, the balance will come from X': X's is the rest
    if not lender or any(money.end <= m.start < money.end + lender.end() for m in sentence.money):
        return None  # 'USD 350 million, of which USD 200 million is a loan provided by X': X's is the 200
    if _BREAKDOWN.search(sentence.text[money.end : money.end + lender.end()]):
        return None  # '$643 million, including a loan of X of $398 million': X lends the part
    if _WITH_EQUITY.search(sentence.text[money.end : money.end + lender.end()]):
        return None  # '$800 million, to be covered by equity and a loan from X': X lends a part
    reach = money.end + lender.end() + _LENDER_REACH
    after = money.end + lender.end("prep")  # not 'Bank of China' around its own 'of'
    org = next((o for o in orgs if after <= o.start <= reach), None)
    own = org and any(_AMOUNT_OF_BETWEEN.match(sentence.text[org.end : m.start]) for m in sentence.money)
    return None if own else org  # 'cost 380 million, ... credit of Exim in amount 285 million': Exim's is 285


def _signed_with(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
    """'A loan agreement for 450 million US dollars is signed with the China Development Bank': the lender
    a loan of the amount is signed with (a contract for an amount is signed with its contractor: none)."""
    if not _LOAN_AMOUNT_BEFORE.search(sentence.text[max(0, money.start - _CONTRACT_REACH) : money.start]):
        return None
    after = (o for o in orgs if o.start >= money.end)
    return next((o for o in after if _SIGNED_WITH.match(sentence.text[money.end : o.start])), None)


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
            return None if _THE_REST.search(text[low : org.start]) else org
    return None


def _lender_before(sentence: SentenceDoc, money: Money, orgs: list[OrgMention]) -> OrgMention | None:
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


def _in_clause(orgs: list[OrgMention], sentence: SentenceDoc, money: Money) -> list[OrgMention]:
    """'Exim provided a $1.1 billion loan, and ICBC added a $700 million facility': the organisations of
    the amount's clause, when it names any."""
    low, high = clause_bounds(sentence.text, money.start)
    return [o for o in orgs if low <= o.start < high] or orgs


def _named_here(surface: str, sentence: SentenceDoc, discourse: Discourse) -> bool:
    """Named in this sentence's paragraph."""
    paragraph = {s.idx for s in discourse.doc.sentences if s.paragraph == sentence.paragraph}
    return any(idx in paragraph and org == surface for idx, org in discourse.org_trail)


def _party(surface: str, projects: list[str], facts: Facts) -> bool:
    return any(r["frame_id"] in projects and r["surface"] == surface for r in facts.participants)


def _paid_party(surface: str, projects: list[str], facts: Facts) -> bool:
    """'The 100 MW plant will be built by PowerChina. It is valued at $120 million': the contractor or
    supplier of the projects is paid, not the one who puts the money in."""
    roles = {r["role"] for r in facts.participants if r["frame_id"] in projects and r["surface"] == surface}
    return bool(roles) and roles <= set(_PAID_ROLES)


def _is_paid(
    surface: str,
    sentence: SentenceDoc,
    projects: list[str],
    facts: Facts,
    lenders: set[str],
    discourse: Discourse,
) -> bool:
    """An organisation the projects pay (their contractor or supplier, or one last named as such) or that
    lends to them: not the one who puts the money in."""
    return (
        _paid_party(surface, projects, facts)
        or surface in lenders
        or _last_named_paid(surface, sentence, discourse)
    )


def _last_named_paid(surface: str, sentence: SentenceDoc, discourse: Discourse) -> bool:
    """'The furnaces were supplied by X.' before 'The investment amounted to $47 million': an organisation
    whose last earlier mention names it a supplier or contractor is paid, not investing."""
    for doc in reversed(discourse.doc.sentences[: sentence.idx]):
        roles = [o.role for o in doc.orgs if o.text == surface]
        if roles:
            return roles[-1] in _PAID_ROLES
    return False


def _party_of(projects: list[str], facts: Facts, roles: tuple[str, ...]) -> str | None:
    """The first organisation named in one of `roles` (in that order) for the projects an amount covers."""
    for role in roles:
        found = [r["surface"] for r in facts.participants if r["frame_id"] in projects and r["role"] == role]
        if found:
            return found[0]
    return None
