from django.apps import AppConfig


class CoachtrainingConfig(AppConfig):
    name = "coachtraining"
    verbose_name = "coachtraining platform"
