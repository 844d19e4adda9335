"""Readers: every encoding, saved page and table a researcher's archive holds,
read to the exact Arabic text, or refused with the file, row and reason."""

import codecs
import datetime
import re

import pytest

import libyanews as ln
from libyanews.readers import CorpusError, decode_text, detect_language, is_plausible_arabic, read_html, read_table
from tests.conftest import SEED_FILES
from tests.corpus_files import (
    BOILERPLATE,
    ENGLISH,
    FRESH,
    csv_text,
    jsonl_text,
    news_page,
    paragraphs,
    squeeze,
    write_parquet,
)

# --- decode_text -------------------------------------------------------------

ENCODINGS = [
    # (how the file is written, the encoding load_corpus reports)
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    (lambda t: t.encode("utf-32"), "utf-32"),
    (lambda t: t.encode("cp1256"), "cp1256"),
]


@pytest.mark.parametrize("write, label", ENCODINGS, ids=[e[1] + str(i) for i, e in enumerate(ENCODINGS)])
@pytest.mark.parametrize("name", SEED_FILES)
def test_every_seed_reads_back_exactly_in_every_encoding(seed_texts, name, write, label):
    decoded = decode_text(write(seed_texts[name]))
    assert decoded == (seed_texts[name], label)


@pytest.mark.parametrize("text", FRESH)
def test_iso_8859_6_is_recognized_and_exact(text):
    assert decode_text(text.encode("iso8859-6")) == (text, "iso8859-6")
    assert decode_text(text.encode("cp1256")) == (text, "cp1256")


@pytest.mark.parametrize("name", SEED_FILES)
def test_plausibility_accepts_arabic_and_rejects_mojibake(seed_texts, name):
    text = seed_texts[name]
    assert is_plausible_arabic(text)
    assert not is_plausible_arabic(text.encode("cp1256").decode("cp1252", errors="replace"))  # cp1256 read as Windows-1252
    assert not is_plausible_arabic(text.encode("utf-8").decode("cp1252", errors="replace"))  # "Ø§Ù„" mojibake
    iso = text.translate(str.maketrans("“”«»", '""""')).encode("iso8859-6", errors="replace")
    assert not is_plausible_arabic(iso.decode("cp1256"))  # ISO-8859-6 read as Windows-1256


@pytest.mark.parametrize(
    "data, reason",
    [
        ("أعلنت قوات الوفاق".encode() + b"\xff" + "تحرير سرت".encode(), "not valid UTF-8: undecodable byte 0xff at byte 32"),
        ("قتل 6 مقاتلين".encode()[:-1], "not valid UTF-8: undecodable byte 0xd9 at byte 21"),  # cut inside the last letter
        (codecs.BOM_UTF16_LE + "سرت".encode("utf-16-le") + b"\x41", "not valid UTF-16: undecodable byte 0x41 at byte 8 (truncated data)"),
        (b"\x00\x01\x02binary\x00", "binary content (NUL bytes), not a text file"),
        (FRESH[0].encode("utf-16-le"), "binary content (NUL bytes), not a text file, or UTF-16 without a "
                                        "byte-order mark (then pass encoding='utf-16-le')"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary content (a PDF document), not a text file"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "binary content (a ZIP archive, e.g. .docx or .xlsx), not a text file"),
        (b"\x89PNG\r\n\x1a\n", "binary content (a PNG image), not a text file"),
        (b"\x01\x02\x03\x04abc\x05\x06\x07", "binary content (7 control bytes in the first 10), not a text file"),
        (b"", "empty file"),
        (b" \r\n\t\n", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        ("  \n ".encode("utf-16"), "empty file"),
        ("... !! ؟".encode(), "no letters or digits: nothing to read"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable: not UTF-8 (byte 0x80 at byte 0) and no other encoding gives readable text"),
    ],
)
def test_unreadable_bytes_name_the_reason(data, reason):
    with pytest.raises(CorpusError) as err:
        decode_text(data, "archive/a.txt")
    assert err.value.reason == reason
    assert str(err.value) == f"archive/a.txt: {reason}"


def test_a_forced_encoding_is_used_strictly():
    text = FRESH[0]
    assert decode_text(text.encode("cp1256"), encoding="windows-1256") == (text, "cp1256")
    assert decode_text(text.encode("utf-16-le"), encoding="utf-16-le") == (text, "utf-16-le")
    with pytest.raises(CorpusError, match=re.escape("not valid iso8859-6: undecodable byte 0xde at byte 6 (character maps to <undefined>)")):
        decode_text(text.encode("cp1256"), encoding="iso-8859-6")
    with pytest.raises(ValueError, match="unknown encoding"):
        decode_text(b"abc", encoding="klingon")


@pytest.mark.parametrize(
    "text, lang",
    [
        (ENGLISH + " \u201cWe will win,\u201d the café owner said.", "en"),
        ("Les forces du gouvernement d'union nationale ont annoncé samedi avoir pris le contrôle de la zone, après de violents combats.", "other"),
    ],
)
def test_a_western_legacy_file_is_decoded_as_windows_1252_and_flagged(text, lang):
    decoded = decode_text(text.encode("cp1252"))
    assert decoded == (text, "cp1252")
    assert detect_language(decoded.text) == lang


def test_a_russian_legacy_file_keeps_charset_normalizers_guess():
    text = "Силы правительства национального согласия объявили в субботу о взятии города"
    assert decode_text(text.encode("cp1251")) == (text, "cp1251")


# --- detect_language ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        *[(t, "ar") for t in FRESH],
        ("Fighters of Libyan forces allied with the UN-backed government fire during a battle. " + FRESH[0] + FRESH[1], "ar"),
        (ENGLISH, "en"),
        ("Fighters of Libyan forces allied with the UN-backed government fire during a battle with IS militants in Sirte", "en"),
        ("Le forze del governo di accordo nazionale hanno annunciato sabato di aver preso il controllo della zona", "other"),
        ("Силы правительства национального согласия", "other"),
        ("2016 - 08 - 01", "other"),
    ],
)
def test_detect_language_by_script_share(text, lang):
    assert detect_language(text) == lang


def test_seeds_are_arabic_even_with_an_english_photo_credit(seed_texts):
    assert {detect_language(t) for t in seed_texts.values()} == {"ar"}
    assert "Fighters of Libyan forces" in seed_texts["004_f0c76394ef16e3ea.txt"]


# --- read_html ---------------------------------------------------------------


def _seed_articles(corpus):
    return [row for row in corpus.itertuples() if row.title and row.duplicate_of is None]


@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("windows-1256", "cp1256")])
def test_saved_pages_give_the_article_text_title_date_and_url(corpus, charset, codec):
    for row in _seed_articles(corpus):
        page = read_html(news_page(row.title, row.text, charset=charset).encode(codec))
        lines = page.text.splitlines()
        assert lines[-len(paragraphs(row.text)) - 1:] == [squeeze(p) for p in paragraphs(row.text)] + ["المصدر : وكالات"], row.article_id
        assert not [b for b in BOILERPLATE if b in page.text], row.article_id
        assert (page.title, page.date, page.url, page.encoding) == (
            row.title, "2020-06-06", "https://example.org/libya/2020/06/06/sirte", codec)


def test_a_page_with_a_wrongly_declared_charset_is_still_read_as_arabic():
    page = news_page("اشتباكات في سرت", "\n".join(FRESH), charset="iso-8859-1").encode("cp1256")
    result = read_html(page)
    assert result.encoding == "cp1256"
    assert squeeze(FRESH[2]) in result.text


def test_a_page_without_canonical_url_keeps_the_saved_from_mark():
    body = "".join(f"<p>{p}</p>" for p in FRESH)
    html = f"<!-- saved from url=(0038)https://example.org/libya/sirte.html -->\n<html><head><title>سرت</title></head><body><article>{body}</article></body></html>"
    page = read_html(html.encode())
    assert page.url == "https://example.org/libya/sirte.html"
    assert page.date is None
    assert page.text.splitlines() == FRESH


def test_a_page_without_article_text_is_refused():
    html = ('<html><head><title>أخبار ليبيا</title></head><body><nav><ul><li><a href="/">الرئيسية</a></li>'
            '<li><a href="/libya">ليبيا</a></li></ul></nav><footer><p>جميع الحقوق محفوظة</p></footer></body></html>')
    with pytest.raises(CorpusError, match="no article text found in the HTML page"):
        read_html(html.encode(), "saved/index.html")


# --- read_table --------------------------------------------------------------

COLS = ["text", "title", "date", "source", "url"]
TABLE = [
    {"text": FRESH[0], "title": "السدرة", "date": "2016-09-11", "source": "وكالات", "url": "https://example.org/1"},
    {"text": FRESH[1], "title": "مصراتة", "date": "2016-08-01", "source": "", "url": ""},
    {"text": "قال المتحدث \"إن القوات تقدمت\"، وأضاف: لا تراجع.", "title": "", "date": "", "source": "", "url": ""},
]


def test_csv_rows_are_articles_with_their_columns():
    rows, problems, codec = read_table(csv_text(TABLE, COLS).encode(), "t.csv", "csv")
    assert problems == [] and codec == "utf-8"
    assert [(r.row, r.text, r.title, r.date, r.source, r.url) for r in rows] == [
        (1, FRESH[0], "السدرة", "2016-09-11", "وكالات", "https://example.org/1"),
        (2, FRESH[1], "مصراتة", "2016-08-01", None, None),
        (3, TABLE[2]["text"], None, None, None, None),
    ]


def test_malformed_csv_rows_are_named_and_the_rest_is_read():
    lines = [
        "text,title",
        f'"{FRESH[0]}",أول',
        f'"{FRESH[1]}",ثان,زائد',               # row 2: a field too many
        f'"{FRESH[2]}"x,ثالث',                   # row 3: text after a closing quote
        ',فارغ',                                  # row 4: no text
        '"قتل 3 مدنيين في قصف على حي سكني",خامس',
        "وحيد",                                   # row 6: a field too few
        '"قتل 4 مدنيين في قصف",سابع,,',          # trailing empty fields (Excel) are fine
    ]
    rows, problems, _ = read_table("\n".join(lines).encode(), "t.csv", "csv")
    assert [(r.row, r.title) for r in rows] == [(1, "أول"), (5, "خامس"), (7, "سابع")]
    assert [(p.row, p.reason) for p in problems] == [
        (2, "malformed row 2 (line 3): 3 fields, the header has 2"),
        (3, "malformed row 3 (line 4): ',' expected after '\"'"),
        (4, "empty text in column 'text'"),
        (6, "malformed row 6 (line 7): 1 fields, the header has 2"),
    ]


def test_an_unclosed_quote_is_reported_where_it_opens():
    data = f'text\n"{FRESH[0]}"\n"{FRESH[1]}\n{FRESH[2]}\n'.encode()  # row 2 never closes its quote
    rows, problems, _ = read_table(data, "t.csv", "csv")
    assert [r.text for r in rows] == [FRESH[0]]
    assert len(problems) == 1 and problems[0].row == 2
    assert problems[0].reason.startswith("malformed row 2 (line 3): unexpected end of data (a quote is opened and never closed")


def test_csv_in_legacy_encodings_with_other_delimiters_and_long_cells():
    long_text = " ".join([FRESH[0]] * 2000)  # ~200 KB, over the csv module's default field limit
    rows_in = [{"text": FRESH[1], "title": "أ"}, {"text": long_text, "title": "ب"}]
    for data, codec in [
        (csv_text(rows_in, ["text", "title"]).encode("utf-8-sig"), "utf-8-sig"),  # Excel's "CSV UTF-8"
        (csv_text(rows_in, ["text", "title"]).replace('","', '";"').replace("text,title", "text;title").encode("cp1256"), "cp1256"),
        (codecs.BOM_UTF16_LE + csv_text(rows_in, ["text", "title"]).replace('","', '"\t"').replace("text,title", "text\ttitle").encode("utf-16-le"), "utf-16"),
    ]:
        rows, problems, got_codec = read_table(data, "t.csv", "csv")
        assert problems == [] and got_codec == codec
        assert [(r.text, r.title) for r in rows] == [(FRESH[1], "أ"), (long_text, "ب")]


def test_named_columns_and_missing_ones():
    data = csv_text([{"body": FRESH[0], "headline": "سرت", "uid": "a-1"}], ["body", "headline", "uid"]).encode()
    rows, _, _ = read_table(data, "t.csv", "csv", columns={"text": "body", "title": "headline", "id": "uid"})
    assert (rows[0].text, rows[0].title, rows[0].id) == (FRESH[0], "سرت", "a-1")
    with pytest.raises(CorpusError, match=r"t.csv: missing text column 'text' \(columns: 'body', 'headline', 'uid'\)"):
        read_table(data, "t.csv", "csv")
    with pytest.raises(CorpusError, match="missing date column 'published'"):
        read_table(data, "t.csv", "csv", columns={"text": "body", "date": "published"})


def test_jsonl_rows_count_lines_and_name_bad_ones():
    lines = [
        {"text": FRESH[0], "title": "السدرة", "url": "https://example.org/1"},
        "",
        '{"text": "قتل 3 مدنيين", "title": ',     # line 3: cut short
        '["قتل 3 مدنيين"]',                       # line 4: not an object
        {"headline": "لا نص"},                     # line 5: no text field
        {"text": None},                            # line 6
        {"text": 17},                              # line 7
        {"text": FRESH[1], "date": "2016-08-01"},
    ]
    rows, problems, _ = read_table(jsonl_text(lines).encode(), "t.jsonl", "jsonl")
    assert [(r.row, r.text, r.title, r.date, r.url) for r in rows] == [
        (1, FRESH[0], "السدرة", None, "https://example.org/1"),
        (8, FRESH[1], None, "2016-08-01", None),
    ]
    assert [(p.row, p.reason) for p in problems] == [
        (3, "malformed row 3: invalid JSON (Expecting value at column 35)"),
        (4, "malformed row 4: a JSON object was expected, not list"),
        (5, "no 'text' field in this row"),
        (6, "empty text in column 'text'"),
        (7, "text in column 'text' is not a string (int)"),
    ]


def test_parquet_rows_with_typed_dates_and_nulls(tmp_path):
    path = tmp_path / "t.parquet"
    write_parquet(path, [
        {"text": FRESH[0], "date": datetime.date(2016, 9, 11), "source": "وكالات"},
        {"text": None, "date": None, "source": None},
        {"text": FRESH[2], "date": datetime.date(2016, 8, 1), "source": None},
    ])
    rows, problems, codec = read_table(path.read_bytes(), path, "parquet")
    assert [(r.row, r.text, r.date, r.source) for r in rows] == [
        (1, FRESH[0], "2016-09-11", "وكالات"), (3, FRESH[2], "2016-08-01", None)]
    assert [(p.row, p.reason) for p in problems] == [(2, "empty text in column 'text'")]
    with pytest.raises(CorpusError, match=r"not a readable Parquet file"):
        read_table(b"PAR1 not really", tmp_path / "bad.parquet", "parquet")


def test_public_api_exports_the_readers():
    for name in ["decode_text", "detect_language", "is_plausible_arabic", "read_html", "read_table", "CorpusWarning", "list_files"]:
        assert name in ln.__all__
    assert ln.CorpusError is CorpusError
