#!/usr/bin/env python3
"""Writes N vacancy texts for timing `match-cli vacancy parse` (Docs/Performance.md).

Each text recombines 2-8 lines or sentences of the hand-written texts in
Tests/Fixtures/vacancy-texts/ (Russian, Kazakh, mixed, English), with the numbers
(years, grades, headcounts) redrawn, so the parser sees as many distinct texts as
it is asked for. Deterministic for a seed; no network.

    python3 Benchmarks/vacancy_texts.py --count 10000 --seed 1 > /tmp/texts-10k.txt
"""
import argparse
import pathlib
import random
import re

root = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "vacancy-texts"


def pieces():
    found = []
    for name in ("labelled.txt", "held-out.txt"):
        for block in (root / name).read_text(encoding="utf-8").split("\n---\n"):
            text = block.split("\n\n", 1)[1] if "\n\n" in block else block
            for line in text.splitlines():
                for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
                    if sentence:
                        found.append(sentence)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = pieces()
    texts = []
    for _ in range(args.count):
        chosen = [rng.choice(sentences) for _ in range(rng.randint(2, 8))]
        text = "\n".join(re.sub(r"\b\d\b", lambda _: str(rng.randint(1, 6)), s) for s in chosen)
        texts.append(text)
    print("\n---\n".join(texts))


if __name__ == "__main__":
    main()
