"""Normalization: each step, the defaults, idempotence, and the offset map."""

import pytest

from libyanews.normalize import (
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
from tests.conftest import SEED_FILES


@pytest.mark.parametrize(
    "step, raw, expected",
    [
        (remove_diacritics, "قُتِلَ", "قتل"),
        (remove_diacritics, "نفّذ", "نفذ"),  # shadda, from seed 001
        (remove_diacritics, "ومُنيت", "ومنيت"),  # damma, from seed 001
        (remove_diacritics, "ونُفذ", "ونفذ"),  # from seed 003
        (remove_diacritics, "هٰذا", "هذا"),  # dagger alef
        (remove_diacritics, "شهيداً", "شهيدا"),  # tanween
        (remove_tatweel, "الليبيــــة", "الليبية"),
        (remove_invisibles, "داعش\u200f", "داعش"),
        (remove_invisibles, "\ufeffسرت", "سرت"),
        (normalize_presentation, "ﻻ", "لا"),
        (normalize_alef, "أعلنت إدارة آمر ٱلعمليات", "اعلنت ادارة امر العمليات"),
        (normalize_alef_maksura, "على مستشفى", "علي مستشفي"),
        (normalize_alef_maksura, "عیسی", "عيسي"),  # Persian yeh
        (normalize_teh_marbuta, "مدينة سرت", "مدينه سرت"),
        (normalize_digits, "قتل ١١ عنصرا", "قتل 11 عنصرا"),
        (normalize_digits, "۱۵", "15"),
        (normalize_digits, "١٬٥٠٠", "1,500"),
        (normalize_digits, "٣٫٥", "3.5"),
        (normalize_spaces, "سرت\u00a0ليبيا\u202fطرابلس", "سرت ليبيا طرابلس"),
    ],
)
def test_each_step(step, raw, expected):
    assert step(raw) == expected


def test_steps_leave_other_text_alone():
    text = "قوات حكومة الوفاق 2016"
    for step in (remove_diacritics, remove_tatweel, normalize_alef, normalize_digits, normalize_spaces):
        assert step(text) == text


def test_defaults_keep_teh_marbuta_and_map_the_rest():
    assert normalize("أعلنتْ المدينةُ ٨ إصابات على الأقل") == "اعلنت المدينة 8 اصابات علي الاقل"
    assert normalize("المدينة", teh_marbuta=True) == "المدينه"
    assert normalize("أعلنت", alef=False) == "أعلنت"


def test_unknown_option_is_an_error():
    with pytest.raises(TypeError, match="hamza"):
        normalize("سرت", hamza=True)


@pytest.mark.parametrize("name", SEED_FILES)
def test_normalize_is_idempotent_on_seeds(seed_texts, name):
    once = normalize(seed_texts[name], teh_marbuta=True)
    assert normalize(once, teh_marbuta=True) == once


def test_presentation_forms_are_fully_normalized():
    # ﻷ is lam + alef with hamza: the composed table must also normalize the alef.
    assert normalize("ﻷ") == "لا"
    assert normalize(normalize("ﻷ")) == normalize("ﻷ")


@pytest.mark.parametrize(
    "text, needle, surface",
    [
        ("أعلنَ المتحدثُ مقتلَ ٨ مقاتلين", "مقتل", "مقتلَ"),
        ("قُتِلَ ١٥ شخصاً", "15", "١٥"),
        ("الليبيــــة ﻻ", "لا", "ﻻ"),
        ("سرت\u200f\u00a0ليبيا", "ليبيا", "ليبيا"),
    ],
)
def test_offsets_map_matches_back_to_the_verbatim_text(text, needle, surface):
    norm, offsets = normalize_with_offsets(text)
    i = norm.index(needle)
    start, end = offsets.span(i, i + len(needle))
    assert text[start:end] == surface


@pytest.mark.parametrize("name", SEED_FILES)
def test_offset_map_is_monotone_and_in_bounds_on_seeds(seed_texts, name):
    text = seed_texts[name]
    norm, offsets = normalize_with_offsets(text, teh_marbuta=True)
    positions = [offsets.to_original(i) for i in range(len(norm))]
    assert positions == sorted(positions)
    assert all(0 <= p < len(text) for p in positions)
    # every normalized character comes from a verbatim character that normalizes to it
    assert all(norm[i] in normalize(text[p], teh_marbuta=True) for i, p in enumerate(positions))


# --- the array path of long texts --------------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from libyanews.normalize import _ARRAY_MIN, _composed_table, _options  # noqa: E402
from tests.test_properties import PROPERTY, norm_options, texts  # noqa: E402


@PROPERTY
@given(st.lists(texts, min_size=1, max_size=8), norm_options)
def test_long_texts_normalize_as_translate_does(chunks, opts):
    """Texts of _ARRAY_MIN characters and more go through code-point tables;
    the result must be exactly str.translate's (presentation forms, deletions,
    characters beyond the BMP and all)."""
    chunk = "\n".join(chunks) or "قتل"
    text = chunk * (_ARRAY_MIN // len(chunk) + 1)
    assert len(text) >= _ARRAY_MIN
    assert normalize(text, **opts) == text.translate(_composed_table(_options(**opts)))


@pytest.mark.parametrize("name", SEED_FILES)
def test_whole_seed_files_normalize_as_translate_does(seed_texts, name):
    text = seed_texts[name] + " ﻻ 😀 قُتِلَ"
    for opts in ({}, {"teh_marbuta": True}):
        assert normalize(text, **opts) == text.translate(_composed_table(_options(**opts)))
        assert normalize(seed_texts[name], **opts) == seed_texts[name].translate(_composed_table(_options(**opts)))
