"""Records stay in the program that holds them: each ledger row names its site (filled in here
from its course, supervision session or practice entry), a trainee's consent per supervisor
assignment, and invitations to join a cohort."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_ledger_sites(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    HourEntry = apps.get_model("courses", "HourEntry")
    SupervisionSession = apps.get_model("courses", "SupervisionSession")
    PracticeEntry = apps.get_model("courses", "PracticeEntry")
    for site_id, root_path in Site.objects.values_list("pk", "root_page__path"):
        HourEntry.objects.filter(
            site__isnull=True, enrollment__course__path__startswith=root_path
        ).update(site_id=site_id)
    for prefix, model in (("supervision", SupervisionSession), ("practice", PracticeEntry)):
        sites = dict(model.objects.values_list("pk", "site_id"))
        for pk, key in HourEntry.objects.filter(site__isnull=True, key__startswith=f"{prefix}:").values_list("pk", "key"):
            record = key.split(":")[1]
            if record.isdigit() and int(record) in sites:
                HourEntry.objects.filter(pk=pk).update(site_id=sites[int(record)])


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0004_ledger_covering_indexes'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='hourentry',
            name='site',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.site'),
        ),
        migrations.AddField(
            model_name='supervisorassignment',
            name='shares_other_programs_since',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.CreateModel(
            name='CohortInvitation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email', models.EmailField(help_text='Lower-case, as typed by the facilitator.', max_length=254)),
                ('token', models.CharField(max_length=64, unique=True)),
                ('status', models.CharField(choices=[('pending', 'Waiting for an answer'), ('accepted', 'Accepted'), ('declined', 'Declined'), ('cancelled', 'Cancelled')], default='pending', max_length=10)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('responded_at', models.DateTimeField(blank=True, null=True)),
                ('answered_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('cohort', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='courses.cohort')),
                ('invited_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-created_at', '-pk'],
                'indexes': [models.Index(fields=['email', 'status'], name='courses_coh_email_e3a007_idx')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'pending')), fields=('cohort', 'email'), name='cohortinvitation_one_pending')],
            },
        ),
        migrations.RunPython(fill_ledger_sites, migrations.RunPython.noop),
    ]
