"""HTTP layer of the cohorts screens (mounted at /learn/cohorts/): parse, check, call ``cohorts.services``.

Every cohort is looked up through ``cohorts.selectors.manageable_cohorts(user)``, so a
cohort of another site, or one this facilitator does not run, is a 404 (its
existence is not revealed); a session id is looked up inside its cohort. Writes
are POST-only and go through the services, which check the actor again.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _, gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.display import display_name
from courses.models import CompetencyDomain, LessonPage, ModulePage
from courses.selectors import translation_of
from programs.fields import BoundedDateField, BoundedDateTimeField, IdModelMultipleChoiceField
from programs.models import ProgramSettings
from programs.roles import Role, has_role, sites_for

from . import invitations
from . import selectors as cohort_selectors
from . import services as cohorts
from .models import CohortInvitation, LiveSession
from .services import CohortError

User = get_user_model()


def _cohort_or_404(request, cohort_id):
    return get_object_or_404(
        cohort_selectors.manageable_cohorts(request.user).select_related("site", "course"), pk=cohort_id
    )


def _session_or_404(cohort, session_id):
    # The module and the domain split are read once here, not again for every trainee on the sheet.
    sessions = LiveSession.objects.select_related("domain", "cohort", "module").prefetch_related("domain_split__domain")
    return get_object_or_404(sessions, pk=session_id, cohort=cohort)


# --------------------------------------------------------------------------
# Forms
# --------------------------------------------------------------------------


class CohortForm(forms.Form):
    site = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Program site"), empty_label=None)
    course = forms.ChoiceField(label=gettext_lazy("Course"))
    name = forms.CharField(
        max_length=150, label=gettext_lazy("Cohort name"), help_text=gettext_lazy("For example “Spring 2027 – evenings”.")
    )
    starts_on = BoundedDateField(label=gettext_lazy("Starts on"))
    ends_on = BoundedDateField(label=gettext_lazy("Ends on"), required=False)
    facilitators = IdModelMultipleChoiceField(
        queryset=None, required=False, label=gettext_lazy("Facilitators"), widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("People with the facilitator role on the site."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        sites = sites_for(user, Role.FACILITATOR, Role.SITE_ADMIN).select_related("root_page").order_by("site_name", "hostname")
        self.fields["site"].queryset = sites
        self.courses = {str(c.pk): c for c in cohort_selectors.courses_on_sites(list(sites))}
        self.fields["course"].choices = [(pk, f"{c.title} ({c.code})") for pk, c in self.courses.items()]
        self.fields["facilitators"].queryset = (
            User.objects.filter(site_roles__site__in=sites, site_roles__role=Role.FACILITATOR, is_active=True)
            .distinct()
            .order_by("last_name", "first_name", "email")
        )
        self.fields["facilitators"].label_from_instance = lambda u: f"{display_name(u)} ({u.email})"

    def clean_course(self):
        return self.courses[self.cleaned_data["course"]]


class AddTraineeForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Trainee's email"), max_length=254,
        help_text=gettext_lazy(
            "Trainees of this program join at once; anyone else gets an invitation by e-mail to accept first."
        ),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class RosterForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Roster (CSV)"),
        help_text=gettext_lazy(
            "UTF-8 CSV, at most 1 MB and 2,000 rows. First line: email,first_name,last_name (only email is required)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class ModuleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, module):
        return _("%(module)s (%(minutes)s min)") % {"module": module.title, "minutes": module.live_minutes}


class SessionForm(forms.Form):
    """A live session: one module delivered from its facilitator guide, or another session whose
    title, length, domain and lessons the facilitator sets."""

    module = ModuleChoiceField(
        queryset=ModulePage.objects.none(), required=False, label=gettext_lazy("Module delivered"),
        empty_label=gettext_lazy("Another session (set its details below)"),
        help_text=gettext_lazy("A module's session takes the minutes, domains and lessons of its facilitator guide."),
    )
    starts_at = BoundedDateTimeField(label=gettext_lazy("Starts at"), help_text=gettext_lazy("Local time of the program."))
    delivery_mode = forms.ChoiceField(
        label=gettext_lazy("Delivery"), choices=[(m.value, m.label) for m in cohorts.SESSION_MODES], widget=forms.RadioSelect
    )
    title = forms.CharField(
        max_length=200, label=gettext_lazy("Title"), required=False,
        help_text=gettext_lazy("A module's session is titled after the module unless you give a title."),
    )
    duration_minutes = forms.IntegerField(
        label=gettext_lazy("Duration (minutes)"), min_value=1, max_value=cohorts.SESSION_MAX_MINUTES, required=False
    )
    domain = forms.ModelChoiceField(
        queryset=CompetencyDomain.objects.all(), label=gettext_lazy("Competency domain credited"), required=False
    )
    covers = IdModelMultipleChoiceField(
        queryset=LessonPage.objects.none(), required=False, label=gettext_lazy("Lessons this session teaches"),
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Attending the whole session completes these lessons (their online minutes are not added)."),
    )

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = ModulePage.objects.live().child_of(cohort.course).order_by("path")
        self.fields["covers"].queryset = LessonPage.objects.live().descendant_of(cohort.course).order_by("path")

    def clean(self):
        data = super().clean()
        if data.get("module") is None:
            for name, message in (
                ("title", _("Give the session a title.")),
                ("duration_minutes", _("Give the session's length in minutes.")),
                ("domain", _("Choose the competency domain the session credits.")),
            ):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, message)
        return data


# --------------------------------------------------------------------------
# Views
# --------------------------------------------------------------------------


def _require_staff_somewhere(user):
    if not sites_for(user, Role.FACILITATOR, Role.SITE_ADMIN).exists():
        raise PermissionDenied("Only facilitators and site admins run cohorts.")


@login_required
@require_GET
def cohort_list(request):
    _require_staff_somewhere(request.user)
    return TemplateResponse(
        request,
        "cohorts/list.html",
        {"cohorts": cohort_selectors.cohorts_for_user(user=request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def cohort_new(request):
    _require_staff_somewhere(request.user)
    form = CohortForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        facilitators = list(data["facilitators"])
        # A facilitator who creates a cohort runs it (else they could not open it afterwards).
        if request.user not in facilitators and has_role(request.user, data["site"], Role.FACILITATOR) \
                and not has_role(request.user, data["site"], Role.SITE_ADMIN):
            facilitators.append(request.user)
        try:
            cohort = cohorts.cohort_create(
                site=data["site"], course=data["course"], name=data["name"], starts_on=data["starts_on"],
                ends_on=data["ends_on"], facilitators=facilitators, actor=request.user,
            )
        except cohorts.CohortError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Cohort “%(name)s” created.") % {"name": cohort.name})
            return redirect("cohorts:detail", cohort_id=cohort.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "cohorts/new.html", {"form": form}, status=status)


def _detail(request, cohort, *, add_form=None, roster_form=None, report=None, status=200):
    context = cohort_selectors.cohort_detail(cohort=cohort)
    context.update(
        {
            "invitations": invitations.pending_invitations_of(cohort=cohort),
            "add_form": add_form or AddTraineeForm(),
            "roster_form": roster_form or RosterForm(),
            "report": report,
            "shared_reflections": cohort_selectors.shared_reflections(cohort=cohort, viewer=request.user),
        }
    )
    return TemplateResponse(request, "cohorts/detail.html", context, status=status)


@login_required
@require_GET
def cohort_detail(request, cohort_id):
    return _detail(request, _cohort_or_404(request, cohort_id))


@login_required
@require_POST
def cohort_add_trainee(request, cohort_id):
    cohort = _cohort_or_404(request, cohort_id)
    form = AddTraineeForm(request.POST)
    if form.is_valid():
        try:
            outcome = invitations.cohort_invite(cohort=cohort, email=form.cleaned_data["email"], actor=request.user)
        except cohorts.CohortError as error:
            form.add_error("email", str(error))
        else:
            if outcome.kind == "added":
                messages.success(request, _("%(name)s joined the cohort.") % {"name": display_name(outcome.enrollment.user)})
            elif outcome.kind == "member":
                messages.info(request, _("%(name)s is already in this cohort.") % {"name": display_name(outcome.enrollment.user)})
            else:  # the same words whether an account exists or not: nothing about them is revealed
                messages.success(
                    request,
                    _("Invitation sent to %(email)s. They join the cohort when they accept it.") % {"email": outcome.email},
                )
            return redirect("cohorts:detail", cohort_id=cohort.pk)
    return _detail(request, cohort, add_form=form, status=400)


@login_required
@require_POST
def cohort_roster(request, cohort_id):
    cohort = _cohort_or_404(request, cohort_id)
    form = RosterForm(request.POST, request.FILES)
    if not form.is_valid():
        return _detail(request, cohort, roster_form=form, status=400)
    upload = form.cleaned_data["file"]
    try:
        report = invitations.roster_import(cohort=cohort, file=upload, actor=request.user)
    finally:
        upload.close()
    if not report.ok:
        return _detail(request, cohort, report=report, status=400)
    messages.success(request, _roster_imported(report))
    return redirect("cohorts:detail", cohort_id=cohort.pk)


def _roster_imported(report) -> str:
    """The message after a roster import: how many joined, were invited, were already members."""
    values = {"added": len(report.added), "invited": len(report.invited), "members": len(report.already_members)}
    if report.invited and report.already_members:
        text = ngettext(
            "Roster imported: %(added)s trainee added, %(invited)s invited by e-mail (they join when they accept), "
            "%(members)s already in the cohort.",
            "Roster imported: %(added)s trainees added, %(invited)s invited by e-mail (they join when they accept), "
            "%(members)s already in the cohort.",
            values["added"],
        )
    elif report.invited:
        text = ngettext(
            "Roster imported: %(added)s trainee added, %(invited)s invited by e-mail (they join when they accept).",
            "Roster imported: %(added)s trainees added, %(invited)s invited by e-mail (they join when they accept).",
            values["added"],
        )
    elif report.already_members:
        text = ngettext(
            "Roster imported: %(added)s trainee added, %(members)s already in the cohort.",
            "Roster imported: %(added)s trainees added, %(members)s already in the cohort.",
            values["added"],
        )
    else:
        text = ngettext(
            "Roster imported: %(added)s trainee added.", "Roster imported: %(added)s trainees added.", values["added"]
        )
    return text % values


@login_required
@require_POST
def invitation_cancel(request, cohort_id, invitation_id):
    cohort = _cohort_or_404(request, cohort_id)
    invitation = get_object_or_404(CohortInvitation, pk=invitation_id, cohort=cohort)
    if invitations.invitation_cancel(invitation=invitation, actor=request.user):
        messages.success(request, _("Invitation to %(email)s withdrawn.") % {"email": invitation.email})
    else:
        messages.info(request, _("The invitation to %(email)s was already answered or withdrawn.") % {"email": invitation.email})
    return redirect("cohorts:detail", cohort_id=cohort.pk)


@login_required
@require_http_methods(["GET", "POST"])
def session_new(request, cohort_id):
    cohort = _cohort_or_404(request, cohort_id)
    form = SessionForm(request.POST or None, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["module"] is not None:
                session = cohorts.live_session_schedule_module(
                    cohort=cohort, module=data["module"], starts_at=data["starts_at"], delivery_mode=data["delivery_mode"],
                    title=data["title"], actor=request.user,
                )
            else:
                session = cohorts.live_session_schedule(
                    cohort=cohort, title=data["title"], starts_at=data["starts_at"], duration_minutes=data["duration_minutes"],
                    delivery_mode=data["delivery_mode"], domain=data["domain"], covers=data["covers"], actor=request.user,
                )
        except cohorts.CohortError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Session “%(title)s” scheduled.") % {"title": session.title})
            return redirect("cohorts:detail", cohort_id=cohort.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "cohorts/session_form.html", {"cohort": cohort, "form": form}, status=status)


def _minutes_from_post(post, rows, duration):
    """{enrollment id: minutes} from the sheet, or a list of errors; blank means "not recorded"."""
    known = {str(row.enrollment.pk): row for row in rows}
    for name in post:
        if name.startswith(("minutes-", "full-")) and name.split("-", 1)[1] not in known:
            return None, [_("The sheet names someone who is not in this cohort. Reload the page and try again.")]
    values, errors = {}, []
    for pk, row in known.items():
        person = display_name(row.enrollment.user)
        if post.get(f"full-{pk}"):
            values[row.enrollment.pk] = duration
            continue
        raw = post.get(f"minutes-{pk}", "").strip()
        if raw == "":
            continue
        if not raw.isdigit() or len(raw) > 6:
            errors.append(_("%(name)s: enter whole minutes between 0 and %(duration)s.") % {"name": person, "duration": duration})
            continue
        minutes = int(raw)
        if minutes > duration:
            errors.append(
                _("%(name)s: %(minutes)s minutes is longer than the session (%(duration)s minutes).")
                % {"name": person, "minutes": minutes, "duration": duration}
            )
            continue
        values[row.enrollment.pk] = minutes
    return values, errors


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request, cohort_id, session_id):
    cohort = _cohort_or_404(request, cohort_id)
    session = _session_or_404(cohort, session_id)
    rows = cohort_selectors.attendance_sheet(session=session)
    errors, changes, status = [], [], 200
    submitted = None
    if request.method == "POST":
        values, errors = _minutes_from_post(request.POST, rows, session.duration_minutes)
        if not errors:
            by_pk = {row.enrollment.pk: row.enrollment for row in rows}
            try:
                with transaction.atomic():  # the whole sheet or nothing
                    for pk, minutes in values.items():
                        outcome = cohorts.attendance_record(
                            session=session, enrollment=by_pk[pk], minutes_attended=minutes, actor=request.user
                        )
                        if outcome.minutes_credited:
                            changes.append((by_pk[pk].user, outcome))
            except cohorts.CohortError as error:
                errors, changes = [str(error)], []
        if not errors:
            if changes:
                for user, outcome in changes:
                    if outcome.minutes_credited > 0:
                        text = _("%(name)s: +%(minutes)s min credited (now %(attended)s of %(duration)s min).")
                    else:
                        text = _("%(name)s: −%(minutes)s min corrected (now %(attended)s of %(duration)s min).")
                    messages.success(request, text % {
                        "name": display_name(user), "minutes": abs(outcome.minutes_credited),
                        "attended": outcome.attendance.minutes_attended, "duration": session.duration_minutes,
                    })
            else:
                messages.info(request, _("Attendance saved; no hours changed."))
            return redirect("cohorts:attendance", cohort_id=cohort.pk, session_id=session.pk)
        status = 400
        submitted = request.POST
    for row in rows:  # what each input shows: the stored record, or what was just refused
        pk = row.enrollment.pk
        row.value = submitted.get(f"minutes-{pk}", "")[:10] if submitted is not None else row.minutes
        row.full = bool(submitted.get(f"full-{pk}")) if submitted is not None else False
    return TemplateResponse(
        request,
        "cohorts/attendance.html",
        {"cohort": cohort, "session": session, "rows": rows, "errors": errors},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """An invitation to join a cohort: the invitee accepts or declines it (see ``cohorts.invitations``).

    Someone not logged in is sent to log in (the login page offers to create an account and
    comes back here); only an account using the invited address sees and answers it, anyone
    else gets a 403. An unknown token is a 404.
    """
    found = invitations.invitation_by_token(token)
    if found is None:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = {
        "invitation": found,
        "program": ProgramSettings.for_site(found.cohort.site).name,
        "expired": invitations.is_expired(found),
        "may_answer": invitations.may_answer(found, request.user),
        "pending": found.status == CohortInvitation.Status.PENDING,
    }
    status = 200 if context["may_answer"] else 403
    if request.method == "POST" and context["may_answer"]:
        action = request.POST.get("action", "")
        try:
            if action == "accept":
                invitations.invitation_accept(invitation=found, user=request.user)
                messages.success(
                    request,
                    _("Welcome! You joined “%(cohort)s” of %(course)s.")
                    % {"cohort": found.cohort.name, "course": translation_of(found.cohort.course).title},
                )
                return redirect("courses:dashboard")
            if action == "decline":
                invitations.invitation_decline(invitation=found, user=request.user)
                messages.info(request, _("You declined the invitation. Nothing of yours was shared with the program."))
                return redirect("courses:dashboard")
            context["error"] = _("Choose accept or decline.")
            status = 400
        except CohortError as error:
            context["error"] = str(error)
            status = 409
    response = TemplateResponse(request, "cohorts/invitation.html", context, status=status)
    add_never_cache_headers(response)
    return response
