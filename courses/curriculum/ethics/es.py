"""Ethics for Recovery Coaches, the course page in Spanish. The lessons are taught in English for
now: the Spanish page says so, and the outline links to them."""

ETHICS_ES = {
    "title": "Ética para Coaches de Recuperación",
    "summary": (
        "Quince horas de ética para coaches de recuperación y sus supervisores: los códigos, el alcance "
        "del rol, los límites y el corretaje de pacientes, las leyes de confidencialidad y los reportes "
        "obligatorios, la toma de decisiones éticas con casos de recuperación asistida con medicamentos, "
        "el autocuidado y la supervisión."
    ),
    "intro": (
        "<p>Este curso es para coaches de recuperación, especialistas de apoyo entre pares y las personas "
        "que los supervisan. Parte de la introducción a la ética de la Capacitación para Coaches de "
        "Recuperación y va más a fondo en las situaciones que de verdad viven los pares en programas de "
        "recuperación asistida con medicamentos: relaciones que se cruzan en la clínica, presión para "
        "dejar el medicamento, dosis para llevar a casa, bajas administrativas, familiares y oficiales de "
        "libertad a prueba que hacen preguntas, y la propia recuperación del coach.</p>"
        "<p>La ética es el requisito de capacitación más grande de la mayoría de las credenciales de pares. "
        "Por ejemplo, la credencial de Recuperación entre Pares de IC&amp;RC pide 16 horas en el área de "
        "Responsabilidad Ética. Revise lo que pide su propia junta certificadora y guarde su certificado "
        "para su solicitud y para renovar la credencial.</p>"
        "<p><strong>Cómo se ganan las horas:</strong> el curso lo da en vivo una persona facilitadora "
        "durante 15 horas de contacto, con casos, juegos de roles y conversación. Unas 6 de esas horas se "
        "pueden ganar antes en línea: cada lección cuenta cuando usted hace sus actividades, pasa en ella "
        "al menos su tiempo mínimo y la marca como completa; cada prueba del módulo cuenta cuando la "
        "aprueba con al menos 80 puntos de 100. El resto se gana en las sesiones en vivo, donde quien "
        "facilita registra su asistencia. Un módulo nunca da más horas que sus horas en vivo, aprenda "
        "usted como aprenda.</p>"
        "<p><strong>Idioma:</strong> por ahora las lecciones de este curso están en inglés. Las sesiones "
        "en vivo pueden darse en español si su programa lo ofrece.</p>"
        "<p><em>Los temas legales se tratan como educación general, no como asesoría legal. Siga siempre "
        "las políticas de su programa y pregunte a su supervisor/a.</em></p>"
    ),
}
