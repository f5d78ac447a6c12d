"""Within one article, mentions of the same facility told apart only by how much each says.

An article that names 'the Mirny wind farm' and also speaks of 'a wind farm of 1 GW' without name or
place speaks of one wind farm; an article that says 'a pipeline' three times, none placed or named,
speaks of one pipeline. A generic mention joins the article's only specific project of its type and
country, or the first generic one when there is none, when the later of the two is definite or named
(two indefinite phrases introduce two facilities); figures that disagree keep them apart.
"""

from __future__ import annotations

import re

from pipelines.domain.extract.annotate.facilities import PRODUCTION_PARTS, Frame, designator, ordinal
from pipelines.domain.extract.facts import Facts, ProjectMention
from pipelines.domain.extract.link.discourse import ABSTRACT_HEADS
from pipelines.domain.reference import different_products, fold

MIN_MISSPELT_LENGTH = 6  # shorter names one letter apart are other names ('Aral', 'Oral')
SAME_FIGURE = 0.10  # relative gap within which two figures of one metric may describe the same facility
_NEW = re.compile(r"\bnew\b", re.I)  # a facility called new is not the first of its kind named after it
FORMER = re.compile(r"\b(?:old|existing|former|previous|current)\b", re.I)  # the facility a new one replaces
INDEFINITE = re.compile(r"an?\s", re.I)  # a noun phrase opening with 'a' or 'an'
_DETERMINERS = frozenset({"a", "an", "another", "one", "any", "each", "every", "some", "no"})
_ANOTHER = re.compile(r"\b(?:another|other|second|third|further|more|additional)\b", re.I)
_SPACED_ROUTE = re.compile(r"[A-Z][\w'-]*(?:\s+-\s+[A-Z][\w'-]*)+")  # 'Turkmenistan - China'


# where a field's output is treated: a works, not the field
_WORKS_HEADS = frozenset({"plant", "refinery", "factory", "works", "station"})


def merge_article_mentions(mentions: list[ProjectMention], facts: Facts) -> None:
    """One project per facility the article speaks of: a named or placed mention joins an earlier one of
    the same name or place; an unplaced, unnamed one joins the project of its kind it must be."""
    lede = min((m.sentence.paragraph for m in mentions), default=0)
    for mention in [
        m
        for m in mentions
        if m.refers_to is None and not _production_part(m) and not _is_generic(m) and not _counted_anew(m)
    ]:
        kin = [
            m
            for m in _kin(mention, mentions)
            if (m.sentence.idx, m.head_start) < (mention.sentence.idx, mention.head_start)
        ]
        # 'the KPI plant': KPI's; 'The Kokomeren cascade' after 'a cascade ... on the Kokomeren river'
        company = [
            m for m in kin if _named_for_its_company(mention, m, facts) or _named_for_its_setting(mention, m)
        ]
        earlier = [m for m in kin if not _is_generic(m) and _same_place(m, mention, lede)]
        target = company[-1] if company else earlier[0] if earlier else None
        if target is not None and _figures_agree(mention.root, target.root, facts):
            redirect(mention, target.root, mentions, facts)
    for mention in [
        m for m in mentions if m.refers_to is None and not _production_part(m) and _is_generic(m)
    ]:
        target = _target(mention, mentions, facts, lede)
        if target is not None:
            redirect(mention, target.root, mentions, facts)


def _production_part(mention: ProjectMention) -> bool:
    """'The deal also covers a 100,000 tpa polypropylene unit': a unit, line or shop that is a plant's part
    keeps its figure to itself (a station a project comprises may be the project)."""
    return bool(mention.part_of) and mention.head_word in PRODUCTION_PARTS


def has_ordinal(phrase: str) -> bool:
    """'its first large-scale PV plant': a phrase that ranks its facility among others."""
    return ordinal(phrase) is not None


def other_ordinal(phrase: str, other: str) -> bool:
    """'the first gas processing plant' and 'the second gas processing plant': two plants; so are 'the
    first plant' and 'a new plant', 'the new CHP-3' and 'the old CHP-3', 'CHP-2' and 'CHP-3'."""
    mine, theirs = _rank(phrase), _rank(other)
    numbers = {designator(phrase), designator(other)}
    ranked = bool(mine and theirs and mine != theirs) or (None not in numbers and len(numbers) == 2)
    return ranked or {_age(phrase), _age(other)} == {"new", "old"}


def _age(phrase: str) -> str | None:
    """'the new CHP-3' and 'the old coal-fired CHP-3': the station built and the one it replaces."""
    return "new" if _NEW.search(phrase) else "old" if FORMER.search(phrase) else None


def _rank(phrase: str) -> str | None:
    new = _NEW.search(phrase)
    return ordinal(phrase) or (new.group(0).lower() if new else None)


def ranked_against(frame: Frame, mentions: list[ProjectMention]) -> bool:
    """A phrase ranked under another ordinal than one of `mentions` of the same noun: 'the first gas
    processing plant' is not what was called 'the third gas processing plant'."""
    return any(
        (p := m.phrase()) is not None
        and p.head_word == frame.head_word
        and (other_ordinal(frame.noun_phrase, p.noun_phrase) or _ranked_after(frame, p.noun_phrase))
        for m in mentions
    )


def _ranked_after(frame: Frame, other: str) -> bool:
    """'The second plant of the company' after 'the plant in Yavan': a plant ranked second or later is not
    one met unranked before (a plant's second unit or line is another matter)."""
    rank = ordinal(frame.noun_phrase)
    return rank not in (None, "first") and _rank(other) is None and frame.head_word not in PRODUCTION_PARTS


def _other_ordinals(a: ProjectMention, b: ProjectMention) -> bool:
    return bool(a.frame and b.frame and other_ordinal(a.frame.noun_phrase, b.frame.noun_phrase))


def _counted_anew(mention: ProjectMention) -> bool:
    """'Three wind farms in Zhambyl, Turkestan and Almaty regions': plants counted as they are introduced
    are new ones, not the wind farm in Zhambyl named before."""
    frame = mention.frame
    return frame is not None and bool(frame.count) and frame.plural and not frame.definite


def _is_generic(mention: ProjectMention) -> bool:
    phrase = mention.frame.noun_phrase if mention.frame else ""
    placed = mention.locality or (mention.region and not mention.placed_by_context)
    return not (mention.name or placed) and not _ANOTHER.search(phrase)


def _kin(mention: ProjectMention, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """Other first mentions that could be the same facility: same type and country, not in its sentence."""
    return [
        m
        for m in mentions
        if m is not mention
        and m.refers_to is None
        and not m.part_of
        and m.project_type == mention.project_type
        and m.country == mention.country
        and m.phase == mention.phase
        and not different_products(m.product, mention.product)
        and not other_shape(m.frame, mention.frame)
        and not _works_and_field(m.frame, mention.frame)
        and not _other_ordinals(m, mention)
        and not (mention.frame and ranked_against(mention.frame, [c for c in mentions if c.root == m.root]))
        and not _share_a_sentence(m.root, mention.sentence.idx, mentions)
    ]


def other_shape(a: Frame | None, b: Frame | None) -> bool:
    """A plant or station is not the pipeline or line it serves, nor a line a plant; 'the project' may be
    either."""
    if a is None or b is None or {a.head_word, b.head_word} & ABSTRACT_HEADS:
        return False
    return a.line_shaped != b.line_shaped


def _works_and_field(a: Frame | None, b: Frame | None) -> bool:
    """'a gas processing plant' and 'the South Yolotan field' told apart: the works that treat a field's
    gas is not the field (though a project at a field may envisage one)."""
    heads = {a.head_word, b.head_word} if a is not None and b is not None else set()
    return "field" in heads and bool(heads & _WORKS_HEADS)


def _target(
    mention: ProjectMention, mentions: list[ProjectMention], facts: Facts, lede: int
) -> ProjectMention | None:
    kin = _kin(mention, mentions)
    specific = _narrowed(mention, {_identity(m): m for m in reversed(kin) if not _is_generic(m)}, lede)
    if len(specific) == 1:
        (candidate,) = specific.values()
    elif not specific:
        earlier = [m for m in kin if m.sentence.idx < mention.sentence.idx]
        candidate = earlier[0] if earlier else None
    else:
        return None
    if candidate is None or not _figures_agree(mention.root, candidate.root, facts):
        return None
    return candidate if _points_back(candidate, mention, lede) else None


def _narrowed(
    mention: ProjectMention, specific: dict[tuple[str, str], ProjectMention], lede: int
) -> dict[tuple[str, str], ProjectMention]:
    """Of several specific projects of the generic mention's kind, the one it must be: the lede's only one,
    told of again before the others the article turns to; or the one whose name ends in all its words ('a
    small hydropower plant', then 'the Bala-Saruu small hydropower plant' beside 'Kambarata HPP-1')."""
    if len(specific) < 2:
        return specific
    before = {key: m for key, m in specific.items() if m.sentence.idx < mention.sentence.idx}
    if len(before) == 1 and next(iter(before.values())).sentence.paragraph == lede:
        return before
    words = _described_words(mention)
    described = {
        key: m
        for key, m in specific.items()
        if len(words) > 1 and _described_words(m)[-len(words) :] == words
    }
    return described if len(described) == 1 else specific


def _described_words(mention: ProjectMention) -> list[str]:
    """The words of a mention's facility phrase less its determiners: 'a small hydropower plant' gives
    ['small', 'hydropower', 'plant']."""
    phrase = mention.frame.noun_phrase if mention.frame else ""
    return [w for w in fold(phrase).split() if w not in _DETERMINERS and w != "the"]


def _points_back(a: ProjectMention, b: ProjectMention, lede: int) -> bool:
    """A definite or named phrase may speak of a facility met before; 'a wind farm' introduces a new one,
    unless the earlier was in the lede: 'a deal to build a wind farm and a storage system in Zhambyl' first,
    'an energy storage system of 300 MW' in the body tells of the lede's."""
    earlier, later = sorted((a, b), key=lambda m: (m.sentence.idx, m.head_start))
    if later.name or (later.frame is not None and later.frame.definite):
        return True
    if later is b and later.frame is not None and _undetermined(later.frame):
        return True  # 'Outputs: Wind farm of 130 MW constructed', as a field or a translation writes it
    singular = not any(m.frame is None or m.frame.plural for m in (earlier, later))
    told_again = singular and bool(INDEFINITE.match(later.frame.noun_phrase))  # not 'its plant'
    return told_again and earlier.sentence.paragraph == lede < later.sentence.paragraph


def _name_root(name: str) -> tuple[str, ...]:
    """'Pakrut gold mine' and 'the Pakrut mine' are one: a name's first and last words (a route's ends for
    the first); a numbered name ('Kambarata HPP-1') is all of it."""
    words = fold(name).split()
    return tuple(words) if any(c.isdigit() for c in name) else (fold(_told_by(name)), words[-1])


def _told_by(name: str) -> str:
    """The word a name is told by: its first, or the route of spaced stops it opens with, by its ends
    ('Turkmenistan-India' of 'Turkmenistan - Afghanistan - Pakistan - India gas pipeline')."""
    route = _SPACED_ROUTE.match(name)
    return _route_ends(route.group(0).replace(" ", "")) if route else name.split()[0]


def _undetermined(frame: Frame) -> bool:
    """A singular facility phrase with no article or count before it: 'Wind farm of 130 MW'."""
    first = frame.noun_phrase.split()[0].lower() if frame.noun_phrase else ""
    return not frame.plural and frame.count is None and first not in _DETERMINERS


def _same_place(a: ProjectMention, b: ProjectMention, lede: int) -> bool:
    """Same name or town, and no two regions their own words state; or the same region where one names no
    town and the later is definite or named ('a 1 GW solar park in the Bukhara region' ... 'the Bukhara
    solar park')."""
    if _numbered_apart(a.name, b.name):
        return False  # 'the Kambarata-1 plant' is not 'the Kambarata-2 plant', whatever town both are at
    (name_a, region_a), (name_b, region_b) = _identity(a), _identity(b)
    stated = {r for r, m in ((region_a, a), (region_b, b)) if r and not m.placed_by_context}
    one_region = region_a == region_b or not (region_a and region_b) or (bool(name_a) and len(stated) < 2)
    named_alike = bool(a.name and b.name) and _name_root(a.name) == _name_root(b.name)  # whatever town
    if one_region and (name_a == name_b or misspelt(name_a, name_b) or named_alike):
        return True  # 'the Dushanbe-2 CHP plant' ... 'the Dusahnbe-2 CHP plant' (placed by its paragraph)

    unnamed = _only_regional(a) or _only_regional(b)
    return bool(a.region) and a.region == b.region and unnamed and _points_back(a, b, lede)


def _numbered_apart(a: str | None, b: str | None) -> bool:
    """Two names numbered with no number in common: 'Kambarata-1' and 'Kambarata HPP-2'."""
    numbers_a, numbers_b = (set(re.findall(r"\d+", name or "")) for name in (a, b))
    return bool(numbers_a and numbers_b) and not numbers_a & numbers_b


def misspelt(a: str, b: str) -> bool:
    """Two spellings of one long word one slip apart: a letter changed, dropped, added, or two swapped."""
    if min(len(a), len(b)) < MIN_MISSPELT_LENGTH or abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    swapped = a[:i] + a[i + 1 : i + 2] + a[i : i + 1] + a[i + 2 :]
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:] or swapped == b


def _only_regional(mention: ProjectMention) -> bool:
    """No town or name, or a name that is its region's ('the Bukhara wind farm' in the Bukhara region)."""
    word, region = _identity(mention)
    return not (mention.locality or mention.name) or (bool(region) and word == fold(region))


def _named_for_its_company(mention: ProjectMention, other: ProjectMention, facts: Facts) -> bool:
    """'the Datang wind farm' after 'China Datang Corporation ... will build a 1 GW wind farm': a definite
    name whose first word is a word of the other facility's participant's name."""
    if not (mention.name and mention.frame is not None and mention.frame.definite):
        return False
    word = fold(mention.name.split()[0])
    return any(
        row["frame_id"] == other.root and word in fold(row["surface"]).split() for row in facts.participants
    )


def _named_for_its_setting(mention: ProjectMention, other: ProjectMention) -> bool:
    """'The Kokomeren cascade' after 'a cascade of three hydropower plants on the Kokomeren river': a
    definite name whose first word the other, unnamed facility's own words give."""
    if other.name or not (mention.name and mention.frame is not None and mention.frame.definite):
        return False
    word = re.sub(r"-\d+$", "", mention.name.split()[0])
    start, end = other.span
    return len(word) > 2 and re.search(rf"\b{re.escape(word)}\b", other.sentence.text[start:end]) is not None


def _identity(mention: ProjectMention) -> tuple[str, str]:
    """What tells specific mentions apart: 'the Mirny wind farm' and 'the Mirny wind project' are one."""
    first_word = _told_by(mention.name) if mention.name else ""
    return fold(_route_ends(mention.locality or first_word)), mention.region or ""


def _route_ends(place: str) -> str:
    """'Beineu-Bozoy-Shymkent' and 'Beineu-Shymkent' are one route: its two ends tell it apart."""
    stops = place.split("-")
    return f"{stops[0]}-{stops[-1]}" if len(stops) > 2 and all(stop.isalpha() for stop in stops) else place


def _share_a_sentence(root: str, sentence_idx: int, mentions: list[ProjectMention]) -> bool:
    """Two facilities named in one sentence are two facilities."""
    return any(m.root == root and m.sentence.idx == sentence_idx for m in mentions)


def _figures_agree(a: str, b: str, facts: Facts) -> bool:
    figures: dict[str, dict[str, list[float]]] = {a: {}, b: {}}
    for row in facts.capacities:
        if row["frame_id"] in figures:
            figures[row["frame_id"]].setdefault(row["metric"], []).append(row["value_std"])
    for metric, values in figures[a].items():
        others = figures[b].get(metric)
        if others and not any(
            abs(x - y) <= SAME_FIGURE * max(abs(x), abs(y)) for x in values for y in others
        ):
            return False
    return True


def redirect(mention: ProjectMention, root: str, mentions: list[ProjectMention], facts: Facts) -> None:
    """Make `mention` (and everything said of it) part of the project whose first mention is `root`."""
    old = mention.frame_id
    for other in mentions:
        if other.refers_to == old:
            other.refers_to = root
    mention.refers_to = root
    for table in (facts.capacities, facts.participants, facts.investment_frames):
        for row in table:
            if row["frame_id"] == old:
                row["frame_id"] = root
    _take_place(next((m for m in mentions if m.frame_id == root), None), mention)


def _take_place(root: ProjectMention | None, mention: ProjectMention) -> None:
    """'I worked at GRES-1' told nowhere, then 'GRES-1 ... are here' in a paragraph on Ekibastuz: the
    project first named without a place stands where its later mention does."""
    if root is None or root.region or root.locality or not mention.region or root.country != mention.country:
        return
    root.locality, root.region, root.region_code = mention.locality, mention.region, mention.region_code
    root.placed_by_context = mention.placed_by_context
