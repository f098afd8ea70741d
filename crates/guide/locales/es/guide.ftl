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
dont-label = No haga esto
sources-label = Fuentes
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
door-card-title = Si los agentes llegan a su puerta
door-card-back-title = Para los agentes
door-card-check-title = Cómo revisar una orden judicial

## Los diez puntos clave

kp-judicial-warrant = Para entrar sin permiso a una casa, a una escuela o a la zona privada de un lugar de trabajo, los agentes necesitan una orden firmada por un juez. Un papel de ICE firmado por un oficial de ICE (como el Formulario I-200 o I-205) no es una orden de un juez.
kp-judicial-warrant-say = Por favor, pase la orden por debajo de la puerta.
kp-agents-may-lie = Los agentes pueden mentir. Pueden decir que son "policía" o que solo quieren hablar. Pregunte quiénes son y para qué agencia trabajan.
kp-agents-may-lie-say = ¿Quiénes son ustedes? ¿De qué agencia son?
kp-remain-silent = Usted tiene derecho a guardar silencio. No tiene que decir dónde nació, cómo llegó a los Estados Unidos ni cuál es su situación migratoria.
kp-remain-silent-say = Estoy ejerciendo mi derecho a guardar silencio.
kp-free-to-go = Pregunte: "¿Me puedo ir?". Si la respuesta es sí, váyase con calma. Si la respuesta es no, quédese donde está y guarde silencio.
kp-free-to-go-say = ¿Me puedo ir?
kp-film = Usted puede filmar o grabar a los agentes, siempre que no interfiera con lo que hacen. Manténgase a una distancia segura.
kp-stay-calm = Mantenga la calma. Deje sus manos donde los agentes puedan verlas.
kp-do-not-run = No corra. Correr puede usarse como motivo para detenerlo o arrestarlo.
kp-do-not-resist = No se resista, aunque crea que los agentes están violando la ley. No empuje ni toque a un agente. Diga que no está de acuerdo y hable con un abogado después.
kp-do-not-resist-say = No doy mi consentimiento.
kp-do-not-lie = No mienta y no muestre documentos falsos. Si no quiere contestar, mejor guarde silencio.
kp-do-not-obstruct = No bloquee a los agentes ni se ponga en su camino, aunque sea para ayudar a otra persona. Puede observar, grabar y decirle a la gente sus derechos desde una distancia segura.

## Situación: en casa

home-title = En casa: agentes en la puerta
home-intro = ICE suele venir temprano por la mañana. Usted no tiene que abrir la puerta. Hable con la puerta cerrada.
home-door-heading = Si los agentes tocan a la puerta
home-dont-open = No abra la puerta. Puede hablar a través de la puerta o de una ventana. Si la abre, los agentes pueden entrar a la fuerza o decir después que usted los dejó entrar.
home-dont-open-say = No doy mi consentimiento para que entren.
home-ask-warrant = Pregunte si tienen una orden firmada por un juez. Pídales que la pasen por debajo de la puerta o que la muestren en una ventana. No tiene que abrir la puerta para verla.
home-ask-warrant-say = Por favor, pase la orden por debajo de la puerta.
home-check-warrant = Revise el papel. Una orden de un juez viene de un tribunal (por ejemplo "United States District Court" o un tribunal de Nueva York) y está firmada por un juez. Un papel que dice "Department of Homeland Security" o "Immigration and Customs Enforcement", o que tiene un número de formulario como I-200 o I-205, está firmado por un oficial de ICE, no por un juez. Un juez de inmigración no es un juez de un tribunal para este fin.
home-check-warrant-dont = No abra la puerta solo porque el papel dice "Warrant" (orden).
home-warrant-scope = Una orden de arresto de un juez permite a los agentes entrar en la casa de la persona nombrada en ella, si tienen motivos para creer que esa persona está adentro. Para entrar en la casa de otra persona necesitan una orden de registro. Una orden de registro solo permite registrar el lugar que nombra, y solo dentro de sus fechas y horas.
home-i205 = Desde mayo de 2025, ICE afirma que una Orden de Expulsión (Formulario I-205), firmada por un oficial de ICE y no por un juez, permite a sus agentes entrar a la fuerza en una casa. Esta afirmación está en disputa y la ley no está resuelta. No abra la puerta y diga que no da su consentimiento. Si entran a la fuerza, no se resista.
home-i205-dont = No sostenga la puerta para que no la abran ni bloquee a los agentes.
home-inside-heading = Si los agentes entran
home-exceptions = Hay excepciones limitadas, como una emergencia real. Si los agentes entran de todos modos, no se resista: un tribunal puede decidir después si la entrada fue legal.
home-no-search = Diga claramente que no da su consentimiento para un registro. No se resista y no los bloquee.
home-no-search-say = No doy mi consentimiento para un registro.
home-watch = Observe y recuerde: nombres, números de placa, la agencia, qué registraron y qué se llevaron. Escríbalo en cuanto pueda.
home-sign-nothing = No firme nada antes de hablar con un abogado.
home-sign-nothing-say = No voy a firmar nada sin un abogado.

## Situación: en la calle

street-title = En la calle o en el metro
street-intro = Los agentes pueden pararlo en lugares públicos. Mantenga la calma y sepa qué puede decir.
street-stopped-heading = Si los agentes lo paran
street-carry-papers = Si tiene 18 años o más y tiene papeles de inmigración válidos, como una tarjeta de residente (green card), la ley federal le exige llevarlos consigo. Si los tiene, puede mostrarlos.
street-carry-papers-dont = Nunca lleve ni muestre papeles falsos o papeles de otra persona.
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
car-pull-over-dont = No se vaya manejando ni intente escapar.
car-passengers = Los pasajeros también tienen derecho a guardar silencio. Un pasajero puede preguntar si se puede ir.
car-passengers-say = ¿Me puedo ir?
car-no-search = No tiene que aceptar que registren el carro. Dígalo claramente, pero no los detenga físicamente.
car-no-search-say = No doy mi consentimiento para un registro.

## Situación: en el trabajo

work-title = En el trabajo
work-intro = Los agentes pueden ir a los lugares de trabajo. Lo que pueden hacer depende de si el lugar está abierto al público.
work-areas-heading = Zonas públicas y privadas
work-public-areas = Los agentes pueden entrar sin orden a las zonas abiertas al público, como el salón de una tienda o de un restaurante.
work-private-areas = Para entrar a zonas privadas, como oficinas, cocinas o almacenes cerrados al público, los agentes necesitan una orden o el consentimiento del dueño o del gerente. El dueño o el gerente puede decir que no.
work-private-areas-say = No doy mi consentimiento para que entren a las zonas privadas.
work-raid-heading = Durante una redada
work-raid = Los agentes pueden hacerle preguntas a todos. Que le hagan preguntas no significa que esté arrestado. Puede guardar silencio y preguntar si se puede ir.

## Situación: ir al tribunal

court-title = Ir al tribunal
court-intro = La ley de Nueva York protege del arresto civil a las personas que van a un tribunal de Nueva York.
court-ny-heading = Tribunales de Nueva York
court-protected = Si usted va a un caso en un tribunal de Nueva York, está allí o sale de allí, como parte o testigo, o como familiar o miembro del hogar de una parte o testigo, está protegido del arresto civil. Esto incluye el arresto por ICE por un asunto civil de inmigración. La excepción: un juez firmó una orden para ese arresto.
court-remedy = Arrestar a alguien en contra de esta ley es desacato al tribunal. La persona, y la Fiscal General de Nueva York, pueden ir a un tribunal para detenerlo. Avise a un abogado si le pasa a usted o a alguien que conoce.
court-immigration-heading = Tribunal de inmigración
court-immigration = Los tribunales de inmigración son federales, no son tribunales de Nueva York, y un juez de inmigración trabaja para el Departamento de Justicia de los EE. UU. Es posible que esta ley de Nueva York no lo proteja allí. Hable con un abogado antes de su audiencia.
court-do-not-miss = No falte a su audiencia en el tribunal de inmigración. Si no va, el juez puede ordenar su deportación sin usted.

## Situación: en la escuela

school-title = En la escuela y la guardería
school-intro = Todos los niños pueden ir a la escuela pública. Planifique para que sus hijos estén seguros si usted no puede recogerlos.
school-heading = Los derechos de su hijo
school-right-to-attend = Todo niño en Nueva York puede ir a la escuela pública, sin importar su situación migratoria ni la de sus padres.
school-city-property = La ley de la ciudad dice que la ciudad no puede dejar entrar a ICE ni a otra policía que no sea de la ciudad a las zonas no públicas de propiedades de la ciudad sin una orden de un juez. Hay algunas excepciones, como una emergencia. Pregunte en la escuela de su hijo cuál es su plan.
school-plan-heading = Planifique
school-pickup = Dé a la escuela una lista actualizada de adultos de confianza que pueden recoger a sus hijos. Un padre o una madre también puede firmar un formulario que permite a un adulto de confianza tomar decisiones escolares y médicas por un niño.

## Situación: servicios de la ciudad

city-title = Servicios de la ciudad: albergues, hospitales, oficinas de la ciudad
city-intro = La Ciudad de Nueva York limita cómo sus agencias ayudan al control de inmigración. Usted puede usar los servicios de la ciudad.
city-heading = Qué dice la ley de la ciudad
city-confidential = Los empleados de la ciudad preguntan por la situación migratoria solo cuando la necesitan para decidir si usted califica para un servicio, o cuando la ley lo exige. Deben mantenerla confidencial.
city-police-victims = Los agentes del NYPD no preguntan por la situación migratoria de las víctimas de delitos, los testigos ni las personas que piden ayuda.
city-non-public = En las oficinas de la ciudad, y donde se dan servicios contratados por la ciudad, como muchos albergues, el personal no puede dejar entrar a ICE a las zonas no públicas sin una orden de un juez, salvo en algunos casos, como una emergencia.
city-no-resources = Las agencias de la ciudad no pueden usar su personal, su tiempo ni sus edificios para el control civil de inmigración, ni poner a sus agentes bajo el control federal de inmigración (los llamados acuerdos 287(g)).
city-jail = Si lo tiene el NYPD o está en una cárcel de la ciudad, la ciudad puede retenerlo para ICE, o avisar a ICE cuándo lo van a soltar, solo si ICE trae una orden de un juez y usted fue condenado por ciertos delitos graves o puede estar en una lista de vigilancia de terrorismo. El NYPD tiene una excepción limitada que permite retener a una persona hasta 48 horas sin orden.
city-limits-heading = Límites de estas leyes
city-no-private-suit = Estas leyes de la ciudad no le dan derecho a demandar a la ciudad si no se cumplen. Si cree que una agencia de la ciudad ayudó a ICE cuando no debía, avise a un abogado o a una organización de ayuda legal.

## Situación: si lo detienen

detained-title = Si lo detienen o lo arrestan
detained-intro = Si los agentes lo arrestan, mantenga la calma. Lo que usted dice y lo que firma importa.
detained-heading = Protéjase
detained-lawyer = Pida un abogado. Tiene derecho a un abogado, pero en los casos de inmigración el gobierno no lo paga. Pida la lista de servicios legales gratuitos.
detained-lawyer-say = Quiero hablar con un abogado.
detained-sign = No firme ningún papel que no entienda, sobre todo si habla de "salida voluntaria" (voluntary departure) o "deportación estipulada" (stipulated removal). Firmar puede significar renunciar a su derecho a ver a un juez y aceptar salir de los Estados Unidos.
detained-sign-say = No voy a firmar nada sin un abogado.
detained-consulate = Si no es ciudadano de los EE. UU., puede pedir comunicarse con el consulado de su país. No está obligado: si le tiene miedo al gobierno de su país, puede decidir no hacerlo.
detained-phone = Memorice el número de teléfono de un familiar y de un abogado. Los agentes pueden quitarle el teléfono.
detained-city-heading = Bajo custodia del NYPD o en una cárcel de la ciudad

## Situación: filmar

filming-title = Filmar y grabar
filming-intro = En Nueva York usted tiene derecho a grabar a la policía y a otros agentes, siempre que no interfiera.
filming-heading = Su derecho a grabar
filming-right = Si no está arrestado, tiene derecho a grabar a los agentes mientras trabajan, con video, fotos, sonido o notas escritas, y a quedarse con su grabación y su teléfono.
filming-distance = Manténgase a una distancia segura. No toque a los agentes y no se ponga en su camino. Retírese si se lo piden. El derecho a grabar no permite interferir físicamente.
filming-what = Grabe placas, uniformes, vehículos, matrículas y lo que pasa. Diga en voz alta la fecha, la hora y el lugar.
filming-interfered = Si un agente le impide grabar, o le quita o le rompe el teléfono, la ley de Nueva York puede permitirle demandar. Avise a un abogado.
filming-care-heading = Tenga cuidado
filming-share = Piense antes de publicar: un video puede mostrar la cara de las personas arrestadas. Compártalo primero con su familia o su abogado.

## Situación: prepararse

prepare-title = Prepare un plan familiar
prepare-intro = Un plan hecho hoy protege mejor a su familia mañana.
prepare-plan-heading = Su plan
prepare-children = Decida quién va a recoger y cuidar a sus hijos si lo detienen. Un padre o una madre puede firmar un formulario que permite a un adulto de confianza tomar decisiones escolares y médicas por un niño hasta por un año. No entrega la custodia.
prepare-numbers = Memorice los números de teléfono de un familiar y de un abogado o una organización de ayuda legal. Asegúrese de que su familia también los sepa.
prepare-documents = Guarde los papeles importantes (actas de nacimiento, pasaportes, papeles de inmigración y del tribunal) en un lugar seguro al que pueda llegar una persona de confianza, y guarde copias. Si tiene 18 años o más y tiene una green card u otros papeles de registro, lleve el original consigo: la ley lo exige.
prepare-card = Lleve una tarjeta de derechos. Puede dársela a los agentes en vez de hablar.

## Situación: después de un encuentro

after-title = Después de un encuentro
after-intro = Lo que usted escriba ahora puede ayudar a un abogado después.
after-heading = Qué hacer después
after-write = Escriba lo que pasó en cuanto pueda: la fecha, la hora y el lugar; nombres y números de placa; la agencia; vehículos y matrículas; lo que se dijo y se hizo; y los nombres y teléfonos de los testigos.
after-lawyer = Hable con un abogado o con una organización de ayuda legal. No firme nada antes de hacerlo.
after-court-arrest = Si arrestaron a alguien cuando iba a un tribunal de Nueva York, estaba allí o salía, avise a un abogado: la ley de Nueva York puede darle derecho a reclamar.
after-recording = Guarde copias de los videos o fotos en un lugar seguro. Usted tiene derecho a quedarse con su grabación.

## Tarjeta para la puerta: frente (en el idioma de quien la lleva)

card-dont-open = No abra la puerta.
card-ask-warrant = Pida una orden firmada por un juez. Pida que la pasen por debajo de la puerta.
card-silent = Usted tiene derecho a guardar silencio.
card-no-sign = No firme nada sin un abogado.
card-calm = Mantenga la calma. No corra, no se resista, no mienta.
card-show = Muestre a los agentes el reverso de esta tarjeta.

## Tarjeta para la puerta: reverso (se lee a los agentes en inglés; esta es la traducción)

card-back-silent = Estoy ejerciendo mi derecho a guardar silencio.
card-back-no-search = No doy mi consentimiento para un registro.
card-back-no-entry = No doy mi consentimiento para que entren.
card-back-no-sign = No voy a firmar nada sin un abogado.
card-back-slide-warrant = Por favor, pase cualquier orden por debajo de la puerta.

## Revisión de la orden: consejos

advice-door-keep-closed = Mantenga la puerta cerrada. No tiene que abrirla para hablar con los agentes ni para ver un papel.
advice-door-ask-slide-paper = Pídales que pasen el papel por debajo de la puerta o que lo muestren en una ventana.
advice-say-no-consent = Diga: "No doy mi consentimiento para que entren".
advice-stay-silent = Usted tiene derecho a guardar silencio. Puede decir: "Estoy ejerciendo mi derecho a guardar silencio".
advice-do-not-resist = No se resista, aunque entren. No corra. Mantenga la calma.
advice-write-down = Escriba los nombres, los números de placa, la agencia, la hora, lo que pasó y los nombres de los testigos.
advice-call-lawyer = Llame a un abogado o a una línea de ayuda legal. No firme nada sin un abogado.
advice-admin-warrant-no-entry = Este papel por sí solo no permite que los agentes entren a su casa sin su consentimiento.
advice-judicial-arrest-warrant-limited = Una orden de arresto de un juez puede permitir a los agentes entrar en la casa de la persona nombrada en ella, si tienen motivos para creer que esa persona está adentro. No les permite entrar en la casa de otra persona: para eso necesitan una orden de registro.
advice-search-warrant-check-scope = Una orden de registro permite registrar el lugar que nombra, dentro de sus fechas y horas.
advice-i205-contested = Desde mayo de 2025, ICE afirma que una Orden de Expulsión (Formulario I-205) le permite entrar a la fuerza en una casa. Esto no está resuelto legalmente. No dé su consentimiento y no se resista físicamente.
advice-check-signed-by-judge = Revise quién la firmó: debe ser un juez de un tribunal, no un oficial de inmigración ni un juez de inmigración.
advice-check-name-address = Revise que nombre a la persona correcta y su dirección exacta.
advice-check-dates = Revise las fechas. Una orden de registro federal debe usarse dentro de { $federal-days } días, una de Nueva York dentro de { $state-days } días, y de día, salvo que la orden diga otra cosa.
advice-unknown-what-to-look-for = Amparo no pudo saber qué papel es este. Busque arriba el nombre de un tribunal y la firma de un juez. "Department of Homeland Security", "Immigration and Customs Enforcement" o un número de formulario como I-200, I-205 o I-247A significa que es un papel de ICE.
advice-not-named-person = Parece que este papel no lo nombra a usted.
advice-not-this-address = Parece que este papel no nombra esta dirección.
advice-expired = Parece que ya pasó el último día en que se podía usar esta orden.
advice-outside-hours = Parece que esta orden se está usando fuera de las horas que permite.
advice-detainer-not-for-entry = Una orden de retención de ICE (Formulario I-247A) es una solicitud a una cárcel o a la policía. No da ningún poder para entrar en una casa.
