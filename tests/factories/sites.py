"""Builders for program-site tests: a second site with its own catalog, and site admins."""
from __future__ import annotations

import itertools

from wagtail.models import Page, Site

from courses.models import CourseIndexPage, CoursePage
from programs.models import ProgramSettings
from programs.replication import program_replicate
from programs.roles import Role, role_grant
from tests import factories

_seq = itertools.count(1)


def second_site(*, hostname="program-b.example.org", name="Program B") -> Site:
    """A non-default site whose root is its own (empty) course catalog."""
    factories.site_index()  # the default site exists first, as in production
    index = Page.get_first_root_node().add_child(
        instance=CourseIndexPage(title=name, slug=f"catalog-{next(_seq)}")
    )
    site = Site.objects.create(hostname=hostname, port=80, root_page=index, site_name=name)
    ProgramSettings.objects.create(site=site, display_name=name)
    return site


def make_course_in(site: Site, **kwargs) -> CoursePage:
    """A course (see ``factories.make_course``) moved under ``site``'s catalog."""
    course = factories.make_course(**kwargs)
    course.move(site.root_page, pos="last-child")
    return CoursePage.objects.get(pk=course.pk)


def replicated_site(*, hostname="program-b.example.org", name="Program B") -> Site:
    """A site made the real way: the default site's catalog replicated."""
    return program_replicate(name=name, hostname=hostname)


def site_admin(site: Site, **kwargs):
    user = factories.make_user(**kwargs)
    role_grant(user=user, site=site, role=Role.SITE_ADMIN)
    return user


default_site = factories.default_site


def make_image(title="Badge", width=120, height=120, color=(20, 60, 140, 255)):
    """A stored Wagtail image (a small PNG), e.g. a board's approval badge."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model

    picture = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(picture).ellipse((4, 4, width - 4, height - 4), fill=color)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title}.png"))


def board_approval(site: Site, *, board: str, number: str, name: str = "", badge=None):
    """A board approval of ``site`` (``programs.models.BoardApproval``), as Settings → Program saves it."""
    from programs.models import BoardApproval

    return BoardApproval.objects.create(
        program=ProgramSettings.for_site(site), board=board, board_name=name or board, approval_number=number, badge=badge
    )
