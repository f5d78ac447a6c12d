"""Reference data under `seeds/reference/`: loaded once, validated, compiled into matchers."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"
_FOLDS_KEPT = 1 << 16  # distinct texts whose folded key is cached

_REQUIRED_COLUMNS = {
    "countries": ["country_code", "name", "variants"],
    "regions": ["region", "region_code", "country", "variants"],
    "localities": ["locality", "variants", "kind", "region", "country"],
    "organisations": ["name", "aliases", "country", "kind", "parent"],
    "currencies": ["currency", "year", "usd_per_unit", "variants"],
    "units": ["unit", "metric", "unit_std", "factor", "period", "counts"],
    "facility_terms": ["term", "kind", "project_type", "refers"],
    "cues": ["cue_type", "value", "pattern"],
    "metric_types": ["metric", "project_type"],
    "project_types": ["project_type", "label", "generates_power"],
    "name_words": ["word", "kind"],
    "region_changes": ["region", "country", "earlier_region", "since"],
}


@lru_cache(maxsize=_FOLDS_KEPT)
def fold(text: str) -> str:
    """Lookup key: lower case, punctuation and hyphens as spaces, single spaces (computed once per distinct
    text: the same names and words are folded over and over)."""
    text = text.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def compact(text: str) -> str:
    """`fold` without the spaces: 'Kaz Munay-Gas' and 'KazMunayGas' give one key."""
    return fold(text).replace(" ", "")


_SOUND_RULES = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("ye", "e"),
    ("yo", "o"),
    ("yu", "u"),
    ("ya", "a"),
    ("ou", "u"),
    ("y", "i"),
    ("w", "v"),
)


def sound_key(text: str) -> str:
    """Spelling-blind key for transliterated names: Khodjikent ~ Hodjikent, Samarqand ~ Samarkand."""
    key = fold(text).replace(" ", "")
    for written, sound in _SOUND_RULES:
        key = key.replace(written, sound)
    return re.sub(r"(.)\1+", r"\1", key).rstrip("aei")


_SKELETON_CONSONANTS = 4  # a spelling skeleton this short ('knt': Kentau, Kant) tells no place apart


def spelling_skeleton(text: str) -> str | None:
    """`sound_key` without its inner vowels, for a place spelt from Russian or from Kazakh: Tyulkubas ~
    Tulkibas; None when too few consonants are left to tell places apart."""
    key = sound_key(text)
    skeleton = key[:1] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", key[1:]))
    return skeleton if len(skeleton) - (skeleton[:1] in "aeiou") >= _SKELETON_CONSONANTS else None


def product_key(word: str) -> str:
    """Spelling-blind key of a product word: aluminium ~ aluminum, fertiliser ~ fertilizer."""
    consonants = re.sub(r"[aeiouy]", "", fold(word).rstrip("s")).replace("z", "s")
    return re.sub(r"(.)\1+", r"\1", consonants)


def different_products(a: object, b: object) -> bool:
    """Both products known and not one word however spelt ('aluminium', 'aluminum')."""
    return isinstance(a, str) and isinstance(b, str) and product_key(a) != product_key(b)


def split_variants(value: object) -> list[str]:
    """A pipe-separated CSV cell as a list of non-empty strings."""
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


def cue_source(pattern: str) -> str:
    """A `cues.csv` pattern as a regex: `{in_sentence}` is a character of the sentence, a period too where no
    sentence ends ('Co., Ltd. on the design', '$1.24 billion', 'unit No. 1')."""
    return pattern.replace("{in_sentence}", r"(?:[^.;]|\.(?=[\d,]|\s[a-z\d]))")


def _cue_regex(patterns: Iterable[str], flags: int) -> re.Pattern[str]:
    """Cue patterns as one alternation, longest first, not inside a longer word ('co-operate')."""
    ordered = sorted(map(cue_source, patterns), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in ordered) + r")(?![\w]|-\w)", flags)


def _alternatives(surfaces: list[str]) -> str:
    return "|".join(sorted({re.escape(s) for s in surfaces if s}, key=len, reverse=True))


_TOKEN = re.compile(r"[^\W_]+|&")


@dataclass(frozen=True)
class PhraseMatch:
    """A listed phrase found in a text: where, as written, and its folded key."""

    start: int
    end: int
    text: str
    key: str


class PhraseIndex:
    """Many names found at once, word by word: a dictionary of phrases (folded, so 'Samruk Kazyna' finds
    'Samruk-Kazyna'; or as written, for abbreviations and names whose capitals matter), longest first,
    never starting right after a hyphen. One pass over a sentence's words, whatever the number of names;
    the words of a text are split once for every index that looks at it."""

    def __init__(self, phrases: list[str], *, keep_case: bool = False) -> None:
        self.keep_case = keep_case
        self.phrases = {key for p in phrases if (key := " ".join(_words(p, keep_case)[1]))}
        sizes: dict[str, set[int]] = {}
        for key in self.phrases:
            sizes.setdefault(key.split()[0], set()).add(len(key.split()))
        self.sizes = {first: sorted(found, reverse=True) for first, found in sizes.items()}

    def find(self, text: str) -> list[PhraseMatch]:
        spans, words = _words(text, self.keep_case)
        found, i = [], 0
        while i < len(words):
            size = self._longest_at(words, i) if words[i] in self.sizes else 0
            start = spans[i][0]
            if size and text[start - 1 : start] != "-":
                end = spans[i + size - 1][1]
                end += text[start:end].count("(") > text[start:end].count(")") and text[end : end + 1] == ")"
                found.append(PhraseMatch(start, end, text[start:end], " ".join(words[i : i + size])))
                i += size
            else:
                i += 1
        return found

    def _longest_at(self, words: tuple[str, ...], i: int) -> int:
        for size in self.sizes[words[i]]:
            if i + size <= len(words) and " ".join(words[i : i + size]) in self.phrases:
                return size
        return 0


@lru_cache(maxsize=64)
def _words(text: str, keep_case: bool) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """The spans of a text's words and the words as phrases are keyed ('&' read as 'and')."""
    spans = tuple(m.span() for m in _TOKEN.finditer(text))
    words = _TOKEN.findall(text) if keep_case else [w.casefold() for w in _TOKEN.findall(text)]
    return spans, tuple("and" if w == "&" else w for w in words) if "&" in text else tuple(words)


@dataclass(frozen=True)
class Place:
    """A region or locality entry of the gazetteer."""

    name: str
    kind: str  # region, city, town, village, district, site
    country: str
    region: str | None
    region_code: str | None


@dataclass
class Reference:
    """All reference tables plus the lookups built from them."""

    tables: dict[str, pd.DataFrame]
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    def surfaces(self, table: str, name: str, variants: str) -> Iterator[tuple[Any, str]]:
        """(row, written form) for every row of a reference table: its name and each of its variants."""
        for row in self.tables[table].itertuples():
            for surface in dict.fromkeys([getattr(row, name), *split_variants(getattr(row, variants))]):
                yield row, surface

    # ---- countries -------------------------------------------------------------------------
    @cached_property
    def country_by_surface(self) -> dict[str, str]:
        return {fold(s): row.country_code for row, s in self.surfaces("countries", "name", "variants")}

    @cached_property
    def country_index(self) -> PhraseIndex:
        """Country names and demonyms as written ('Kazakh', not 'kazakh')."""
        return PhraseIndex([s for _, s in self.surfaces("countries", "name", "variants")], keep_case=True)

    @cached_property
    def country_names(self) -> dict[str, str]:
        return dict(zip(self.tables["countries"].country_code, self.tables["countries"].name, strict=True))

    # ---- regions and localities ------------------------------------------------------------
    @cached_property
    def region_code(self) -> dict[tuple[str, str], str]:
        regions = self.tables["regions"]
        return {(r.country, r.region): r.region_code for r in regions.itertuples()}

    @cached_property
    def regions_by_surface(self) -> dict[str, list[Place]]:
        out: dict[str, list[Place]] = defaultdict(list)
        for r, surface in self.surfaces("regions", "region", "variants"):
            out[fold(surface)].append(Place(r.region, "region", r.country, r.region, r.region_code))
        return dict(out)

    @cached_property
    def localities_by_surface(self) -> dict[str, list[Place]]:
        out: dict[str, list[Place]] = defaultdict(list)
        for loc, surface in self.surfaces("localities", "locality", "variants"):
            region = loc.region if isinstance(loc.region, str) else None
            code = self.region_code.get((loc.country, region)) if region else None
            out[fold(surface)].append(Place(loc.locality, loc.kind, loc.country, region, code))
        return dict(out)

    @cached_property
    def localities_by_skeleton(self) -> dict[str, list[Place]]:
        """Localities by `spelling_skeleton`: a district or village the gazetteer knows under another
        spelling."""
        out: dict[str, list[Place]] = defaultdict(list)
        for surface, places in self.localities_by_surface.items():
            if skeleton := spelling_skeleton(surface):
                out[skeleton].extend(places)
        return dict(out)

    @cached_property
    def place_index(self) -> PhraseIndex:
        regions = [s for _, s in self.surfaces("regions", "region", "variants")]
        return PhraseIndex(regions + [s for _, s in self.surfaces("localities", "locality", "variants")])

    @cached_property
    def organisation_by_alias(self) -> dict[str, str]:
        return {fold(alias): row.name for row, alias in self.surfaces("organisations", "name", "aliases")}

    @cached_property
    def organisation_by_compact(self) -> dict[str, str]:
        """Listed names and aliases without spaces or hyphens: 'Kaz Munay Gas' finds KazMunayGas."""
        return {compact(alias): row.name for row, alias in self.surfaces("organisations", "name", "aliases")}

    @cached_property
    def organisation_indexes(self) -> tuple[PhraseIndex, PhraseIndex]:
        """Listed names (any case) and abbreviations (as written: 'KEGOC', not 'kegoc')."""
        surfaces = [alias for _, alias in self.surfaces("organisations", "name", "aliases")]
        return (
            PhraseIndex([s for s in surfaces if not _is_acronym(s)]),
            PhraseIndex([s for s in surfaces if _is_acronym(s)], keep_case=True),
        )

    def find_organisations(self, text: str) -> list[PhraseMatch]:
        names, acronyms = self.organisation_indexes
        found = sorted(names.find(text) + acronyms.find(text), key=lambda m: (m.start, -(m.end - m.start)))
        return [m for i, m in enumerate(found) if not any(o.start <= m.start < o.end for o in found[:i])]

    @cached_property
    def organisation_rows(self) -> dict[str, dict]:
        return {row["name"]: row for row in self.tables["organisations"].to_dict("records")}

    # ---- units, currencies, facility terms, cues --------------------------------------------
    @cached_property
    def units(self) -> dict[str, dict]:
        """Unit surface -> its row, folded and as written ('Mt/year' millions, 'mt/year' metric tonnes)."""
        rows = self.tables["units"].to_dict("records")
        return {fold(r["unit"]): r for r in reversed(rows)} | {r["unit"]: r for r in rows}

    @cached_property
    def unit_alternatives(self) -> str:
        """Regex alternatives of every unit surface form, longest first (case-sensitive)."""
        return _alternatives(list(self.tables["units"].unit))

    @cached_property
    def currency_forms(self) -> dict[str, str]:
        """Every written form of a currency (case kept) -> ISO 4217 code."""
        out: dict[str, str] = {}
        for row in self.tables["currencies"].drop_duplicates("currency").itertuples():
            for surface in [row.currency, *split_variants(row.variants)]:
                out[surface] = row.currency
        return out

    @cached_property
    def currency_by_surface(self) -> dict[str, str]:
        """Case-folded written form -> ISO 4217 code."""
        return {surface.casefold(): code for surface, code in self.currency_forms.items()}

    def usd_rate(self, currency: str, year: int | None) -> float | None:
        """US dollars per unit of `currency` in `year` (latest known year when not given)."""
        rates = self.usd_rates.get(currency)
        if not rates:
            return None
        return rates[year] if year in rates else rates[max(rates)]

    @cached_property
    def usd_rates(self) -> dict[str, dict[int, float]]:
        """currency -> year -> US dollars per unit (the first row of a year), looked up per amount read."""
        rates: dict[str, dict[int, float]] = {}
        for row in self.tables["currencies"].itertuples():
            rates.setdefault(row.currency, {}).setdefault(int(row.year), float(row.usd_per_unit))
        return rates

    @cached_property
    def type_labels(self) -> dict[str, str]:
        """project_type -> a readable noun for generated project names ('wind farm')."""
        return dict(
            zip(self.tables["project_types"].project_type, self.tables["project_types"].label, strict=True)
        )

    @cached_property
    def metric_types(self) -> set[tuple[str, str]]:
        """(metric, project_type) pairs that make sense: a wind farm has MW, not tonnes."""
        return set(
            zip(self.tables["metric_types"].metric, self.tables["metric_types"].project_type, strict=True)
        )

    @cached_property
    def facility_terms(self) -> dict[str, dict[str, str | None]]:
        """kind -> folded term -> project_type (None for typeless heads)."""
        out: dict[str, dict[str, str | None]] = defaultdict(dict)
        for row in self.tables["facility_terms"].itertuples():
            ptype = row.project_type if isinstance(row.project_type, str) else None
            out[row.kind][fold(row.term)] = ptype
        return dict(out)

    def heads_that_refer(self, how: str) -> frozenset[str]:
        """Folded facility nouns of one `refers` value: 'named' give their type only after a name ('the
        Galkynysh field', not 'the field of renewable energy'); 'purpose' name a facility only with what it
        makes ('an enterprise for the production of solar panels', not 'the largest solar enterprise')."""
        key = f"refers:{how}"
        if key not in self._cache:
            terms = self.tables["facility_terms"]
            self._cache[key] = frozenset(fold(t) for t in terms.loc[terms.refers == how, "term"])
        return self._cache[key]  # type: ignore[return-value]

    @cached_property
    def typeless_heads(self) -> dict[str, str]:
        """Folded facility nouns any kind of facility is called by ('the plant', 'two farms') -> 'any' when
        they may point to any project ('the project'), 'same' when they say more ('the line')."""
        terms = self.tables["facility_terms"]
        kept = terms[terms.refers.isin(["any", "same"])]
        return {fold(t): r for t, r in zip(kept.term, kept.refers, strict=True)}

    def compiled(self, key: str, build: Callable[[], str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A regex built from reference data, compiled once per Reference."""
        key = f"compiled:{key}"
        if key not in self._cache:
            self._cache[key] = re.compile(build(), flags)
        return self._cache[key]  # type: ignore[return-value]

    def cue_pattern(self, cue_type: str) -> re.Pattern[str]:
        """All patterns of one cue type, each as a named alternative carrying its value."""
        key = f"cue:{cue_type}"
        if key not in self._cache:
            rows = self.tables["cues"][self.tables["cues"].cue_type == cue_type]
            self._cache[key] = _cue_regex(rows.pattern, re.IGNORECASE | re.MULTILINE)
        return self._cache[key]  # type: ignore[return-value]

    def cue_values(self, cue_type: str) -> list[tuple[re.Pattern[str], str]]:
        """One pattern per value of a cue type (e.g. per status), in the CSV's order of values."""
        key = f"cue-values:{cue_type}"
        if key not in self._cache:
            rows = self.tables["cues"][self.tables["cues"].cue_type == cue_type]
            grouped: dict[str, list[str]] = {}
            for row in rows.itertuples():
                grouped.setdefault(row.value, []).append(row.pattern)
            self._cache[key] = [(_cue_regex(ps, re.IGNORECASE), value) for value, ps in grouped.items()]
        return self._cache[key]  # type: ignore[return-value]


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text) <= 8 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def region_changes(ref: Reference) -> dict[tuple[str, str], tuple[str, date]]:
    """(country, region) -> the region its towns belonged to before it was formed, and the day it was
    (`region_changes.csv`)."""
    if "region_changes" not in ref._cache:
        ref._cache["region_changes"] = {
            (r.country, r.region): (r.earlier_region, date.fromisoformat(r.since))
            for r in ref.tables["region_changes"].itertuples()
        }
    return ref._cache["region_changes"]  # type: ignore[return-value]


def load_reference(reference_dir: Path = REFERENCE_DIR) -> Reference:
    """Read and check every reference CSV; a missing file or column is a clear error."""
    tables: dict[str, pd.DataFrame] = {}
    for name, columns in _REQUIRED_COLUMNS.items():
        path = reference_dir / f"{name}.csv"
        if not path.exists():
            raise FileNotFoundError(f"reference table {path} is missing")
        frame = pd.read_csv(path, dtype=str, keep_default_na=False).replace({"": None})
        missing = set(columns) - set(frame.columns)
        if missing:
            raise ValueError(f"{path.name} lacks columns {sorted(missing)}")
        tables[name] = frame
    tables["units"]["factor"] = tables["units"]["factor"].astype(float)
    tables["currencies"]["year"] = tables["currencies"]["year"].astype(int)
    tables["currencies"]["usd_per_unit"] = tables["currencies"]["usd_per_unit"].astype(float)
    return Reference(tables)


def power_types(ref: Reference) -> frozenset[str]:
    """Project types that generate electricity (`project_types.csv`, generates_power)."""
    if "power_types" not in ref._cache:
        types = ref.tables["project_types"]
        ref._cache["power_types"] = frozenset(types.project_type[types.generates_power == "yes"])
    return ref._cache["power_types"]  # type: ignore[return-value]


def project_label(ref: Reference, project_type: str | None, place: str | None) -> str:
    """'Wind farm in Zhanatas': the name of a facility the text does not name."""
    label = ref.type_labels.get(project_type or "other", "project")
    return f"{label[0].upper()}{label[1:]} in {place}" if place else label.capitalize()
