"""Arabic in plots: the font is installed, and both shaping paths behave."""

import unicodedata

import matplotlib.pyplot as plt
import pytest

import libyanews.plotting as plotting


def test_bundled_arabic_font_is_registered_and_first():
    names = {f.name for f in plotting.font_manager.fontManager.ttflist}
    assert plotting.ARABIC_FONT in names
    assert plotting.matplotlib.rcParams["font.family"][0] == plotting.ARABIC_FONT


def test_font_covers_arabic_letters():
    from matplotlib.ft2font import FT2Font

    font = FT2Font(plotting._font_path())
    assert all(font.get_char_index(ord(c)) for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى٠١٢")


def test_this_matplotlib_shapes_arabic_itself():
    # matplotlib 3.11 (pinned) lays out text with libraqm.
    assert plotting.renderer_shapes_arabic() is True


def test_shaping_renderer_gets_the_text_unchanged(monkeypatch):
    monkeypatch.setattr(plotting, "renderer_shapes_arabic", lambda: True)
    assert plotting.ar("قوات الوفاق") == "قوات الوفاق"


def test_non_shaping_renderer_gets_joined_letters_in_visual_order(monkeypatch):
    monkeypatch.setattr(plotting, "renderer_shapes_arabic", lambda: False)
    out = plotting.ar("سرت")
    names = [unicodedata.name(c) for c in out]
    # visual (left-to-right) order: ت first, ر, then initial س
    assert names == ["ARABIC LETTER TEH ISOLATED FORM", "ARABIC LETTER REH FINAL FORM",
                     "ARABIC LETTER SEEN INITIAL FORM"]


def test_capability_check_says_no_when_layout_is_unavailable(monkeypatch):
    import matplotlib._text_helpers as helpers

    plotting.renderer_shapes_arabic.cache_clear()
    monkeypatch.setattr(helpers, "layout", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("no raqm")))
    try:
        assert plotting.renderer_shapes_arabic() is False
    finally:
        plotting.renderer_shapes_arabic.cache_clear()


def test_ltr_isolate_keeps_ids_in_order_inside_arabic_labels():
    assert plotting.ltr("000_x#1") == "\u2066000_x#1\u2069"


def test_article_length_plot_is_labelled_in_both_languages(corpus):
    ax = plotting.plot_article_lengths(corpus)
    assert "طول المقالات" in ax.get_title() and "Article length" in ax.get_title()
    assert "words" in ax.get_xlabel() and "الكلمات" in ax.get_xlabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(corpus)
    assert any("003_d9f07bdb5968e1f1#2" in lab for lab in labels)
    heights = sorted(p.get_width() for p in ax.patches)
    assert heights == sorted(corpus["n_tokens"].tolist())
    plt.close(ax.figure)


def test_actor_count_plot_has_bilingual_bars_with_the_counts(corpus):
    import libyanews as ln

    mentions = ln.actor_mentions(corpus)
    counts = ln.count_actors(mentions)
    ax = plotting.plot_actor_counts(mentions)
    assert "Mentions per actor" in ax.get_title() and "الإشارات" in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == plotting.bilingual("حكومة الوفاق", "GNA")  # most mentioned at the top
    assert [p.get_width() for p in ax.patches][::-1] == counts["mentions"].tolist()
    plt.close(ax.figure)


def test_actor_heatmap_shows_the_article_table(corpus):
    import libyanews as ln

    mentions = ln.actor_mentions(corpus)
    table = ln.count_actors_by_article(mentions, corpus)
    ax = plotting.plot_actor_heatmap(mentions, corpus)
    assert (ax.images[0].get_array() == table.to_numpy()).all()
    assert len(ax.get_yticklabels()) == len(table) == corpus["duplicate_of"].isna().sum()
    assert "article" in ax.get_ylabel() and "المقالة" in ax.get_ylabel()
    plt.close(ax.figure)


def test_cooccurrence_plot_keeps_pairs_off_the_diagonal(corpus):
    import libyanews as ln

    matrix = ln.actor_cooccurrence(corpus)
    ax = plotting.plot_cooccurrence(matrix)
    shown = ax.images[0].get_array()
    assert shown[0, 0] == 0 and shown[0, 1] == matrix.iloc[0, 1]
    assert "sentence" in ax.get_title() and "الجملة" in ax.get_title()
    assert [t.get_text() for t in ax.get_xticklabels()][0] == plotting.bilingual("حكومة الوفاق", "GNA")
    plt.close(ax.figure)


# --- casualties ---


@pytest.fixture(scope="module")
def casualty_events(corpus):
    import libyanews as ln

    return ln.casualty_events(corpus)


def _bar_values(ax):
    return sorted(int(p.get_width()) for p in ax.patches if p.get_width())


def test_casualties_by_article_sums_single_events(corpus, casualty_events):
    ax = plotting.plot_casualties_by_article(casualty_events, corpus)
    assert "Casualties of single events per article" in ax.get_title() and "ضحايا" in ax.get_title()
    assert "people" in ax.get_xlabel() and "الأشخاص" in ax.get_xlabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == corpus["duplicate_of"].isna().sum()      # every original article, 004 too
    single = casualty_events[~casualty_events["cumulative"]]
    expected = single.groupby(["article_id", "kind"])["best"].sum()
    assert _bar_values(ax) == sorted(int(v) for v in expected)
    assert 401 not in _bar_values(ax)                                # cumulative totals left out
    plt.close(ax.figure)


def test_casualties_by_victim_uses_actor_labels(casualty_events):
    ax = plotting.plot_casualties_by_victim(casualty_events)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("GNA" in lab and "الوفاق" in lab for lab in labels)
    assert any("ISIS" in lab for lab in labels)
    assert "victim" in ax.get_title()
    plt.close(ax.figure)


def test_event_ranges_draw_one_row_per_single_event(casualty_events):
    ax = plotting.plot_event_ranges(casualty_events)
    single = casualty_events[~casualty_events["cumulative"]]
    assert len(ax.get_yticklabels()) == len(single)
    assert "Range of the tolls" in ax.get_title() and "مدى" in ax.get_title()
    # the Benghazi bombing: a line from 15 to 23
    lines = [tuple(line.get_xdata()) for line in ax.get_lines() if len(line.get_xdata()) == 2]
    assert (15, 23) in lines
    plt.close(ax.figure)


def test_casualty_plots_reject_other_tables(corpus):
    with pytest.raises(ValueError, match="casualty_events"):
        plotting.plot_event_ranges(corpus)
# --- the capability check and the fallback path, in depth ---------------------

import itertools  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import pandas as pd  # noqa: E402

import libyanews as ln  # noqa: E402

# Labels of the kinds the notebooks draw: titles, bilingual axis labels with
# Latin inside the Arabic half, article ids inside headlines, brackets,
# guillemets, numbers, the lam-alef ligature.
LABELS = [
    "سرت",
    "قوات حكومة الوفاق الوطني",
    plotting.bilingual("طول المقالات", "Article length"),
    plotting.bilingual("وزن " + plotting.ltr("TF-IDF"), "TF-IDF weight"),
    plotting.bilingual("نسبة الأرجحية G²", "log-likelihood G²"),
    "ليبيا تضم أكبر مخزون… " + plotting.ltr("[000_0e1083c9c33184de#2]"),
    "مدينة سرت (450 كلم شرق طرابلس)",
    "عملية «بركان الغضب»",
    "لا قبل لكم بما جئناكم به",
    "قتل 23 شخصا، وأصيب 1,500 [تحديث]",
]


def _fake_layout(items_by_text):
    def layout(text, font, **kwargs):
        return iter(items_by_text[text])
    return layout


def _item(char, glyph, x, field="glyph_index"):
    return SimpleNamespace(char=char, x=x, **{field: glyph})


def test_capability_check_wants_right_to_left_order_not_just_joined_glyphs(monkeypatch):
    import matplotlib._text_helpers as helpers

    # joined glyphs, but ب drawn left of ت: shaping without bidi reordering
    fake = _fake_layout({
        "ب": [_item("ب", 1, 0.0)],
        "ببب": [_item("ب", 2, 0.0), _item("ب", 3, 5.0), _item("ب", 4, 10.0)],
        "بت": [_item("ب", 2, 0.0), _item("ت", 5, 5.0)],
    })
    plotting.renderer_shapes_arabic.cache_clear()
    monkeypatch.setattr(helpers, "layout", fake)
    try:
        assert plotting.renderer_shapes_arabic() is False
    finally:
        plotting.renderer_shapes_arabic.cache_clear()


def test_capability_check_says_no_for_an_old_unshaped_layout(monkeypatch):
    import matplotlib._text_helpers as helpers

    # matplotlib < 3.11: one glyph per character, field glyph_idx, logical order
    fake = _fake_layout({
        "ب": [_item("ب", 7, 0.0, "glyph_idx")],
        "ببب": [_item("ب", 7, x, "glyph_idx") for x in (0.0, 6.0, 12.0)],
        "بت": [_item("ب", 7, 0.0, "glyph_idx"), _item("ت", 8, 6.0, "glyph_idx")],
    })
    plotting.renderer_shapes_arabic.cache_clear()
    monkeypatch.setattr(helpers, "layout", fake)
    try:
        assert plotting.renderer_shapes_arabic() is False
    finally:
        plotting.renderer_shapes_arabic.cache_clear()


def _drawn(text):
    """The characters matplotlib's libraqm layout draws, left to right: bidi
    controls left out, a mirrored bracket read as the glyph drawn, runs of one
    character (a letter drawn as base + dots) collapsed."""
    from matplotlib import _text_helpers
    from matplotlib.ft2font import FT2Font

    font = FT2Font(plotting._font_path())
    font.set_size(12, 72)
    out = []
    for item in sorted(_text_helpers.layout(text, font), key=lambda i: i.x):
        ch = item.char
        if ord(ch) in plotting._BIDI_CONTROLS:
            continue
        if unicodedata.mirrored(ch) and item.ft_object.get_char_index(ord(ch)) != item.glyph_index:
            ch = {g: chr(c) for c, g in item.ft_object.get_charmap().items()}[item.glyph_index]
        out.append(ch)
    return "".join(k for k, _ in itertools.groupby(out))


def _fallback_drawn(text):
    """What a renderer that neither shapes nor reorders draws from ar() on the
    fallback path: to_visual's characters as given, presentation forms read as
    their letters (a ligature's letters in visual order)."""
    def letters(ch):
        if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF:
            return unicodedata.normalize("NFKC", ch)[::-1]
        return ch
    return "".join(k for k, _ in itertools.groupby("".join(map(letters, plotting.to_visual(text)))))


@pytest.mark.parametrize("label", LABELS)
def test_fallback_path_draws_what_the_shaping_renderer_draws(label):
    assert _fallback_drawn(label) == _drawn(label)


@pytest.mark.parametrize("label", LABELS)
def test_reshaping_on_top_of_a_shaping_renderer_would_mirror_the_text(label):
    # Why ar() passes text through here: reshape+bidi on top of libraqm reorders twice.
    assert _drawn(plotting.to_visual(label)) != _drawn(label)


@pytest.mark.parametrize("label", LABELS)
def test_fallback_text_has_joined_letters_no_controls_and_a_glyph_for_everything(label):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    out = plotting.to_visual(label)
    assert not any(0x0621 <= ord(c) <= 0x064A for c in out)   # every letter a contextual form
    assert not any(ord(c) in plotting._BIDI_CONTROLS for c in out)
    fonts = [FT2Font(plotting._font_path()), FT2Font(font_manager.findfont("DejaVu Sans"))]
    assert all(any(f.get_char_index(ord(c)) for f in fonts) for c in out if not c.isspace())


def test_fallback_mirrors_brackets_in_right_to_left_runs():
    # "سرت (شرق)" drawn left to right must show "(شرق) سرت": "(" leftmost.
    out = plotting.to_visual("سرت (شرق)")
    assert out[0] == "(" and out.index(")") < out.index(" ")
    assert plotting.to_visual("abc (x)") == "abc (x)"          # Latin is left alone


def test_bilingual_label_keeps_english_in_order_after_latin_ending_arabic():
    label = plotting.bilingual("وزن " + plotting.ltr("TF-IDF"), "TF-IDF weight")
    assert _drawn(label).startswith("TF-IDF weight / TF-IDF ")


def test_short_ids_for_seed_style_ids_only():
    assert plotting.short_id("003_d9f07bdb5968e1f1#2") == "003#2"
    assert plotting.short_id("aljazeera-2016#1") == "aljazeera-2016#1"


# --- term plots ------------------------------------------------------------------


def test_top_terms_plot_shows_the_counts_most_frequent_first(corpus):
    freqs = ln.term_frequencies(corpus)
    ax = plotting.plot_top_terms(freqs, n=10)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[::-1] == freqs["surface"].head(10).tolist()       # top of the chart = first row
    assert [p.get_width() for p in ax.patches][::-1] == freqs["count"].head(10).tolist()
    assert "Most frequent terms" in ax.get_title() and "أكثر الكلمات" in ax.get_title()
    assert "occurrences" in ax.get_xlabel() and "term" in ax.get_ylabel()
    plt.close(ax.figure)


def test_top_terms_plot_marks_terms_from_a_single_article(corpus):
    freqs = ln.term_frequencies(corpus, ngram=2)
    ax = plotting.plot_top_terms(freqs, n=15)
    rows = freqs.head(15).iloc[::-1]
    colors = [p.get_facecolor() for p in ax.patches]
    single = rows["n_articles"].eq(1).tolist()
    assert any(single) and len({c for c, s in zip(colors, single) if s}) == 1
    assert {c for c, s in zip(colors, single) if s}.isdisjoint({c for c, s in zip(colors, single) if not s})
    assert ax.get_legend() is not None and "word pair" in ax.get_ylabel()
    plt.close(ax.figure)


def test_heat_map_cells_are_the_per_article_counts(corpus):
    per_article = ln.term_frequencies(corpus, by="article")
    ax = plotting.plot_terms_by_article(per_article, n=8, corpus=corpus)
    matrix = ax.images[0].get_array()
    top = ln.term_frequencies(corpus).head(8)
    articles = corpus.loc[corpus["duplicate_of"].isna(), "article_id"].tolist()
    lookup = per_article.set_index(["term", "article_id"])["count"]
    expected = [[lookup.get((t, a), 0) for a in articles] for t in top["term"]]
    assert matrix.tolist() == expected
    assert [t.get_text() for t in ax.get_yticklabels()] == top["surface"].tolist()
    assert [t.get_text() for t in ax.get_xticklabels()] == [plotting.short_id(a) for a in articles]
    plt.close(ax.figure)


def test_distinctive_terms_plot_has_one_panel_per_article(corpus):
    distinct = ln.distinctive_terms(corpus, top_n=4)
    fig = plotting.plot_distinctive_terms(distinct, corpus=corpus, top_n=4)
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert len(panels) == distinct["article_id"].nunique() == 7
    first = distinct[distinct["article_id"] == distinct["article_id"].iloc[0]]
    assert [p.get_width() for p in panels[0].patches][::-1] == pytest.approx(first["tfidf"].tolist())
    assert "Distinctive terms" in fig.get_suptitle()
    plt.close(fig)


def test_collocation_plot_draws_the_chosen_measure(corpus):
    colls = ln.collocations(corpus)
    ax = plotting.plot_collocations(colls, n=5, measure="pmi")
    top = colls.sort_values(["pmi", "count", "term"], ascending=[False, False, True]).head(5)
    assert [p.get_width() for p in ax.patches][::-1] == pytest.approx(top["pmi"].tolist())
    assert "PMI" in ax.get_xlabel()
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="measure"):
        plotting.plot_collocations(colls, measure="dice")


def test_empty_charts_say_no_data_without_warnings(corpus):
    # A report on a corpus where nobody is named and no figure is reported.
    import warnings

    import libyanews as ln

    calm = corpus[corpus["article_id"] == "004_f0c76394ef16e3ea#1"].assign(text="عقد المجلس البلدي اجتماعا")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        heat = plotting.plot_actor_heatmap(ln.actor_mentions(calm), calm)
        bars = plotting.plot_casualties_by_article(ln.casualty_events(ln.casualty_figures(calm)), calm)
    for ax in (heat, bars):
        assert any("no data" in t.get_text() for t in ax.texts)
    plt.close("all")


def test_scale_figures_are_labelled_in_both_languages():
    import pandas as pd

    timings = pd.DataFrame({"step": ["actor_mentions", "all steps"], "seconds": [1.0, 3.0],
                            "Mchar/s": [4.0, 1.3], "articles/s": [2000, 700]})
    growth = pd.DataFrame({"articles": [500, 1000], "batch_mb": [2.0, 2.0], "all_batches_mb": [2.0, 4.1],
                           "index_mb": [9.0, 11.5], "resident_mb": [400.0, 410.0]})
    for ax, arabic, english in [(plotting.plot_throughput(timings), "سرعة كل خطوة", "Throughput per step"),
                                (plotting.plot_memory_growth(growth), "الذاكرة مع نمو المدونة", "Memory as the corpus grows")]:
        assert arabic in ax.get_title() and english in ax.get_title()
        assert ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")


# --- events over time and across outlets (notebook 06) ---------------------------------------


@pytest.fixture(scope="module")
def dated_events():
    return ln.casualty_events(ln.dated_seed_corpus())


def test_event_timeline_puts_dated_single_events_on_a_time_axis(dated_events):
    ax = plotting.plot_event_timeline(dated_events)
    single = dated_events[~dated_events["cumulative"]]
    markers = [c for c in ax.collections if len(c.get_offsets())]
    assert len(markers) == len(single)
    assert "Events over time" in ax.get_title() and "الأحداث" in ax.get_title()
    assert "event date" in ax.get_xlabel() and "تاريخ" in ax.get_xlabel() and "people" in ax.get_ylabel()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("GNA" in t for t in legend) and any("killed" in t for t in legend)
    plt.close(ax.figure)
    undated = plotting.plot_event_timeline(ln.casualty_events(ln.load_corpus()))
    assert "undated" in undated.get_title() and "دون تاريخ" in undated.get_title()
    plt.close(undated.figure)


def test_event_reports_show_each_outlet_of_events_told_by_several(dated_events):
    ax = plotting.plot_event_reports(dated_events)
    told = dated_events[(dated_events["n_sources"] >= 2) & ~dated_events["cumulative"]]
    assert len(ax.get_yticklabels()) == len(told) == 2
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"afp", "medical"} <= set(legend)
    values = sorted(float(x) for c in ax.collections for x, _ in c.get_offsets())
    assert 23.0 in values and values.count(15.0) >= 2     # AP's 23, AFP's and the spokesman's 15
    assert "outlet" in ax.get_title() and "وسيلة" in ax.get_title()
    plt.close(ax.figure)
