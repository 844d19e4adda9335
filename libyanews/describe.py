"""What a corpus holds: tables for notebook 01.

Example::

    >>> corpus = load_corpus()
    >>> normalization_effects(corpus).loc[0, "step"]
    'verbatim'
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .corpus import load_corpus  # noqa: F401  (used in the docstring example)
from .dedupe import compare_articles
from .normalize import _ORDER, normalize
from .tokenize import iter_tokens

__all__ = ["clitic_effects", "copy_evidence", "normalization_effects"]

_STEP_LABELS = {
    "presentation": "presentation forms → letters",
    "invisibles": "invisible marks removed",
    "diacritics": "diacritics removed",
    "tatweel": "tatweel removed",
    "alef": "alef forms أ إ آ → ا",
    "alef_maksura": "ى → ي",
    "teh_marbuta": "ة → ه",
    "digits": "Arabic-Indic digits → ASCII",
    "spaces": "Unicode spaces → space",
}


def _words(corpus: pd.DataFrame) -> list[str]:
    return [t.surface for text in corpus["text"] for t in iter_tokens(text) if t.kind != "punct"]


def normalization_effects(corpus: pd.DataFrame, *, teh_marbuta: bool = True) -> pd.DataFrame:
    """Apply the normalization steps one after another to every word and
    number token of ``corpus`` and report, per step, how many tokens it
    changed, how many distinct forms remain, and its most frequent change.

    >>> bool(normalization_effects(load_corpus()).set_index("step").loc["alef forms أ إ آ → ا", "tokens_changed"] > 0)
    True
    """
    surfaces = _words(corpus)
    counts = Counter(surfaces)
    rows = [{"step": "verbatim", "tokens_changed": 0, "distinct_forms": len(counts), "example": ""}]
    on: dict[str, bool] = {step: False for step in _ORDER}
    current = {s: s for s in counts}
    for step in _ORDER:
        if step == "teh_marbuta" and not teh_marbuta:
            continue
        on[step] = True
        changed: Counter[tuple[str, str]] = Counter()
        new = {}
        for surface, before in current.items():
            after = normalize(surface, **on)
            new[surface] = after
            if after != before:
                changed[(before, after)] += counts[surface]
        current = new
        example = ""
        if changed:
            (before, after), _ = min(changed.items(), key=lambda kv: (-kv[1], kv[0]))
            example = f"{before} → {after}"
        rows.append({
            "step": _STEP_LABELS[step],
            "tokens_changed": sum(changed.values()),
            "distinct_forms": len(set(current.values())),
            "example": example,
        })
    # Last step: clitics split off, counting each token by its stem.
    options = {"teh_marbuta": on["teh_marbuta"]}
    splits: Counter[str] = Counter()
    stems = set()
    for text in corpus["text"]:
        pieces: list[str] = []
        first = 0
        for tok in iter_tokens(text, clitics=True, **options):
            if tok.kind == "clitic":
                first = tok.start if not pieces else first
                pieces.append(tok.norm)
                continue
            if tok.kind != "punct":
                stems.add(tok.norm)
                if pieces:
                    whole = normalize(text[first:tok.end], **options)
                    splits[f"{whole} → {' + '.join(pieces + [tok.norm])}"] += 1
            pieces = []
    example = min(splits.items(), key=lambda kv: (-kv[1], kv[0]))[0] if splits else ""
    rows.append({"step": "clitics و ف ب ل ك ال split off", "tokens_changed": sum(splits.values()),
                 "distinct_forms": len(stems), "example": example})
    return pd.DataFrame(rows)


def clitic_effects(corpus: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """Stems that clitic splitting brings together: for each of the ``top``
    stems seen in the most different written forms, the forms and counts.

    >>> "قوات" in clitic_effects(load_corpus())["stem"].tolist()
    True
    """
    forms: dict[str, Counter[str]] = {}
    for text in corpus["text"]:
        whole = {}
        for tok in iter_tokens(text):
            if tok.kind == "word":
                whole[tok.start] = normalize(tok.surface)
        pending = None
        for tok in iter_tokens(text, clitics=True):
            if tok.kind == "clitic":
                pending = pending if pending is not None else tok.start
                continue
            if tok.kind == "word":
                start = pending if pending is not None else tok.start
                forms.setdefault(tok.norm, Counter())[whole.get(start, tok.norm)] += 1
            pending = None
    rows = [
        {"stem": stem, "n_forms": len(c), "count": sum(c.values()),
         "forms": "، ".join(f"{f} ({n})" for f, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))}
        for stem, c in forms.items()
    ]
    table = pd.DataFrame(rows).sort_values(["n_forms", "count", "stem"], ascending=[False, False, True])
    return table.head(top).reset_index(drop=True)


def copy_evidence(corpus: pd.DataFrame, article_id: str | None = None) -> pd.DataFrame:
    """Why an article counts as a copy: :func:`libyanews.dedupe.compare_articles`
    of the copy ``article_id`` (default: the corpus's first copy) against the
    article it republishes, with the two ids in front.  A corpus without
    copies gives an empty table with the same columns.

    >>> evidence = copy_evidence(load_corpus())
    >>> evidence.loc[0, ["article_id", "duplicate_of"]].tolist(), float(evidence["similarity"].min())
    (['003_d9f07bdb5968e1f1#2', '000_0e1083c9c33184de#2'], 1.0)
    >>> copy_evidence(load_corpus()[:2]).empty       # no copy among the first two articles
    True
    """
    columns = ["article_id", "duplicate_of", "paragraph", "best_match", "similarity", "compared"]
    copies = corpus[corpus["duplicate_of"].notna()]
    if article_id is not None:
        copies = copies[copies["article_id"] == article_id]
        if copies.empty:
            raise ValueError(f"copy_evidence: {article_id!r} is not a copy in this corpus")
    if copies.empty:
        return pd.DataFrame(columns=columns)
    copy_id, original_id = copies.iloc[0][["article_id", "duplicate_of"]]
    texts = corpus.set_index("article_id")["text"]
    evidence = compare_articles(texts[copy_id], texts[original_id])
    return evidence.assign(article_id=copy_id, duplicate_of=original_id)[columns]
