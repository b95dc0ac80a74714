"""Syndication benchmark: story clustering quality and what the LSH step costs at ingest.

Generates fictional wire articles (invented words and the corpus's invented outlets), a
documented share of which are near-copies of an earlier article, ingests them, and reports:

- pairwise precision/recall of the story clusters against the generator's truth;
- the ingest rate with and without the clustering step (``ingest_items(cluster=...)``).

The main run uses a **lightweight extractor that skips spaCy** (every record has the text and
metadata but no quotes), so the figures measure read → dedup check → store → cluster, the
part this benchmark is about. ``--full N`` also ingests N generated articles through the real
extractor, with and without clustering, to show the step's share of a real ingest.

Near-copies (``--near-share``, default 0.3) are made from a random earlier original by: a new
headline, 1–3 sentences reworded (words replaced), the last 0–2 sentences dropped, and 0–1
local sentences appended; they come from another outlet 0–3 days later. Nothing is timed
in the test suite; run it by hand:

    .venv/bin/python benchmarks/dedup.py --n 10000 --full 200
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from onrecord.article import ArticleInput
from onrecord.ingest import ReadItem, ingest_items
from onrecord.record import Record, text_id

OUTLETS = [
    "Basin Press Agency",
    "Castelbrun Herald",
    "Lesk Courier",
    "Solvetsk Daily",
    "Port Amaris Ledger",
    "Amber Sea Wire",
]
_SYLLABLES = "ka lo ven dra mir sol tes bra nor vel mar dro sar kel lin sef mer row by ka ost ren tav ul ion ash".split()


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))))
    return sorted(words)


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def generate(n: int, *, near_share: float, seed: int = 7) -> Iterator[tuple[ArticleInput, int]]:
    """Yield ``(article, truth_cluster)``; near-copies share their original's cluster."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    originals: list[tuple[list[str], int, dt.date]] = []
    start = dt.date(2026, 1, 1)
    for i in range(n):
        if originals and rng.random() < near_share:
            sentences, cluster, date = rng.choice(originals)
            copy = list(sentences)
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(copy))
                words = copy[k].split()
                for _ in range(max(1, len(words) // 4)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
                copy[k] = " ".join(words)
            copy = copy[: len(copy) - rng.randint(0, 2)]
            if rng.random() < 0.5:
                copy.append(_sentence(rng, vocab))
            body, published = copy, date + dt.timedelta(days=rng.randint(0, 3))
        else:
            cluster = i
            body = [_sentence(rng, vocab) for _ in range(rng.randint(14, 28))]
            published = start + dt.timedelta(days=i * 365 // max(n, 1))
            originals.append((body, cluster, published))
        paragraphs = [" ".join(body[j : j + 3]) for j in range(0, len(body), 3)]
        text = (
            _sentence(rng, vocab) + "\n\n" + "\n\n".join(paragraphs)
        )  # a fresh headline each time
        outlet = rng.choice(OUTLETS)
        yield (
            ArticleInput(
                text=text,
                title=text.split(".")[0],
                published=published.isoformat(),
                source=outlet,
                url=f"https://{outlet.split()[0].lower()}.example/{i}",
            ),
            cluster,
        )


class NoNlpExtractor:
    """Records without parsing: text and metadata only (the lightweight path)."""

    def __call__(self, article: ArticleInput) -> Record:
        return article.to_record()

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[Record]:
        return (self(a) for a in articles)


def ingest(
    articles: list[ArticleInput], *, cluster: bool, extractor: object, folder: str, name: str
) -> tuple[float, object]:
    """Ingest into a fresh SQLite file; returns (articles per second, store)."""
    from onrecord.store import open_store

    store = open_store(str(Path(folder) / f"{name}.db"))
    items = (ReadItem(a, a.url or "-") for a in articles)
    t0 = time.perf_counter()
    statuses = Counter(
        o.status
        for o in ingest_items(items, store=store, extractor=lambda: extractor, cluster=cluster)
    )  # type: ignore[arg-type,return-value]
    elapsed = time.perf_counter() - t0
    assert statuses["new"] == len(articles), statuses
    return len(articles) / elapsed, store


def pairwise(predicted: dict[str, int], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering (pairs of articles put together)."""

    def pairs(assign: dict[str, int]) -> set[tuple[str, str]]:
        groups: dict[int, list[str]] = {}
        for article, cluster in assign.items():
            groups.setdefault(cluster, []).append(article)
        return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(g, 2)}  # type: ignore[misc]

    got, want = pairs(predicted), pairs(truth)
    tp = len(got & want)
    return (tp / len(got) if got else 1.0), (tp / len(want) if want else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--near-share", type=float, default=0.3, help="share of near-copies")
    parser.add_argument(
        "--full", type=int, default=0, help="also time N articles through the real extractor"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    generated = list(generate(args.n, near_share=args.near_share, seed=args.seed))
    articles = [a for a, _ in generated]
    truth = {text_id(a.text): c for a, c in generated}
    n_stories = len(set(truth.values()))
    print(
        f"generated {len(articles)} articles, {n_stories} stories ({len(articles) - n_stories} near-copies, share {args.near_share})"
    )

    from onrecord.store.clusters import NUM_PERM, SHINGLE_WORDS, THRESHOLD, canonical_of, minhash

    minhash([b"warm up"])  # imports datasketch once, as a long-running ingest would

    with tempfile.TemporaryDirectory() as folder:
        stub = NoNlpExtractor()
        rate_off, store = ingest(articles, cluster=False, extractor=stub, folder=folder, name="off")
        store.close()
        rate_on, store = ingest(articles, cluster=True, extractor=stub, folder=folder, name="on")
        canon = canonical_of(store)
        store.close()
        precision, recall = pairwise(canon, truth)  # type: ignore[arg-type]
        print(
            f"clustering (shingles {SHINGLE_WORDS} words, {NUM_PERM} permutations, threshold {THRESHOLD}):"
        )
        print(
            f"  pairwise precision {precision:.4f}  recall {recall:.4f}  stories found {len(set(canon.values()))} (truth {n_stories})"
        )
        print("lightweight ingest (no spaCy):")
        print(f"  without clustering {rate_off:8.1f} articles/s")
        print(
            f"  with clustering    {rate_on:8.1f} articles/s  (cost {100 * (rate_off / rate_on - 1):.1f} %)"
        )
        if args.full:
            from onrecord.pipeline import Extractor

            extractor = Extractor()
            sample = articles[: args.full]
            list(extractor.extract_many(a for a in sample[:16]))  # warm-up
            full_off, s = ingest(
                sample, cluster=False, extractor=extractor, folder=folder, name="full-off"
            )
            s.close()
            full_on, s = ingest(
                sample, cluster=True, extractor=extractor, folder=folder, name="full-on"
            )
            s.close()
            print(f"full ingest (spaCy + extraction), {len(sample)} articles:")
            print(f"  without clustering {full_off:8.1f} articles/s")
            print(
                f"  with clustering    {full_on:8.1f} articles/s  (cost {100 * (full_off / full_on - 1):.1f} %)"
            )


if __name__ == "__main__":
    main()
