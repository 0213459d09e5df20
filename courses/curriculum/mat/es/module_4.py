"""Módulo 4 de MAT: El estigma, los derechos y los sistemas que enfrentan las personas. El estigma
contra los medicamentos y el lenguaje que ayuda, la ADA y la guía del Departamento de Justicia, las
cárceles, los tribunales de drogas y las viviendas de recuperación, 42 CFR Parte 2 después de su
norma de 2024, y cómo aboga un par."""

from ..module_4 import MODULE as ENGLISH

MODULE = {
    "slug": "stigma-recovery-and-rights",
    "title": "El estigma, los derechos y los sistemas que enfrentan las personas",
    "domain": "advocacy",
    "intro": (
        "La recuperación asistida con medicamentos es recuperación. Aun así, las personas que toman "
        "metadona o buprenorfina enfrentan estigma en el tratamiento, en las reuniones, en casa, en el "
        "trabajo, en los tribunales y en la vivienda. Este módulo cubre las palabras que ayudan, las "
        "leyes que protegen a las personas y cómo un par apoya primero a la persona para que hable por "
        "sí misma (autodefensa), aboga con su consentimiento y trabaja para cambiar los sistemas."
    ),
    "minutes": 45,
    # Citations of English-language publications: the English module's own list.
    "sources": ENGLISH["sources"],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "medication-assisted-recovery-is-recovery",
            "title": (
                "La recuperación asistida con medicamentos es recuperación: el estigma y las "
                "palabras que ayudan"
            ),
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Por qué esto importa en el trabajo de coach</h2>"
                 "<p>La mayoría de quienes estamos en recuperación asistida con medicamentos hemos "
                 "sido juzgados por nuestro medicamento. Alguien nos dijo que en realidad no estábamos "
                 "en recuperación. Alguien dijo que habíamos cambiado una droga por otra. Tal vez "
                 "nos lo dijimos a nosotros mismos. Eso es estigma. Es una etiqueta que viene con "
                 "una creencia dañina, y hace que la gente nos trate peor.</p>"
                 "<p>El estigma no es solo sentirse herido. Impide que las personas empiecen un "
                 "tratamiento. Empuja a las personas a dejar un medicamento antes de estar "
                 "listas. Aleja a las personas de grupos, hogares y trabajos que les ayudarían. "
                 "Cada una de estas cosas puede aumentar el riesgo de volver a consumir y de "
                 "tener una sobredosis. Por eso, luchar contra el estigma es parte de mantener "
                 "a las personas con vida.</p>"
                 "<h2>Qué significa la recuperación</h2>"
                 "<p>SAMHSA (la Administración de Servicios de Abuso de Sustancias y Salud "
                 "Mental) describe la recuperación como un proceso de cambio. A través de él, "
                 "las personas mejoran su salud y su bienestar, viven una vida que ellas mismas "
                 "dirigen y se esfuerzan por alcanzar todo su potencial. Nada en esa definición "
                 "dice que una persona deba dejar un medicamento recetado. La guía de SAMHSA "
                 "sobre los medicamentos para el trastorno por consumo de opioides, TIP 63, dice "
                 "que el medicamento es una parte clave de la recuperación para muchas "
                 "personas.</p>"
                 "<p>Los programas dirigidos por pares para personas en recuperación asistida "
                 "con medicamentos fueron creados por pacientes de metadona. Querían que el "
                 "mundo viera lo que ellos ya sabían. Una persona que toma metadona o "
                 "buprenorfina y está construyendo una buena vida está en recuperación. Ese es "
                 "nuestro mensaje, y es el mensaje de este curso: la recuperación asistida con "
                 "medicamentos es recuperación.</p>"
                 "<h2>Dónde aparece el estigma</h2>"
                 "<h3>Dentro del tratamiento</h3>"
                 "<p>El estigma puede vivir en los lugares que deberían ayudar. El personal de "
                 "consejería puede tratar la dosis de una persona como un problema que hay que "
                 "arreglar. El personal de otro programa puede presionar a las personas a "
                 "reducir la dosis hasta dejarla, como señal de éxito. Un hospital puede tratar "
                 "con sospecha a una persona que toma metadona, o dejar su dolor sin tratar. "
                 "Algunos programas todavía dicen que una prueba de drogas salió “sucia”.</p>"
                 "<h3>En los grupos de ayuda mutua</h3>"
                 "<p>Muchas personas encuentran fuerza en las reuniones de ayuda mutua. Pero "
                 "algunos miembros, y algunos grupos, dicen que las personas que toman "
                 "medicamentos no están “limpias”. A una persona le pueden decir que no "
                 "comparta, que no dirija o que no cuente su tiempo en recuperación. Algunas "
                 "personas esconden su medicamento para encajar. Otras dejan de ir. Ninguna de "
                 "las dos cosas es buena para la recuperación. Hay grupos que reciben bien a las "
                 "personas que toman medicamentos, y hay grupos de recuperación asistida con "
                 "medicamentos dirigidos por pares.</p>"
                 "<h3>En las familias</h3>"
                 "<p>Muchas veces nuestras familias nos quieren y aun así tienen creencias "
                 "viejas. Una madre puede preguntar cada semana: “¿Cuándo vas a dejar esa "
                 "cosa?”. Una pareja puede llamar a la metadona “esposas líquidas”. Una familia "
                 "puede decir que la persona no está bien hasta que la deje. Estas palabras "
                 "pueden desgastar a una persona. Pueden empujarla hacia una decisión que solo "
                 "le corresponde a ella y a quien le receta.</p>"
                 "<h3>En el trabajo</h3>"
                 "<p>Pueden retirar una oferta de trabajo después de que una prueba de drogas "
                 "muestra un medicamento recetado. Quien supervisa puede suponer que una persona "
                 "que toma metadona no puede hacer el trabajo de forma segura. Otras personas "
                 "del trabajo pueden chismear. Muchas personas nunca se lo cuentan a nadie en el "
                 "trabajo, porque temen lo que pueda pasar. En la próxima lección usted aprenderá "
                 "que la ley muchas veces las protege.</p>"
                 "<h3>Dentro de nosotros</h3>"
                 "<p>El estigma más difícil puede ser el que llevamos por dentro. Hay personas "
                 "que sienten vergüenza por la fila diaria en la clínica. Sienten que “todavía "
                 "están consumiendo”. Esta vergüenza interna puede impedir que las personas "
                 "pidan lo que necesitan. Puede hacer que acepten un trato injusto. Un par que "
                 "habla abiertamente de su propio medicamento, cuando decide hacerlo, puede "
                 "ayudar a quitar esa vergüenza.</p>"
                 "<h3>Cuando el estigma se acumula</h3>"
                 "<p>El estigma sobre el consumo de drogas muchas veces se suma a otros tratos "
                 "injustos. El racismo, la discriminación por edad, el sexismo y los prejuicios "
                 "contra las personas sin hogar pueden aumentarlo. Un hombre afroamericano que "
                 "toma metadona, una mujer mayor en un centro de enfermería, o una mujer "
                 "embarazada que toma buprenorfina pueden enfrentar más de un tipo de juicio a "
                 "la vez. Como coach, usted se da cuenta de esto y no le pide a la persona que "
                 "lo explique ni que lo pruebe.</p>"
                 "<h2>Cómo responder a los mitos comunes</h2>"
                 "<p>La gente le va a preguntar sobre estos mitos. Aquí tiene respuestas cortas "
                 "y verdaderas que puede usar.</p>"
                 "<ul>"
                 "<li><strong>Mito: “Es solo cambiar una droga por otra”.</strong> Con una "
                 "dosis estable, la metadona y la buprenorfina no hacen que la persona se sienta "
                 "drogada. Calman la abstinencia y las ansias para que la persona pueda vivir su "
                 "vida. Los estudios muestran que estos medicamentos reducen el consumo de "
                 "opioides ilegales y bajan el riesgo de morir por sobredosis.</li>"
                 "<li><strong>Mito: “No estás en recuperación hasta que lo "
                 "dejes”.</strong> La recuperación se trata de salud, de poder decidir y de "
                 "una vida plena. Muchas personas toman medicamentos para la diabetes o la "
                 "presión alta durante años. Nadie dice que no están bien.</li>"
                 "<li><strong>Mito: “Si lo necesitas todos los días, todavía dependes de la "
                 "droga”.</strong> El cuerpo se acostumbra a muchos medicamentos. Eso no es lo "
                 "mismo que la pérdida de control que marca el trastorno por consumo de "
                 "opioides.</li>"
                 "</ul>"
                 "<p>Dé respuestas cortas y amables. La meta no es ganar una discusión. La meta "
                 "es que a la persona que tiene enfrente le sea un poco más fácil seguir "
                 "adelante.</p>"),
                ("callout", {
                    "title": "Dígalo con claridad",
                    "text": (
                        "La recuperación asistida con medicamentos es recuperación. Nadie tiene que "
                        "dejar un medicamento recetado para que se considere que está en "
                        "recuperación. Cuánto tiempo lo toma una persona es una decisión de esa "
                        "persona y de quien le receta."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>El lenguaje que ayuda</h2>"
                 "<p>Las palabras influyen en cómo se trata a las personas. En un estudio, "
                 "incluso profesionales clínicos con formación tendían más a culpar a una "
                 "persona y a preferir el castigo cuando a esa persona se le llamaba “abusador "
                 "de sustancias”. Cuando se describía a la misma persona como alguien con un "
                 "trastorno por consumo de sustancias, esos profesionales tendían más a "
                 "preferir el tratamiento. El Instituto Nacional sobre el Abuso de Drogas "
                 "(NIDA) pide a todos usar palabras que ponen primero a la persona. Es decir, "
                 "palabras que nombran a la persona antes que la condición.</p>"
                 "<ul>"
                 "<li>Diga <strong>persona con trastorno por consumo de opioides</strong>, no "
                 "“adicto”, “usuario” ni “drogadicto”.</li>"
                 "<li>Diga <strong>medicamento para el trastorno por consumo de opioides "
                 "(MOUD)</strong> o simplemente <strong>medicamento</strong>, no “reemplazo” "
                 "ni “sustitución”.</li>"
                 "<li>Diga <strong>dio positivo</strong> o <strong>dio "
                 "negativo</strong>, no “sucio” ni “limpio”.</li>"
                 "<li>Diga <strong>en recuperación</strong> o <strong>no está "
                 "consumiendo</strong>, no “limpio”.</li>"
                 "<li>Diga <strong>volver a consumir</strong>, no “recaída” como juicio ni "
                 "“fracaso”.</li>"
                 "<li>Diga <strong>consumo de sustancias</strong> o <strong>uso "
                 "indebido</strong>, no “abuso”.</li>"
                 "</ul>"
                 "<p>El lenguaje también es personal. Algunas personas en grupos de doce pasos "
                 "se describen con palabras que esta lista evita. Es su derecho. El consejo de "
                 "NIDA es dejar que cada persona escoja cómo se le describe. Como coach, usted "
                 "sigue el ejemplo de la persona en cuanto a sus propias palabras. Y usa "
                 "palabras respetuosas al hablar de todas las demás personas.</p>"
                 "<h2>Qué hacer como coach frente al estigma</h2>"
                 "<ul>"
                 "<li><strong>Escuche primero.</strong> Pregunte qué pasó y cómo se sintió. No "
                 "se apresure a arreglarlo.</li>"
                 "<li><strong>Nómbrelo.</strong> Diga: “Eso suena a estigma. No se trata de "
                 "que usted haya fallado”.</li>"
                 "<li><strong>Comparta datos, no órdenes.</strong> Ofrezca datos sobre los "
                 "medicamentos y sobre los derechos. Deje que la persona decida qué hacer.</li>"
                 "<li><strong>Busque lugares que acojan.</strong> Ayude a la persona a "
                 "encontrar reuniones, hogares y servicios que acepten el medicamento.</li>"
                 "<li><strong>Dé el ejemplo.</strong> Use palabras respetuosas en sus notas, en "
                 "las reuniones de equipo y en los pasillos. Corrija los mitos con amabilidad "
                 "cuando los oiga.</li>"
                 "</ul>"
                 "<p>Hay algo que un coach nunca hace: tomar partido sobre el medicamento en "
                 "sí. Si la presión de la familia tiene a una persona pensando en reducir poco "
                 "a poco su dosis hasta dejarla, usted no dice sí ni no. Le ayuda a aclarar qué "
                 "quiere y por qué. Luego le ayuda a prepararse para hablar con quien le "
                 "receta. Su medicamento es su decisión, tomada junto con la persona que se lo "
                 "receta.</p>"),
                ("reflection", {
                    "prompt": (
                        "Piense en una vez en que usted vio o sintió estigma sobre los "
                        "medicamentos para el trastorno por consumo de opioides: en el "
                        "tratamiento, en una reunión, en casa o en el trabajo. ¿Qué se dijo o se "
                        "hizo? ¿Cómo le afectó a usted o a la otra persona? Ahora, como coach, "
                        "¿qué diría o haría en ese momento, y qué palabras escogería?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Loretta, una mujer afroamericana de 58 años, toma metadona desde "
                            "hace once años. Su hermana le repite que en realidad no está en "
                            "recuperación hasta que la deje. Loretta le pregunta qué piensa "
                            "usted. ¿Qué encaja mejor con el papel de coach?"
                        ),
                        "choices": [
                            ("Decirle que la recuperación asistida con medicamentos es "
                             "recuperación, y luego preguntarle cómo le afectan las palabras de "
                             "su hermana y qué quiere ella", True),
                            ("Decirle que su hermana tiene razón y que debería fijar una fecha "
                             "para reducir la dosis poco a poco hasta dejarla", False),
                            ("Decirle que deje de hablar del tema con su hermana", False),
                        ],
                        "explanation": (
                            "Un coach afirma que la recuperación asistida con medicamentos es "
                            "recuperación y luego explora lo que Loretta siente y quiere. Fijar "
                            "una fecha para dejar el medicamento es una decisión médica de "
                            "Loretta y de quien le receta. Decirle con quién hablar le quita a "
                            "ella la decisión."
                        ),
                    },
                    {
                        "prompt": (
                            "Usted está escribiendo una nota después de una sesión. ¿Qué "
                            "redacción es la más respetuosa y precisa?"
                        ),
                        "choices": [
                            ("La persona participante dio positivo a fentanilo esta semana y "
                             "quiere hablar de ello", True),
                            ("La orina de la persona participante salió sucia otra vez esta "
                             "semana", False),
                            ("La persona participante sigue abusando y todavía no está "
                             "limpia", False),
                        ],
                        "explanation": (
                            "Las palabras neutrales, que ponen primero a la persona, describen un "
                            "resultado sin juzgar. Palabras como “sucia”, “limpia” y “abusando” "
                            "cargan culpa y pueden influir en cómo el resto del personal trata a "
                            "la persona."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "the-ada-and-opioid-use-disorder",
            "title": (
                "La ADA: los derechos de las personas que toman medicamentos para el trastorno "
                "por consumo de opioides"
            ),
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Una ley de derechos civiles para personas con discapacidades</h2>"
                 "<p>La Ley para Estadounidenses con Discapacidades (ADA) es una ley federal de "
                 "derechos civiles. Protege a las personas con discapacidades contra el trato "
                 "injusto en el trabajo, en los programas de los gobiernos estatales y locales, "
                 "y en los negocios y servicios abiertos al público. Eso incluye muchos lugares "
                 "a donde van las personas con quienes trabajamos: tribunales, cárceles y "
                 "prisiones, libertad a prueba (probation), agencias de bienestar infantil, "
                 "oficinas de servicios sociales, hospitales, consultorios médicos, centros de "
                 "enfermería especializada, albergues para personas sin hogar, escuelas y "
                 "universidades.</p>"
                 "<p>En 2022, el Departamento de Justicia de EE. UU. (DOJ) publicó una guía "
                 "sencilla llamada “La ADA y el trastorno por consumo de opioides” (“The ADA and "
                 "Opioid Use Disorder”). Explica cómo la ley protege a las personas en "
                 "tratamiento o en recuperación. Eso incluye a las personas que toman "
                 "medicamentos para el trastorno por consumo de opioides (MOUD) según lo "
                 "recetado.</p>"
                 "<h2>¿El trastorno por consumo de opioides es una discapacidad?</h2>"
                 "<p>Por lo general, sí. Según la ADA, una discapacidad es una condición que "
                 "limita seriamente una actividad principal de la vida, como cuidarse, "
                 "trabajar, pensar o el funcionamiento del cerebro. El trastorno por consumo de "
                 "opioides normalmente hace esto. Una persona también está cubierta si tiene un "
                 "historial de la condición, o si otras personas la tratan como si la tuviera. "
                 "La guía del DOJ dice que una persona en tratamiento o en recuperación del "
                 "trastorno por consumo de opioides normalmente tiene una discapacidad según la "
                 "ADA. La excepción es una persona que está usando drogas ilegalmente en este "
                 "momento.</p>"
                 "<h2>Quién está protegido y quién no</h2>"
                 "<p>La parte de la ADA que trata de las drogas es 42 U.S.C. 12210. Aquí está "
                 "en palabras sencillas.</p>"
                 "<ul>"
                 "<li><strong>El uso ilegal actual por lo general no está protegido.</strong> "
                 "Si una persona está usando drogas ilegalmente ahora, un empleador o un "
                 "programa normalmente puede actuar por ese uso.</li>"
                 "<li><strong>Las personas en tratamiento o en recuperación están "
                 "protegidas.</strong> Esto incluye a una persona en un programa de tratamiento "
                 "supervisado que ya no usa drogas ilegalmente. Incluye a una persona que "
                 "terminó el tratamiento. Incluye a una persona de quien se cree, por error, "
                 "que está consumiendo.</li>"
                 "<li><strong>Tomar un medicamento recetado no es uso ilegal.</strong> La ley "
                 "dice que el uso ilegal no incluye un medicamento tomado bajo la supervisión de "
                 "un profesional de la salud con licencia. La metadona, la buprenorfina y la "
                 "naltrexona tomadas según lo recetado no son uso ilegal.</li>"
                 "<li><strong>Las pruebas de drogas están permitidas.</strong> La ley permite "
                 "que los empleadores y los programas usen normas razonables, incluidas las "
                 "pruebas de drogas, para asegurarse de que las personas no estén usando drogas "
                 "ilegalmente.</li>"
                 "</ul>"
                 "<h2>La excepción de los servicios de salud</h2>"
                 "<p>Hay una regla más que importa mucho. Es el inciso (c) de esa misma "
                 "sección. Dice que a una persona no se le pueden negar servicios de salud, ni "
                 "servicios relacionados con el tratamiento para las drogas, porque está usando "
                 "drogas ilegalmente en este momento, si de otro modo cumple los requisitos para "
                 "esos servicios.</p>"
                 "<p>La guía técnica del DOJ da ejemplos. Una sala de emergencias no puede "
                 "negarse a atender a una persona porque está usando drogas ilegalmente. Una "
                 "unidad de quemados no puede negarse a tratar quemaduras por esa razón. Así "
                 "que incluso una persona que está consumiendo ahora mismo tiene derecho a "
                 "servicios de salud y a tratamiento para las drogas. Esto es importante para "
                 "las personas que conocemos que todavía consumen, o que vuelven a consumir "
                 "mientras toman su medicamento.</p>"
                 "<p>Hay un límite. Un programa de tratamiento puede tener reglas sobre el "
                 "consumo durante el programa. La misma guía dice que un programa de "
                 "tratamiento residencial puede dar de alta a una persona por usar drogas "
                 "dentro del programa. La regla impide que los programas les cierren la puerta "
                 "a las personas. No borra todas las reglas de los programas.</p>"),
                ("callout", {
                    "title": "La versión corta",
                    "text": (
                        "En tratamiento o en recuperación, incluso con metadona, buprenorfina o "
                        "naltrexona recetadas: por lo general, hay protección. Consumo ilegal "
                        "actual: por lo general, no hay protección, pero aun así no se le pueden "
                        "negar a la persona servicios de salud ni tratamiento para las drogas por "
                        "ese consumo."
                    ),
                    "tone": "info",
                }),
                ("rich_text",
                 "<h2>Qué significa la guía del DOJ en la vida diaria</h2>"
                 "<h3>El trabajo</h3>"
                 "<p>Un empleador puede hacer pruebas de drogas. Pero a una persona que toma "
                 "MOUD según lo recetado no se le debería despedir, ni negar un trabajo, solo "
                 "por eso. La Comisión para la Igualdad de Oportunidades en el Empleo (EEOC) se "
                 "encarga de la discriminación en el trabajo. La EEOC dice que un empleador "
                 "necesita pruebas reales y objetivas de que la persona no puede hacer el "
                 "trabajo de forma segura, incluso con un acomodo razonable. La otra excepción "
                 "es cuando otra ley federal excluye a la persona. Algunos trabajos donde la "
                 "seguridad es clave, como algunos trabajos de transporte, tienen sus propias "
                 "reglas federales. Una persona que toma MOUD también puede pedir un acomodo "
                 "razonable, como un cambio de horario para llegar a la clínica.</p>"
                 "<h3>Tribunales, libertad a prueba y cárceles</h3>"
                 "<p>Los tribunales estatales y locales están cubiertos por la ADA. En 2022, el "
                 "DOJ encontró que varios tribunales de condado en Pensilvania violaron la ADA. "
                 "Algunos ordenaron a personas en libertad a prueba que dejaran su medicamento "
                 "recetado. Otros hicieron que las personas dejaran su medicamento para "
                 "participar en un tribunal de drogas. El DOJ demandó. En 2024, el sistema "
                 "judicial del estado aceptó pagar a las personas perjudicadas, animar a sus "
                 "tribunales a adoptar normas justas y capacitar a su personal. La guía del DOJ "
                 "también da el ejemplo de una cárcel que no deja que las personas sigan tomando "
                 "el MOUD que tenían recetado antes de entrar. Dice que una norma general como "
                 "esa violaría la ADA.</p>"
                 "<h3>Centros de enfermería especializada y otros servicios de salud</h3>"
                 "<p>Las personas mayores y las personas que salen del hospital muchas veces "
                 "necesitan pasar un tiempo en un centro de enfermería especializada. Muchos "
                 "centros han rechazado a personas que toman metadona o buprenorfina. Desde "
                 "2018, los fiscales federales de Massachusetts han llegado a acuerdos con "
                 "muchas empresas que operan centros de enfermería por esta razón. Las empresas "
                 "aceptaron dejar de rechazar a todos por igual, capacitar al personal de "
                 "admisiones y pagar multas. La lección es sencilla. Un centro debe evaluar a "
                 "cada persona. No puede decirles que no a todas las personas que toman "
                 "MOUD.</p>"
                 "<h3>Albergues y programas del gobierno</h3>"
                 "<p>Los albergues para personas sin hogar, las agencias de bienestar infantil y "
                 "los programas de servicios sociales también aparecen en la guía del DOJ. Un "
                 "albergue que no acepta a ninguna persona que toma metadona probablemente está "
                 "violando la ley. Una agencia de bienestar infantil no debería tomar el "
                 "medicamento recetado de un padre o una madre, por sí solo, como razón para "
                 "dudar de su capacidad de criar a sus hijos.</p>"
                 "<h3>Familiares</h3>"
                 "<p>La ADA también protege a las personas por su relación con otras personas. "
                 "A nadie se le debería tratar de forma injusta porque su pareja o su hijo o "
                 "hija tiene un trastorno por consumo de opioides.</p>"
                 "<h2>Pedir un cambio: los acomodos</h2>"
                 "<p>La ADA hace más que prohibir reglas injustas. También permite que una "
                 "persona pida un cambio para poder participar. En el trabajo, esto se llama "
                 "acomodo razonable. En los programas del gobierno y los servicios públicos, "
                 "muchas veces se llama modificación razonable. Cuando una persona con una "
                 "discapacidad pide un cambio en una norma, el programa tiene que "
                 "considerarlo.</p>"
                 "<p>Estos son algunos ejemplos de lo que una persona podría pedir:</p>"
                 "<ul>"
                 "<li>Una hora de entrada más tarde los días de dosis.</li>"
                 "<li>Que un albergue deje a una persona residente guardar su medicamento para "
                 "llevar a casa en una caja con llave.</li>"
                 "<li>Que un tribunal o una oficina de libertad a prueba acepte una prueba de la "
                 "receta, en vez de exigir que la persona deje el medicamento.</li>"
                 "</ul>"
                 "<p>El programa no tiene que decir que sí a cada pedido. Pero sí debería "
                 "revisar el pedido y responderlo. Un pedido por escrito, con fecha, hace más "
                 "fácil demostrar después qué se pidió y qué se respondió.</p>"
                 "<h2>¿Y si la persona vuelve a consumir?</h2>"
                 "<p>Muchas personas que toman medicamento vuelven a consumir en algún momento. "
                 "Esta es un área difícil de la ley. Una persona que está usando drogas "
                 "ilegalmente ahora mismo puede perder parte de su protección en el trabajo o "
                 "en algunos programas. Pero mantiene el derecho a que no se le nieguen "
                 "servicios de salud ni tratamiento para las drogas por ese consumo. Si la "
                 "situación de una persona no está clara, esa es una pregunta para un abogado o "
                 "una abogada. Su trabajo como coach es mantener abierta la puerta a la "
                 "atención y ayudar a la persona a conseguir un buen consejo.</p>"
                 "<h2>A dónde puede acudir la gente</h2>"
                 "<p>La guía del DOJ explica cómo presentar una queja. Las personas pueden "
                 "presentar una queja bajo la ADA ante la División de Derechos Civiles del DOJ. "
                 "Las quejas sobre el trabajo van a la EEOC. Las quejas sobre proveedores de "
                 "servicios de salud también pueden ir a la Oficina de Derechos Civiles del "
                 "Departamento de Salud y Servicios Humanos (HHS). Las oficinas de asistencia "
                 "legal gratuita (legal aid) y los grupos de defensa de los derechos de las "
                 "personas con discapacidad pueden dar asesoría legal. Algunas quejas tienen "
                 "fechas límite, así que actuar pronto ayuda.</p>"),
                ("callout", {
                    "title": "Los coaches dan información, no asesoría legal",
                    "text": (
                        "Diga: “Puede que usted tenga derechos aquí. Busquemos a alguien que le "
                        "pueda asesorar”, y no: “Están violando la ley”. Cada caso depende de los "
                        "hechos y de las leyes del estado. Su trabajo es informar, ayudar a "
                        "documentar y conectar."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Harold, de 71 años, toma metadona. Después de una cirugía de "
                            "cadera, el hospital le dice que un centro de enfermería lo rechazó "
                            "por su metadona. ¿Qué es correcto?"
                        ),
                        "choices": [
                            ("Rechazar a todas las personas que toman metadona probablemente es "
                             "discriminación según la ADA, y él puede recibir ayuda para "
                             "impugnarlo", True),
                            ("Los centros de enfermería pueden rechazar a cualquier persona que "
                             "tome metadona, porque la metadona es una sustancia "
                             "controlada", False),
                            ("Solo tiene protección si acepta reducir la dosis hasta dejarla "
                             "antes de ingresar", False),
                        ],
                        "explanation": (
                            "La guía del DOJ menciona los centros de enfermería especializada, y "
                            "los fiscales federales han llegado a acuerdos en muchos casos por "
                            "rechazos generales. Un centro debe evaluar a cada persona. Que un "
                            "medicamento sea controlado no hace que tomarlo según lo recetado "
                            "sea uso ilegal."
                        ),
                    },
                    {
                        "prompt": (
                            "¿Qué persona por lo general NO está protegida por la ADA cuando una "
                            "entidad cubierta actúa a causa de su consumo de drogas?"
                        ),
                        "choices": [
                            ("Una persona despedida por usar heroína en el trabajo la semana "
                             "pasada", True),
                            ("Una persona que toma buprenorfina y no ha usado drogas ilegales en "
                             "un año", False),
                            ("Una persona que terminó el tratamiento y de quien se cree, por "
                             "error, que está consumiendo", False),
                        ],
                        "explanation": (
                            "El uso ilegal actual por lo general no está protegido. Las personas "
                            "en tratamiento o en recuperación, y las personas de quienes se cree "
                            "por error que están consumiendo, sí están protegidas. Incluso el "
                            "consumo actual no puede ser la razón para negar servicios de salud "
                            "o tratamiento para las drogas."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "jails-courts-and-recovery-housing",
            "title": "Cárceles, tribunales de drogas y viviendas de recuperación",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>Sistemas con poder sobre la vida de las personas</h2>"
                 "<p>Algunos sistemas tienen mucho poder sobre las personas a quienes "
                 "servimos. Una cárcel decide si una persona recibe su medicamento. Un juez o "
                 "una jueza decide si una persona se gradúa del tribunal de drogas. Quien "
                 "administra una casa decide si una persona tiene una cama esta noche. Cuando "
                 "estos sistemas tratan el medicamento como un problema, las personas se ven "
                 "obligadas a tomar decisiones dolorosas. Esta lección cubre lo que los pares "
                 "necesitan saber sobre cada uno.</p>"
                 "<h2>Cárceles y prisiones</h2>"
                 "<p>Durante años, muchas cárceles les quitaban la metadona o la buprenorfina a "
                 "las personas al entrar. Las personas pasaban la abstinencia en una celda. Eso "
                 "todavía pasa en algunos lugares. Pero la ley y la práctica están "
                 "cambiando.</p>"
                 "<ul>"
                 "<li>La guía del Departamento de Justicia (DOJ) da el ejemplo de una cárcel "
                 "que no deja que las personas continúen el MOUD que tenían recetado antes de "
                 "entrar. Dice que esa norma general violaría la Ley para Estadounidenses con "
                 "Discapacidades (ADA).</li>"
                 "<li>Fiscales federales (U.S. Attorneys) les han escrito a las cárceles. Una "
                 "carta dijo que las cárceles no pueden cambiar ni suspender el MOUD recetado "
                 "de una persona, a menos que un profesional de la salud con licencia cambie su "
                 "plan de tratamiento. Dijo que las cárceles deben ofrecer MOUD a las personas "
                 "para quienes sea médicamente adecuado, y que deben capacitar a su "
                 "personal.</li>"
                 "<li>Quienes defienden los derechos de las personas con discapacidad señalan "
                 "la excepción de los servicios de salud. En su opinión, una prueba de drogas "
                 "positiva al ingresar no debería ser, por sí sola, la razón para negarle a una "
                 "persona su medicamento.</li>"
                 "</ul>"
                 "<p>El tiempo justo después de salir es uno de los más peligrosos en la vida de "
                 "una persona. La sobredosis es una de las principales causas de muerte después "
                 "de salir de la cárcel. El riesgo es más alto en las primeras dos semanas. Una "
                 "razón importante es que la tolerancia de la persona baja mientras no usa "
                 "opioides. El cuerpo ya no aguanta lo que antes aguantaba. Seguir con el "
                 "medicamento, o volver a conectarse rápido con él, ayuda a proteger a las "
                 "personas. También ayuda salir con naloxona.</p>"
                 "<p>Muchas veces, cuando arrestan a alguien, la familia llama primero a un "
                 "centro de apoyo entre pares. Sin el consentimiento de la persona, usted no "
                 "puede confirmar que participa en su programa ni compartir nada sobre ella. Aun "
                 "así, puede darle información general a la familia. Dígales cómo suelen las "
                 "personas pedirle a la unidad médica de la cárcel que continúe un medicamento, "
                 "y que la clínica de la persona tal vez pueda ayudar si la persona está de "
                 "acuerdo.</p>"
                 "<p>Lo que un par puede hacer: ayudar a la persona y a su familia a pedir por "
                 "escrito a la unidad médica de la cárcel que continúe el medicamento. Con el "
                 "consentimiento por escrito de la persona, ayudar a su clínica o a quien le "
                 "receta a hablar con la cárcel. Planear la salida antes de que llegue el día: "
                 "dónde recibirá su dosis o surtirá su receta, cómo llegará y quién la va a "
                 "recibir. Asegurarse de que salga con naloxona y sepa cómo usarla.</p>"
                 "<h2>Tribunales de drogas y libertad a prueba</h2>"
                 "<p>Los tribunales de drogas, también llamados tribunales de tratamiento, "
                 "ofrecen tratamiento en lugar de cárcel. En el pasado, muchos les decían a las "
                 "personas que dejaran la metadona o la buprenorfina para poder entrar o para "
                 "graduarse. Dos cosas han cambiado eso.</p>"
                 "<ul>"
                 "<li><strong>Las reglas de las subvenciones federales.</strong> Desde 2015, "
                 "los tribunales de drogas que reciben subvenciones para tribunales de drogas de "
                 "SAMHSA (la agencia federal de salud mental y consumo de sustancias) o de la "
                 "Oficina de Asistencia Judicial (Bureau of Justice Assistance) deben aceptar no "
                 "negarle la entrada a una persona que cumple los requisitos porque toma un "
                 "medicamento aprobado por la FDA (la agencia federal de alimentos y "
                 "medicamentos) para un trastorno por consumo de sustancias. Los términos de las "
                 "subvenciones de SAMHSA dicen que ningún juez ni personal del tribunal puede "
                 "negar el uso de estos medicamentos cuando un médico debidamente autorizado "
                 "los ha recetado.</li>"
                 "<li><strong>La ADA.</strong> Todos los tribunales estatales y locales están "
                 "cubiertos, tengan o no una subvención federal. El caso de Pensilvania de la "
                 "lección anterior muestra que el DOJ actúa cuando los tribunales ordenan a las "
                 "personas dejar su medicamento.</li>"
                 "</ul>"
                 "<p>No todos los tribunales de drogas reciben estas subvenciones, y la práctica "
                 "todavía varía. Una persona a quien le dicen que deje su medicamento debería "
                 "hablar de inmediato con su abogado o abogada de defensa. También debería "
                 "hablar con quien le receta antes de hacer cualquier cambio. Un coach puede "
                 "ayudarle a anotar exactamente qué le dijeron, quién se lo dijo y "
                 "cuándo.</p>"
                 "<p>La libertad a prueba (probation) y la libertad condicional (parole) "
                 "también importan. En el caso de Pensilvania, el DOJ dijo que los tribunales de "
                 "condado limitaban o prohibían el MOUD para personas en el tribunal de drogas y "
                 "para personas en libertad a prueba o en libertad condicional. Un oficial de "
                 "libertad a prueba que dice “nada de metadona” es parte de un sistema que la "
                 "ADA cubre. Se siguen los mismos pasos: anotarlo, hablar con el abogado o la "
                 "abogada, y hablar con quien receta antes de cualquier cambio.</p>"
                 "<h3>Qué anotar cuando un sistema dice que no</h3>"
                 "<p>Ya sea una cárcel, un tribunal o una casa, las buenas notas facilitan cada "
                 "paso que sigue. Ayude a la persona a anotar:</p>"
                 "<ul>"
                 "<li>La fecha, la hora y el lugar.</li>"
                 "<li>El nombre y el puesto de cada persona con quien trató.</li>"
                 "<li>Las palabras exactas que se usaron, lo más parecido que pueda "
                 "recordarlas.</li>"
                 "<li>Si hay una norma por escrito, y una copia si la puede conseguir.</li>"
                 "<li>Lo que le pasó como resultado, como abstinencia, una dosis perdida, una "
                 "cama perdida o un día de trabajo perdido.</li>"
                 "<li>A quién se lo ha contado desde entonces, y qué le dijeron esas "
                 "personas.</li>"
                 "</ul>"
                 "<p>Estas notas le pertenecen a la persona. Mantenga cualquier copia que "
                 "guarde su programa tan privada como cualquier otro expediente.</p>"
                 "<h2>Viviendas de recuperación</h2>"
                 "<p>Los hogares de recuperación, a veces llamados casas sobrias, ofrecen un "
                 "lugar seguro para vivir con apoyo entre pares. Muchos han rechazado a "
                 "personas que toman MOUD. Otros exigen que las personas residentes reduzcan "
                 "poco a poco el medicamento hasta dejarlo antes de una fecha fija. Eso deja a "
                 "la persona con una decisión terrible entre un hogar y su medicamento.</p>"
                 "<p>Esto es lo que los pares deben saber.</p>"
                 "<ul>"
                 "<li>Las mejores prácticas de SAMHSA para viviendas de recuperación dicen que "
                 "“libre de sustancias” no excluye los medicamentos recetados que se toman según "
                 "las indicaciones. Eso incluye los medicamentos aprobados por la FDA para el "
                 "trastorno por consumo de opioides.</li>"
                 "<li>La Ley de Vivienda Justa (Fair Housing Act), una ley federal, trata a las "
                 "personas en recuperación que no usan drogas ilegalmente como personas con una "
                 "discapacidad. Prohíbe la discriminación en la vivienda contra ellas. No "
                 "protege el uso ilegal actual.</li>"
                 "<li>Un hogar de recuperación administrado por un gobierno estatal o local "
                 "también está cubierto por la ADA. Los hogares que reciben fondos del gobierno "
                 "también podrían estar cubiertos.</li>"
                 "<li>Algunos estados tienen normas que animan a los hogares de recuperación a "
                 "aceptar residentes que toman MOUD. A veces se les llama hogares amigables con "
                 "los medicamentos o hogares preparados para los medicamentos. La Alianza "
                 "Nacional de Residencias de Recuperación (National Alliance for Recovery "
                 "Residences) tiene una guía para los hogares que quieren apoyar a residentes "
                 "que toman medicamentos.</li>"
                 "</ul>"
                 "<p>Una casa todavía puede tener reglas justas para todos, como guardar el "
                 "medicamento en una caja con llave. Pero una regla que deja fuera a todas las "
                 "personas que toman MOUD, o que obliga a dejar el medicamento poco a poco, "
                 "puede ser ilegal. Un coach puede ayudar a la persona a encontrar un hogar que "
                 "acepte el medicamento. Si la persona quiere hacer valer sus derechos, el coach "
                 "puede ayudarle a pedir la norma por escrito y conectarla con un grupo de "
                 "vivienda justa o de asistencia legal.</p>"
                 "<h3>Preguntas que una persona puede hacerle a un hogar de recuperación</h3>"
                 "<ul>"
                 "<li>¿Aceptan residentes que toman metadona, buprenorfina o naltrexona según lo "
                 "recetado?</li>"
                 "<li>¿Eso está escrito en las reglas de la casa? ¿Puedo ver una copia?</li>"
                 "<li>¿Cómo guardan su medicamento las personas residentes? ¿Quién lo puede "
                 "ver?</li>"
                 "<li>¿Puedo llegar a tiempo a mi clínica o farmacia desde aquí?</li>"
                 "<li>¿Alguna vez les piden a las personas residentes que dejen el medicamento "
                 "poco a poco? Si es así, ¿quién lo decide?</li>"
                 "<li>¿Cómo hablan aquí del medicamento el personal y las demás personas "
                 "residentes?</li>"
                 "</ul>"
                 "<p>Las respuestas le dicen mucho a una persona sobre si el hogar va a apoyar "
                 "su recuperación. Una casa que responde de forma vaga u hostil por teléfono "
                 "probablemente será igual después de la mudanza. La persona decide dónde "
                 "vivir. Su trabajo es ayudarle a decidir con los ojos abiertos.</p>"),
                ("callout", {
                    "title": "Nunca lo decide el coach",
                    "text": (
                        "Cuando una cárcel, un tribunal o una casa dice “deje el medicamento poco "
                        "a poco”, el coach no dice si hacerlo ni cuándo. Para cualquier cambio, "
                        "hay que preguntarle a quien le receta a la persona. Su trabajo es ayudar "
                        "a la persona a conocer sus opciones y a hablar por sí misma."
                    ),
                    "tone": "warning",
                }),
                ("scenario", {
                    "title": "Un hogar de recuperación le dice que debe dejar el medicamento para mudarse",
                    "situation": (
                        "Calvin Green tiene 44 años y es afroamericano. Toma buprenorfina desde "
                        "hace dos años y trabaja en un taller de llantas. Su contrato de alquiler "
                        "se está terminando. Encontró un hogar de recuperación cerca de su "
                        "trabajo. Por teléfono, la persona encargada de la casa le dijo: “Somos "
                        "una casa de abstinencia total. Puede mudarse si acepta dejar el Suboxone "
                        "en 60 días”. Calvin llega muy alterado a su centro de apoyo entre pares. "
                        "Dice: “Tal vez debería hacerlo y ya. Necesito un lugar donde vivir”."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Escucharlo, reflejar lo atrapado que se siente y preguntarle "
                                "qué es lo más importante para él en cuanto a su vivienda y su "
                                "recuperación."
                            ),
                            "feedback": (
                                "Esto ayuda. Calvin está bajo presión. Antes de los datos o los "
                                "planes, necesita sentirse escuchado. Sus propias metas guiarán "
                                "todo lo que siga."
                            ),
                            "best": True,
                            "next": (
                                "Calvin se calma. Dice que su medicamento lo ha mantenido "
                                "estable y que no quiere perderlo. Pero tiene miedo de quedarse "
                                "sin un lugar a donde ir. Pregunta qué puede hacer."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que dejar el medicamento en 60 días es demasiado rápido "
                                "y que debería negarse."
                            ),
                            "feedback": (
                                "Esto ya es consejo médico. Un coach no juzga la velocidad con "
                                "que se reduce un medicamento. Además, toma la decisión por él."
                            ),
                            "best": False,
                            "next": (
                                "Calvin se ve inseguro. Dice que su tío cree que de todos modos "
                                "debería dejarlo. Ahora se siente jalado entre dos personas que "
                                "le dicen qué hacer."
                            ),
                        },
                        {
                            "text": (
                                "Llamar de inmediato a la persona encargada de la casa y "
                                "decirle que está violando la ley."
                            ),
                            "feedback": (
                                "Usted no tiene consentimiento para hablar por Calvin ni para "
                                "compartir su información de salud. Tampoco le corresponde dar "
                                "opiniones legales. Esto podría costarle la cama."
                            ),
                            "best": False,
                            "next": (
                                "Calvin se alarma. No quería que usted llamara. Le preocupa que "
                                "ahora en la casa piensen que él es alguien que causa "
                                "problemas."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Calvin quiere seguir con su medicamento y aun así encontrar "
                            "vivienda. ¿Cuál es el siguiente paso más útil?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Compartir que las guías sobre viviendas de recuperación "
                                    "apoyan a residentes que toman MOUD y que la ley de vivienda "
                                    "justa podría protegerlo. Luego preguntarle si quiere ayuda "
                                    "para buscar hogares amigables con los medicamentos, para "
                                    "planear qué decirle a esta casa o para contactar a "
                                    "asistencia legal."
                                ),
                                "feedback": (
                                    "Esto le da datos y opciones, y deja la decisión en sus "
                                    "manos. Empieza por la autodefensa y ofrece más ayuda solo "
                                    "si él la quiere."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Decirle que por ahora acepte dejar el medicamento poco a "
                                    "poco, y que después de mudarse deje de reducirlo sin "
                                    "decirle a nadie."
                                ),
                                "feedback": (
                                    "Esto le pide que no sea honesto, pone en riesgo su "
                                    "vivienda y trata su medicamento como algo que hay que "
                                    "esconder."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Decirle que le pida a quien le receta una nota que diga que "
                                    "pronto va a dejar el medicamento."
                                ),
                                "feedback": (
                                    "Esto empuja una decisión médica que él no ha tomado. "
                                    "Cualquier conversación con quien le receta debería ser "
                                    "sobre lo que él quiere, en sus propias palabras."
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
            "slug": "privacy-and-how-a-peer-advocates",
            "title": "La privacidad según 42 CFR Parte 2, y cómo aboga un par",
            "minutes": 9,
            "body": [
                ("rich_text",
                 "<h2>42 CFR Parte 2 en palabras sencillas</h2>"
                 "<p>42 CFR Parte 2 es la norma federal de confidencialidad para los expedientes "
                 "de tratamiento de los trastornos por consumo de sustancias. La gente la llama "
                 "“Parte 2”. Cubre los expedientes de programas con ayuda federal que dan "
                 "tratamiento para el consumo de sustancias, como los programas de tratamiento "
                 "de opioides. Es más estricta que HIPAA, la ley general de privacidad de la "
                 "salud. Existe porque las personas no buscan atención si temen que sus "
                 "expedientes se usen en su contra.</p>"
                 "<p>En febrero de 2024, el Departamento de Salud y Servicios Humanos (HHS) "
                 "publicó una norma final que cambió la Parte 2. Entró en vigor en abril de "
                 "2024. Los programas deben cumplirla a más tardar el 16 de febrero de 2026. "
                 "Estos son los grandes cambios, en palabras sencillas.</p>"
                 "<ul>"
                 "<li><strong>Un solo consentimiento para la atención y la "
                 "facturación.</strong> Ahora una persona puede firmar un solo consentimiento "
                 "que cubre todos los usos futuros de sus expedientes para tratamiento, pagos y "
                 "operaciones de atención médica. (Operaciones de atención médica quiere decir "
                 "el trabajo diario de administrar la atención, como los controles de calidad.) "
                 "El consentimiento puede seguir vigente hasta que la persona lo retire por "
                 "escrito.</li>"
                 "<li><strong>Siguen protegidos en los tribunales.</strong> Los expedientes de "
                 "la Parte 2 no se pueden usar contra la persona en procesos penales, civiles, "
                 "administrativos o legislativos sin el consentimiento de la persona o una orden "
                 "judicial. Esto se aplica incluso después de que los expedientes se compartan "
                 "para el tratamiento.</li>"
                 "<li><strong>Aviso de filtraciones.</strong> Si los expedientes se pierden, se "
                 "roban o se comparten por error, los programas deben avisar a las personas de "
                 "la forma en que HIPAA lo exige para otros expedientes de salud.</li>"
                 "<li><strong>Sanciones como las de HIPAA.</strong> Ahora las violaciones pueden "
                 "traer los mismos tipos de sanciones civiles y penales que HIPAA. Las personas "
                 "pueden presentar quejas ante el Departamento de Salud y Servicios "
                 "Humanos.</li>"
                 "<li><strong>Notas de consejería.</strong> Las notas que el personal de "
                 "consejería guarda aparte del expediente principal reciben protección "
                 "adicional. Necesitan su propio consentimiento, por separado.</li>"
                 "</ul>"
                 "<h2>Qué significa la Parte 2 para un par</h2>"
                 "<p>Primero, proteja usted la privacidad de las personas. Nunca le diga a nadie "
                 "que una persona va a una clínica, toma MOUD o habla con usted, a menos que la "
                 "persona haya dicho que sí. Eso incluye a familiares, caseros, oficiales de "
                 "libertad a prueba y otro personal fuera de su programa. Si su programa está "
                 "cubierto por la Parte 2, siga sus formularios de consentimiento y sus reglas, "
                 "y pregúntele a su supervisor/a cuando tenga dudas.</p>"
                 "<p>Segundo, ayude a las personas a entender lo que firman. A muchas personas "
                 "les dan un formulario de consentimiento y les dicen que firmen rápido. Un "
                 "coach puede sentarse con ellas y revisarlo. ¿Quién recibe la información? "
                 "¿Para qué? ¿Por cuánto tiempo? ¿Cómo retiro mi consentimiento? Una persona "
                 "que sabe que sus expedientes siguen protegidos en los tribunales puede "
                 "sentirse más segura para ser honesta con su equipo de atención.</p>"
                 "<p>Tercero, recuerde que dar el consentimiento le corresponde a la persona. "
                 "Una persona puede decir que sí a que su clínica hable con su médico de "
                 "cabecera, pero que no a que su clínica hable con su empleador. Las dos "
                 "decisiones están bien.</p>"),
                ("callout", {
                    "title": "Un hábito rápido de privacidad",
                    "text": (
                        "Antes de compartir cualquier cosa sobre una persona, hágase tres "
                        "preguntas. ¿Estuvo de acuerdo con esto? ¿Estuvo de acuerdo en que se "
                        "comparta con esta persona? ¿Es solo lo necesario? Si alguna respuesta es "
                        "no, deténgase y pregúntele primero."
                    ),
                    "tone": "tip",
                }),
                ("rich_text",
                 "<h2>Cómo aboga un par: tres pasos</h2>"
                 "<p>Las competencias básicas de SAMHSA para trabajadores de apoyo entre pares "
                 "dicen que el apoyo entre pares siempre lo dirige la persona. Respeta los "
                 "muchos caminos hacia la recuperación y es voluntario. Abogar sigue los mismos "
                 "valores. No tomamos el control. Ayudamos a las personas a encontrar y usar su "
                 "propia voz, y estamos a su lado cuando nos lo piden. Piense en la defensa de "
                 "derechos como tres pasos, en este orden.</p>"
                 "<h3>Paso 1: Apoyar la autodefensa</h3>"
                 "<p>Empiece aquí casi siempre. La autodefensa significa que la persona habla "
                 "por sí misma, con su apoyo. Le da una confianza que dura mucho después de que "
                 "se resuelve el problema. Así se ve el apoyo a la autodefensa.</p>"
                 "<ol>"
                 "<li><strong>Escuche y reúna los datos.</strong> ¿Qué pasó? ¿Quién lo dijo? "
                 "¿Cuándo? ¿Fue por escrito?</li>"
                 "<li><strong>Encuentre la meta.</strong> Pregunte: “¿Qué quiere que pase?”. La "
                 "meta es de la persona, no suya.</li>"
                 "<li><strong>Comparta información.</strong> Explique, en términos generales, "
                 "los derechos que podrían aplicarse. Deje claro que usted no es abogado ni "
                 "abogada.</li>"
                 "<li><strong>Haga un plan.</strong> ¿Con quién es mejor hablar? ¿Qué va a "
                 "decir la persona? ¿Qué va a pedir? Ayúdele a escribir unas pocas líneas "
                 "cortas. Por ejemplo: “Tomo un medicamento recetado para una condición de "
                 "salud. Le pido que cambie su norma en mi caso para que yo pueda seguir "
                 "tomándolo. Por favor, deme su decisión y la razón por "
                 "escrito”.</li>"
                 "<li><strong>Practique.</strong> Hagan un juego de roles de la conversación. "
                 "Deje que la persona lo intente más de una vez.</li>"
                 "<li><strong>Guarde registros.</strong> Anote fechas, nombres y lo que se "
                 "dijo. Guarde copias de cartas y correos electrónicos.</li>"
                 "<li><strong>Dé seguimiento después.</strong> ¿Cómo le fue? ¿Qué sigue?</li>"
                 "</ol>"
                 "<h3>Paso 2: Abogar con consentimiento</h3>"
                 "<p>A veces una persona le pide hacer más. Tal vez quiere que usted haga una "
                 "llamada, vaya a una reunión o escriba una carta. Eso está bien, con su "
                 "consentimiento. Consígalo por escrito si su programa lo exige. Pónganse de "
                 "acuerdo antes sobre lo que usted va a compartir y lo que no. Hable junto con "
                 "la persona, no en su lugar, y deje que ella dirija cuando pueda. Después, "
                 "cuéntele exactamente lo que se dijo. Si cambia de opinión, deténgase.</p>"
                 "<p>También puede conectarla con alguien que pueda hacer más. Podría ser "
                 "asistencia legal, un grupo de defensa de los derechos de las personas con "
                 "discapacidad, un grupo de vivienda justa o la persona que defiende a los "
                 "pacientes en su clínica. Acompañar a la persona a esa primera cita muchas "
                 "veces es lo más útil que usted puede hacer.</p>"
                 "<h3>Paso 3: Abogar por cambios en los sistemas</h3>"
                 "<p>Cuando muchas personas chocan contra la misma pared, el problema es el "
                 "sistema, no la persona. Abogar por cambios en los sistemas busca cambiar la "
                 "regla para todos. Podría verse así:</p>"
                 "<ul>"
                 "<li>Llevar la cuenta, sin nombres, de cuántas veces la misma cárcel, el mismo "
                 "tribunal o la misma casa rechaza a las personas, y llevárselo a su "
                 "supervisor/a.</li>"
                 "<li>Ofrecer capacitación sobre la recuperación asistida con medicamentos a "
                 "quienes administran hogares de recuperación o al personal de albergues.</li>"
                 "<li>Unirse a un grupo comunitario de recuperación o a una coalición que "
                 "trabaje con los tribunales, las cárceles o su condado.</li>"
                 "<li>Compartir su propia historia, si así lo decide, en una reunión "
                 "pública.</li>"
                 "</ul>"
                 "<p>Nunca use la historia de una persona en el trabajo de sistemas sin su "
                 "permiso claro. Revise la política de su programa antes de hablar en su nombre "
                 "en público. Abogar por cambios en los sistemas es la forma en que los "
                 "pacientes de metadona crearon, desde el principio, los programas de "
                 "recuperación dirigidos por pares. Es parte de nuestra historia y parte de su "
                 "trabajo.</p>"
                 "<h2>Cuando abogar sale mal</h2>"
                 "<p>Las buenas intenciones también pueden hacer daño. Tenga cuidado con estas "
                 "trampas.</p>"
                 "<ul>"
                 "<li><strong>Tomar el control.</strong> Usted hace la llamada porque es más "
                 "rápido. La persona aprende que ella no puede hacerlo.</li>"
                 "<li><strong>Prometer resultados.</strong> Usted dice: “Tienen que "
                 "aceptarle”. Si la respuesta es no, la persona se siente defraudada también "
                 "por usted.</li>"
                 "<li><strong>Compartir demasiado.</strong> Usted le da a un casero o a un jefe "
                 "detalles que la persona nunca aceptó compartir.</li>"
                 "<li><strong>Su enojo, no el de la persona.</strong> Puede que usted haya "
                 "enfrentado el mismo estigma. Sus sentimientos son reales. Pero la lucha que "
                 "se elija debe ser la lucha de la persona, al ritmo que ella elija.</li>"
                 "<li><strong>Hacer de abogado o de médico.</strong> Usted le dice a alguien "
                 "que va a ganar un caso, o que una dosis es demasiado baja. Las dos cosas están "
                 "fuera de su papel.</li>"
                 "</ul>"
                 "<p>Cuando tenga dudas, llévelo a supervisión. Pedir ayuda es parte de hacer "
                 "bien este trabajo.</p>"),
                ("scenario", {
                    "title": "Le quitaron la metadona en la cárcel del condado",
                    "situation": (
                        "Alma Delgado tiene 36 años y es madre de dos hijos. Es paciente de un "
                        "programa de tratamiento de opioides desde hace tres años. Pasó nueve "
                        "días en la cárcel del condado. La cárcel no le dio su metadona y ella "
                        "pasó por la abstinencia. La soltaron esta mañana y vino directo a su "
                        "centro de apoyo entre pares. Dice: “Me siento muy mal. No sé si la "
                        "clínica me va a aceptar otra vez. Y estoy tan enojada con esa cárcel”."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Reconocer lo duros que fueron los últimos nueve días y luego "
                                "preguntarle si quiere ayuda para comunicarse hoy con su "
                                "clínica."
                            ),
                            "feedback": (
                                "Esto ayuda. Su seguridad es lo primero. Después de un tiempo "
                                "sin opioides, su tolerancia puede ser más baja, así que es "
                                "importante que se reconecte rápido con su clínica. La clínica, "
                                "no el coach, decide sobre su dosis."
                            ),
                            "best": True,
                            "next": (
                                "Alma llama a su clínica desde la oficina del centro. Le dicen "
                                "que vaya esta tarde para que la vea el personal médico. Usted "
                                "se asegura de que tenga naloxona. Ella dice: “Quiero hacer algo "
                                "sobre esa cárcel, para que esto no le pase a nadie más”."
                            ),
                        },
                        {
                            "text": (
                                "Decirle que probablemente hoy puede volver a su dosis de antes, "
                                "ya que solo fueron nueve días."
                            ),
                            "feedback": (
                                "Esto es consejo médico, y podría ser peligroso. Solo el "
                                "personal médico de su clínica puede decidir su dosis después de "
                                "una interrupción."
                            ),
                            "best": False,
                            "next": (
                                "Alma va a la clínica esperando su dosis de antes. Cuando el "
                                "personal le explica que primero deben evaluarla, se siente "
                                "engañada y se va molesta."
                            ),
                        },
                        {
                            "text": (
                                "Empezar por ayudarle a escribir una queja sobre la cárcel, "
                                "mientras tiene frescos los detalles."
                            ),
                            "feedback": (
                                "Anotarlo es importante, pero no es lo primero. Ella está "
                                "enferma y en riesgo en este momento. Reconectarla con la "
                                "atención va antes que la queja."
                            ),
                            "best": False,
                            "next": (
                                "A la mitad, Alma dice que se siente demasiado enferma para "
                                "seguir. Se va sin haber llamado a su clínica."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Alma ya volvió a tomar su medicamento y quiere actuar sobre lo que "
                            "pasó en la cárcel. ¿Cuál es la mejor forma de apoyarla?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ayudarle a anotar lo que pasó, con fechas y nombres. "
                                    "Compartir que el DOJ dice que prohibir de forma general el "
                                    "MOUD en las cárceles puede violar la ADA. Ofrecerle "
                                    "conectarla con asistencia legal o con un grupo de defensa "
                                    "de los derechos de las personas con discapacidad, y "
                                    "preguntarle si quiere que usted la acompañe."
                                ),
                                "feedback": (
                                    "Esto es autodefensa primero, y luego abogar con su "
                                    "consentimiento. Si usted escucha la misma historia de otras "
                                    "personas, también podría llevar a abogar por cambios en el "
                                    "sistema."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Llamar usted a las noticias locales y contarles la "
                                    "historia de Alma."
                                ),
                                "feedback": (
                                    "Esto comparte su información privada de salud sin "
                                    "consentimiento y le quita a ella el control de su "
                                    "historia."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Decirle que no vale la pena, porque las cárceles nunca "
                                    "cambian."
                                ),
                                "feedback": (
                                    "Esto le quita la esperanza y la decisión. Hay cárceles que "
                                    "han cambiado después de quejas y de acciones del DOJ."
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
        "slug": "module-4-check",
        "title": "Prueba del módulo 4: El estigma, los derechos y los sistemas que enfrentan las personas",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Destiny, de 31 años, está embarazada y toma buprenorfina desde hace un año. "
                    "La familia de su pareja dice que tiene que dejarla “antes de que nazca el "
                    "bebé”. Ella le pregunta: “¿Debería dejarla?”. ¿Cuál es la respuesta más "
                    "útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Preguntarle cómo le afectan las palabras de la familia y qué quiere ella, y "
                     "luego ayudarle a hacer una lista de preguntas para llevarle a quien le "
                     "receta y a su equipo de atención del embarazo", True),
                    ("Decirle que siga tomándola, porque dejarla durante el embarazo es "
                     "riesgoso", False),
                    ("Decirle que empiece a reducir la dosis poco a poco para que la familia la "
                     "deje en paz", False),
                    ("Decirle que evite el tema con la familia hasta que nazca el bebé", False),
                ],
                "explanation": (
                    "Seguir con un medicamento o cambiarlo es una decisión de Destiny y de quien "
                    "le receta. El coach explora sus sentimientos y sus metas, y le ayuda a "
                    "prepararse para esa conversación. Decirle que siga, que reduzca la dosis o "
                    "que evite a su familia es tomar la decisión por ella."
                ),
            },
            {
                "prompt": (
                    "Gilbert, de 66 años, toma metadona desde hace veinte años. En una reunión de "
                    "ayuda mutua, un miembro le dijo que “en realidad no estaba limpio” y que no "
                    "debería compartir. Él le cuenta que está pensando en dejar las reuniones. "
                    "¿Cuál es la mejor respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("Escucharlo, afirmar que la recuperación asistida con medicamentos es "
                     "recuperación, y preguntarle qué obtiene de las reuniones y si quiere ayuda "
                     "para encontrar grupos que reciban bien a las personas que toman "
                     "medicamentos", True),
                    ("Decirle que deje de mencionar su metadona en las reuniones para que no sea "
                     "un problema", False),
                    ("Decirle que vuelva y enfrente a ese miembro en la próxima reunión", False),
                    ("Decirle que las personas que toman medicamentos no necesitan "
                     "reuniones", False),
                ],
                "explanation": (
                    "El coach nombra el estigma, afirma su recuperación y explora sus propias "
                    "metas y opciones. Esconder su medicamento alimenta la vergüenza. Enfrentar "
                    "a ese miembro o dejar las reuniones puede ser su decisión más adelante, pero "
                    "no debe ser una orden del coach."
                ),
            },
            {
                "prompt": (
                    "A Brenda, de 33 años, le ofrecieron un trabajo en un almacén de suministros "
                    "médicos. Después de que una prueba de drogas previa a la contratación "
                    "mostró buprenorfina, Recursos Humanos le dijo que la oferta queda en pausa "
                    "“hasta que la deje”. El trabajo no es un puesto de transporte donde la "
                    "seguridad sea clave. ¿Qué debe hacer el coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Decirle que puede tener protección porque toma un medicamento recetado, "
                     "ayudarle a anotar lo que pasó y a pedir la decisión por escrito, y "
                     "conectarla con asistencia legal o con la EEOC", True),
                    ("Decirle que el empleador tiene permiso para hacer esto porque la "
                     "buprenorfina aparece en las pruebas de drogas", False),
                    ("Llamar usted a Recursos Humanos y decirles que están violando la "
                     "ADA", False),
                    ("Sugerirle que le pida a quien le receta que la cambie a un medicamento que "
                     "no aparezca en las pruebas", False),
                ],
                "explanation": (
                    "Un empleador puede hacer pruebas, pero por lo general no puede negar un "
                    "trabajo solo porque la persona toma MOUD según lo recetado, a menos que haya "
                    "pruebas objetivas de que ella no puede hacer el trabajo de forma segura o "
                    "que otra ley federal la excluya. El coach informa, ayuda a documentar y "
                    "conecta. Llamar a Recursos Humanos sin consentimiento y dirigir su "
                    "medicamento están fuera del papel de coach."
                ),
            },
            {
                "prompt": (
                    "¿Cuáles de estas situaciones probablemente violarían la ADA, según la ley y "
                    "la guía del DOJ? Elija todas las que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Una cárcel del condado suspende la metadona recetada de todas las personas "
                     "al ingresar, como norma general", True),
                    ("Un centro de enfermería especializada rechaza a todas las personas "
                     "solicitantes que toman buprenorfina", True),
                    ("Una sala de emergencias se niega a tratar el brazo roto de un hombre porque "
                     "él está usando heroína", True),
                    ("Un empleador despide a un trabajador por usar heroína en el trabajo", False),
                    ("Un programa de tratamiento residencial da de alta a una persona residente "
                     "por usar drogas dentro del programa", False),
                ],
                "explanation": (
                    "Las prohibiciones generales del MOUD en cárceles y centros de enfermería son "
                    "el tipo de normas que el DOJ ha llamado violaciones de la ADA. Según 42 "
                    "U.S.C. 12210(c), no se pueden negar servicios de salud por el uso ilegal "
                    "actual. El uso ilegal actual en el trabajo no está protegido, y un programa "
                    "de tratamiento puede hacer cumplir sus reglas sobre el consumo dentro del "
                    "programa."
                ),
            },
            {
                "prompt": (
                    "Jamal, de 24 años, está en un tribunal de drogas del condado. La persona que "
                    "maneja su caso le dice que debe dejar la buprenorfina antes de su última "
                    "fase para poder graduarse. ¿Qué es lo más útil que puede hacer el coach?"
                ),
                "multiple": False,
                "choices": [
                    ("Compartir que los tribunales de drogas con fondos federales aceptan no "
                     "negar los medicamentos aprobados por la FDA y que la ADA cubre a los "
                     "tribunales, animarlo a hablar con su abogado o abogada de defensa y con "
                     "quien le receta, y ayudarle a anotar lo que le dijeron", True),
                    ("Decirle que los tribunales de drogas pueden poner cualquier regla que "
                     "quieran, así que debería planear dejar la dosis poco a poco", False),
                    ("Decirle que deje la buprenorfina ahora para terminar a tiempo", False),
                    ("Decirle que ignore la regla, porque el tribunal no puede hacerla "
                     "cumplir", False),
                ],
                "explanation": (
                    "Desde 2015, los tribunales de drogas con subvenciones de SAMHSA o de la "
                    "Oficina de Asistencia Judicial no deben negar estos medicamentos a las "
                    "personas, y el DOJ ha actuado contra tribunales según la ADA. La estrategia "
                    "legal le corresponde a su abogado o abogada, y las decisiones sobre el "
                    "medicamento, a quien le receta. Ignorar una regla del tribunal podría "
                    "ponerlo en riesgo."
                ),
            },
            {
                "prompt": (
                    "El programa de tratamiento de opioides de Raúl, de 52 años, le pide que "
                    "firme un nuevo consentimiento según la norma actualizada de la Parte 2. A él "
                    "le preocupa que su oficial de libertad a prueba use sus expedientes en su "
                    "contra. ¿Qué información correcta se le puede dar?"
                ),
                "multiple": False,
                "choices": [
                    ("El consentimiento único cubre el tratamiento, los pagos y las operaciones "
                     "de atención médica. Los expedientes de la Parte 2 todavía no se pueden "
                     "usar en su contra en procesos legales sin su consentimiento o una orden "
                     "judicial, y él puede retirar el consentimiento por escrito.", True),
                    ("Una vez que firme, cualquier persona que tenga que ver con su atención o "
                     "con su caso puede ver sus expedientes", False),
                    ("Desde la norma de 2024, la Parte 2 ya no protege los expedientes en los "
                     "tribunales", False),
                    ("Tiene que firmarlo o el programa tiene que darlo de alta", False),
                ],
                "explanation": (
                    "La norma de 2024 permite un solo consentimiento para todos los usos futuros "
                    "de tratamiento, pagos y operaciones de atención médica, hasta que se retire "
                    "por escrito. Mantiene la prohibición de usar los expedientes de la Parte 2 "
                    "contra el paciente en procesos penales, civiles, administrativos o "
                    "legislativos sin consentimiento o una orden judicial."
                ),
            },
            {
                "prompt": (
                    "El hermano de Alma llama a su centro de apoyo entre pares. Dice que Alma "
                    "está en la cárcel del condado y pregunta si ella participa en su programa y "
                    "a qué clínica va. Alma no ha dado su consentimiento para compartir "
                    "información con él. ¿Qué hace usted?"
                ),
                "multiple": False,
                "choices": [
                    ("No confirmar que ella participa en el programa. Darle información general "
                     "sobre el MOUD en las cárceles y sobre cómo las familias pueden pedir ayuda "
                     "a la unidad médica de la cárcel, y ofrecerle tomar un mensaje", True),
                    ("Decirle el nombre de su clínica, ya que es familia y quiere ayudar", False),
                    ("Confirmar que ella participa en el programa, pero no decir nada "
                     "más", False),
                    ("Llamar a la cárcel y contarles sobre su metadona", False),
                ],
                "explanation": (
                    "Incluso confirmar que alguien participa en el programa puede revelar que "
                    "está en tratamiento. Sin consentimiento, no comparta nada sobre ella. Aun "
                    "así, puede dar información general que cualquier persona podría usar, y "
                    "pasar un mensaje."
                ),
            },
            {
                "prompt": (
                    "Cedric le pide que llame a la persona que administra un hogar de "
                    "recuperación que le dijo que debe dejar la metadona poco a poco para poder "
                    "mudarse. ¿Qué pasos deben ir ANTES de la llamada? Elija todos los que "
                    "correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Obtener su consentimiento, por escrito si su programa lo exige", True),
                    ("Ponerse de acuerdo con él sobre exactamente lo que usted va a compartir y "
                     "lo que no", True),
                    ("Preguntarle si quiere estar en la llamada o hacerla él mismo con usted al "
                     "lado", True),
                    ("Decidir por él qué debería pedirle a la casa", False),
                    ("Enviarle a quien administra la casa una copia de sus expedientes de "
                     "tratamiento para demostrar que está estable", False),
                ],
                "explanation": (
                    "Abogar con consentimiento significa que él acepta la llamada, pone los "
                    "límites de lo que se comparte y dirige donde pueda. La meta la elige él, y "
                    "los expedientes de tratamiento están protegidos y no hacen falta para "
                    "pedirle a una casa que cambie su norma."
                ),
            },
            {
                "prompt": (
                    "En un mes, la misma cadena de hogares de recuperación rechazó a cuatro "
                    "personas de su centro de apoyo entre pares porque toman MOUD. Ya se ayudó a "
                    "cada persona a encontrar otra vivienda. ¿Cuál es un buen paso para abogar "
                    "por cambios en el sistema?"
                ),
                "multiple": False,
                "choices": [
                    ("Llevar el patrón, sin nombres, a su supervisor/a y sugerir que se le "
                     "ofrezca a la empresa que administra los hogares información sobre las "
                     "guías de viviendas de recuperación y sobre la recuperación asistida con "
                     "medicamentos", True),
                    ("Publicar las historias de las cuatro personas en las redes sociales para "
                     "presionar a la empresa", False),
                    ("Dejar de referir a cualquier persona a viviendas de recuperación", False),
                    ("Decirles a las próximas personas participantes que toman MOUD que no "
                     "mencionen su medicamento cuando presenten su solicitud", False),
                ],
                "explanation": (
                    "Abogar por cambios en los sistemas apunta a la regla, protege la privacidad "
                    "y trabaja a través de su programa. Compartir historias sin consentimiento "
                    "rompe la confianza. Evitar la vivienda o esconder el medicamento deja la "
                    "barrera en su lugar."
                ),
            },
            {
                "prompt": (
                    "En una reunión de equipo, alguien de consejería dice: “Ella todavía toma "
                    "metadona, así que en realidad aún no está en recuperación”. ¿Qué es lo más "
                    "útil que puede decir un coach de recuperación entre pares?"
                ),
                "multiple": False,
                "choices": [
                    ("La recuperación asistida con medicamentos es recuperación. Ella está "
                     "trabajando, reconectándose con sus hijos y cumpliendo sus metas, y así es "
                     "como se ve la recuperación.", True),
                    ("Nada, porque a un par no le corresponde estar en desacuerdo con alguien de "
                     "consejería", False),
                    ("Tiene razón, pero ella está haciendo lo mejor que puede", False),
                    ("Preguntémosle a quien le receta cuándo va a terminar con la "
                     "metadona", False),
                ],
                "explanation": (
                    "Los pares dan el ejemplo con un lenguaje orientado a la recuperación y "
                    "corrigen los mitos con amabilidad, incluso dentro del equipo. La "
                    "recuperación se trata de salud, bienestar y una vida dirigida por la propia "
                    "persona, no de dejar un medicamento recetado."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Las personas participantes podrán explicar por qué la recuperación asistida con "
            "medicamentos es recuperación, y cambiar las palabras que estigmatizan por un lenguaje "
            "que pone primero a la persona.",
            "Las personas participantes podrán describir, en palabras sencillas, a quién protege "
            "la ADA, la excepción de los servicios de salud en 42 U.S.C. 12210(c) y a dónde puede "
            "acudir la gente para pedir ayuda.",
            "Las personas participantes podrán nombrar cómo las cárceles, los tribunales de "
            "drogas, las viviendas de recuperación y 42 CFR Parte 2 afectan a las personas que "
            "toman MOUD.",
            "Las personas participantes podrán acompañar a una persona en un plan de autodefensa "
            "sin dar consejos legales ni médicos.",
            "Las personas participantes podrán distinguir entre apoyar la autodefensa, abogar con "
            "consentimiento y abogar por cambios en los sistemas, y escoger el paso correcto.",
        ],
        "agenda": [
            {
                "title": "Apertura: ¿dónde ha enfrentado usted el estigma?",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Dé la bienvenida al grupo. Diga: este módulo trata sobre el estigma, los "
                    "derechos y la defensa de derechos, y aquí todas las personas son expertas "
                    "por su propia vida. Recuérdele al grupo que compartir es opcional y que lo "
                    "que se comparte se queda en el salón. Haga las preguntas de abajo. Escriba "
                    "respuestas cortas en el rotafolio bajo cuatro títulos: tratamiento, "
                    "reuniones, familia, trabajo. Cierre diciendo: la recuperación asistida con "
                    "medicamentos es recuperación, y cada ejemplo de este rotafolio es algo en lo "
                    "que un coach puede ayudar."
                ),
                "materials": ["Rotafolio y marcadores"],
                "questions": [
                    "¿Dónde ha visto o sentido estigma sobre la metadona o la buprenorfina?",
                    "¿Qué palabras ha oído sobre las personas que toman medicamentos que usted "
                    "nunca usaría como coach?",
                ],
            },
            {
                "title": "Los derechos en palabras sencillas",
                "minutes": 10,
                "method": "presentation",
                "description": (
                    "Repase la hoja para participantes “Conozca sus derechos”. Cubra lo siguiente: "
                    "la ADA por lo general protege a las personas en tratamiento o en "
                    "recuperación, incluidas las personas que toman MOUD; el uso ilegal actual "
                    "por lo general no está protegido; no se pueden negar servicios de salud ni "
                    "tratamiento para las drogas por el consumo actual; la guía del DOJ de 2022 "
                    "menciona cárceles, tribunales, centros de enfermería especializada, "
                    "albergues y empleadores. Dé como ejemplos reales el caso de los tribunales "
                    "de Pensilvania y los acuerdos con los centros de enfermería. Luego cubra las "
                    "condiciones de las subvenciones para tribunales de drogas, las viviendas de "
                    "recuperación y la Ley de Vivienda Justa, y la norma de 2024 de la Parte 2. "
                    "Recalque dos límites: los coaches dan información, no asesoría legal, y "
                    "nunca dan consejos sobre cambios en el medicamento. Responda dos o tres "
                    "preguntas."
                ),
                "materials": [
                    "Hoja para participantes: Conozca sus derechos si toma medicamentos para el "
                    "TCO",
                    "Rotafolio con los tres pasos para abogar",
                ],
            },
            {
                "title": "Demostración: apoyar la autodefensa",
                "minutes": 5,
                "method": "demonstration",
                "description": (
                    "Con una persona cofacilitadora o voluntaria en el papel de Calvin, del caso "
                    "práctico del hogar de recuperación, muestre tres minutos de apoyo a la "
                    "autodefensa. Haga estos pasos en voz alta: refleje sentimientos, pregúntele "
                    "qué quiere, comparta los derechos en términos generales, ayúdele a escribir "
                    "dos oraciones para decirle a la persona encargada de la casa y pregúntele si "
                    "quiere practicar. Luego pregunte al grupo qué notó y qué no hizo el coach "
                    "(no dio consejos sobre dejar el medicamento, no llamó sin consentimiento)."
                ),
                "materials": ["Hoja para participantes: Plan de autodefensa"],
            },
            {
                "title": "Juego de roles: apoyar la autodefensa",
                "minutes": 15,
                "method": "role_play",
                "description": (
                    "Forme grupos de tres: coach, participante y observador/a. Dé a cada grupo "
                    "el guion y la hoja del plan. La primera ronda dura 7 minutos; luego hay 2 "
                    "minutos de comentarios de quien observa, usando la lista de verificación. "
                    "Si hay tiempo, pida que cambien de papel para una segunda ronda más corta, "
                    "o use ese tiempo para los comentarios. Camine por el salón. Si alguien en el papel "
                    "de coach empieza a dar consejos médicos o legales, detenga al grupo y "
                    "pregunte: “¿De quién es esa decisión?”. Marque el final a los 15 minutos."
                ),
                "materials": [
                    "Tarjetas con el guion del juego de roles",
                    "Hoja para participantes: Plan de autodefensa",
                    "Lista de verificación para quien observa",
                ],
                "roles": [
                    "Coach",
                    "Participante (Eduardo Ortega, 47 años, latino, toma metadona desde hace 5 "
                    "años, oferta de trabajo en pausa después de una prueba de drogas)",
                    "Observador/a",
                ],
                "script": (
                    "Situación: Eduardo Ortega tiene 47 años y lleva cinco años en un programa de "
                    "tratamiento de opioides. Le ofrecieron un trabajo cargando camiones en un "
                    "almacén de comestibles. No es un trabajo de manejar. Después de la prueba "
                    "de drogas previa a la contratación, Recursos Humanos lo llamó y le dijo que "
                    "la oferta queda en pausa hasta que deje la metadona. Él quiere el trabajo. "
                    "Tampoco quiere dejar su medicamento. No ha decidido si va a defenderse, y "
                    "le preocupa que todos en el trabajo se enteren. Frases de inicio para quien "
                    "hace de participante: “Me dijeron que el trabajo está en pausa hasta que "
                    "deje la metadona. Llevo cinco años haciendo todo bien. Necesito este "
                    "trabajo, hermano. Tal vez debería decirles que la voy a dejar. ¿Tú qué "
                    "harías?”. Notas para quien hace de participante: si el coach le dice qué "
                    "hacer, siga la corriente, pero muestre dudas. Si el coach le pregunta "
                    "qué quiere, dígale que quiere el trabajo y también su medicamento. Si el "
                    "coach le ayuda a planear, pida ayuda con lo que le va a decir a Recursos "
                    "Humanos."
                ),
                "observer_checklist": [
                    "Quien hizo de coach usó preguntas abiertas y reflejó los sentimientos de "
                    "Eduardo",
                    "Quien hizo de coach preguntó qué quiere Eduardo antes de ofrecer opciones",
                    "Quien hizo de coach compartió los derechos en términos generales y dijo que "
                    "no es abogado ni abogada",
                    "Quien hizo de coach no dio ningún consejo sobre dejar el medicamento poco a "
                    "poco, la dosis ni cuándo hacer cambios en el medicamento",
                    "Quien hizo de coach ayudó a Eduardo a planear con quién hablar y qué decir o "
                    "pedir, incluido pedir la decisión por escrito",
                    "Quien hizo de coach sugirió guardar registros de fechas, nombres y lo que se "
                    "dijo",
                    "Quien hizo de coach preguntó antes de ofrecerse a hacer algo en nombre de "
                    "Eduardo y respetó su decisión sobre contar o no lo de su medicamento",
                ],
            },
            {
                "title": "Conversación en grupo: ¿qué paso para abogar?",
                "minutes": 7,
                "method": "discussion",
                "description": (
                    "Reúna de nuevo al grupo. Pida a quienes observaron que compartan una cosa "
                    "muy buena que vieron. Luego lea en voz alta tres casos cortos y pregunte al "
                    "grupo qué paso corresponde: una mujer a quien le quitaron la metadona en la "
                    "cárcel y que quiere presentar una queja (autodefensa, luego abogar con "
                    "consentimiento); un hombre que le pide al coach que llame a su casero "
                    "(abogar con consentimiento); cuatro personas rechazadas por la misma cadena "
                    "de hogares de recuperación (abogar por cambios en los sistemas). Cierre la "
                    "conversación con el hábito de privacidad de la Parte 2: ¿estuvo de acuerdo "
                    "la persona?, ¿aceptó que se comparta con esta persona?, ¿es solo lo "
                    "necesario?"
                ),
                "materials": ["Rotafolio con los tres pasos para abogar"],
                "questions": [
                    "¿Qué hizo quien hacía de coach que ayudó a Eduardo a encontrar su propia "
                    "voz?",
                    "¿Cuándo pasaría usted de apoyar la autodefensa a abogar con "
                    "consentimiento?",
                    "¿Qué patrones ha visto donde vive o trabaja que piden abogar por cambios en "
                    "los sistemas?",
                ],
            },
            {
                "title": "Enseñar lo aprendido y cierre",
                "minutes": 3,
                "method": "teach_back",
                "description": (
                    "Pida a cada persona que le diga a otra persona del grupo, en una o dos "
                    "oraciones, qué le diría a alguien a quien una cárcel, un tribunal o una "
                    "casa le dijo que deje su medicamento. Escuche que mencionen los derechos en "
                    "términos generales, que no den consejos médicos y que ofrezcan ayuda para "
                    "planear. Agradezca al grupo y recuérdele que la prueba del módulo está en "
                    "línea."
                ),
                "materials": [],
            },
        ],
        "handouts": [
            {
                "title": "Conozca sus derechos si toma medicamentos para el TCO",
                "text": (
                    "Esta hoja es información general, no asesoría legal. Las leyes se aplican de "
                    "forma diferente según cada situación y cada estado.\n\n"
                    "La recuperación asistida con medicamentos es recuperación. Usted no tiene "
                    "que dejar un medicamento recetado para que se considere que está en "
                    "recuperación.\n\n"
                    "La Ley para Estadounidenses con Discapacidades (ADA)\n"
                    "- El trastorno por consumo de opioides por lo general es una discapacidad "
                    "según la ADA.\n"
                    "- Las personas en tratamiento o en recuperación, incluidas las que toman "
                    "metadona, buprenorfina o naltrexona según lo recetado, por lo general están "
                    "protegidas.\n"
                    "- El uso ilegal actual de drogas por lo general no está protegido.\n"
                    "- Aun así, a nadie se le pueden negar servicios de salud ni tratamiento para "
                    "las drogas por el uso ilegal actual, si de otro modo cumple los requisitos "
                    "(42 U.S.C. 12210(c)).\n"
                    "- Los empleadores pueden hacer pruebas de drogas, pero por lo general no "
                    "pueden negarle un trabajo ni despedirle solo por tomar MOUD según lo "
                    "recetado.\n\n"
                    "Lugares que cubre la ADA\n"
                    "- Cárceles y prisiones: el DOJ dice que prohibir de forma general que se "
                    "continúe el MOUD recetado violaría la ADA.\n"
                    "- Tribunales y libertad a prueba: el DOJ ha actuado contra tribunales que "
                    "ordenaron a personas dejar su medicamento.\n"
                    "- Centros de enfermería especializada, hospitales y consultorios médicos.\n"
                    "- Albergues para personas sin hogar, servicios sociales y agencias de "
                    "bienestar infantil.\n\n"
                    "Tribunales de drogas\n"
                    "- Los tribunales de drogas que reciben subvenciones federales para "
                    "tribunales de drogas han aceptado no negarles a las personas los "
                    "medicamentos aprobados por la FDA. Hable con su abogado o abogada de "
                    "defensa y con quien le receta antes de hacer cualquier cambio.\n\n"
                    "Viviendas de recuperación\n"
                    "- Las mejores prácticas de SAMHSA para viviendas de recuperación dicen que "
                    "“libre de sustancias” no excluye los medicamentos recetados que se toman "
                    "según las indicaciones.\n"
                    "- La Ley de Vivienda Justa (Fair Housing Act) protege a las personas en "
                    "recuperación contra la discriminación en la vivienda.\n\n"
                    "Sus expedientes de tratamiento (42 CFR Parte 2)\n"
                    "- Puede firmar un solo consentimiento para tratamiento, pagos y operaciones "
                    "de atención médica. Puede retirarlo por escrito.\n"
                    "- Sus expedientes no se pueden usar en su contra en un tribunal ni en otros "
                    "procesos legales sin su consentimiento o una orden judicial.\n"
                    "- Los programas deben avisarle si hay una filtración de sus expedientes.\n\n"
                    "A dónde acudir\n"
                    "- Asistencia legal gratuita (legal aid) y la organización de derechos de las "
                    "personas con discapacidad de su estado.\n"
                    "- La División de Derechos Civiles del Departamento de Justicia, para quejas "
                    "bajo la ADA.\n"
                    "- La EEOC (Comisión para la Igualdad de Oportunidades en el Empleo), para la "
                    "discriminación en el trabajo.\n"
                    "- La Oficina de Derechos Civiles del HHS (Departamento de Salud y Servicios "
                    "Humanos), para quejas sobre servicios de salud y privacidad.\n"
                    "- Su coach de recuperación, para ayudarle a planear, practicar y guardar "
                    "registros."
                ),
            },
            {
                "title": "Plan de autodefensa",
                "text": (
                    "Use esta hoja con su coach. Usted decide qué hacer.\n\n"
                    "1. ¿Qué pasó?\n"
                    "- Fecha, lugar, quién lo dijo y exactamente qué dijo o escribió.\n\n"
                    "2. ¿Qué quiero que pase?\n"
                    "- Mi meta, en mis propias palabras.\n\n"
                    "3. ¿Qué derechos podrían aplicarse?\n"
                    "- Pida información general a su coach, y asesoría legal a un abogado o "
                    "abogada.\n\n"
                    "4. ¿Con quién es mejor hablar?\n"
                    "- Nombre, puesto y cómo comunicarme con esa persona.\n\n"
                    "5. ¿Qué voy a decir y qué voy a pedir?\n"
                    "- Ejemplo: Tomo un medicamento recetado para una condición de salud. Le pido "
                    "que cambie su norma en mi caso para que yo pueda seguir tomándolo. Por "
                    "favor, deme su decisión y la razón por escrito.\n\n"
                    "6. ¿Qué voy a compartir sobre mi salud?\n"
                    "- Solo lo que yo decida. No tengo que compartir mis expedientes.\n\n"
                    "7. Practicar\n"
                    "- Decirlo en voz alta con mi coach al menos una vez.\n\n"
                    "8. Registros que voy a guardar\n"
                    "- Notas después de cada llamada o reunión. Copias de cartas, correos "
                    "electrónicos y mensajes de texto.\n\n"
                    "9. Si no funciona, mi siguiente paso\n"
                    "- Asistencia legal, un grupo de defensa de los derechos de las personas con "
                    "discapacidad, un grupo de vivienda justa o una queja.\n\n"
                    "10. ¿Quiero que mi coach haga más?\n"
                    "- Si es así, ¿qué, con quién y qué puede compartir?"
                ),
            },
            {
                "title": "Los tres pasos para abogar entre pares",
                "text": (
                    "Paso 1: Apoyar la autodefensa. La persona habla por sí misma, con su apoyo. "
                    "Escuchar, encontrar su meta, compartir información general, planear, "
                    "practicar, guardar registros y dar seguimiento.\n\n"
                    "Paso 2: Abogar con consentimiento. Cuando la persona lo pida, hacer una "
                    "llamada, ir a una reunión o escribir una carta. Primero obtener el "
                    "consentimiento, ponerse de acuerdo sobre qué compartir, dejar que la persona "
                    "dirija y contarle después lo que pasó.\n\n"
                    "Paso 3: Abogar por cambios en los sistemas. Cuando muchas personas chocan "
                    "contra la misma pared, trabajar para cambiar la regla. Llevar la cuenta de "
                    "los patrones sin nombres, llevárselos a su supervisor/a, ofrecer "
                    "capacitación, unirse a coaliciones y compartir su propia historia si así lo "
                    "decide.\n\n"
                    "Siempre:\n"
                    "- Sin asesoría legal: diga “puede que usted tenga derechos aquí”.\n"
                    "- Sin consejos médicos: las decisiones sobre el medicamento son de la "
                    "persona y de quien le receta.\n"
                    "- La privacidad primero: ¿estuvo de acuerdo la persona?, ¿aceptó que se "
                    "comparta con esta persona?, ¿es solo lo necesario?"
                ),
            },
        ],
    },
}
