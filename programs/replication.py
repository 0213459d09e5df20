"""Replicate the standard curriculum to a new program site, and the staff groups of a site.

``program_replicate`` is called by ``manage.py replicate_program`` and by the
platform admins' "Program sites" screen in the Wagtail admin
(``programs.admin_views``). It copies the source site's course catalog
(the standard curriculum that ``manage.py load_curriculum`` builds) into a new
page tree, makes that tree the root of a new Wagtail ``Site``, and gives the
site its own ``ProgramSettings`` and two staff groups whose Wagtail
permissions stop at the new tree, so the copy is edited without touching the
original.

``site_staff_groups_ensure`` (also used by ``programs.roles`` when a
site-admin role is granted on a site that was not made by replication, e.g.
the default site) creates those groups idempotently. The site-admins group of
a site is found again by its per-site settings permission, not by its name, so
renaming a program never loses it.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)

from .models import ProgramSettings

logger = logging.getLogger(__name__)

NAME_MAX_LENGTH = 100  # leaves room for the group suffixes within Group.name's 150 characters
SITE_ADMINS_SUFFIX = ": site admins"
EDITORS_SUFFIX = ": editors"

# One DNS label: letters, digits and inner hyphens; up to 63 characters.
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")

# Wagtail page permission types granted on the site's own tree.
SITE_ADMIN_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
EDITOR_PAGE_PERMISSIONS = ("add", "change")
SITE_ADMIN_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
# The per-site settings permission marks a group as the site-admins group of that site.
SETTINGS_PERMISSION = ("programs", "change_programsettings")


class ReplicationError(Exception):
    """The replication was refused; ``str(error)`` says why, for the admin or the command line."""


@dataclass(frozen=True)
class SiteGroups:
    site_admins: Group
    editors: Group


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def normalise_hostname(hostname: str) -> str:
    """Lower-cased host name without surrounding spaces or a trailing dot; ``ReplicationError`` if invalid."""
    value = (hostname or "").strip().lower().rstrip(".")
    if not value:
        raise ReplicationError(_("Give the new site a host name, e.g. coach.example.org."))
    if len(value) > 253 or not all(_LABEL.match(label) for label in value.split(".")):
        raise ReplicationError(
            _(
                "“%(hostname)s” is not a valid host name: use letters, digits, hyphens and dots, "
                "e.g. coach.example.org (no scheme, port or path)."
            )
            % {"hostname": hostname.strip()[:100]}
        )
    return value


def _clean_name(name: str) -> str:
    value = " ".join((name or "").split())
    if not value:
        raise ReplicationError(_("Give the new program a name."))
    if len(value) > NAME_MAX_LENGTH:
        raise ReplicationError(
            _("The program name is too long (at most %(most)s characters).") % {"most": NAME_MAX_LENGTH}
        )
    return value


def _source_index(source_site: Site | None) -> Page:
    """The course catalog at the root of ``source_site`` (default: the default site).

    Programs are the base of the platform and import no other app; the catalog's page type is
    looked up by name."""
    catalog_type = apps.get_model("courses", "CourseIndexPage")
    site = source_site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise ReplicationError(_("There is no default site to copy from; run manage.py load_curriculum first."))
    root = site.root_page.specific
    if not isinstance(root, catalog_type):
        raise ReplicationError(
            _("The site %(hostname)s has no course catalog at its root; run manage.py load_curriculum first.")
            % {"hostname": site.hostname}
        )
    return root


def _unique_root_slug(base: str) -> str:
    tree_root = Page.get_first_root_node()
    taken = set(tree_root.get_children().values_list("slug", flat=True))
    base = (slugify(base) or "program")[:200]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def site_admin_group(site: Site) -> Group | None:
    """The site-admins group of ``site`` (the group holding its per-site settings permission), if any."""
    app_label, codename = SETTINGS_PERMISSION
    return (
        Group.objects.filter(
            site_permissions__site=site,
            site_permissions__permission__content_type__app_label=app_label,
            site_permissions__permission__codename=codename,
        )
        .order_by("pk")
        .first()
    )


def _site_collection(name: str) -> Collection:
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _unused_group_name(name: str) -> str:
    base, n = name, 2
    while Group.objects.filter(name=name).exists():
        name, n = f"{base} ({n})", n + 1
    return name


def site_staff_groups_ensure(*, site: Site, name: str | None = None) -> SiteGroups:
    """Create (once) the site-admins and editors groups of ``site``, with permissions on its tree only.

    Idempotent: an existing site-admins group is returned as it is, and its
    editors group is found by name.
    """
    name = (name or site.site_name or site.hostname)[:NAME_MAX_LENGTH]
    with transaction.atomic():
        admins = site_admin_group(site)
        if admins is not None:
            editors_name = admins.name.removesuffix(SITE_ADMINS_SUFFIX) + EDITORS_SUFFIX
            editors = Group.objects.filter(name=editors_name).first() or admins
            return SiteGroups(site_admins=admins, editors=editors)

        access_admin = _permission("wagtailadmin", "access_admin")
        collection = _site_collection(name)
        root = site.root_page

        admins = Group.objects.create(name=_unused_group_name(name + SITE_ADMINS_SUFFIX))
        admins.permissions.add(access_admin, _permission("certificates", "change_certificate"))
        for permission_type in SITE_ADMIN_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(group=admins, page=root, permission_type=permission_type)
        for app_label, codename in SITE_ADMIN_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.create(
                group=admins, collection=collection, permission=_permission(app_label, codename)
            )
        GroupSitePermission.objects.create(group=admins, site=site, permission=_permission(*SETTINGS_PERMISSION))

        editors = Group.objects.create(name=_unused_group_name(name + EDITORS_SUFFIX))
        editors.permissions.add(access_admin)
        for permission_type in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(group=editors, page=root, permission_type=permission_type)
        for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.create(
                group=editors, collection=collection, permission=_permission(app_label, codename)
            )
    return SiteGroups(site_admins=admins, editors=editors)


def program_replicate(*, name: str, hostname: str, port: int = 80, source_site: Site | None = None, actor=None) -> Site:
    """Create a program site named ``name`` at ``hostname:port`` with a copy of the standard curriculum.

    Refuses (``ReplicationError``) an empty or invalid name or host name, a
    host name and port already used by a site, and a name already used by a
    site or its staff groups. Everything happens in one transaction: a refusal
    or a failure leaves nothing behind.
    """
    name = _clean_name(name)
    hostname = normalise_hostname(hostname)
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise ReplicationError(_("The port must be a number between 1 and 65535.")) from None
    if not 1 <= port <= 65535:
        raise ReplicationError(_("The port must be a number between 1 and 65535."))

    try:
        with transaction.atomic():
            if Site.objects.filter(hostname=hostname, port=port).exists():
                address = f"{hostname}:{port}" if port != 80 else hostname
                raise ReplicationError(
                    _("A site with the host name %(address)s already exists; choose another host name.")
                    % {"address": address}
                )
            if (
                Site.objects.filter(site_name__iexact=name).exists()
                or Group.objects.filter(name__in=[name + SITE_ADMINS_SUFFIX, name + EDITORS_SUFFIX]).exists()
            ):
                raise ReplicationError(
                    _("A program named “%(name)s” already exists; choose another name.") % {"name": name}
                )
            source = _source_index(source_site)
            copy = source.copy(
                recursive=True,
                to=Page.get_first_root_node(),
                update_attrs={"title": name, "slug": _unique_root_slug(hostname)},
                keep_live=True,
                copy_revisions=False,
                user=actor,
            )
            site = Site.objects.create(hostname=hostname, port=port, root_page=copy, site_name=name)
            ProgramSettings.objects.create(site=site, display_name=name)
            site_staff_groups_ensure(site=site, name=name)
    except IntegrityError:  # a concurrent request created the same site (or program name) first
        raise ReplicationError(
            _(
                "A site with the host name %(hostname)s or a program named “%(name)s” was just created; "
                "choose another host name or name."
            )
            % {"hostname": hostname, "name": name}
        ) from None
    logger.info(
        "program replicated site=%s hostname=%s source=%s actor=%s",
        site.pk, hostname, source.pk, getattr(actor, "pk", None),
    )
    return site
