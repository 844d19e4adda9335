"""Plots with Arabic that reads right to left, letters joined.

Importing this module registers the Noto Sans Arabic font that
``pip install -r requirements.txt`` installs (package
``fontpkg-noto-sans-arabic``, SIL Open Font License), so every figure can
draw Arabic without system fonts.

Shaping: matplotlib ≥ 3.11 lays text out with libraqm, which joins Arabic
letters and orders right-to-left runs itself.  Reshaping with
arabic-reshaper + python-bidi on top of that would *mirror* the text, so
:func:`ar` passes text through unchanged when the renderer shapes, and
reshapes + reorders only when it cannot (older matplotlib, or a build
without libraqm).  The decision is a capability check, not a version guess:
:func:`renderer_shapes_arabic` lays out "ببب" and checks that the font's
contextual (initial/medial/final) glyphs were chosen.

Example::

    >>> ar("قوات الوفاق") == "قوات الوفاق"   # on matplotlib 3.11 with libraqm
    True
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

__all__ = [
    "ARABIC_FONT",
    "ar",
    "bilingual",
    "label_axes",
    "ltr",
    "plot_actor_counts",
    "plot_actor_heatmap",
    "plot_article_lengths",
    "plot_casualties_by_article",
    "plot_casualties_by_victim",
    "plot_collocations",
    "plot_cooccurrence",
    "plot_distinctive_terms",
    "plot_event_ranges",
    "plot_event_reports",
    "plot_event_timeline",
    "plot_terms_by_article",
    "plot_memory_growth",
    "plot_throughput",
    "plot_top_terms",
    "renderer_shapes_arabic",
    "setup_fonts",
    "short_id",
    "to_visual",
]

#: Family name of the bundled Arabic font.
ARABIC_FONT = "Noto Sans Arabic"


@lru_cache(maxsize=1)
def _font_path() -> str:
    import fontpkg

    return str(fontpkg.path(ARABIC_FONT))


def setup_fonts() -> None:
    """Register the bundled Arabic font and make it the first choice, with
    DejaVu Sans as fallback for Latin, digits and symbols."""
    path = _font_path()
    if ARABIC_FONT not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    matplotlib.rcParams["font.family"] = [ARABIC_FONT, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    # Deterministic SVG/PDF output (no random ids or dates) for committed figures.
    matplotlib.rcParams["svg.hashsalt"] = "libyanews"


@lru_cache(maxsize=1)
def renderer_shapes_arabic() -> bool:
    """True when matplotlib's own text layout joins Arabic letters *and*
    orders them right to left.

    Lays out text with the bundled font and checks two things: "ببب" uses
    contextual glyphs that an isolated "ب" does not (shaping), and in "بت"
    the first letter ب is drawn to the right of ت (bidi reordering).  Both
    are needed before raw text may be passed through.  Any failure (no
    libraqm, an older matplotlib whose layout items differ) means False.
    """
    try:
        from matplotlib import _text_helpers
        from matplotlib.ft2font import FT2Font

        font = FT2Font(_font_path())
        font.set_size(12, 72)

        def layout(text):
            return list(_text_helpers.layout(text, font))

        def glyphs(text):
            # matplotlib ≥ 3.11 names the field glyph_index, older versions glyph_idx
            return {item.glyph_index if hasattr(item, "glyph_index") else item.glyph_idx for item in layout(text)}

        shapes = bool(glyphs("ببب") - glyphs("ب"))
        items = layout("بت")
        first = min(item.x for item in items if item.char == "ب")
        second = min(item.x for item in items if item.char == "ت")
        return shapes and first > second
    except Exception:  # noqa: BLE001 - any failure means "cannot shape"
        return False


#: Bidi controls (marks, embeddings, overrides, isolates): once text is in
#: visual order they have done their work, and a renderer that does not
#: shape has no glyph for them (it would draw a box).
_BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_LEVEL_RE = re.compile(r"Level\(\s*(\d+)")


def _bidi_levels(line: str) -> list[int] | None:
    """Resolved bidi embedding level of each character of ``line`` (UAX #9).

    python-bidi ≥ 0.5 reorders (rules L1-L2) but does not mirror brackets
    (rule L4; python-bidi issue #25), and exposes the levels only through
    ``get_display(debug=True)``, one level per UTF-8 byte.  None when that
    output cannot be read.
    """
    from bidi import get_display

    info = str(get_display(line, debug=True))
    body = info.split("levels:", 1)[-1].split("paragraphs:", 1)[0]
    per_byte = [int(n) for n in _LEVEL_RE.findall(body)]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels, pos = [], 0
    for ch in line:
        levels.append(per_byte[pos])
        pos += len(ch.encode("utf-8"))
    return levels


def _visual_line(line: str) -> str:
    """One line in visual order with mirrored brackets (UAX #9 rules L1, L2, L4)."""
    from bidi import get_base_level, get_display
    from bidi.mirror import MIRRORED

    if not line:
        return line
    levels = _bidi_levels(line)
    if levels is None:  # unreadable levels: python-bidi's order, brackets unmirrored
        return get_display(line)
    base = get_base_level(line)
    i = len(line)  # L1: trailing spaces and controls take the paragraph level
    while i > 0 and (line[i - 1].isspace() or ord(line[i - 1]) in _BIDI_CONTROLS):
        i -= 1
        levels[i] = base
    order = list(range(len(line)))
    odd = [lv for lv in levels if lv % 2]
    for level in range(max(levels, default=0), min(odd, default=1) - 1, -1):  # L2
        j = 0
        while j < len(order):
            if levels[order[j]] < level:
                j += 1
                continue
            k = j
            while k < len(order) and levels[order[k]] >= level:
                k += 1
            order[j:k] = order[j:k][::-1]
            j = k
    # L4: a bracket in a right-to-left run is drawn as its mirror image.
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)


def to_visual(text: str) -> str:
    """Reshape (joined presentation forms) and reorder to visual order.

    For renderers and displays that cannot shape Arabic (a plain-text
    terminal, older matplotlib).  Never apply it where the renderer shapes:
    the text would come out mirrored.  Brackets in right-to-left runs are
    mirrored, and bidi controls (such as the isolates of :func:`ltr`) are
    dropped once the text is reordered.

    >>> import unicodedata
    >>> [unicodedata.name(c)[14:] for c in to_visual("سرت")]  # visual order: left to right
    ['TEH ISOLATED FORM', 'REH FINAL FORM', 'SEEN INITIAL FORM']
    >>> to_visual("(سرت)")[0], to_visual("(سرت)")[-1]   # drawn as "(" on the left
    ('(', ')')
    """
    import arabic_reshaper

    lines = arabic_reshaper.reshape(str(text)).split("\n")
    return "\n".join(_visual_line(line) for line in lines).translate(_BIDI_CONTROLS)


def ar(text: str | None) -> str:
    """Text ready for a matplotlib label: unchanged where the renderer shapes
    Arabic, reshaped and reordered where it cannot.

    >>> ar("داعش") == ("داعش" if renderer_shapes_arabic() else to_visual("داعش"))
    True
    """
    if text is None:
        return ""
    text = str(text)
    return text if renderer_shapes_arabic() else to_visual(text)


def bilingual(arabic: str, english: str) -> str:
    """A label in both languages, Arabic first: ``"طول المقالات / Article length"``.

    The English half is a left-to-right isolate (:func:`ltr`), so that an
    Arabic half ending in Latin letters ("وزن TF-IDF") still reads
    "وزن TF-IDF / TF-IDF weight" from the right, not "TF-IDF / TF-IDF weight وزن".

    >>> bilingual("عدد الكلمات", "Words")
    'عدد الكلمات / \u2066Words\u2069'
    """
    return f"{arabic} / {ltr(english)}"


def ltr(text: str) -> str:
    """Wrap Latin text (an article id, a URL) in a left-to-right isolate so
    that inside an Arabic label its characters keep their order.

    >>> ltr("000_0e1083c9c33184de#1")
    '\u2066000_0e1083c9c33184de#1\u2069'
    """
    return f"\u2066{text}\u2069"


def label_axes(ax, title: tuple[str, str], xlabel: tuple[str, str] | None = None,
               ylabel: tuple[str, str] | None = None):
    """Set a bilingual title and axis labels, each given as (arabic, english)."""
    ax.set_title(ar(bilingual(*title)))
    if xlabel:
        ax.set_xlabel(ar(bilingual(*xlabel)))
    if ylabel:
        ax.set_ylabel(ar(bilingual(*ylabel)))
    return ax


def plot_article_lengths(corpus: pd.DataFrame, ax=None):
    """Horizontal bars: words per article, duplicates in grey with a note.

    Each bar is labelled with the article id and its title.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.55 * len(corpus) + 1.6))
    rows = corpus.iloc[::-1]  # first article at the top
    labels = [ar(f"{t[:38] + '…' if len(t) > 38 else t} {ltr('[' + a + ']')}")
              for a, t in zip(rows["article_id"], rows["title"].fillna(""))]
    is_dup = rows["duplicate_of"].notna().to_numpy()
    colors = ["#b0b0b0" if d else "#2c7fb8" for d in is_dup]
    bars = ax.barh(labels, rows["n_tokens"], color=colors)
    for bar, dup in zip(bars, is_dup):
        if dup:
            ax.annotate(ar(bilingual("مكرر", "duplicate")), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(4, 0), textcoords="offset points", va="center", fontsize=8, color="#555555")
    label_axes(ax, ("طول المقالات", "Article length"), ("عدد الكلمات", "words"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


# --- actors ---


def _actor_label(label_ar: str, label_en: str) -> str:
    return ar(bilingual(label_ar, label_en))


def plot_actor_counts(mentions: pd.DataFrame, ax=None):
    """Horizontal bars: mentions per actor (most mentioned at the top), each
    labelled "حكومة الوفاق / GNA" and annotated with the number of articles
    that name the actor.  ``mentions`` comes from :func:`libyanews.actors.actor_mentions`.
    """
    from .actors import count_actors

    counts = count_actors(mentions)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.42 * len(counts) + 1.6))
    rows = counts.iloc[::-1]
    labels = [_actor_label(a, e) for a, e in zip(rows["label_ar"], rows["label"])]
    bars = ax.barh(labels, rows["mentions"], color="#2c7fb8")
    for bar, n, k in zip(bars, rows["mentions"], rows["articles"]):
        ax.annotate(f"{n} ({k})", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlim(0, max(counts["mentions"].max() * 1.15, 1) if len(counts) else 1)
    label_axes(ax, ("الإشارات إلى كل فاعل", "Mentions per actor"),
               ("عدد الإشارات (عدد المقالات)", "mentions (articles)"), ("الفاعل", "actor"))
    ax.figure.tight_layout()
    return ax


def _no_data(ax) -> None:
    """Say so on an empty chart (a corpus where nobody is named, no figure is reported)."""
    ax.text(0.5, 0.5, ar(bilingual("لا توجد بيانات", "no data")), transform=ax.transAxes, ha="center",
            va="center", color="#555555")


def _heatmap(ax, values, row_labels, col_labels, cmap):
    if not values.size:
        _no_data(ax)
        return None
    image = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0)
    top = values.max() if values.size else 0
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(int(v)), ha="center", va="center", fontsize=8,
                    color="white" if v > top * 0.6 else "black")
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=40, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize=8)
    return image


def plot_actor_heatmap(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None, ax=None):
    """Mentions per article (rows) and actor (columns) as a heat map with the
    counts written in the cells.  With ``corpus``, every (non-duplicate)
    article is a row, also those that name no actor.
    """
    from .actors import count_actors_by_article

    table = count_actors_by_article(mentions, corpus)
    names = mentions.drop_duplicates("actor").set_index("actor")
    cols = [_actor_label(names.at[a, "label_ar"], names.at[a, "label"]) for a in table.columns]
    rows = [ar(ltr(a)) for a in table.index]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 * len(cols) + 3.5, 0.45 * len(rows) + 2.6))
    image = _heatmap(ax, table.to_numpy(), rows, cols, "Blues")
    if image is not None:
        ax.figure.colorbar(image, ax=ax, label=ar(bilingual("الإشارات", "mentions")), shrink=0.8)
    label_axes(ax, ("من يذكر كل مقال؟", "Actors named per article"), ("الفاعل", "actor"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


_UNIT_NAMES = {"sentence": ("الجملة", "sentence"), "paragraph": ("الفقرة", "paragraph"),
               "article": ("المقالة", "article")}


def plot_cooccurrence(matrix: pd.DataFrame, gazetteer=None, ax=None):
    """Actor × actor heat map from :func:`libyanews.actors.actor_cooccurrence`:
    the number of units (sentences, by default) naming both actors.  The
    diagonal (units naming the actor at all) is shown in grey so that the
    colour scale is that of the pairs.
    """
    from .actors import actor_labels

    labels = actor_labels(gazetteer).set_index("actor")
    names = [_actor_label(labels.at[a, "label_ar"], labels.at[a, "label"]) if a in labels.index else a
             for a in matrix.index]
    values = matrix.to_numpy().copy()
    diagonal = np.diag(values).copy()
    np.fill_diagonal(values, 0)
    if ax is None:
        size = 0.75 * len(names) + 3.2
        _, ax = plt.subplots(figsize=(size + 1.2, size))
    image = _heatmap(ax, values, names, names, "Oranges")
    for i, v in enumerate(diagonal):
        ax.add_patch(plt.Rectangle((i - 0.5, i - 0.5), 1, 1, color="#d9d9d9"))
        ax.text(i, i, str(int(v)), ha="center", va="center", fontsize=8, color="#555555")
    unit_ar, unit_en = _UNIT_NAMES.get(matrix.attrs.get("unit", "sentence"), ("الوحدة", "unit"))
    if image is not None:
        ax.figure.colorbar(image, ax=ax, label=ar(bilingual(f"عدد مرات الذكر معا في {unit_ar}",
                                                            f"{unit_en}s naming both")), shrink=0.8)
    label_axes(ax, (f"من يُذكر مع من في {unit_ar} نفسها؟", f"Actors named in the same {unit_en}"),
               ("الفاعل", "actor"), ("الفاعل", "actor"))
    ax.figure.tight_layout()
    return ax


# --- terms ---

_SHORT_ID_RE = re.compile(r"^(?P<file>\d+)_[0-9a-f]{6,}#(?P<no>\d+)$")
_TERM_COLOR = "#2c7fb8"
_SINGLE_ARTICLE_COLOR = "#a6bddb"


def short_id(article_id: str) -> str:
    """A compact label for a seed-style article id (file number and article
    number); other ids are returned unchanged.

    >>> short_id("000_0e1083c9c33184de#2"), short_id("report-7#1")
    ('000#2', 'report-7#1')
    """
    m = _SHORT_ID_RE.match(str(article_id))
    return f"{m['file']}#{m['no']}" if m else str(article_id)


def _truncate(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _is_ngram_table(table: pd.DataFrame) -> bool:
    return bool(table["term"].astype(str).str.contains(" ").any())


def plot_top_terms(freqs: pd.DataFrame, n: int = 20, ax=None, title: tuple[str, str] | None = None):
    """Horizontal bars of the ``n`` most frequent terms of a
    :func:`libyanews.term_frequencies` table, most frequent at the top.

    Bars are labelled with the term's readable ``surface`` and its count;
    a lighter bar marks a term found in a single article (one story, not the
    coverage).
    """
    rows = freqs.sort_values(["count", "term"], ascending=[False, True]).head(n).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.3 * len(rows) + 1.6))
    single = (rows["n_articles"] == 1).to_numpy() if "n_articles" in rows else [False] * len(rows)
    colors = [_SINGLE_ARTICLE_COLOR if one else _TERM_COLOR for one in single]
    bars = ax.barh(range(len(rows)), rows["count"], color=colors)
    ax.set_yticks(range(len(rows)), [ar(s) for s in rows["surface"]])
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.margins(x=0.08)
    if any(single):
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=_TERM_COLOR, label=ar(bilingual("في أكثر من مقالة", "several articles"))),
                           Patch(color=_SINGLE_ARTICLE_COLOR, label=ar(bilingual("في مقالة واحدة", "one article")))],
                  loc="lower right", fontsize=8)
    pairs = _is_ngram_table(rows)
    if title is None:
        title = ("أكثر الثنائيات تكرارا", "Most frequent word pairs") if pairs else ("أكثر الكلمات تكرارا", "Most frequent terms")
    label_axes(ax, title, ("عدد المرات", "occurrences"), ("الثنائية", "word pair") if pairs else ("الكلمة", "term"))
    ax.figure.tight_layout()
    return ax


def plot_terms_by_article(by_article: pd.DataFrame, n: int = 15, ax=None, corpus: pd.DataFrame | None = None):
    """Heat map: the ``n`` most frequent terms (rows) × articles (columns),
    each cell the term's count in that article, from
    ``term_frequencies(corpus, by="article")``.

    Columns follow ``corpus`` order when it is given (articles without any
    of the terms then show as empty columns), else the table's order.
    """
    totals = by_article.groupby("term")["count"].sum()
    top = sorted(totals.index, key=lambda t: (-totals[t], t))[:n]
    present = set(by_article["article_id"])
    if corpus is not None:  # corpus order; copies left out unless the table counted them
        copies = corpus["duplicate_of"].notna() if "duplicate_of" in corpus else [False] * len(corpus)
        articles = [a for a, copy in zip(corpus["article_id"], copies) if a in present or not copy]
    else:
        articles = list(pd.unique(by_article["article_id"]))
    matrix = (by_article.pivot_table(index="term", columns="article_id", values="count", aggfunc="sum", fill_value=0)
              .reindex(index=top, columns=articles, fill_value=0))
    surfaces = by_article.drop_duplicates("term").set_index("term")["surface"]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 * len(articles) + 3.2, 0.36 * len(top) + 1.8))
    image = ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    high = matrix.to_numpy().max() if matrix.size else 0
    for i, term in enumerate(matrix.index):
        for j, article in enumerate(matrix.columns):
            value = int(matrix.iat[i, j])
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                        color="white" if value > 0.6 * high else "#222222")
    ax.set_xticks(range(len(articles)), [short_id(a) for a in articles], fontsize=8)
    ax.set_yticks(range(len(top)), [ar(surfaces[t]) for t in top])
    bar = ax.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    bar.set_label(ar(bilingual("عدد المرات", "occurrences")))
    label_axes(ax, ("الكلمات الأكثر تكرارا في كل مقالة", "Top terms by article"),
               ("المقالة", "article"), ("الكلمة", "term"))
    ax.figure.tight_layout()
    return ax


def plot_distinctive_terms(distinct: pd.DataFrame, corpus: pd.DataFrame | None = None, top_n: int = 5,
                           ncols: int = 2):
    """Small multiples, one panel per article: its ``top_n`` terms by TF-IDF
    (from :func:`libyanews.distinctive_terms`), on a shared scale.

    With ``corpus``, each panel is titled with the article's headline.
    Returns the figure.
    """
    articles = list(pd.unique(distinct["article_id"]))
    titles = corpus.set_index("article_id")["title"] if corpus is not None else None
    nrows = max(1, math.ceil(len(articles) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(5.2 * ncols, 0.32 * top_n * nrows + 1.15 * nrows + 0.6),
                             sharex=True, squeeze=False)
    for k, ax in enumerate(axes.flat):
        if k >= len(articles):
            ax.set_visible(False)
            continue
        article = articles[k]
        rows = distinct[distinct["article_id"] == article].sort_values("rank").head(top_n).iloc[::-1]
        ax.barh(range(len(rows)), rows["tfidf"], color=_TERM_COLOR)
        ax.set_yticks(range(len(rows)), [ar(s) for s in rows["surface"]], fontsize=9)
        headline = _truncate(titles.get(article, ""), 34) if titles is not None else ""
        ax.set_title(ar(f"{headline} {ltr(short_id(article))}".strip()), fontsize=9)
        ax.tick_params(axis="x", labelbottom=True, labelsize=8)
    fig.suptitle(ar(bilingual("الكلمات المميزة لكل مقالة", "Distinctive terms per article")))
    fig.supxlabel(ar(bilingual(f"وزن {ltr('TF-IDF')}", "TF-IDF weight")), fontsize=10)
    fig.supylabel(ar(bilingual("الكلمة", "term")), fontsize=10)
    fig.tight_layout()
    return fig


_MEASURE_LABELS = {
    "llr": ("نسبة الأرجحية G²", "log-likelihood G²"),
    "pmi": ("المعلومات المتبادلة النقطية", "PMI (bits)"),
    "count": ("عدد المرات", "occurrences"),
}


def plot_collocations(colls: pd.DataFrame, n: int = 15, measure: str = "llr", ax=None):
    """Horizontal bars: the ``n`` strongest word pairs of a
    :func:`libyanews.collocations` table by ``measure`` ("llr", "pmi" or
    "count"), each bar labelled with how often the pair occurs (×N)."""
    if measure not in _MEASURE_LABELS:
        raise ValueError(f"measure must be one of {', '.join(_MEASURE_LABELS)}, got {measure!r}")
    rows = colls.sort_values([measure, "count", "term"], ascending=[False, False, True]).head(n).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.3 * len(rows) + 1.6))
    bars = ax.barh(range(len(rows)), rows[measure], color=_TERM_COLOR)
    ax.set_yticks(range(len(rows)), [ar(s) for s in rows["surface"]])
    ax.bar_label(bars, labels=[f"×{c}" for c in rows["count"]], padding=3, fontsize=8)
    ax.margins(x=0.08)
    label_axes(ax, ("أقوى الثنائيات ارتباطا", "Strongest word pairs"), _MEASURE_LABELS[measure], ("الثنائية", "word pair"))
    ax.figure.tight_layout()
    return ax


# --- casualties ---

#: Colour and bilingual name of each casualty kind.
_KINDS = {
    "killed": ("#b2182b", "قتلى", "killed"),
    "injured": ("#ef8a62", "جرحى", "injured"),
    "killed_or_injured": ("#999999", "قتلى أو جرحى", "killed or injured"),
}
_VICTIM_CLASSES = {"civilians": ("مدنيون", "civilians"), "combatants": ("مقاتلون", "combatants"),
                   "unknown": ("غير محدد", "unknown")}


def _victim_name(victim: str) -> str:
    """"مدنيون / civilians", or the actor's labels: "حكومة الوفاق / GNA"."""
    if victim in _VICTIM_CLASSES:
        return bilingual(*_VICTIM_CLASSES[victim])
    from .actors import actor_labels

    labels = actor_labels().set_index("actor")
    if victim in labels.index:
        return bilingual(labels.at[victim, "label_ar"], labels.at[victim, "label"])
    return ltr(victim)


def _victim_label(victim: str) -> str:
    return ar(_victim_name(victim))


def _single_events(events: pd.DataFrame) -> pd.DataFrame:
    missing = {"article_id", "kind", "victim", "best", "cumulative"} - set(events.columns)
    if missing:
        raise ValueError(f"expected the table of casualty_events(); missing {sorted(missing)}")
    return events[~events["cumulative"].astype(bool)]


def _grouped_bars(ax, table: pd.DataFrame, labels: list[str]):
    """Horizontal bars, one group per row of ``table`` (columns: kinds)."""
    kinds = [k for k in _KINDS if k in table.columns]
    height = 0.8 / max(len(kinds), 1)
    ys = np.arange(len(table))[::-1]
    for n, kind in enumerate(kinds):
        color, name_ar, name_en = _KINDS[kind]
        pos = ys + 0.4 - height * (n + 0.5)
        values = table[kind].to_numpy()
        bars = ax.barh(pos, values, height=height, color=color, label=ar(bilingual(name_ar, name_en)))
        for bar, v in zip(bars, values):
            if v:
                ax.annotate(str(int(v)), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                            xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(ys, labels, fontsize=9)
    top = table.to_numpy().max() if table.size else 0
    ax.set_xlim(0, max(top * 1.15, 1))
    if kinds:
        ax.legend(loc="lower right", fontsize=8)
    else:
        _no_data(ax)


def plot_casualties_by_article(events: pd.DataFrame, corpus: pd.DataFrame | None = None, ax=None):
    """Killed, injured and "killed or injured" per article: the sum of the
    best estimates of its single events (cumulative totals left out).

    ``events`` comes from :func:`libyanews.casualties.casualty_events`, so a
    toll told twice (or republished) counts once; an event is shown under the
    article that first reports it.  With ``corpus`` every original article is
    a row, also those that report no casualties.
    """
    single = _single_events(events)
    table = single.pivot_table(index="article_id", columns="kind", values="best", aggfunc="sum", fill_value=0)
    if corpus is not None:
        originals = corpus.loc[corpus["duplicate_of"].isna(), "article_id"] if "duplicate_of" in corpus else corpus["article_id"]
        table = table.reindex(list(originals), fill_value=0)
    table = table.reindex(columns=[k for k in _KINDS if k in table.columns]).astype(int)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 * len(table) + 1.8))
    _grouped_bars(ax, table, [ar(ltr(a)) for a in table.index])
    label_axes(ax, ("ضحايا الأحداث المفردة في كل مقالة", "Casualties of single events per article"),
               ("عدد الأشخاص (التقدير الأرجح)", "people (best estimate)"), ("المقالة", "article"))
    ax.figure.tight_layout()
    return ax


def plot_casualties_by_victim(events: pd.DataFrame, ax=None):
    """Killed, injured and "killed or injured" per victim side (an actor, or
    civilians / combatants / unknown when no actor is named): the sum of the
    best estimates of the single events (cumulative totals left out)."""
    single = _single_events(events)
    table = single.pivot_table(index="victim", columns="kind", values="best", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=[k for k in _KINDS if k in table.columns]).astype(int)
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.6 * len(table) + 1.8))
    _grouped_bars(ax, table, [_victim_label(v) for v in table.index])
    label_axes(ax, ("من هم الضحايا؟", "Casualties by victim side"),
               ("عدد الأشخاص (التقدير الأرجح)", "people (best estimate)"), ("الضحايا", "victims"))
    ax.figure.tight_layout()
    return ax


def plot_event_ranges(events: pd.DataFrame, ax=None):
    """One row per single event: a line from its lowest to its highest
    figure, a dot for each report (``values``) and a diamond at the best
    estimate; an arrow marks a range left open ("more than N").  Events told
    by several reports show how far their tolls differ."""
    single = _single_events(events).reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.5 * len(single) + 1.8))
    ys = np.arange(len(single))[::-1]
    spans = []
    for row in single.itertuples():
        values = [int(v) for v in row.values]
        low = int(row.low) if pd.notna(row.low) else min(values)
        high = int(row.high) if pd.notna(row.high) else max(values)
        spans.append((values, low, high))
    top = max([1] + [max(high, *values) for values, _, high in spans])
    for y, row, (values, low, high) in zip(ys, single.itertuples(), spans):
        color = _KINDS.get(row.kind, ("#333333",))[0]
        ax.plot([low, high], [y, y], color=color, linewidth=2, alpha=0.6)
        ax.scatter(values, [y] * len(values), color=color, s=22, zorder=3)
        ax.scatter([row.best], [y], marker="D", facecolor="white", edgecolor=color, s=40, zorder=4)
        end = max(high, *values)
        if pd.isna(row.high):  # no upper bound
            ax.annotate("", (end + 0.1 * top, y), (end, y),
                        arrowprops={"arrowstyle": "->", "color": color, "linewidth": 1.5})
            end += 0.1 * top
        ax.annotate(f"n={row.n_reports}", (end, y), xytext=(8, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#555555")
    labels = [ar(f"{_KINDS[k][1]} · {_victim_name(v)} {ltr('[' + short_id(a) + ']')}")
              for k, v, a in zip(single["kind"], single["victim"], single["article_id"])]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlim(0, top * 1.25 + 2)
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#555555", marker="o", linestyle="", markersize=5,
               label=ar(bilingual("تقرير", "a report"))),
        Line2D([], [], color="#555555", marker="D", markerfacecolor="white", linestyle="", markersize=6,
               label=ar(bilingual("التقدير الأرجح", "best estimate"))),
        Line2D([], [], color="#555555", linewidth=2, alpha=0.6, label=ar(bilingual("من الأدنى إلى الأعلى", "low to high"))),
        Line2D([], [], linestyle="", label=ar(bilingual("n: عدد التقارير", "n: reports"))),
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=8)
    label_axes(ax, ("مدى تقديرات كل حدث", "Range of the tolls reported for each event"),
               ("عدد الأشخاص", "people"), ("الحدث", "event"))
    ax.figure.tight_layout()
    return ax


_KIND_MARKERS = {"killed": "o", "injured": "^", "killed_or_injured": "s"}


def _legend(ax, colors: dict, extra=()) -> None:
    handles = [Line2D([], [], color=c, marker="o", linestyle="", label=label) for label, c in colors.items()]
    handles += [Line2D([], [], color="#444444", linestyle="", **e) for e in extra]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))


def plot_event_timeline(events: pd.DataFrame, ax=None):
    """Single events at ``date_start``: the best estimate (circle killed, triangle injured, square
    either) in the victim side's colour, a line from low to high (an arrow: no upper bound) and along x
    to ``date_end``.  Events without a date are left out; the title counts them."""
    single = _single_events(events)
    dated = single[single["date_start"].notna()].sort_values(["date_start", "event"], kind="stable")
    ax = ax or plt.subplots(figsize=(10, 4.8))[1]
    order = sorted(set(dated["victim"]) - set(_VICTIM_CLASSES)) + [v for v in _VICTIM_CLASSES if v in set(dated["victim"])]
    colors = {v: "#888888" if v in _VICTIM_CLASSES else plt.get_cmap("tab10").colors[n % 10] for n, v in enumerate(order)}
    for row in dated.itertuples():
        color, x, high = colors[row.victim], row.date_start, row.high if pd.notna(row.high) else max(row.values)
        ax.plot([x, x], [row.low if pd.notna(row.low) else row.best, high], color=color, linewidth=2, alpha=0.5)
        if pd.isna(row.high):
            ax.annotate("", (x, high * 1.3 + 1), (x, high), arrowprops={"arrowstyle": "->", "color": color})
        ax.plot([x, row.date_end], [row.best, row.best], color=color, linewidth=1)
        ax.scatter([x], [row.best], color=color, marker=_KIND_MARKERS.get(row.kind, "o"), s=45, zorder=3)
        ax.annotate(str(row.event), (x, row.best), xytext=(5, 3), textcoords="offset points", fontsize=7)
    _legend(ax, {_victim_label(v): c for v, c in colors.items()},
            [{"marker": m, "label": ar(bilingual(*_KINDS[k][1:]))} for k, m in _KIND_MARKERS.items()])
    ax.set_ylim(bottom=0)
    n = len(single) - len(dated)
    title = ("الأحداث عبر الزمن" + (f" (دون تاريخ: {n})" if n else ""), "Events over time" + (f" ({n} undated)" if n else ""))
    label_axes(ax, title, ("تاريخ الحدث", "event date"), ("عدد الأشخاص (من الأدنى إلى الأعلى)", "people (low to high)"))
    ax.figure.autofmt_xdate()
    ax.figure.tight_layout()
    return ax


def plot_event_reports(events: pd.DataFrame, min_sources: int = 2, ax=None):
    """The single events told by at least ``min_sources`` outlets, a row each: every outlet's figure
    as a dot in the outlet's colour, a line from the lowest to the highest, a diamond at the best."""
    told = _single_events(events).query("n_sources >= @min_sources").reset_index(drop=True)
    ax = ax or plt.subplots(figsize=(10, 0.7 * len(told) + 2))[1]
    colors = {o: plt.get_cmap("tab10").colors[n % 10] for n, o in enumerate(sorted({o for r in told["outlets"] for o in r}))}
    ys = np.arange(len(told))[::-1]
    for y, row in zip(ys, told.itertuples()):
        ax.plot([min(row.values), max(row.values)], [y, y], color="#bbbbbb", linewidth=3, zorder=1)
        pairs = sorted(set(zip(row.outlets, row.values)))  # outlets of one figure side by side, not on top
        for (outlet, value), dy in zip(pairs, np.linspace(-0.15, 0.15, len(pairs)) * (len(pairs) > 1)):
            ax.scatter([value], [y + dy], color=colors[outlet], s=60, zorder=3)
        ax.scatter([row.best], [y], marker="D", facecolor="none", edgecolor="#333333", s=90, zorder=4)
    days = [ltr(str(d.date()) if pd.notna(d) else "?") for d in told["date_start"]]
    ax.set_yticks(ys, [ar(f"{_KINDS[k][1]} · {_victim_name(v)} · {d}") for k, v, d in zip(told["kind"], told["victim"], days)],
                  fontsize=8)
    _legend(ax, {ar(o): c for o, c in colors.items()},
            [{"marker": "D", "markerfacecolor": "none", "label": ar(bilingual("التقدير الأرجح", "best estimate"))}])
    ax.set_xlim(left=0)
    label_axes(ax, ("رقم كل وسيلة إعلامية للحدث نفسه", "Each outlet's figure for the same event"),
               ("عدد الأشخاص", "people"), ("الحدث", "event"))
    ax.figure.tight_layout()
    return ax


# --- scale ---


def plot_throughput(timings: pd.DataFrame, ax=None):
    """Horizontal bars: articles per second of each step of a pipeline run,
    from ``PipelineResult.timings`` (:func:`libyanews.dask.run_pipeline`:
    columns ``step``, ``seconds``, ``articles/s``), first step at the top, the
    whole pipeline ("all steps") in grey; each bar labelled with its seconds.
    Timings depend on the machine and its load."""
    rows = timings.iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * len(rows) + 1.6))
    colors = ["#999999" if s == "all steps" else _TERM_COLOR for s in rows["step"]]
    bars = ax.barh(range(len(rows)), rows["articles/s"], color=colors)
    ax.set_yticks(range(len(rows)), [str(s) for s in rows["step"]], fontsize=9)
    ax.bar_label(bars, labels=[f"{s:.1f} s" for s in rows["seconds"]], padding=3, fontsize=8)
    ax.margins(x=0.12)
    label_axes(ax, ("سرعة كل خطوة", "Throughput per step"), ("مقالات في الثانية", "articles per second"),
               ("الخطوة", "step"))
    ax.figure.tight_layout()
    return ax


_MEMORY_LINES = {
    "all_batches_mb": ("#b2182b", "-", ("المدونة محملة دفعة واحدة", "whole corpus in memory")),
    "batch_mb": ("#2c7fb8", "--", ("دفعة واحدة", "one batch")),
    "index_mb": ("#1a9850", "-", ("فهرس النسخ المكررة", "duplicate index")),
}


def plot_memory_growth(growth: pd.DataFrame, ax=None):
    """Memory (MB) against articles read, from
    :func:`libyanews.streaming.measure_stream`: what the corpus would take
    loaded at once against what reading it in batches holds (one batch and
    the duplicate index).  The process's resident memory (Python, the word
    lists, the libraries) is left out: it is machine-dependent and would
    flatten the lines."""
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4.6))
    for column, (color, style, label) in _MEMORY_LINES.items():
        if column in growth:
            ax.plot(growth["articles"], growth[column], style, color=color, marker="o", markersize=3,
                    label=ar(bilingual(*label)))
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", fontsize=8)
    label_axes(ax, ("الذاكرة مع نمو المدونة", "Memory as the corpus grows"),
               ("عدد المقالات المقروءة", "articles read"), ("الذاكرة (ميغابايت)", "memory (MB)"))
    ax.figure.tight_layout()
    return ax


setup_fonts()
