"""Ethics for Recovery Coaches: 15 contact hours, 6 of them creditable online.

Seven modules, each in its own file with its facilitator guide and sources. Legal content is
general education, not legal advice: programs follow their own counsel, policies and state law.
"""

from .module_1 import MODULE as MODULE_1
from .module_2 import MODULE as MODULE_2
from .module_3 import MODULE as MODULE_3
from .module_4 import MODULE as MODULE_4
from .module_5 import MODULE as MODULE_5
from .module_6 import MODULE as MODULE_6
from .module_7 import MODULE as MODULE_7

MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5, MODULE_6, MODULE_7]

ETHICS = {
    "slug": "ethics-for-recovery-coaches",
    "code": "ETH15",
    "title": "Ethics for Recovery Coaches",
    "required_minutes": 900,
    "summary": (
        "Fifteen hours of ethics for recovery coaches and their supervisors: the codes, scope of "
        "the role, boundaries and patient brokering, confidentiality law and mandated reporting, "
        "ethical decision-making with medication-assisted recovery cases, self-care and supervision."
    ),
    "intro": (
        "<p>This course is for recovery coaches, peer specialists and the people who supervise "
        "them. It builds on the ethics primer in the Recovery Coach Training and goes deeper "
        "into the situations peers in medication-assisted recovery programs actually face: "
        "overlapping relationships at the clinic, pressure to stop medication, take-home doses, "
        "administrative discharge, family members and probation officers asking questions, and "
        "the coach's own recovery.</p>"
        "<p>Ethics is the largest training requirement for most peer credentials; for example, the "
        "IC&amp;RC Peer Recovery credential asks for 16 hours in the Ethical Responsibility "
        "domain. Check your own board's requirements and keep your certificate for your "
        "application and for renewal.</p>"
        "<p><strong>How hours are earned:</strong> the course is delivered live by a facilitator "
        "over 15 contact hours, with cases, role-plays and discussion. About 6 of those hours can "
        "be earned online first: each lesson counts once you have done its activities, spent at "
        "least its minimum engaged time and marked it complete, and each module check counts when "
        "you pass it with at least 80 points out of 100. The rest is earned in live sessions, "
        "where your facilitator records your attendance. A module never credits more than its "
        "live hours, whichever way you learn it.</p>"
        "<p><em>Legal topics are covered for general education, not legal advice. Always follow "
        "your program's policies and ask your supervisor.</em></p>"
    ),
    "modules": MODULES,
    "sources": sorted({source for module in MODULES for source in module.get("sources", ())}),
}
