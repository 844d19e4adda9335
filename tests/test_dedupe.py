"""Near-duplicate detection over normalized paragraphs."""

from libyanews.dedupe import DuplicateIndex, find_duplicates, paragraphs

STORY = [
    "أعلنت قوات حكومة الوفاق الوطني الليبية، مساء السبت، تنفيذها ضربات جوية ضد قوات خليفة حفتر، أسفرت عن مقتل آمر عمليات سرت سالم درياق، ومعاونه القذافي الصداعي، و8 من عناصرهم.",
    "وجاء ذلك في تصريح للناطق باسم قوات الوفاق محمد قنونو، الذي أضاف إن سلاح الجو التابع للوفاق، استهدف بغارات غرفة عمليات مليشيات خليفة حفتر، في منطقة الوشكة قرب سرت.",
    "وأوضح أن المدفعية استهدفت بدقة، أيضا، مبنى في قصر بن غشير، جنوب طرابلس، يحتمي داخله مرتزقة روس، كانوا يستهدفون الأحياء المدنية.",
]
OTHER = [
    "قالت القوات الأميركية الأربعاء إنها قتلت 11 عنصرا من تنظيم داعش في ضربة جوية أميركية قرب مدينة مرزق جنوب ليبيا.",
    "ونفذ الهجوم الثلاثاء في أعقاب ضربة يوم 19 سبتمبر قالت الولايات المتحدة إنها أسفرت عن مقتل ثمانية عناصر من تنظيم داعش.",
]


def text(paras):
    return "\n\n".join(paras)


def test_exact_copy_is_a_duplicate():
    assert find_duplicates(["a", "b"], [text(STORY), text(STORY)]) == [None, "a"]


def test_robust_to_whitespace_diacritics_punctuation_and_small_edits():
    edited = [
        STORY[0].replace("أعلنت", "أَعلنتْ").replace("،", " ,").replace("السبت", "الأحد"),
        "  " + STORY[1].replace("  ", " ") + "  ",
        STORY[2].replace("ـ", "").replace("الأحياء", "الاحياء") + "\u00a0",
    ]
    assert find_duplicates(["a", "b"], [text(STORY), text(edited)]) == [None, "a"]


def test_different_story_is_not_a_duplicate():
    assert find_duplicates(["a", "b"], [text(STORY), text(OTHER)]) == [None, None]


def test_sharing_one_paragraph_is_not_enough():
    mixed = [STORY[0]] + OTHER
    assert find_duplicates(["a", "b"], [text(STORY), text(mixed)]) == [None, None]


def test_earliest_original_wins_and_chains_collapse():
    index = DuplicateIndex()
    assert index.add("a", text(STORY)) is None
    assert index.add("b", text(STORY)) == "a"
    assert index.add("c", text(STORY[:2])) == "a"  # a shortened reprint


def test_short_lines_are_not_compared():
    assert find_duplicates(["a", "b"], ["ليبيا تضم أكبر", "ليبيا تضم أكبر"]) == [None, None]


def test_paragraphs_are_non_blank_lines():
    assert paragraphs("أ\n\n \u00a0\nب\n") == ["أ", "ب"]


def test_signatures_of_an_article_equal_those_of_its_paragraphs_one_by_one(seed_texts):
    """The article-at-once path (paragraphs hashed together) and the
    paragraph-by-paragraph path give the same signatures and weights."""
    import numpy as np

    from libyanews import dedupe

    for text in seed_texts.values():
        index = DuplicateIndex()
        sigs, weights = index._signatures_of(text)
        one_by_one = []
        for para in paragraphs(text):
            words = dedupe._WORD_RE.findall(dedupe.normalize(para, teh_marbuta=True))
            if len(words) >= dedupe.MIN_WORDS:
                one_by_one.append((index._signature(dedupe._shingles(index._hash_words(words))), len(para)))
        assert weights == [w for _, w in one_by_one]
        assert all(np.array_equal(a, b) for a, (b, _) in zip(sigs, one_by_one))
        assert len(sigs) == len(one_by_one) > 0


def test_buckets_merged_into_sorted_arrays_give_the_same_copies(tmp_path, monkeypatch):
    """The index files bucket keys in a dict and merges them into sorted
    arrays as it grows; answers must not depend on where a key sits."""
    from libyanews import synth
    from libyanews.dedupe import _Buckets
    from libyanews.corpus import load_corpus

    synth.write_corpus(tmp_path, 120, seed=5, copies=0.1, near_copies=0.1)
    corpus = load_corpus(tmp_path, dedupe=False)
    ids, texts = corpus["article_id"].tolist(), corpus["text"].tolist()
    in_dict = find_duplicates(ids, texts)
    monkeypatch.setattr(_Buckets, "MIN_NEW", 8)  # merge after nearly every article
    merged = find_duplicates(ids, texts)
    assert merged == in_dict
    assert sum(d is not None for d in merged) >= 10  # the planted copies are there to find


def test_a_paragraph_repeated_inside_one_article_keeps_the_first_bucket():
    index = DuplicateIndex()
    assert index.add("a", text(STORY + [STORY[0]])) is None
    assert index.add("b", text(STORY)) == "a"
