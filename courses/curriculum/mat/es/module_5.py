"""Módulo 5 de MAT: El papel del par en la recuperación asistida con medicamentos. Apoyo dirigido
por pares en la tradición MARS, ayuda mutua que acepta los medicamentos, conversaciones con quienes
recetan, familias, crisis y cómo mantenerse en el papel de par."""

from ..module_5 import MODULE as ENGLISH

MODULE = {
    "slug": "the-peers-role",
    "title": "El papel del par en la recuperación asistida con medicamentos",
    "domain": "advocacy",
    "intro": (
        "Lo que hacen los pares que toman medicamentos unos por otros: dirigir su propio apoyo de "
        "recuperación, encontrar reuniones que acepten los medicamentos, prepararse para hablar con "
        "quienes recetan, apoyar a las familias, responder a una crisis y cuidar su salud en el "
        "papel de par."
    ),
    "minutes": 45,
    # Citations of English-language publications: the English module's own list.
    "sources": ENGLISH["sources"],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "peer-run-support-in-the-mars-tradition",
            "title": "Apoyo de recuperación dirigido por pares en la tradición MARS",
            "minutes": 10,
            "body": [
                ("rich_text",
                 "<h2>Por nosotros y para nosotros</h2>"
                 "<p>MARS son las siglas en inglés de Medication Assisted Recovery Services (Servicios "
                 "de Recuperación Asistida con Medicamentos). Empezó en 2005 en el Bronx, en la ciudad "
                 "de Nueva York. Quienes lo empezaron eran pacientes de metadona. Durante años les "
                 "habían dicho que las personas que toman medicamentos no estaban “de verdad” en "
                 "recuperación. Por eso crearon el apoyo que les habría gustado encontrar la primera "
                 "vez que entraron a una clínica.</p>"
                 "<p>La idea era sencilla. Las personas en recuperación asistida con medicamentos "
                 "pueden ayudarse unas a otras. Pueden enseñarse unas a otras. Y pueden hablar por sí "
                 "mismas. Al principio, MARS se pagó con una subvención federal para grupos "
                 "comunitarios de recuperación. Creció hasta volverse un modelo que hoy copian otros "
                 "programas. Si usted se está capacitando en este curso, lo más probable es que se "
                 "esté uniendo a un programa basado en ese modelo.</p>"
                 "<h2>Qué quiere decir “dirigido por pares”</h2>"
                 "<p>Muchos programas contratan a uno o dos pares. Un programa dirigido por pares va "
                 "más allá. Las personas que toman medicamentos para el trastorno por consumo de "
                 "opioides (MOUD) dirigen el trabajo. Así se ve eso en la tradición MARS:</p>"
                 "<ul>"
                 "<li><strong>Los pares fijan la agenda.</strong> Un consejo de miembros ayuda a "
                 "decidir qué grupos, eventos y servicios ofrecer. Cuando cambian las necesidades de "
                 "los miembros, los grupos también cambian. Un año puede ser un grupo de mujeres y un "
                 "club de lectura. Al año siguiente puede ser un grupo sobre volver a trabajar.</li>"
                 "<li><strong>Los pares capacitan a otros pares.</strong> Los miembros aprenden sobre la "
                 "adicción, cómo funcionan los medicamentos, las reglas de la clínica y la "
                 "recuperación. Luego le enseñan al siguiente grupo. Quien hoy es miembro puede dar "
                 "la capacitación mañana.</li>"
                 "<li><strong>Los pares dan los servicios.</strong> El coaching de recuperación, los "
                 "grupos de apoyo, los eventos sociales sin alcohol ni drogas y las celebraciones de "
                 "recuperación están a cargo de personas que toman medicamentos.</li>"
                 "<li><strong>Los pares hablan por sí mismos.</strong> Los miembros cuentan su "
                 "historia en público cuando así lo deciden. Hablan en eventos y en reuniones de "
                 "defensa de derechos, y enseñan a profesionales y al público. Un dicho de este "
                 "movimiento es “hablamos por nosotros mismos”.</li>"
                 "</ul>"
                 "<p>Un programa al estilo MARS trabaja junto al programa de tratamiento. No es la "
                 "clínica. No le da dosis a nadie, no le hace pruebas a nadie y no escribe planes de "
                 "tratamiento. Es una comunidad de recuperación. Eso le da otro tipo de "
                 "confianza.</p>"
                 "<h2>Por qué importa quién lo dice</h2>"
                 "<p>Una persona de consejería puede decirle a alguien que recién llega: “La metadona "
                 "es un medicamento para una enfermedad del cerebro. Usted está en recuperación”. Eso "
                 "es cierto. Pero algunas personas nuevas se preguntan si se lo dicen solo porque es "
                 "su trabajo. Cuando alguien que es coach y ha tomado metadona por diez años dice lo "
                 "mismo, se recibe de otra manera. Esa persona es la prueba viva. Personas que "
                 "ayudaron a crear MARS han dicho que esta fue una de las mayores sorpresas del "
                 "trabajo.</p>"
                 "<p>Piense en la Sra. Adeyemi. Tiene 58 años y lleva seis años tomando metadona. Sus "
                 "amistades de la iglesia todavía le preguntan cuándo va a “dejar esa cosa”. En el "
                 "centro MARS se sienta con mujeres de su edad que toman el mismo medicamento. "
                 "Trabajan, crían a sus nietos y van a la iglesia. Nadie le pide que se explique. Eso "
                 "es lo que da el apoyo dirigido por pares: un lugar donde el medicamento no es la "
                 "historia.</p>"
                 "<h2>¿Un par en el equipo o un programa dirigido por pares?</h2>"
                 "<p>Ayuda ver la diferencia en una semana real. En una clínica con un solo par en el "
                 "equipo, puede que le pidan al par buscar a quienes faltaron a sus citas o explicar "
                 "las reglas de la clínica. Esas tareas pueden ayudar. Pero la clínica decide el "
                 "trabajo. En un programa dirigido por pares, los miembros deciden gran parte del "
                 "trabajo. Pueden votar para empezar un grupo en español, planear un pícnic para el "
                 "Mes de la Recuperación o pedirle a la clínica que cambie la forma en que la gente "
                 "espera su dosis. El programa y la clínica hablan seguido y trabajan como socios. "
                 "Aun así, el programa de pares mantiene su propia voz.</p>"
                 "<p>Dirigido por pares no quiere decir en contra de la clínica. El primer centro "
                 "MARS fue una alianza con las clínicas de metadona de una escuela de medicina y "
                 "atendía a sus pacientes. Los buenos socios comparten "
                 "la misma meta: que las personas se recuperen y sigan con vida. Solo aportan cosas "
                 "distintas. La clínica aporta medicamentos y consejería. El programa de pares aporta "
                 "comunidad, esperanza y una voz.</p>"
                 "<h2>Pares en todos los lugares</h2>"
                 "<p>Los programas basados en este modelo hoy llegan a personas en muchos lugares. "
                 "Usted podría trabajar como coach en un programa de tratamiento de opioides (OTP), "
                 "que es una clínica que da metadona y otros medicamentos. Podría trabajar en un "
                 "centro comunitario de pares, un centro de salud, una casa de recuperación o un "
                 "programa de reingreso para personas que salen de la cárcel. Podría conocer a una "
                 "madre joven que toma buprenorfina, a un chofer de autobús jubilado que lleva veinte "
                 "años tomando metadona, o a un hombre de una reserva indígena que maneja una hora "
                 "para llegar a su clínica. El corazón del trabajo es el mismo en todas partes. "
                 "Acercarse a las personas donde están. Creer en su recuperación. Ayudarles a "
                 "construir la vida que quieren.</p>"
                 "<h2>Su parte en un programa dirigido por pares</h2>"
                 "<p>Como coach, usted trabaja para el programa y también es miembro de una "
                 "comunidad. Eso significa algunas cosas en la práctica diaria:</p>"
                 "<ul>"
                 "<li><strong>Traiga a las personas a la comunidad.</strong> Invite a la persona a "
                 "los grupos, a los eventos y al consejo de pares. La meta es una vida llena de gente, "
                 "no una vida atada a un solo coach.</li>"
                 "<li><strong>Forme líderes.</strong> Fíjese en los miembros que podrían dirigir un "
                 "grupo o unirse al consejo. Pídaselo. A algunas personas nunca antes les "
                 "habían pedido que dirigieran nada.</li>"
                 "<li><strong>Comparta su historia con un propósito.</strong> Su experiencia vivida "
                 "es una herramienta. Úsela cuando ayude a la otra persona. Sea breve. Luego vuelva a "
                 "poner la atención en ella. Por ejemplo: “A mí también me daba miedo decirle a mi "
                 "jefe lo de mi metadona. ¿Qué es lo que más le preocupa a usted?”</li>"
                 "<li><strong>Respete todos los caminos.</strong> Algunos miembros siguen con el "
                 "medicamento toda la vida. Otros lo reducen poco a poco, es decir, bajan la dosis "
                 "despacio con quien les receta. Otros cambian de medicamento. Su propio camino no es "
                 "el modelo para el de otras personas.</li>"
                 "</ul>"
                 "<h2>Lo que es y lo que no es el trabajo de pares</h2>"
                 "<p>SAMHSA, la agencia federal de salud mental y consumo de sustancias, escribió en "
                 "2015 las competencias básicas para trabajadores de apoyo entre pares. Las "
                 "competencias son las destrezas, los conocimientos y las actitudes que necesita un "
                 "trabajo. Están agrupadas en doce áreas. Se basan en algunas ideas. El apoyo entre "
                 "pares está orientado a la recuperación: ofrece esperanza y respeta muchos caminos. "
                 "Está centrado en la persona: la persona lo dirige. Y es voluntario: a nadie se le "
                 "obliga a participar. La capacitación, la mentoría y la supervisión ayudan a los "
                 "pares a desarrollar estas destrezas.</p>"
                 "<p>El trabajo de pares es una relación entre iguales. Usted escucha, comparte "
                 "esperanza, ayuda a la persona a fijar sus propias metas y la conecta con lo que "
                 "necesita. Usted no diagnostica. No da terapia. No da consejos médicos. Nunca juzga "
                 "si una dosis es la correcta, y nunca le dice a nadie cuándo empezar o dejar un "
                 "medicamento. Esas decisiones les corresponden a la persona y a quien le receta. Su "
                 "trabajo es ayudar a la persona a decir lo que quiere y a defenderlo.</p>"),
                ("callout", {
                    "title": "El mensaje de MARS en una línea",
                    "text": (
                        "La recuperación asistida con medicamentos es recuperación, y las personas "
                        "que la viven pueden dirigir, enseñar y hablar por sí mismas."
                    ),
                    "tone": "info",
                }),
                ("reflection", {
                    "min_words": 40,
                    "minutes": 5,
                    "prompt": (
                        "Piense en la primera vez que escuchó a alguien que toma medicamentos "
                        "contar su historia de recuperación, o en la primera vez que usted contó la "
                        "suya. ¿Qué la hizo creíble? Como coach, ¿cómo va a usar su propia historia "
                        "sin dejar de poner la atención en la persona que tiene enfrente?"
                    ),
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "mutual-aid-that-welcomes-medication",
            "title": "Ayuda mutua que acepta los medicamentos",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Por qué importan las reuniones</h2>"
                 "<p>Ayuda mutua quiere decir personas con el mismo problema que se ayudan entre sí, "
                 "por lo general gratis. "
                 "Las reuniones son el tipo más conocido. Algunos estudios encuentran que a las "
                 "personas que toman MOUD y además van a grupos de ayuda mutua les va mejor que a "
                 "quienes solo toman el medicamento. El Instituto Nacional sobre el Abuso de Drogas "
                 "(NIDA) dice que estos grupos pueden ayudar mucho, "
                 "siempre que no presionen a las personas para que dejen su medicamento.</p>"
                 "<p>Esa última parte es el problema. Muchas personas que toman metadona o "
                 "buprenorfina han pasado momentos difíciles en algunas reuniones. Hay estudios sobre "
                 "personas a las que les dijeron que no hablaran, que no pudieron encontrar un "
                 "padrino o una madrina, o a las que les dijeron que su tiempo en recuperación “no "
                 "cuenta”. Algunas se fueron y nunca volvieron. Otras probaron otros grupos hasta "
                 "encontrar uno bueno. Su trabajo es ayudar a las personas a vivir el segundo tipo de "
                 "historia.</p>"
                 "<h2>Grupos creados para la recuperación asistida con medicamentos</h2>"
                 "<ul>"
                 "<li><strong>Medication-Assisted Recovery Anonymous (MARA).</strong> Su nombre "
                 "quiere decir Recuperación Asistida con Medicamentos Anónimos. Es un grupo al estilo "
                 "de doce pasos hecho para personas que toman medicamentos. Usa su propia versión de "
                 "los pasos. Sus tradiciones dicen que lo único que necesita un miembro es el deseo "
                 "de vivir una vida más segura. MARA tiene reuniones en línea todos los días, con la "
                 "cámara opcional y sin inscripción. También tiene reuniones en persona en muchos "
                 "estados.</li>"
                 "<li><strong>Grupos dirigidos por pares en su programa.</strong> Los centros al "
                 "estilo MARS tienen sus propios grupos de apoyo. Los dirigen miembros que toman "
                 "medicamentos. Los temas los proponen los miembros.</li>"
                 "<li><strong>Reuniones para todos los caminos.</strong> Algunas organizaciones "
                 "comunitarias de recuperación tienen reuniones abiertas a cualquier persona que esté "
                 "en recuperación o que la busque, sea cual sea su camino. Algunas las llaman "
                 "reuniones All Recovery (“toda recuperación”). Personas que toman medicamentos, "
                 "personas en programas de doce pasos y personas que siguen otros caminos comparten "
                 "el mismo espacio.</li>"
                 "</ul>"
                 "<h2>Otros grupos y lo que dicen</h2>"
                 "<p>Describa siempre a las agrupaciones con justicia. Dígales a las personas lo que "
                 "dicen los escritos del propio grupo. No repita rumores. Y nunca hable mal de una "
                 "agrupación que ha salvado muchas vidas.</p>"
                 "<ul>"
                 "<li><strong>SMART Recovery</strong> usa un programa de cuatro puntos: fortalecer la "
                 "motivación, manejar las ganas de consumir, manejar los pensamientos, sentimientos y "
                 "conductas, y vivir una vida equilibrada. SMART dice que da la bienvenida a las "
                 "personas que toman medicamentos recetados y aprobados por la FDA (la agencia "
                 "federal de alimentos y medicamentos) para el trastorno por consumo de opioides, y "
                 "rechaza la idea de que eso sea cambiar una droga por otra. Su junta directiva en "
                 "EE. UU. cambió sus palabras "
                 "de “basado en la abstinencia” a “orientado a la abstinencia” para dejarlo claro. "
                 "En 2022 agregó que los miembros eligen sus propias metas. SMART también tiene "
                 "reuniones de Familia y Amistades (Family and Friends).</li>"
                 "<li><strong>Narcóticos Anónimos (NA)</strong> basa su programa en la abstinencia "
                 "completa. Su literatura dice que NA no tiene opinión sobre la metadona ni sobre "
                 "otros tratamientos. Un boletín de NA de 1996 decía que las personas que toman "
                 "metadona son bienvenidas a asistir y escuchar, pero que compartir o dirigir en las "
                 "reuniones no llevaría el mensaje de NA. Un folleto posterior de NA deja que cada "
                 "grupo decida cómo participan los miembros que toman medicamentos. En 2018, la "
                 "conferencia de servicio mundial de NA votó para planear nueva literatura sobre "
                 "esto, y se volvió un tema de conversación para toda la agrupación, después de "
                 "informes de que las personas que toman medicamentos "
                 "muchas veces no se sentían bienvenidas. Así que la respuesta real es: depende del "
                 "grupo. Muchos grupos de NA reciben bien a las personas que toman medicamentos. "
                 "Algunos no.</li>"
                 "<li><strong>Alcohólicos Anónimos (AA)</strong> es para personas que quieren dejar "
                 "de beber. AA no tiene una postura oficial sobre la metadona ni la buprenorfina. Su "
                 "folleto sobre los medicamentos dice que ningún miembro de AA debe “hacer de "
                 "médico”, y que los consejos médicos deben venir de un médico calificado. Los "
                 "miembros que toman medicamentos pueden mostrar ese folleto si alguien les da "
                 "consejos médicos.</li>"
                 "</ul>"
                 "<h2>Cómo ayudar a alguien a encontrar una reunión acogedora</h2>"
                 "<p>Javier tiene 34 años. Empezó a tomar buprenorfina hace dos meses en un centro de "
                 "salud. Fue a una reunión cerca de su casa y un hombre le dijo que “todavía estaba "
                 "consumiendo”. Él dice que ya no quiere saber nada de reuniones. Así es como un "
                 "coach puede ayudar:</p>"
                 "<ol>"
                 "<li><strong>Primero escuche.</strong> Deje que cuente cómo se sintió. Le dolió. No "
                 "se apure a arreglarlo y no hable mal del grupo.</li>"
                 "<li><strong>Pregúntele qué quiere.</strong> ¿Quiere una reunión espiritual o una "
                 "laica? ¿En inglés o en español? ¿En línea o en persona? ¿Cerca de una ruta de "
                 "autobús? ¿Con cuidado de niños? ¿Una reunión de hombres?</li>"
                 "<li><strong>Use lo que saben los pares.</strong> Los miembros y exparticipantes "
                 "saben qué reuniones locales son amigables. Tenga una lista en su programa y "
                 "manténgala al día.</li>"
                 "<li><strong>Ofrezca opciones.</strong> Nombre dos o tres opciones, como una reunión "
                 "de MARA en línea, una reunión para todos los caminos en el centro de recuperación y "
                 "una reunión de SMART. Deje que él elija. Sugiérale que pruebe varias antes de "
                 "decidir.</li>"
                 "<li><strong>Acompañe o conecte.</strong> Si su programa lo permite, vaya con él la "
                 "primera vez. O preséntele a un miembro que ya asiste.</li>"
                 "<li><strong>Hablen sobre compartir.</strong> Su medicamento es información de salud "
                 "privada. Él decide si lo menciona, y a quién. Las dos decisiones están "
                 "bien.</li>"
                 "<li><strong>Practiquen una respuesta.</strong> Si alguien critica su medicamento, "
                 "él puede decir: “Mi tratamiento es entre mi médico y yo”, y seguir adelante. Puede "
                 "irse antes si lo necesita.</li>"
                 "<li><strong>Pregunte después.</strong> Pregúntele qué funcionó y qué no.</li>"
                 "</ol>"
                 "<p>La ayuda mutua siempre es decisión de la persona. A algunas personas les va bien "
                 "sin ninguna reunión. Nunca ponga las reuniones como condición para darle su "
                 "apoyo.</p>"
                 "<h2>Padrinos, madrinas, mentores y reuniones obligatorias</h2>"
                 "<p>En los grupos de doce pasos, un padrino o una madrina es un miembro con más "
                 "experiencia que guía a alguien más nuevo. Un buen padrino o una buena madrina "
                 "puede ser un gran regalo. Pero no es un médico. "
                 "Si una persona que toma medicamentos quiere un padrino o una madrina, ayúdele a "
                 "preguntar pronto y con amabilidad: “Tomo buprenorfina como me la recetaron. ¿Le "
                 "parece bien?” Es mucho mejor saber la respuesta el primer día que después de meses "
                 "de trabajar juntos. Algunas personas encuentran padrino o madrina en MARA o en un "
                 "grupo para todos los caminos. Otras encuentran a una persona mentora en el centro "
                 "de pares.</p>"
                 "<p>A veces las reuniones no son una decisión libre. Un tribunal, un oficial de "
                 "libertad condicional o un programa de tratamiento puede pedirle a la persona que "
                 "vaya. Si a la persona le preocupa cómo la van a tratar, ayúdele a preguntar si "
                 "otras reuniones, como SMART, MARA o un grupo dirigido por pares, pueden contar. "
                 "Ayúdele a llevar prueba de asistencia si se la piden. Si le dicen que deje su "
                 "medicamento para cumplir una regla, trátelo como un asunto de derechos. Llévelo a "
                 "su supervisor/a de inmediato, y ayude a la persona a pedirle una carta a quien le "
                 "receta.</p>"
                 "<h2>Cuando no hay una buena reunión cerca</h2>"
                 "<p>En muchos pueblos rurales puede haber una sola reunión a la semana, y puede que "
                 "no se sienta amigable. Aquí las reuniones en línea ayudan mucho. Una persona con un "
                 "teléfono puede unirse a una reunión de MARA o de SMART desde la mesa de la cocina. "
                 "Ayude a las personas a probar la aplicación, encontrar los horarios de las "
                 "reuniones y escoger un lugar tranquilo.</p>"
                 "<p>Los pares también pueden empezar reuniones. Esta es la tradición MARS en acción. "
                 "MARA publica los pasos para empezar una reunión en persona, en línea o de las dos "
                 "formas. Algunos miembros de su centro podrían empezar una reunión de MARA, una "
                 "reunión para todos los caminos o un grupo de mujeres. Hable con su supervisor/a "
                 "sobre el espacio, los horarios y quién va a dirigir. Una reunión que los propios "
                 "miembros construyen muchas veces es la que más se siente como un hogar.</p>"
                 "<h2>Casas de recuperación y otros lugares</h2>"
                 "<p>Las reuniones no son los únicos lugares donde se cuestionan los medicamentos. "
                 "Algunas casas de recuperación no aceptan a residentes que toman metadona o "
                 "buprenorfina. Hay investigadores que señalan esto como una barrera real. Otras casas "
                 "reciben a residentes que toman medicamentos y tienen reglas claras para guardarlos "
                 "de forma segura. Si alguien necesita una casa de recuperación, ayúdele a preguntar "
                 "antes de mudarse: “¿Aceptan residentes que toman medicamentos recetados para el "
                 "trastorno por consumo de opioides? ¿Dónde y cómo se guardan?” Tenga una lista de "
                 "las casas que dicen que sí. Lo mismo vale para los eventos sin alcohol ni drogas, "
                 "los grupos de fe y los equipos deportivos. Ayude a las personas a hacer buenas "
                 "preguntas desde el principio, para que nada las tome por sorpresa.</p>"),
                ("callout", {
                    "title": "Palabras justas sobre todas las agrupaciones",
                    "text": (
                        "Diga lo que dice la literatura del propio grupo, y agregue que cada reunión "
                        "es distinta. Evite afirmaciones generales como “NA está en contra de la "
                        "metadona”. Muchas personas que toman medicamentos han encontrado allí un "
                        "grupo base."
                    ),
                    "tone": "tip",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Lorraine toma metadona y quiere probar una reunión de doce pasos. Le "
                            "pregunta a usted si la van a recibir bien. ¿Cuál es la respuesta más "
                            "exacta?"
                        ),
                        "choices": [
                            ("Depende del grupo. Averigüemos qué reuniones locales son amigables "
                             "y veamos algunas opciones.", True),
                            ("No. Los grupos de doce pasos no aceptan a personas que toman "
                             "metadona.", False),
                            ("Sí. Todos los grupos de doce pasos tienen que recibirla bien.", False),
                        ],
                        "explanation": (
                            "Los grupos de doce pasos deciden muchas cosas grupo por grupo. Algunos "
                            "reciben con cariño a las personas que toman medicamentos y otros no. "
                            "Ayudarla a encontrar una reunión amigable, y nombrar otras opciones, "
                            "es exacto y justo."
                        ),
                    },
                    {
                        "prompt": (
                            "En una reunión, alguien le dice a Curtis que deje su buprenorfina. "
                            "¿Qué texto de AA podría mostrar él?"
                        ),
                        "choices": [
                            ("El folleto de AA sobre los medicamentos, que dice que ningún miembro "
                             "debe hacer de médico.", True),
                            ("La regla de AA de que los miembros que toman medicamentos no pueden "
                             "asistir.", False),
                            ("La declaración oficial de AA de que la buprenorfina es el mejor "
                             "tratamiento.", False),
                        ],
                        "explanation": (
                            "AA no tiene una postura oficial sobre estos medicamentos. Su folleto "
                            "sobre los medicamentos dice que los consejos médicos deben venir de un "
                            "médico calificado, no de otros miembros."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "prescribers-and-families",
            "title": "Apoyo en las conversaciones con quienes recetan, y apoyo a las familias",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>La persona es quien más sabe cómo se siente</h2>"
                 "<p>Los médicos, el personal de enfermería de práctica avanzada y los asistentes "
                 "médicos que recetan MOUD necesitan buena información para hacer su trabajo. Solo "
                 "la persona se la puede dar. ¿Cómo se siente en la mañana? ¿En la noche? ¿Tiene "
                 "ansias? ¿Puede dormir? Muchas personas se quedan en blanco en una cita corta. Dicen "
                 "“bien” y se van sin hacer su verdadera pregunta. Un coach puede cambiar eso.</p>"
                 "<p>Las guías federales llaman a esto toma de decisiones compartida. Quiere decir "
                 "que quien receta aporta el conocimiento médico, y la persona aporta sus propios "
                 "valores, metas y vida diaria. Deciden juntos. SAMHSA, la agencia federal de salud "
                 "mental y consumo de sustancias, creó una herramienta gratis para esto, llamada "
                 "Decisions in Recovery (Decisiones en la recuperación). Ayuda a las personas a "
                 "aprender sobre los medicamentos, compararlos y hablar con un proveedor sobre lo que "
                 "prefieren. La norma federal de 2024 para los programas de tratamiento de opioides "
                 "también pide una atención centrada en el paciente. Y la guía de SAMHSA sobre estos "
                 "medicamentos, TIP 63, dice que las dosis y los horarios deben ajustarse a cada "
                 "persona. Justo por eso quien receta necesita oír las propias palabras de la "
                 "persona.</p>"
                 "<h2>Cómo ayuda un coach sin dar consejos médicos</h2>"
                 "<p>Jasmine tiene 27 años y 20 semanas de embarazo. Toma buprenorfina. Le cuenta a "
                 "usted que cada noche se siente temblorosa y sudorosa, y se pregunta si debería tomar "
                 "un pedazo más de su película (tira) de buprenorfina. Usted no responde esa "
                 "pregunta. En cambio, le ayuda a llevarla a la persona correcta:</p>"
                 "<ul>"
                 "<li><strong>Ayúdele a describirlo.</strong> Haga preguntas abiertas. “¿Qué nota? ¿A "
                 "qué hora empieza? ¿Cuánto dura? ¿Qué le ayuda?” Use las palabras de ella, no "
                 "palabras médicas.</li>"
                 "<li><strong>Sugiérale un registro sencillo.</strong> Durante una semana, ella anota "
                 "la hora de su dosis, cuándo se siente mal, las ansias, el sueño y el ánimo. Bastan "
                 "unas cuantas líneas al día.</li>"
                 "<li><strong>Escriban las preguntas.</strong> Ayúdele a escoger sus tres preguntas "
                 "principales. Por ejemplo: “Para las seis de la tarde ya me siento mal. ¿Qué podría "
                 "estar pasando?” y “¿Esto es seguro para el bebé?”</li>"
                 "<li><strong>Recuérdele mencionar todos sus medicamentos.</strong> Anímela a decirle "
                 "a cada profesional que le receta y a quien le da atención prenatal todos los "
                 "medicamentos que toma, y también lo del embarazo.</li>"
                 "<li><strong>Practiquen.</strong> Hagan un juego de roles de la conversación. Deje "
                 "que ella lo diga en voz alta una vez.</li>"
                 "<li><strong>Planeen la cita.</strong> Ella puede llevar la lista, llevar a una "
                 "persona de apoyo si quiere, pedir que le hablen con palabras sencillas y repetir lo "
                 "que escuchó: “Entonces usted quiere que yo…”</li>"
                 "<li><strong>Dé seguimiento.</strong> Pregúntele cómo le fue y cuál es el siguiente "
                 "paso.</li>"
                 "</ul>"
                 "<p>Si ella pregunta: “¿Debería tomar más?”, una buena respuesta es: “Esa es una "
                 "pregunta muy importante para quien le receta. Escribamos exactamente lo que siente "
                 "para que pueda preguntar hoy mismo”. Si la clínica está cerrada, ayúdele a usar la "
                 "línea del programa para fuera de horario o las instrucciones que le dio quien le "
                 "receta.</p>"
                 "<p>Lo mismo vale para toda decisión importante. Si alguien quiere reducir su dosis "
                 "poco a poco, apoye su derecho a decidir. Ayúdele a hablarlo con quien le receta, y "
                 "a escribir preguntas como: “¿Qué pasa con mi tolerancia si bajo la dosis?” "
                 "La tolerancia es qué tan acostumbrado está el cuerpo a los opioides. Baja cuando "
                 "una persona deja de tomarlos. Ayúdele también a planear más apoyo para ese tiempo. "
                 "Nunca diga que una dosis es demasiado alta o demasiado baja, y nunca la compare con "
                 "la suya.</p>"
                 "<h2>Cuando la persona y quien receta no están de acuerdo</h2>"
                 "<p>A veces una persona sale molesta de una cita. Tal vez pidió un cambio y le "
                 "dijeron que no. Tal vez sintió que la apuraron o que la trataron con desprecio. "
                 "Empiece por escuchar. Luego ayúdele a aclarar qué quiere que pase después. Un coach "
                 "no toma partido en la pregunta médica. Un coach ayuda a la persona a usar su "
                 "voz.</p>"
                 "<ul>"
                 "<li>Ayúdele a escribir una nota corta de lo que pidió y lo que escuchó.</li>"
                 "<li>Sugiérale que le pida a quien le receta que le explique la razón con palabras "
                 "sencillas.</li>"
                 "<li>Ayúdele a pedir una cita de seguimiento para volver a hablarlo.</li>"
                 "<li>Explíquele las maneras que tiene el programa para presentar una inquietud, como "
                 "una persona que defiende a los pacientes, un grupo asesor de pacientes o el proceso "
                 "de quejas.</li>"
                 "<li>Hágale saber que puede pedir una segunda opinión a otro profesional que "
                 "recete.</li>"
                 "</ul>"
                 "<p>Así podría ser una práctica corta. El coach dice: “Hagamos de cuenta que yo soy "
                 "el Dr. Patel. ¿Qué quiere que yo sepa?” La persona dice: “Me siento mal todas las "
                 "noches como a las seis, y tengo miedo de consumir”. El coach dice: “Eso fue claro. "
                 "Dijo la hora y lo que le preocupa. ¿Qué pregunta quiere hacer después?” Practicar "
                 "así da confianza rápido.</p>"
                 "<h2>Apoyo a las familias</h2>"
                 "<p>Las familias cargan con su propio miedo, enojo y vergüenza. Algunas han visto "
                 "sobredosis. Algunas han oído por años que la metadona es “solo otra droga”. El "
                 "estigma en la familia puede empujar a una persona a dejar un medicamento que la "
                 "mantiene con vida. Las familias también pueden ser el mayor apoyo de una persona. "
                 "Un coach puede ayudar de cuatro maneras.</p>"
                 "<h3>1. Información, con el permiso de la persona</h3>"
                 "<p>Comparta datos sencillos. TIP 63 dice que estos medicamentos son seguros y "
                 "eficaces cuando se toman como se recetaron. Para muchas personas son parte de la "
                 "recuperación, y por lo general funcionan mejor que un tratamiento sin medicamento. "
                 "Ofrezca una noche para familias o una hoja informativa. Comparta solo lo que la "
                 "persona ha aceptado compartir.</p>"
                 "<p>Piense en la Sra. Yazzie. Está criando a dos nietos mientras su hija reconstruye "
                 "su vida con la ayuda de la metadona. Ella le dice a usted: “Solo está cambiando una "
                 "droga por otra”. No discuta. Pregúntele qué ha visto desde que su hija empezó el "
                 "tratamiento. Tal vez le diga que su hija llega a tiempo, paga su cuenta del "
                 "teléfono y llama a los niños todas las noches. Entonces usted puede decir: “Para "
                 "eso es este medicamento. La estabiliza para que pueda hacer esas cosas”. Los datos "
                 "llegan mejor "
                 "cuando se conectan con lo que un familiar ya ha visto con sus propios "
                 "ojos.</p>"
                 "<h3>2. Naloxona en cada hogar</h3>"
                 "<p>La naloxona revierte una sobredosis de opioides. En 2023, la FDA (la agencia "
                 "federal de alimentos y medicamentos) aprobó un aerosol nasal de naloxona para "
                 "venderse sin receta. Las familias lo pueden comprar en farmacias y otras tiendas. "
                 "Sugiérales que lo guarden donde todos sepan buscarlo, y que aprendan los pasos. "
                 "Esto no es una señal de desconfianza. Es como tener un extintor en la cocina.</p>"
                 "<h3>3. Límites y confidencialidad</h3>"
                 "<p>Una ley federal, la norma de confidencialidad 42 CFR Parte 2, protege los "
                 "registros de los programas de consumo de sustancias. Protege incluso el hecho de "
                 "que alguien sea paciente. Si una madre llama para preguntar si su hijo vino al "
                 "programa, usted no lo confirma ni lo niega, a menos que él haya firmado un "
                 "consentimiento por escrito. Aun así puede ser amable: “No puedo dar información "
                 "sobre nadie, pero le puedo contar sobre el apoyo para familias en nuestra zona”. "
                 "Con consentimiento, comparta solo lo que la persona aceptó. Las familias también "
                 "necesitan sus propios límites. Está bien que un padre diga: “Te quiero, y no te voy "
                 "a dar dinero en efectivo”.</p>"
                 "<h3>4. Apoyo para la propia familia</h3>"
                 "<p>Indique a las familias dónde encontrar ayuda para ellas mismas. CRAFT, siglas en "
                 "inglés de Refuerzo Comunitario y Entrenamiento Familiar, es un método probado para "
                 "familias. Les enseña a hablar con calma y sin juzgar, a premiar los pasos "
                 "saludables y a cuidarse a sí mismas. Las reuniones de Familia y Amistades de SMART "
                 "Recovery son otra opción. "
                 "Una familia que se siente apoyada tiene menos probabilidad de presionar a un ser "
                 "querido para que deje el medicamento.</p>"),
                ("callout", {
                    "title": "Una frase para recordar",
                    "text": (
                        "Ayude a la persona a describirlo, escribirlo y llevarlo a quien le receta. "
                        "La respuesta médica le toca a quien receta. La decisión le toca a la "
                        "persona."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "El Sr. Nguyen, de 67 años, le cuenta que le da mucho sueño como una "
                            "hora después de su dosis de metadona. ¿Cuál es la mejor respuesta?"
                        ),
                        "choices": [
                            ("Ayudarle a anotar cuándo pasa y cuánto dura, y planear decírselo hoy "
                             "al personal de enfermería o a quien le receta.", True),
                            ("Decirle que seguramente su dosis es demasiado alta y que pida "
                             "menos.", False),
                            ("Decirle que eso le pasa a todo el mundo y que no se preocupe.", False),
                        ],
                        "explanation": (
                            "El sueño después de una dosis es algo que quien receta necesita saber. "
                            "Un coach le ayuda a describirlo y a llevarlo al equipo médico, sin "
                            "juzgar la dosis ni restarle importancia."
                        ),
                    },
                    {
                        "prompt": (
                            "Una mujer llama y dice que es la hermana de Nadia. Pregunta si Nadia "
                            "todavía viene al programa. No hay un consentimiento firmado. ¿Qué "
                            "dice usted?"
                        ),
                        "choices": [
                            ("Que no puede dar información sobre nadie, y le ofrece información "
                             "sobre apoyo para familias.", True),
                            ("Que sí, pero que no puede decir nada más.", False),
                            ("Que le va a pedir a Nadia que la llame hoy.", False),
                        ],
                        "explanation": (
                            "La norma federal de confidencialidad 42 CFR Parte 2 protege incluso el "
                            "hecho de que alguien sea paciente. Decir que va a pasar un mensaje "
                            "también confirma que Nadia asiste. Aun así, puede ofrecer apoyo "
                            "general a la familia."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "crisis-and-staying-in-the-peer-role",
            "title": "Reconocer una crisis y mantenerse bien en el papel de par",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Dos riesgos que debe conocer</h2>"
                 "<p>Las personas con trastorno por consumo de opioides tienen un riesgo de suicidio "
                 "más alto que la mayoría de la gente. El riesgo sube cuando alguien vuelve a "
                 "consumir. Algunas sobredosis no son accidentes, aunque nadie lo diga. Eso significa "
                 "que un coach necesita estar listo para dos tipos de crisis: los pensamientos de "
                 "suicidio y la sobredosis. Muchas veces están relacionados.</p>"
                 "<h2>Señales de alerta de suicidio</h2>"
                 "<p>El Instituto Nacional de Salud Mental (NIMH) tiene una lista de señales de "
                 "alerta. Preste atención a lo que hace y dice alguien que:</p>"
                 "<ul>"
                 "<li>habla de querer morir, de no tener razón para vivir o de sentirse sin "
                 "salida;</li>"
                 "<li>habla de ser una carga para los demás, como “estarían mejor sin mí”;</li>"
                 "<li>se aleja de su familia, sus amistades o sus grupos;</li>"
                 "<li>regala cosas que le importan o se despide;</li>"
                 "<li>consume más alcohol o drogas, o corre grandes riesgos;</li>"
                 "<li>busca una forma de morir, como juntar pastillas;</li>"
                 "<li>de repente parece estar en calma después de mucho tiempo de tristeza "
                 "profunda.</li>"
                 "</ul>"
                 "<p>Las pérdidas grandes, como una muerte o una separación, pueden aumentar el "
                 "riesgo. Ponga más atención cuando alguien esté pasando por un momento difícil como "
                 "ese.</p>"
                 "<h2>Qué hacer: quedarse, preguntar, conectar</h2>"
                 "<ol>"
                 "<li><strong>Quédese.</strong> No deje sola a la persona. Si puede, vayan a un lugar "
                 "privado.</li>"
                 "<li><strong>Pregunte directamente.</strong> Use palabras claras: “¿Está pensando en "
                 "suicidarse?” Mucha gente teme que preguntar le meta la idea en la cabeza a alguien. "
                 "Una revisión de las investigaciones encontró que no es así. Hablar del tema hasta "
                 "puede aliviar esos pensamientos.</li>"
                 "<li><strong>Escuche.</strong> No discuta, no dé sermones y no prometa que todo va a "
                 "estar bien. Dígale que se alegra de que se lo haya contado.</li>"
                 "<li><strong>Conecte con el 988.</strong> La 988 Línea de Prevención del Suicidio y "
                 "Crisis empezó en julio de 2022. Las personas pueden llamar o enviar un mensaje de "
                 "texto al 988, o chatear en línea, a cualquier hora y gratis. Personal de consejería "
                 "capacitado ayuda con pensamientos de suicidio, crisis de salud mental o de consumo "
                 "de sustancias, y cualquier tipo de angustia emocional. Se ofrece atención en "
                 "español, y las personas veteranas pueden marcar 1 para la Línea de Crisis para "
                 "Veteranos. Usted también puede llamar al 988 para pedir consejo si le preocupa "
                 "alguien. Lo mejor de todo es llamar o escribir juntos, con la persona a su "
                 "lado.</li>"
                 "<li><strong>Llame al 911 en una emergencia.</strong> Si la persona se ha hecho "
                 "daño, tiene a la mano con qué hacerlo y no va a mantenerse a salvo, o si hay una "
                 "vida en peligro en este momento, llame al 911.</li>"
                 "<li><strong>Siga el protocolo de crisis de su programa.</strong> Todos los "
                 "programas tienen uno. Apréndalo antes de necesitarlo. Le dice a quién llamar y qué "
                 "debe anotar.</li>"
                 "<li><strong>Avise a su supervisor/a.</strong> Hágalo enseguida, el mismo día. Nunca "
                 "prometa guardar en secreto los pensamientos de suicidio. Puede decir: “Usted me "
                 "importa demasiado como para guardarme esto”.</li>"
                 "<li><strong>Dé seguimiento.</strong> Comuníquese con la persona al día siguiente y "
                 "en los días que siguen.</li>"
                 "</ol>"
                 "<h3>Cuando llega por teléfono o por mensaje de texto</h3>"
                 "<p>No todas las crisis pasan cara a cara. Un miembro puede enviarle un mensaje "
                 "tarde en la noche: "
                 "“Ya no puedo más. Gracias por todo”. Si está trabajando, responda enseguida. Haga "
                 "la misma pregunta directa. Pregunte dónde está y si hay alguien acompañándole. "
                 "Mantenga la conversación. Si está con alguien de su equipo, pídale que llame al 911 "
                 "o a su línea de crisis mientras usted sigue hablando con la persona. Si recibe un "
                 "mensaje así fuera del horario de trabajo, siga el plan de su programa para fuera de "
                 "horario. Asegúrese de que cada miembro sepa que usted no está de guardia toda la "
                 "noche, y que el 988 sí lo está.</p>"
                 "<h3>Conozca la ayuda para crisis en su zona</h3>"
                 "<p>SAMHSA, la agencia federal de salud mental y consumo de sustancias, describe la "
                 "atención de crisis en tres partes: líneas de crisis como el 988, equipos móviles de "
                 "crisis que van a donde está la persona, y centros de crisis donde alguien puede "
                 "quedarse por un tiempo corto para estabilizarse. Muchos de estos servicios ahora "
                 "incluyen a pares, que aportan la confianza de haber vivido experiencias parecidas. "
                 "Averigüe "
                 "lo que hay en su zona antes de necesitarlo. Guarde los nombres en su teléfono.</p>"
                 "<h2>Riesgo de sobredosis y cómo responder</h2>"
                 "<p>El riesgo de sobredosis se dispara cuando la tolerancia de una persona ha bajado. "
                 "Esto "
                 "pasa después de un tiempo en la cárcel o en prisión, después de una "
                 "desintoxicación, después de dejar los MOUD y en las primeras semanas después de "
                 "terminar un tratamiento. Mezclar opioides con alcohol o con sedantes como las "
                 "benzodiacepinas aumenta el riesgo. También lo aumenta la droga de la calle, que "
                 "puede tener fentanilo. Hable abiertamente de estos momentos, y asegúrese de que las "
                 "personas que salen de la cárcel, como Wade, que regresa a su casa en un condado "
                 "rural, tengan naloxona en la mano.</p>"
                 "<p>Las señales de una sobredosis incluyen una persona que no despierta, respiración "
                 "lenta o que se detiene, labios o puntas de los dedos azules o grises, y sonidos "
                 "como gorgoteos o ronquidos. El kit de herramientas de SAMHSA sobre sobredosis da "
                 "estos pasos:</p>"
                 "<ol>"
                 "<li>Trate de despertar a la persona. Grite su nombre y frótele con fuerza el centro "
                 "del pecho.</li>"
                 "<li>Llame al 911. Puede decir simplemente que alguien no respira.</li>"
                 "<li>Dé naloxona. Si no hay cambio en dos a tres minutos, dé una segunda dosis.</li>"
                 "<li>Ayude con la respiración dando respiraciones de rescate si tiene "
                 "capacitación.</li>"
                 "<li>Cuando respire, póngala de lado. Quédese hasta que llegue la ayuda.</li>"
                 "</ol>"
                 "<p>La naloxona deja de hacer efecto en unos 30 a 90 minutos. Muchos opioides duran "
                 "más, así que la sobredosis puede volver. Esa es una razón más para llamar al 911 y "
                 "quedarse. "
                 "La persona puede despertar con síntomas de abstinencia repentinos. Trátela con "
                 "calma y dignidad. La mayoría de los estados tienen leyes del Buen Samaritano que "
                 "dan cierta protección legal a las personas que piden ayuda durante una sobredosis. "
                 "Los detalles cambian según el estado, así que aprenda los del suyo. Cuando todo se "
                 "calme, es válido preguntarle con suavidad a la persona cómo está y si quería morir. "
                 "Luego siga los pasos de arriba.</p>"
                 "<p>Los días después de una sobredosis también importan. La persona puede sentir "
                 "vergüenza, miedo o enojo. Búsquela. Dígale que se alegra de que esté con vida. "
                 "Pregúntele qué necesita. Si quiere empezar o retomar un tratamiento, ayúdele a "
                 "comunicarse pronto con alguien que recete. Asegúrese de que ella y quienes la rodean "
                 "tengan naloxona. Hable con su supervisor/a sobre lo que pasó y sobre cómo está "
                 "usted, aunque todo haya salido "
                 "bien.</p>"
                 "<p>En una verdadera emergencia médica, las reglas federales de privacidad para los "
                 "registros de consumo de sustancias permiten que la información necesaria llegue al "
                 "personal médico. El protocolo de su programa le explica cómo funciona esto donde "
                 "usted trabaja.</p>"
                 "<h2>Mantenerse bien en el papel de par</h2>"
                 "<p>Las crisis dejan huella. Muchos pares han perdido miembros por sobredosis. "
                 "Escuchar el dolor de otras personas día tras día puede cambiar poco a poco cómo "
                 "usted se siente y piensa. Esto se llama trauma vicario o trauma secundario. Las "
                 "señales incluyen sentir agotamiento, impotencia o culpa, o querer evitar a ciertos "
                 "miembros. "
                 "En un par, también puede despertar traumas viejos o ansias de consumir. Nada de "
                 "esto quiere decir que usted es débil. Quiere decir que le importa y que usted "
                 "también necesita apoyo.</p>"
                 "<ul>"
                 "<li><strong>Use la supervisión.</strong> Lleve a su supervisor/a los casos "
                 "difíciles, los errores y los sentimientos. Pida una sesión de repaso (debriefing) "
                 "después de cada crisis.</li>"
                 "<li><strong>Proteja su propia recuperación.</strong> Mantenga sus propias "
                 "reuniones, sus propias citas con quien le receta y sus propios apoyos.</li>"
                 "<li><strong>Cuide sus límites.</strong> Fije un horario de trabajo. Sepa cuándo "
                 "contesta el teléfono y cuándo no. Usted es una parte de un equipo, no toda la red "
                 "de seguridad.</li>"
                 "<li><strong>Vivan el duelo en equipo.</strong> Perder a un miembro duele. Pregúntele a "
                 "su equipo cómo pueden honrar juntos a los miembros que murieron.</li>"
                 "<li><strong>Fíjese en lo bueno.</strong> Los pares suelen decir que sienten un "
                 "orgullo real por este trabajo. Anote también los logros.</li>"
                 "</ul>"
                 "<p>Mantenerse en el papel de par también protege a las personas a quienes usted "
                 "sirve. Mantenga en confidencialidad lo que se entere. Compártalo solo como lo "
                 "permita la política de su programa, y solo lo que otras personas necesitan saber. "
                 "Cuando tenga dudas de si algo le toca hacerlo a usted, pregúntele a su supervisor/a "
                 "antes de actuar.</p>"),
                ("callout", {
                    "title": "Tres números que debe conocer",
                    "text": (
                        "Llame o envíe un mensaje de texto al 988 en una crisis suicida o emocional. "
                        "Llame al 911 cuando haya una vida en peligro en este momento. Llame a su "
                        "supervisor/a siempre."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "Después del grupo del jueves",
                    "situation": (
                        "Lourdes Reyes tiene 61 años y lleva 12 años tomando metadona. Hace mucho "
                        "tiempo que viene al grupo de apoyo de recuperación asistida con "
                        "medicamentos de los jueves. Su esposo murió en la primavera. Después de la "
                        "reunión de esta noche, se queda para ayudar a apilar las sillas. Cuando el "
                        "salón queda vacío, dice en voz baja: “Ya no le veo sentido a nada. Todos "
                        "estarían mejor sin mí”."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Sentarse con ella, agradecerle que se lo haya contado y "
                                "preguntarle directamente: “¿Está pensando en suicidarse?”"
                            ),
                            "feedback": (
                                "Sí. Ella ha dicho dos señales de alerta: no verle sentido a la "
                                "vida y sentirse una carga. Quedarse con ella y preguntarle con "
                                "claridad le muestra que usted la toma en serio. Preguntar no le "
                                "mete la idea en la cabeza."
                            ),
                            "best": True,
                            "next": (
                                "Lourdes se queda callada y luego dice: “A veces. Anoche conté los "
                                "frascos de mis dosis para llevar a casa y las pastillas viejas "
                                "para el dolor de mi esposo”. Agrega que no quiere ir a un "
                                "hospital."
                            ),
                        },
                        {
                            "text": (
                                "Decirle: “No hable así. Tiene tanto por qué "
                                "vivir”."
                            ),
                            "feedback": (
                                "Nace del cariño, pero cierra la puerta. Ella puede sentirse "
                                "juzgada y dejar de hablar. Usted todavía no sabe si está a salvo."
                            ),
                            "best": False,
                            "next": (
                                "Lourdes dice: “Solo estoy cansada”, y toma su abrigo. Usted le "
                                "pide que vuelva a sentarse y le pregunta directamente sobre el "
                                "suicidio. Ella le cuenta que anoche contó los frascos de sus dosis "
                                "para llevar a casa y las pastillas viejas para el dolor de su "
                                "esposo. No quiere ir a un hospital."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que el duelo es normal y que usted va a hablar con ella "
                                "en el grupo de la próxima semana."
                            ),
                            "feedback": (
                                "El duelo es normal, pero sus palabras son señales de alerta. "
                                "Esperar una semana la deja sola con el riesgo. Pregunte ahora."
                            ),
                            "best": False,
                            "next": (
                                "Cuando ella se va, usted la detiene y le pregunta directamente "
                                "sobre el suicidio. Ella dice que anoche contó los frascos de sus "
                                "dosis para llevar a casa y las pastillas viejas para el dolor de "
                                "su esposo. No quiere ir a un hospital."
                            ),
                        },
                        {
                            "text": "Llamar al 911 enseguida, antes de seguir hablando con ella.",
                            "feedback": (
                                "El 911 es lo correcto cuando hay una vida en peligro en este "
                                "momento. Aquí usted todavía no sabe cuál es su riesgo. Llamar "
                                "primero, sin preguntar, puede asustarla y cortar la conversación. "
                                "Quédese y pregunte primero."
                            ),
                            "best": False,
                            "next": (
                                "Usted deja el teléfono y primero le pregunta directamente. Ella "
                                "dice que anoche contó los frascos de sus dosis para llevar a casa "
                                "y las pastillas viejas para el dolor de su esposo. No quiere ir a "
                                "un hospital."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Lourdes ha pensado en cómo lo haría, y tiene los medios en casa. No "
                            "quiere ir a un hospital. ¿Qué hace usted ahora?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Quedarse con ella, decirle que no puede guardarse esto, "
                                    "seguir el protocolo de crisis, llamar ya a su supervisor/a, y "
                                    "llamar o enviar un mensaje de texto al 988 junto con ella. "
                                    "Llamar al 911 si ella no puede mantenerse a salvo."
                                ),
                                "feedback": (
                                    "Correcto. Ella tiene pensamientos, un método y los medios. "
                                    "Eso necesita más ayuda de la que puede dar un solo coach. La "
                                    "persona de la línea de crisis y su supervisor/a pueden "
                                    "planear su seguridad con ella, incluidos sus medicamentos. "
                                    "Usted sigue siendo el par que la acompaña con cariño."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Prometerle que esto quedará entre ustedes para que siga "
                                    "confiando en usted, y llamarla mañana."
                                ),
                                "feedback": (
                                    "Nunca prometa guardar en secreto algo sobre el suicidio. "
                                    "Ella está en riesgo esta noche. La confianza crece cuando "
                                    "usted habla con honestidad y se queda con ella mientras "
                                    "consigue ayuda."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Decirle que deje de tomar sus dosis para llevar a casa por un "
                                    "tiempo para que haya menos medicamento en casa."
                                ),
                                "feedback": (
                                    "Es importante protegerla de sus medicamentos, pero decirle "
                                    "que se salte dosis es un consejo médico y podría causarle "
                                    "síntomas de abstinencia. El equipo clínico y la persona de la "
                                    "línea de crisis planean esto con ella."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Darle el número del 988 y dejar que se vaya a casa, ya que "
                                    "dijo que no a un hospital."
                                ),
                                "feedback": (
                                    "Dar el número no es lo mismo que conectarla. Con este nivel "
                                    "de riesgo, quédese, conéctela mientras está con usted y llame "
                                    "a su supervisor/a."
                                ),
                                "best": False,
                            },
                        ],
                    },
                }),
            ],
        },
    ],
    "quiz": {
        "slug": "module-5-check",
        "title": "Prueba del módulo 5: El papel del par en la recuperación asistida con medicamentos",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Della, de 45 años, toma buprenorfina y es miembro de su programa dirigido por "
                    "pares desde hace un año. Muchas veces ayuda a que los miembros nuevos se "
                    "sientan bienvenidos. ¿Qué paso encaja mejor con la tradición MARS?"
                ),
                "multiple": False,
                "choices": [
                    ("Invitarla a codirigir un grupo o a unirse al consejo de pares.", True),
                    ("Pedirle a la dirección médica de la clínica que escoja por ella los temas de "
                     "los próximos grupos.", False),
                    ("Esperar a que deje el medicamento antes de ofrecerle un papel de "
                     "liderazgo.", False),
                    ("Dejarla solo como miembro, ya que dirigir es el trabajo del coach.", False),
                ],
                "explanation": (
                    "En un programa dirigido por pares, las personas que toman medicamentos "
                    "dirigen, fijan la agenda y se capacitan entre sí. Tomar medicamentos no impide "
                    "dirigir, y la clínica no fija la agenda del programa de pares."
                ),
            },
            {
                "prompt": (
                    "Javier dejó de ir a reuniones después de que un miembro le dijo que “todavía "
                    "estaba consumiendo” porque toma buprenorfina. ¿Qué respuestas ayudan? Elija "
                    "todas las que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Preguntarle qué busca en una reunión y luego ofrecerle dos o tres opciones "
                     "acogedoras, como MARA, SMART o una reunión para todos los caminos.", True),
                    ("Ofrecerle ir con él la primera vez, o conectarlo con un miembro que "
                     "asiste.", True),
                    ("Decirle que NA está en contra de los medicamentos y que nunca debe "
                     "volver.", False),
                    ("Decirle que tiene que ir a una reunión cada semana para seguir trabajando "
                     "con usted.", False),
                ],
                "explanation": (
                    "Ayudarle a elegir entre opciones acogedoras y hacerle más fácil la primera "
                    "visita apoya su recuperación. Las afirmaciones generales sobre una agrupación "
                    "no son justas, porque los grupos son distintos, y la ayuda mutua siempre es "
                    "voluntaria."
                ),
            },
            {
                "prompt": (
                    "Jasmine tiene 20 semanas de embarazo, toma buprenorfina y cada noche se siente "
                    "temblorosa y sudorosa. Le pregunta si debería tomar una dosis extra. ¿Cuál es la "
                    "respuesta que más ayuda?"
                ),
                "multiple": False,
                "choices": [
                    ("Ayudarle a anotar lo que siente y cuándo, y planear preguntarle a quien le "
                     "receta, usando la línea para fuera de horario si hace falta.", True),
                    ("Decirle que media dosis extra en la noche por lo general está bien.", False),
                    ("Decirle que es normal en el embarazo y que se le va a pasar.", False),
                    ("Sugerirle que cambie a metadona, porque a usted le funcionó bien.", False),
                ],
                "explanation": (
                    "Los coaches no juzgan dosis ni recomiendan medicamentos. Ayudarle a describir "
                    "sus síntomas y a hacérselos llegar a quien le receta apoya la toma de "
                    "decisiones compartida sin dar consejos médicos."
                ),
            },
            {
                "prompt": (
                    "Earl lleva tres años tomando metadona y le dice que quiere reducir su dosis "
                    "poco a poco. ¿Cuál es la mejor respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("Apoyar su derecho a decidir y ayudarle a preparar preguntas para quien le "
                     "receta, como qué pasa con su tolerancia.", True),
                    ("Decirle que reducir la dosis es mala idea y que debe seguir con la "
                     "metadona.", False),
                    ("Darle un plan de reducción que le funcionó a alguien que usted "
                     "conoce.", False),
                    ("Decirle que primero baje la dosis por su cuenta para ver cómo se "
                     "siente.", False),
                ],
                "explanation": (
                    "La decisión es de él, y el plan se hace con quien le receta. Un coach le ayuda "
                    "a llevar buenas preguntas, también sobre la tolerancia más baja, y a planear "
                    "más apoyo."
                ),
            },
            {
                "prompt": (
                    "La madre de Devon llama al centro de pares y pregunta si su hijo todavía "
                    "viene. Devon no ha firmado un formulario de consentimiento. ¿Qué dice usted?"
                ),
                "multiple": False,
                "choices": [
                    ("Que no puede dar información sobre nadie, y le habla del apoyo para familias "
                     "y de la naloxona en la zona.", True),
                    ("Que sí viene, pero que no puede decir más.", False),
                    ("Que le va a pedir a Devon que la llame esta noche.", False),
                    ("Que hace semanas que no viene, así que debería preocuparse.", False),
                ],
                "explanation": (
                    "La norma federal de confidencialidad 42 CFR Parte 2 protege incluso el hecho "
                    "de que alguien sea paciente. Cualquier respuesta sobre su asistencia, o "
                    "prometer que él la llamará, lo revela. Aun así, puede ayudar a la familia de "
                    "forma general."
                ),
            },
            {
                "prompt": (
                    "Un padre dice que su hija lleva un año tomando metadona y que quiere ayudar, "
                    "pero le da miedo una sobredosis. Ella aceptó que usted hable con él. ¿Qué "
                    "sugerencia encaja mejor con el papel de un coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Conseguir naloxona, que ahora se vende sin receta, aprender los pasos y "
                     "buscar apoyo para familias como CRAFT.", True),
                    ("Pedirle a quien le receta a ella que le baje la dosis para que sea más "
                     "seguro.", False),
                    ("Revisar cada noche los frascos de las dosis para llevar a casa de ella y "
                     "contar las dosis.", False),
                    ("Pedirle a ella que deje pronto la metadona, porque le preocupa a la "
                     "familia.", False),
                ],
                "explanation": (
                    "La naloxona y el apoyo para familias ayudan a todo el hogar. Los cambios de "
                    "dosis y dejar el medicamento son decisiones de ella con quien le receta, no de "
                    "la familia ni del coach, y vigilar su medicamento daña la confianza."
                ),
            },
            {
                "prompt": (
                    "Después del grupo del jueves, Lourdes, de 61 años y que toma metadona, dice en "
                    "voz baja: “Todos estarían mejor sin mí”. ¿Qué hace usted primero?"
                ),
                "multiple": False,
                "choices": [
                    ("Quedarse con ella y preguntarle directamente si está pensando en "
                     "suicidarse.", True),
                    ("Cambiar de tema para que no se quede pensando en eso.", False),
                    ("Decirle que va a hablar con ella en el grupo de la próxima semana.", False),
                    ("Decirle que no hable así porque tiene mucho por qué vivir.", False),
                ],
                "explanation": (
                    "Hablar de ser una carga es una señal de alerta. Quédese y pregunte con "
                    "claridad. Las investigaciones muestran que preguntar no aumenta el riesgo, "
                    "mientras que esperar o restarle importancia la deja sola con eso."
                ),
            },
            {
                "prompt": (
                    "Wade salió de la cárcel ayer y va de regreso a su casa en un condado rural. "
                    "Dice que este fin de semana va a “usar solo un poquito”. ¿Qué es lo más "
                    "importante que debe hacer el coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Asegurarse de que tenga naloxona, hablar abiertamente de que su tolerancia es "
                     "más baja después de la cárcel y ayudarle a conectarse con tratamiento si lo "
                     "quiere.", True),
                    ("Decirle que va a dejar de trabajar con él si consume.", False),
                    ("Decirle que un poquito es seguro porque antes usaba la misma "
                     "cantidad.", False),
                    ("No decirle nada para que no se sienta juzgado.", False),
                ],
                "explanation": (
                    "La tolerancia baja durante el tiempo en la cárcel, así que las semanas después "
                    "de salir tienen un riesgo alto de sobredosis. La naloxona, una conversación "
                    "honesta y una puerta abierta al tratamiento lo mantienen con vida y "
                    "conectado."
                ),
            },
            {
                "prompt": (
                    "Usted encuentra a un miembro desplomado en el baño. No despierta cuando usted "
                    "le grita, y tiene los labios grises. ¿Qué acciones son correctas? Elija todas "
                    "las que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Llamar al 911 y darle naloxona.", True),
                    ("Darle una segunda dosis de naloxona si no hay cambio en dos a tres "
                     "minutos.", True),
                    ("Quedarse con él después de que despierte, porque el efecto de la naloxona se "
                     "puede pasar.", True),
                    ("Dejar que duerma en un cuarto tranquilo hasta que se le pase.", False),
                    ("No llamar al 911 una vez que despierte, para proteger su privacidad.", False),
                ],
                "explanation": (
                    "Llame al 911, dé naloxona, repita si hace falta y quédese. La naloxona dura "
                    "unos 30 a 90 minutos y muchos opioides duran más, así que la sobredosis puede "
                    "volver."
                ),
            },
            {
                "prompt": (
                    "Dos miembros con quienes usted trabajó murieron de sobredosis este mes. Siente "
                    "agotamiento y culpa, y se da cuenta de que está evitando a algunos miembros. "
                    "¿Cuál es el mejor paso a seguir?"
                ),
                "multiple": False,
                "choices": [
                    ("Decírselo a su supervisor/a, pedir una sesión de repaso y apoyarse en su "
                     "propia red de apoyo para la recuperación.", True),
                    ("Guardárselo para que su equipo no piense que usted es débil.", False),
                    ("Trabajar más horas para que no se pierda a nadie más.", False),
                    ("Dejar de contestar las llamadas de los miembros sin decirle a nadie.", False),
                ],
                "explanation": (
                    "Estas son señales de trauma vicario y de duelo. La supervisión, las sesiones "
                    "de repaso y sus propios apoyos son la manera en que los pares se mantienen "
                    "bien y siguen sirviendo a otras personas."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Cada participante podrá describir cómo las personas en recuperación asistida con "
            "medicamentos dirigen, atienden y gobiernan un programa de pares en la tradición MARS.",
            "Cada participante podrá ayudar a una persona a encontrar una reunión de ayuda mutua que "
            "acepte los medicamentos, describiendo cada agrupación con justicia.",
            "Cada participante podrá ayudar a una persona a prepararse para una cita con quien le "
            "receta sin dar consejos médicos.",
            "Cada participante podrá responder a señales de suicidio o de sobredosis: quedarse, "
            "preguntar directamente, conectar con el 988 o el 911, seguir el protocolo y avisar a "
            "su supervisor/a.",
            "Cada participante podrá nombrar maneras de usar la supervisión y el autocuidado para "
            "manejar el trauma vicario.",
        ],
        "agenda": [
            {
                "title": "Bienvenida: ¿quién habla por nosotros?",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Dé la bienvenida al grupo. Diga que este módulo trata sobre el papel del par. "
                    "Haga la pregunta de apertura y escuche tres o cuatro respuestas. Escriba "
                    "palabras clave en el rotafolio. Relacione las respuestas con la idea de MARS "
                    "de que las personas que toman medicamentos dirigen, enseñan y hablan por sí "
                    "mismas."
                ),
                "materials": ["Rotafolio y marcadores"],
                "questions": [
                    "¿Cuándo le hizo una diferencia escuchar a alguien que toma medicamentos?",
                    "¿Qué cambia cuando las personas que toman medicamentos dirigen el programa, y "
                    "no solo trabajan en él?",
                ],
            },
            {
                "title": "Apoyo dirigido por pares y ayuda mutua acogedora",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Explique las cuatro partes del trabajo dirigido por pares: los pares fijan la "
                    "agenda, capacitan a otros pares, dan los servicios y hablan por sí mismos. "
                    "Luego repase las opciones de ayuda mutua: MARA, grupos dirigidos por pares, "
                    "reuniones para todos los caminos, SMART, NA y AA. Para cada una, diga lo que "
                    "dice su propia literatura y recalque que cada reunión es distinta. Dé el "
                    "ejemplo con un lenguaje justo. Termine con los ocho pasos para ayudar a "
                    "alguien a encontrar una reunión acogedora."
                ),
                "materials": [
                    "Hoja para participantes: Cómo encontrar una reunión acogedora",
                    "Diapositivas o rotafolio",
                ],
            },
            {
                "title": "Prepararse para una cita con quien receta",
                "minutes": 7,
                "method": "demonstration",
                "description": (
                    "Con otra persona facilitadora o con alguien voluntario, muestre a un coach que "
                    "ayuda a una persona que se siente mal cada noche. Muestre las preguntas "
                    "abiertas, un registro sencillo de síntomas y cómo escribir las tres preguntas "
                    "principales. Muestre cómo el coach se niega a juzgar la dosis y devuelve la "
                    "pregunta a quien receta. Haga dos pausas para preguntarle al grupo qué acaba "
                    "de hacer el coach y por qué."
                ),
                "materials": ["Hoja para participantes: Mi cita con quien me receta (hoja de trabajo)"],
            },
            {
                "title": "Juego de roles: después del grupo",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Repase durante dos minutos los pasos de la tarjeta de crisis. Formen grupos de "
                    "tres. Las tres personas hacen los papeles de coach, participante y persona "
                    "observadora. Hagan una ronda de seis minutos y luego, en cada grupo, tres "
                    "minutos de comentarios de la persona observadora. Reúna de nuevo a todo el "
                    "salón por cuatro minutos para compartir lo que ayudó. Recuérdele a todo el "
                    "grupo que el juego de roles puede despertar sentimientos. Cualquier persona "
                    "puede salir, y usted estará disponible después."
                ),
                "materials": [
                    "Hoja para participantes: Tarjeta de pasos en una crisis",
                    "Copias de la lista de observación",
                    "Cronómetro",
                ],
                "roles": [
                    "Coach",
                    "Participante (Lourdes Reyes, 61 años, toma metadona desde hace 12 años, enviudó "
                    "en la primavera)",
                    "Persona observadora",
                ],
                "script": (
                    "El grupo de apoyo de recuperación asistida con medicamentos de los jueves acaba "
                    "de terminar. Lourdes se queda para apilar las sillas. Cuando el salón queda "
                    "vacío, dice: “Ya no le veo sentido a nada. Todos estarían mejor sin mí”. Si "
                    "quien hace de coach pregunta directamente sobre el suicidio, Lourdes dice: “A "
                    "veces. Anoche conté los frascos de mis dosis para llevar a casa y las pastillas "
                    "viejas de mi esposo”. Si quien hace de coach le sugiere buscar ayuda, Lourdes "
                    "dice: “No quiero ir a ningún hospital”. Si quien hace de coach mantiene la "
                    "calma y le ofrece llamar o enviar un mensaje de texto al 988 junto con ella, "
                    "Lourdes acepta intentarlo."
                ),
                "observer_checklist": [
                    "Quien hace de coach se quedó con Lourdes y buscó un lugar privado",
                    "Quien hace de coach preguntó directamente sobre el suicidio con palabras claras",
                    "Quien hace de coach escuchó sin discutir ni dar sermones",
                    "Quien hace de coach no prometió guardar el secreto",
                    "Quien hace de coach ofreció llamar o enviar un mensaje de texto al 988 junto "
                    "con ella, y mencionó el 911 si hay peligro inmediato",
                    "Quien hace de coach mencionó el protocolo de crisis y avisar de inmediato a su "
                    "supervisor/a",
                    "Quien hace de coach no dio ningún consejo sobre sus dosis de metadona",
                ],
            },
            {
                "title": "Sobredosis, familias y cómo cuidarnos",
                "minutes": 7,
                "method": "discussion",
                "description": (
                    "Repase los pasos ante una sobredosis y los momentos de alto riesgo cuando la "
                    "tolerancia ha bajado. Pregunte cómo hablaría el grupo con una familia sobre la "
                    "naloxona y los límites sin romper la confidencialidad. Luego hable de los "
                    "propios coaches: nombre el trauma vicario y pregunte cómo usan la supervisión "
                    "y cómo mantienen fuerte su propia recuperación. Comparta la práctica del "
                    "programa para recordar a quienes murieron o para las sesiones de repaso, si la "
                    "hay."
                ),
                "materials": ["Aerosol nasal de naloxona de entrenamiento, si hay uno disponible"],
                "questions": [
                    "¿Cómo le explicaría la naloxona a una familia que cree que tenerla significa "
                    "darse por vencida?",
                    "¿Qué le diría a una madre que llama para preguntar si su hijo todavía viene?",
                    "¿Qué señales le indican que el trabajo le está afectando, y a quién llama?",
                ],
            },
            {
                "title": "Enseñar de vuelta y cierre",
                "minutes": 3,
                "method": "teach_back",
                "description": (
                    "Pida a tres personas voluntarias que cada una enseñe de vuelta una cosa en una "
                    "sola oración: los pasos en una crisis, una manera justa de describir una "
                    "agrupación, y una manera de ayudar con una cita con quien receta sin dar "
                    "consejos médicos. Corrija con amabilidad. Recuérdele al grupo que termine las "
                    "lecciones en línea y la prueba del módulo."
                ),
                "materials": [],
            },
        ],
        "handouts": [
            {
                "title": "Tarjeta de pasos en una crisis",
                "text": (
                    "Si alguien podría estar pensando en el suicidio:\n\n"
                    "- Quédese. No deje sola a la persona.\n"
                    "- Pregunte directamente: ¿Está pensando en suicidarse?\n"
                    "- Escuche. No discuta ni dé sermones.\n"
                    "- Conecte: llamen o envíen un mensaje de texto al 988 juntos. También hay "
                    "chat.\n"
                    "- Llame al 911 si hay una vida en peligro en este momento.\n"
                    "- Siga el protocolo de crisis de su programa.\n"
                    "- Avise a su supervisor/a enseguida. Nunca prometa guardar el secreto.\n"
                    "- Dé seguimiento al día siguiente.\n\n"
                    "Si alguien podría estar teniendo una sobredosis:\n\n"
                    "- Grite su nombre y frótele el centro del pecho.\n"
                    "- Llame al 911.\n"
                    "- Dé naloxona. Dé una segunda dosis si no hay cambio en dos a tres "
                    "minutos.\n"
                    "- Dé respiraciones de rescate si tiene capacitación.\n"
                    "- Cuando la persona respire, póngala de lado. Quédese hasta que llegue la "
                    "ayuda.\n"
                    "- La naloxona puede dejar de hacer efecto antes que el opioide, así que siga "
                    "observando."
                ),
            },
            {
                "title": "Mi cita con quien me receta (hoja de trabajo)",
                "text": (
                    "Traiga esta hoja a su cita. Usted decide qué compartir.\n\n"
                    "Lo que noto, con mis propias palabras, y cuándo pasa:\n\n"
                    "- En la mañana:\n"
                    "- En la tarde:\n"
                    "- Al anochecer y en la noche:\n"
                    "- Ansias, sueño y ánimo:\n"
                    "- Todos los demás medicamentos que tomo:\n\n"
                    "Mis tres preguntas principales:\n\n"
                    "- 1.\n"
                    "- 2.\n"
                    "- 3.\n\n"
                    "En la cita: pida que le hablen con palabras sencillas, y repita lo que "
                    "escuchó. Pregunte qué hacer si las cosas cambian, y a quién llamar fuera de "
                    "horario.\n\n"
                    "Mi siguiente paso:"
                ),
            },
            {
                "title": "Cómo encontrar una reunión acogedora",
                "text": (
                    "Hay muchos tipos de reuniones. Cada grupo es distinto, así que pruebe "
                    "varios.\n\n"
                    "- Medication-Assisted Recovery Anonymous (MARA): hecha para personas que toman "
                    "medicamentos. Reuniones en línea todos los días y reuniones en persona en "
                    "muchos estados.\n"
                    "- Grupos dirigidos por pares en nuestro programa: los dirigen miembros que "
                    "toman medicamentos.\n"
                    "- Reuniones para todos los caminos: abiertas a cualquier persona en "
                    "recuperación, sea cual sea su camino.\n"
                    "- SMART Recovery: un programa de cuatro puntos, basado en la ciencia, que "
                    "acepta los medicamentos recetados. También tiene reuniones de Familia y "
                    "Amistades.\n"
                    "- NA y AA: muchos grupos reciben bien a las personas que toman medicamentos. "
                    "Cada grupo decide por sí mismo, así que antes pregunte a otras personas.\n\n"
                    "Su medicamento es privado. Usted decide si lo menciona. Si alguien lo "
                    "critica, usted puede decir: Mi tratamiento es entre mi médico y yo."
                ),
            },
        ],
    },
}
