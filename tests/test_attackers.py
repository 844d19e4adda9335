"""Who attacked (``attacker``): the forms issue 13 lists, on our own sentences, and the target never
taken for the attacker."""

import pytest

from libyanews import find_casualties


@pytest.mark.parametrize("text, attacker", [
    # قصف شنه طيران ...: a word of attack, a verb of carrying out, the force
    ("قتل 12 مدنيا في قصف شنه طيران حفتر على حي سكني.", "lna"),
    ("قتل 4 مدنيين في قصف جوي شنه طيران الوفاق على سرت.", "gna"),
    ("قتل 6 أشخاص في قصف مدفعي شنته قوات حفتر على الأحياء الجنوبية.", "lna"),
    ("قتل 8 جنود في غارات نفذها الطيران الأميركي قرب سرت.", "us"),
    ("قتل 12 مدنيا في قصف شنه الطيران التابع لحفتر.", "lna"),
    ("قتل 12 مدنيا في قصف شنه سلاح الجو التابع للوفاق.", "gna"),           # the force in several words
    ("قتل 3 مدنيين في قصف نفذته طائرات مسيرة تابعة لحفتر.", "lna"),
    # غارة للتحالف: the coalition named in full, or in full earlier in the text
    ("لقي 7 أشخاص حتفهم في غارة للتحالف العربي على صعدة.", "arab_coalition"),
    ("قتل 11 مدنيا في غارة لطيران التحالف بقيادة السعودية.", "arab_coalition"),
    ("قتل 9 مدنيين في غارة جوية للتحالف الدولي على الرقة.", "coalition"),
    ("أعلن التحالف الدولي شن غارات. وقتل 7 مدنيين في غارة للتحالف على منزل في الرقة.", "coalition"),
    ("شن التحالف العربي غارات على صعدة. وقتل 7 مدنيين في غارة للتحالف على سوق.", "arab_coalition"),
    # هجوم لتنظيم ...
    ("قتل 12 جنديا في هجوم لتنظيم داعش على بوابة أمنية.", "isis"),
    ("قتل 10 جنود في هجوم لتنظيم الدولة الإسلامية على حاجز.", "isis"),
    ("قتل 10 جنود في هجوم لتنظيم القاعدة على حاجز.", "alqaeda"),
    ("قتل 5 جنود في هجوم انتحاري لتنظيم داعش.", "isis"),                    # an adjective between
    ("قتل 5 أشخاص في هجوم شنه مسلحون من تنظيم داعش.", "isis"),
    ("أسفر هجوم لتنظيم داعش عن مقتل 4 جنود.", "isis"),
    # بطائرات مسيرة إماراتية: the weapon's nationality
    ("قتل 2 من عناصر الوفاق بطائرات مسيرة إماراتية قرب مصراتة.", "uae"),
    ("قتل 3 من عناصر الوفاق في قصف بطائرات مسيرة إماراتية.", "uae"),
    ("قتل 5 في غارة شنتها طائرة مسيرة إماراتية على مصراتة.", "uae"),
    ("قتل مدنيان في قصف بطائرة مسيرة تركية.", "turkey"),
    ("قتل 5 مدنيين في غارة للطيران الروسي.", "russia"),
    # claims of responsibility
    ("قتل 6 جنود في تفجير تبناه تنظيم داعش.", "isis"),
    ('قتل 15 جنديا في هجوم انتحاري في بنغازي، تبناه "مجلس شورى ثوار بنغازي".', "brsc"),  # a name in quotes
])
def test_the_attacker_is_read_and_is_not_the_victim(text, attacker):
    figures = find_casualties(text)
    assert len(figures) == 1, figures
    row = figures.iloc[0]
    assert row["attacker"] == attacker
    assert row["victim"] != attacker


@pytest.mark.parametrize("text", [
    "قتل 7 مدنيين في غارة للتحالف على منزل.",                      # which coalition, the text does not say
    "قتل 4 من عناصر داعش في غارة جوية.",                           # the victims, not the attackers
    "قتل 6 من مسلحي تنظيم داعش في قصف جوي.",
    "قتل 3 في غارة استهدفت مواقع قوات حفتر.",                      # the target
    "قتل 5 في قصف على مواقع الوفاق.",
])
def test_no_attacker_where_the_text_names_none(text):
    assert find_casualties(text)["attacker"].tolist() == [None]


def test_the_target_stays_the_victim_when_the_attacker_is_named():
    row = find_casualties("قتل 3 من قوات الوفاق في قصف مدفعي لقوات حفتر.").iloc[0]
    assert (row["victim"], row["attacker"]) == ("gna", "lna")
    row = find_casualties("قتل 4 مدنيين في غارة أمريكية على عناصر من تنظيم داعش.").iloc[0]
    assert row["attacker"] == "us"
