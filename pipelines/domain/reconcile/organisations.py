"""One organisation per real-world body: surface forms from every article resolved to org ids."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict

import pandas as pd

from pipelines.domain.extract.annotate.acronyms import spells_exactly
from pipelines.domain.extract.annotate.name_words import (
    GOVERNMENT_HEADS,
    LEGAL_FORMS_BEFORE,
    is_acronym,
    name_key,
)
from pipelines.domain.reconcile.columns import column_rows
from pipelines.domain.reference import Reference, compact, fold, split_variants

ORGANISATION_COLUMNS = ["org_id", "name", "aliases", "country", "kind", "parent_org_id"]
_GOVERNMENT = re.compile(
    rf"^(?P<head>(?:{'|'.join(GOVERNMENT_HEADS)})\b.*?)"  # the last 'of X' is the country, if any
    r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country>[A-Z][\w'-]*(?:\s+(?!of\b)[\w'-]+)*))?$"
)
_QUOTED_AFTER_LEGAL_FORM = re.compile(rf"^(?:(?:{'|'.join(LEGAL_FORMS_BEFORE)})\s+)+\"(?P<name>[^\"]+)\"$")
MIN_FUZZY_NAME = 8  # letters a one-word name needs before a one-letter difference is read as a misspelling
_COUNTRY_HINTS = {
    "sino": "CN",
    "samruk": "KZ",
    "qazaq": "KZ",
}  # name words that tell a country, besides its names
_KIND_BY_WORD = {"bank": "bank", "fund": "fund"} | {head.lower(): "government" for head in GOVERNMENT_HEADS}


class OrganisationResolver:
    """Maps (article_id, surface form) to an org id, merging true variants and keeping look-alikes apart."""

    def __init__(
        self,
        org_mentions: pd.DataFrame,
        org_aliases: pd.DataFrame,
        ref: Reference,
        apart: dict[str, set[str]] | None = None,
    ) -> None:
        self.ref = ref
        self.apart = apart or {}  # org id -> names (folded) an analyst says stand for another body
        self._one_word_names: list[str] = []  # one-word name keys seen, in order: the spellings kept
        self._keys: dict[str, str] = {}  # surface form -> its key (`_base_key`)
        self.article_alias: dict[tuple[str, str], str] = {
            (article_id, alias): surface
            for article_id, alias, surface in column_rows(org_aliases, "article_id", "alias", "surface")
        }  # (article, short form) -> long form
        for place, long_form in self._country_dropped(org_mentions).items():
            self.article_alias.setdefault(place, long_form)
        self.listed_long_forms = self._listed_long_forms()  # (article, long form) -> listed body
        self.global_alias = self._global_aliases()  # short form -> key of the long form it stands for
        self.surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        self.countries: dict[str, Counter[str]] = defaultdict(Counter)
        for article_id, surface, country in column_rows(org_mentions, "article_id", "surface", "country"):
            key = self.key(article_id, surface)
            self.surfaces[key][_clean(surface)] += 1
            if isinstance(country, str):
                self.countries[key][country] += 1
        for (article_id, alias), surface in self.article_alias.items():
            key = self.key(article_id, surface)
            if key in self.surfaces:  # the short form is a name of the body too: 'HEI', 'Goldwind'
                self.surfaces[key][alias] += 0

    def _country_dropped(self, org_mentions: pd.DataFrame) -> dict[tuple[str, str], str]:
        """'the Ministry of Energy and Water Resources' in an article that named 'the Ministry of Energy
        and Water Resources of Tajikistan': (article, form without the country) -> the form with it, when
        the article names the body with one country only."""
        surfaces: dict[str, set[str]] = defaultdict(set)
        for article_id, surface in column_rows(org_mentions, "article_id", "surface"):
            surfaces[article_id].add(surface)
        out: dict[tuple[str, str], str] = {}
        for article_id, names in surfaces.items():
            with_country: dict[str, set[str]] = defaultdict(set)
            for name in names:
                head, _, country = (government_name(self.ref, name) or "").rpartition(" of ")
                if country in self.ref.country_names.values():
                    with_country[head].add(name)
            for name in names:
                long_forms = with_country.get(name.removeprefix("the "), set())
                if len(long_forms) == 1 and name not in long_forms:
                    out[(article_id, name)] = long_forms.pop()
        return out

    def _global_aliases(self) -> dict[str, str]:
        """Short forms that hold in every article: an acronym an article defines ('CNTIC'), and the one
        word an article shortens a name to ('Zhongda' for 'Zhongda China Petrol Company') when every
        article that does so means one body."""
        acronyms: dict[str, str] = {}
        words: dict[str, set[str]] = defaultdict(set)
        for (article_id, alias), surface in self.article_alias.items():
            if is_acronym(alias):
                acronyms.setdefault(alias, self._base_key(article_id, surface))
            elif " " not in alias and surface.split()[0] == alias and " " in surface:
                words[alias].add(self._base_key(article_id, surface))
        leading = {alias: keys.pop() for alias, keys in words.items() if len(keys) == 1}
        return {**leading, **acronyms}

    def _listed_long_forms(self) -> dict[tuple[str, str], str]:
        """'Ministry of Investments, Industry and Trade (MIIT)': a long form the list lacks (written without
        its country) is the listed body its bracketed acronym names, when the acronym spells it."""
        out = {}
        for (article_id, alias), long_form in self.article_alias.items():
            listed = self.ref.organisation_by_alias.get(fold(alias)) if is_acronym(alias) else None
            if listed and spells_exactly(alias, long_form.replace(",", " ").split()):
                out[(article_id, long_form)] = listed
        return out

    def key(self, article_id: str, surface: str) -> str:
        """The cluster key of a surface form as used in one article; a name kept apart from the body it
        would join has a key of its own."""
        long_form = self.article_alias.get((article_id, surface))
        if long_form:
            key = self._base_key(article_id, long_form)
        else:
            key = self.global_alias.get(surface) or self._base_key(article_id, surface)
        if self.apart and folded_name(surface) in self.apart.get(self.org_id(key), ()):
            return apart_key(self.org_id(key), surface)
        return key

    def _base_key(self, article_id: str, surface: str) -> str:
        """The key a surface form has in any article (computed once per form), unless the article's own
        bracketed acronym names a listed body for it."""
        listed = self.listed_long_forms.get((article_id, surface))
        if listed:
            return f"ref:{listed}"
        if surface not in self._keys:
            self._keys[surface] = self._new_key(surface)
        return self._keys[surface]

    def _new_key(self, surface: str) -> str:
        key = name_key(surface)
        known = (
            self.ref.organisation_by_alias.get(fold(surface))
            or self.ref.organisation_by_compact.get(compact(surface))
            or _reference_keys(self.ref).get(key)
            or _listed_spelling(self.ref, key)
        )
        if known:
            return f"ref:{known}"
        government = government_name(self.ref, surface)
        return f"gov:{fold(government)}" if government else f"key:{self._spelling(key)}"

    def _spelling(self, key: str) -> str:
        """One spelling for a one-word name written two ways ('Tojikcement', 'Tajikcement'): the first."""
        if " " in key or len(key) < MIN_FUZZY_NAME:
            return key
        for seen in self._one_word_names:
            if one_edit_apart(key, seen):
                return seen
        self._one_word_names.append(key)
        return key

    def org_id(self, key: str) -> str:
        return org_id_of(key)

    def table(self, relations: pd.DataFrame) -> pd.DataFrame:
        """The organisations table: canonical name, every surface form seen plus the reference list's aliases,
        country, kind, parent."""
        parents = self._parents(relations)
        rows = []
        for key, surfaces in self.surfaces.items():
            name = self._canonical_name(key, surfaces)
            ref_row = (
                self.ref.organisation_rows.get(key.removeprefix("ref:"), {}) if key.startswith("ref:") else {}
            )
            apart = self.apart.get(self.org_id(key), set())  # names an analyst says are another body
            listed = [a for a in split_variants(ref_row.get("aliases")) if folded_name(a) not in apart]
            rows.append(
                {
                    "org_id": self.org_id(key),
                    "name": name,
                    "aliases": sorted({name, *surfaces, *listed}),
                    "country": ref_row.get("country") or self._country(key, name),
                    "kind": ref_row.get("kind") or _kind(name),
                    "parent_org_id": parents.get(key),
                }
            )
        return pd.DataFrame(rows, columns=ORGANISATION_COLUMNS)

    def _canonical_name(self, key: str, surfaces: Counter[str]) -> str:
        if key.startswith("ref:"):
            return key.removeprefix("ref:")
        if key.startswith("gov:"):
            return government_name(self.ref, max(surfaces, key=len)) or max(surfaces, key=len)
        non_acronyms = [s for s in surfaces if not is_acronym(s)] or list(surfaces)
        return max(non_acronyms, key=lambda s: (surfaces[s], len(s)))

    def _country(self, key: str, name: str) -> str | None:
        if self.countries[key]:
            return self.countries[key].most_common(1)[0][0]
        for word in fold(name).split():
            hint = _COUNTRY_HINTS.get(word) or self.ref.country_by_surface.get(word)
            if hint:
                return hint
        return None

    def _parents(self, relations: pd.DataFrame) -> dict[str, str]:
        parents: dict[str, str] = {}
        for row in relations.itertuples():
            child, parent = self.key(row.article_id, row.child), self.key(row.article_id, row.parent)
            if child != parent and parent in self.surfaces:
                parents[child] = self.org_id(parent)
        for key in self.surfaces:
            ref_parent = self.ref.organisation_rows.get(key.removeprefix("ref:"), {}).get("parent")
            parent_key = f"ref:{ref_parent}"
            if ref_parent and parent_key in self.surfaces:
                parents.setdefault(key, self.org_id(parent_key))
        return parents


def government_name(ref: Reference, surface: str) -> str | None:
    """'Kazakh Ministry of Energy' and 'Ministry of Energy of the Republic of Kazakhstan' alike."""
    words = surface.split()
    country = None
    while words and (
        words[0].lower() == "the" or ref.country_by_surface.get(fold(words[0].removesuffix("'s")))
    ):
        country = country or ref.country_by_surface.get(fold(words[0].removesuffix("'s")))
        words.pop(0)
    match = _GOVERNMENT.match(" ".join(words))
    if not match:
        return None
    head = match["head"]
    named = ref.country_by_surface.get(fold(match["country"] or ""))
    if match["country"] and not named:
        return None  # 'Ministry of Energy of Something' that is no country: keep as written
    country = named or country
    return f"{head} of {ref.country_names[country]}" if country else head


def _reference_keys(ref: Reference) -> dict[str, str]:
    """The reference list's names by their name key (built once per reference)."""
    if "org_name_keys" not in ref._cache:
        index: dict[str, str] = {}
        for alias, name in ref.organisation_by_alias.items():
            index.setdefault(name_key(alias), name)
        ref._cache["org_name_keys"] = index
    return ref._cache["org_name_keys"]  # type: ignore[return-value]


def _listed_spelling(ref: Reference, key: str) -> str | None:
    """The listed body a one-word name is another spelling of ('Navoiyazot' for the listed 'Navoiazot')."""
    if " " in key or len(key) < MIN_FUZZY_NAME:
        return None
    if "org_one_word_keys" not in ref._cache:
        ref._cache["org_one_word_keys"] = [(k, n) for k, n in _reference_keys(ref).items() if " " not in k]
    listed: list[tuple[str, str]] = ref._cache["org_one_word_keys"]  # type: ignore[assignment]
    return next((name for word, name in listed if one_edit_apart(key, word)), None)


def apart_key(org_id: str, surface: str) -> str:
    """The key of a name kept apart from organisation `org_id` (its org id is `org_id_of` this key)."""
    return f"apart:{org_id}:{folded_name(surface)}"


def folded_name(surface: str) -> str:
    """A name as compared: without a leading 'the', case and accents folded."""
    return fold(_clean(surface))


def org_id_of(key: str) -> str:
    return "org_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def one_edit_apart(a: str, b: str) -> bool:
    """Different by one letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _clean(surface: str) -> str:
    """'the X' is X; 'JSC "Almalyk Mining and Metallurgical Combine"' is the name in the quotes."""
    surface = re.sub(r"^the\s+", "", surface.strip(), flags=re.I)
    quoted = _QUOTED_AFTER_LEGAL_FORM.match(surface)
    return quoted["name"] if quoted else surface


def _kind(name: str) -> str:
    words = fold(name).split()
    for word in (words[-1:] + words[:1]) if words else []:
        if word in _KIND_BY_WORD:
            return _KIND_BY_WORD[word]
    return "company"
