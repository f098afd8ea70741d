### Amparo: a quién llamar ("Obtener ayuda") y qué cambió en la ley. Español.
### Traducción asistida por máquina, aún no revisada por un hablante nativo.

## La página "Obtener ayuda"

help-title = Obtener ayuda
help-intro = Ayuda gratuita en la ciudad de Nueva York. Cada número y cada dirección de abajo se comprobó en la página de la propia organización o en una página del gobierno, en la fecha indicada. Usted los llama directamente: Amparo no llama a nadie y no guarda nada.
help-call = Llamar al { $phone }
help-website = Sitio web
help-email = Correo electrónico
help-hours = Horario
help-languages = Idiomas: { $list }
help-interpreters = Intérpretes para muchos idiomas.
help-checked = Comprobado el { $date }: { $source }
help-block-title = Quién puede ayudar
help-all = Todos los teléfonos y la ayuda
help-door-line = ¿Agentes en su casa, o se llevaron a alguien? Llame al { $phone }: lo comunicarán con una oficina de la ciudad que puede ayudar.
help-card-line = Ayuda gratuita: { $phone }
help-changes-link = Qué cambió en la ley (2025-2026)

## La página "Qué cambió"

changes-title = Qué cambió en la ley
changes-intro = La ley cambió rápido en 2025 y 2026. Aquí está cada cambio, del más reciente al más antiguo: qué tan seguro es y qué dice Amparo al respecto. Esto es información legal, no asesoría legal: consulte a un abogado sobre su propio caso.
changes-effective = Vigente desde el { $date }.
changes-source = Fuente
changes-case = Caso
changes-touches = Lo que dice Amparo al respecto
changes-status-settled = Confirmado en una fuente oficial.
changes-status-contested = Los tribunales o las agencias no están de acuerdo sobre esto.
changes-status-in-litigation = Los tribunales todavía lo están decidiendo.
changes-status-reported = Informado por la prensa; no confirmado en una fuente oficial.
changes-kind-statute = Ley federal
changes-kind-local-law = Ley de la ciudad
changes-kind-state-law = Ley del estado
changes-kind-rule = Regla federal
changes-kind-court-order = Decisión de un tribunal
changes-kind-agency-memo = Memorando de una agencia
changes-kind-agency-policy = Política de una agencia
changes-kind-executive-order = Orden ejecutiva
changes-kind-lawsuit = Demanda presentada
changes-kind-bill = Propuesta (no es ley)

## A quién llamar: para qué sirve cada uno

contact-nyc-311-for = Si hay agentes en su casa o detuvieron a alguien, llame al 311. Lo comunicarán con una oficina de la ciudad que puede ayudar, y puede dejar un mensaje.
contact-moia-legal-hotline-for = La ayuda legal de inmigración gratuita y confidencial de la Ciudad: una evaluación y una remisión a un abogado gratuito. También puede llamar al 311 y decir "immigration legal".
contact-moia-legal-hotline-hours = De lunes a viernes, de 9 a. m. a 6 p. m.
contact-moia-legal-hotline-note = Una grabación le pregunta su idioma; en horario de atención contesta una persona.
contact-nys-new-americans-hotline-for = La línea gratuita y anónima del Estado de Nueva York: información y remisiones a abogados de inmigración gratuitos, también para personas en detención migratoria. También puede denunciar fraudes de inmigración.
contact-nys-new-americans-hotline-hours = De lunes a viernes, de 8 a. m. a 8 p. m.; sábado y domingo, de 9 a. m. a 5 p. m.
contact-nys-new-americans-hotline-note = En más de 200 idiomas.
contact-nyifup-legal-aid-for = Abogados gratuitos para personas detenidas por ICE cuyo caso en la corte de inmigración está en la ciudad de Nueva York, y para residentes de la ciudad cuyo caso está en Nueva Jersey.
contact-nyifup-legal-aid-note = Legal Aid pide a las familias que escriban a su equipo de NYIFUP a esta dirección.
contact-nyifup-bds-for = Uno de los tres proveedores de NYIFUP: abogados gratuitos para neoyorquinos detenidos que enfrentan la deportación.
contact-nyifup-bds-note = Este es el número de la oficina principal de Brooklyn Defenders.
contact-nyifup-bronx-defenders-for = Uno de los tres proveedores de NYIFUP: abogados gratuitos para neoyorquinos detenidos que enfrentan la deportación.
contact-nyifup-bronx-defenders-note = No se pudo confirmar un número de teléfono en su propia página: use el sitio web.
contact-eoir-case-line-for = La línea automática de la corte de inmigración: la fecha y el lugar de la próxima audiencia, y la decisión del juez. Marque el número A de 9 dígitos (ponga un 0 delante si tiene 8). Úsela para saber si alguien en su casa tiene una orden de deportación.
contact-eoir-case-line-hours = De día y de noche, todos los días.
contact-eoir-case-line-note = No tiene información sobre fianzas ni mociones. Las órdenes de deportación acelerada pueden no aparecer.
contact-ice-detainee-locator-for = Encontrar a una persona detenida por ICE: busque con el número A y el país de nacimiento, o con el nombre exacto y el país de nacimiento.
contact-ice-detainee-locator-note = Es el sitio web del propio ICE. No muestra a menores de 18 años, y a las personas liberadas solo durante 60 días. El nombre debe coincidir exactamente. Un arresto nuevo o un traslado pueden tardar en aparecer.
contact-nyag-reporting-form-for = Envíe a la Fiscalía General de Nueva York fotos, videos o una descripción de acciones de inmigración que vio. Sus datos de contacto son opcionales.
contact-nyag-reporting-form-note = Enviarlo no es una demanda, y la oficina no da asesoría legal. Lo que envíe puede usarse en informes públicos o en un tribunal. Esta dirección viene de noticias y de los registros de otro proyecto; si no se abre, vaya a ag.ny.gov.

## Qué cambió: un resumen por cambio

change-er-designation-2025 = Desde el 21 de enero de 2025, los agentes pueden usar la deportación acelerada (sin juez) en todo el país contra una persona que no fue admitida ni recibió parole y que no puede demostrar dos años en EE. UU. Si tiene miedo de regresar, dígalo claramente.
change-er-parole-stay-2025 = Un tribunal federal impidió que DHS ponga en deportación acelerada a personas que entraron a EE. UU. con parole por un puerto de entrada. El caso sigue.
change-er-stay-2025 = Una jueza federal en Washington, D.C. suspendió el uso de la deportación acelerada en todo el país. La suspensión terminó en 2026.
change-er-stay-reversed-2026 = El tribunal de apelaciones en Washington, D.C. levantó esa suspensión, alrededor de junio de 2026. La deportación acelerada puede usarse otra vez en cualquier lugar de EE. UU. contra quien no pueda demostrar dos años aquí.
change-laken-riley-act-2025 = Una nueva ley federal: una persona que entró sin papeles y es arrestada o acusada de robo, hurto en tiendas, robo con allanamiento o agresión a un agente debe quedar detenida por ICE, sin fianza. Basta con el arresto.
change-yajure-hurtado-2025 = La junta de apelaciones de inmigración decidió que quienes entraron sin inspección no pueden tener una audiencia de fianza ante un juez de inmigración. Los abogados ahora piden la libertad a los tribunales federales (hábeas corpus). No todos los tribunales federales están de acuerdo con la junta.
change-bond-second-circuit-2026 = El tribunal federal de apelaciones de Nueva York decidió que las personas que entraron sin inspección y fueron arrestadas dentro del país pueden pedir fianza a un juez de inmigración. La Corte Suprema aceptó decidir la cuestión en octubre de 2026: pregunte a un abogado qué se aplica ahora.
change-registration-rule-2025 = Desde el 11 de abril de 2025, las personas que nunca se registraron ante el gobierno deben registrarse (Formulario G-325R) y llevar la prueba. Muchos papeles ya cuentan, como un permiso de trabajo, un I-94 o una Notificación de Comparecencia. Hable con un abogado antes de registrarse o de decidir no hacerlo.
change-registration-stay-denied-2025 = Un juez federal se negó a bloquear la regla de registro. Los grupos que demandaron no demostraron que podían presentar el caso; el juez no decidió si la regla es legal.
change-protected-areas-rescinded-2025 = El gobierno federal terminó su política de mantener a los agentes de inmigración lejos de escuelas, hospitales y lugares de culto. Las reglas de la ciudad de Nueva York todavía limitan quién puede dejar entrar a los agentes en las áreas no públicas de los edificios de la ciudad.
change-ice-memo-i205-2025 = Un memorando secreto de ICE, hecho público en enero de 2026, dice a los agentes que una orden de deportación de ICE (Formulario I-205), que ningún juez firma, les permite entrar por la fuerza en la casa de una persona con una orden final de deportación. Se está pidiendo a los tribunales que decidan si esto es legal.
change-gibson-ruling-2026 = Un juez federal de Minnesota decidió que los agentes de ICE que entraron por la fuerza en la casa de un hombre con solo un I-205 violaron la Constitución. La decisión cubre ese caso.
change-i205-suit-2026 = Grupos de Massachusetts demandaron para impedir que ICE use el memorando para entrar en casas sin una orden de un juez.
change-ice-courthouse-guidance-2025 = ICE emitió instrucciones que llevaron a más arrestos dentro y cerca de los tribunales.
change-poca-suit-2025 = El Departamento de Justicia de EE. UU. demandó a Nueva York para anular la ley del estado que protege de arrestos civiles a quienes van a los tribunales de Nueva York.
change-court-arrests-ruling-2025 = Un juez federal de Manhattan se negó a detener los arrestos de ICE en las cortes de inmigración de la ciudad de Nueva York. Siga yendo a sus audiencias, con un abogado si puede.
change-poca-upheld-2025 = Un tribunal federal confirmó la ley Protect Our Courts Act de Nueva York: no hay arrestos civiles de inmigración en los tribunales del Estado de Nueva York sin una orden de un juez. No cubre las cortes federales de inmigración.
change-court-arrests-stayed-2026 = Un juez federal de Manhattan detuvo los arrestos rutinarios de ICE dentro y alrededor de las cortes de inmigración de 26 Federal Plaza, 201 Varick Street y 290 Broadway, salvo en casos excepcionales. Pregunte a un abogado qué se aplica antes de su audiencia.
change-court-arrests-nationwide-2026 = Un juez federal de California ordenó a ICE detener los arrestos en las cortes de inmigración de todo el país. Puede ser apelado: pregunte a un abogado qué se aplica el día de su audiencia.
change-fed-plaza-tro-2025 = Un juez federal ordenó a ICE mejorar sus celdas de espera en 26 Federal Plaza: espacio suficiente, ropa de cama limpia, artículos de higiene y llamadas privadas con abogados.
change-fed-plaza-pi-2025 = La orden del tribunal sigue: toda persona retenida 12 horas o más en 26 Federal Plaza debe tener espacio, ropa de cama limpia, comida, medicinas y una llamada gratuita y privada con un abogado dentro de 24 horas.
change-doj-v-nyc-2025 = El Departamento de Justicia de EE. UU. demandó a la ciudad de Nueva York para anular sus leyes santuario. No se encontró ninguna decisión que las anule.
change-eo-50-voided-2025 = Un tribunal de Nueva York anuló la orden del alcalde que habría permitido a ICE abrir una oficina en Rikers Island.
change-safer-sanctuary-act-2026 = El Concejo Municipal aprobó la Safer Sanctuary Act a pesar del veto del alcalde: los límites de la ciudad ahora cubren a cualquier agente federal que haga control migratorio civil, no solo a ICE, y ningún agente federal de inmigración puede tener una oficina en propiedad de las cárceles, como Rikers.
change-eo-13-2026 = La Orden Ejecutiva 13 del alcalde: las agencias de la ciudad no pueden dar información a las autoridades federales de inmigración salvo que la ley lo exija, y los agentes federales no pueden usar los estacionamientos de la ciudad para preparar o procesar arrestos. Cada agencia nombra un responsable de privacidad y revisa sus reglas.
change-doc-audit-2026 = El Departamento de Corrección aceptó una auditoría completa de cómo cumple la ley sobre las solicitudes de detención (detainers) de ICE.
change-nyag-reporting-form-2025 = La Fiscalía General de Nueva York abrió un formulario en línea donde puede enviar fotos, videos o una descripción de acciones de inmigración que vio.
change-local-cops-local-crimes-2026 = La gobernadora propuso una ley estatal para terminar los acuerdos de la policía local con ICE (287(g)), mantener a ICE fuera de las cárceles locales y exigir una orden de un juez en lugares sensibles, incluidas las casas. Es una propuesta, no una ley.
change-nyag-observers-2026 = Personal de la Fiscalía General de Nueva York, con chalecos identificados, ahora observa y registra las acciones federales de inmigración, sin interferir.
change-ny-budget-immigration-2026 = La Asamblea del Estado aprobó un proyecto de presupuesto con límites a la ayuda a ICE y el derecho a demandar a agentes federales que violen sus derechos. No se confirmó si se convirtió en ley.
change-locate-act-2026 = Un proyecto de ley en el Congreso exigiría actualizar el localizador de detenidos de ICE en 12 horas. No es ley.
change-tps-haiti-syria-2026 = La Corte Suprema permitió que el gobierno termine el Estatus de Protección Temporal (TPS) para personas de Haití y Siria. Si tiene TPS, hable con un abogado sobre sus opciones.
