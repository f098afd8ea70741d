### Amparo: ki moun pou w rele ("Jwenn èd"), ak sa ki chanje nan lalwa. Kreyòl ayisyen.
### Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.

## Paj "Jwenn èd"

help-title = Jwenn èd
help-intro = Èd gratis nan vil New York. Nou verifye chak nimewo ak chak adrès ki anba a sou paj pwòp òganizasyon an oswa sou yon paj gouvènman, nan dat ki make a. Se ou menm ki rele yo: Amparo pa rele pèsonn epi li pa kenbe anyen.
help-call = Rele { $phone }
help-website = Sit entènèt
help-email = Imèl
help-hours = Lè yo louvri
help-languages = Lang: { $list }
help-interpreters = Gen entèprèt pou anpil lang.
help-checked = Verifye { $date }: { $source }
help-block-title = Ki moun ki ka ede
help-all = Tout nimewo telefòn ak èd
help-door-line = Ajan lakay ou, oswa yo pran yon moun? Rele { $phone }: y ap pase w yon biwo vil la ki ka ede.
help-card-line = Èd gratis: { $phone }
help-changes-link = Sa ki chanje nan lalwa (2025-2026)

## Paj "Sa ki chanje"

changes-title = Sa ki chanje nan lalwa
changes-intro = Lalwa te chanje vit an 2025 ak 2026. Men chak chanjman, depi sa ki pi nouvo a: ki jan li sèten, ak sa Amparo di sou li. Se enfòmasyon legal, se pa konsèy legal: mande yon avoka pou pwòp ka pa w.
changes-effective = An vigè depi { $date }.
changes-source = Sous
changes-case = Ka
changes-touches = Sa Amparo di sou sa
changes-status-settled = Konfime nan yon sous ofisyèl.
changes-status-contested = Tribinal oswa ajans yo pa dakò sou sa.
changes-status-in-litigation = Tribinal yo poko fin deside sa.
changes-status-reported = Laprès pale de sa; yon sous ofisyèl poko konfime l.
changes-kind-statute = Lwa federal
changes-kind-local-law = Lwa vil la
changes-kind-state-law = Lwa eta a
changes-kind-rule = Règ federal
changes-kind-court-order = Desizyon tribinal
changes-kind-agency-memo = Nòt yon ajans
changes-kind-agency-policy = Politik yon ajans
changes-kind-executive-order = Lòd egzekitif
changes-kind-lawsuit = Pwosè ki depoze
changes-kind-bill = Pwopozisyon (se pa lwa)

## Ki moun pou w rele: pou kisa chak sèvi

contact-nyc-311-for = Si gen ajan lakay ou oswa si yo arete yon moun, rele 311. Y ap pase w yon biwo vil la ki ka ede, epi ou ka kite yon mesaj.
contact-moia-legal-hotline-for = Èd legal imigrasyon vil la, gratis epi konfidansyèl: yon evalyasyon ak yon referans bay yon avoka gratis. Ou ka rele 311 tou epi di "immigration legal".
contact-moia-legal-hotline-hours = Lendi rive vandredi, 9 è nan maten rive 6 è nan aswè.
contact-moia-legal-hotline-note = Yon anrejistreman mande w ki lang ou pale; pandan lè biwo yo, yon moun reponn.
contact-nys-new-americans-hotline-for = Liy gratis ak anonim Eta New York: enfòmasyon ak referans bay avoka imigrasyon gratis, menm pou moun ki nan detansyon imigrasyon. Ou ka rapòte fwod imigrasyon tou.
contact-nys-new-americans-hotline-hours = Lendi rive vandredi, 8 è nan maten rive 8 è nan aswè; samdi ak dimanch, 9 è nan maten rive 5 è nan aprèmidi.
contact-nys-new-americans-hotline-note = Nan plis pase 200 lang.
contact-nyifup-legal-aid-for = Avoka gratis pou moun ICE fèmen ki gen ka yo nan tribinal imigrasyon nan vil New York, ak pou moun ki rete nan vil New York ki gen ka yo nan New Jersey.
contact-nyifup-legal-aid-note = Legal Aid mande fanmi yo ekri ekip NYIFUP li a nan adrès sa a.
contact-nyifup-bds-for = Youn nan twa òganizasyon NYIFUP yo: avoka gratis pou moun New York yo fèmen ki gen risk depòtasyon.
contact-nyifup-bds-note = Sa a se nimewo biwo prensipal Brooklyn Defenders.
contact-nyifup-bronx-defenders-for = Youn nan twa òganizasyon NYIFUP yo: avoka gratis pou moun New York yo fèmen ki gen risk depòtasyon.
contact-nyifup-bronx-defenders-note = Nou pa t ka konfime yon nimewo telefòn sou pwòp paj li: sèvi ak sit entènèt la.
contact-eoir-case-line-for = Liy otomatik tribinal imigrasyon an: dat ak kote pwochen odyans lan, ak desizyon jij la. Tape nimewo A 9 chif la (mete yon 0 devan yon nimewo 8 chif). Sèvi avè l pou konnen si yon moun lakay ou gen yon lòd depòtasyon.
contact-eoir-case-line-hours = Lajounen kou lannwit, chak jou.
contact-eoir-case-line-note = Li pa gen anyen sou kosyon oswa mosyon. Lòd depòtasyon rapid ka pa parèt.
contact-ice-detainee-locator-for = Jwenn yon moun ICE fèmen: chèche ak nimewo A a ak peyi kote l fèt, oswa ak non egzak li ak peyi kote l fèt.
contact-ice-detainee-locator-note = Se pwòp sit entènèt ICE. Li pa montre pèsonn ki poko gen 18 an, epi li montre moun yo lage sèlman pandan 60 jou. Non an dwe egzakteman menm jan an. Yon nouvo arestasyon oswa yon transfè ka pran tan pou parèt.
contact-nyag-reporting-form-for = Voye bay Biwo Pwokirè Jeneral New York foto, videyo oswa yon deskripsyon sa ou te wè nan yon operasyon imigrasyon. Ou pa oblije bay enfòmasyon pou kontakte w.
contact-nyag-reporting-form-note = Voye l pa vle di ou fè yon pwosè, epi biwo a pa bay konsèy legal. Sa ou voye a ka sèvi nan rapò piblik oswa nan tribinal. Adrès sa a soti nan nouvèl ak nan dosye yon lòt pwojè; si li pa louvri, ale sou ag.ny.gov.

## Sa ki chanje: yon rezime pou chak chanjman

change-er-designation-2025 = Depi 21 janvye 2025, ajan yo ka itilize depòtasyon rapid (san jij) nenpòt kote nan peyi a kont yon moun ki pa t admèt ni resevwa parole epi ki pa ka montre l fè dezan Ozetazini. Si ou pè retounen, di sa klè.
change-er-parole-stay-2025 = Yon tribinal federal anpeche DHS mete nan depòtasyon rapid moun ki te antre Ozetazini ak parole nan yon pò antre. Ka a kontinye.
change-er-stay-2025 = Yon jij federal nan Washington, D.C. te sispann itilizasyon depòtasyon rapid nan tout peyi a. Sispansyon sa a fini an 2026.
change-er-stay-reversed-2026 = Tribinal apèl nan Washington, D.C. leve sispansyon sa a, anviwon jen 2026. Yo ka itilize depòtasyon rapid ankò nenpòt kote Ozetazini kont moun ki pa ka pwouve yo fè dezan isit la.
change-laken-riley-act-2025 = Yon nouvo lwa federal: yon moun ki antre san papye epi yo arete l oswa akize l pou vòl, vòl nan magazen, kase kay oswa atake yon ajan, ICE dwe kenbe l, san kosyon. Yon arestasyon sèlman ase.
change-yajure-hurtado-2025 = Komisyon apèl imigrasyon an deside moun ki antre san enspeksyon pa ka jwenn yon odyans kosyon devan yon jij imigrasyon. Kounye a avoka yo mande tribinal federal yo pou yo libere moun (habeas). Se pa tout tribinal federal ki dakò ak komisyon an.
change-bond-second-circuit-2026 = Tribinal apèl federal pou New York deside moun ki antre san enspeksyon epi yo arete anndan peyi a ka mande yon jij imigrasyon kosyon. Lakou Siprèm dakò pou l deside kesyon an an oktòb 2026: mande yon avoka sa ki aplike kounye a.
change-registration-rule-2025 = Depi 11 avril 2025, moun ki pa t janm anrejistre ak gouvènman an dwe anrejistre (Fòm G-325R) epi pote prèv la sou yo. Anpil papye deja konte, tankou yon pèmi travay, yon I-94 oswa yon Notice to Appear. Pale ak yon avoka anvan ou anrejistre, oswa anvan ou deside pa fè l.
change-registration-stay-denied-2025 = Yon jij federal refize bloke règ anrejistreman an. Gwoup ki te fè pwosè a pa t montre yo te gen dwa pote ka a; jij la pa t deside si règ la legal.
change-protected-areas-rescinded-2025 = Gouvènman federal la fini ak politik ki te kenbe ajan imigrasyon lwen lekòl, lopital ak kote moun priye. Règ vil New York toujou limite ki moun ki ka kite ajan antre nan pati ki pa piblik nan bilding vil la.
change-ice-memo-i205-2025 = Yon nòt sekrè ICE, ki vin piblik an janvye 2026, di ajan yo yon manda depòtasyon ICE (Fòm I-205), ke okenn jij pa siyen, pèmèt yo antre pa fòs lakay yon moun ki gen yon lòd depòtasyon final. Yo mande tribinal yo pou yo di si sa legal.
change-gibson-ruling-2026 = Yon jij federal nan Minnesota deside ajan ICE ki te antre pa fòs lakay yon nonm ak sèlman yon I-205 te vyole Konstitisyon an. Desizyon an konsène ka sa a sèlman.
change-i205-suit-2026 = Gwoup nan Massachusetts fè pwosè pou anpeche ICE sèvi ak nòt la pou antre lakay moun san yon manda yon jij.
change-ice-courthouse-guidance-2025 = ICE bay enstriksyon ki fè gen plis arestasyon anndan ak bò tribinal yo.
change-poca-suit-2025 = Depatman Lajistis Ozetazini fè pwosè kont Eta New York pou anile lwa eta a ki pwoteje moun k ap ale nan tribinal New York kont arestasyon sivil.
change-court-arrests-ruling-2025 = Yon jij federal nan Manhattan refize kanpe arestasyon ICE nan tribinal imigrasyon vil New York yo. Kontinye ale nan odyans ou yo, ak yon avoka si ou kapab.
change-poca-upheld-2025 = Yon tribinal federal kenbe lwa Protect Our Courts Act New York la: pa gen arestasyon sivil imigrasyon nan tribinal Eta New York san yon manda oswa yon lòd yon jij. Li pa kouvri tribinal imigrasyon federal yo.
change-court-arrests-stayed-2026 = Yon jij federal nan Manhattan kanpe arestasyon ICE òdinè anndan ak bò tribinal imigrasyon 26 Federal Plaza, 201 Varick Street ak 290 Broadway, eksepte nan ka eksepsyonèl. Mande yon avoka sa ki aplike anvan odyans ou.
change-court-arrests-nationwide-2026 = Yon jij federal nan Kalifòni bay ICE lòd pou l kanpe arestasyon nan tribinal imigrasyon nan tout peyi a. Yo ka fè apèl: mande yon avoka sa ki aplike jou odyans ou.
change-fed-plaza-tro-2025 = Yon jij federal bay ICE lòd pou l amelyore chanm kote li kenbe moun nan 26 Federal Plaza: ase espas, dra pwòp, pwodui ijyèn ak apèl prive ak avoka.
change-fed-plaza-pi-2025 = Lòd tribinal la kontinye: nenpòt moun yo kenbe 12 èdtan oswa plis nan 26 Federal Plaza dwe jwenn espas, dra pwòp, manje, medikaman, ak yon apèl gratis e prive ak yon avoka nan 24 èdtan.
change-doj-v-nyc-2025 = Depatman Lajistis Ozetazini fè pwosè kont vil New York pou anile lwa refij li yo. Nou pa jwenn okenn desizyon ki anile yo.
change-eo-50-voided-2025 = Yon tribinal New York anile lòd majistra a ki t ap pèmèt ICE louvri yon biwo sou Rikers Island.
change-safer-sanctuary-act-2026 = Konsèy Minisipal la vote Safer Sanctuary Act malgre veto majistra a: limit vil la kounye a kouvri nenpòt ajan federal k ap fè aplikasyon lwa imigrasyon sivil, pa sèlman ICE, epi okenn ajan imigrasyon federal pa ka gen yon biwo sou teren prizon, tankou Rikers.
change-eo-13-2026 = Lòd Egzekitif 13 majistra a: ajans vil la pa ka bay otorite imigrasyon federal enfòmasyon sof si lalwa mande sa, epi ajan federal pa ka sèvi ak pakin vil la pou prepare oswa trete arestasyon. Chak ajans nonmen yon responsab vi prive epi revize règ li yo.
change-doc-audit-2026 = Depatman Koreksyon an aksepte yon odit konplè sou jan li respekte lwa sou demann detansyon (detainer) ICE yo.
change-nyag-reporting-form-2025 = Biwo Pwokirè Jeneral New York louvri yon fòm sou entènèt kote ou ka voye foto, videyo oswa yon deskripsyon yon operasyon imigrasyon ou te wè.
change-local-cops-local-crimes-2026 = Gouvènè a pwopoze yon lwa eta pou fini akò lapolis lokal ak ICE (287(g)), kenbe ICE deyò prizon lokal yo, epi egzije manda yon jij nan kote ki sansib, tankou kay moun. Se yon pwopozisyon, se pa yon lwa.
change-nyag-observers-2026 = Anplwaye Biwo Pwokirè Jeneral New York, ak jile ki make, kounye a ap obsève epi anrejistre operasyon imigrasyon federal yo, san yo pa entèfere.
change-ny-budget-immigration-2026 = Asanble Eta a vote yon pwojè bidjè ki limite èd pou ICE epi ki bay dwa pou fè pwosè kont ajan federal ki vyole dwa w. Nou poko konfime si li vin lwa.
change-locate-act-2026 = Yon pwojè lwa nan Kongrè a ta mande pou yo mete zouti ICE pou jwenn moun yo fèmen an ajou nan 12 èdtan. Se pa lwa.
change-tps-haiti-syria-2026 = Lakou Siprèm kite gouvènman an fini Estati Pwoteksyon Tanporè (TPS) pou moun ki soti Ayiti ak Siri. Si ou gen TPS, pale ak yon avoka sou chwa ou genyen.
