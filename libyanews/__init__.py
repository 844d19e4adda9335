"""libyanews: Arabic news about the Libyan conflict, read with traceable numbers.

The public API (see DESIGN.md)::

    import libyanews as ln
    corpus = ln.load_corpus()            # the seeds, one row per article
    ln.tokenize("وقتل 6 مقاتلين", clitics=True)
    ln.normalize("أعلنت")                # 'اعلنت'

Every finding carries ``start``/``end`` offsets into the verbatim ``text``.
"""

from . import config
from .corpus import COLUMNS, CorpusError, CorpusWarning, list_files, load_corpus, read_text, segment_articles
from .dedupe import DuplicateIndex, find_duplicates
from .kwic import find_term, kwic, kwic_spans
from .lexicon import split_clitics
from .normalize import (
    normalize,
    normalize_alef,
    normalize_alef_maksura,
    normalize_digits,
    normalize_presentation,
    normalize_spaces,
    normalize_teh_marbuta,
    normalize_with_offsets,
    remove_diacritics,
    remove_invisibles,
    remove_tatweel,
)
from .dedupe import compare_articles
from .describe import clitic_effects, normalization_effects
from .plotting import plot_article_lengths
from .readers import decode_text, detect_language, is_plausible_arabic, read_html, read_table
from .tokenize import Sentence, Token, split_sentences, tokenize, tokens_frame

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "CorpusError",
    "CorpusWarning",
    "DuplicateIndex",
    "Sentence",
    "Token",
    "clitic_effects",
    "compare_articles",
    "config",
    "decode_text",
    "detect_language",
    "find_duplicates",
    "find_term",
    "is_plausible_arabic",
    "kwic",
    "kwic_spans",
    "list_files",
    "load_corpus",
    "normalization_effects",
    "normalize",
    "normalize_alef",
    "normalize_alef_maksura",
    "normalize_digits",
    "normalize_presentation",
    "normalize_spaces",
    "normalize_teh_marbuta",
    "normalize_with_offsets",
    "plot_article_lengths",
    "read_html",
    "read_table",
    "read_text",
    "remove_diacritics",
    "remove_invisibles",
    "remove_tatweel",
    "segment_articles",
    "split_clitics",
    "split_sentences",
    "tokenize",
    "tokens_frame",
]
