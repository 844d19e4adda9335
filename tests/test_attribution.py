"""Who reports a casualty figure: reported_by and reporter_kind (issue 12).

Every sentence here is our own, built like the attributions of Libyan and
regional wire copy (the development set's catalogue); none is article text.
Each construction has at least three variants, and every case asserts both
``reported_by`` and ``reporter_kind`` of every figure of the sentence.
"""

import pandas as pd
import pytest

from libyanews.casualties import COLUMNS, find_casualties
from libyanews.casualties.attribution import REPORTER_KINDS, find_attribution, find_attributions
from libyanews.casualties.sentence import view_of
from libyanews.datafiles import read_table
from libyanews.gazetteer import SOURCE_KINDS, load_sources


def _reporters(text):
    frame = find_casualties(text)
    assert len(frame), f"no figure in {text!r}"
    return [(None if pd.isna(r) else r, None if pd.isna(k) else k)
            for r, k in zip(frame["reported_by"], frame["reporter_kind"])]


def _check(text, expected):
    """``expected``: one (reported_by, reporter_kind) for every figure, or a list, one per figure."""
    got = _reporters(text)
    want = expected if isinstance(expected, list) else [expected] * len(got)
    assert got == want


# --------------------------------------------------------------------------
# according to: وفقا ل, حسب, بحسب ما أفاد, نقلا عن, على لسان, كما قال

@pytest.mark.parametrize("text, expected", [
    ("قتل 4 أشخاص في قصف على حي الأندلس، وفقا لمصادر طبية.", ("medical", "medical")),
    ("أصيب 9 مدنيين بجروح في انفجار قرب السوق، حسب مصدر أمني.", ("security", "official")),
    ("قتل 3 جنود في كمين جنوب المدينة، بحسب مصدر عسكري.", ("military", "military")),
    ("قتل 7 أشخاص في الغارة، وفق المرصد السوري لحقوق الإنسان.", ("sohr", "monitor")),
    ("قتل 12 مدنيا في القصف، بحسب وزارة الصحة.", ("moh", "medical")),
    ("أصيب 15 شخصا في الانفجار، وفقا لوكالة الأنباء السورية.", ("sana", "agency")),
])
def test_according_to_names_the_source(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص في الهجوم، حسب ما أفاد عميد بلدية القرية.", ("عميد بلدية القرية", "official")),
    ("قتل 6 مدنيين في القصف، وفق ما قال مسؤول في مستشفى الوحدة.", ("مسؤول في مستشفى الوحدة", "medical")),
    ("أصيب 11 شخصا في الاشتباكات، بحسب ما ذكر ناشطون محليون.", ("activists", "witness")),
    ("قتل 8 عناصر في الكمين، وفق ما أفاد به ضابط في اللواء.", ("ضابط في اللواء", "military")),
])
def test_according_to_what_someone_said_skips_the_verb(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وذكرت وكالة محلية نقلا عن مسؤول في مستشفى النور أن 9 أشخاص قتلوا.", ("مسؤول في مستشفى النور", "medical")),
    ("ونقلت القناة نقلا عن مصادر طبية أن 14 شخصا أصيبوا بجروح.", ("medical", "medical")),
    ("أفادت الصحيفة نقلا عن شهود عيان بأن 6 مدنيين قتلوا في الغارة.", ("witness", "witness")),
])
def test_naqlan_an_credits_the_one_quoted(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وأقر الجيش الوطني الليبي على لسان المتحدث باسمه بمقتل 13 من مقاتليه.", ("lna", "military")),
    ("واعترفت قوات الوفاق على لسان الناطق باسمها بمقتل 5 من عناصرها.", ("gna", "side")),
    ("وأكدت وزارة الصحة على لسان المتحدث باسمها مقتل 21 مدنيا.", ("moh", "medical")),
])
def test_ala_lisan_describes_the_subject_before_it(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("أصيب 30 شخصا بجروح في القصف، كما قال مسعف في الهلال الأحمر.", ("redcrescent", "medical")),
    ("قتل 4 مدنيين في الغارة، كما قال شهود.", ("witness", "witness")),
    ("قتل 10 مقاتلين في المعارك، كما أعلن مصدر عسكري.", ("military", "military")),
])
def test_kama_qala_is_an_according_to(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# verbs of saying: VSO, SVO, كان ... قد, time words before the subject

@pytest.mark.parametrize("text, expected", [
    ("وقالت وزارة الصحة إن 17 شخصا قتلوا في القصف.", ("moh", "medical")),
    ("وأفاد مصدر طبي بأن 6 أشخاص قتلوا في الانفجار.", ("medical", "medical")),
    ("وقال مسؤول في مستشفى الرازي إن 5 مدنيين قتلوا.", ("مسؤول في مستشفى الرازي", "medical")),
    ("وأكد طبيب في مستشفى الشفاء أن المستشفى استقبل 40 جريحا.", ("طبيب في مستشفى الشفاء", "medical")),
    ("وقال وزير الصحة في الإقليم إن 27 شخصا قتلوا.", ("moh", "medical")),
    ("وذكر مستشفى الهدى في سرت أنه استقبل 3 قتلى.", ("مستشفى الهدى في سرت", "medical")),
    ("وقالت مصادر في الشرطة إن 6 عناصر قتلوا في الهجوم.", ("security", "official")),
    ("وقال مسؤول محلي في مديرية النخلة إن 4 مدنيين قتلوا.", ("official", "official")),   # مسؤول محلي: a source
    ("وقال مكتب الصحة في زبيد إن 23 شخصا قتلوا.", ("مكتب الصحة في زبيد", "medical")),
])
def test_subject_after_the_verb(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وزارة الصحة قالت إن 12 شخصا قتلوا في الغارة.", ("moh", "medical")),
    ("المرصد السوري أكد أن 9 مدنيين قتلوا في القصف.", ("sohr", "monitor")),
    ("مصادر طبية أفادت بأن 7 أشخاص قتلوا.", ("medical", "medical")),
])
def test_subject_before_the_verb(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وكانت وكالة الأناضول قد أفادت بمقتل 6 عناصر.", ("anadolu", "agency")),
    ("وكان المرصد السوري قد أعلن مقتل 9 مدنيين.", ("sohr", "monitor")),
    ("وكانت مصادر محلية قد ذكرت أن 4 أشخاص قتلوا.", ("local", "unknown")),
    # a name set off by commas inside كان ... قد: the title before it
    ("وكانت النائبة عن المدينة، فاطمة آدم، قد تحدثت في حصيلة أولية عن مقتل 17 شخصا.",
     ("النائبة عن المدينة", "official")),
    ("وكان مدير المستشفى، علي سالم، قد أعلن وصول 12 جريحا.", ("مدير المستشفى", "medical")),
])
def test_kana_qad(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت يوم الأحد وزارة الصحة مقتل 14 شخصا.", ("moh", "medical")),
    ("وقال أمس مصدر طبي إن 5 أشخاص قتلوا.", ("medical", "medical")),
    ("وأعلنت مساء السبت قوات الوفاق مقتل 3 من عناصرها.", ("gna", "side")),
])
def test_time_words_before_the_subject_are_not_the_reporter(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("أعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 31 قتيلا.", ("moh", "medical")),
    ("أكد المتحدث باسم التحالف تكبد المسلحين أكثر من 200 قتيل.", ("المتحدث باسم التحالف", "military")),
    ("أعلن الناطق العسكري سقوط 6 قتلى من الجنود.", ("الناطق العسكري", "military")),
    ("أعلنت لجنة الأطباء ارتفاع عدد القتلى إلى 58.", ("لجنة الأطباء", "medical")),
])
def test_the_object_of_the_verb_ends_the_subject(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وأحصى مستشفى الجلاء 19 قتيلا.", ("مستشفى الجلاء", "medical")),
    ("ووثق المرصد السوري لحقوق الإنسان مقتل 44 مدنيا.", ("sohr", "monitor")),
    ("واستقبل مستشفى الرحمة 12 جريحا من المدنيين.", ("مستشفى الرحمة", "medical")),
    ("ورصدت منظمة العفو الدولية مقتل 15 مدنيا.", ("amnesty", "monitor")),
])
def test_verbs_of_counting_credit_a_named_reporter(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# statements, headlines, documents

@pytest.mark.parametrize("text, expected", [
    ("وقتل 9 عناصر، في بيان صادر عن قيادة العمليات المشتركة.", ("قيادة العمليات المشتركة", "military")),
    ("وجاء ذلك في تصريح للناطق باسم الشرطة، الذي أضاف إن 3 عناصر قتلوا.", ("الناطق باسم الشرطة", "official")),
    ("وجاء في بيان وزارة الداخلية أن 5 من عناصر الأمن قتلوا.", ("وزارة الداخلية", "official")),
])
def test_statement_author(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وأعلن قسم الطوارئ بمستشفى مصراتة المركزي على صفحته أنه استقبل ستة قتلى.",
     ("قسم الطوارئ بمستشفى مصراتة المركزي", "medical")),
    ("وقالت وزارة الصحة على موقعها الرسمي إن 12 شخصا قتلوا.", ("moh", "medical")),
    ("وذكر مستشفى الجلاء على حسابه في فيسبوك أن 9 جرحى وصلوا.", ("مستشفى الجلاء", "medical")),
])
def test_where_a_statement_was_posted_is_not_the_reporter(text, expected):
    """``على صفحته``, ``على موقعها``: where it was posted ends the reporter phrase."""
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وذكرت شبكة أطباء السودان في بيان لاحق أن 24 مدنيا قتلوا.", ("sudandoctors", "medical")),
    ("وقالت الوزارة في بيان لاحق إن 6 أشخاص قتلوا.", ("الوزارة", "official")),
    ("وأكدت البعثة في بيانات لاحقة مقتل 9 مدنيين.", ("البعثة", None)),
    ("وأكد جهاز الإسعاف والطوارئ في وقت لاحق إصابة 3 أشخاص.", ("جهاز الإسعاف والطوارئ", "medical")),
])
def test_a_later_statement_is_not_its_author(text, expected):
    """``في بيان لاحق``, ``في وقت لاحق``: the adjective after a statement or a time is
    not its author (ل...), and the time is not where the speaker is."""
    got = _reporters(text)
    assert all(r == expected[0] and (expected[1] is None or k == expected[1]) for r, k in got)


@pytest.mark.parametrize("text, expected", [
    ("وقال مسعف يدعى عبد الله إنه نقل 7 جرحى إلى المستشفى.", ("مسعف", "medical")),
    ("وقال شاهد عيان يدعى سالم إن 4 أشخاص قتلوا.", ("witness", "witness")),
    ("وأكدت ممرضة تدعى فاطمة أن المستشفى استقبل 12 جريحا.", ("ممرضة", "medical")),
])
def test_a_speaker_called_by_name_is_the_speaker(text, expected):
    """``مسعف يدعى عبد الله``: the speaker's name after يدعى is not part of the phrase."""
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # present-tense verbs of saying in headlines, تحدث عن
    ("الجيش يعلن مقتل 5 من عناصر داعش في الأنبار", ("الجيش", "military")),
    ("داعش يزعم قتل 17 عسكريا عراقيا في كركوك", ("isis", "side")),
    ("الحوثيون يعلنون سقوط 11 ضحية مدنية بغارات أمريكية", ("الحوثيون", "side")),
    ("وتحدث مصدر طبي عن سقوط 8 قتلى.", ("medical", "medical")),
    ("وزارة الصحة تتحدث عن 30 قتيلا في قصف على السوق", ("moh", "medical")),
])
def test_headline_and_present_verbs_of_saying(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("الصحة: 40 قتيلا وجريحا في اشتباكات العاصمة", ("الصحة", "medical")),
    ("الأمم المتحدة: أكثر من 300 قتيل في شهرين", ("un", "monitor")),
    ("التلفزيون الرسمي: 6 شهداء بقذائف على الحي", ("التلفزيون الرسمي", "media")),
])
def test_headline_before_a_colon(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("قتل 21 مدنيا في التفجير، وفق أرقام وزارة الصحة.", ("moh", "medical")),
    ("وبحسب أرقام أولية نشرتها وزارة الصحة، قتل 18 شخصا.", ("moh", "medical")),
    ("قتل 20 من المسلحين، بحسب بيان للتحالف.", ("التحالف", "military")),
    ("قتل 11 عنصرا، وفق إحصاء لوكالة الصحافة الفرنسية.", ("afp", "agency")),
    ("أسفر القصف عن مقتل 7 مدنيين، وفق تقرير الأجهزة الأمنية في المحافظة.",
     ("الأجهزة الأمنية في المحافظة", "official")),
])
def test_a_document_stands_for_its_author(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", [
    "قتل 19 شخصا في السوق، بحسب حصيلة سابقة.",
    "وبحسب الإحصائية الجديدة، قتل 26 شخصا.",
    "أسفر القصف عن مقتل 8 أشخاص، وفق تقديرات أولية.",
    "قتل 12 شخصا، وفق أرقام أولية.",
])
def test_a_document_without_author_credits_nobody(text):
    _check(text, (None, None))


# --------------------------------------------------------------------------
# passed on: the one after عن reports

@pytest.mark.parametrize("text, expected", [
    ("ونقلت قناة محلية عن قائد ميداني في فجر ليبيا أن 6 من رجاله قتلوا.", ("قائد ميداني في فجر ليبيا", "side")),
    ("وأوردت صحيفة محلية عن فرق الإسعاف مقتل 13 شخصا.", ("paramedics", "medical")),
    ("قتل طفلان، بحسب ما نقلته وكالة رويترز عن مسؤولين محليين.", ("official", "official")),
    ("قتل 23 شخصا، وفق ما نقلته وكالة أسوشيتد برس في تغريدة، عن مصادر طبية.", ("medical", "medical")),
])
def test_a_relayed_toll_credits_its_origin(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# reporters with a description, recipients, journalists

@pytest.mark.parametrize("text, expected", [
    ("وقال محمد العزومي المتحدث باسم الكتيبة 302 إن 15 جنديا قتلوا.",
     ("محمد العزومي المتحدث باسم الكتيبة 302", "military")),
    ("وقال سالم الورفلي الناطق باسم المجلس البلدي إن 4 مدنيين قتلوا.",
     ("سالم الورفلي الناطق باسم المجلس البلدي", "official")),
    ("وقال خالد الزوي مدير مستشفى الأمل إن 8 جرحى وصلوا.", ("خالد الزوي مدير مستشفى الأمل", "medical")),
])
def test_a_named_reporter_with_his_description(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a name set off by commas before what he is: what he is reports (the name tells no kind)
    ("وأوضح خالد بن عمران، المتحدث الإعلامي لعملية بركان الغضب، أن الغارة أودت بحياة 4 أشخاص.", ("gna", "side")),
    ("وقال سالم الفيتوري، مدير مستشفى الجلاء، إن 9 جرحى وصلوا.", ("مدير مستشفى الجلاء", "medical")),
    ("وقال محمد، وهو أحد السكان، إن 3 أشخاص قتلوا.", ("أحد السكان", "witness")),
    # the title first, then the name: the title as before
    ("وقال المستشار الإعلامي للوزارة، سالم بن طاهر، إن 6 أشخاص قتلوا.", ("المستشار الإعلامي للوزارة", "official")),
])
def test_a_name_in_apposition_reports_as_what_he_is(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # حسبما: ما is written into the word, and the verb after it is skipped
    ("لقي جنديان مصرعهما أثناء تمشيط عمارة، حسبما أفاد آمر ميداني في الكتيبة.", ("آمر ميداني في الكتيبة", "military")),
    ("قتل 5 أشخاص، حسبما ذكرت وكالة الأنباء الليبية.", ("lana", "agency")),
    # the dead after نعى are its object, not who speaks
    ("لكن صفحات موالية لها نعت ضابطين من اللواء التاسع قالت إنهما قتلا بقصف مدفعي.", (None, None)),
])
def test_hasbama_and_the_mourned(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # في before a body whose kind comes after its name (مركز بنغازي الطبي) goes on with the phrase
    ("وقال مسؤول الإعلام في مركز بنغازي الطبي إن المركز استقبل 12 قتيلا.",
     ("مسؤول الإعلام في مركز بنغازي الطبي", "medical")),
    ("وأكد متحدث في مجمع الشفاء الطبي أن 7 جرحى وصلوا.", ("متحدث في مجمع الشفاء الطبي", "medical")),
    # منذ ends the phrase: since when is not who
    ("ووثق المرصد منذ مطلع العام مقتل 402 شخص في البادية.", ("المرصد", "monitor")),
])
def test_where_the_speaker_works_and_since_when(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وقال مسؤول في الشرطة لوكالة الأنباء الفرنسية إن 5 أشخاص قتلوا.", ("مسؤول في الشرطة", "official")),
    ("وقال مصدر طبي لقناة الجزيرة إن 9 أشخاص أصيبوا بجروح.", ("medical", "medical")),
    ("وأكد ضابط في الجيش لوكالة الأناضول مقتل 7 جنود.", ("ضابط في الجيش", "military")),
    # the press at large as recipient: لوسائل إعلام, للصحفيين, لصحفيين
    ("وقال النقيب في شرطة العاصمة لوسائل إعلام محلية إن 31 شخصا قتلوا.", ("النقيب في شرطة العاصمة", "official")),
    ("وأفاد المتحدث باسم الشرطة لصحفيين في المدينة بمقتل خمسة أشخاص.", ("المتحدث باسم الشرطة", "official")),
    ("وقال مدير مستشفى الهواري للصحفيين إن 14 جريحا وصلوا.", ("مدير مستشفى الهواري", "medical")),
])
def test_the_recipient_is_not_the_reporter(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وقال مصور لوكالة فرانس برس إنه رأى جثث 5 أشخاص.", ("afp", "agency")),
    ("وقال مراسل لوكالة الأناضول إن 9 مدنيين قتلوا.", ("anadolu", "agency")),
    ("وذكر صحفي لوكالة رويترز أن 4 أشخاص قتلوا.", ("reuters", "agency")),
])
def test_a_journalist_of_an_outlet_is_the_outlet(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# claims of responsibility report nothing

@pytest.mark.parametrize("text, expected", [
    ("وأعلن تنظيم داعش مسؤوليته عن التفجير، فيما قالت الشرطة إن 8 أشخاص قتلوا.", ("الشرطة", "official")),
    ("وتبنى تنظيم الدولة الهجوم الذي قتل فيه 12 شخصا، وفق مصادر أمنية.", ("security", "official")),
    ("وأكد مسؤولون أمنيون سقوط 6 قتلى في الانفجار، وهو هجوم أعلن تنظيم الدولة لاحقا أنه يقف خلفه.",
     ("security", "official")),
    ("وأعلنت جماعة مسلحة مسؤوليتها عن الهجوم الذي أسفر عن مقتل 9 جنود.", (None, None)),
])
def test_a_claim_of_responsibility_is_not_the_reporter(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وأعلن تنظيم داعش مسؤوليته عن الكمين، مؤكدا في بيانه أن 3 من عناصر الشرطة قتلوا.", ("isis", "side")),
    ("وأعلنت الحركة مسؤوليتها عن الهجوم، مضيفة أن 7 جنود قتلوا.", ("الحركة", "side")),
    ("وأعلن تنظيم الدولة مسؤوليته عن التفجير، مشيرا إلى أن 11 شخصا قتلوا.", ("isis", "side")),
    # تبنى: the claim itself reports nothing, a participle after it does (زاعما, مؤكدة)
    ("وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق، زاعما أن مقاتليه قتلوا ثمانية من عناصر الأمن.",
     ("isis", "side")),
    ("وتبنت حركة الشباب التفجير، مؤكدة أن 20 جنديا قتلوا.", ("حركة الشباب", "side")),
    ("وتبنى تنظيم الدولة العملية، مشيرا إلى أن 4 من عناصر الجيش قتلوا.", ("isis", "side")),
])
def test_a_claimant_who_goes_on_to_give_a_toll_reports_it(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# two reporters in one sentence: each figure its own

@pytest.mark.parametrize("text, expected", [
    ("ذكرت شبكة أطباء السودان أن 31 شخصا قتلوا، في حين قالت حكومة الولاية إن القتلى 48 مدنيا.",
     [("sudandoctors", "medical"), ("حكومة الولاية", "official")]),
    ("قال مصدر عسكري إن 9 أشخاص قتلوا، فيما أفاد محافظ المحافظة بأن 11 شخصا قتلوا.",
     [("military", "military"), ("محافظ المحافظة", "official")]),
    ("قتل 5 أشخاص، وفقا لمصادر طبية، فيما قال الجيش إن 3 من عناصره قتلوا.",
     [("medical", "medical"), ("الجيش", "military")]),
])
def test_each_figure_takes_its_own_reporter(text, expected):
    _check(text, expected)


def test_a_speaker_does_not_report_what_came_before_his_clause():
    _check("ارتفعت الحصيلة إلى 39 قتيلا وجريحا، وأكد مصدر أمني أن عدد القتلى بلغ 11.",
           [(None, None), ("security", "official")])


# --------------------------------------------------------------------------
# sides and armies: the annotators' convention

@pytest.mark.parametrize("text, expected", [
    ("أعلنت قوات الوفاق مقتل 2 من عناصرها.", ("gna", "side")),
    ("وقال تنظيم داعش في بيان إن 4 من عناصره قتلوا.", ("isis", "side")),
    ("نشرت وكالة أعماق أن الهجوم أدى إلى مقتل 19 عنصرا.", ("isis", "side")),
    ("وقال المتحدث باسم قوات حفتر إن 9 من جنودهم قتلوا.", ("lna", "military")),
    ("وقال الناطق باسم قوات الوفاق إن 10 من المهاجمين قتلوا.", ("gna", "military")),
    ("أقر الجيش الأمريكي بمقتل 30 مدنيا في غاراته.", ("us", "military")),
    ("وقالت القيادة الأمريكية في أفريقيا إن الضربة قتلت 7 مسلحين.", ("us", "military")),
])
def test_a_side_speaks_for_itself_and_an_army_spokesman_is_military(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("قتل 13 مقاتلا من مجلس شورى ثوار بنغازي في القصف، حسب ما أعلن المجلس في بيان.", ("brsc", "side")),
    ("وكان تنظيم الدولة قد هاجم المعسكر، وقال التنظيم إن 8 جنود قتلوا.", ("isis", "side")),
    ("وأعلن الجيش مقتل 8 من المسلحين.", ("الجيش", "military")),
])
def test_a_lone_definite_noun_is_the_actor_named_before_it(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("وقال شهود عيان إن 3 أشخاص قتلوا.", ("witness", "witness")),
    ("وقال سكان إن 5 مدنيين قتلوا في القصف.", ("سكان", "witness")),
    ("وقالت القناة الرسمية إن 8 مدنيين قتلوا.", ("القناة الرسمية", "media")),
    ("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 4 أطفال قتلوا.", ("ocha", "monitor")),
    ("وقالت غرفة طوارئ المدينة إن 21 مدنيا قتلوا.", ("err", "monitor")),
    ("وقال مسؤولون إن 6 أشخاص قتلوا.", ("مسؤولون", "official")),
    ("وأكدت مصادر صحفية مقتل 4 أشخاص.", ("مصادر صحفية", "media")),
    ("وأودت الاغتيالات بحياة ما يزيد على 60 شخصا، وفق إحصاءات منظمات حقوقية محلية.",
     ("منظمات حقوقية محلية", "monitor")),
    ("وقالت منظمات حقوقية إن 40 مدنيا قتلوا.", ("منظمات حقوقية", "monitor")),
    ("وقالت مصادر إعلامية إن 6 جنود قتلوا.", ("مصادر إعلامية", "media")),
    # a statement to the press is not the press reporting: تصريحات صحفية
    ("وقال مدير المستشفى في تصريحات صحفية إن 9 أشخاص قتلوا.", ("مدير المستشفى", "medical")),
])
def test_kinds_of_reporters(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # the police command is the police (official); a command alone, or an army's, is military
    ("وكان مصدر في قيادة شرطة حلب قد أفاد بمقتل 8 أشخاص.", ("مصدر في قيادة شرطة حلب", "official")),
    ("وقال ضابط في قيادة الشرطة إن 5 أشخاص قتلوا.", ("ضابط في قيادة الشرطة", "official")),
    ("وذكرت قيادة شرطة كركوك أن 3 من أفرادها قتلوا.", ("قيادة شرطة كركوك", "official")),
    ("وقال مصدر في قيادة الجيش إن 5 جنود قتلوا.", ("مصدر في قيادة الجيش", "military")),
])
def test_the_police_command_is_official(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # two speakers joined by و, the second cut off by its "في ...": the first, whole, not "... وعضو"
    ("وأكد عميد بلدية غريان وعضو في مديرية الأمن بالمدينة أن ثلاثة أشخاص أصيبوا بجروح.",
     ("عميد بلدية غريان", "official")),
    ("وقال مدير المستشفى وطبيب في قسم الطوارئ إن 4 أشخاص قتلوا.", ("مدير المستشفى", "medical")),
    ("وذكر رئيس المجلس المحلي وناشط في المدينة أن 6 مدنيين قتلوا.", ("رئيس المجلس المحلي", "official")),
    # a definite conjunct is part of one name
    ("وقال مستشفى الجلاء للجراحة والحوادث في بنغازي إن 3 أشخاص قتلوا.",
     ("مستشفى الجلاء للجراحة والحوادث", "medical")),
])
def test_a_second_speaker_cut_off_is_not_kept_as_a_fragment(text, expected):
    _check(text, expected)


# --------------------------------------------------------------------------
# fragments are never reported_by

_FRAGMENT_WORDS = {"يوم", "حصيلة", "أرقام", "القيادة", "البيان", "الحصيلة", "إحصاء"}


@pytest.mark.parametrize("text", [
    "وقال يوم 12 مايو إن 5 أشخاص قتلوا.",
    "وأشارت حصيلة سابقة إلى 19 قتيلا.",
    "وتشير أرقام إلى مقتل 30 شخصا.",
    "وقال البيان متوعدا بشن هجمات أكبر إن حصيلة العمليات بلغت 40 قتيلا.",
    "قتل 27 شخصا، وفق حصيلة لمستشفى الأبيار الواقعة على الطريق الساحلي.",
    "وأعلن ارتفاع الحصيلة إلى 14 قتيلا.",
    "وأعلنت القيادة العامة مقتل 6 من جنودها.",
])
def test_fragments_are_never_reported_by(text):
    for reported, kind in _reporters(text):
        assert reported is None or (reported not in _FRAGMENT_WORDS and len(reported.split()) <= 8
                                    and not reported.startswith(("قال", "أعلن", "أفاد")) and '"' not in reported)
        assert (reported is None) == (kind is None)


def test_the_fragments_resolve_to_their_author_or_nobody():
    assert _reporters("قتل 27 شخصا، وفق حصيلة لمستشفى الأبيار الواقعة على الطريق الساحلي.") == [
        ("مستشفى الأبيار", "medical")]
    assert _reporters("وقال البيان متوعدا بشن هجمات أكبر إن حصيلة العمليات بلغت 40 قتيلا.") == [(None, None)]
    assert _reporters("وأعلنت القيادة العامة مقتل 6 من جنودها.") == [("lna", "military")]


# --------------------------------------------------------------------------
# the columns, the records, the data files

def test_reporter_kind_follows_reported_by_in_the_columns():
    assert COLUMNS.index("reporter_kind") == COLUMNS.index("reported_by") + 1
    frame = find_casualties("قتل 8 أشخاص.")
    assert frame["reported_by"].tolist() == [None] and frame["reporter_kind"].tolist() == [None]


def test_reporter_kinds_are_from_the_documented_set():
    texts = ["قتل 4 أشخاص، وفقا لمصادر محلية.", "وقال مسؤول إن 5 قتلوا.", "وقال سالم الفيتوري إن 7 قتلوا."]
    kinds = {k for text in texts for _, k in _reporters(text)}
    assert kinds <= set(REPORTER_KINDS)
    assert _reporters("وقال سالم الفيتوري إن 7 أشخاص قتلوا.") == [("سالم الفيتوري", "unknown")]


def test_every_source_kind_maps_to_a_reporter_kind():
    from libyanews.casualties.attribution import _SOURCE_KIND
    assert {_SOURCE_KIND.get(k, k) for k in SOURCE_KINDS} <= set(REPORTER_KINDS)
    assert set(load_sources()["kind"]) <= set(SOURCE_KINDS)


def test_reporter_words_file_uses_the_documented_codes():
    rows = read_table("reporter_words.csv", ("phrase", "kind", "role"))
    assert {r["kind"] for r in rows} <= set(REPORTER_KINDS) | {""}
    assert {r["role"] for r in rows} == {"body", "speaker", "journalist", "place"}


def test_attribution_record_keeps_its_fields():
    att = find_attribution(view_of("وقال مسؤول في مستشفى الزاوية إن 5 أشخاص قتلوا."))
    text = "وقال مسؤول في مستشفى الزاوية إن 5 أشخاص قتلوا."
    assert text[att.start:att.end] == att.display == "مسؤول في مستشفى الزاوية"
    assert att.how == "speech" and att.context_end >= att.end and att.exclude == (att.start, att.end)
    assert att.kind == "medical" and text[att.cue:].startswith("وقال")
    assert [a.how for a in find_attributions(view_of("قتل 5، وفقا لمصادر طبية، فيما قال الجيش إن 3 قتلوا."))] == [
        "according_to", "speech"]


@pytest.mark.parametrize("text, expected", [
    # a sentence that goes on with a subjectless verb of saying quotes the speaker of the one before
    ("وقال المتحدث باسم قوات الوفاق إن قواته تقدمت. وأضاف أن 5 من عناصرها قتلوا.", ("gna", "military")),
    ("قالت وزارة الصحة إن القصف استهدف السوق. وأشارت إلى أن 4 قتلوا، وتابعت: إن 6 أصيبوا.",
     [("moh", "medical"), ("moh", "medical")]),
    ("وذكر مصدر طبي أن المستشفى استقبل الجرحى. وأوضح الأحد أن 3 أشخاص توفوا متأثرين بجروحهم.",
     ("medical", "medical")),
    ("قال شهود إن الطائرات حلقت فوق المدينة. وأضافوا أن القصف استمر ساعة. وتابعوا أن 7 مدنيين قتلوا.",
     ("witness", "witness")),
    # a verb with its own subject, or a sentence that does not go on speaking, keeps its own
    ("قالت وزارة الصحة إن القصف استهدف السوق. وأضاف مسؤول محلي أن 4 قتلوا.", ("official", "official")),
    ("قالت وزارة الصحة إن القصف استهدف السوق. وقتل 4 أشخاص في الهجوم.", (None, None)),
])
def test_a_speaker_goes_on_into_the_next_sentence(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # "according to what we have" names no source: the speaker of the sentence is the reporter
    ("قال النقيب في شرطة العاصمة: «وفق ما لدينا، قتل 31 شخصا».", ("النقيب في شرطة العاصمة", "official")),
    ("وأكد مدير المستشفى أنه بحسب ما يتوفر من معلومات قتل 6 أشخاص.", ("مدير المستشفى", "medical")),
    # "according to what X counted / broadcast" still names X
    ("قتل 19 مدنيا على الأقل بحسب ما أحصاه المرصد السوري لحقوق الإنسان.", ("sohr", "monitor")),
])
def test_according_to_what_we_have_names_no_source(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a reporter named again by its bare definite noun is the one named in full before
    ("كشف المتحدث باسم المركز الإعلامي لعملية بركان الغضب عن حصيلة القتلى. "
     "وقال المتحدث إن قوات بركان الغضب انتشلت 19 جثة.", ("gna", "side")),
    ("قالت مصادر أمنية عراقية إن التفجيرات استهدفت أسواقا. وأوضحت المصادر أن سبعة أشخاص قتلوا.",
     ("security", "official")),
    ("أعلنت منظمة الصحة العالمية أن المستشفيات امتلأت. وقالت المنظمة إن 1200 شخص قتلوا منذ أبريل.",
     ("who", "monitor")),
    ("قالت خلية الإعلام الأمني إن الحصيلة الفعلية أقل. وأوضحت الخلية أن الطائرات قصفت مخابئ المهاجمين، ما أدى "
     "إلى مقتل أربعة منهم.", ("smc", "military")),
    ("أعلنت جماعة الحوثي أن الغارات استهدفت صعدة. وقالت الجماعة إن 12 مدنيا قتلوا.", ("جماعة الحوثي", "side")),
    ("قال مجلس شورى مجاهدي درنة إن المعارك تجددت. وأعلن المجلس مقتل أربعة من مقاتليه.",
     ("مجلس شورى مجاهدي درنة", "side")),
    # nobody named before: the bare noun stays as printed
    ("وقال المتحدث إن 5 أشخاص قتلوا.", ("المتحدث", "unknown")),
])
def test_a_reporter_named_again_is_the_one_named_in_full_before(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a source who would not be named: the phrase ends before رفض / طلب / فضل
    ("قتل 5 أشخاص في الانفجار، حسبما أكد عضو في المجلس المحلي لبلدية تمنهنت رفض الكشف عن هويته.",
     ("عضو في المجلس المحلي لبلدية تمنهنت", "official")),
    ("وقال عضو في المجلس البلدي طلب عدم نشر اسمه إن 4 جنود قتلوا.", ("عضو في المجلس البلدي", "official")),
    ("وقال عضو في المجلس المحلي فضل عدم ذكر اسمه إن سبعة مدنيين أصيبوا.", ("عضو في المجلس المحلي", "official")),
    # the member named again by its bare noun
    ("قال عضو في المجلس المحلي للبلدة إن المعارك توقفت. وأوضح العضو أن المستشفى أحصى جثامين 4 عسكريين.",
     ("عضو في المجلس المحلي للبلدة", "official")),
])
def test_a_source_who_would_not_be_named(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # "the same source" (المصدر ذاته / نفسه) is the one named in full before
    ("قال مصدر عسكري في غرفة عمليات عمر المختار إن تسعة جنود قتلوا. وفي اشتباكات تلت الكمين، قتل خمسة من "
     "مسلحي المجلس، بحسب المصدر ذاته.", ("military", "military")),
    ("قالت مصادر طبية في المدينة إن المستشفى استقبل جثثا. وأضافت المصادر ذاتها أن 11 شخصا قتلوا.",
     ("medical", "medical")),
    # a channel or a time after the source ends it; ما قاله is skipped like ما قالته
    ("زعم المجلس عبر صفحة مقربة منه أن مقاتليه قتلوا 15 جنديا.", ("المجلس", "unknown")),
    ("قال الإعلام الرسمي حينها إن أربعة جنود قتلوا.", ("الإعلام الرسمي", "unknown")),
    ("وبحسب ما قاله مدير المستشفى، قتل سبعة أشخاص.", ("مدير المستشفى", "medical")),
])
def test_the_same_source_a_channel_and_what_he_said(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # "in a press statement": the press is not the author; the speaker named again is
    ("أفاد المتحدث باسم غرفة العمليات بأن 8 قتلوا. وأضاف المتحدث في تصريح صحفي يوم السبت أن 14 جريحا يتلقون "
     "العلاج.", ("المتحدث باسم غرفة العمليات", "military")),
    ("قال مدير المستشفى في تصريح صحافي إن 6 أشخاص قتلوا.", ("مدير المستشفى", "medical")),
    ("وأوضح الناطق باسم الهلال الأحمر في بيان صحفي أن 3 متطوعين أصيبوا.", ("redcrescent", "medical")),
])
def test_a_press_statement_is_not_its_author(text, expected):
    _check(text, expected)
