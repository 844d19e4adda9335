"""Builders of messy corpus files for the reader and loader tests.

Every fixture is made from a seed article or a fresh sentence at test time
(re-encoded, wrapped in a saved news page, put in a table), never stored.
"""

from __future__ import annotations

import html
import json

import pyarrow as pa
import pyarrow.parquet as pq

# Fresh sentences in the register of the seeds, not taken from them.
FRESH = [
    "أعلنت قوات حفتر السيطرة على ميناء السدرة النفطي بعد معارك عنيفة قتل فيها 14 مقاتلا وأصيب 30 آخرون.",
    "وقال مصدر طبي في مصراتة إن المستشفى استقبل جثث سبعة من عناصر البنيان المرصوص صباح الأحد.",
    "قُتِلَ ثلاثةُ مدنيين في قصفٍ استهدف حيّاً سكنياً جنوب طرابلس، بحسب وزارة الصحة في حكومة الوفاق.",
]

ENGLISH = (
    "Forces loyal to the Government of National Accord said on Saturday they had taken control of "
    "the Washka area near Sirte, after heavy fighting with the troops of Khalifa Haftar."
)


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of an article, stripped (what a page shows as <p>)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def news_page(title: str, body: str, *, charset: str = "utf-8", date: str = "2020-06-06",
              url: str = "https://example.org/libya/2020/06/06/sirte", source: str | None = "وكالات") -> str:
    """A saved news page: menus, the article, a related-articles box, reader
    comments and a footer, with the title, date and URL in its metadata."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(body))
    source_p = f"<p>المصدر : {html.escape(source)}</p>" if source else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="{charset}">
<title>{html.escape(title)} | أخبار ليبيا</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{date}T10:15:00+02:00">
<link rel="canonical" href="{url}">
</head><body>
<header><nav><ul>
<li><a href="/">الرئيسية</a></li><li><a href="/libya">أخبار ليبيا</a></li>
<li><a href="/world">العالم</a></li><li><a href="/sport">الرياضة</a></li><li><a href="/economy">اقتصاد</a></li>
</ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<div class="article-body">
{paras}
{source_p}
</div></article>
<aside class="related"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/a">مجلس النواب يدعو إلى وقف إطلاق النار في طرابلس</a></li>
<li><a href="/b">ارتفاع أسعار النفط بعد إغلاق الموانئ الليبية</a></li>
</ul></aside>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>تعليق من قارئ: نتمنى أن يعم السلام كل ربوع ليبيا الحبيبة وأن تنتهي الحرب قريبا.</p></div>
</section></main>
<footer><p>جميع الحقوق محفوظة لموقع أخبار ليبيا 2020</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>
"""


#: Boilerplate of :func:`news_page` (menu, related box, comment, footer) that
#: must never reach the article text; none of it occurs in the seeds.
BOILERPLATE = ["الرياضة", "اقتصاد", "أخبار ذات صلة", "مجلس النواب يدعو", "تعليق من قارئ", "جميع الحقوق محفوظة", "سياسة الخصوصية"]


def squeeze(line: str) -> str:
    """A line with runs of spaces (incl. no-break spaces) as one space, as an
    HTML renderer and trafilatura show it."""
    return " ".join(line.split())


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """A CSV with a header, every field quoted (Arabic commas and quotes inside)."""
    def q(v: object) -> str:
        return '"' + str(v).replace('"', '""') + '"'
    return "\n".join([",".join(columns)] + [",".join(q(r.get(c, "")) for c in columns) for r in rows]) + "\n"


def jsonl_text(rows: list[object]) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"


def write_parquet(path, rows: list[dict]) -> None:
    pq.write_table(pa.Table.from_pylist(rows), path)


def write_dated_corpus(folder, n_articles: int = 240, *, seed: int = 9, files: int = 6, days: int = 4):
    """A generated corpus (:func:`libyanews.synth.generate_articles`, copies
    included) as ``files`` CSV tables with a publication ``date`` (articles
    spread over ``days`` consecutive days from 1 January 2020) and a
    ``source``: events fold across its articles, as in a dated archive."""
    import datetime as dt
    from pathlib import Path

    import pandas as pd

    from libyanews import synth

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    articles = synth.generate_articles(n_articles, seed=seed, copies=0.1, near_copies=0.1)
    table = pd.DataFrame({
        "title": articles["title"],
        "text": ["\n\n".join(p) for p in articles["paragraphs"]],
        "date": [(dt.date(2020, 1, 1) + dt.timedelta(days=(k * 7) % days)).isoformat() for k in range(n_articles)],
        "source": articles["source"],
    })
    per = -(-n_articles // files)
    for f in range(files):
        table.iloc[f * per:(f + 1) * per].to_csv(folder / f"part{f}.csv", index=False)
    return folder
