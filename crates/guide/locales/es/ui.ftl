### Amparo, aplicación web: palabras de la interfaz. Español.
### Traducción asistida por máquina, aún no revisada por un hablante nativo.

## Navegación

ui-choose-language = Elija su idioma
ui-door-now = ¿Hay agentes en la puerta ahora mismo?
ui-door-now-hint = Qué hacer y qué decir, en una sola pantalla.
ui-check-warrant = Revisar una orden o un papel
ui-check-warrant-hint = ¿La firmó un juez? ¿Qué permite?
ui-detainer = Revisión de solicitudes de detención (detainers) (para abogados y personal de la ciudad)
ui-detainer-note = Esta herramienta es para abogados y personal de la ciudad. Está en inglés, el idioma de la ley.
ui-privacy = Privacidad
ui-languages = Idiomas
ui-read-aloud = Leer en voz alta
ui-all-scenarios = Todas las situaciones
ui-offline-note = Después de abrirlas una vez, estas páginas también funcionan sin conexión en este aparato.

## Revisar una orden

ui-warrant-title = Revisar una orden o un papel
ui-warrant-intro = No abra la puerta. Pídales que pasen el papel por debajo de la puerta o que lo muestren en la ventana. Luego conteste según lo que ve, o suba una foto.
ui-warrant-your-name = Su nombre (opcional, no se guarda)
ui-warrant-your-address = Esta dirección (opcional, no se guarda)
ui-warrant-upload = O suba una foto o un PDF del papel
ui-warrant-upload-note = El archivo se lee en la memoria y nunca se guarda.
ui-check = Revisar
ui-back = Volver

## Privacidad

ui-privacy-title = Privacidad
ui-privacy-1 = Amparo no guarda nada sobre usted. No usa cookies, no mide visitas y no carga nada de ningún otro sitio web.
ui-privacy-2 = Una foto, un PDF o un texto que usted envía para revisar un papel se lee en la memoria para responderle y luego se descarta. Nunca se escribe en el disco ni en un registro.
ui-privacy-3 = El servidor no guarda ningún registro de quién entró ni de lo que vio: ni direcciones, ni páginas, ni contenido.
ui-privacy-4 = Después de su primera visita, su teléfono puede guardar las páginas de este idioma para abrirlas sin conexión. Se quedan en su aparato.
ui-privacy-5 = Amparo es software libre. Cualquier persona puede usarlo en su propia computadora y revisar lo que hace.

## Errores

ui-not-found = Esta página no existe.
ui-error = Algo salió mal. No se guardó nada de lo que usted envió.
ui-warrant-unavailable = Esta revisión no pudo leer el papel. No se guardó nada de lo que usted envió.
ui-warrant-top-bottom = Solo se leyeron la parte de arriba y la de abajo de la foto: lo suficiente para saber qué papel es. Escriba su nombre y su dirección para que se revisen los nombres que aparecen en él.
ui-doc-empty = El archivo está vacío. Envíe una foto o un PDF del papel, o responda las preguntas.
ui-doc-too-large = El archivo o la foto es demasiado grande. Envíe una foto más pequeña.
ui-doc-unreadable = Amparo no puede leer este archivo. Envíe una foto (JPEG, PNG, WebP) o un PDF, o responda las preguntas.
ui-doc-pdf = Amparo no puede leer este PDF: tiene contraseña o es un escaneo. Envíe una foto del papel, o responda las preguntas.
ui-doc-failed = No se pudo leer el papel, o tardó demasiado. Inténtelo de nuevo con una foto más clara, o responda las preguntas.

## Resultado de la revisión

ui-appears = Este papel parece ser:
ui-kind-federal_arrest_warrant = Una orden de arresto de un tribunal federal (formulario AO 442)
ui-kind-federal_search_warrant = Una orden de registro de un tribunal federal (formulario AO 93)
ui-kind-state_arrest_warrant = Una orden de arresto de un tribunal de Nueva York
ui-kind-state_search_warrant = Una orden de registro de un tribunal de Nueva York
ui-kind-ice_arrest_warrant = Una orden de arresto de ICE (Formulario I-200), firmada por un oficial de inmigración
ui-kind-ice_removal_warrant = Una Orden de Expulsión de ICE (Formulario I-205), firmada por un oficial de inmigración
ui-kind-ice_detainer = Una solicitud de detención (detainer) de ICE (Formulario I-247A): una petición a una cárcel o a la policía
ui-kind-ice_custody_order = Una orden de ICE para detener o dejar en libertad a una persona (Formulario I-203)
ui-kind-notice_to_appear = Un Aviso de Comparecencia (Notice to Appear, Formulario I-862): inicia un caso en el tribunal de inmigración
ui-kind-immigration_court_order = Una orden de un juez de inmigración (no es una orden judicial de arresto ni de registro)
ui-kind-administrative_subpoena = Una citación del Departamento de Seguridad Nacional
ui-kind-superior_court_arrest_warrant = Una orden de arresto de la Corte Suprema o de una Corte de Condado de Nueva York (por una acusación formal)
ui-kind-search_warrant_application = Una solicitud de orden de registro (formulario AO 106): una petición a un juez, no una orden
ui-kind-unknown = Amparo no pudo saber qué papel es este.
ui-judicial-yes = Es una orden de un juez: la firmó un juez de un tribunal.
ui-judicial-no = NO es una orden judicial: no es una orden firmada por un juez de un tribunal.
ui-judicial-unknown = Amparo no puede saber si un juez de un tribunal firmó este papel.
ui-entry-yes = Esta orden puede permitir a los agentes entrar y registrar el lugar que nombra, dentro de sus fechas y horas.
ui-entry-limited = Esta orden puede permitir a los agentes entrar en la casa de la persona nombrada, si creen que esa persona está adentro. No les permite entrar en la casa de otra persona.
ui-entry-no = Por sí solo, este papel NO permite que los agentes entren a su casa sin su consentimiento.
ui-entry-contested = ICE dice que este papel le permite entrar a la fuerza. Los tribunales no lo han resuelto. No dé su consentimiento y no se resista físicamente.
ui-entry-doubtful = Lo firmó un juez, pero puede que ahora no permita entrar aquí: su dirección, fechas u horario no parecen coincidir. No se resista: lo decide un tribunal.
ui-entry-unknown = Amparo no puede saber qué permite este papel.
ui-what-to-do = Qué hacer y qué decir
ui-evidence = Lo que Amparo leyó en el papel
ui-how-decided = Cómo se decidió esto
ui-check-another = Revisar otro papel

## Tarjetas para imprimir

ui-cards-title = Tarjetas para imprimir
ui-cards-intro = El papel funciona cuando los teléfonos no. Imprímalas y guárdelas junto a la puerta o en su billetera.
ui-cards-wallet = Tarjetas para la billetera (una hoja de 10; imprima por los dos lados)
ui-cards-door = Letrero para la puerta
ui-cards-large = Letra grande
ui-cards-letter = Carta
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = Revisado en este teléfono — no se envió nada.
ui-ran-server = Revisado por el servidor — no se guardó.
ui-ondevice-title = Revisar en este teléfono
ui-ondevice-intro = La revisión puede hacerse en este mismo teléfono: lo que escriba, elija o fotografíe no se envía a ninguna parte. Una vez guardada, funciona sin conexión.
ui-ondevice-size = Tamaño, se descarga una vez (texto escrito y preguntas; luego también leer fotos):
ui-ondevice-keep = Guardar para usar sin conexión
ui-ondevice-kept = Guardado en este teléfono: la revisión funciona sin conexión.
ui-ondevice-text = El texto del papel (escríbalo o péguelo)
ui-ondevice-check = Revisar en este teléfono
ui-ondevice-photo = Foto del papel (se lee en este teléfono)
ui-ondevice-reading = Leyendo en este teléfono…
ui-ondevice-failed = La revisión no pudo hacerse en este teléfono. Use la revisión del servidor, más abajo.
