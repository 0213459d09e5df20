"""Property-based tests (Hypothesis) for quiz grading: pure functions, no database."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from courses.grading import Choice, InvalidAnswers, Question, grade, presentation_order, validate_answers

# database=None: no .hypothesis/ example store in the working tree.
PURE = settings(max_examples=200, deadline=None, database=None)

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)


@st.composite
def question_lists(draw, min_size=1, max_size=6):
    """Questions with unique ids; single-answer questions have exactly one correct choice."""
    n = draw(st.integers(min_size, max_size))
    qids = draw(st.lists(ids, min_size=n, max_size=n, unique=True))
    questions = []
    for qid in qids:
        multiple = draw(st.booleans())
        cids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
        if multiple:
            correct = draw(st.lists(st.booleans(), min_size=len(cids), max_size=len(cids)))
            if not any(correct):
                correct[draw(st.integers(0, len(cids) - 1))] = True
        else:
            right = draw(st.integers(0, len(cids) - 1))
            correct = [i == right for i in range(len(cids))]
        questions.append(
            Question(
                id=qid,
                prompt=draw(st.text(max_size=10)),
                multiple=multiple,
                choices=tuple(Choice(id=c, text=f"text {c}", correct=ok) for c, ok in zip(cids, correct)),
                explanation=draw(st.text(max_size=10)),
            )
        )
    return questions


def valid_answer_for(question):
    """A strategy for one well-formed answer (list of choice ids) to ``question``."""
    choice_ids = [c.id for c in question.choices]
    if question.multiple:
        return st.lists(st.sampled_from(choice_ids), min_size=1, max_size=len(choice_ids) + 1)
    return st.sampled_from(choice_ids).flatmap(lambda c: st.lists(st.just(c), min_size=1, max_size=2))


@st.composite
def questions_and_valid_answers(draw):
    questions = draw(question_lists())
    answers = {q.id: draw(valid_answer_for(q)) for q in questions}
    return questions, answers


@st.composite
def questions_and_any_answers(draw):
    """Answers mixing real ids (of any question) and random strings: mostly malformed."""
    questions = draw(question_lists(min_size=0))
    qids = [q.id for q in questions]
    all_cids = sorted({c.id for q in questions for c in q.choices})
    key = st.one_of(st.sampled_from(qids), st.text(max_size=8)) if qids else st.text(max_size=8)
    value_item = st.one_of(st.sampled_from(all_cids), st.text(max_size=8)) if all_cids else st.text(max_size=8)
    answers = draw(st.dictionaries(key, st.lists(value_item, max_size=4), max_size=len(qids) + 2))
    return questions, answers


def well_formed(questions, answers) -> bool:
    by_id = {q.id: q for q in questions}
    if not set(answers) <= set(by_id):
        return False
    for q in questions:
        chosen = set(answers.get(q.id) or [])
        if not chosen or not chosen <= {c.id for c in q.choices}:
            return False
        if not q.multiple and len(chosen) > 1:
            return False
    return True


@st.composite
def questions_and_graded_answers(draw):
    """Questions and validated-shape answers (sets of any of the question's ids, or missing)."""
    questions = draw(question_lists(min_size=0))
    answers = {}
    for q in questions:
        if draw(st.booleans()):
            answers[q.id] = frozenset(draw(st.sets(st.sampled_from([c.id for c in q.choices]))))
    return questions, answers


# --- grade ------------------------------------------------------------------------------------


@PURE
@given(questions_and_graded_answers())
def test_score_is_floor_percent_of_fully_correct_questions(case):
    questions, answers = case
    result = grade(questions, answers)
    correct = sum(answers.get(q.id, frozenset()) == q.correct_ids for q in questions)
    assert result.total == len(questions)
    assert result.correct_count == correct
    assert 0 <= result.score <= 100
    assert result.score == (100 * correct // len(questions) if questions else 0)
    assert [f["id"] for f in result.feedback] == [q.id for q in questions]


@PURE
@given(question_lists())
def test_selecting_exactly_the_correct_sets_scores_100(questions):
    answers = {q.id: [c.id for c in q.choices if c.correct] for q in questions}
    result = grade(questions, validate_answers(questions, answers))
    assert result.score == 100
    assert result.correct_count == result.total == len(questions)
    assert all(f["correct"] for f in result.feedback)


@PURE
@given(questions_and_graded_answers())
def test_any_answer_other_than_the_correct_set_is_marked_incorrect(case):
    questions, answers = case
    result = grade(questions, answers)
    for q, feedback in zip(questions, result.feedback):
        chosen = answers.get(q.id, frozenset())
        assert feedback["correct"] is (chosen == q.correct_ids)
        assert [c["selected"] for c in feedback["choices"]] == [c.id in chosen for c in q.choices]
        assert [c["correct"] for c in feedback["choices"]] == [c.correct for c in q.choices]
    if any(answers.get(q.id, frozenset()) != q.correct_ids for q in questions):
        assert result.score < 100


# --- validate_answers -------------------------------------------------------------------------


@PURE
@given(questions_and_valid_answers())
def test_validate_accepts_well_formed_answers(case):
    questions, answers = case
    assert validate_answers(questions, answers) == {qid: frozenset(ids) for qid, ids in answers.items()}


@PURE
@given(questions_and_any_answers())
def test_validate_accepts_exactly_the_well_formed_answers(case):
    questions, answers = case
    try:
        cleaned = validate_answers(questions, answers)
    except InvalidAnswers as error:
        assert not well_formed(questions, answers)
        assert error.errors and all(isinstance(m, str) and m for m in error.errors.values())
        assert set(error.errors) <= {q.id for q in questions} | {""}
    else:
        assert well_formed(questions, answers)
        assert cleaned == {q.id: frozenset(answers[q.id]) for q in questions}


@PURE
@given(questions_and_valid_answers(), st.data())
def test_validate_rejects_each_kind_of_malformed_answer(case, data):
    questions, answers = case
    q = data.draw(st.sampled_from(questions))
    own = {c.id for c in q.choices}
    kind = data.draw(st.sampled_from(["missing", "empty", "foreign", "unknown_question", "two_for_single"]))
    bad = dict(answers)
    if kind == "missing":
        del bad[q.id]
    elif kind == "empty":
        bad[q.id] = []
    elif kind == "foreign":
        bad[q.id] = bad[q.id] + [data.draw(ids.filter(lambda s: s not in own))]
    elif kind == "unknown_question":
        bad[data.draw(ids.filter(lambda s: s not in answers))] = [next(iter(own))]
    else:
        singles = [x for x in questions if not x.multiple and len(x.choices) > 1]
        if not singles:
            return
        q = data.draw(st.sampled_from(singles))
        bad[q.id] = [c.id for c in q.choices[:2]]
    try:
        validate_answers(questions, bad)
    except InvalidAnswers as error:
        assert (q.id if kind != "unknown_question" else "") in error.errors
    else:
        raise AssertionError(f"{kind} answer was accepted: {bad!r}")


# --- presentation_order -----------------------------------------------------------------------


@PURE
@given(question_lists(min_size=0), st.integers(), st.booleans())
def test_presentation_order_is_a_deterministic_permutation(questions, seed, shuffle):
    shown = presentation_order(questions, seed=seed, shuffle=shuffle)
    assert presentation_order(questions, seed=seed, shuffle=shuffle) == shown
    if not shuffle:
        assert shown == questions
    assert sorted(q.id for q in shown) == sorted(q.id for q in questions)
    by_id = {q.id: q for q in questions}
    for q in shown:
        original = by_id[q.id]
        assert (q.prompt, q.multiple, q.explanation) == (original.prompt, original.multiple, original.explanation)
        assert sorted(q.choices, key=lambda c: c.id) == sorted(original.choices, key=lambda c: c.id)
        assert q.correct_ids == original.correct_ids


@PURE
@given(questions_and_graded_answers(), st.integers())
def test_shuffling_does_not_change_the_grade(case, seed):
    questions, answers = case
    shown = presentation_order(questions, seed=seed, shuffle=True)
    assert grade(shown, answers).score == grade(questions, answers).score
