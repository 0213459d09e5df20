"""Export every trainee record to a portable file, and restore it into an empty database.

The file is UTF-8 JSON Lines: a header ``{"type": "header", "format":
"coachtraining-records", "version": 1, "exported_at": ...}``, one line per
record in dependency order, and an ``end`` line with the count of each record
type (a truncated file is refused). Records never carry database ids: people
are named by username, sites by ``hostname:port``, pages by their ``url_path``
(plus type, title and course code), domains by slug, groups by name,
certificates by verification code and enrollments by (username, course path).
(Audit events' free-form ``details`` are copied as they are.)
Rows without a natural key (live and supervision sessions) get a reference
local to the file.

``records_import`` needs the curriculum in place (``migrate``,
``load_curriculum`` and ``replicate_program`` for other sites) and no trainee
records yet. It runs in one transaction: anything wrong (format, version,
existing records or usernames, missing pages, domains, sites or groups) raises
``RecordsError`` listing every problem, and nothing is changed.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import Counter
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from certificates.models import Certificate, CertificateEvent, CertificateSequence, ReissueRequest
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
from courses.models import CompetencyDomain, CoursePage, Enrollment, HourEntry, LessonProgress, QuizAttempt
from programs.models import AuditEvent, SiteRole
from programs.models import SupervisorAssignment
from supervision.models import PracticeEntry, SupervisionSession

FORMAT = "coachtraining-records"
VERSION = 1
CHUNK = 1000

# Models whose rows make a database "non-empty" for an import.
TRAINEE_MODELS = (
    Enrollment, HourEntry, LessonProgress, QuizAttempt, Attendance, LiveSession, Cohort, CohortInvitation,
    SupervisionSession, SupervisorAssignment, PracticeEntry, Certificate, CertificateEvent, ReissueRequest, SiteRole,
)


class RecordsError(Exception):
    """The file cannot be imported; ``str()`` says why (every problem found)."""


# --------------------------------------------------------------------------
# Value helpers
# --------------------------------------------------------------------------


def _dt(value: datetime | None) -> str | None:
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.isoformat()


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_dt(value):
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if timezone.is_naive(parsed):
        raise ValueError(f"datetime without a time zone: {value}")
    return parsed


def _parse_d(value):
    return date.fromisoformat(value) if value is not None else None


def _site_key(site: Site) -> str:
    return f"{site.hostname}:{site.port}"


class _Refs:
    """Lookups of the small reference tables (sites, pages, domains) by id and by natural key."""

    def __init__(self):
        self.sites = {s.pk: _site_key(s) for s in Site.objects.all()}
        self.domains = dict(CompetencyDomain.objects.values_list("pk", "slug"))
        codes = dict(CoursePage.objects.values_list("pk", "code"))
        self.pages = {}
        for pk, url_path, title, model in Page.objects.values_list("pk", "url_path", "title", "content_type__model"):
            ref = {"path": url_path, "type": model, "title": title}
            if pk in codes:
                ref["code"] = codes[pk]
            self.pages[pk] = ref

    def page(self, pk):
        return self.pages[pk] if pk is not None else None


# --------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------


def _users():
    for user in get_user_model().objects.order_by("pk").prefetch_related("groups").iterator(chunk_size=CHUNK):
        yield {
            "type": "user",
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "password": user.password,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
            "is_superuser": user.is_superuser,
            "date_joined": _dt(user.date_joined),
            "last_login": _dt(user.last_login),
            "groups": sorted(g.name for g in user.groups.all()),
        }


def _records(refs: _Refs):
    """Every record, in the order an import needs them."""
    yield from _users()

    for row in SiteRole.objects.order_by("pk").values("user__username", "site_id", "role", "granted_at").iterator(
        chunk_size=CHUNK
    ):
        yield {"type": "site_role", "user": row["user__username"], "site": refs.sites[row["site_id"]],
               "role": row["role"], "granted_at": _dt(row["granted_at"])}

    for cohort in Cohort.objects.order_by("pk").prefetch_related("facilitators").iterator(chunk_size=CHUNK):
        yield {
            "type": "cohort", "site": refs.sites[cohort.site_id], "course": refs.page(cohort.course_id),
            "name": cohort.name, "starts_on": _d(cohort.starts_on), "ends_on": _d(cohort.ends_on),
            "facilitators": sorted(u.get_username() for u in cohort.facilitators.all()),
            "created_at": _dt(cohort.created_at),
        }

    for row in CohortInvitation.objects.order_by("pk").values(
        "cohort__site_id", "cohort__course_id", "cohort__name", "email", "token", "status", "invited_by__username",
        "created_at", "responded_at", "answered_by__username",
    ).iterator(chunk_size=CHUNK):
        yield {
            "type": "cohort_invitation",
            "cohort": {"site": refs.sites[row["cohort__site_id"]], "course": refs.page(row["cohort__course_id"])["path"],
                       "name": row["cohort__name"]},
            "email": row["email"], "token": row["token"], "status": row["status"],
            "invited_by": row["invited_by__username"], "created_at": _dt(row["created_at"]),
            "responded_at": _dt(row["responded_at"]), "answered_by": row["answered_by__username"],
        }

    sessions = (
        LiveSession.objects.order_by("pk").select_related("cohort").prefetch_related("covers")
    )
    for session in sessions.iterator(chunk_size=CHUNK):
        cohort = session.cohort
        yield {
            "type": "live_session", "ref": f"live-{session.pk}",
            "cohort": {"site": refs.sites[cohort.site_id], "course": refs.page(cohort.course_id)["path"],
                       "name": cohort.name},
            "title": session.title, "starts_at": _dt(session.starts_at),
            "duration_minutes": session.duration_minutes, "delivery_mode": session.delivery_mode,
            "domain": refs.domains[session.domain_id],
            "covers": sorted(refs.pages[p.pk]["path"] for p in session.covers.all()),
            "created_at": _dt(session.created_at),
        }

    for row in SupervisorAssignment.objects.order_by("pk").values(
        "site_id", "supervisor__username", "trainee__username", "created_at", "shares_other_programs_since"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "supervisor_assignment", "site": refs.sites[row["site_id"]],
               "supervisor": row["supervisor__username"], "trainee": row["trainee__username"],
               "created_at": _dt(row["created_at"]),
               "shares_other_programs_since": _dt(row["shares_other_programs_since"])}

    for row in Enrollment.objects.order_by("pk").values(
        "user__username", "course_id", "status", "cohort__site_id", "cohort__course__url_path", "cohort__name",
        "enrolled_at", "completed_at",
    ).iterator(chunk_size=CHUNK):
        cohort = None
        if row["cohort__name"] is not None:
            cohort = {"site": refs.sites[row["cohort__site_id"]], "course": row["cohort__course__url_path"],
                      "name": row["cohort__name"]}
        yield {"type": "enrollment", "user": row["user__username"], "course": refs.page(row["course_id"]),
               "status": row["status"], "cohort": cohort, "enrolled_at": _dt(row["enrolled_at"]),
               "completed_at": _dt(row["completed_at"])}

    def enrollment_key(row):
        return [row["enrollment__user__username"], row["enrollment__course__url_path"]]

    for row in LessonProgress.objects.order_by("pk").values(
        "enrollment__user__username", "enrollment__course__url_path", "lesson_id", "first_viewed_at",
        "last_seen_at", "engaged_seconds", "completed_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "lesson_progress", "enrollment": enrollment_key(row), "lesson": refs.page(row["lesson_id"]),
               "first_viewed_at": _dt(row["first_viewed_at"]), "last_seen_at": _dt(row["last_seen_at"]),
               "engaged_seconds": row["engaged_seconds"], "completed_at": _dt(row["completed_at"])}

    for row in QuizAttempt.objects.order_by("pk").values(
        "enrollment__user__username", "enrollment__course__url_path", "quiz_id", "number", "started_at",
        "submitted_at", "answers", "feedback", "score", "passed",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "quiz_attempt", "enrollment": enrollment_key(row), "quiz": refs.page(row["quiz_id"]),
               "number": row["number"], "started_at": _dt(row["started_at"]),
               "submitted_at": _dt(row["submitted_at"]), "answers": row["answers"], "feedback": row["feedback"],
               "score": row["score"], "passed": row["passed"]}

    for row in Attendance.objects.order_by("pk").values(
        "session_id", "enrollment__user__username", "enrollment__course__url_path", "minutes_attended",
        "revision", "recorded_by__username", "recorded_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "attendance", "session": f"live-{row['session_id']}", "enrollment": enrollment_key(row),
               "minutes_attended": row["minutes_attended"], "revision": row["revision"],
               "recorded_by": row["recorded_by__username"], "recorded_at": _dt(row["recorded_at"])}

    supervision = SupervisionSession.objects.order_by("pk").select_related("supervisor").prefetch_related(
        "trainees", "domains"
    )
    for session in supervision.iterator(chunk_size=CHUNK):
        yield {
            "type": "supervision_session", "ref": f"supervision-{session.pk}", "site": refs.sites[session.site_id],
            "supervisor": session.supervisor.get_username(),
            "trainees": sorted(u.get_username() for u in session.trainees.all()),
            "held_on": _d(session.held_on), "minutes": session.minutes, "format": session.format,
            "domains": sorted(d.slug for d in session.domains.all()), "notes": session.notes,
            "created_at": _dt(session.created_at),
        }

    for row in PracticeEntry.objects.order_by("pk").values(
        "site_id", "trainee__username", "performed_on", "minutes", "domain_id", "service_type", "description",
        "status", "reviewed_by__username", "reviewed_at", "review_comment", "created_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "practice_entry", "site": refs.sites[row["site_id"]], "trainee": row["trainee__username"],
               "performed_on": _d(row["performed_on"]), "minutes": row["minutes"],
               "domain": refs.domains[row["domain_id"]], "service_type": row["service_type"],
               "description": row["description"], "status": row["status"],
               "reviewed_by": row["reviewed_by__username"], "reviewed_at": _dt(row["reviewed_at"]),
               "review_comment": row["review_comment"], "created_at": _dt(row["created_at"])}

    for row in HourEntry.objects.order_by("pk").values(
        "user__username", "enrollment__user__username", "enrollment__course__url_path", "domain_id", "site_id", "minutes",
        "source", "delivery_mode", "page_id", "description", "key", "recorded_by__username",
        "approved_by__username", "occurred_at", "created_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "hour_entry", "key": row["key"], "user": row["user__username"],
               "enrollment": enrollment_key(row) if row["enrollment__user__username"] else None,
               "domain": refs.domains[row["domain_id"]],
               "site": refs.sites[row["site_id"]] if row["site_id"] is not None else None,
               "minutes": row["minutes"], "source": row["source"],
               "delivery_mode": row["delivery_mode"], "page": refs.page(row["page_id"]),
               "description": row["description"], "recorded_by": row["recorded_by__username"],
               "approved_by": row["approved_by__username"], "occurred_at": _dt(row["occurred_at"]),
               "created_at": _dt(row["created_at"])}

    for row in CertificateSequence.objects.order_by("pk").values("site_id", "prefix", "last").iterator(
        chunk_size=CHUNK
    ):
        yield {"type": "certificate_sequence", "site": refs.sites[row["site_id"]], "prefix": row["prefix"],
               "last": row["last"]}

    # pk order: a reissue always comes after the certificate it replaces.
    certificates = Certificate.objects.order_by("pk").select_related(
        "enrollment__user", "enrollment__course", "replaces"
    )
    for cert in certificates.iterator(chunk_size=100):
        pdf = None
        if cert.pdf:
            with cert.pdf.storage.open(cert.pdf.name, "rb") as handle:
                pdf = base64.b64encode(handle.read()).decode("ascii")
        yield {
            "type": "certificate", "verification_code": cert.verification_code,
            "enrollment": [cert.enrollment.user.get_username(), cert.enrollment.course.url_path],
            "site": refs.sites[cert.site_id], "number": cert.number, "status": cert.status,
            "version": cert.version, "replaces": cert.replaces.verification_code if cert.replaces else None,
            "name_on_certificate": cert.name_on_certificate, "course_title": cert.course_title,
            "course_code": cert.course_code, "total_minutes": cert.total_minutes,
            "domain_minutes": cert.domain_minutes, "delivery_minutes": cert.delivery_minutes,
            "completed_on": _d(cert.completed_on), "site_name": cert.site_name,
            "provider_name": cert.provider_name, "provider_number": cert.provider_number,
            "signatory_name": cert.signatory_name, "signatory_title": cert.signatory_title,
            "pdf_name": os.path.basename(cert.pdf.name) if cert.pdf else None, "pdf": pdf,
            "pdf_sha256": cert.pdf_sha256, "created_at": _dt(cert.created_at), "issued_at": _dt(cert.issued_at),
            "emailed_at": _dt(cert.emailed_at), "revoked_at": _dt(cert.revoked_at),
            "revoke_reason": cert.revoke_reason,
        }

    for row in CertificateEvent.objects.order_by("pk").values(
        "certificate__verification_code", "action", "actor__username", "note", "at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "certificate_event", "certificate": row["certificate__verification_code"],
               "action": row["action"], "actor": row["actor__username"], "note": row["note"], "at": _dt(row["at"])}

    for row in ReissueRequest.objects.order_by("pk").values(
        "certificate__verification_code", "requested_by__username", "requested_name", "reason", "status",
        "decided_by__username", "decided_at", "decision_note", "created_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "reissue_request", "certificate": row["certificate__verification_code"],
               "requested_by": row["requested_by__username"], "requested_name": row["requested_name"],
               "reason": row["reason"], "status": row["status"], "decided_by": row["decided_by__username"],
               "decided_at": _dt(row["decided_at"]), "decision_note": row["decision_note"],
               "created_at": _dt(row["created_at"])}

    # The audit trail last: an import appends it to whatever the target already logged.
    for row in AuditEvent.objects.order_by("pk").values(
        "site_id", "actor__username", "action", "target", "details", "at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "audit_event", "site": refs.sites.get(row["site_id"]), "actor": row["actor__username"],
               "action": row["action"], "target": row["target"], "details": row["details"], "at": _dt(row["at"])}


def records_export(*, stream) -> Counter:
    """Write every trainee record to ``stream`` (a text stream); returns the count of each record type.

    Rows are read in chunks, so memory stays flat however large the database
    (the PDFs are read one certificate at a time). Reads run in one transaction:
    a repeatable-read snapshot on PostgreSQL when called outside a transaction;
    on SQLite (IMMEDIATE transactions) writers wait until the export ends.
    """
    counts = Counter()

    def write(record):
        stream.write(json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")

    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            # One snapshot for every query, so the file is consistent while trainees keep working.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        write({"type": "header", "format": FORMAT, "version": VERSION, "exported_at": _dt(timezone.now())})
        refs = _Refs()
        for record in _records(refs):
            counts[record["type"]] += 1
            write(record)
        write({"type": "end", "counts": dict(sorted(counts.items()))})
    return counts


# --------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------


class _Importer:
    def __init__(self):
        User = get_user_model()
        self.User = User
        self.problems: list[str] = []
        self.missing: dict[str, set] = {}
        self.sites = {_site_key(s): s.pk for s in Site.objects.all()}
        self.domains = dict(CompetencyDomain.objects.values_list("slug", "pk"))
        self.groups = dict(Group.objects.values_list("name", "pk"))
        codes = dict(CoursePage.objects.values_list("pk", "code"))
        self.pages = {}
        for pk, url_path, model in Page.objects.values_list("pk", "url_path", "content_type__model"):
            self.pages[url_path] = (pk, model, codes.get(pk))
        self.existing_users = set(User.objects.values_list(User.USERNAME_FIELD, flat=True))
        self.users: dict[str, int] = {}
        self.enrollments: dict[tuple, int] = {}
        self.cohorts: dict[tuple, int] = {}
        self.live_sessions: dict[str, int] = {}
        self.certificates: dict[str, int] = {}
        self.saved_files: list[tuple] = []
        self.counts = Counter()

    # References -----------------------------------------------------------

    def _miss(self, kind, key):
        self.missing.setdefault(kind, set()).add(str(key))
        return None

    def site(self, key):
        return self.sites.get(key) or self._miss("sites", key)

    def domain(self, slug):
        return self.domains.get(slug) or self._miss("competency domains", slug)

    def page(self, ref, *, expect=None):
        if ref is None:
            return None
        path = ref["path"] if isinstance(ref, dict) else ref
        found = self.pages.get(path)
        if found is None:
            label = f"{path} ({ref.get('title')})" if isinstance(ref, dict) else path
            return self._miss("pages", label)
        pk, model, code = found
        if isinstance(ref, dict):
            if ref.get("type") and ref["type"] != model:
                return self._miss("pages", f"{path} is a {model}, the file expects a {ref['type']}")
            if ref.get("code") is not None and ref["code"] != code:
                return self._miss("pages", f"{path} has course code {code}, the file expects {ref['code']}")
        if expect and model != expect:
            return self._miss("pages", f"{path} is a {model}, expected a {expect}")
        return pk

    def user(self, username):
        if username is None:
            return None
        pk = self.users.get(username)
        if pk is None:
            self.problems.append(f"Unknown user {username} referenced in the file.")
        return pk

    def enrollment(self, key):
        if key is None:
            return None
        return self.enrollments.get(tuple(key))

    # Writing --------------------------------------------------------------

    @staticmethod
    def _insert(obj):
        """Insert as given: raw saves keep auto_now(_add) values from the file."""
        obj.save_base(raw=True)
        return obj

    def handle(self, record):
        kind = record.get("type")
        method = getattr(self, f"_import_{kind}", None)
        if method is None:
            raise RecordsError(f"Unknown record type {kind!r}.")
        self.counts[kind] += 1
        method(record)

    def _import_user(self, r):
        username = r["username"]
        if username in self.existing_users or username in self.users:
            self.problems.append(f"A user named {username} already exists.")
            return
        user = self.User(
            email=r["email"], first_name=r["first_name"], last_name=r["last_name"], password=r["password"],
            is_active=r["is_active"], is_staff=r["is_staff"], is_superuser=r["is_superuser"],
            date_joined=_parse_dt(r["date_joined"]), last_login=_parse_dt(r["last_login"]),
        )
        setattr(user, self.User.USERNAME_FIELD, username)
        self._insert(user)
        self.users[username] = user.pk
        group_ids = [self.groups.get(name) or self._miss("groups", name) for name in r.get("groups", [])]
        if all(group_ids) and group_ids:
            user.groups.set(group_ids)

    def _import_site_role(self, r):
        user, site = self.user(r["user"]), self.site(r["site"])
        if user and site:
            self._insert(SiteRole(user_id=user, site_id=site, role=r["role"], granted_at=_parse_dt(r["granted_at"])))

    def _import_cohort(self, r):
        site, course = self.site(r["site"]), self.page(r["course"], expect="coursepage")
        facilitators = [self.user(u) for u in r["facilitators"]]
        if not (site and course and all(facilitators)):
            return
        cohort = self._insert(Cohort(
            site_id=site, course_id=course, name=r["name"], starts_on=_parse_d(r["starts_on"]),
            ends_on=_parse_d(r["ends_on"]), created_at=_parse_dt(r["created_at"]),
        ))
        cohort.facilitators.set(facilitators)
        self.cohorts[(r["site"], r["course"]["path"], r["name"])] = cohort.pk

    def _cohort(self, ref):
        if ref is None:
            return None
        return self.cohorts.get((ref["site"], ref["course"], ref["name"]))

    def _import_cohort_invitation(self, r):
        cohort, invited_by = self._cohort(r["cohort"]), self.user(r["invited_by"])
        answered_by = self.user(r["answered_by"]) if r["answered_by"] else None
        if not (cohort and invited_by) or (r["answered_by"] and answered_by is None):
            return
        self._insert(CohortInvitation(
            cohort_id=cohort, email=r["email"], token=r["token"], status=r["status"], invited_by_id=invited_by,
            created_at=_parse_dt(r["created_at"]), responded_at=_parse_dt(r["responded_at"]),
            answered_by_id=answered_by,
        ))

    def _import_live_session(self, r):
        cohort, domain = self._cohort(r["cohort"]), self.domain(r["domain"])
        covers = [self.page(path, expect="lessonpage") for path in r["covers"]]
        if not (cohort and domain and all(covers)):
            return
        session = self._insert(LiveSession(
            cohort_id=cohort, title=r["title"], starts_at=_parse_dt(r["starts_at"]),
            duration_minutes=r["duration_minutes"], delivery_mode=r["delivery_mode"], domain_id=domain,
            created_at=_parse_dt(r["created_at"]),
        ))
        session.covers.set(covers)
        self.live_sessions[r["ref"]] = session.pk

    def _import_supervisor_assignment(self, r):
        site, supervisor, trainee = self.site(r["site"]), self.user(r["supervisor"]), self.user(r["trainee"])
        if site and supervisor and trainee:
            self._insert(SupervisorAssignment(
                site_id=site, supervisor_id=supervisor, trainee_id=trainee, created_at=_parse_dt(r["created_at"]),
                shares_other_programs_since=_parse_dt(r.get("shares_other_programs_since")),
            ))

    def _import_enrollment(self, r):
        user, course = self.user(r["user"]), self.page(r["course"], expect="coursepage")
        if not (user and course):
            return
        enrollment = self._insert(Enrollment(
            user_id=user, course_id=course, status=r["status"], cohort_id=self._cohort(r["cohort"]),
            enrolled_at=_parse_dt(r["enrolled_at"]), completed_at=_parse_dt(r["completed_at"]),
        ))
        self.enrollments[(r["user"], r["course"]["path"])] = enrollment.pk

    def _import_lesson_progress(self, r):
        enrollment, lesson = self.enrollment(r["enrollment"]), self.page(r["lesson"], expect="lessonpage")
        if enrollment and lesson:
            self._insert(LessonProgress(
                enrollment_id=enrollment, lesson_id=lesson, first_viewed_at=_parse_dt(r["first_viewed_at"]),
                last_seen_at=_parse_dt(r["last_seen_at"]), engaged_seconds=r["engaged_seconds"],
                completed_at=_parse_dt(r["completed_at"]),
            ))

    def _import_quiz_attempt(self, r):
        enrollment, quiz = self.enrollment(r["enrollment"]), self.page(r["quiz"], expect="quizpage")
        if enrollment and quiz:
            self._insert(QuizAttempt(
                enrollment_id=enrollment, quiz_id=quiz, number=r["number"], started_at=_parse_dt(r["started_at"]),
                submitted_at=_parse_dt(r["submitted_at"]), answers=r["answers"], feedback=r["feedback"],
                score=r["score"], passed=r["passed"],
            ))

    def _import_attendance(self, r):
        session, enrollment = self.live_sessions.get(r["session"]), self.enrollment(r["enrollment"])
        recorded_by = self.user(r["recorded_by"])
        if session and enrollment and recorded_by:
            self._insert(Attendance(
                session_id=session, enrollment_id=enrollment, minutes_attended=r["minutes_attended"],
                revision=r["revision"], recorded_by_id=recorded_by, recorded_at=_parse_dt(r["recorded_at"]),
            ))

    def _import_supervision_session(self, r):
        site, supervisor = self.site(r["site"]), self.user(r["supervisor"])
        trainees = [self.user(u) for u in r["trainees"]]
        domains = [self.domain(slug) for slug in r["domains"]]
        if not (site and supervisor and all(trainees) and all(domains)):
            return
        session = self._insert(SupervisionSession(
            site_id=site, supervisor_id=supervisor, held_on=_parse_d(r["held_on"]), minutes=r["minutes"],
            format=r["format"], notes=r["notes"], created_at=_parse_dt(r["created_at"]),
        ))
        session.trainees.set(trainees)
        session.domains.set(domains)

    def _import_practice_entry(self, r):
        site, trainee, domain = self.site(r["site"]), self.user(r["trainee"]), self.domain(r["domain"])
        reviewed_by = self.user(r["reviewed_by"])
        if site and trainee and domain and (reviewed_by or r["reviewed_by"] is None):
            self._insert(PracticeEntry(
                site_id=site, trainee_id=trainee, performed_on=_parse_d(r["performed_on"]), minutes=r["minutes"],
                domain_id=domain, service_type=r["service_type"], description=r["description"],
                status=r["status"], reviewed_by_id=reviewed_by, reviewed_at=_parse_dt(r["reviewed_at"]),
                review_comment=r["review_comment"], created_at=_parse_dt(r["created_at"]),
            ))

    def _import_hour_entry(self, r):
        user, domain = self.user(r["user"]), self.domain(r["domain"])
        page = self.page(r["page"])
        enrollment = self.enrollment(r["enrollment"])
        if not (user and domain) or (r["page"] is not None and page is None):
            return
        if r["enrollment"] is not None and enrollment is None:
            return  # its enrollment was refused; that problem is already reported
        if r["enrollment"] is not None and r["enrollment"][0] != r["user"]:
            # An enrollment's entries are its trainee's: totals are summed by enrollment, a person's hours by user.
            self.problems.append(f"Ledger entry {r['key']} is {r['user']}'s but names an enrollment of "
                                 f"{r['enrollment'][0]}.")
            return
        site = self.site(r["site"]) if r.get("site") is not None else None
        if r.get("site") is not None and site is None:
            return  # its site is missing; that problem is already reported
        self._insert(HourEntry(
            user_id=user, enrollment_id=enrollment, domain_id=domain, site_id=site, minutes=r["minutes"],
            source=r["source"],
            delivery_mode=r["delivery_mode"], page_id=page, description=r["description"], key=r["key"],
            recorded_by_id=self.user(r["recorded_by"]), approved_by_id=self.user(r["approved_by"]),
            occurred_at=_parse_dt(r["occurred_at"]), created_at=_parse_dt(r["created_at"]),
        ))

    def _import_certificate_sequence(self, r):
        site = self.site(r["site"])
        if site:
            CertificateSequence.objects.update_or_create(site_id=site, prefix=r["prefix"], defaults={"last": r["last"]})

    def _import_certificate(self, r):
        enrollment, site = self.enrollment(r["enrollment"]), self.site(r["site"])
        replaces = None
        if r["replaces"] is not None:
            replaces = self.certificates.get(r["replaces"])
            if replaces is None:
                self.problems.append(f"Certificate {r['number']} replaces a certificate not in the file.")
                return
        if not (enrollment and site):
            return
        cert = Certificate(
            enrollment_id=enrollment, site_id=site, number=r["number"], verification_code=r["verification_code"],
            status=r["status"], version=r["version"], replaces_id=replaces,
            name_on_certificate=r["name_on_certificate"], course_title=r["course_title"],
            course_code=r["course_code"], total_minutes=r["total_minutes"], domain_minutes=r["domain_minutes"],
            delivery_minutes=r["delivery_minutes"], completed_on=_parse_d(r["completed_on"]),
            site_name=r["site_name"], provider_name=r["provider_name"], provider_number=r["provider_number"],
            signatory_name=r["signatory_name"], signatory_title=r["signatory_title"],
            pdf_sha256=r["pdf_sha256"], created_at=_parse_dt(r["created_at"]), issued_at=_parse_dt(r["issued_at"]),
            emailed_at=_parse_dt(r["emailed_at"]), revoked_at=_parse_dt(r["revoked_at"]),
            revoke_reason=r["revoke_reason"],
        )
        if r["pdf"] is not None:
            data = base64.b64decode(r["pdf"], validate=True)
            if r["pdf_sha256"] and hashlib.sha256(data).hexdigest() != r["pdf_sha256"]:
                self.problems.append(f"The PDF of certificate {r['number']} does not match its SHA-256.")
                return
            storage = cert.pdf.storage
            name = storage.save(cert.pdf.field.generate_filename(cert, r["pdf_name"] or "certificate.pdf"),
                                ContentFile(data))
            self.saved_files.append((storage, name))
            cert.pdf.name = name
        self._insert(cert)
        self.certificates[r["verification_code"]] = cert.pk

    def _import_certificate_event(self, r):
        cert = self.certificates.get(r["certificate"])
        if cert:
            self._insert(CertificateEvent(
                certificate_id=cert, action=r["action"], actor_id=self.user(r["actor"]), note=r["note"],
                at=_parse_dt(r["at"]),
            ))

    def _import_reissue_request(self, r):
        cert, requested_by = self.certificates.get(r["certificate"]), self.user(r["requested_by"])
        if cert and requested_by:
            self._insert(ReissueRequest(
                certificate_id=cert, requested_by_id=requested_by, requested_name=r["requested_name"],
                reason=r["reason"], status=r["status"], decided_by_id=self.user(r["decided_by"]),
                decided_at=_parse_dt(r["decided_at"]), decision_note=r["decision_note"],
                created_at=_parse_dt(r["created_at"]),
            ))

    def _import_audit_event(self, r):
        site = self.site(r["site"]) if r["site"] is not None else None
        if r["site"] is not None and site is None:
            return
        self._insert(AuditEvent(
            site_id=site, actor_id=self.user(r["actor"]), action=r["action"], target=r["target"],
            details=r["details"], at=_parse_dt(r["at"]),
        ))

    def report(self) -> list[str]:
        lines = list(dict.fromkeys(self.problems))
        for kind, keys in sorted(self.missing.items()):
            lines.append(f"Missing {kind} in this database: " + ", ".join(sorted(keys)))
        return lines

    def delete_saved_files(self):
        for storage, name in self.saved_files:
            try:
                storage.delete(name)
            except OSError:
                pass


def _lines(stream):
    for number, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            raise RecordsError(f"Line {number} is not valid JSON ({error}).") from None
        if not isinstance(record, dict):
            raise RecordsError(f"Line {number} is not a record.")
        yield number, record


def records_import(*, stream) -> Counter:
    """Restore the records written by ``records_export`` into a database without trainee records.

    Returns the count of each record type imported. Raises ``RecordsError``
    (nothing changed, no file left behind) when the file or the database is not right.
    """
    lines = _lines(stream)
    try:
        _, header = next(lines)
    except StopIteration:
        raise RecordsError("The file is empty.") from None
    except UnicodeDecodeError:
        raise RecordsError("The file is not UTF-8 text.") from None
    if header.get("type") != "header" or header.get("format") != FORMAT:
        raise RecordsError(f"This is not a {FORMAT} file (its first line is not the expected header).")
    if header.get("version") != VERSION:
        raise RecordsError(
            f"Unsupported {FORMAT} version {header.get('version')!r}; this program reads version {VERSION}."
        )

    importer = None
    try:
        with transaction.atomic():
            non_empty = [str(m._meta.verbose_name_plural) for m in TRAINEE_MODELS if m.objects.exists()]
            if non_empty:
                raise RecordsError(
                    "This database already holds trainee records (" + ", ".join(non_empty) + "); "
                    "import only into a database that has the curriculum but no trainee records."
                )
            importer = _Importer()
            end = None
            for number, record in lines:
                if end is not None:
                    raise RecordsError(f"Line {number} follows the end record.")
                if record.get("type") == "end":
                    end = record
                    continue
                try:
                    importer.handle(record)
                except RecordsError:
                    raise
                except IntegrityError as error:
                    raise RecordsError(f"Line {number} ({record.get('type')}) conflicts with another record: {error}.") from None
                except (KeyError, TypeError, ValueError) as error:
                    raise RecordsError(
                        f"Line {number} ({record.get('type')}) is malformed: {error.__class__.__name__} {error}."
                    ) from None
            if end is None:
                raise RecordsError("The file is incomplete: it has no end record (was the export interrupted?).")
            if dict(end.get("counts", {})) != dict(importer.counts):
                raise RecordsError(
                    f"The file is inconsistent: its end record counts {end.get('counts')}, "
                    f"but it holds {dict(importer.counts)}."
                )
            problems = importer.report()
            if problems:
                raise RecordsError("Nothing was imported:\n" + "\n".join(problems))
    except UnicodeDecodeError:
        if importer:
            importer.delete_saved_files()
        raise RecordsError("The file is not UTF-8 text.") from None
    except BaseException:
        if importer:
            importer.delete_saved_files()
        raise
    return importer.counts
