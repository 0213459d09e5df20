"""Standard curriculum for programs replicating the MARS peer-recovery model.

Plain Python data (no Django imports): three courses, the IC&RC Peer Recovery
competency domains they credit, and the credential frameworks they count toward. The Django side turns this into Wagtail pages.
Validate with ``python courses/curriculum/check.py``.
"""

from . import engagement
from .ethics import ETHICS
from .ethics.es import ETHICS_ES
from .frameworks import FRAMEWORKS
from .mat import MAT
from .mat.es import MAT_ES
from .recovery_coach import RECOVERY_COACH
from .recovery_coach.es import RECOVERY_COACH_ES

# The catalog page (every program site's home).
CATALOG = {
    "title": "Peer recovery coach trainings",
    "intro": (
        "<p>Trainings for peer recovery coaches in programs that replicate the MARS model "
        "(peer-run Medication Assisted Recovery Services). Every minute you learn is credited "
        "to your hours record, by competency domain.</p>"
    ),
}

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
    {
        "slug": "harm-reduction",
        "name": "Harm Reduction",
        "description": (
            "Meeting people where they are: preventing and responding to overdose, sharing "
            "safer-use information without judgment, and respecting each person's right to choose "
            "their own path, with or without abstinence."
        ),
    },
]

COURSES = [RECOVERY_COACH, ETHICS, MAT]

# The same pages in other languages: the catalog, and each course by slug. A course's translation
# carries its title, summary and intro, and its modules when the whole course is translated.
TRANSLATIONS = {
    "es": {
        "catalog": {
            "title": "Capacitaciones para coaches de recuperación entre pares",
            "intro": (
                "<p>Capacitaciones para coaches de recuperación entre pares en programas que siguen el "
                "modelo MARS (servicios de recuperación asistida con medicamentos dirigidos por pares). "
                "Cada minuto que usted aprende se suma a su registro de horas, por área de competencia.</p>"
            ),
        },
        RECOVERY_COACH["slug"]: RECOVERY_COACH_ES,
        ETHICS["slug"]: ETHICS_ES,
        MAT["slug"]: MAT_ES,
    },
}

__all__ = [
    "CATALOG", "COURSES", "DOMAINS", "FRAMEWORKS", "TRANSLATIONS", "RECOVERY_COACH", "ETHICS", "MAT", "engagement",
]
