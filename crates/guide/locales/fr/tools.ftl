### Amparo : outils pour avant et après (plan familial, carte « si je suis détenu », quelqu'un a été emmené,
### preuve de deux ans, compte rendu d'une rencontre). Français.
### Traduction assistée par machine, pas encore relue par un locuteur natif.

## Commun

tools-made = Fait avec Amparo le { $date }. Amparo n'a gardé aucune copie.
tools-yes = Oui
tools-no = Non
tools-status-reported = Rapporté par des associations ou la presse, non confirmé par une source officielle.
tools-status-contested = Les tribunaux ou les administrations ne sont pas d'accord sur ce point.
tools-status-in-litigation = Les tribunaux sont encore en train de trancher.
tools-sources = Sources

## Libellés

tools-field-name = Nom légal complet, comme sur les papiers d'immigration
tools-field-card-name = Mon nom comme sur mes papiers
tools-field-a-number = Numéro A (A-number)
tools-field-a-number-hint = 8 ou 9 chiffres. Il figure sur l'avis de comparution (Notice to Appear), la carte verte ou le permis de travail.
tools-field-country-of-birth = Pays de naissance
tools-field-date-of-birth = Date de naissance
tools-field-phone = Téléphone
tools-field-email = Courriel
tools-field-school = École
tools-field-pickup = Qui vient le chercher
tools-field-caregiver = Qui s'en occupe
tools-field-child-medical = Besoins médicaux
tools-field-contact-name = Nom
tools-field-relation = Lien
tools-field-lawyer-name = Avocat
tools-field-organization = Organisme
tools-field-medical = Besoins médicaux
tools-field-medications = Médicaments
tools-field-papers-location = Où sont les papiers
tools-field-money = Argent et loyer
tools-field-call = Appeler
tools-field-hours = Horaires
tools-field-checked = Vérifié le
tools-field-as-of = Compté en arrière depuis
tools-field-window = Les deux ans
tools-field-earliest = Premier papier
tools-field-latest = Dernier papier
tools-field-covered-days = Jours montrés par les papiers
tools-field-from = Du
tools-field-to = Au
tools-field-date = Date (un jour)
tools-field-days = Jours
tools-field-where-gap = Où
tools-field-month = Mois
tools-field-shown = Montré par un papier
tools-field-papers = Papiers
tools-field-number = N°
tools-field-kind = Type de papier
tools-field-dates = Dates
tools-field-description = Description
tools-field-kept-at = Rangé où
tools-field-when = Quand
tools-field-where = Où
tools-field-agency = Administration
tools-field-written-by = Écrit par
tools-field-what-happened = Ce qui s'est passé
tools-field-paper-shown = Un papier a-t-il été montré ?
tools-field-paper = Le papier
tools-field-warrant-check = Ce qu'a dit la vérification de mandat d'Amparo
tools-field-injuries = Blessures
tools-field-recordings = Photos et vidéos, rangées où
tools-field-officer-name = Nom de l'agent
tools-field-badge = Numéro de plaque
tools-field-plate = Plaque d'immatriculation
tools-field-state = État
tools-field-witness-name = Témoin

## Phrases à dire

tools-say-heading = Phrases à dire en anglais
tools-say-lawyer = Je veux parler à mon avocat.
tools-say-sign = Je ne signerai rien sans mon avocat.
tools-say-fear = J'ai peur de retourner dans mon pays.

## Le plan familial

tools-plan-title = Plan familial
tools-plan-intro = Rangez ce plan là où votre famille pourra le trouver, et donnez-en une copie aux personnes qui y sont nommées. Mettez-le à jour quand quelque chose change.
tools-plan-person-heading = Pour me retrouver
tools-plan-children-heading = Les enfants
tools-plan-contacts-heading = Contacts en cas d'urgence
tools-plan-lawyer-heading = L'avocat
tools-plan-more-heading = Santé, papiers et argent

tools-gol-title = Option 1 : une personne en relation parentale
tools-gol-intro = Un papier signé qui permet à une personne de votre choix de prendre les décisions scolaires et médicales pour vos enfants pendant que vous ne le pouvez pas. Il ne cède pas la garde.
tools-gol-writing = Il est écrit, avec votre nom, le nom de la personne choisie et le nom de chaque enfant.
tools-gol-signed = Vous le signez et vous écrivez la date de la signature.
tools-gol-over-30 = S'il vaut pour plus de 30 jours, il doit aussi contenir :
tools-gol-addresses = Votre adresse et votre téléphone, et ceux de la personne choisie.
tools-gol-birth-dates = La date de naissance de chaque enfant.
tools-gol-start = Le jour où il commence, ou l'événement qui le fait commencer (par exemple : « si je suis détenu »).
tools-gol-consent = L'accord écrit de la personne choisie.
tools-gol-no-order = Une déclaration qu'aucune décision de justice ne vous empêche de le faire.
tools-gol-notary = Votre signature devant un notaire (notary).
tools-gol-limits = À savoir :
tools-gol-twelve-months = Il dure 12 mois au plus. S'il n'indique pas de durée, il dure 30 jours, ou 12 mois s'il contient tout ce qui précède.
tools-gol-both-parents = Si un tribunal a ordonné que les deux parents décident ensemble de l'école ou de la santé, les deux doivent être d'accord.
tools-gol-ends = Il prend fin si vous mourez ou perdez la capacité de décider. Votre propre décision passe toujours avant celle de la personne choisie.
tools-gol-no-custody = Il ne change pas le district scolaire de votre enfant, et la personne choisie n'a pas à payer pour l'enfant.
tools-gol-copies = Donnez des copies à l'école, aux médecins et à l'assurance santé.

tools-sg-title = Option 2 : un tuteur de réserve (standby guardian)
tools-sg-intro = Une personne de votre choix qui devient le tuteur de vos enfants si les services d'immigration vous arrêtent, vous détiennent ou vous expulsent (la loi parle de « séparation administrative »), ou si vous mourez ou perdez votre capacité.
tools-sg-writing = Une désignation écrite nomme le tuteur de réserve et, si vous le voulez, une deuxième personne au cas où la première ne pourrait pas.
tools-sg-witnesses = Vous la signez devant deux témoins, qui la signent aussi. Le tuteur de réserve ne peut pas être l'un d'eux.
tools-sg-starts = Après une arrestation ou une détention par l'immigration, elle commence quand le tuteur de réserve en a la preuve (par exemple un papier d'ICE) et votre désignation signée.
tools-sg-sixty-days = À partir de là, le tuteur de réserve peut agir pendant 60 jours, et doit dans ce délai demander au tribunal des successions (Surrogate's Court, pas le tribunal de la famille) de le nommer tuteur.
tools-sg-parent-keeps = Vous restez le parent. Vous pouvez la modifier ou l'annuler.
tools-sg-help = La loi prévoit un formulaire facultatif pour cela. Un avocat d'aide juridique gratuite peut vous aider à le remplir.

tools-family-title = Aussi
tools-family-intro = De petites choses qui aident le pire jour.
tools-family-school = Dites à l'école qui peut venir chercher vos enfants, sur sa fiche de contacts d'urgence.
tools-family-papers = Laissez des copies des actes de naissance, des passeports et de ce plan à la personne qui s'occupera de vos enfants.
tools-family-numbers = Chacun apprend par cœur deux numéros : celui d'un membre de la famille et celui de l'avocat.
tools-family-money = Mettez un peu d'argent de côté, et dites à une personne de confiance comment payer le loyer.
tools-family-medicine = Laissez un sac avec une semaine de vos médicaments à une personne de confiance.
tools-family-presence = Si vous êtes aux États-Unis depuis plus de deux ans, rassemblez des papiers qui le montrent, et gardez des copies là où votre famille peut les atteindre.
tools-family-both = Vous pouvez faire les deux options. Demandez à un avocat d'aide juridique gratuite laquelle convient à votre famille.

## Messages écrits à l'avance

tools-messages-heading = Messages écrits à l'avance
tools-messages-intro = Prêts à envoyer si vous êtes détenu. Rien n'est envoyé si vous n'appuyez pas sur envoyer sur votre propre téléphone.
tools-messages-page-intro = Chaque lien ouvre les SMS ou le courriel de votre téléphone avec le message prêt. Amparo n'envoie rien. Gardez cette page ou copiez les textes dans un endroit sûr.
tools-messages-sms = Ouvrir dans mes SMS
tools-messages-mail = Ouvrir dans mon courriel
tools-msg-subject = J'ai été détenu
tools-msg-detained = J'ai été détenu par l'immigration.
tools-msg-call-lawyer = S'il te plaît, appelle mon avocat { $lawyer } au { $phone }.
tools-msg-call-lawyer-no-phone = S'il te plaît, appelle mon avocat, { $lawyer }.
tools-msg-a-number = Mon numéro A est { $a_number }.
tools-msg-children = S'il te plaît, suis notre plan familial pour les enfants.
tools-msg-from = — { $name }
tools-msg-to-lawyer = C'est { $name }. J'ai été détenu par l'immigration. Merci de me retrouver et de me représenter.
tools-msg-born = Je suis né le { $date }.

## La carte « si je suis détenu »

tools-card-title = Si je suis détenu
tools-card-back-title = Aux agents

## Quelqu'un a été emmené

tools-taken-title = Quelqu'un a été emmené
tools-taken-intro = Agissez dans les premières heures. Restez calme, notez ce que vous savez, et suivez ces étapes dans l'ordre.
tools-taken-search-with = Chercher avec
tools-taken-find-heading = 1. Savoir où la personne est détenue
tools-taken-locator = Cherchez dans le localisateur de détenus en ligne d'ICE, { $url } : avec le numéro A et le pays de naissance, ou avec le nom légal complet et le pays de naissance.
tools-taken-exact-name = Tapez le nom exactement comme sur les papiers d'immigration, avec les accents et les traits d'union. Si rien n'apparaît, essayez d'autres orthographes et la date de naissance.
tools-taken-nine-digits = Le numéro A a 9 chiffres : mettez un 0 devant un numéro de 8 chiffres.
tools-taken-not-shown = Il peut ne pas encore montrer la personne : les données peuvent arriver des heures ou des jours après une arrestation ou un transfert. Il ne montre pas les moins de 18 ans, ni les personnes libérées depuis plus de 60 jours.
tools-taken-locator-privacy = Le localisateur enregistre votre adresse internet. ICE dit ne pas s'en servir pour des arrestations.
tools-taken-case-heading = 2. Vérifier le dossier
tools-taken-eoir = Appelez la ligne automatique des tribunaux de l'immigration, { $phone }, avec le numéro A : elle donne la prochaine audience et les décisions du juge. Elle ne dit rien de la caution, et les ordres d'expulsion accélérée n'y figurent pas.
tools-taken-help-heading = 3. Demander de l'aide à New York
tools-taken-help-pending = Les lignes d'aide juridique gratuite, chacune vérifiée à sa source, sont sur la page « Obtenir de l'aide » d'Amparo. Appelez-en une le jour même.
tools-taken-lawyer-heading = 4. Un avocat, dans les premières heures
tools-taken-lawyer-now = Appelez tout de suite l'avocat du plan familial, ou une ligne d'aide juridique gratuite. Un avocat peut trouver où la personne est détenue, dire à ICE qu'il la représente et demander sa libération.
tools-taken-habeas = Un avocat peut aussi demander à un tribunal fédéral d'examiner la détention (habeas corpus). La demande se dépose là où la personne est détenue : agissez avant un transfert hors de New York.
tools-taken-fear = Si la personne a peur de retourner dans son pays, elle doit le dire clairement. Dans l'expulsion accélérée, un agent doit alors l'envoyer à un agent d'asile au lieu de l'expulser tout de suite.
tools-taken-presence = Si elle est aux États-Unis depuis plus de deux ans, apportez vite à l'avocat des papiers qui le montrent : la personne doit le prouver pour éviter l'expulsion accélérée, et peut demander du temps pour obtenir ses papiers.
tools-taken-consulate-heading = 5. Le consulat
tools-taken-consulate = Le consulat du pays de la personne peut aider à la trouver et à la joindre. La personne peut choisir de ne pas le contacter.
tools-taken-consulate-must = Pour certains pays (par exemple la Chine, la Russie et la Pologne), ICE doit prévenir le consulat même si la personne ne le veut pas. Si la personne craint son gouvernement, dites-le tout de suite à l'avocat.
tools-taken-children-heading = 6. Les enfants
tools-taken-standby = Si le parent a désigné un tuteur de réserve, cette personne peut agir comme tuteur des enfants pendant 60 jours, et doit dans ce délai demander au tribunal des successions (Surrogate's Court) de la nommer tutrice.
tools-taken-designation = Une désignation de personne en relation parentale permet à cette personne de traiter avec l'école et les médecins. Montrez-la-leur.
tools-taken-ready-heading = 7. Ayez ceci prêt
tools-taken-ready = Le nom légal complet de la personne, son numéro A, sa date et son pays de naissance ; où et quand elle a été emmenée ; le plan familial ; le nom et le numéro de l'avocat ; des papiers qui montrent deux ans aux États-Unis ; ses médicaments et ses besoins médicaux.

## Preuve de deux ans

tools-presence-title = Preuve de deux ans aux États-Unis
tools-presence-intro = L'expulsion accélérée permet aux agents d'expulser une personne sans juge si elle ne peut pas montrer deux ans aux États-Unis. Indiquez vos papiers avec leurs dates : Amparo montre quels mois ils couvrent et où sont les trous.
tools-presence-covers = Vos papiers montrent votre présence du { $from } au { $to }, sans aucune période de plus de { $limit } jours sans papier.
tools-presence-not-covered = Vos papiers ne montrent pas toute la période du { $from } au { $to } : { $count ->
    [one] il y a un trou
   *[other] il y a { $count } trous
} (voir plus bas).
tools-presence-not-legal = Ceci montre ce que montrent vos papiers. Ce n'est pas une décision juridique : c'est un agent ou un juge qui décide, et un avocat peut vous dire ce que valent vos papiers.
tools-presence-gaps-heading = Trous
tools-presence-months-heading = Mois par mois
tools-presence-index-heading = Liste des papiers
tools-presence-rule-heading = Comment les trous sont comptés
tools-presence-rule = Un trou est une période de plus de { $limit } jours qu'aucun papier ne couvre, ou le début des deux ans avant votre premier papier. Aucune règle ne dit à quelle fréquence les papiers doivent montrer la présence ; { $limit } jours est l'absence la plus longue que la loi sur l'immigration accepte dans son autre règle sur la présence continue, donc un agent pourrait mettre en doute une période plus longue.
tools-presence-kinds-heading = Papiers qui peuvent montrer la présence
tools-presence-keep = Gardez des copies dans un endroit sûr que votre famille peut atteindre, et une copie sur votre téléphone ou dans votre courriel. Porter ses papiers sur soi a aussi des risques : demandez à un avocat quoi porter. Si vous êtes détenu, vous pouvez demander du temps pour obtenir vos papiers ou pour que quelqu'un les apporte.
tools-month-covered = Oui
tools-month-gap = Non
tools-gap-no-papers = Aucun papier
tools-gap-before-first-paper = Avant le premier papier
tools-gap-between-papers = Entre les papiers
tools-gap-after-last-paper = Après le dernier papier
tools-kind-lease = Bail
tools-kind-rent_receipt = Quittance de loyer
tools-kind-pay_stub = Fiche de paie
tools-kind-tax_return = Déclaration d'impôts
tools-kind-utility_bill = Facture (électricité, gaz, eau)
tools-kind-phone_bill = Facture de téléphone ou d'internet
tools-kind-bank_statement = Relevé bancaire
tools-kind-money_transfer = Reçu de transfert d'argent
tools-kind-medical_record = Dossier médical
tools-kind-school_record = Dossier scolaire (le vôtre ou celui de votre enfant)
tools-kind-religious_record = Attestation d'un lieu de culte
tools-kind-mail = Lettre à votre nom
tools-kind-id_card = Pièce d'identité délivrée aux États-Unis (par exemple IDNYC)
tools-kind-court_record = Document de tribunal
tools-kind-child_birth_certificate = Acte de naissance d'un enfant né aux États-Unis
tools-kind-employment_letter = Lettre d'un employeur
tools-kind-other = Autre papier daté

## Le compte rendu d'une rencontre

tools-record-title = Compte rendu d'une rencontre
tools-record-intro = Écrit pour un avocat. N'écrivez que ce que vous avez vu et entendu vous-même.
tools-record-officers-heading = Agents
tools-record-vehicles-heading = Véhicules
tools-record-witnesses-heading = Témoins
tools-record-ag-heading = Pour le signaler à la procureure générale de l'État de New York
tools-record-ag-intro = Le « Federal Action Reporting Form » de la procureure générale reçoit des signalements d'opérations d'immigration. L'envoyer est votre choix. Ce que vous envoyez peut servir dans des rapports publics et devant les tribunaux. Si c'est vous qui avez été arrêté, parlez d'abord à votre avocat. Voici les champs du formulaire et ce que vous pourriez y copier :
tools-ag-when = Date et heure
tools-ag-where = Lieu
tools-ag-description = Description de ce qui s'est passé
tools-ag-media = Photos, vidéos ou liens
tools-ag-contact = Vos coordonnées (facultatif)
tools-ag-your-choice = À vous de choisir : laissez vide si vous préférez.
tools-record-keep = Gardez ce compte rendu et vos vidéos dans un endroit sûr, et donnez-en une copie à votre avocat.

## Pages web

tools-home-heading = Avant et après
tools-plan-link-hint = Qui vient chercher les enfants, les numéros, l'avocat — sur papier, dans votre langue.
tools-card-link-hint = Nom, numéro A, deux numéros et votre avocat, avec les phrases à dire en anglais.
tools-taken-link-hint = Comment retrouver un proche détenu, et que faire dans les premières heures.
tools-presence-link-hint = Quels mois vos papiers couvrent, et où sont les trous.
tools-record-link-hint = Notez ce qui s'est passé, pour un avocat.
tools-see-also = Outils pour cela
tools-plan-page-intro = Ne remplissez que ce que vous voulez sur le papier : seul le nom est nécessaire. Ensuite, faites le plan, la carte, les messages ou la feuille « quelqu'un a été emmené ».
tools-record-page-intro = Notez-le dès que possible, tant que vous vous en souvenez. Seuls quand, où et ce qui s'est passé sont nécessaires.
tools-paper-size = Papier
tools-form-person = La personne pour qui est ce plan
tools-form-child = Enfant { $number }
tools-form-contact = Contact d'urgence { $number }
tools-form-lawyer = Avocat
tools-form-more = Santé, papiers et argent
tools-form-say-fear = Mettre « J'ai peur de retourner dans mon pays » sur ma carte
tools-form-paper = Papier { $number }
tools-form-officer = Agent { $number }
tools-form-vehicle = Véhicule { $number }
tools-form-witness = Témoin { $number }
tools-form-encounter = La rencontre
tools-form-what = Ce qui s'est passé
tools-form-taken-intro = Remplissez ce que vous savez pour imprimer cette feuille avec. Rien n'est gardé.
tools-make-plan = Faire le plan (PDF)
tools-make-card = Faire la carte de portefeuille (PDF)
tools-make-messages = Écrire les messages
tools-make-taken = Faire la feuille « quelqu'un a été emmené » (PDF)
tools-make-presence = Vérifier mes papiers
tools-make-presence-pdf = Imprimer la liste des papiers (PDF)
tools-make-record = Faire le compte rendu (PDF)
tools-make-record-json = Télécharger le compte rendu pour un avocat (JSON)
tools-errors-heading = Vérifiez ces champs :
tools-privacy-heading = Ce qui est gardé, et où
tools-privacy-server = Quand vous appuyez sur un bouton, ce que vous avez tapé va au serveur d'Amparo, qui fait votre papier en mémoire puis l'oublie. Rien n'est enregistré sur le serveur, rien n'est écrit dans un journal, et aucun cookie n'est posé.
tools-privacy-paper = Le papier que vous téléchargez contient des informations privées. Rangez-le là où seules des personnes de confiance peuvent le trouver.
tools-privacy-draft = Sur les téléphones qui le permettent, vous pouvez aussi garder un brouillon sur ce téléphone seulement, verrouillé par une phrase secrète que vous choisissez. Amparo ne le reçoit jamais et ne peut pas l'ouvrir.
tools-draft-legend = Brouillon sur ce téléphone
tools-draft-passphrase = Phrase secrète (au moins 8 caractères ; si vous l'oubliez, le brouillon ne pourra pas être ouvert)
tools-draft-save = Garder le brouillon sur ce téléphone
tools-draft-open = Ouvrir le brouillon
tools-draft-delete = Supprimer le brouillon
tools-draft-saved = Gardé sur ce téléphone, verrouillé par votre phrase secrète.
tools-draft-opened = Le brouillon est ouvert.
tools-draft-deleted = Le brouillon est supprimé de ce téléphone.
tools-draft-wrong = Phrase secrète incorrecte, ou brouillon abîmé.
tools-draft-none = Il n'y a pas de brouillon sur ce téléphone.
tools-draft-short = La phrase secrète est trop courte.
tools-draft-working = En cours…

## Erreurs

tools-error-required = Ceci est nécessaire.
tools-error-shape = Ce n'est pas sous la forme attendue ({ $value }).
tools-error-not-a-date = « { $value } » n'est pas une date.
tools-error-not-a-date-time = « { $value } » n'est pas une date et une heure.
tools-error-future-date = { $value } est dans le futur. Le dernier jour possible est le { $latest }.
tools-error-too-old = { $value } est trop ancien.
tools-error-ends-before-start = Cela finit ({ $to }) avant de commencer ({ $from }).
tools-error-date-or-range = Donnez une date, ou une date « du » et une date « au ».
tools-error-a-number = « { $value } » n'est pas un numéro A : il a 8 ou 9 chiffres.
tools-error-phone = « { $value } » n'est pas un numéro de téléphone : 10 chiffres aux États-Unis, ou + et l'indicatif du pays.
tools-error-email = « { $value } » n'est pas une adresse de courriel.
tools-error-plate = « { $value } » n'est pas une plaque d'immatriculation.
tools-error-unknown = « { $value } » n'est pas l'un des choix.
tools-error-too-long = C'est trop long : { $max } caractères au plus.
tools-error-too-many = Trop nombreux : { $max } au plus.
tools-error-control-character = Cela contient un caractère qui ne peut pas être imprimé.
