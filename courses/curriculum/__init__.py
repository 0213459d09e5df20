"""Standard curriculum for programs replicating the MARS peer-recovery model.

Plain Python data (no Django imports): three courses, the IC&RC Peer Recovery
competency domains they credit, and the credential frameworks they count toward. The Django side turns this into Wagtail pages.
Validate with ``python courses/curriculum/check.py``.
"""

from . import engagement
from .ethics import ETHICS
from .frameworks import FRAMEWORKS
from .mat import MAT
from .recovery_coach import RECOVERY_COACH

DOMAINS = [
    {
        "slug": "advocacy",
        "name": "Advocacy",
        "description": (
            "Speaking up with and for people in recovery: challenging stigma and discrimination, "
            "knowing and protecting people's rights, and helping people advocate for themselves "
            "and for better systems of care."
        ),
    },
    {
        "slug": "mentoring-education",
        "name": "Mentoring/Education",
        "description": (
            "Building mutual, respectful relationships that share recovery experience, model "
            "skills, and teach people how to navigate services and build their own supports."
        ),
    },
    {
        "slug": "recovery-wellness-support",
        "name": "Recovery/Wellness Support",
        "description": (
            "Helping people set and pursue their own recovery and wellness goals, build recovery "
            "capital, and connect with treatment, medication, housing and community resources."
        ),
    },
    {
        "slug": "ethical-responsibility",
        "name": "Ethical Responsibility",
        "description": (
            "Practising within the scope of the peer role: keeping boundaries, protecting "
            "confidentiality, following laws and codes of ethics, using supervision, and caring "
            "for one's own recovery."
        ),
    },
]

COURSES = [RECOVERY_COACH, ETHICS, MAT]

__all__ = ["COURSES", "DOMAINS", "FRAMEWORKS", "RECOVERY_COACH", "ETHICS", "MAT", "engagement"]
