### Gid dwa Amparo: kreyòl ayisyen.
### Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.
### intl_pluralrules pa gen règ pliryèl pou "ht": varyant nimerik yo ([0], [1]) ak *[other] pote tèks la.

## Lang ak entèfas

language-name = Kreyòl ayisyen
guide-title = Konnen dwa ou
guide-subtitle = Si ajan imigrasyon (ICE) vini: Vil Nouyòk
key-points-heading = 10 pwen ki pi enpòtan yo
scenarios-heading = Sitiyasyon
say-label = Sa pou w di
say-english-label = An angle
dont-label = Pa fè sa
sources-label = Sous
reviewed = Dènye revizyon: { $date }
points-count =
    { $count ->
        [0] pa gen pwen
        [1] yon sèl pwen
       *[other] { $count } pwen
    }
disclaimer = Sa a se enfòmasyon legal, se pa konsèy legal. Lwa ak règleman chanje. Pou yon konsèy sou sitiyasyon pa w, pale ak yon avoka oswa yon òganizasyon èd legal.
status-source = Tèks orijinal.
status-machine-assisted = Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.
status-reviewed = Yon moun ki pale lang lan revize tradiksyon an.
door-card-title = Si ajan vin frape nan pòt ou
door-card-back-title = Pou ajan yo
door-card-check-title = Kijan pou w tcheke yon manda

## Dis pwen ki pi enpòtan yo

kp-judicial-warrant = Pou ajan yo antre san pèmisyon nan yon kay, yon lekòl oswa pati prive yon travay, yo bezwen yon manda yon jij siyen. Yon papye ICE yon ofisye ICE siyen (tankou fòm I-200 oswa I-205) se pa yon manda jij.
kp-judicial-warrant-say = Tanpri, glise manda a anba pòt la.
kp-agents-may-lie = Ajan yo gen dwa bay manti. Yo ka di yo se "lapolis", oswa yo jis vle pale. Mande yo kiyès yo ye ak ki ajans yo travay.
kp-agents-may-lie-say = Kiyès nou ye? Ki ajans nou soti?
kp-remain-silent = Ou gen dwa rete an silans. Ou pa oblije di ki kote ou fèt, kijan ou rive Ozetazini, ni ki estati imigrasyon ou genyen.
kp-remain-silent-say = M ap sèvi ak dwa m pou m rete an silans.
kp-free-to-go = Mande: "Èske m ka ale?" Si yo di wi, ale trankil. Si yo di non, rete kote ou ye a epi rete an silans.
kp-free-to-go-say = Èske m ka ale?
kp-film = Ou ka filme oswa anrejistre ajan yo, depi ou pa anpeche yo fè travay yo. Rete yon distans ki an sekirite.
kp-stay-calm = Rete kalm. Kenbe men ou kote ajan yo ka wè yo.
kp-do-not-run = Pa kouri. Yo ka sèvi ak kous la kòm rezon pou yo kanpe w oswa arete w.
kp-do-not-resist = Pa reziste, menm si ou panse ajan yo ap vyole lalwa. Pa pouse ni manyen yon ajan. Di ou pa dakò, epi pale ak yon avoka apre.
kp-do-not-resist-say = Mwen pa bay konsantman m.
kp-do-not-lie = Pa bay manti, epi pa montre fo dokiman. Si ou pa vle reponn, pito ou rete an silans.
kp-do-not-obstruct = Pa bloke ajan yo ni mete w nan chemen yo, menm pou ede yon lòt moun. Ou ka gade, anrejistre, epi di moun dwa yo nan yon distans ki an sekirite.

## Sitiyasyon: lakay ou

home-title = Lakay ou: ajan nan pòt la
home-intro = ICE konn vini bonè nan maten. Ou pa oblije louvri pòt la. Pale ak pòt la fèmen.
home-door-heading = Si ajan frape pòt la
home-dont-open = Pa louvri pòt la. Ou ka pale atravè pòt la oswa yon fenèt. Si ou louvri l, ajan yo ka antre, oswa di apre se ou ki te kite yo antre.
home-dont-open-say = Mwen pa bay konsantman pou nou antre.
home-ask-warrant = Mande si yo gen yon manda yon jij siyen. Mande yo glise l anba pòt la oswa kenbe l devan yon fenèt. Ou pa bezwen louvri pòt la pou w wè l.
home-ask-warrant-say = Tanpri, glise manda a anba pòt la.
home-check-warrant = Tcheke papye a. Yon manda jij soti nan yon tribinal (pa egzanp "United States District Court" oswa yon tribinal Nouyòk), e se yon jij ki siyen l. Yon papye ki ekri "Department of Homeland Security" oswa "Immigration and Customs Enforcement", oswa ki gen yon nimewo fòm tankou I-200 oswa I-205, se yon ofisye ICE ki siyen l, se pa yon jij. Yon jij imigrasyon pa konte kòm jij yon tribinal isit la.
home-check-warrant-dont = Pa louvri pòt la sèlman paske papye a ekri "Warrant" (manda).
home-warrant-scope = Yon manda arestasyon yon jij bay pèmèt ajan yo antre lakay moun ki nonmen nan manda a, si yo gen rezon pou yo kwè moun nan anndan an. Pou yo antre lakay yon lòt moun, yo bezwen yon manda pèkizisyon. Yon manda pèkizisyon pèmèt yo fouye sèlman kote li nonmen an, e sèlman nan dat ak lè ki ekri ladan l.
home-i205 = Depi me 2025, ICE di yon Manda Depòtasyon (fòm I-205), ke yon ofisye ICE siyen e pa yon jij, pèmèt ajan li yo antre nan yon kay pa fòs. Gen moun ki pa dakò ak sa, e lalwa poko deside. Pa louvri pòt la, epi di ou pa bay konsantman. Si yo antre pa fòs, pa reziste.
home-i205-dont = Pa kenbe pòt la fèmen ak kò w, ni bloke ajan yo.
home-inside-heading = Si ajan yo antre
home-exceptions = Gen kèk ti eksepsyon, tankou yon vrè ijans. Si ajan yo antre kanmenm, pa reziste: yon tribinal ka deside apre si antre a te legal.
home-no-search = Di klè ou pa bay konsantman pou yon fouy. Pa reziste epi pa bloke yo.
home-no-search-say = Mwen pa bay konsantman pou yon fouy.
home-watch = Gade epi sonje: non, nimewo badj, ajans lan, sa yo te fouye ak sa yo te pran. Ekri l le pli vit ou kapab.
home-sign-nothing = Pa siyen anyen anvan ou pale ak yon avoka.
home-sign-nothing-say = Mwen p ap siyen anyen san yon avoka.

## Sitiyasyon: nan lari

street-title = Nan lari a oswa nan tren anba tè
street-intro = Ajan yo ka kanpe w nan yon kote piblik. Rete kalm, epi konnen sa ou ka di.
street-stopped-heading = Si ajan yo kanpe w
street-carry-papers = Si ou gen 18 an oswa plis epi ou gen papye imigrasyon ki valab, tankou yon kat rezidans (green card), lwa federal la mande pou w mache avè yo. Si ou genyen yo sou ou, ou ka montre yo.
street-carry-papers-dont = Pa janm mache ak fo papye oswa papye yon lòt moun, ni montre yo.
street-no-search = Ajan yo ka manyen rad ou pa deyò si yo kwè ou gen yon zam. Ou pa oblije dakò pou yo fouye kò w, sak ou oswa telefòn ou nenpòt lòt jan. Di sa klè, men pa reziste.
street-no-search-say = Mwen pa bay konsantman pou yon fouy.
street-arrest-heading = Si yo arete w
street-arrest = Lè ajan yo arete w, yo dwe di w yo se ofisye imigrasyon ak poukisa yo arete w, depi sa san danje. Rete an silans epi mande yon avoka.
street-arrest-say = Mwen vle pale ak yon avoka.

## Sitiyasyon: nan yon machin

car-title = Nan yon machin
car-intro = Lapolis ak ajan federal ka kanpe machin. Chofè a ak pasaje yo gen dwa.
car-stop-heading = Si yo kanpe w
car-pull-over = Si se ou k ap kondui epi ofisye yo fè w siy pou w kanpe, rale sou kote a san danje. Etenn motè a, limen limyè anndan an, epi kenbe men ou sou volan an.
car-pull-over-dont = Pa demare ale, ni eseye chape.
car-passengers = Pasaje yo gen dwa rete an silans tou. Yon pasaje ka mande si li ka ale.
car-passengers-say = Èske m ka ale?
car-no-search = Ou pa oblije dakò pou yo fouye machin nan. Di sa klè, men pa anpeche yo ak kò w.
car-no-search-say = Mwen pa bay konsantman pou yon fouy.

## Sitiyasyon: nan travay

work-title = Nan travay
work-intro = Ajan yo ka vini nan kote moun travay. Sa yo ka fè depann de si kote a louvri pou piblik la.
work-areas-heading = Pati piblik ak pati prive
work-public-areas = Ajan yo ka antre san manda nan pati ki louvri pou piblik la, tankou anndan yon magazen oswa sal yon restoran.
work-private-areas = Pou yo antre nan pati prive, tankou biwo, kizin oswa depo ki fèmen pou piblik la, ajan yo bezwen yon manda oswa konsantman mèt la oswa manadjè a. Mèt la oswa manadjè a ka di non.
work-private-areas-say = Mwen pa bay konsantman pou nou antre nan pati prive yo.
work-raid-heading = Pandan yon desant
work-raid = Ajan yo ka poze tout moun kesyon. Lè yo poze w kesyon, sa pa vle di ou arete. Ou ka rete an silans epi mande si ou ka ale.

## Sitiyasyon: ale nan tribinal

court-title = Ale nan tribinal
court-intro = Lwa Eta Nouyòk pwoteje moun k ap ale nan yon tribinal Nouyòk kont arestasyon sivil.
court-ny-heading = Tribinal Nouyòk yo
court-protected = Si w ap ale nan yon ka nan yon tribinal Nouyòk, si ou la, oswa si w ap soti, kòm pati oswa temwen, oswa kòm manm fanmi oswa moun ki rete nan menm kay ak yon pati oswa yon temwen, ou pwoteje kont arestasyon sivil. Sa gen ladan l arestasyon ICE pou yon zafè imigrasyon sivil. Eksepsyon an: yon jij te siyen yon manda oswa yon lòd pou arestasyon sa a.
court-remedy = Arete yon moun kont lwa sa a se yon mepri pou tribinal la. Moun nan, ak Pwokirè Jeneral Eta Nouyòk, ka ale nan tribinal pou yo fè sa sispann. Di yon avoka si sa rive w oswa yon moun ou konnen.
court-immigration-heading = Tribinal imigrasyon
court-immigration = Tribinal imigrasyon yo se tribinal federal, se pa tribinal Nouyòk, e yon jij imigrasyon travay pou Depatman Jistis Etazini. Lwa Nouyòk sa a ka pa pwoteje w la. Pale ak yon avoka anvan odyans ou.
court-do-not-miss = Pa rate odyans ou nan tribinal imigrasyon. Si ou pa ale, jij la ka bay lòd pou depòte w san ou pa la.

## Sitiyasyon: nan lekòl

school-title = Nan lekòl ak gadri
school-intro = Tout timoun ka ale lekòl piblik. Fè plan davans pou pitit ou yo an sekirite si ou pa ka al chèche yo.
school-heading = Dwa pitit ou
school-right-to-attend = Tout timoun nan Nouyòk ka ale lekòl piblik, kèlkeswa estati imigrasyon pa yo oswa pa paran yo.
school-city-property = Lwa vil la di vil la pa ka kite ICE oswa yon lòt lapolis ki pa pou vil la antre nan pati ki pa piblik nan pwopriyete vil la san yon manda jij. Gen kèk eksepsyon, tankou yon ijans. Mande lekòl pitit ou a ki plan li genyen.
school-plan-heading = Fè plan davans
school-pickup = Bay lekòl la yon lis ki ajou ak granmoun ou fè konfyans ki ka al chèche pitit ou yo. Yon paran ka siyen yon fòm tou ki pèmèt yon granmoun li fè konfyans pran desizyon lekòl ak swen sante pou yon timoun.

## Sitiyasyon: sèvis vil la

city-title = Sèvis vil la: abri, lopital, biwo vil la
city-intro = Vil Nouyòk limite jan ajans li yo ede fè respekte lwa imigrasyon. Ou ka sèvi ak sèvis vil la.
city-heading = Sa lwa vil la di
city-confidential = Anplwaye vil la mande estati imigrasyon ou sèlman lè yo bezwen l pou yo konnen si ou kalifye pou yon sèvis, oswa lè lalwa mande l. Yo dwe kenbe l an konfidans.
city-police-victims = Ofisye NYPD pa mande estati imigrasyon viktim krim, temwen, oswa moun k ap mande èd.
city-non-public = Nan biwo vil la, ak kote yo bay sèvis vil la peye pou yo, tankou anpil abri, anplwaye yo pa ka kite ICE antre nan pati ki pa piblik san yon manda jij, sof nan kèk ka tankou yon ijans.
city-no-resources = Ajans vil la pa ka sèvi ak anplwaye yo, tan yo oswa bilding yo pou fè respekte lwa imigrasyon sivil, ni mete ofisye vil la anba kòmandman imigrasyon federal (sa yo rele akò 287(g)).
city-jail = Si NYPD kenbe w oswa ou nan yon prizon vil la, vil la ka kenbe w pou ICE, oswa di ICE kilè yo pral lage w, sèlman si ICE pote yon manda jij epi yo te kondane w pou sèten krim grav oswa ou ka sou yon lis siveyans teworis. NYPD gen yon ti eksepsyon ki pèmèt li kenbe yon moun jiska 48 èdtan san manda.
city-limits-heading = Limit lwa sa yo
city-no-private-suit = Lwa vil sa yo pa ba w dwa pou w fè vil la pwosè si yo pa respekte yo. Si ou panse yon ajans vil la te ede ICE yon jan li pa t dwe fè l, di yon avoka oswa yon òganizasyon èd legal.

## Sitiyasyon: si yo arete w

detained-title = Si yo fèmen w oswa arete w
detained-intro = Si ajan yo arete w, rete kalm. Sa ou di ak sa ou siyen enpòtan.
detained-heading = Pwoteje tèt ou
detained-lawyer = Mande yon avoka. Ou gen dwa gen yon avoka, men nan ka imigrasyon gouvènman an pa peye pou li. Mande lis sèvis legal gratis yo.
detained-lawyer-say = Mwen vle pale ak yon avoka.
detained-sign = Pa siyen okenn papye ou pa konprann, sitou sa ki pale de "depa volontè" (voluntary departure) oswa "depòtasyon dakò" (stipulated removal). Lè w siyen, sa ka vle di w ap renonse a dwa w pou w wè yon jij epi w dakò pou w kite Etazini.
detained-sign-say = Mwen p ap siyen anyen san yon avoka.
detained-consulate = Si ou pa sitwayen ameriken, ou ka mande pou yo kontakte konsila peyi w. Ou pa oblije: si ou pè gouvènman peyi w, ou ka chwazi pa fè l.
detained-phone = Aprann nimewo telefòn yon manm fanmi ak yon avoka pa kè. Ajan yo ka pran telefòn ou.
detained-city-heading = Nan men NYPD oswa nan yon prizon vil la

## Sitiyasyon: filme

filming-title = Filme ak anrejistre
filming-intro = Nan Nouyòk ou gen dwa anrejistre lapolis ak lòt ofisye, depi ou pa anpeche yo travay.
filming-heading = Dwa ou pou anrejistre
filming-right = Si yo pa arete w, ou gen dwa anrejistre ofisye k ap travay, ak videyo, foto, son oswa nòt ekri, epi kenbe anrejistreman ou ak telefòn ou.
filming-distance = Rete yon distans ki an sekirite. Pa manyen ajan yo epi pa mete w nan chemen yo. Fè bak si yo mande w sa. Dwa pou anrejistre a pa pèmèt ou anpeche yo ak kò w.
filming-what = Anrejistre badj, inifòm, machin, plak ak sa k ap pase. Di dat la, lè a ak kote a fò.
filming-interfered = Si yon ofisye anpeche w anrejistre, oswa li pran oswa kase telefòn ou, lwa Nouyòk ka pèmèt ou fè pwosè. Di yon avoka.
filming-care-heading = Fè atansyon
filming-share = Reflechi anvan ou pibliye: yon videyo ka montre figi moun yo arete yo. Pataje l avan ak fanmi yo oswa avoka yo.

## Sitiyasyon: prepare

prepare-title = Fè yon plan pou fanmi w
prepare-intro = Yon plan ou fè jodi a pwoteje fanmi w pi byen demen.
prepare-plan-heading = Plan ou
prepare-children = Deside kiyès k ap al chèche pitit ou yo epi okipe yo si yo fèmen w. Yon paran ka siyen yon fòm ki pèmèt yon granmoun li fè konfyans pran desizyon lekòl ak swen sante pou yon timoun pandan jiska yon ane. Fòm sa a pa bay gad timoun nan.
prepare-numbers = Aprann pa kè nimewo telefòn yon manm fanmi ak yon avoka oswa yon òganizasyon èd legal. Asire w fanmi w konnen yo tou.
prepare-documents = Mete papye enpòtan yo (batistè, paspò, papye imigrasyon ak papye tribinal) nan yon sèl kote ki an sekirite, kote yon moun ou fè konfyans ka jwenn yo, epi kenbe kopi. Si ou gen 18 an oswa plis epi ou gen yon green card oswa lòt papye enskripsyon, mache ak orijinal la: se lalwa ki mande sa.
prepare-card = Mache ak yon kat dwa. Ou ka bay ajan yo kat la olye ou pale.

## Sitiyasyon: apre yon rankont

after-title = Apre yon rankont
after-intro = Sa ou ekri kounye a ka ede yon avoka pita.
after-heading = Sa pou w fè apre
after-write = Ekri sa k te pase le pli vit ou kapab: dat la, lè a ak kote a; non ak nimewo badj; ajans lan; machin ak plak; sa yo te di ak sa yo te fè; ak non ak nimewo telefòn temwen yo.
after-lawyer = Pale ak yon avoka oswa yon òganizasyon èd legal. Pa siyen anyen anvan sa.
after-court-arrest = Si yo te arete yon moun pandan l t ap ale nan yon tribinal Nouyòk, pandan l te la, oswa pandan l t ap soti, di yon avoka: lwa Nouyòk ka ba li yon reklamasyon.
after-recording = Kenbe kopi videyo ak foto yo nan yon kote ki an sekirite. Ou gen dwa kenbe anrejistreman ou.

## Kat pòt: devan (nan lang moun ki gen kat la)

card-dont-open = Pa louvri pòt la.
card-ask-warrant = Mande yon manda yon jij siyen. Mande yo glise l anba pòt la.
card-silent = Ou gen dwa rete an silans.
card-no-sign = Pa siyen anyen san yon avoka.
card-calm = Rete kalm. Pa kouri, pa reziste, pa bay manti.
card-show = Montre ajan yo dèyè kat sa a.

## Kat pòt: dèyè (li pou ajan yo an angle; men tradiksyon an)

card-back-silent = M ap sèvi ak dwa m pou m rete an silans.
card-back-no-search = Mwen pa bay konsantman pou yon fouy.
card-back-no-entry = Mwen pa bay konsantman pou nou antre.
card-back-no-sign = Mwen p ap siyen anyen san yon avoka.
card-back-slide-warrant = Tanpri, glise nenpòt manda anba pòt la.

## Tcheke manda: konsèy

advice-door-keep-closed = Kenbe pòt la fèmen. Ou pa bezwen louvri l pou w pale ak ajan yo oswa pou w wè yon papye.
advice-door-ask-slide-paper = Mande yo glise papye a anba pòt la oswa kenbe l devan yon fenèt.
advice-say-no-consent = Di: "I do not consent to your entry" (Mwen pa bay konsantman pou nou antre).
advice-stay-silent = Ou gen dwa rete an silans. Ou ka di: "M ap sèvi ak dwa m pou m rete an silans."
advice-do-not-resist = Pa reziste, menm si yo antre. Pa kouri. Rete kalm.
advice-write-down = Ekri non yo, nimewo badj yo, ajans lan, lè a, sa k te pase, ak non temwen yo.
advice-call-lawyer = Rele yon avoka oswa yon liy èd legal. Pa siyen anyen san yon avoka.
advice-admin-warrant-no-entry = Papye sa a pou kont li pa pèmèt ajan yo antre lakay ou san konsantman ou.
advice-judicial-arrest-warrant-limited = Yon manda arestasyon yon jij bay ka pèmèt ajan yo antre lakay moun ki nonmen ladan l, si yo gen rezon pou yo kwè moun nan anndan an. Li pa pèmèt yo antre lakay yon lòt moun: pou sa, yo bezwen yon manda pèkizisyon.
advice-search-warrant-check-scope = Yon manda pèkizisyon pèmèt yo fouye kote li nonmen an, nan dat ak lè ki ekri ladan l.
advice-i205-contested = Depi me 2025, ICE di yon Manda Depòtasyon (fòm I-205) pèmèt li antre nan yon kay pa fòs. Lalwa poko deside sou sa. Pa bay konsantman, epi pa reziste ak kò w.
advice-check-signed-by-judge = Tcheke kiyès ki siyen l: se dwe yon jij yon tribinal, pa yon ofisye imigrasyon ni yon jij imigrasyon.
advice-check-name-address = Tcheke si li nonmen bon moun nan ak adrès egzak ou.
advice-check-dates = Tcheke dat yo. Yon manda pèkizisyon federal dwe itilize nan { $federal-days } jou, yon manda Nouyòk nan { $state-days } jou, e pandan lajounen, sof si manda a di yon lòt bagay.
advice-unknown-what-to-look-for = Amparo pa t ka konnen ki papye sa a ye. Chèche non yon tribinal anwo a, ak siyati yon jij. "Department of Homeland Security", "Immigration and Customs Enforcement" oswa yon nimewo fòm tankou I-200, I-205 oswa I-247A vle di se yon papye ICE.
advice-not-named-person = Sanble papye sa a pa nonmen ou.
advice-not-this-address = Sanble papye sa a pa nonmen adrès sa a.
advice-expired = Sanble dènye jou yo te ka itilize manda sa a fin pase.
advice-outside-hours = Sanble y ap itilize manda sa a andeyò lè li pèmèt yo.
advice-detainer-not-for-entry = Yon demann detansyon ICE (fòm I-247A) se yon demann bay yon prizon oswa lapolis. Li pa bay okenn pouvwa pou antre nan yon kay.
