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


# --- a researcher's own, messy archive ----------------------------------------

import codecs  # noqa: E402
import warnings  # noqa: E402

from tests.corpus_files import ENGLISH, FRESH, csv_text, jsonl_text, news_page, paragraphs, squeeze, write_parquet  # noqa: E402

SEED_000, SEED_001, SEED_002, SEED_003 = SEED_FILES[:4]
ENGLISH_1252 = ENGLISH + " \u201cWe will not stop,\u201d a commander told reporters at a caf\u00e9 in Misrata."
BAD_UTF8 = "أعلنت قوات الوفاق".encode() + b"\xff" + "تحرير سرت بالكامل بعد معارك عنيفة".encode()


@pytest.fixture
def archive(tmp_path, seed_texts, corpus):
    """A folder mixing every supported format, good and bad files."""
    root = tmp_path / "archive"
    (root / "pages" / "sirte_files").mkdir(parents=True)
    (root / "bad").mkdir()
    (root / "01_agency_cp1256.txt").write_bytes(seed_texts[SEED_000].encode("cp1256"))
    (root / "02_export_utf16.txt").write_bytes(codecs.BOM_UTF16_LE + seed_texts[SEED_002].encode("utf-16-le"))
    (root / "03_bom.TXT").write_bytes(seed_texts[SEED_003].encode("utf-8-sig"))
    (root / "04_old_site_iso.txt").write_bytes("\n\n".join(FRESH).encode("iso8859-6"))
    (root / "05_english.txt").write_bytes(ENGLISH_1252.encode("cp1252"))
    (root / "06_broken.csv").write_text(
        "text,title,date\n"
        f'"{FRESH[0]}",السدرة,2016-09-11\n'
        f'"{FRESH[1]}",مصراتة,2016-08-01,زائد\n'          # row 2: one field too many
        f'"{FRESH[2]}",طرابلس,2019-04-04\n', encoding="utf-8")
    (root / "07_scraped.jsonl").write_text(jsonl_text([
        {"text": FRESH[1], "url": "https://example.org/misrata"},
        {"text": FRESH[2], "source": "وزارة الصحة"},
    ]), encoding="utf-8")
    write_parquet(root / "08_table.parquet", [{"text": FRESH[0], "title": "السدرة"}])
    row = corpus.set_index("article_id").loc["001_2a210c8ead99e064#1"]
    (root / "pages" / "sirte.html").write_bytes(news_page(row.title, row.text, charset="windows-1256").encode("cp1256"))
    (root / "pages" / "sirte_files" / "ad.htm").write_text("<html><body><p>إعلان: اشتر الآن بأفضل الأسعار في طرابلس وبنغازي ومصراتة وسرت</p></body></html>")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / "._01_agency_cp1256.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")  # macOS AppleDouble
    (root / "bad" / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (root / "bad" / "damaged.txt").write_bytes(BAD_UTF8)
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "scan.pdf").write_bytes(b"%PDF-1.7")  # not a supported extension: not listed
    return root


EXPECTED_PROBLEMS = [
    ("06_broken.csv", 2, "malformed row 2 (line 3): 4 fields, the header has 3"),
    ("bad/binary.txt", None, "binary content (NUL bytes), not a text file"),
    ("bad/damaged.txt", None, "not valid UTF-8: undecodable byte 0xff at byte 32"),
    ("bad/empty.txt", None, "empty file"),
]


def test_listing_skips_hidden_files_page_resources_and_unsupported_extensions(archive):
    assert [name for _, name in ln.list_files(archive)] == [
        "01_agency_cp1256.txt", "02_export_utf16.txt", "03_bom.TXT", "04_old_site_iso.txt", "05_english.txt",
        "06_broken.csv", "07_scraped.jsonl", "08_table.parquet",
        "bad/binary.txt", "bad/damaged.txt", "bad/empty.txt", "pages/sirte.html",
    ]
    assert [name for _, name in ln.list_files(archive, "*.csv")] == ["06_broken.csv"]
    # what was skipped would have been read as an article or as a bad file
    assert "بأفضل الأسعار" in ln.load_corpus(archive / "pages" / "sirte_files" / "ad.htm").loc[0, "text"]
    with pytest.raises(ln.CorpusError, match="binary content"):
        ln.load_corpus(archive / "._01_agency_cp1256.txt")


def test_a_mixed_folder_loads_every_readable_article_and_lists_the_rest(archive, corpus, seed_texts):
    with pytest.warns(ln.CorpusWarning) as caught:
        mine = ln.load_corpus(archive, errors="report")
    assert len(caught) == 1
    assert str(caught[0].message).startswith(
        "load_corpus: 4 file(s) or row(s) not loaded, in 4 file(s); 14 articles loaded. "
        "First: 06_broken.csv row 2: malformed row 2 (line 3)")
    assert [(p["file"], p["row"], p["reason"]) for p in mine.attrs["problems"]] == EXPECTED_PROBLEMS
    assert mine.attrs["problems"][1]["path"] == str(archive / "bad" / "binary.txt")

    rows = mine.set_index("article_id")
    seeds = corpus.set_index("article_id")
    # the re-encoded seed files: the same articles, the same Arabic text, character for character
    for copy, seed, encoding in [("01_agency_cp1256", SEED_000, "cp1256"), ("02_export_utf16", SEED_002, "utf-16"),
                                 ("03_bom", SEED_003, "utf-8-sig")]:
        stem = seed.removesuffix(".txt")
        got = rows[rows["file"].str.startswith(copy)]
        want = seeds[seeds["file"] == seed]
        assert got.index.tolist() == [i.replace(stem, copy) for i in want.index]
        assert got["text"].tolist() == want["text"].tolist()
        assert got["title"].tolist() == want["title"].tolist()
        assert got["source"].fillna("").tolist() == want["source"].fillna("").tolist()
        assert set(got["encoding"]) == {encoding} and set(got["lang"]) == {"ar"}
    assert rows.loc["03_bom#2", "duplicate_of"] == "01_agency_cp1256#2"  # the republished strike story

    assert rows.loc["04_old_site_iso#1", ["text", "encoding"]].tolist() == ["\n\n".join(FRESH), "iso8859-6"]
    assert rows.loc["05_english#1", ["text", "encoding", "lang"]].tolist() == [ENGLISH_1252, "cp1252", "en"]

    assert rows.loc[["06_broken#1", "06_broken#3"], ["text", "title", "date"]].values.tolist() == [
        [FRESH[0], "السدرة", "2016-09-11"], [FRESH[2], "طرابلس", "2019-04-04"]]
    assert rows.loc[["07_scraped#1", "07_scraped#2"], ["text", "url", "source"]].fillna("").values.tolist() == [
        [FRESH[1], "https://example.org/misrata", ""], [FRESH[2], "", "وزارة الصحة"]]
    assert rows.loc["08_table#1", ["text", "title", "encoding"]].tolist() == [FRESH[0], "السدرة", "utf-8"]
    assert rows.loc[["06_broken#1", "08_table#1"], "duplicate_of"].tolist() == ["04_old_site_iso#1"] * 2  # the same sentence across formats

    page, seed_row = rows.loc["pages/sirte#1"], seeds.loc["001_2a210c8ead99e064#1"]
    assert page["text"].splitlines() == [squeeze(p) for p in paragraphs(seed_row["text"])]
    assert (page["title"], page["source"], page["date"], page["encoding"]) == (seed_row["title"], "وكالات", "2020-06-06", "cp1256")
    assert not any("بأفضل الأسعار" in t for t in mine["text"])  # the ad frame in sirte_files/ was not read

    assert len(mine) == 14 and mine["article_id"].is_unique
    assert list(mine.columns) == COLUMNS


def test_raise_mode_names_the_first_bad_file_in_listing_order(archive):
    with pytest.raises(ln.CorpusError) as err:
        ln.load_corpus(archive)
    assert str(err.value) == f"{archive / '06_broken.csv'} (row 2): malformed row 2 (line 3): 4 fields, the header has 3"
    (archive / "06_broken.csv").unlink()
    with pytest.raises(ln.CorpusError, match=re.escape(f"{archive / 'bad' / 'binary.txt'}: binary content (NUL bytes)")):
        ln.load_corpus(archive)


def test_text_files_keep_verbatim_offsets_into_the_decoded_file(archive):
    corpus = ln.load_corpus(archive, pattern="0[1-4]*.*")
    assert set(corpus["file"]) == {"01_agency_cp1256.txt", "02_export_utf16.txt", "03_bom.TXT", "04_old_site_iso.txt"}
    for row in corpus.itertuples():
        decoded = ln.read_text(archive / row.file)
        assert decoded[row.offset:row.offset + row.n_chars] == row.text


def test_a_page_text_is_a_slice_of_the_extracted_text(archive):
    row = ln.load_corpus(archive / "pages" / "sirte.html").iloc[0]
    extracted = ln.read_html((archive / "pages" / "sirte.html").read_bytes()).text
    assert extracted[row.offset:row.offset + row.n_chars] == row.text
    assert extracted.splitlines()[-1] == "المصدر : وكالات" and "المصدر" not in row.text.splitlines()[-1]


def test_nothing_to_report_on_the_seeds(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = ln.load_corpus(errors="report")
    assert again.attrs["problems"] == [] and corpus.attrs["problems"] == []
    assert set(corpus["lang"]) == {"ar"} and set(corpus["encoding"]) == {"utf-8"}
    assert corpus[["date", "url"]].isna().all().all()


def test_every_file_given_explicitly_is_read_or_reported(tmp_path):
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK\x03\x04")
    good = tmp_path / "a.txt"
    good.write_text(FRESH[0], encoding="utf-8")
    with pytest.raises(ln.CorpusError, match=r"report.docx: unsupported file type '.docx' \(supported: .txt, .html"):
        ln.load_corpus([good, doc])
    with pytest.warns(ln.CorpusWarning, match="1 file"):
        corpus = ln.load_corpus([good, doc], errors="report")
    assert corpus["article_id"].tolist() == ["a#1"]
    assert [p["reason"][:26] for p in corpus.attrs["problems"]] == ["unsupported file type '.do"]


def test_ids_of_table_rows_files_sharing_a_stem_and_an_id_column(tmp_path):
    (tmp_path / "a.txt").write_text(FRESH[0], encoding="utf-8")
    (tmp_path / "a.csv").write_text(csv_text([{"text": FRESH[1], "uid": "x1"}, {"text": FRESH[2], "uid": "x1"}],
                                             ["text", "uid"]), encoding="utf-8")
    assert ln.load_corpus(tmp_path)["article_id"].tolist() == ["a.csv#1", "a.csv#2", "a.txt#1"]
    with pytest.raises(ln.CorpusError, match=r"a.csv \(row 2\): duplicate article id 'x1' \(first in a.csv\)"):
        ln.load_corpus(tmp_path, id_column="uid")
    with pytest.warns(ln.CorpusWarning):
        corpus = ln.load_corpus(tmp_path, id_column="uid", errors="report")
    assert corpus["article_id"].tolist() == ["x1", "a.txt#1"]


def test_errors_must_be_raise_or_report(corpus):
    with pytest.raises(ValueError, match='errors must be "raise" or "report"'):
        ln.load_corpus(errors="ignore")


def test_notebooks_can_switch_to_report_mode_by_environment(archive, monkeypatch):
    monkeypatch.setenv(config.CORPUS_ENV, str(archive))
    monkeypatch.setenv(config.ERRORS_ENV, "report")
    with pytest.warns(ln.CorpusWarning):
        corpus = ln.load_corpus()
    assert len(corpus) == 14 and len(corpus.attrs["problems"]) == 4
    monkeypatch.setenv(config.ERRORS_ENV, "ignore")
    with pytest.raises(ValueError, match='errors must be "raise" or "report", not \'ignore\''):
        ln.load_corpus()
