"""The loader: articles per seed file, titles, sources, the duplicate, nothing lost."""

import re

import pandas as pd
import pytest

import libyanews as ln
from libyanews import config
from libyanews.corpus import COLUMNS, _SOURCE_RE
from tests.conftest import SEED_FILES


def test_columns_and_one_row_per_article(corpus):
    assert list(corpus.columns) == COLUMNS
    assert corpus["article_id"].is_unique
    assert corpus.groupby("file").size().to_dict() == {
        "000_0e1083c9c33184de.txt": 2,
        "001_2a210c8ead99e064.txt": 1,
        "002_ec3e5877bfe64987.txt": 2,
        "003_d9f07bdb5968e1f1.txt": 2,
        "004_f0c76394ef16e3ea.txt": 1,
    }


def test_default_corpus_is_the_seeds(corpus, monkeypatch):
    monkeypatch.delenv(config.CORPUS_ENV, raising=False)
    pd.testing.assert_frame_equal(ln.load_corpus(), corpus)


def test_env_variable_points_to_another_corpus(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("قتل 23 شخصا وأصيب عشرات آخرون الثلاثاء في هجوم بسيارة مفخخة في بنغازي شرق ليبيا.", encoding="utf-8")
    monkeypatch.setenv(config.CORPUS_ENV, str(tmp_path))
    assert ln.load_corpus()["article_id"].tolist() == ["a#1"]


def test_ids_are_stable_file_stem_and_number(corpus):
    assert corpus["article_id"].tolist() == [
        "000_0e1083c9c33184de#1", "000_0e1083c9c33184de#2", "001_2a210c8ead99e064#1",
        "002_ec3e5877bfe64987#1", "002_ec3e5877bfe64987#2", "003_d9f07bdb5968e1f1#1",
        "003_d9f07bdb5968e1f1#2", "004_f0c76394ef16e3ea#1",
    ]
    assert corpus["article_no"].tolist() == [1, 2, 1, 1, 2, 1, 2, 1]


def test_titles_and_captions(corpus):
    rows = corpus.set_index("article_id")
    assert rows.loc["000_0e1083c9c33184de#1", "title"].startswith("عناصر من قوات الوفاق الحكومية")
    assert rows.loc["000_0e1083c9c33184de#1", "captions"] == []  # printed twice, kept once
    assert rows.loc["000_0e1083c9c33184de#2", "title"] == "ليبيا تضم أكبر مخزون في العالم من الأسلحة"
    assert rows.loc["001_2a210c8ead99e064#1", "title"].startswith("ليبيا.. قوات الوفاق تحرر منطقة الوشكة")
    assert rows.loc["001_2a210c8ead99e064#1", "captions"] == ["قوات حكومة الوفاق الوطني المعترف بها دوليا في ليبيا"]
    assert rows.loc["002_ec3e5877bfe64987#1", "captions"] == ["قوات ليبية في بنغازي والدخان يتصاعد بعد مواجهات مسلحة_أرشيف."]
    assert rows.loc["002_ec3e5877bfe64987#2", "title"] == "قوات ليبية في سرت"
    assert rows.loc["003_d9f07bdb5968e1f1#1", "captions"] == ["مقاتلات أميركية"]
    captions = rows.loc["004_f0c76394ef16e3ea#1", "captions"]
    assert captions[0].startswith("Fighters of Libyan forces")  # English photo credit
    assert captions[1].endswith("(رويترز)")


def test_sources(corpus):
    assert corpus["source"].fillna("").tolist() == ["وكالات", "", "وكالات", "وكالات", "وكالات", "", "", "الجزيرة + وكالات"]


def test_update_stamp_subhead_and_artifacts(corpus):
    rows = corpus.set_index("article_id")
    assert rows.loc["000_0e1083c9c33184de#1", "updated"] == "19:57 تغ"
    assert "تحديث: 19:57 تغ" in rows.loc["000_0e1083c9c33184de#1", "text"]
    assert rows.loc["002_ec3e5877bfe64987#1", "subheads"] == ["أوباما: غاراتنا في سرت تهدف لحماية أمننا القومي"]
    assert rows.loc["004_f0c76394ef16e3ea#1", "artifacts"] == ["undefined"]


def test_text_is_a_verbatim_slice_of_the_file(corpus, seed_texts):
    for row in corpus.itertuples():
        raw = seed_texts[row.file]
        assert raw[row.offset:row.offset + row.n_chars] == row.text
        assert row.text == row.text.strip()
        assert not _SOURCE_RE.match(row.text.splitlines()[-1])


def test_lengths(corpus):
    assert (corpus["n_chars"] == corpus["text"].str.len()).all()
    assert corpus.loc[0, "n_tokens"] == sum(1 for t in ln.tokenize(corpus.loc[0, "text"]) if t.kind != "punct")


@pytest.mark.parametrize("name", SEED_FILES)
def test_nothing_lost(corpus, seed_texts, name):
    """Every non-blank line of a seed ends up in some field of its rows."""
    rows = corpus[corpus["file"] == name]
    fields = []
    for row in rows.itertuples():
        fields += [row.title or "", *row.captions]
    texts = list(rows["text"])
    sources = set(rows["source"].dropna())
    for line in seed_texts[name].splitlines():
        s = line.strip()
        if not s:
            continue
        m = _SOURCE_RE.match(s)
        found = s in fields or any(s in t for t in texts) or (m and m.group("value") in sources)
        assert found, f"{name}: line lost: {s[:60]}"


def test_exactly_one_duplicate_the_republished_strike_story(corpus):
    dups = corpus[corpus["duplicate_of"].notna()]
    assert dups[["article_id", "duplicate_of"]].values.tolist() == [
        ["003_d9f07bdb5968e1f1#2", "000_0e1083c9c33184de#2"]
    ]


def test_dedupe_can_be_switched_off():
    assert ln.load_corpus(dedupe=False)["duplicate_of"].isna().all()


def test_one_file_and_a_list_of_files(seed_texts):
    one = ln.load_corpus(config.SEEDS_DIR / "002_ec3e5877bfe64987.txt")
    assert one["article_id"].tolist() == ["002_ec3e5877bfe64987#1", "002_ec3e5877bfe64987#2"]
    two = ln.load_corpus([config.SEEDS_DIR / "003_d9f07bdb5968e1f1.txt", config.SEEDS_DIR / "000_0e1083c9c33184de.txt"])
    # order as given: 000's copy is now the later one
    assert two.set_index("article_id")["duplicate_of"].dropna().to_dict() == {
        "000_0e1083c9c33184de#2": "003_d9f07bdb5968e1f1#2"
    }


def test_a_plain_one_article_file(tmp_path):
    path = tmp_path / "plain.txt"
    body = "قالت الولايات المتحدة إنها لن تسمح للمتشددين باستغلال الصراع بين الفصائل الليبية في الشرق والغرب."
    path.write_text("عنوان الخبر\n\n" + body + "\n", encoding="utf-8")
    row = ln.load_corpus(path).iloc[0]
    assert (row.title, row.text, row.captions) == ("عنوان الخبر", body, [])
    assert pd.isna(row.source)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary content"),
        # a UTF-8 file damaged at its first byte (cp1256 files now load: test_readers.py)
        (b"\xff" + "قتل 23 شخصا في بنغازي".encode("utf-8"), r"not valid UTF-8: undecodable byte 0x.. at byte 0"),
    ],
)
def test_bad_files_name_the_file_and_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ln.CorpusError, match=re.escape(str(path)) + ": " + reason):
        ln.load_corpus(path)


def test_forced_utf8_rejects_a_cp1256_file_at_its_first_byte(tmp_path):
    path = tmp_path / "bad.txt"
    body = "قتل 23 شخصا وأصيب عشرات آخرون الثلاثاء في هجوم بسيارة مفخخة في بنغازي شرق ليبيا."
    path.write_bytes(body.encode("cp1256"))
    with pytest.raises(ln.CorpusError, match=re.escape(str(path)) + ": not valid UTF-8: undecodable byte 0xde at byte 0"):
        ln.load_corpus(path, encoding="utf-8")
    assert ln.load_corpus(path).loc[0, ["text", "encoding"]].tolist() == [body, "cp1256"]


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(ln.CorpusError, match="no such file or folder"):
        ln.load_corpus(tmp_path / "nope")
    with pytest.raises(ln.CorpusError, match="no files matching"):
        ln.load_corpus(tmp_path)


def test_stored_text_is_never_normalized(corpus, seed_texts):
    raw = seed_texts["001_2a210c8ead99e064.txt"]
    text = corpus.set_index("article_id").loc["001_2a210c8ead99e064#1", "text"]
    assert "نفّذ" in text and "نفّذ" in raw  # shadda kept
    # the no-break spaces inside 004's paragraphs stay in its verbatim text
    assert "سرت،\u00a0أكد" in corpus.set_index("article_id").loc["004_f0c76394ef16e3ea#1", "text"]
