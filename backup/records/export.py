"""``records_export``: every trainee record, written to a stream in the order an import needs them.

Each record names what it points at by natural key (see ``backup.records``);
``_Refs`` turns the ids of the small reference tables into those keys.
"""
from __future__ import annotations

import base64
import json
import os
from collections import Counter

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from certificates.models import Badge, Certificate, CertificateEvent, CertificateSequence, IssuerKey, ReissueRequest
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession
from courses.models import ActivityResponse, CompetencyDomain, CoursePage, Enrollment, HourEntry, LessonProgress, QuizAttempt
from programs.models import AuditEvent, LegalName, SiteRole
from programs.models import SupervisorAssignment
from readiness.models import HeldCredential
from supervision.models import DigestPreference, DigestSent, PracticeEntry, SupervisionSession

from .format import FORMAT, VERSION, date_text, datetime_text, site_key

CHUNK = 1000


class _Refs:
    """Lookups of the small reference tables (sites, pages, domains) by id and by natural key."""

    def __init__(self):
        self.sites = {s.pk: site_key(s) for s in Site.objects.all()}
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


def _users():
    legal_names = dict(LegalName.objects.values_list("user_id", "name"))
    for user in get_user_model().objects.order_by("pk").prefetch_related("groups").iterator(chunk_size=CHUNK):
        yield {
            "type": "user",
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "legal_name": legal_names.get(user.pk),
            "password": user.password,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
            "is_superuser": user.is_superuser,
            "date_joined": datetime_text(user.date_joined),
            "last_login": datetime_text(user.last_login),
            "groups": sorted(g.name for g in user.groups.all()),
        }


def _records(refs: _Refs):
    """Every record, in the order an import needs them."""
    yield from _users()

    for row in SiteRole.objects.order_by("pk").values("user__username", "site_id", "role", "granted_at").iterator(
        chunk_size=CHUNK
    ):
        yield {"type": "site_role", "user": row["user__username"], "site": refs.sites[row["site_id"]],
               "role": row["role"], "granted_at": datetime_text(row["granted_at"])}

    for cohort in Cohort.objects.order_by("pk").prefetch_related("facilitators").iterator(chunk_size=CHUNK):
        yield {
            "type": "cohort", "site": refs.sites[cohort.site_id], "course": refs.page(cohort.course_id),
            "name": cohort.name, "starts_on": date_text(cohort.starts_on), "ends_on": date_text(cohort.ends_on),
            "facilitators": sorted(u.get_username() for u in cohort.facilitators.all()),
            "created_at": datetime_text(cohort.created_at),
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
            "invited_by": row["invited_by__username"], "created_at": datetime_text(row["created_at"]),
            "responded_at": datetime_text(row["responded_at"]), "answered_by": row["answered_by__username"],
        }

    sessions = (
        LiveSession.objects.order_by("pk").select_related("cohort").prefetch_related("covers", "domain_split")
    )
    for session in sessions.iterator(chunk_size=CHUNK):
        cohort = session.cohort
        yield {
            "type": "live_session", "ref": f"live-{session.pk}",
            "cohort": {"site": refs.sites[cohort.site_id], "course": refs.page(cohort.course_id)["path"],
                       "name": cohort.name},
            "title": session.title, "starts_at": datetime_text(session.starts_at),
            "duration_minutes": session.duration_minutes, "delivery_mode": session.delivery_mode,
            "domain": refs.domains[session.domain_id],
            "covers": sorted(refs.pages[p.pk]["path"] for p in session.covers.all()),
            "module": refs.pages[session.module_id]["path"] if session.module_id else None,
            "domain_split": {refs.domains[s.domain_id]: s.minutes for s in session.domain_split.all()},
            "created_at": datetime_text(session.created_at),
        }

    for row in SupervisorAssignment.objects.order_by("pk").values(
        "site_id", "supervisor__username", "trainee__username", "created_at", "shares_other_programs_since"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "supervisor_assignment", "site": refs.sites[row["site_id"]],
               "supervisor": row["supervisor__username"], "trainee": row["trainee__username"],
               "created_at": datetime_text(row["created_at"]),
               "shares_other_programs_since": datetime_text(row["shares_other_programs_since"])}

    for row in Enrollment.objects.order_by("pk").values(
        "user__username", "course_id", "status", "cohort__site_id", "cohort__course__url_path", "cohort__name",
        "enrolled_at", "completed_at",
    ).iterator(chunk_size=CHUNK):
        cohort = None
        if row["cohort__name"] is not None:
            cohort = {"site": refs.sites[row["cohort__site_id"]], "course": row["cohort__course__url_path"],
                      "name": row["cohort__name"]}
        yield {"type": "enrollment", "user": row["user__username"], "course": refs.page(row["course_id"]),
               "status": row["status"], "cohort": cohort, "enrolled_at": datetime_text(row["enrolled_at"]),
               "completed_at": datetime_text(row["completed_at"])}

    def enrollment_key(row):
        return [row["enrollment__user__username"], row["enrollment__course__url_path"]]

    for row in LessonProgress.objects.order_by("pk").values(
        "enrollment__user__username", "enrollment__course__url_path", "lesson_id", "first_viewed_at",
        "last_seen_at", "engaged_seconds", "completed_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "lesson_progress", "enrollment": enrollment_key(row), "lesson": refs.page(row["lesson_id"]),
               "first_viewed_at": datetime_text(row["first_viewed_at"]),
               "last_seen_at": datetime_text(row["last_seen_at"]),
               "engaged_seconds": row["engaged_seconds"], "completed_at": datetime_text(row["completed_at"])}

    # What trainees wrote in lesson activities is theirs and part of their record: it travels with
    # the backup, with whom they chose to share each reflection.
    for row in ActivityResponse.objects.order_by("pk").values(
        "user__username", "course_id", "lesson_id", "block_id", "kind", "prompt", "text", "choices",
        "shared_with_facilitators", "shared_with_supervisors", "completed_at", "created_at", "updated_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "activity_response", "user": row["user__username"], "course": refs.page(row["course_id"]),
               "lesson": refs.page(row["lesson_id"]),
               "block": row["block_id"], "kind": row["kind"], "prompt": row["prompt"], "text": row["text"],
               "choices": row["choices"], "shared_with_facilitators": row["shared_with_facilitators"],
               "shared_with_supervisors": row["shared_with_supervisors"],
               "completed_at": datetime_text(row["completed_at"]), "created_at": datetime_text(row["created_at"]),
               "updated_at": datetime_text(row["updated_at"])}

    for row in QuizAttempt.objects.order_by("pk").values(
        "enrollment__user__username", "enrollment__course__url_path", "quiz_id", "number", "started_at",
        "submitted_at", "answers", "feedback", "score", "passed",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "quiz_attempt", "enrollment": enrollment_key(row), "quiz": refs.page(row["quiz_id"]),
               "number": row["number"], "started_at": datetime_text(row["started_at"]),
               "submitted_at": datetime_text(row["submitted_at"]), "answers": row["answers"],
               "feedback": row["feedback"],
               "score": row["score"], "passed": row["passed"]}

    for row in Attendance.objects.order_by("pk").values(
        "session_id", "enrollment__user__username", "enrollment__course__url_path", "minutes_attended",
        "revision", "recorded_by__username", "recorded_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "attendance", "session": f"live-{row['session_id']}", "enrollment": enrollment_key(row),
               "minutes_attended": row["minutes_attended"], "revision": row["revision"],
               "recorded_by": row["recorded_by__username"], "recorded_at": datetime_text(row["recorded_at"])}

    supervision = SupervisionSession.objects.order_by("pk").select_related("supervisor").prefetch_related(
        "trainees", "domains"
    )
    for session in supervision.iterator(chunk_size=CHUNK):
        yield {
            "type": "supervision_session", "ref": f"supervision-{session.pk}", "site": refs.sites[session.site_id],
            "supervisor": session.supervisor.get_username(),
            "trainees": sorted(u.get_username() for u in session.trainees.all()),
            "held_on": date_text(session.held_on), "minutes": session.minutes, "format": session.format,
            "domains": sorted(d.slug for d in session.domains.all()), "notes": session.notes,
            "created_at": datetime_text(session.created_at),
        }

    held = HeldCredential.objects.order_by("pk").select_related("user", "framework", "verified_by").prefetch_related("reminders")
    for credential in held.iterator(chunk_size=CHUNK):
        yield {"type": "held_credential", "user": credential.user.get_username(), "framework": credential.framework.slug,
               "number": credential.number, "issued_on": date_text(credential.issued_on),
               "expires_on": date_text(credential.expires_on), "verified_at": datetime_text(credential.verified_at),
               "verified_by": credential.verified_by.get_username() if credential.verified_by else None,
               "created_at": datetime_text(credential.created_at),
               "reminders": [
                   {"days_before": r.days_before, "expires_on": date_text(r.expires_on), "sent_at": datetime_text(r.sent_at)}
                   for r in sorted(credential.reminders.all(), key=lambda r: r.pk)
               ]}

    for row in PracticeEntry.objects.order_by("pk").values(
        "site_id", "trainee__username", "performed_on", "minutes", "domain_id", "service_type", "description",
        "status", "reviewed_by__username", "reviewed_at", "review_comment", "created_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "practice_entry", "site": refs.sites[row["site_id"]], "trainee": row["trainee__username"],
               "performed_on": date_text(row["performed_on"]), "minutes": row["minutes"],
               "domain": refs.domains[row["domain_id"]], "service_type": row["service_type"],
               "description": row["description"], "status": row["status"],
               "reviewed_by": row["reviewed_by__username"], "reviewed_at": datetime_text(row["reviewed_at"]),
               "review_comment": row["review_comment"], "created_at": datetime_text(row["created_at"])}

    # The supervisors' digest days, and the weeks whose digest went (so a restore sends none again).
    for row in DigestPreference.objects.order_by("pk").values("user__username", "weekday", "updated_at").iterator(
        chunk_size=CHUNK
    ):
        yield {"type": "digest_preference", "user": row["user__username"], "weekday": row["weekday"],
               "updated_at": datetime_text(row["updated_at"])}

    for row in DigestSent.objects.order_by("pk").values("supervisor__username", "week", "items", "sent_at").iterator(
        chunk_size=CHUNK
    ):
        yield {"type": "digest_sent", "supervisor": row["supervisor__username"], "week": row["week"],
               "items": row["items"], "sent_at": datetime_text(row["sent_at"])}

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
               "approved_by": row["approved_by__username"], "occurred_at": datetime_text(row["occurred_at"]),
               "created_at": datetime_text(row["created_at"])}

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
            "completed_on": date_text(cert.completed_on), "site_name": cert.site_name,
            "provider_name": cert.provider_name, "provider_number": cert.provider_number,
            "signatory_name": cert.signatory_name, "signatory_title": cert.signatory_title,
            "pdf_name": os.path.basename(cert.pdf.name) if cert.pdf else None, "pdf": pdf,
            "pdf_sha256": cert.pdf_sha256, "created_at": datetime_text(cert.created_at),
            "issued_at": datetime_text(cert.issued_at),
            "emailed_at": datetime_text(cert.emailed_at), "revoked_at": datetime_text(cert.revoked_at),
            "revoke_reason": cert.revoke_reason, "approvals": cert.approvals,
        }

    # Badge-signing keys (private halves included, like the password hashes: keep the file safe),
    # so the badges already handed out still verify after a restore.
    for row in IssuerKey.objects.order_by("pk").values(
        "site_id", "public_key_multibase", "private_key", "created_at", "retired_at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "issuer_key", "site": refs.sites[row["site_id"]], "public_key": row["public_key_multibase"],
               "private_key": row["private_key"], "created_at": datetime_text(row["created_at"]),
               "retired_at": datetime_text(row["retired_at"])}

    for row in Badge.objects.order_by("pk").values(
        "certificate__verification_code", "key__public_key_multibase", "status_index", "document", "created_at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "badge", "certificate": row["certificate__verification_code"],
               "key": row["key__public_key_multibase"], "status_index": row["status_index"],
               "document": row["document"], "created_at": datetime_text(row["created_at"])}

    for row in CertificateEvent.objects.order_by("pk").values(
        "certificate__verification_code", "action", "actor__username", "note", "at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "certificate_event", "certificate": row["certificate__verification_code"],
               "action": row["action"], "actor": row["actor__username"], "note": row["note"],
               "at": datetime_text(row["at"])}

    for row in ReissueRequest.objects.order_by("pk").values(
        "certificate__verification_code", "requested_by__username", "requested_name", "reason", "status",
        "decided_by__username", "decided_at", "decision_note", "created_at",
    ).iterator(chunk_size=CHUNK):
        yield {"type": "reissue_request", "certificate": row["certificate__verification_code"],
               "requested_by": row["requested_by__username"], "requested_name": row["requested_name"],
               "reason": row["reason"], "status": row["status"], "decided_by": row["decided_by__username"],
               "decided_at": datetime_text(row["decided_at"]), "decision_note": row["decision_note"],
               "created_at": datetime_text(row["created_at"])}

    # The audit trail last: an import appends it to whatever the target already logged.
    for row in AuditEvent.objects.order_by("pk").values(
        "site_id", "actor__username", "action", "target", "details", "at"
    ).iterator(chunk_size=CHUNK):
        yield {"type": "audit_event", "site": refs.sites.get(row["site_id"]), "actor": row["actor__username"],
               "action": row["action"], "target": row["target"], "details": row["details"],
               "at": datetime_text(row["at"])}


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
        write({"type": "header", "format": FORMAT, "version": VERSION, "exported_at": datetime_text(timezone.now())})
        refs = _Refs()
        for record in _records(refs):
            counts[record["type"]] += 1
            write(record)
        write({"type": "end", "counts": dict(sorted(counts.items()))})
    return counts
