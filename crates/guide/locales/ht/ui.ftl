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
ui-warrant-q-top = Kisa ki enprime anlè papye a?
ui-warrant-q-corner = Kisa ki enprime nan kwen anba a (yon nimewo fòm tankou I-200 oswa AO 442)?
ui-warrant-q-signature = Kisa ki enprime anba siyati a (non ak tit)?
ui-warrant-q-names = Ki non ak ki adrès ki sou li?
ui-warrant-your-name = Non ou (si ou vle, nou pa kenbe l)
ui-warrant-your-address = Adrès sa a (si ou vle, nou pa kenbe l)
ui-warrant-upload = Oswa voye yon foto oswa yon PDF papye a
ui-warrant-upload-note = Nou li fichye a nan memwa sèlman. Nou pa janm kenbe l.
ui-check = Tcheke
ui-result = Rezilta
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
