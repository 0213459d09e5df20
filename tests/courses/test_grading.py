"""Quiz grading is pure: tested without the database."""
import pytest

from courses.grading import Choice, InvalidAnswers, Question, grade, presentation_order, validate_answers

Q1 = Question("q1", "One?", False, (Choice("a", "A", True), Choice("b", "B", False)), "A is right")
Q2 = Question("q2", "Many?", True, (Choice("c", "C", True), Choice("d", "D", True), Choice("e", "E", False)))


def test_all_correct_scores_100():
    result = grade([Q1, Q2], validate_answers([Q1, Q2], {"q1": ["a"], "q2": ["c", "d"]}))
    assert (result.score, result.correct_count, result.total) == (100, 2, 2)


def test_multi_answer_needs_the_exact_set():
    partial = grade([Q1, Q2], validate_answers([Q1, Q2], {"q1": ["a"], "q2": ["c"]}))
    extra = grade([Q1, Q2], validate_answers([Q1, Q2], {"q1": ["a"], "q2": ["c", "d", "e"]}))
    assert partial.score == 50
    assert extra.score == 50


def test_feedback_records_selection_and_correctness():
    result = grade([Q1], validate_answers([Q1], {"q1": ["b"]}))
    assert result.feedback[0]["correct"] is False
    assert result.feedback[0]["explanation"] == "A is right"
    assert [c["selected"] for c in result.feedback[0]["choices"]] == [False, True]


@pytest.mark.parametrize(
    "answers, key",
    [
        ({"q1": ["a"]}, "q2"),  # missing question
        ({"q1": ["zzz"], "q2": ["c"]}, "q1"),  # unknown choice id
        ({"q1": ["c"], "q2": ["c"]}, "q1"),  # another question's choice
        ({"q1": ["a", "b"], "q2": ["c"]}, "q1"),  # two answers to a single-answer question
        ({"q1": ["a"], "q2": ["c"], "nope": ["x"]}, ""),  # unknown question
        ({}, "q1"),
    ],
)
def test_invalid_answers_are_rejected_with_a_message(answers, key):
    with pytest.raises(InvalidAnswers) as error:
        validate_answers([Q1, Q2], answers)
    assert key in error.value.errors
    assert error.value.errors[key]


def test_duplicate_choice_ids_count_once():
    assert validate_answers([Q1, Q2], {"q1": ["a", "a"], "q2": ["c", "d"]})["q1"] == frozenset({"a"})


def test_presentation_order_is_stable_per_seed_and_keeps_everything():
    questions = [Q1, Q2]
    first = presentation_order(questions, seed=7, shuffle=True)
    again = presentation_order(questions, seed=7, shuffle=True)
    assert [q.id for q in first] == [q.id for q in again]
    assert sorted(q.id for q in first) == ["q1", "q2"]
    assert {c.id for q in first for c in q.choices} == {"a", "b", "c", "d", "e"}
    assert presentation_order(questions, seed=7, shuffle=False) == questions
