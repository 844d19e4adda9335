"""Property-based tests: what must hold for *any* text, not only the seeds.

Hypothesis generates text mixing Arabic letters, diacritics, tatweel, Arabic
and Persian digits, presentation forms, bidi controls, ZWJ/ZWNJ, no-break
spaces, sentence punctuation, Latin and arbitrary Unicode (lone surrogates
excluded: they cannot come out of a decoded file), plus very long lines.
Runs are derandomized (the same examples on every run and in CI) and kept
small enough for the whole suite to stay fast.

The finders written on other branches (actors, casualties, number words) are
tested here only when their module exists (``pytest.importorskip`` inside the
test), so this file runs before and after they are merged.
"""

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import libyanews as ln
from libyanews.corpus import _article_rows
from libyanews.normalize import DIACRITICS, INVISIBLES, SPACES, TATWEEL

PROPERTY = settings(deadline=None, max_examples=200, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(PROPERTY, max_examples=25)

_SPECIAL = (
    DIACRITICS + TATWEEL + INVISIBLES + SPACES
    + "\u200c\u200d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"  # ZWNJ/ZWJ, bidi controls
    + ".!?\u061f\u061b\u060c:\"'\u201c\u201d\u00ab\u00bb()[]-/\n\r\t "
    + "0123456789\u0660\u0661\u0662\u0669\u06f0\u06f4\u066b\u066c"
    + "\ufefb\ufef7\ufdf2\ufe8d\ufe91"  # presentation forms (لا لأ الله ا ب)
    + "\u0301\u0327\u20dd"  # Latin combining marks
)
_CHARS = st.one_of(
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),   # Arabic letters
    st.sampled_from(_SPECIAL),
    st.characters(exclude_categories=("Cs",)),                    # anything else but lone surrogates
)
texts = st.text(_CHARS, max_size=300)
words = st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=8)
#: Long single lines: a short chunk without line breaks repeated many times.
long_lines = st.builds(lambda chunk, n: chunk * n,
                       st.text(_CHARS, min_size=1, max_size=40).map(lambda t: t.replace("\n", " ").replace("\r", " ")),
                       st.integers(200, 1500))
norm_options = st.fixed_dictionaries({
    step: st.booleans()
    for step in ("diacritics", "tatweel", "invisibles", "presentation", "alef", "alef_maksura", "teh_marbuta", "digits", "spaces")
})

SEED_LINE = "وقتل على إثره ستة على الأقل من المقاتلين الحكوميين فيما أصيب 12 بجروح، وفقا لمصادر طبية."


def _check_tokens(text: str, clitics: bool) -> None:
    prev_end = 0
    for tok in ln.tokenize(text, clitics=clitics):
        assert text[tok.start:tok.end] == tok.surface
        assert prev_end <= tok.start < tok.end <= len(text)
        assert tok.kind in {"word", "number", "punct", "clitic"}
        prev_end = tok.end


@PROPERTY
@given(texts, st.booleans())
@example(SEED_LINE, True)
@example("للقوات والدواعش بالكامل", True)
@example("ﻷن لِلْقُوّات\u200cالحكومية", True)
def test_token_offsets_always_slice_the_input(text, clitics):
    _check_tokens(text, clitics)


@LONG
@given(long_lines, st.booleans())
def test_token_offsets_on_very_long_lines(text, clitics):
    _check_tokens(text, clitics)


@PROPERTY
@given(texts, norm_options)
@example("أَعلنتْ قوات ﻷ ٤٠٠\u00a0ـ", {})
def test_normalize_is_idempotent(text, options):
    once = ln.normalize(text, **options)
    assert ln.normalize(once, **options) == once


@PROPERTY
@given(texts, norm_options, st.data())
def test_offset_map_takes_every_normalized_span_back_into_the_text(text, options, data):
    norm, offsets = ln.normalize_with_offsets(text, **options)
    assert norm == ln.normalize(text, **options)
    s = data.draw(st.integers(0, len(norm)))
    e = data.draw(st.integers(s, len(norm)))
    start, end = offsets.span(s, e)
    assert 0 <= start <= end <= len(text)
    if s < e:  # the verbatim span normalizes to a text that contains the normalized span
        assert norm[s:e] in ln.normalize(text[start:end], **options)


def _check_sentences(text: str) -> None:
    prev_end = 0
    for sent in ln.split_sentences(text):
        assert text[sent.start:sent.end] == sent.text
        assert prev_end <= sent.start < sent.end <= len(text)
        assert sent.text == sent.text.strip()
        prev_end = sent.end


@PROPERTY
@given(texts)
def test_sentences_always_slice_the_input(text):
    _check_sentences(text)


@LONG
@given(long_lines)
def test_sentences_on_very_long_lines(text):
    _check_sentences(text)


@PROPERTY
@given(st.lists(st.one_of(texts, st.sampled_from(["المصدر : وكالات", "تحديث: 19:57 تغ", SEED_LINE, ""])), max_size=8))
def test_loaded_articles_are_verbatim_slices_of_the_file(lines):
    text = "\n".join(lines)
    for row in _article_rows("f.txt", "f", text):
        assert text[row["offset"]:row["offset"] + row["n_chars"]] == row["text"]
        assert row["lang"] in {"ar", "en", "other"}


@PROPERTY
@given(texts)
def test_decoding_unicode_files_never_changes_the_text(text):
    for data in (text.encode("utf-8"), text.encode("utf-8-sig"), codecs.BOM_UTF16_LE + text.encode("utf-16-le")):
        try:
            decoded = ln.decode_text(data)
        except ln.CorpusError as exc:  # empty, no letters, or control bytes: said, not guessed
            assert exc.reason.startswith(("empty file", "no letters or digits", "binary content"))
        else:
            assert decoded.text == text


@PROPERTY
@given(texts, words)
def test_find_term_spans_are_in_bounds(text, term):
    for start, end in ln.find_term(text, term):
        assert 0 <= start < end <= len(text)


# --- finders from other branches: run once they are merged ------------------------
# Each module is imported by a module-scoped fixture: a test is skipped when its
# module is missing from this checkout, the other tests of this file still run.


def _module_of_this_checkout(name: str):
    module = pytest.importorskip(f"libyanews.{name}")
    # an editable install of another checkout can serve a submodule this one lacks
    if Path(ln.__file__).parent not in Path(module.__file__).parents:  # a module or a subpackage
        pytest.skip(f"libyanews.{name} is not part of this checkout")
    return module


@pytest.fixture(scope="module")
def actors():
    return _module_of_this_checkout("actors")


@pytest.fixture(scope="module")
def casualties():
    return _module_of_this_checkout("casualties")


@pytest.fixture(scope="module")
def numbers():
    return _module_of_this_checkout("numbers")


def _check_findings(frame, text: str, columns: set[str]) -> None:
    assert columns <= set(frame.columns)
    for rec in frame.itertuples(index=False):
        assert 0 <= rec.start < rec.end <= len(text)


@PROPERTY
@given(text=st.one_of(texts, long_lines.map(lambda t: t[:20000])))
@example(text=SEED_LINE)
def test_find_actors_never_raises_and_stays_in_bounds(actors, text):
    _check_findings(actors.find_actors(text), text, {"start", "end"})


@PROPERTY
@given(text=st.one_of(texts, long_lines.map(lambda t: t[:20000])))
@example(text=SEED_LINE)
@example(text="قُتِلَ ٤٠٠ وأصيب العشرات\u200f، ولم تسفر الغارة عن إصابات")
def test_find_casualties_never_raises_and_stays_in_bounds(casualties, text):
    found = casualties.find_casualties(text)
    _check_findings(found, text, {"start", "end", "evidence"})
    for evidence in found["evidence"]:
        assert evidence in text  # the evidence sentence is verbatim


# The range of libyanews.numbers (0-999,999: casualty figures; مليون is out of its scope).
# num2words 0.5.14 garbles 101,000-101,999, 201,000-201,999, ... as "مائة و ألف ألف ..."
# ("a hundred and a thousand thousand"), which no reader would parse: those are left out.
@settings(PROPERTY, max_examples=300)
@given(n=st.integers(0, 999_999))
@example(n=0)
@example(n=1)
@example(n=2)
@example(n=11)
@example(n=12)
@example(n=200)
@example(n=2000)
@example(n=111_000)
@example(n=999_999)
def test_number_words_round_trip_through_num2words(numbers, n):
    from num2words import num2words

    words = num2words(n, lang="ar")
    assume("ألف ألف" not in words)
    assert numbers.parse_number(words) == n


def test_num2words_still_garbles_a_hundred_and_one_thousand():
    """If this fails, num2words was fixed: drop the exclusion above."""
    from num2words import num2words

    assert num2words(101_000, lang="ar") == "مائة و ألف ألف"
