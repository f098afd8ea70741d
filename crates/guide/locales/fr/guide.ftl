### Guide des droits d'Amparo : français.
### Traduction assistée par machine, pas encore relue par une personne de langue maternelle française.

## Langue et interface

language-name = Français
guide-title = Connaissez vos droits
guide-subtitle = Si des agents de l'immigration (ICE) viennent : ville de New York
key-points-heading = Les 10 points les plus importants
scenarios-heading = Situations
say-label = Ce qu'il faut dire
say-english-label = En anglais
dont-label = Attention
sources-label = Sources
legal-status-settled = Ce point n'est pas contesté.
legal-status-contested = Les tribunaux ou les administrations ne sont pas d'accord sur ce point.
legal-status-in-litigation = Les tribunaux n'ont pas encore tranché.
legal-status-reported = Rapporté par la presse ; pas encore confirmé par un texte officiel.
legal-status-case = Affaire
reviewed = Dernière vérification : { $date }
points-count =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
disclaimer = Ceci est une information juridique, pas un conseil juridique. Les lois et les pratiques changent. Pour un conseil sur votre situation, parlez à un avocat ou à une association d'aide juridique.
status-source = Texte original.
status-machine-assisted = Traduction assistée par machine, pas encore relue par une personne de langue maternelle.
status-reviewed = Traduction relue par une personne de langue maternelle.
translation-stale = Cette traduction est en cours de mise à jour. Le texte anglais dit maintenant :
translation-shares = { $current } % à jour · { $reviewed } % relu par une personne
door-card-title = Si des agents viennent à votre porte
door-card-back-title = Aux agents
door-card-check-title = Comment vérifier un mandat

## Les dix points clés

kp-judicial-warrant = Pour entrer sans autorisation dans un logement ou dans la partie privée d'un lieu de travail, les agents ont besoin d'un mandat signé par un juge. Un papier de l'ICE signé par un agent de l'ICE (comme le formulaire I-200 ou I-205) n'est pas un mandat de juge.
kp-judicial-warrant-say = Glissez le mandat sous la porte, s'il vous plaît.
kp-agents-may-lie = Les agents ont le droit de mentir. Ils peuvent dire qu'ils sont de la police locale, qu'ils cherchent quelqu'un d'autre ou qu'ils veulent seulement parler. Demandez qui ils sont et pour quelle agence ils travaillent. S'ils disent avoir un mandat, demandez à le voir.
kp-agents-may-lie-say = Qui êtes-vous ? De quelle agence êtes-vous ?
kp-remain-silent = Vous avez le droit de garder le silence. Vous n'avez pas à dire où vous êtes né, comment vous êtes venu aux États-Unis, ni quel est votre statut d'immigration. Mais si vous avez peur de retourner dans votre pays, dites-le clairement, en anglais si vous pouvez : « I am afraid to return to my country. » (J'ai peur de retourner dans mon pays.) Taire cette peur peut mener à une expulsion rapide, sans juge.
kp-remain-silent-say = J'exerce mon droit de garder le silence.
kp-free-to-go = Demandez : « Suis-je libre de partir ? » Si la réponse est oui, partez calmement. Si la réponse est non, restez où vous êtes et gardez le silence.
kp-free-to-go-say = Suis-je libre de partir ?
kp-film = Vous pouvez filmer ou enregistrer les agents dans l'espace public, à condition de ne pas entraver leur action. Restez à une distance sûre.
kp-stay-calm = Restez calme. Gardez vos mains là où les agents peuvent les voir.
kp-do-not-run = Ne courez pas. Courir peut servir de raison pour vous interpeller ou vous arrêter.
kp-do-not-resist = N'opposez aucune résistance, même si vous pensez que les agents violent la loi. Ne poussez pas et ne touchez pas un agent. Dites que vous n'êtes pas d'accord, et parlez à un avocat plus tard.
kp-do-not-resist-say = Je ne donne pas mon consentement.
kp-do-not-lie = Ne mentez pas et ne montrez pas de faux documents. Ne dites jamais que vous êtes citoyen des États-Unis si vous ne l'êtes pas : c'est un crime, et cela peut vous fermer pour toujours l'accès à un statut légal. Si vous ne voulez pas répondre, gardez plutôt le silence.
kp-do-not-obstruct = Ne bloquez pas les agents et ne vous mettez pas en travers de leur chemin, même pour aider quelqu'un, et ne cachez personne. Vous pouvez observer, filmer et rappeler leurs droits aux gens depuis une distance sûre.

## Situation : à la maison

home-title = À la maison : des agents à la porte
home-intro = L'ICE vient souvent tôt le matin. Vous n'êtes pas obligé d'ouvrir la porte. Parlez à travers la porte fermée.
home-door-heading = Si des agents frappent
home-dont-open = N'ouvrez pas la porte. Vous pouvez parler à travers la porte ou une fenêtre. Si vous ouvrez, les agents peuvent entrer, ou dire ensuite que vous les avez laissés entrer.
home-dont-open-say = Je ne consens pas à ce que vous entriez.
home-ask-warrant = Demandez s'ils ont un mandat signé par un juge. Demandez-leur de le glisser sous la porte ou de le montrer à une fenêtre. Vous n'avez pas besoin d'ouvrir la porte pour le voir.
home-ask-warrant-say = Glissez le mandat sous la porte, s'il vous plaît.
home-check-warrant = Regardez qui a émis et signé le papier. Un mandat de juge vient d'un tribunal (par exemple « United States District Court » ou un tribunal de New York) et il est signé par un juge. Les formulaires de l'ICE, comme I-200, I-205 ou I-247A, sont signés par des agents de l'immigration, pas par des juges. Un vrai mandat judiciaire peut nommer l'ICE ou le ministère de la Sécurité intérieure (Department of Homeland Security) comme l'agence qui l'a demandé : cela seul n'en fait pas un formulaire de l'ICE. Un juge de l'immigration n'est pas un juge d'un tribunal à cet égard.
home-check-warrant-dont = N'ouvrez pas la porte simplement parce que le papier porte le mot « Warrant » (mandat).
home-warrant-scope = Un mandat d'arrêt d'un juge permet aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils ont des raisons de croire qu'elle est à l'intérieur. Pour entrer chez quelqu'un d'autre, il leur faut un mandat de perquisition. Un mandat de perquisition ne permet de fouiller que le lieu qu'il nomme, et seulement dans ses dates et ses heures.
home-i205 = L'ICE affirme qu'un mandat d'expulsion (formulaire I-205), signé par un agent de l'ICE et non par un juge, permet à ses agents d'entrer de force chez une personne visée par une décision d'expulsion définitive. Cela vient d'une note interne de mai 2025, rendue publique en janvier 2026. Un juge fédéral du Minnesota a jugé une telle entrée inconstitutionnelle, et la note est contestée en justice. N'ouvrez pas la porte et dites que vous ne donnez pas votre consentement. S'ils entrent de force, n'opposez aucune résistance.
home-i205-dont = N'essayez pas de maintenir la porte fermée de force, et ne bloquez pas les agents.
home-final-order = Vérifiez dès maintenant si quelqu'un chez vous fait l'objet d'une décision d'expulsion, même ancienne, prise parce qu'il n'est pas allé à une audience. La ligne téléphonique automatique du tribunal de l'immigration peut vous le dire (voir Obtenir de l'aide), ou demandez à un avocat.
home-inside-heading = Si des agents entrent
home-exceptions = Il existe des exceptions limitées, comme une vraie urgence. Si les agents entrent quand même, n'opposez aucune résistance. Notez ce qui s'est passé et prévenez un avocat. Un tribunal pourra examiner l'entrée plus tard, mais une entrée illégale ne met pas fin, à elle seule, à une procédure d'expulsion.
home-no-search = Dites clairement que vous ne consentez pas à une fouille. N'opposez aucune résistance et ne les bloquez pas.
home-no-search-say = Je ne consens pas à une fouille.
home-watch = Observez et retenez : les noms, les numéros de badge, l'agence, ce qu'ils ont fouillé et ce qu'ils ont pris. Écrivez-le dès que possible.
home-sign-nothing = Ne signez rien avant d'avoir parlé à un avocat.
home-sign-nothing-say = Je ne signerai rien sans avocat.

## Situation : dans la rue

street-title = Dans la rue ou dans le métro
street-intro = Des agents peuvent vous interpeller dans un lieu public. Restez calme, et sachez ce que vous pouvez dire.
street-stopped-heading = Si des agents vous interpellent
street-carry-papers = Si vous avez 18 ans ou plus, la loi fédérale vous oblige à avoir sur vous la preuve de votre enregistrement auprès de l'immigration, par exemple une carte verte, un permis de travail (EAD) ou votre relevé I-94. Ne pas l'avoir est un délit mineur (une amende et jusqu'à 30 jours de prison). Si vous l'avez, vous pouvez la montrer.
street-carry-papers-dont = N'ayez et ne montrez jamais de faux papiers, ni les papiers de quelqu'un d'autre. Les papiers d'un autre pays montrent votre nationalité : n'ayez sur vous que ceux dont vous avez besoin.
silent-name = Si vous ne voulez pas répondre à une question, ne dites rien plutôt que quelque chose de faux. Donner un faux nom à la police est un délit à New York, et mentir à un agent fédéral est un crime fédéral.
silent-visa = Si vous êtes aux États-Unis avec un visa (par exemple comme étudiant ou travailleur), refuser de donner aux agents de l'immigration les informations qu'ils demandent peut vous faire perdre votre statut. Demandez à un avocat ce à quoi vous devez répondre.
registration-rule = Depuis avril 2025, les personnes de 14 ans ou plus qui ne se sont jamais enregistrées auprès du gouvernement des États-Unis doivent s'enregistrer (formulaire G-325R), et, à partir de 18 ans, en avoir la preuve sur elles. S'enregistrer donne votre nom et votre adresse à l'ICE ; ne pas s'enregistrer peut être un délit. Parlez à un avocat avant de vous enregistrer, ou de décider de ne pas le faire.
street-no-search = Les agents peuvent palper vos vêtements de l'extérieur s'ils pensent que vous avez une arme. Vous n'avez pas à accepter une autre fouille de votre corps, de votre sac ou de votre téléphone. Dites-le clairement, mais n'opposez aucune résistance.
street-no-search-say = Je ne consens pas à une fouille.
street-arrest-heading = Si vous êtes arrêté
street-arrest = Quand des agents vous arrêtent, ils doivent dire qu'ils sont des agents de l'immigration et pourquoi vous êtes arrêté, dès que c'est sans danger. Gardez le silence et demandez un avocat.
street-arrest-say = Je veux parler à un avocat.

## Situation : en voiture

car-title = En voiture
car-intro = La police et les agents fédéraux peuvent arrêter des voitures. Le conducteur et les passagers ont des droits.
car-stop-heading = Si on vous fait signe de vous arrêter
car-pull-over = Si vous conduisez et que des agents vous font signe de vous arrêter, garez-vous prudemment. Coupez le moteur, allumez la lumière intérieure et gardez les mains sur le volant.
car-pull-over-dont = Ne repartez pas en voiture et n'essayez pas de vous enfuir. Fuir la police en voiture est un délit à New York, et peut compter comme un crime grave au regard des règles de la ville sur l'immigration.
car-driver-papers = Si vous conduisez, vous devez montrer votre permis de conduire, la carte grise du véhicule et la preuve d'assurance quand la police le demande. Les montrer ne vous oblige pas à répondre à d'autres questions.
car-passengers = Les passagers ont aussi le droit de garder le silence. Un passager peut demander s'il est libre de partir.
car-passengers-say = Suis-je libre de partir ?
car-no-search = Vous n'avez pas à accepter une fouille de la voiture. Dites-le clairement, mais ne les empêchez pas physiquement.
car-no-search-say = Je ne consens pas à une fouille.
car-border = Près des frontières et de la côte (la ville de New York se trouve dans cette zone), la loi fédérale donne aux agents de l'immigration plus de pouvoirs pour contrôler les véhicules. Vous pouvez tout de même dire que vous ne consentez pas à une fouille, et garder le silence.
car-dmv-heading = Vos données du DMV
car-green-light = Le DMV de New York ne transmet pas ses dossiers aux services de l'immigration sans mandat d'un juge ou ordonnance d'un tribunal, et vous prévient s'ils les demandent (la loi Green Light). Le gouvernement fédéral conteste cette loi en justice ; elle reste en vigueur.

## Situation : au travail

work-title = Au travail
work-intro = Des agents peuvent venir sur les lieux de travail. Ce qu'ils peuvent faire dépend du fait qu'un endroit est ouvert au public ou non.
work-areas-heading = Parties publiques et privées
work-public-areas = Les agents peuvent entrer sans mandat dans les parties ouvertes au public, comme la surface de vente d'un magasin ou la salle d'un restaurant.
work-private-areas = Pour entrer dans les zones privées, comme les bureaux, les cuisines ou les réserves fermées au public, les agents ont besoin d'un mandat ou du consentement du propriétaire ou du responsable. Le propriétaire ou le responsable peut refuser, ainsi :
work-private-areas-say = Je ne consens pas à ce que vous entriez dans les parties privées.
work-raid-heading = Pendant une descente
work-raid = Les agents peuvent poser des questions à tout le monde. Qu'on vous pose des questions ne veut pas dire que vous êtes arrêté. Vous pouvez garder le silence et demander si vous êtes libre de partir.

## Situation : aller au tribunal

court-title = Aller au tribunal
court-intro = La loi de New York protège contre l'arrestation civile les personnes qui se rendent dans un tribunal de New York. Les tribunaux de l'immigration dépendent du gouvernement fédéral et sont différents.
court-ny-heading = Les tribunaux de New York
court-protected = Si vous allez à une affaire dans un tribunal de New York, si vous y êtes ou si vous en sortez, comme partie ou témoin, ou comme membre de la famille ou du foyer de l'un d'eux, la loi de New York interdit votre arrestation civile, y compris par l'ICE pour une question civile d'immigration, sauf si un juge a signé un mandat ou une ordonnance pour cela. Un tribunal fédéral a confirmé cette loi en 2025. Si des agents arrêtent quelqu'un malgré tout, n'opposez aucune résistance : le recours vient ensuite.
court-remedy = Arrêter quelqu'un en violation de cette loi est un outrage au tribunal. La personne, et la procureure générale de l'État de New York, peuvent saisir un tribunal pour l'empêcher. Prévenez un avocat si cela vous arrive, à vous ou à un proche.
court-immigration-heading = Le tribunal de l'immigration
court-immigration = Les tribunaux de l'immigration, comme ceux du 26 Federal Plaza, du 290 Broadway et du 201 Varick Street, ne sont pas des tribunaux de New York : ils relèvent du ministère de la Justice des États-Unis, et la loi de New York sur les arrestations aux tribunaux ne les couvre pas. Parlez à un avocat avant votre audience.
court-do-not-miss = Ne manquez pas votre audience au tribunal de l'immigration. Si vous n'y allez pas, le juge peut ordonner votre expulsion en votre absence.

## Scenario: immigration court and ICE check-ins

icourt-title = Tribunal de l'immigration et rendez-vous de contrôle de l'ICE
icourt-intro = Continuez à aller à vos audiences et à vos rendez-vous de contrôle. Préparez ce jour-là et sachez quoi dire.
icourt-before-heading = Avant le jour J
court-lawyer = Essayez d'être accompagné d'un avocat. Votre avocat dépose le formulaire G-28 pour que le tribunal et l'ICE s'adressent à lui. Pour une aide juridique gratuite, voir Obtenir de l'aide.
court-plan = Préparez un plan pour ce jour-là : qui appeler si vous êtes détenu, qui va chercher vos enfants, où sont vos papiers. Apportez des copies de vos papiers, pas les originaux, et laissez le plan à une personne de confiance.
court-proof = Si vous vivez aux États-Unis depuis plus de deux ans, apportez des copies de papiers qui le prouvent, comme des baux, des fiches de paie, des déclarations d'impôts, des factures, des dossiers scolaires ou médicaux. Si vous êtes ici depuis moins de deux ans, venez avec quelqu'un qui a un statut d'immigration sûr.
icourt-room-heading = Dans la salle d'audience
court-oppose-dismissal = Si l'avocat du gouvernement demande au juge de classer (clore) votre dossier, cela peut être une étape pour vous arrêter et vous expulser rapidement, sans juge. Dites au juge que vous vous opposez au classement et demandez du temps pour trouver un avocat. Si le juge classe quand même le dossier, dites que vous voulez faire appel.
court-oppose-dismissal-say = Je m'oppose au classement. Je demande du temps pour trouver un avocat.
icourt-arrests-heading = Arrestations aux tribunaux
court-arrests-order = Depuis mai 2026, une ordonnance d'un tribunal fédéral limite les arrestations de l'ICE aux tribunaux de l'immigration de la ville de New York (26 Federal Plaza, 290 Broadway et 201 Varick Street) à des cas exceptionnels, comme une menace pour la sécurité. L'ordonnance peut encore changer en appel, et elle n'empêche pas les arrestations loin des tribunaux.
icourt-checkin-heading = Rendez-vous de contrôle de l'ICE
checkin-risk = Les rendez-vous de contrôle de l'ICE comportent un risque : des personnes y ont été détenues, y compris au 26 Federal Plaza. Parlez à un avocat avant votre rendez-vous, ne le manquez pas sans conseil juridique, et ayez votre plan prêt ce jour-là.

## Situation : à l'école

school-title = À l'école et à la garderie
school-intro = Tout enfant peut aller à l'école publique. Préparez-vous pour que vos enfants soient en sécurité si vous ne pouvez pas venir les chercher.
school-heading = Les droits de votre enfant
school-right-to-attend = Tout enfant à New York peut aller à l'école publique, quel que soit son statut d'immigration ou celui de ses parents.
school-city-property = La politique fédérale ne tient plus l'ICE à l'écart des écoles (depuis janvier 2025). Les écoles publiques de la ville de New York ont leur propre règle : le personnel ne peut pas laisser entrer les agents de l'immigration. Il appelle les avocats du système scolaire, et les agents attendent dehors pendant que tout mandat est vérifié. Demandez à l'école de votre enfant quel est son plan.
school-plan-heading = Prévoir
school-pickup = Donnez à l'école une liste à jour d'adultes de confiance qui peuvent aller chercher vos enfants (la fiche des contacts d'urgence). New York permet aussi à un parent de signer des papiers pour qu'un adulte de confiance s'occupe d'un enfant : voir Préparer un plan familial.

## Scenario: hospitals and places of worship

places-title = Hôpitaux et lieux de culte
places-intro = Les règles fédérales ne tiennent plus l'ICE à l'écart de ces lieux. Faites-vous soigner et allez aux offices quand même, et sachez ce qui s'applique encore.
places-heading = Ce qui s'applique encore
places-federal-rollback = Depuis janvier 2025, la politique fédérale ne tient plus l'ICE à l'écart des hôpitaux, des écoles ni des lieux de culte. Les agents ont toujours besoin d'un mandat d'un juge, ou du consentement du responsable, pour entrer dans les zones fermées au public.
places-hospital = Faites-vous soigner quand vous en avez besoin. Les hôpitaux publics de la ville (NYC Health + Hospitals) demandent à leur personnel d'exiger des agents un mandat d'un juge et d'appeler le service juridique de l'hôpital avant que les agents aillent au-delà des zones publiques. Les hôpitaux privés ont leurs propres règles.
places-worship = Un lieu de culte est une propriété privée. Les agents peuvent entrer dans les zones ouvertes à tous, comme un office public, mais il leur faut un mandat d'un juge ou le consentement du responsable pour entrer dans les zones privées.
places-state-law = En 2026, les législateurs de New York ont voulu fermer les logements, les écoles, les hôpitaux et les lieux de culte aux opérations civiles d'immigration sans mandat d'un juge, et permettre de poursuivre les agents fédéraux devant les tribunaux de l'État. Il n'a pas été possible de confirmer que c'est devenu loi.

## Situation : services de la ville

city-title = Services municipaux et foyers d'hébergement
city-intro = La ville de New York limite l'aide que ses services apportent au contrôle de l'immigration. Vous pouvez utiliser les services de la ville.
city-heading = Ce que dit la loi de la ville
city-confidential = Les employés de la ville ne demandent votre statut d'immigration que s'ils en ont besoin pour décider si vous avez droit à un service, ou si la loi l'exige. Ils doivent le garder confidentiel.
city-police-victims = Les agents du NYPD ne demandent pas le statut d'immigration des victimes, des témoins, ni des personnes qui demandent de l'aide.
city-non-public = Dans les bureaux de la ville, et là où sont fournis des services sous contrat avec la ville, comme de nombreux foyers d'hébergement, le personnel ne peut pas laisser l'ICE ni une autre police non municipale entrer dans les zones non publiques sans mandat d'un juge. La loi de la ville prévoit quelques exceptions, comme une urgence. Cette règle s'impose au personnel de la ville ; elle ne s'impose pas à l'ICE.
city-no-resources = Les services de la ville ne peuvent pas utiliser leur personnel, leur temps ni leurs bâtiments pour faire appliquer la loi sur l'immigration, ni placer des agents municipaux sous le contrôle fédéral de l'immigration (les accords dits 287(g)).
city-eo13 = Depuis février 2026, un décret du maire (Executive Order 13) dit que les services de la ville ne peuvent pas transmettre aux autorités fédérales de l'immigration les informations recueillies pour les besoins de la ville, sauf si la loi l'exige, ni laisser des agents fédéraux utiliser les parkings de la ville comme base d'opérations.
city-safer-sanctuary = En janvier 2026, le conseil municipal a adopté, malgré le veto du maire, une loi (la Safer Sanctuary Act) qui interdit à l'ICE d'avoir un bureau dans les prisons de la ville, par exemple à Rikers Island. Son texte définitif n'a pas pu être vérifié.
city-jail = Si vous êtes détenu par le NYPD ou dans une prison de la ville, la loi de la ville ne permet de vous garder pour l'ICE, ou de prévenir l'ICE de votre libération, que si l'ICE apporte un mandat signé par un juge fédéral et que vous avez été condamné pour certains crimes graves au cours des cinq dernières années (le temps passé en prison ne compte pas), ou pouvez figurer sur une liste de surveillance antiterroriste. La loi de la ville mentionne aussi une courte rétention par le NYPD sans mandat dans quelques cas, mais les tribunaux de New York ont jugé que les agents locaux ne peuvent retenir personne pour l'ICE de leur propre autorité. Le service de probation suit des règles semblables. Si vous êtes retenu après l'heure de votre libération, prévenez un avocat.
city-limits-heading = Limites de ces lois
city-no-private-suit = Ces lois de la ville ne vous donnent pas le droit de poursuivre la ville si elles ne sont pas respectées. D'autres recours peuvent exister, par exemple si vous avez été retenu après l'heure de votre libération. Un projet de loi municipal qui permettrait de poursuivre (le NYC Trust Act) était encore en attente lors de la dernière vérification. Prévenez un avocat ou une organisation d'aide juridique.

## Situation : si vous êtes détenu

detained-title = Si vous êtes détenu ou arrêté
detained-intro = Si des agents vous arrêtent, restez calme. Ce que vous dites et ce que vous signez compte.
detained-heading = Protégez-vous
detained-fear = Si vous avez peur de retourner dans votre pays, dites-le clairement, le plus tôt possible et chaque fois qu'on vous interroge. Demandez un entretien sur votre peur (un entretien de « crainte crédible », credible fear). Cela peut arrêter une expulsion rapide sans juge.
detained-fear-say = J'ai peur de retourner dans mon pays.
detained-expedited = Depuis 2025, l'ICE applique l'« expulsion accélérée » (expedited removal), une expulsion sans juge, partout aux États-Unis, aux personnes entrées sans avoir été admises qui ne peuvent pas prouver deux ans de présence. Un tribunal l'a suspendue en août 2025 ; une cour d'appel l'a laissée reprendre en 2026, et l'affaire continue. Si vous êtes ici depuis deux ans ou plus, dites-le, et demandez à votre famille d'apporter vos preuves.
detained-lawyer = Demandez un avocat. Vous avez droit à un avocat, mais dans les affaires d'immigration l'État ne le paie pas. Demandez la liste des services juridiques gratuits.
detained-lawyer-say = Je veux parler à un avocat.
detained-sign = Ne signez aucun papier que vous ne comprenez pas, surtout s'il parle de « départ volontaire » (voluntary departure) ou d'« expulsion consentie » (stipulated removal). Signer peut vouloir dire renoncer à votre droit de voir un juge et accepter de quitter les États-Unis.
detained-sign-say = Je ne signerai rien sans avocat.
detained-consulate = Vous pouvez demander à l'ICE de prévenir le consulat de votre pays que vous êtes détenu, ou choisir de ne pas le faire. Mais pour certains pays, l'ICE doit prévenir le consulat même si vous ne le voulez pas : par exemple la Chine (y compris Hong Kong et Macao, mais pas les passeports de Taïwan), la Russie, l'Ukraine, la Biélorussie, l'Ouzbékistan, la Pologne, la Jamaïque, le Guyana, Trinité-et-Tobago, le Nigeria, le Ghana, les Philippines, l'Algérie, la Tunisie, le Koweït et le Costa Rica. Si vous craignez votre gouvernement, dites-le tout de suite à votre avocat.
detained-phone = Apprenez par cœur le numéro de téléphone d'un membre de votre famille et d'un avocat. Les agents peuvent prendre votre téléphone quand ils vous arrêtent ; il leur faut en général un mandat pour fouiller son contenu.
detained-release-heading = Sortir : caution et habeas
detained-bond = Demandez à votre avocat une libération sous caution : sortir en payant pendant que votre dossier continue. En 2025, la commission d'appel de l'immigration a dit que les personnes entrées sans inspection ne peuvent pas obtenir de caution d'un juge de l'immigration. En avril 2026, la cour d'appel fédérale dont dépend New York a jugé que les personnes arrêtées à l'intérieur du pays peuvent toujours demander une audience de caution ; la Cour suprême a accepté de trancher la question.
detained-habeas = Un avocat peut aussi demander à un tribunal fédéral d'ordonner votre libération (une requête d'« habeas »). Elle se dépose là où vous êtes détenu ; il faut donc la déposer vite, avant qu'on vous transfère hors de New York.
detained-fed-plaza-heading = Si vous êtes retenu au 26 Federal Plaza
detained-fed-plaza = Un tribunal fédéral a ordonné à l'ICE de donner aux personnes retenues au 26 Federal Plaza pendant 12 heures ou plus au moins 50 pieds carrés d'espace chacune (environ 4,6 m²), un matelas propre, du savon et d'autres produits d'hygiène, des repas, leurs médicaments, et un appel gratuit et confidentiel avec leur avocat dans les 24 heures. Si ce n'est pas respecté, dites-le à votre avocat.
detained-city-heading = En garde à vue au NYPD ou dans une prison de la ville

## Scenario: arrested in a criminal case

criminal-title = Arrêté par la police dans une affaire pénale
criminal-intro = Toute arrestation peut parvenir aux autorités de l'immigration. Protégez votre dossier d'immigration dès le début.
criminal-heading = À savoir
criminal-fingerprints = Chaque arrestation par le NYPD envoie vos empreintes digitales au FBI, qui les partage avec le ministère de la Sécurité intérieure. L'ICE peut apprendre toute arrestation, même une qui se termine sans condamnation.
criminal-tell-lawyer = Dites à votre avocat de la défense que vous n'êtes pas citoyen des États-Unis. Avant de plaider coupable de quoi que ce soit, même d'une petite infraction, demandez ce que cela signifie pour votre dossier d'immigration : votre avocat doit vous dire si un plaider-coupable risque d'entraîner votre expulsion.
criminal-laken-riley = Une loi fédérale de 2025 (la loi Laken Riley) dit que l'ICE doit détenir les personnes entrées sans avoir été admises qui sont seulement inculpées ou arrêtées pour vol, vol à l'étalage, cambriolage ou agression contre un policier, même sans condamnation.

## Scenario: visas, airports and travel

travel-title = Visas, aéroports et voyages
travel-intro = Certaines règles sont différentes si vous avez un visa, et quand vous voyagez.
travel-heading = Ce qui change
travel-border = Dans les aéroports et aux postes-frontières, quand vous arrivez de l'étranger, les agents peuvent vous interroger et fouiller vos bagages et votre téléphone sans mandat. Si votre statut n'est pas sûr, parlez à un avocat avant de voyager à l'étranger.

## Situation : filmer

filming-title = Filmer et enregistrer
filming-intro = À New York, vous avez le droit d'enregistrer la police et les autres agents, à condition de ne pas entraver leur action.
filming-heading = Votre droit d'enregistrer
filming-right = La loi de New York vous donne le droit d'enregistrer les agents au travail, en vidéo, en photo, en son ou par des notes écrites, et de garder votre enregistrement et votre téléphone, si vous n'êtes pas en état d'arrestation. Cela couvre clairement le NYPD. Avec des agents fédéraux comme l'ICE, filmer dans l'espace public est largement protégé, mais aucune cour d'appel compétente pour New York ne l'a tranché directement.
filming-distance = Restez à une distance sûre. Ne touchez pas les agents et ne vous mettez pas sur leur chemin. Reculez s'ils vous le demandent. Le droit d'enregistrer ne permet pas de gêner physiquement.
filming-what = Enregistrez les badges, les uniformes, les véhicules, les plaques d'immatriculation et ce qui se passe. Dites à voix haute la date, l'heure et le lieu.
filming-places = Il est interdit d'enregistrer les audiences du tribunal de l'immigration, et les bâtiments fédéraux limitent les prises de vue à l'intérieur. Filmez depuis l'espace public, dehors.
filming-interfered = Si un policier vous empêche d'enregistrer, ou prend ou casse votre téléphone, la loi de New York peut vous permettre d'intenter une action en justice. Poursuivre des agents fédéraux est beaucoup plus difficile. Prévenez un avocat ; vous pouvez aussi le signaler à la procureure générale de New York (voir Obtenir de l'aide).
filming-care-heading = Soyez prudent
filming-share = Réfléchissez avant de publier : une vidéo peut montrer le visage des personnes arrêtées. Partagez-la d'abord avec leur famille ou leur avocat.
filming-no-doxxing = Ne publiez pas l'adresse personnelle des agents ni d'autres informations privées : les publier pour menacer ou intimider est un crime fédéral.

## Situation : se préparer

prepare-title = Préparez un plan familial
prepare-intro = Un plan fait aujourd'hui protège mieux votre famille demain.
prepare-plan-heading = Votre plan
prepare-children = Décidez qui s'occupera de vos enfants si vous êtes détenu. Un parent peut signer un formulaire qui permet à un adulte de confiance de prendre des décisions scolaires et médicales pour un enfant pendant 12 mois au plus. Au-delà de 30 jours, il doit être notarié, et il prend fin si le parent meurt ou perd sa capacité. Cela ne donne pas la garde.
prepare-standby = Un parent peut aussi désigner, devant deux témoins, un tuteur de réserve (standby guardian), qui peut s'occuper des enfants pendant 60 jours après une arrestation, une détention ou une expulsion liée à l'immigration, puis doit s'adresser au tribunal des successions (Surrogate's Court). Un avocat ou une association d'aide juridique peut vous aider à choisir.
prepare-numbers = Apprenez par cœur les numéros de téléphone d'un membre de votre famille et d'un avocat ou d'une association d'aide juridique. Assurez-vous que votre famille les connaît aussi.
prepare-documents = Gardez les papiers importants (actes de naissance, passeports, papiers d'immigration et du tribunal) dans un endroit sûr qu'une personne de confiance peut atteindre, et gardez des copies. Si vous avez 18 ans ou plus, ayez sur vous la preuve de votre enregistrement, comme une carte verte, un permis de travail ou un I-94 : la loi l'exige.
prepare-two-years = Rassemblez des papiers qui montrent que vous vivez aux États-Unis depuis deux ans ou plus, mois par mois : baux, fiches de paie, déclarations d'impôts, factures, relevés bancaires, dossiers médicaux et scolaires. Gardez des copies là où votre famille peut les trouver vite : si vous êtes détenu, elle pourra les apporter à votre avocat.
prepare-address = Si vous déménagez, prévenez le DHS dans les 10 jours (formulaire AR-11) et, si vous avez un dossier, prévenez aussi le tribunal de l'immigration (formulaire EOIR-33). Les convocations sont envoyées à la dernière adresse connue.
prepare-card = Ayez sur vous une carte des droits. Vous pouvez la donner aux agents au lieu de parler.

## Situation : après une rencontre

after-title = Après une rencontre
after-intro = Ce que vous écrivez maintenant peut aider un avocat plus tard.
after-heading = Que faire ensuite
after-write = Écrivez ce qui s'est passé dès que possible : la date, l'heure et le lieu ; les noms et numéros de badge ; l'agence ; les véhicules et les plaques ; ce qui a été dit et fait ; et les noms et numéros de téléphone des témoins.
after-lawyer = Parlez à un avocat ou à une association d'aide juridique. Ne signez rien avant.
after-court-arrest = Si quelqu'un a été arrêté en allant à un tribunal de New York, sur place ou en en sortant, prévenez un avocat : la loi de New York peut lui donner un recours.
after-recording = Gardez des copies des vidéos et des photos dans un endroit sûr, et une deuxième copie ailleurs. La loi de New York dit que vous pouvez garder votre enregistrement. Si un agent vous le prend, prévenez un avocat.
after-report = Vous pouvez signaler ce qu'ont fait des agents fédéraux à la procureure générale de New York, avec des photos ou des vidéos si vous en avez (voir Obtenir de l'aide).

## Carte de porte : recto (dans la langue de la personne)

card-dont-open = N'ouvrez pas la porte.
card-ask-warrant = Demandez un mandat signé par un juge. Demandez qu'on le glisse sous la porte.
card-silent = Vous avez le droit de garder le silence. Si vous avez peur de retourner dans votre pays, dites-le.
card-no-sign = Ne signez rien sans avocat.
card-calm = Restez calme. Ne courez pas, n'opposez pas de résistance, ne mentez pas.
card-show = Montrez le verso de cette carte par une fenêtre ou sous la porte. N'ouvrez pas la porte pour la montrer.

## Carte de porte : verso (lu aux agents en anglais ; voici la traduction)

card-back-silent = J'exerce mon droit de garder le silence.
card-back-no-search = Je ne consens pas à une fouille.
card-back-no-entry = Je ne consens pas à ce que vous entriez.
card-back-no-sign = Je ne signerai rien sans avocat.
card-back-slide-warrant = Veuillez glisser tout mandat sous la porte.

## Vérification du mandat : conseils

advice-door-keep-closed = Gardez la porte fermée. Vous n'avez pas besoin de l'ouvrir pour parler aux agents ou pour voir un papier.
advice-door-ask-slide-paper = Demandez-leur de glisser le papier sous la porte ou de le montrer à une fenêtre.
advice-say-no-consent = Dites : « I do not consent to your entry » (Je ne consens pas à ce que vous entriez).
advice-stay-silent = Vous avez le droit de garder le silence. Vous pouvez dire : « I am exercising my right to remain silent » (J'exerce mon droit de garder le silence). Si vous avez peur de retourner dans votre pays, dites-le.
advice-do-not-resist = N'opposez aucune résistance, même s'ils entrent. Ne courez pas. Restez calme.
advice-write-down = Notez les noms, les numéros de badge, l'agence, l'heure, ce qui s'est passé et les noms des témoins.
advice-call-lawyer = Appelez un avocat ou une ligne d'aide juridique. Ne signez rien sans avocat.
advice-admin-warrant-no-entry = Ce papier à lui seul ne permet pas aux agents d'entrer chez vous sans votre consentement.
advice-judicial-arrest-warrant-limited = Un mandat d'arrêt d'un juge peut permettre aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils ont des raisons de croire qu'elle est à l'intérieur. Il ne leur permet pas d'entrer chez quelqu'un d'autre : pour cela, il faut un mandat de perquisition.
advice-search-warrant-check-scope = Un mandat de perquisition permet de fouiller le lieu qu'il nomme, dans ses dates et ses heures.
advice-i205-contested = L'ICE affirme qu'un mandat d'expulsion (formulaire I-205) lui permet d'entrer de force au domicile d'une personne visée par un ordre d'expulsion définitif. Les tribunaux n'ont pas tranché, et un juge fédéral a jugé une telle entrée inconstitutionnelle. Ne donnez pas votre consentement et ne résistez pas physiquement.
advice-check-signed-by-judge = Vérifiez qui l'a signé : ce doit être un juge d'un tribunal, ni un agent de l'immigration ni un juge de l'immigration.
advice-check-name-address = Vérifiez qu'il nomme la bonne personne et votre adresse exacte.
advice-check-dates = Vérifiez les dates. Un mandat de perquisition fédéral doit être utilisé dans les { $federal-days } jours, un mandat de New York dans les { $state-days } jours, et de jour, sauf si le mandat dit autre chose.
advice-unknown-what-to-look-for = Amparo n'a pas pu déterminer ce qu'est ce papier. Regardez qui l'a délivré et qui l'a signé : le nom d'un tribunal en haut, et le titre d'un juge sous la signature. Les formulaires de l'ICE (I-200, I-205, I-247A) sont signés par des agents de l'immigration. Un mandat d'un tribunal peut nommer l'ICE ou le DHS comme l'agence qui l'a demandé ; cela seul n'en fait pas un formulaire de l'ICE.
advice-not-named-person = Ce papier ne semble pas vous nommer.
advice-not-this-address = Ce mandat ne semble pas nommer cette adresse. Un mandat de perquisition ne permet de fouiller que le lieu qu'il décrit. Si les agents entrent quand même, ne résistez pas : un tribunal décidera plus tard si c'était légal.
advice-expired = Le dernier jour pour utiliser ce mandat semble passé. Il ne permet peut-être plus de perquisition, mais ne résistez pas : c'est un tribunal qui décide.
advice-outside-hours = Ce mandat ne semble pas permettre une perquisition à cette heure. Il ne la permet peut-être pas maintenant, mais ne résistez pas : c'est un tribunal qui décide.
advice-detainer-not-for-entry = Une demande de rétention de l'ICE (formulaire I-247A) est une demande adressée à une prison ou à la police. Elle ne donne aucun pouvoir d'entrer dans un logement.
advice-application-not-a-warrant = Ceci est une demande de mandat de perquisition (AO 106) : la requête d'un agent à un juge, faite sous serment. Ce n'est pas un mandat et cela ne permet à personne d'entrer, même avec la signature d'un juge. Demandez-leur de glisser le mandat lui-même sous la porte.
advice-named-person-lives-here = Un mandat d'arrêt d'un juge permet aux agents d'entrer dans le domicile où vit la personne qu'il nomme, s'ils ont des raisons de croire qu'elle est à l'intérieur. Si cette personne ne vit pas ici, il leur faut un mandat de perquisition pour entrer. Vous pouvez le dire à travers la porte fermée.
advice-court-decides = Un juge a signé ce mandat. Même s'il semble expiré, hors de ses heures ou pour une autre adresse, ne résistez pas : le papier a pu être mal lu, et seul un tribunal peut décider s'il leur permettait d'entrer. Dites que vous ne donnez pas votre consentement, et prévenez un avocat.
advice-check-removal-order = Pour savoir si quelqu'un chez vous fait l'objet d'un ordre d'expulsion, appelez la ligne automatique du tribunal de l'immigration au 1-800-898-7180 (anglais et espagnol, jour et nuit) avec son numéro A. Elle ne montre pas tous les ordres, par exemple une expulsion à la frontière, alors demandez aussi à un avocat.

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = Qu'est-ce qui est imprimé tout en haut ?
check-q-heading-hint = Le nom d'un tribunal ou d'une agence, souvent en majuscules.
check-q-title = Quel est le titre, en grandes lettres ?
check-q-form = Y a-t-il un numéro de formulaire dans un coin ?
check-q-form-hint = Souvent en bas à gauche, par exemple I-200 ou AO 442.
check-q-signer = Quel titre est imprimé sous la signature ?
check-q-signer-hint = À côté du nom imprimé sous la ligne de signature, ou en dessous.
check-q-name = Quel nom y figure ?
check-q-address = Quelle adresse y figure ?
check-q-dates = Les dates imprimées, si vous les voyez
check-q-issued = Date de délivrance ou de signature
check-q-execute-by = Date « Execute on or before » (à exécuter au plus tard le)
check-q-signed = Est-il signé ?
check-other = Autre chose :
check-cannot-read = Je n'arrive pas à le lire
check-none = Il n'y en a pas
check-yes = Oui
check-no = Non
check-not-sure = Je ne sais pas
check-name-mine = Mon nom
check-name-other = Le nom de quelqu'un d'autre
check-address-here = Cette adresse
check-address-other = Une autre adresse
check-gloss-federal-court = un tribunal fédéral
check-gloss-state-court = un tribunal de l'État de New York
check-gloss-city-court = un tribunal de la ville de New York
check-gloss-immigration-agency = l'agence de l'immigration
check-gloss-immigration-court = le tribunal de l'immigration, pas un tribunal judiciaire
check-gloss-court-judge = un juge d'un tribunal
check-gloss-clerk = personnel du tribunal, pas un juge
check-gloss-immigration-officer = un agent de l'ICE, pas un juge
check-gloss-immigration-judge = pas un juge d'un tribunal
check-cli-how = Tapez le numéro de votre réponse et appuyez sur Entrée. Appuyez seulement sur Entrée pour passer une question.
check-cli-your-name = Votre nom, pour vérifier si le papier vous nomme (Entrée pour passer)
check-cli-your-address = L'adresse de ce domicile (Entrée pour passer)

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = Parler pour moi
speak-hint = Les phrases à dire aux agents, en gros caractères. Votre téléphone peut les dire en anglais.
speak-intro = Montrez la phrase en anglais à l'agent, ou lisez-la à voix haute.
speak-tap = Touchez une phrase : votre téléphone la dit en anglais.
speak-play = La dire en anglais
speak-previous = Précédente
speak-next = Suivante
speak-why = Pourquoi ?
