"""What the readiness app answers when another app asks (connected in ``apps.py``)."""
from certificates.badges.document import Alignment

from .models import FrameworkRequirement
from .selectors import frameworks_for_choice


def badge_alignments(sender, domains, **kwargs) -> list[Alignment]:
    """``certificates.signals.badge_alignments``: for a badge's competency domains, the initial
    requirements of each board's current framework that count hours in them (a framework without
    a public source is left out: an alignment must point somewhere)."""
    wanted = set(domains)
    return [
        Alignment(
            name=requirement.label,
            framework=framework.name,
            url=framework.source_url,
            code=f"{framework.slug}:{requirement.domain.slug}",
        )
        for framework in frameworks_for_choice()
        if framework.source_url
        for requirement in framework.requirements.all()
        if requirement.stage == FrameworkRequirement.Stage.INITIAL
        and requirement.domain is not None
        and requirement.domain.name in wanted
    ]
