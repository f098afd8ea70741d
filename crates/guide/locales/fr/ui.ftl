### Amparo, application web : mots de l'interface. Français.
### Traduction assistée par machine, pas encore relue par une personne de langue maternelle française.

## Navigation

ui-choose-language = Choisissez votre langue
ui-door-now = Des agents sont à la porte en ce moment ?
ui-door-now-hint = Quoi faire et quoi dire, sur un seul écran.
ui-check-warrant = Vérifier un mandat ou un papier
ui-check-warrant-hint = Est-il signé par un juge ? Qu'est-ce qu'il permet ?
ui-detainer = Vérification des demandes de rétention (pour les avocats et le personnel de la ville)
ui-detainer-note = Cet outil est destiné aux avocats et au personnel de la ville. Il est en anglais, la langue de la loi.
ui-privacy = Confidentialité
ui-languages = Langues
ui-read-aloud = Lire à voix haute
ui-all-scenarios = Toutes les situations
ui-offline-note = Une fois ouvertes, ces pages fonctionnent aussi sans connexion sur cet appareil.

## Vérifier un mandat

ui-warrant-title = Vérifier un mandat ou un papier
ui-warrant-intro = N'ouvrez pas la porte. Demandez-leur de glisser le papier sous la porte ou de le montrer à la fenêtre. Ensuite, répondez selon ce que vous voyez, ou envoyez une photo.
ui-warrant-your-name = Votre nom (facultatif, non enregistré)
ui-warrant-your-address = Cette adresse (facultative, non enregistrée)
ui-warrant-upload = Ou envoyez une photo ou un PDF du papier
ui-warrant-upload-note = Le fichier est lu en mémoire et n'est jamais enregistré.
ui-check = Vérifier
ui-back = Retour

## Confidentialité

ui-privacy-title = Confidentialité
ui-privacy-1 = Amparo ne garde rien sur vous. Il ne dépose aucun cookie, ne mesure pas l'audience et ne charge rien depuis un autre site web.
ui-privacy-2 = Une photo, un PDF ou un texte que vous envoyez pour vérifier un papier est lu en mémoire pour vous répondre, puis effacé. Il n'est jamais écrit sur le disque ni dans un journal.
ui-privacy-3 = Le serveur ne tient aucun journal des visites ni de ce qui a été consulté : pas d'adresses, pas de pages, pas de contenu.
ui-privacy-4 = Après votre première visite, votre téléphone peut garder les pages de cette langue pour les ouvrir sans connexion. Elles restent sur votre appareil.
ui-privacy-5 = Amparo est un logiciel libre. Tout le monde peut le faire fonctionner sur son propre ordinateur et vérifier ce qu'il fait.

## Erreurs

ui-not-found = Cette page n'existe pas.
ui-error = Un problème est survenu. Rien de ce que vous avez envoyé n'a été gardé.
ui-warrant-unavailable = Cette vérification n'a pas pu lire le papier. Rien de ce que vous avez envoyé n'a été gardé.
ui-warrant-top-bottom = Seuls le haut et le bas de la photo ont été lus : assez pour savoir de quel papier il s'agit. Indiquez votre nom et votre adresse pour faire vérifier les noms qui y figurent.
ui-doc-empty = Le fichier est vide. Envoyez une photo ou un PDF du papier, ou répondez plutôt aux questions.
ui-doc-too-large = Le fichier ou la photo est trop volumineux. Envoyez une photo plus petite.
ui-doc-unreadable = Amparo ne peut pas lire ce fichier. Envoyez une photo (JPEG, PNG, WebP) ou un PDF, ou répondez plutôt aux questions.
ui-doc-pdf = Amparo ne peut pas lire ce PDF : il est protégé par un mot de passe, ou c'est un scan. Envoyez une photo du papier, ou répondez plutôt aux questions.
ui-doc-failed = La lecture du papier a échoué ou a pris trop de temps. Réessayez avec une photo plus nette, ou répondez plutôt aux questions.

## Résultat de la vérification

ui-appears = Ce papier semble être :
ui-kind-federal_arrest_warrant = Un mandat d'arrêt d'un tribunal fédéral (formulaire AO 442)
ui-kind-federal_search_warrant = Un mandat de perquisition d'un tribunal fédéral (formulaire AO 93)
ui-kind-state_arrest_warrant = Un mandat d'arrêt d'un tribunal de l'État de New York
ui-kind-state_search_warrant = Un mandat de perquisition d'un tribunal de l'État de New York
ui-kind-ice_arrest_warrant = Un mandat d'arrêt de l'ICE (formulaire I-200), signé par un agent de l'immigration
ui-kind-ice_removal_warrant = Un mandat d'expulsion de l'ICE (formulaire I-205), signé par un agent de l'immigration
ui-kind-ice_detainer = Une demande de rétention de l'ICE (formulaire I-247A) : une demande adressée à une prison ou à la police
ui-kind-ice_custody_order = Un ordre de l'ICE de détenir ou de libérer une personne (formulaire I-203)
ui-kind-notice_to_appear = Un avis de comparution (Notice to Appear, formulaire I-862) : il ouvre une procédure devant le tribunal de l'immigration
ui-kind-immigration_court_order = Une décision d'un juge de l'immigration (ce n'est pas un mandat d'un tribunal)
ui-kind-administrative_subpoena = Une assignation (subpoena) du ministère de la Sécurité intérieure des États-Unis
ui-kind-superior_court_arrest_warrant = Un mandat d'arrêt de la Cour suprême ou d'une cour de comté de New York (sur acte d'accusation)
ui-kind-search_warrant_application = Une demande de mandat de perquisition (formulaire AO 106) : une requête à un juge, pas un mandat
ui-kind-unknown = Amparo n'a pas pu savoir de quel papier il s'agit.
ui-judicial-yes = C'est un mandat d'un juge : un juge d'un tribunal l'a signé.
ui-judicial-no = Ce n'est PAS un mandat judiciaire : ce n'est pas un mandat signé par un juge d'un tribunal.
ui-judicial-unknown = Amparo ne peut pas savoir si un juge d'un tribunal l'a signé.
ui-entry-yes = Ce mandat peut permettre aux agents d'entrer dans le lieu qu'il nomme et de le fouiller, dans ses dates et ses heures.
ui-entry-limited = Ce mandat peut permettre aux agents d'entrer dans le logement de la personne qu'il nomme, s'ils pensent qu'elle est à l'intérieur. Il ne leur permet pas d'entrer chez quelqu'un d'autre.
ui-entry-no = À lui seul, ce papier NE permet PAS aux agents d'entrer chez vous sans votre consentement.
ui-entry-contested = L'ICE affirme que ce papier lui permet d'entrer de force. Les tribunaux n'ont pas tranché la question. Ne donnez pas votre consentement, et n'opposez pas de résistance physique.
ui-entry-doubtful = Un juge l'a signé, mais il ne permet peut-être pas d'entrer ici maintenant : son adresse, ses dates ou ses heures ne semblent pas correspondre. Ne résistez pas : c'est un tribunal qui décide.
ui-entry-unknown = Amparo ne peut pas savoir ce que ce papier permet.
ui-what-to-do = Quoi faire et quoi dire
ui-evidence = Ce qu'Amparo a lu sur le papier
ui-how-decided = Comment ce résultat a été établi
ui-check-another = Vérifier un autre papier

## Cartes à imprimer

ui-cards-title = Cartes à imprimer
ui-cards-intro = Le papier marche quand les téléphones ne marchent pas. Imprimez-les et gardez-les près de la porte ou dans votre portefeuille.
ui-cards-wallet = Cartes pour le portefeuille (une feuille de 10, à imprimer recto verso)
ui-cards-door = Affiche pour la porte
ui-cards-large = Gros caractères
ui-cards-letter = Lettre US
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = Vérifié sur ce téléphone — rien n'a été envoyé.
ui-ran-server = Vérifié par le serveur — non conservé.
ui-ondevice-title = Vérifier sur ce téléphone
ui-ondevice-intro = La vérification peut se faire sur ce téléphone même : ce que vous tapez, choisissez ou photographiez n'est envoyé nulle part. Une fois conservée, elle marche sans connexion.
ui-ondevice-size = Taille, téléchargée une seule fois (texte et questions ; puis lecture des photos en plus) :
ui-ondevice-keep = Conserver pour l'utiliser hors ligne
ui-ondevice-kept = Conservé sur ce téléphone : la vérification marche sans connexion.
ui-ondevice-text = Le texte du papier (tapez-le ou collez-le)
ui-ondevice-check = Vérifier sur ce téléphone
ui-ondevice-photo = Photo du papier (lue sur ce téléphone)
ui-ondevice-reading = Lecture sur ce téléphone…
ui-ondevice-failed = La vérification n'a pas pu se faire sur ce téléphone. Utilisez la vérification par le serveur ci-dessous.
