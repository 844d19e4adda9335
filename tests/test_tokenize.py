"""Tokens and sentences: offsets always slice the verbatim text."""

import pytest

from libyanews.tokenize import split_sentences, tokenize, tokens_frame
from tests.conftest import SEED_FILES


@pytest.mark.parametrize("clitics", [False, True])
@pytest.mark.parametrize("name", SEED_FILES)
def test_offsets_round_trip_on_every_seed(seed_texts, name, clitics):
    text = seed_texts[name]
    tokens = tokenize(text, clitics=clitics)
    assert tokens
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.surface
    # tokens are in order and do not overlap
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    # nothing but spaces and invisible marks falls between tokens
    covered = set()
    for tok in tokens:
        covered.update(range(tok.start, tok.end))
    assert all(text[i].isspace() or text[i] in "\ufeff\u200f\u200e" for i in range(len(text)) if i not in covered)


def test_kinds_and_normalized_forms():
    toks = tokenize("أعلنت قوات الوفاق مقتل ١٥ عنصرا، و1,500 جريح.")
    assert [(t.norm, t.kind) for t in toks] == [
        ("اعلنت", "word"), ("قوات", "word"), ("الوفاق", "word"), ("مقتل", "word"),
        ("15", "number"), ("عنصرا", "word"), ("،", "punct"), ("و", "word"),
        ("1,500", "number"), ("جريح", "word"), (".", "punct"),
    ]


def test_diacritics_and_tatweel_stay_inside_the_word():
    toks = tokenize("قُتِلَ الليبيــة")
    assert [t.surface for t in toks] == ["قُتِلَ", "الليبيــة"]
    assert [t.norm for t in toks] == ["قتل", "الليبية"]


def test_time_and_date_are_separate_numbers():
    assert [t.surface for t in tokenize("تحديث: 19:57 تغ")] == ["تحديث", ":", "19", ":", "57", "تغ"]


@pytest.mark.parametrize(
    "text, pieces",
    [
        # clitic examples taken from the seeds
        ("وقتل", ["و", "قتل"]),                      # 000: وقتل على إثره
        ("للقوات", ["ل", "ال", "قوات"]),              # 002: تقاتل قوات البرلمان / للقوات
        ("لقوات", ["ل", "قوات"]),                    # 000: المركز الإعلامي لقوات حكومة
        ("بالدبابات", ["ب", "ال", "دبابات"]),         # 000
        ("وداعش", ["و", "داعش"]),
        ("بغارات", ["ب", "غارات"]),                  # 000: استهدف بغارات
        ("والخميس", ["و", "ال", "خميس"]),             # 000
        ("بجروح", ["ب", "جروح"]),                    # 000: أصيب 12 بجروح
        ("وأضاف", ["و", "أضاف"]),
        ("للأمم", ["ل", "ال", "أمم"]),
        ("الدولة", ["ال", "دولة"]),
        # the rest is not a word: no split
        ("وزير", ["وزير"]),
        ("وكالة", ["وكالة"]),
        ("ليبيا", ["ليبيا"]),
        ("فيسبوك", ["فيسبوك"]),
        ("بنغازي", ["بنغازي"]),
        ("كان", ["كان"]),
        ("الله", ["الله"]),
        ("الذي", ["الذي"]),
        ("آليات", ["آليات"]),                        # 000: 3 آليات عسكرية
    ],
)
def test_clitic_splitting(text, pieces):
    toks = tokenize(text, clitics=True)
    assert [t.norm for t in toks] == [__import__("libyanews").normalize(p) for p in pieces]
    assert "".join(t.surface for t in toks) == text
    assert [t.kind for t in toks] == ["clitic"] * (len(pieces) - 1) + ["word"]


def test_clitic_split_lets_counting_see_the_stem():
    words = [t.norm for t in tokenize("القوات للقوات وقوات لقوات", clitics=True) if t.kind == "word"]
    assert words == ["قوات"] * 4


def test_clitic_offsets_keep_diacritics_with_their_letter():
    text = "وَلِلْقُوّاتِ"
    toks = tokenize(text, clitics=True)
    assert [t.surface for t in toks] == ["وَ", "لِ", "لْ", "قُوّاتِ"]
    assert [t.norm for t in toks] == ["و", "ل", "ال", "قوات"]


def test_tokens_frame_columns():
    frame = tokens_frame("قتل 6 مقاتلين")
    assert list(frame.columns) == ["surface", "norm", "start", "end", "kind"]
    assert frame["kind"].tolist() == ["word", "number", "word"]


def test_split_sentences_on_punctuation_and_line_breaks():
    text = "قتل 6 مقاتلين. وأصيب 12 بجروح؟ قال المتحدث: \"حررناها\".\nتحديث: 19:57 تغ\n\nليبيا.. قوات الوفاق تتقدم؛ والقتال مستمر!"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "قتل 6 مقاتلين.",
        "وأصيب 12 بجروح؟",
        "قال المتحدث: \"حررناها\".",
        "تحديث: 19:57 تغ",
        "ليبيا..",
        "قوات الوفاق تتقدم؛",
        "والقتال مستمر!",
    ]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_split_sentences_keeps_decimals_and_abbreviations():
    text = "Fighters allied with the U.N.-backed government, July 31, 2016. ارتفع المؤشر 3.5 نقطة."
    assert [s.text for s in split_sentences(text)] == [
        "Fighters allied with the U.N.-backed government, July 31, 2016.",
        "ارتفع المؤشر 3.5 نقطة.",
    ]


@pytest.mark.parametrize("name", SEED_FILES)
def test_sentences_cover_every_word_of_the_seeds(seed_texts, name):
    text = seed_texts[name]
    sents = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sents)
    inside = set()
    for s in sents:
        inside.update(range(s.start, s.end))
    for tok in tokenize(text):
        if tok.kind != "punct":
            assert tok.start in inside, tok


# --- columnar tokens (tokenize_arrays, tokenize_many) ------------------------

import sys  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from libyanews.tokenize import KINDS, tokenize_arrays, tokenize_many  # noqa: E402
from tests.test_properties import PROPERTY, norm_options, texts  # noqa: E402

_tok = sys.modules["libyanews.tokenize"]  # the module (libyanews.tokenize is also a function)


def _as_rows(arrays):
    return list(zip(arrays.norms, arrays.starts.tolist(), arrays.ends.tolist(), [KINDS[k] for k in arrays.kinds]))


def _regex_rows(text, **opts):
    return [(t.norm, t.start, t.end, t.kind) for t in _tok._regex_tokens(text, opts)]


@pytest.mark.parametrize("text", [
    "أعلنت قوات الوفاق مقتل ١٥ عنصرا، و1,500 جريح.",      # separators inside and after numbers
    "قُتِلَ الليبيــة ٣٫٥ كم",                               # diacritics and tatweel deleted, Arabic decimal
    "عناصر «داعش»... 1..2 ,5 5, _x_",                      # runs of punctuation, separators not between digits
    "Haftar's LNA (الجيش الوطني) jämför Путин",             # Latin, Latin-1 letters, Cyrillic
    "aжb жa ʼقتل",                                          # a listed letter then another script: two words
    "²÷ ж÷a a÷ж×ʼ ﴾قتل﴿",                                   # listed non-letters (÷ ×) end another script's word
    "ﻷن الله ﷲ",                                            # presentation forms: one-to-many, regex path
    "داعش\u200fوقتل \u200cقوات\u200d 😀 مقاتلين",           # invisibles, ZWNJ/ZWJ, an emoji beyond the BMP
    "", "   \n\t ", "\ufeff",
])
@pytest.mark.parametrize("opts", [{}, {"teh_marbuta": True}, {"diacritics": False, "digits": False, "alef": False}])
def test_columnar_tokens_equal_the_regex_tokens(text, opts):
    assert _as_rows(tokenize_arrays(text, **opts)) == _regex_rows(text, **opts)
    assert [(t.norm, t.start, t.end, t.kind) for t in tokenize(text, **opts)] == _regex_rows(text, **opts)


@PROPERTY
@given(texts, norm_options)
def test_columnar_tokens_equal_the_regex_tokens_on_any_text(text, opts):
    assert _as_rows(tokenize_arrays(text, **opts)) == _regex_rows(text, **opts)


@PROPERTY
@given(st.text(st.sampled_from("قa÷×²ʼж﴾ـ\u064e1,. "), max_size=20))
def test_columnar_words_switch_scripts_as_the_regex_does(text):
    assert _as_rows(tokenize_arrays(text)) == _regex_rows(text)


@PROPERTY
@given(st.lists(texts, max_size=6), st.booleans())
def test_tokenize_many_equals_one_text_at_a_time(batch, teh_marbuta):
    many = tokenize_many(batch, teh_marbuta=teh_marbuta)
    assert [_as_rows(a) for a in many] == [_regex_rows(t, teh_marbuta=teh_marbuta) for t in batch]


def test_tokenize_many_cuts_large_batches_into_chunks(seed_texts, monkeypatch):
    monkeypatch.setattr(_tok, "_CHUNK_CHARS", 5000)  # several chunks over the seeds
    batch = list(seed_texts.values()) * 3
    assert [_as_rows(a) for a in tokenize_many(batch)] == [_regex_rows(t) for t in batch]


def test_character_classes_follow_the_token_regex_for_every_bmp_character():
    classes = _tok._class_table()
    expected = {"word": (_tok._LETTER, _tok._OTHER_LETTER, _tok._LISTED_ONLY), "number": (_tok._DIGIT, _tok._SEPARATOR),
                "punct": (_tok._PUNCT, _tok._SEPARATOR)}
    for code in range(0x10000):
        ch = chr(code)
        match = _tok._TOKEN_RE.match(ch)
        if match is None:
            assert classes[code] == _tok._SPACE, hex(code)
        else:
            assert classes[code] in expected[match.lastgroup], hex(code)


def test_long_texts_take_the_columnar_path_and_give_the_regex_tokens(seed_texts):
    for text in seed_texts.values():
        assert len(text) >= _tok._COLUMNS_MIN
        assert _tok._columns(text, _tok._options()) is not None  # the path taken
        assert tokenize(text) == _tok._regex_tokens(text, {})
        assert tokenize(text, teh_marbuta=True) == _tok._regex_tokens(text, {"teh_marbuta": True})
