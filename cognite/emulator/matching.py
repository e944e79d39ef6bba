"""The emulator's entity matcher: a deterministic string similarity instead of a trained classifier.

A source/target pair scores the mean, over the match fields, of
  - "simple": cosine similarity of the word/number tokens ("Pump 01" ~ "pump-01" only case-insensitively),
  - "insensitive": the same, ignoring case,
  - the bigram feature types: Dice coefficient of the lower-cased character bigrams.
Pairs given as true matches score 1.0.

Example:
    >>> round(score({"name": "Pump 01"}, {"name": "pump-01"}, DEFAULT_MATCH_FIELDS, "insensitive"), 3)
    1.0
    >>> round(score({"name": "Pump 01"}, {"name": "pump-01"}, DEFAULT_MATCH_FIELDS, "simple"), 3)
    0.5
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from cognite.emulator.http import CDFError

DEFAULT_MATCH_FIELDS = [{"source": "name", "target": "name"}]
FEATURE_TYPES = ("simple", "insensitive", "bigram", "frequencyweightedbigram", "bigramextratokenizers", "bigramcombo")
_TOKENS = re.compile(r"[^\W\d_]+|\d+")


def check_fields(
    sources: list[dict[str, Any]], targets: list[dict[str, Any]], match_fields: Any, ignore_missing: bool
) -> None:
    """400 for malformed matchFields, or (unless ignore_missing) entities lacking a match field."""
    if not isinstance(match_fields, list) or not all(
        isinstance(m, dict) and isinstance(m.get("source"), str) and isinstance(m.get("target"), str)
        for m in match_fields
    ):
        raise CDFError(400, "matchFields must be a list of {source, target} field names")
    if ignore_missing:
        return
    for side, entities in (("source", sources), ("target", targets)):
        for field in {m[side] for m in match_fields}:
            if any(field not in e for e in entities):
                raise CDFError(400, f"Some {side}s lack the field {field!r} (set ignoreMissingFields to allow it)")


def _cosine(a: str, b: str) -> float:
    ca, cb = Counter(_TOKENS.findall(a)), Counter(_TOKENS.findall(b))
    dot = sum(n * cb[t] for t, n in ca.items())
    norm = math.sqrt(sum(n * n for n in ca.values()) * sum(n * n for n in cb.values()))
    return dot / norm if norm else 0.0


def _dice(a: str, b: str) -> float:
    ba = Counter(a[i : i + 2] for i in range(len(a) - 1))
    bb = Counter(b[i : i + 2] for i in range(len(b) - 1))
    total = sum(ba.values()) + sum(bb.values())
    return 2 * sum((ba & bb).values()) / total if total else 0.0


def score(
    source: dict[str, Any], target: dict[str, Any], match_fields: list[dict[str, str]], feature_type: str
) -> float:
    """Similarity in [0, 1] of two entities over the match fields (non-string values count as empty)."""
    total = 0.0
    for pair in match_fields:
        a, b = source.get(pair["source"]), target.get(pair["target"])
        a, b = (a if isinstance(a, str) else ""), (b if isinstance(b, str) else "")
        if feature_type == "simple":
            total += _cosine(a, b)
        elif feature_type == "insensitive":
            total += _cosine(a.lower(), b.lower())
        else:
            total += _dice(a.lower(), b.lower())
    return total / len(match_fields) if match_fields else 0.0


def _is_true_match(source: dict[str, Any], target: dict[str, Any], true_matches: list[dict[str, Any]]) -> bool:
    for m in true_matches:
        src_ok = ("sourceId" in m and m["sourceId"] == source.get("id")) or (
            "sourceExternalId" in m and m["sourceExternalId"] == source.get("externalId")
        )
        tgt_ok = ("targetId" in m and m["targetId"] == target.get("id")) or (
            "targetExternalId" in m and m["targetExternalId"] == target.get("externalId")
        )
        if src_ok and tgt_ok:
            return True
    return False


def predict(
    sources: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    match_fields: list[dict[str, str]],
    feature_type: str,
    true_matches: list[dict[str, Any]],
    num_matches: int,
    threshold: float | None,
) -> list[dict[str, Any]]:
    """CDF's prediction items: per source, its best `num_matches` targets (score > 0 and >= threshold), best first."""
    items = []
    for source in sources:
        scored = []
        for n, target in enumerate(targets):
            s = (
                1.0
                if _is_true_match(source, target, true_matches)
                else score(source, target, match_fields, feature_type)
            )
            if s > 0 and (threshold is None or s >= threshold):
                scored.append((-s, n, target))
        scored.sort(key=lambda t: (t[0], t[1]))
        matches = [{"score": round(-neg, 6), "target": target} for neg, _, target in scored[:num_matches]]
        items.append({"source": source, "matches": matches})
    return items
