### Amparo : qui appeler (« Obtenir de l'aide ») et ce qui a changé dans la loi. Français.
### Traduction assistée par machine, pas encore relue par un locuteur natif.

## La page « Obtenir de l'aide »

help-title = Obtenir de l'aide
help-intro = Aide gratuite à New York. Chaque numéro et chaque adresse ci-dessous ont été vérifiés sur la page de l'organisme lui-même ou sur une page officielle, à la date indiquée. Vous les appelez directement : Amparo n'appelle personne et ne garde rien.
help-call = Appeler le { $phone }
help-website = Site web
help-email = Courriel
help-hours = Horaires
help-languages = Langues : { $list }
help-interpreters = Interprètes pour de nombreuses langues.
help-checked = Vérifié le { $date } : { $source }
help-block-title = Qui peut aider
help-all = Tous les numéros et l'aide
help-door-line = Des agents chez vous, ou quelqu'un a été emmené ? Appelez le { $phone } : on vous passera un service de la Ville qui peut aider.
help-card-line = Aide gratuite : { $phone }
help-changes-link = Ce qui a changé dans la loi (2025-2026)

## La page « Ce qui a changé »

changes-title = Ce qui a changé dans la loi
changes-intro = La loi a changé vite en 2025 et 2026. Voici chaque changement, du plus récent au plus ancien : à quel point il est sûr, et ce qu'Amparo en dit. Ce sont des informations juridiques, pas un conseil juridique : demandez à un avocat pour votre propre cas.
changes-effective = En vigueur depuis le { $date }.
changes-source = Source
changes-case = Affaire
changes-touches = Ce qu'Amparo en dit
changes-status-settled = Confirmé dans une source officielle.
changes-status-contested = Les tribunaux ou les administrations ne sont pas d'accord sur ce point.
changes-status-in-litigation = Les tribunaux n'ont pas encore tranché.
changes-status-reported = Rapporté par la presse ; pas confirmé dans une source officielle.
changes-kind-statute = Loi fédérale
changes-kind-local-law = Loi de la Ville
changes-kind-state-law = Loi de l'État
changes-kind-rule = Règlement fédéral
changes-kind-court-order = Décision de justice
changes-kind-agency-memo = Note d'une administration
changes-kind-agency-policy = Politique d'une administration
changes-kind-executive-order = Décret
changes-kind-lawsuit = Procès intenté
changes-kind-bill = Proposition (pas une loi)

## Qui appeler : à quoi sert chacun

contact-nyc-311-for = Si des agents sont chez vous ou si quelqu'un a été arrêté, appelez le 311. On vous passera un service de la Ville qui peut aider, et vous pouvez laisser un message.
contact-moia-legal-hotline-for = L'aide juridique gratuite et confidentielle de la Ville en matière d'immigration : un premier examen et l'orientation vers un avocat gratuit. Vous pouvez aussi appeler le 311 et dire « immigration legal ».
contact-moia-legal-hotline-hours = Du lundi au vendredi, de 9 h à 18 h.
contact-moia-legal-hotline-note = Un message enregistré vous demande votre langue ; aux heures d'ouverture, une personne répond.
contact-nys-new-americans-hotline-for = La ligne gratuite et anonyme de l'État de New York : informations et orientation vers des avocats d'immigration gratuits, y compris pour les personnes en détention. Vous pouvez aussi signaler une fraude à l'immigration.
contact-nys-new-americans-hotline-hours = Du lundi au vendredi, de 8 h à 20 h ; samedi et dimanche, de 9 h à 17 h.
contact-nys-new-americans-hotline-note = Dans plus de 200 langues.
contact-nyifup-legal-aid-for = Des avocats gratuits pour les personnes détenues par l'ICE dont l'affaire devant le tribunal de l'immigration est à New York, et pour les habitants de New York dont l'affaire est dans le New Jersey.
contact-nyifup-legal-aid-note = Legal Aid demande aux familles d'écrire à son équipe NYIFUP à cette adresse.
contact-nyifup-bds-for = L'un des trois prestataires du NYIFUP : des avocats gratuits pour les New-Yorkais détenus menacés d'expulsion.
contact-nyifup-bds-note = C'est le numéro du bureau principal de Brooklyn Defenders.
contact-nyifup-bronx-defenders-for = L'un des trois prestataires du NYIFUP : des avocats gratuits pour les New-Yorkais détenus menacés d'expulsion.
contact-nyifup-bronx-defenders-note = Aucun numéro de téléphone n'a pu être confirmé sur sa propre page : utilisez le site web.
contact-eoir-case-line-for = La ligne automatique du tribunal de l'immigration : la date et le lieu de la prochaine audience, et la décision du juge. Tapez le numéro A à 9 chiffres (mettez un 0 devant un numéro à 8 chiffres). Elle permet de savoir si quelqu'un chez vous a un ordre d'expulsion.
contact-eoir-case-line-hours = Jour et nuit, tous les jours.
contact-eoir-case-line-note = Elle ne dit rien des cautions ni des requêtes. Les ordres d'expulsion accélérée peuvent ne pas y figurer.
contact-ice-detainee-locator-for = Trouver une personne détenue par l'ICE : cherchez avec le numéro A et le pays de naissance, ou avec le nom exact et le pays de naissance.
contact-ice-detainee-locator-note = C'est le site de l'ICE lui-même. Il ne montre personne de moins de 18 ans, et les personnes libérées seulement pendant 60 jours. Le nom doit correspondre exactement. Une nouvelle arrestation ou un transfert peuvent mettre du temps à apparaître.
contact-nyag-reporting-form-for = Envoyez au bureau de la procureure générale de New York des photos, des vidéos ou une description d'une opération d'immigration que vous avez vue. Vos coordonnées sont facultatives.
contact-nyag-reporting-form-note = L'envoyer n'est pas un procès, et le bureau ne donne pas de conseil juridique. Ce que vous envoyez peut servir dans des rapports publics ou devant un tribunal. Cette adresse vient de la presse et des registres d'un autre projet ; si elle ne s'ouvre pas, allez sur ag.ny.gov.

## Ce qui a changé : un résumé par changement

change-er-designation-2025 = Depuis le 21 janvier 2025, les agents peuvent utiliser l'expulsion accélérée (sans juge) partout dans le pays contre une personne qui n'a été ni admise ni mise en liberté conditionnelle (parole) et qui ne peut pas prouver deux ans aux États-Unis. Si vous avez peur de retourner dans votre pays, dites-le clairement.
change-er-parole-stay-2025 = Un tribunal fédéral a empêché le DHS de placer en expulsion accélérée les personnes entrées aux États-Unis sous parole à un point d'entrée. L'affaire continue.
change-er-stay-2025 = Une juge fédérale à Washington a suspendu l'usage de l'expulsion accélérée dans tout le pays. Cette suspension a pris fin en 2026.
change-er-stay-reversed-2026 = La cour d'appel de Washington a levé cette suspension, vers juin 2026. L'expulsion accélérée peut de nouveau être utilisée partout aux États-Unis contre les personnes qui ne peuvent pas prouver deux ans ici.
change-laken-riley-act-2025 = Une nouvelle loi fédérale : une personne entrée sans papiers et arrêtée ou inculpée pour vol, vol à l'étalage, cambriolage ou agression d'un agent doit être détenue par l'ICE, sans caution. Une arrestation suffit.
change-yajure-hurtado-2025 = La commission d'appel de l'immigration a décidé que les personnes entrées sans inspection ne peuvent pas obtenir une audience de caution devant un juge de l'immigration. Les avocats demandent maintenant la libération aux tribunaux fédéraux (habeas corpus). Les tribunaux fédéraux ne sont pas tous d'accord avec cette commission.
change-bond-second-circuit-2026 = La cour d'appel fédérale de New York a jugé que les personnes entrées sans inspection et arrêtées à l'intérieur du pays peuvent demander une caution à un juge de l'immigration. La Cour suprême a accepté de trancher la question en octobre 2026 : demandez à un avocat ce qui s'applique maintenant.
change-registration-rule-2025 = Depuis le 11 avril 2025, les personnes qui ne se sont jamais enregistrées auprès du gouvernement doivent le faire (formulaire G-325R) et porter la preuve sur elles. Beaucoup de papiers comptent déjà, comme un permis de travail, un I-94 ou un avis de comparution (Notice to Appear). Parlez à un avocat avant de vous enregistrer, ou de décider de ne pas le faire.
change-registration-stay-denied-2025 = Un juge fédéral a refusé de bloquer la règle d'enregistrement. Les associations qui ont porté plainte n'avaient pas montré qu'elles pouvaient agir ; le juge n'a pas dit si la règle est légale.
change-protected-areas-rescinded-2025 = Le gouvernement fédéral a mis fin à sa politique qui tenait les agents d'immigration à l'écart des écoles, des hôpitaux et des lieux de culte. Les règles de la Ville de New York limitent encore qui peut laisser entrer des agents dans les zones non publiques des bâtiments de la Ville.
change-ice-memo-i205-2025 = Une note secrète de l'ICE, rendue publique en janvier 2026, dit aux agents qu'un mandat d'expulsion de l'ICE (formulaire I-205), qu'aucun juge ne signe, leur permet d'entrer de force chez une personne qui a un ordre d'expulsion définitif. Les tribunaux sont saisis de la question de sa légalité.
change-gibson-ruling-2026 = Un juge fédéral du Minnesota a jugé que des agents de l'ICE entrés de force chez un homme avec seulement un I-205 ont violé la Constitution. La décision concerne ce seul cas.
change-i205-suit-2026 = Des associations du Massachusetts ont porté plainte pour empêcher l'ICE d'utiliser cette note pour entrer dans les logements sans mandat d'un juge.
change-ice-courthouse-guidance-2025 = L'ICE a donné des consignes qui ont entraîné plus d'arrestations dans les tribunaux et autour.
change-poca-suit-2025 = Le ministère américain de la Justice a attaqué l'État de New York pour faire annuler la loi qui protège des arrestations civiles les personnes qui se rendent dans les tribunaux de New York.
change-court-arrests-ruling-2025 = Un juge fédéral de Manhattan a refusé d'arrêter les arrestations de l'ICE dans les tribunaux de l'immigration de New York. Continuez à aller à vos audiences, avec un avocat si possible.
change-poca-upheld-2025 = Un tribunal fédéral a confirmé la loi Protect Our Courts Act de New York : pas d'arrestation civile pour l'immigration dans les tribunaux de l'État de New York sans mandat ou ordonnance d'un juge. Elle ne couvre pas les tribunaux fédéraux de l'immigration.
change-court-arrests-stayed-2026 = Un juge fédéral de Manhattan a arrêté les arrestations ordinaires de l'ICE dans et autour des tribunaux de l'immigration du 26 Federal Plaza, du 201 Varick Street et du 290 Broadway, sauf cas exceptionnels. Demandez à un avocat ce qui s'applique avant votre audience.
change-court-arrests-nationwide-2026 = Un juge fédéral de Californie a ordonné à l'ICE d'arrêter les arrestations dans les tribunaux de l'immigration de tout le pays. Un appel est possible : demandez à un avocat ce qui s'applique le jour de votre audience.
change-fed-plaza-tro-2025 = Un juge fédéral a ordonné à l'ICE d'améliorer ses cellules d'attente du 26 Federal Plaza : assez d'espace, une literie propre, des produits d'hygiène et des appels confidentiels avec des avocats.
change-fed-plaza-pi-2025 = L'ordonnance du tribunal continue : toute personne retenue 12 heures ou plus au 26 Federal Plaza doit avoir de l'espace, une literie propre, des repas, ses médicaments, et un appel gratuit et confidentiel avec un avocat dans les 24 heures.
change-doj-v-nyc-2025 = Le ministère américain de la Justice a attaqué la Ville de New York pour faire annuler ses lois « sanctuaire ». Aucune décision les annulant n'a été trouvée.
change-eo-50-voided-2025 = Un tribunal de New York a annulé le décret du maire qui aurait permis à l'ICE d'ouvrir un bureau sur Rikers Island.
change-safer-sanctuary-act-2026 = Le conseil municipal a adopté la Safer Sanctuary Act malgré le veto du maire : les limites de la Ville couvrent désormais tout agent fédéral chargé de l'immigration civile, pas seulement l'ICE, et aucun agent fédéral de l'immigration ne peut avoir de bureau dans les prisons, comme Rikers.
change-eo-13-2026 = Le décret 13 du maire : les services de la Ville ne peuvent pas donner d'informations aux autorités fédérales de l'immigration sauf si la loi l'exige, et les agents fédéraux ne peuvent pas utiliser les parkings de la Ville pour préparer ou traiter des arrestations. Chaque service nomme un responsable de la vie privée et revoit ses règles.
change-doc-audit-2026 = L'administration pénitentiaire de la Ville a accepté un audit complet de la façon dont elle applique la loi sur les demandes de détention (detainers) de l'ICE.
change-nyag-reporting-form-2025 = Le bureau de la procureure générale de New York a ouvert un formulaire en ligne pour envoyer des photos, des vidéos ou une description d'opérations d'immigration que vous avez vues.
change-local-cops-local-crimes-2026 = La gouverneure a proposé une loi de l'État pour mettre fin aux accords entre la police locale et l'ICE (287(g)), garder l'ICE hors des prisons locales et exiger un mandat d'un juge dans les lieux sensibles, domiciles compris. C'est une proposition, pas une loi.
change-nyag-observers-2026 = Des agents du bureau de la procureure générale de New York, en gilets identifiés, observent et filment désormais les opérations fédérales d'immigration, sans intervenir.
change-ny-budget-immigration-2026 = L'Assemblée de l'État a adopté un projet de budget qui limite l'aide à l'ICE et donne le droit de poursuivre les agents fédéraux qui violent vos droits. Il n'a pas été confirmé qu'il soit devenu loi.
change-locate-act-2026 = Une proposition de loi au Congrès obligerait à mettre à jour le localisateur de détenus de l'ICE en 12 heures. Ce n'est pas une loi.
change-tps-haiti-syria-2026 = La Cour suprême a laissé le gouvernement mettre fin au statut de protection temporaire (TPS) des personnes d'Haïti et de Syrie. Si vous avez le TPS, parlez à un avocat de vos options.
