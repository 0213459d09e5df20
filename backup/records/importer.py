"""``Importer``: turns the records of a file, one at a time, back into database rows.

It resolves every natural key (site, page, domain, group, user, enrollment,
cohort, session, certificate) to the id in this database, collecting each
problem (an unknown reference, an existing username) instead of stopping at
the first, so ``records_import`` can list them all and change nothing.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Page, Site

from certificates.models import Badge, Certificate, CertificateEvent, CertificateSequence, IssuerKey, ReissueRequest
from cohorts.models import Attendance, Cohort, CohortInvitation, LiveSession, SessionDomain
from courses.models import ActivityResponse, CompetencyDomain, CoursePage, Enrollment, HourEntry, LessonProgress, QuizAttempt
from programs.models import AuditEvent, SiteRole
from programs.models import LegalName, SupervisorAssignment
from readiness.models import CredentialFramework, HeldCredential, RenewalReminder
from supervision.models import DigestPreference, DigestSent, PracticeEntry, SupervisionSession

from .format import RecordsError, parse_date, parse_datetime, site_key


class Importer:
    def __init__(self):
        User = get_user_model()
        self.User = User
        self.problems: list[str] = []
        self.missing: dict[str, set] = {}
        self.sites = {site_key(s): s.pk for s in Site.objects.all()}
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
        self.issuer_keys: dict[str, int] = {}
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
            date_joined=parse_datetime(r["date_joined"]), last_login=parse_datetime(r["last_login"]),
        )
        setattr(user, self.User.USERNAME_FIELD, username)
        self._insert(user)
        self.users[username] = user.pk
        if r.get("legal_name"):
            self._insert(LegalName(user_id=user.pk, name=r["legal_name"][:200]))
        group_ids = [self.groups.get(name) or self._miss("groups", name) for name in r.get("groups", [])]
        if all(group_ids) and group_ids:
            user.groups.set(group_ids)

    def _import_site_role(self, r):
        user, site = self.user(r["user"]), self.site(r["site"])
        if user and site:
            self._insert(SiteRole(
                user_id=user, site_id=site, role=r["role"], granted_at=parse_datetime(r["granted_at"]),
            ))

    def _import_cohort(self, r):
        site, course = self.site(r["site"]), self.page(r["course"], expect="coursepage")
        facilitators = [self.user(u) for u in r["facilitators"]]
        if not (site and course and all(facilitators)):
            return
        cohort = self._insert(Cohort(
            site_id=site, course_id=course, name=r["name"], starts_on=parse_date(r["starts_on"]),
            ends_on=parse_date(r["ends_on"]), created_at=parse_datetime(r["created_at"]),
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
            created_at=parse_datetime(r["created_at"]), responded_at=parse_datetime(r["responded_at"]),
            answered_by_id=answered_by,
        ))

    def _import_live_session(self, r):
        cohort, domain = self._cohort(r["cohort"]), self.domain(r["domain"])
        covers = [self.page(path, expect="lessonpage") for path in r["covers"]]
        module = self.page(r["module"], expect="modulepage") if r.get("module") else None
        split = {self.domain(slug): minutes for slug, minutes in (r.get("domain_split") or {}).items()}
        if not (cohort and domain and all(covers)) or (r.get("module") and not module) or None in split:
            return
        session = self._insert(LiveSession(
            cohort_id=cohort, title=r["title"], starts_at=parse_datetime(r["starts_at"]),
            duration_minutes=r["duration_minutes"], delivery_mode=r["delivery_mode"], domain_id=domain,
            module_id=module, created_at=parse_datetime(r["created_at"]),
        ))
        session.covers.set(covers)
        SessionDomain.objects.bulk_create(
            SessionDomain(session=session, domain_id=domain_id, minutes=minutes) for domain_id, minutes in split.items()
        )
        self.live_sessions[r["ref"]] = session.pk

    def _import_supervisor_assignment(self, r):
        site, supervisor, trainee = self.site(r["site"]), self.user(r["supervisor"]), self.user(r["trainee"])
        if site and supervisor and trainee:
            self._insert(SupervisorAssignment(
                site_id=site, supervisor_id=supervisor, trainee_id=trainee, created_at=parse_datetime(r["created_at"]),
                shares_other_programs_since=parse_datetime(r.get("shares_other_programs_since")),
            ))

    def _import_enrollment(self, r):
        user, course = self.user(r["user"]), self.page(r["course"], expect="coursepage")
        if not (user and course):
            return
        enrollment = self._insert(Enrollment(
            user_id=user, course_id=course, status=r["status"], cohort_id=self._cohort(r["cohort"]),
            enrolled_at=parse_datetime(r["enrolled_at"]), completed_at=parse_datetime(r["completed_at"]),
        ))
        self.enrollments[(r["user"], r["course"]["path"])] = enrollment.pk

    def _import_lesson_progress(self, r):
        enrollment, lesson = self.enrollment(r["enrollment"]), self.page(r["lesson"], expect="lessonpage")
        if enrollment and lesson:
            self._insert(LessonProgress(
                enrollment_id=enrollment, lesson_id=lesson, first_viewed_at=parse_datetime(r["first_viewed_at"]),
                last_seen_at=parse_datetime(r["last_seen_at"]), engaged_seconds=r["engaged_seconds"],
                completed_at=parse_datetime(r["completed_at"]),
            ))

    def _import_activity_response(self, r):
        user, lesson = self.user(r["user"]), self.page(r["lesson"], expect="lessonpage")
        course = self.page(r["course"], expect="coursepage")
        if user and lesson and course:
            self._insert(ActivityResponse(
                user_id=user, course_id=course, lesson_id=lesson, block_id=r["block"], kind=r["kind"], prompt=r["prompt"],
                text=r["text"], choices=r["choices"], shared_with_facilitators=r["shared_with_facilitators"],
                shared_with_supervisors=r["shared_with_supervisors"], completed_at=parse_datetime(r["completed_at"]),
                created_at=parse_datetime(r["created_at"]), updated_at=parse_datetime(r["updated_at"]),
            ))

    def _import_quiz_attempt(self, r):
        enrollment, quiz = self.enrollment(r["enrollment"]), self.page(r["quiz"], expect="quizpage")
        if enrollment and quiz:
            self._insert(QuizAttempt(
                enrollment_id=enrollment, quiz_id=quiz, number=r["number"], started_at=parse_datetime(r["started_at"]),
                submitted_at=parse_datetime(r["submitted_at"]), answers=r["answers"], feedback=r["feedback"],
                score=r["score"], passed=r["passed"],
            ))

    def _import_attendance(self, r):
        session, enrollment = self.live_sessions.get(r["session"]), self.enrollment(r["enrollment"])
        recorded_by = self.user(r["recorded_by"])
        if session and enrollment and recorded_by:
            self._insert(Attendance(
                session_id=session, enrollment_id=enrollment, minutes_attended=r["minutes_attended"],
                revision=r["revision"], recorded_by_id=recorded_by, recorded_at=parse_datetime(r["recorded_at"]),
            ))

    def _import_supervision_session(self, r):
        site, supervisor = self.site(r["site"]), self.user(r["supervisor"])
        trainees = [self.user(u) for u in r["trainees"]]
        domains = [self.domain(slug) for slug in r["domains"]]
        if not (site and supervisor and all(trainees) and all(domains)):
            return
        session = self._insert(SupervisionSession(
            site_id=site, supervisor_id=supervisor, held_on=parse_date(r["held_on"]), minutes=r["minutes"],
            format=r["format"], notes=r["notes"], created_at=parse_datetime(r["created_at"]),
        ))
        session.trainees.set(trainees)
        session.domains.set(domains)

    def _import_held_credential(self, r):
        user, verified_by = self.user(r["user"]), self.user(r["verified_by"])
        framework = CredentialFramework.objects.filter(slug=r["framework"]).values_list("pk", flat=True).first()
        if framework is None:
            self._miss("credential frameworks", r["framework"])
        if not (user and framework) or (r["verified_by"] is not None and verified_by is None):
            return
        credential = self._insert(HeldCredential(
            user_id=user, framework_id=framework, number=r["number"], issued_on=parse_date(r["issued_on"]),
            expires_on=parse_date(r["expires_on"]), verified_at=parse_datetime(r["verified_at"]),
            verified_by_id=verified_by, created_at=parse_datetime(r["created_at"]),
        ))
        for reminder in r["reminders"]:
            self._insert(RenewalReminder(
                credential=credential, days_before=reminder["days_before"], expires_on=parse_date(reminder["expires_on"]),
                sent_at=parse_datetime(reminder["sent_at"]),
            ))

    def _import_practice_entry(self, r):
        site, trainee, domain = self.site(r["site"]), self.user(r["trainee"]), self.domain(r["domain"])
        reviewed_by = self.user(r["reviewed_by"])
        if site and trainee and domain and (reviewed_by or r["reviewed_by"] is None):
            self._insert(PracticeEntry(
                site_id=site, trainee_id=trainee, performed_on=parse_date(r["performed_on"]), minutes=r["minutes"],
                domain_id=domain, service_type=r["service_type"], description=r["description"],
                status=r["status"], reviewed_by_id=reviewed_by, reviewed_at=parse_datetime(r["reviewed_at"]),
                review_comment=r["review_comment"], created_at=parse_datetime(r["created_at"]),
            ))

    def _import_digest_preference(self, r):
        user = self.user(r["user"])
        if user:
            self._insert(DigestPreference(user_id=user, weekday=r["weekday"], updated_at=parse_datetime(r["updated_at"])))

    def _import_digest_sent(self, r):
        supervisor = self.user(r["supervisor"])
        if supervisor:
            self._insert(DigestSent(
                supervisor_id=supervisor, week=r["week"], items=r["items"], sent_at=parse_datetime(r["sent_at"]),
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
            occurred_at=parse_datetime(r["occurred_at"]), created_at=parse_datetime(r["created_at"]),
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
            delivery_minutes=r["delivery_minutes"], completed_on=parse_date(r["completed_on"]),
            site_name=r["site_name"], provider_name=r["provider_name"], provider_number=r["provider_number"],
            signatory_name=r["signatory_name"], signatory_title=r["signatory_title"],
            pdf_sha256=r["pdf_sha256"], created_at=parse_datetime(r["created_at"]),
            issued_at=parse_datetime(r["issued_at"]),
            emailed_at=parse_datetime(r["emailed_at"]), revoked_at=parse_datetime(r["revoked_at"]),
            revoke_reason=r["revoke_reason"], approvals=r.get("approvals", []),
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
                at=parse_datetime(r["at"]),
            ))

    def _import_issuer_key(self, r):
        site = self.site(r["site"])
        if site is None:
            return
        existing = IssuerKey.objects.filter(public_key_multibase=r["public_key"]).first()
        if existing is None:
            retired = parse_datetime(r["retired_at"])
            if retired is None and IssuerKey.objects.filter(site_id=site, retired_at__isnull=True).exists():
                retired = timezone.now()  # the site signs with the key it has; this one still verifies
            existing = self._insert(IssuerKey(
                site_id=site, public_key_multibase=r["public_key"], private_key=r["private_key"],
                created_at=parse_datetime(r["created_at"]), retired_at=retired,
            ))
        self.issuer_keys[r["public_key"]] = existing.pk

    def _import_badge(self, r):
        cert, key = self.certificates.get(r["certificate"]), self.issuer_keys.get(r["key"])
        if not (cert and key):
            self.problems.append(f"A badge names a certificate or key not in the file ({r['certificate']}).")
            return
        self._insert(Badge(
            certificate_id=cert, site_id=IssuerKey.objects.get(pk=key).site_id, key_id=key,
            status_index=r["status_index"], document=r["document"], created_at=parse_datetime(r["created_at"]),
        ))

    def _import_reissue_request(self, r):
        cert, requested_by = self.certificates.get(r["certificate"]), self.user(r["requested_by"])
        if cert and requested_by:
            self._insert(ReissueRequest(
                certificate_id=cert, requested_by_id=requested_by, requested_name=r["requested_name"],
                reason=r["reason"], status=r["status"], decided_by_id=self.user(r["decided_by"]),
                decided_at=parse_datetime(r["decided_at"]), decision_note=r["decision_note"],
                created_at=parse_datetime(r["created_at"]),
            ))

    def _import_audit_event(self, r):
        site = self.site(r["site"]) if r["site"] is not None else None
        if r["site"] is not None and site is None:
            return
        self._insert(AuditEvent(
            site_id=site, actor_id=self.user(r["actor"]), action=r["action"], target=r["target"],
            details=r["details"], at=parse_datetime(r["at"]),
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
