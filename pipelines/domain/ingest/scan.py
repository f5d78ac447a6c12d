"""Scan ARTICLES_DIR: read, decode and vet every file; each ends up accepted or rejected (with a reason)."""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.domain import text as text_module
from pipelines.domain.fileio import atomic_write_text
from pipelines.domain.text import content_id

ACCEPTED_COLUMNS = ["article_id", "source_file", "text", "content_hash", "size_bytes", "modified_at"]
REJECTED_COLUMNS = ["source_file", "reason", "duplicate_of"]
ARTICLE_SUFFIX = ".txt"
MIN_ENGLISH_SHARE = 0.15  # share of words that must be common English function words
MAX_CONTROL_SHARE = 0.01  # share of control characters above which a decoded file counts as binary
_STOPWORDS = """a an the of and or but to in on at by for from with as into about over after before between
is are was were be been being has have had will would can could may should it its this that these those
which who whom whose their they them he she his her we our also not than more said"""
ENGLISH_STOPWORDS = frozenset(_STOPWORDS.split())
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


class Rejected(Exception):
    """A file that is not usable as an article; the message is the reason shown to people."""


@dataclass(frozen=True)
class ScanResult:
    accepted: pd.DataFrame  # ACCEPTED_COLUMNS, one row per distinct article, sorted by source_file
    rejected: pd.DataFrame  # REJECTED_COLUMNS, one row per file that is not an accepted article


def scan_articles(articles_dir: Path, max_bytes: int, vetted: Mapping[str, str] | None = None) -> ScanResult:
    """Read every entry of `articles_dir` (not recursive), in file-name order. A text in `vetted` (content
    hash -> article id, see `load_vetted`) was accepted before: it is not checked for English again, and
    keeps its id."""
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"ARTICLES_DIR {articles_dir} does not exist or is not a folder")
    accepted: list[dict] = []
    rejected: list[dict] = []
    first_file: dict[str, str] = {}
    for name in list_entries(articles_dir):
        source_file = display_name(name)
        try:
            article = read_article(articles_dir / name, max_bytes, vetted or {})
        except Rejected as exc:
            rejected.append({"source_file": source_file, "reason": str(exc), "duplicate_of": None})
            continue
        first = first_file.setdefault(article["article_id"], source_file)
        if first != source_file:
            reason = duplicate_reason(first)
            rejected.append({"source_file": source_file, "reason": reason, "duplicate_of": first})
            continue
        accepted.append({"source_file": source_file, **article})
    return ScanResult(_frame(accepted, ACCEPTED_COLUMNS), _frame(rejected, REJECTED_COLUMNS))


def list_entries(articles_dir: Path) -> list[str]:
    """Entry names in `articles_dir`, sorted (the order that decides which duplicate is 'first')."""
    return sorted(os.listdir(articles_dir))


def display_name(name: str) -> str:
    """The file name as text (bytes that are not UTF-8 shown as U+FFFD)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def duplicate_reason(first: str) -> str:
    return f"duplicate: same text as '{first}' (ignoring quote, dash and spacing differences), which is used"


def read_article(path: Path, max_bytes: int, vetted: Mapping[str, str]) -> dict:
    """Vet one file; returns the article fields or raises `Rejected`."""
    check_name(path.name)
    data, modified = read_bytes(path, max_bytes)
    text = decode(data)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article_id = vetted.get(content_hash)
    if article_id is None:
        check_english(text)
        article_id = content_id(text)
    return {
        "article_id": article_id,
        "text": text,
        "content_hash": content_hash,
        "size_bytes": len(data),
        "modified_at": pd.Timestamp(modified, unit="s", tz="UTC"),
    }


def check_name(name: str) -> None:
    if name.startswith("."):
        raise Rejected("hidden file (the name starts with a dot, like editor or OS metadata files); skipped")
    if display_name(name) != name:
        raise Rejected("the file name is not valid UTF-8; rename the file")


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes, float]:
    """The file's bytes and modification time, after the cheap checks (kind, suffix, size)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Rejected("not a regular file (a folder or device); only files directly inside are read")
        if path.suffix.lower() != ARTICLE_SUFFIX:
            raise Rejected(f"not a '{ARTICLE_SUFFIX}' file (extension '{path.suffix}'); only text is read")
        if info.st_size > max_bytes:
            raise Rejected(f"too large: {info.st_size:,} bytes, the limit is {max_bytes:,} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise Rejected(unreadable_reason(path, exc)) from exc
    if len(data) > max_bytes:
        raise Rejected(f"too large: {len(data):,} bytes, the limit is {max_bytes:,} bytes")
    if not data.strip():
        raise Rejected("the file is empty (or holds only blank space)")
    return data, info.st_mtime


def unreadable_reason(path: Path, error: OSError) -> str:
    """What a person should do about an entry that cannot be opened, in plain words."""
    if error.errno == errno.ELOOP:
        return (
            "fix or remove this symbolic link: it leads back to itself (a loop), so there is no file to read"
        )
    if path.is_symlink() and not path.exists():
        return f"fix or remove this symbolic link: its target '{os.readlink(path)}' does not exist"
    if isinstance(error, FileNotFoundError):
        return "the file disappeared between listing and reading (moved or deleted)"
    return f"the file could not be read: {error.strerror or error}"


def decode(data: bytes) -> str:
    """UTF-8/16/32 with a byte-order mark, plain UTF-8, or Windows-1252 when every byte maps to text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_with_bom(data, codec, label))
    if b"\x00" in data:
        raise Rejected(
            "binary file: it contains NUL bytes, which text never does "
            "(UTF-16 text without a byte-order mark looks like this too: save it as UTF-8)"
        )
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or _CONTROL.search(text):
        raise Rejected("not valid UTF-8, nor reliably readable as Windows-1252/Latin-1; save it as UTF-8")
    return _checked(text)


def _decode_with_bom(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise Rejected(f"starts with a {label} byte-order mark but is not valid {label} text") from exc


def _checked(text: str) -> str:
    if not text.strip():
        raise Rejected("the file is empty (or holds only blank space)")
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise Rejected("binary file: more than 1% of its characters are control codes, not text")
    return text


def english_share(text: str) -> tuple[float, int]:
    """Share of words that are common English function words, and the number of words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(map(ENGLISH_STOPWORDS.__contains__, words)) / len(words), len(words)


def check_english(text: str) -> None:
    share, n_words = english_share(text)
    if n_words == 0:
        raise Rejected("the file holds no words (only digits, punctuation or symbols)")
    if share < MIN_ENGLISH_SHARE:
        raise Rejected(
            f"does not look like English: {share:.0%} of its {n_words} words are common English words "
            f"(the, of, and, ...), at least {MIN_ENGLISH_SHARE:.0%} expected"
        )


def vetting_fingerprint() -> str:
    """Hash of the code that vets a text and makes its id (this module and `text.py`)."""
    digest = hashlib.sha256()
    for path in (Path(__file__), Path(text_module.__file__)):
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_vetted(path: Path) -> dict[str, str]:
    """Content hash -> article id of the texts accepted by the last scan, when this same code made it
    (`save_vetted`); empty when there is none or it cannot be read."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        ids = saved["ids"] if saved["fingerprint"] == vetting_fingerprint() else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return ids if isinstance(ids, dict) else {}


def save_vetted(path: Path, accepted: pd.DataFrame, before: Mapping[str, str]) -> None:
    """Remember the accepted texts for the next scan (atomically; only when they changed)."""
    ids = dict(zip(accepted["content_hash"], accepted["article_id"], strict=True))
    if ids != before:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps({"fingerprint": vetting_fingerprint(), "ids": ids}))


def folder_digest(articles_dir: Path) -> str:
    """Digest of (name, size, mtime) of every entry: changes when a file is added, removed or edited."""
    h = hashlib.sha256()
    if not articles_dir.is_dir():
        return h.hexdigest()
    with os.scandir(articles_dir) as entries:
        listing = [signature for entry in entries if (signature := _entry_signature(entry))]
    h.update("\n".join(sorted(listing)).encode("utf-8"))
    return h.hexdigest()


def _entry_signature(entry: os.DirEntry) -> str | None:
    """Name, size and mtime of an entry; of the link itself for a dangling link or a link loop."""
    try:
        info = entry.stat()
    except OSError:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:  # gone since the listing
            return None
    return f"{display_name(entry.name)}\0{info.st_size}\0{info.st_mtime_ns}"


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    if "size_bytes" in columns:
        frame = frame.astype({"size_bytes": "int64", "modified_at": "datetime64[ns, UTC]"})
    return frame
