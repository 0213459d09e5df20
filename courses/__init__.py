"""The learning domain: course pages, enrollment, progress, quizzes and the hours ledger."""
