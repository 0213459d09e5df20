"""Activities in lessons: reflections, scenarios and self-checks; completion waits for them; what a
trainee writes is theirs (the journal), shared only with whom they choose."""
import pytest
from django.urls import reverse

from courses import services
from courses.models import ActivityResponse, HourEntry, LessonProgress
from courses.selectors import activities_missing
from programs.roles import Role
from supervision import services as supervision
from tests import factories
from tests.factories import activities as acts
from tests.factories import cohorts as factories_cohorts
from tests.factories import sites as factories_sites

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course):
    return acts.add_activities(factories.lessons_of(course)[0])


@pytest.fixture
def enrollment(trainee, course):
    return services.enrollment_create(user=trainee, course=course)[0]


def _engaged(enrollment, lesson):
    services.lesson_record_engagement(enrollment=enrollment, lesson=lesson)


# --------------------------------------------------------------------------
# Completion waits for the required activities
# --------------------------------------------------------------------------


def test_a_lesson_cannot_be_completed_until_its_activities_are_done(enrollment, lesson):
    _engaged(enrollment, lesson)
    with pytest.raises(services.ActivitiesNotDone) as refused:
        services.lesson_complete(enrollment=enrollment, lesson=lesson)
    assert refused.value.missing == ["Reflection", "Scenario: A visit to the clinic", "Self-check"]
    assert not HourEntry.objects.filter(page=lesson).exists()
    assert LessonProgress.objects.get(enrollment=enrollment, lesson=lesson).completed_at is None

    acts.do_all(enrollment, lesson)
    progress = services.lesson_complete(enrollment=enrollment, lesson=lesson)
    assert progress.completed_at is not None
    assert HourEntry.objects.get(page=lesson).minutes == lesson.credit_minutes


def test_optional_activities_do_not_hold_a_lesson_back(enrollment, course):
    lesson = acts.add_activities(factories.lessons_of(course)[0], optional=True)
    _engaged(enrollment, lesson)
    assert services.lesson_complete(enrollment=enrollment, lesson=lesson).completed_at is not None


def test_self_checks_and_scenarios_credit_no_hours_of_their_own(enrollment, lesson):
    acts.do_all(enrollment, lesson)
    assert not HourEntry.objects.exists()
    assert activities_missing(lesson=lesson, user=enrollment.user) == []


# --------------------------------------------------------------------------
# Each activity's rules
# --------------------------------------------------------------------------


def test_a_reflection_needs_its_minimum_words_and_can_be_rewritten(enrollment, lesson):
    block_id = str(acts.block(lesson, "reflection").id)
    with pytest.raises(services.ActivityError, match="at least 5 words"):
        services.reflection_save(enrollment=enrollment, lesson=lesson, block_id=block_id, text="Too short")
    first = services.reflection_save(enrollment=enrollment, lesson=lesson, block_id=block_id, text="One two three four five")
    done_at = first.completed_at
    again = services.reflection_save(
        enrollment=enrollment, lesson=lesson, block_id=block_id, text="Six words are here right now", share_with_supervisors=True
    )
    assert again.pk == first.pk and again.completed_at == done_at
    assert again.text == "Six words are here right now"
    assert again.shared_with_supervisors and not again.shared_with_facilitators
    assert again.prompt == acts.REFLECTION["prompt"]


def test_a_scenario_takes_two_decisions_in_order_and_they_stand(enrollment, lesson):
    scenario = acts.block(lesson, "scenario")
    block_id = str(scenario.id)
    first_ids = acts.choice_ids(scenario.value["choices"])
    second_ids = acts.choice_ids(scenario.value["follow_up"]["choices"])
    with pytest.raises(services.ActivityError):  # a follow-up choice is not a first-decision choice
        services.scenario_choose(enrollment=enrollment, lesson=lesson, block_id=block_id, choice_id=second_ids[0])
    response = services.scenario_choose(enrollment=enrollment, lesson=lesson, block_id=block_id, choice_id=first_ids[2])
    assert response.choices == {"first": first_ids[2]} and response.completed_at is None
    response = services.scenario_choose(enrollment=enrollment, lesson=lesson, block_id=block_id, choice_id=second_ids[0])
    assert response.choices == {"first": first_ids[2], "second": second_ids[0]} and response.completed_at
    again = services.scenario_choose(enrollment=enrollment, lesson=lesson, block_id=block_id, choice_id=second_ids[1])
    assert again.choices["second"] == second_ids[0]


def test_a_self_check_needs_every_question_answered_with_its_own_choices(enrollment, lesson):
    check = acts.block(lesson, "self_check")
    question = check.value["questions"].bound_blocks[0]
    with pytest.raises(services.ActivityError, match="every question"):
        services.self_check_answer(enrollment=enrollment, lesson=lesson, block_id=str(check.id), answers={})
    with pytest.raises(services.ActivityError):
        services.self_check_answer(enrollment=enrollment, lesson=lesson, block_id=str(check.id), answers={str(question.id): "nope"})
    wrong = acts.choice_ids(question.value["choices"])[1]
    response = services.self_check_answer(enrollment=enrollment, lesson=lesson, block_id=str(check.id), answers={str(question.id): wrong})
    assert response.completed_at  # practice: a wrong answer still counts as done


def test_an_unknown_block_or_another_courses_lesson_is_refused(enrollment, lesson, domain):
    with pytest.raises(services.ActivityError):
        services.reflection_save(enrollment=enrollment, lesson=lesson, block_id="not-a-block", text="a b c d e f")
    other = acts.add_activities(factories.lessons_of(factories.make_course(domain=domain))[0])
    with pytest.raises(services.NotEnrolled):
        services.reflection_save(
            enrollment=enrollment, lesson=other, block_id=str(acts.block(other, "reflection").id), text="a b c d e f"
        )


# --------------------------------------------------------------------------
# Through the browser's forms
# --------------------------------------------------------------------------


def test_the_lesson_page_shows_the_activities_and_takes_answers(client, trainee, enrollment, lesson):
    client.force_login(trainee)
    page = client.get(lesson.url).content.decode()
    reflection_id = str(acts.block(lesson, "reflection").id)
    assert f'id="activity-{reflection_id}"' in page
    assert "Before you mark this lesson complete, finish its activities" in page
    url = reverse("courses:activity_answer", args=[lesson.pk, reflection_id])

    short = client.post(url, {"kind": "reflection", "text": "Too short"}, follow=True)
    content = short.content.decode()
    assert "Write at least 5 words" in content and ">Too short</textarea>" in content  # nothing lost

    response = client.post(url, {"kind": "reflection", "text": "My family came back to me.", "share_facilitators": "1"})
    assert response.status_code == 302 and response["Location"].endswith(f"#activity-{reflection_id}")
    saved = ActivityResponse.objects.get(user=trainee, block_id=reflection_id)
    assert saved.shared_with_facilitators and not saved.shared_with_supervisors

    scenario = acts.block(lesson, "scenario")
    scenario_url = reverse("courses:activity_answer", args=[lesson.pk, scenario.id])
    client.post(scenario_url, {"kind": "scenario", "choice": acts.choice_ids(scenario.value["choices"])[1]})
    page = client.get(lesson.url).content.decode()
    assert "That is medical advice." in page and "She goes quiet." in page  # feedback and what happens next
    assert "The most helpful first step" in page and "What next?" in page
    client.post(scenario_url, {"kind": "scenario", "choice": "forged"})
    assert ActivityResponse.objects.get(user=trainee, block_id=str(scenario.id)).choices.get("second") is None


def test_answers_need_a_signed_in_enrolled_trainee(client, trainee, other_trainee, lesson):
    url = reverse("courses:activity_answer", args=[lesson.pk, acts.block(lesson, "reflection").id])
    data = {"kind": "reflection", "text": "one two three four five six"}
    assert client.post(url, data).status_code == 302 and not ActivityResponse.objects.exists()  # to log in
    client.force_login(other_trainee)  # not enrolled
    client.post(url, data)
    assert not ActivityResponse.objects.exists()
    assert client.get(url).status_code == 405


def test_the_journal_lists_only_the_trainees_own_answers(client, trainee, other_trainee, course, enrollment, lesson):
    acts.do_all(enrollment, lesson, text="Only mine to read, thank you.")
    other = services.enrollment_create(user=other_trainee, course=course)[0]
    acts.do_all(other, lesson, text="Someone else wrote this one.")
    client.force_login(trainee)
    page = client.get(reverse("courses:journal")).content.decode()
    assert "Only mine to read" in page and "Someone else wrote this" not in page
    assert course.title in page


def test_only_the_author_changes_whom_a_reflection_is_shared_with(client, trainee, other_trainee, enrollment, lesson):
    acts.do_all(enrollment, lesson)
    reflection = ActivityResponse.objects.get(kind="reflection")
    url = reverse("courses:journal_share", args=[reflection.pk])
    client.force_login(other_trainee)
    assert client.post(url, {"share_supervisors": "1"}).status_code == 404
    client.force_login(trainee)
    assert client.post(url, {"share_supervisors": "1"}).status_code == 302
    reflection.refresh_from_db()
    assert reflection.shared_with_supervisors and not reflection.shared_with_facilitators


# --------------------------------------------------------------------------
# Privacy across roles and sites
# --------------------------------------------------------------------------


@pytest.fixture
def program(course, trainee):
    """A cohort on the default site with a facilitator, and the trainee's supervisor there."""
    site = factories_cohorts.default_site()
    admin = factories_cohorts.make_staff(site, Role.SITE_ADMIN, first_name="Site", last_name="Admin")
    facilitator = factories_cohorts.make_staff(site, Role.FACILITATOR, first_name="Fay", last_name="Cilitator")
    supervisor = factories_cohorts.make_staff(site, Role.SUPERVISOR, first_name="Sue", last_name="Pervisor")
    cohort = factories_cohorts.make_cohort(site=site, course=course, facilitators=[facilitator], actor=admin)
    factories_cohorts.add_member(cohort=cohort, user=trainee, actor=admin)
    supervision.assignment_create(site=site, supervisor=supervisor, trainee=trainee, by=admin)
    return {"site": site, "admin": admin, "facilitator": facilitator, "supervisor": supervisor, "cohort": cohort}


def _visible(client, user, url, text):
    client.force_login(user)
    response = client.get(url)
    return response.status_code == 200 and text in response.content.decode()


def test_a_private_reflection_is_seen_by_no_one_else(client, trainee, lesson, program):
    enrollment = services.enrollment_create(user=trainee, course=lesson.course)[0]
    acts.do_all(enrollment, lesson, text="A private thought nobody else reads.")
    cohort_url = reverse("cohorts:detail", args=[program["cohort"].pk])
    trainee_url = reverse("supervision:trainee", args=[trainee.pk])
    for user in (program["facilitator"], program["supervisor"], program["admin"]):
        for url in (cohort_url, trainee_url):
            assert not _visible(client, user, url, "A private thought"), (user, url)


def test_shared_reflections_reach_only_the_chosen_role(client, trainee, lesson, program):
    enrollment = services.enrollment_create(user=trainee, course=lesson.course)[0]
    acts.do_all(enrollment, lesson, text="Shared with my facilitator only.", share_facilitators=True)
    cohort_url = reverse("cohorts:detail", args=[program["cohort"].pk])
    trainee_url = reverse("supervision:trainee", args=[trainee.pk])
    assert _visible(client, program["facilitator"], cohort_url, "Shared with my facilitator only.")
    assert not _visible(client, program["admin"], cohort_url, "Shared with my facilitator")  # a site admin is not their facilitator
    assert not _visible(client, program["supervisor"], trainee_url, "Shared with my facilitator")

    reflection = ActivityResponse.objects.get(kind="reflection")
    services.reflection_share(user=trainee, response=reflection, with_facilitators=False, with_supervisors=True)
    assert _visible(client, program["supervisor"], trainee_url, "Shared with my facilitator only.")
    assert not _visible(client, program["facilitator"], cohort_url, "Shared with my facilitator")
    assert not _visible(client, program["admin"], trainee_url, "Shared with my facilitator")


def test_another_programs_staff_never_see_a_shared_reflection(client, trainee, lesson, program):
    enrollment = services.enrollment_create(user=trainee, course=lesson.course)[0]
    acts.do_all(enrollment, lesson, text="For my own program's staff.", share_facilitators=True, share_supervisors=True)
    other_site = factories_sites.second_site()
    other_course = factories_sites.make_course_in(other_site, domain=lesson.module.default_domain)
    other_admin = factories_sites.site_admin(other_site)
    other_supervisor = factories_cohorts.make_staff(other_site, Role.SUPERVISOR, first_name="Other", last_name="Supervisor")
    other_facilitator = factories_cohorts.make_staff(other_site, Role.FACILITATOR, first_name="Other", last_name="Facilitator")
    other_cohort = factories_cohorts.make_cohort(
        site=other_site, course=other_course, facilitators=[other_facilitator], actor=other_admin
    )
    factories_cohorts.add_member(cohort=other_cohort, user=trainee, actor=other_admin)
    supervision.assignment_create(site=other_site, supervisor=other_supervisor, trainee=trainee, by=other_admin)
    # The trainee's own program sees it, as chosen…
    assert _visible(client, program["supervisor"], reverse("supervision:trainee", args=[trainee.pk]), "For my own program")
    # …the other program's staff, who work with the same trainee, do not.
    assert not _visible(client, other_facilitator, reverse("cohorts:detail", args=[other_cohort.pk]), "For my own program")
    assert not _visible(client, other_supervisor, reverse("supervision:trainee", args=[trainee.pk]), "For my own program")


def test_the_supervisor_csv_never_holds_what_a_trainee_wrote(client, trainee, lesson, program):
    enrollment = services.enrollment_create(user=trainee, course=lesson.course)[0]
    acts.do_all(enrollment, lesson, text="Shared words that stay out of exports.", share_supervisors=True)
    client.force_login(program["supervisor"])
    response = client.get(reverse("supervision:export"))
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert trainee.last_name.encode() in body
    assert b"stay out of exports" not in body and acts.REFLECTION["prompt"].encode() not in body
