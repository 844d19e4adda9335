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
