### Guía de derechos de Amparo: español.
### Traducción asistida por máquina, aún no revisada por un hablante nativo.

## Idioma e interfaz

language-name = Español
guide-title = Conozca sus derechos
guide-subtitle = Si vienen agentes de inmigración (ICE): Ciudad de Nueva York
key-points-heading = Los 10 puntos más importantes
scenarios-heading = Situaciones
say-label = Qué decir
say-english-label = En inglés
dont-label = Cuidado
sources-label = Fuentes
legal-status-settled = No está en disputa.
legal-status-contested = Los tribunales o las agencias no están de acuerdo sobre esto.
legal-status-in-litigation = Los tribunales todavía están decidiendo esto.
legal-status-reported = Según la prensa; aún no confirmado en un texto oficial.
legal-status-case = Caso
reviewed = Última revisión: { $date }
points-count =
    { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }
disclaimer = Esto es información legal, no asesoría legal. Las leyes y las políticas cambian. Para un consejo sobre su caso, hable con un abogado o con una organización de ayuda legal.
status-source = Texto original.
status-machine-assisted = Traducción asistida por máquina, aún no revisada por un hablante nativo.
status-reviewed = Traducción revisada por un hablante nativo.
translation-stale = Esta traducción se está actualizando. El texto en inglés ahora dice:
translation-shares = { $current } % al día · { $reviewed } % revisado por una persona
door-card-title = Si los agentes llegan a su puerta
door-card-back-title = Para los agentes
door-card-check-title = Cómo revisar una orden

## Los diez puntos clave

kp-judicial-warrant = Para entrar sin permiso a una casa o a la zona privada de un lugar de trabajo, los agentes necesitan una orden firmada por un juez. Un papel de ICE firmado por un oficial de ICE (como el Formulario I-200 o I-205) no es una orden de un juez.
kp-judicial-warrant-say = Por favor, pasen la orden por debajo de la puerta.
kp-agents-may-lie = La ley permite que los agentes mientan. Pueden decir que son la policía local, que buscan a otra persona o que solo quieren hablar. Pregunte quiénes son y para qué agencia trabajan. Si dicen que tienen una orden, pida verla.
kp-agents-may-lie-say = ¿Quiénes son ustedes? ¿De qué agencia son?
kp-remain-silent = Usted tiene derecho a guardar silencio. No tiene que decir dónde nació, cómo llegó a los Estados Unidos ni cuál es su situación migratoria. Pero si tiene miedo de volver a su país, dígalo claramente, en inglés si puede: "I am afraid to return to my country." (Tengo miedo de volver a mi país). Callar ese miedo puede llevar a una deportación rápida sin juez.
kp-remain-silent-say = Estoy ejerciendo mi derecho a guardar silencio.
kp-free-to-go = Pregunte: "¿Me puedo ir?". Si la respuesta es sí, váyase con calma. Si la respuesta es no, quédese donde está y guarde silencio.
kp-free-to-go-say = ¿Me puedo ir?
kp-film = Usted puede filmar o grabar a los agentes en lugares públicos, siempre que no interfiera con lo que hacen. Manténgase a una distancia segura.
kp-stay-calm = Mantenga la calma. Mantenga las manos donde los agentes puedan verlas.
kp-do-not-run = No corra. Correr puede usarse como motivo para detenerlo o arrestarlo.
kp-do-not-resist = No se resista, aunque crea que los agentes están violando la ley. No empuje ni toque a un agente. Diga que no está de acuerdo y hable con un abogado después.
kp-do-not-resist-say = No doy mi consentimiento.
kp-do-not-lie = No mienta y no muestre documentos falsos. Nunca diga que es ciudadano de los EE. UU. si no lo es: es un delito y puede impedirle para siempre tener un estatus legal. Si no quiere contestar, mejor guarde silencio.
kp-do-not-obstruct = No bloquee a los agentes ni se ponga en su camino, aunque sea para ayudar a otra persona, y no esconda a nadie de ellos. Puede observar, grabar y decirle a la gente sus derechos desde una distancia segura.

## Situación: en casa

home-title = En casa: agentes en la puerta
home-intro = ICE suele venir temprano por la mañana. Usted no tiene que abrir la puerta. Hable con la puerta cerrada.
home-door-heading = Si los agentes tocan a la puerta
home-dont-open = No abra la puerta. Puede hablar a través de la puerta o de una ventana. Si la abre, los agentes pueden entrar, o decir después que usted los dejó entrar.
home-dont-open-say = No doy mi consentimiento para que entren.
home-ask-warrant = Pregunte si tienen una orden firmada por un juez. Pídales que la pasen por debajo de la puerta o que la muestren en una ventana. No tiene que abrir la puerta para verla.
home-ask-warrant-say = Por favor, pasen la orden por debajo de la puerta.
home-check-warrant = Revise quién emitió y quién firmó el papel. Una orden de un juez viene de un tribunal (por ejemplo "United States District Court" o un tribunal de Nueva York) y está firmada por un juez. Los formularios de ICE, como I-200, I-205 o I-247A, los firman oficiales de inmigración, no jueces. Una orden judicial verdadera puede nombrar a ICE o al Departamento de Seguridad Nacional como la agencia que la pidió: eso solo no la convierte en un formulario de ICE. Un juez de inmigración no es un juez de un tribunal para este fin.
home-check-warrant-dont = No abra la puerta solo porque el papel dice "Warrant" (orden).
home-warrant-scope = Una orden de arresto de un juez permite a los agentes entrar en la casa de la persona nombrada en ella, si tienen motivos para creer que esa persona está adentro. Para entrar en la casa de otra persona necesitan una orden de registro. Una orden de registro solo permite registrar el lugar que nombra, y solo dentro de sus fechas y horas.
home-i205 = ICE dice que una Orden de Expulsión (Formulario I-205), firmada por un oficial de ICE y no por un juez, permite a sus agentes entrar a la fuerza en la casa de una persona con una orden final de deportación. Esto viene de un memorando interno de mayo de 2025 que se hizo público en enero de 2026. Un juez federal de Minnesota declaró inconstitucional una de esas entradas, y el memorando está impugnado en los tribunales. No abra la puerta y diga que no da su consentimiento. Si entran a la fuerza, no se resista.
home-i205-dont = No trate de mantener la puerta cerrada a la fuerza ni bloquee a los agentes.
home-final-order = Averigüe desde ahora si alguien en su casa tiene una orden de deportación, incluso una antigua dictada porque no fue a una audiencia. La línea telefónica automática del tribunal de inmigración se lo puede decir (vea Obtener ayuda), o pregunte a un abogado.
home-inside-heading = Si los agentes entran
home-exceptions = Hay excepciones limitadas, como una emergencia real. Si los agentes entran de todos modos, no se resista. Escriba lo que pasó y avise a un abogado. Un tribunal puede examinar la entrada después, pero una entrada ilegal no termina por sí sola un caso de deportación.
home-no-search = Diga claramente que no da su consentimiento para un registro. No se resista y no los bloquee.
home-no-search-say = No doy mi consentimiento para un registro.
home-watch = Observe y recuerde: nombres, números de placa (insignia) de los agentes, la agencia, qué registraron y qué se llevaron. Escríbalo en cuanto pueda.
home-sign-nothing = No firme nada antes de hablar con un abogado.
home-sign-nothing-say = No voy a firmar nada sin un abogado.

## Situación: en la calle

street-title = En la calle o en el metro
street-intro = Los agentes pueden pararlo en lugares públicos. Mantenga la calma y sepa qué puede decir.
street-stopped-heading = Si los agentes lo paran
street-carry-papers = Si tiene 18 años o más, la ley federal le exige llevar consigo la prueba de su registro migratorio, por ejemplo una tarjeta de residente (green card), un permiso de trabajo (EAD) o su registro I-94. No llevarla es un delito menor (una multa y hasta 30 días de cárcel). Si la tiene, puede mostrarla.
street-carry-papers-dont = Nunca lleve ni muestre papeles falsos o papeles de otra persona. Los papeles de otro país muestran su nacionalidad: lleve solo los papeles que necesita.
silent-name = Si no quiere contestar una pregunta, no diga nada antes que decir algo falso. Dar un nombre falso a la policía es un delito en Nueva York, y mentirle a un agente federal es un delito federal.
silent-visa = Si está en los EE. UU. con una visa (por ejemplo como estudiante o trabajador), negarse a dar a los oficiales de inmigración la información que piden puede hacerle perder su estatus. Pregunte a un abogado qué debe contestar.
registration-rule = Desde abril de 2025, las personas de 14 años o más que nunca se han registrado con el gobierno de los EE. UU. deben registrarse (Formulario G-325R), y desde los 18 llevar la prueba. Registrarse le da a ICE su nombre y su dirección; no registrarse puede ser un delito. Hable con un abogado antes de registrarse, o de decidir no hacerlo.
street-no-search = Los agentes pueden palpar su ropa por fuera si creen que usted tiene un arma. No tiene que aceptar ningún otro registro de su cuerpo, su bolso o su teléfono. Dígalo claramente, pero no se resista.
street-no-search-say = No doy mi consentimiento para un registro.
street-arrest-heading = Si lo arrestan
street-arrest = Cuando los agentes lo arrestan, deben decirle que son oficiales de inmigración y por qué lo arrestan, en cuanto sea seguro hacerlo. Guarde silencio y pida un abogado.
street-arrest-say = Quiero hablar con un abogado.

## Situación: en un carro

car-title = En un carro
car-intro = La policía y los agentes federales pueden parar carros. El conductor y los pasajeros tienen derechos.
car-stop-heading = Si lo paran
car-pull-over = Si usted maneja y los agentes le hacen señas para que pare, oríllese con cuidado. Apague el motor, encienda la luz de adentro y mantenga las manos en el volante.
car-pull-over-dont = No se vaya manejando ni intente escapar. Huir de la policía en un carro es un delito en Nueva York, y puede contar como un delito grave según las reglas de inmigración de la ciudad.
car-driver-papers = Si usted maneja, debe mostrar su licencia de conducir, el registro del carro y la prueba de seguro cuando la policía se los pida. Mostrarlos no significa que tenga que contestar otras preguntas.
car-passengers = Los pasajeros también tienen derecho a guardar silencio. Un pasajero puede preguntar si se puede ir.
car-passengers-say = ¿Me puedo ir?
car-no-search = No tiene que aceptar que registren el carro. Dígalo claramente, pero no los detenga físicamente.
car-no-search-say = No doy mi consentimiento para un registro.
car-border = Cerca de las fronteras y de la costa (la Ciudad de Nueva York está dentro de esa zona), la ley federal da a los oficiales de inmigración más poderes para parar vehículos. Aun así, puede decir que no da su consentimiento para un registro y guardar silencio.
car-dmv-heading = Sus datos del DMV
car-green-light = El DMV de Nueva York no entrega sus registros a las agencias de inmigración sin una orden de un juez o una orden judicial, y le avisa a usted si los piden (la Ley Green Light). El gobierno federal impugna esta ley en los tribunales; sigue vigente.

## Situación: en el trabajo

work-title = En el trabajo
work-intro = Los agentes pueden ir a los lugares de trabajo. Lo que pueden hacer depende de si el lugar está abierto al público.
work-areas-heading = Zonas públicas y privadas
work-public-areas = Los agentes pueden entrar sin orden a las zonas abiertas al público, como el salón de una tienda o de un restaurante.
work-private-areas = Para entrar a zonas privadas, como oficinas, cocinas o almacenes cerrados al público, los agentes necesitan una orden o el consentimiento del dueño o del gerente. El dueño o el gerente puede decir que no, así:
work-private-areas-say = No doy mi consentimiento para que entren a las zonas privadas.
work-raid-heading = Durante una redada
work-raid = Los agentes pueden hacerle preguntas a todos. Que le hagan preguntas no significa que esté arrestado. Puede guardar silencio y preguntar si se puede ir.

## Situación: ir al tribunal

court-title = Ir al tribunal
court-intro = La ley de Nueva York protege del arresto civil a las personas que van a un tribunal de Nueva York. Los tribunales de inmigración los maneja el gobierno federal y son distintos.
court-ny-heading = Tribunales de Nueva York
court-protected = Si usted va a un caso en un tribunal de Nueva York, está allí o sale de allí, como parte o testigo, o como familiar o miembro del hogar de una parte o testigo, la ley de Nueva York prohíbe su arresto civil, también por ICE por un asunto civil de inmigración, salvo que un juez haya firmado una orden para ese arresto. Un tribunal federal confirmó esta ley en 2025. Si los agentes arrestan a alguien de todos modos, no se resista: la reparación viene después.
court-remedy = Arrestar a alguien en contra de esta ley es desacato al tribunal. La persona y la Fiscalía General de Nueva York pueden ir a un tribunal para impedirlo. Avise a un abogado si le pasa a usted o a alguien que conoce.
court-immigration-heading = Tribunal de inmigración
court-immigration = Los tribunales de inmigración, como los de 26 Federal Plaza, 290 Broadway y 201 Varick Street, no son tribunales de Nueva York: pertenecen al Departamento de Justicia de los EE. UU., y la ley de Nueva York contra los arrestos en los tribunales no los cubre. Hable con un abogado antes de su audiencia.
court-do-not-miss = No falte a su audiencia en el tribunal de inmigración. Si no va, el juez puede ordenar su deportación sin usted.

## Scenario: immigration court and ICE check-ins

icourt-title = Tribunal de inmigración y citas de control de ICE
icourt-intro = Siga yendo a sus audiencias y a sus citas de control. Prepárese para ese día y sepa qué decir.
icourt-before-heading = Antes del día
court-lawyer = Trate de ir con un abogado. Su abogado presenta el Formulario G-28 para que el tribunal e ICE traten con él. Para ayuda legal gratuita, vea Obtener ayuda.
court-plan = Haga un plan para ese día: a quién llamar si lo detienen, quién recoge a sus hijos, dónde están sus papeles. Lleve copias de sus papeles, no los originales, y deje el plan con alguien de confianza.
court-proof = Si ha vivido en los EE. UU. más de dos años, lleve copias de papeles que lo prueben, como contratos de alquiler, talones de pago, declaraciones de impuestos, facturas, registros escolares o médicos. Si lleva aquí menos de dos años, vaya con alguien que tenga un estatus migratorio seguro.
icourt-room-heading = En la sala del tribunal
court-oppose-dismissal = Si el abogado del gobierno le pide al juez que desestime (termine) su caso, puede ser un paso para arrestarlo y deportarlo rápido sin juez. Dígale al juez que se opone a la desestimación y pida tiempo para buscar un abogado. Si el juez desestima el caso de todos modos, diga que quiere apelar.
court-oppose-dismissal-say = Me opongo a la desestimación. Pido tiempo para buscar un abogado.
icourt-arrests-heading = Arrestos en los tribunales
court-arrests-order = Desde mayo de 2026, una orden de un tribunal federal limita los arrestos de ICE en los tribunales de inmigración de la Ciudad de Nueva York (26 Federal Plaza, 290 Broadway y 201 Varick Street) a casos excepcionales, como una amenaza a la seguridad. La orden todavía puede cambiar en apelación y no impide arrestos lejos de los tribunales.
icourt-checkin-heading = Citas de control de ICE
checkin-risk = Las citas de control de ICE tienen un riesgo: han detenido a personas en esas citas, también en 26 Federal Plaza. Hable con un abogado antes de su cita, no falte sin consejo legal y tenga su plan listo ese día.

## Situación: en la escuela

school-title = En la escuela y la guardería
school-intro = Todos los niños pueden ir a la escuela pública. Planifique para que sus hijos estén seguros si usted no puede recogerlos.
school-heading = Los derechos de su hijo
school-right-to-attend = Todo niño en Nueva York puede ir a la escuela pública, sin importar su situación migratoria ni la de sus padres.
school-city-property = La política federal ya no mantiene a ICE lejos de las escuelas (desde enero de 2025). Las escuelas públicas de la Ciudad de Nueva York tienen su propia regla: el personal no puede dejar entrar a los agentes de inmigración. Llaman a los abogados del sistema escolar, y los agentes esperan afuera mientras se revisa cualquier orden. Pregunte en la escuela de su hijo cuál es su plan.
school-plan-heading = Planifique
school-pickup = Dé a la escuela una lista actualizada de adultos de confianza que pueden recoger a sus hijos (la tarjeta de contactos de emergencia). Nueva York también permite a un padre o una madre firmar papeles para que un adulto de confianza cuide a un niño: vea Prepare un plan familiar.

## Scenario: hospitals and places of worship

places-title = Hospitales y lugares de culto
places-intro = Las reglas federales ya no mantienen a ICE lejos de estos lugares. Reciba atención y vaya a los servicios de todos modos, y sepa qué sigue vigente.
places-heading = Qué sigue vigente
places-federal-rollback = Desde enero de 2025, la política federal ya no mantiene a ICE lejos de hospitales, escuelas ni lugares de culto. Los agentes siguen necesitando una orden de un juez, o el consentimiento de la persona a cargo, para entrar a zonas cerradas al público.
places-hospital = Reciba atención médica cuando la necesite. Los hospitales públicos de la ciudad (NYC Health + Hospitals) indican a su personal que pida a los agentes una orden de un juez y que llame a la oficina legal del hospital antes de que los agentes pasen de las zonas públicas. Los hospitales privados tienen sus propias reglas.
places-worship = Un lugar de culto es propiedad privada. Los agentes pueden entrar a las zonas abiertas a todos, como un servicio público, pero necesitan una orden de un juez o el consentimiento de la persona a cargo para entrar a las zonas privadas.
places-state-law = En 2026, los legisladores de Nueva York buscaron cerrar las casas, escuelas, hospitales y lugares de culto al control civil de inmigración sin una orden de un juez, y permitir demandar a agentes federales en tribunales del estado. No se pudo confirmar si esto llegó a ser ley.

## Situación: servicios de la ciudad

city-title = Oficinas de la ciudad y albergues
city-intro = La Ciudad de Nueva York limita cómo sus agencias ayudan al control de inmigración. Usted puede usar los servicios de la ciudad.
city-heading = Qué dice la ley de la ciudad
city-confidential = Los empleados de la ciudad preguntan por la situación migratoria solo cuando la necesitan para decidir si usted califica para un servicio, o cuando la ley lo exige. Deben mantenerla confidencial.
city-police-victims = Los agentes del NYPD no preguntan por la situación migratoria de las víctimas de delitos, los testigos ni las personas que piden ayuda.
city-non-public = En las oficinas de la ciudad, y donde se dan servicios contratados por la ciudad, como muchos albergues, el personal no puede dejar entrar a ICE ni a otra policía que no sea de la ciudad a las zonas no públicas sin una orden de un juez. La ley de la ciudad enumera algunas excepciones, como una emergencia. Esta regla obliga al personal de la ciudad; no obliga a ICE.
city-no-resources = Las agencias de la ciudad no pueden usar su personal, su tiempo ni sus edificios para el control de inmigración, ni poner a sus agentes bajo el control federal de inmigración (los llamados acuerdos 287(g)).
city-eo13 = Desde febrero de 2026, una orden del alcalde (Orden Ejecutiva 13) dice que las agencias de la ciudad no pueden compartir con las autoridades federales de inmigración la información reunida para fines de la ciudad, salvo que la ley lo exija, ni dejar que los agentes federales usen los estacionamientos de la ciudad como punto de operaciones.
city-safer-sanctuary = En enero de 2026, el Concejo Municipal aprobó, a pesar del veto del alcalde, una ley (la Safer Sanctuary Act) que prohíbe a ICE tener una oficina en las cárceles de la ciudad, como en Rikers Island. No se pudo revisar su texto final.
city-jail = Si está bajo custodia del NYPD o en una cárcel de la ciudad, la ley de la ciudad permite retenerlo para ICE, o avisar a ICE cuándo lo van a soltar, solo si ICE trae una orden firmada por un juez federal y usted fue condenado por ciertos delitos graves en los últimos cinco años (el tiempo en prisión no cuenta), o puede estar en una lista de vigilancia de terrorismo. La ley de la ciudad también menciona una retención breve del NYPD sin orden en algunos casos, pero los tribunales de Nueva York han dicho que los agentes locales no pueden retener a nadie para ICE por su propia autoridad. El Departamento de Libertad Condicional sigue reglas parecidas. Si lo retienen después de la hora en que debían soltarlo, avise a un abogado.
city-limits-heading = Límites de estas leyes
city-no-private-suit = Estas leyes de la ciudad no le dan derecho a demandar a la ciudad si no se cumplen. Puede haber otros reclamos, por ejemplo si lo retuvieron después de la hora en que debían soltarlo. Un proyecto de ley de la ciudad que permitiría demandar (la NYC Trust Act) seguía pendiente en la última revisión. Avise a un abogado o a una organización de ayuda legal.

## Situación: si lo detienen

detained-title = Si lo detienen o lo arrestan
detained-intro = Si los agentes lo arrestan, mantenga la calma. Lo que usted dice y lo que firma importa.
detained-heading = Protéjase
detained-fear = Si tiene miedo de volver a su país, dígalo claramente, lo antes posible y cada vez que le pregunten. Pida una entrevista sobre su miedo (una entrevista de "miedo creíble", credible fear). Esto puede detener una deportación rápida sin juez.
detained-fear-say = Tengo miedo de volver a mi país.
detained-expedited = Desde 2025, ICE usa la "expulsión acelerada" (expedited removal), una deportación sin juez, en cualquier lugar de los EE. UU. contra personas que entraron sin ser admitidas y no pueden probar dos años aquí. Un tribunal la suspendió en agosto de 2025; un tribunal de apelaciones dejó que se reanudara en 2026, y el caso sigue. Si lleva aquí dos años o más, dígalo, y pida a su familia que traiga sus pruebas.
detained-lawyer = Pida un abogado. Tiene derecho a un abogado, pero en los casos de inmigración el gobierno no lo paga. Pida la lista de servicios legales gratuitos.
detained-lawyer-say = Quiero hablar con un abogado.
detained-sign = No firme ningún papel que no entienda, sobre todo si habla de "salida voluntaria" (voluntary departure) o "deportación estipulada" (stipulated removal). Firmar puede significar renunciar a su derecho a ver a un juez y aceptar salir de los Estados Unidos.
detained-sign-say = No voy a firmar nada sin un abogado.
detained-consulate = Puede pedir a ICE que avise al consulado de su país que usted está detenido, o decidir no hacerlo. Pero para algunos países ICE debe avisar al consulado aunque usted no quiera: por ejemplo China (incluidos Hong Kong y Macao, pero no los pasaportes de Taiwán), Rusia, Ucrania, Bielorrusia, Uzbekistán, Polonia, Jamaica, Guyana, Trinidad y Tobago, Nigeria, Ghana, Filipinas, Argelia, Túnez, Kuwait y Costa Rica. Si le tiene miedo a su gobierno, dígaselo enseguida a su abogado.
detained-phone = Memorice el número de teléfono de un familiar y de un abogado. Los agentes pueden quitarle el teléfono cuando lo arrestan; por lo general necesitan una orden para revisar lo que contiene.
detained-release-heading = Salir: fianza y habeas
detained-bond = Pregunte a su abogado por la fianza: salir pagando mientras sigue su caso. En 2025 la junta de apelaciones de inmigración dijo que quienes entraron sin inspección no pueden recibir fianza de un juez de inmigración. En abril de 2026 el tribunal federal de apelaciones de Nueva York decidió que las personas arrestadas dentro del país todavía pueden pedir una audiencia de fianza; la Corte Suprema aceptó decidir la cuestión.
detained-habeas = Un abogado también puede pedir a un tribunal federal que ordene su liberación (una petición de "habeas"). Se presenta donde usted está detenido, así que debe presentarse rápido, antes de que lo trasladen fuera de Nueva York.
detained-fed-plaza-heading = Si lo retienen en 26 Federal Plaza
detained-fed-plaza = Un tribunal federal ordenó a ICE dar a las personas retenidas en 26 Federal Plaza por 12 horas o más al menos 50 pies cuadrados de espacio cada una, una colchoneta limpia, jabón y otros productos de higiene, comidas, sus medicinas y una llamada gratuita y privada con su abogado dentro de las 24 horas. Si no se cumple, avise a su abogado.
detained-city-heading = Bajo custodia del NYPD o en una cárcel de la ciudad

## Scenario: arrested in a criminal case

criminal-title = Arrestado por la policía en un caso penal
criminal-intro = Cualquier arresto puede llegar a las autoridades de inmigración. Proteja su caso de inmigración desde el principio.
criminal-heading = Lo que debe saber
criminal-fingerprints = Cada arresto del NYPD envía sus huellas digitales al FBI, que las comparte con el Departamento de Seguridad Nacional. ICE puede enterarse de cualquier arresto, incluso de uno que termina sin condena.
criminal-tell-lawyer = Dígale a su abogado defensor que usted no es ciudadano de los EE. UU. Antes de declararse culpable de cualquier cosa, aunque sea una falta pequeña, pida consejo sobre lo que significa para su caso de inmigración: su abogado debe decirle si un acuerdo de culpabilidad pone en riesgo que lo deporten.
criminal-laken-riley = Una ley federal de 2025 (la Ley Laken Riley) dice que ICE debe detener a las personas que entraron sin ser admitidas y que solo están acusadas o arrestadas por robo, hurto en tiendas, allanamiento o agresión a un policía, aunque no haya condena.

## Scenario: visas, airports and travel

travel-title = Visas, aeropuertos y viajes
travel-intro = Algunas reglas son distintas si tiene una visa, y cuando viaja.
travel-heading = Qué es distinto
travel-border = En los aeropuertos y los cruces de frontera, cuando llega del extranjero, los oficiales pueden interrogarlo y revisar su equipaje y su teléfono sin orden. Si su estatus no es seguro, hable con un abogado antes de viajar al extranjero.

## Situación: filmar

filming-title = Filmar y grabar
filming-intro = En Nueva York usted tiene derecho a grabar a la policía y a otros agentes, siempre que no interfiera.
filming-heading = Su derecho a grabar
filming-right = La ley de Nueva York le da derecho a grabar a los agentes mientras trabajan, con video, fotos, sonido o notas escritas, y a quedarse con su grabación y su teléfono, si no está arrestado. Esto cubre claramente al NYPD. Con agentes federales como ICE, filmar en público está ampliamente protegido, pero ningún tribunal de apelaciones de Nueva York lo ha decidido de forma directa.
filming-distance = Manténgase a una distancia segura. No toque a los agentes y no se ponga en su camino. Retírese si se lo piden. El derecho a grabar no permite interferir físicamente.
filming-what = Grabe las placas (insignias) de los agentes, los uniformes, los vehículos, las matrículas y lo que pasa. Diga en voz alta la fecha, la hora y el lugar.
filming-places = No se permite grabar en las audiencias del tribunal de inmigración, y los edificios federales limitan las filmaciones adentro. Filme desde lugares públicos afuera.
filming-interfered = Si un policía le impide grabar, o le quita o le rompe el teléfono, la ley de Nueva York puede permitirle demandar. Demandar a agentes federales es mucho más difícil. Avise a un abogado; también puede denunciarlo ante la Fiscalía General de Nueva York (vea Obtener ayuda).
filming-care-heading = Tenga cuidado
filming-share = Piense antes de publicar: un video puede mostrar la cara de las personas arrestadas. Compártalo primero con su familia o su abogado.
filming-no-doxxing = No publique la dirección de la casa de los agentes ni otros datos privados: publicarlos para amenazar o intimidar es un delito federal.

## Situación: prepararse

prepare-title = Prepare un plan familiar
prepare-intro = Un plan hecho hoy protege mejor a su familia mañana.
prepare-plan-heading = Su plan
prepare-children = Decida quién va a cuidar a sus hijos si lo detienen. Un padre o una madre puede firmar un formulario que permite a un adulto de confianza tomar decisiones escolares y médicas por un niño hasta por 12 meses. Si dura más de 30 días debe notarizarse, y termina si el padre o la madre muere o pierde la capacidad. No entrega la custodia.
prepare-standby = Un padre o una madre también puede nombrar un tutor de reserva (standby guardian), ante dos testigos, que puede cuidar a los niños durante 60 días después de un arresto, una detención o una deportación por inmigración, y luego debe acudir al Tribunal Sucesorio (Surrogate's Court). Un abogado o un grupo de ayuda legal puede ayudarle a elegir.
prepare-numbers = Memorice los números de teléfono de un familiar y de un abogado o una organización de ayuda legal. Asegúrese de que su familia también los sepa.
prepare-documents = Guarde los papeles importantes (actas de nacimiento, pasaportes, papeles de inmigración y del tribunal) en un lugar seguro al que pueda llegar una persona de confianza, y guarde copias. Si tiene 18 años o más, lleve la prueba de su registro, como una green card, un permiso de trabajo o un I-94: la ley lo exige.
prepare-two-years = Reúna papeles que muestren que ha vivido en los EE. UU. dos años o más, mes por mes: contratos de alquiler, talones de pago, declaraciones de impuestos, facturas de servicios, registros bancarios, médicos y escolares. Guarde copias donde su familia pueda encontrarlas rápido: si lo detienen, pueden llevárselas a su abogado.
prepare-address = Si se muda, avise al DHS dentro de 10 días (Formulario AR-11), y si tiene un caso, avise también al tribunal de inmigración (Formulario EOIR-33). Los avisos de audiencia llegan a la última dirección registrada.
prepare-card = Lleve una tarjeta de derechos. Puede dársela a los agentes en vez de hablar.

## Situación: después de un encuentro

after-title = Después de un encuentro
after-intro = Lo que usted escriba ahora puede ayudar a un abogado después.
after-heading = Qué hacer después
after-write = Escriba lo que pasó en cuanto pueda: la fecha, la hora y el lugar; nombres y números de placa (insignia); la agencia; vehículos y matrículas; lo que se dijo y se hizo; y los nombres y teléfonos de los testigos.
after-lawyer = Hable con un abogado o con una organización de ayuda legal. No firme nada antes de hacerlo.
after-court-arrest = Si arrestaron a alguien cuando iba a un tribunal de Nueva York, estaba allí o salía, avise a un abogado: la ley de Nueva York puede darle derecho a reclamar.
after-recording = Guarde copias de los videos o fotos en un lugar seguro, y una segunda copia en otro lugar. La ley de Nueva York dice que usted puede quedarse con su grabación. Si un agente se la quita, avise a un abogado.
after-report = Puede denunciar lo que hicieron los agentes federales ante la Fiscalía General de Nueva York, con fotos o videos si los tiene (vea Obtener ayuda).

## Tarjeta para la puerta: frente (en el idioma de quien la lleva)

card-dont-open = No abra la puerta.
card-ask-warrant = Pida una orden firmada por un juez. Pida que la pasen por debajo de la puerta.
card-silent = Usted tiene derecho a guardar silencio. Si tiene miedo de volver a su país, dígalo.
card-no-sign = No firme nada sin un abogado.
card-calm = Mantenga la calma. No corra, no se resista, no mienta.
card-show = Muestre el reverso de esta tarjeta por una ventana o por debajo de la puerta. No abra la puerta para mostrarla.

## Tarjeta para la puerta: reverso (se lee a los agentes en inglés; esta es la traducción)

card-back-silent = Estoy ejerciendo mi derecho a guardar silencio.
card-back-no-search = No doy mi consentimiento para un registro.
card-back-no-entry = No doy mi consentimiento para que entren.
card-back-no-sign = No voy a firmar nada sin un abogado.
card-back-slide-warrant = Por favor, pasen cualquier orden por debajo de la puerta.

## Revisión de la orden: consejos

advice-door-keep-closed = Mantenga la puerta cerrada. No tiene que abrirla para hablar con los agentes ni para ver un papel.
advice-door-ask-slide-paper = Pídales que pasen el papel por debajo de la puerta o que lo muestren en una ventana.
advice-say-no-consent = Diga: "I do not consent to your entry" (No doy mi consentimiento para que entren).
advice-stay-silent = Usted tiene derecho a guardar silencio. Puede decir: "I am exercising my right to remain silent" (Estoy ejerciendo mi derecho a guardar silencio). Si tiene miedo de volver a su país, dígalo.
advice-do-not-resist = No se resista, aunque entren. No corra. Mantenga la calma.
advice-write-down = Escriba los nombres, los números de placa (insignia), la agencia, la hora, lo que pasó y los nombres de los testigos.
advice-call-lawyer = Llame a un abogado o a una línea de ayuda legal. No firme nada sin un abogado.
advice-admin-warrant-no-entry = Este papel por sí solo no permite que los agentes entren a su casa sin su consentimiento.
advice-judicial-arrest-warrant-limited = Una orden de arresto de un juez puede permitir a los agentes entrar en la casa de la persona nombrada en ella, si tienen motivos para creer que esa persona está adentro. No les permite entrar en la casa de otra persona: para eso necesitan una orden de registro.
advice-search-warrant-check-scope = Una orden de registro permite registrar el lugar que nombra, dentro de sus fechas y horas.
advice-i205-contested = ICE afirma que una Orden de Expulsión (Formulario I-205) le permite entrar a la fuerza en la casa de una persona con una orden final de expulsión. Los tribunales no lo han resuelto, y un juez federal declaró inconstitucional una entrada así. No dé su consentimiento y no se resista físicamente.
advice-check-signed-by-judge = Revise quién la firmó: debe ser un juez de un tribunal, no un oficial de inmigración ni un juez de inmigración.
advice-check-name-address = Revise que nombre a la persona correcta y su dirección exacta.
advice-check-dates = Revise las fechas. Una orden de registro federal debe usarse dentro de { $federal-days } días, una de Nueva York dentro de { $state-days } días, y de día, salvo que la orden diga otra cosa.
advice-unknown-what-to-look-for = Amparo no pudo saber qué papel es este. Fíjese en quién lo emitió y quién lo firmó: el nombre de un tribunal arriba y el cargo de un juez debajo de la firma. Los formularios de ICE (I-200, I-205, I-247A) los firman oficiales de inmigración. Una orden de un tribunal puede nombrar a ICE o al DHS como la agencia que la pidió; eso solo no la convierte en un formulario de ICE.
advice-not-named-person = Parece que este papel no lo nombra a usted.
advice-not-this-address = Parece que esta orden no nombra esta dirección. Una orden de registro solo permite registrar el lugar que describe. Si los agentes entran de todos modos, no se resista: un tribunal decide después si fue legal.
advice-expired = Parece que ya pasó el último día para usar esta orden. Puede que ya no permita un registro, pero no se resista: lo decide un tribunal.
advice-outside-hours = Parece que esta orden no permite un registro a esta hora. Puede que ahora no lo permita, pero no se resista: lo decide un tribunal.
advice-detainer-not-for-entry = Una solicitud de detención (detainer) de ICE (Formulario I-247A) es una petición a una cárcel o a la policía. No da ningún poder para entrar en una casa.
advice-application-not-a-warrant = Esto es una solicitud de orden de registro (AO 106): la petición jurada de un agente a un juez. No es una orden y no permite que nadie entre, aunque tenga la firma de un juez. Pídales que pasen la orden misma por debajo de la puerta.
advice-named-person-lives-here = Una orden de arresto de un juez permite a los agentes entrar en la casa donde vive la persona nombrada, si tienen motivos para creer que está adentro. Si esa persona no vive aquí, necesitan una orden de registro para entrar. Puede decirlo a través de la puerta cerrada.
advice-court-decides = Un juez firmó esta orden. Aunque parezca vencida, fuera de su horario o para otra dirección, no se resista: puede que el papel se haya leído mal, y solo un tribunal puede decidir si les permitía entrar. Diga que no da su consentimiento y avise a un abogado.
advice-check-removal-order = Para saber si alguien en su casa tiene una orden de expulsión, llame a la línea automática de la corte de inmigración, 1-800-898-7180 (inglés y español, de día y de noche), con su número A. No muestra todas las órdenes, como una expulsión en la frontera, así que consulte también a un abogado.

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = ¿Qué está impreso arriba del todo?
check-q-heading-hint = El nombre de un tribunal o de una agencia, a menudo en mayúsculas.
check-q-title = ¿Cuál es el título, en letras grandes?
check-q-form = ¿Hay un número de formulario en una esquina?
check-q-form-hint = A menudo abajo a la izquierda, como I-200 o AO 442.
check-q-signer = ¿Qué cargo está impreso debajo de la firma?
check-q-signer-hint = Junto al nombre impreso o debajo de él, bajo la línea de la firma.
check-q-name = ¿De quién es el nombre que aparece?
check-q-address = ¿Qué dirección aparece?
check-q-dates = Fechas impresas, si las ve
check-q-issued = Fecha de emisión o de firma
check-q-execute-by = Fecha de "Execute on or before" (ejecutar a más tardar)
check-q-signed = ¿Está firmado?
check-other = Otra cosa:
check-cannot-read = No puedo leerlo
check-none = No hay
check-yes = Sí
check-no = No
check-not-sure = No sé
check-name-mine = Mi nombre
check-name-other = El nombre de otra persona
check-address-here = Esta dirección
check-address-other = Otra dirección
check-gloss-federal-court = un tribunal federal
check-gloss-state-court = un tribunal del estado de Nueva York
check-gloss-city-court = un tribunal de la Ciudad de Nueva York
check-gloss-immigration-agency = la agencia de inmigración
check-gloss-immigration-court = la corte de inmigración, no un tribunal de justicia
check-gloss-court-judge = un juez de un tribunal
check-gloss-clerk = personal del tribunal, no un juez
check-gloss-immigration-officer = un oficial de ICE, no un juez
check-gloss-immigration-judge = no es un juez de un tribunal
check-cli-how = Escriba el número de su respuesta y pulse Enter. Pulse solo Enter para saltar una pregunta.
check-cli-your-name = Su nombre, para ver si el papel lo nombra (Enter para saltar)
check-cli-your-address = La dirección de esta casa (Enter para saltar)

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = Hablar por mí
speak-hint = Las frases para decir a los agentes, en letra grande. Su teléfono puede decirlas en inglés.
speak-intro = Muestre al agente la frase en inglés, o léala en voz alta.
speak-tap = Toque una frase: su teléfono la dice en inglés.
speak-play = Decirla en inglés
speak-previous = Anterior
speak-next = Siguiente
speak-why = ¿Por qué?
