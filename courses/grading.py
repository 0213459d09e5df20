"""Quiz grading: pure functions over plain data, no database.

A quiz's questions come from its StreamField; ``questions_from_stream`` turns
them into ``Question`` tuples keyed by Wagtail's stable block ids. Answers are
``{question_id: [choice_id, ...]}``. ``validate_answers`` rejects anything that
does not fit the quiz (unknown ids, two choices for a single-answer question,
unanswered questions) before ``grade`` scores it. A question scores only when
the selected set equals the correct set exactly.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    multiple: bool
    choices: tuple[Choice, ...]
    explanation: str = ""

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices if c.correct)


class InvalidAnswers(ValueError):
    """The submitted answers do not fit the quiz. ``errors`` maps question id (or "") to a message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(errors.values()))


def questions_from_stream(stream) -> list[Question]:
    questions = []
    for block in stream:
        if block.block_type != "question":
            continue
        value = block.value
        choices = tuple(
            Choice(id=str(child.id), text=child.value["text"], correct=bool(child.value["correct"]))
            for child in value["choices"].bound_blocks
        )
        questions.append(
            Question(
                id=str(block.id),
                prompt=value["prompt"],
                multiple=bool(value["multiple"]),
                choices=choices,
                explanation=value.get("explanation") or "",
            )
        )
    return questions


def validate_answers(questions: list[Question], answers: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Return the answers as sets, or raise ``InvalidAnswers`` saying what is wrong."""
    errors: dict[str, str] = {}
    by_id = {q.id: q for q in questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        errors[""] = _("The submission contains questions that are not part of this quiz.")
    cleaned: dict[str, frozenset[str]] = {}
    for question in questions:
        selected = answers.get(question.id) or []
        if not selected:
            errors[question.id] = _("Choose an answer.")
            continue
        chosen = frozenset(selected)
        valid = {c.id for c in question.choices}
        if not chosen <= valid:
            errors[question.id] = _("That choice is not one of this question's answers.")
        elif not question.multiple and len(chosen) > 1:
            errors[question.id] = _("Choose only one answer.")
        else:
            cleaned[question.id] = chosen
    if errors:
        raise InvalidAnswers(errors)
    return cleaned


@dataclass(frozen=True)
class GradeResult:
    score: int  # percent, rounded down
    correct_count: int
    total: int
    feedback: list[dict]


def grade(questions: list[Question], answers: dict[str, frozenset[str]]) -> GradeResult:
    """Score validated answers. ``feedback`` is a JSON-ready record frozen on the attempt."""
    feedback = []
    correct_count = 0
    for question in questions:
        chosen = answers.get(question.id, frozenset())
        is_correct = chosen == question.correct_ids
        correct_count += is_correct
        feedback.append(
            {
                "id": question.id,
                "prompt": question.prompt,
                "multiple": question.multiple,
                "correct": is_correct,
                "explanation": question.explanation,
                "choices": [
                    {"id": c.id, "text": c.text, "selected": c.id in chosen, "correct": c.correct}
                    for c in question.choices
                ],
            }
        )
    total = len(questions)
    score = (correct_count * 100) // total if total else 0
    return GradeResult(score=score, correct_count=correct_count, total=total, feedback=feedback)


def presentation_order(questions: list[Question], *, seed: int, shuffle: bool) -> list[Question]:
    """Questions (and their choices) in the order one attempt shows them; stable for a given seed."""
    if not shuffle:
        return list(questions)
    rng = random.Random(seed)
    ordered = list(questions)
    rng.shuffle(ordered)
    result = []
    for question in ordered:
        choices = list(question.choices)
        rng.shuffle(choices)
        result.append(
            Question(question.id, question.prompt, question.multiple, tuple(choices), question.explanation)
        )
    return result


def drawn_questions(pool: list[Question], *, count: int, seed: str, number: int) -> list[Question]:
    """The questions attempt ``number`` asks: ``count`` of the pool (all when 0), in stored order.

    The pool is shuffled once per trainee and quiz (``seed``); attempt 1 takes the first ``count``,
    attempt 2 the next ``count``, wrapping round, so a retake asks the questions seen least.
    """
    if not count or count >= len(pool):
        return list(pool)
    order = list(range(len(pool)))
    random.Random(seed).shuffle(order)
    start = (number - 1) * count
    chosen = {order[(start + i) % len(pool)] for i in range(count)}
    return [question for i, question in enumerate(pool) if i in chosen]
