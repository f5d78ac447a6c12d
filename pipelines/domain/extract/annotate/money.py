"""Amounts of money in a sentence, with currency, scale, qualifier and any conversion the text gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipelines.domain.extract.annotate.cues import clause_bounds, retracted_stretches, within
from pipelines.domain.extract.annotate.numbers import (
    NUMBER,
    SCALE,
    SHORT_SCALE,
    parse_number,
    qualifier_before,
    scale_factor,
)
from pipelines.domain.reference import Reference

NO_INVESTMENT_NEAR = 60  # characters before an amount where 'registered capital' makes it none
NO_INVESTMENT_REACH = 100  # ... and how far back it does so within the amount's clause

_ROUGHLY = r"(?:about|approximately|around|roughly|some|nearly|over|more than|or|equivalent to|~|≈)"
_BRACKET_OPENED = re.compile(rf"^\s*\(\s*(?:{_ROUGHLY}\s*){{0,2}}$")  # "$2.4 billion (about 210bn soms)"
_PASSIVE_AFTER = r"\s+(?:were|was|have been|had been)\s+"  # '$3.1 million were written off'
# '35 billion tenge in taxes', '$5 billion of exports', '$3.3bn external public debt', '$2bn revenue'
_WHAT_AFTER = r"^\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?|(?:[a-z][\w-]*\s+){0,2}?)"
_SHARE_OF = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w-]+'s?\s+)?$")  # '$1.1bn of the country's $3.3bn debt'
_USD = (
    rf"(?:(?:US\$|\$|USD)\s?(?P<num>{NUMBER})\s*(?P<scale>{SCALE}|{SHORT_SCALE}\b)?"
    rf"|(?P<wnum>{NUMBER})\s*(?P<wscale>{SCALE})?\s*(?:US dollars|U\.S\. dollars|dollars|USD))"
)
_CONVERSION = re.compile(rf"^\s*\(\s*(?:{_ROUGHLY}\s*){{0,2}}{_USD}\s*(?:US dollars|dollars)?\s*\)")
_CONVERSION_OR = re.compile(  # '160 billion tenge, or about $355 million'
    rf"^\s*,?\s*or\s+(?:about|approximately|around|roughly|some|nearly)?\s*{_USD}"
)


@dataclass(frozen=True)
class Money:
    """An amount as written, its ISO currency, and its US-dollar value when the text states one."""

    start: int
    end: int
    amount: float
    currency: str
    qualifier: str
    stated_usd: float | None
    negative: bool

    @property
    def in_dollars(self) -> bool:
        """The text gives the amount in US dollars, or converts it to dollars itself."""
        return self.currency == "USD" or self.stated_usd is not None


_PER_UNIT_AFTER = re.compile(  # a unit price ('$40/1,000 cu m', '$65 per barrel') or a rate ('$1 is worth')
    r"\s*(?:/\s*\S|per\s+(?!(?:year|annum|month)\b)|(?:is|was) worth\s+[\d,.]+\s|equals?\s+[\d,.]+\s|=)", re.I
)


@cache
def _money_pattern(prefixes: str, suffixes: str) -> re.Pattern[str]:
    number = rf"(?P<num>{NUMBER})(?:\s*(?:-|to)\s*(?P<num2>{NUMBER}))?"
    # '$350-million', 'a 350-million-dollar loan': hyphens join the number, its scale and its currency
    joint = r"(?:-|\s*)"
    before = rf"(?P<pre>{prefixes})\s?{number}{joint}(?P<scale>{SCALE}|{SHORT_SCALE}(?![\w]))?"
    # '1 billion 120 million US dollars': a scale's amount and a smaller one, as translations write them
    minor = r"(?:\s+(?P<minor>\d{1,3})\s+(?P<minorscale>(?i:million|mln\.?|mn|thousand)))?"
    worded = number.replace("num", "wnum")
    scale = rf"(?P<wscale>{SCALE}|{SHORT_SCALE}(?=[\s-]))?"  # '180m dollars', 'a 281m-dollar loan'
    after = rf"{worded}{joint}{scale}{minor}(?:-|\s+)(?P<suf>{suffixes})(?![\w])"
    return re.compile(rf"(?<![\w.,$])(?:{before}|{after})")


def find_money(sentence: str, ref: Reference) -> list[Money]:
    """Every amount of money in `sentence`."""
    prefixes, suffixes = _currency_forms(ref)
    negative_cue = ref.cue_pattern("not_investment")
    retracted = retracted_stretches(sentence, ref)
    found: list[Money] = []
    for match in _money_pattern(prefixes, suffixes).finditer(sentence):
        if found and (
            match.start() < found[-1].end or _BRACKET_OPENED.match(sentence[found[-1].end : match.start()])
        ):
            continue  # the text's own conversion of the previous amount
        money = _money(match, sentence, ref, negative_cue, _reach_floor(found, match.start(), sentence, ref))
        if money is not None:
            found.append(replace(money, negative=money.negative or within(money.start, retracted)))
    return _shares_of_no_investment(found, sentence)


def _shares_of_no_investment(found: list[Money], sentence: str) -> list[Money]:
    """'holding $1.1bn of the country's $3.3bn external debt': a share of what is no investment is none."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        part, whole = out[i], out[i + 1]
        if whole.negative and not part.negative and _SHARE_OF.match(sentence[part.end : whole.start]):
            out[i] = replace(part, negative=True)
    return out


def _currency_forms(ref: Reference) -> tuple[str, str]:
    """Regex alternatives for forms written before the number (symbols, codes) and after it (words, codes)."""
    if "currency_forms" not in ref._cache:
        ref._cache["currency_forms"] = _forms(ref)
    return ref._cache["currency_forms"]  # type: ignore[return-value]


def _forms(ref: Reference) -> tuple[str, str]:
    forms = sorted(ref.currency_forms, key=len, reverse=True)
    symbols = [re.escape(f) for f in forms if not f[0].isalpha() or not f.isalpha() and "$" in f]
    codes = [re.escape(f) for f in forms if f.isalpha() and f.isupper() and len(f) == 3]
    words = [re.escape(f) for f in forms if f[0].isalpha() and "$" not in f]
    return f"(?i:{'|'.join(symbols)})|{'|'.join(codes)}", f"(?i:{'|'.join(words)})"


def _reach_floor(found: list[Money], start: int, sentence: str, ref: Reference) -> int:
    """Where a 'registered capital' before an amount stops counting: at an earlier amount with a word of
    investing after it ('with a charter capital of $10 million, will invest $3.2 billion')."""
    if found and ref.cue_pattern("investment").search(sentence[found[-1].end : start]):
        return found[-1].end
    return 0


def _money(
    match: re.Match[str], sentence: str, ref: Reference, negative_cue: re.Pattern[str], floor: int
) -> Money | None:
    written = match["pre"] or match["suf"]
    currency = ref.currency_by_surface.get(written.casefold())
    low = parse_number(match["num"] or match["wnum"])
    if currency is None or low is None:
        return None
    high_text = match["num2"] or match["wnum2"]
    high = parse_number(high_text) if high_text else None
    scale = scale_factor(match["scale"] or match["wscale"])
    amount = ((low + high) / 2 if high else low) * scale + _minor_amount(match, scale)
    after = sentence[match.end() :]
    conversion = _CONVERSION.match(after) or (_CONVERSION_OR.match(after) if currency != "USD" else None)
    stated = _stated_usd(conversion) if conversion else None
    end = match.end() + (conversion.end() if conversion else 0)
    prefix = sentence[max(0, match.start() - 40) : match.start()]
    return Money(
        match.start(),
        end,
        amount,
        currency,
        "approx" if high else _investment_qualifier(prefix),
        stated,
        _is_no_investment(sentence, match.start(), end, negative_cue, floor)
        or _unrealised(sentence, end, ref),
    )


def _minor_amount(match: re.Match[str], scale: float) -> float:
    """The '120 million' of '1 billion 120 million US dollars' (only below the scale before it)."""
    if not match["minor"]:
        return 0.0
    minor_scale = scale_factor(match["minorscale"])
    return int(match["minor"]) * minor_scale if minor_scale < scale else 0.0


def _is_no_investment(sentence: str, start: int, end: int, negative_cue: re.Pattern[str], floor: int) -> bool:
    """'registered capital of $X' before the amount (not before `floor`), '35 billion tenge in taxes'
    right after it, or a price ('$40/1,000 cu m', '$65 per barrel')."""
    after = re.match(rf"(?:{_WHAT_AFTER}|{_PASSIVE_AFTER})(?:{negative_cue.pattern})", sentence[end:])
    price = _PER_UNIT_AFTER.match(sentence[end:])
    clause_start, _ = clause_bounds(sentence, start)  # 'The registered capital of X will be increased to $Y'
    reach = min(start - NO_INVESTMENT_NEAR, max(clause_start, start - NO_INVESTMENT_REACH))
    return bool(negative_cue.search(sentence[max(0, reach, floor) : start]) or after or price)


def _unrealised(sentence: str, end: int, ref: Reference) -> bool:
    """'A $400 million credit line ... was never signed': money that never came."""
    return bool(ref.cue_pattern("unrealised").search(sentence[end:]))


def _stated_usd(conversion: re.Match[str]) -> float:
    """The dollar value an article gives in brackets: '(about $145.6 billion)', '(USD 2.1 billion)'."""
    number = parse_number(conversion["num"] or conversion["wnum"]) or 0
    return number * scale_factor(conversion["scale"] or conversion["wscale"])


def _investment_qualifier(prefix: str) -> str:
    """Investments know no 'planned' qualifier: a planned amount is exact as far as the text goes."""
    qualifier = qualifier_before(prefix)
    return "exact" if qualifier == "planned" else qualifier


def usd_value(money: Money, ref: Reference, year: int | None) -> float | None:
    """The amount in US dollars: the text's own conversion, else the rate table for the year."""
    if money.stated_usd:
        return money.stated_usd
    rate = ref.usd_rate(money.currency, year)
    return money.amount * rate if rate is not None else None
