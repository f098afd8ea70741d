### Guide des droits d'Amparo : français.
### Traduction assistée par machine, pas encore relue par une personne de langue maternelle française.

## Langue et interface

language-name = Français
guide-title = Connaissez vos droits
guide-subtitle = Si des agents de l'immigration (ICE) viennent : ville de New York
key-points-heading = Les 10 points les plus importants
scenarios-heading = Situations
say-label = Ce qu'il faut dire
say-english-label = En anglais
dont-label = À ne pas faire
sources-label = Sources
reviewed = Dernière vérification : { $date }
points-count =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
disclaimer = Ceci est une information juridique, pas un conseil juridique. Les lois et les pratiques changent. Pour un conseil sur votre situation, parlez à un avocat ou à une association d'aide juridique.
status-source = Texte original.
status-machine-assisted = Traduction assistée par machine, pas encore relue par une personne de langue maternelle.
status-reviewed = Traduction relue par une personne de langue maternelle.
door-card-title = Si des agents viennent à votre porte
door-card-back-title = Aux agents
door-card-check-title = Comment vérifier un mandat

## Les dix points clés

kp-judicial-warrant = Pour entrer sans permission dans un logement, une école ou la partie privée d'un lieu de travail, les agents ont besoin d'un mandat signé par un juge. Un papier de l'ICE signé par un agent de l'ICE (comme le formulaire I-200 ou I-205) n'est pas un mandat d'un juge.
kp-judicial-warrant-say = Glissez le mandat sous la porte, s'il vous plaît.
kp-agents-may-lie = Les agents ont le droit de mentir. Ils peuvent dire qu'ils sont « la police » ou qu'ils veulent seulement parler. Demandez qui ils sont et pour quelle agence ils travaillent.
kp-agents-may-lie-say = Qui êtes-vous ? De quelle agence êtes-vous ?
kp-remain-silent = Vous avez le droit de garder le silence. Vous n'avez pas à dire où vous êtes né, comment vous êtes venu aux États-Unis, ni quel est votre statut d'immigration.
kp-remain-silent-say = J'exerce mon droit de garder le silence.
kp-free-to-go = Demandez : « Suis-je libre de partir ? » Si la réponse est oui, partez calmement. Si la réponse est non, restez où vous êtes et gardez le silence.
kp-free-to-go-say = Suis-je libre de partir ?
kp-film = Vous pouvez filmer ou enregistrer les agents, à condition de ne pas gêner ce qu'ils font. Restez à une distance sûre.
kp-stay-calm = Restez calme. Gardez vos mains là où les agents peuvent les voir.
kp-do-not-run = Ne courez pas. Courir peut servir de raison pour vous arrêter ou vous interpeller.
kp-do-not-resist = N'opposez aucune résistance, même si vous pensez que les agents violent la loi. Ne poussez pas et ne touchez pas un agent. Dites que vous n'êtes pas d'accord, et parlez à un avocat plus tard.
kp-do-not-resist-say = Je ne donne pas mon consentement.
kp-do-not-lie = Ne mentez pas et ne montrez pas de faux documents. Si vous ne voulez pas répondre, gardez plutôt le silence.
kp-do-not-obstruct = Ne bloquez pas les agents et ne vous mettez pas sur leur chemin, même pour aider quelqu'un. Vous pouvez regarder, enregistrer et rappeler leurs droits aux gens à une distance sûre.

## Situation : à la maison

home-title = À la maison : des agents à la porte
home-intro = L'ICE vient souvent tôt le matin. Vous n'êtes pas obligé d'ouvrir la porte. Parlez à travers la porte fermée.
home-door-heading = Si des agents frappent
home-dont-open = N'ouvrez pas la porte. Vous pouvez parler à travers la porte ou une fenêtre. Si vous ouvrez, les agents peuvent entrer, ou dire ensuite que vous les avez laissés entrer.
home-dont-open-say = Je ne consens pas à ce que vous entriez.
home-ask-warrant = Demandez s'ils ont un mandat signé par un juge. Demandez-leur de le glisser sous la porte ou de le montrer à une fenêtre. Vous n'avez pas besoin d'ouvrir la porte pour le voir.
home-ask-warrant-say = Glissez le mandat sous la porte, s'il vous plaît.
home-check-warrant = Vérifiez le papier. Un mandat d'un juge vient d'un tribunal (par exemple « United States District Court » ou un tribunal de l'État de New York) et il est signé par un juge. Un papier qui porte « Department of Homeland Security » ou « Immigration and Customs Enforcement », ou un numéro de formulaire comme I-200 ou I-205, est signé par un agent de l'ICE, pas par un juge. Un juge de l'immigration n'est pas un juge d'un tribunal dans ce cas.
home-check-warrant-dont = N'ouvrez pas la porte simplement parce que le papier porte le mot « Warrant » (mandat).
home-warrant-scope = Un mandat d'arrêt d'un juge permet aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils ont des raisons de croire qu'elle est à l'intérieur. Pour entrer chez quelqu'un d'autre, il leur faut un mandat de perquisition. Un mandat de perquisition ne permet de fouiller que le lieu qu'il nomme, et seulement dans ses dates et ses heures.
home-i205 = Depuis mai 2025, l'ICE affirme qu'un mandat d'expulsion (formulaire I-205), signé par un agent de l'ICE et non par un juge, permet à ses agents d'entrer de force dans un logement. Cette affirmation est contestée et la question n'est pas tranchée. N'ouvrez pas la porte et dites que vous ne donnez pas votre consentement. S'ils entrent de force, n'opposez aucune résistance.
home-i205-dont = Ne retenez pas la porte et ne bloquez pas les agents.
home-inside-heading = Si des agents entrent
home-exceptions = Il existe des exceptions limitées, comme une véritable urgence. Si les agents entrent quand même, n'opposez aucune résistance : un tribunal pourra décider plus tard si l'entrée était légale.
home-no-search = Dites clairement que vous ne consentez pas à une fouille. N'opposez aucune résistance et ne les bloquez pas.
home-no-search-say = Je ne consens pas à une fouille.
home-watch = Observez et retenez : les noms, les numéros de badge, l'agence, ce qu'ils ont fouillé et ce qu'ils ont pris. Écrivez-le dès que possible.
home-sign-nothing = Ne signez rien avant d'avoir parlé à un avocat.
home-sign-nothing-say = Je ne signerai rien sans avocat.

## Situation : dans la rue

street-title = Dans la rue ou dans le métro
street-intro = Des agents peuvent vous arrêter dans un lieu public. Restez calme, et sachez ce que vous pouvez dire.
street-stopped-heading = Si des agents vous arrêtent
street-carry-papers = Si vous avez 18 ans ou plus et des papiers d'immigration valides, comme une carte verte, la loi fédérale vous oblige à les avoir sur vous. Si vous les avez, vous pouvez les montrer.
street-carry-papers-dont = Ne portez et ne montrez jamais de faux papiers, ni les papiers de quelqu'un d'autre.
street-no-search = Les agents peuvent palper vos vêtements de l'extérieur s'ils pensent que vous avez une arme. Vous n'avez pas à accepter une autre fouille de votre corps, de votre sac ou de votre téléphone. Dites-le clairement, mais n'opposez aucune résistance.
street-no-search-say = Je ne consens pas à une fouille.
street-arrest-heading = Si vous êtes arrêté
street-arrest = Quand des agents vous arrêtent, ils doivent dire qu'ils sont des agents de l'immigration et pourquoi vous êtes arrêté, dès que c'est sans danger. Gardez le silence et demandez un avocat.
street-arrest-say = Je veux parler à un avocat.

## Situation : en voiture

car-title = En voiture
car-intro = La police et les agents fédéraux peuvent arrêter des voitures. Le conducteur et les passagers ont des droits.
car-stop-heading = Si on vous arrête
car-pull-over = Si vous conduisez et que des agents vous font signe de vous arrêter, garez-vous prudemment. Coupez le moteur, allumez la lumière intérieure et gardez les mains sur le volant.
car-pull-over-dont = Ne repartez pas et n'essayez pas de vous enfuir.
car-passengers = Les passagers ont aussi le droit de garder le silence. Un passager peut demander s'il est libre de partir.
car-passengers-say = Suis-je libre de partir ?
car-no-search = Vous n'avez pas à accepter une fouille de la voiture. Dites-le clairement, mais ne les empêchez pas physiquement.
car-no-search-say = Je ne consens pas à une fouille.

## Situation : au travail

work-title = Au travail
work-intro = Des agents peuvent venir sur les lieux de travail. Ce qu'ils peuvent faire dépend du fait qu'un endroit est ouvert au public ou non.
work-areas-heading = Parties publiques et privées
work-public-areas = Les agents peuvent entrer sans mandat dans les parties ouvertes au public, comme la surface de vente d'un magasin ou la salle d'un restaurant.
work-private-areas = Pour entrer dans les parties privées, comme les bureaux, les cuisines ou les réserves fermées au public, les agents ont besoin d'un mandat ou du consentement du propriétaire ou du gérant. Le propriétaire ou le gérant peut refuser.
work-private-areas-say = Je ne consens pas à ce que vous entriez dans les parties privées.
work-raid-heading = Pendant une descente
work-raid = Les agents peuvent poser des questions à tout le monde. Qu'on vous pose des questions ne veut pas dire que vous êtes arrêté. Vous pouvez garder le silence et demander si vous êtes libre de partir.

## Situation : aller au tribunal

court-title = Aller au tribunal
court-intro = La loi de l'État de New York protège contre l'arrestation civile les personnes qui vont à un tribunal de New York.
court-ny-heading = Les tribunaux de New York
court-protected = Si vous allez à une affaire dans un tribunal de New York, si vous y êtes ou si vous en sortez, comme partie ou témoin, ou comme membre de la famille ou du foyer d'une partie ou d'un témoin, vous êtes protégé contre l'arrestation civile. Cela comprend l'arrestation par l'ICE pour une affaire civile d'immigration. L'exception : un juge a signé un mandat ou une ordonnance pour cette arrestation.
court-remedy = Arrêter quelqu'un en violation de cette loi est un outrage au tribunal. La personne, et la procureure générale de l'État de New York, peuvent saisir un tribunal pour l'empêcher. Prévenez un avocat si cela vous arrive, à vous ou à un proche.
court-immigration-heading = Le tribunal de l'immigration
court-immigration = Les tribunaux de l'immigration sont fédéraux, ce ne sont pas des tribunaux de New York, et un juge de l'immigration travaille pour le ministère de la Justice des États-Unis. Cette loi de New York peut ne pas vous protéger là-bas. Parlez à un avocat avant votre audience.
court-do-not-miss = Ne manquez pas votre audience au tribunal de l'immigration. Si vous n'y allez pas, le juge peut ordonner votre expulsion en votre absence.

## Situation : à l'école

school-title = À l'école et à la garderie
school-intro = Tout enfant peut aller à l'école publique. Préparez-vous pour que vos enfants soient en sécurité si vous ne pouvez pas venir les chercher.
school-heading = Les droits de votre enfant
school-right-to-attend = Tout enfant à New York peut aller à l'école publique, quel que soit son statut d'immigration ou celui de ses parents.
school-city-property = La loi de la ville dit que la ville ne peut pas laisser l'ICE ou une autre police qui n'est pas celle de la ville entrer dans les parties non publiques des biens de la ville sans mandat d'un juge. Il y a quelques exceptions, comme une urgence. Demandez à l'école de votre enfant quel est son plan.
school-plan-heading = Prévoir
school-pickup = Donnez à l'école une liste à jour d'adultes de confiance qui peuvent venir chercher vos enfants. Un parent peut aussi signer un formulaire qui permet à un adulte de confiance de prendre des décisions scolaires et médicales pour un enfant.

## Situation : services de la ville

city-title = Services de la ville : foyers, hôpitaux, bureaux de la ville
city-intro = La ville de New York limite l'aide que ses services apportent au contrôle de l'immigration. Vous pouvez utiliser les services de la ville.
city-heading = Ce que dit la loi de la ville
city-confidential = Les employés de la ville ne demandent votre statut d'immigration que s'ils en ont besoin pour décider si vous avez droit à un service, ou si la loi l'exige. Ils doivent le garder confidentiel.
city-police-victims = Les agents du NYPD ne demandent pas le statut d'immigration des victimes, des témoins, ni des personnes qui demandent de l'aide.
city-non-public = Dans les bureaux de la ville, et là où sont fournis des services sous contrat avec la ville, comme beaucoup de foyers, le personnel ne peut pas laisser l'ICE entrer dans les parties non publiques sans mandat d'un juge, sauf dans certains cas comme une urgence.
city-no-resources = Les services de la ville ne peuvent pas utiliser leur personnel, leur temps ou leurs bâtiments pour le contrôle civil de l'immigration, ni placer leurs agents sous le contrôle fédéral de l'immigration (les accords dits 287(g)).
city-jail = Si vous êtes détenu par le NYPD ou dans une prison de la ville, la ville ne peut vous garder pour l'ICE, ou prévenir l'ICE de votre libération, que si l'ICE apporte un mandat d'un juge et que vous avez été condamné pour certains crimes graves ou pouvez figurer sur une liste de surveillance antiterroriste. Le NYPD a une exception limitée qui permet une rétention de 48 heures au plus sans mandat.
city-limits-heading = Limites de ces lois
city-no-private-suit = Ces lois de la ville ne vous donnent pas le droit de poursuivre la ville en justice si elles ne sont pas respectées. Si vous pensez qu'un service de la ville a aidé l'ICE alors qu'il ne le devait pas, prévenez un avocat ou une association d'aide juridique.

## Situation : si vous êtes détenu

detained-title = Si vous êtes détenu ou arrêté
detained-intro = Si des agents vous arrêtent, restez calme. Ce que vous dites et ce que vous signez compte.
detained-heading = Protégez-vous
detained-lawyer = Demandez un avocat. Vous avez droit à un avocat, mais dans les affaires d'immigration l'État ne le paie pas. Demandez la liste des services juridiques gratuits.
detained-lawyer-say = Je veux parler à un avocat.
detained-sign = Ne signez aucun papier que vous ne comprenez pas, surtout s'il parle de « départ volontaire » (voluntary departure) ou d'« expulsion acceptée » (stipulated removal). Signer peut vouloir dire renoncer à votre droit de voir un juge et accepter de quitter les États-Unis.
detained-sign-say = Je ne signerai rien sans avocat.
detained-consulate = Si vous n'êtes pas citoyen des États-Unis, vous pouvez demander à contacter le consulat de votre pays. Ce n'est pas obligatoire : si vous craignez le gouvernement de votre pays, vous pouvez choisir de ne pas le faire.
detained-phone = Apprenez par cœur le numéro de téléphone d'un membre de votre famille et d'un avocat. Les agents peuvent vous prendre votre téléphone.
detained-city-heading = En garde à vue au NYPD ou dans une prison de la ville

## Situation : filmer

filming-title = Filmer et enregistrer
filming-intro = À New York, vous avez le droit d'enregistrer la police et les autres agents, à condition de ne pas les gêner.
filming-heading = Votre droit d'enregistrer
filming-right = Si vous n'êtes pas arrêté, vous avez le droit d'enregistrer les agents au travail, en vidéo, en photo, en son ou par des notes écrites, et de garder votre enregistrement et votre téléphone.
filming-distance = Restez à une distance sûre. Ne touchez pas les agents et ne vous mettez pas sur leur chemin. Reculez s'ils vous le demandent. Le droit d'enregistrer ne permet pas de gêner physiquement.
filming-what = Enregistrez les badges, les uniformes, les véhicules, les plaques d'immatriculation et ce qui se passe. Dites à voix haute la date, l'heure et le lieu.
filming-interfered = Si un agent vous empêche d'enregistrer, ou prend ou casse votre téléphone, la loi de New York peut vous permettre de porter plainte en justice. Prévenez un avocat.
filming-care-heading = Soyez prudent
filming-share = Réfléchissez avant de publier : une vidéo peut montrer le visage des personnes arrêtées. Partagez-la d'abord avec leur famille ou leur avocat.

## Situation : se préparer

prepare-title = Préparez un plan familial
prepare-intro = Un plan fait aujourd'hui protège mieux votre famille demain.
prepare-plan-heading = Votre plan
prepare-children = Décidez qui ira chercher et gardera vos enfants si vous êtes détenu. Un parent peut signer un formulaire qui permet à un adulte de confiance de prendre des décisions scolaires et médicales pour un enfant pendant un an au plus. Cela ne donne pas la garde.
prepare-numbers = Apprenez par cœur les numéros de téléphone d'un membre de votre famille et d'un avocat ou d'une association d'aide juridique. Assurez-vous que votre famille les connaît aussi.
prepare-documents = Gardez les papiers importants (actes de naissance, passeports, papiers d'immigration et de tribunal) dans un endroit sûr qu'une personne de confiance peut atteindre, et gardez des copies. Si vous avez 18 ans ou plus et une carte verte ou d'autres papiers d'enregistrement, gardez l'original sur vous : la loi l'exige.
prepare-card = Ayez sur vous une carte des droits. Vous pouvez la donner aux agents au lieu de parler.

## Situation : après une rencontre

after-title = Après une rencontre
after-intro = Ce que vous écrivez maintenant peut aider un avocat plus tard.
after-heading = Que faire ensuite
after-write = Écrivez ce qui s'est passé dès que possible : la date, l'heure et le lieu ; les noms et numéros de badge ; l'agence ; les véhicules et les plaques ; ce qui a été dit et fait ; et les noms et numéros de téléphone des témoins.
after-lawyer = Parlez à un avocat ou à une association d'aide juridique. Ne signez rien avant.
after-court-arrest = Si quelqu'un a été arrêté en allant à un tribunal de New York, sur place ou en en sortant, prévenez un avocat : la loi de New York peut lui donner un recours.
after-recording = Gardez des copies des vidéos et des photos dans un endroit sûr. Vous avez le droit de garder votre enregistrement.

## Carte de porte : recto (dans la langue de la personne)

card-dont-open = N'ouvrez pas la porte.
card-ask-warrant = Demandez un mandat signé par un juge. Demandez qu'on le glisse sous la porte.
card-silent = Vous avez le droit de garder le silence.
card-no-sign = Ne signez rien sans avocat.
card-calm = Restez calme. Ne courez pas, n'opposez pas de résistance, ne mentez pas.
card-show = Montrez aux agents le verso de cette carte.

## Carte de porte : verso (lu aux agents en anglais ; voici la traduction)

card-back-silent = J'exerce mon droit de garder le silence.
card-back-no-search = Je ne consens pas à une fouille.
card-back-no-entry = Je ne consens pas à ce que vous entriez.
card-back-no-sign = Je ne signerai rien sans avocat.
card-back-slide-warrant = Veuillez glisser tout mandat sous la porte.

## Vérification du mandat : conseils

advice-door-keep-closed = Gardez la porte fermée. Vous n'avez pas besoin de l'ouvrir pour parler aux agents ou pour voir un papier.
advice-door-ask-slide-paper = Demandez-leur de glisser le papier sous la porte ou de le montrer à une fenêtre.
advice-say-no-consent = Dites : « I do not consent to your entry » (Je ne consens pas à ce que vous entriez).
advice-stay-silent = Vous avez le droit de garder le silence. Vous pouvez dire : « J'exerce mon droit de garder le silence. »
advice-do-not-resist = N'opposez aucune résistance, même s'ils entrent. Ne courez pas. Restez calme.
advice-write-down = Notez les noms, les numéros de badge, l'agence, l'heure, ce qui s'est passé et les noms des témoins.
advice-call-lawyer = Appelez un avocat ou une ligne d'aide juridique. Ne signez rien sans avocat.
advice-admin-warrant-no-entry = Ce papier à lui seul ne permet pas aux agents d'entrer chez vous sans votre consentement.
advice-judicial-arrest-warrant-limited = Un mandat d'arrêt d'un juge peut permettre aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils ont des raisons de croire qu'elle est à l'intérieur. Il ne leur permet pas d'entrer chez quelqu'un d'autre : pour cela, il faut un mandat de perquisition.
advice-search-warrant-check-scope = Un mandat de perquisition permet de fouiller le lieu qu'il nomme, dans ses dates et ses heures.
advice-i205-contested = Depuis mai 2025, l'ICE affirme qu'un mandat d'expulsion (formulaire I-205) lui permet d'entrer de force dans un logement. Juridiquement, la question n'est pas réglée. Ne donnez pas votre consentement, et n'opposez pas de résistance physique.
advice-check-signed-by-judge = Vérifiez qui l'a signé : ce doit être un juge d'un tribunal, ni un agent de l'immigration ni un juge de l'immigration.
advice-check-name-address = Vérifiez qu'il nomme la bonne personne et votre adresse exacte.
advice-check-dates = Vérifiez les dates. Un mandat de perquisition fédéral doit être utilisé dans les { $federal-days } jours, un mandat de New York dans les { $state-days } jours, et de jour, sauf si le mandat dit autre chose.
advice-unknown-what-to-look-for = Amparo n'a pas pu savoir de quel papier il s'agit. Cherchez en haut le nom d'un tribunal, et la signature d'un juge. « Department of Homeland Security », « Immigration and Customs Enforcement » ou un numéro de formulaire comme I-200, I-205 ou I-247A veut dire que c'est un papier de l'ICE.
advice-not-named-person = Ce papier ne semble pas vous nommer.
advice-not-this-address = Ce papier ne semble pas nommer cette adresse.
advice-expired = Ce mandat semble avoir dépassé le dernier jour où il pouvait être utilisé.
advice-outside-hours = Ce mandat semble utilisé en dehors des heures qu'il permet.
advice-detainer-not-for-entry = Une demande de rétention de l'ICE (formulaire I-247A) est une demande adressée à une prison ou à la police. Elle ne donne aucun pouvoir d'entrer dans un logement.
