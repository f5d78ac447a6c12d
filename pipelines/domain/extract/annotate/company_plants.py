"""Facilities a company's name names: 'the Kazakhstan Aluminium Smelter', 'Atyrau Refinery LLP, with a
capacity of 5.5 million tonnes', 'Huaxin Sughd Cement LLC ... Cement capacity 1.1 Mt/a'."""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.facilities import NETWORK_HEADS, Frame, product_frame
from pipelines.domain.extract.annotate.name_words import COMPANY_HEADS, LEGAL_TAIL
from pipelines.domain.extract.annotate.organisations import OrgMention
from pipelines.domain.extract.doc import SentenceDoc
from pipelines.domain.reference import Reference, fold

_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PLACED = re.compile(r"\s*\(\s*|,\s*|\s+(?:in|near|at)\s+(?:the\s+)?", re.I)  # between a plant and its place


def the_plant(text: str, frame: Frame, orgs: list[OrgMention]) -> bool:
    """'the Kazakhstan Aluminium Smelter in Pavlodar': a company named by the facility noun it ends with, and
    spoken of with 'the', is that facility too (not 'its subsidiary Ulba Metallurgical Plant', 'State Grid',
    'the Almalyk Mining and Metallurgical Complex', 'Kokshetau CHP LLP')."""
    ends = any(
        org.start <= frame.head_start
        and org.end == frame.head_end
        and text[max(0, org.start - 4) : org.start].lower() == "the "
        for org in orgs
    )
    kept = frame.head_word not in NETWORK_HEADS and frame.head_word not in COMPANY_HEADS
    return ends and kept and frame.project_type is not None


def placed_company_plant(doc: SentenceDoc, frame: Frame) -> bool:
    """'Ekibastuz GRES-1 (Pavlodar region).', 'Balkhash TPP in Almaty region will be built': a plant's name
    that is also its company's short name ('Ekibastuz GRES-1 LLP'), placed right after it, is the plant;
    a company is not placed that way."""
    owner = next((o for o in doc.orgs if o.start <= frame.head_start and o.end == frame.head_end), None)
    if owner is None or owner.known or frame.project_type is None:
        return False
    if frame.head_word in COMPANY_HEADS or frame.head_word in NETWORK_HEADS:
        return False
    after = [p.start for p in doc.places if p.start >= frame.head_end]
    return any(_PLACED.fullmatch(doc.text, frame.head_end, start) for start in after)


def sized_company_plant(doc: SentenceDoc, frame: Frame) -> bool:
    """'Kazakhstan Aluminium Smelter JSC (KAS) in Pavlodar ... with a design capacity of 250,000 tons a
    year', 'Atyrau Refinery LLP, with a capacity of 5.5 million tonnes': a company named by its facility
    noun and a legal form, whose size the sentence gives after it, is that facility too (not 'Kokshetau
    CHP LLP' named as a party)."""
    owner = next((o for o in doc.orgs if o.start <= frame.head_start and o.end > frame.head_end), None)
    if owner is None or frame.project_type is None or frame.head_word in COMPANY_HEADS:
        return False
    legal_tail = LEGAL_TAIL.fullmatch(doc.text[frame.head_end : owner.end].rstrip("."))
    sized = any(q.metric and q.start >= owner.end for q in doc.quantities)
    others = any(f.head_start >= owner.end for f in doc.facilities)  # '... LLP signed for a 240 MW plant'
    return bool(legal_tail) and sized and not others


def company_plant_told_next(doc: SentenceDoc, frame: Frame, following: SentenceDoc | None) -> bool:
    """'the state share in Kokand Superphosphate Plant JSC ... The plant, with a design capacity of 300,000
    tonnes ...': a company named by its facility noun (ending its name or before a legal form), the only
    organisation of its sentence, whose plant the next sentence of its paragraph opens on, is that
    facility too (not 'a joint venture of Kazatomprom's Ulba Metallurgical Plant and CGN ... The plant')."""
    owner = next((o for o in doc.orgs if o.start <= frame.head_start and o.end >= frame.head_end), None)
    alone = owner is not None and all(o is owner or o.text == owner.alias for o in doc.orgs)
    if not alone or following is None or following.paragraph != doc.paragraph:
        return False
    if frame.head_word in COMPANY_HEADS or frame.head_word in NETWORK_HEADS:
        return False
    tail = doc.text[frame.head_end : owner.end].rstrip('".')
    goes_on = re.match(rf"(?:The|This)\s+(?:{re.escape(frame.head_word)}|plant)\b", following.text)
    return (not tail or LEGAL_TAIL.fullmatch(tail) is not None) and goes_on is not None


def product_named_plants(doc: SentenceDoc, following: SentenceDoc | None, ref: Reference) -> list[Frame]:
    """'- Huaxin Sughd Cement LLC - Ghafurov District, Sughd Region. Cement capacity 1.1 Mt/a': in a
    sentence that names no facility, a company named by what it makes and a legal form, whose yearly output
    the sentence gives after it (or the next sentence of its paragraph, naming no facility of its own), is
    a plant of that product."""
    for org in doc.orgs:
        product = _product_in_name(org, ref)
        if product is not None and (_yearly(doc, org.end) or _output_told_next(doc, following)):
            start = doc.text.find(product, org.start, org.end)
            extent = (org.start, len(doc.text))
            return [product_frame((start, start + len(product)), extent, org.text, fold(product), ref)]
    return []


def _product_in_name(org: OrgMention, ref: Reference) -> str | None:
    """'Cement' of 'Huaxin Gayur Cement LLC': a product word the name ends with, before its legal form."""
    products = ref.facility_terms.get("product", {})
    for word in reversed(list(_WORD.finditer(org.text))):
        if fold(word.group(0)) in products and LEGAL_TAIL.fullmatch(org.text[word.end() :].rstrip(".")):
            return word.group(0)
    return None


def _output_told_next(doc: SentenceDoc, following: SentenceDoc | None) -> bool:
    """The next sentence of the paragraph gives a yearly output and names no facility of its own."""
    return (
        following is not None
        and following.paragraph == doc.paragraph
        and not following.facilities
        and _yearly(following, 0)
    )


def _yearly(doc: SentenceDoc, after: int) -> bool:
    return any(q.metric == "annual_output" and q.start >= after for q in doc.quantities)
