"""The words of a victim phrase that only the article can settle (stage 5
of the casualty reader, rule ``article``).

A figure's own words sometimes name a group without saying whose it is:
"the army", "the attackers", "terrorists".  :func:`~libyanews.casualties.
victims.find_victim` leaves them ``combatants`` or ``unknown``; the reader
(:mod:`~libyanews.casualties.reader`) gives them the side the title and
lead of the article named, with these tests on the phrase as printed.
"""

from __future__ import annotations

from ..numbers import norm_word

__all__ = ["MILITANT_SIDES", "bare_forces", "is_the_attackers", "says_militants"]

#: Words for a state's armed men that say nothing of whose they are (stems without و/ب/ل/ال).
_FORCES = frozenset(norm_word(w) for w in (
    "جيش", "قوات", "امن", "شرطة", "جنود", "جندي", "جنديا", "عسكريين", "عسكريون", "عسكريا", "عسكري", "ضباط",
    "ضابط", "ضابطا", "افراد", "جنديان", "جنديين", "عسكريان", "ضابطان", "ضابطين", "شرطيان", "شرطيين"))
_LIBYAN_FORMS = frozenset(norm_word(w) for w in ("الليبي", "الليبية", "ليبي", "ليبية", "ليبيين", "ليبيا"))


def _stem(word: str) -> str:
    for prefix in ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def bare_forces(phrase: str) -> bool:
    """The victim phrase counts the army, soldiers, security men or "the
    forces" without saying whose (``من عناصر الجيش``, ``من رجال الأمن``, ``خمسة جنود آخرين``, ``جريحا
    من القوات المشاركة في العملية``): in an article whose lead established
    one state-like side's losses, that side's (the reader's rule
    ``article``).  Not when a people's adjective other than Libyan follows
    (``الجيش السوري``, ``القوات السورية``, ``جنود عراقيين``), which the
    annotators keep ``combatants``.

    >>> bare_forces("من رجال الأمن"), bare_forces("جنود آخرين"), bare_forces("من القوات السورية")
    (True, True, False)
    >>> bare_forces("من عناصر الجيش"), bare_forces("جنود الجيش الليبي"), bare_forces("من عناصر الجيش السوري")
    (True, True, False)
    """
    words = [norm_word(w.strip("«»\"'()،,.")) for w in phrase.split()]
    for n, w in enumerate(words):
        if w in _FORCES or _stem(w) in _FORCES:
            after = words[n + 1] if n + 1 < len(words) else ""
            nisba = _stem(after).endswith(("ي", "يه", "يين", "يون")) and len(_stem(after)) > 3
            return not nisba or after in _LIBYAN_FORMS
    return False


_MILITANT_STEMS = tuple(norm_word(w) for w in ("إرهابي", "متشدد", "جهادي", "تكفيري", "خوارج", "دواعش"))
#: Sides that reporting calls "terrorists" or "militants" without naming them.
MILITANT_SIDES = frozenset({"isis", "alqaeda", "ansar", "brsc"})


def says_militants(phrase: str) -> bool:
    """The victim phrase counts "terrorists" or "militants" without naming
    them (``إرهابيين اثنين``, ``من المتشددين``): in an article whose lead
    established the losses of one jihadist group, that group's (the reader's
    rule ``article``).  Not gunmen (مسلحين), whom every side has.

    >>> says_militants("إرهابيين اثنين"), says_militants("من المسلحين")
    (True, False)
    """
    return any(_stem(norm_word(w.strip("«»\"'()،,."))).startswith(_MILITANT_STEMS) for w in phrase.split())


_ATTACKERS_WORDS = frozenset(norm_word(w) for w in (
    "المهاجمين", "المهاجمون", "المسلحين المهاجمين", "المهاجمة", "مهاجمين", "مهاجمون", "مهاجمان", "مهاجما", "مهاجم"))


def is_the_attackers(phrase: str) -> bool:
    """The victim phrase counts "the attackers" (``من المهاجمين``,
    ``من المسلحين المهاجمين``), whom the article's lead names.

    >>> is_the_attackers("من المهاجمين"), is_the_attackers("من المدنيين")
    (True, False)
    """
    return any(norm_word(w.strip("«»\"'()،,.")) in _ATTACKERS_WORDS for w in phrase.split())
