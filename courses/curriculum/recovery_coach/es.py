"""Recovery Coach Training, the course page in Spanish. The lessons are taught in English for now:
the Spanish page says so, and the outline links to them."""

RECOVERY_COACH_ES = {
    "title": "Capacitación para Coaches de Recuperación",
    "summary": (
        "Una capacitación básica de treinta horas para coaches de recuperación en la tradición MARS: "
        "caminos de recuperación, habilidades de acompañamiento, planes de recuperación, abogacía, "
        "reducción de daños, respuesta a crisis y ética, con atención especial a la recuperación asistida "
        "con medicamentos."
    ),
    "intro": (
        "<p>Esta capacitación es para personas con experiencia vivida de recuperación que quieren apoyar a "
        "otras como coaches de recuperación, sobre todo en programas que atienden a personas en "
        "recuperación asistida con medicamentos. Sigue el modelo MARS: apoyo de recuperación iniciado y "
        "dirigido por pares, que ve el trastorno por consumo de opioides como una enfermedad crónica y "
        "tratable, y que respeta todos los caminos de recuperación.</p>"
        "<p>Las treinta horas le preparan para buscar una credencial de coach de recuperación o de apoyo "
        "entre pares, como la de Coach Certificado de Recuperación de Adicciones (CARC) o una credencial "
        "de Recuperación entre Pares de su estado o de IC&amp;RC. La mayoría de las credenciales también "
        "piden capacitación en ética, capacitación sobre medicamentos, horas de práctica supervisada y a "
        "veces un examen. Los cursos Ética para Coaches de Recuperación y Tratamiento Asistido con "
        "Medicamentos (MAT) cubren los dos primeros. Revise lo que pide su propia junta certificadora.</p>"
        "<p><strong>Cómo se ganan las horas:</strong> la capacitación la da en vivo una persona "
        "facilitadora, con juegos de roles y práctica en grupo, durante 30 horas de contacto. Unas 10 de "
        "esas horas se pueden ganar antes en línea, como trabajo previo: cada lección cuenta cuando usted "
        "hace sus actividades, pasa en ella al menos su tiempo mínimo y la marca como completa; cada prueba "
        "del módulo cuenta cuando la aprueba con al menos 80 puntos de 100. El resto se gana en las "
        "sesiones en vivo, donde quien facilita registra su asistencia. Un módulo nunca da más horas que "
        "sus horas en vivo, aprenda usted como aprenda.</p>"
        "<p><strong>Idioma:</strong> por ahora las lecciones de esta capacitación están en inglés. Las "
        "sesiones en vivo pueden darse en español si su programa lo ofrece.</p>"
    ),
}
