"""A chunk's tables built at once (`tables_of`) are the per-article tables one after another."""

from pipelines.domain.extract.budget import concat_tables
from pipelines.domain.extract.process import PER_ARTICLE_TABLES, process_article, read_article, tables_of
from pipelines.domain.reference import load_reference
from pipelines.domain.text import content_id
from pipelines.settings import DEFAULT_ARTICLES_DIR


def test_a_chunk_of_articles_gives_the_frames_of_its_articles_in_order() -> None:
    ref = load_reference()
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEFAULT_ARTICLES_DIR.glob("*.txt"))]
    articles = [(content_id(text), f"{i:03d}.txt", text) for i, text in enumerate(texts)]
    chunk = tables_of([read_article(*article, ref) for article in articles])
    one_by_one = concat_tables([process_article(*article, ref) for article in articles])
    assert set(chunk) == set(PER_ARTICLE_TABLES)
    for name, frame in chunk.items():
        assert frame.equals(one_by_one[name]), name
        assert list(frame.columns) == ["article_id", *PER_ARTICLE_TABLES[name]]
    assert chunk["parsed_articles"]["source_file"].tolist() == [f"{i:03d}.txt" for i in range(len(texts))]
    assert len(chunk["project_frames"]) > len(texts)  # every seed article tells of a project or more
    assert all(len(frame) == 0 for frame in tables_of([]).values())
