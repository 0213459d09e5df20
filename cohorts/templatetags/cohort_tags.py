from django import template

from cohorts.invitations import pending_invitations_for

register = template.Library()


@register.inclusion_tag("cohorts/_pending_invitations.html", takes_context=True)
def pending_invitations(context, user):
    """The cohort invitations waiting for ``user``'s answer, for their *My learning* page (course
    titles in the reader's language, from the page's ``page_translations``)."""
    return {"invitations": pending_invitations_for(user=user), "page_translations": context.get("page_translations")}
