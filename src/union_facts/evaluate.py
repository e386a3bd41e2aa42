"""Score the extractor against a folder of gold annotations.

Folder layout: ``DIR/docs/<id>.txt`` (the text as collected) and ``DIR/gold/<id>.json`` (title,
published, headlines, claims; see README). Claims are aligned with the gold in document order on
value, high and unit; qualifier and subject are scored on aligned pairs. Run as
``python -m union_facts.evaluate DIR [--variant fullwidth] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .extractor import Extractor, default_extractor
from .normalize import NOISE, to_simplified

Key = tuple[float, float, str]
_PUNCT = regex.compile(r"[\s\u3000。．.：:，,、“”\"'‘’「」『』（）()!！?？；;—\-]+")


@dataclass
class Scores:
    """Counts over a set of documents; the ratios are properties."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def prf(self, tag: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of `tag` (claims, headlines …)."""
        tp, fp, fn = self.counts[f"{tag}.tp"], self.counts[f"{tag}.fp"], self.counts[f"{tag}.fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def ratio(self, tag: str) -> float | None:
        """The share of `tag` checks that were right (None when there were none)."""
        n = self.counts[f"{tag}.n"]
        return self.counts[f"{tag}.ok"] / n if n else None

    def summary(self) -> dict[str, Any]:
        """Every figure, rounded, as a JSON-ready dict."""
        p, r, f = self.prf("claims")
        hp, hr, hf = self.prf("headlines")
        return {
            "documents": self.counts["docs"],
            "claims": {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)},
            "value_only_F1": round(self.prf("values")[2], 3),
            "qualifier_acc": _round(self.ratio("qualifier")),
            "subject_acc": _round(self.ratio("subject")),
            "headlines": {"P": round(hp, 3), "R": round(hr, 3), "F1": round(hf, 3)},
            "title_acc": _round(self.ratio("title")),
            "date_acc": _round(self.ratio("date")),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def simplify(text: str | None) -> str:
    """Comparison form: noise, punctuation and script differences removed."""
    if not text:
        return ""
    return _PUNCT.sub("", to_simplified(NOISE.sub("", text)))


def claim_key(claim: dict[str, Any]) -> Key:
    """What a predicted and a gold claim are matched on: value(s) and simplified unit."""
    value = claim["value"]
    low, high = (value[0], value[-1]) if isinstance(value, list) else (value, value)
    if claim.get("high") is not None:
        high = claim["high"]
    return float(low), float(high), to_simplified(str(claim.get("unit") or ""))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _same(a: Key, b: Key, with_unit: bool) -> bool:
    return _close(a[0], b[0]) and _close(a[1], b[1]) and (not with_unit or a[2] == b[2])


def align(pred: list[Key], gold: list[Key], with_unit: bool = True) -> list[tuple[int, int]]:
    """Longest common subsequence of two claim sequences (document order)."""
    n, m = len(pred), len(gold)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if _same(pred[i], gold[j], with_unit):
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if _same(pred[i], gold[j], with_unit):
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def subject_matches(pred: str | None, gold: str | None) -> bool:
    """Whether a predicted subject names the gold one (either contains the other, simplified)."""
    a, b = simplify(pred), simplify(gold)
    return bool(a and b and (a in b or b in a))


def score_document(pred: dict[str, Any], gold: dict[str, Any], scores: Scores, doc_id: str = "") -> None:
    """Add one document's counts: `pred` is a Report's ``model_dump(mode="json")``."""
    c = scores.counts
    c["docs"] += 1
    pred_claims, gold_claims = pred["claims"], gold.get("claims", [])
    pk, gk = [claim_key(x) for x in pred_claims], [claim_key(x) for x in gold_claims]
    optional = [bool(x.get("optional")) for x in gold_claims]
    for tag, with_unit in (("claims", True), ("values", False)):
        pairs = align(pk, gk, with_unit)
        matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        c[f"{tag}.tp"] += sum(1 for _, j in pairs if not optional[j])
        c[f"{tag}.fp"] += len(pk) - len(matched_p)
        c[f"{tag}.fn"] += sum(1 for j in range(len(gk)) if j not in matched_g and not optional[j])
        if tag != "claims":
            continue
        for i, j in pairs:
            if optional[j]:
                continue
            p, g = pred_claims[i], gold_claims[j]
            c["qualifier.n"] += 1
            c["qualifier.ok"] += (p.get("qualifier") or "exact") == (g.get("qualifier") or "exact")
            if g.get("subject"):
                c["subject.n"] += 1
                c["subject.ok"] += subject_matches(p.get("subject"), g["subject"])
        scores.misses += [
            {"doc": doc_id, "kind": "FP", "surface": pred_claims[i]["surface"]}
            for i in range(len(pk))
            if i not in matched_p
        ]
        scores.misses += [
            {"doc": doc_id, "kind": "FN", "surface": gold_claims[j]["surface"]}
            for j in range(len(gk))
            if j not in matched_g and not optional[j]
        ]
    _score_headlines(pred, gold, scores, doc_id)
    c["title.n"] += 1
    c["title.ok"] += simplify(pred.get("title")) == simplify(gold.get("title"))
    c["date.n"] += 1
    c["date.ok"] += (pred.get("published") or None) == (gold.get("published") or None)


def _score_headlines(pred: dict[str, Any], gold: dict[str, Any], scores: Scores, doc_id: str) -> None:
    predicted = [simplify(s["headline"]) for s in pred["sections"] if s.get("headline")]
    remaining = [simplify(h["text"]) for h in gold.get("headlines", [])]
    tp = 0
    for h in predicted:
        hit = next((k for k, g in enumerate(remaining) if g == h), None)
        if hit is None:
            hit = next((k for k, g in enumerate(remaining) if _near(g, h)), None)
        if hit is None:
            scores.misses.append({"doc": doc_id, "kind": "headline FP", "surface": h})
        else:
            remaining.pop(hit)
            tp += 1
    scores.misses += [{"doc": doc_id, "kind": "headline FN", "surface": g} for g in remaining]
    scores.counts["headlines.tp"] += tp
    scores.counts["headlines.fp"] += len(predicted) - tp
    scores.counts["headlines.fn"] += len(remaining)


def _near(a: str, b: str) -> bool:
    """One contains the other and they are of about the same length."""
    return bool(a and b and (a in b or b in a) and min(len(a), len(b)) >= 0.8 * max(len(a), len(b)))


def iter_gold(folder: Path) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(id, text, gold) for every gold file that has its document."""
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("id") or path.stem
        doc = folder / "docs" / f"{doc_id}.txt"
        if doc.exists():
            yield doc_id, doc.read_text(encoding="utf-8"), gold


def evaluate(
    folder: str | Path,
    extractor: Extractor | None = None,
    transform: Callable[[str], str] | None = None,
) -> Scores:
    """Score `extractor` (the default one if None) on every document of `folder`.

    `transform` rewrites each text before extraction (a noisier variant); the gold stays.
    """
    extractor = extractor or default_extractor()
    scores = Scores()
    for doc_id, text, gold in iter_gold(Path(folder)):
        if transform is not None:
            text = transform(text)
        report = extractor.extract(text)
        score_document(report.model_dump(mode="json"), gold, scores, doc_id)
    return scores


def fullwidth(text: str) -> str:
    """ASCII digits, '.', '%' and ',' in their full-width forms."""
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%,"})


def main(argv: list[str] | None = None) -> int:
    """``python -m union_facts.evaluate DIR``: score the extractor on DIR/docs against DIR/gold."""
    parser = argparse.ArgumentParser(prog="python -m union_facts.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="folder with docs/ and gold/")
    parser.add_argument(
        "--variant",
        choices=["original", "fullwidth"],
        default="original",
        help="score the same gold on a rewritten text",
    )
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    parser.add_argument("--misses", action="store_true", help="also list every miss and false find")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "gold").is_dir():
        parser.error(f"{folder} has no gold/ folder")
    scores = evaluate(folder, transform=fullwidth if args.variant == "fullwidth" else None)
    summary = scores.summary()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_table(summary)
    if args.misses:
        for miss in scores.misses:
            print(json.dumps(miss, ensure_ascii=False))
    return 0


def _print_table(s: dict[str, Any]) -> None:
    rows = [
        ("documents", s["documents"]),
        ("claims P / R / F1", "{P:.3f} / {R:.3f} / {F1:.3f}".format(**s["claims"])),
        ("value-only F1", f"{s['value_only_F1']:.3f}"),
        ("qualifier accuracy", s["qualifier_acc"]),
        ("subject accuracy", s["subject_acc"]),
        ("headlines P / R / F1", "{P:.3f} / {R:.3f} / {F1:.3f}".format(**s["headlines"])),
        ("title accuracy", s["title_acc"]),
        ("date accuracy", s["date_acc"]),
    ]
    for name, value in rows:
        print(f"{name:<22} {value}")


if __name__ == "__main__":
    sys.exit(main())
