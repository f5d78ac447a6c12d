"""`python -m bench.spacy_baseline DIR`: spaCy's blank English tokenizer and rule-based sentencizer over
every `.txt` file in DIR, the yardstick for the pipeline's cold run (no model: nothing is downloaded).
Prints the number of files, tokens and sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy


def main(folder: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = (path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt")))
    files = tokens = sentences = 0
    for doc in nlp.pipe(texts, batch_size=256):
        files, tokens, sentences = files + 1, tokens + len(doc), sentences + sum(1 for _ in doc.sents)
    print(f"{files} files, {tokens} tokens, {sentences} sentences")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
