"""Read the word lists in ``libyanews/data/`` that researchers edit.

Plain UTF-8 CSV tables with a header row; ``#`` comment lines (the source
of the list is noted there) and blank lines are skipped, cells are stripped
and empty cells become ``""``.

A malformed table raises :class:`DataFileError` naming the file and line,
so a typo in a researcher's edit is never skipped silently.

Example::

    >>> rows = read_table("vague_numbers.csv")
    >>> rows[0]["phrase"], rows[0]["low"]
    ('عشرات', '10')
"""

from __future__ import annotations

import csv
from functools import lru_cache

from . import config

__all__ = ["DataFileError", "read_table"]


class DataFileError(ValueError):
    """A data file is missing a column or has a row of the wrong width."""


def _lines(name: str) -> list[tuple[int, str]]:
    path = config.data_file(name)
    with open(path, encoding="utf-8") as fh:
        return [(n, line.rstrip("\n")) for n, line in enumerate(fh, 1)
                if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def read_table(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a CSV table in ``libyanews/data/`` as dicts, in file order.

    ``required`` names columns that must be present in the header.
    """
    lines = _lines(name)
    if not lines:
        raise DataFileError(f"{name}: no header row")
    header_no, header = lines[0]
    columns = [c.strip() for c in next(csv.reader([header]))]
    missing = [c for c in required if c not in columns]
    if missing:
        raise DataFileError(f"{name}, line {header_no}: missing column(s) {', '.join(missing)}")
    rows = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(columns):
            raise DataFileError(
                f"{name}, line {number}: {len(cells)} cells where the header has {len(columns)}: {line!r}")
        rows.append({c: v.strip() for c, v in zip(columns, cells)})
    return tuple(rows)
