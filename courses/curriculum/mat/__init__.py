"""Medication-Assisted Treatment (MAT): 4 contact hours, all of them creditable online.

Five modules, each in its own file with its facilitator guide and sources: opioid use disorder and
how the medications work (45 min); methadone and opioid treatment programs (60); buprenorphine,
naltrexone and naloxone (45); stigma, rights and the systems people meet (45); the peer's role in
medication-assisted recovery (45).

The content is education for peers, not medical advice: every medical decision belongs to the
person and their prescriber.
"""

from .module_1 import MODULE as MODULE_1
from .module_2 import MODULE as MODULE_2
from .module_3 import MODULE as MODULE_3
from .module_4 import MODULE as MODULE_4
from .module_5 import MODULE as MODULE_5

MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5]

MAT = {
    "slug": "medication-assisted-treatment",
    "code": "MAT4",
    "title": "Medication-Assisted Treatment (MAT)",
    "required_minutes": 240,
    "summary": (
        "A four-hour introduction to medications for opioid use disorder for recovery coaches: "
        "how methadone, buprenorphine, naltrexone and naloxone work, the myths that surround them, "
        "people's rights, and the peer's role in supporting medication-assisted recovery."
    ),
    "intro": (
        "<p>This course is for recovery coaches, peer workers and their supervisors who support "
        "people using medication as part of their recovery, whether in an opioid treatment "
        "program, an office-based practice or the community. It follows the MARS message: opioid "
        "use disorder is a chronic, treatable brain disease, the medications work, and "
        "medication-assisted recovery is recovery.</p>"
        "<p>You will learn how the main medications act in the body, what treatment in a "
        "methadone clinic involves, which questions belong with a prescriber, and how a peer can "
        "advocate responsibly while protecting confidentiality. Many credentialing boards expect "
        "a medication-focused training of about four hours alongside recovery coach and ethics "
        "training; check your own board's requirements.</p>"
        "<p><strong>How hours are earned:</strong> each lesson and module check carries credit "
        "minutes. A lesson counts once you have spent at least its minimum engaged time on the "
        "page and marked it complete; a module check counts when you pass it with at least 80 "
        "points out of 100 (you have three attempts). Your hours appear in your hours record "
        "under the competency domain each item covers.</p>"
        "<p><em>This course is education, not medical advice. Decisions about starting, changing "
        "or stopping any medication belong to the person and their prescriber.</em></p>"
    ),
    "modules": MODULES,
    "sources": sorted({source for module in MODULES for source in module.get("sources", ())}),
}
