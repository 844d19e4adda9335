"""Casualty figures: kinds, qualifiers, negation, traps, victims, sources, events."""

import pandas as pd
import pytest

from libyanews import config
from libyanews.casualties import (
    COLUMNS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    NO_MENTIONS,
    casualty_events,
    casualty_figures,
    find_casualties,
    number_roles,
)
from libyanews.datafiles import DataFileError, read_table


def _figures(text, **kw):
    kw.setdefault("actor_mentions", NO_MENTIONS)
    kw.setdefault("source_mentions", NO_MENTIONS)
    return find_casualties(text, **kw)


def _values(frame, cols=("kind", "low", "best", "high", "qualifier")):
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame[list(cols)].itertuples(index=False)]


def _mentions(text, names, column="actor"):
    """A stand-in for an actor/source finder: every occurrence of each name."""
    rows = []
    for name, ident in names.items():
        start = text.find(name)
        while start != -1:
            rows.append({column: ident, "start": start, "end": start + len(name)})
            start = text.find(name, start + 1)
    return pd.DataFrame(rows, columns=[column, "start", "end"])


# --------------------------------------------------------------------------
# kinds, numbers written every way, qualifiers


@pytest.mark.parametrize(
    "text, expected",
    [
        # seeds
        ("قتل 23 شخصا وأصيب عشرات آخرون الثلاثاء في هجوم بسيارة مفخخة في بنغازي.",
         [("killed", 23, 23, 23, "exact"), ("injured", 10, 10, 99, "vague")]),
        ("وقتل على إثره ستة على الأقل من المقاتلين الحكوميين فيما أصيب 12 بجروح، وفقا لمصادر طبية.",
         [("killed", 6, 6, None, "at_least"), ("injured", 12, 12, 12, "exact")]),
        ("إن \"هناك 15 شهيدا وأكثر من 30 جريحا في هجوم انتحاري\".",
         [("killed", 15, 15, 15, "exact"), ("injured", 31, 31, None, "more_than")]),
        ("بعد يوم طويل من المعارك التي قتل وأصيب فيها العشرات من المقاتلين الحكوميين.",
         [("killed_or_injured", 10, 10, 99, "vague")]),
        # fresh: passive with diacritics, number words, Arabic-Indic digits, other verbs
        ("قُتِلَ خمسةُ مدنيين وأُصيبَ سبعةٌ آخرون في قصف على حي الهواري.",
         [("killed", 5, 5, 5, "exact"), ("injured", 7, 7, 7, "exact")]),
        ("قُتل ٢ وأصيب ٥ في هجوم بسيارة مفخخة.", [("killed", 2, 2, 2, "exact"), ("injured", 5, 5, 5, "exact")]),
        ("لقي ثلاثة جنود حتفهم وأصيب اثنان آخران في انفجار لغم.",
         [("killed", 3, 3, 3, "exact"), ("injured", 2, 2, 2, "exact")]),
        ("لقي مئات الأشخاص مصرعهم خلال المعارك.", [("killed", 100, 100, 999, "vague")]),
        ("أودى القصف بحياة ٧ أشخاص.", [("killed", 7, 7, 7, "exact")]),
        ("ارتفعت حصيلة القتلى إلى ٤٢ قتيلاً و١٢٠ جريحاً.",
         [("killed", 42, 42, 42, "exact"), ("injured", 120, 120, 120, "exact")]),
        ("قالت مصادر طبية إن 6 أشخاص قتلوا في الانفجار.", [("killed", 6, 6, 6, "exact")]),
        ("وقال مصدر طبي إن حصيلة الاشتباكات بلغت خمسة وعشرين قتيلا.", [("killed", 25, 25, 25, "exact")]),
        ("قُتِلَ اثنا عشر شخصاً في غارة جوية.", [("killed", 12, 12, 12, "exact")]),
        ("استشهد ثلاثمائة وخمسون مدنيا منذ بدء الحرب.", [("killed", 350, 350, 350, "exact")]),
        ("قتل 1,250 شخصا.", [("killed", 1250, 1250, 1250, "exact")]),
        ("أصيب ١٬٥٠٠ شخص.", [("injured", 1500, 1500, 1500, "exact")]),
        ("أعلن المستشفى استقبال 14 جثة و22 مصابا.",
         [("killed", 14, 14, 14, "exact"), ("injured", 22, 22, 22, "exact")]),
        # duals and singulars of the counted noun
        ("أسفر الهجوم عن مقتل جنديين وإصابة ثلاثة مدنيين بجروح طفيفة.",
         [("killed", 2, 2, 2, "exact"), ("injured", 3, 3, 3, "exact")]),
        ("سقط قتيلان وثلاثة جرحى في اشتباكات.", [("killed", 2, 2, 2, "exact"), ("injured", 3, 3, 3, "exact")]),
        ("أسفرت الاشتباكات عن سقوط قتيل وجريحين.", [("killed", 1, 1, 1, "exact"), ("injured", 2, 2, 2, "exact")]),
        ("قتل جندي وأصيب آخر في هجوم على نقطة تفتيش.", [("killed", 1, 1, 1, "exact"), ("injured", 1, 1, 1, "exact")]),
        ("مقتل شخصين في انفجار.", [("killed", 2, 2, 2, "exact")]),
        ("قتل في الهجوم جنديان.", [("killed", 2, 2, 2, "exact")]),
        ("أصيب جنديان بجروح خطيرة.", [("injured", 2, 2, 2, "exact")]),
        ("أعلنت قوات حفتر مقتل أحد عناصرها.", [("killed", 1, 1, 1, "exact")]),
        # one figure for killed and injured together
        ("مقتل وإصابة 30 شخصا في قصف على ترهونة.", [("killed_or_injured", 30, 30, 30, "exact")]),
        ("سقط أكثر من 50 بين قتيل وجريح في القصف.", [("killed_or_injured", 51, 51, None, "more_than")]),
        ("سقط 20 قتيلا وجريحا.", [("killed_or_injured", 20, 20, 20, "exact")]),
        ("قتل وجرح العشرات في المعارك.", [("killed_or_injured", 10, 10, 99, "vague")]),
    ],
)
def test_kinds_and_numbers(text, expected):
    assert _values(_figures(text)) == expected


@pytest.mark.parametrize(
    "text, low, best, high, qualifier",
    [
        ("قتل 20 شخصا على الأقل", 20, 20, None, "at_least"),
        ("قتل على الأقل 20 شخصا", 20, 20, None, "at_least"),
        ("قتل 20 قتيلا على الأقل", 20, 20, None, "at_least"),
        ("مقتل ما لا يقل عن عشرين شخصا", 20, 20, None, "at_least"),
        ("مقتل أكثر من 400 جندي", 401, 401, None, "more_than"),
        ("مقتل ما يزيد عن 100 شخص", 101, 101, None, "more_than"),
        ("مقتل ما يزيد على مئة شخص", 101, 101, None, "more_than"),
        ("مقتل نحو 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل حوالي 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل حوالى 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل قرابة 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل زهاء 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل ما يقارب 40 شخصا", 40, 40, 40, "approx"),
        ("مقتل 40 شخصا تقريبا", 40, 40, 40, "approx"),
        ("مقتل ما يصل إلى 40 شخصا", None, 40, 40, "up_to"),
        ("مقتل أقل من 40 شخصا", None, 39, 39, "up_to"),
        ("مقتل ما بين 10 و15 شخصا", 10, 10, 15, "range"),
        ("مقتل بين عشرة وخمسة عشر شخصا", 10, 10, 15, "range"),
        ("مقتل عشرات المدنيين", 10, 10, 99, "vague"),
        ("مقتل العشرات", 10, 10, 99, "vague"),
        ("مقتل مئات المدنيين", 100, 100, 999, "vague"),
        ("مقتل المئات", 100, 100, 999, "vague"),
        ("مقتل آلاف المدنيين", 1000, 1000, 9999, "vague"),
        ("مقتل عشرات الآلاف", 10_000, 10_000, 99_999, "vague"),
        ("مقتل بضعة جنود", 3, 3, 9, "vague"),
        ("مقتل عدد من الجنود", 3, 3, None, "vague"),
    ],
)
def test_qualifiers(text, low, best, high, qualifier):
    assert _values(_figures(text)) == [("killed", low, best, high, qualifier)]


# --------------------------------------------------------------------------
# negation and numbers that are not casualties


@pytest.mark.parametrize(
    "text",
    [
        "لم تسفر الغارة عن إصابات.",
        "نفى الجيش سقوط قتلى.",
        "انفجرت العبوة دون وقوع إصابات.",
        "نفى المتحدث مقتل 20 من عناصر الجيش.",
        "لم يسفر القصف عن مقتل أي من المدنيين الخمسة.",
        "نفت الوزارة إصابة 3 جنود.",
        "لم يقتل جندي واحد.",
        "دون تسجيل إصابات بين المدنيين.",
    ],
)
def test_negations_yield_nothing(text):
    assert _figures(text).empty


@pytest.mark.parametrize(
    "text, surface, reason",
    [
        ("تتقدم في منطقة بويرات الحسوان التي تبعد 95 كم عن مدينة سرت.", "95", "count of كم"),
        ("رصدت هروب قوات حفتر من مدينة سرت (450 كلم شرق طرابلس).", "450", "count of كلم"),
        ("تشن قوات حفتر، منذ 4 أبريل/ نيسان 2019، هجوما قتل فيه جنديان.", "4", "date"),
        ("تشن قوات حفتر، منذ 4 أبريل/ نيسان 2019، هجوما قتل فيه جنديان.", "2019", "date"),
        ("تحديث: 19:57 تغ بعد مقتل 5 جنود", "19", "time"),
        ("تحديث: 19:57 تغ بعد مقتل 5 جنود", "57", "time"),
        ("وقال المتحدث باسم الكتيبة 302 إن هناك 15 قتيلا.", "302", "label (الكتيبة)"),
        ("سيطرت القوات على الحي رقم 1 وقتل 6 من عناصرها.", "1", "label (رقم)"),
        ("شنت الولايات المتحدة نحو سبع غارات قتل فيها 9 مسلحين.", "سبع", "count of غارات"),
        ("استهدفت الضربة 3 آليات عسكرية وقتل فيها سائق.", "3", "count of آليات"),
        ("أكد متحدث وجود نحو ألف مقاتل من تنظيم الدولة في سرت.", "ألف", "people present (وجود)"),
        ("قتل في العملية العسكرية منذ انطلاقها في 12 أيار/مايو أكثر من 300 عنصر.", "12", "date"),
        ("في أعقاب ضربة يوم 19 سبتمبر قالت إنها أسفرت عن مقتل ثمانية عناصر.", "19", "date"),
        ("قتل الرئيس السابق عام 2011.", "2011", "year"),
        ("قتل عشرات الآلاف منذ 2011.", "2011", "year"),
        ("منذ أربعة عشر شهرا ونحن ننادي.", "أربعة عشر", "count of شهرا"),
        ("نفذ سلاح الجو خمس ضربات قتالية.", "خمس", "count of ضربات"),
        ("تقع المدينة على بعد 50 كيلومترا ويسكنها نحو 300 ألف نسمة.", "300 ألف", "count of نسمة"),
        ("وصلت طائرات تقل 150 جنديا.", "150", "no casualty word"),
        ("قتل 12 شخصا في 3 هجمات منفصلة.", "3", "count of هجمات"),
        ("قتل 20 شخصا في المدينة التي يسكنها 50 ألف شخص.", "50 ألف", "no casualty word"),
        ("قتل 5 جنود في 3 من المواقع.", "3", "after a preposition (في)"),
        ("نجا 4 جنود من الهجوم.", "4", "no casualty word"),
        ("أسر 15 مقاتلا من قوات حفتر.", "15", "no casualty word"),
        ("أودى القصف بحياة 7 أشخاص بينهم 3 أطفال.", "3", "part of a toll already counted (بينهم)"),
        ("وصل عدد الإصابات بفيروس كورونا إلى 30 إصابة.", "30", "infection, not injury"),
        ("قتل 5 جنود في هجوم استمر 3 ساعات.", "3", "count of ساعات"),
    ],
)
def test_trap_numbers_are_not_casualties(text, surface, reason):
    roles = number_roles(text, actor_mentions=NO_MENTIONS, source_mentions=NO_MENTIONS)
    row = roles[roles["surface"] == surface]
    assert len(row) == 1, roles
    assert row.iloc[0]["role"] == "not a casualty figure"
    assert row.iloc[0]["reason"] == reason
    assert surface not in _figures(text)["figure"].str.strip().tolist()


def test_infection_is_not_an_injury():
    assert _figures("سجلت سلطات طرابلس أول حالة مصابة بالفيروس، مستهل الأسبوع الماضي.").empty
    assert _figures("ارتفع عدد المصابين بفيروس كورونا إلى 30 مصابا.").empty


# --------------------------------------------------------------------------
# lists, victims, places, sources, cumulative totals


def test_list_of_named_victims_adds_up():
    text = "أسفرت عن مقتل آمر عمليات سرت سالم درياق، ومعاونه القذافي الصداعي، و8 من عناصرهم."
    fig = _figures(text).iloc[0]
    assert (fig["kind"], fig["low"], fig["form"]) == ("killed", 10, "list")
    assert fig["figure"] == "آمر عمليات سرت سالم درياق، ومعاونه القذافي الصداعي، و8"
    assert _values(_figures("أسفرت الغارة عن مقتل قائد ميداني و6 من مرافقيه."), ("low", "form")) == [(7, "list")]
    assert _values(_figures("ما أدى إلى مقتل درياق، ومعاونه الصداعي، و8 آخرين."), ("low", "form")) == [(10, "list")]


def test_separate_victim_groups_stay_separate():
    frame = _figures("قتل 7 أطفال و3 نساء في قصف استهدف منزلا في تاجوراء.")
    assert _values(frame, ("low", "victim", "place")) == [(7, "civilians", "تاجوراء"), (3, "civilians", "تاجوراء")]
    frame = _figures("قتل 5 جنود و3 مدنيين.")
    assert _values(frame, ("low", "victim")) == [(5, "combatants"), (3, "civilians")]


@pytest.mark.parametrize(
    "text, victims",
    [
        ("قتل خمسة مدنيين.", ["civilians"]),
        ("قتل 3 أطفال و4 نساء.", ["civilians", "civilians"]),
        ("مقتل 15 مهاجرا غرقا.", ["civilians"]),
        ("قتل 4 من المسلحين.", ["combatants"]),
        ("قتل ثلاثة من رجال الشرطة.", ["combatants"]),
        ("قتل 23 شخصا.", ["unknown"]),
        # the second figure takes the first's victim when it names none
        ("قتل 5 جنود وأصيب 17 آخرين بجروح.", ["combatants", "combatants"]),
        ("قتل 6 من المقاتلين الحكوميين فيما أصيب 12 بجروح.", ["combatants", "combatants"]),
    ],
)
def test_victim_classes_without_actors(text, victims):
    assert _figures(text)["victim"].tolist() == victims


ACTORS = {"قوات الوفاق": "gna", "قوات حفتر": "lna", "قوات خليفة حفتر": "lna", "داعش": "isis",
          "الجيش الوطني الليبي": "lna", "خليفة حفتر": "lna"}


@pytest.mark.parametrize(
    "text, victim",
    [
        # an actor named after the number
        ("أصيب ثلاثة عشر عنصرا من قوات الوفاق في هجوم.", "gna"),
        ("قتلت 11 عنصرا من تنظيم داعش.", "isis"),
        # "its men": the attacked actor, else the speaker, else the nearest actor before
        ("أعلنت قوات الوفاق مقتل اثنين من عناصرها نتيجة قصف.", "gna"),
        ("نفذت قوات الوفاق ضربات جوية ضد قوات خليفة حفتر، أسفرت عن مقتل قائد و8 من عناصرهم.", "lna"),
        ("قصفت قوات الوفاق مواقع لقوات حفتر ما أسفر عن مقتل 12 من عناصرها.", "lna"),
        ("أعلن الجيش الوطني الليبي مقتل 5 من عناصره.", "lna"),
        # only "others": the attacked actor
        ("استهدف سلاح الجو غرفة عمليات قوات حفتر، ما أدى إلى مقتل 8 آخرين.", "lna"),
        # martyrs belong to the reporter's side
        ("وقال المتحدث باسم الكتيبة في القوات التي يقودها خليفة حفتر لوكالة رويترز إن هناك 15 شهيدا.", "lna"),
        # words of its own beat the attacked actor
        ("شنت قوات حفتر غارات ضد داعش أسفرت عن مقتل 5 مدنيين.", "civilians"),
    ],
)
def test_victim_actors(text, victim):
    frame = _figures(text, actor_mentions=_mentions(text, ACTORS))
    assert frame["victim"].tolist()[-1] == victim


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("قتل 6 جنود، وفقا لمصادر طبية.", "مصادر طبية"),
        # the agency passes on what the medical sources said: they report the toll (issue 12)
        ("قتل 23 شخصا، وفق ما نقلته وكالة أسوشيتد برس في تغريدة، عن مصادر طبية ليبية.", "مصادر طبية ليبية"),
        # a statement stands for its author (issue 12)
        ("وقتل خمسة عناصر، حسب بيان للقوات الليبية.", "القوات الليبية"),
        ("وقتل أكثر من 300 عنصر، حسب مصادر طبية في مدينة مصراتة.", "مصادر طبية"),
        ("وكانت وكالة الصحافة الفرنسية قد أفادت في وقت سابق بمقتل 15 عنصرا.", "وكالة الصحافة الفرنسية"),
        ("وقال محمد العزومي المتحدث باسم الكتيبة 302 في القوات لوكالة الصحافة الفرنسية، إن هناك 15 شهيدا.",
         "محمد العزومي المتحدث باسم الكتيبة 302"),
        ("قالت القوات الأميركية الأربعاء إنها قتلت 11 عنصرا.", "القوات الأميركية"),
        ("أعلنت قوات الوفاق مقتل اثنين من عناصرها.", "قوات الوفاق"),
        ("وجاء ذلك في تصريح للناطق باسم قوات \"الوفاق\" محمد قنونو، الذي أضاف إن الغارة أدت إلى مقتل 8.",
         "الناطق باسم قوات \"الوفاق\" محمد قنونو"),
        ("قتل 8 أشخاص.", None),
    ],
)
def test_attribution_phrase(text, attribution):
    frame = _figures(text)
    assert frame["attribution"].tolist() == [attribution] * len(frame)
    assert frame["reported_by"].tolist() == [attribution] * len(frame)  # no source ids: the phrase


def test_reported_by_takes_a_source_id_when_one_is_found():
    text = "قتل 23 شخصا، وفق ما نقلته وكالة أسوشيتد برس عن مصادر طبية."
    sources = _mentions(text, {"وكالة أسوشيتد برس": "ap", "مصادر طبية": "medical"}, column="source")
    fig = _figures(text, source_mentions=sources).iloc[0]
    assert (fig["reported_by"], fig["attribution"]) == ("medical", "مصادر طبية")   # the agency's source
    text = "قتل 23 شخصا، وفق وكالة أسوشيتد برس."
    sources = _mentions(text, {"وكالة أسوشيتد برس": "ap"}, column="source")
    fig = _figures(text, source_mentions=sources).iloc[0]
    assert (fig["reported_by"], fig["attribution"]) == ("ap", "وكالة أسوشيتد برس")


@pytest.mark.parametrize(
    "text, place",
    [
        ("قتل 23 شخصا في هجوم بسيارة مفخخة في بنغازي شرق ليبيا.", "بنغازي"),
        ("قتل خمسة عناصر في المعارك في حي الدولار الاثنين.", "حي الدولار"),
        ("قتل 6 من عناصرها في هجوم على الحي رقم 1.", None),   # على is not "in"
        ("قتل 6 في الحي رقم 1.", "الحي رقم 1"),
        ("قتلت 11 عنصرا في ضربة جوية قرب مدينة مرزق جنوب ليبيا.", "مرزق"),
        ("مقتل اثنين في قصف تمركزات بمحور أبوقرين جنوب مدينة مصراتة.", "أبوقرين، مصراتة"),
        ("قتل 5 في منطقة سكنية.", None),                      # not a name
        ("قتل 5 جنود، حسب مصادر طبية في مدينة مصراتة.", None),  # where the source is
        ("مقتل قائد عمليات سرت و8 آخرين.", None),                # part of a title
    ],
)
def test_place(text, place):
    assert _figures(text)["place"].tolist()[0] == place


@pytest.mark.parametrize(
    "text, cumulative",
    [
        ("وقتل في العملية العسكرية منذ انطلاقها في 12 أيار/مايو أكثر من 300 عنصر وأصيب أكثر من 1500 بجروح.",
         [True, True]),
        ("عملية استعادة سرت، التي بدأت في أيار/ مايو وقتل فيها أكثر من 400 جندي.", [True]),
        ("قتل 350 شخصا على الأقل حتى الآن.", [True]),
        ("قتل 5 جنود الاثنين، وقتل منذ بدء العملية 300.", [False, True]),
        ("بدأت القوات هجوما قتل فيه 5 جنود.", [False]),
    ],
)
def test_cumulative(text, cumulative):
    assert _figures(text)["cumulative"].tolist() == cumulative


# --------------------------------------------------------------------------
# the table itself


def test_offsets_and_evidence_are_verbatim():
    text = "وقال مصدر إن 5 جنود قُتِلوا.\nوأُصيب ٣ مدنيين بجروح في القصف، حسب مصادر طبية."
    frame = _figures(text)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == 2
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.figure
        assert row.figure in row.evidence and row.evidence in text
    assert str(frame["low"].dtype) == "Int64"


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="str"):
        find_casualties(None)
    with pytest.raises(TypeError, match="DataFrame"):
        casualty_figures(["قتل 5"])
    with pytest.raises(ValueError, match="text"):
        casualty_figures(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(ValueError, match="actors mentions need"):
        find_casualties("قتل 5 جنود", actor_mentions=pd.DataFrame({"start": [0], "end": [3]}))


def test_data_file_errors_name_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.csv").write_text("# a comment\nphrase,cue\nمنذ,cumulative,extra\n", encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    read_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"bad.csv, line 3: 3 cells"):
            read_table("bad.csv")
        with pytest.raises(DataFileError, match="missing column"):
            read_table("bad.csv", ("phrase", "kind"))
    finally:
        read_table.cache_clear()


def test_data_file_codes_are_checked(tmp_path, monkeypatch):
    from libyanews.casualties import wordlists as casualties

    (tmp_path / "casualty_qualifiers.csv").write_text(
        "phrase,position,qualifier\nنحو,before,about\n", encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    read_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"casualty_qualifiers.csv: qualifier 'about' .* approx"):
            casualties._table("casualty_qualifiers.csv", ("phrase", "position", "qualifier"))
    finally:
        read_table.cache_clear()


# --------------------------------------------------------------------------
# the seeds

# (article, kind, low, qualifier, victim, cumulative) for every figure in the seeds
SEED_FIGURES = [
    ("000_0e1083c9c33184de#1", "killed", 6, "at_least", "gna", False),
    ("000_0e1083c9c33184de#1", "injured", 12, "exact", "gna", False),
    ("000_0e1083c9c33184de#1", "killed_or_injured", 10, "vague", "gna", False),
    ("000_0e1083c9c33184de#1", "killed", 401, "more_than", "gna", True),
    ("000_0e1083c9c33184de#2", "killed", 10, "exact", "lna", False),
    ("000_0e1083c9c33184de#2", "killed", 10, "exact", "lna", False),
    ("001_2a210c8ead99e064#1", "killed", 2, "exact", "gna", False),
    ("002_ec3e5877bfe64987#1", "killed", 23, "exact", "unknown", False),
    ("002_ec3e5877bfe64987#1", "injured", 10, "vague", "unknown", False),
    ("002_ec3e5877bfe64987#1", "killed", 15, "exact", "lna", False),
    ("002_ec3e5877bfe64987#1", "killed", 15, "exact", "lna", False),
    ("002_ec3e5877bfe64987#1", "injured", 31, "more_than", "lna", False),
    ("002_ec3e5877bfe64987#2", "killed", 5, "exact", "gna", False),
    ("002_ec3e5877bfe64987#2", "injured", 17, "exact", "gna", False),
    ("002_ec3e5877bfe64987#2", "killed", 301, "more_than", "gna", True),
    ("002_ec3e5877bfe64987#2", "injured", 1501, "more_than", "gna", True),
    ("003_d9f07bdb5968e1f1#1", "killed", 11, "exact", "isis", False),
    ("003_d9f07bdb5968e1f1#1", "killed", 8, "exact", "isis", False),
    ("003_d9f07bdb5968e1f1#2", "killed", 10, "exact", "lna", False),
    ("003_d9f07bdb5968e1f1#2", "killed", 10, "exact", "lna", False),
]


@pytest.fixture(scope="module")
def figures(corpus):
    return casualty_figures(corpus)


def test_seed_figures(figures):
    assert list(figures.columns) == FIGURE_COLUMNS
    got = [(r.article_id, r.kind, int(r.low), r.qualifier, r.victim, bool(r.cumulative))
           for r in figures.itertuples()]
    assert got == SEED_FIGURES
    assert "004_f0c76394ef16e3ea#1" not in set(figures["article_id"])


def test_seed_figures_are_traceable(figures, corpus):
    texts = corpus.set_index("article_id")["text"]
    for row in figures.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.figure
        assert row.evidence in texts[row.article_id]
        assert row.figure_id == f"{row.article_id}@{row.start}"


def test_seed_sources(figures):
    by_figure = dict(zip(figures["figure"], figures["reported_by"]))
    assert by_figure["23 شخصا"] == "medical"   # وفق ما نقلته وكالة أسوشيتد برس ... عن مصادر طبية ليبية
    assert by_figure["15 عنصرا"] == "afp"
    assert by_figure["15 شهيدا"] == "محمد العزومي المتحدث باسم الكتيبة 302"
    assert by_figure["ستة على الأقل"] == "medical"
    assert by_figure["11 عنصرا"] == "us"


def test_seed_duplicates_are_marked(figures):
    dup = figures[figures["duplicate_of"].notna()]
    assert set(dup["article_id"]) == {"003_d9f07bdb5968e1f1#2"}
    assert set(dup["duplicate_of"]) == {"000_0e1083c9c33184de#2"}


def test_no_seed_number_is_dropped_without_a_reason(corpus):
    traps = {"1", "3", "19", "57", "302", "95", "450", "90", "180", "4", "2019", "12", "2016", "سبع", "خمس",
             "ألف", "أربعة عشر"}
    seen = set()
    for text in corpus["text"]:
        roles = number_roles(text)
        assert roles["reason"].notna().all() and (roles["reason"] != "").all()
        others = roles[roles["role"] == "not a casualty figure"]
        seen |= set(others["surface"])
    assert traps <= seen


@pytest.fixture(scope="module")
def events(corpus):
    return casualty_events(corpus)


def test_events_fold_the_driyaq_strike_told_four_times(events):
    assert list(events.columns) == EVENT_COLUMNS
    strike = events[events["figure_ids"].map(lambda ids: any(i.startswith("003_") and "#2" in i for i in ids))]
    assert len(strike) == 1
    strike = strike.iloc[0]
    assert (strike["article_id"], strike["kind"], strike["victim"]) == ("000_0e1083c9c33184de#2", "killed", "lna")
    assert (int(strike["low"]), int(strike["best"]), int(strike["high"])) == (10, 10, 10)
    assert (strike["n_reports"], strike["n_articles"]) == (4, 2)


def test_events_give_the_range_of_the_benghazi_bombing(events):
    bombing = events[(events["article_id"] == "002_ec3e5877bfe64987#1") & (events["kind"] == "killed")]
    assert len(bombing) == 1
    bombing = bombing.iloc[0]
    assert (int(bombing["low"]), int(bombing["best"]), int(bombing["high"])) == (15, 15, 23)
    assert bombing["values"] == (23, 15, 15)
    assert bombing["reported_by"][:2] == ("medical", "afp")   # AP passed on medical sources' toll
    injured = events[(events["article_id"] == "002_ec3e5877bfe64987#1") & (events["kind"] == "injured")].iloc[0]
    assert (int(injured["low"]), int(injured["high"]), injured["n_reports"]) == (10, 99, 2)


def test_events_keep_cumulative_totals_and_distinct_strikes_apart(events):
    cumulative = events[events["cumulative"]]
    assert sorted(int(v) for v in cumulative["low"]) == [301, 401, 1501]
    assert (cumulative["n_reports"] == 1).all()
    assert cumulative["high"].isna().all()          # "more than": no upper bound
    strikes = events[events["article_id"] == "003_d9f07bdb5968e1f1#1"]
    assert sorted(int(v) for v in strikes["low"]) == [8, 11]  # two strikes a week apart
    assert len(events) == 14


def test_events_accept_a_figures_table(figures, events):
    pd.testing.assert_frame_equal(casualty_events(figures), events)


# --- skipping sentences without a casualty word changes nothing ---------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from libyanews.casualties import reader as _casualties  # noqa: E402  (the stage runner holds the switch)
from tests.test_properties import PROPERTY, texts  # noqa: E402


def _figures_both_ways(text, monkeypatch):
    fast = find_casualties(text)
    with monkeypatch.context() as m:
        m.setattr(_casualties, "_FIGURES_ONLY", False)
        slow = find_casualties(text)
    return fast, slow


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الهجوم أسفر عن سقوط قتيلين وجريح، فيما قتل جنديان في الهجوم.",
    "قتل وأصيب العشرات. وصل 300 مقاتل إلى المدينة. قُتل ثلاثةُ مدنيين، ونفى الجيش سقوط قتلى.",
    "استقبل المستشفى جثث سبعة من عناصر البنيان المرصوص. وأصيبت امرأتان بجروح طفيفة.",
])
def test_skipping_sentences_without_a_casualty_word_changes_nothing(text, monkeypatch):
    fast, slow = _figures_both_ways(text, monkeypatch)
    pd.testing.assert_frame_equal(fast, slow)
    assert len(fast) > 0


def test_skipping_changes_nothing_on_the_seeds(seed_texts, monkeypatch):
    for text in seed_texts.values():
        fast, slow = _figures_both_ways(text, monkeypatch)
        pd.testing.assert_frame_equal(fast, slow)


_WORDS = ["قتل", "مقتل", "أصيب", "وأصيب", "قتيلين", "قتيلا", "جريح", "جنديان", "جنديين", "12", "٣", "ثلاثة",
          "عشرات", "العشرات", "من", "المدنيين", "عناصر", "في", "سرت", "،", ".", "بجروح", "لم", "تسفر", "عن",
          "إصابات", "قتلى", "وجرحى", "شهيدا", "امرأتان", "على", "الأقل", "أكثر", "نحو", "حفتر", "داعش", "وقال",
          "مصادر", "طبية", "لقي", "حتفهم", "سقوط", "أحد", "الجنود", "منذ", "2016", "كم", "غارات", "\n"]
casualty_texts = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)


@PROPERTY
@given(st.one_of(texts, casualty_texts))
def test_skipping_changes_nothing_on_any_text(text):
    fast = find_casualties(text)
    _casualties._FIGURES_ONLY = False
    try:
        slow = find_casualties(text)
    finally:
        _casualties._FIGURES_ONLY = True
    pd.testing.assert_frame_equal(fast, slow)


# --------------------------------------------------------------------------
# the constructions real reporting uses and the seeds lacked (each class with
# variants of our own; many more in tests/data/casualty_dev/)


def _found(text, **kw):
    frame = find_casualties(text, **kw)
    return [(r.kind, _int(r.low), _int(r.best), _int(r.high), r.victim) for r in frame.itertuples()]


def _int(v):
    return None if pd.isna(v) else int(v)


def _kinds(text):
    """(kind, best) of every figure of ``text``."""
    frame = find_casualties(text)
    return [(k, int(b)) for k, b in zip(frame["kind"], frame["best"])]


def _kinds_victims(text):
    """(kind, best, victim) of every figure of ``text``."""
    frame = find_casualties(text)
    return [(k, int(b), v) for k, b, v in zip(frame["kind"], frame["best"], frame["victim"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 1. the kind is not swallowed by the next trigger
        ("أسفرت المواجهات عن مقتل 4 وإصابة 9 من المقاتلين.",
         [("killed", 4, 4, 4, "combatants"), ("injured", 9, 9, 9, "combatants")]),
        ("أدى القصف إلى مقتل سبعة وإصابة ثمانية من المدنيين.",
         [("killed", 7, 7, 7, "civilians"), ("injured", 8, 8, 8, "civilians")]),
        ("أسفر الانفجار عن وفاة ١٢ وإصابة ٣٠ مهاجرا.",
         [("killed", 12, 12, 12, "civilians"), ("injured", 30, 30, 30, "civilians")]),
        # 2. the subject before its verb
        ("وأكدت المصادر أن شخصين قتلا في الاشتباك.", [("killed", 2, 2, 2, "unknown")]),
        ("وقال المسعفون إن مدنيين اثنين قتلا في القصف.", [("killed", 2, 2, 2, "civilians")]),
        ("وذكر المرصد أن 13 مدنيا قضوا في الغارات.", [("killed", 13, 13, 13, "civilians")]),
        ("وأفاد شاهد بأن أربعة أفراد قتلوا قرب الحاجز.", [("killed", 4, 4, 4, "unknown")]),
        ("وقال مسعفون إن ثمانية أفراد على الأقل من أسرة واحدة قتلوا عندما سقط صاروخ على منزلهم.",
         [("killed", 8, 8, None, "civilians")]),
        # 3. injured after a killed clause
        ("قال مصدر إن سبعة من القوات قتلوا وأصيب 11 آخرون.",
         [("killed", 7, 7, 7, "combatants"), ("injured", 11, 11, 11, "combatants")]),
        ("وأكد المستشفى أن شخصين قتلا وأصيب 15 آخرون.",
         [("killed", 2, 2, 2, "unknown"), ("injured", 15, 15, 15, "unknown")]),
        ("وقالت الوزارة إن عشرة مدنيين قتلوا وجرح ثلاثون آخرون.",
         [("killed", 10, 10, 10, "civilians"), ("injured", 30, 30, 30, "civilians")]),
        # 4. passive جُرح
        ("قتل جندي وجرح 7 آخرون في الكمين.", [("killed", 1, 1, 1, "combatants"), ("injured", 7, 7, 7, "combatants")]),
        ("وجرح 3 أطفال بشظايا القذيفة.", [("injured", 3, 3, 3, "civilians")]),
        # 5. duals with مصرع / حتف
        ("لقي مدنيان مصرعهما في القصف.", [("killed", 2, 2, 2, "civilians")]),
        ("ولقي جنديان حتفهما وأصيب ثالث.", [("killed", 2, 2, 2, "combatants"), ("injured", 1, 1, 1, "combatants")]),
        # 6. breakdowns: of a combined total (figures) and of the injured (not figures)
        ("وخلف القصف أكثر من 2500 بين قتيل وجريح، منهم 442 قتيلا و2100 جريح.",
         [("killed_or_injured", 2501, 2501, None, "unknown"), ("killed", 442, 442, 442, "unknown"),
          ("injured", 2100, 2100, 2100, "unknown")]),
        ("وأصيب 38 شخصا، 20 إصاباتهم بسيطة و12 متوسطة و6 حرجة.", [("injured", 38, 38, 38, "unknown")]),
        ("ونقل إلى المستشفى 14 مصابا، تسعة منهم بإصابات طفيفة وخمسة بإصابات متوسطة.",
         [("injured", 14, 14, 14, "unknown")]),
        # 7. two kinds in one phrase
        ("أسفرت المعارك عن سقوط أكثر من 1100 قتيل وإصابة 5762 بجروح.",
         [("killed", 1101, 1101, None, "unknown"), ("injured", 5762, 5762, 5762, "unknown")]),
        # 8. vague victims
        ("انفجرت سيارة مفخخة قرب السوق والضحايا بالعشرات.", [("killed_or_injured", 10, 10, 99, "unknown")]),
    ],
)
def test_constructions_of_real_reporting(text, expected):
    assert _found(text) == expected


def test_constructions_of_real_reporting_severity_chain():
    """A chain of conditions is a breakdown of injured counted before, even in a
    later sentence or across a closing quote; "others hurt less" are new people."""
    cases = [
        ('أصيب 28 جنديا في المعارك. وأوضح البيان أن "15 من الجرحى إصاباتهم طفيفة" و9 متوسطة و4 خطيرة.',
         [("injured", 28, 28, 28, "combatants")]),
        ("نقل 40 جريحا إلى المستشفى. وقال إن «ثمانية من المصابين حالتهم حرجة» و5 متوسطة.",
         [("injured", 40, 40, 40, "unknown")]),
        ("أصيب 32 شخصا في القصف. وأضاف أن إصابات 12 منهم بليغة و20 طفيفة.", [("injured", 32, 32, 32, "unknown")]),
        ("وأصيب 6 أشخاص بجروح خطيرة و4 آخرون بجروح طفيفة.",
         [("injured", 6, 6, 6, "unknown"), ("injured", 4, 4, 4, "unknown")]),
    ]
    for text, expected in cases:
        assert _found(text) == expected, text


@pytest.mark.parametrize(
    "text, victim, basis",
    [
        # quotation marks and «» do not end the victim phrase
        ('قتل عشرة من عناصر تنظيم "داعش" في الغارة.', "isis", "phrase"),
        ("قتل تسعة عناصر من قوات «البنيان المرصوص» في التفجير.", "gna", "phrase"),
        # the owner of "its" is the side named before
        ("أعلنت قوات الوفاق أن 4 من عناصرها قتلوا في الهجوم.", "gna", "pronoun"),
        # the lead established civilians: the later "two people" are civilians
        ("مقتل مدنيين في قصف على حي سكني\nقتل شخصان وأصيب أربعة آخرون عندما سقطت قذيفة على منزل.", "civilians",
         "article"),
        # the attacker is never the victim
        ("تبنى تنظيم داعش الهجوم الذي أودى بحياة 5 من عناصر الشرطة.", "combatants", "phrase"),
        # a side's spokesman on soldiers: its own men, unless a people's name follows (foreign soldiers)
        ("أعلن الجيش الوطني الليبي مقتل 10 جنود في قصف على تمركزاته.", "lna", "reporter"),
        ("أعلنت قيادات عسكرية في الجيش الوطني الليبي مقتل 10 عسكريين أتراك في قصف طال مطار معيتيقة.",
         "combatants", "phrase"),
        ("وقال المتحدث باسم الجيش الوطني الليبي إن ستة جنود روس لقوا حتفهم في الضربة.", "combatants", "phrase"),
        ("وأكد الناطق باسم قوات الوفاق مقتل ثلاثة ضباط أتراك في غارة على قاعدة الوطية.", "combatants", "phrase"),
        # a jihadist group that claims to have killed soldiers speaks of its enemy
        ("داعش يزعم قتل 17 عسكريا في هجمات على مواقع الجيش غرب كركوك", "combatants", "phrase"),
        ("وزعم تنظيم الدولة في بيان أن مقاتليه قتلوا 9 جنود.", "combatants", "phrase"),
        # the army or forces loyal to the House of Representatives are Haftar's (2014-2019)
        ("لقي تسعة عسكريين من الجيش الليبي الموالي لمجلس النواب مصرعهم في بنغازي.", "lna", "phrase"),
        ("قتل 6 من عناصر القوات التابعة لمجلس النواب في اشتباكات قرب أجدابيا.", "lna", "phrase"),
        ("أصيب 11 جنديا من القوات الموالية للبرلمان في معارك درنة.", "lna", "phrase"),
    ],
)
def test_victims_of_real_reporting(text, victim, basis):
    frame = find_casualties(text)
    assert (frame["victim"].iloc[-1], frame["victim_basis"].iloc[-1]) == (victim, basis)
    assert "isis" not in frame["victim"].tolist() or "داعش" in frame["victim_text"].iloc[-1]


def test_a_hospital_of_one_side_does_not_make_its_enemy_the_victim():
    text = "وقال مستشفى مصراتة المركزي إنه استقبل 2100 جريح من القوات التي تقاتل تنظيم داعش منذ مايو."
    frame = find_casualties(text)
    assert frame["victim"].tolist() == ["combatants"]


def test_a_claim_of_responsibility_does_not_report_the_toll():
    frame = find_casualties("وتبنى تنظيم داعش الهجوم الذي قتل فيه 5 شرطيين، حسب مصادر أمنية.")
    assert frame[["reported_by", "reporter_kind", "attacker"]].values.tolist() == [["security", "official", "isis"]]


# --- constructions of the second development set (articles2), variants of our own ---

@pytest.mark.parametrize(
    "text, expected",
    [
        # present-tense verbs of wounding in headlines: يصيب / تصيب
        ("قصف مدفعي يقتل 14 شخصا ويصيب 23", [("killed", 14, 14, 14, "unknown"), ("injured", 23, 23, 23, "unknown")]),
        ("غارة تقتل 5 مدنيين وتصيب 12 آخرين",
         [("killed", 5, 5, 5, "civilians"), ("injured", 12, 12, 12, "civilians")]),
        ("انفجار يصيب 9 أشخاص في سوق الخضار", [("injured", 9, 9, 9, "unknown")]),
        # قضت "died" (a feminine subject), never a court's ruling
        ("كما قضت امرأة في أبو سليم وأصيب 9 آخرون.",
         [("killed", 1, 1, 1, "civilians"), ("injured", 9, 9, 9, "civilians")]),
        ("وقضت طفلتان في القصف", [("killed", 2, 2, 2, "civilians")]),
        ("قضت المحكمة بسجن 5 متهمين", []),
        ("وقضت محكمة الجنايات بإعدام 3 مدانين", []),
        # one of them (أحد) or a singular right after إن/أن is the subject of the killed verb:
        # the injured "others" after it are injured, not killed_or_injured
        ("وقال الجيش إن أحد جنوده قتل وأصيب أربعة آخرون.",
         [("killed", 1, 1, 1, "combatants"), ("injured", 4, 4, 4, "combatants")]),
        ("إن جنديا قتل وأصيب 5 آخرون",
         [("killed", 1, 1, 1, "combatants"), ("injured", 5, 5, 5, "combatants")]),
        ("وذكر المصدر أن طفلا قتل وجرح ثلاثة آخرون",
         [("killed", 1, 1, 1, "civilians"), ("injured", 3, 3, 3, "civilians")]),
        ("قتل وأصيب 12 شخصا في سرت", [("killed_or_injured", 12, 12, 12, "unknown")]),
        # a television channel's number is its name
        ("ما أوقع عددا من القتلى، وفق مصادر محلية تحدثت لقناة 218.", [("killed", 3, 3, None, "unknown")]),
        ("وقالت قناة 218 إن 5 أشخاص قتلوا", [("killed", 5, 5, 5, "unknown")]),
        ("ونقلت قناة 218 عن مصدر طبي مقتل 4 أشخاص", [("killed", 4, 4, 4, "unknown")]),
    ],
)
def test_constructions_of_the_second_development_set(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, reported_by",
    [
        # "the details", "the information" stand for nobody: no fragment as reporter
        ("وبحسب التفاصيل، توفي مواطن في حي الفرناج وجرح 6 آخرون.", None),
        ("وحسب المعلومات المتوفرة قتل 3 مدنيين", None),
        ("ووفق المعطيات الأولية قتل 6 أشخاص", None),
        # "the latest figures of X": the reporter is X
        ("وقتل 40 شخصا بحسب أحدث أرقام منظمة الصحة العالمية.", "who"),
        ("وقتل 7 أشخاص وفق آخر حصيلة لوزارة الصحة.", "moh"),
    ],
)
def test_documents_without_an_author_credit_nobody(text, reported_by):
    frame = find_casualties(text)
    assert len(frame) and frame["reported_by"].map(lambda v: None if pd.isna(v) else v).unique().tolist() == [
        reported_by]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a source who asks not to be named says nothing by asking: the figure
        # after إن is what was said, not negated, and the source is the speaker
        ("وقال مصدر طبي طلب عدم ذكر اسمه إن خمسة مدنيين قتلوا في القصف.",
         [("killed", 5, "civilians", "medical")]),
        ("وقال شاهد عيان فضل عدم الكشف عن اسمه إن سبعة أشخاص أصيبوا.",
         [("injured", 7, "unknown", "witness")]),
        ("وقال مسؤول أمني رفض الكشف عن هويته إن ثلاثة جنود قتلوا في الهجوم.",
         [("killed", 3, "combatants", "security")]),
        # a negation that reaches over أن still negates
        ("انفجرت عبوة دون أن يسفر الانفجار عن سقوط ضحايا.", []),
        ("ولم يسفر القصف عن مقتل أحد.", []),
    ],
)
def test_an_unnamed_source_is_still_the_speaker(text, expected):
    frame = find_casualties(text)
    assert [(r.kind, _int(r.best), r.victim, None if pd.isna(r.reported_by) else r.reported_by)
            for r in frame.itertuples()] == expected


@pytest.mark.parametrize(
    "text, victim",
    [
        # the loss verb's subject before it, when nothing after it names the side
        ("إن قوات فجر ليبيا فقدت خلال الاشتباكات قتيلين", "combatants"),
        ("وقال المتحدث إن قوات الوفاق فقدت خلال المعارك عشرة قتلى", "gna"),
        ("وقال الناطق إن تنظيم داعش خسر في المواجهات 12 قتيلا", "isis"),
        # the side after the verb still decides first
        ("تكبد الحوثيون خلال المعارك 40 قتيلا", "combatants"),
    ],
)
def test_the_side_that_lost_them_is_the_victim(text, victim):
    frame = find_casualties(text)
    assert frame["victim"].tolist() == [victim]


@pytest.mark.parametrize(
    "text, victims",
    [
        # "all of them from X" after the figures names their side
        ("استقبل مستشفى غريان خلال يومين 9 قتلى و38 جريحا، كلهم من عناصر الجيش الوطني الليبي، بعد مواجهات.",
         ["lna", "lna"]),
        ("وصل إلى المستشفى 3 قتلى و12 جريحا، جميعهم من المدنيين.", ["civilians", "civilians"]),
        ("قتل 4 أشخاص وأصيب 7 آخرون، كلهم من عناصر تنظيم داعش", ["isis", "isis"]),
        ("نقل إلى المستشفى 12 جريحا، جميعهم من الأطفال والنساء.", ["civilians"]),
        # not after another clause
        ("قتل 4 أشخاص في القصف، وقال الأهالي إن كلهم من السكان", ["unknown"]),
    ],
)
def test_all_of_them_from_a_side(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, victims",
    [
        # the head of a toll names the victims; the number is its predicate further on
        ("صعدت حصيلة المدنيين الذين قضوا في قصف على أحياء مصراتة ليل السبت إلى ثمانية قتلى، فيما جرح خمسة آخرون.",
         ["civilians", "civilians"]),
        ("قال مصدر طبي إن إجمالي قتلى وجرحى الجيش الوطني الليبي منذ بدء عملية درنة تجاوز 700 بين قتيل وجريح.",
         ["lna"]),
        ("وأوضح المرصد أن قتلى الطرفين المتحاربين تجاوزوا 900 منذ مطلع الشهر.", ["combatants"]),
        ("بلغ عدد قتلى قوات الوفاق في محاور جنوب طرابلس منذ الأحد 14.", ["gna"]),
        # how the toll was counted (في حصيلة نهائية, بحسب حصيلة جديدة) is not its head
        ("وقال مصدر طبي إن عدد عناصر الميليشيات الموالية للنظام الذين لقوا حتفهم بضربات طائرات التحالف قرب "
         "بلدة خشام وصل في حصيلة نهائية إلى 163 قتيلا.", ["combatants"]),
        ("وارتفع عدد قتلى قوات الوفاق بحسب حصيلة جديدة إلى 31 قتيلا.", ["gna"]),
        ("وأكد المتحدث أن عدد المدنيين الذين سقطوا بقذائف الهاون على الأحياء السكنية في جنوب العاصمة وصل وفق "
         "حصيلة أولية إلى 27 قتيلا.", ["civilians"]),
        # the head names the attack, not its victims: nothing is decided
        ("ارتفعت حصيلة الغارات الروسية على سوق المدينة إلى 11 قتيلا.", ["unknown"]),
        ("ارتفعت حصيلة التفجير الانتحاري الذي ضرب مقهى في بعقوبة إلى 15 قتيلا.", ["unknown"]),
        ("ارتفعت حصيلة غارة معسكر التدريب إلى 19 قتيلا.", ["unknown"]),
    ],
)
def test_the_head_of_a_toll_names_its_victims(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, victim, attacker",
    [
        # "whom X killed": X is the attacker, never the victim; the victims come before the verb
        ("يصل عدد المتشددين الذين قتلتهم الطائرات الأميركية منذ أكتوبر إلى 38.", "combatants", "us"),
        ("بلغ عدد المدنيين الذين قتلتهم قوات حفتر منذ بدء الهجوم 40.", "civilians", "lna"),
        ("ارتفع عدد المسلحين الذين قتلهم الجيش الوطني الليبي في درنة إلى 25.", "combatants", "lna"),
    ],
)
def test_whom_they_killed(text, victim, attacker):
    frame = find_casualties(text)
    assert frame[["victim", "attacker"]].values.tolist() == [[victim, attacker]]


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown that counts civilians among the dead: the rest were not civilians
        "قذيفة عشوائية تقتل طفلين في جنزور\nسجل المستشفى الميداني مقتل 19 شخصا بينهم 8 مدنيين جراء الاشتباكات.",
        "مقتل مدنيين في قصف على ورشفانة\nوأحصت المصادر مقتل 7 أشخاص، من بينهم مدنيان، في المواجهات.",
        "ضحايا مدنيون في قصف على سرت\nوقتل 12 شخصا، بينهم ثلاثة مدنيين، في الاشتباكات.",
    ],
)
def test_some_civilians_among_them_is_not_all_civilians(text):
    frame = find_casualties(text)
    last = frame.iloc[-1]
    assert (last["victim"], last["victim_basis"]) == ("unknown", "phrase")


@pytest.mark.parametrize(
    "text, victim",
    [
        # "the National Army" alone is Haftar's in an article that names his forces otherwise
        ("تسعة قتلى في صفوف الجيش الوطني خلال يومين\nأعلن الجيش الوطني الليبي مقتل تسعة من جنوده.", "lna"),
        ("إصابة أربعة من قوات الجيش الوطني في الصابري\nقالت مصادر إن قناصة استهدفوا مواقع لقوات حفتر.", "lna"),
        ("مقتل 5 من الجيش الوطني في بنغازي\nوتتواصل المعارك بين قوات الكرامة ومجلس شورى ثوار بنغازي.", "lna"),
        # not in an article that does not (Syrian, Yemeni reporting)
        ("مقتل 5 من الجيش الوطني في ريف حلب\nوتتواصل المعارك قرب الباب.", "combatants"),
        ("مقتل 6 من عناصر الجيش الوطني السوري بقصف على عفرين، قال متحدث باسم قوات حفتر.", "combatants"),
    ],
)
def test_the_national_army_in_a_libyan_article(text, victim):
    assert find_casualties(text)["victim"].iloc[0] == victim


@pytest.mark.parametrize(
    "text, victim",
    [
        # "its fighters" with no owner named in the sentence: the side the article established
        ("ارتفاع قتلى قوات الوفاق في محيط الوطية إلى 7\nوقال المكتب الإعلامي للعملية إن عدد القتلى ارتفع إلى سبعة من مقاتليه.",
         "gna"),
        ("مقتل 6 من قوات حفتر في غريان\nوقال المصدر إن ستة من جنودها قتلوا.", "lna"),
        # not when the sentence names what was hit: its men are the target's
        ("مقتل 6 من قوات حفتر في غريان\nوقال المصدر إن المدفعية دكت مواقع مجلس الشورى ما أدى إلى مقتل العشرات من مسلحيه.",
         "combatants"),
    ],
)
def test_their_men_take_the_side_the_article_established(text, victim):
    assert find_casualties(text)["victim"].iloc[-1] == victim


@pytest.mark.parametrize(
    "text, victim, attacker",
    [
        # what was hit stands between the attack and its owner: the owner is the target, not the attacker
        ("وأوضح المركز أن طائرة مسيرة قصفت رتلا لقوات حفتر قرب بوابة الخمسين، ما أدى إلى مقتل 15 من عناصره.",
         "lna", None),
        ("قصفت طائرات حربية مقرا لقوات الوفاق فقتل 3 من عناصرها.", "gna", None),
        ("استهدفت غارة تجمعا لمسلحي تنظيم داعش قرب سرت ما أسفر عن مقتل 8 منهم.", "isis", None),
        # the attack's own actor still attacks
        ("قتل 5 مدنيين في قصف لقوات حفتر على أبوسليم.", "civilians", "lna"),
    ],
)
def test_the_owner_of_what_was_hit_is_not_the_attacker(text, victim, attacker):
    frame = find_casualties(text)
    assert frame[["victim", "attacker"]].values.tolist() == [[victim, attacker]]


@pytest.mark.parametrize(
    "text, victim",
    [
        # "its fighters" after a strike ON a side's position: the side hit, not the side that speaks
        ("أعلنت القيادة الأمريكية أن قواتها نفذت غارات جوية على معسكر لتنظيم داعش جنوب سرت، ما أسفر عن مقتل 14 "
         "من مقاتليه.", "isis"),
        ("وأعلن الجيش الوطني الليبي أن طائراته شنت غارة على مقر لتنظيم داعش في الجفرة، ما أدى إلى مقتل 7 من "
         "مقاتليه.", "isis"),
        ("وقال المتحدث باسم قوات الوفاق إن سلاح الجو نفذ ضربة دقيقة على رتل لقوات حفتر، ما أسفر عن مقتل 9 من "
         "مقاتليه.", "lna"),
    ],
)
def test_the_side_a_strike_fell_on_owns_its_fighters(text, victim):
    frame = find_casualties(text)
    assert frame[["victim", "victim_basis"]].values.tolist() == [[victim, "pronoun"]]


@pytest.mark.parametrize(
    "text, victim",
    [
        # "the army's men" in an article whose lead established one side's losses
        ("مصدر طبي: 900 قتيل وجريح من الجيش الوطني الليبي منذ بدء معركة درنة\n"
         "وأشار المصدر إلى أن أربعة من عناصر الجيش جرحوا في انفجار عبوة ناسفة.", "lna"),
        ("إصابة أربعة من قوات الجيش الوطني الليبي في الصابري\n"
         "وذكر المستشفى أن ثلاثة مصابين من عناصر الجيش وصلوا إليه.", "lna"),
        ("مقتل 3 من قوات حفتر في غريان\nوقتل جنديان من الجيش الليبي في القصف.", "lna"),
        # not another country's army
        ("مقتل 3 من قوات حفتر في غريان\nوقتل 4 من عناصر الجيش السوري في ريف حماة.", "combatants"),
        # soldiers, security men, "the forces" without whose: the side of the lead
        ("لقي خمسة من عناصر الأمن التابعين لوزارة الداخلية بحكومة الوفاق حتفهم في هجوم على بوابة.\n"
         "وقال مصدر عسكري إن الهجوم أسفر عن مقتل خمسة من رجال الأمن.", "gna"),
        ("لقي تسعة عسكريين من قوات حفتر مصرعهم في اشتباكات ببنغازي. وأفاد مسعفون بأن خمسة جنود آخرين قضوا "
         "جراء انفجار لغم.", "lna"),
        ("لقي أربعة من مقاتلي عملية البنيان المرصوص مصرعهم في سرت. واستقبل المستشفى أكثر من 45 جريحا من القوات "
         "المشاركة في العملية.", "gna"),
        # not when a people's adjective says whose, nor after a lead on a jihadist group
        ("مقتل 3 من قوات حفتر في غريان\nوقتل 4 جنود عراقيين في هجوم قرب الموصل.", "combatants"),
        ("مقتل 12 من عناصر داعش في غارة جنوب سرت\nوقتل خمسة من رجال الأمن في هجوم على بوابة.", "combatants"),
    ],
)
def test_the_army_is_the_side_the_article_established(text, victim):
    assert find_casualties(text)["victim"].iloc[-1] == victim


@pytest.mark.parametrize(
    "text, victim",
    [
        # a lead with dead and wounded "in the ranks of" forces no actor of ours names: combatants
        ("غارات مجهولة على معسكر جنوب طرابلس\nأسفرت غارتان على معسكر اليرموك عن سقوط قتلى وجرحى في صفوف قوات "
         "فجر ليبيا. ونقل مراسل عن مصادر ميدانية أن القصف أودى بحياة ثمانية أشخاص.", "combatants"),
        ("أوقع القصف قتلى وجرحى في صفوف مقاتلي الفصائل المعارضة قرب إدلب. وقال ناشطون إن 11 شخصا قتلوا.",
         "combatants"),
        ("سقط قتلى في صفوف المسلحين القبليين خلال الاشتباكات. وأكد مصدر محلي مقتل خمسة أشخاص.", "combatants"),
        # named forces are the side, as before; civilians in the ranks phrase are not combatants
        ("سقط قتلى في صفوف قوات حفتر جنوب طرابلس. وقال مصدر إن 6 أشخاص قتلوا.", "lna"),
        ("سقط قتلى في صفوف المدنيين جراء القصف. وقال مصدر إن 6 أشخاص قتلوا.", "civilians"),
    ],
)
def test_the_ranks_the_lead_names_establish_the_victims(text, victim):
    frame = find_casualties(text)
    assert frame["victim"].iloc[-1] == victim
    assert frame["victim_basis"].iloc[-1] == "article"


@pytest.mark.parametrize("text, victim", [
    # a lead where two states' forces lost men establishes neither for the rest of the article
    ("قتل اثنا عشر عنصرا من قوات حكومة الوفاق وتسعة مقاتلين من قوات حفتر في محور عين زارة. وفي بنغازي، أسفر "
     "انفجار عبوتين عن مقتل شخصين.", "unknown"),
    ("قتل 5 جنود من الجيش الوطني الليبي و3 من قوات الوفاق في اشتباكات. وقالت منظمة الصحة العالمية إن 700 "
     "شخص قتلوا منذ أبريل.", "unknown"),
    # a state's forces and a jihadist group: the article goes on with the forces' own losses
    ("لقي أربعة من مقاتلي البنيان المرصوص و12 عنصرا من داعش مصرعهم في سرت. وقال المستشفى إنه استقبل ستة "
     "قتلى.", "gna"),
])
def test_a_lead_with_two_sides_losses(text, victim):
    assert find_casualties(text)["victim"].iloc[-1] == victim


@pytest.mark.parametrize(
    "text, victim, attacker",
    [
        # an attack word ends the victim phrase: its actor attacked
        ("مقتل 7 من الموالين للنظام بهجوم لتنظيم الدولة في بادية الميادين", "combatants", "isis"),
        ("مقتل وإصابة 10 من الحشد الشعبي بهجمات لداعش في صلاح الدين", "combatants", "isis"),
        ("قتل 4 من قوات الوفاق بقصف لقوات حفتر جنوب طرابلس", "gna", "lna"),
    ],
)
def test_an_attack_word_ends_the_victim_phrase(text, victim, attacker):
    frame = find_casualties(text)
    assert frame[["victim", "attacker"]].values.tolist()[0] == [victim, attacker]


@pytest.mark.parametrize(
    "text, victims",
    [
        # "of them" counts the group named before the number
        ("الضربة أصابت منزلا كان يجتمع فيه مسلحون حوثيون، فقتلت أربعة منهم وأصابت 9 بجروح.",
         ["combatants", "combatants"]),
        ("سقطت قذيفة على حافلة تقل مدنيين فقتلت ثلاثة منهم.", ["civilians"]),
        ("حاصرت القوات مجموعة من عناصر تنظيم داعش وقتلت 6 منهم.", ["isis"]),
        # not "of them" after a number that is its own figure's group
        ("قتل 5 أشخاص في القصف.", ["unknown"]),
    ],
)
def test_of_them_counts_the_group_named_before(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, victims",
    [
        # "of their forces" / "in its ranks" after the figures: the side that speaks, else fighters
        ("وقال مصدر في كتيبة الصواعق إن 14 قتيلا وأكثر من 25 جريحا سقطوا من قواتهم خلال يوم الخميس.",
         ["combatants", "combatants"]),
        ("ذكر متحدث باسم غرفة عمليات فجر ليبيا أن قواته سجلت سقوط 9 قتلى و17 جريحا في صفوفها.",
         ["combatants", "combatants"]),
        ("وأعلنت قوات الوفاق سقوط 4 قتلى و11 جريحا في صفوفها.", ["gna", "gna"]),
        ("قال الناطق باسم قوات حفتر إن 6 قتلى سقطوا من قواتنا.", ["lna"]),
        # a later clause does not reach back
        ("قتل 5 أشخاص في القصف، وقالت قوات الوفاق إن قواتها ردت.", ["unknown"]),
    ],
)
def test_of_their_forces_after_the_figures(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, victim",
    [
        # "the council" alone is the shura council named before; "the attackers" are the lead's attacker
        ("معارك بين مجلس شورى ثوار بنغازي وقوات حفتر قرب بنينا\nوأفادت مصادر بأن تسعة مقاتلين من المجلس لقوا حتفهم.",
         "brsc"),
        ("مقتل 8 من الحشد بهجوم لتنظيم الدولة جنوب كركوك\nوقال ضابط إن حصيلة قتلى الحشد بلغت ثمانية، مقابل مقتل 9 من المهاجمين.",
         "isis"),
        ("قتلى في هجوم لتنظيم داعش على بوابة قرب سرت\nوقتل 3 من عناصر البوابة و5 من المسلحين المهاجمين.", "isis"),
        # "one of the attackers", "two attackers": a person noun of its own
        ("مقتل 5 من رجال الأمن في هجوم لداعش على بوابة قرب الخمس\nوأضاف أن القوة تمكنت من قتل أحد المهاجمين "
         "والقبض على اثنين.", "isis"),
        ("قتلى بهجوم لتنظيم الدولة على حاجز للجيش في كركوك\nوأصيب حارس وقتل مهاجمان.", "isis"),
        # no attacker in the lead: the attackers stay fighters of no named side
        ("اشتباكات عند بوابة قرب سرت\nوقتل 5 من المسلحين المهاجمين.", "combatants"),
        ("اشتباكات عند بوابة قرب سرت\nوقتل ثلاثة مهاجمين في تبادل لإطلاق النار مع الحراس.", "combatants"),
        # a breakdown that counts fighters among them: the whole is unknown
        ("مقتل مدنيين في قصف على سرت\nوقتل 12 شخصا بينهم مسلحون من التنظيم.", "unknown"),
        ("أكثر من 170 قتيلا من المتقاتلين في معارك ريف حماة", "combatants"),
        # الصاعقة is Haftar's special forces in an article that names his army
        ("الصاعقة: خسرنا 11 عسكريا في ثلاثة أيام من القتال\nقال المتحدث باسم الصاعقة التابعة للجيش الوطني الليبي إن أحد عناصر الصاعقة قتل.",
         "lna"),
    ],
)
def test_groups_the_article_named(text, victim):
    assert find_casualties(text)["victim"].iloc[-1] == victim


@pytest.mark.parametrize(
    "text, expected",
    [
        # the wounded who died: a killed figure, not injured
        ("ارتفعت حصيلة القتلى إلى تسعة، بعد وفاة خمسة من المصابين متأثرين بجراحهم.", [("killed", 9), ("killed", 5)]),
        ("وتوفي ثلاثة من الجرحى في المستشفى.", [("killed", 3)]),
        ("وقال المتحدث إن خمسة ممن أصيبوا في الانفجار فارقوا الحياة خلال الليل.", [("killed", 5)]),
        ("وأكد الطبيب أن اثنين من المصابين فارقا الحياة صباح اليوم.", [("killed", 2)]),
        # the wounded who were moved stay wounded
        ("وأصيب 4 من المسعفين.", [("injured", 4)]),
    ],
)
def test_the_wounded_who_died(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["best"])) == expected


@pytest.mark.parametrize(
    "text, victim, attacker",
    [
        # locals are civilians; a tribe's sons in a tribal war are not said to be
        ("أعدم مسلحو داعش 12 شابا من أبناء المنطقة رميا بالرصاص.", "civilians", "isis"),
        ("قتل ثلاثة من أبناء المدينة بقذائف عشوائية.", "civilians", None),
        ("قتل ستة من أبناء قبيلة الزوية في الاشتباكات.", "unknown", None),
        ("وصل إلى المستشفى ستة قتلى و19 جريحا من أبناء المشاشية.", "unknown", None),
        # who carried out the killing is never its victim, whatever words stand between
        ("قتل مسلحون من تنظيم داعش 5 من سكان القرية.", "civilians", "isis"),
    ],
)
def test_sons_of_the_town_and_of_the_tribe(text, victim, attacker):
    frame = find_casualties(text)
    assert frame[["victim", "attacker"]].values.tolist()[0] == [victim, attacker]


@pytest.mark.parametrize(
    "text, victims",
    [
        # the lead's civilians are the attack's; a running total since a date counts more than that
        ("مقتل 5 مدنيين بقصف على الفلوجة\nقتل خمسة مدنيين بقصف على أحياء المدينة. "
         "وأضاف أن المستشفى استقبل منذ مطلع كانون الثاني جثث 340 شخصا.", ["civilians", "civilians", "unknown"]),
        ("مقتل مدنيين في قصف على أم درمان\nوأودت الحرب المستمرة منذ أبريل 2023 بحياة عشرات الآلاف.",
         ["unknown"]),
        # a figure of the same attack still takes them
        ("مقتل مدنيين في قصف على أم درمان\nوقتل شخصان في القصف.", ["civilians"]),
    ],
)
def test_running_totals_do_not_take_the_leads_civilians(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun of one kind, then the masdar of the other with "others": two figures, not one pair
        ("وأفاد مصدر في الشرطة بارتقاء 8 شهداء وإصابة آخرين بجروح متفاوتة.", [("killed", 8)]),
        ("أعلنت وزارة الصحة سقوط 14 قتيلا وإصابة آخرين في القصف.", [("killed", 14)]),
        ("أسفر الانفجار عن 6 قتلى وجرح آخرين.", [("killed", 6)]),
        ("خلفت الغارة 3 قتلى وإصابة العشرات.", [("killed", 3), ("injured", 10)]),
        # the pair of nouns is still one combined figure
        ("سقط 20 قتيلا وجريحا في الهجوم.", [("killed_or_injured", 20)]),
        ("أعلنت الشرطة سقوط 8 قتلى وجرحى.", [("killed_or_injured", 8)]),
    ],
)
def test_the_injury_of_others_after_a_noun_is_its_own_figure(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bodies of N "of the dead" are part of a toll already counted
        ("وذكر مصدر طبي أن جثامين ثلاثة من القتلى لم يتم التعرف عليها بعد.", []),
        ("وتم انتشال جثث خمسة من القتلى من تحت الأنقاض.", []),
        ("سلمت السلطات جثامين أربعة من القتلى إلى ذويهم.", []),
        # bodies "of the victims" are still counted, as dead, and so are the wounded who died
        ("واستقبل المستشفى جثث ستة من الضحايا.", [("killed", 6)]),
        ("وانتشلت فرق الإنقاذ جثامين أربعة من الضحايا.", [("killed", 4)]),
        ("ونقلت سيارات الإسعاف عشرة من الضحايا إلى المستشفى.", []),
        ("وأعلن المستشفى وفاة اثنين من الجرحى.", [("killed", 2)]),
    ],
)
def test_the_bodies_of_some_of_the_dead_are_not_a_new_toll(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a breakdown inside a subject that comes before its verb: the whole toll, nothing more
        ("قال الطبيب إن خمسة أشخاص بينهم 3 أطفال قتلوا.", [("killed", 5, "unknown")]),
        ("قال الطبيب إن خمسة أشخاص بينهم طفل وامرأتان قتلوا.", [("killed", 5, "unknown")]),
        ("وأكد المصدر أن 12 شخصا بينهم سبعة جنود لقوا حتفهم.", [("killed", 12, "unknown")]),
        ("وقالت الشرطة إن سبعة أشخاص من بينهم امرأة قتلوا.", [("killed", 7, "unknown")]),
        # after the verb, a breakdown of women and children leaves the whole unknown too
        ("قتل خمسة أشخاص بينهم طفل وامرأتان.", [("killed", 5, "unknown")]),
        ("قتل خمسة أشخاص بينهم طفل.", [("killed", 5, "unknown")]),
        # the class of the toll's own words still counts
        ("قتل خمسة مدنيين بينهم طفل.", [("killed", 5, "civilians")]),
    ],
)
def test_a_breakdown_inside_the_subject(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"], frame["victim"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "يوم الجمعة" after a number names the day of the attack; it does not count days
        ("قتل خمسة أشخاص على الأقل وأصيب 48 يوم الجمعة في قذائف سقطت على سوق.", [("killed", 5), ("injured", 48)]),
        ("قتل 5 وأصيب 12 يوم السبت.", [("killed", 5), ("injured", 12)]),
        ("قتل 4 جنود وأصيب 9 صباح أمس.", [("killed", 4), ("injured", 9)]),
        ("أصيب 7 ليلة الخميس في الاشتباكات.", [("injured", 7)]),
        # a count of days stays a count of days
        ("استمر الحصار 48 يوما قتل خلالها 3 مدنيين.", [("killed", 3)]),
        ("وبعد 100 يوم من القتال قتل 6 جنود.", [("killed", 6)]),
    ],
)
def test_a_day_named_after_the_number_is_not_a_count_of_days(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit's number inside a subject before its verb does not end the subject
        ("وقال مصدر طبي إن قائدا ميدانيا في الكتيبة 309 قتل وجرح اثنان من رفاقه.", [("killed", 1), ("injured", 2)]),
        ("وأكد المصدر أن جنديين في اللواء 20 لقيا حتفهما.", [("killed", 2)]),
        ("وقالت المصادر إن 4 جنود من اللواء 166 قتلوا.", [("killed", 4)]),
        # a person noun joined to such a subject is a figure of its own ("one" agrees with it)
        ("قال متحدث عسكري إن سبعة على الأقل من عناصر الجيش ومدنيا واحدا لقوا حتفهم.", [("killed", 7), ("killed", 1)]),
        ("وأكد أن 3 جنود وضابطا قتلوا في الكمين.", [("killed", 3), ("killed", 1)]),
        ("وأفاد بأن خمسة مدنيين وطفلا أصيبوا بجروح.", [("injured", 5), ("injured", 1)]),
        ("قتل 4 جنود ومدني واحد في الهجوم.", [("killed", 4), ("killed", 1)]),
    ],
)
def test_subjects_before_their_verb_with_units_and_joined_nouns(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a breakdown set off by commas inside a subject before its verb
        ("قالت مصادر محلية إن سبعة من قياديي تنظيم داعش، بينهم اثنان يحملان جنسيات أجنبية، قتلوا في غارات.",
         [("killed", 7, "isis")]),
        ("وأكد الطبيب أن خمسة أشخاص، بينهم ثلاثة أطفال، لقوا حتفهم.", [("killed", 5, "unknown")]),
        ("وقال إن 12 مدنيا، من بينهم نساء، أصيبوا بجروح.", [("injured", 12, "civilians")]),
        ("وقال إن 12 مدنيا، من بينهم نساء، وصلوا إلى المستشفى.", []),
        # a breakdown after where it happened: fighters among the dead, so the whole is unknown
        ("أعلنت الشرطة مقتل 12 شخصا في أعمال عنف متفرقة شمالي بعقوبة، بينهم مسلحون من التنظيم.",
         [("killed", 12, "unknown")]),
        ("قتل 12 مدنيا في قصف على السوق، بينهم أطفال.", [("killed", 12, "civilians")]),
    ],
)
def test_a_breakdown_set_off_by_commas(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"], frame["victim"])) == expected


@pytest.mark.parametrize(
    "text, victims",
    [
        # "terrorists" later in an article whose title and lead are about one jihadist group: that group's
        ("أفريكوم: مقتل 6 من عناصر القاعدة في غارة قرب غات\n"
         "أعلنت أفريكوم أن ضربة قرب غات قتلت 6 من عناصر تنظيم القاعدة. "
         "وكانت ضربة سابقة قد أودت بحياة إرهابيين اثنين.", ["alqaeda", "alqaeda", "alqaeda"]),
        ("مقتل 5 من داعش في سرت\nقتل 5 من عناصر تنظيم داعش في سرت. وقتل 3 متشددين آخرين في غارة ثانية.",
         ["isis", "isis", "isis"]),
        # gunmen are not said to be the group's; nor are terrorists where the lead's victims are an army
        ("مقتل 5 من داعش في سرت\nقتل 5 من عناصر تنظيم داعش في سرت. وقتل 3 مسلحين في اشتباك آخر.",
         ["isis", "isis", "combatants"]),
        ("مقتل 4 من قوات حفتر\nقتل 4 من عناصر قوات حفتر في هجوم. وقتل 3 إرهابيين في الاشتباك.",
         ["lna", "lna", "combatants"]),
        # القاعدة alone is al-Qaeda only where the article names it
        ("قصف الطيران القاعدة الجوية وقتل 3 من عناصر القاعدة.", ["combatants"]),
    ],
)
def test_terrorists_are_the_jihadist_group_the_article_established(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, expected",
    [
        # the actor before an unambiguous verb of attack attacked: "its fighters" are not its own
        ("قالت مصادر عسكرية إن مسلحي داعش هاجموا نقاطا للحشد غربي الموصل فقتلوا أربعة من مقاتليه.",
         [("combatants", "isis")]),
        ("وقالت الشرطة إن قوات حفتر قصفت حي الهضبة فقتلت خمسة من سكانه.", [("civilians", "lna")]),
        # in its own clause only: the next clause's ISIS dead are still ISIS's
        ("قالت المصادر إن مسلحي داعش هاجموا نقاطا للحشد فقتلوا أربعة من مقاتليه، بينما قتلت غارات "
         "التحالف الدولي 21 من عناصر التنظيم.", [("combatants", "isis"), ("isis", "coalition")]),
        # a passive-looking قتلوا after the actor is not an attack
        ("وأعلنت قوات الوفاق أن 4 من عناصرها قتلوا.", [("gna", None)]),
    ],
)
def test_the_subject_of_a_verb_of_attack_is_the_attacker_in_its_clause(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["victim"], frame["attacker"])) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت القوات البلدة فقتلت خمسة من سكانها.",
        "أعلنت تركيا مقتل 3 من مواطنيها في القصف.",
        "استهدفت قوات حفتر القرية فقتلت 4 من أهاليها.",
    ],
)
def test_residents_and_citizens_of_someone_are_civilians(text):
    assert find_casualties(text)["victim"].tolist() == ["civilians"]


@pytest.mark.parametrize(
    "text, victim, basis",
    [
        # "his / its forces" in a toll's head or after a loss word: the side that speaks
        ("وقال المتحدث باسم قوات حفتر إن خسائر قواته بلغت 9 قتلى.", "lna", "pronoun"),
        ("وقال المتحدث باسم قوات الوفاق إن قواته تقدمت. وأوضح أن خسائر قواته بلغت «سبعة قتلى جراء ضربة».",
         "gna", "pronoun"),
        ("أعلن المتحدث باسم قوات الوفاق أن عدد قتلى عناصرها بلغ 5.", "gna", "pronoun"),
        # a side named as the subject after إن is that side, not the speaker's
        ("وقال المتحدث باسم قوات الوفاق إن قوات حفتر تكبدت 12 قتيلا.", "lna", "phrase"),
        ("وقال المتحدث باسم قوات الوفاق إن قتلى قوات حفتر بلغوا 12.", "lna", "phrase"),
    ],
)
def test_the_losses_of_his_forces_are_the_speakers_side(text, victim, basis):
    frame = find_casualties(text)
    assert frame[["victim", "victim_basis"]].values.tolist() == [[victim, basis]]


@pytest.mark.parametrize(
    "text, victim",
    [
        # "belonging to" / "loyal to" after the counted noun carries the victim phrase on to its side
        ("قتل أحد عشر عنصرا تابعا لحكومة الوفاق، الأحد.", "gna"),
        ("قتل 11 عنصرا تابعين لقوات حفتر.", "lna"),
        ("قتل 5 مقاتلين موالين لحكومة الوفاق.", "gna"),
        ("قتل 3 جنود تابعين للواء 20.", "combatants"),
    ],
)
def test_belonging_to_a_side_names_the_victims(text, victim):
    assert find_casualties(text)["victim"].tolist() == [victim]


@pytest.mark.parametrize(
    "text, victims",
    [
        # the rest of the sentence says what all the victims were
        ("وأفادت مصادر محلية بأن الغارات أودت بحياة ثمانية أشخاص بينهم طفلان، وأصابت 19 آخرين، "
         "مؤكدة أن الضحايا جميعهم مدنيون.", ["civilians", "civilians"]),
        ("قتل 9 أشخاص وجرح 21، وجميعهم من المدنيين.", ["civilians", "civilians"]),
        ("وقال إن 5 أشخاص قتلوا، وأوضح أن جميع القتلى مدنيون.", ["civilians"]),
        # some, not all; or all of the other kind only
        ("قتل 9 أشخاص بينهم مدنيون.", ["unknown"]),
        ("قتل 4 أشخاص في القصف، وأوضح أن جميع المصابين مدنيون.", ["unknown"]),
    ],
)
def test_all_the_victims_said_to_be_civilians(text, victims):
    assert find_casualties(text)["victim"].tolist() == victims


@pytest.mark.parametrize(
    "text, expected",
    [
        # technicals destroyed are vehicles, not injured
        ("وقال المركز الإعلامي إن الغارات أصابت تعزيزات متجهة إلى الجبهة ودمرت ثلاثة أطقم.", []),
        ("دمرت الغارة 4 أطقم قتالية وقتلت 6 من طواقمها.", [("killed", 6, "unknown")]),
        # "some of the injured" as the subject of a clause is part of a toll already counted
        ("وأوضح المصدر أن عددا من الجرحى في حالة خطرة.", []),
        ("أسفر القصف عن مقتل عدد من المدنيين.", [("killed", 3, "civilians")]),
        # who was among the injured is a breakdown
        ("رأينا عشرات القتلى والجرحى في الشوارع، وبين المصابين طفل وأخته.", [("killed_or_injured", 10, "unknown")]),
        # the toll of the suicide attack: the attack (and its bomber) is not the victim
        ("قالت الشرطة إن عدد قتلى الهجوم الانتحاري الذي تبنته حركة الشباب ارتفع إلى 31.", [("killed", 31, "unknown")]),
    ],
)
def test_vehicles_parts_of_a_toll_and_the_attack_in_its_head(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"], frame["victim"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one of the wounded who died is a death
        ("ثم عاد وأكد أن أحد الجرحى فارق الحياة.", [("killed", 1)]),
        ("وأفاد المصدر بأن أحد المصابين توفي متأثرا بجروحه.", [("killed", 1)]),
        ("وقال إن أحد الجرحى نقل إلى طرابلس.", []),
    ],
)
def test_one_of_the_wounded_died(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, victim",
    [
        # "and that they were all ..." later in the sentence
        ("وزعم تنظيم داعش في بيان أن 16 شخصا قتلوا في الهجوم وأنهم جميعا من مقاتلي الحشد العشائري.", "combatants"),
        ("وقال المصدر إن 5 أشخاص قتلوا وهم جميعا من المدنيين.", "civilians"),
        ("قتل 7 أشخاص في القصف وكانوا جميعا من عناصر تنظيم داعش.", "isis"),
    ],
)
def test_they_were_all(text, victim):
    assert find_casualties(text)["victim"].tolist() == [victim]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause that opens with "among the dead" lists parts of the toll, however long the list
        ("وبحسب المصادر، فإن بين القتلى القيادي في المجلس ناصر العكوري واثنين من مرافقيه، "
         "إلى جانب قرابة 20 مقاتلا من التنظيم سقطوا في حي الساحل الشرقي.", []),
        ("وأوضح أن بين الجرحى الطبيب خالد سالم وثلاثة من زملائه.", []),
        # a new casualty word ends the list
        ("وأكد أن بين القتلى ثلاثة أطفال، وأن 10 أشخاص أصيبوا.", [("injured", 10)]),
        ("بين القتلى 3 أطفال، وأصيب 10 آخرون.", [("injured", 10)]),
    ],
)
def test_a_clause_among_the_dead_lists_parts_of_the_toll(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # لا يزال / ما زال is "still", not a negation
        ("ارتفعت الحصيلة إلى تسعة، فيما لا يزال سبعة جرحى يرقدون في أقسام العناية.", [("injured", 7)]),
        ("ولا يزال 12 مصابا في المستشفى.", [("injured", 12)]),
        ("ولا تزال جثث 4 قتلى تحت الأنقاض.", [("killed", 4)]),
        # a real negation still negates
        ("ولم يصب 12 شخصا.", []),
        ("ولا يوجد قتلى بين المدنيين.", []),
    ],
)
def test_still_is_not_a_negation(text, expected):
    frame = find_casualties(text)
    assert list(zip(frame["kind"], frame["low"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("مقتل 5 من رجال الأمن في هجوم لداعش على بوابة شرق الخمس", [("killed", 5)]),
    ("قتل شخصان في اشتباكات بمدينة الخمس.", [("killed", 2)]),
    ("أصيب 3 أشخاص في الخمس وقتل آخر في زليتن.", [("injured", 3), ("killed", 1)]),
    ("وصل إلى مستشفى الخمس التعليمي 7 جرحى.", [("injured", 7)]),
    # the number word itself still counts
    ("قتل خمس نساء في القصف.", [("killed", 5)]),
])
def test_a_town_spelled_like_a_number_is_not_a_figure(text, expected):
    """الخمس is the town of Khoms (places.csv), not "the five"."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("لقي أربعة من مقاتلي عملية البنيان المرصوص التابعة لحكومة الوفاق الوطني و12 عنصرا من تنظيم داعش مصرعهم، "
     "الأحد.", [("killed", 4, "gna"), ("killed", 12, "isis")]),
    ("لقي ثلاثة من عناصر الكتيبة 166 المكلفة بحماية المنشآت النفطية في الهلال النفطي و7 من مسلحي تنظيم الدولة "
     "حتفهم.", [("killed", 3, "combatants"), ("killed", 7, "isis")]),
    ("لقي ستة جنود من قوات الجيش الوطني الليبي المتمركزة على أطراف مدينة درنة و4 من مسلحي مجلس الشورى مصرعهم.",
     [("killed", 6, "lna"), ("killed", 4, "combatants")]),
])
def test_two_long_groups_before_one_death_object(text, expected):
    """لقي X ... و Y ... مصرعهم: the death object may stand far after the first group."""
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # كبدا / كبدوا: the object right after the verb suffered the toll; the subject before it attacked
    ("وقال المركز الإعلامي للقوات المسلحة إن الجيش والمقاومة الشعبية كبدا الحوثيين أكثر من 40 قتيلا بخلاف الجرحى.",
     [("killed", 41, "combatants")]),
    ("وقال إن قوات الوفاق كبدوا قوات حفتر 12 قتيلا.", [("killed", 12, "lna")]),
    ("وأكد أن مقاتلي الحشد كبدوا عناصر داعش 9 قتلى و14 جريحا.", [("killed", 9, "isis"), ("injured", 14, "isis")]),
    # a dual verb of injuring after a dual verb of killing: its own kind
    ("وأفاد ناشطون بأن غارتين روسيتين أودتا بحياة امرأتين وأصابتا ستة أشخاص بجروح.",
     [("killed", 2, "civilians"), ("injured", 6, "unknown")]),
])
def test_inflicted_losses_and_dual_verbs(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a definite person noun with a two-word name after the casualty word: one man, named
    ("قتل الجندي عادل المغربي في المعارك.", [("killed", 1, "combatants")]),
    ("وأدت القذائف إلى وفاة الشاب مراد الككلي.", [("killed", 1, "unknown")]),
    ("قتل القائد الميداني سالم بوعلي في الاشتباكات.", [("killed", 1, "combatants")]),
    ("أعلنت القيادة العامة مقتل المدني سالم الورفلي بقذائف هاون.", [("killed", 1, "civilians")]),
    # a definite noun without a name is the one told of before: no new count
    ("قتل الجندي برصاص القناص.", []),
    ("وأكدت متحدثة مقتل الضابط، مشيرة إلى أن حالة الزوجة حرجة.", []),
    ("أعلن مقتل الجندي خلال المعارك.", []),
    ("وأسفر الهجوم عن مقتل الضابط في الهجوم الانتحاري.", []),
])
def test_a_named_man_after_the_casualty_word_counts_one(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of victims under one casualty word is one figure, the sum (catalogue L45)
    ("أودت الغارة بحياة طبيبين وممرض ومسعف.", [("killed", 4, "civilians")]),
    ("أدى القصف إلى إصابة امرأة وخمسة من أبنائها.", [("injured", 6, "civilians")]),
    ("مقتل قائد عسكري يمني و19 جنديا في معارك جنوب مأرب", [("killed", 20, "combatants")]),
    ("ما أدى إلى مقتل رجل وابنه وإصابة ثلاثة مدنيين.", [("killed", 2, "unknown"), ("injured", 3, "civilians")]),
    ("أصيب 3 أطفال ووالدتهم بجروح متفاوتة.", [("injured", 4, "civilians")]),
    # groups of different classes, a list a number opens, "another": each its own figure
    ("قتل ثلاثة من عناصر الكتيبة وامرأة وطفل جراء القصف.", [("killed", 3, "combatants"), ("killed", 2, "civilians")]),
    ("لقي 4 جنود و12 مسلحا مصرعهم في الاشتباكات.", [("killed", 4, "combatants"), ("killed", 12, "combatants")]),
    ("قتل جندي ومدني في القصف.", [("killed", 1, "combatants"), ("killed", 1, "civilians")]),
    ("أسفر الكمين عن مقتل ضابط وجندي آخر.", [("killed", 1, "combatants"), ("killed", 1, "combatants")]),
])
def test_a_list_of_victims_is_one_summed_figure(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # كان + a singular subject + قد + the verb: the singular is the count
    ("وكان جندي قد قتل وجرح أربعة آخرون من قوات دفاع شبوة السبت.", [("killed", 1), ("injured", 4)]),
    ("وكانت طفلة قد أصيبت بشظايا في القصف.", [("injured", 1)]),
    ("وكان الجيش قد قتل 5 مسلحين.", [("killed", 5)]),
    # ارتقوا: "ascended", said of the martyred
    ("وأضاف البيان أن 9 جنود ارتقوا خلال ساعات المواجهة.", [("killed", 9)]),
    ("وقالت مصادر محلية إن 4 مدنيين ارتقوا جراء القصف.", [("killed", 4)]),
    # brothers: a dual subject; a dual after a dual describes it
    ("وفي حادثة ثانية، أصيب شقيقان في العشرينيات بجروح بالغة.", [("injured", 2)]),
    ("لقي طفلان شقيقان حتفهما بعد سقوط قذيفة.", [("killed", 2)]),
])
def test_subjects_after_kana_martyrs_and_brothers(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # number + noun + و + noun, both indefinite accusative: one count of both kinds of people
    ("مقتل 93 عسكريا ومدنيا في هجوم على قاعدة تمنهنت الجوية", [("killed", 93)]),
    ("أسفر الهجوم عن سقوط 40 قتيلا ومصابا في صفوف المدنيين.", [("killed_or_injured", 40)]),
    # "and one civilian" is its own figure
    ("قتل 12 مسلحا ومدنيا واحدا في الاشتباكات.", [("killed", 12), ("killed", 1)]),
    ("أسفر القصف عن مقتل 5 أشخاص ومدني.", [("killed", 5), ("killed", 1)]),
])
def test_two_nouns_of_one_number(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age inside the subject (في التاسعة من عمره, في العشرينيات) does not end it
    ("وقال المرصد اليمني للألغام إن طفلا في التاسعة من عمره قتل عندما انفجر به لغم.", [("killed", 1)]),
    ("وأكد المصدر أن شابين في العشرينيات قتلا برصاص قناص.", [("killed", 2)]),
    ("وقال إن امرأة في الخمسين من عمرها أصيبت بشظايا.", [("injured", 1)]),
])
def test_an_age_inside_a_subject(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, victim", [
    # a long victim phrase still reaches its side (nine words)
    ("لقي ثلاثة من أفراد قوة العمليات الخاصة التابعة لوزارة الداخلية بحكومة الوفاق مصرعهم.", "gna"),
    ("قتل خمسة من عناصر الكتيبة الأولى المكلفة بحماية مقر الحكومة التابعة لقوات حفتر.", "lna"),
    # two soldiers of no stated side in an article whose lead is the LNA's losses
    ("أعلن اللواء طارق بن زياد التابع للقيادة العامة أن 14 من منتسبيه قضوا خلال مارس. وفي حادثة منفصلة لقي "
     "جنديان من الكتيبة 302 مصرعهما.", "lna"),
])
def test_long_victim_phrases_and_two_soldiers(text, victim):
    assert find_casualties(text)["victim"].iloc[-1] == victim


@pytest.mark.parametrize("text, expected", [
    # captured after killed: not a death
    ("وقتلت 17 من المهاجمين وأسرت أربعة آخرين.", [("killed", 17, "combatants")]),
    # fighters "who fight in the ranks of" a side are that side's
    ("قتلت 3 مقاتلين سودانيين يقاتلون في صفوف قوات حفتر.", [("killed", 3, "lna")]),
])
def test_captured_others_and_fighters_in_a_sides_ranks(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of them", "one of the guards": واحد before منهم / من is a count of one
    ("وذكرت المديرية أن دورية مساندة اشتبكت مع المهاجمين وقتلت واحدا منهم.", [("killed", 1)]),
    ("وأصيب واحد من الحراس بجروح.", [("injured", 1)]),
    ("وقتل واحد من المسعفين أثناء نقل الجرحى.", [("killed", 1)]),
])
def test_one_of_them(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two class words of one form joined by و: the dead were of both kinds (unknown), not soldiers
    ("مقتل 93 عسكريا ومدنيا في هجوم على قاعدة تمنهنت الجوية.", [("killed", 93, "unknown")]),
    ("لقي 7 أشخاص بين عسكريين ومدنيين مصرعهم في القصف.", [("killed", 7, "unknown")]),
    ("قتل 12 شخصا بين مدنيين وعسكريين في الغارة.", [("killed", 12, "unknown")]),
    ("أسفر الانفجار عن مقتل 20 مدنيا وعسكريا.", [("killed", 20, "unknown")]),
    # a dual or a number after و is a figure of its own, and keeps each its class
    ("أسفر القصف عن مقتل 3 مدنيين وجنديين.", [("killed", 3, "civilians"), ("killed", 2, "combatants")]),
    ("قتل 5 جنود ومدنيان اثنان في القصف.", [("killed", 5, "combatants"), ("killed", 2, "civilians")]),
])
def test_soldiers_and_civilians_in_one_group(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in addition to" + a person noun after a figure: one more under the same casualty word
    ("قتل ثلاثة عمال ليبيين إضافة إلى عامل من تشاد، وجرح 11 عاملا أجنبيا.",
     [("killed", 3, "civilians"), ("killed", 1, "civilians"), ("injured", 11, "civilians")]),
    ("أسفر القصف عن مقتل 4 مدنيين بالإضافة إلى طفلة.", [("killed", 4, "civilians"), ("killed", 1, "civilians")]),
    ("قتل خمسة جنود فضلا عن ضابط برتبة نقيب في الهجوم.", [("killed", 5, "combatants"), ("killed", 1, "combatants")]),
    ("أصيب 7 مدنيين إلى جانب مسعف كان ينقل الجرحى.", [("injured", 7, "civilians"), ("injured", 1, "civilians")]),
    # not a definite group, nor a thing
    ("قتل 3 جنود إضافة إلى الجرحى الذين نقلوا.", [("killed", 3, "combatants")]),
    ("وقتل 3 أشخاص، إضافة إلى تدمير منزل.", [("killed", 3, "unknown")]),
])
def test_in_addition_to_one_more(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # workers, civilians, fishermen of a foreign people are civilians, not that state
    ("قضى 6 عمال مصريين بسقوط قذيفة على مزرعة قرب سبها.", [("killed", 6, "civilians")]),
    ("قتل مهندس إيطالي وسائقه في كمين على الطريق الساحلي.", [("killed", 2, "civilians")]),
    ("أصيب 4 عمال أتراك في قصف استهدف موقع البناء.", [("injured", 4, "civilians")]),
    # soldiers of a state remain that state's
    ("قتل 5 جنود مصريين في الهجوم على الحدود.", [("killed", 5, "egypt")]),
])
def test_civilians_of_a_foreign_people(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause between a counted subject and its verb; the side is the one the clause names
    ("قال المرصد إن ستة من المسلحين السوريين الذين نقلتهم أنقرة للقتال إلى جانب قوات حكومة الوفاق قتلوا خلال "
     "مواجهات.", [("killed", 6, "gna")]),
    ("أفاد المرصد بأن أربعة من الشبان الذين استقدمتهم شركة فاغنر الروسية لحراسة منشآت نفطية لقوا حتفهم.",
     [("killed", 4, "russia")]),
    ("قال المرصد إن تسعة من المقاتلين السوريين الذين جندتهم الفصائل الموالية لتركيا قتلوا خلال يومين.",
     [("killed", 9, "turkey")]),
    ("وذكر المصدر أن 11 من المرتزقة الذين يقاتلون في صفوف قوات حفتر قتلوا في غارة.", [("killed", 11, "lna")]),
    # the clause's own verb is the casualty word: a part of the dead, no figure; nor another fate
    ("وأضاف أن ثلاثة من الجنود الذين قتلوا ينحدرون من سبها.", []),
    ("وأكد أن 12 من العمال الذين خطفوا الأسبوع الماضي أفرج عنهم.", []),
])
def test_a_relative_clause_inside_the_subject(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # نعى (mourns) + a number of its men: they died, and the mourner lost them
    ("نعت قوات الوفاق ثلاثة من أفرادها سقطوا في محور عين زارة.", [("killed", 3, "gna")]),
    ("تنعى قوات حكومة الوفاق 4 من عناصرها قضوا في المعارك.", [("killed", 4, "gna")]),
    ("ونعى جهاز دعم الاستقرار خمسة من عناصره قال إنهم سقطوا أثناء صد الهجوم.", [("killed", 5, "combatants")]),
    # no number, no figure; a toll in the same sentence is its own figure
    ("نعى رئيس المجلس الرئاسي ضحايا الهجوم.", []),
    ("نعى المجلس البلدي الضحايا الذين سقطوا في القصف الذي أودى بحياة 12 شخصا.", [("killed", 12, "unknown")]),
    # a loss verb reaches its number across a place (في المعركة) and a quotation mark
    ("وأضاف أن القوات خسرت في المعركة اثنين من عناصرها.", [("killed", 2, "combatants")]),
    ('قوات الوفاق تعلن القضاء على أكثر من 18 من "الجنجويد" جنوب طرابلس', [("killed", 19, "unknown")]),
])
def test_mourned_lost_and_eliminated(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who fight in the ranks of / alongside X" after the victims: X's fighters
    ("أعلنت القوات أن وحداتها قضت على أكثر من 18 مسلحا من الجنجويد الذين يقاتلون ضمن قوات حفتر، خلال هجوم مضاد.",
     [("killed", 19, "lna")]),
    ("قتل 7 مقاتلين تشاديين الذين يقاتلون في صفوف قوات الوفاق.", [("killed", 7, "gna")]),
    ("قتل 5 من عناصر الكتيبة التي تقاتل إلى جانب قوات حفتر في الجنوب.", [("killed", 5, "lna")]),
    # the side they attacked is not theirs
    ("قتل 3 من المسلحين الذين هاجموا مواقع قوات الوفاق.", [("killed", 3, "combatants")]),
])
def test_fighters_who_fight_for_a_side(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the class noun before بين قتيل وجريح says who they were; a side after the pair still wins
    ("سقط 11 مدنيا بين قتيل وجريح جراء قصف صاروخي.", [("killed_or_injured", 11, "civilians")]),
    ("أسفر القصف عن سقوط 14 طفلا بين قتيل وجريح.", [("killed_or_injured", 14, "civilians")]),
    ("سقط 20 عسكريا بين قتيل وجريح من قوات الوفاق.", [("killed_or_injured", 20, "gna")]),
    ("سقط 9 أشخاص بين قتيل وجريح.", [("killed_or_injured", 9, "unknown")]),
])
def test_a_class_noun_before_between_killed_and_wounded(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a soldier and the gunmen (or fighters) he fought are two sides, each its own figure
    ("قتل جنديا سوريا وثلاثة مقاتلين من المعارضة.", [("killed", 1), ("killed", 3)]),
    ("أسفر الهجوم عن مقتل جندي من الجيش السوري وثلاثة مسلحين.", [("killed", 1), ("killed", 3)]),
    ("قتل شرطي وأربعة مهاجمين في الاشتباك.", [("killed", 1), ("killed", 4)]),
    # one side's list is still one figure
    ("مقتل قائد عسكري يمني و19 جنديا.", [("killed", 20)]),
    ("قتل ضابط وثلاثة جنود في الكمين.", [("killed", 4)]),
])
def test_a_soldier_and_gunmen_are_not_one_list(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, victim", [
    # the men of the House's government, told by it or its agency, are the LNA's forces
    ("وقالت الحكومة المؤقتة إن 15 جنديا قتلوا في المعارك.", "lna"),
    ("أعلنت الحكومة المؤقتة مقتل 6 من جنودها في بنغازي.", "lna"),
    ("وبحسب الحكومة الموازية فإن 4 عسكريين لقوا حتفهم في الاشتباكات.", "lna"),
])
def test_the_men_of_the_house_are_the_lna(text, victim):
    assert find_casualties(text)["victim"].tolist() == [victim]


@pytest.mark.parametrize("text, expected", [
    # a label with ال and a tatweel (بوابة الـ70, الكتيبة الـ166) names a unit, it counts nobody
    ("أفادت صفحات محلية بأن خمسة من عناصر بوابة الـ70 التابعة للجيش قتلوا عندما فجر انتحاري سيارة.",
     [("killed", 5)]),
    ("قتل 3 جنود من الكتيبة الـ166 في الهجوم.", [("killed", 3)]),
    ("وأصيب عنصران من اللواء الـ444 بجروح.", [("injured", 2)]),
])
def test_a_label_with_a_tatweel_article(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the wounded were N civilians and M gunmen": a breakdown of a toll already counted
    ("تسلم المستشفى 16 قتيلا و37 جريحا. وتوزع الجرحى بين أربعة مدنيين وثلاثة وثلاثين مسلحا.",
     [("killed", 16), ("injured", 37)]),
    ("قتل 12 شخصا في القصف. وكان القتلى بين 5 مدنيين و7 عسكريين.", [("killed", 12)]),
    ("أصيب 20 شخصا، وتوزع المصابون بين 8 أطفال و12 امرأة.", [("injured", 20)]),
    # a range after an indefinite noun is a toll
    ("أسفر القصف عن سقوط قتلى بين 5 و10 أشخاص.", [("killed", 5)]),
])
def test_the_wounded_were_split_between(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the dead who ... reached N": the casualty noun, a relative clause, then the number it reached
    ("وأوضح المصدر أن «القتلى الذين نقلوا إلى مستشفى الدلنج بلغوا 12، ومعهم 29 مصابا».",
     [("killed", 12), ("injured", 29)]),
    ("وقال إن القتلى الذين سقطوا في المعارك وصلوا إلى 17.", [("killed", 17)]),
    ("وذكر الطبيب أن الجرحى الذين استقبلهم المستشفى منذ الصباح بلغوا 45.", [("injured", 45)]),
    # not a casualty noun: gunmen who attacked are no toll
    ("أكد أن المسلحين الذين هاجموا البلدة بلغوا 200.", []),
])
def test_the_dead_who_reached_a_number(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, victim", [
    # the side the victims are said to belong to, right after the figure (maybe hedged)
    ("قالت القيادة الأمريكية إن ضربة دقيقة قتلت «إرهابيين اثنين» ينتميان إلى تنظيم القاعدة.", "alqaeda"),
    ("غارة مجهولة على مزرعة قرب العجيلات تقتل 27 يشتبه بانتمائهم لداعش", "isis"),
    ("قتل ثلاثة مسلحين ينتمون إلى مجلس شورى ثوار بنغازي في الاشتباكات.", "brsc"),
    ("قتل 5 أشخاص يعتقد أنهم ينتمون لتنظيم الدولة.", "isis"),
])
def test_victims_said_to_belong_to_a_side(text, victim):
    assert find_casualties(text)["victim"].tolist() == [victim]


@pytest.mark.parametrize("text, expected", [
    # a lead without a toll says fighters were gathered at the place struck: the article's victims
    ("غارة على مزرعة قرب سرت\nقصفت طائرة مجهولة فجر الخميس مزرعة كان يتجمع فيها مسلحون من تنظيم داعش. "
     "وقال مصدر إن الضربة خلفت 27 قتيلا و4 جرحى.", [("killed", 27, "isis"), ("injured", 4, "isis")]),
    ("غارة على منزل في البيضاء\nاستهدفت مقاتلة تابعة للتحالف منزل شيخ قبلي، بينما كان عشرات من المسلحين "
     "مجتمعين داخله، بحسب سكان محليين. وقال السكان إن الغارة أوقعت 11 قتيلا و5 جرحى.",
     [("killed", 11, "combatants"), ("injured", 5, "combatants")]),
    ("قصف في الجفرة\nاستهدف الطيران موقعا يتحصن فيه عناصر من تنظيم القاعدة جنوب المدينة. وأسفر القصف عن مقتل 8.",
     [("killed", 8, "alqaeda")]),
    # people gathered for a wedding are not fighters: nothing is established
    ("قصف على قرية\nسقطت قذيفة على منزل كان يتجمع فيه أهالي القرية لحضور عرس. وقال مسعفون إن 6 أشخاص قتلوا.",
     [("killed", 6, "civilians")]),
])
def test_fighters_gathered_at_the_place_struck(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # inflicted losses on "them": the side whose attack was repelled, else fighters
    ("وقال إن الجيش صد هجوما لقوات حفتر وكبدها 12 قتيلا.", [("killed", 12, "lna")]),
    ("وأعلنت قوات الوفاق أنها أحبطت تقدما لقوات حفتر في محور الطويشة وكبدتها 7 قتلى.", [("killed", 7, "lna")]),
    ("وقال المتحدث إن قوات الفرقة 22 صدت هجوما لقوات الدعم السريع وكبدتها 40 قتيلا.",
     [("killed", 40, "combatants")]),
    ("وتصدت القوات للمهاجمين وكبدتهم 9 قتلى.", [("killed", 9, "combatants")]),
])
def test_losses_inflicted_on_them(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a large number of the wounded" in the accusative, after a figure
    ("خلفت الغارة 40 قتيلا وعددا كبيرا من الجرحى.", [("killed", 40, 40), ("injured", 3, None)]),
    ("وكبدت القوات المهاجمين 12 قتيلا وعددا كبيرا من المصابين.", [("killed", 12, 12), ("injured", 3, None)]),
    ("أوقع القصف عددا كبيرا من القتلى في صفوف المدنيين.", [("killed", 3, None)]),
])
def test_a_large_number_in_the_accusative(text, expected):
    found = find_casualties(text)
    assert [(k, int(lo), None if pd.isna(hi) else int(hi)) for k, lo, hi in
            zip(found["kind"], found["low"], found["high"])] == expected


@pytest.mark.parametrize("text, victim", [
    # "its men" after an attack verb that struck a side's column: that side's, not the speaker's
    ("وأوضح المركز الإعلامي لعملية بركان الغضب أن طائرة مسيرة قصفت رتلا لقوات حفتر قرب بوابة الخمسين، ما أدى "
     "إلى مقتل 15 من عناصره.", "lna"),
    ("وقالت قوات الوفاق إن مدفعيتها استهدفت تجمعا لقوات حفتر، ما أسفر عن مقتل 6 من أفراده.", "lna"),
    ("وذكر المتحدث باسم الجيش الوطني أن الطيران قصف آليات تابعة لقوات الوفاق، وقتل 4 من عناصرها.", "gna"),
])
def test_its_men_of_the_column_struck(text, victim):
    assert find_casualties(text)["victim"].tolist() == [victim]


@pytest.mark.parametrize("text, expected", [
    # "did not exceed N" is at most N (up_to), not more than N, and not a denial
    ("وقال إن عدد القتلى لم يتجاوز 29.", [("killed", None, 29, 29, "up_to")]),
    ("وأكد أن عدد الجرحى لا يتجاوز 15 جريحا.", [("injured", None, 15, 15, "up_to")]),
    ("وقال إن عدد القتلى تجاوز 29.", [("killed", 30, 30, None, "more_than")]),
    # a denial stays a denial
    ("نفى المتحدث أن يكون عدد القتلى تجاوز 40.", []),
])
def test_did_not_exceed_is_at_most(text, expected):
    found = find_casualties(text)
    as_int = lambda v: None if pd.isna(v) else int(v)  # noqa: E731
    assert [(k, as_int(lo), as_int(b), as_int(hi), q) for k, lo, b, hi, q in
            zip(found["kind"], found["low"], found["best"], found["high"], found["qualifier"])] == expected


@pytest.mark.parametrize("text, expected", [
    # a breakdown ends at a new clause (بينما, فيما) or a casualty noun of a new toll
    ("تسلم المستشفى 3 جثث وأحد عشر جريحا، اثنان منهم في العناية المركزة، بينما تحدث طبيب في مستشفى صرمان عن "
     "وصول قتيلين وثمانية مصابين إليه.", [("killed", 3), ("injured", 11), ("killed", 2), ("injured", 8)]),
    ("أصيب 12 شخصا، اثنان منهم في حالة خطرة، فيما تحدث مسعفون عن 5 قتلى و9 جرحى آخرين.",
     [("injured", 12), ("killed", 5), ("injured", 9)]),
    # its next items are still part of it
    ("أصيب 37، إصابات 3 منهم حرجة و26 متوسطة.", [("injured", 37)]),
    ("قتل 15 شخصا، منهم 8 مدنيين و7 عسكريين.", [("killed", 15)]),
])
def test_a_breakdown_ends_at_a_new_clause(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # residents (مقيم) are civilians, pilots (طيار) fighters; each counts one
    ("أعلن الدفاع المدني أن مقيما يمنيا قتل بشظايا مقذوف.", [("killed", 1, "civilians")]),
    ("أصيب 3 مقيمين أجانب في القصف.", [("injured", 3, "civilians")]),
    ("ما أدى إلى مقتل 5 من مرتزقة مجموعة فاغنر وطيار ليبي تابع لقوات حفتر.",
     [("killed", 5, "russia"), ("killed", 1, "lna")]),
    ("قتل طيار في تحطم مروحية عسكرية.", [("killed", 1, "combatants")]),
])
def test_residents_and_pilots(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # duals spelled like plurals where reporters write the plural otherwise: two
    ("وكان هجوم مماثل قد أسفر الشهر الماضي عن مقتل شرطيين.", [("killed", 2, "combatants")]),
    ("ما أسفر عن إصابة مسعفين بجروح متوسطة.", [("injured", 2, "civilians")]),
    ("استهدفت مسيرة سيارة قرب البلدة، فقتلت قياديين في التنظيم.", [("killed", 2, "combatants")]),
    # with a number, or definite after من, they are plurals as before
    ("قتل 9 شرطيين في الهجوم.", [("killed", 9, "combatants")]),
    ("قتل 5 من المسعفين.", [("killed", 5, "civilians")]),
    ("أصيب عدد من المسعفين.", [("injured", 3, "civilians")]),
])
def test_duals_spelled_like_plurals(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a funeral of N of its men is a toll; the mourners are not
    ("أعلنت جماعة الحوثي أنها شيعت في صنعاء وذمار 52 من عناصرها، بينهم 29 يحملون رتبا عسكرية.", [("killed", 52)]),
    ("الحوثيون يشيعون 52 من مقاتليهم سقطوا في جبهات الجوف", [("killed", 52)]),
    ("شيعت قوات الوفاق 6 من أفرادها في مصراتة.", [("killed", 6)]),
    ("شيع المئات من أهالي المدينة جثامين الضحايا.", []),
    ("وشارك المئات في تشييع جثامين 7 من أبناء المدينة.", [("killed", 7)]),
])
def test_funerals_of_its_men(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "we killed of them N": the object of an active verb, not a breakdown
    ('إن "جماعتنا فقدت 11 رجلا، بينما قتلنا منهم 62".', [("killed", 11), ("killed", 62)]),
    ("وقال القائد: قتلنا منهم 40 وأصبنا العشرات.", [("killed", 40), ("injured", 10)]),
    ("وأكد أن مقاتليه قتلوا منهم 17 في الهجوم المضاد.", [("killed", 17)]),
    # "of them, dozens fell": a part of the toll already given
    ("وثق ناشطون مقتل نحو 185 شخصا يوم الجمعة، سقط منهم العشرات في ريف إدلب.", [("killed", 185)]),
])
def test_we_killed_of_them(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead that establishes nobody; bare soldiers are the one state-like side the article names
    ("مسعفون: نحو 60 قتيلا في أسبوعين من معارك بنغازي\nقال مسعفون إن قرابة ستين شخصا لقوا حتفهم في المواجهات بين "
     "قوات الجيش المشاركة في عملية الكرامة ومسلحي مجلس شورى ثوار بنغازي. وأفاد موظفون في المستشفى بأن ثلاثة "
     "جنود قضوا يوم الخميس.", ["unknown", "unknown", "lna"]),
    ("اشتباكات جنوب طرابلس\nاندلعت اشتباكات عنيفة في محور عين زارة بين قوات حكومة الوفاق ومسلحين. وقال مصدر طبي "
     "إن خمسة جنود أصيبوا في القصف.", ["gna"]),
    # two state-like sides named: the soldiers stay combatants
    ("معارك في سرت\nتدور معارك بين قوات الوفاق وقوات حفتر قرب سرت. وقال مصدر إن أربعة جنود قتلوا.", ["combatants"]),
])
def test_bare_soldiers_are_the_one_state_side_named(text, expected):
    assert find_casualties(text)["victim"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies of two soldiers: one figure over both words, the soldiers' class
    ("وقال إن المستشفى استقبل جثتي جنديين من العمالقة و5 جرحى من زملائهما.",
     [("killed", 2, "combatants"), ("injured", 5, "combatants")]),
    ("تسلم المستشفى جثتي شابين.", [("killed", 2, "unknown")]),
    # a gate or unit named by a number word with ال is no count
    ("أن غارة على بوابة الخمسين قتلت أحد مسلحي حفتر وجرحت 4 آخرين.", [("killed", 1, "lna"), ("injured", 4, "lna")]),
    # "at least" after a people's adjective in the plural
    ("مقتل 6 مهاجرين سودانيين على الأقل.", [("killed", 6, "civilians")]),
    # بين قتيل وجريح after a subject of several words and its light verb
    ("وأضاف أن نحو 40 من مسلحي الحوثي سقطوا بين قتيل وجريح.", [("killed_or_injured", 40, "combatants")]),
])
def test_bodies_of_two_gates_named_and_long_subjects(text, expected):
    assert _kinds_victims(text) == expected


def test_at_least_after_a_plural_peoples_adjective():
    found = find_casualties("مقتل 6 مهاجرين سودانيين على الأقل.")
    assert (found["qualifier"].tolist(), found["low"].tolist(), found["high"].isna().tolist()) == (
        ["at_least"], [6], [True])


@pytest.mark.parametrize("text, expected", [
    # two relatives in the dual after a victim count two more
    ("ما أدى إلى مقتل رجل وطفليه.", [("killed", 3)]),
    ("أصيبت امرأة وابنتيها بجروح.", [("injured", 3)]),
    ("قتل مزارع ونجليه في الكمين.", [("killed", 3)]),
    # one relative counts one
    ("قتل رجل وابنه.", [("killed", 2)]),
])
def test_two_relatives_in_the_dual(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside between commas before مصرعهم / حتفهم; a pledge (المبايع ل) says whose they are
    ("لقي ستة مسلحين من جيش خالد بن الوليد، المبايع لتنظيم داعش، مصرعهم مساء الخميس.", [("killed", 6, "isis")]),
    ("لقي ثلاثة جنود، بينهم ضابط، حتفهم في الكمين.", [("killed", 3, "combatants")]),
    ("قتل 4 مسلحين، ينتمون إلى تنظيم القاعدة، في الغارة.", [("killed", 4, "alqaeda")]),
    # لقي without a death object is no casualty word
    ("لقي المتظاهرون ترحيبا، وقال إن 5 أشخاص قتلوا.", [("killed", 5, "unknown")]),
])
def test_an_aside_before_the_death_object(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural with اثنين joined to a figure is two more; smugglers and shop owners are people outside the fight
    ("مقتل 6 مهاجرين سودانيين على الأقل ومهربين اثنين في اشتباك بالشويرف",
     [("killed", 6, "civilians"), ("killed", 2, "civilians")]),
    ("إن ستة مهاجرين سودانيين على الأقل ومهربين ليبيين اثنين قتلوا خلال شجار.",
     [("killed", 6, "civilians"), ("killed", 2, "civilians")]),
    ("قتل 4 جنود ومدنيين اثنين.", [("killed", 4, "combatants"), ("killed", 2, "civilians")]),
    ("كما أصيب صاحب متجر قريب من المقر بشظايا.", [("injured", 1, "civilians")]),
])
def test_two_more_joined_and_people_outside_the_fight(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a construct plural ending in ي and the side it names: أحد مسلحي حفتر
    ("أن غارة قتلت أحد مسلحي حفتر وجرحت 4 آخرين.", [("killed", 1, "lna"), ("injured", 4, "lna")]),
    ("قتل أحد مقاتلي داعش في الاشتباك.", [("killed", 1, "isis")]),
    ("أصيب اثنان من مسلحي حفتر بجروح.", [("injured", 2, "lna")]),
])
def test_one_of_the_gunmen_of_a_side(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, victim", [
    # "the organisation" and "the operation" named again are the ones the text named before
    ("ردت قوات الوفاق بقصف مدفعي على مواقع تنظيم داعش. وأشار إلى أن القوات ردت بقصف على مواقع التنظيم، وقتلت 11 "
     "من عناصره.", ["isis"]),
    ("أفاد المتحدث باسم غرفة عمليات البنيان المرصوص بأن انتحاريا فجر شاحنة، ما أدى إلى مقتل ثمانية من مقاتلي العملية.",
     ["gna"]),
    ("قال المركز الإعلامي لعملية بركان الغضب إن 4 من مقاتلي العملية أصيبوا.", ["gna"]),
    # nothing named before: the fighters stay combatants
    ("قتل 5 من عناصر العملية العسكرية في سرت.", ["combatants"]),
])
def test_the_organisation_and_the_operation_named_again(text, victim):
    assert find_casualties(text)["victim"].tolist() == victim


@pytest.mark.parametrize("text, expected", [
    # a later figure without victim words that restates a toll of the article has its victims
    ("قتل ثلاثة جنود بتفجير عبوتين. وأوضح مصدر عسكري أن الحصيلة الأولية «3 شهداء» ومن المتوقع أن ترتفع.",
     ["combatants", "combatants"]),
    ("قتل ستة من المسلحين الموالين لتركيا في المعارك. وقال المرصد إن حصيلة القتلى بلغت 6 قتلى.",
     ["turkey", "turkey"]),
    # another value is another toll: it keeps what its own words say
    ("قتل ثلاثة جنود في الكمين. وفي حادث آخر قتل 4 أشخاص.", ["combatants", "unknown"]),
])
def test_a_restated_toll_keeps_its_victims(text, expected):
    assert find_casualties(text)["victim"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # the army that fought the Benghazi shura council is the LNA's; its wounded in the same sentence too
    ("ارتفاع قتلى الجيش في بنغازي إلى 19 جنديا\nأعلن المتحدث باسم القوات الخاصة أن 19 جنديا قتلوا إضافة إلى 14 "
     "جريحا في معارك مع مجلس شورى ثوار بنغازي.", ["lna", "lna", "lna"]),
    ("قال المتحدث إن سبعة جنود قتلوا وأصيب 12 آخرون وهم يتصدون لهجوم شنه مقاتلو مجلس شورى ثوار بنغازي.",
     ["lna", "lna"]),
    # without the council, nobody names the army's side
    ("قال المتحدث إن سبعة جنود قتلوا وأصيب 12 آخرون في المعارك.", ["combatants", "combatants"]),
])
def test_the_army_that_fought_the_benghazi_council(text, expected):
    assert find_casualties(text)["victim"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # the body of a soldier, of a driver: one figure over both words, of the person's class
    ("وكان مركز بنغازي الطبي قد تسلم صباح الاثنين جثة جندي في القوات الخاصة.", [("killed", 1, "combatants")]),
    ("تسلمت ثلاجة الموتى جثة مقاتل من الكتيبة السادسة، إلى جانب جثة سائق إسعاف.",
     [("killed", 1, "combatants"), ("killed", 1, "civilians")]),
    ("عثر الأهالي على جثة طفل قرب الوادي.", [("killed", 1, "civilians")]),
    ("تسلم المستشفى جثتي جنديين.", [("killed", 2, "combatants")]),
])
def test_the_body_of_a_person(text, expected):
    assert _kinds_victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound ordinal (الخامسة عشرة) is an age, and vehicles (عجلات) are things, not people
    ("أصيب 37 شخصا، وأشار إلى أن 12 من الجرحى أطفال دون الخامسة عشرة.", [("injured", 37)]),
    ("قتلت طفلة في الثالثة عشرة من عمرها.", [("killed", 1)]),
    ("وادعى التنظيم أن مقاتليه قتلوا 11 عنصرا وأحرقوا أربع عجلات.", [("killed", 11)]),
    ("قتل عشرة أشخاص في القصف.", [("killed", 10)]),
])
def test_a_compound_ordinal_and_vehicles_count_nobody(text, expected):
    assert _kinds(text) == expected
