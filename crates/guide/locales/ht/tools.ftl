### Amparo: zouti pou anvan ak apre (plan fanmi, kat "si yo arete m", yo pran yon moun, prèv de ane,
### dosye yon rankont). Kreyòl ayisyen.
### Tradiksyon ak èd machin, yon moun ki pale lang lan poko revize l.

## Komen

tools-made = Fèt ak Amparo nan dat { $date }. Amparo pa kenbe okenn kopi.
tools-yes = Wi
tools-no = Non
tools-status-reported = Defansè dwa moun oswa laprès di sa; okenn sous ofisyèl poko konfime l.
tools-status-contested = Tribinal oswa ajans yo pa dakò sou sa.
tools-status-in-litigation = Tribinal yo toujou ap deside sa.
tools-sources = Sous

## Etikèt

tools-field-name = Non legal konplè, jan li ekri sou papye imigrasyon yo
tools-field-card-name = Non mwen jan li ekri sou papye m
tools-field-a-number = Nimewo A (A-number)
tools-field-a-number-hint = 8 oswa 9 chif. Li sou Avi pou Parèt (Notice to Appear), kat vèt la oswa otorizasyon travay la.
tools-field-country-of-birth = Peyi kote w fèt
tools-field-date-of-birth = Dat nesans
tools-field-phone = Telefòn
tools-field-email = Imèl
tools-field-school = Lekòl
tools-field-pickup = Ki moun k ap vin chèche l
tools-field-caregiver = Ki moun k ap okipe l
tools-field-child-medical = Bezwen medikal
tools-field-contact-name = Non
tools-field-relation = Relasyon
tools-field-lawyer-name = Avoka
tools-field-organization = Òganizasyon
tools-field-medical = Bezwen medikal
tools-field-medications = Medikaman
tools-field-papers-location = Kote papye yo ye
tools-field-money = Lajan ak lwaye
tools-field-call = Rele
tools-field-hours = Lè
tools-field-checked = Verifye le
tools-field-as-of = Konte tounen depi
tools-field-window = De ane yo
tools-field-earliest = Premye papye
tools-field-latest = Dènye papye
tools-field-covered-days = Jou papye yo montre
tools-field-from = Depi
tools-field-to = Jiska
tools-field-date = Dat (yon jou)
tools-field-days = Jou
tools-field-where-gap = Ki kote
tools-field-month = Mwa
tools-field-shown = Yon papye montre l
tools-field-papers = Papye
tools-field-number = No.
tools-field-kind = Ki kalite papye
tools-field-dates = Dat
tools-field-description = Deskripsyon
tools-field-kept-at = Kote li sere
tools-field-when = Kilè
tools-field-where = Ki kote
tools-field-agency = Ajans
tools-field-written-by = Ekri pa
tools-field-what-happened = Sa k te pase
tools-field-paper-shown = Èske yo te montre yon papye?
tools-field-paper = Papye a
tools-field-warrant-check = Sa verifikasyon manda Amparo te di
tools-field-injuries = Blesi
tools-field-recordings = Foto ak videyo, kote yo sere
tools-field-officer-name = Non ajan an
tools-field-badge = Nimewo badj
tools-field-plate = Plak machin
tools-field-state = Eta
tools-field-witness-name = Temwen

## Fraz pou di

tools-say-heading = Fraz pou di an angle
tools-say-lawyer = Mwen vle pale ak avoka m.
tools-say-sign = Mwen p ap siyen anyen san avoka m.
tools-say-fear = Mwen pè retounen nan peyi m.

## Plan fanmi an

tools-plan-title = Plan fanmi
tools-plan-intro = Sere plan sa a kote fanmi w ka jwenn li, epi bay moun ki nonmen ladan l yo yon kopi. Mete l ajou lè yon bagay chanje.
tools-plan-person-heading = Pou jwenn mwen
tools-plan-children-heading = Timoun yo
tools-plan-contacts-heading = Moun pou kontakte nan ijans
tools-plan-lawyer-heading = Avoka a
tools-plan-more-heading = Sante, papye ak lajan

tools-gol-title = Opsyon 1: yon moun ki nan relasyon paran
tools-gol-intro = Yon papye siyen ki pèmèt yon moun ou chwazi pran desizyon lekòl ak swen medikal pou pitit ou pandan ou pa kapab. Li pa bay gad timoun yo.
tools-gol-writing = Li ekri, ak non w, non moun ou chwazi a, ak non chak timoun.
tools-gol-signed = Ou siyen l epi ou ekri dat ou siyen an.
tools-gol-over-30 = Si se pou plis pase 30 jou, li dwe genyen tou:
tools-gol-addresses = Adrès ak nimewo telefòn ou, ak pa moun ou chwazi a.
tools-gol-birth-dates = Dat nesans chak timoun.
tools-gol-start = Jou li kòmanse, oswa evènman ki fè l kòmanse (pa egzanp: "si yo arete m").
tools-gol-consent = Akò moun ou chwazi a, alekri.
tools-gol-no-order = Yon deklarasyon ki di pa gen okenn lòd tribinal ki anpeche w fè l.
tools-gol-notary = Siyati w devan yon notè.
tools-gol-limits = Sa pou w konnen:
tools-gol-twelve-months = Li dire 12 mwa pou pi plis. Si li pa di konbyen tan, li dire 30 jou, oswa 12 mwa si li gen tout sa ki anwo yo.
tools-gol-both-parents = Si yon tribinal te bay lòd pou de paran yo deside ansanm sou lekòl oswa sante, tou de dwe dakò.
tools-gol-ends = Li fini si w mouri oswa si w pèdi kapasite pou w deside. Pwòp desizyon pa w toujou pase anvan pa moun ou chwazi a.
tools-gol-no-custody = Li pa chanje distri lekòl pitit ou, epi moun ou chwazi a pa oblije peye pou timoun nan.
tools-gol-copies = Bay lekòl la, doktè yo ak plan sante a kopi.

tools-sg-title = Opsyon 2: yon gadyen an atant (standby guardian)
tools-sg-intro = Yon moun ou chwazi ki vin gadyen pitit ou yo si imigrasyon arete w, fèmen w oswa depòte w (lalwa rele sa "separasyon administratif"), oswa si w mouri oswa pèdi kapasite w.
tools-sg-writing = Yon deziyasyon alekri nonmen gadyen an atant lan, epi si w vle, yon dezyèm moun si premye a pa kapab.
tools-sg-witnesses = Ou siyen l devan de temwen, ki siyen l tou. Gadyen an atant lan pa ka youn nan yo.
tools-sg-starts = Apre yon arestasyon oswa yon detansyon imigrasyon, li kòmanse lè gadyen an atant lan gen prèv la (pa egzanp yon papye ICE) ak deziyasyon ou siyen an.
tools-sg-sixty-days = Depi lè sa a, gadyen an atant lan ka aji pandan 60 jou, epi nan delè sa a li dwe mande Tribinal Siksesyon an (Surrogate's Court, pa Tribinal Fanmi an) pou nonmen l gadyen.
tools-sg-parent-keeps = Ou rete paran an. Ou ka chanje l oswa anile l.
tools-sg-help = Lalwa gen yon fòm opsyonèl pou sa. Yon avoka èd legal gratis ka ede w ranpli l.

tools-family-title = Anplis
tools-family-intro = Ti bagay ki ede nan pi move jou a.
tools-family-school = Di lekòl la ki moun ki ka vin chèche pitit ou yo, sou kat kontak ijans li a.
tools-family-papers = Kite kopi batistè, paspò ak plan sa a ak moun k ap okipe pitit ou yo.
tools-family-numbers = Tout moun aprann de nimewo pa kè: youn nan fanmi an ak pa avoka a.
tools-family-money = Mete yon ti lajan sou kote, epi di yon moun ou fè konfyans kijan pou l peye lwaye a.
tools-family-medicine = Kite yon sak ak yon semèn medikaman w ak yon moun ou fè konfyans.
tools-family-presence = Si w gen plis pase de ane Ozetazini, ranmase papye ki montre sa, epi sere kopi kote fanmi w ka jwenn yo.
tools-family-both = Ou ka fè toude opsyon yo. Mande yon avoka èd legal gratis kilès ki bon pou fanmi w.

## Mesaj ekri davans

tools-messages-heading = Mesaj ekri davans
tools-messages-intro = Pare pou voye si yo arete w. Anyen pa pati si ou pa peze voye sou pwòp telefòn ou.
tools-messages-page-intro = Chak lyen louvri mesaj tèks oswa imèl telefòn ou ak mesaj la deja pare. Amparo pa voye anyen. Sere paj sa a oswa kopye tèks yo yon kote ki an sekirite.
tools-messages-sms = Louvri nan mesaj tèks mwen
tools-messages-mail = Louvri nan imèl mwen
tools-msg-subject = Yo arete m
tools-msg-detained = Imigrasyon arete m.
tools-msg-call-lawyer = Tanpri rele avoka m { $lawyer } nan { $phone }.
tools-msg-call-lawyer-no-phone = Tanpri rele avoka m, { $lawyer }.
tools-msg-a-number = Nimewo A mwen se { $a_number }.
tools-msg-children = Tanpri swiv plan fanmi nou an pou timoun yo.
tools-msg-from = — { $name }
tools-msg-to-lawyer = Se { $name }. Imigrasyon arete m. Tanpri jwenn mwen epi reprezante m.
tools-msg-born = Mwen fèt nan dat { $date }.

## Kat "si yo arete m"

tools-card-title = Si yo arete m
tools-card-back-title = Pou ajan yo

## Yo pran yon moun

tools-taken-title = Yo pran yon moun
tools-taken-intro = Aji nan premye èdtan yo. Rete kalm, ekri sa w konnen, epi fè etap sa yo youn apre lòt.
tools-taken-search-with = Chèche ak
tools-taken-find-heading = 1. Jwenn kote yo kenbe l
tools-taken-locator = Chèche sou Lokalizatè Moun ki Arete Anliy ICE a, { $url }: ak nimewo A a ak peyi kote l fèt, oswa ak non legal konplè a ak peyi kote l fèt.
tools-taken-exact-name = Ekri non an egzakteman jan li ekri sou papye imigrasyon yo, ak aksan ak tirè. Si anyen pa parèt, eseye lòt fason pou ekri l ak dat nesans lan.
tools-taken-nine-digits = Nimewo A a gen 9 chif: mete yon 0 devan yon nimewo 8 chif.
tools-taken-not-shown = Li ka poko montre moun nan: enfòmasyon yo ka parèt plizyè èdtan oswa plizyè jou apre yon arestasyon oswa yon transfè. Li pa montre timoun ki gen mwens pase 18 an, ni moun yo lage depi plis pase 60 jou.
tools-taken-locator-privacy = Lokalizatè a anrejistre adrès entènèt ou. ICE di li pa sèvi ak li pou arestasyon.
tools-taken-case-heading = 2. Verifye dosye a
tools-taken-eoir = Rele liy otomatik tribinal imigrasyon yo, { $phone }, ak nimewo A a: li di pwochen odyans lan ak desizyon jij la. Li pa di anyen sou kosyon, epi lòd depòtasyon rapid yo pa ladan l.
tools-taken-help-heading = 3. Mande èd nan vil New York
tools-taken-help-pending = Liy èd legal gratis yo, chak verifye nan sous li, sou paj "Jwenn èd" Amparo a. Rele youn menm jou a.
tools-taken-lawyer-heading = 4. Yon avoka, nan premye èdtan yo
tools-taken-lawyer-now = Rele avoka ki nan plan fanmi an, oswa yon liy èd legal gratis, touswit. Yon avoka ka jwenn kote yo kenbe moun nan, di ICE li reprezante l, epi mande pou yo lage l.
tools-taken-habeas = Yon avoka ka mande yon tribinal federal tou pou l egzamine detansyon an (habeas corpus). Se kote yo kenbe moun nan yo depoze l, kidonk aji anvan yo transfere l deyò New York.
tools-taken-fear = Si moun nan pè retounen nan peyi l, li dwe di sa klè. Nan depòtasyon rapid, yon ajan dwe voye l bay yon ofisye azil olye pou l depòte l touswit.
tools-taken-presence = Si li gen plis pase de ane Ozetazini, pote papye ki montre sa bay avoka a vit: moun nan dwe pwouve sa pou l evite depòtasyon rapid, epi li ka mande tan pou l jwenn papye yo.
tools-taken-consulate-heading = 5. Konsila a
tools-taken-consulate = Konsila peyi moun nan ka ede jwenn li ak kontakte l. Moun nan ka chwazi pa kontakte konsila a.
tools-taken-consulate-must = Pou kèk peyi (pa egzanp Lachin, Larisi ak Polòy) ICE dwe avèti konsila a menm si moun nan pa vle. Si moun nan pè gouvènman peyi l, di avoka a sa touswit.
tools-taken-children-heading = 6. Timoun yo
tools-taken-standby = Si paran an te nonmen yon gadyen an atant, moun sa a ka aji kòm gadyen timoun yo pandan 60 jou, epi nan delè sa a li dwe mande Tribinal Siksesyon an (Surrogate's Court) pou nonmen l gadyen.
tools-taken-designation = Yon deziyasyon moun ki nan relasyon paran pèmèt moun sa a regle zafè ak lekòl la ak doktè yo. Montre yo li.
tools-taken-ready-heading = 7. Pare sa yo
tools-taken-ready = Non legal konplè moun nan, nimewo A li, dat ak peyi kote l fèt; ki kote ak kilè yo te pran l; plan fanmi an; non ak nimewo avoka a; papye ki montre de ane Ozetazini; medikaman l ak bezwen medikal li.

## Prèv de ane

tools-presence-title = Prèv de ane Ozetazini
tools-presence-intro = Depòtasyon rapid pèmèt ajan yo depòte yon moun san jij si moun nan pa ka montre de ane Ozetazini. Mete papye w yo ak dat yo: Amparo montre ki mwa yo kouvri ak ki kote ki gen twou.
tools-presence-covers = Papye w yo montre prezans depi { $from } jiska { $to }, san okenn moman ki pi long pase { $limit } jou san papye.
tools-presence-not-covered = Papye w yo pa montre tout tan an depi { $from } jiska { $to }: { $count ->
    [one] gen yon twou
   *[other] gen { $count } twou
} (gade anba a).
tools-presence-not-legal = Sa montre sèlman sa papye w yo montre. Se pa yon desizyon legal: se yon ajan oswa yon jij ki deside, epi yon avoka ka di w kisa papye w yo vo.
tools-presence-gaps-heading = Twou
tools-presence-months-heading = Mwa pa mwa
tools-presence-index-heading = Lis papye yo
tools-presence-rule-heading = Kijan yo konte twou yo
tools-presence-rule = Yon twou se yon moman ki pi long pase { $limit } jou ke okenn papye pa kouvri, oswa kòmansman de ane yo anvan premye papye w. Pa gen okenn règ ki di konbyen fwa papye yo dwe montre prezans; { $limit } jou se absans ki pi long lalwa imigrasyon an aksepte nan lòt règ li sou prezans kontinyèl, kidonk yon ajan ta ka poze kesyon sou yon moman ki pi long.
tools-presence-kinds-heading = Papye ki ka montre prezans
tools-presence-keep = Sere kopi yon kote ki an sekirite fanmi w ka jwenn, ak yon kopi nan telefòn ou oswa nan imèl ou. Pote papye sou ou gen risk tou: mande yon avoka kisa pou w pote. Si yo arete w, ou ka mande tan pou w jwenn papye w oswa pou yon moun pote yo.
tools-month-covered = Wi
tools-month-gap = Non
tools-gap-no-papers = Okenn papye
tools-gap-before-first-paper = Anvan premye papye a
tools-gap-between-papers = Ant papye yo
tools-gap-after-last-paper = Apre dènye papye a
tools-kind-lease = Kontra lwaye
tools-kind-rent_receipt = Resi lwaye
tools-kind-pay_stub = Fich pewòl
tools-kind-tax_return = Deklarasyon taks
tools-kind-utility_bill = Bòdwo sèvis (kouran, gaz, dlo)
tools-kind-phone_bill = Bòdwo telefòn oswa entènèt
tools-kind-bank_statement = Relve bank
tools-kind-money_transfer = Resi transfè lajan
tools-kind-medical_record = Dosye medikal
tools-kind-school_record = Dosye lekòl (pa w oswa pa pitit ou)
tools-kind-religious_record = Papye yon kote pou priye
tools-kind-mail = Lèt ki adrese ba ou
tools-kind-id_card = Kat idantite yo bay Ozetazini (pa egzanp IDNYC)
tools-kind-court_record = Dosye tribinal
tools-kind-child_birth_certificate = Batistè yon pitit ki fèt Ozetazini
tools-kind-employment_letter = Lèt yon patwon
tools-kind-other = Lòt papye ki gen dat

## Dosye yon rankont

tools-record-title = Dosye yon rankont
tools-record-intro = Ekri pou yon avoka. Ekri sèlman sa ou menm ou te wè ak tande.
tools-record-officers-heading = Ajan
tools-record-vehicles-heading = Machin
tools-record-witnesses-heading = Temwen
tools-record-ag-heading = Pou rapòte l bay Pwokirè Jeneral New York
tools-record-ag-intro = "Federal Action Reporting Form" Pwokirè Jeneral la resevwa rapò sou operasyon imigrasyon. Se ou ki deside si w voye l. Sa w voye ka sèvi nan rapò piblik ak nan tribinal. Si se ou yo te arete, pale ak avoka w anvan. Men chan fòm nan ak sa w ta ka kopye ladan yo:
tools-ag-when = Dat ak lè
tools-ag-where = Kote
tools-ag-description = Deskripsyon sa k te pase
tools-ag-media = Foto, videyo oswa lyen
tools-ag-contact = Enfòmasyon pou kontakte w (opsyonèl)
tools-ag-your-choice = Se ou ki chwazi: kite l vid si w pito.
tools-record-keep = Sere dosye sa a ak videyo w yo yon kote ki an sekirite, epi bay avoka w yon kopi.

## Paj entènèt

tools-home-heading = Anvan ak apre
tools-plan-link-hint = Ki moun k ap chèche timoun yo, nimewo, avoka a — sou papye, nan lang ou.
tools-card-link-hint = Non, nimewo A, de nimewo ak avoka w, ak fraz pou di an angle.
tools-taken-link-hint = Kijan pou jwenn yon fanmi yo arete, ak kisa pou fè nan premye èdtan yo.
tools-presence-link-hint = Ki mwa papye w yo kouvri, ak ki kote ki gen twou.
tools-record-link-hint = Ekri sa k te pase, pou yon avoka.
tools-see-also = Zouti pou sa
tools-plan-page-intro = Ranpli sèlman sa w vle sou papye a: se non an sèlman ki nesesè. Apre sa, fè plan an, kat la, mesaj yo, oswa fèy "yo pran yon moun" nan.
tools-record-page-intro = Ekri l pi vit ou kapab, pandan w sonje. Se sèlman kilè, ki kote ak sa k te pase ki nesesè.
tools-paper-size = Papye
tools-form-person = Moun plan sa a ye pou li a
tools-form-child = Timoun { $number }
tools-form-contact = Kontak ijans { $number }
tools-form-lawyer = Avoka
tools-form-more = Sante, papye ak lajan
tools-form-say-fear = Mete "Mwen pè retounen nan peyi m" sou kat mwen
tools-form-paper = Papye { $number }
tools-form-officer = Ajan { $number }
tools-form-vehicle = Machin { $number }
tools-form-witness = Temwen { $number }
tools-form-encounter = Rankont lan
tools-form-what = Sa k te pase
tools-form-taken-intro = Ranpli sa w konnen pou w enprime fèy sa a ak enfòmasyon yo. Yo pa kenbe anyen.
tools-make-plan = Fè plan an (PDF)
tools-make-card = Fè kat pòtfèy la (PDF)
tools-make-messages = Ekri mesaj yo
tools-make-taken = Fè fèy "yo pran yon moun" nan (PDF)
tools-make-presence = Verifye papye m yo
tools-make-presence-pdf = Enprime lis papye yo (PDF)
tools-make-record = Fè dosye a (PDF)
tools-make-record-json = Telechaje dosye a pou yon avoka (JSON)
tools-errors-heading = Tanpri verifye chan sa yo:
tools-privacy-heading = Kisa yo kenbe, ak ki kote
tools-privacy-server = Lè w peze yon bouton, sa w ekri a ale sou sèvè Amparo a, ki fè papye w nan memwa epi li bliye l. Yo pa sere anyen sou sèvè a, yo pa ekri anyen nan okenn jounal, epi yo pa mete okenn cookie.
tools-privacy-paper = Papye w telechaje a gen enfòmasyon prive. Sere l kote sèlman moun ou fè konfyans ka jwenn li.
tools-privacy-draft = Sou telefòn ki pèmèt sa, ou ka sere yon bouyon tou sèlman sou telefòn sa a, fèmen ak yon modpas ou chwazi. Amparo pa janm resevwa l, epi li pa ka louvri l.
tools-draft-legend = Bouyon sou telefòn sa a
tools-draft-passphrase = Modpas (omwen 8 karaktè; si w bliye l, yo p ap ka louvri bouyon an)
tools-draft-save = Sere bouyon an sou telefòn sa a
tools-draft-open = Louvri bouyon an
tools-draft-delete = Efase bouyon an
tools-draft-saved = Li sere sou telefòn sa a, fèmen ak modpas ou.
tools-draft-opened = Bouyon an louvri.
tools-draft-deleted = Bouyon an efase sou telefòn sa a.
tools-draft-wrong = Move modpas, oswa bouyon an gate.
tools-draft-none = Pa gen okenn bouyon sou telefòn sa a.
tools-draft-short = Modpas la twò kout.
tools-draft-working = N ap travay…

## Erè

tools-error-required = Sa nesesè.
tools-error-shape = Sa pa nan fòm yo tann nan ({ $value }).
tools-error-not-a-date = "{ $value }" se pa yon dat.
tools-error-not-a-date-time = "{ $value }" se pa yon dat ak yon lè.
tools-error-future-date = { $value } nan lavni. Dènye jou ki posib la se { $latest }.
tools-error-too-old = { $value } twò lontan.
tools-error-ends-before-start = Li fini ({ $to }) anvan li kòmanse ({ $from }).
tools-error-date-or-range = Bay yon sèl dat, oswa yon dat "depi" ak yon dat "jiska".
tools-error-a-number = "{ $value }" se pa yon nimewo A: li gen 8 oswa 9 chif.
tools-error-phone = "{ $value }" se pa yon nimewo telefòn: 10 chif Ozetazini, oswa + ak kòd peyi a.
tools-error-email = "{ $value }" se pa yon adrès imèl.
tools-error-plate = "{ $value }" se pa yon plak machin.
tools-error-unknown = "{ $value }" pa youn nan chwa yo.
tools-error-too-long = Li twò long: { $max } karaktè pou pi plis.
tools-error-too-many = Twòp: { $max } pou pi plis.
tools-error-control-character = Li gen yon karaktè ki pa ka enprime.
