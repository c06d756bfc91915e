"""Extraction bench: quality per fact type, then the NLP fast path's speed, then the whole pipeline.

    python -m bench.extract                 # everything (stock underthesea takes ~1 min)
    python -m bench.extract --limit 1000    # speed on a deterministic sample of 1,000 sentences
    python -m bench.extract --quality-only  # precision/recall/F1 only

Quality: precision, recall and F1 per fact type on the hand-labelled dev set (`tests/devset/`),
vnnews beside stock `underthesea.ner` for people, places and organisations (`bench.extract_quality`),
and for figures and models (`bench.extract_quality_figures`), per split (held-out splits were
scored before the fixes they prompted; see the modules' docstrings).

Speed of the NLP layer: `extractors.nlp.tag` against stock `underthesea.ner`, same corpus, same run.

The corpus is every sentence of every fixture page's <p> text (NFC) and of the seed article,
split by `extractors.nlp.sentences`. For each system: sentences/s and tokens/s; then the
speed-up and whether every sentence got identical (word, POS, chunk, NER) tags; the same for
word segmentation alone (`underthesea.word_tokenize` against `extractors.nlp.tokens`). Then
articles/s of `nlp.sentences` + `nlp.tag`, and of the same with stock `underthesea.ner`, over
whole articles (the fixture article pages and the seed) on one core: the NLP share of
`extract_facts`. Models are loaded before timing, and the two systems of a pair run
alternately on blocks of 50 sentences (one article), so both see the same load on the shared
machine.

Structured as functions so that a quality section (precision/recall per fact type) can sit
beside `speed_section` in `main`.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from extractors import nlp

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def page_paragraphs(path: Path) -> list[str]:
    html = path.read_bytes().decode("utf-8", errors="replace")
    return [unicodedata.normalize("NFC", p.text()) for p in LexborHTMLParser(html).css("p")]


def load_articles() -> list[str]:
    """Text of each fixture article page (its <p> paragraphs, one per line) and of the seed article."""
    with (FIXTURES / "SOURCES.tsv").open(encoding="utf-8") as f:
        kinds = {row["path"]: row["page_kind"] for row in csv.DictReader(f, delimiter="\t")}
    articles = []
    for page in sorted((FIXTURES / "pages").glob("*/*.html")):
        if kinds.get(str(page.relative_to(FIXTURES))) == "article":
            articles.append("\n".join(page_paragraphs(page)))
    for seed in sorted((FIXTURES / "seed").glob("*.txt")):
        articles.append(unicodedata.normalize("NFC", seed.read_text(encoding="utf-8")))
    return articles


def load_sentences(limit: int | None = None) -> list[str]:
    """Every sentence of every fixture page and the seed (as tests/test_nlp.py builds it), or an even sample."""
    paragraphs = [p for page in sorted((FIXTURES / "pages").glob("*/*.html")) for p in page_paragraphs(page)]
    for seed in sorted((FIXTURES / "seed").glob("*.txt")):
        paragraphs.append(unicodedata.normalize("NFC", seed.read_text(encoding="utf-8")))
    sentences = [p[s:e] for p in paragraphs for s, e in nlp.sentences(p)]
    if limit and limit < len(sentences):
        step = len(sentences) / limit
        sentences = [sentences[int(i * step)] for i in range(limit)]
    return sentences


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: float
    items: int
    tokens: int

    @property
    def per_second(self) -> float:
        return self.items / self.seconds

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds


Tagger = Callable[[str], list[tuple[str, str, str, str]]]


def time_pair(
    systems: Sequence[tuple[str, Tagger]], sentences: Sequence[str], block: int = 50
) -> list[tuple[Timing, list[list[tuple[str, ...]]]]]:
    """Time each system over `sentences`, alternating blocks of `block` sentences between them.

    The machine is shared, so its load drifts; interleaving gives every system the same load
    instead of measuring one in a quiet minute and the other in a busy one.
    """
    seconds = [0.0] * len(systems)
    outputs: list[list[list[tuple[str, ...]]]] = [[] for _ in systems]
    for start in range(0, len(sentences), block):
        chunk = sentences[start : start + block]
        for k, (_, tagger) in enumerate(systems):
            t0 = time.perf_counter()
            out = [tagger(s) for s in chunk]
            seconds[k] += time.perf_counter() - t0
            outputs[k].extend(out)
    return [
        (Timing(name, seconds[k], len(sentences), sum(map(len, outputs[k]))), outputs[k])
        for k, (name, _) in enumerate(systems)
    ]


def article_tagger(tagger: Tagger) -> Tagger:
    """Tag a whole article: split it with nlp.sentences, tag each sentence, concatenate."""

    def tag_article(text: str) -> list[tuple[str, str, str, str]]:
        return [t for s, e in nlp.sentences(text) for t in tagger(text[s:e])]

    return tag_article


def warm_up() -> None:
    import underthesea

    underthesea.ner("Ông Putin ca ngợi Liên Xô.")
    nlp.tag("Ông Putin ca ngợi Liên Xô.")


def print_row(t: Timing) -> None:
    ms = 1000 * t.seconds / t.items
    print(f"{t.name:<26} {t.seconds:8.2f} {t.per_second:12.1f} {t.tokens_per_second:10.0f} {ms:12.2f}")


def speed_section(limit: int | None) -> bool:
    """Print the speed table; return True when the fast path's tags and words equal stock underthesea's."""
    import underthesea

    sentences = load_sentences(limit)
    articles = load_articles()
    warm_up()
    (stock, stock_tags), (fast, fast_tags) = time_pair(
        [("underthesea.ner", underthesea.ner), ("extractors.nlp.tag", nlp.tag)], sentences
    )
    (stock_ws, stock_words), (fast_ws, fast_words) = time_pair(
        [("underthesea.word_tokenize", underthesea.word_tokenize), ("extractors.nlp.tokens", nlp.tokens)],
        sentences,
    )
    different_tags = sum(a != b for a, b in zip(stock_tags, fast_tags, strict=True))
    different_words = sum(a != b for a, b in zip(stock_words, fast_words, strict=True))
    (stock_art, stock_art_tags), (fast_art, fast_art_tags) = time_pair(
        [
            ("underthesea.ner", article_tagger(underthesea.ner)),
            ("extractors.nlp.tag", article_tagger(nlp.tag)),
        ],
        articles,
        block=1,
    )
    different_articles = sum(a != b for a, b in zip(stock_art_tags, fast_art_tags, strict=True))

    n = len(sentences)
    print(f"NLP speed: {n} sentences, {fast.tokens} tokens, one process, one core")
    print(f"{'system':<26} {'seconds':>8} {'sentences/s':>12} {'tokens/s':>10} {'ms/sentence':>12}")
    for timing in (stock, fast, stock_ws, fast_ws):
        print_row(timing)
    print(f"tagging speed-up: {stock.seconds / fast.seconds:.1f}x (target >= 8x)")
    print(f"word segmentation speed-up: {stock_ws.seconds / fast_ws.seconds:.1f}x")
    print(f"identical tags: {n - different_tags}/{n} sentences; identical words: {n - different_words}/{n}")
    print(f"\nWhole articles: {len(articles)} article texts (fixture article pages + seed), sentences + tag")
    print(f"{'system':<26} {'seconds':>8} {'articles/s':>12} {'tokens/s':>10} {'ms/article':>12}")
    for timing in (stock_art, fast_art):
        ms = 1000 * timing.seconds / timing.items
        print(
            f"{timing.name:<26} {timing.seconds:8.2f} {timing.per_second:12.1f} "
            f"{timing.tokens_per_second:10.0f} {ms:12.1f}"
        )
    print(f"article speed-up: {stock_art.seconds / fast_art.seconds:.1f}x; identical articles: ", end="")
    print(f"{len(articles) - different_articles}/{len(articles)}")
    return different_tags == 0 and different_words == 0 and different_articles == 0


def pipeline_section() -> None:
    """Articles per second of `extract_facts` on whole fixture articles (title, lead, body), one core."""
    from extractors import NotAnArticle, extract_facts, parse_article
    from scraper.profiles import profile_for_url

    parsed = []
    for path in sorted((FIXTURES / "pages").glob("*/*.html")) + sorted(
        (FIXTURES / "baophutho").glob("*.html")
    ):
        data = path.read_bytes()
        profile = profile_for_url("https://" + path.parent.name + "/")
        try:
            article = parse_article(data, templates=profile.templates if profile else ())
        except (NotAnArticle, ValueError):
            continue
        parsed.append(({"title": article.title, "lead": article.lead, "body": article.body}, article.author))
    extract_facts(parsed[0][0])  # load the gazetteer and the models before timing
    started = time.perf_counter()
    for fields, author in parsed:
        extract_facts(fields, author=author)
    seconds = time.perf_counter() - started
    print(
        f"\nwhole pipeline (extract_facts on {len(parsed)} parsed articles, one core): "
        f"{len(parsed) / seconds:.1f} articles/s, {1000 * seconds / len(parsed):.0f} ms/article"
    )


def quality_section() -> None:
    from bench import extract_quality, extract_quality_figures

    print("== quality: people, places, organisations (exact spans), vnnews vs stock underthesea.ner")
    extract_quality.main()
    print("\n== quality: figures and models (value, unit, qualifier, range, ratio / kind, name)")
    extract_quality_figures.main([])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="time an even sample of this many sentences")
    parser.add_argument("--quality-only", action="store_true", help="only precision/recall/F1")
    args = parser.parse_args(argv)
    quality_section()
    if args.quality_only:
        return 0
    print("\n== speed: extractors.nlp.tag vs underthesea.ner")
    identical = speed_section(args.limit)
    pipeline_section()
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
