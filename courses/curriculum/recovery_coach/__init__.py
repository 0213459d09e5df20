"""Recovery Coach Training: 30 contact hours, 10 of them creditable online.

Eleven modules, each in its own file with its facilitator guide and sources: recovery and its
many pathways (3 h live); addiction science, medication basics and harm reduction (2.5 h); the
roles of a recovery coach (3 h); listening, questions and self-disclosure (3.5 h); stages of
change and motivation (2.5 h); recovery capital, wellness, planning and family support (3 h);
advocacy, stigma and rights (4 h); medication for opioid use disorder across systems (3 h);
culture, trauma and crisis response (2.5 h); an ethics and confidentiality primer (2 h); skills
practice and the competency check (1 h). Online, every module's lessons and check hold about an
hour of prework (20 minutes for the last).
"""

from .module_1 import MODULE as MODULE_1
from .module_2 import MODULE as MODULE_2
from .module_3 import MODULE as MODULE_3
from .module_4 import MODULE as MODULE_4
from .module_5 import MODULE as MODULE_5
from .module_6 import MODULE as MODULE_6
from .module_7 import MODULE as MODULE_7
from .module_8 import MODULE as MODULE_8
from .module_9 import MODULE as MODULE_9
from .module_10 import MODULE as MODULE_10
from .module_11 import MODULE as MODULE_11

MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5, MODULE_6, MODULE_7, MODULE_8, MODULE_9, MODULE_10, MODULE_11]

RECOVERY_COACH = {
    "slug": "recovery-coach-training",
    "code": "RC30",
    "title": "Recovery Coach Training",
    "required_minutes": 1800,
    "summary": (
        "A thirty-hour foundation training for peer recovery coaches in the MARS tradition, "
        "covering recovery pathways, coaching skills, recovery planning, advocacy, harm "
        "reduction, crisis response and ethics, with a focus on medication-assisted recovery."
    ),
    "intro": (
        "<p>This training is for people with lived experience of recovery who want to support "
        "others as recovery coaches, especially in programs that serve people in "
        "medication-assisted recovery. It follows the MARS model: peer-initiated, peer-run "
        "recovery support that treats opioid use disorder as a chronic, treatable disease and "
        "respects every pathway of recovery.</p>"
        "<p>The thirty hours prepare you to work toward a recovery coach or peer recovery "
        "credential, such as the Certified Addiction Recovery Coach (CARC) or a state or IC&amp;RC "
        "Peer Recovery credential. Most credentials also require ethics training, "
        "medication-focused training, supervised practice hours and sometimes an exam; the "
        "companion Ethics for Recovery Coaches and Medication-Assisted Treatment (MAT) courses "
        "cover the first two. Check your own board's requirements.</p>"
        "<p><strong>How hours are earned:</strong> the training is delivered live by a "
        "facilitator, with role-plays and group practice, over 30 contact hours. About 10 of those "
        "hours can be earned online first, as prework: each lesson counts once you have done its "
        "activities, spent at least its minimum engaged time and marked it complete, and each "
        "module check counts when you pass it with at least 80 points out of 100. The rest is "
        "earned in live sessions, where your facilitator records your attendance. A module never "
        "credits more than its live hours, whichever way you learn it.</p>"
    ),
    "modules": MODULES,
    "sources": sorted({source for module in MODULES for source in module.get("sources", ())}),
}
