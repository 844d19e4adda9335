"""libyanews: Arabic news about the Libyan conflict, read with traceable numbers.

The public API (see DESIGN.md)::

    import libyanews as ln
    corpus = ln.load_corpus()            # the seeds, one row per article
    ln.tokenize("وقتل 6 مقاتلين", clitics=True)
    ln.normalize("أعلنت")                # 'اعلنت'
    ln.find_actors("وقصفت قوات حفتر مواقع الوفاق")   # actor, label, surface, start, end, ...
    ln.find_casualties("قتل 23 شخصا وأصيب عشرات آخرون")  # kind, low, best, high, qualifier, victim, ...
    ln.parse_number("خمسة وعشرين")       # 25
    ln.resolve_date("قتل 3 مساء السبت", "2016-10-02")   # the event day: 2016-10-01, 'day', 'مساء السبت', ...
    events = ln.casualty_events(ln.dated_seed_corpus())  # one row per event, folded within and across articles
    ln.events_as_ucdp(events), ln.events_as_acled(events)  # the same events shaped like UCDP GED and ACLED

Every finding carries ``start``/``end`` offsets into the verbatim ``text``.
"""

from . import config
from .actors import (
    actor_cooccurrence,
    actor_labels,
    actor_mentions,
    count_actors,
    count_actors_by_article,
    find_actors,
)
from .casualties import casualty_events, casualty_figures, find_casualties, number_roles
from .corpus import (COLUMNS, CorpusError, CorpusWarning, dated_seed_corpus, list_files, load_corpus, read_text,
                     segment_articles)
from .dates import date_mentions, find_dates, resolve_date
from .evaluation import load_gold, score_casualties, score_sets
from .eventdata import classify_event, event_reports, events_as_acled, events_as_ucdp
from .dedupe import DuplicateIndex, compare_articles, find_duplicates
from .gazetteer import GazetteerError, load_gazetteer, load_sources, load_stop_phrases
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
from .describe import clitic_effects, copy_evidence, normalization_effects
from .numbers import Quantity, find_numbers, parse_number
from .plotting import (
    plot_actor_counts,
    plot_actor_heatmap,
    plot_article_lengths,
    plot_casualties_by_article,
    plot_casualties_by_victim,
    plot_collocations,
    plot_cooccurrence,
    plot_distinctive_terms,
    plot_event_ranges,
    plot_event_reports,
    plot_event_timeline,
    plot_memory_growth,
    plot_terms_by_article,
    plot_throughput,
    plot_top_terms,
)
from .readers import decode_text, detect_language, is_plausible_arabic, read_html, read_table
from .sources import find_sources, source_mentions
from .streaming import CorpusStream, iter_corpus, measure_stream
from .synth import generate_articles, write_corpus
from .export import export_corpus
from .display import RtlTable, render_table, show_table, use_rtl_tables
from .terms import Stopwords, collocations, distinctive_terms, load_stopwords, term_frequencies, term_occurrences
from .tokenize import Sentence, Token, TokenArrays, split_sentences, tokenize, tokenize_arrays, tokenize_many, tokens_frame

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "CorpusError",
    "CorpusStream",
    "CorpusWarning",
    "DuplicateIndex",
    "GazetteerError",
    "Quantity",
    "RtlTable",
    "Sentence",
    "Stopwords",
    "Token",
    "TokenArrays",
    "actor_cooccurrence",
    "actor_labels",
    "actor_mentions",
    "casualty_events",
    "casualty_figures",
    "classify_event",
    "clitic_effects",
    "collocations",
    "compare_articles",
    "config",
    "copy_evidence",
    "count_actors",
    "count_actors_by_article",
    "date_mentions",
    "dated_seed_corpus",
    "decode_text",
    "detect_language",
    "distinctive_terms",
    "event_reports",
    "events_as_acled",
    "events_as_ucdp",
    "export_corpus",
    "find_actors",
    "find_casualties",
    "find_dates",
    "find_duplicates",
    "find_numbers",
    "find_sources",
    "find_term",
    "generate_articles",
    "is_plausible_arabic",
    "iter_corpus",
    "kwic",
    "kwic_spans",
    "list_files",
    "load_corpus",
    "load_gazetteer",
    "load_gold",
    "load_sources",
    "load_stop_phrases",
    "load_stopwords",
    "measure_stream",
    "normalization_effects",
    "normalize",
    "normalize_alef",
    "normalize_alef_maksura",
    "normalize_digits",
    "normalize_presentation",
    "normalize_spaces",
    "normalize_teh_marbuta",
    "normalize_with_offsets",
    "number_roles",
    "parse_number",
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
    "plot_memory_growth",
    "plot_terms_by_article",
    "plot_throughput",
    "plot_top_terms",
    "read_html",
    "read_table",
    "read_text",
    "remove_diacritics",
    "remove_invisibles",
    "remove_tatweel",
    "render_table",
    "resolve_date",
    "score_casualties",
    "score_sets",
    "segment_articles",
    "show_table",
    "source_mentions",
    "split_clitics",
    "split_sentences",
    "term_frequencies",
    "term_occurrences",
    "tokenize",
    "tokenize_arrays",
    "tokenize_many",
    "tokens_frame",
    "use_rtl_tables",
    "write_corpus",
]
