### Amparo: herramientas para antes y después (plan familiar, tarjeta "si me detienen", alguien fue detenido,
### prueba de dos años, registro de un encuentro). Español.
### Traducción asistida por máquina, aún no revisada por un hablante nativo.

## Común

tools-made = Hecho con Amparo el { $date }. Amparo no guardó ninguna copia.
tools-yes = Sí
tools-no = No
tools-status-reported = Lo dicen defensores o la prensa; no lo confirma una fuente oficial.
tools-status-contested = Los tribunales o las agencias no están de acuerdo sobre esto.
tools-status-in-litigation = Los tribunales todavía están decidiendo esto.
tools-sources = Fuentes

## Etiquetas

tools-field-name = Nombre legal completo, como en los papeles de inmigración
tools-field-card-name = Mi nombre como en mis papeles
tools-field-a-number = Número A (A-number)
tools-field-a-number-hint = 8 o 9 dígitos. Está en la Notificación de Comparecencia (Notice to Appear), la tarjeta verde o el permiso de trabajo.
tools-field-country-of-birth = País de nacimiento
tools-field-date-of-birth = Fecha de nacimiento
tools-field-phone = Teléfono
tools-field-email = Correo electrónico
tools-field-school = Escuela
tools-field-pickup = Quién lo recoge
tools-field-caregiver = Quién lo cuida
tools-field-child-medical = Necesidades médicas
tools-field-contact-name = Nombre
tools-field-relation = Relación
tools-field-lawyer-name = Abogado
tools-field-organization = Organización
tools-field-medical = Necesidades médicas
tools-field-medications = Medicinas
tools-field-papers-location = Dónde están los papeles
tools-field-money = Dinero y alquiler
tools-field-call = Llamar a
tools-field-hours = Horario
tools-field-checked = Verificado el
tools-field-as-of = Contado hacia atrás desde
tools-field-window = Los dos años
tools-field-earliest = Primer papel
tools-field-latest = Último papel
tools-field-covered-days = Días que muestran los papeles
tools-field-from = Desde
tools-field-to = Hasta
tools-field-date = Fecha (un día)
tools-field-days = Días
tools-field-where-gap = Dónde
tools-field-month = Mes
tools-field-shown = Lo muestra un papel
tools-field-papers = Papeles
tools-field-number = N.º
tools-field-kind = Tipo de papel
tools-field-dates = Fechas
tools-field-description = Descripción
tools-field-kept-at = Dónde se guarda
tools-field-when = Cuándo
tools-field-where = Dónde
tools-field-agency = Agencia
tools-field-written-by = Escrito por
tools-field-what-happened = Qué pasó
tools-field-paper-shown = ¿Mostraron un papel?
tools-field-paper = El papel
tools-field-warrant-check = Lo que dijo la revisión de órdenes de Amparo
tools-field-injuries = Heridas
tools-field-recordings = Fotos y videos, dónde se guardan
tools-field-officer-name = Nombre del agente
tools-field-badge = Número de placa
tools-field-plate = Placa del vehículo
tools-field-state = Estado
tools-field-witness-name = Testigo

## Frases para decir

tools-say-heading = Frases para decir en inglés
tools-say-lawyer = Quiero hablar con mi abogado.
tools-say-sign = No voy a firmar nada sin mi abogado.
tools-say-fear = Tengo miedo de regresar a mi país.

## El plan familiar

tools-plan-title = Plan familiar
tools-plan-intro = Guarde este plan donde su familia lo pueda encontrar y dé una copia a las personas nombradas en él. Actualícelo cuando algo cambie.
tools-plan-person-heading = Para encontrarme
tools-plan-children-heading = Los niños
tools-plan-contacts-heading = Contactos de emergencia
tools-plan-lawyer-heading = El abogado
tools-plan-more-heading = Salud, papeles y dinero

tools-gol-title = Opción 1: una persona en relación parental
tools-gol-intro = Un papel firmado que permite que una persona de su elección tome decisiones escolares y médicas por sus hijos mientras usted no pueda. No entrega la custodia.
tools-gol-writing = Está por escrito, con su nombre, el nombre de la persona elegida y el nombre de cada niño.
tools-gol-signed = Usted lo firma y escribe la fecha en que firma.
tools-gol-over-30 = Si es por más de 30 días, también debe tener:
tools-gol-addresses = Su dirección y teléfono, y los de la persona elegida.
tools-gol-birth-dates = La fecha de nacimiento de cada niño.
tools-gol-start = El día en que empieza, o el hecho que lo hace empezar (por ejemplo: "si me detienen").
tools-gol-consent = El acuerdo por escrito de la persona elegida.
tools-gol-no-order = Una declaración de que ninguna orden judicial le impide hacerlo.
tools-gol-notary = Su firma ante un notario.
tools-gol-limits = Lo que debe saber:
tools-gol-twelve-months = Dura 12 meses como máximo. Si no dice un plazo, dura 30 días, o 12 meses si tiene todo lo anterior.
tools-gol-both-parents = Si un tribunal ordenó que ambos padres decidan juntos sobre la escuela o la salud, los dos deben estar de acuerdo.
tools-gol-ends = Termina si usted muere o pierde la capacidad de decidir. Su propia decisión siempre va antes que la de la persona elegida.
tools-gol-no-custody = No cambia el distrito escolar de su hijo, y la persona elegida no tiene que pagar por el niño.
tools-gol-copies = Dé copias a la escuela, a los médicos y al plan de salud.

tools-sg-title = Opción 2: un tutor en espera (standby guardian)
tools-sg-intro = Una persona de su elección que pasa a ser tutora de sus hijos si inmigración lo arresta, lo detiene o lo deporta (la ley lo llama "separación administrativa"), o si usted muere o pierde la capacidad.
tools-sg-writing = Una designación por escrito nombra al tutor en espera y, si quiere, a una segunda persona por si la primera no puede.
tools-sg-witnesses = Usted la firma ante dos testigos, que también la firman. El tutor en espera no puede ser uno de ellos.
tools-sg-starts = Después de un arresto o una detención de inmigración, empieza cuando el tutor en espera tiene la prueba (por ejemplo un papel de ICE) y su designación firmada.
tools-sg-sixty-days = Desde entonces, el tutor en espera puede actuar durante 60 días, y en ese plazo debe pedir al Tribunal Sucesorio (Surrogate's Court, no el Tribunal de Familia) que lo nombre tutor.
tools-sg-parent-keeps = Usted sigue siendo el padre o la madre. Puede cambiarla o cancelarla.
tools-sg-help = La ley tiene un formulario opcional para esto. Un abogado gratuito de asistencia legal puede ayudarle a llenarlo.

tools-family-title = Además
tools-family-intro = Cosas pequeñas que ayudan en el peor día.
tools-family-school = Diga a la escuela quién puede recoger a sus hijos, en su tarjeta de contactos de emergencia.
tools-family-papers = Guarde copias de las actas de nacimiento, los pasaportes y este plan con la persona que cuidará a sus hijos.
tools-family-numbers = Todos aprenden de memoria dos números: el de un familiar y el del abogado.
tools-family-money = Aparte algo de dinero y diga a alguien de confianza cómo pagar el alquiler.
tools-family-medicine = Deje una bolsa con una semana de sus medicinas con alguien de confianza.
tools-family-presence = Si lleva más de dos años en EE. UU., reúna papeles que lo muestren y guarde copias donde su familia pueda llegar a ellas.
tools-family-both = Puede hacer las dos opciones. Pregunte a un abogado gratuito de asistencia legal cuál le conviene a su familia.

## Mensajes escritos de antemano

tools-messages-heading = Mensajes escritos de antemano
tools-messages-intro = Listos para enviar si lo detienen. No se envía nada si usted no pulsa enviar en su propio teléfono.
tools-messages-page-intro = Cada enlace abre los mensajes de texto o el correo de su teléfono con el mensaje listo. Amparo no envía nada. Guarde esta página o copie los textos en un lugar seguro.
tools-messages-sms = Abrir en mis mensajes de texto
tools-messages-mail = Abrir en mi correo
tools-msg-subject = Me detuvieron
tools-msg-detained = Inmigración me detuvo.
tools-msg-call-lawyer = Por favor llama a mi abogado { $lawyer } al { $phone }.
tools-msg-call-lawyer-no-phone = Por favor llama a mi abogado, { $lawyer }.
tools-msg-a-number = Mi número A es { $a_number }.
tools-msg-children = Por favor sigue nuestro plan familiar para los niños.
tools-msg-from = — { $name }
tools-msg-to-lawyer = Soy { $name }. Inmigración me detuvo. Por favor encuéntreme y represénteme.
tools-msg-born = Nací el { $date }.

## La tarjeta "si me detienen"

tools-card-title = Si me detienen
tools-card-back-title = A los agentes

## Alguien fue detenido

tools-taken-title = Alguien fue detenido
tools-taken-intro = Actúe en las primeras horas. Mantenga la calma, anote lo que sabe y siga estos pasos en orden.
tools-taken-search-with = Buscar con
tools-taken-find-heading = 1. Saber dónde está
tools-taken-locator = Busque en el Localizador de Detenidos en Línea de ICE, { $url }: con el número A y el país de nacimiento, o con el nombre legal completo y el país de nacimiento.
tools-taken-exact-name = Escriba el nombre exactamente como en los papeles de inmigración, con acentos y guiones. Si no aparece nada, pruebe otras formas de escribirlo y la fecha de nacimiento.
tools-taken-nine-digits = El número A tiene 9 dígitos: ponga un 0 delante de un número de 8 dígitos.
tools-taken-not-shown = Puede que todavía no muestre a la persona: los datos pueden tardar horas o días después de un arresto o un traslado. No muestra a menores de 18 años ni a personas liberadas hace más de 60 días.
tools-taken-locator-privacy = El localizador registra su dirección de internet. ICE dice que no la usa para operativos.
tools-taken-case-heading = 2. Revisar el caso
tools-taken-eoir = Llame a la línea automática de los tribunales de inmigración, { $phone }, con el número A: dice la próxima audiencia y las decisiones del juez. No dice nada sobre fianza, y las órdenes de expulsión acelerada no aparecen.
tools-taken-help-heading = 3. Pedir ayuda en la ciudad de Nueva York
tools-taken-help-pending = Las líneas de ayuda legal gratuita, cada una verificada en su fuente, están en la página "Obtener ayuda" de Amparo. Llame a una el mismo día.
tools-taken-lawyer-heading = 4. Un abogado, en las primeras horas
tools-taken-lawyer-now = Llame enseguida al abogado del plan familiar o a una línea de ayuda legal gratuita. Un abogado puede averiguar dónde está la persona, avisar a ICE que la representa y pedir que la liberen.
tools-taken-habeas = Un abogado también puede pedir a un tribunal federal que revise la detención (habeas corpus). Se presenta donde está detenida la persona, así que hay que actuar antes de un traslado fuera de Nueva York.
tools-taken-fear = Si la persona tiene miedo de regresar a su país, debe decirlo claramente. En la expulsión acelerada, un agente debe entonces enviarla a un oficial de asilo en vez de expulsarla de inmediato.
tools-taken-presence = Si lleva más de dos años en EE. UU., lleve pronto al abogado papeles que lo muestren: la persona debe probarlo para evitar la expulsión acelerada, y puede pedir tiempo para conseguir los papeles.
tools-taken-consulate-heading = 5. El consulado
tools-taken-consulate = El consulado del país de la persona puede ayudar a encontrarla y a comunicarse con ella. La persona puede decidir no contactarlo.
tools-taken-consulate-must = Para algunos países (por ejemplo China, Rusia y Polonia) ICE debe avisar al consulado aunque la persona no quiera. Si la persona teme a su gobierno, dígaselo enseguida al abogado.
tools-taken-children-heading = 6. Los niños
tools-taken-standby = Si el padre o la madre nombró un tutor en espera, esa persona puede actuar como tutora de los niños durante 60 días, y en ese plazo debe pedir al Tribunal Sucesorio (Surrogate's Court) que la nombre tutora.
tools-taken-designation = Una designación de persona en relación parental permite a esa persona tratar con la escuela y los médicos. Muéstresela.
tools-taken-ready-heading = 7. Tenga esto listo
tools-taken-ready = El nombre legal completo de la persona, su número A, fecha y país de nacimiento; dónde y cuándo la detuvieron; el plan familiar; el nombre y el número del abogado; papeles que muestren dos años en EE. UU.; sus medicinas y necesidades médicas.

## Prueba de dos años

tools-presence-title = Prueba de dos años en EE. UU.
tools-presence-intro = La expulsión acelerada permite a los agentes deportar a una persona sin juez si no puede mostrar dos años en EE. UU. Anote sus papeles con sus fechas: Amparo muestra qué meses cubren y dónde hay huecos.
tools-presence-covers = Sus papeles muestran presencia desde el { $from } hasta el { $to }, sin ningún tramo de más de { $limit } días sin un papel.
tools-presence-not-covered = Sus papeles no muestran todo el período del { $from } al { $to }: { $count ->
    [one] hay un hueco
   *[other] hay { $count } huecos
} (vea abajo).
tools-presence-not-legal = Esto muestra lo que muestran sus papeles. No es una decisión legal: decide un agente o un juez, y un abogado puede decirle cuánto valen sus papeles.
tools-presence-gaps-heading = Huecos
tools-presence-months-heading = Mes por mes
tools-presence-index-heading = Índice de papeles
tools-presence-rule-heading = Cómo se cuentan los huecos
tools-presence-rule = Un hueco es un tramo de más de { $limit } días que ningún papel cubre, o el comienzo de los dos años antes de su primer papel. Ninguna regla dice cada cuánto los papeles deben mostrar presencia; { $limit } días es la ausencia más larga que acepta la ley de inmigración en su otra regla sobre presencia continua, así que un tramo más largo es uno que un agente podría cuestionar.
tools-presence-kinds-heading = Papeles que pueden mostrar presencia
tools-presence-keep = Guarde copias en un lugar seguro al que su familia pueda llegar, y una copia en su teléfono o en su correo. Llevar papeles encima también tiene riesgos: pregunte a un abogado qué llevar. Si lo detienen, puede pedir tiempo para conseguir sus papeles o para que alguien se los traiga.
tools-month-covered = Sí
tools-month-gap = No
tools-gap-no-papers = Ningún papel
tools-gap-before-first-paper = Antes del primer papel
tools-gap-between-papers = Entre papeles
tools-gap-after-last-paper = Después del último papel
tools-kind-lease = Contrato de alquiler
tools-kind-rent_receipt = Recibo de alquiler
tools-kind-pay_stub = Talón de pago
tools-kind-tax_return = Declaración de impuestos
tools-kind-utility_bill = Factura de servicios (luz, gas, agua)
tools-kind-phone_bill = Factura de teléfono o internet
tools-kind-bank_statement = Estado de cuenta bancario
tools-kind-money_transfer = Recibo de envío de dinero
tools-kind-medical_record = Expediente médico
tools-kind-school_record = Expediente escolar (suyo o de su hijo)
tools-kind-religious_record = Constancia de un lugar de culto
tools-kind-mail = Carta dirigida a usted
tools-kind-id_card = Identificación emitida en EE. UU. (por ejemplo IDNYC)
tools-kind-court_record = Expediente judicial
tools-kind-child_birth_certificate = Acta de nacimiento de un hijo nacido en EE. UU.
tools-kind-employment_letter = Carta de un empleador
tools-kind-other = Otro papel con fecha

## El registro de un encuentro

tools-record-title = Registro de un encuentro
tools-record-intro = Escrito para un abogado. Escriba solo lo que usted mismo vio y oyó.
tools-record-officers-heading = Agentes
tools-record-vehicles-heading = Vehículos
tools-record-witnesses-heading = Testigos
tools-record-ag-heading = Para reportarlo a la Fiscal General de Nueva York
tools-record-ag-intro = El "Federal Action Reporting Form" de la Fiscal General acepta reportes de operativos de inmigración. Enviarlo es su decisión. Lo que envíe puede usarse en informes públicos y en tribunales. Si usted fue la persona arrestada, hable primero con su abogado. Estos son los campos del formulario y lo que podría copiar en ellos:
tools-ag-when = Fecha y hora
tools-ag-where = Lugar
tools-ag-description = Descripción de lo que pasó
tools-ag-media = Fotos, videos o enlaces
tools-ag-contact = Sus datos de contacto (opcional)
tools-ag-your-choice = Usted decide: déjelo vacío si prefiere.
tools-record-keep = Guarde este registro y sus videos en un lugar seguro, y dé una copia a su abogado.

## Páginas web

tools-home-heading = Antes y después
tools-plan-link-hint = Quién recoge a los niños, números, el abogado: en papel, en su idioma.
tools-card-link-hint = Nombre, número A, dos números y su abogado, con las frases para decir en inglés.
tools-taken-link-hint = Cómo encontrar a un familiar detenido y qué hacer en las primeras horas.
tools-presence-link-hint = Qué meses cubren sus papeles y dónde están los huecos.
tools-record-link-hint = Anote lo que pasó, para un abogado.
tools-see-also = Herramientas para esto
tools-plan-page-intro = Llene solo lo que quiera en el papel: solo se necesita el nombre. Después haga el plan, la tarjeta, los mensajes o la hoja para "alguien fue detenido".
tools-record-page-intro = Anótelo lo antes posible, mientras lo recuerda. Solo se necesitan cuándo, dónde y qué pasó.
tools-paper-size = Papel
tools-form-person = La persona de este plan
tools-form-child = Niño { $number }
tools-form-contact = Contacto de emergencia { $number }
tools-form-lawyer = Abogado
tools-form-more = Salud, papeles y dinero
tools-form-say-fear = Poner "Tengo miedo de regresar a mi país" en mi tarjeta
tools-form-paper = Papel { $number }
tools-form-officer = Agente { $number }
tools-form-vehicle = Vehículo { $number }
tools-form-witness = Testigo { $number }
tools-form-encounter = El encuentro
tools-form-what = Qué pasó
tools-form-taken-intro = Llene lo que sepa para imprimir esta hoja con esos datos. No se guarda nada.
tools-make-plan = Hacer el plan (PDF)
tools-make-card = Hacer la tarjeta de bolsillo (PDF)
tools-make-messages = Escribir los mensajes
tools-make-taken = Hacer la hoja "alguien fue detenido" (PDF)
tools-make-presence = Revisar mis papeles
tools-make-presence-pdf = Imprimir el índice de papeles (PDF)
tools-make-record = Hacer el registro (PDF)
tools-make-record-json = Descargar el registro para un abogado (JSON)
tools-errors-heading = Revise estos campos:
tools-privacy-heading = Qué se guarda y dónde
tools-privacy-server = Cuando pulsa un botón, lo que escribió va al servidor de Amparo, que hace su papel en la memoria y lo olvida. No se guarda nada en el servidor, no se escribe nada en un registro y no se pone ninguna cookie.
tools-privacy-paper = El papel que descarga tiene datos privados. Guárdelo donde solo lo encuentren personas de confianza.
tools-privacy-draft = En los teléfonos que lo permiten, también puede guardar un borrador solo en este teléfono, cerrado con una contraseña que usted elige. Amparo nunca lo recibe y no puede abrirlo.
tools-draft-legend = Borrador en este teléfono
tools-draft-passphrase = Contraseña (al menos 8 caracteres; si la olvida, el borrador no se podrá abrir)
tools-draft-save = Guardar el borrador en este teléfono
tools-draft-open = Abrir el borrador
tools-draft-delete = Borrar el borrador
tools-draft-saved = Guardado en este teléfono, cerrado con su contraseña.
tools-draft-opened = El borrador está abierto.
tools-draft-deleted = El borrador se borró de este teléfono.
tools-draft-wrong = Contraseña equivocada, o el borrador está dañado.
tools-draft-none = No hay ningún borrador en este teléfono.
tools-draft-short = La contraseña es demasiado corta.
tools-draft-working = Trabajando…

## Errores

tools-error-required = Esto es necesario.
tools-error-shape = Esto no tiene la forma esperada ({ $value }).
tools-error-not-a-date = "{ $value }" no es una fecha.
tools-error-not-a-date-time = "{ $value }" no es una fecha y hora.
tools-error-future-date = { $value } está en el futuro. El último día posible es { $latest }.
tools-error-too-old = { $value } es de hace demasiado tiempo.
tools-error-ends-before-start = Termina ({ $to }) antes de empezar ({ $from }).
tools-error-date-or-range = Dé una fecha, o una fecha "desde" y una "hasta".
tools-error-a-number = "{ $value }" no es un número A: tiene 8 o 9 dígitos.
tools-error-phone = "{ $value }" no es un número de teléfono: 10 dígitos en EE. UU., o + y el código del país.
tools-error-email = "{ $value }" no es una dirección de correo.
tools-error-plate = "{ $value }" no es una placa de vehículo.
tools-error-unknown = "{ $value }" no es una de las opciones.
tools-error-too-long = Es demasiado largo: { $max } caracteres como máximo.
tools-error-too-many = Demasiados: { $max } como máximo.
tools-error-control-character = Contiene un carácter que no se puede imprimir.
