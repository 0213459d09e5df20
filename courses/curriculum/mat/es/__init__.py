"""Medication-Assisted Treatment (MAT) in Spanish: the whole training, module for module.

Each ``module_N.py`` mirrors the English module of the same number: the same keys, lists, numbers
and identifiers, with every text in Spanish (``tests/courses/test_curriculum_es.py`` holds them
to it). A trainee learning in Spanish takes the same course: hours, progress and the certificate
belong to the one course, whichever language each page was read in.
"""

from .module_1 import MODULE as MODULE_1
from .module_2 import MODULE as MODULE_2
from .module_3 import MODULE as MODULE_3
from .module_4 import MODULE as MODULE_4
from .module_5 import MODULE as MODULE_5

MAT_ES = {
    "title": "Tratamiento Asistido con Medicamentos (MAT)",
    "summary": (
        "Una introducción de cuatro horas a los medicamentos para el trastorno por consumo de opioides, "
        "para coaches de recuperación: cómo funcionan la metadona, la buprenorfina, la naltrexona y la "
        "naloxona, los mitos que los rodean, los derechos de las personas y el papel del par en apoyar la "
        "recuperación asistida con medicamentos."
    ),
    "intro": (
        "<p>Este curso es para coaches de recuperación, trabajadores de apoyo entre pares y sus "
        "supervisores que apoyan a personas que usan medicamentos como parte de su recuperación, ya sea en "
        "un programa de tratamiento de opioides, en un consultorio o en la comunidad. Sigue el mensaje de "
        "MARS: el trastorno por consumo de opioides es una enfermedad crónica y tratable del cerebro, los "
        "medicamentos funcionan, y la recuperación asistida con medicamentos es recuperación.</p>"
        "<p>Usted aprenderá cómo actúan en el cuerpo los principales medicamentos, qué implica el "
        "tratamiento en una clínica de metadona, qué preguntas le tocan a quien receta, y cómo un par "
        "puede abogar con responsabilidad y proteger la confidencialidad. Muchas juntas certificadoras "
        "esperan una capacitación de unas cuatro horas sobre medicamentos, además de la capacitación de "
        "coach de recuperación y la de ética. Revise lo que pide su propia junta.</p>"
        "<p><strong>Cómo se ganan las horas:</strong> cada lección y cada prueba del módulo dan minutos de "
        "crédito. Una lección cuenta cuando usted pasa en la página al menos su tiempo mínimo y la marca "
        "como completa. Una prueba del módulo cuenta cuando la aprueba con al menos 80 puntos de 100 "
        "(tiene tres intentos). Sus horas aparecen en su registro de horas, en el área de competencia que "
        "cubre cada parte.</p>"
        "<p><em>Este curso es educación, no consejo médico. Las decisiones de empezar, cambiar o dejar "
        "cualquier medicamento son de la persona y de quien le receta.</em></p>"
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5],
}
