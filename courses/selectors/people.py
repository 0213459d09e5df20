"""The names a person goes by: the one shown everywhere, and the legal one printed on records.

``display_name`` (the account's first and last name) names people on pages, lists and
e-mails. ``legal_name`` is what a board or an employer reads: certificates, transcripts,
board packets, CE rosters and digital badges print it. A person records it
(``programs.models.LegalName``) only when it differs from the name they go by.
"""
from __future__ import annotations

from programs.models import LegalName

from ..display import display_name


def legal_name(user) -> str:
    """``user``'s legal name: the one they recorded, else the name they go by."""
    recorded = LegalName.objects.filter(user=user).values_list("name", flat=True).first()
    return (recorded or "").strip() or display_name(user)


def legal_names(users) -> dict[int, str]:
    """The legal names of many people in one query, by user id."""
    users = list(users)
    recorded = dict(LegalName.objects.filter(user__in=users).values_list("user_id", "name"))
    return {user.pk: (recorded.get(user.pk) or "").strip() or display_name(user) for user in users}
