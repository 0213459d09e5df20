"""Build the standard curriculum: competency domains, the course catalog, the three trainings
and the credential frameworks they count toward.

The content lives as data in ``courses/curriculum/``. The command only adds
what is missing (a course that already exists is left exactly as editors made
it), so running it twice changes nothing. Everything happens in one
transaction: a failure leaves the database as it was. Inside it the command
sends ``curriculum_loaded``, on which the readiness app adds the credential
frameworks (``readiness.services.frameworks_load``).
"""
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from courses.curriculum import COURSES, DOMAINS, engagement
from courses.models import CompetencyDomain, CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from courses.signals import curriculum_loaded

INDEX_SLUG = "trainings"


def _scenario_choices(choices):
    return [
        {"text": c["text"], "feedback": c["feedback"], "best": c["best"], "next": c.get("next", "")} for c in choices
    ]


def _body(blocks):
    """Curriculum data blocks as StreamField values (see ``courses.blocks``)."""
    body = []
    for block_type, value in blocks:
        if block_type == "rich_text":
            value = RichText(value)
        elif block_type == "scenario":
            value = {
                **value,
                "choices": _scenario_choices(value["choices"]),
                "follow_up": {
                    "question": value["follow_up"]["question"],
                    "choices": _scenario_choices(value["follow_up"]["choices"]),
                },
            }
        elif block_type == "self_check":
            value = {
                "questions": [
                    {
                        "prompt": q["prompt"],
                        "choices": [{"text": text, "correct": correct} for text, correct in q["choices"]],
                        "explanation": q.get("explanation", ""),
                    }
                    for q in value["questions"]
                ]
            }
        body.append((block_type, value))
    return body


def _guide(guide, domains):
    """A module's facilitator guide as the values of its three StreamFields."""
    if not guide:
        return {}
    segments = [
        {
            "title": s["title"],
            "minutes": s["minutes"],
            "method": s["method"],
            "domain": domains[s["domain"]] if s.get("domain") else None,
            "description": s["description"],
            "materials": s.get("materials", []),
            "questions": s.get("questions", []),
            "roles": s.get("roles", []),
            "script": s.get("script", ""),
            "observer_checklist": s.get("observer_checklist", []),
        }
        for s in guide["agenda"]
    ]
    return {
        "guide_objectives": [("objective", text) for text in guide["objectives"]],
        "guide_agenda": [("segment", segment) for segment in segments],
        "guide_handouts": [("handout", {"title": h["title"], "text": h["text"]}) for h in guide["handouts"]],
    }


def _questions(questions):
    return [
        (
            "question",
            {
                "prompt": q["prompt"],
                "multiple": q["multiple"],
                "choices": [{"text": text, "correct": correct} for text, correct in q["choices"]],
                "explanation": q.get("explanation", ""),
            },
        )
        for q in questions
    ]


class Command(BaseCommand):
    help = "Create the competency domains, the three standard trainings and the credential frameworks (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            domains = self._domains()
            index = self._index()
            created = [self._course(index, data, domains) for data in COURSES]
            for _receiver, made in curriculum_loaded.send(sender=self.__class__, domains=domains):
                created += made
        for title, made in created:
            self.stdout.write(f"{'created' if made else 'exists '}  {title}")

    def _domains(self):
        domains = {}
        for order, data in enumerate(DOMAINS):
            domain, _ = CompetencyDomain.objects.get_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
            domains[domain.slug] = domain
        return domains

    def _index(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, CourseIndexPage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        index = CourseIndexPage.objects.child_of(root).filter(slug=INDEX_SLUG).first()
        if index is None:
            index = root.add_child(
                instance=CourseIndexPage(
                    title="Peer recovery coach trainings",
                    slug=INDEX_SLUG,
                    intro=(
                        "<p>Trainings for peer recovery coaches in programs that replicate the MARS model "
                        "(peer-run Medication Assisted Recovery Services). Every minute you learn is credited "
                        "to your hours record, by competency domain.</p>"
                    ),
                )
            )
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=index, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
            )
        else:
            site.root_page = index
            site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
            site.save(update_fields=["root_page", "site_name"])
        return index

    def _course(self, index, data, domains):
        if CoursePage.objects.child_of(index).filter(slug=data["slug"]).exists():
            return data["title"], False
        course = index.add_child(
            instance=CoursePage(
                title=data["title"],
                slug=data["slug"],
                code=data["code"],
                summary=data["summary"],
                intro=data["intro"],
                required_minutes=data["required_minutes"],
                sources="\n".join(data.get("sources", ())),
            )
        )
        for module_data in data["modules"]:
            default_domain = domains[module_data["domain"]]
            module = course.add_child(
                instance=ModulePage(
                    title=module_data["title"],
                    slug=module_data["slug"],
                    intro=module_data.get("intro", ""),
                    default_domain=default_domain,
                    live_minutes=module_data["minutes"],
                    **_guide(module_data.get("guide"), domains),
                )
            )
            for lesson in module_data["lessons"]:
                module.add_child(
                    instance=LessonPage(
                        title=lesson["title"],
                        slug=lesson["slug"],
                        credit_minutes=lesson["minutes"],
                        domain=domains[lesson["domain"]] if lesson.get("domain") else None,
                        min_engaged_seconds=engagement.min_engaged_seconds(lesson["minutes"]),
                        body=_body(lesson["body"]),
                    )
                )
            quiz = module_data["quiz"]
            module.add_child(
                instance=QuizPage(
                    title=quiz["title"],
                    slug=quiz["slug"],
                    credit_minutes=quiz["minutes"],
                    domain=domains[quiz["domain"]] if quiz.get("domain") else None,
                    pass_mark=quiz.get("pass_mark", 80),
                    max_attempts=quiz.get("max_attempts", 3),
                    shuffle=quiz.get("shuffle", True),
                    questions_per_attempt=quiz.get("draw", 0),
                    questions=_questions(quiz["questions"]),
                )
            )
        return data["title"], True
