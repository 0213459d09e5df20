"""HTTP layer of supervision (mounted at /learn/supervision/): parse, check scope, call ``supervision.services``.

Screens: the supervisor dashboard (+ CSV export), a trainee's record (+ hours
transcript), the supervision log, the practice-hours review queue, the
trainee's own practice log, and the site admin's assignments. A trainee or
entry outside the requester's scope is a 404, so existence is never revealed;
bad input is a 400 that changes nothing.
"""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.translation import gettext as _, gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certificates import rendering as certificate_rendering
from certificates import selectors as certificate_selectors
from courses.display import display_name
from courses.models import CompetencyDomain, Enrollment
from courses.selectors import dashboard_for_user
from programs import access
from programs.fields import BoundedDateField
from programs.models import SupervisorAssignment

from . import dashboard as board
from . import selectors as supervision_selectors
from . import services as supervision
from .models import PracticeEntry, SupervisionFormat

User = get_user_model()


def _forbidden(request, message: str):
    return TemplateResponse(request, "supervision/forbidden.html", {"message": message}, status=403)


def _private(response):
    add_never_cache_headers(response)
    return response


def _int_or_none(value: str | None):
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 12:
        raise ValueError
    return int(value)


# --------------------------------------------------------------------------
# Dashboard and export
# --------------------------------------------------------------------------


def _parse_filters(params, options: board.FilterOptions):
    """(filters, per_page, errors) from the query string; unknown ids are errors, never a 500."""
    errors = []
    filters = board.DashboardFilters()
    choices = {
        "site": {s.pk for s in options.sites},
        "cohort": {c.pk for c in options.cohorts},
        "course": {c.pk for c in options.courses},
    }
    unknown = {"site": _("Unknown program site."), "cohort": _("Unknown cohort."), "course": _("Unknown course.")}
    for name in ("site", "cohort", "course"):
        try:
            value = _int_or_none(params.get(name))
        except ValueError:
            errors.append(unknown[name])
            continue
        if value is not None and value not in choices[name]:
            errors.append(unknown[name])
            continue
        setattr(filters, f"{name}_id", value)
    status = params.get("status", "")
    if status and status not in Enrollment.Status.values:
        errors.append(_("Unknown status."))
    else:
        filters.status = status
    q = params.get("q", "").strip()
    if len(q) > 100:
        errors.append(_("Search for at most 100 characters."))
    elif "\x00" in q:  # PostgreSQL refuses NUL in a query parameter (a 500)
        errors.append(_("The search contains a character that is not allowed."))
    else:
        filters.q = q
    per_page = board.DEFAULT_PER_PAGE
    try:
        value = _int_or_none(params.get("per_page"))
        if value is not None:
            if not 1 <= value <= board.MAX_PER_PAGE:
                raise ValueError
            per_page = value
    except ValueError:
        errors.append(_("Show between 1 and %(max)s trainees per page.") % {"max": board.MAX_PER_PAGE})
    return filters, per_page, errors


@login_required
@require_GET
def dashboard(request):
    options = board.filter_options(user=request.user)
    if not options.sites:
        return _forbidden(request, _("This page is for supervisors and program administrators."))
    filters, per_page, errors = _parse_filters(request.GET, options)
    context = {"options": options, "filters": filters, "per_page": per_page, "errors": errors}
    if errors:
        context.update({"rows": [], "page_obj": None})
        return TemplateResponse(request, "supervision/dashboard.html", context, status=400)
    page_obj, rows = board.dashboard_page(
        user=request.user, filters=filters, page=request.GET.get("page", 1), per_page=per_page
    )
    query = request.GET.copy()
    query.pop("page", None)
    context.update(
        {
            "rows": rows, "page_obj": page_obj, "query": query.urlencode(), "export_query": query.urlencode(),
        }
    )
    return _private(TemplateResponse(request, "supervision/dashboard.html", context))


@login_required
@require_GET
def export(request):
    """Every trainee the dashboard's filters select (all pages), as CSV; the export is logged."""
    options = board.filter_options(user=request.user)
    if not options.sites:
        return _forbidden(request, _("This page is for supervisors and program administrators."))
    filters, _per_page, errors = _parse_filters(request.GET, options)
    if errors:
        return HttpResponse(" ".join(errors), status=400, content_type="text/plain; charset=utf-8")
    trainees = board.supervised_trainees(user=request.user, filters=filters).count()
    board.export_log_create(user=request.user, kind="supervisor_dashboard", filters=filters, trainees=trainees)
    response = StreamingHttpResponse(
        board.dashboard_csv(viewer=request.user, filters=filters), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="trainees-{stamp}.csv"'
    return _private(response)


# --------------------------------------------------------------------------
# One trainee
# --------------------------------------------------------------------------


def _visible_trainee(request, user_id):
    """The trainee and what of their records the requester may see as staff (``programs.access``);
    else 404 (a trainee's own records are on their own pages, not these)."""
    scope = access.record_scopes(viewer=request.user, trainee_ids=[user_id]).get(user_id)
    if scope is None:
        raise Http404
    return get_object_or_404(User, pk=user_id), scope


@login_required
@require_GET
def trainee(request, user_id):
    person, scope = _visible_trainee(request, user_id)
    context = {
        "trainee": person,
        "name": display_name(person),
        "scope": scope,
        "courses": dashboard_for_user(user=person, scope=scope),
        "ledger": supervision_selectors.trainee_ledger(trainee=person, scope=scope),
        "practice": list(
            PracticeEntry.objects.filter(scope.q("site"), trainee=person).select_related("domain", "site", "reviewed_by")
        ),
        "shared_reflections": supervision_selectors.shared_reflections(viewer=request.user, trainee=person),
    }
    context["ledger_total"] = sum(entry.minutes for entry in context["ledger"])
    return _private(TemplateResponse(request, "supervision/trainee.html", context))


@login_required
@require_GET
def transcript(request, user_id):
    person, scope = _visible_trainee(request, user_id)
    pdf = certificate_rendering.render_transcript(certificate_selectors.transcript_data(user=person, scope=scope))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="hours-transcript-{person.pk}.pdf"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return _private(response)


# --------------------------------------------------------------------------
# Supervision sessions
# --------------------------------------------------------------------------


class SessionForm(forms.Form):
    site = forms.TypedChoiceField(label=gettext_lazy("Program site"), coerce=int)
    trainees = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Trainees present"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    held_on = BoundedDateField(label=gettext_lazy("Date"))
    minutes = forms.IntegerField(label=gettext_lazy("Length (minutes)"), min_value=1, max_value=12 * 60)
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=SupervisionFormat.choices, widget=forms.RadioSelect)
    domains = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Competency domains discussed"), coerce=int, widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("The minutes are credited to the first domain listed here that you tick."),
    )
    notes = forms.CharField(
        label=gettext_lazy("Notes"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Never write client names or identifying details."),
    )

    def __init__(self, *args, sites, trainees_by_site, domains, **kwargs):
        super().__init__(*args, **kwargs)
        self.sites = {s.pk: s for s in sites}
        self.trainees_by_site = trainees_by_site
        self.domain_objects = {d.pk: d for d in domains}
        self.fields["site"].choices = [(s.pk, s.site_name or s.hostname) for s in sites]
        people = {}
        for site_id, trainees in trainees_by_site.items():
            for person in trainees:
                people[person.pk] = person
        self.people = people
        multi_site = len(sites) > 1
        self.fields["trainees"].choices = [
            (person.pk, display_name(person)
             + (" – " + ", ".join(self.sites[sid].site_name or self.sites[sid].hostname
                                 for sid, ts in trainees_by_site.items() if person in ts and sid in self.sites) if multi_site else ""))
            for person in sorted(people.values(), key=lambda p: (p.last_name, p.first_name, p.pk))
        ]
        self.fields["domains"].choices = [(d.pk, d.name) for d in domains]
        self.fields["held_on"].initial = timezone.localdate()

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("A session cannot be logged before it happens."))
        return held_on

    def clean(self):
        data = super().clean()
        site_id, trainee_ids = data.get("site"), data.get("trainees")
        if site_id and trainee_ids:
            assigned = {p.pk for p in self.trainees_by_site.get(site_id, [])}
            if any(pk not in assigned for pk in trainee_ids):
                self.add_error("trainees", _("Choose trainees assigned to you on this site."))
        if data.get("format") == SupervisionFormat.INDIVIDUAL and trainee_ids and len(trainee_ids) != 1:
            self.add_error("format", _("Individual supervision has exactly one trainee; choose “Group” for more."))
        return data


@login_required
@require_http_methods(["GET", "POST"])
def sessions(request):
    sites = [s for s in supervision_selectors.dashboard_sites(user=request.user)]
    if not sites:
        return _forbidden(request, _("This page is for supervisors and program administrators."))
    trainees_by_site = supervision_selectors.own_trainees_by_site(supervisor=request.user)
    supervisor_sites = [s for s in sites if s.pk in trainees_by_site]
    domains = list(CompetencyDomain.objects.all())
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        sites=supervisor_sites, trainees_by_site=trainees_by_site, domains=domains,
    )
    status = 200
    if request.method == "POST":
        if not supervisor_sites:
            return _forbidden(request, _("Only supervisors with assigned trainees can log sessions."))
        if form.is_valid():
            data = form.cleaned_data
            chosen_domains = sorted(
                (form.domain_objects[pk] for pk in data["domains"]), key=lambda d: (d.sort_order, d.name)
            )
            try:
                session = supervision.supervision_session_log(
                    supervisor=request.user, site=form.sites[data["site"]],
                    trainees=[form.people[pk] for pk in data["trainees"]], held_on=data["held_on"],
                    minutes=data["minutes"], format=data["format"], domains=chosen_domains, notes=data["notes"],
                )
            except supervision.SupervisionError as error:
                form.add_error(None, str(error))
            else:
                count = len(data["trainees"])
                text = ngettext(
                    "Session of %(date)s logged: %(minutes)s minutes credited to %(count)s trainee.",
                    "Session of %(date)s logged: %(minutes)s minutes credited to %(count)s trainees.",
                    count,
                )
                messages.success(request, text % {
                    "date": date_format(session.held_on, "DATE_FORMAT"), "minutes": session.minutes, "count": count,
                })
                return redirect("supervision:sessions")
        status = 400
    context = {
        "form": form,
        "can_log": bool(supervisor_sites),
        "sessions": list(supervision_selectors.sessions_for(user=request.user)[:100]),
    }
    return TemplateResponse(request, "supervision/sessions.html", context, status=status)


# --------------------------------------------------------------------------
# Practice hours
# --------------------------------------------------------------------------


def _review_response(request, status=200):
    entries = list(supervision_selectors.practice_review_queue(user=request.user).order_by("performed_on", "pk")[:500])
    context = {
        "pending": [e for e in entries if e.status == PracticeEntry.Status.PENDING],
        "decided": sorted(
            (e for e in entries if e.status != PracticeEntry.Status.PENDING),
            key=lambda e: e.reviewed_at or e.created_at, reverse=True,
        )[:50],
    }
    return TemplateResponse(request, "supervision/review.html", context, status=status)


@login_required
@require_GET
def review(request):
    if not supervision_selectors.dashboard_sites(user=request.user):
        return _forbidden(request, _("This page is for supervisors and program administrators."))
    return _review_response(request)


@login_required
@require_POST
def decide(request, entry_id):
    entry = get_object_or_404(
        supervision_selectors.practice_review_queue(user=request.user), pk=entry_id
    )
    decision = request.POST.get("decision", "")
    if decision not in ("approve", "reject"):
        messages.error(request, _("Choose approve or reject."))
        return _review_response(request, status=400)
    if "\x00" in request.POST.get("comment", ""):
        messages.error(request, _("The comment contains a character that is not allowed (NUL)."))
        return _review_response(request, status=400)
    try:
        entry = supervision.practice_entry_decide(
            entry=entry, reviewer=request.user, approve=decision == "approve",
            comment=request.POST.get("comment", "")[:2000],
        )
    except supervision.SupervisionError as error:
        messages.error(request, str(error))
        current = PracticeEntry.objects.filter(pk=entry_id).values_list("status", flat=True).first()
        return _review_response(request, status=409 if current != PracticeEntry.Status.PENDING else 400)
    if entry.status == PracticeEntry.Status.APPROVED:
        text = _("Approved: %(minutes)s minutes of practice by %(name)s credited to their hours.")
    else:
        text = _("Rejected: %(minutes)s minutes of practice by %(name)s.")
    messages.success(request, text % {"minutes": entry.minutes, "name": display_name(entry.trainee)})
    return redirect("supervision:review")


# --------------------------------------------------------------------------
# Assignments (site admins)
# --------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def assignments(request):
    sites = supervision_selectors.admin_sites(user=request.user)
    if not sites:
        return _forbidden(request, _("This page is for program administrators."))
    site_ids = [s.pk for s in sites]
    status = 200
    if request.method == "POST":
        status = _assignments_post(request, {s.pk: s for s in sites})
        if status is None:
            return redirect("supervision:assignments")
    supervisors = supervision_selectors.site_people(site_ids=site_ids, role=supervision.Role.SUPERVISOR)
    trainees = supervision_selectors.site_people(site_ids=site_ids, role=supervision.Role.TRAINEE)
    current = list(
        SupervisorAssignment.objects.filter(site_id__in=site_ids)
        .select_related("site", "supervisor", "trainee")
        .order_by("site__site_name", "supervisor__last_name", "trainee__last_name", "pk")
    )
    context = {
        "sites": [
            {"site": s, "supervisors": supervisors.get(s.pk, []), "trainees": trainees.get(s.pk, []),
             "assignments": [a for a in current if a.site_id == s.pk]}
            for s in sites
        ],
    }
    return TemplateResponse(request, "supervision/assignments.html", context, status=status)


def _assignments_post(request, sites) -> int | None:
    """Apply an add/remove; None on success, else the error status (with a message)."""
    action = request.POST.get("action", "")
    try:
        if action == "remove":
            assignment_id = _int_or_none(request.POST.get("assignment"))
            assignment = SupervisorAssignment.objects.filter(pk=assignment_id, site_id__in=list(sites)).first()
            if assignment is None:
                raise Http404
            supervision.assignment_delete(assignment=assignment, by=request.user)
            messages.success(request, _("Assignment removed."))
            return None
        if action != "add":
            messages.error(request, _("Unknown action."))
            return 400
        site_id = _int_or_none(request.POST.get("site"))
        supervisor_id = _int_or_none(request.POST.get("supervisor"))
        trainee_id = _int_or_none(request.POST.get("trainee"))
    except ValueError:
        messages.error(request, _("Choose a site, a supervisor and a trainee from the lists."))
        return 400
    if site_id not in sites:
        raise Http404
    supervisor = User.objects.filter(pk=supervisor_id).first() if supervisor_id else None
    person = User.objects.filter(pk=trainee_id).first() if trainee_id else None
    if supervisor is None or person is None:
        messages.error(request, _("Choose a supervisor and a trainee from the lists."))
        return 400
    try:
        _assignment, created = supervision.assignment_create(site=sites[site_id], supervisor=supervisor, trainee=person, by=request.user)
    except supervision.SupervisionError as error:
        messages.error(request, str(error))
        return 400
    text = _("%(supervisor)s now supervises %(trainee)s.") if created else _("%(supervisor)s already supervises %(trainee)s.")
    messages.success(request, text % {"supervisor": display_name(supervisor), "trainee": display_name(person)})
    return None
