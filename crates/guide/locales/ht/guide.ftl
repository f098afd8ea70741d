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
dont-label = Atansyon
sources-label = Sous
legal-status-settled = Pa gen diskisyon sou sa.
legal-status-contested = Tribinal oswa ajans gouvènman yo pa dakò sou sa.
legal-status-in-litigation = Tribinal yo poko fin deside sa.
legal-status-reported = Se jounal ki rapòte sa; poko gen yon tèks ofisyèl ki konfime l.
legal-status-case = Ka
reviewed = Dènye revizyon: { $date }
points-count =
    { $count ->
        [0] pa gen pwen
        [1] 1 pwen
       *[other] { $count } pwen
    }
disclaimer = Sa a se enfòmasyon legal, se pa konsèy legal. Lwa ak règleman chanje. Pou yon konsèy sou sitiyasyon pa w, pale ak yon avoka oswa yon òganizasyon èd legal.
status-source = Tèks orijinal.
status-machine-assisted = Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.
status-reviewed = Yon moun ki pale lang lan revize tradiksyon an.
translation-stale = Y ap mete tradiksyon sa a ajou. Men sa angle a di kounye a:
translation-shares = { $current } % ajou · { $reviewed } % yon moun revize
door-card-title = Si ajan vin frape nan pòt ou
door-card-back-title = Pou ajan yo
door-card-check-title = Kijan pou w tcheke yon manda

## Dis pwen ki pi enpòtan yo

kp-judicial-warrant = Pou ajan yo antre san pèmisyon nan yon kay oswa nan pati prive yon kote moun travay, yo bezwen yon manda yon jij siyen. Yon papye ICE yon ofisye ICE siyen (tankou fòm I-200 oswa I-205) se pa yon manda jij.
kp-judicial-warrant-say = Tanpri, glise manda a anba pòt la.
kp-agents-may-lie = Ajan yo gen dwa bay manti. Yo ka di yo se lapolis lokal, yo ap chèche yon lòt moun, oswa yo jis vle pale. Mande yo kiyès yo ye ak pou ki ajans yo travay. Si yo di yo gen yon manda, mande pou yo montre l.
kp-agents-may-lie-say = Kiyès nou ye? Pou ki ajans nou travay?
kp-remain-silent = Ou gen dwa rete an silans. Ou pa oblije di ki kote ou fèt, kijan ou rive Ozetazini, ni ki estati imigrasyon ou genyen. Men si ou pè retounen nan peyi w, di sa klèman, an angle si ou kapab: "I am afraid to return to my country." (Mwen pè retounen nan peyi m). Si ou pa di ou pè, yo ka depòte w vit san yon jij.
kp-remain-silent-say = M ap sèvi ak dwa m pou m rete an silans.
kp-free-to-go = Mande: "Èske m ka ale?" Si yo di wi, ale trankil. Si yo di non, rete kote ou ye a epi rete an silans.
kp-free-to-go-say = Èske m ka ale?
kp-film = Ou ka filme oswa anrejistre ajan yo nan plas piblik, depi ou pa anpeche yo fè travay yo. Rete nan yon distans ki an sekirite.
kp-stay-calm = Rete kalm. Kenbe men ou kote ajan yo ka wè yo.
kp-do-not-run = Pa kouri. Yo ka sèvi ak kous la kòm rezon pou yo kanpe w oswa arete w.
kp-do-not-resist = Pa reziste, menm si ou panse ajan yo ap vyole lalwa. Pa pouse ni manyen yon ajan. Di ou pa dakò, epi pale ak yon avoka apre.
kp-do-not-resist-say = Mwen pa bay konsantman m.
kp-do-not-lie = Pa bay manti, epi pa montre fo dokiman. Pa janm di ou se sitwayen ameriken si ou pa sitwayen: se yon krim, e sa ka anpeche w jwenn yon estati legal pou tout tan. Si ou pa vle reponn, pito ou rete an silans.
kp-do-not-obstruct = Pa bloke ajan yo ni kanpe nan chemen yo, menm pou ede yon lòt moun, epi pa kache pèsonn pou yo. Ou ka gade, anrejistre, epi di moun dwa yo depi yon distans ki an sekirite.

## Sitiyasyon: lakay ou

home-title = Lakay ou: ajan nan pòt la
home-intro = ICE konn vini bonè nan maten. Ou pa oblije louvri pòt la. Pale ak pòt la fèmen.
home-door-heading = Si ajan frape pòt la
home-dont-open = Pa louvri pòt la. Ou ka pale atravè pòt la oswa yon fenèt. Si ou louvri l, ajan yo ka antre, oswa di apre se ou ki te kite yo antre.
home-dont-open-say = Mwen pa bay konsantman pou nou antre.
home-ask-warrant = Mande si yo gen yon manda yon jij siyen. Mande yo glise l anba pòt la oswa kenbe l devan yon fenèt. Ou pa bezwen louvri pòt la pou w wè l.
home-ask-warrant-say = Tanpri, glise manda a anba pòt la.
home-check-warrant = Gade kiyès ki bay papye a ak kiyès ki siyen l. Yon manda jij soti nan yon tribinal (pa egzanp "United States District Court" oswa yon tribinal Nouyòk) e se yon jij ki siyen l. Fòm ICE yo, tankou I-200, I-205 oswa I-247A, se ofisye imigrasyon ki siyen yo, pa jij. Yon vrè manda tribinal ka nonmen ICE oswa Depatman Sekirite Enteryè a kòm ajans ki te mande l: sa pou kont li pa fè l tounen yon fòm ICE. Yon jij imigrasyon se pa yon jij tribinal pou sa.
home-check-warrant-dont = Pa louvri pòt la sèlman paske papye a ekri "Warrant" (manda).
home-warrant-scope = Yon manda arestasyon yon jij bay pèmèt ajan yo antre lakay moun ki nonmen nan manda a, si yo gen rezon pou yo kwè moun nan anndan an. Pou yo antre lakay yon lòt moun, yo bezwen yon manda pèkizisyon. Yon manda pèkizisyon pèmèt yo fouye sèlman kote li nonmen an, e sèlman nan dat ak lè ki ekri ladan l.
home-i205 = ICE di yon Manda Depòtasyon (fòm I-205), ke yon ofisye ICE siyen e pa yon jij, pèmèt ajan li yo antre pa fòs lakay yon moun ki gen yon lòd depòtasyon final. Sa soti nan yon nòt entèn me 2025 ki te vin piblik an janvye 2026. Yon jij federal nan Minnesota te deside youn nan antre sa yo te kont Konstitisyon an, e yo konteste nòt la nan tribinal. Pa louvri pòt la, epi di ou pa bay konsantman. Si yo antre pa fòs, pa reziste.
home-i205-dont = Pa eseye kenbe pòt la fèmen pa fòs, ni bloke ajan yo.
home-final-order = Chèche konnen kounye a si yon moun lakay ou gen yon lòd depòtasyon, menm yon vye lòd yo te bay paske moun nan pa t al nan yon odyans. Liy telefòn otomatik tribinal imigrasyon an ka di w sa (gade Jwenn èd), oswa mande yon avoka.
home-inside-heading = Si ajan yo antre
home-exceptions = Gen kèk ti eksepsyon, tankou yon vrè ijans. Si ajan yo antre kanmenm, pa reziste. Ekri sa ki te pase epi di yon avoka sa. Yon tribinal ka gade antre a pita, men yon antre ilegal pou kont li pa fini yon ka depòtasyon.
home-no-search = Di klè ou pa bay konsantman pou yon fouy. Pa reziste epi pa bloke yo.
home-no-search-say = Mwen pa bay konsantman pou yon fouy.
home-watch = Gade epi sonje: non, nimewo badj, ajans lan, sa yo te fouye ak sa yo te pran. Ekri l le pli vit ou kapab.
home-sign-nothing = Pa siyen anyen anvan ou pale ak yon avoka.
home-sign-nothing-say = Mwen p ap siyen anyen san yon avoka.

## Sitiyasyon: nan lari

street-title = Nan lari a oswa nan tren anba tè
street-intro = Ajan yo ka kanpe w nan yon kote piblik. Rete kalm, epi konnen sa ou ka di.
street-stopped-heading = Si ajan yo kanpe w
street-carry-papers = Si ou gen 18 an oswa plis, lwa federal la mande pou w mache ak prèv anrejistreman imigrasyon ou, pa egzanp yon kat rezidans (green card), yon pèmi travay (EAD) oswa dosye I-94 ou. Si ou pa genyen l sou ou, se yon ti krim (yon amann ak jiska 30 jou prizon). Si ou genyen l, ou ka montre l.
street-carry-papers-dont = Pa janm mache ak fo papye oswa papye yon lòt moun, ni montre yo. Papye yon lòt peyi montre nasyonalite w: mache sèlman ak papye ou bezwen.
silent-name = Si ou pa vle reponn yon kesyon, pito ou pa di anyen pase ou di yon bagay ki pa vre. Bay lapolis yon fo non se yon krim nan Nouyòk, e bay yon ajan federal manti se yon krim federal.
silent-visa = Si ou Ozetazini ak yon viza (pa egzanp kòm etidyan oswa travayè), si ou refize bay ofisye imigrasyon enfòmasyon yo mande, ou ka pèdi estati w. Mande yon avoka ki sa ou oblije reponn.
registration-rule = Depi avril 2025, moun ki gen 14 an oswa plis ki pa t janm anrejistre ak gouvènman ameriken an oblije anrejistre (fòm G-325R), e depi 18 an yo dwe mache ak prèv la. Lè w anrejistre, ICE jwenn non w ak adrès ou; si ou pa anrejistre, sa ka yon krim. Pale ak yon avoka anvan ou anrejistre, oswa anvan ou deside pa fè l.
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
car-pull-over-dont = Pa kondui ale ni eseye chape. Kouri pou lapolis nan yon machin se yon krim nan Nouyòk, e li ka konte kòm yon krim grav dapre règ imigrasyon vil la.
car-driver-papers = Si se ou k ap kondui, ou dwe montre lisans ou, papye anrejistreman machin nan ak prèv asirans lè lapolis mande. Montre yo pa vle di ou oblije reponn lòt kesyon.
car-passengers = Pasaje yo gen dwa rete an silans tou. Yon pasaje ka mande si li ka ale.
car-passengers-say = Èske m ka ale?
car-no-search = Ou pa oblije dakò pou yo fouye machin nan. Di sa klè, men pa anpeche yo ak kò w.
car-no-search-say = Mwen pa bay konsantman pou yon fouy.
car-border = Toupre fwontyè yo ak kòt lanmè a (Vil Nouyòk nan zòn sa a), lwa federal la bay ofisye imigrasyon plis pouvwa pou kanpe machin. Ou ka toujou di ou pa bay konsantman pou yon fouy, epi rete an silans.
car-dmv-heading = Dosye DMV ou
car-green-light = DMV Nouyòk pa bay ajans imigrasyon dosye li san yon manda jij oswa yon lòd tribinal, e li fè w konnen si yo mande (Lwa Green Light). Gouvènman federal la ap konteste lwa sa a nan tribinal; li toujou an vigè.

## Sitiyasyon: nan travay

work-title = Nan travay
work-intro = Ajan yo ka vini nan kote moun travay. Sa yo ka fè depann de si kote a louvri pou piblik la.
work-areas-heading = Pati piblik ak pati prive
work-public-areas = Ajan yo ka antre san manda nan pati ki louvri pou piblik la, tankou anndan yon magazen oswa sal yon restoran.
work-private-areas = Pou yo antre nan pati prive, tankou biwo, kizin oswa depo ki fèmen pou piblik la, ajan yo bezwen yon manda oswa konsantman mèt la oswa manadjè a. Mèt la oswa manadjè a ka di non, konsa:
work-private-areas-say = Mwen pa bay konsantman pou nou antre nan pati prive yo.
work-raid-heading = Pandan yon desant
work-raid = Ajan yo ka poze tout moun kesyon. Lè yo poze w kesyon, sa pa vle di ou arete. Ou ka rete an silans epi mande si ou ka ale.

## Sitiyasyon: ale nan tribinal

court-title = Ale nan tribinal
court-intro = Lwa Nouyòk pwoteje moun k ap al nan yon tribinal Nouyòk kont arestasyon sivil. Se gouvènman federal la ki jere tribinal imigrasyon yo, e yo diferan.
court-ny-heading = Tribinal Nouyòk yo
court-protected = Si ou prale, ou la, oswa ou ap soti nan yon ka nan yon tribinal Nouyòk, kòm pati oswa temwen, oswa kòm fanmi oswa moun ki rete lakay youn nan yo, lwa Nouyòk entèdi pou yo arete w sivilman, menm ICE pou yon zafè imigrasyon sivil, sof si yon jij te siyen yon manda oswa yon lòd pou sa. Yon tribinal federal te kenbe lwa sa a an 2025. Si ajan yo arete yon moun kanmenm, pa reziste: reparasyon an vini apre.
court-remedy = Arete yon moun kont lwa sa a se yon mepri pou tribinal la. Moun nan, ak Pwokirè Jeneral Eta Nouyòk, ka ale nan tribinal pou yo fè sa sispann. Di yon avoka si sa rive w oswa yon moun ou konnen.
court-immigration-heading = Tribinal imigrasyon
court-immigration = Tribinal imigrasyon yo, tankou sa ki nan 26 Federal Plaza, 290 Broadway ak 201 Varick Street, se pa tribinal Nouyòk: yo fè pati Depatman Jistis Etazini, e lwa Nouyòk sou arestasyon toupre tribinal pa kouvri yo. Pale ak yon avoka anvan odyans ou.
court-do-not-miss = Pa rate odyans ou nan tribinal imigrasyon. Si ou pa ale, jij la ka bay lòd pou depòte w san ou pa la.

## Scenario: immigration court and ICE check-ins

icourt-title = Tribinal imigrasyon ak randevou kontwòl ICE
icourt-intro = Kontinye ale nan odyans ou ak randevou kontwòl ou. Prepare w pou jou sa a, epi konnen sa pou w di.
icourt-before-heading = Anvan jou a
court-lawyer = Eseye ale ak yon avoka. Avoka w ranpli fòm G-28 pou tribinal la ak ICE fè afè ak li. Pou èd legal gratis, gade Jwenn èd.
court-plan = Fè yon plan pou jou sa a: kiyès pou rele si yo fèmen w, kiyès k ap al chèche pitit ou, ki kote papye w yo ye. Pote kopi papye w yo, pa orijinal yo, epi kite plan an bay yon moun ou fè konfyans.
court-proof = Si ou gen plis pase dezan ap viv Ozetazini, pote kopi papye ki pwouve sa, tankou kontra lwaye, souch chèk, deklarasyon taks, bòdwo, dosye lekòl oswa dosye medikal. Si ou gen mwens pase dezan isit la, ale ak yon moun ki gen yon estati imigrasyon ki solid.
icourt-room-heading = Nan sal tribinal la
court-oppose-dismissal = Si avoka gouvènman an mande jij la pou l fèmen (fini) ka w, sa ka yon etap pou yo arete w epi depòte w vit san yon jij. Di jij la ou pa dakò pou yo fèmen ka a, epi mande tan pou jwenn yon avoka. Si jij la fèmen ka a kanmenm, di ou vle fè apèl.
court-oppose-dismissal-say = Mwen pa dakò pou yo fèmen ka a. Mwen mande tan pou m jwenn yon avoka.
icourt-arrests-heading = Arestasyon nan tribinal yo
court-arrests-order = Depi me 2026, yon lòd yon tribinal federal limite arestasyon ICE nan tribinal imigrasyon Vil Nouyòk yo (26 Federal Plaza, 290 Broadway ak 201 Varick Street) a ka eksepsyonèl, tankou yon menas pou sekirite. Lòd la ka toujou chanje nan apèl, e li pa anpeche arestasyon lwen tribinal yo.
icourt-checkin-heading = Randevou kontwòl ICE
checkin-risk = Randevou kontwòl ICE yo gen yon risk: yo te fèmen moun nan randevou sa yo, menm nan 26 Federal Plaza. Pale ak yon avoka anvan randevou w, pa manke l san konsèy legal, epi gen plan ou pare jou sa a.

## Sitiyasyon: nan lekòl

school-title = Nan lekòl ak gadri
school-intro = Tout timoun ka ale lekòl piblik. Fè plan davans pou pitit ou yo an sekirite si ou pa ka al chèche yo.
school-heading = Dwa pitit ou
school-right-to-attend = Tout timoun nan Nouyòk ka ale lekòl piblik, kèlkeswa estati imigrasyon pa yo oswa pa paran yo.
school-city-property = Politik federal la pa kenbe ICE lwen lekòl yo ankò (depi janvye 2025). Lekòl piblik Vil Nouyòk yo gen pwòp règ pa yo: anplwaye yo pa ka kite ajan imigrasyon antre. Yo rele avoka sistèm lekòl la, e ajan yo tann deyò pandan y ap tcheke nenpòt manda. Mande lekòl pitit ou ki plan li genyen.
school-plan-heading = Fè plan davans
school-pickup = Bay lekòl la yon lis ajou granmoun ou fè konfyans ki ka al chèche pitit ou yo (kat kontak ijans lan). Nouyòk pèmèt tou yon paran siyen papye pou yon granmoun li fè konfyans ka okipe yon timoun: gade Prepare yon plan fanmi.

## Scenario: hospitals and places of worship

places-title = Lopital ak kote moun adore
places-intro = Règ federal yo pa kenbe ICE lwen kote sa yo ankò. Kanmenm, al pran swen ou ak al nan sèvis yo, epi konnen sa ki toujou aplike.
places-heading = Sa ki toujou aplike
places-federal-rollback = Depi janvye 2025, politik federal la pa kenbe ICE lwen lopital, lekòl oswa kote moun adore ankò. Ajan yo toujou bezwen yon manda jij, oswa konsantman moun ki responsab la, pou antre nan pati ki fèmen pou piblik la.
places-hospital = Al pran swen medikal lè ou bezwen l. Lopital piblik vil la (NYC Health + Hospitals) di anplwaye yo pou mande ajan yo yon manda jij epi rele biwo legal lopital la anvan ajan yo ale pi lwen pase pati piblik yo. Lopital prive yo gen pwòp règ pa yo.
places-worship = Yon kote moun adore se yon pwopriyete prive. Ajan yo ka antre nan pati ki louvri pou tout moun, tankou yon sèvis piblik, men yo bezwen yon manda jij oswa konsantman moun ki responsab la pou antre nan pati prive yo.
places-state-law = An 2026, lejislatè Nouyòk yo te eseye fèmen kay, lekòl, lopital ak kote moun adore pou operasyon imigrasyon sivil san yon manda jij, epi pèmèt moun rele ofisye federal nan tribinal eta a. Nou pa t ka konfime si sa te vin lwa.

## Sitiyasyon: sèvis vil la

city-title = Biwo vil la ak abri yo
city-intro = Vil Nouyòk limite jan ajans li yo ede fè respekte lwa imigrasyon. Ou ka sèvi ak sèvis vil la.
city-heading = Sa lwa vil la di
city-confidential = Anplwaye vil la mande estati imigrasyon ou sèlman lè yo bezwen l pou yo konnen si ou kalifye pou yon sèvis, oswa lè lalwa mande l. Yo dwe kenbe l an konfidans.
city-police-victims = Ofisye NYPD pa mande estati imigrasyon viktim krim, temwen, oswa moun k ap mande èd.
city-non-public = Nan biwo vil la, ak kote yo bay sèvis vil la kontrakte, tankou anpil abri, anplwaye yo pa ka kite ICE oswa lòt lapolis ki pa pou vil la antre nan pati ki pa piblik san yon manda jij. Lwa vil la bay kèk eksepsyon, tankou yon ijans. Règ sa a oblije anplwaye vil la; li pa oblije ICE.
city-no-resources = Ajans vil la pa ka sèvi ak anplwaye yo, tan yo oswa bilding yo pou aplike lwa imigrasyon, ni mete ofisye vil la anba kontwòl imigrasyon federal (sa yo rele akò 287(g)).
city-eo13 = Depi fevriye 2026, yon lòd majistra a (Lòd Egzekitif 13) di ajans vil la pa ka pataje ak otorite imigrasyon federal enfòmasyon yo ranmase pou bezwen vil la, sof si lalwa mande l, ni kite ajan federal sèvi ak pakin vil la kòm kote pou yo rasanble.
city-safer-sanctuary = Nan mwa janvye 2026, Konsèy Minisipal la vote yon lwa malgre veto majistra a (Safer Sanctuary Act) ki entèdi ICE gen yon biwo nan prizon vil la, tankou sou Rikers Island. Nou pa t kapab verifye tèks final lwa a.
city-jail = Si NYPD kenbe w oswa ou nan yon prizon vil la, lwa vil la pèmèt yo kenbe w pou ICE, oswa di ICE kilè yo pral lage w, sèlman si ICE pote yon manda yon jij federal siyen epi yo te kondane w pou sèten krim grav nan senk dènye ane yo (tan ou pase nan prizon pa konte), oswa ou ka sou yon lis siveyans teworis. Lwa vil la pale tou de yon ti kenbe NYPD san manda nan kèk ka, men tribinal Nouyòk yo deside ofisye lokal pa ka kenbe pèsonn pou ICE sou pwòp otorite yo. Depatman Pwobasyon an swiv règ ki sanble. Si yo kenbe w apre lè yo te dwe lage w, di yon avoka sa.
city-limits-heading = Limit lwa sa yo
city-no-private-suit = Lwa vil sa yo pa ba w dwa rele vil la nan tribinal si yo pa respekte yo. Ka gen lòt reklamasyon, pa egzanp si yo te kenbe w apre lè yo te dwe lage w. Yon pwojè lwa vil la ki ta pèmèt moun rele vil la nan tribinal (NYC Trust Act) te toujou ap tann lè nou te tcheke dènye fwa. Di yon avoka oswa yon òganizasyon èd legal sa.

## Sitiyasyon: si yo arete w

detained-title = Si yo fèmen w oswa arete w
detained-intro = Si ajan yo arete w, rete kalm. Sa ou di ak sa ou siyen enpòtan.
detained-heading = Pwoteje tèt ou
detained-fear = Si ou pè retounen nan peyi w, di sa klèman, pi vit ou kapab e chak fwa yo mande w. Mande yon entèvyou sou laperèz ou (yon entèvyou "krent ki kredib", credible fear). Sa ka kanpe yon depòtasyon rapid san jij.
detained-fear-say = Mwen pè retounen nan peyi m.
detained-expedited = Depi 2025, ICE sèvi ak "depòtasyon akselere" (expedited removal), yon depòtasyon san jij, toupatou Ozetazini kont moun ki te antre san yo pa t admèt yo epi ki pa ka pwouve yo gen dezan isit la. Yon tribinal te sispann li an out 2025; yon tribinal apèl te kite l rekòmanse an 2026, e ka a ap kontinye. Si ou gen dezan oswa plis isit la, di sa, epi mande fanmi w pote prèv ou yo.
detained-lawyer = Mande yon avoka. Ou gen dwa gen yon avoka, men nan ka imigrasyon gouvènman an pa peye pou li. Mande lis sèvis legal gratis yo.
detained-lawyer-say = Mwen vle pale ak yon avoka.
detained-sign = Pa siyen okenn papye ou pa konprann, sitou sa ki pale de "depa volontè" (voluntary departure) oswa "depòtasyon dakò" (stipulated removal). Lè w siyen, sa ka vle di w ap renonse a dwa w pou w wè yon jij epi w dakò pou w kite Etazini.
detained-sign-say = Mwen p ap siyen anyen san yon avoka.
detained-consulate = Ou ka mande ICE pou l fè konsila peyi w konnen yo fèmen w, oswa ou ka chwazi pa fè l. Men pou kèk peyi, ICE oblije fè konsila a konnen menm si ou pa vle: pa egzanp Lachin (ansanm ak Hong Kong ak Makao, men pa paspò Taywan), Larisi, Ikrèn, Byelorisi, Ouzbekistan, Polòy, Jamayik, Giyàn, Trinidad ak Tobago, Nijerya, Gana, Filipin, Aljeri, Tinizi, Kowet ak Kosta Rika. Si ou pè gouvènman peyi w, di avoka w sa touswit.
detained-phone = Aprann nimewo telefòn yon manm fanmi w ak yon avoka pa kè. Ajan yo ka pran telefòn ou lè yo arete w; anjeneral yo bezwen yon manda pou yo fouye sa ki ladan l.
detained-release-heading = Soti: kosyon ak habeas
detained-bond = Mande avoka w sou kosyon: soti lè w peye pandan ka w ap kontinye. An 2025, komisyon apèl imigrasyon an te di moun ki te antre san enspeksyon pa ka jwenn kosyon nan men yon jij imigrasyon. An avril 2026, tribinal apèl federal ki kouvri Nouyòk la te deside moun yo arete anndan peyi a toujou ka mande yon odyans kosyon; Tribinal Siprèm nan dakò pou l deside kesyon an.
detained-habeas = Yon avoka ka mande tou yon tribinal federal pou l bay lòd pou yo lage w (yon demann "habeas"). Yo depoze l kote yo kenbe w la, kidonk fòk yo depoze l vit, anvan yo transfere w soti Nouyòk.
detained-fed-plaza-heading = Si yo kenbe w nan 26 Federal Plaza
detained-fed-plaza = Yon tribinal federal bay ICE lòd pou moun yo kenbe nan 26 Federal Plaza pandan 12 èdtan oswa plis jwenn omwen 50 pye kare espas chak moun, yon matla pwòp pou dòmi, savon ak lòt pwodwi ijyèn, manje, medikaman yo, ak yon apèl gratis e prive ak avoka yo nan 24 èdtan. Si yo pa respekte sa, di avoka w.
detained-city-heading = Nan men NYPD oswa nan yon prizon vil la

## Scenario: arrested in a criminal case

criminal-title = Lè lapolis arete w nan yon ka kriminèl
criminal-intro = Nenpòt arestasyon ka rive jwenn otorite imigrasyon yo. Pwoteje ka imigrasyon ou depi nan kòmansman.
criminal-heading = Sa pou w konnen
criminal-fingerprints = Chak arestasyon NYPD voye anprent dwèt ou bay FBI, ki pataje yo ak Depatman Sekirite Enteryè a. ICE ka aprann nenpòt arestasyon, menm youn ki fini san kondanasyon.
criminal-tell-lawyer = Di avoka defans ou ou pa sitwayen ameriken. Anvan ou plede koupab pou nenpòt bagay, menm yon ti enfraksyon, mande konsèy sou sa sa vle di pou ka imigrasyon ou: avoka w oblije di w si yon plede koupab ka mete w an danje depòtasyon.
criminal-laken-riley = Yon lwa federal 2025 (Lwa Laken Riley) di ICE oblije fèmen moun ki te antre san yo pa t admèt yo epi ki sèlman akize oswa arete pou vòl, vòl nan magazen, kase kay oswa atake yon polisye, menm san kondanasyon.

## Scenario: visas, airports and travel

travel-title = Viza, ayewopò ak vwayaj
travel-intro = Kèk règ diferan si ou gen yon viza, ak lè w ap vwayaje.
travel-heading = Sa ki diferan
travel-border = Nan ayewopò ak nan pòs fwontyè, lè w rive soti aletranje, ofisye yo ka poze w kesyon epi fouye valiz ou ak telefòn ou san manda. Si estati w pa solid, pale ak yon avoka anvan ou vwayaje aletranje.

## Sitiyasyon: filme

filming-title = Filme ak anrejistre
filming-intro = Nan Nouyòk ou gen dwa anrejistre lapolis ak lòt ofisye, depi ou pa anpeche yo travay.
filming-heading = Dwa ou pou anrejistre
filming-right = Lwa Nouyòk ba w dwa anrejistre ofisye k ap travay, ak videyo, foto, son oswa nòt ekri, epi kenbe anrejistreman ou ak telefòn ou, si yo pa arete w. Sa kouvri NYPD klèman. Ak ajan federal tankou ICE, filme nan plas piblik pwoteje anpil, men okenn tribinal apèl ki kouvri Nouyòk poko deside sou sa dirèkteman.
filming-distance = Rete yon distans ki an sekirite. Pa manyen ajan yo epi pa mete w nan chemen yo. Fè bak si yo mande w sa. Dwa pou anrejistre a pa pèmèt ou anpeche yo ak kò w.
filming-what = Anrejistre badj, inifòm, machin, plak ak sa k ap pase. Di dat la, lè a ak kote a fò.
filming-places = Yo pa pèmèt anrejistre odyans tribinal imigrasyon yo, e bilding federal yo limite filme anndan yo. Filme soti nan plas piblik deyò.
filming-interfered = Si yon polisye anpeche w anrejistre, oswa li pran oswa kase telefòn ou, lwa Nouyòk ka pèmèt ou rele l nan tribinal. Rele ajan federal nan tribinal pi difisil anpil. Di yon avoka sa; ou ka rapòte l tou bay Pwokirè Jeneral Nouyòk (gade Jwenn èd).
filming-care-heading = Fè atansyon
filming-share = Reflechi anvan ou pibliye: yon videyo ka montre figi moun yo arete yo. Pataje l avan ak fanmi yo oswa avoka yo.
filming-no-doxxing = Pa pibliye adrès kay ajan yo ni lòt enfòmasyon prive yo: pibliye yo pou menase oswa fè moun pè se yon krim federal.

## Sitiyasyon: prepare

prepare-title = Fè yon plan pou fanmi w
prepare-intro = Yon plan ou fè jodi a pwoteje fanmi w pi byen demen.
prepare-plan-heading = Plan ou
prepare-children = Deside kiyès k ap okipe pitit ou yo si yo fèmen w. Yon paran ka siyen yon fòm ki pèmèt yon granmoun li fè konfyans pran desizyon lekòl ak swen sante pou yon timoun pandan jiska 12 mwa. Si li plis pase 30 jou, fòk li notarye, e li fini si paran an mouri oswa pèdi kapasite l. Fòm sa a pa bay gad timoun nan.
prepare-standby = Yon paran ka nonmen tou yon gadyen sekou (standby guardian), devan de temwen, ki ka okipe timoun yo pandan 60 jou apre yon arestasyon, yon detansyon oswa yon depòtasyon pou imigrasyon, epi apre sa li dwe al mande Tribinal Siksesyon an (Surrogate's Court). Yon avoka oswa yon gwoup èd legal ka ede w chwazi.
prepare-numbers = Aprann pa kè nimewo telefòn yon manm fanmi ak yon avoka oswa yon òganizasyon èd legal. Asire w fanmi w konnen yo tou.
prepare-documents = Kenbe papye enpòtan yo (batistè, paspò, papye imigrasyon ak tribinal) nan yon sèl kote ki an sekirite, kote yon moun ou fè konfyans ka jwenn yo, epi fè kopi. Si ou gen 18 an oswa plis, mache ak prèv anrejistreman ou, tankou yon green card, yon pèmi travay oswa yon I-94: lalwa mande sa.
prepare-two-years = Ranmase papye ki montre ou gen dezan oswa plis ap viv Ozetazini, mwa pa mwa: kontra lwaye, souch chèk, deklarasyon taks, bòdwo kouran ak dlo, dosye labank, dosye medikal ak dosye lekòl. Kenbe kopi kote fanmi w ka jwenn yo vit: si yo fèmen w, yo ka pote yo bay avoka w.
prepare-address = Si ou demenaje, fè DHS konnen nan 10 jou (fòm AR-11), e si ou gen yon ka, fè tribinal imigrasyon an konnen tou (fòm EOIR-33). Avi odyans yo ale nan dènye adrès yo genyen pou ou.
prepare-card = Mache ak yon kat dwa. Ou ka bay ajan yo kat la olye ou pale.

## Sitiyasyon: apre yon rankont

after-title = Apre yon rankont
after-intro = Sa ou ekri kounye a ka ede yon avoka pita.
after-heading = Sa pou w fè apre
after-write = Ekri sa k te pase le pli vit ou kapab: dat la, lè a ak kote a; non ak nimewo badj; ajans lan; machin ak plak; sa yo te di ak sa yo te fè; ak non ak nimewo telefòn temwen yo.
after-lawyer = Pale ak yon avoka oswa yon òganizasyon èd legal. Pa siyen anyen anvan sa.
after-court-arrest = Si yo te arete yon moun pandan l t ap ale nan yon tribinal Nouyòk, pandan l te la, oswa pandan l t ap soti, di yon avoka: lwa Nouyòk ka ba li yon reklamasyon.
after-recording = Kenbe kopi videyo ak foto yo nan yon kote ki an sekirite, ak yon dezyèm kopi yon lòt kote. Lwa New York di ou ka kenbe anrejistreman ou. Si yon ofisye pran l, di yon avoka sa.
after-report = Ou ka rapòte sa ajan federal yo te fè bay Pwokirè Jeneral Nouyòk, ak foto oswa videyo si ou genyen (gade Jwenn èd).

## Kat pòt: devan (nan lang moun ki gen kat la)

card-dont-open = Pa louvri pòt la.
card-ask-warrant = Mande yon manda yon jij siyen. Mande yo glise l anba pòt la.
card-silent = Ou gen dwa rete an silans. Si ou pè retounen nan peyi w, di sa.
card-no-sign = Pa siyen anyen san yon avoka.
card-calm = Rete kalm. Pa kouri, pa reziste, pa bay manti.
card-show = Montre do kat sa a nan yon fenèt oswa pa anba pòt la. Pa louvri pòt la pou montre l.

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
advice-stay-silent = Ou gen dwa rete an silans. Ou ka di: "I am exercising my right to remain silent" (M ap sèvi ak dwa m pou m rete an silans). Si ou pè retounen nan peyi w, di sa.
advice-do-not-resist = Pa reziste, menm si yo antre. Pa kouri. Rete kalm.
advice-write-down = Ekri non yo, nimewo badj yo, ajans lan, lè a, sa k te pase, ak non temwen yo.
advice-call-lawyer = Rele yon avoka oswa yon liy èd legal. Pa siyen anyen san yon avoka.
advice-admin-warrant-no-entry = Papye sa a pou kont li pa pèmèt ajan yo antre lakay ou san konsantman ou.
advice-judicial-arrest-warrant-limited = Yon manda arestasyon yon jij bay ka pèmèt ajan yo antre lakay moun ki nonmen ladan l, si yo gen rezon pou yo kwè moun nan anndan an. Li pa pèmèt yo antre lakay yon lòt moun: pou sa, yo bezwen yon manda pèkizisyon.
advice-search-warrant-check-scope = Yon manda pèkizisyon pèmèt yo fouye kote li nonmen an, nan dat ak lè ki ekri ladan l.
advice-i205-contested = ICE di yon Manda Depòtasyon (Fòm I-205) pèmèt li antre pa lafòs lakay yon moun ki gen yon lòd depòtasyon final. Tribinal yo poko rezoud sa, e yon jij federal jwenn yon antre konsa te kont Konstitisyon an. Pa bay konsantman, e pa reziste fizikman.
advice-check-signed-by-judge = Tcheke kiyès ki siyen l: se dwe yon jij yon tribinal, pa yon ofisye imigrasyon ni yon jij imigrasyon.
advice-check-name-address = Tcheke si li nonmen bon moun nan ak adrès egzak ou.
advice-check-dates = Tcheke dat yo. Yon manda pèkizisyon federal dwe itilize nan { $federal-days } jou, yon manda Nouyòk nan { $state-days } jou, e pandan lajounen, sof si manda a di yon lòt bagay.
advice-unknown-what-to-look-for = Amparo pa t ka konnen ki papye sa a ye. Gade kiyès ki bay li ak kiyès ki siyen l: non yon tribinal anlè, ak tit yon jij anba siyati a. Se ofisye imigrasyon ki siyen fòm ICE yo (I-200, I-205, I-247A). Yon manda tribinal ka nonmen ICE oswa DHS kòm ajans ki te mande l; sa pou kont li pa fè l tounen yon fòm ICE.
advice-not-named-person = Sanble papye sa a pa nonmen ou.
advice-not-this-address = Sanble manda sa a pa nonmen adrès sa a. Yon manda fouy pèmèt fouye sèlman kote li dekri a. Si ofisye yo antre kanmenm, pa reziste: se yon tribinal ki deside pita si sa te legal.
advice-expired = Sanble dènye jou pou itilize manda sa a pase deja. Li ka pa pèmèt yon fouy kounye a, men pa reziste: se yon tribinal ki deside.
advice-outside-hours = Sanble manda sa a pa pèmèt yon fouy a lè sa a. Li ka pa pèmèt li kounye a, men pa reziste: se yon tribinal ki deside.
advice-detainer-not-for-entry = Yon demann detansyon ICE (fòm I-247A) se yon demann bay yon prizon oswa lapolis. Li pa bay okenn pouvwa pou antre nan yon kay.
advice-application-not-a-warrant = Sa a se yon demann pou yon manda fouy (AO 106): yon demann yon ofisye fè yon jij anba sèman. Se pa yon manda, e li pa pèmèt pèsonn antre, menm avèk siyati yon jij. Mande yo pase manda a li menm anba pòt la.
advice-named-person-lives-here = Yon manda arestasyon yon jij pèmèt ofisye yo antre lakay kote moun li nonmen an rete, si yo gen rezon pou kwè moun sa a anndan. Si moun sa a pa rete la a, yo bezwen yon manda fouy pou yo antre. Ou ka di sa atravè pòt la ki fèmen.
advice-court-decides = Se yon jij ki siyen manda sa a. Menm si li sanble ekspire, deyò lè li pèmèt oswa pou yon lòt adrès, pa reziste: yo ka te li papye a mal, e se sèlman yon tribinal ki ka deside si li te pèmèt yo antre. Di ou pa bay konsantman, epi di yon avoka sa.
advice-check-removal-order = Pou konnen si yon moun lakay ou gen yon lòd depòtasyon, rele liy otomatik tribinal imigrasyon an nan 1-800-898-7180 (angle ak panyòl, lajounen kou lannwit) avèk nimewo A li. Li pa montre tout lòd, tankou yon depòtasyon nan fwontyè a, kidonk mande yon avoka tou.

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = Kisa ki enprime tou anlè a?
check-q-heading-hint = Non yon tribinal oswa yon ajans, souvan an lèt majiskil.
check-q-title = Ki tit la, an gwo lèt?
check-q-form = Èske gen yon nimewo fòm nan yon kwen?
check-q-form-hint = Souvan anba agoch, tankou I-200 oswa AO 442.
check-q-signer = Ki tit ki enprime anba siyati a?
check-q-signer-hint = Bò kote oswa anba non ki enprime anba liy siyati a.
check-q-name = Non kiyès ki sou li?
check-q-address = Ki adrès ki sou li?
check-q-dates = Dat ki enprime sou li, si ou wè yo
check-q-issued = Dat li te bay oswa siyen
check-q-execute-by = Dat "Execute on or before" (egzekite anvan)
check-q-signed = Èske li siyen?
check-other = Yon lòt bagay:
check-cannot-read = Mwen pa ka li l
check-none = Pa genyen
check-yes = Wi
check-no = Non
check-not-sure = Mwen pa ka di
check-name-mine = Non mwen
check-name-other = Non yon lòt moun
check-address-here = Adrès sa a
check-address-other = Yon lòt adrès
check-gloss-federal-court = yon tribinal federal
check-gloss-state-court = yon tribinal Eta Nouyòk
check-gloss-city-court = yon tribinal Vil Nouyòk
check-gloss-immigration-agency = ajans imigrasyon an
check-gloss-immigration-court = tribinal imigrasyon an, se pa yon tribinal jistis
check-gloss-court-judge = yon jij tribinal
check-gloss-clerk = anplwaye tribinal, se pa yon jij
check-gloss-immigration-officer = yon ofisye ICE, se pa yon jij
check-gloss-immigration-judge = se pa yon jij tribinal
check-cli-how = Tape nimewo repons ou epi peze Enter. Peze sèlman Enter pou sote yon kesyon.
check-cli-your-name = Non ou, pou tcheke si papye a nonmen ou (Enter pou sote)
check-cli-your-address = Adrès kay sa a (Enter pou sote)

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = Pale pou mwen
speak-hint = Fraz pou di ajan yo, an gwo lèt. Telefòn ou ka di yo an angle.
speak-intro = Montre ajan an fraz an angle a, oswa li l fò.
speak-tap = Tape sou yon fraz: telefòn ou di l an angle.
speak-play = Di l an angle
speak-previous = Anvan
speak-next = Apre
speak-why = Poukisa?
