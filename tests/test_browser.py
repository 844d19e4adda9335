"""The report in a real browser: headless Chromium (Debian's ``chromium``).

``.ci/run`` installs it where it can (root with apt-get); elsewhere these
tests skip and say why.  The browser loads each page from disk and gives
back the DOM it built (``--dump-dom``) and a screenshot.
"""

import base64
import io
import re
import shutil
import subprocess

import pytest

from libyanews.report import list_notebooks

BROWSER = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine (Debian: apt-get install chromium); "
                                                        ".ci/run installs it when it runs as root with apt-get")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
ARABIC = re.compile(r"[\u0600-\u06FF]")


def chromium(tmp_path, *args):
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"  # a fresh profile each time
    result = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *map(str, args)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dom(tmp_path, page):
    return chromium(tmp_path, "--dump-dom", page.as_uri())


def pages():
    return [p.stem for p in list_notebooks()]


def test_index_is_right_to_left_and_links_every_page(seed_report, tmp_path):
    out, _ = seed_report
    tree = dom(tmp_path, out / "index.html")
    assert re.search(r'<html lang="ar" dir="rtl">', tree)
    assert sorted(re.findall(r'<a href="([^"]+\.html)"', tree)) == sorted(f"{n}.html" for n in pages())


@pytest.mark.parametrize("name", pages())
def test_page_tables_read_right_to_left_and_figures_load(seed_report, tmp_path, name):
    from PIL import Image

    out, _ = seed_report
    tree = dom(tmp_path, out / f"{name}.html")
    tables = re.findall(r"<table\b[^>]*>.*?</table>", tree, re.DOTALL)
    arabic = [t for t in tables if ARABIC.search(t)]
    assert arabic and all(re.match(r'<table[^>]*\bdir="rtl"', t) for t in arabic)
    images = re.findall(r'<img\b[^>]*src="data:image/png;base64,([^"]+)"', tree)
    assert images
    for data in images:
        with Image.open(io.BytesIO(base64.b64decode(data))) as figure:
            figure.verify()
            assert figure.format == "PNG" and min(figure.size) > 100


def test_screenshot_of_the_actors_page_is_not_blank(seed_report, tmp_path):
    from PIL import Image

    out, _ = seed_report
    shot = tmp_path / "02_actors.png"
    chromium(tmp_path, "--window-size=1200,2400", f"--screenshot={shot}", (out / "02_actors.html").as_uri())
    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is None or len(colours) > 50  # text, tables and a figure, not one flat colour
