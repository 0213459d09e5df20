"""Módulo 2 de MAT: La metadona y los programas de tratamiento de opioides. Cómo funcionan los OTP,
la norma federal de 2024 (dosis para llevar a casa, consejería, admisión, telesalud, dosis
divididas), una dosis que “no dura”, la seguridad en casa, la baja del programa y las reducciones
involuntarias de la dosis, el embarazo y la crianza, y los mitos comunes."""

from ..module_2 import MODULE as ENGLISH

MODULE = {
    "slug": "methadone",
    "title": "La metadona y los programas de tratamiento de opioides",
    "domain": "recovery-wellness-support",
    "intro": (
        "Cómo funcionan las clínicas de metadona, qué cambió con la norma federal de 2024 y cómo un "
        "par apoya a las personas con las dosis para llevar a casa, una dosis que no dura todo el "
        "día, la seguridad en casa, las amenazas de baja del programa, el embarazo y la crianza. "
        "Toda decisión médica queda en manos de la persona y de quien le receta."
    ),
    "minutes": 60,
    # Citations of English-language publications: the English module's own list.
    "sources": ENGLISH["sources"],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "how-opioid-treatment-programs-work",
            "title": "Cómo funcionan los programas de tratamiento de opioides",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>La metadona en un párrafo</h2>"
                 "<p>La metadona es un medicamento de acción prolongada para el trastorno por "
                 "consumo de opioides. Es un agonista completo. Eso quiere decir que activa los "
                 "mismos receptores del cerebro que otros opioides, pero de forma lenta y "
                 "constante. La mayoría de las personas la toman una vez al día, por la boca, en "
                 "forma líquida. Con una dosis que le queda bien a la persona, detiene la "
                 "abstinencia, calma las ansias y reduce el efecto de otros opioides. La persona se "
                 "siente estable, no drogada. La metadona es uno de los medicamentos más estudiados "
                 "para el trastorno por consumo de opioides. Las investigaciones la relacionan con "
                 "menos muertes, menos infecciones por VIH y con que las personas se quedan más "
                 "tiempo en tratamiento.</p>"
                 "<h2>Dónde se consigue</h2>"
                 "<p>En los Estados Unidos, la metadona para el trastorno por consumo de opioides "
                 "solo la entrega un programa de tratamiento de opioides, u OTP (por sus siglas en "
                 "inglés). La mayoría de la gente le dice la clínica de metadona. Una farmacia "
                 "puede surtir metadona para el dolor, pero no para el trastorno por consumo de "
                 "opioides. Muchos OTP también ofrecen buprenorfina.</p>"
                 "<p>Un OTP tiene que rendir cuentas a varias entidades a la vez:</p>"
                 "<ul>"
                 "<li><strong>SAMHSA</strong>, la Administración de Servicios de Salud Mental y "
                 "Abuso de Sustancias del gobierno federal, lo certifica bajo una norma federal "
                 "llamada 42 CFR Parte 8.</li>"
                 "<li>Un <strong>organismo de acreditación</strong> aprobado por SAMHSA lo visita y "
                 "revisa la atención que da.</li>"
                 "<li>La <strong>DEA</strong>, la Administración para el Control de Drogas, lo "
                 "registra porque la metadona es una sustancia controlada.</li>"
                 "<li>El <strong>estado</strong> le da la licencia. Cada estado también tiene una "
                 "Autoridad Estatal de Tratamiento de Opioides (State Opioid Treatment Authority), "
                 "una oficina que supervisa los OTP.</li>"
                 "</ul>"
                 "<p>¿Por qué le importa esto a un coach? Porque las reglas vienen de más de un "
                 "lugar. La norma federal marca hasta dónde se puede llegar. Un estado puede ser más "
                 "estricto. Y un programa puede tener, además, sus propias políticas. Cuando "
                 "alguien pregunta qué está permitido, muchas veces la respuesta honesta es: "
                 "revisemos juntos las reglas de su estado y el manual de su programa.</p>"
                 "<h2>Para empezar: la admisión</h2>"
                 "<p>La admisión es la primera visita, cuando la persona se inscribe. Puede "
                 "sentirse larga y muy personal. Conocer los pasos ayuda a que la persona se "
                 "mantenga tranquila.</p>"
                 "<ul>"
                 "<li><strong>Quién puede entrar al programa.</strong> Un profesional de salud "
                 "decide que la persona tiene trastorno por consumo de opioides, que está en "
                 "remisión, o que tiene un alto riesgo de volver a consumir o de tener una "
                 "sobredosis. Desde 2024, la persona ya no tiene que demostrar primero un año "
                 "completo de consumo de opioides.</li>"
                 "<li><strong>Consentimiento.</strong> La persona acepta el tratamiento por "
                 "escrito. Ahora esto se puede hacer de forma electrónica.</li>"
                 "<li><strong>Un examen de evaluación inicial</strong> antes de la primera dosis, y "
                 "luego un examen físico completo dentro de los primeros 14 días.</li>"
                 "<li><strong>Una evaluación y un plan de cuidado</strong>, en las primeras "
                 "semanas. El plan de cuidado se debe hacer con la persona, no entregárselo ya "
                 "hecho.</li>"
                 "<li><strong>Pruebas de drogas.</strong> La norma federal pide por lo menos ocho "
                 "pruebas al azar al año. Las pruebas son para guiar el cuidado.</li>"
                 "<li><strong>Prioridad para las personas embarazadas.</strong> Los programas deben "
                 "pasar a las personas embarazadas al frente de la fila.</li>"
                 "</ul>"
                 "<p>Si un programa tiene lista de espera, puede ofrecer tratamiento provisional. "
                 "Eso quiere decir que la persona recibe el medicamento mientras se organizan todos "
                 "los demás servicios.</p>"
                 "<h2>Las primeras semanas: la dosis diaria</h2>"
                 "<p>Al principio, la mayoría de las personas toman su dosis todos los días en una "
                 "ventanilla, mientras alguien de enfermería observa. Hay una razón real para esto. "
                 "La metadona se va acumulando en el cuerpo durante varios días. Una dosis que se "
                 "siente muy pequeña el lunes puede sentirse mucho más fuerte el viernes. Por eso "
                 "los programas empiezan con una dosis cuidadosa y la suben despacio. Las primeras "
                 "semanas tienen el mayor riesgo de sobredosis, sobre todo cuando la persona "
                 "también toma alcohol o usa benzodiacepinas, pastillas para dormir u otras drogas "
                 "que dan sueño.</p>"
                 "<p>Un coach puede ayudar aquí sin dar consejos médicos. Anime a la persona a ser "
                 "honesta con el personal médico sobre todo lo que toma. Asegúrese de que tenga "
                 "naloxona, el medicamento de rescate para una sobredosis. Y recuérdele que sentir "
                 "algo de abstinencia al principio es común, y que es algo que debe reportar, no "
                 "arreglar por su cuenta.</p>"
                 "<h2>Consejería y otros servicios</h2>"
                 "<p>Un OTP es más que una ventanilla de dosis. Los programas deben ofrecer "
                 "consejería. También ofrecen atención médica, atención de salud mental, ayuda con "
                 "el trabajo y los estudios, y otros servicios, o conectan a las personas con "
                 "ellos. Muchos programas ahora tienen apoyo de recuperación entre pares. Desde la "
                 "norma de 2024, recibir el medicamento ya no depende de ir a consejería. Los "
                 "programas igual deben ofrecerla. Las personas la eligen porque les ayuda, no "
                 "porque su dosis esté en juego.</p>"),
                ("callout", {
                    "title": "Dígalo con claridad",
                    "text": (
                        "La metadona es un medicamento, y tomarla es recuperación. Nadie tiene que "
                        "dejar un medicamento recetado para que se le considere en recuperación. "
                        "Cuánto tiempo se queda una persona con la metadona es decisión suya, "
                        "tomada con quien le receta."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Lo que vive la gente</h2>"
                 "<p>La dosis diaria es difícil de acomodar en la vida real. Piense en la Sra. Lee, "
                 "de 67 años, que toma dos autobuses para ir a su dosis antes de su turno en una "
                 "lavandería. Piense en Jesse, de 24 años, que vive en un condado rural y maneja "
                 "cuarenta minutos de ida y cuarenta de vuelta. Piense en Monique, mamá de tres, "
                 "que tiene que buscar quién le cuide a los niños todas las mañanas. Las filas "
                 "pueden ser largas. Las reglas sobre asistencia y pruebas pueden hacer que la "
                 "persona se sienta vigilada. El estigma viene de los vecinos, de la familia, de "
                 "algunos grupos de recuperación y hasta de algunos trabajadores de salud.</p>"
                 "<p>La gente también habla de un alivio muy grande. Muchas personas dicen que la "
                 "metadona les permitió pensar con claridad, volver a trabajar y estar presentes "
                 "para sus hijos por primera vez en años. Las dos cosas son ciertas a la vez. Un "
                 "buen coach le hace espacio a las dos.</p>"
                 "<h2>Una visita típica</h2>"
                 "<p>Cada programa funciona un poco diferente, pero una visita suele ser así. La "
                 "persona se registra en la recepción. Espera su turno en la ventanilla de dosis. "
                 "Alguien de enfermería confirma quién es, sirve la dosis y observa mientras la "
                 "toma. Algunos días hay una prueba de drogas. Algunos días hay una sesión de "
                 "consejería, un grupo o una cita con quien le receta. Luego la persona se va al "
                 "trabajo, a la escuela o a su casa.</p>"
                 "<p>El tiempo en la ventanilla es corto, y no es el lugar para una conversación "
                 "larga. Si la persona tiene una pregunta sobre cómo siente su dosis, el personal "
                 "de enfermería muchas veces puede pasar el mensaje o ayudarle a pedir una cita "
                 "médica. Un coach puede ayudar a la persona a saber a quién preguntarle qué cosa: "
                 "a enfermería, las preguntas sobre la dosis; a su consejero o consejera, el plan "
                 "de cuidado; a quien le receta, las decisiones médicas; y a la recepción, los "
                 "horarios y los papeles.</p>"
                 "<h2>Lea el manual con la persona</h2>"
                 "<p>Todo programa les da a los pacientes nuevos las reglas por escrito. La mayoría "
                 "de las personas las firman en un primer día lleno de estrés y nunca las vuelven a "
                 "leer. Sentarse a revisar el manual en la primera semana es una de las cosas más "
                 "útiles que puede hacer un coach. Busquen:</p>"
                 "<ul>"
                 "<li>el horario de dosis, y qué pasa si la persona llega tarde;</li>"
                 "<li>la política para cuando la persona falta a su dosis;</li>"
                 "<li>los cobros, el seguro médico y qué pasa si no se paga una cuenta;</li>"
                 "<li>cómo se deciden las dosis para llevar a casa;</li>"
                 "<li>los derechos y las responsabilidades del paciente;</li>"
                 "<li>el proceso de quejas, que es la forma de quejarse o de pedir que se revise "
                 "una decisión;</li>"
                 "<li>la política de baja del programa.</li>"
                 "</ul>"
                 "<p>Faltar a la dosis importa para la seguridad. Después de unos días sin "
                 "metadona, la tolerancia de la persona puede bajar. Por eso los programas tienen "
                 "reglas sobre qué pasa después de faltar varios días, y puede que enfermería o "
                 "quien receta tenga que revisar a la persona antes de darle la dosis de siempre. "
                 "Conocer la regla de antemano evita el pánico después.</p>"
                 "<h2>Preguntas que la gente le trae a un coach</h2>"
                 "<p><strong>“¿Se va a enterar mi jefe?”</strong> Los expedientes de un programa de "
                 "tratamiento tienen una fuerte protección de privacidad bajo la norma federal de "
                 "confidencialidad 42 CFR Parte 2. En la mayoría de los casos, el programa necesita "
                 "el consentimiento por escrito de la persona para compartirlos. El Módulo 5 trata "
                 "este tema con más detalle.</p>"
                 "<p><strong>“¿Puedo seguir trabajando y manejando?”</strong> Muchas personas con "
                 "una dosis estable trabajan, manejan y crían a sus familias. En las primeras "
                 "semanas, y después de cualquier cambio de dosis, la persona debe estar atenta a "
                 "si le da mucho sueño y, si le pasa, decírselo a quien le receta.</p>"
                 "<p><strong>“¿Tengo que tomarla para siempre?”</strong> Nadie puede responder eso "
                 "por otra persona. Algunas personas toman metadona por años, otras de por vida, "
                 "otras por menos tiempo. La decisión es de la persona, tomada con quien le receta, "
                 "cuando esté lista. El trabajo del coach es apoyar esa decisión, no empujarla ni "
                 "hacia un lado ni hacia el otro.</p>"
                 "<p><strong>“¿Tienen que saberlo mis otros médicos?”</strong> Sí, y esto importa "
                 "para la seguridad. La metadona puede combinarse mal con algunos otros "
                 "medicamentos. Las benzodiacepinas, las pastillas para dormir y otras drogas que "
                 "dan sueño aumentan el riesgo de sobredosis. Algunos medicamentos cambian la "
                 "rapidez con que el cuerpo elimina la metadona. Anime a la persona a decirles a "
                 "todos sus médicos, a su dentista y en la farmacia que toma metadona, y a avisarle "
                 "al OTP de cada medicamento nuevo. Un coach puede ayudarle a hacer una tarjeta "
                 "para la cartera con el nombre y el teléfono de su programa, si la quiere.</p>"
                 "<p><strong>“¿Y si me mudo?”</strong> Los programas pueden transferir a las "
                 "personas a otro OTP, y muchas veces pueden organizar dosis como paciente "
                 "visitante en otro programa cuando la persona viaja. Las dos cosas requieren "
                 "papeleo y algo de aviso. Ayude a la persona a pedirlo con tiempo, para que no se "
                 "quede sin su medicamento ni un día.</p>"
                 "<h2>Pares en la clínica</h2>"
                 "<p>Los programas de pares en la tradición MARS los empezaron personas en "
                 "tratamiento con metadona, para personas en tratamiento con metadona. La idea es "
                 "sencilla. Alguien que ha hecho la misma fila, ha sentido el mismo estigma y ha "
                 "encontrado la salida puede llegarle a la gente de una manera que el personal "
                 "muchas veces no puede. Cuando usted se encuentra con alguien en la clínica, usted "
                 "no es parte del personal que viene a vigilarle. Usted es un par que cree que su "
                 "recuperación es real.</p>"
                 "<h2>Cómo ayuda un coach en las primeras semanas</h2>"
                 "<ul>"
                 "<li><strong>Sea una cara conocida.</strong> El viaje diario a la clínica también "
                 "es una oportunidad diaria para conectar. Muchos programas de pares se encuentran "
                 "con la gente ahí mismo.</li>"
                 "<li><strong>Repase el manual.</strong> Lea las reglas del programa con la "
                 "persona, en palabras sencillas. Marquen las partes sobre dosis para llevar a "
                 "casa, faltas a la dosis, quejas y baja del programa.</li>"
                 "<li><strong>Resuelva problemas prácticos.</strong> Los pases de autobús, el "
                 "transporte, el cuidado de los niños, el horario de trabajo y el horario de dosis "
                 "son temas de recuperación.</li>"
                 "<li><strong>Preparen preguntas.</strong> Ayude a la persona a escribir lo que "
                 "quiere preguntarle a enfermería, a su consejero o consejera, o a quien le "
                 "receta.</li>"
                 "<li><strong>Comparta su propia historia</strong> cuando venga al caso, en pocas "
                 "palabras, y siempre para servir a la persona, no a usted.</li>"
                 "</ul>"
                 "<p>Lo que un coach no hace: decidir dosis, prometer dosis para llevar a casa, ni "
                 "hablar por la persona sin su permiso. Los coaches apoyan las decisiones propias "
                 "de la persona y le ayudan a hablar por sí misma.</p>"),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Ramón quiere empezar con metadona. Su primo le dice que simplemente la "
                            "puede surtir en la farmacia de la esquina. ¿Qué es correcto?"
                        ),
                        "choices": [
                            ("La metadona para el trastorno por consumo de opioides solo la entrega "
                             "un programa de tratamiento de opioides certificado", True),
                            ("Cualquier farmacia puede surtir metadona para el trastorno por "
                             "consumo de opioides con una receta", False),
                            ("Solo la sala de emergencias de un hospital puede dar metadona", False),
                        ],
                        "explanation": (
                            "Para el trastorno por consumo de opioides, la metadona solo viene de "
                            "un OTP. Las farmacias surten metadona para el dolor, que es otro uso "
                            "con otras reglas."
                        ),
                    },
                    {
                        "prompt": (
                            "¿Por qué los programas suelen empezar la metadona con una dosis "
                            "cuidadosa y la suben despacio?"
                        ),
                        "choices": [
                            ("La metadona se acumula en el cuerpo durante varios días, así que las "
                             "primeras semanas tienen el mayor riesgo de sobredosis", True),
                            ("Para probar si la persona va en serio con su recuperación", False),
                            ("Porque las dosis bajas siempre funcionan mejor a largo plazo", False),
                        ],
                        "explanation": (
                            "La metadona se acumula con los días. Empezar con cuidado protege a la "
                            "persona. Es por seguridad, no una prueba de carácter, y la dosis que "
                            "al final le queda bien cambia de una persona a otra."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "the-2024-otp-rule",
            "title": "La norma de 2024: dosis para llevar a casa, consejería, admisión y telesalud",
            "minutes": 13,
            "body": [
                ("rich_text",
                 "<h2>La primera gran actualización en más de 20 años</h2>"
                 "<p>En febrero de 2024, el gobierno federal publicó una norma final que reescribió "
                 "la 42 CFR Parte 8, la norma para los programas de tratamiento de opioides. SAMHSA "
                 "la redactó. Se publicó el 2 de febrero de 2024. Entró en vigor el 2 de abril de "
                 "2024, y los programas tenían que cumplirla a más tardar el 2 de octubre de 2024. "
                 "Fue la primera actualización importante de las reglas de los OTP desde 2001.</p>"
                 "<p>La norma hizo permanentes muchas de las prácticas flexibles que empezaron "
                 "durante el COVID. Quitó palabras viejas que estigmatizan. Por ejemplo, usa "
                 "“abstinencia con supervisión médica” en lugar de “desintoxicación”. Agregó la "
                 "toma de decisiones compartida a todo plan de cuidado, e incorpora la reducción de "
                 "daños al tratamiento. En pocas palabras, les pide a los programas que traten a "
                 "las personas como socias en su propio cuidado.</p>"
                 "<p>Recuerde una cosa mientras lee: la norma federal marca hasta dónde se puede llegar. "
                 "Los estados pueden mantener reglas más estrictas, y los programas tienen sus "
                 "propias políticas. Así que el cambio que siente una persona depende de dónde vive "
                 "y de a qué programa va.</p>"
                 "<h2>Por qué cambió la norma</h2>"
                 "<p>En marzo de 2020, al principio de la pandemia de COVID, SAMHSA permitió que "
                 "los programas dieran más dosis para llevar a casa, para que menos gente se "
                 "amontonara en las clínicas. Los programas podían dar hasta 28 días a las personas "
                 "que consideraban estables y hasta 14 días a las demás. Al mismo tiempo, se "
                 "permitió que los OTP empezaran la buprenorfina por telesalud.</p>"
                 "<p>¿Qué pasó? Los programas y los investigadores reportaron muy pocos problemas "
                 "de desvío del medicamento o de sobredosis. Las personas se quedaron más tiempo en "
                 "tratamiento. Muchas pudieron mantener su trabajo y cuidar a su familia sin tener "
                 "que ir a la clínica todos los días. La norma de 2024 hizo permanentes estas "
                 "prácticas flexibles, y fue más allá.</p>"
                 "<h2>Admisión: menos barreras</h2>"
                 "<ul>"
                 "<li><strong>Se acabó la regla de un año.</strong> Antes, las personas necesitaban "
                 "un año de consumo de opioides para poder entrar. Eso ya no existe. Un profesional "
                 "de salud evalúa a la persona que tiene enfrente.</li>"
                 "<li><strong>Jóvenes.</strong> Las personas menores de 18 años ya no tienen que "
                 "fracasar primero en otros dos tratamientos.</li>"
                 "<li><strong>El medicamento no depende de la consejería.</strong> Los programas "
                 "todavía deben ofrecer consejería. Pero ya no se puede condicionar el medicamento "
                 "de una persona a que asista.</li>"
                 "<li><strong>Las personas embarazadas van primero.</strong> Los programas deben "
                 "darles prioridad.</li>"
                 "</ul>"
                 "<h2>Dosis para llevar a casa: criterio clínico, dentro de ciertos límites</h2>"
                 "<p>Una dosis para llevar a casa es una dosis que la persona toma en su casa en "
                 "lugar de tomarla en la ventanilla. Con la norma anterior, estas dosis seguían un "
                 "calendario fijo. En los primeros 90 días, la persona recibía una dosis extra para "
                 "llevar a casa por semana. No podía recibir lo de un mes completo hasta tener dos "
                 "años en tratamiento.</p>"
                 "<p>La norma de 2024 cambió el enfoque. Ahora decide el profesional de salud del "
                 "programa, usando su criterio clínico. Este profesional sopesa si, para esta "
                 "persona, los beneficios de las dosis para llevar a casa son mayores que los "
                 "riesgos. La norma da una lista de cosas a considerar, por ejemplo:</p>"
                 "<ul>"
                 "<li>si la persona tiene consumo activo de sustancias u otros problemas de salud "
                 "que aumentan el riesgo de daño;</li>"
                 "<li>con qué regularidad viene la persona a tomar sus dosis observadas;</li>"
                 "<li>cualquier problema de conducta grave que ponga a la gente en peligro;</li>"
                 "<li>cualquier caso reciente de compartir o vender el medicamento, lo que se llama "
                 "desvío;</li>"
                 "<li>si las dosis se pueden transportar y guardar de forma segura;</li>"
                 "<li>cualquier otra cosa que el profesional vea como importante para la seguridad.</li>"
                 "</ul>"
                 "<p>El tiempo en tratamiento todavía pone un tope. Los topes son:</p>"
                 "<ul>"
                 "<li><strong>Días 1 a 14:</strong> hasta 7 días de dosis para llevar a casa a la vez.</li>"
                 "<li><strong>Desde el día 15:</strong> hasta 14 días.</li>"
                 "<li><strong>Desde el día 31:</strong> hasta 28 días.</li>"
                 "</ul>"
                 "<p>Además, la persona puede recibir una dosis para llevar a casa para los días en "
                 "que la clínica está cerrada, como un día del fin de semana o un día festivo. "
                 "Estos topes son lo máximo que un programa puede dar. No son una promesa, ni un "
                 "calendario por el que todo el mundo va pasando. Un estado puede poner límites más "
                 "bajos.</p>"),
                ("callout", {
                    "title": "Las dosis para llevar a casa son una decisión compartida, no un premio",
                    "text": (
                        "A muchos de nosotros nos enseñaron que las dosis para llevar a casa son un "
                        "privilegio que uno se gana portándose bien. La nueva norma las presenta "
                        "como una decisión clínica, tomada con la persona, sobre lo que apoya su "
                        "salud y su vida. Use ese lenguaje. Diga “una decisión que usted toma junto "
                        "con quien le receta”, no “algo que se gana con el tiempo”."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Cómo apoya un coach la conversación sobre las dosis para llevar a casa</h2>"
                 "<p>Las dosis para llevar a casa pueden cambiar una vida. Pueden significar "
                 "conservar un trabajo, llevar a los niños a la escuela o no pasar tres horas al "
                 "día en un autobús. Así es como un coach puede ayudar a una persona a prepararse "
                 "para hablar con quien le receta:</p>"
                 "<ol>"
                 "<li><strong>Consiga la política por escrito.</strong> Pídale al programa su "
                 "política sobre dosis para llevar a casa. Léala con la persona.</li>"
                 "<li><strong>Nombre el porqué.</strong> ¿Qué le permitirían hacer a la persona las "
                 "dosis para llevar a casa? ¿Trabajar en un turno de la mañana? ¿Cuidar a su papá o "
                 "a su mamá? ¿Terminar sus estudios?</li>"
                 "<li><strong>Planee la seguridad.</strong> ¿Dónde se van a guardar las dosis? ¿Hay "
                 "una caja con llave? ¿Quién más vive en la casa? ¿Hay niños?</li>"
                 "<li><strong>Escriban las preguntas.</strong> Por ejemplo: “¿Qué necesitaría para "
                 "sentirse con confianza de darme más dosis para llevar a casa?” o “¿Cuáles son los "
                 "siguientes pasos si me dice que todavía no?”</li>"
                 "<li><strong>Den seguimiento.</strong> Si la respuesta es no, pregunten cuál es la "
                 "razón y qué podría cambiarla. Ayude a la persona a escribir la respuesta.</li>"
                 "</ol>"
                 "<p>Un coach nunca promete un número de dosis para llevar a casa. La decisión es "
                 "de la persona y del profesional de salud. Nuestro trabajo es ayudar a que la "
                 "persona llegue informada y sea escuchada.</p>"
                 "<h2>Cómo se ve la toma de decisiones compartida</h2>"
                 "<p>La toma de decisiones compartida quiere decir que el profesional de salud y la "
                 "persona deciden en conjunto. El profesional aporta el conocimiento médico: las "
                 "opciones, los riesgos y los beneficios. La persona aporta lo que solo ella sabe: "
                 "sus metas, su horario, su casa, lo que le importa. Nadie decide por su "
                 "cuenta.</p>"
                 "<p>En una cita real, suena así. El profesional dice: “Esto es lo que estoy "
                 "considerando, y esto es lo que me preocupa”. La persona dice: “Esto es lo que "
                 "necesito, y así es como lo voy a mantener seguro”. Luego se ponen de acuerdo en "
                 "un plan y en cuándo volver a revisarlo. Si la persona sale de una cita sintiendo "
                 "que decidieron sobre ella y no con ella, un coach puede ayudarle a pedir otra "
                 "conversación.</p>"
                 "<p>La norma también incorpora la reducción de daños al tratamiento. Reducción de daños "
                 "quiere decir aceptar a las personas donde están y bajar los riesgos, aun antes de "
                 "que todo vaya bien. Por ejemplo, una prueba de drogas positiva puede ser una "
                 "razón para hablar y ajustar el plan, no solo una razón para castigar.</p>"
                 "<h2>Un ejemplo</h2>"
                 "<p>Sofía, de 29 años, es asistente de salud en el hogar. Lleva 20 días en su OTP. "
                 "Su agencia le ofreció turnos de fin de semana que empiezan antes de que abra la "
                 "clínica. Ella quiere dosis para llevar a casa para el sábado y el domingo, para "
                 "poder decir que sí. Su coach le ayuda a conseguir la política del programa sobre "
                 "dosis para llevar a casa y a escribir su razón. Con su coach, arma un plan de "
                 "seguridad: una caja con llave en el clóset de su cuarto, la llave en el cordón de "
                 "su gafete del trabajo, y naloxona en la cocina.</p>"
                 "<p>En su cita médica, Sofía explica su plan. Su profesional de salud le pregunta "
                 "sobre su sueño y sobre la persona con quien comparte la casa, y acepta darle "
                 "dosis para llevar a casa los fines de semana. Planean volver a revisarlo en un "
                 "mes. Según el tope federal, ella podría haber recibido hasta 14 días. No "
                 "necesitaba tantos, y no los recibió. La decisión se ajustó a su vida y a su "
                 "seguridad. De eso se trata.</p>"
                 "<h2>Dosis divididas</h2>"
                 "<p>Una dosis dividida quiere decir que la dosis del día se toma en dos partes, "
                 "muchas veces una en la mañana y otra más tarde en el día. El cuerpo de algunas "
                 "personas elimina la metadona más rápido. El embarazo también acelera esto, sobre "
                 "todo en la última parte del embarazo. Para estas personas, quien receta puede "
                 "decidir dividir la dosis para que cubra todo el día de forma más pareja. La "
                 "segunda parte normalmente se toma en casa, así que también es parte del plan de "
                 "dosis para llevar a casa.</p>"
                 "<p>Dividir una dosis es una decisión médica. Un coach nunca sugiere que alguien "
                 "divida una dosis por su cuenta ni que guarde parte de una dosis para llevar a "
                 "casa para más tarde. Si una persona se pregunta si una dosis dividida le podría "
                 "ayudar, el coach le ayuda a describir lo que siente y a preguntarle a quien le "
                 "receta. La Lección 3 muestra cómo.</p>"
                 "<h2>Telesalud: qué está permitido</h2>"
                 "<p>Telesalud quiere decir atención por teléfono o por video. La norma de 2024 "
                 "permite que los OTP la usen para empezar el tratamiento, con una diferencia clave "
                 "entre los dos medicamentos:</p>"
                 "<ul>"
                 "<li><strong>Buprenorfina:</strong> un OTP puede empezar con un paciente nuevo "
                 "después de una evaluación por video o solo por teléfono (solo audio), si el "
                 "profesional de salud decide que eso basta para evaluar a la persona.</li>"
                 "<li><strong>Metadona:</strong> la evaluación antes de empezar se puede hacer por "
                 "video (con audio e imagen), si el profesional de salud decide que permite una "
                 "evaluación adecuada. No se permite una cita solo por teléfono para empezar la "
                 "metadona, porque la metadona tiene un riesgo más alto de sueño excesivo y de "
                 "sobredosis.</li>"
                 "</ul>"
                 "<p>Telesalud no quiere decir que la metadona llega por correo. La sigue "
                 "entregando el OTP. Pero para una persona en una zona rural, una evaluación por "
                 "video puede significar un viaje largo menos antes de su primera dosis.</p>"
                 "<h2>Lo que no cambió</h2>"
                 "<p>Los programas todavía hacen pruebas de drogas. Todavía deben ofrecer "
                 "consejería y otros servicios. Todavía controlan cómo se entrega el medicamento. Y "
                 "los estados todavía tienen voz. Algunos estados cambiaron sus reglas rápido. "
                 "Otros van más despacio. Cuando una persona dice “mi clínica no hace eso”, el "
                 "coach puede ayudarle a preguntar: ¿es una norma federal, una regla del estado o "
                 "una política del programa? La respuesta le dice dónde presionar y a quién "
                 "preguntar.</p>"
                 "<p>Si el límite es una política del programa, la persona puede pedirle al "
                 "programa que se la explique y que revise su situación. Si es una regla del "
                 "estado, la persona puede preguntarle al programa si aplica alguna excepción. De "
                 "cualquier forma, un coach ayuda a la persona a hacer preguntas claras y a "
                 "escribir las respuestas. Los grupos que defienden a las personas que toman estos "
                 "medicamentos también siguen estas reglas de cerca, y pueden ser una buena fuente "
                 "de noticias al día sobre cada estado.</p>"
                 "<p>Un último punto. La norma es nueva, y no todo el personal se ha puesto al día. "
                 "Algunas personas todavía dicen “ganárselas”, o hablan como si los viejos pasos de "
                 "90 días todavía aplicaran. Un coach puede compartir con amabilidad lo que dice la "
                 "norma, y ayudar a la persona a sacar el tema con respeto. En una clínica, el "
                 "cambio muchas veces empieza con una conversación tranquila.</p>"),
                ("reflection", {
                    "min_words": 50,
                    "minutes": 5,
                    "prompt": (
                        "Piense en cómo se hablaba de las dosis para llevar a casa donde usted "
                        "recibió tratamiento, o en historias que ha escuchado. ¿Se usaba el "
                        "lenguaje de “hay que ganárselas”? ¿Cómo afectaba eso a la gente? Escriba "
                        "lo que le diría a alguien que siente vergüenza porque todavía no tiene "
                        "dosis para llevar a casa, usando en cambio el lenguaje de la decisión "
                        "compartida."
                    ),
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Piotr lleva 40 días en su OTP. Le pregunta a usted si la ley dice que "
                            "ahora le tocan 28 dosis para llevar a casa. ¿Qué es correcto?"
                        ),
                        "choices": [
                            ("Las normas federales permiten hasta 28 días después del día 30, pero "
                             "eso es un tope; su profesional de salud decide con él, y su estado "
                             "puede ser más estricto", True),
                            ("Sí, a todo el mundo le tocan 28 días después de un mes", False),
                            ("No, las normas federales todavía exigen dos años antes de un mes de "
                             "dosis para llevar a casa", False),
                        ],
                        "explanation": (
                            "Desde el día 31, el tope federal es de 28 días. No es automático. El "
                            "profesional de salud usa su criterio clínico con la persona, y las "
                            "reglas del estado pueden poner límites más bajos."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "when-a-dose-wears-off-and-safety-at-home",
            "title": "Cuando la dosis parece no durar, y la seguridad en casa",
            "minutes": 13,
            "body": [
                ("rich_text",
                 "<h2>No hay una sola dosis correcta</h2>"
                 "<p>En la fila de la clínica, la gente muchas veces compara dosis. “Yo solo tomo "
                 "cuarenta”. “¿Y tú cuánto tomas?” Esta plática hace daño. La dosis que funciona es "
                 "la que mantiene alejada la abstinencia durante todo el día, calma las ansias y no "
                 "le da sueño a la persona. Para algunas personas es una dosis baja. Para otras es "
                 "mucho más alta. Una dosis más alta no es señal de debilidad, y una dosis más baja "
                 "no es una medalla.</p>"
                 "<p>¿Por qué cambian tanto las necesidades? Cada cuerpo descompone la metadona a "
                 "su propia velocidad. Algunos otros medicamentos aceleran o hacen más lento este "
                 "proceso, incluidos algunos medicamentos para el VIH, la tuberculosis y las "
                 "convulsiones. El embarazo lo acelera. Los cambios en la salud también pueden "
                 "influir. Por eso solo quien receta, junto con la persona, puede decidir una "
                 "dosis.</p>"
                 "<h2>Cómo se puede sentir que la dosis “no dura”</h2>"
                 "<p>Algunas personas se sienten bien después de su dosis, pero empiezan a sentirse "
                 "mal antes de la siguiente. Puede que digan: “Ya se me pasó para la hora de la "
                 "cena” o “Todas las noches me pongo mal antes de dormir”. Las señales pueden "
                 "incluir:</p>"
                 "<ul>"
                 "<li>bostezos, nariz que moquea u ojos llorosos;</li>"
                 "<li>sudor, escalofríos o piel de gallina;</li>"
                 "<li>dolores en los músculos o en los huesos;</li>"
                 "<li>cólicos, náuseas o diarrea;</li>"
                 "<li>inquietud, ansiedad o irritabilidad;</li>"
                 "<li>problemas para dormir;</li>"
                 "<li>ansias que crecen a medida que pasa el día.</li>"
                 "</ul>"
                 "<p>También puede pasar lo contrario. Algunas personas sienten demasiado sueño "
                 "unas horas después de tomar la dosis, o se quedan dormidas. Eso también hay que "
                 "llevárselo a quien receta, y pronto. Mucho sueño, respiración lenta o que cueste "
                 "despertar a la persona es una emergencia. Llame al 911 y use naloxona.</p>"
                 "<h2>El trabajo del coach: ayudar a la persona a describirlo</h2>"
                 "<p>Un coach nunca dice “su dosis está muy baja” ni “pida diez más”. No tenemos la "
                 "formación para juzgar una dosis, y podríamos equivocarnos de una forma que le "
                 "haga daño a alguien. Lo que sí podemos hacer es muy útil: ayudar a la persona a "
                 "describir lo que siente con tanta claridad que quien receta pueda actuar.</p>"
                 "<p>Las citas con quien receta son cortas. “Mi dosis no me aguanta” es fácil de "
                 "pasar por alto. Una descripción clara, no. Ayude a la persona a reunir estos "
                 "detalles:</p>"
                 "<ul>"
                 "<li><strong>Horario.</strong> ¿A qué hora toma su dosis? ¿A qué hora empiezan los "
                 "síntomas? ¿Es igual todos los días?</li>"
                 "<li><strong>Síntomas.</strong> ¿Cuáles, en sus propias palabras?</li>"
                 "<li><strong>Intensidad.</strong> ¿Qué tan fuertes, en una escala del 0 al 10?</li>"
                 "<li><strong>Cambios.</strong> ¿Algún medicamento nuevo, un trabajo o turno nuevo, "
                 "embarazo, enfermedad o cambios en el sueño?</li>"
                 "<li><strong>Impacto.</strong> ¿Qué le impide hacer? ¿Trabajar? ¿Dormir? ¿Cuidar a "
                 "sus hijos?</li>"
                 "<li><strong>Otro consumo.</strong> ¿Está usando algo para aguantar? Esto es "
                 "difícil de decir en voz alta. Ayúdele a ver que quien receta necesita saberlo, "
                 "por su seguridad.</li>"
                 "</ul>"
                 "<p>Un registro sencillo de tres a siete días funciona bien. La persona anota la "
                 "hora de su dosis, la hora en que empiezan los síntomas, lo que siente y qué tan "
                 "fuerte es. Luego lo lleva a una cita médica. La hoja para participantes de este "
                 "módulo tiene un registro que puede usar.</p>"
                 "<h2>Hacerlo llegar a la persona indicada</h2>"
                 "<p>En muchas clínicas, la persona habla con enfermería en la ventanilla y con su "
                 "consejero o consejera de vez en cuando. Puede ser más difícil llegar a quien "
                 "receta. Ayude a la persona a pedir una cita médica con quien le receta para "
                 "hablar de cómo le está funcionando la dosis. Si se siente nerviosa, practiquen lo "
                 "que va a decir. Por ejemplo:</p>"
                 "<p><em>“Tomo mi dosis a las 6 de la mañana. Casi todos los días, como a las 7 de "
                 "la noche, empiezo a bostezar y a sudar, y para las 10 me duelen las piernas y no "
                 "puedo dormir. Es como un 7 de 10. Empezó cuando me cambié al turno de la tarde. "
                 "Lo anoté durante una semana. ¿Cuáles son mis opciones?”</em></p>"
                 "<p>Fíjese en lo que hace esto. Da datos, horarios e impacto. Pregunta por las "
                 "opciones. No pide un número. La persona sigue a cargo, y quien receta hace el "
                 "razonamiento médico.</p>"
                 "<h2>Hablar de dosis en el grupo</h2>"
                 "<p>En un centro de pares, la gente va a hablar de dosis entre sí. Usted no puede "
                 "impedirlo, y no necesita vigilarlo. Sí puede marcar el tono. Cuando alguien dice "
                 "“tomas demasiado” o “eso no es nada”, usted podría decir: “El cuerpo de cada "
                 "quien es diferente. La dosis correcta es la que le funciona a usted, y eso es "
                 "algo entre usted y quien le receta”. Dicho con cariño y seguido, esto se vuelve "
                 "la cultura del grupo.</p>"
                 "<h2>Cuidado con su propia historia</h2>"
                 "<p>Muchos de nosotros tenemos sentimientos fuertes sobre las dosis por nuestra "
                 "propia historia. Tal vez usted se sintió bien con una dosis baja. Tal vez luchó "
                 "por años para conseguir una dosis que le aguantara. Sea como sea, su historia no "
                 "es el cuerpo de la otra persona. “Lo que me funcionó a mí” se le puede escapar "
                 "como un consejo. Comparta su experiencia de hablar claro con quien le receta, si "
                 "ayuda. No comparta su dosis como una vara de medir.</p>"
                 "<h2>Cuando la persona tiene miedo de preguntar</h2>"
                 "<p>Muchas veces la gente se calla. Puede que tenga miedo de que la vean como "
                 "alguien que “anda buscando drogas”. Puede que le preocupe que hablar de sus "
                 "ansias le cueste sus dosis para llevar a casa. Puede que ya haya preguntado antes "
                 "y que no le hayan hecho caso. Estos miedos tienen sentido. Muchas personas en "
                 "tratamiento con metadona han sido juzgadas por las mismas personas que debían "
                 "ayudarlas.</p>"
                 "<p>Usted puede nombrar el miedo y ponerlo a prueba con cuidado. “Parece que le "
                 "preocupa que piensen que usted solo quiere más. ¿Qué le ayudaría a animarse a "
                 "sacar el tema?” Hágale ver que un registro claro y por escrito es lo contrario de "
                 "andar buscando drogas. Es la persona tomando en serio su tratamiento. Ofrezca "
                 "practicar. Ofrezca acompañarle en la sala de espera. Respete si decide esperar, y "
                 "vuelva a preguntarle pronto cómo va.</p>"
                 "<h2>Después de la cita</h2>"
                 "<p>Dé seguimiento. Pregunte qué dijo quien receta y cómo se siente la persona al "
                 "respecto. Si algo cambió, ayúdele a escribir qué puede esperar y cuándo volver a "
                 "consultar. Los cambios en la metadona tardan varios días en asentarse, así que "
                 "puede que la persona no sienta el efecto completo enseguida. Si la respuesta fue "
                 "“ahora no”, ayúdele a preguntar qué más podría ayudar y qué haría que quien "
                 "receta lo volviera a revisar. Que siga con el registro. Los patrones a lo largo "
                 "del tiempo cuentan una historia más clara que un solo día malo.</p>"),
                ("callout", {
                    "title": "No se salga de su papel, y manténgase cerca",
                    "text": (
                        "Nunca sugiera una dosis, una dosis dividida, guardar parte de una dosis "
                        "para llevar a casa, ni usar otra cosa para aguantar la noche. Sí ayude a "
                        "la persona a anotar lo que siente, a practicar lo que va a decir y a pedir "
                        "una cita médica, y dé seguimiento después."
                    ),
                    "tone": "warning",
                }),
                ("rich_text",
                 "<h2>La seguridad en casa con las dosis para llevar a casa</h2>"
                 "<p>Las dosis para llevar a casa traen libertad. También traen un riesgo real para "
                 "otras personas. Una dosis que es segura para alguien con tolerancia a los "
                 "opioides puede matar a un niño, o a una persona adulta sin esa tolerancia. La "
                 "etiqueta de la FDA (la agencia federal de alimentos y medicamentos) para la "
                 "metadona advierte que, si un niño la traga por accidente, puede ser mortal. La "
                 "metadona líquida muchas veces tiene color y puede parecer jugo.</p>"
                 "<p>Los coaches pueden hablar de seguridad sin sermonear. La mayoría de las "
                 "personas en tratamiento con metadona guardan sus dosis con cuidado. Una plática "
                 "tranquila y práctica funciona mejor que una que asusta. Cubra estos puntos:</p>"
                 "<ul>"
                 "<li><strong>Guárdela bajo llave.</strong> Mantenga las dosis en una caja con "
                 "llave, fuera de la vista y del alcance. Guarde la llave o la clave lejos de la "
                 "caja. Una caja con la llave puesta es solo una caja.</li>"
                 "<li><strong>Use los frascos del programa.</strong> Deje cada dosis en su frasco "
                 "con etiqueta y tapa a prueba de niños que le dio el programa.</li>"
                 "<li><strong>Nunca la comparta.</strong> Ni con una pareja que tiene síntomas de "
                 "abstinencia, ni con amistades. Compartirla puede matar, y puede acabar con las "
                 "dosis para llevar a casa.</li>"
                 "<li><strong>Piense en las visitas.</strong> Los nietos, los sobrinos y las "
                 "sobrinas vienen de visita. Planee también para ellos.</li>"
                 "<li><strong>Conozca el plan si algo sale mal.</strong> Si un niño o cualquier "
                 "otra persona pudo haber tragado metadona, llame al 911 de inmediato, aunque "
                 "parezca estar bien. Tenga naloxona en la casa y sepa cómo usarla.</li>"
                 "<li><strong>Evite mezclas peligrosas.</strong> El alcohol, las benzodiacepinas, "
                 "las pastillas para dormir y otras drogas que dan sueño aumentan el riesgo de "
                 "sobredosis con la metadona. Anime a la persona a decirle a quien le receta todos "
                 "los medicamentos que toma.</li>"
                 "<li><strong>Pregunte antes de que pase.</strong> Todo programa tiene una política "
                 "para dosis extraviadas, robadas o derramadas. Ayude a la persona a conocerla "
                 "ahora, no en medio del pánico.</li>"
                 "<li><strong>Viajes.</strong> Muchas veces los programas pueden organizar dosis "
                 "como paciente visitante en otro OTP cuando alguien viaja. Pregunten con tiempo, "
                 "porque requiere papeleo.</li>"
                 "</ul>"
                 "<h2>Vivienda compartida y casas de recuperación</h2>"
                 "<p>Guardar las dosis es más difícil cuando la persona vive con otras personas. "
                 "Piense en Dwayne, que se acaba de mudar a una residencia de recuperación, o en "
                 "Carmen, que renta un cuarto en una casa compartida. Puede que otras personas "
                 "estén al principio de su recuperación, o que todavía consuman. Ayude a la persona "
                 "a averiguar las reglas de la casa sobre medicamentos antes de llevar a casa su "
                 "primera dosis. Algunas casas guardan los medicamentos en una oficina con llave. "
                 "Otras les piden a quienes viven ahí que usen su propia caja con llave. Si una "
                 "casa no acepta para nada a personas en tratamiento con metadona, ayude a la "
                 "persona a buscar una que sí las acepte. Nadie debería tener que elegir entre un "
                 "lugar seguro para vivir y su medicamento.</p>"
                 "<h2>Conozca las señales de una sobredosis</h2>"
                 "<p>Todas las personas alrededor de alguien que toma metadona deben conocer las "
                 "señales de una sobredosis de opioides: la persona no despierta o no responde, "
                 "respira muy lento o dejó de respirar, los labios o las puntas de los dedos se "
                 "ponen azules o grises, o hace ruidos como si se ahogara o roncara. Llame al 911. "
                 "Dé naloxona. Quédese con la persona. La metadona dura mucho tiempo en el cuerpo, "
                 "así que la persona puede volver a caer en sobredosis cuando se pasa el efecto de "
                 "la naloxona. Por eso es importante llamar al 911 aunque la naloxona funcione.</p>"
                 "<p>Si una persona no puede pagar una caja con llave, ayúdele a pedir una en el "
                 "programa o en un grupo de la comunidad. Guardar las dosis de forma segura protege "
                 "a los niños, y también protege las dosis para llevar a casa de la persona.</p>"),
                ("scenario", {
                    "title": "Lamar: “Se me pasa antes de que termine mi turno”",
                    "situation": (
                        "Lamar, de 44 años, es afroamericano y lleva ocho meses en tratamiento con "
                        "metadona. Trabaja en el segundo turno en un almacén, de 2 de la tarde a "
                        "10:30 de la noche. Toma su dosis en la clínica a las 6 todas las mañanas. "
                        "En el centro de pares le cuenta a usted: “Como a las 8 de la noche ya "
                        "estoy bostezando y sudando. Para el final del turno me duelen la espalda y "
                        "las piernas, y solo puedo pensar en consumir. Un amigo me dice que nada más "
                        "pida una dosis más alta. No quiero perder este trabajo”."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Le hace preguntas abiertas sobre cuándo empiezan los síntomas, "
                                "cómo se sienten y qué tan fuertes se ponen, y le ofrece ayuda para "
                                "anotarlos durante una semana y llevárselos a quien le receta."
                            ),
                            "feedback": (
                                "Sí. Usted lo toma en serio, se mantiene fuera de las decisiones "
                                "sobre la dosis y le ayuda a armar una descripción clara con la que "
                                "quien le receta puede actuar. Además, al actuar rápido, protege su "
                                "trabajo y su recuperación."
                            ),
                            "best": True,
                            "next": (
                                "Lamar lleva un registro durante una semana. El patrón es el mismo "
                                "todos los días. Él dice: “Cuando se lo digo a la enfermera en la "
                                "ventanilla, nada más me dice que hable con mi consejero. No pasa "
                                "nada”."
                            ),
                        },
                        {
                            "text": (
                                "Le dice que su amigo tiene razón: su dosis está muy baja, y "
                                "debería pedir unos diez miligramos más."
                            ),
                            "feedback": (
                                "Esto es un consejo médico. Usted no puede saber por qué su dosis "
                                "deja de hacer efecto, y un número que venga de un coach podría no "
                                "ser seguro. Mejor ayúdele a describir el problema, y deje que "
                                "decida quien le receta."
                            ),
                            "best": False,
                            "next": (
                                "Lamar le pide a la enfermera “diez más”. Ella le dice que los "
                                "cambios de dosis necesitan una cita médica, y él se va frustrado, "
                                "sin ninguna cita programada."
                            ),
                        },
                        {
                            "text": (
                                "Le sugiere que, cuando tenga dosis para llevar a casa, guarde "
                                "parte de la dosis de la mañana y se la tome en el trabajo."
                            ),
                            "feedback": (
                                "Dividir una dosis es una decisión médica. Guardar parte de una "
                                "dosis por su cuenta puede ser peligroso y le puede costar sus "
                                "dosis para llevar a casa. Ayúdele a llevarle el problema a quien "
                                "le receta."
                            ),
                            "best": False,
                            "next": (
                                "Lamar dice que de todos modos todavía no tiene dosis para llevar a "
                                "casa, y las noches siguen siendo difíciles."
                            ),
                        },
                        {
                            "text": (
                                "Le asegura que es normal sentir algo de malestar y que se va a "
                                "acostumbrar si se mantiene fuerte."
                            ),
                            "feedback": (
                                "Esto le quita importancia a un problema real. La abstinencia y las "
                                "ansias todas las noches ponen en riesgo su recuperación y su "
                                "trabajo. Son temas para quien le receta."
                            ),
                            "best": False,
                            "next": (
                                "Lamar asiente, pero a la semana siguiente le cuenta que casi "
                                "consume después de un turno."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Lamar tiene su registro, pero decírselo a la enfermera no ha servido "
                            "de nada. ¿Cuál es el siguiente paso más útil?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Le ayuda a pedir, en persona o por escrito, una cita médica "
                                    "con quien le receta para hablar de cómo le está funcionando la "
                                    "dosis, practica con él lo que va a decir, y se ofrece a "
                                    "acompañarlo si el programa lo permite y él lo quiere."
                                ),
                                "feedback": (
                                    "Sí. Así su descripción clara le llega a quien toma las "
                                    "decisiones sobre la dosis, y él fortalece su propia voz. Su "
                                    "papel es de apoyo, con el consentimiento de Lamar."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Llama usted a quien le receta y le explica que Lamar necesita "
                                    "que le suban la dosis."
                                ),
                                "feedback": (
                                    "Usted necesita el consentimiento por escrito de Lamar para "
                                    "compartir cualquier cosa sobre él, y pedir un aumento sigue "
                                    "siendo un juicio sobre la dosis. Ayúdele a hablar por sí "
                                    "mismo."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Le sugiere que le pida a un amigo un poquito extra para "
                                    "aguantar el final de cada turno hasta que esto se resuelva."
                                ),
                                "feedback": (
                                    "Esto lo pone en riesgo de sobredosis y de perder el "
                                    "tratamiento. Nunca sugiera usar otras sustancias ni el "
                                    "medicamento de otra persona."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Le dice que se cambie a buprenorfina, porque tal vez le quede "
                                    "mejor con su horario."
                                ),
                                "feedback": (
                                    "Recomendar un medicamento está fuera del papel de un coach. Él "
                                    "puede preguntarle a quien le receta sobre todas sus opciones."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "discharge-pregnancy-and-myths",
            "title": (
                "La baja del programa y las reducciones de dosis, el embarazo y la crianza, "
                "mitos y datos"
            ),
            "minutes": 14,
            "body": [
                ("rich_text",
                 "<h2>La baja administrativa y las reducciones involuntarias de la dosis</h2>"
                 "<p>Pocas cosas asustan más a la gente en un OTP que oír “le vamos a dar de baja”. "
                 "Los coaches necesitan conocer las palabras y los derechos de la persona.</p>"
                 "<ul>"
                 "<li><strong>La baja administrativa</strong> quiere decir que el programa termina "
                 "el tratamiento de una persona por razones que no son la decisión de la propia "
                 "persona ni un plan médico. Entre las razones que se dan con frecuencia están la "
                 "violencia o las amenazas, vender o compartir el medicamento, no pagar los cobros, "
                 "o faltar a muchas citas.</li>"
                 "<li><strong>Una reducción involuntaria de la dosis</strong> (también llamada "
                 "retiro administrativo) quiere decir que el programa baja la dosis hasta cero "
                 "siguiendo un calendario que la persona no eligió. Muchas veces viene antes de una "
                 "baja.</li>"
                 "<li>Estas son diferentes de una <strong>reducción voluntaria de la "
                 "dosis</strong>, que la persona pide y planea con quien le receta.</li>"
                 "</ul>"
                 "<p>Por qué esto importa tanto: dejar la metadona muchas veces lleva a la "
                 "abstinencia y a volver a consumir. Después de un tiempo con una dosis más baja o "
                 "sin dosis, la tolerancia baja. Por eso, las semanas después de salir del "
                 "tratamiento tienen un alto riesgo de sobredosis. Una baja puede ser un asunto de "
                 "vida o muerte.</p>"
                 "<h2>Lo que dicen las reglas</h2>"
                 "<p>Según la norma federal de 2024, el medicamento de una persona no debe depender "
                 "de que vaya a consejería. Así que faltar a los grupos, por sí solo, es una razón "
                 "débil para cortarle el medicamento. La norma también empuja a los programas hacia "
                 "la reducción de daños y las decisiones compartidas. Aun así, las reglas sobre la "
                 "baja vienen sobre todo de los estados y de los programas, y cambian de un lugar a "
                 "otro. Muchos estados exigen que un programa:</p>"
                 "<ul>"
                 "<li>dé un aviso por escrito con las razones;</li>"
                 "<li>ofrezca una forma de apelar, como una queja formal o una audiencia;</li>"
                 "<li>ofrezca una reducción gradual de la dosis en lugar de cortarla de golpe;</li>"
                 "<li>intente referir o transferir a la persona a otro programa.</li>"
                 "</ul>"
                 "<p>Todo programa debe tener un proceso de quejas por escrito. Es la forma en que "
                 "una persona presenta una queja formal o pide que se revise una decisión.</p>"
                 "<h2>Cómo apoya un par a alguien que enfrenta una baja</h2>"
                 "<ol>"
                 "<li><strong>Primero, escuche.</strong> Deje que la persona esté enojada o "
                 "asustada. Luego reúna los hechos. ¿Qué se dijo exactamente, quién lo dijo y "
                 "cuándo? ¿Fue una advertencia o una decisión? ¿Hubo algo por escrito?</li>"
                 "<li><strong>Consigan los papeles.</strong> Ayude a la persona a pedir la política "
                 "de baja del programa, el proceso de quejas y cualquier aviso por escrito. Tiene "
                 "derecho a conocer las reglas que le están aplicando.</li>"
                 "<li><strong>Nombren las barreras.</strong> Faltar a las citas muchas veces tiene "
                 "causas: las rutas del autobús, el cuidado de los niños, el horario de trabajo, "
                 "una enfermedad, una crisis de vivienda. Ayude a la persona a hacer una "
                 "lista.</li>"
                 "<li><strong>Pidan una reunión.</strong> Ayude a la persona a pedir una reunión "
                 "para resolver el problema. Puede pedir otro horario de grupo, consejería por "
                 "telesalud u otro plan. Con su consentimiento, y si el programa lo permite, el "
                 "coach puede acompañarle.</li>"
                 "<li><strong>Usen el proceso de quejas.</strong> Si el programa sigue adelante, "
                 "ayude a la persona a presentar una queja con sus propias palabras, y a guardar "
                 "copias.</li>"
                 "<li><strong>Pidan tiempo y una referencia.</strong> La persona puede pedir una "
                 "reducción más lenta y que la refieran o transfieran a otro OTP o a alguien que "
                 "recete buprenorfina. La meta es que no haya ningún hueco en su atención.</li>"
                 "<li><strong>Sepan a quién más llamar.</strong> La persona puede comunicarse con "
                 "la Autoridad Estatal de Tratamiento de Opioides (State Opioid Treatment "
                 "Authority) o con la agencia estatal que da las licencias. Los grupos que "
                 "defienden a los pacientes que toman estos medicamentos también pueden "
                 "ayudar.</li>"
                 "<li><strong>Planeen la seguridad.</strong> Si la reducción sigue adelante, "
                 "asegúrese de que la persona tenga naloxona, sepa que no debe consumir a solas, y "
                 "tenga el número de teléfono de usted.</li>"
                 "</ol>"
                 "<p>Recuerde la confidencialidad. Antes de que un coach hable con el programa "
                 "sobre una persona, la persona tiene que dar su consentimiento por escrito. Los "
                 "expedientes de tratamiento en los OTP tienen protección extra bajo la norma "
                 "federal de confidencialidad 42 CFR Parte 2. Y mantenga la calma con el personal. "
                 "Abogar por alguien con respeto da mejores resultados que pelear, y deja las "
                 "puertas abiertas para la próxima persona.</p>"
                 "<p>Lleven un registro sencillo. Ayude a la persona a empezar un cuaderno o una "
                 "nota en su teléfono. Para cada cosa que pase, que anote la fecha, con quién "
                 "habló, qué se dijo y qué sigue. Una línea de tiempo clara hace más fuerte una "
                 "queja, y ayuda a que la persona se sienta menos perdida.</p>"
                 "<p>Estas situaciones también son duras para los coaches. Oír el miedo de alguien "
                 "a perder su medicamento puede despertar sus propios recuerdos. Hable de ello con "
                 "su supervisor o supervisora. Tomarse tiempo para cuidarse le ayuda a mantenerse firme para "
                 "la persona.</p>"),
                ("callout", {
                    "title": "Abogue junto con la persona, no en su lugar",
                    "text": (
                        "Ayude a la persona a encontrar las reglas, contar su historia y usar el "
                        "proceso. No le prometa que el programa no le puede dar de baja. Los "
                        "programas sí pueden dar de baja a las personas, pero hay formas justas en "
                        "que se debe hacer, y la gente puede defenderse."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Embarazo: el medicamento es el cuidado recomendado</h2>"
                 "<p>Las personas embarazadas que toman metadona enfrentan muchos juicios. A "
                 "algunas les dicen: “déjala por el bebé”. Las guías médicas dicen lo contrario. El "
                 "Colegio Americano de Obstetras y Ginecólogos (ACOG) y SAMHSA recomiendan la "
                 "metadona o la buprenorfina para las personas embarazadas con trastorno por "
                 "consumo de opioides, en lugar de pasar por la abstinencia. La abstinencia durante "
                 "el embarazo muchas veces lleva a volver a consumir, lo cual es más riesgoso para "
                 "la persona embarazada y para el bebé. SAMHSA advierte que pasar por la "
                 "abstinencia al dejar estos medicamentos durante el embarazo puede hacerles daño a "
                 "los dos.</p>"
                 "<ul>"
                 "<li>Las personas embarazadas tienen <strong>prioridad de admisión</strong> en los "
                 "OTP según la norma de 2024.</li>"
                 "<li>La dosis que se necesita puede <strong>cambiar durante el embarazo</strong>, "
                 "sobre todo en los últimos meses. Quien receta puede subir la dosis o dividirla. "
                 "El coach le ayuda a describir lo que siente, como en la Lección 3.</li>"
                 "<li><strong>Después del parto</strong>, el riesgo de volver a consumir y de "
                 "sobredosis sigue alto durante el primer año. Las guías dicen que hay que seguir "
                 "con el tratamiento durante este tiempo.</li>"
                 "</ul>"
                 "<h2>Los bebés y el NOWS</h2>"
                 "<p>Muchos bebés expuestos a la metadona o a la buprenorfina antes de nacer "
                 "muestran señales de abstinencia después de nacer. Esto se llama síndrome de "
                 "abstinencia neonatal por opioides, o NOWS (por sus siglas en inglés). ACOG y "
                 "SAMHSA dicen que es algo esperado y que tiene tratamiento. Puede que el bebé esté "
                 "inquieto, duerma mal o coma mal por un tiempo. Los hospitales saben cómo "
                 "atenderlo.</p>"
                 "<p>Un bebé con NOWS no “nace adicto”. La adicción es un patrón de conducta. Un "
                 "recién nacido puede tener dependencia física, pero no puede tener una adicción. "
                 "Palabras como esa lastiman a los padres y pueden influir en cómo los trata el "
                 "personal.</p>"
                 "<h2>Lactancia</h2>"
                 "<p>Dar pecho mientras se toma metadona o buprenorfina por lo general es seguro y "
                 "se recomienda, cuando no hay otras razones en contra. Solo pasan pequeñas "
                 "cantidades de estos medicamentos a la leche materna. ACOG recomienda la lactancia "
                 "para las personas que están estables con su medicamento y no están usando otras "
                 "drogas. Entre las razones en contra pueden estar algunas otras condiciones de "
                 "salud o volver a usar otras drogas. Los estudios relacionan la lactancia con "
                 "estancias más cortas en el hospital y con menos necesidad de medicamentos para "
                 "los bebés con NOWS. Esta decisión la toma la madre con su equipo médico.</p>"
                 "<h2>Cómo apoya un coach a las personas embarazadas y a quienes crían</h2>"
                 "<ul>"
                 "<li>Empiece desde el respeto. Elegir el tratamiento durante el embarazo es una "
                 "decisión responsable y llena de cariño.</li>"
                 "<li>Ayúdele a preparar preguntas para su obstetra, para quien le receta y para "
                 "quien atiende al bebé, como qué esperar con el NOWS y cómo alimentar a su "
                 "bebé.</li>"
                 "<li>Conéctela con apoyo para la crianza, ayuda con el cuidado de los niños y "
                 "otras mamás en recuperación asistida con medicamentos.</li>"
                 "<li>Hablen de cómo guardar de forma segura las dosis para llevar a casa en un "
                 "hogar con un bebé o con niños pequeños.</li>"
                 "<li>Después del parto, pregúntele seguido cómo está. La falta de sueño y el "
                 "estrés son duros para la recuperación de cualquiera.</li>"
                 "</ul>"
                 "<p>Muchas personas embarazadas que toman metadona tienen miedo de que las juzguen "
                 "en el hospital, o de que las reporten a los servicios de protección infantil. Las "
                 "reglas sobre esto cambian de un estado a otro, y un coach no debe adivinar. "
                 "Ayúdele a preguntarle a su equipo de salud qué puede esperar en el parto y "
                 "después, y conéctela con grupos locales de apoyo a las familias que conozcan las "
                 "reglas donde vive. El miedo del que no se habla puede alejar a la gente del "
                 "cuidado. Cuando se habla del miedo, se puede hacer un plan.</p>"
                 "<p>Criar a los hijos mientras se toma metadona también trae problemas del día a "
                 "día. Piense en Thu, que acaba de ser mamá y tiene que llevar a su bebé a la fila "
                 "de dosis todas las mañanas en invierno. Las dosis para llevar a casa, las dosis "
                 "divididas y el horario de dosis afectan a una familia joven. Son temas válidos "
                 "para que una madre los hable con quien le receta, y un coach puede ayudarle a "
                 "prepararse para preguntar.</p>"
                 "<h2>Mitos y datos comunes</h2>"
                 "<ul>"
                 "<li><strong>Mito: “Es solo cambiar una droga por otra”.</strong> Dato: la "
                 "adicción es el consumo compulsivo a pesar del daño. La metadona, tomada como se "
                 "receta, estabiliza el cerebro para que las personas puedan vivir su vida. La "
                 "dependencia física de un medicamento no es adicción. Muchas personas dependen de "
                 "un medicamento diario para otras enfermedades de largo plazo.</li>"
                 "<li><strong>Mito: “La gente que toma metadona siempre anda drogada”.</strong> "
                 "Dato: con una dosis adecuada, las personas con tolerancia no se sienten drogadas. "
                 "Muchas trabajan, estudian, manejan y crían a sus familias. Cualquier persona que "
                 "sienta sueño debe decírselo a quien le receta.</li>"
                 "<li><strong>Mito: “No estás en recuperación hasta que la dejas”.</strong> Dato: "
                 "la recuperación se trata de salud, estabilidad y una buena vida. El medicamento "
                 "es un camino. Cuánto tiempo seguir con él es decisión de la persona, con quien le "
                 "receta.</li>"
                 "<li><strong>Mito: “Una dosis más baja quiere decir que vas mejor”.</strong> Dato: "
                 "la dosis correcta es la que le funciona a esa persona. La presión para mantener "
                 "la dosis baja puede empujar a la gente a volver a consumir.</li>"
                 "<li><strong>Mito: “La metadona es más peligrosa que las drogas de la "
                 "calle”.</strong> Dato: el tratamiento con metadona baja el riesgo de morir. Los "
                 "riesgos son reales, pero se conocen: empezar con cuidado, guardarla de forma "
                 "segura y no hacer mezclas peligrosas.</li>"
                 "<li><strong>Mito: “Si les dan dosis para llevar a casa, las van a "
                 "vender”.</strong> Dato: cuando aumentaron las dosis para llevar a casa durante el "
                 "COVID, los programas reportaron muy pocos problemas de desvío o de sobredosis, y "
                 "las personas se quedaron más tiempo en tratamiento. La mayoría de las personas "
                 "cuidan mucho sus dosis para llevar a casa.</li>"
                 "<li><strong>Mito: “Tienes que ir a todos los grupos o pierdes tu dosis”.</strong> "
                 "Dato: desde 2024, las normas federales dicen que el medicamento no depende de la "
                 "consejería. La consejería se ofrece porque puede ayudar.</li>"
                 "<li><strong>Mito: “La metadona le hace daño al bebé, así que las mujeres "
                 "embarazadas deben dejarla”.</strong> Dato: la metadona o la buprenorfina es el "
                 "cuidado recomendado durante el embarazo. El NOWS es esperado y tiene "
                 "tratamiento.</li>"
                 "</ul>"
                 "<p>Cuando alguien repite un mito, sienta curiosidad antes de corregir. Pregunte "
                 "dónde lo oyó. Comparta el dato en una o dos oraciones. Comparta su propia "
                 "experiencia si viene al caso. Muchas personas que toman metadona han oído estos "
                 "mitos por años, y algunas se los creen sobre sí mismas. Sus palabras tranquilas y "
                 "correctas pueden deshacer un poco de ese daño.</p>"),
                ("scenario", {
                    "title": "Renee: “Si faltas a un grupo más, te sacamos”",
                    "situation": (
                        "Renee, de 36 años, es lakota y lleva un año en tratamiento con metadona. "
                        "Tiene dos hijos, y el mes pasado cambió la ruta de su autobús, así que ha "
                        "faltado a tres grupos de consejería. Llega con usted temblando: “Mi "
                        "consejera me dijo que si falto a un grupo más, me van a bajar la dosis "
                        "hasta quitármela y me van a dar de baja. No puedo volver a como estaba "
                        "antes. No puedo perder a mis hijos”."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "La escucha, y luego averigua con calma qué se dijo exactamente, "
                                "quién lo dijo y si hubo algo por escrito, y le ofrece ayuda para "
                                "conseguir las políticas de baja y de quejas del programa."
                            ),
                            "feedback": (
                                "Sí. Usted calma las cosas, separa los hechos del miedo y empieza "
                                "por las reglas que le están aplicando. Ella sigue a cargo."
                            ),
                            "best": True,
                            "next": (
                                "Renee consigue el manual. La amenaza fue de palabra, no por "
                                "escrito. El programa tiene un proceso de quejas y una política que "
                                "permite reuniones para resolver problemas de asistencia."
                            ),
                        },
                        {
                            "text": (
                                "Va a la clínica y le dice a la consejera que lo que está haciendo es ilegal."
                            ),
                            "feedback": (
                                "Esto le quita la situación de las manos a Renee, puede romper su "
                                "confidencialidad y podría poner al personal a la defensiva. Abogue "
                                "junto con ella, no por encima de ella."
                            ),
                            "best": False,
                            "next": (
                                "La consejera se niega a hablar de Renee con usted sin un "
                                "consentimiento firmado, y a Renee le preocupa estar ahora en más "
                                "problemas."
                            ),
                        },
                        {
                            "text": (
                                "Le dice que no se preocupe, porque con la nueva norma federal "
                                "nunca la pueden dar de baja."
                            ),
                            "feedback": (
                                "No es correcto. La norma dice que el medicamento no debe depender "
                                "de la consejería, pero los programas todavía pueden dar de baja a "
                                "las personas en algunas situaciones, y las reglas del estado "
                                "cuentan. Un falso consuelo puede dejarla sin preparación."
                            ),
                            "best": False,
                            "next": (
                                "Renee se tranquiliza y no hace nada. Dos semanas después recibe un "
                                "aviso por escrito y la toma por sorpresa."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Renee quiere quedarse en su programa. ¿Cuál es el siguiente paso más útil?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Le ayuda a hacer una lista de sus barreras, a pedir una "
                                    "reunión para solicitar otro horario de grupo o consejería por "
                                    "telesalud, y a prepararse para usar el proceso de quejas, "
                                    "incluido pedir una referencia o una transferencia si las cosas "
                                    "llegan a eso."
                                ),
                                "feedback": (
                                    "Sí. Ella resuelve el problema real, usa sus derechos y planea "
                                    "para que no haya ningún hueco en su atención. Usted puede "
                                    "acompañarla si ella quiere y el programa lo permite."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Le sugiere que empiece desde ahora a bajarse la dosis ella "
                                    "misma, para que la reducción sea más fácil si llega a pasar."
                                ),
                                "feedback": (
                                    "Esto es un consejo médico, y podría llevar a la abstinencia y "
                                    "a volver a consumir. Los cambios de dosis les corresponden a "
                                    "Renee y a quien le receta."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Le dice que no diga nada y que busque la forma de ir a todos "
                                    "los grupos, aunque eso signifique dejar solos a sus hijos."
                                ),
                                "feedback": (
                                    "Esto ignora una barrera real y la seguridad de sus hijos. "
                                    "Ayúdele a pedir un plan que se ajuste a su vida."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Imani tiene siete meses de embarazo y toma metadona. Su tía le dice "
                            "que tiene que dejarla ya, o el bebé va a “nacer adicto”. ¿Qué "
                            "respuesta va de acuerdo con las guías?"
                        ),
                        "choices": [
                            ("ACOG y SAMHSA recomiendan seguir con la metadona o la buprenorfina "
                             "durante el embarazo; si el bebé tiene señales de abstinencia, eso es "
                             "esperado y tiene tratamiento", True),
                            ("Su tía tiene razón, y debería reducir la dosis poco a poco hasta "
                             "dejarla antes de que nazca el bebé", False),
                            ("Debería dejarla de golpe para que el bebé no siga expuesto", False),
                        ],
                        "explanation": (
                            "El medicamento es el cuidado recomendado durante el embarazo. Dejarlo, "
                            "y sobre todo dejarlo de golpe, tiene riesgos. El NOWS es esperado y "
                            "tiene tratamiento, y un recién nacido no puede tener una adicción."
                        ),
                    },
                    {
                        "prompt": (
                            "¿Qué es una reducción involuntaria de la dosis?"
                        ),
                        "choices": [
                            ("El programa baja la dosis hasta cero siguiendo un calendario que la "
                             "persona no eligió", True),
                            ("Una reducción de la dosis que la persona pide y planea con quien le "
                             "receta", False),
                            ("Dividir la dosis diaria en dos partes", False),
                        ],
                        "explanation": (
                            "Una reducción involuntaria, o retiro administrativo, la decide el "
                            "programa. Una reducción voluntaria es el plan propio de la persona. "
                            "Una dosis dividida es algo completamente distinto."
                        ),
                    },
                ]}),
            ],
        },
    ],
    "quiz": {
        "slug": "module-2-check",
        "title": "Prueba del módulo 2: La metadona y los programas de tratamiento de opioides",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Luis lleva tres semanas en su OTP. Le dice a usted: “Me dijeron que las dosis "
                    "para llevar a casa son algo que uno se gana con el tiempo, así que tengo que "
                    "esperar meses”. ¿Cuál es la respuesta más correcta y útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Según la norma de 2024, su profesional de salud decide con él usando su "
                     "criterio clínico, dentro de límites que crecen con los días en tratamiento; "
                     "usted puede ayudarle a prepararse para esa conversación", True),
                    ("Tiene razón: las normas federales todavía obligan a todo el mundo a esperar "
                     "90 días antes de recibir más de una dosis para llevar a casa por semana", False),
                    ("Las normas federales ahora les dan a todos 28 dosis para llevar a casa "
                     "después de un mes", False),
                    ("Las dosis para llevar a casa las decide su consejero o consejera, así que "
                     "debe ir a todos los grupos para ganárselas", False),
                ],
                "explanation": (
                    "La norma de 2024 reemplazó los pasos fijos de 90 días con el criterio clínico "
                    "del profesional de salud, dentro de topes de 7, 14 y 28 días. Nada es "
                    "automático, y los estados pueden ser más estrictos. Ir a consejería no es una "
                    "condición para recibir el medicamento."
                ),
            },
            {
                "prompt": (
                    "Dolores dice que su metadona “se le pasa” todas las tardes. ¿Cuáles de estas "
                    "respuestas de un coach son útiles? Elija todas las que apliquen."
                ),
                "multiple": True,
                "choices": [
                    ("Ayudarle a llevar un registro de la hora de la dosis, de cuándo empiezan los "
                     "síntomas, de cuáles son y de qué tan fuertes", True),
                    ("Ayudarle a pedir una cita médica con quien le receta y practicar lo que va a "
                     "decir", True),
                    ("Preguntarle si algo cambió últimamente, como medicamentos nuevos, una "
                     "enfermedad o el horario de trabajo, para que lo pueda mencionar", True),
                    ("Decirle que una dosis de menos de 80 por lo general es demasiado baja", False),
                    ("Sugerirle que guarde parte de su dosis para llevar a casa para tomársela en "
                     "la tarde", False),
                ],
                "explanation": (
                    "Un coach ayuda a la persona a describir el horario, los síntomas y los "
                    "cambios, y a hacérselo llegar a quien le receta. Juzgar una dosis o sugerirle "
                    "que la divida por su cuenta es un consejo médico y podría ser peligroso."
                ),
            },
            {
                "prompt": (
                    "Kenji vive a dos horas del OTP más cercano. Pregunta si puede empezar la "
                    "metadona por teléfono. ¿Qué es correcto según la norma de 2024?"
                ),
                "multiple": False,
                "choices": [
                    ("La evaluación antes de empezar la metadona puede ser por video si el "
                     "profesional de salud la considera adecuada, pero no solo por teléfono", True),
                    ("La metadona se puede empezar con una llamada y se la pueden mandar por correo "
                     "a su casa", False),
                    ("La telesalud no está permitida para nada para los pacientes de un OTP", False),
                    ("Las citas solo por teléfono están permitidas para la metadona, pero no para "
                     "la buprenorfina", False),
                ],
                "explanation": (
                    "Para la buprenorfina, se permiten evaluaciones solo con audio o por video. "
                    "Para la metadona, se permite el video (con audio e imagen), pero no solo el "
                    "teléfono, por el riesgo más alto de la metadona. El OTP sigue entregando el "
                    "medicamento."
                ),
            },
            {
                "prompt": (
                    "En consejería le dijeron a Yolanda que va a perder su dosis si sigue faltando "
                    "al grupo. ¿Cuál es el mejor primer paso para su coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Escucharla, averiguar exactamente qué se dijo y si fue por escrito, y "
                     "ayudarle a conseguir las políticas de baja y de quejas del programa", True),
                    ("Llamar de inmediato a su consejero o consejera y exigirle una disculpa", False),
                    ("Decirle que, por la norma federal, nunca la pueden dar de baja", False),
                    ("Aconsejarle que se baje la dosis desde ahora para prepararse para una "
                     "reducción", False),
                ],
                "explanation": (
                    "Empiece por los hechos y las reglas por escrito, y deje que Yolanda siga a "
                    "cargo. Actuar sin su consentimiento, darle un falso consuelo o darle consejos "
                    "sobre la dosis le puede hacer daño."
                ),
            },
            {
                "prompt": (
                    "Beth está embarazada y toma metadona. Pregunta si va a poder dar pecho. ¿Cuál "
                    "es la mejor respuesta de un coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Dar pecho mientras se toma metadona por lo general es seguro y se recomienda "
                     "cuando no hay otras razones en contra; ella lo puede planear con su equipo "
                     "médico", True),
                    ("No, la metadona en la leche materna hará que el bebé se vuelva dependiente", False),
                    ("Solo si deja la metadona antes del parto", False),
                    ("Sí, en todos los casos, sin importar qué más esté pasando", False),
                ],
                "explanation": (
                    "ACOG y SAMHSA recomiendan la lactancia para las personas estables con metadona "
                    "o buprenorfina cuando no hay otras razones en contra, como algunas otras "
                    "condiciones de salud o volver a usar otras drogas. La decisión es de ella, con "
                    "su equipo."
                ),
            },
            {
                "prompt": (
                    "Frank acaba de recibir su primera semana de dosis para llevar a casa. Sus "
                    "nietos lo visitan los fines de semana. ¿Cuáles de estos son buenos puntos para "
                    "una plática tranquila sobre seguridad? Elija todos los que apliquen."
                ),
                "multiple": True,
                "choices": [
                    ("Guardar las dosis en una caja con llave, con la llave lejos de la caja", True),
                    ("Si un niño pudo haber tragado algo, llamar al 911 de inmediato, aunque el "
                     "niño parezca estar bien", True),
                    ("Tener naloxona en la casa y saber cómo usarla", True),
                    ("Pasar las dosis a un solo frasco sin etiqueta para ahorrar espacio", False),
                    ("Un traguito no le hace daño a un niño, así que no hay de qué preocuparse", False),
                ],
                "explanation": (
                    "Una dosis que es segura para Frank puede matar a un niño. Guardarlas bajo "
                    "llave en los frascos con etiqueta, tener un plan de emergencia y tener "
                    "naloxona protegen a su familia y sus dosis para llevar a casa."
                ),
            },
            {
                "prompt": (
                    "En una reunión familiar, el hermano de Priya dice: “La metadona es solo "
                    "cambiar una droga por otra”. Priya voltea a verle a usted. ¿Cuál es la "
                    "respuesta más útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Preguntarle dónde escuchó eso, y luego explicarle en pocas palabras que la "
                     "adicción es el consumo compulsivo a pesar del daño, mientras que la metadona "
                     "tomada como se receta estabiliza el cerebro para que Priya pueda vivir su "
                     "vida", True),
                    ("Darle la razón en que no es lo ideal, pero decir que es mejor que las drogas "
                     "de la calle", False),
                    ("Decirle que está equivocado y que está estigmatizando a su hermana", False),
                    ("Decir que está bien siempre que ella la deje antes de un año", False),
                ],
                "explanation": (
                    "Primero la curiosidad, luego un dato corto y correcto. Darle la razón al mito "
                    "o ponerle un límite de tiempo a su medicamento le resta valor a su "
                    "recuperación; regañar por lo general cierra la conversación."
                ),
            },
            {
                "prompt": (
                    "Trevor dice: “No sabía que podía entrar a la clínica. Solo llevo unos seis "
                    "meses usando opioides”. ¿Qué es correcto?"
                ),
                "multiple": False,
                "choices": [
                    ("Desde 2024, ya no existe la regla de un año de historial; un profesional de "
                     "salud decide según lo que él necesita", True),
                    ("Tiene que esperar hasta tener un año completo de consumo de opioides", False),
                    ("Tiene que fracasar en otros dos tratamientos antes de que un OTP lo pueda "
                     "admitir", False),
                    ("Solo lo pueden admitir si primero acepta ir a consejería cada semana", False),
                ],
                "explanation": (
                    "La norma de 2024 quitó el requisito de un año de historial. Un profesional de "
                    "salud decide si él tiene trastorno por consumo de opioides, si está en "
                    "remisión o si tiene un alto riesgo. El medicamento ya no depende de la "
                    "consejería."
                ),
            },
            {
                "prompt": (
                    "Quien le receta a Mei empezó a dividir su dosis diaria en una parte en la "
                    "mañana y otra en la noche. Su amiga Tonya quiere hacer lo mismo por su cuenta. "
                    "¿Qué debería decirle a Tonya su coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Dividir una dosis es una decisión de quien receta; el coach puede ayudar a "
                     "Tonya a describir lo que siente y a preguntar sobre esto en una cita médica", True),
                    ("Dividirla es seguro para todo el mundo, así que puede guardar la mitad de "
                     "cada dosis para llevar a casa", False),
                    ("Las dosis divididas solo se permiten durante el embarazo", False),
                    ("Debería pedirle a enfermería en la ventanilla que se la divida a partir de "
                     "mañana", False),
                ],
                "explanation": (
                    "Quienes recetan dividen la dosis de algunas personas, por ejemplo cuando el "
                    "cuerpo elimina la metadona rápido o durante el embarazo. Es una decisión "
                    "médica. El coach apoya a Tonya para que lleve su experiencia a quien le "
                    "receta."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Quienes participen podrán explicar cómo funciona un programa de tratamiento de "
            "opioides, desde la admisión hasta la dosis diaria, la consejería y los servicios.",
            "Quienes participen podrán describir los cambios principales de la norma federal de "
            "2024 para los OTP, incluidos los límites de las dosis para llevar a casa, la "
            "consejería, la admisión y la telesalud.",
            "Quienes participen podrán ayudar a una persona a describir una dosis que parece no "
            "durar, y a llevar esa información a quien le receta, sin juzgar la dosis.",
            "Quienes participen podrán apoyar a una persona que enfrenta una baja administrativa o "
            "una reducción involuntaria de la dosis para que use sus derechos.",
            "Quienes participen podrán responder a mitos comunes sobre la metadona, el embarazo y "
            "la lactancia con datos correctos y respetuosos.",
        ],
        "agenda": [
            {
                "title": "Bienvenida y el viaje diario",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Dé la bienvenida al grupo. Diga que la metadona es un medicamento y que "
                    "tomarla es recuperación. Pida a quienes se sientan con confianza que compartan "
                    "una palabra sobre cómo se sentía el viaje diario a la clínica, o cómo se "
                    "imaginan que se siente. Escriba las palabras en un rotafolio y déjelo a la "
                    "vista durante toda la sesión."
                ),
                "materials": ["Rotafolio", "Marcadores"],
                "questions": [
                    "¿Qué palabra describe el viaje diario a la clínica?",
                    "¿Qué le ayudó a usted, o a alguien que conoce, en las primeras semanas en un OTP?",
                ],
            },
            {
                "title": "Qué cambió en 2024",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Repase la norma de 2024 usando la hoja para participantes. Cubra las fechas: "
                    "se publicó el 2 de febrero de 2024, entró en vigor el 2 de abril de 2024 y "
                    "había que cumplirla a más tardar el 2 de octubre de 2024. Cubra la admisión "
                    "(ya no hay regla de un año, y las personas embarazadas tienen prioridad), que "
                    "el medicamento no depende de la consejería, las dosis para llevar a casa según "
                    "el criterio clínico con topes de 7, 14 y 28 días, y la telesalud (video o "
                    "teléfono para la buprenorfina, solo video para empezar la metadona). Recalque "
                    "que los estados y los programas pueden ser más estrictos. Muestre con su "
                    "ejemplo el cambio de lenguaje: una decisión compartida, no algo que se gana."
                ),
                "materials": [
                    "Hoja para participantes: La norma de 2024 para los OTP de un vistazo",
                    "Diapositivas o rotafolio",
                ],
            },
            {
                "title": "Cómo describir una dosis que no dura",
                "minutes": 5,
                "method": "demonstration",
                "description": (
                    "Quienes cofacilitan muestran dos versiones cortas de la misma conversación. En "
                    "la primera, el coach dice que la dosis suena muy baja. En la segunda, el coach "
                    "pregunta sobre el horario, los síntomas, la intensidad, los cambios y el "
                    "impacto, y ofrece el registro de dosis. Pregunte al grupo qué fue diferente y "
                    "por qué la segunda mantiene al coach fuera de las decisiones médicas."
                ),
                "materials": ["Hoja para participantes: Mi registro de dosis"],
            },
            {
                "title": "Juego de roles: el turno que dura más que la dosis",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Formen grupos de tres. Si el tiempo alcanza, cada persona hace cada papel una "
                    "vez (unos cuatro minutos por ronda, con un minuto de comentarios de quien "
                    "observa). El coach ayuda al participante a describir lo que siente y a planear "
                    "cómo llegar a quien le receta. En los últimos dos minutos, comenten con todo "
                    "el grupo: ¿qué ayudó, y en qué momento alguien cayó en dar consejos?"
                ),
                "materials": [
                    "Tarjetas de roles",
                    "Hoja para participantes: Mi registro de dosis",
                    "Listas de verificación para quien observa",
                ],
                "roles": [
                    "Coach de recuperación",
                    "Participante (Sr. Okafor, 52 años, en tratamiento con metadona desde hace 6 "
                    "años, trabaja de noche haciendo limpieza en un hospital)",
                    "Observador/a",
                ],
                "script": (
                    "El Sr. Okafor ha estado estable con la metadona por años. Hace tres semanas se "
                    "cambió al turno de noche. Toma su dosis a las 7 de la mañana, camino a su "
                    "casa. Empieza diciendo: “No lo entiendo. He estado bien seis años. Ahora, como "
                    "a las 2 de la mañana, estoy sudando y tengo el estómago hecho nudos, y no dejo "
                    "de pensar en consumir. Un compañero del trabajo dice que nada más me tome "
                    "doble con el frasco del domingo. Me da vergüenza decírselo al doctor, como si "
                    "estuviera fallando”. Si el coach le pregunta por cambios, menciona el nuevo "
                    "turno y que el mes pasado empezó un medicamento nuevo que le dio su médico de "
                    "siempre."
                ),
                "observer_checklist": [
                    "El coach usó preguntas abiertas sobre el horario, los síntomas y qué tan fuertes son",
                    "El coach preguntó por cambios recientes, como el nuevo turno o medicamentos nuevos",
                    "El coach no juzgó la dosis ni sugirió cambiarla, dividirla o tomar doble",
                    "El coach respondió a la vergüenza con respeto y sin sermonear",
                    "El coach ayudó a planear cómo pedir una cita médica y qué decir",
                    "El coach confirmó lo que quiere el participante y le ofreció dar seguimiento",
                ],
            },
            {
                "title": "Amenazas de baja, embarazo y mitos",
                "minutes": 15,
                "method": "small_group",
                "description": (
                    "Divida a las personas en tres grupos pequeños. El grupo uno trabaja con la "
                    "historia de Renee de la Lección 4 y hace una lista de los pasos que sigue un "
                    "par cuando amenazan a alguien con darle de baja. El grupo dos le responde a "
                    "una persona embarazada cuya familia dice que la metadona hará que el bebé "
                    "“nazca adicto”, e incluye el NOWS y la lactancia. El grupo tres escoge tres "
                    "mitos y escribe para cada uno una respuesta de dos oraciones que empiece con "
                    "curiosidad. Dé a los grupos ocho minutos para trabajar; luego cada grupo "
                    "comparte lo suyo en unos dos minutos."
                ),
                "materials": [
                    "Hoja para participantes: Si su programa habla de darle de baja",
                    "Papel de rotafolio para cada grupo",
                ],
            },
            {
                "title": "La seguridad en casa y el cierre",
                "minutes": 10,
                "method": "teach_back",
                "description": (
                    "En parejas, una persona explica cómo guardar de forma segura las dosis para "
                    "llevar a casa, como si le hablara a un abuelo o a una abuela a quien visitan "
                    "sus nietos: caja con llave, llave guardada aparte, frascos con etiqueta, nunca "
                    "compartir, 911 si un niño pudo haber tragado algo, naloxona en la casa. La "
                    "otra persona da un comentario, y luego cambian. Para cerrar, pida a cada "
                    "persona que nombre una cosa que va a hacer diferente como coach, y recuerde al "
                    "grupo que toda decisión médica queda en manos de la persona y de quien le "
                    "receta."
                ),
                "materials": [
                    "Una caja con llave de muestra, si hay",
                    "Kit de capacitación en naloxona, si hay",
                ],
            },
        ],
        "handouts": [
            {
                "title": "La norma de 2024 para los OTP de un vistazo",
                "text": (
                    "La norma federal para los programas de tratamiento de opioides (42 CFR Parte "
                    "8) se actualizó en 2024. Se publicó el 2 de febrero de 2024, entró en vigor el "
                    "2 de abril de 2024, y los programas tenían que cumplirla a más tardar el 2 de "
                    "octubre de 2024. Los estados y los programas todavía pueden tener reglas más "
                    "estrictas.\n\n"
                    "Admisión\n"
                    "- Ya no se exige un año de historial de consumo de opioides.\n"
                    "- Las personas menores de 18 años ya no tienen que fracasar primero en dos "
                    "tratamientos.\n"
                    "- Las personas embarazadas tienen prioridad.\n"
                    "- El medicamento no depende de ir a consejería. Los programas todavía deben "
                    "ofrecerla.\n\n"
                    "Dosis para llevar a casa\n"
                    "- Las decide el profesional de salud del programa, con su criterio clínico, "
                    "junto con la persona.\n"
                    "- Topes: hasta 7 días en los primeros 14 días, hasta 14 días desde el día 15, "
                    "hasta 28 días desde el día 31.\n"
                    "- Dosis extra para llevar a casa para los días en que la clínica está cerrada.\n"
                    "- Esto es lo máximo permitido, no una promesa.\n\n"
                    "Telesalud para empezar el tratamiento\n"
                    "- Buprenorfina: se permite la evaluación por video o solo por teléfono.\n"
                    "- Metadona: se permite la evaluación por video; solo por teléfono, no.\n"
                    "- La metadona la sigue entregando el OTP.\n\n"
                    "Pregunte: ¿esto es una norma federal, una regla del estado o una política del programa?"
                ),
            },
            {
                "title": "Mi registro de dosis",
                "text": (
                    "Úselo de tres a siete días. Llévelo a una cita médica con quien le receta. Es "
                    "para usted y para quien le receta, no para que su coach lo juzgue.\n\n"
                    "Cada día, escriba:\n"
                    "- La hora en que tomé mi dosis.\n"
                    "- La hora en que empecé a sentir síntomas, si los sentí.\n"
                    "- Lo que sentí, en mis propias palabras (por ejemplo bostezos, sudor, dolores, "
                    "cólicos, inquietud, problemas para dormir, ansias).\n"
                    "- Qué tan fuerte fue, del 0 al 10.\n"
                    "- Si en algún momento sentí demasiado sueño, y cuándo.\n"
                    "- Qué me impidió hacer (trabajo, dormir, cuidar a mis hijos, otra cosa).\n\n"
                    "También anote cualquier cambio: medicamentos nuevos, un trabajo o turno nuevo, "
                    "embarazo, enfermedad o cambios en el sueño.\n\n"
                    "Lo que quiero preguntarle a quien me receta:\n"
                    "- “Esto es lo que siento y cuándo lo siento. ¿Cuáles son mis opciones?”\n\n"
                    "Si cuesta mucho despertar a alguien o respira lento, llame al 911 y use naloxona."
                ),
            },
            {
                "title": "Si su programa habla de darle de baja",
                "text": (
                    "Mantenga la calma y reúna los hechos. Usted tiene opciones.\n\n"
                    "- Escriba qué se dijo, quién lo dijo y cuándo.\n"
                    "- Pida por escrito la política de baja y el proceso de quejas del programa.\n"
                    "- Pida por escrito cualquier aviso, con las razones.\n"
                    "- Haga una lista de lo que le está estorbando (autobús, cuidado de los niños, "
                    "trabajo, salud, vivienda).\n"
                    "- Pida una reunión para resolver el problema, por ejemplo un nuevo horario de "
                    "grupo o consejería por telesalud.\n"
                    "- Puede llevar a una persona de apoyo, como su coach de recuperación, si el "
                    "programa lo permite.\n"
                    "- Use el proceso de quejas, y guarde copias de todo.\n"
                    "- Pida una reducción más lenta de la dosis y que le refieran o transfieran a "
                    "otro programa o a otro profesional que recete, para que no haya ningún hueco "
                    "en su atención.\n"
                    "- Puede comunicarse con la Autoridad Estatal de Tratamiento de Opioides (State "
                    "Opioid Treatment Authority) o con la agencia estatal que da las licencias, y "
                    "con grupos que defienden a los pacientes.\n"
                    "- Tenga naloxona con usted, no consuma a solas, y manténgase en contacto con "
                    "sus apoyos.\n\n"
                    "Su coach solo compartirá información sobre usted con su consentimiento por escrito."
                ),
            },
        ],
    },
}
