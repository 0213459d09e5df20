from django import template

from cohorts.invitations import pending_invitations_for

register = template.Library()


@register.inclusion_tag("cohorts/_pending_invitations.html")
def pending_invitations(user):
    """The cohort invitations waiting for ``user``'s answer, for their *My learning* page."""
    return {"invitations": pending_invitations_for(user=user)}
