"""Ingestion: every file ends up accepted or rejected, with a reason a person understands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.domain.ingest import scan as ingest
from pipelines.domain.ingest.scan import folder_digest, scan_articles
from pipelines.domain.text import content_id

ENGLISH = (
    "The wind farm in the Zhambyl region was built by China Power, and it is one of the largest in "
    "Kazakhstan. The company said that the plant will supply power to the south of the country.\n"
)
LIMIT = 10_000


def scan(folder: Path, max_bytes: int = LIMIT) -> ingest.ScanResult:
    return scan_articles(folder, max_bytes)


def reason_for(folder: Path, name: str) -> str:
    rejected = scan(folder).rejected.set_index("source_file")
    assert name in rejected.index, f"{name} was not rejected"
    return rejected.loc[name, "reason"]


def test_accepts_english_text_with_content_id_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ENGLISH + "Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    accepted = scan(tmp_path).accepted
    assert accepted["source_file"].tolist() == ["a.txt", "b.txt"]
    row = accepted.iloc[0]
    assert row["article_id"] == content_id(ENGLISH)
    assert row["text"] == ENGLISH
    assert row["size_bytes"] == len(ENGLISH.encode("utf-8"))
    assert str(row["modified_at"].tz) == "UTC"
    assert len(row["content_hash"]) == 64


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"The text\x00\x00 with NUL bytes" * 20, "binary file: it contains NUL bytes"),
        (bytes(range(1, 9)) * 50 + ENGLISH.encode(), "control codes"),
        (ENGLISH.encode() + b"\x81\x8d broken", "not valid UTF-8"),
        (
            "Қазақстан мен Қытай энергетика саласындағы ынтымақтастықты дамытады.".encode(),
            "not look like English",
        ),
        (b"Die Zusammenarbeit im Energiebereich wird im Jahr 2025 ausgebaut.", "not look like English"),
        (b"12 345 678 -- 90 %", "no words"),
        (b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00", "byte-order mark but is not valid"),
    ],
)
def test_rejects_unusable_content(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "article.txt").write_bytes(content)
    assert expected in reason_for(tmp_path, "article.txt")


def test_rejects_oversized_file_naming_the_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ENGLISH * 200, encoding="utf-8")
    assert reason_for(tmp_path, "big.txt").startswith(
        f"too large: {len(ENGLISH) * 200:,} bytes, the limit is 10,000"
    )


def test_rejects_other_extensions_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "archive").mkdir()
    assert "not a '.txt' file (extension '.pdf')" in reason_for(tmp_path, "notes.pdf")
    assert reason_for(tmp_path, ".draft.txt").startswith("hidden file")
    assert reason_for(tmp_path, "archive").startswith("not a regular file")


def test_decodes_utf16_and_utf8_bom_and_reliable_cp1252(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes("\ufeff".encode("utf-16-le") + ENGLISH.encode("utf-16-le"))
    (tmp_path / "utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + (ENGLISH + "Utf8.").encode("utf-8"))
    (tmp_path / "cp1252.txt").write_bytes((ENGLISH + "The café’s “output”.").encode("cp1252"))
    texts = scan(tmp_path).accepted.set_index("source_file")["text"]
    assert texts["utf16.txt"] == ENGLISH
    assert texts["utf8bom.txt"] == ENGLISH + "Utf8."
    assert texts["cp1252.txt"].endswith("The café’s “output”.")


def test_duplicate_names_the_first_file_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b copy.txt").write_text(ENGLISH.replace("China", "China  "), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("\ufeff".encode("utf-16-le") + ENGLISH.encode("utf-16-le"))
    result = scan(tmp_path)
    assert result.accepted["source_file"].tolist() == ["a.txt"]
    rejected = result.rejected.set_index("source_file")
    assert rejected["duplicate_of"].to_dict() == {"b copy.txt": "a.txt", "c.txt": "a.txt"}
    assert "same text as 'a.txt'" in rejected.loc["b copy.txt", "reason"]


def test_file_vanishing_between_listing_and_reading_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "gone.txt").write_text(ENGLISH + "Gone.", encoding="utf-8")
    list_entries = ingest.list_entries

    def list_then_delete(folder: Path) -> list[str]:
        names = list_entries(folder)
        (folder / "gone.txt").unlink()
        return names

    monkeypatch.setattr(ingest, "list_entries", list_then_delete)
    result = scan(tmp_path)
    assert result.accepted["source_file"].tolist() == ["a.txt"]
    assert (
        result.rejected.set_index("source_file").loc["gone.txt", "reason"].startswith("the file disappeared")
    )


def test_every_file_is_accounted_for_once(tmp_path: Path) -> None:
    files = {
        "ok.txt": ENGLISH.encode(),
        "dup.txt": ENGLISH.encode(),
        "empty.txt": b"",
        "image.png": b"\x89PNG\x00",
        "naïve name — with spaces.txt": (ENGLISH + "Unicode.").encode(),
        ".hidden": b"x",
        "Ærø.TXT": (ENGLISH + "Upper-case suffix.").encode(),
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    result = scan(tmp_path)
    accepted, rejected = set(result.accepted["source_file"]), set(result.rejected["source_file"])
    assert accepted.isdisjoint(rejected)
    assert accepted | rejected == set(os.listdir(tmp_path))
    assert accepted == {"dup.txt", "naïve name — with spaces.txt", "Ærø.TXT"}
    assert result.rejected["reason"].str.len().min() > 20


def test_non_utf8_file_name_is_rejected(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    rejected = scan(tmp_path).rejected
    assert rejected["source_file"].tolist() == ["caf\ufffd.txt"]
    assert "not valid UTF-8" in rejected["reason"].iloc[0]


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        scan(tmp_path / "nope")


def test_folder_digest_changes_only_when_files_change(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    first = folder_digest(tmp_path)
    assert folder_digest(tmp_path) == first
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    second = folder_digest(tmp_path)
    assert second != first
    (tmp_path / "b.txt").write_text(ENGLISH + "More text.", encoding="utf-8")
    assert folder_digest(tmp_path) != second


def hostile_folder(folder: Path) -> None:
    """A good article next to a symbolic link loop, a dangling link, a named pipe and a folder."""
    (folder / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub").mkdir()


def test_symlink_loop_dangling_link_and_pipe_are_rejected_with_what_to_do(tmp_path: Path) -> None:
    """Issue 8, item 10 and the dangling-link message."""
    hostile_folder(tmp_path)
    result = scan(tmp_path)
    assert result.accepted["source_file"].tolist() == ["ok.txt"]
    reasons = result.rejected.set_index("source_file")["reason"].to_dict()
    assert reasons["loop.txt"].startswith("fix or remove this symbolic link: it leads back to itself")
    assert (
        reasons["dangling.txt"] == "fix or remove this symbolic link: its target 'missing.txt' does not exist"
    )
    assert reasons["pipe.txt"].startswith("not a regular file")
    assert reasons["sub"].startswith("not a regular file")


def test_folder_digest_survives_link_loops_and_sees_them_change(tmp_path: Path) -> None:
    hostile_folder(tmp_path)
    first = folder_digest(tmp_path)
    assert folder_digest(tmp_path) == first
    os.remove(tmp_path / "loop.txt")
    assert folder_digest(tmp_path) != first


def test_texts_accepted_before_are_not_vetted_again_and_keep_their_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, memory = tmp_path / "articles", tmp_path / "vetted.json"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.txt").write_text("Ceci n'est pas un article en anglais, mais en français.", encoding="utf-8")
    first = scan(folder)
    ingest.save_vetted(memory, first.accepted, {})
    (folder / "c.txt").write_text(ENGLISH + "New.", encoding="utf-8")
    vetted = ingest.load_vetted(memory)
    assert list(vetted.values()) == [content_id(ENGLISH)]  # only accepted texts are remembered
    checked: list[str] = []
    real = ingest.check_english
    monkeypatch.setattr(ingest, "check_english", lambda text: checked.append(text) or real(text))
    again = scan_articles(folder, LIMIT, vetted)
    assert checked == [(folder / "b.txt").read_text(encoding="utf-8"), ENGLISH + "New."]
    assert again.accepted.drop(columns="modified_at").equals(
        scan(folder).accepted.drop(columns="modified_at")
    )
    assert again.rejected.equals(scan(folder).rejected)


def test_memory_of_other_code_or_unreadable_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = tmp_path / "vetted.json"
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    ingest.save_vetted(memory, scan(tmp_path).accepted, {})
    assert ingest.load_vetted(memory)
    monkeypatch.setattr(ingest, "vetting_fingerprint", lambda: "other code")
    assert ingest.load_vetted(memory) == {}
    memory.write_text("{not json", encoding="utf-8")
    assert ingest.load_vetted(memory) == {}
