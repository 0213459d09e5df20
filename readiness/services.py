"""Writes of the readiness app: the standard credential frameworks."""
from courses.curriculum import FRAMEWORKS

from .models import CredentialFramework, FrameworkRequirement


def frameworks_load(sender=None, *, domains, **kwargs) -> list[tuple[str, bool]]:
    """Create each standard framework (``courses/curriculum/frameworks.py``) with its requirements,
    unless a framework has its slug: admins' edits in the snippet editor are never overwritten.
    ``domains`` maps domain slugs to domains. Returns (name, created) pairs.

    The receiver of ``courses.signals.curriculum_loaded`` (``manage.py load_curriculum``)."""
    return [_framework(data, domains) for data in FRAMEWORKS]


def _framework(data, domains):
    framework, created = CredentialFramework.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "name": data["name"],
            "board": data["board"],
            "training_minutes": data["training_minutes"],
            "experience_minutes": data["experience_minutes"],
            "supervision_minutes": data["supervision_minutes"],
            "notes": data["notes"],
        },
    )
    if created:
        FrameworkRequirement.objects.bulk_create(
            FrameworkRequirement(
                framework=framework,
                label=req["label"],
                minutes=req["minutes"],
                domain=domains[req["domain"]] if req.get("domain") else None,
                course_code=req.get("course_code", ""),
                sort_order=order,
            )
            for order, req in enumerate(data["requirements"])
        )
    return data["name"], created
