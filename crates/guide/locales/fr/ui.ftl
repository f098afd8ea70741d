### Amparo, application web : mots de l'interface. Français.
### Traduction assistée par machine, pas encore relue par une personne de langue maternelle française.

## Navigation

ui-choose-language = Choisissez votre langue
ui-door-now = Des agents sont à la porte en ce moment ?
ui-door-now-hint = Quoi faire et quoi dire, sur un seul écran.
ui-check-warrant = Vérifier un mandat ou un papier
ui-check-warrant-hint = Est-il signé par un juge ? Qu'est-ce qu'il permet ?
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
ui-warrant-q-top = Qu'est-ce qui est imprimé en haut du papier ?
ui-warrant-q-corner = Qu'est-ce qui est imprimé dans le coin en bas (un numéro de formulaire comme I-200 ou AO 442) ?
ui-warrant-q-signature = Qu'est-ce qui est imprimé sous la signature (nom et fonction) ?
ui-warrant-q-names = Quel nom et quelle adresse sont écrits dessus ?
ui-warrant-your-name = Votre nom (facultatif, non enregistré)
ui-warrant-your-address = Cette adresse (facultatif, non enregistrée)
ui-warrant-upload = Ou envoyez une photo ou un PDF du papier
ui-warrant-upload-note = Le fichier est lu en mémoire et n'est jamais enregistré.
ui-check = Vérifier
ui-result = Résultat
ui-back = Retour

## Confidentialité

ui-privacy-title = Confidentialité
ui-privacy-1 = Amparo ne garde rien sur vous. Il ne dépose aucun cookie, ne mesure pas l'audience et ne charge rien depuis un autre site web.
ui-privacy-2 = Une photo, un PDF ou un texte que vous envoyez pour vérifier un papier est lu en mémoire pour vous répondre, puis effacé. Il n'est jamais écrit sur le disque ni dans un journal.
ui-privacy-3 = Le serveur ne tient aucun journal des visites ni de ce qui a été consulté : pas d'adresses, pas de pages, pas de contenu.
ui-privacy-4 = Après votre première visite, votre téléphone peut garder les pages de cette langue pour les ouvrir sans connexion. Elles restent sur votre appareil.
ui-privacy-5 = Amparo est un logiciel libre. Tout le monde peut le faire fonctionner sur son propre ordinateur et vérifier ce qu'il fait.

## Erreurs

ui-not-found = Cette page n'existe pas.
ui-error = Un problème est survenu. Rien de ce que vous avez envoyé n'a été gardé.
ui-warrant-unavailable = Cette vérification n'a pas pu lire le papier. Rien de ce que vous avez envoyé n'a été gardé.
