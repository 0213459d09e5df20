"""Módulo 1 de MAT: El trastorno por consumo de opioides y cómo funcionan los medicamentos. Qué es el
trastorno por consumo de opioides, por qué el riesgo de sobredosis es tan alto hoy, cómo actúan la
metadona, la buprenorfina y la naltrexona en los receptores opioides, lo que dice la evidencia y por
qué la recuperación asistida con medicamentos es recuperación."""

from ..module_1 import MODULE as ENGLISH

MODULE = {
    "slug": "opioid-use-disorder-and-how-medications-work",
    "title": "El trastorno por consumo de opioides y cómo funcionan los medicamentos",
    "domain": "recovery-wellness-support",
    "intro": (
        "Qué es el trastorno por consumo de opioides, por qué el riesgo de sobredosis es tan alto con "
        "las drogas que circulan hoy, y cómo funcionan la metadona, la buprenorfina y la naltrexona, "
        "explicado en palabras sencillas. También aprenderá lo que dice la evidencia y por qué, en la "
        "tradición dirigida por pares que sigue este curso, la recuperación asistida con "
        "medicamentos es recuperación."
    ),
    "minutes": 45,
    # Citations of English-language publications: the English module's own list.
    "sources": ENGLISH["sources"],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "opioid-use-disorder-in-plain-words",
            "title": "El trastorno por consumo de opioides en palabras sencillas",
            "minutes": 11,
            "body": [
                ("rich_text",
                 "<h2>Lo que describe el diagnóstico</h2>"
                 "<p>El trastorno por consumo de opioides, o TCO, es el nombre que usan los "
                 "profesionales clínicos cuando los opioides han tomado el control de la vida de una "
                 "persona. Los opioides incluyen la heroína, el fentanilo y pastillas para el dolor "
                 "como la oxicodona. La metadona y la buprenorfina también son opioides, usados como "
                 "medicamento. El diagnóstico no se trata de qué droga usó una persona. Se trata de lo "
                 "que el consumo le ha hecho a su vida.</p>"
                 "<p>Los profesionales clínicos usan una lista de un manual llamado DSM-5. Una persona "
                 "tiene TCO cuando su consumo le causa daño o angustia de verdad, y aparecen al menos "
                 "dos señales en el plazo de un año. Dos o tres señales es leve. Cuatro o cinco es "
                 "moderado. Seis o más es grave. En palabras de todos los días, las señales suenan "
                 "así:</p>"
                 "<ul>"
                 "<li>Consumir más, o por más tiempo, de lo que se había planeado.</li>"
                 "<li>Querer consumir menos y no poder.</li>"
                 "<li>Pasar mucho tiempo consiguiendo opioides, usándolos o recuperándose de sus "
                 "efectos.</li>"
                 "<li>Ansias fuertes de consumir.</li>"
                 "<li>Quedarse atrás en el trabajo, en la escuela o en la casa.</li>"
                 "<li>Seguir consumiendo aunque eso dañe sus relaciones.</li>"
                 "<li>Dejar de hacer cosas que antes le encantaban.</li>"
                 "<li>Consumir en lugares o de maneras peligrosas.</li>"
                 "<li>Seguir consumiendo aunque eso dañe su cuerpo o su mente.</li>"
                 "<li>Tolerancia.</li>"
                 "<li>Abstinencia (síntomas de abstinencia).</li>"
                 "</ul>"
                 "<p>Usted nunca va a diagnosticar a nadie. Ese es el trabajo de un profesional "
                 "clínico. Pero conocer la lista le ayuda a escuchar. Cuando Darnell le cuenta que "
                 "pasaba todos los días buscando pastillas y que perdió su trabajo, usted escucha una "
                 "condición médica, no a un mal hombre. La lista habla de pérdida de control. No dice "
                 "nada sobre el valor de una persona.</p>"

                 "<h2>Le puede pasar a cualquiera</h2>"
                 "<p>El TCO no escoge a un solo tipo de persona. Usted va a conocer a personas que "
                 "empezaron con pastillas para el dolor después de una lesión en el trabajo o un "
                 "accidente de carro. Va a conocer a personas mayores que han vivido con TCO por "
                 "cuarenta años, y a madres y padres jóvenes que empezaron el año pasado. Va a conocer "
                 "a gente de ciudades grandes, pueblos pequeños, granjas y reservas indígenas. Algunas "
                 "personas fueron a la universidad. Otras dejaron la escuela temprano. La condición es "
                 "la misma. Lo que cambia es el apoyo que tiene cada persona a su alrededor.</p>"
                 "<p>Muchas personas con TCO también viven con depresión, ansiedad, trauma o dolor de "
                 "larga duración. Muchas veces estas cosas se alimentan entre sí. El dolor o el pánico "
                 "pueden despertar las ansias, y el consumo puede empeorar el dolor o el pánico. Un "
                 "coach no trata estas condiciones. Pero usted puede notarlas, preguntar por ellas con "
                 "cuidado y ayudar a la persona a contarles a todos sus profesionales de salud sobre "
                 "todos sus medicamentos y todos sus síntomas. La atención funciona mejor cuando se "
                 "trata a la persona completa.</p>"
                 "<h2>Tolerancia y abstinencia</h2>"
                 "<p>Tolerancia quiere decir que el cuerpo se acostumbra a una droga. Con el tiempo, "
                 "la misma cantidad hace menos efecto. La persona necesita más para sentir lo mismo, "
                 "o solo para sentirse normal.</p>"
                 "<p>La abstinencia es lo que pasa cuando el cuerpo se ha adaptado a los opioides y "
                 "su efecto se acaba. Se siente como una gripe muy fuerte. La gente describe dolores "
                 "en el cuerpo, escalofríos, sudores, moqueo, bostezos, cólicos, diarrea, mal sueño y "
                 "una inquietud muy profunda. Muchas personas siguen consumiendo solo para dejar de "
                 "sentirse enfermas. El miedo a la abstinencia es una gran parte de por qué es tan "
                 "difícil dejar de consumir por su propia cuenta.</p>"
                 "<p>Este punto importa mucho en nuestro trabajo. Una persona que toma metadona o "
                 "buprenorfina todos los días, como se la recetaron, va a tener tolerancia. Si la deja "
                 "de repente, va a tener abstinencia. Eso se llama dependencia física. No es lo mismo "
                 "que el TCO. El DSM-5 dice que la tolerancia y la abstinencia no cuentan para el "
                 "diagnóstico cuando una persona toma opioides como se los recetaron, bajo atención "
                 "médica. Una persona con presión alta también depende de sus pastillas. Nadie le "
                 "llama a eso un trastorno.</p>"

                 "<h2>Lo que cambia en el cerebro</h2>"
                 "<p>Nuestro cuerpo produce sus propias sustancias parecidas a los opioides, llamadas "
                 "endorfinas. Ayudan a controlar el dolor, el estrés, la respiración y el estado de "
                 "ánimo. Las drogas opioides actúan en los mismos puntos del cerebro y del cuerpo. "
                 "Esos puntos se llaman receptores opioides.</p>"
                 "<p>Con el consumo repetido, el cerebro cambia. El sistema de recompensa se ajusta a "
                 "la droga. Los sistemas del estrés se vuelven más fuertes cuando falta la droga. Las "
                 "partes del cerebro que nos ayudan a parar y pensar se debilitan en el momento de las "
                 "ansias. Estos cambios son físicos. Ayudan a explicar por qué una persona puede "
                 "querer dejar de consumir de verdad y aun así consumir. No es falta de fuerza de "
                 "voluntad, y no es falta de amor por la familia. Algunos cambios duran mucho después "
                 "de la última vez que se consumió. Por eso las ansias pueden aparecer meses o años "
                 "después, muchas veces despertadas por el estrés, el dolor, el duelo o por lugares y "
                 "personas del pasado.</p>"

                 "<h2>Una condición crónica que se puede tratar</h2>"
                 "<p>Crónica quiere decir que dura mucho tiempo. En 2019, las Academias Nacionales de "
                 "Ciencias, Ingeniería y Medicina (National Academies of Sciences, Engineering, and "
                 "Medicine) llamaron al TCO una enfermedad crónica del cerebro que se puede tratar. La "
                 "guía de SAMHSA (la agencia federal de salud mental y uso de sustancias) para "
                 "profesionales clínicos, el TIP 63, dice que el TCO muchas veces es una enfermedad "
                 "crónica que necesita atención continua. Piense en la diabetes, el asma o la presión "
                 "alta. Estas condiciones pueden durar años. Los síntomas pueden volver. Responden "
                 "bien a una atención constante, y muchas personas toman medicamentos para ellas por "
                 "mucho tiempo. Nadie espera que una persona con diabetes esté curada después de un "
                 "mes.</p>"
                 "<p>Lo mismo pasa con el TCO. Una desintoxicación corta, por sí sola, rara vez se "
                 "sostiene. El tratamiento a largo plazo, muchas veces con medicamento, da resultados "
                 "mucho mejores. Por eso los medicamentos de este curso no son una solución rápida ni "
                 "una muleta. Tratan una condición de salud que dura mucho tiempo, como la insulina "
                 "trata la diabetes.</p>"

                 "<h2>Volver a consumir no es fracasar</h2>"
                 "<p>Volver a consumir quiere decir que una persona consume otra vez después de un "
                 "tiempo sin consumir. Puede que usted lo oiga llamar recaída. El Instituto Nacional "
                 "sobre el Abuso de Drogas (NIDA) ha mostrado que las tasas de volver a consumir en la "
                 "adicción son más o menos iguales a las tasas en que vuelven los síntomas de la "
                 "diabetes, la presión alta y el asma. El consejo de NIDA es claro. Hay que tomar el "
                 "volver a consumir como una señal para retomar o ajustar el tratamiento. No es prueba "
                 "de que el tratamiento fracasó ni de que la persona no quiere recuperarse.</p>"
                 "<p>Esto cambia la forma en que responde un coach. Muchas veces, una persona que "
                 "vuelve a consumir siente una vergüenza muy profunda. La vergüenza aleja a la gente "
                 "de la ayuda. Estar lejos de la ayuda es peligroso con las drogas que circulan hoy, "
                 "como verá en la próxima lección. Por eso, su primer trabajo es mantener la puerta "
                 "abierta. Usted podría decir:</p>"
                 "<ul>"
                 "<li>“Gracias por contármelo. Eso requirió valor.”</li>"
                 "<li>“Esto no borra todo lo que usted ha construido.”</li>"
                 "<li>“¿Qué necesita ahora mismo para estar a salvo?”</li>"
                 "<li>“¿Tiene naloxona con usted?”</li>"
                 "</ul>"
                 "<p>Después, ayude a la persona a mirar lo que pasó, sin culpar. ¿Fue el estrés? ¿El "
                 "dolor? ¿Una pérdida? ¿Volvieron las ansias? ¿Empezó a aparecer la abstinencia al "
                 "final del día? Estos son datos útiles para quien le receta a la persona. Usted no "
                 "juzga la dosis ni el plan. Usted ayuda a la persona a ponerle nombre a lo que "
                 "sintió, y la anima a llevárselo a quien le receta. Puede que el plan tenga que "
                 "cambiar. Eso es normal en la atención de cualquier enfermedad crónica.</p>"
                 "<p>Así puede sonar. Luz, madre de dos hijos que vive en una vivienda de "
                 "recuperación, le cuenta que consumió el sábado. Usted se sienta con ella. No le "
                 "pregunta por qué haría algo así. Le pregunta: “¿Qué estaba pasando en su vida la "
                 "semana pasada?” Ella dice que apareció su ex, que no podía dormir y que las ansias "
                 "volvieron con fuerza. Usted le pregunta si quiere ayuda para contarle sobre las "
                 "ansias a quien le receta. Se asegura de que ella tenga naloxona y de que su "
                 "compañera de casa sepa dónde está. Le pregunta qué la ayudaría a pasar esta semana. "
                 "Ella se va con un plan que ella misma escogió, y sabe que puede volver. Así se ve "
                 "mantener la puerta abierta.</p>"),
                ("callout", {
                    "title": "Palabras que mantienen la puerta abierta",
                    "text": (
                        "Diga “persona con trastorno por consumo de opioides”, “volver a consumir”, "
                        "“en recuperación asistida con medicamentos” y “medicamento para el "
                        "trastorno por consumo de opioides (MOUD)”. Las etiquetas que convierten a "
                        "una persona en su enfermedad alejan a la gente. Palabras como “limpio” y "
                        "“sucio” hacen que un resultado de laboratorio suene como una calificación "
                        "moral. Diga “consumió” o “no consumió”, y “positivo” o “negativo” para una "
                        "prueba."
                    ),
                    "tone": "tip",
                }),
                ("reflection", {
                    "prompt": (
                        "Piense en lo que usted creía antes sobre por qué las personas vuelven a "
                        "consumir. ¿De dónde vinieron esas creencias: de su familia, de un programa, "
                        "de una reunión, de la calle, de su propia historia? ¿Qué le gustaría que "
                        "una persona escuchara de usted el día en que le cuenta que volvió a "
                        "consumir, y por qué?"
                    ),
                    "min_words": 40,
                    "minutes": 5,
                }),
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "fentanyl-and-overdose-risk",
            "title": "Las drogas que circulan hoy y por qué el riesgo de sobredosis es tan alto",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Las drogas de la calle han cambiado</h2>"
                 "<p>Muchas personas que hoy están en recuperación consumieron heroína o pastillas por "
                 "primera vez hace años. Las drogas que conocían ya no existen. Hoy las drogas de la "
                 "calle están llenas de fentanilo hecho de forma ilegal.</p>"
                 "<p>El fentanilo es un opioide sintético, es decir, fabricado por el ser humano. Los "
                 "médicos usan una forma médica de fentanilo para cirugías y para el dolor intenso. "
                 "Los CDC (los Centros para el Control y la Prevención de Enfermedades) dicen que la "
                 "mayor parte del daño por fentanilo viene del fentanilo hecho de forma ilegal. Es "
                 "mucho más fuerte que la heroína o la morfina. Hasta una cantidad muy pequeña puede "
                 "hacer que una persona deje de respirar.</p>"
                 "<p>Esto es lo que lo hace tan peligroso:</p>"
                 "<ul>"
                 "<li><strong>Se esconde en otras drogas.</strong> El fentanilo se mezcla con la "
                 "heroína, la cocaína y la metanfetamina. También se prensa en pastillas falsas hechas "
                 "para parecerse a pastillas reales para el dolor o la ansiedad.</li>"
                 "<li><strong>No se nota a simple vista.</strong> El polvo de fentanilo se parece a "
                 "muchas otras drogas. Muchas personas no saben que sus drogas lo contienen.</li>"
                 "<li><strong>La potencia cambia.</strong> Una bolsa o una pastilla puede ser mucho "
                 "más fuerte que la anterior, aunque venga de la misma fuente.</li>"
                 "<li><strong>Se mezclan otras cosas.</strong> En algunos lugares, se mezcla con el "
                 "fentanilo un sedante para animales llamado xilacina. No es un opioide, así que la "
                 "naloxona no revierte su efecto. Aun así, dé naloxona, porque muchas veces también "
                 "hay fentanilo.</li>"
                 "</ul>"
                 "<p>Esto quiere decir que también pueden tener una sobredosis personas que nunca "
                 "quisieron tomar opioides. Una joven que compra lo que cree que es una pastilla para "
                 "la ansiedad puede morir por el fentanilo. Lo mismo le puede pasar a un hombre que "
                 "usa cocaína los fines de semana. El riesgo de sobredosis no es solo un problema de "
                 "las personas con TCO. Afecta a familias y barrios enteros.</p>"
                 "<p>También importa para las personas que toman medicamento. Una persona en metadona "
                 "o buprenorfina que vuelve a consumir compra de las mismas drogas que todo el mundo. "
                 "La buena noticia es que seguir con estos medicamentos ya es una protección. Las "
                 "personas en tratamiento con ellos mueren por sobredosis mucho menos que las personas "
                 "que están fuera de tratamiento. Ayudar a alguien a seguir conectado a la atención es "
                 "prevenir sobredosis.</p>"

                 "<h2>Qué es una sobredosis</h2>"
                 "<p>Los opioides hacen más lenta la respiración. En una sobredosis, la respiración se "
                 "vuelve muy lenta o se detiene. El cerebro no recibe suficiente oxígeno. Sin ayuda, "
                 "una persona puede morir o sufrir daño cerebral en cuestión de minutos.</p>"
                 "<p>Aprenda las señales:</p>"
                 "<ul>"
                 "<li>La persona no despierta, aunque usted grite su nombre o le frote con fuerza el "
                 "esternón (el hueso del centro del pecho).</li>"
                 "<li>La respiración es muy lenta, muy débil o se ha detenido.</li>"
                 "<li>Se oyen sonidos de ahogo, gorgoteo o ronquidos profundos.</li>"
                 "<li>Los labios y las puntas de los dedos se ponen azules, grises o de color "
                 "ceniza.</li>"
                 "<li>Las pupilas están muy pequeñas, como la punta de un alfiler.</li>"
                 "<li>El cuerpo está flojo, y la piel está fría o húmeda y pegajosa.</li>"
                 "</ul>"

                 "<h2>Naloxona: el medicamento de rescate</h2>"
                 "<p>La naloxona revierte una sobredosis de opioides. Saca a los opioides de los "
                 "receptores del cerebro por un rato, para que la persona pueda volver a respirar. "
                 "Viene en aerosol nasal o en inyección. En marzo de 2023, la FDA (la agencia federal "
                 "que aprueba los medicamentos) aprobó el aerosol nasal Narcan para venderse sin "
                 "receta. Fue el primer producto de naloxona aprobado de esa forma. Ahora la gente "
                 "puede comprarlo en farmacias y en muchas otras tiendas, y muchos programas lo "
                 "regalan.</p>"
                 "<p>La naloxona también funciona en las sobredosis de fentanilo. Como el fentanilo es "
                 "tan fuerte, una persona puede necesitar más de una dosis. La guía de SAMHSA para "
                 "prevenir sobredosis explica los pasos. Llame al 911. Dé naloxona. Apoye la "
                 "respiración de la persona. Quédese con ella y observe cómo responde. Si no empieza "
                 "a respirar mejor después de dos a tres minutos, dé otra dosis. Quédese hasta que "
                 "llegue la ayuda, porque el efecto de la naloxona se puede acabar antes que el de los "
                 "opioides, y la sobredosis puede volver. La naloxona no le hace daño a una persona "
                 "que no ha tomado opioides. Si tiene dudas, désela.</p>"
                 "<p>Muchos estados tienen leyes que protegen de algunos cargos por drogas a las "
                 "personas que piden ayuda durante una sobredosis. Averigüe lo que dice la ley de su "
                 "estado, para poder decirle a la gente la verdad sobre ella.</p>"

                 "<h2>Después de una sobredosis</h2>"
                 "<p>Cuando la naloxona funciona, la persona despierta, muchas veces rápido. Puede "
                 "sentirse enferma, asustada, confundida o enojada, porque la naloxona le puede "
                 "provocar abstinencia de golpe. Mantenga la calma. Dígale lo que pasó en pocas "
                 "palabras sencillas. Hágale saber que la ayuda viene en camino. Trate de evitar que "
                 "vuelva a consumir enseguida para quitarse el malestar, porque la sobredosis puede "
                 "volver cuando se acabe el efecto de la naloxona.</p>"
                 "<p>Los días después de una sobredosis son una oportunidad para acercarse. Muchas "
                 "personas sienten vergüenza o miedo. Algunas todavía no sienten nada. Un par puede "
                 "hacer seguimiento, escuchar y ofrecer una conexión con tratamiento, sin presionar. "
                 "Para algunas personas, una sobredosis es el momento en que deciden probar un "
                 "medicamento. Para otras, no. De cualquier forma, la persona debe irse sabiendo que "
                 "usted sigue de su lado, y con naloxona en la mano.</p>"
                 "<p>La sobredosis también lastima a quienes la presencian. Los coaches que responden "
                 "a una sobredosis, o que pierden a alguien con quien trabajaban, también necesitan "
                 "apoyo. Hable con su supervisor o supervisora, use sus propias fuentes de apoyo y "
                 "cuídese.</p>"
                 "<h2>La tolerancia perdida: el momento más peligroso</h2>"
                 "<p>Recuerde lo que vimos sobre la tolerancia en la lección anterior. Aumenta con el "
                 "consumo diario. También baja rápido cuando se deja de consumir. Después de una "
                 "pausa, aunque sea corta, el cuerpo pierde la tolerancia que tenía. Una cantidad que "
                 "la persona usaba todos los días ahora puede detener su respiración. Si a eso se "
                 "suman unas drogas en las que nadie sabe qué tan fuerte es una bolsa, el riesgo es "
                 "muy alto.</p>"
                 "<p>Preste atención a estos momentos de tolerancia perdida:</p>"
                 "<ul>"
                 "<li><strong>Salir de la cárcel o de la prisión.</strong> Un estudio grande publicado "
                 "en el New England Journal of Medicine encontró que las primeras dos semanas después "
                 "de salir tienen un riesgo de muerte muy alto. La sobredosis fue una de las causas "
                 "principales. Estudios más recientes siguen encontrando lo mismo.</li>"
                 "<li><strong>Salir de un hospital</strong> después de una estadía larga.</li>"
                 "<li><strong>Terminar una desintoxicación</strong> o un programa residencial que no "
                 "incluyó medicamento.</li>"
                 "<li><strong>Dejar la metadona o la buprenorfina</strong>, ya sea por decisión propia, "
                 "porque le dieron de baja del programa, o porque no podía llegar a la clínica o a la "
                 "farmacia. Los estudios encuentran que el riesgo de muerte sube en las semanas "
                 "después de dejar el tratamiento con medicamento.</li>"
                 "<li><strong>Cuando se acaba el efecto de una inyección de naltrexona</strong> o se "
                 "pierde una inyección. La naltrexona bloquea los opioides, así que la tolerancia baja "
                 "mientras la persona la recibe.</li>"
                 "</ul>"

                 "<h2>Lo que puede hacer un coach</h2>"
                 "<p>Hable de la tolerancia perdida antes de que llegue el momento, no después. El Sr. "
                 "Begay sale de la cárcel del condado el viernes. Ana está por salir del hospital "
                 "después de una estadía larga. Deshawn está pensando en dejar su buprenorfina. Cada "
                 "uno necesita los mismos datos, dichos con respeto y sin sermones.</p>"
                 "<ul>"
                 "<li>Explique la tolerancia perdida en palabras sencillas: “Su cuerpo ya no está "
                 "acostumbrado. Lo que usaba antes ahora lo podría matar.”</li>"
                 "<li>Pregunte si tiene naloxona, y si las personas a su alrededor saben cómo "
                 "usarla.</li>"
                 "<li>Ayúdele a planear los primeros días: dónde se va a quedar, con quién va a estar "
                 "y cómo va a llegar a su próxima cita.</li>"
                 "<li>Ayude a conectar a la persona rápido con tratamiento. Algunas cárceles, prisiones "
                 "y hospitales ahora pueden empezar o continuar el medicamento. Las Academias "
                 "Nacionales encontraron que negar estos medicamentos en las cárceles y prisiones es "
                 "negarle a la gente una atención médica adecuada.</li>"
                 "<li>Si alguien está pensando en dejar su medicamento, asegúrese de que sepa sobre "
                 "la tolerancia perdida. Anímele a hablarlo con quien le receta. La decisión es "
                 "suya.</li>"
                 "</ul>"
                 "<p>Nada de esto es un juicio sobre si alguien va a consumir o no. Es la misma charla "
                 "de seguridad que a usted le gustaría recibir de una amistad.</p>"),
                ("callout", {
                    "title": "Los primeros días después de una pausa son los más peligrosos",
                    "text": (
                        "Después de la cárcel, una estadía en el hospital, una desintoxicación o "
                        "dejar el medicamento, la tolerancia está baja y las drogas son más fuertes "
                        "que nunca. Hable de esto a tiempo, asegúrese de que haya naloxona en la "
                        "casa y ayude a la persona a conectarse rápido con la atención."
                    ),
                    "tone": "warning",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Terrell salió de una prisión estatal hace tres días, después de dos "
                            "años. Dice que va a estar bien porque “conoce su cantidad”. ¿Cuál es "
                            "el dato más importante que hay que compartir?"
                        ),
                        "choices": [
                            ("Su tolerancia ha bajado, así que la cantidad que usaba antes ahora "
                             "podría detener su respiración, y las drogas de hoy muchas veces son "
                             "mucho más fuertes.", True),
                            ("La tolerancia vuelve después de unos días afuera, así que esperar "
                             "una semana lo va a mantener a salvo.", False),
                            ("La sobredosis solo es un riesgo para quienes se inyectan.", False),
                        ],
                        "explanation": (
                            "La tolerancia baja durante el tiempo sin opioides, y las semanas "
                            "después de salir tienen un riesgo muy alto de muerte por sobredosis. "
                            "Esperar no reconstruye la tolerancia, y la gente tiene sobredosis "
                            "por cualquier forma de consumo."
                        ),
                    },
                    {
                        "prompt": (
                            "Usted encuentra a alguien que no despierta y que casi no respira. "
                            "Tiene naloxona en aerosol nasal. ¿Qué dice la guía de SAMHSA que hay "
                            "que hacer?"
                        ),
                        "choices": [
                            ("Llamar al 911, dar naloxona, apoyar la respiración y quedarse con "
                             "la persona, y dar otra dosis si la respiración no mejora.", True),
                            ("Esperar a ver si despierta por su cuenta antes de usar "
                             "naloxona.", False),
                            ("Dar naloxona solo si sabe con seguridad que tomó opioides.", False),
                        ],
                        "explanation": (
                            "Actúe rápido. La naloxona no le hace daño a alguien que no ha tomado "
                            "opioides, con el fentanilo puede hacer falta más de una dosis, y la "
                            "sobredosis puede volver cuando se acaba el efecto de la naloxona; "
                            "por eso, quédese hasta que llegue la ayuda."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "one-lock-three-keys",
            "title": "Cómo funcionan los medicamentos: una cerradura, tres llaves",
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>La cerradura y la llave</h2>"
                 "<p>En las lecciones anteriores conoció los receptores opioides. Son los puntos del "
                 "cerebro y del cuerpo donde actúan los opioides. Piense en cada receptor como una "
                 "cerradura. Todo lo que encaja en la cerradura es una llave. Cuando una llave gira "
                 "la cerradura, el receptor se enciende. El dolor baja, la respiración se hace más "
                 "lenta y el estado de ánimo cambia. Cuando la llave sale, la cerradura se "
                 "apaga.</p>"
                 "<p>La heroína y el fentanilo son llaves que giran la cerradura con fuerza y rápido, "
                 "y luego se salen rápido. Por eso la gente siente una euforia intensa, luego una "
                 "caída y luego abstinencia, muchas veces al día. La vida se vuelve un ciclo de "
                 "buscar la siguiente dosis solo para sentirse normal.</p>"
                 "<p>Los tres medicamentos para el TCO también son llaves. Cada uno encaja en la misma "
                 "cerradura de una forma diferente. Los profesionales clínicos usan tres palabras para "
                 "esto: agonista completo, agonista parcial y antagonista. Un agonista gira la "
                 "cerradura. Un antagonista la bloquea.</p>"

                 "<h2>Metadona: la llave que gira por completo, despacio</h2>"
                 "<p>La metadona es un <strong>agonista completo</strong>. Gira la cerradura por "
                 "completo, como la heroína. La gran diferencia es la velocidad. La metadona gira la "
                 "cerradura despacio y se queda mucho tiempo. A la mayoría de las personas, una dosis "
                 "al día les dura todo el día.</p>"
                 "<p>Imagine dos caminos. La heroína y el fentanilo son una montaña rusa: arriba, "
                 "abajo, arriba, abajo. La metadona es un camino plano y parejo. Con una dosis "
                 "estable, la persona no se siente drogada. Se siente normal. La abstinencia se "
                 "detiene, las ansias se calman y el efecto de otros opioides se reduce. La gente "
                 "puede trabajar, criar a sus hijos y cumplir con su vida.</p>"
                 "<p>Para el TCO, la metadona se da en programas de tratamiento de opioides, que "
                 "muchas veces se llaman OTP o clínicas de metadona. En el próximo módulo aprenderá "
                 "mucho más sobre la vida en la clínica.</p>"

                 "<h2>Buprenorfina: la llave que se agarra fuerte pero gira solo una parte</h2>"
                 "<p>La buprenorfina es un <strong>agonista parcial</strong>. Encaja muy apretada en "
                 "la cerradura, pero solo la gira una parte. Para muchas personas, eso basta para "
                 "aliviar la abstinencia y las ansias.</p>"
                 "<p>De esta imagen salen dos cosas:</p>"
                 "<ul>"
                 "<li><strong>Un techo.</strong> A partir de cierto punto, más buprenorfina ya no gira "
                 "mucho más la cerradura. Esto se llama efecto techo. Baja el riesgo de que la "
                 "respiración se haga demasiado lenta. El riesgo es menor, pero no es cero. Mezclarla "
                 "con alcohol o con sedantes como las benzodiacepinas todavía puede ser "
                 "peligroso.</li>"
                 "<li><strong>Se agarra fuerte.</strong> La buprenorfina se agarra a la cerradura con "
                 "más fuerza que la mayoría de los otros opioides. Puede sacarlos. Si una persona "
                 "todavía tiene mucho de otro opioide en el cuerpo, la buprenorfina lo puede sacar y "
                 "reemplazarlo solo en parte. La persona puede caer en una abstinencia repentina y "
                 "fuerte. Por eso, quienes recetan planean con cuidado el inicio de la buprenorfina. "
                 "Cuándo empezar es decisión de quien receta, junto con la persona. Nunca es decisión "
                 "nuestra.</li>"
                 "</ul>"
                 "<p>La buprenorfina viene en láminas delgadas o tabletas que se disuelven en la boca, "
                 "y en inyecciones de acción prolongada. Algunas formas también contienen naloxona, "
                 "para desanimar que se inyecte. Se puede recetar en consultorios médicos, centros de "
                 "salud y OTP, y se recoge en una farmacia.</p>"

                 "<h2>Naltrexona: la llave que bloquea la cerradura</h2>"
                 "<p>La naltrexona es un <strong>antagonista</strong>. Encaja en la cerradura pero no "
                 "la gira para nada. Solo se queda ahí y la bloquea. Mientras está en su lugar, los "
                 "opioides no pueden girar la cerradura, así que tienen poco o ningún efecto. La "
                 "naltrexona no produce euforia, y no causa dependencia física.</p>"
                 "<p>Para el TCO, casi siempre se da como una inyección que dura más o menos un mes. "
                 "La FDA aprobó la inyección de acción prolongada para el TCO en 2010. Hay algunas "
                 "cosas que hay que saber:</p>"
                 "<ul>"
                 "<li>La persona tiene que estar sin ningún opioide por un tiempo antes de empezar. Si "
                 "no, la naltrexona va a sacar a los opioides y causar una abstinencia repentina. "
                 "Quien receta decide cuándo es seguro empezar.</li>"
                 "<li>No trata la abstinencia. Bloquea los opioides y puede aliviar las ansias.</li>"
                 "<li>La tolerancia baja mientras la persona la recibe. Tratar de romper el bloqueo con "
                 "una cantidad grande es muy peligroso. También lo es consumir cuando se acaba el "
                 "efecto de la inyección o después de perder una inyección.</li>"
                 "</ul>"

                 "<h2>Naloxona: la llave de emergencia</h2>"
                 "<p>La naloxona también es un antagonista. Agarra la cerradura rápido y saca a los "
                 "otros opioides, pero solo por poco tiempo. Es un medicamento de rescate para la "
                 "sobredosis, no un tratamiento para el TCO. Todas las personas que hacen este trabajo "
                 "deben llevarla consigo. La naloxona también puede revertir una sobredosis en la que "
                 "hay metadona. Como la metadona dura tanto, la persona puede necesitar más de una "
                 "dosis y tiene que recibir atención médica.</p>"

                 "<h2>Consejos de seguridad que van con cada llave</h2>"
                 "<p>Algunos puntos de seguridad valen para cualquier medicamento que tome la persona. "
                 "Usted puede compartirlos como información general:</p>"
                 "<ul>"
                 "<li><strong>Avisarle a cada profesional de salud.</strong> Anime a las personas a "
                 "contarle a cada médico, dentista, sala de emergencias y farmacia sobre su "
                 "medicamento. Esto importa sobre todo para el tratamiento del dolor. La naltrexona "
                 "bloquea el alivio que dan los medicamentos opioides para el dolor, y las personas en "
                 "metadona o buprenorfina pueden necesitar un plan especial para una cirugía o una "
                 "lesión.</li>"
                 "<li><strong>Mezclar es arriesgado.</strong> La metadona y la buprenorfina son "
                 "opioides. Tomarlas con alcohol, pastillas para dormir o benzodiacepinas puede hacer "
                 "la respiración demasiado lenta. Si una persona toma otros medicamentos, esa es una "
                 "pregunta para quien le receta o para su farmacia.</li>"
                 "<li><strong>Guardarlo con seguridad.</strong> Una dosis que es segura para una "
                 "persona con tolerancia puede matar a un niño o a un adulto que no usa opioides. Las "
                 "dosis para llevar a casa deben estar en una caja con llave, fuera del "
                 "alcance.</li>"
                 "<li><strong>Tener la naloxona cerca.</strong> Debe estar en cada casa donde se "
                 "guarden opioides, incluso los recetados.</li>"
                 "</ul>"
                 "<h2>Por qué esto importa para un coach</h2>"
                 "<p>La imagen de la cerradura y la llave le ayuda a responder a los mitos con "
                 "palabras sencillas. “La metadona droga a la gente.” Con una dosis estable, no: es el "
                 "camino parejo, no la montaña rusa. “La buprenorfina es solo una metadona más "
                 "débil.” No exactamente: funciona de otra forma, con un techo y un agarre fuerte. "
                 "“La naltrexona es la única recuperación de verdad.” No: la FDA aprobó las tres, y "
                 "las tres pueden apoyar la recuperación.</p>"
                 "<p>Qué medicamento es el adecuado es decisión de la persona, junto con quien le "
                 "receta. Los coaches nunca recomendamos un medicamento sobre otro. Nunca decimos que "
                 "una dosis es muy alta o muy baja. Lo que sí podemos hacer es ayudar a la persona a "
                 "describir con claridad lo que siente, para que quien le receta pueda ayudarle. Por "
                 "ejemplo:</p>"
                 "<ul>"
                 "<li>“Empiezo a sentirme mal como a las 8 de la noche, antes de mi próxima "
                 "dosis.”</li>"
                 "<li>“Me da sueño por un par de horas después de tomar mi dosis.”</li>"
                 "<li>“Las ansias volvieron desde que mi mamá se enfermó.”</li>"
                 "</ul>"
                 "<p>Algunas personas prueban más de un medicamento antes de encontrar el adecuado. "
                 "Alguien puede empezar con buprenorfina y después cambiarse a metadona, o al revés. "
                 "Eso no es fracasar. Es el mismo proceso de probar y ajustar que vive la gente con "
                 "los medicamentos para la presión o la depresión. Tampoco se debe presionar a una "
                 "persona a la que le va bien con un medicamento para que lo cambie por la opinión de "
                 "otra persona. Su trabajo es asegurarse de que la persona sepa que existen opciones, "
                 "y que puede hablarlas con quien le receta.</p>"
                 "<p>Ofrézcale a la persona ayuda para escribir estas notas antes de una cita. Algunas "
                 "personas quieren que usted las acompañe. Ese tipo de apoyo es parte del papel de un "
                 "coach. La decisión médica queda entre la persona y quien le receta.</p>"),
                ("callout", {
                    "title": "Una cerradura, tres llaves",
                    "text": (
                        "La metadona es un agonista completo: gira la cerradura por completo, de "
                        "forma lenta y constante. La buprenorfina es un agonista parcial: se agarra "
                        "fuerte pero gira solo una parte, con un techo. La naltrexona es un "
                        "antagonista: bloquea la cerradura. La naloxona es el antagonista de "
                        "emergencia que revierte una sobredosis."
                    ),
                    "tone": "info",
                }),
                ("self_check", {"questions": [
                    {
                        "prompt": (
                            "Un miembro nuevo del centro de apoyo entre pares pregunta por qué su "
                            "amigo se puso muy mal cuando tomó buprenorfina demasiado pronto "
                            "después de usar fentanilo. ¿Qué imagen lo explica mejor?"
                        ),
                        "choices": [
                            ("La buprenorfina se agarra fuerte a la cerradura y saca al fentanilo, "
                             "pero solo gira la cerradura una parte, así que la abstinencia llega "
                             "rápido.", True),
                            ("La buprenorfina es un agonista completo más fuerte que el fentanilo, "
                             "así que causó una sobredosis.", False),
                            ("La buprenorfina no tiene ningún efecto en los receptores opioides, así "
                             "que la abstinencia simplemente siguió.", False),
                        ],
                        "explanation": (
                            "La buprenorfina es un agonista parcial que se une con fuerza. Puede "
                            "reemplazar a un agonista completo en el receptor y girarlo solo una "
                            "parte, lo que causa una abstinencia repentina. Cuándo empezar es "
                            "decisión de quien receta."
                        ),
                    },
                    {
                        "prompt": (
                            "¿Qué medicamento bloquea el receptor opioide sin encenderlo?"
                        ),
                        "choices": [
                            ("Naltrexona", True),
                            ("Metadona", False),
                            ("Buprenorfina", False),
                        ],
                        "explanation": (
                            "La naltrexona es un antagonista: encaja en la cerradura y la bloquea. "
                            "La metadona es un agonista completo y la buprenorfina es un agonista "
                            "parcial."
                        ),
                    },
                ]}),
            ],
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "medication-assisted-recovery-is-recovery",
            "title": (
                "Lo que dice la evidencia, y por qué la recuperación asistida con medicamentos es "
                "recuperación"
            ),
            "minutes": 8,
            "body": [
                ("rich_text",
                 "<h2>Lo que dice la evidencia</h2>"
                 "<p>Usted va a oír muchas opiniones sobre los medicamentos. Esto es lo que muestra la "
                 "investigación, en palabras sencillas.</p>"
                 "<p>El TIP 63 de SAMHSA (la agencia federal de salud mental y uso de sustancias) es "
                 "la principal guía federal sobre los medicamentos para el TCO. Dice que la metadona, "
                 "la buprenorfina y la naltrexona son seguras y eficaces cuando se recetan y se toman "
                 "como se indica. Estudios cuidadosos muestran que estos medicamentos reducen el "
                 "consumo de opioides ilegales y bajan las muertes por sobredosis. Las personas que "
                 "toman medicamento también suelen quedarse más tiempo en tratamiento. Eso importa, "
                 "porque seguir conectado a la atención protege a la gente.</p>"
                 "<p>En 2019, las Academias Nacionales de Ciencias, Ingeniería y Medicina revisaron "
                 "toda la evidencia. Su informe se llama “Medications for Opioid Use Disorder Save "
                 "Lives” (Los medicamentos para el trastorno por consumo de opioides salvan vidas). "
                 "El comité encontró que, para las personas tratadas a largo plazo con metadona o "
                 "buprenorfina, el riesgo de morir baja más o menos a la mitad. Las personas que "
                 "toman estos medicamentos también tienen menos probabilidad de inyectarse drogas y "
                 "de pasar o contraer infecciones como el VIH y la hepatitis C. El informe encontró "
                 "que seguir con el medicamento por mucho tiempo va unido a mejores resultados.</p>"
                 "<p>La consejería y el apoyo para la recuperación también ayudan a muchas personas. "
                 "El TIP 63 los recomienda. Pero las Academias Nacionales dijeron algo importante: si "
                 "no hay consejería disponible, esa no es una buena razón para negar el medicamento. "
                 "El medicamento, por sí solo, también salva vidas.</p>"

                 "<h2>¿Por cuánto tiempo? Mientras ayude</h2>"
                 "<p>La gente pregunta muchas veces: “¿Por cuánto tiempo voy a tener que tomar "
                 "esto?” No hay un límite de tiempo fijo. Muchas personas toman metadona o "
                 "buprenorfina por años. Algunas la toman el resto de su vida, como otras personas "
                 "toman medicamento para la presión. Otras deciden, después de mucho tiempo de "
                 "estabilidad, dejarla poco a poco. Las dos son decisiones válidas.</p>"
                 "<p>Esto es lo que los coaches necesitan saber:</p>"
                 "<ul>"
                 "<li><strong>La decisión le pertenece a la persona,</strong> junto con quien le "
                 "receta. No al coach. Tampoco a la familia, al tribunal ni a la iglesia.</li>"
                 "<li><strong>Dejarlo tiene riesgos reales.</strong> Una revisión grande publicada en "
                 "el BMJ encontró que el riesgo de muerte sube después de que las personas dejan el "
                 "tratamiento con metadona o buprenorfina, sobre todo en las primeras semanas. La "
                 "tolerancia baja y las ansias pueden volver.</li>"
                 "<li><strong>El éxito no se mide por dejar el medicamento.</strong> El éxito es una "
                 "vida que la persona valora: salud, un hogar seguro, un propósito, gente que se "
                 "preocupa por ella.</li>"
                 "</ul>"
                 "<p>Si alguien quiere bajar la dosis poco a poco, su papel es apoyar su decisión, no "
                 "discutir. Ayúdele a pensar qué apoyos va a necesitar. Asegúrese de que sepa sobre "
                 "la tolerancia perdida y la naloxona. Anímele a planear el ritmo con quien le "
                 "receta. Si otras personas presionan a alguien para que lo deje, ayúdele a encontrar "
                 "su propia voz. De cualquier forma, usted nunca decide el ritmo ni los tiempos.</p>"

                 "<h2>De dónde viene la recuperación asistida con medicamentos</h2>"
                 "<p>El mantenimiento con metadona empezó en Nueva York en 1964. El Dr. Vincent Dole "
                 "y la Dra. Marie Nyswander le dieron metadona a un grupo pequeño de personas que "
                 "habían usado heroína por años. Trabajaban en el Instituto Rockefeller. El cambio en "
                 "sus pacientes fue impresionante. Personas que pasaban todos los días buscando "
                 "heroína empezaron a llevar vidas estables. Los médicos siguieron adelante aunque "
                 "la Oficina Federal de Narcóticos (Federal Bureau of Narcotics) luchó en su contra. "
                 "Su trabajo creció hasta convertirse en programas más grandes, y el tratamiento con "
                 "metadona se extendió por todo el país y por el mundo.</p>"
                 "<p>Pero el estigma vino detrás. Por décadas, a las personas en metadona les decían "
                 "que “no estaban limpias de verdad” o que solo estaban “cambiando una droga por "
                 "otra”. A algunas las rechazaban en reuniones de recuperación, en casas de "
                 "recuperación y en trabajos. Muchos programas de tratamiento hablaban sobre los "
                 "pacientes, no con ellos.</p>"
                 "<p>Así que las personas en metadona se organizaron por su cuenta. Formaron grupos de "
                 "defensa de pacientes para hablar por sus derechos y por su dignidad. A mediados de "
                 "los años 2000, pacientes de metadona de la ciudad de Nueva York usaron una "
                 "subvención federal para comunidades de recuperación para abrir un centro de "
                 "recuperación dirigido por pares al lado de una clínica de metadona. Lo llamaron "
                 "MARS: Medication Assisted Recovery Services (Servicios de Recuperación Asistida con "
                 "Medicamentos).</p>"
                 "<p>MARS era dirigido por y para personas en recuperación asistida con medicamentos. "
                 "Todos los servicios los daban pacientes actuales o antiguos. Trabajaba junto a la "
                 "clínica, pero era independiente de ella. Los pares dirigían grupos de apoyo, daban "
                 "clases sobre la adicción y sobre cómo funcionan los medicamentos, organizaban "
                 "actividades sociales y formaban a nuevos líderes pares. Un consejo de pares ayudaba "
                 "a guiar el trabajo. El mensaje central era sencillo: las personas que toman "
                 "medicamento son miembros plenos de la comunidad de recuperación. Hoy, programas de "
                 "otros lugares repiten el modelo. Este curso es parte de esa tradición.</p>"

                 "<h2>Qué significa para usted que “la recuperación asistida con medicamentos es "
                 "recuperación”</h2>"
                 "<p>SAMHSA define la recuperación como un proceso de cambio por el cual las personas "
                 "mejoran su salud y su bienestar, viven una vida dirigida por ellas mismas y se "
                 "esfuerzan por alcanzar todo su potencial. Nombra muchos caminos hacia la "
                 "recuperación, y el medicamento es uno de ellos. Señala cuatro cosas que apoyan una "
                 "vida en recuperación: salud, hogar, propósito y comunidad. Nada en esa definición le "
                 "pide a una persona que deje un medicamento recetado.</p>"
                 "<p>Las competencias básicas de SAMHSA para trabajadores de apoyo entre pares dicen "
                 "lo mismo en la práctica. El apoyo entre pares está orientado a la recuperación y "
                 "centrado en la persona. Los pares respetamos los muchos caminos hacia la "
                 "recuperación, y cada persona dirige su propio camino.</p>"
                 "<p>Para un coach, esto significa:</p>"
                 "<ul>"
                 "<li>No ponemos los caminos en orden de valor. Una abuela que ha tomado metadona por "
                 "doce años está en recuperación. También lo está un papá joven en buprenorfina, y "
                 "una mujer que escogió la naltrexona después de la prisión.</li>"
                 "<li>Respondemos al estigma con datos y con nuestras propias historias, cuando "
                 "compartirlas ayuda a la persona.</li>"
                 "<li>Ayudamos a las familias a entender, porque su apoyo importa mucho.</li>"
                 "<li>Hablamos por nosotros mismos. La comunidad de recuperación nos incluye, y no "
                 "necesitamos el permiso de nadie para decirlo.</li>"
                 "</ul>"
                 "<h2>Cómo usar su propia historia</h2>"
                 "<p>Muchos coaches están en recuperación asistida con medicamentos. Su historia "
                 "puede ser una respuesta poderosa al estigma. Una persona que oye “He tomado "
                 "metadona por nueve años, y tengo trabajo y familia” aprende algo que ninguna hoja "
                 "informativa puede enseñar. Pero su historia es una herramienta, no lo principal. "
                 "Antes de compartir, hágase tres preguntas. ¿Esto va a ayudar a la persona que tengo "
                 "enfrente? ¿Es breve? ¿Voy a volver a poner la atención en ella? Nunca comparta su "
                 "propia dosis ni le diga a alguien que lo que le funcionó a usted le va a funcionar a "
                 "esa persona. Su camino muestra que la recuperación con medicamento es posible. La "
                 "otra persona tiene derecho a escoger su propio camino.</p>"
                 "<p>Usted no tiene que compartir nada. Los coaches que no toman medicamento, o que "
                 "prefieren mantenerlo en privado, pueden llevar el mismo mensaje con datos, con "
                 "respeto y con las historias de personas que han dado permiso para que se "
                 "cuenten.</p>"),
                ("callout", {
                    "title": "El mensaje de MARS en una línea",
                    "text": (
                        "El trastorno por consumo de opioides es una condición crónica que se puede "
                        "tratar, los medicamentos funcionan, y la recuperación asistida con "
                        "medicamentos es recuperación."
                    ),
                    "tone": "info",
                }),
                ("scenario", {
                    "title": "“Solo es cambiar una droga por otra”",
                    "situation": (
                        "Usted está de turno en un centro comunitario de apoyo entre pares. Gloria "
                        "Ramírez, de 58 años, llega con su hijo Danny, de 34, que lleva ocho meses "
                        "en metadona. Danny volvió a trabajar y no ha usado heroína desde su segundo "
                        "mes. Mientras Danny se inscribe en un grupo, Gloria le pide hablar a solas. "
                        "Le dice: “Estoy agradecida de que esté vivo. Pero la metadona es solo "
                        "cambiar una droga por otra, ¿no? ¿Cuándo va a estar limpio de verdad?” Se "
                        "le llenan los ojos de lágrimas."
                    ),
                    "question": "¿Qué hace usted primero?",
                    "choices": [
                        {
                            "text": (
                                "Le agradece que se preocupe tanto, y le pregunta qué ha visto en "
                                "Danny en los últimos ocho meses y qué es lo que más le preocupa."
                            ),
                            "feedback": (
                                "La mejor opción. Su pregunta viene del amor y del miedo. Cuando "
                                "usted escucha primero, ella está más abierta a datos nuevos, y "
                                "usted se entera de lo que ella de verdad necesita oír."
                            ),
                            "best": True,
                            "next": (
                                "Gloria cuenta que Danny está trabajando otra vez y que cena con "
                                "la familia. Su miedo es que necesite metadona “para siempre” y "
                                "que la gente de la iglesia lo juzgue. Le pregunta a usted cuánto "
                                "tiempo tiene que seguir tomándola."
                            ),
                        },
                        {
                            "text": (
                                "Le dice con firmeza que lo que dijo es estigma y que la metadona "
                                "es un medicamento, no una droga."
                            ),
                            "feedback": (
                                "Los datos son correctos, pero empezar con una corrección puede "
                                "hacer que una madre preocupada se sienta juzgada. Puede que deje "
                                "de escuchar, o que deje de venir al centro."
                            ),
                            "best": False,
                            "next": (
                                "Gloria se ve dolida y dice: “Solo pregunto porque lo quiero.” "
                                "Después de una pausa, le pregunta a usted cuánto tiempo tiene que "
                                "seguir tomándola."
                            ),
                        },
                        {
                            "text": (
                                "Le da la razón en que la metadona no es lo ideal, y le dice que la "
                                "mayoría de las personas la dejan cuando ya están estables."
                            ),
                            "feedback": (
                                "Esto confirma el estigma y no es correcto. No hay un límite de "
                                "tiempo fijo, y dejarla tiene riesgos reales. También puede "
                                "presionar a Danny a dejarla antes de estar listo."
                            ),
                            "best": False,
                            "next": (
                                "Gloria asiente y dice que va a presionar a Danny para que la deje "
                                "pronto. Luego le pregunta a usted cuánto tiempo tiene que seguir "
                                "tomándola."
                            ),
                        },
                        {
                            "text": (
                                "Le dice que las preguntas sobre la metadona son para el médico de "
                                "Danny en la clínica, y vuelve a la recepción."
                            ),
                            "feedback": (
                                "Las decisiones médicas le tocan a quien receta, pero su pregunta "
                                "es sobre el estigma y la esperanza, y los pares estamos en muy "
                                "buena posición para hablar de eso. Si la manda a otro lado, se "
                                "pierde una oportunidad de ayudar a la familia."
                            ),
                            "best": False,
                            "next": (
                                "Gloria va tras usted y le dice que en la clínica no quieren "
                                "hablar con ella. Le pregunta directamente cuánto tiempo tiene que "
                                "seguir tomándola."
                            ),
                        },
                    ],
                    "follow_up": {
                        "question": (
                            "Gloria pregunta cuánto tiempo tiene que seguir Danny en metadona. ¿Qué "
                            "le dice usted?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Le explica que no hay un límite de tiempo fijo y que muchas "
                                    "personas la toman por años, como los medicamentos para otras "
                                    "condiciones de larga duración. Esa decisión es de Danny, "
                                    "junto con quien le receta. La invita a preguntarle a Danny "
                                    "cómo lo puede apoyar, y le cuenta del grupo para familias del "
                                    "centro."
                                ),
                                "feedback": (
                                    "La mejor opción. Usted comparte datos generales correctos, "
                                    "deja la decisión en manos de Danny y de quien le receta, "
                                    "respeta su privacidad y le da a Gloria una forma de "
                                    "apoyarlo."
                                ),
                                "best": True,
                            },
                            {
                                "text": (
                                    "Le dice que la mayoría de las personas pueden ir dejándola "
                                    "poco a poco después de más o menos un año, así que puede "
                                    "esperar que él la haya dejado para la próxima primavera."
                                ),
                                "feedback": (
                                    "Esto da un plazo para dejarla, y eso es un consejo médico "
                                    "que un coach no debe dar. Además, no es lo que apoya la "
                                    "evidencia, y crea presión sobre Danny."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Le cuenta lo que Danny compartió con usted en el grupo "
                                    "sobre su dosis y sus planes, para que se preocupe menos."
                                ),
                                "feedback": (
                                    "Esto rompe la confianza de Danny y su privacidad. Lo que él "
                                    "comparte con usted le toca a él compartirlo con su familia, "
                                    "no a usted."
                                ),
                                "best": False,
                            },
                            {
                                "text": (
                                    "Le dice que probablemente la va a necesitar el resto de su "
                                    "vida, y que ella debería aceptarlo."
                                ),
                                "feedback": (
                                    "Nadie puede predecir eso, y no le toca a usted decirlo. "
                                    "Algunas personas toman el medicamento de por vida y otras lo "
                                    "dejan poco a poco. La decisión es de Danny, junto con quien "
                                    "le receta."
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
        "slug": "module-1-check",
        "title": "Prueba del módulo 1: el TCO y cómo funcionan los medicamentos",
        "minutes": 10,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle": True,
        "draw": 5,
        "questions": [
            {
                "prompt": (
                    "Marcus, de 41 años, salió de la cárcel del condado hace dos días, después de "
                    "tres meses. En el centro de apoyo entre pares le dice a usted que este fin de "
                    "semana piensa “usar un poquito, como antes”. ¿Cuál es la respuesta más útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Explicarle que probablemente su tolerancia ha bajado, así que la cantidad que "
                     "usaba antes ahora podría detener su respiración. Preguntarle si tiene "
                     "naloxona y si está dispuesto a conectarse con tratamiento hoy.", True),
                    ("Sugerirle que use la mitad de lo que usaba antes, para estar a salvo.", False),
                    ("Decirle que usted no puede hablar de consumo de drogas y que debe hablar con "
                     "su oficial de libertad condicional.", False),
                    ("Decirle que la tolerancia vuelve rápido, así que va a estar bien si espera "
                     "una semana.", False),
                ],
                "explanation": (
                    "Las semanas después de salir tienen un riesgo muy alto de sobredosis, porque la "
                    "tolerancia ha bajado y las drogas son impredecibles. Compartir eso, y ofrecer "
                    "naloxona y una conexión con la atención, lo protege sin juzgarlo. Sugerir una "
                    "cantidad es un consejo que un coach no debe dar y da una falsa seguridad; "
                    "esperar no reconstruye la tolerancia; cortar la conversación hace perder la "
                    "oportunidad de ayudar."
                ),
            },
            {
                "prompt": (
                    "La Sra. Chen, de 67 años, ha tomado metadona por doce años. Alguien que se "
                    "mudó hace poco a su vecindario le dijo que ella “no está en recuperación de "
                    "verdad”. Le pregunta a usted qué piensa. ¿Cuál es la mejor respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("Decirle que la recuperación asistida con medicamentos es recuperación, que la "
                     "definición de recuperación de SAMHSA incluye muchos caminos, entre ellos el "
                     "medicamento, y preguntarle cómo le afectó ese comentario.", True),
                    ("Decirle que va a estar en recuperación completa cuando deje el medicamento "
                     "poco a poco.", False),
                    ("Decirle que depende de si también va a reuniones.", False),
                    ("Decirle que no se preocupe por eso, y cambiar de tema.", False),
                ],
                "explanation": (
                    "La recuperación es un proceso de mejorar la salud y el bienestar y de vivir una "
                    "vida dirigida por uno mismo, y el medicamento es uno de sus caminos. Afirmar eso "
                    "y preguntarle cómo se siente la apoya. Las otras respuestas confirman el "
                    "estigma o le quitan importancia a algo que la lastimó."
                ),
            },
            {
                "prompt": (
                    "Aaliyah toma buprenorfina. Le cuenta que todas las noches se siente mal, con "
                    "escalofríos y dolores, unas horas antes de su próxima dosis. ¿Qué hace usted?"
                ),
                "multiple": False,
                "choices": [
                    ("Ayudarla a anotar cuándo empiezan los síntomas y cómo se sienten, y animarla "
                     "a contárselo pronto a quien le receta. Ofrecerle ayuda para prepararse para "
                     "la cita.", True),
                    ("Decirle que tome su dosis unas horas antes.", False),
                    ("Decirle que su dosis es muy baja y que debe pedir más.", False),
                    ("Decirle que esto es normal y que se le va a pasar en unas semanas.", False),
                ],
                "explanation": (
                    "Los coaches nunca juzgan si una dosis es la correcta ni cambian su horario. "
                    "Ayudarla a describir lo que siente, y a llevárselo a quien le receta, le "
                    "consigue ayuda de verdad. Decirle que es normal podría dejarla sufriendo."
                ),
            },
            {
                "prompt": (
                    "¿Cuáles de estas personas pueden tener un riesgo más alto de sobredosis porque "
                    "su tolerancia probablemente ha bajado? Seleccione todas las que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("Jorge, que ayer salió de un programa residencial de 28 días sin "
                     "medicamento.", True),
                    ("Denise, que dejó de tomar buprenorfina hace tres semanas.", True),
                    ("Ray, que vive en una granja lejos del pueblo y el mes pasado no se puso su "
                     "inyección mensual de naltrexona.", True),
                    ("Teresa, que ha tomado la misma dosis de metadona todos los días por cinco "
                     "años sin faltar ni una vez.", False),
                ],
                "explanation": (
                    "La tolerancia baja después de una desintoxicación o un tratamiento sin "
                    "medicamento, después de dejar la metadona o la buprenorfina, y mientras se "
                    "recibe naltrexona; por eso, el tiempo después de que se acaba el efecto de una "
                    "inyección es peligroso. La metadona diaria de Teresa mantiene estable su "
                    "tolerancia, aunque cualquier persona que use drogas de las que circulan hoy "
                    "puede estar en riesgo."
                ),
            },
            {
                "prompt": (
                    "En una noche para familias, un padre dice: “La metadona es solo cambiar una "
                    "droga por otra.” ¿Cuál es la respuesta más útil?"
                ),
                "multiple": False,
                "choices": [
                    ("Preguntarle qué le preocupa, y luego explicarle que, con una dosis estable, la "
                     "metadona detiene la abstinencia y las ansias sin las subidas y las caídas, así "
                     "que la persona puede llevar una vida estable, como con el medicamento para "
                     "cualquier enfermedad de larga duración.", True),
                    ("Darle la razón en que es un sustituto, pero decirle que por lo menos es mejor "
                     "que la heroína.", False),
                    ("Decirle que lo que dijo es ofensivo y que necesita informarse.", False),
                    ("Decirle que solo el médico de la clínica puede contestar preguntas como "
                     "esa.", False),
                ],
                "explanation": (
                    "Escuchar primero, y luego compartir la imagen del camino parejo, responde al "
                    "mito sin avergonzar a un padre preocupado. Darle la razón en que es un "
                    "sustituto confirma el estigma, regañarlo cierra la puerta, y esta es una "
                    "pregunta sobre el estigma que un par puede contestar."
                ),
            },
            {
                "prompt": (
                    "Kevin recibe una inyección mensual de naltrexona. Bromea que, si las ansias se "
                    "ponen fuertes, podría “usar lo suficiente para romper el bloqueo”. ¿Cuál es la "
                    "mejor respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("Decirle claramente que tratar de vencer el bloqueo con una cantidad grande "
                     "puede causar una sobredosis mortal. Preguntarle qué está pasando con sus "
                     "ansias, y animarlo a hablar con quien le receta.", True),
                    ("Tranquilizarlo diciéndole que la inyección lo bloquea todo, así que no puede "
                     "tener una sobredosis.", False),
                    ("Decirle que debería cambiarse a metadona.", False),
                    ("Dejarlo pasar, porque solo está bromeando.", False),
                ],
                "explanation": (
                    "Usar una cantidad grande para vencer el bloqueo de la naltrexona es muy "
                    "peligroso, y su tolerancia está baja. Hablar de las ansias y llevárselas a "
                    "quien le receta lo apoya. Los coaches nunca recomiendan un medicamento, y vale "
                    "la pena tomar en serio una broma como esta."
                ),
            },
            {
                "prompt": (
                    "Rosa, de 26 años, está embarazada y toma buprenorfina. Su prima le dijo que la "
                    "metadona sería mejor para el bebé. Le pregunta a usted cuál debería tomar. "
                    "¿Qué hace usted?"
                ),
                "multiple": False,
                "choices": [
                    ("Decirle que es una pregunta importante para quien le receta, y ofrecerle ayuda "
                     "para escribir sus preguntas y acompañarla a la cita si ella quiere.", True),
                    ("Decirle que su prima tiene razón y que debe cambiarse a metadona.", False),
                    ("Decirle que deje todos los opioides mientras esté embarazada, para proteger "
                     "al bebé.", False),
                    ("Decirle que la naltrexona es la opción más segura durante el "
                     "embarazo.", False),
                ],
                "explanation": (
                    "Escoger o cambiar un medicamento es una decisión médica de Rosa y de quien le "
                    "receta. Un coach la ayuda a conseguir respuestas claras. Dejar los opioides de "
                    "repente durante el embarazo también es una pregunta médica, y un consejo de "
                    "dejarlos podría ponerla en riesgo de abstinencia y de volver a consumir."
                ),
            },
            {
                "prompt": (
                    "Tom lleva tres años en metadona y le va bien. Gente de su iglesia lo está "
                    "presionando para que la deje. Él dice que no está seguro. ¿Qué es lo más útil "
                    "que usted puede hacer?"
                ),
                "multiple": False,
                "choices": [
                    ("Explorar lo que él quiere para sí mismo. Compartir que no hay un límite de "
                     "tiempo fijo, que dejarla tiene riesgos y que la decisión es suya, junto con "
                     "quien le receta. Ofrecerle apoyo, decida lo que decida.", True),
                    ("Animarlo a dejarla poco a poco, ya que lleva tres años estable.", False),
                    ("Decirle que nunca debe dejarla poco a poco, porque es demasiado "
                     "arriesgado.", False),
                    ("Darle un plan para bajar la dosis que le funcionó a alguien que usted "
                     "conoce.", False),
                ],
                "explanation": (
                    "La decisión les pertenece a Tom y a quien le receta. Un coach le ayuda a "
                    "escuchar su propia voz y a conocer los datos, incluidos los riesgos de dejarla. "
                    "Presionar hacia un lado o hacia el otro, o darle un plan con fechas, cruza la "
                    "línea hacia el consejo médico."
                ),
            },
            {
                "prompt": (
                    "Darnell dice que la buprenorfina es “solo una metadona más débil”. ¿Cuáles de "
                    "estas afirmaciones son correctas para compartir con él? Seleccione todas las "
                    "que correspondan."
                ),
                "multiple": True,
                "choices": [
                    ("La buprenorfina es un agonista parcial: enciende el receptor solo una "
                     "parte.", True),
                    ("Su efecto se estabiliza en dosis más altas, lo que baja el riesgo de que la "
                     "respiración se haga demasiado lenta.", True),
                    ("Se agarra muy fuerte al receptor, así que puede sacar a otros "
                     "opioides.", True),
                    ("Bloquea todos los otros opioides, así que es imposible tener una sobredosis "
                     "mientras se toma.", False),
                    ("No hace nada por la abstinencia, solo por las ansias.", False),
                ],
                "explanation": (
                    "La buprenorfina funciona de forma diferente a la metadona: es un agonista "
                    "parcial con efecto techo y un agarre fuerte en el receptor. Sí alivia la "
                    "abstinencia. El riesgo de sobredosis es menor, pero no es cero, sobre todo si "
                    "se mezcla con alcohol o sedantes."
                ),
            },
            {
                "prompt": (
                    "James le cuenta que usó fentanilo la semana pasada, después de seis meses sin "
                    "consumir. Dice: “La arruiné. Soy un fracaso, y mi consejero ya no va a querer "
                    "saber nada de mí.” ¿Cuál es la mejor primera respuesta?"
                ),
                "multiple": False,
                "choices": [
                    ("Agradecerle que se lo haya contado, recordarle que volver a consumir no borra "
                     "lo que ha construido, y preguntarle qué necesita ahora mismo para estar a "
                     "salvo, incluida la naloxona.", True),
                    ("Decirle que va a tener que empezar a contar su recuperación otra vez desde el "
                     "día uno.", False),
                    ("Preguntarle por qué tiraría a la basura seis meses así.", False),
                    ("Decirle que vuelva a desintoxicación enseguida.", False),
                ],
                "explanation": (
                    "Volver a consumir es una señal para ajustar la atención, no un fracaso. "
                    "Mantener la puerta abierta y poner primero la seguridad lo protege, sobre todo "
                    "con el fentanilo. La culpa y la vergüenza alejan a la gente de la ayuda, y los "
                    "próximos pasos en el tratamiento le toca escogerlos a él con su equipo de "
                    "atención."
                ),
            },
        ],
    },
    "guide": {
        "objectives": [
            "Cada participante podrá describir el trastorno por consumo de opioides, la tolerancia "
            "y la abstinencia en palabras sencillas, y explicar por qué volver a consumir es una "
            "señal para ajustar la atención, no un fracaso.",
            "Cada participante podrá nombrar los momentos en que la tolerancia perdida aumenta el "
            "riesgo de sobredosis, y describir lo que un coach dice y ofrece en esos momentos.",
            "Cada participante podrá usar la imagen de la cerradura y la llave para explicar cómo "
            "actúan la metadona, la buprenorfina y la naltrexona en los receptores opioides.",
            "Cada participante podrá responder a la idea de que el medicamento es “cambiar una "
            "droga por otra” con empatía y datos correctos, sin dar consejos médicos.",
        ],
        "agenda": [
            {
                "title": "Círculo de apertura: lo que nos dijeron",
                "minutes": 5,
                "method": "discussion",
                "description": (
                    "Dé la bienvenida al grupo y acuerden las reglas básicas: cada quien comparte "
                    "solo lo que quiera, lo que se dice aquí se queda aquí, y a nadie se le pregunta "
                    "por su propio medicamento ni por su dosis. Haga las dos preguntas de apertura y "
                    "escuche algunas respuestas de distintas partes del salón. Escriba en un "
                    "rotafolio los mensajes que la gente escuchó. Cierre nombrando el hilo del día: "
                    "vamos a poner a prueba esos mensajes con los datos."
                ),
                "materials": ["Rotafolio y marcadores", "Tarjetas de mesa con los nombres"],
                "questions": [
                    "Cuando oyó hablar por primera vez de la metadona o la buprenorfina, ¿qué le "
                    "dijeron sobre ella, y quién se lo dijo?",
                    "¿Qué mensaje sobre los medicamentos no quisiera que las personas que usted "
                    "acompaña como coach volvieran a oír nunca?",
                ],
            },
            {
                "title": "El TCO, el fentanilo y la tolerancia perdida",
                "minutes": 8,
                "method": "presentation",
                "description": (
                    "Paso 1: Explique el TCO en palabras sencillas como una pérdida de control, "
                    "usando tres o cuatro puntos de la lista. Paso 2: Defina la tolerancia y la "
                    "abstinencia, y recalque que la dependencia física de un medicamento recetado no "
                    "es TCO. Paso 3: Compare el TCO con la diabetes o la presión alta, y explique que "
                    "volver a consumir es una señal para ajustar la atención. Paso 4: Describa las "
                    "drogas que circulan hoy: fentanilo escondido en otras drogas y en pastillas "
                    "falsas, y una potencia que cambia de una bolsa a otra. Paso 5: Repase las "
                    "señales de sobredosis y los pasos para dar naloxona, y pase de mano en mano un "
                    "aerosol nasal de demostración. Paso 6: Haga la lista de los momentos de "
                    "tolerancia perdida: la cárcel o la prisión, el hospital, la desintoxicación, "
                    "dejar el medicamento, cuando se acaba el efecto de una inyección de "
                    "naltrexona."
                ),
                "materials": [
                    "Diapositivas o rotafolio con los puntos clave",
                    "Dispositivo de práctica de naloxona en aerosol nasal",
                    "Hoja para participantes: Momentos de alto riesgo de sobredosis",
                ],
            },
            {
                "title": "Una cerradura, tres llaves",
                "minutes": 8,
                "method": "demonstration",
                "description": (
                    "Levante un candado: su cerradura es el receptor opioide. Pida que pasen al "
                    "frente tres personas voluntarias y dele a cada una una tarjeta: Metadona, "
                    "Buprenorfina, Naltrexona. La metadona gira la cerradura por completo, despacio, "
                    "y la sigue sosteniendo. La buprenorfina se agarra fuerte a la cerradura pero "
                    "solo la gira hasta la mitad, y puede sacar del camino a otra llave (una cuarta "
                    "persona voluntaria con una tarjeta de Fentanilo). La naltrexona pone una mano "
                    "sobre la cerradura para que ninguna llave la pueda girar. Luego dibuje en el "
                    "rotafolio la montaña rusa al lado del camino parejo. Pida al grupo que nombre un "
                    "mito que cada imagen ayuda a responder. Termine diciendo la regla: los coaches "
                    "explican cómo funcionan los medicamentos en general, y nunca recomiendan un "
                    "medicamento, una dosis ni un horario."
                ),
                "materials": [
                    "Un candado y una llave",
                    "Cuatro tarjetas: Metadona, Buprenorfina, Naltrexona, Fentanilo",
                    "Hoja para participantes: Una cerradura, tres llaves",
                ],
            },
            {
                "title": "Grupos pequeños: planear para un momento de alto riesgo",
                "minutes": 7,
                "method": "small_group",
                "description": (
                    "Forme cuatro grupos pequeños y dele a cada uno una tarjeta: el Sr. Begay sale "
                    "de la cárcel del condado el viernes; Ana sale del hospital después de una "
                    "estadía de tres semanas; Deshawn está pensando en dejar su buprenorfina; "
                    "Keisha, seis semanas después de su última inyección de naltrexona. Cada grupo "
                    "tiene cuatro minutos para anotar lo que el coach diría sobre la tolerancia "
                    "perdida en una sola frase sencilla, dos preguntas que el coach haría, y lo que "
                    "el coach ofrecería (naloxona, conexiones con la atención, ayuda para "
                    "prepararse para una cita con quien receta). Cada grupo comparte una idea en "
                    "treinta segundos. Corrija cualquier idea que se desvíe hacia consejos sobre la "
                    "dosis o los tiempos."
                ),
                "materials": [
                    "Cuatro tarjetas de casos prácticos",
                    "Hojas de rotafolio para cada grupo",
                ],
            },
            {
                "title": "Juego de roles: “solo es cambiar una droga por otra”",
                "minutes": 13,
                "method": "role_play",
                "description": (
                    "Forme grupos de tres. Dele a cada persona una tarjeta de rol y lea el guion en "
                    "voz alta. La primera ronda dura cinco minutos; luego, quien observa da dos "
                    "minutos de comentarios usando la lista de cotejo. Cambien los roles y hagan una "
                    "segunda ronda más corta si hay tiempo. Reúna de nuevo al grupo y pregunte qué "
                    "ayudó a que la familiar se sintiera escuchada. Recuerde a todo el grupo que la "
                    "meta no es ganar la discusión, sino mantener a la familiar del lado de la "
                    "persona."
                ),
                "materials": [
                    "Tarjetas de rol",
                    "Listas de cotejo para quien observa",
                    "Hoja para participantes: Cómo hablar con las familias sobre los medicamentos",
                ],
                "roles": [
                    "Coach en un centro comunitario de apoyo entre pares",
                    "Familiar (Gloria Ramírez, de 58 años, cuyo hijo Danny, de 34, lleva ocho "
                    "meses en metadona)",
                    "Observador/a",
                ],
                "script": (
                    "Danny acaba de entrar a un grupo. Gloria detiene al coach cerca de la "
                    "recepción. Gloria: “¿Le puedo preguntar algo? Estoy agradecida de que esté "
                    "vivo, de verdad. Pero la metadona es solo cambiar una droga por otra, ¿no? Mi "
                    "pastor dice que no está limpio de verdad. ¿Cuándo la va a dejar?” Si el coach "
                    "escucha bien, Gloria cuenta que Danny está trabajando otra vez y que tiene "
                    "miedo de que la gente de la iglesia juzgue a la familia. Si el coach le da un "
                    "sermón, Gloria se pone a la defensiva: “Soy su madre. Yo sé cómo se ven las "
                    "drogas.”"
                ),
                "observer_checklist": [
                    "El coach le dio las gracias a Gloria o reconoció su amor y su preocupación "
                    "antes de dar datos",
                    "El coach usó al menos una pregunta abierta para saber qué le preocupa",
                    "El coach explicó en palabras sencillas cómo funciona la metadona con una dosis "
                    "estable (el camino parejo, no la montaña rusa)",
                    "El coach dijo que la duración del tratamiento es decisión de Danny con quien "
                    "le receta, y no dio ningún plazo",
                    "El coach no compartió nada que Danny le hubiera contado en confianza",
                    "El coach le ofreció a Gloria un siguiente paso, como un grupo para familias o "
                    "hablar con Danny",
                ],
            },
            {
                "title": "Enseñar de vuelta (teach-back) y cierre",
                "minutes": 4,
                "method": "teach_back",
                "description": (
                    "Pida a tres personas voluntarias que le enseñen de vuelta una idea al grupo, "
                    "en menos de treinta segundos cada una, con las palabras que usarían con una "
                    "persona participante: qué significa la tolerancia perdida, en qué se diferencia "
                    "la buprenorfina de la metadona, y por qué la recuperación asistida con "
                    "medicamentos es recuperación. Corrija con amabilidad cualquier error. Cierre "
                    "leyendo juntos el mensaje de MARS: la condición se puede tratar, los "
                    "medicamentos funcionan, y la recuperación asistida con medicamentos es "
                    "recuperación."
                ),
                "materials": ["El rotafolio del círculo de apertura"],
            },
        ],
        "handouts": [
            {
                "title": "Una cerradura, tres llaves",
                "text": (
                    "Los receptores opioides son como cerraduras en el cerebro y el cuerpo. Los "
                    "opioides son llaves. La heroína y el fentanilo giran la cerradura con fuerza y "
                    "rápido, y luego se salen rápido: una montaña rusa de subidas, caídas y "
                    "abstinencia.\n\n"
                    "- Metadona (agonista completo): gira la cerradura por completo, pero de forma "
                    "lenta y constante. A la mayoría de las personas, una dosis diaria les dura todo "
                    "el día. Con una dosis estable, la gente se siente normal, no drogada. Se da en "
                    "programas de tratamiento de opioides.\n"
                    "- Buprenorfina (agonista parcial): se agarra fuerte a la cerradura, pero solo "
                    "la gira una parte. Su efecto se estabiliza en dosis más altas (el efecto "
                    "techo), lo que baja, pero no elimina, el riesgo de que la respiración se haga "
                    "lenta. Puede sacar a otros opioides de la cerradura, así que quien receta "
                    "planea cuándo empezar.\n"
                    "- Naltrexona (antagonista): bloquea la cerradura sin girarla. Por lo general es "
                    "una inyección mensual. La persona tiene que estar sin opioides antes de "
                    "empezar. La tolerancia baja mientras la recibe.\n"
                    "- Naloxona (antagonista): la llave de emergencia que revierte una sobredosis "
                    "por un tiempo corto.\n\n"
                    "Lo que hace un coach: explicar cómo funcionan los medicamentos en general, "
                    "responder a los mitos y ayudar a la persona a describir lo que siente para que "
                    "pueda llevárselo a quien le receta. Lo que un coach nunca hace: recomendar un "
                    "medicamento, juzgar una dosis o dar plazos para empezar o dejar un "
                    "medicamento."
                ),
            },
            {
                "title": "Momentos de alto riesgo de sobredosis",
                "text": (
                    "La tolerancia baja rápido cuando se deja de usar opioides. Una cantidad que una "
                    "persona usaba antes ahora puede detener su respiración, y las drogas de hoy "
                    "muchas veces contienen fentanilo de potencia desconocida.\n\n"
                    "Momentos de tolerancia perdida:\n"
                    "- Al salir de la cárcel o de la prisión, sobre todo en las primeras dos "
                    "semanas\n"
                    "- Al salir de un hospital después de una estadía larga\n"
                    "- Al terminar una desintoxicación o un programa sin medicamento\n"
                    "- Al dejar la metadona o la buprenorfina, por cualquier razón\n"
                    "- Cuando se acaba el efecto de una inyección de naltrexona o se pierde una "
                    "inyección\n\n"
                    "Lo que puede hacer un coach:\n"
                    "- Hablar de la tolerancia perdida antes de que llegue el momento\n"
                    "- Asegurarse de que la persona y quienes la rodean tengan naloxona y sepan "
                    "cómo usarla\n"
                    "- Planear los primeros días: dónde quedarse, con quién estar, la próxima cita\n"
                    "- Ayudar a conectar a la persona rápido con tratamiento\n\n"
                    "Si alguien no despierta: llame al 911, dé naloxona, apoye la respiración, "
                    "quédese con la persona y dé otra dosis si la respiración no mejora después de "
                    "dos a tres minutos. Para recibir apoyo emocional en una crisis, las personas "
                    "pueden llamar o enviar un mensaje de texto al 988 (la Línea de Prevención del "
                    "Suicidio y Crisis)."
                ),
            },
            {
                "title": "Cómo hablar con las familias sobre los medicamentos",
                "text": (
                    "Muchas veces, las familias se preocupan de que el medicamento sea “cambiar una "
                    "droga por otra”. Esa preocupación casi siempre viene del amor y del miedo.\n\n"
                    "- Escuche primero. Agradézcales que se preocupen. Pregunte qué han visto y qué "
                    "es lo que más les preocupa.\n"
                    "- Comparta la imagen del camino parejo: con una dosis estable, la metadona y "
                    "la buprenorfina detienen la abstinencia y las ansias sin subidas ni caídas, "
                    "para que la persona pueda trabajar, criar a sus hijos y vivir su vida.\n"
                    "- Comparta lo que dice la evidencia: estos medicamentos bajan el riesgo de "
                    "muerte por sobredosis y ayudan a las personas a seguir en tratamiento.\n"
                    "- Compárelo con el medicamento para la diabetes o la presión alta.\n"
                    "- No hay un límite de tiempo fijo. Cuánto tiempo seguir con el medicamento es "
                    "decisión de la persona, junto con quien le receta.\n"
                    "- Proteja la privacidad. No comparta lo que la persona le contó. Anime a la "
                    "familia a preguntarle a la persona cómo pueden ayudar.\n"
                    "- Ofrezca un siguiente paso: un grupo para familias, material para leer, o una "
                    "conversación junto con la persona si ella quiere.\n\n"
                    "La recuperación asistida con medicamentos es recuperación."
                ),
            },
        ],
    },
}
