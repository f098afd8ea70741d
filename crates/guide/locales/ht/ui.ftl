### Amparo, aplikasyon entènèt: mo entèfas yo. Kreyòl ayisyen.
### Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.

## Navigasyon

ui-choose-language = Chwazi lang ou
ui-door-now = Gen ajan devan pòt ou kounye a?
ui-door-now-hint = Sa pou w fè ak sa pou w di, sou yon sèl ekran.
ui-check-warrant = Tcheke yon manda oswa yon papye
ui-check-warrant-hint = Èske se yon jij ki siyen l? Kisa li pèmèt?
ui-detainer = Verifikasyon demann detansyon (pou avoka ak anplwaye vil la)
ui-detainer-note = Zouti sa a se pou avoka ak anplwaye vil la. Li an angle, lang lalwa a.
ui-privacy = Vi prive
ui-languages = Lang yo
ui-read-aloud = Li awotvwa
ui-all-scenarios = Tout sitiyasyon yo
ui-offline-note = Depi ou louvri paj sa yo yon fwa, yo mache san koneksyon tou sou aparèy sa a.

## Tcheke yon manda

ui-warrant-title = Tcheke yon manda oswa yon papye
ui-warrant-intro = Pa louvri pòt la. Mande yo glise papye a anba pòt la oswa kenbe l devan fenèt la. Apre sa, reponn kesyon yo dapre sa w wè, oswa voye yon foto.
ui-warrant-your-name = Non ou (si ou vle, nou pa kenbe l)
ui-warrant-your-address = Adrès sa a (si ou vle, nou pa kenbe l)
ui-warrant-upload = Oswa voye yon foto oswa yon PDF papye a
ui-warrant-upload-note = Nou li fichye a nan memwa sèlman. Nou pa janm kenbe l.
ui-check = Tcheke
ui-back = Retounen

## Vi prive

ui-privacy-title = Vi prive
ui-privacy-1 = Amparo pa kenbe anyen sou ou. Li pa mete okenn cookie, li pa fè okenn analiz vizit, e li pa chaje anyen sou okenn lòt sit entènèt.
ui-privacy-2 = Yon foto, yon PDF oswa yon tèks ou voye pou tcheke yon papye, nou li l nan memwa pou n reponn ou, epi nou jete l. Nou pa janm ekri l sou disk la ni nan okenn jounal.
ui-privacy-3 = Sèvè a pa ekri okenn jounal sou kiyès ki vizite ni sou sa yo te gade: pa gen adrès, pa gen paj, pa gen kontni.
ui-privacy-4 = Apre premye vizit ou, telefòn ou ka kenbe paj yo nan lang sa a pou yo louvri san koneksyon. Yo rete sou aparèy ou.
ui-privacy-5 = Amparo se yon lojisyèl lib. Nenpòt moun ka fè l mache sou pwòp òdinatè yo epi tcheke sa l fè.

## Erè

ui-not-found = Paj sa a pa egziste.
ui-error = Gen yon bagay ki pa mache. Nou pa kenbe anyen nan sa ou te voye.
ui-warrant-unavailable = Verifikasyon an pa t ka li papye a. Nou pa kenbe anyen nan sa ou te voye.
ui-warrant-top-bottom = Se sèlman anlè ak anba foto a yo li: sa ase pou konnen ki papye li ye. Bay non w ak adrès ou pou yo tcheke non ki sou li.
ui-doc-empty = Fichye a vid. Voye yon foto oswa yon PDF papye a, oswa reponn kesyon yo pito.
ui-doc-too-large = Fichye a oswa foto a twò gwo. Voye yon foto ki pi piti.
ui-doc-unreadable = Amparo pa ka li fichye sa a. Voye yon foto (JPEG, PNG, WebP) oswa yon PDF, oswa reponn kesyon yo pito.
ui-doc-pdf = Amparo pa ka li PDF sa a: li fèmen ak yon modpas, oswa se yon dokiman ki eskane. Voye yon foto papye a, oswa reponn kesyon yo pito.
ui-doc-failed = Yo pa t ka li papye a, oswa sa pran twòp tan. Eseye ankò ak yon foto ki pi klè, oswa reponn kesyon yo pito.

## Rezilta verifikasyon an

ui-appears = Sanble papye sa a se:
ui-kind-federal_arrest_warrant = Yon manda arestasyon yon tribinal federal bay (fòm AO 442)
ui-kind-federal_search_warrant = Yon manda pèkizisyon yon tribinal federal bay (fòm AO 93)
ui-kind-state_arrest_warrant = Yon manda arestasyon yon tribinal Nouyòk bay
ui-kind-state_search_warrant = Yon manda pèkizisyon yon tribinal Nouyòk bay
ui-kind-ice_arrest_warrant = Yon manda arestasyon ICE (fòm I-200), se yon ofisye imigrasyon ki siyen l
ui-kind-ice_removal_warrant = Yon Manda Depòtasyon ICE (fòm I-205), se yon ofisye imigrasyon ki siyen l
ui-kind-ice_detainer = Yon demann detansyon ICE (fòm I-247A): se yon demann bay yon prizon oswa lapolis
ui-kind-ice_custody_order = Yon lòd ICE pou kenbe yon moun nan detansyon oswa pou lage l (fòm I-203)
ui-kind-notice_to_appear = Yon Avi pou Konparèt (Notice to Appear, fòm I-862): li louvri yon ka nan tribinal imigrasyon
ui-kind-immigration_court_order = Yon lòd yon jij imigrasyon (se pa yon manda tribinal)
ui-kind-administrative_subpoena = Yon sitasyon (subpoena) Depatman Sekirite Enteryè Etazini voye
ui-kind-superior_court_arrest_warrant = Yon manda arestasyon Lakou Siprèm oswa Lakou Konte Nouyòk (sou yon akizasyon fòmèl)
ui-kind-search_warrant_application = Yon demann pou yon manda fouy (fòm AO 106): yon demann bay yon jij, se pa yon manda
ui-kind-unknown = Amparo pa t ka konnen ki papye sa a ye.
ui-judicial-yes = Se yon manda jij: se yon jij tribinal ki siyen l.
ui-judicial-no = Se PA yon manda jidisyè: se pa yon manda yon jij tribinal siyen.
ui-judicial-unknown = Amparo pa ka konnen si se yon jij tribinal ki siyen l.
ui-entry-yes = Manda sa a ka pèmèt ajan yo antre epi fouye kote li nonmen an, nan dat ak lè ki ekri ladan l.
ui-entry-limited = Manda sa a ka pèmèt ajan yo antre lakay moun ki nonmen ladan l lan, si yo kwè moun nan anndan an. Li pa pèmèt yo antre lakay yon lòt moun.
ui-entry-no = Pou kont li, papye sa a PA pèmèt ajan yo antre lakay ou san konsantman ou.
ui-entry-contested = ICE di papye sa a pèmèt li antre pa fòs. Tribinal yo poko deside sou sa. Pa bay konsantman, epi pa reziste ak kò w.
ui-entry-doubtful = Se yon jij ki siyen l, men li ka pa pèmèt antre isit la kounye a: adrès, dat oswa lè li yo pa sanble koresponn. Pa reziste: se yon tribinal ki deside.
ui-entry-unknown = Amparo pa ka konnen kisa papye sa a pèmèt.
ui-what-to-do = Sa pou w fè ak sa pou w di
ui-evidence = Sa Amparo li sou papye a
ui-how-decided = Kijan yo rive nan rezilta sa a
ui-check-another = Tcheke yon lòt papye

## Kat pou enprime

ui-cards-title = Kat pou enprime
ui-cards-intro = Papye mache menm lè telefòn pa mache. Enprime yo epi kenbe yo bò pòt la oswa nan pòtfèy ou.
ui-cards-wallet = Kat pou pòtfèy (yon fèy ak 10 kat, enprime sou de bò yo)
ui-cards-door = Afich pou pòt la
ui-cards-large = Gwo ekriti
ui-cards-letter = Fòma Lèt (Etazini)
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = Tcheke sou telefòn sa a — yo pa voye anyen.
ui-ran-server = Sèvè a tcheke l — yo pa kenbe anyen.
ui-ondevice-title = Tcheke sou telefòn sa a
ui-ondevice-intro = Tchek la ka fèt sou telefòn sa a menm: sa w ekri, sa w chwazi oswa foto w pran pa voye okenn kote. Yon fwa ou kenbe l, li mache san koneksyon.
ui-ondevice-size = Gwosè, ou telechaje l yon sèl fwa (tèks ak kesyon yo; epi pou li foto tou):
ui-ondevice-keep = Kenbe l pou itilize san koneksyon
ui-ondevice-kept = Li sou telefòn sa a: tchek la mache san koneksyon.
ui-ondevice-text = Tèks ki sou papye a (ekri l oswa kole l)
ui-ondevice-check = Tcheke sou telefòn sa a
ui-ondevice-photo = Foto papye a (li sou telefòn sa a)
ui-ondevice-reading = N ap li sou telefòn sa a…
ui-ondevice-failed = Tchek la pa t ka fèt sou telefòn sa a. Sèvi ak tchek sèvè a pi ba a.
