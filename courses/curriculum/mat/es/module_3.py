"""Módulo 3 de MAT: Buprenorfina, naltrexona y naloxona. Cómo funcionan los dos medicamentos de
tratamiento, la respuesta a una sobredosis, la xilacina y la reducción de daños."""

from ..module_3 import MODULE as ENGLISH

MODULE = {
    "slug": "buprenorphine-naltrexone-naloxone",
    "title": "Buprenorfina, naltrexona y naloxona",
    "domain": "recovery-wellness-support",
    "intro": (
        "La buprenorfina y la naltrexona tratan el trastorno por consumo de opioides de formas muy "
        "distintas, y la naloxona salva vidas cuando ocurre una sobredosis. Este módulo muestra cómo "
        "un coach entre pares apoya a las personas que toman cada medicamento, cómo responde a una "
        "sobredosis y cómo trae la reducción de daños al trabajo de todos los días, sin dar nunca "
        "consejos médicos."
    ),
    "minutes": 45,
    # Citations of English-language publications: the English module's own list.
    "sources": ENGLISH["sources"],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "buprenorphine-how-it-works-and-where-to-get-it",
            "title": "Buprenorfina: cómo funciona y dónde la consiguen las personas",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Un medicamento que baja el volumen</h2>"
                 "<p>La buprenorfina es uno de los tres medicamentos que la FDA (la agencia federal de "
                 "alimentos y medicamentos) ha aprobado para tratar el trastorno por consumo de "
                 "opioides. Los otros dos son la metadona y la naltrexona. Muchas personas conocen la "
                 "buprenorfina por una marca, como Suboxone, o le dicen “bupe” o “subs”. Usted va a "
                 "conocer a personas que la toman en casi todos los lugares donde trabaje. Las va a "
                 "conocer en un centro comunitario de pares y en viviendas de recuperación. Las va a "
                 "conocer en un programa de tratamiento de opioides, en un grupo de reinserción para "
                 "personas que salen de la cárcel y en la mesa de la cocina en pueblos pequeños, "
                 "donde la clínica más cercana queda a una hora.</p>"
                 "<p>La buprenorfina es un <strong>agonista parcial</strong>. Un agonista es una "
                 "droga que activa los receptores de opioides en el cerebro. Los receptores son como "
                 "pequeñas cerraduras en las células del cerebro, y los opioides son llaves que "
                 "entran en ellas. La heroína, el fentanilo, la oxicodona y la metadona son "
                 "agonistas completos. Giran la cerradura por completo. La buprenorfina la gira solo "
                 "en parte. Para la mayoría de las personas, eso basta para aliviar la abstinencia y "
                 "calmar las ansias. Le permite a la persona sentirse estable y pensar con claridad. "
                 "No produce la misma euforia (el “high”) que un agonista completo.</p>"
                 "<p>La buprenorfina también se agarra al receptor con mucha fuerza. Se aferra a la "
                 "cerradura más que la mayoría de los otros opioides. Eso importa de dos maneras. "
                 "Primero, mientras está en la cerradura, a los otros opioides les cuesta entrar. "
                 "Por eso, consumir otros opioides encima de ella muchas veces da menos efecto del "
                 "que la persona espera. Segundo, puede sacar a otros opioides de la cerradura. La "
                 "próxima lección explica por qué ese segundo punto hace que la primera dosis sea "
                 "un paso que se da con cuidado.</p>"
                 "<h2>El efecto techo</h2>"
                 "<p>Como es solo un agonista parcial, la buprenorfina tiene un techo. Después de "
                 "cierta dosis, su efecto sobre la respiración deja de aumentar. Tomar más no sigue "
                 "haciendo la respiración más lenta, como sí pasaría con más heroína o fentanilo. "
                 "Esta es una razón importante por la que la buprenorfina, tomada sola y como fue "
                 "recetada, tiene un riesgo más bajo de sobredosis mortal que los agonistas "
                 "completos.</p>"
                 "<p>El techo no es un escudo mágico. El riesgo sube mucho cuando la buprenorfina se "
                 "mezcla con otras cosas que hacen más lenta la respiración. Las principales son el "
                 "alcohol, las benzodiacepinas (sedantes como Xanax, Valium o Klonopin), las "
                 "pastillas para dormir y algunos otros medicamentos calmantes. La FDA ha advertido "
                 "sobre estas mezclas. La FDA también ha dicho que no se le debe negar la "
                 "buprenorfina o la metadona a una persona solo porque toma benzodiacepinas. El daño "
                 "de un trastorno por consumo de opioides sin tratar puede ser mayor que el riesgo "
                 "de la mezcla, y una atención cuidadosa de parte de quien receta puede bajar ese "
                 "riesgo.</p>"
                 "<p>¿Qué significa esto para usted como coach? Usted no decide si una mezcla de "
                 "medicamentos es segura. Ese es el trabajo del profesional que receta. Su trabajo es "
                 "animar a la persona a contarle a cada profesional que le receta sobre cada "
                 "medicamento y sustancia que toma, incluido el alcohol. Si le da vergüenza, usted "
                 "puede ayudarle a practicar cómo decirlo en voz alta. Y puede asegurarse de que la "
                 "persona, y la gente con quien vive, tengan naloxona a la mano.</p>"
                 "<h2>Las formas en que viene la buprenorfina</h2>"
                 "<ul>"
                 "<li><strong>Películas y tabletas.</strong> La mayoría de las personas toma una "
                 "película (una tira delgada) o una tableta que se disuelve debajo de la lengua o "
                 "dentro de la mejilla. No se traga. La mayoría de estos productos también contiene "
                 "naloxona. Si se toma como se indica, la naloxona hace muy poco, porque la boca "
                 "absorbe solo una pequeña cantidad. Está ahí para desanimar a las personas de "
                 "inyectarse el medicamento. También hay tabletas que solo tienen "
                 "buprenorfina.</li>"
                 "<li><strong>Inyecciones que duran una semana o un mes.</strong> Se llaman "
                 "inyecciones de liberación prolongada. Una persona del equipo de salud pone la inyección "
                 "debajo de la piel. La primera inyección mensual de buprenorfina se aprobó en 2017. "
                 "En 2023, la FDA aprobó otra que viene en forma semanal y mensual. Las inyecciones "
                 "son para personas que ya empezaron la buprenorfina, casi siempre primero por la "
                 "boca. El profesional que receta decide si una inyección es adecuada y "
                 "cuándo.</li>"
                 "</ul>"
                 "<p>A algunas personas les gusta la inyección. No tienen que tomar una dosis cada "
                 "día. No tienen que preocuparse por una película perdida o robada, ni guardar "
                 "medicamento en casa cerca de niños. Otras prefieren tener su propio medicamento y "
                 "acordar los cambios con quien les receta. Ninguna de las dos opciones es una "
                 "recuperación más “de verdad”. Ayude a la persona a pensar en lo que le importa, y "
                 "ayúdele a llevar sus preguntas a quien le receta.</p>"
                 "<h2>¿Por cuánto tiempo se toma?</h2>"
                 "<p>No hay una fecha fija para terminar. La guía TIP 63 de SAMHSA dice que las "
                 "personas pueden seguir con el medicamento mientras les siga ayudando. Algunas "
                 "personas lo toman por meses. Muchas lo toman por años. Algunas lo toman por el "
                 "resto de su vida, como otras personas toman medicina para la presión alta. "
                 "Cualquier plan para bajar la dosis o dejarlo le pertenece a la persona y a quien "
                 "le receta, y lo hacen juntos.</p>"
                 "<p>A veces un dueño de vivienda, una corte, un empleador, un programa o un familiar "
                 "presiona a alguien para que lo deje. Si una persona le dice que se siente "
                 "presionada, primero escuche. Luego ayúdele a llevar esa preocupación a quien le "
                 "receta, y a alguien que la defienda si lo necesita. Seguir con el medicamento no "
                 "es un fracaso. Es un tratamiento que funciona.</p>"
                 "<h2>El fin de la exención X</h2>"
                 "<p>Por más de veinte años, la mayoría de los profesionales clínicos necesitaba un "
                 "permiso federal especial para recetar buprenorfina para el trastorno por consumo "
                 "de opioides. Le decían la “exención X” (X-waiver). Traía pasos adicionales y "
                 "límites en la cantidad de pacientes que un profesional podía tratar. Muchos "
                 "profesionales nunca lo obtuvieron. Las personas esperaban semanas, o manejaban "
                 "por horas, para encontrar a alguien que les recetara.</p>"
                 "<p>Eso cambió a principios de 2023. Una ley federal, la Consolidated "
                 "Appropriations Act of 2023 (Ley de Asignaciones Consolidadas de 2023), eliminó la "
                 "exención. SAMHSA, la agencia federal de salud mental y consumo de sustancias, dice "
                 "que ahora cualquier profesional con un registro vigente de la DEA que incluya "
                 "medicamentos de la Lista III (Schedule III) puede recetar buprenorfina para el "
                 "trastorno por consumo de opioides, si la ley estatal lo permite. La DEA es la "
                 "Administración para el Control de Drogas. La Lista III es el grupo legal al que "
                 "pertenece la buprenorfina. En palabras sencillas, un profesional que ya puede "
                 "recetar medicamentos parecidos ahora también puede recetar buprenorfina. Los "
                 "límites de pacientes también desaparecieron.</p>"
                 "<p>Esto no significa que todos los profesionales vayan a decir que sí. Algunos "
                 "todavía se niegan, muchas veces por estigma o por falta de experiencia. Un coach "
                 "puede ayudar a una persona a preguntarle de forma directa a su propio proveedor "
                 "de atención primaria. Una persona podría decir: “Tengo un trastorno por consumo "
                 "de opioides y quiero empezar con buprenorfina. ¿Me la puede recetar? Si no, ¿me "
                 "puede referir a alguien que sí lo haga?”. Practíquenlo juntos hasta que se sienta "
                 "natural.</p>"
                 "<h2>Dónde consiguen las personas la buprenorfina</h2>"
                 "<ul>"
                 "<li><strong>Consultorios.</strong> Incluyen consultorios de atención primaria, "
                 "centros de salud comunitarios y clínicas de medicina de adicciones. La persona "
                 "surte la receta en una farmacia.</li>"
                 "<li><strong>Programas de tratamiento de opioides (OTP).</strong> Estas clínicas "
                 "son más conocidas por la metadona, pero también pueden ofrecer "
                 "buprenorfina.</li>"
                 "<li><strong>Salas de emergencias.</strong> Algunas salas de emergencias de "
                 "hospitales empiezan la buprenorfina, por ejemplo después de una sobredosis o "
                 "durante una abstinencia fuerte. Luego conectan a la persona con una clínica para "
                 "seguir la atención. SAMHSA tiene una guía que enseña a las salas de emergencias "
                 "cómo hacerlo. No todos los hospitales lo hacen todavía.</li>"
                 "<li><strong>Telesalud.</strong> Una norma federal de 2024 permite que los "
                 "programas de tratamiento de opioides empiecen la buprenorfina después de una "
                 "visita por video o incluso de una llamada telefónica. Las reglas para otros "
                 "profesionales que recetan por telesalud han cambiado varias veces desde 2020. Una "
                 "norma de principios de 2025 permite un primer suministro por teléfono bajo "
                 "ciertas condiciones, pero su fecha de inicio se ha aplazado más de una vez. "
                 "Revise las reglas vigentes en su estado antes de decirle a alguien qué es "
                 "posible.</li>"
                 "</ul>"
                 "<p>La ayuda práctica muchas veces hace la diferencia. Una persona puede necesitar "
                 "transporte, un teléfono con suficientes minutos para una visita de telesalud o un "
                 "lugar tranquilo para hablar. Puede necesitar ayuda para llamar a la farmacia antes "
                 "y preguntar si tienen el medicamento. Estas son tareas de todos los días, y son "
                 "apoyo real para la recuperación.</p>"),
                ("callout", {
                    "title": "No se salga de su papel, y camine a su lado",
                    "text": (
                        "Usted nunca le dice a nadie qué medicamento tomar, qué dosis es la correcta "
                        "ni cuándo empezar o dejar un medicamento. Usted ayuda a la persona a poner en "
                        "palabras lo que siente y a llevarlo a quien le receta. Ayuda con transporte, "
                        "llamadas y papeles. Le recuerda que el medicamento es un camino válido hacia "
                        "la recuperación."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Ruth, de 67 años, toma buprenorfina. Su médico acaba de agregarle una "
                            "pastilla para dormir, y ella toma una copa de vino casi todas las "
                            "noches. Le pregunta a usted si eso está bien. ¿Cuál es la respuesta más "
                            "útil de un coach?"
                        ),
                        "choices": [
                            ("Animarla a contarles a quienes le recetan sobre la pastilla para dormir "
                             "y el vino, ofrecerle ayuda para hacer una lista de todo lo que toma y "
                             "asegurarse de que tenga naloxona en casa.", True),
                            ("Decirle que, por el efecto techo, la buprenorfina es segura con "
                             "cualquier cosa.", False),
                            ("Decirle que deje la pastilla para dormir esta misma noche para estar "
                             "segura.", False),
                        ],
                        "explanation": (
                            "El alcohol y las pastillas para dormir pueden aumentar el riesgo de que "
                            "la respiración se vuelva lenta. Un coach no decide si la mezcla es "
                            "segura ni cambia medicamentos. El coach ayuda a Ruth a darles a quienes "
                            "le recetan el panorama completo y se asegura de que tenga la naloxona "
                            "cerca."
                        ),
                    },
                    {
                        "prompt": (
                            "Pa, de 41 años, dice que su médico de familia le dijo que no puede "
                            "recetarle buprenorfina sin una licencia especial. ¿Qué cambió en 2023 "
                            "que puede ayudar a Pa?"
                        ),
                        "choices": [
                            ("Terminó la exención federal, así que cualquier profesional con un "
                             "registro de la DEA que cubra medicamentos de la Lista III puede "
                             "recetarla, si la ley estatal lo permite.", True),
                            ("La buprenorfina empezó a venderse sin receta.", False),
                            ("Ahora solo los programas de tratamiento de opioides pueden recetar "
                             "buprenorfina.", False),
                        ],
                        "explanation": (
                            "La Consolidated Appropriations Act of 2023 (Ley de Asignaciones "
                            "Consolidadas de 2023) eliminó la exención X. Pa puede volver a "
                            "preguntarle a su médico, con este dato en la mano, o pedir que lo "
                            "refiera a otro profesional."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "starting-buprenorphine-and-naltrexone",
            "title": "Empezar un medicamento: la abstinencia precipitada y la naltrexona",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Por qué la primera dosis de buprenorfina es un paso que se da con cuidado</h2>"
                 "<p>Recuerde la cerradura y la llave. El fentanilo, la heroína y la metadona giran "
                 "la cerradura por completo. La buprenorfina la gira solo en parte, pero se agarra a "
                 "la cerradura con más fuerza que ellos. Ahora imagine a una persona que todavía "
                 "tiene mucho fentanilo en el cuerpo. Toma su primera dosis de buprenorfina. La "
                 "buprenorfina saca al fentanilo de las cerraduras y ocupa su lugar. En poco tiempo, "
                 "el cuerpo pasa de estar “encendido por completo” a estar “encendido en "
                 "parte”.</p>"
                 "<p>El cuerpo siente esa caída repentina como abstinencia, y le pega fuerte y "
                 "rápido. Esto se llama <strong>abstinencia precipitada</strong>. “Precipitada” solo "
                 "quiere decir que llega de golpe. Las personas describen dolores en el cuerpo, "
                 "cólicos, náuseas, vómitos, diarrea, mocos, sudor y una ola de ansiedad. No es lo "
                 "mismo que la abstinencia lenta que las personas conocen de cuando se les acaba la "
                 "droga. Llega en poco tiempo, y puede dar mucho miedo.</p>"
                 "<p>Muchas personas han pasado por esto, o han oído una historia sobre esto. "
                 "Algunas dicen “la bupe me enfermó” y juran que nunca la volverán a probar. Ese "
                 "miedo es real. Usted puede ayudar nombrando en palabras sencillas lo que "
                 "probablemente pasó, sin culpar a nadie. Luego puede decir que quienes recetan "
                 "planean la primera dosis para bajar este riesgo. Un mal comienzo en el pasado no "
                 "quiere decir que la buprenorfina nunca les pueda funcionar.</p>"
                 "<h2>Por qué el momento le toca decidirlo a quien receta</h2>"
                 "<p>Cuándo tomar la primera dosis depende de muchas cosas. Depende de qué ha estado "
                 "usando la persona, cuánto y qué tan reciente. Depende de si está tomando metadona. "
                 "El fentanilo puede quedarse en el cuerpo de maneras que hacen más difícil predecir "
                 "cómo será el comienzo. Otros problemas de salud y otros medicamentos también "
                 "importan. Además, quienes recetan tienen más de una forma de empezar. Algunas "
                 "personas empiezan en casa con instrucciones por escrito. Otras empiezan en una "
                 "clínica o en un hospital.</p>"
                 "<p>Por eso usted nunca pasa una regla sobre el momento de empezar. Va a oír muchas "
                 "reglas: de amistades, de grupos en internet, incluso de su propio recuerdo de cómo "
                 "empezó usted. Cada una le sirve a una persona. Puede estar mal para la persona que "
                 "tiene enfrente. Si su propio comienzo salió bien, puede compartir esa historia para "
                 "dar esperanza. Solo diga claramente que ese fue su camino, y que quien le receta a "
                 "la persona hará un plan para ella.</p>"
                 "<h2>Lo que un coach puede hacer antes de la primera dosis</h2>"
                 "<ul>"
                 "<li><strong>Ayudarle a preguntar.</strong> Algunas buenas preguntas son: “¿Cómo "
                 "voy a saber cuándo tomar mi primera dosis?”, “¿Qué hago si me siento peor después "
                 "de tomarla?”, “¿A quién llamo de noche o en fin de semana?”.</li>"
                 "<li><strong>Ayudarle a escribir el plan</strong> con sus propias palabras, y a "
                 "guardar el número de teléfono de la clínica donde lo pueda encontrar.</li>"
                 "<li><strong>Ayudarle a planear el día.</strong> Puede necesitar tiempo libre del "
                 "trabajo, alguien que cuide a sus hijos, comida, agua y un lugar seguro y "
                 "tranquilo.</li>"
                 "<li><strong>Ofrecer comunicarse con la persona</strong>, si ella lo quiere, por "
                 "mensaje de texto o por llamada.</li>"
                 "<li><strong>Conocer el paso de seguridad.</strong> Si la persona se siente mucho "
                 "peor después de una dosis, debe comunicarse de inmediato con quien le receta o con "
                 "la línea de fuera de horario. Si es grave, debe buscar atención de emergencia. "
                 "Esto no es un consejo sobre el momento de la dosis. Es conectarla con las personas "
                 "que pueden ayudar.</li>"
                 "</ul>"),
                ("callout", {
                    "title": "Su historia no es un plan de dosis",
                    "text": (
                        "Su experiencia vivida es su regalo como par. Úsela para crear esperanza y "
                        "confianza. No la convierta en instrucciones sobre cuándo, cuánto o cómo "
                        "empezar un medicamento. Diga: eso es lo que me funcionó a mí, y quien le "
                        "receta a usted va a hacer un plan para usted."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>La naltrexona: un bloqueador</h2>"
                 "<p>La naltrexona funciona de una forma muy distinta. Es un "
                 "<strong>antagonista</strong>. Entra en la cerradura pero no la gira para nada. "
                 "Mientras está ahí, no deja entrar a los opioides, así que estos tienen poco o "
                 "ningún efecto. La naltrexona no es un opioide. No produce euforia ni dependencia "
                 "física. No es una sustancia controlada, así que cualquier profesional con licencia "
                 "para recetar la puede recetar.</p>"
                 "<p>Para el trastorno por consumo de opioides, la naltrexona casi siempre se da como "
                 "una inyección en el músculo una vez al mes. Una marca que las personas pueden "
                 "conocer es Vivitrol. También hay una pastilla diaria, que se usa más para el "
                 "trastorno por consumo de alcohol.</p>"
                 "<p><strong>Primero, la persona tiene que dejar los opioides.</strong> La naltrexona "
                 "saca a los opioides de las cerraduras y no pone nada en su lugar. Si todavía hay "
                 "opioides en el cuerpo, puede causar una abstinencia precipitada grave. Puede ser "
                 "tan fuerte que la persona necesite atención en un hospital. Por eso la persona "
                 "tiene que estar sin ningún opioide por un tiempo antes de la primera inyección. "
                 "Eso incluye la metadona y la buprenorfina. La espera puede durar una semana o más, "
                 "y la fija quien receta. A muchas personas esta espera se les hace muy difícil, y "
                 "algunas vuelven a consumir durante ese tiempo.</p>"
                 "<p>Su papel no es decirle a nadie cuánto tiempo esperar. Ayude a la persona a "
                 "preguntarle a quien le receta: “¿Cuánto tiempo tengo que estar sin opioides? "
                 "¿Cómo vamos a saber que ya es el momento? ¿Qué ayuda puedo recibir para aguantar la "
                 "espera?”. Algunas personas empiezan la naltrexona cuando salen de una cárcel, una "
                 "prisión o un programa residencial donde ya han estado sin opioides. Aun así, es una "
                 "decisión que la persona y quien le receta toman juntos.</p>"
                 "<p>La espera puede ser solitaria y dura. Si la persona lo quiere, comuníquese con "
                 "ella más seguido durante esos días. Ayúdele a llenar el tiempo con cosas que la "
                 "sostengan, como reuniones, trabajo, familia, fe o tiempo en el centro de pares. Si "
                 "la abstinencia o las ansias se están poniendo difíciles, ayúdele a decírselo de "
                 "inmediato a quien le receta. Esa persona puede tener maneras de ayudar. Si vuelve a "
                 "consumir durante la espera, recíbala sin vergüenza. Puede que su tolerancia ya esté "
                 "más baja, así que tener naloxona y no consumir a solas importan todavía más. Puede "
                 "hablar con quien le receta sobre los próximos pasos, que pueden incluir otro "
                 "medicamento.</p>"
                 "<h2>La pérdida de tolerancia: el peligro después de la naltrexona</h2>"
                 "<p>La tolerancia es la forma en que el cuerpo se acostumbra a una droga. Después "
                 "de semanas sin opioides, la tolerancia baja. Una inyección de naltrexona bloquea "
                 "los opioides por más o menos un mes. Pero el bloqueo se debilita cerca del final "
                 "del mes. También se debilita si la persona falta a una inyección o la deja. En ese "
                 "momento, la persona puede reaccionar a una cantidad mucho más pequeña que la que "
                 "usaba antes. Una cantidad que antes aguantaba ahora le puede parar la respiración. "
                 "La etiqueta de la FDA para la inyección mensual advierte sobre esto.</p>"
                 "<p>Tratar de vencer el bloqueo usando una gran cantidad de opioides también es muy "
                 "peligroso. Diga estos datos con claridad y sin juzgar. Por ejemplo: “Su cuerpo ya "
                 "no está donde estaba antes. Si alguna vez consume, por favor no lo haga a solas, y "
                 "tenga la naloxona cerca”. Todas las personas que usan naltrexona, y la gente a su "
                 "alrededor, deben tener naloxona.</p>"
                 "<h2>“La inyección” puede ser dos medicamentos opuestos</h2>"
                 "<p>Las personas dicen “la inyección” tanto para la inyección mensual de "
                 "buprenorfina como para la inyección mensual de naltrexona. Son casi opuestas. Una "
                 "gira la cerradura en parte. La otra la bloquea. Pasar de la buprenorfina a la "
                 "naltrexona significa dejar primero la buprenorfina por completo, con la "
                 "abstinencia que eso trae. Pasar a una inyección de buprenorfina casi siempre "
                 "significa empezar primero con buprenorfina. Así que, cuando alguien dice “quiero "
                 "la inyección”, su primera pregunta es sencilla: “¿Qué inyección quiere decir, y "
                 "qué espera que haga por usted?”.</p>"),
                ("scenario", {
                    "title": "“¿Y si mejor me cambio a la inyección?”",
                    "situation": (
                        "Usted es coach entre pares en la sala de emergencias de un hospital. A "
                        "Andre, de 24 años, lo trajeron después de una sobredosis y ya está "
                        "despierto. El año pasado tomaba películas de buprenorfina, las dejó cuando "
                        "perdió su seguro médico y volvió a usar fentanilo. A su primo le pusieron "
                        "“la inyección” y dice que le cambió la vida. Andre le mira y le "
                        "dice: “¿Y si mejor me cambio a la inyección?”"
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Preguntarle qué inyección quiere decir y qué espera que haga. "
                                "Explicarle en una o dos frases que hay dos inyecciones muy "
                                "distintas, y ofrecerle ayuda para preguntarle al médico."
                            ),
                            "feedback": (
                                "Esto respeta su decisión y aclara una confusión común. Usted "
                                "comparte datos, no una recomendación, y lo dirige a la persona que "
                                "puede decidir con él."
                            ),
                            "best": True,
                            "next": (
                                "Andre dice que la inyección de su primo es “la que no te deja "
                                "drogarte”. Eso suena a naltrexona. Dice que no cree poder "
                                "aguantar sin fentanilo una semana o más. También dice que las "
                                "películas antes le quitaban las ansias. Quiere hablar con el "
                                "médico antes de irse."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que la inyección es la mejor opción, porque no tendrá que "
                                "acordarse de una dosis diaria."
                            ),
                            "feedback": (
                                "Esto recomienda un medicamento, y ese no es el papel de un coach. "
                                "También se salta la pregunta clave de qué inyección quiere decir. "
                                "Las dos inyecciones funcionan de formas opuestas."
                            ),
                            "best": False,
                            "next": (
                                "Andre dice que sí con la cabeza, pero todavía no sabe qué "
                                "inyección está pidiendo. Quiere hablar con el médico antes de "
                                "irse."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que se quede sin opioides por una semana y que luego "
                                "pregunte por la inyección en una clínica."
                            ),
                            "feedback": (
                                "Esto es dar indicaciones sobre el momento, y eso solo lo debe hacer "
                                "quien receta. Además, podría dejarlo en abstinencia, con la "
                                "tolerancia baja y un alto riesgo de sobredosis, justo después de "
                                "que casi se muere."
                            ),
                            "best": False,
                            "next": (
                                "Andre se ve preocupado por pasar una semana en abstinencia. Dice "
                                "que quiere hablar con el médico antes de irse."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que la naltrexona es riesgosa y que debería volver a las "
                                "películas."
                            ),
                            "feedback": (
                                "Aunque sea con buena intención, esto lo empuja hacia el medicamento "
                                "que usted prefiere. La decisión es de Andre y de quien le receta."
                            ),
                            "best": False,
                            "next": (
                                "Andre dice que lo va a pensar. Todavía quiere hablar con el médico "
                                "antes de irse."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Andre quiere hablar con el médico antes de irse. ¿Qué hace usted "
                            "después?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ayudarle a escribir sus preguntas con sus propias palabras, "
                                    "preguntarle si quiere que usted esté en el cuarto y asegurarse "
                                    "de que salga con naloxona y un plan de seguimiento."
                                ),
                                "feedback": (
                                    "Andre habla por sí mismo, con apoyo. Preguntas como “¿Qué "
                                    "opción le conviene a alguien que acaba de usar fentanilo?” y "
                                    "“¿Puedo empezar algo hoy?” le tocan al médico. La naloxona y "
                                    "un próximo paso real lo protegen al salir."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Ir usted a decirle al médico que Andre quiere la inyección "
                                    "mensual de buprenorfina."
                                ),
                                "feedback": (
                                    "Esto es hablar por Andre y tomar una decisión que él no ha "
                                    "tomado. Mejor apóyelo para que hable por sí mismo."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Darle una lista de clínicas y desearle suerte.",
                                "feedback": (
                                    "Una lista sola es una entrega en frío. Justo después de una "
                                    "sobredosis, una conexión cálida con la atención y tener "
                                    "naloxona en la mano importan mucho."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Contarle cuánto tiempo esperó usted antes de su propia primera "
                                    "inyección, para que sepa qué esperar."
                                ),
                                "feedback": (
                                    "Su historia puede dar esperanza, pero el momento es una decisión "
                                    "médica. Lo que usted esperó puede no ser lo correcto para él."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "naloxone-in-practice",
            "title": "La naloxona en la práctica: cómo responder a una sobredosis",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>La naloxona es para todos</h2>"
                 "<p>La naloxona es un antagonista de acción rápida. En una sobredosis, saca a los "
                 "opioides de las cerraduras del cerebro y permite que la persona vuelva a respirar. "
                 "Muchas personas la conocen por la marca Narcan. Es muy segura. Si una persona no "
                 "tiene opioides en el cuerpo, la naloxona no le hace nada. Nadie se puede drogar "
                 "con ella.</p>"
                 "<p>La naloxona puede causar abstinencia en alguien cuyo cuerpo está acostumbrado a "
                 "los opioides. Eso incluye a las personas que toman metadona o buprenorfina. La "
                 "abstinencia se siente horrible, pero no es lo que mata a las personas en una "
                 "sobredosis. Lo que mata es la falta de respiración. Si tiene dudas, dé "
                 "naloxona.</p>"
                 "<p>La naloxona debe estar en todos los lugares donde usted trabaja. Póngala en "
                 "casas de recuperación, centros de pares, salas de espera de clínicas, carros, "
                 "mochilas y cajones de la cocina. Las personas que toman medicamento también "
                 "deben llevarla. Pueden ser quienes encuentren a un amigo, a una pareja o a un "
                 "vecino. Las familias deben saber dónde está y cómo usarla.</p>"
                 "<h2>Tener naloxona a la mano, día a día</h2>"
                 "<p>Guarde la naloxona donde la pueda agarrar rápido. Un kit bajo llave en el "
                 "cajón de una oficina no ayuda a las dos de la mañana. En una casa de recuperación, "
                 "pónganse de acuerdo con los residentes en un lugar que todo el mundo conozca, y "
                 "revísenlo en cada reunión de la casa. Reemplace los kits que ya se usaron o que "
                 "pasaron la fecha de la caja. Siga las instrucciones de almacenamiento del paquete.</p>"
                 "<p>A algunas personas les preocupa que, si llevan naloxona, los demás piensen que "
                 "todavía consumen. Algunos residentes temen que dé un mensaje equivocado en una "
                 "casa de recuperación. Usted puede darle la vuelta a eso. Llevar naloxona es como "
                 "tener un extintor en la cocina. No quiere decir que usted piense provocar un "
                 "incendio. Quiere decir que le importa la gente a su alrededor. Las personas que "
                 "toman metadona y buprenorfina muchas veces son cercanas a amistades y familiares "
                 "que todavía consumen. Pueden ser quienes salven una vida.</p>"
                 "<h2>Sin receta desde 2023</h2>"
                 "<p>En marzo de 2023, la FDA aprobó un aerosol nasal de naloxona de 4 miligramos "
                 "para venderse sin receta. Fue el primer producto de naloxona aprobado para la "
                 "venta sin receta. En julio de 2023, la FDA aprobó un segundo producto, un aerosol "
                 "de 3 miligramos. Sin receta quiere decir que las personas pueden comprar naloxona "
                 "en farmacias, supermercados y por internet, igual que un jarabe para la tos. "
                 "Muchos departamentos de salud y programas comunitarios también la reparten gratis. "
                 "También puede ver el nalmefeno, otro medicamento de rescate que viene en aerosol "
                 "nasal.</p>"
                 "<h2>Señales de una sobredosis de opioides</h2>"
                 "<ul>"
                 "<li>La persona no se despierta, o no responde a su voz ni a un frotamiento fuerte "
                 "en el esternón (el hueso del centro del pecho).</li>"
                 "<li>La respiración es muy lenta o superficial, o se detuvo. Puede oír sonidos de "
                 "ahogo, gorgoteo o ronquidos.</li>"
                 "<li>Las pupilas, el centro negro de los ojos, están muy pequeñas.</li>"
                 "<li>Los labios y las puntas de los dedos se ven azules o morados. En la piel más "
                 "oscura, pueden verse grises o pálidos como ceniza.</li>"
                 "<li>El cuerpo está flojo.</li>"
                 "</ul>"
                 "<p>Un ronquido de alguien a quien usted no puede despertar no es una buena siesta. "
                 "Puede ser el sonido de una sobredosis. Confíe en su instinto y actúe.</p>"
                 "<h2>Cómo responder, paso a paso</h2>"
                 "<ol>"
                 "<li><strong>Trate de despertarla.</strong> Grite su nombre. Frote con fuerza los "
                 "nudillos en el centro de su pecho.</li>"
                 "<li><strong>Llame al 911.</strong> Diga que la persona no respira o no se "
                 "despierta, y dé la dirección. Ponga el teléfono en altavoz y siga lo que le diga "
                 "la persona del 911. Si hay alguien más ahí, pídale que llame mientras usted busca "
                 "la naloxona.</li>"
                 "<li><strong>Dé naloxona.</strong> Acueste a la persona boca arriba. Incline su "
                 "cabeza hacia atrás. Ponga la punta del aerosol en una fosa nasal y apriete el "
                 "émbolo hasta el fondo. No pruebe el aerosol antes. Cada dispositivo tiene una sola "
                 "dosis.</li>"
                 "<li><strong>Apoye su respiración.</strong> Si tiene entrenamiento en respiración "
                 "de rescate o RCP (reanimación cardiopulmonar) y la persona no respira, dele "
                 "respiraciones de rescate. Incline la cabeza hacia atrás, levante la barbilla, "
                 "tápele la nariz y dele una respiración lenta más o menos cada cinco segundos. La "
                 "persona del 911 le puede guiar.</li>"
                 "<li><strong>Dé otra dosis si hace falta.</strong> Si no hay respuesta después de "
                 "dos a tres minutos, dé una segunda dosis con un dispositivo nuevo en la otra fosa "
                 "nasal. Los opioides fuertes como el fentanilo pueden necesitar más de una dosis. "
                 "Siga hasta que la persona responda o llegue la ayuda.</li>"
                 "<li><strong>Use la posición de recuperación.</strong> Si respira pero no está "
                 "del todo despierta, póngala de lado. Doble la rodilla de arriba y apoye su cabeza "
                 "sobre una mano. Esto ayuda a mantener abierta la vía respiratoria y evita que se "
                 "ahogue si vomita.</li>"
                 "<li><strong>Quédese con ella.</strong> La naloxona dura más o menos de 30 a 90 "
                 "minutos. Muchos opioides duran más que eso, así que la sobredosis puede volver. "
                 "Quédese hasta que llegue la ayuda. Si de verdad tiene que irse, primero ponga a la "
                 "persona en la posición de recuperación.</li>"
                 "</ol>"),
                ("callout", {
                    "title": "Llame, dé naloxona, ayude a respirar, quédese",
                    "text": (
                        "Llame al 911. Dé naloxona. Dé respiraciones si tiene entrenamiento. Dé otra "
                        "dosis después de dos a tres minutos si no hay respuesta. Ponga a la persona "
                        "de lado. Quédese. Practique estos pasos con un dispositivo de práctica hasta "
                        "que sus manos se los sepan."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Cuando llega la ayuda</h2>"
                 "<p>Cuando lleguen los paramédicos, hágase a un lado y déjelos trabajar. Dígales lo "
                 "que vio y cuándo encontró a la persona. Dígales cuántas dosis de naloxona dio y "
                 "cuándo. Guarde los dispositivos usados para que los puedan ver. Si sabe que la "
                 "persona toma metadona o buprenorfina, o que pudo haber usado algo con xilacina, "
                 "dígalo. Cada detalle les ayuda a dar la atención correcta.</p>"
                 "<h2>Cuando la persona se despierta</h2>"
                 "<p>Muchas veces la persona se despierta en abstinencia. Puede estar confundida, "
                 "asustada, enferma o enojada. A veces siente vergüenza. Mantenga la calma y hable "
                 "suave. Dígale lo que pasó en palabras sencillas: “Usted dejó de "
                 "respirar. Le dimos naloxona. Viene una ambulancia en camino”.</p>"
                 "<p>Puede que quiera volver a consumir enseguida para quitarse el malestar. "
                 "Explíquele con calma que la naloxona se va a pasar, y que las drogas que todavía "
                 "tiene en el cuerpo pueden volver a pararle la respiración. Anímela a dejar que los "
                 "paramédicos la revisen. Al final, es su derecho decidir. Una sobredosis también "
                 "puede ser un momento en que la persona pregunta por tratamiento. No la presione. "
                 "Sí déjele saber que algunas salas de emergencias pueden empezar la buprenorfina, y "
                 "que usted le puede ayudar a encontrar atención.</p>"
                 "<p>Cuídese usted también. Responder a una sobredosis es duro, aunque salga bien. "
                 "Puede traer recuerdos de personas que usted ha perdido. Después, hable con su "
                 "supervisor/a o con un par de confianza. Siga los pasos de su programa para "
                 "reportar lo que pasó.</p>"
                 "<h2>Leyes del Buen Samaritano</h2>"
                 "<p>El miedo a la policía es una de las razones principales por las que las "
                 "personas no llaman al 911 durante una sobredosis. Para ayudar, casi todos los "
                 "estados han aprobado una ley del Buen Samaritano para sobredosis (Good Samaritan "
                 "law). Estas leyes protegen a quienes llaman para pedir ayuda de ser arrestados o "
                 "acusados por algunos delitos de drogas, como tener una pequeña cantidad de drogas. "
                 "Pero las leyes cambian de un estado a otro. Algunas protegen solo a la persona "
                 "que llama. Otras también protegen a la persona que tuvo la sobredosis. Algunas "
                 "tratan el tema de la libertad probatoria (probation) o la libertad condicional "
                 "(parole), y otras no.</p>"
                 "<p>Conozca la ley de su estado antes de necesitarla. Conozca la política de su "
                 "programa, y la de su casa de recuperación, sobre llamar al 911. Cuando las personas "
                 "tienen miedo de llamar, usted puede decir: “Primero está la vida. Nuestro estado "
                 "tiene una ley que da algo de protección, y yo me voy a quedar aquí con "
                 "usted”.</p>"),
                ("scenario", {
                    "title": "Sin responder en el baño de la casa de recuperación",
                    "situation": (
                        "Usted es coach entre pares en una residencia de recuperación que recibe a "
                        "personas que toman medicamento. Durante la ronda de la noche, toca la "
                        "puerta del baño. Nadie contesta. Por la puerta entreabierta ve a Kyle, de "
                        "31 años, desplomado en el piso. Sus labios se ven grises y hace un ronquido "
                        "lento. Usted lleva un kit de naloxona. Otro residente, Hector, está en el "
                        "pasillo."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Gritar el nombre de Kyle y frotarle el esternón. Cuando no "
                                "responde, decirle a Hector que llame al 911 mientras usted le da "
                                "naloxona."
                            ),
                            "feedback": (
                                "Usted revisa si responde, pide ayuda y da la naloxona sin demora. "
                                "Repartir las tareas ahorra tiempo."
                            ),
                            "best": True,
                            "next": (
                                "Hector está al teléfono con la persona del 911. Usted dio una "
                                "dosis. Kyle todavía no responde y respira muy lento. Han pasado "
                                "más o menos dos a tres minutos."
                            ),
                        },
                        {
                            "text": (
                                "Ir a buscar a la persona encargada de la casa para preguntarle qué dice la "
                                "política."
                            ),
                            "feedback": (
                                "Cada minuto sin respirar importa. Primero actúe. La política y los "
                                "reportes vienen después de la emergencia."
                            ),
                            "best": False,
                            "next": (
                                "Cuando usted regresa, Kyle todavía no responde. Usted le da "
                                "naloxona y Hector llama al 911. Pasan más o menos dos a tres "
                                "minutos."
                            ),
                        },
                        {
                            "text": "Echarle agua fría y tratar de meterlo a la regadera.",
                            "feedback": (
                                "El agua fría y las regaderas no revierten una sobredosis. Hacen "
                                "perder tiempo y pueden causar daño. La naloxona y el apoyo a la "
                                "respiración sí funcionan."
                            ),
                            "best": False,
                            "next": (
                                "Kyle no se despierta. Usted le da naloxona y Hector llama al 911. "
                                "Pasan más o menos dos a tres minutos."
                            ),
                        },
                        {
                            "text": "Dejarlo dormir un rato; hoy trabajó un turno doble.",
                            "feedback": (
                                "Un ronquido y labios grises en alguien a quien usted no puede "
                                "despertar pueden ser una sobredosis. Esperar le puede costar la "
                                "vida."
                            ),
                            "best": False,
                            "next": (
                                "Diez minutos después, Hector encuentra a Kyle todavía en el piso. "
                                "Usted le da naloxona y Hector llama al 911. Pasan más o menos dos "
                                "a tres minutos."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Más o menos dos a tres minutos después de la primera dosis, Kyle todavía "
                            "no responde y apenas respira. ¿Y ahora qué?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Dar una segunda dosis con un dispositivo nuevo en la otra fosa "
                                    "nasal, dar respiraciones de rescate si tiene entrenamiento o "
                                    "según le guíe la persona del 911, y quedarse con él hasta que "
                                    "llegue la ayuda."
                                ),
                                "feedback": (
                                    "Esto sigue las indicaciones: otra dosis después de dos a tres "
                                    "minutos, apoyar la respiración y quedarse. Cuando respire, "
                                    "póngalo en la posición de recuperación."
                                ),
                                "best": True,
                            },
                            {
                                "text": "Esperar otros diez minutos, porque la naloxona puede tardar.",
                                "feedback": (
                                    "Si no hay respuesta después de dos a tres minutos, dé otra "
                                    "dosis. Los opioides fuertes como el fentanilo pueden necesitar "
                                    "más de una."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Dejar de dar naloxona, porque entonces no debe ser una "
                                    "sobredosis de opioides."
                                ),
                                "feedback": (
                                    "El fentanilo puede necesitar más de una dosis, y puede haber "
                                    "otros sedantes mezclados, como la xilacina. Siga dando naloxona "
                                    "según las indicaciones y siga apoyando su respiración."
                                ),
                                "best": False,
                            },
                            {
                                "text": "Cargarlo hasta su cama para que descanse más cómodo.",
                                "feedback": (
                                    "Moverlo hace perder tiempo y hace más difícil ayudarle a "
                                    "respirar. Quédese en el piso, dé la siguiente dosis y apoye su "
                                    "respiración."
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
            "slug": "xylazine-test-strips-and-harm-reduction",
            "title": "Xilacina, tiras reactivas y reducción de daños en la práctica",
            "domain": "harm-reduction",
            "minutes": 7,
            "body": [
                ("rich_text",
                 "<h2>Qué es la xilacina</h2>"
                 "<p>La xilacina, a la que muchas veces le dicen “tranq”, es un sedante. Un sedante "
                 "es una droga que da mucho sueño y hace más lento el cuerpo. La FDA (la agencia "
                 "federal de alimentos y medicamentos) aprobó la xilacina para usarse en animales, "
                 "no en personas. <strong>No es un opioide</strong>. En los últimos años se ha "
                 "mezclado en las drogas de la calle, casi siempre con fentanilo. También se ha "
                 "encontrado mezclada con heroína y cocaína. La DEA (la Administración para el "
                 "Control de Drogas) ha encontrado fentanilo mezclado con xilacina en 48 de los 50 "
                 "estados. En abril de 2023, la oficina de política de drogas de la Casa Blanca "
                 "declaró esta mezcla una amenaza emergente para el país.</p>"
                 "<p>Muchas personas que consumen xilacina no saben que está en sus drogas. Puede "
                 "causar un sueño profundo que dura horas. Puede hacer más lentos la respiración, "
                 "el ritmo del corazón y la presión arterial. Es todavía más peligrosa con alcohol, "
                 "benzodiacepinas y opioides. La FDA ha advertido que las pruebas de drogas de "
                 "rutina pueden no detectarla.</p>"
                 "<h2>Dé naloxona de todos modos</h2>"
                 "<p>Como la xilacina no es un opioide, la naloxona no revierte su efecto. Pero los "
                 "CDC (Centros para el Control y la Prevención de Enfermedades) lo dicen claro: hay "
                 "que dar naloxona de todos modos cuando se sospecha una sobredosis. La xilacina "
                 "muchas veces se usa junto con opioides como el fentanilo, y la naloxona revierte "
                 "la parte del opioide. Llame también al 911, porque los efectos de la xilacina "
                 "pueden seguir después de dar la naloxona.</p>"
                 "<p>Así es como se puede ver. Usted da naloxona. La persona empieza a respirar "
                 "mejor, pero todavía no se despierta. Puede ser que la xilacina la mantenga "
                 "sedada. La señal más importante es la respiración, no que se despierte. Si "
                 "respira, póngala en la posición de recuperación, siga vigilando su respiración y "
                 "quédese con ella. Siga lo que le diga la persona del 911. Si la respiración sigue "
                 "muy lenta o se detiene, siga con los pasos que aprendió: otra dosis, respiraciones "
                 "de rescate si tiene entrenamiento, y quedarse.</p>"
                 "<h2>Heridas: fíjese, pregunte, refiera</h2>"
                 "<p>La xilacina se ha relacionado con heridas graves. Son llagas abiertas donde la "
                 "piel y el tejido de abajo pueden morir. Pueden aparecer lejos del lugar donde la "
                 "persona se inyectó. Algunos reportes también las describen en personas que fuman "
                 "o inhalan drogas. Sin atención, pueden empeorar rápido y causar una infección "
                 "grave. La DEA ha advertido que algunas heridas han llevado a amputaciones.</p>"
                 "<p>Usted no es personal de enfermería de heridas, y no trata heridas. Su papel es "
                 "fijarse, preguntar y conectar. Muchas personas esconden sus heridas porque antes las han "
                 "avergonzado en clínicas. Por eso, pregunte de forma amable y directa: “Me fijé "
                 "que está cuidando mucho ese brazo. ¿Le parece bien que alguien se lo revise? "
                 "Yo le puedo acompañar”. Luego ayúdele a recibir atención en un consultorio de "
                 "atención primaria, un centro de salud comunitario o un programa de reducción de "
                 "daños que ofrezca cuidado de heridas. Si una herida empeora rápido, o la persona "
                 "tiene fiebre o se siente muy enferma, ayúdele a recibir atención médica de "
                 "inmediato.</p>"
                 "<p>Anime a la persona a decirle al personal de salud que puede haber xilacina de "
                 "por medio. No todos los profesionales clínicos saben mucho todavía sobre las "
                 "heridas por xilacina. Y recuerde que las personas que toman metadona o "
                 "buprenorfina todavía pueden estar sanando de heridas que tuvieron antes del "
                 "tratamiento. Merecen el mismo respeto y la misma atención.</p>"
                 "<h2>Tiras reactivas de fentanilo</h2>"
                 "<p>Las tiras reactivas de fentanilo son pequeñas tiras de papel. La persona mezcla "
                 "un poco de una droga con agua y mete la tira. El resultado muestra si hay "
                 "fentanilo en la muestra. En 2021, los CDC y SAMHSA (la agencia federal de salud "
                 "mental y consumo de sustancias) anunciaron que parte del dinero de subvenciones "
                 "federales se podía usar para comprarlas. La meta era darles información a las "
                 "personas para que puedan bajar su riesgo de sobredosis.</p>"
                 "<p>Una tira solo detecta fentanilo. No detecta xilacina ni muchas otras drogas. "
                 "Un resultado que no muestra fentanilo no quiere decir que una droga sea segura. "
                 "Muestre lo que muestre la tira, se aplican los mismos pasos de seguridad: no "
                 "consumir a solas y tener la naloxona cerca.</p>"
                 "<p><strong>La ley sobre las tiras reactivas cambia según el estado.</strong> "
                 "Algunos estados las han tratado como parafernalia de drogas ilegal. Muchos estados "
                 "han cambiado sus leyes en los últimos años, y las reglas de financiamiento también "
                 "cambian. Antes de repartir tiras reactivas, revise la ley vigente de su estado y "
                 "la política de su programa. Pregúntele a su supervisor/a si tiene dudas.</p>"
                 "<h2>Cómo suena en la práctica</h2>"
                 "<p>Aquí hay un ejemplo. Tomás toma buprenorfina y le va bien. Le cuenta a usted "
                 "que su hermano menor todavía consume y no quiere hablar de tratamiento. Tomás "
                 "tiene miedo. Usted podría decir: “Tiene sentido que tenga miedo. ¿Le ayudaría "
                 "tener naloxona en su casa, y que aprendamos los pasos juntos? Si su hermano está "
                 "abierto, también le puedo compartir dónde podría recibir apoyo, y tiras reactivas "
                 "si son legales aquí, sin ninguna presión”. Usted no está empujando al hermano a "
                 "nada. Le está dando a Tomás herramientas y respeto.</p>"
                 "<p>Aquí hay otro. Grace, de 52 años, llega a un grupo de mujeres con una venda en "
                 "la pierna. Dice que no es nada. Más tarde le cuenta a usted que la llaga lleva "
                 "semanas haciéndose más grande. Ha evitado la clínica porque una vez una "
                 "enfermera la insultó. Dele las gracias por contárselo. Ofrézcale ayuda para "
                 "encontrar una clínica de cuidado de heridas donde el personal sepa de xilacina, y "
                 "ofrézcale acompañarla. Ayúdele a practicar lo que quiere decir en la "
                 "recepción.</p>"
                 "<h2>La reducción de daños es parte del apoyo a la recuperación</h2>"
                 "<p>Reducción de daños quiere decir recibir a las personas donde están y ayudarles "
                 "a seguir con vida y con bienestar. La norma federal de 2024 para los programas de "
                 "tratamiento de opioides agregó principios de reducción de daños a la forma en que "
                 "esos programas atienden a las personas. Las competencias básicas de SAMHSA para "
                 "trabajadores de apoyo entre pares describen el apoyo entre pares como orientado a "
                 "la recuperación, centrado en la persona y voluntario. También dicen que hay muchos "
                 "caminos hacia la recuperación.</p>"
                 "<p>Darle a alguien naloxona o una tira reactiva no quiere decir que usted aprueba "
                 "el consumo de drogas. Quiere decir que usted quiere que esté con vida mañana, "
                 "cuando la recuperación todavía es posible. Las personas que toman medicamento a "
                 "veces vuelven a consumir. Muchas viven con parejas, padres o compañeros de casa "
                 "que todavía consumen. Todas estas personas merecen las herramientas para cuidarse unos a "
                 "otros.</p>"
                 "<p>Enseñar a usar la naloxona es parte del trabajo diario entre pares. Ofrezca un "
                 "entrenamiento corto en un grupo, una noche familiar, la sala de espera de un OTP, "
                 "el salón de una iglesia o una barbería. Hágalo práctico, con un dispositivo de "
                 "práctica. Luego pídales a las personas que le muestren los pasos, no que solo se "
                 "los digan. Asegúrese de que cada casa de recuperación con la que trabaja tenga "
                 "naloxona en un lugar conocido, sin llave, donde todo el mundo la pueda alcanzar.</p>"),
                ("reflection", {
                    "prompt": (
                        "Piense en una vez en que la naloxona, un trabajador de reducción de daños o "
                        "una palabra amable le protegió a usted o a alguien que usted quiere. O "
                        "piense en una vez en que sintió que le juzgaban por seguir consumiendo. ¿Cómo va "
                        "a influir ese recuerdo en la forma en que usted ofrece naloxona, tiras "
                        "reactivas y referidos para cuidado de heridas a las personas que apoya, "
                        "incluidas las personas que toman medicamento?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-3-check",
        "title": "Prueba del módulo 3: Buprenorfina, naltrexona y naloxona",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marisol, de 29 años, planea empezar la buprenorfina la próxima semana. Una amiga "
                    "le dijo exactamente cuántas horas esperar después de la última vez que usó "
                    "fentanilo. Le pregunta a usted si eso le parece bien. ¿Cuál es la respuesta más "
                    "útil?"
                ),
                "multiple": False,
                "choices": [
                    ("“Esa es una muy buena pregunta para quien le receta. Vamos a escribirla, junto "
                     "con cómo va a saber cuándo tomar la primera dosis y a quién llamar si se "
                     "siente peor”.", True),
                    ("“Me parece más o menos bien. Es lo que hace la mayoría”.", False),
                    ("“Yo esperé un día completo cuando empecé, así que eso es probablemente lo más "
                     "seguro”.", False),
                    ("“Espere todo lo que pueda aguantar. Más tiempo siempre es más seguro”.",
                     False),
                ],
                "explanation": (
                    "El momento de la primera dosis es una decisión médica. Depende de qué usó, "
                    "cuánto y cuándo, y el fentanilo puede ser difícil de predecir. Darle la razón, "
                    "compartir cuánto esperó usted o decirle que espere más son todas formas de dar "
                    "indicaciones sobre el momento. Ayudarle a preguntarle a quien le receta es el "
                    "papel del coach."
                ),
            },
            {
                "prompt": (
                    "Reggie, de 45 años, empezó la inyección mensual de naltrexona cuando salió de "
                    "la cárcel. Le cuenta a usted que quizás no se ponga la próxima inyección para "
                    "“consumir solo una vez para celebrar”. ¿Qué es lo más importante que le puede "
                    "compartir?"
                ),
                "multiple": False,
                "choices": [
                    ("Es probable que su tolerancia esté mucho más baja ahora, así que una cantidad "
                     "que antes aguantaba le podría parar la respiración. Si consume, no debe "
                     "hacerlo a solas y debe tener la naloxona cerca. También puede hablar con "
                     "quien le receta sobre cómo se siente.",
                     True),
                    ("La inyección va a seguir bloqueando los opioides por varios meses más, así "
                     "que una vez es de bajo riesgo.", False),
                    ("No puede tener una sobredosis porque la naltrexona es un bloqueador.", False),
                    ("Su programa lo va a dar de baja si consume, así que no le debe contar a "
                     "nadie.", False),
                ],
                "explanation": (
                    "A medida que se pasa el efecto de la naltrexona, la tolerancia está baja y el "
                    "riesgo de sobredosis es alto. La etiqueta de la FDA advierte sobre esto. El "
                    "bloqueo dura más o menos un mes, no meses, y se va debilitando. Compartir el "
                    "riesgo con claridad, con naloxona y una conexión con quien le receta, apoya su "
                    "propia decisión."
                ),
            },
            {
                "prompt": (
                    "Usted encuentra a un hombre que no conoce desplomado en una banca afuera de un "
                    "centro de pares. No se despierta y respira lento. ¿Qué acciones son parte de la "
                    "respuesta recomendada? Elija todas las que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Llamar al 911 y seguir lo que diga la persona del 911", True),
                    ("Dar naloxona en aerosol nasal", True),
                    ("Si no hay respuesta después de dos a tres minutos, dar otra dosis", True),
                    ("Ponerle hielo en el cuello para despertarlo", False),
                    ("Irse en cuanto empiece a respirar, porque la naloxona ya resolvió el "
                     "problema", False),
                ],
                "explanation": (
                    "Llame al 911, dé naloxona, apoye la respiración, dé otra dosis después de dos a "
                    "tres minutos si no hay respuesta, use la posición de recuperación y quédese. El "
                    "hielo no revierte una sobredosis. El efecto de la naloxona se puede pasar antes "
                    "que el de los opioides, por eso es importante quedarse."
                ),
            },
            {
                "prompt": (
                    "En una casa de recuperación, un residente recibió naloxona por una posible "
                    "sobredosis. Ahora respira por su cuenta, pero todavía no se despierta. El "
                    "personal cree que las drogas tenían xilacina. La ayuda viene en camino. ¿Qué "
                    "debe hacer el coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Ponerlo en la posición de recuperación, seguir vigilando su respiración y "
                     "quedarse con él hasta que llegue la ayuda.", True),
                    ("Seguir dándole naloxona cada dos minutos hasta que se despierte.", False),
                    ("Dejar de vigilarlo de cerca, porque la naloxona ya hizo su trabajo.", False),
                    ("Ayudarlo a llegar a su cama para que duerma hasta que se le pase.", False),
                ],
                "explanation": (
                    "La xilacina no es un opioide, así que puede mantener sedada a una persona aun "
                    "después de que la naloxona actúe sobre el opioide. La señal clave es la "
                    "respiración, no que se despierte. Si la respiración se vuelve lenta o se "
                    "detiene, dé otra dosis y apoye la respiración. Si no, use la posición de "
                    "recuperación, vigile y quédese."
                ),
            },
            {
                "prompt": (
                    "Ruth, de 67 años, vive en un condado rural y toma buprenorfina. Su médico le "
                    "empezó una benzodiacepina para la ansiedad. Su hija leyó en internet que la "
                    "mezcla es peligrosa y le dijo a Ruth que deje la buprenorfina. Ruth le pregunta "
                    "a usted qué piensa. ¿Cuál es la respuesta más útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Animar a Ruth a hablar con quienes le recetan antes de cambiar nada, "
                     "asegurarse de que cada uno conozca todos sus medicamentos y ayudarle a "
                     "conseguir naloxona para la casa.", True),
                    ("Darle la razón a su hija y sugerirle que deje la buprenorfina esta semana.",
                     False),
                    ("Decirle que deje la benzodiacepina, porque la buprenorfina es más importante.",
                     False),
                    ("Decirle que, por el efecto techo, la mezcla no tiene ningún riesgo extra.",
                     False),
                ],
                "explanation": (
                    "La mezcla sí aumenta el riesgo, pero la FDA indica que no se debe negar la "
                    "buprenorfina solo porque alguien toma una benzodiacepina. Una atención médica "
                    "cuidadosa baja el riesgo. Dejar cualquiera de los dos medicamentos es una "
                    "decisión de Ruth y de quienes le recetan. El coach apoya esa conversación y se "
                    "asegura de que tenga la naloxona cerca."
                ),
            },
            {
                "prompt": (
                    "Pa, de 41 años, le preguntó a su médico de familia sobre la buprenorfina. El "
                    "médico le dijo que no puede recetarla sin la exención especial. Pa tiene ganas "
                    "de rendirse. ¿Cuál es la respuesta más útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Contarle que la exención federal terminó en 2023, así que un profesional con "
                     "un registro de la DEA que cubra medicamentos de la Lista III la puede recetar "
                     "si la ley estatal lo permite, y ayudar a Pa a volver a preguntar o a "
                     "encontrar otro profesional que la recete.", True),
                    ("Decirle a Pa que el médico tiene razón y que solo los especialistas la "
                     "pueden recetar.", False),
                    ("Decirle a Pa que ahora solo una sala de emergencias puede empezar la "
                     "buprenorfina.", False),
                    ("Decirle a Pa que mejor compre buprenorfina sin receta.", False),
                ],
                "explanation": (
                    "La Consolidated Appropriations Act of 2023 (Ley de Asignaciones Consolidadas "
                    "de 2023) eliminó la exención X y sus límites de pacientes. La buprenorfina "
                    "todavía necesita receta. Los consultorios, los OTP, algunas salas de "
                    "emergencias y la telesalud pueden ser caminos hacia la atención."
                ),
            },
            {
                "prompt": (
                    "Nizhoni, de 26 años, está en un centro de pares. Dice: “Quiero la inyección, "
                    "como la que le pusieron a mi primo”. ¿Cuál es la mejor primera respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("“Cuénteme más. ¿Qué inyección le ponen a su primo, y qué espera usted que "
                     "haga por usted?”", True),
                    ("“La inyección mensual de buprenorfina es la mejor, así que pida esa”.",
                     False),
                    ("“Va a tener que estar sin opioides una semana antes de cualquier "
                     "inyección”.", False),
                    ("“Las inyecciones son solo para personas que no pueden con un medicamento "
                     "diario”.", False),
                ],
                "explanation": (
                    "“La inyección” puede ser la buprenorfina mensual o la naltrexona mensual, que "
                    "funcionan de formas opuestas. Una pregunta abierta ayuda a saber qué quiere "
                    "decir ella y qué le importa. Las otras respuestas recomiendan un medicamento, "
                    "dan indicaciones sobre el momento o juzgan."
                ),
            },
            {
                "prompt": (
                    "Usted está preparando una charla corta sobre la xilacina para una noche "
                    "familiar. ¿Qué afirmaciones son correctas para compartir? Elija todas las que "
                    "correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("La xilacina es un sedante, no un opioide, así que la naloxona no revierte "
                     "su efecto", True),
                    ("Aun así se debe dar naloxona cuando se sospecha una sobredosis, porque la "
                     "xilacina muchas veces viene mezclada con opioides como el fentanilo", True),
                    ("Las tiras reactivas de fentanilo también muestran si hay xilacina", False),
                    ("Las heridas por xilacina solo aparecen en el lugar donde la persona se "
                     "inyectó", False),
                ],
                "explanation": (
                    "Los CDC recomiendan dar naloxona aun cuando puede haber xilacina de por medio, "
                    "y llamar al 911. Las tiras reactivas de fentanilo solo detectan fentanilo. Las "
                    "heridas por xilacina pueden aparecer lejos de los lugares de inyección, y se "
                    "han reportado en personas que no se inyectan."
                ),
            },
            {
                "prompt": (
                    "Un grupo de reducción de daños le pide a su programa que reparta tiras "
                    "reactivas de fentanilo en una feria callejera de su pueblo. A usted le "
                    "entusiasma ayudar. ¿Qué debe hacer primero?"
                ),
                "multiple": False,
                "choices": [
                    ("Revisar la ley vigente de su estado sobre las tiras reactivas y la política "
                     "de su programa, y hablar con su supervisor/a.", True),
                    ("Repartirlas, porque las agencias federales las aprobaron en todas partes.",
                     False),
                    ("Decir que no, porque las tiras reactivas son ilegales en todos los estados.",
                     False),
                    ("Repartirlas sin llamar la atención para que nadie haga preguntas.", False),
                ],
                "explanation": (
                    "La situación legal de las tiras reactivas cambia según el estado, y las leyes y "
                    "las reglas de financiamiento han cambiado con el tiempo. Revisar la ley y la "
                    "política de su programa protege a las personas que usted atiende y a su "
                    "programa."
                ),
            },
            {
                "prompt": (
                    "Tamika, residente de una casa de recuperación, encuentra a su compañera de "
                    "cuarto sin respirar. Tamika está en libertad probatoria (probation) y tiene "
                    "miedo de llamar al 911. ¿Qué es lo más útil que le puede decir un coach que "
                    "está al teléfono con ella?"
                ),
                "multiple": False,
                "choices": [
                    ("“Primero está la vida. Llame al 911 y dele naloxona. La mayoría de los "
                     "estados tiene leyes del Buen Samaritano que dan algo de protección a quienes "
                     "llaman para pedir ayuda, y yo me quedo en la línea con usted”.", True),
                    ("“Solo dele naloxona. Si la tiene, no necesita llamar al 911”.", False),
                    ("“Las leyes del Buen Samaritano protegen a todos de cualquier cargo en todos "
                     "los estados, así que no hay nada de qué preocuparse”.", False),
                    ("“Espere a ver si su compañera de cuarto se despierta antes de decidir si "
                     "llama”.", False),
                ],
                "explanation": (
                    "Llamar al 911 sigue siendo necesario, porque el efecto de la naloxona se puede "
                    "pasar y la persona puede necesitar más atención. Las leyes del Buen Samaritano "
                    "dan algo de protección, pero lo que cubren cambia de un estado a otro. Tranquilizarla "
                    "con honestidad y quedarse con ella le ayuda a actuar."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Las personas participantes podrán explicar en palabras sencillas en qué se diferencian "
            "la buprenorfina, la naltrexona y la naloxona: un agonista parcial, un bloqueador y un "
            "medicamento de rescate.",
            "Las personas participantes podrán explicar de forma sencilla la abstinencia precipitada "
            "y ayudar a una persona a preparar preguntas para quien le receta, sin dar ningún "
            "consejo sobre el momento o la dosis.",
            "Las personas participantes podrán demostrar los pasos de la respuesta a una sobredosis "
            "con un aerosol nasal de naloxona de práctica.",
            "Las personas participantes podrán describir la xilacina, cuándo referir a alguien para "
            "cuidado de heridas, y por qué hay que revisar estado por estado las protecciones del "
            "Buen Samaritano y las leyes sobre tiras reactivas.",
        ],
        "agenda": [
            {
                "title": "Apertura: lo que llevamos con nosotros",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Dé la bienvenida al grupo. Recuérdele al grupo que esto es educación, no consejo "
                    "médico, y que el medicamento es un camino válido hacia la recuperación. Invite "
                    "a las personas a compartir solo lo que se sientan cómodas compartiendo. Haga "
                    "las preguntas de apertura y escriba palabras clave en el rotafolio. Diga "
                    "abiertamente que algunas personas en el salón pueden haber perdido a alguien "
                    "por una sobredosis, y que está bien salir un momento."
                ),
                "materials": ["Rotafolio y marcadores"],
                "questions": [
                    "¿Quién trae naloxona hoy, y dónde la guarda?",
                    "¿Qué ha oído decir sobre la buprenorfina o sobre “la inyección” que no sabe "
                    "si es cierto?",
                ],
            },
            {
                "title": "Tres medicamentos, tres funciones",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Use la imagen de la cerradura y la llave. Dibuje una cerradura en el "
                    "rotafolio. Muestre un agonista completo que la gira por completo, la "
                    "buprenorfina que la gira en parte y se agarra con fuerza, la naltrexona que la "
                    "bloquea y la naloxona que saca a los opioides en una emergencia. Explique el "
                    "efecto techo y el riesgo adicional con el alcohol y las benzodiacepinas. Hable "
                    "del fin de la exención X en 2023 y de dónde consiguen las personas la "
                    "buprenorfina: consultorios, OTP, algunas salas de emergencias y telesalud. "
                    "Explique la abstinencia precipitada en palabras sencillas, y luego recalque "
                    "que el momento de empezar siempre se habla con quien receta. Explique la "
                    "espera antes de la naltrexona y la pérdida de tolerancia cuando se pasa su "
                    "efecto. Termine con los dos significados de “la inyección”."
                ),
                "materials": [
                    "Rotafolio con una cerradura dibujada",
                    "Hoja para participantes: Tres medicamentos de un vistazo",
                ],
            },
            {
                "title": "Demostración de la naloxona con un kit de práctica",
                "minutes": 10,
                "method": "demonstration",
                "description": (
                    "Levante y muestre un dispositivo de práctica de aerosol nasal de naloxona. "
                    "Explique que no tiene medicamento y que es solo para practicar. Diga que el "
                    "aerosol nasal de naloxona se vende sin receta desde 2023. Use a una persona "
                    "voluntaria o un maniquí de RCP acostado en el piso. Explique cada paso "
                    "mientras lo hace: gritar y frotar el esternón, llamar al 911 en altavoz, "
                    "inclinar la cabeza hacia atrás, meter la punta y apretar el émbolo, dar "
                    "respiraciones de rescate si tiene entrenamiento, usar un segundo dispositivo en "
                    "la otra fosa nasal si no hay respuesta después de dos a tres minutos, la "
                    "posición de recuperación y quedarse. Luego explique que la xilacina no es un "
                    "opioide, pero que aun así se debe dar naloxona, y que la señal clave es la "
                    "respiración, no que la persona se despierte. Termine con las leyes del Buen "
                    "Samaritano y la necesidad de conocer la ley de su propio estado."
                ),
                "materials": [
                    "Dispositivos de práctica de aerosol nasal de naloxona (uno por pareja)",
                    "Maniquí de RCP o colchoneta para el piso",
                    "Hoja para participantes: Tarjeta de respuesta a una sobredosis",
                ],
            },
            {
                "title": "Enseñar de vuelta en parejas",
                "minutes": 8,
                "method": "teach_back",
                "description": (
                    "Forme parejas, con un dispositivo de práctica por pareja. Una persona le enseña "
                    "a la otra toda la respuesta a una sobredosis como si estuviera entrenando a un "
                    "familiar, usando el dispositivo de práctica y la tarjeta de respuesta. Luego "
                    "cambian. El/la facilitador/a recorre el salón y escucha si mencionan la "
                    "segunda dosis después de dos a tres minutos, la posición de recuperación y "
                    "quedarse con la persona. Corrija con amabilidad y felicite el uso de palabras "
                    "sencillas. Para cerrar, pida a dos parejas que muestren al grupo un paso cada "
                    "una."
                ),
                "materials": [
                    "Dispositivos de práctica de aerosol nasal de naloxona",
                    "Hoja para participantes: Tarjeta de respuesta a una sobredosis",
                ],
            },
            {
                "title": "Juego de roles: “¿Y si me cambio a la inyección?”",
                "minutes": 10,
                "method": "role_play",
                "description": (
                    "Forme grupos de tres: coach, participante y observador/a. Lea el guion en voz "
                    "alta. Dé cinco minutos a quien hace de coach, luego tres minutos de comentarios "
                    "de quien observa usando la lista de verificación, y luego dos minutos para que "
                    "todo el grupo comparta algo que funcionó. Recuerde a quienes hacen de coach que pueden "
                    "compartir datos, no recomendaciones, y nunca indicaciones sobre el momento."
                ),
                "materials": [
                    "Hoja para participantes: Preguntas para llevar a quien le receta",
                    "Lista de verificación para quien observa",
                ],
                "roles": [
                    "Coach (coach entre pares en una sala de emergencias)",
                    "Participante (Andre, de 24 años, despierto después de una sobredosis; tomaba "
                    "películas de buprenorfina el año pasado)",
                    "Observador/a",
                ],
                "script": (
                    "Andre está en una cama de hospital en la sala de emergencias después de una "
                    "sobredosis. El año pasado tomaba películas de buprenorfina, pero las dejó "
                    "cuando perdió su seguro médico. A su primo le ponen una inyección mensual y él "
                    "dice que es lo mejor. Andre no sabe qué inyección es. Está cansado, un poco "
                    "enfermo y se quiere ir a su casa. Primeras frases de Andre: “Mire, yo solo "
                    "me quiero ir de aquí. A mi primo le ponen la inyección y le va súper bien. "
                    "¿Y si mejor me cambio a la inyección? ¿Cuánto tengo que esperar para que me "
                    "la pongan?”"
                ),
                "observer_checklist": [
                    "Quien hizo de coach usó una pregunta abierta para saber qué inyección quería "
                    "decir Andre y qué esperaba",
                    "Quien hizo de coach explicó los dos tipos de inyección de forma sencilla, sin "
                    "recomendar ninguna",
                    "Quien hizo de coach no dio ningún consejo sobre el momento, los tiempos de "
                    "espera o la dosis",
                    "Quien hizo de coach ayudó a Andre a poner en palabras sus propias preguntas "
                    "para el médico",
                    "Quien hizo de coach se aseguró de que Andre saliera con naloxona y un próximo "
                    "paso",
                ],
            },
            {
                "title": "Cierre: reducción de daños donde usted trabaja",
                "minutes": 4,
                "method": "discussion",
                "description": (
                    "Repase cómo referir para cuidado de heridas y las tiras reactivas de fentanilo. "
                    "Recalque que las leyes sobre tiras reactivas cambian según el estado y que las "
                    "personas participantes deben revisar la ley de su estado y la política de su "
                    "programa. Haga las preguntas de cierre. Invite a cada persona a nombrar un "
                    "lugar donde va a ofrecer un entrenamiento sobre naloxona en el próximo mes."
                ),
                "materials": ["Rotafolio y marcadores"],
                "questions": [
                    "¿En qué lugar de su comunidad podría un entrenamiento corto sobre naloxona "
                    "llegar a las personas que lo necesitan?",
                    "¿Qué necesita averiguar sobre las leyes de su estado en cuanto a la protección "
                    "del Buen Samaritano y las tiras reactivas de fentanilo?",
                ],
            },
        ],
        "handouts": [
            {
                "title": "Tarjeta de respuesta a una sobredosis",
                "text": (
                    "Señales de una sobredosis de opioides: no se despierta; respiración lenta, "
                    "superficial o detenida; sonidos de ahogo, gorgoteo o ronquidos; pupilas muy "
                    "pequeñas; labios y puntas de los dedos azules, morados, grises o pálidos como "
                    "ceniza; el cuerpo flojo.\n\n"
                    "Qué hacer:\n"
                    "- Trate de despertar a la persona. Grite su nombre y frote con fuerza los "
                    "nudillos sobre el esternón.\n"
                    "- Llame al 911. Diga que la persona no respira o no se despierta. Dé la "
                    "dirección y siga lo que le diga la persona del 911.\n"
                    "- Dé naloxona. Acueste a la persona boca arriba, incline su cabeza y rocíe un "
                    "dispositivo en una fosa nasal.\n"
                    "- Dé respiraciones de rescate si tiene entrenamiento: una respiración más o "
                    "menos cada cinco segundos.\n"
                    "- Si no hay respuesta después de dos a tres minutos, dé otra dosis con un "
                    "dispositivo nuevo en la otra fosa nasal.\n"
                    "- Si respira pero no está despierta, póngala en la posición de recuperación.\n"
                    "- Quédese hasta que llegue la ayuda. La naloxona dura más o menos de 30 a 90 "
                    "minutos y la sobredosis puede volver.\n\n"
                    "La xilacina no es un opioide, así que la naloxona no revierte su efecto. Dé "
                    "naloxona de todos modos, porque muchas veces hay fentanilo en la mezcla. Fíjese "
                    "en la respiración, no en si se despierta.\n\n"
                    "En la mayoría de los estados, las leyes del Buen Samaritano dan algo de "
                    "protección a quienes llaman al 911 por una sobredosis. Lo que cubren cambia "
                    "según el estado. Conozca la ley de su estado."
                ),
            },
            {
                "title": "Preguntas para llevar a quien le receta",
                "text": (
                    "Quien le receta es la persona indicada para responder preguntas sobre empezar, "
                    "cambiar o dejar un medicamento. Escriba sus preguntas y llévelas a su cita. Un "
                    "coach entre pares le puede ayudar a practicar.\n\n"
                    "Si va a empezar la buprenorfina:\n"
                    "- ¿Cómo voy a saber cuándo tomar mi primera dosis?\n"
                    "- ¿Qué hago si me siento peor después de una dosis?\n"
                    "- ¿A quién llamo de noche o en fin de semana?\n"
                    "- ¿Qué va mejor con mi vida, una película, una tableta o una inyección, y por "
                    "qué?\n\n"
                    "Si está pensando en la naltrexona:\n"
                    "- ¿Cuánto tiempo tengo que estar sin opioides primero, y cómo vamos a saber "
                    "que ya es el momento?\n"
                    "- ¿Qué ayuda puedo recibir durante la espera?\n"
                    "- ¿Qué pasa con mi tolerancia cuando se pasa el efecto de la inyección?\n\n"
                    "Para cualquier medicamento:\n"
                    "- Esto es todo lo que tomo, incluidos el alcohol, lo que uso para dormir y "
                    "otros medicamentos. ¿Hay algo que le preocupe?\n"
                    "- ¿Me puede recetar naloxona, o dónde la puedo conseguir?"
                ),
            },
            {
                "title": "Tres medicamentos de un vistazo",
                "text": (
                    "La buprenorfina es un agonista parcial. Activa en parte el receptor de "
                    "opioides, alivia la abstinencia y las ansias, y tiene un efecto techo sobre la "
                    "respiración. El riesgo sube con el alcohol, las benzodiacepinas y otros "
                    "sedantes. Viene en películas o tabletas, la mayoría con naloxona agregada, y en "
                    "inyecciones semanales o mensuales. Desde 2023 no se necesita una exención "
                    "especial para recetarla. Las personas la consiguen en consultorios, programas "
                    "de tratamiento de opioides, algunas salas de emergencias y por telesalud.\n\n"
                    "La naltrexona es un antagonista, o bloqueador. No es un opioide ni una "
                    "sustancia controlada. Para el trastorno por consumo de opioides, casi siempre "
                    "es una inyección mensual. La persona primero tiene que estar sin opioides por "
                    "un tiempo, que fija quien receta. La tolerancia baja, así que el riesgo de "
                    "sobredosis es alto si consume cuando se pasa el efecto de la inyección.\n\n"
                    "La naloxona es un medicamento de rescate para la sobredosis de opioides. Se "
                    "vende sin receta como aerosol nasal desde 2023. Es segura, no hace nada si no "
                    "hay opioides en el cuerpo, y su efecto se puede pasar antes que el de los "
                    "opioides. Siempre llame al 911 y quédese."
                ),
            },
        ],
    },
}
