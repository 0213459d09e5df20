"""The endpoint inventory of the hostile-input suite: every route of our own apps, and its rules.

``ROUTES`` maps each route name to:

* ``methods``: the HTTP methods it serves (every other one of ``TESTED_METHODS`` must be a 405);
* ``kwargs``: how to build its URL arguments from one site's objects (a ``SiteWorld``);
* ``access``: who may use it (see ``ACCESS``); ``who`` picks that user on a given site;
* ``denied``: users (attributes of the world / site world) who must be refused on site A's objects;
* ``ok``: the status an authorised GET gets (positive control; ``None`` when GET is not served).

``tests/security/test_endpoints.py`` walks the URL resolver and fails when a route of ours is
missing here, so every new endpoint has to join the suite.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from django.urls import URLPattern, URLResolver, get_resolver

TESTED_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")

# Who may use a route.
PUBLIC = "public"  # anyone, anonymous included
LOGIN = "login"  # any logged-in user (shows only their own data)
OWNER = "owner"  # the trainee who owns the object
STAFF = "staff"  # facilitators and site admins
COHORT = "cohort"  # the cohort's facilitators and its site's admins
SUPERVISOR = "supervisor"  # the trainee's supervisor (and site admins)
SITE_ADMIN = "site_admin"  # site admins of the object's site
PLATFORM_ADMIN = "platform_admin"  # superusers only
INVITEE = "invitee"  # the person a cohort invitation was sent to
ACCESS = (PUBLIC, LOGIN, OWNER, STAFF, COHORT, SUPERVISOR, SITE_ADMIN, PLATFORM_ADMIN, INVITEE)

_WHO = {
    PUBLIC: lambda w, s: None,
    LOGIN: lambda w, s: s.trainee,
    OWNER: lambda w, s: s.trainee,
    STAFF: lambda w, s: s.facilitator,
    COHORT: lambda w, s: s.facilitator,
    SUPERVISOR: lambda w, s: s.supervisor,
    SITE_ADMIN: lambda w, s: s.admin,
    PLATFORM_ADMIN: lambda w, s: w.platform_admin,
    INVITEE: lambda w, s: s.invitee,
}

# Users (by name, resolved against the world and site A) who must be refused, per access level.
_DENIED = {
    PUBLIC: (),
    LOGIN: (),
    OWNER: ("outsider", "b.trainee", "a.facilitator"),
    STAFF: ("outsider", "a.trainee", "a.supervisor"),
    COHORT: ("outsider", "a.trainee", "a.supervisor", "b.facilitator", "b.admin"),
    SUPERVISOR: ("outsider", "a.trainee", "a.facilitator", "b.supervisor", "b.admin"),
    SITE_ADMIN: ("outsider", "a.trainee", "a.facilitator", "a.supervisor", "b.admin"),
    PLATFORM_ADMIN: ("outsider", "a.trainee", "a.admin", "b.admin"),
    # Site A's invitation went to site B's trainee: nobody else may see or answer it.
    INVITEE: ("outsider", "a.trainee", "a.facilitator", "a.admin", "b.admin", "b.supervisor"),
}


@dataclass(frozen=True)
class Route:
    methods: tuple[str, ...]
    access: str
    kwargs: Callable = lambda s: {}
    ok: int | None = 200
    admin: bool = False  # lives in the Wagtail admin (anonymous goes to the admin login)
    denied: tuple[str, ...] | None = None
    # Variants of kwargs mixing site A's and site B's objects (for routes with two ids).
    mixed: tuple[Callable, ...] = field(default=())

    def who(self, world, site_world):
        return _WHO[self.access](world, site_world)

    def denied_names(self) -> tuple[str, ...]:
        return self.denied if self.denied is not None else _DENIED[self.access]


def _public_image() -> str:
    """An uploaded image's rendition, as Wagtail stores it under MEDIA_ROOT (the path, for the URL)."""
    from django.conf import settings

    from tests.certificates.test_rendering import png

    path = Path(settings.MEDIA_ROOT) / "images" / "logo.fill-20x10.png"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png(20, 10))
    return "images/logo.fill-20x10.png"


def _issuer_key(site) -> str:
    """The public half of ``site``'s badge-signing key (made on first use), which names it."""
    from certificates.badges.issuing import active_key

    return active_key(site).public_key_multibase


def _badge_document(certificate) -> str:
    from certificates.badges.issuing import badge_issue

    return badge_issue(certificate).document


def resolve_user(world, name):
    if "." in name:
        site, attr = name.split(".")
        return getattr(getattr(world, site), attr)
    return getattr(world, name)


GET = ("GET",)
POST = ("POST",)
GET_POST = ("GET", "POST")

ROUTES: dict[str, Route] = {
    # --- coachtraining: accounts and health -------------------------------------------------
    "healthz": Route(GET, PUBLIC),
    "livez": Route(GET, PUBLIC),
    "media": Route(GET, PUBLIC, lambda s: {"path": _public_image()}),  # uploaded images (coachtraining/media.py)
    "signup": Route(GET_POST, PUBLIC),
    "login": Route(GET_POST, PUBLIC),
    "account_names": Route(GET_POST, LOGIN),  # a person's own names (programs/accounts.py)
    "set_language": Route(POST, PUBLIC, ok=None),  # the language switch (programs/language.py)
    # --- certificates -------------------------------------------------------------------------
    "certificates:verify_lookup": Route(GET, PUBLIC),
    "certificates:verify": Route(GET, PUBLIC, lambda s: {"code": s.certificate.verification_code}),
    "certificates:verify_json": Route(GET, PUBLIC, lambda s: {"code": s.certificate.verification_code}),
    "certificates:mine": Route(GET, LOGIN),
    "certificates:detail": Route(GET, OWNER, lambda s: {"certificate_id": s.certificate.pk}),
    "certificates:download": Route(GET, OWNER, lambda s: {"certificate_id": s.certificate.pk}),
    "certificates:request_reissue": Route(POST, OWNER, lambda s: {"certificate_id": s.certificate.pk}, ok=None),
    "certificates:transcript": Route(GET, LOGIN),
    # Bulk download (ZIP) of certificates: supervisors and site admins; a job is its requester's only.
    "certificates:bulk_download": Route(GET_POST, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator")),
    "certificates:bulk_download_status": Route(GET, SUPERVISOR, lambda s: {"download_id": s.bulk_download.pk},
                                               denied=("outsider", "a.trainee", "a.facilitator", "a.admin", "b.supervisor", "b.admin")),
    "certificates:bulk_download_file": Route(("GET", "HEAD"), SUPERVISOR, lambda s: {"download_id": s.bulk_download.pk},
                                             denied=("outsider", "a.trainee", "a.facilitator", "a.admin", "b.supervisor", "b.admin")),
    # Digital badges (certificates/badge_views.py): what a verifier fetches is public.
    "certificates:badge_download": Route(GET, OWNER, lambda s: {"certificate_id": s.certificate.pk}),
    "certificates:verify_badge": Route(POST, PUBLIC, ok=None),
    "certificates:badge_issuer": Route(GET, PUBLIC, lambda s: {"site_id": s.site.pk}),
    "certificates:badge_key": Route(GET, PUBLIC, lambda s: {"public_key": _issuer_key(s.site)}),
    "certificates:badge_status_list": Route(GET, PUBLIC, lambda s: {"site_id": s.site.pk}),
    # --- cohorts --------------------------------------------------------------------------------
    "cohorts:list": Route(GET, STAFF),
    "cohorts:new": Route(GET_POST, STAFF),
    "cohorts:detail": Route(GET, COHORT, lambda s: {"cohort_id": s.cohort.pk}),
    "cohorts:add_trainee": Route(POST, COHORT, lambda s: {"cohort_id": s.cohort.pk}, ok=None),
    "cohorts:roster": Route(POST, COHORT, lambda s: {"cohort_id": s.cohort.pk}, ok=None),
    "cohorts:cancel_invitation": Route(
        POST, COHORT, lambda s: {"cohort_id": s.cohort.pk, "invitation_id": s.invitation.pk}, ok=None,
        mixed=(lambda a, b: {"cohort_id": a.cohort.pk, "invitation_id": b.invitation.pk},
               lambda a, b: {"cohort_id": b.cohort.pk, "invitation_id": a.invitation.pk}),
    ),
    "cohorts:session_new": Route(GET_POST, COHORT, lambda s: {"cohort_id": s.cohort.pk}),
    "cohorts:attendance": Route(
        GET_POST, COHORT, lambda s: {"cohort_id": s.cohort.pk, "session_id": s.session.pk},
        mixed=(lambda a, b: {"cohort_id": a.cohort.pk, "session_id": b.session.pk},
               lambda a, b: {"cohort_id": b.cohort.pk, "session_id": a.session.pk}),
    ),
    # --- printed materials ----------------------------------------------------------------------
    "materials:index": Route(GET, LOGIN),
    # A module's facilitator guide: its site's facilitators and site admins only.
    "materials:guide_pdf": Route(GET, STAFF, lambda s: {"module_id": s.lesson2.get_parent().pk},
                                 denied=("outsider", "a.trainee", "a.supervisor", "b.facilitator", "b.admin")),
    # A course's workbook: its trainees and its site's staff.
    "materials:workbook_pdf": Route(GET, OWNER, lambda s: {"course_id": s.course.pk},
                                    denied=("outsider", "b.trainee", "b.facilitator", "b.admin")),
    # --- supervision ----------------------------------------------------------------------------
    "supervision:dashboard": Route(GET, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator")),
    "supervision:export": Route(GET, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator")),
    "supervision:trainee": Route(GET, SUPERVISOR, lambda s: {"user_id": s.trainee.pk}),
    "supervision:transcript": Route(GET, SUPERVISOR, lambda s: {"user_id": s.trainee.pk}),
    "supervision:sessions": Route(GET_POST, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator")),
    "supervision:my_practice": Route(GET_POST, LOGIN),
    # Shows and changes only the requester's own assignments (another's id is a 404).
    "supervision:my_supervisors": Route(GET_POST, LOGIN),
    "supervision:review": Route(GET, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator")),
    "supervision:decide": Route(POST, SUPERVISOR, lambda s: {"entry_id": s.practice_entry.pk}, ok=None,
                                denied=("outsider", "a.trainee", "a.facilitator", "b.supervisor", "b.admin")),
    "supervision:assignments": Route(GET_POST, SITE_ADMIN, denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
    # The requester's own digest day: supervisors with trainees (others get the dashboard's 403).
    "supervision:digest_settings": Route(GET_POST, SUPERVISOR, denied=("outsider", "a.trainee", "a.facilitator", "a.admin")),
    # --- readiness ------------------------------------------------------------------------------
    "readiness:mine": Route(("GET", "HEAD"), LOGIN),
    "readiness:trainee": Route(("GET", "HEAD"), SUPERVISOR, lambda s: {"user_id": s.trainee.pk},
                               denied=("outsider", "a.facilitator", "b.supervisor", "b.admin")),
    # The board packet: one's own (LOGIN), or a trainee's with the rule of readiness:trainee.
    "readiness:packet_pdf": Route(("GET", "HEAD"), LOGIN),
    "readiness:packet_csv": Route(("GET", "HEAD"), LOGIN),
    "readiness:trainee_packet_pdf": Route(("GET", "HEAD"), SUPERVISOR, lambda s: {"user_id": s.trainee.pk},
                                          denied=("outsider", "a.facilitator", "b.supervisor", "b.admin")),
    "readiness:trainee_packet_csv": Route(("GET", "HEAD"), SUPERVISOR, lambda s: {"user_id": s.trainee.pk},
                                          denied=("outsider", "a.facilitator", "b.supervisor", "b.admin")),
    "readiness:credential_add": Route(POST, LOGIN, ok=None),
    "readiness:credential_verify": Route(POST, SITE_ADMIN, lambda s: {"credential_id": s.held_credential.pk}, ok=None),
    # --- learning flow --------------------------------------------------------------------------
    "courses:dashboard": Route(GET, LOGIN),
    # Any logged-in person may enroll in any live course (that is how trainees join a program).
    "courses:enroll": Route(POST, LOGIN, lambda s: {"page_id": s.course.pk}, ok=None),
    "courses:lesson_heartbeat": Route(POST, OWNER, lambda s: {"page_id": s.lesson2.pk}, ok=None,
                                      denied=("outsider", "b.trainee")),
    "courses:lesson_complete": Route(POST, OWNER, lambda s: {"page_id": s.lesson2.pk}, ok=None,
                                     denied=("outsider", "b.trainee")),
    "courses:quiz_submit": Route(POST, OWNER, lambda s: {"attempt_id": s.attempt_open.pk}, ok=None),
    "courses:activity_answer": Route(
        POST, OWNER, lambda s: {"page_id": s.activity_lesson.pk, "block_id": s.reflection.block_id}, ok=None,
        denied=("outsider", "b.trainee"),
    ),
    "courses:journal": Route(GET, LOGIN),
    "courses:journal_share": Route(POST, OWNER, lambda s: {"response_id": s.reflection.pk}, ok=None),
    "courses:attempt": Route(GET, OWNER, lambda s: {"attempt_id": s.attempt_submitted.pk}),
    "cohorts:invitation": Route(GET_POST, INVITEE, lambda s: {"token": s.invitation.token}, ok=200),
    # --- Wagtail admin: program sites, roles, audit log ------------------------------------------
    "programs_admin:sites": Route(GET, PLATFORM_ADMIN, admin=True),
    "programs_admin:replicate": Route(GET_POST, PLATFORM_ADMIN, admin=True),
    "programs_admin:my_sites": Route(GET, SITE_ADMIN, admin=True, ok=302,
                                          denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
    "programs_admin:roles": Route(GET_POST, SITE_ADMIN, lambda s: {"site_id": s.site.pk}, admin=True),
    "programs_admin:revoke": Route(
        POST, SITE_ADMIN, lambda s: {"site_id": s.site.pk, "role_id": s.staff_role.pk}, ok=None, admin=True,
        mixed=(lambda a, b: {"site_id": a.site.pk, "role_id": b.staff_role.pk},
               lambda a, b: {"site_id": b.site.pk, "role_id": a.staff_role.pk}),
    ),
    "programs_admin:audit": Route(GET, SITE_ADMIN, admin=True,
                                       denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
    # --- Wagtail admin: certificates --------------------------------------------------------------
    "certificates_admin:index": Route(GET, SITE_ADMIN, admin=True,
                                      denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
    "certificates_admin:detail": Route(GET, SITE_ADMIN, lambda s: {"pk": s.certificate.pk}, admin=True),
    "certificates_admin:revoke": Route(POST, SITE_ADMIN, lambda s: {"pk": s.certificate.pk}, ok=None, admin=True),
    "certificates_admin:reissue": Route(POST, SITE_ADMIN, lambda s: {"pk": s.certificate.pk}, ok=None, admin=True),
    "certificates_admin:requests": Route(GET, SITE_ADMIN, admin=True,
                                         denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
    "certificates_admin:decide": Route(POST, SITE_ADMIN, lambda s: {"pk": s.reissue_request.pk}, ok=None, admin=True),
    "certificates_admin:roster": Route(GET, SITE_ADMIN, admin=True,
                                       denied=("outsider", "a.trainee", "a.facilitator", "a.supervisor")),
}

OUR_APPS = ("coachtraining", "programs", "courses", "cohorts", "materials", "supervision", "readiness", "certificates", "backup", "demo")


def _ours(module_name: str) -> bool:
    return module_name.split(".")[0] in OUR_APPS


def _urlconf_module_name(resolver: URLResolver) -> str:
    module = resolver.urlconf_name
    return module if isinstance(module, str) else getattr(module, "__name__", "")


def our_routes() -> dict[str, str]:
    """{route name: URL pattern} for every route of our apps found by walking the resolver.

    A route is ours when its view lives in one of our apps, or when it is declared directly in
    one of our URL modules (e.g. the login view, Django's but configured by us). Wagtail's and
    Django's own admin internals are not (their views live in their packages, and their URL
    modules are theirs); our Wagtail admin screens are (their views are ours).
    """
    found: dict[str, str] = {}

    def walk(resolver: URLResolver, prefix: str, namespaces: tuple[str, ...], declared_by_us: bool):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                ns = namespaces + ((pattern.namespace,) if pattern.namespace else ())
                walk(pattern, prefix + str(pattern.pattern), ns, _ours(_urlconf_module_name(pattern)))
            elif isinstance(pattern, URLPattern):
                view_module = getattr(pattern.callback, "__module__", "") or ""
                if _ours(view_module) or declared_by_us:
                    assert pattern.name, f"unnamed route {prefix}{pattern.pattern} ({pattern.lookup_str})"
                    found[":".join(namespaces + (pattern.name,))] = prefix + str(pattern.pattern)

    root = get_resolver()
    walk(root, "", (), _ours(_urlconf_module_name(root)))
    return found


def _yesterday() -> str:
    from datetime import timedelta

    from django.utils import timezone

    return (timezone.localdate() - timedelta(days=1)).isoformat()


def _roster(email: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("roster.csv", f"email\n{email}\n".encode(), content_type="text/csv")


def _quiz_answers(attempt) -> dict:
    from tests import factories

    return {f"q-{qid}": choices for qid, choices in factories.answers_for(attempt.quiz).items()}


# A valid body for every POST route, aimed at one site's objects (``s``): what would change the
# database if the requester were allowed. Refusals are checked with these bodies, so a missing
# permission check shows as a changed database, not as a harmless empty-form error.
VALID_POST: dict[str, Callable] = {
    "signup": lambda w, s: {"first_name": "New", "last_name": "Person", "email": "new.person@example.org",
                            "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"},
    "login": lambda w, s: {"username": s.trainee.email, "password": "correct-horse-battery-9"},
    "set_language": lambda w, s: {"language": "es", "next": "/"},
    "certificates:request_reissue": lambda w, s: {"requested_name": "Another Name", "reason": "Changed"},
    "cohorts:new": lambda w, s: {"site": s.site.pk, "course": s.course.pk, "name": "Brand new cohort",
                                 "starts_on": "2027-01-01"},
    "cohorts:add_trainee": lambda w, s: {"email": w.outsider.email},
    "cohorts:roster": lambda w, s: {"file": _roster(w.outsider.email)},
    "cohorts:session_new": lambda w, s: {"title": "New session", "starts_at": "2027-03-03T10:00", "duration_minutes": "60",
                                         "delivery_mode": "in_person", "domain": w.domain.pk},
    "cohorts:attendance": lambda w, s: {f"minutes-{s.enrollment.pk}": "45"},
    "supervision:sessions": lambda w, s: {"site": s.site.pk, "trainees": [s.trainee.pk], "held_on": _yesterday(),
                                          "minutes": "30", "format": "individual", "domains": [w.domain.pk],
                                          "notes": "Talked"},
    "supervision:my_practice": lambda w, s: {"site": s.site.pk, "performed_on": _yesterday(), "minutes": "30",
                                             "domain": w.domain.pk, "service_type": "direct", "description": "Did"},
    "supervision:decide": lambda w, s: {"decision": "approve", "comment": "ok"},
    "supervision:my_supervisors": lambda w, s: {"assignment": s.assignment.pk, "action": "share"},
    "cohorts:cancel_invitation": lambda w, s: {},
    "cohorts:invitation": lambda w, s: {"action": "accept"},
    "supervision:assignments": lambda w, s: {"action": "remove", "assignment": s.assignment.pk},
    "supervision:digest_settings": lambda w, s: {"weekday": "3"},
    "courses:enroll": lambda w, s: {},
    "courses:lesson_heartbeat": lambda w, s: {},
    "courses:lesson_complete": lambda w, s: {},
    "courses:quiz_submit": lambda w, s: _quiz_answers(s.attempt_open),
    "courses:activity_answer": lambda w, s: {"kind": "reflection", "text": "Rewritten in five plain words", "share_supervisors": "1"},
    "courses:journal_share": lambda w, s: {"share_supervisors": "1"},
    "programs_admin:replicate": lambda w, s: {"name": "Hostile Program", "hostname": "hostile.example.org",
                                                   "port": "80", "source": s.site.pk},
    "programs_admin:roles": lambda w, s: {"email": w.outsider.email, "role": "facilitator"},
    "programs_admin:revoke": lambda w, s: {},
    "certificates_admin:revoke": lambda w, s: {"reason": "Fraud"},
    "certificates_admin:reissue": lambda w, s: {"name": "Renamed", "note": "x"},
    "certificates_admin:decide": lambda w, s: {"decision": "approve", "note": "ok"},
    "certificates:bulk_download": lambda w, s: {"course": s.course.pk, "cohort": "", "completed_from": "", "completed_to": ""},
    "readiness:credential_add": lambda w, s: {"framework": s.held_credential.framework_id, "number": "NEW-1",
                                              "issued_on": "2024-01-01", "expires_on": "2027-01-01"},
    "readiness:credential_verify": lambda w, s: {},
    "certificates:verify_badge": lambda w, s: {"text": _badge_document(s.certificate)},
    "account_names": lambda w, s: {"first_name": "Renamed", "last_name": "Person", "legal_name": "Legal Person"},
}

# POST routes whose valid body, sent by the authorised user, changes the database (positive controls).
POST_CHANGES = {
    "signup", "cohorts:new", "cohorts:add_trainee", "cohorts:roster", "cohorts:cancel_invitation", "cohorts:invitation",
    "supervision:my_supervisors", "cohorts:session_new", "cohorts:attendance",
    "supervision:sessions", "supervision:my_practice", "supervision:decide", "supervision:assignments",
    "supervision:digest_settings",
    "courses:lesson_complete", "courses:quiz_submit", "courses:activity_answer", "courses:journal_share", "programs_admin:roles", "programs_admin:revoke",
    "certificates_admin:revoke", "certificates_admin:reissue", "certificates_admin:decide",
    "certificates:bulk_download",
    "readiness:credential_add", "readiness:credential_verify", "account_names",
}
