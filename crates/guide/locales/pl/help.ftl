### Amparo: do kogo dzwonić („Pomoc”) i co się zmieniło w prawie. Polski.
### Tłumaczenie wspomagane maszynowo, jeszcze niesprawdzone przez rodzimego użytkownika języka.

## Strona „Pomoc”

help-title = Pomoc
help-intro = Bezpłatna pomoc w Nowym Jorku. Każdy numer i adres poniżej sprawdzono na stronie samej organizacji albo na stronie urzędu, w podanym dniu. Dzwonią Państwo bezpośrednio: Amparo do nikogo nie dzwoni i niczego nie przechowuje.
help-call = Zadzwoń: { $phone }
help-website = Strona internetowa
help-email = E-mail
help-hours = Godziny
help-languages = Języki: { $list }
help-interpreters = Tłumacze wielu języków.
help-checked = Sprawdzono { $date }: { $source }
help-block-title = Kto może pomóc
help-all = Wszystkie numery i pomoc
help-door-line = Agenci w domu albo ktoś został zabrany? Proszę zadzwonić pod { $phone }: połączą Państwa z biurem miasta, które może pomóc.
help-card-line = Bezpłatna pomoc: { $phone }
help-changes-link = Co się zmieniło w prawie (2025-2026)

## Strona „Co się zmieniło”

changes-title = Co się zmieniło w prawie
changes-intro = W latach 2025 i 2026 prawo szybko się zmieniało. Oto każda zmiana, od najnowszej: na ile jest pewna i co Amparo o niej mówi. To informacja prawna, nie porada prawna: o własną sprawę proszę zapytać prawnika.
changes-effective = Obowiązuje od { $date }.
changes-source = Źródło
changes-case = Sprawa
changes-touches = Co Amparo o tym mówi
changes-status-settled = Potwierdzone w oficjalnym źródle.
changes-status-contested = Sądy lub urzędy nie zgadzają się w tej sprawie.
changes-status-in-litigation = Sądy jeszcze o tym rozstrzygają.
changes-status-reported = Podawane przez media; niepotwierdzone w oficjalnym źródle.
changes-kind-statute = Ustawa federalna
changes-kind-local-law = Prawo miejskie
changes-kind-state-law = Prawo stanowe
changes-kind-rule = Przepis federalny
changes-kind-court-order = Decyzja sądu
changes-kind-agency-memo = Notatka urzędu
changes-kind-agency-policy = Polityka urzędu
changes-kind-executive-order = Zarządzenie wykonawcze
changes-kind-lawsuit = Złożony pozew
changes-kind-bill = Projekt (nie jest prawem)

## Do kogo dzwonić: do czego służy każdy kontakt

contact-nyc-311-for = Jeśli agenci są w Państwa domu albo ktoś został zatrzymany, proszę zadzwonić pod 311. Połączą Państwa z biurem miasta, które może pomóc; można też zostawić wiadomość.
contact-moia-legal-hotline-for = Bezpłatna i poufna miejska pomoc prawna w sprawach imigracyjnych: wstępna ocena i skierowanie do bezpłatnego prawnika. Można też zadzwonić pod 311 i powiedzieć „immigration legal”.
contact-moia-legal-hotline-hours = Od poniedziałku do piątku, 9:00–18:00.
contact-moia-legal-hotline-note = Nagranie pyta o język; w godzinach pracy odbiera człowiek.
contact-nys-new-americans-hotline-for = Bezpłatna i anonimowa infolinia stanu Nowy Jork: informacje i skierowania do bezpłatnych prawników imigracyjnych, także dla osób w areszcie imigracyjnym. Można też zgłosić oszustwo imigracyjne.
contact-nys-new-americans-hotline-hours = Od poniedziałku do piątku, 8:00–20:00; sobota i niedziela, 9:00–17:00.
contact-nys-new-americans-hotline-note = W ponad 200 językach.
contact-nyifup-legal-aid-for = Bezpłatni prawnicy dla osób przetrzymywanych przez ICE, których sprawa w sądzie imigracyjnym toczy się w Nowym Jorku, oraz dla mieszkańców Nowego Jorku, których sprawa toczy się w New Jersey.
contact-nyifup-legal-aid-note = Legal Aid prosi rodziny, by pisały do zespołu NYIFUP na ten adres.
contact-nyifup-bds-for = Jeden z trzech wykonawców NYIFUP: bezpłatni prawnicy dla przetrzymywanych nowojorczyków, którym grozi deportacja.
contact-nyifup-bds-note = To numer głównego biura Brooklyn Defenders.
contact-nyifup-bronx-defenders-for = Jeden z trzech wykonawców NYIFUP: bezpłatni prawnicy dla przetrzymywanych nowojorczyków, którym grozi deportacja.
contact-nyifup-bronx-defenders-note = Na jego stronie nie udało się potwierdzić numeru telefonu: proszę skorzystać ze strony internetowej.
contact-eoir-case-line-for = Automatyczna linia sądu imigracyjnego: data i miejsce następnej rozprawy oraz decyzja sędziego. Proszę wpisać 9-cyfrowy numer A (przed numerem 8-cyfrowym dodać 0). Można tak sprawdzić, czy ktoś w domu ma nakaz deportacji.
contact-eoir-case-line-hours = Całą dobę, codziennie.
contact-eoir-case-line-note = Nie ma informacji o kaucji ani o wnioskach. Nakazy deportacji przyspieszonej mogą się nie pojawiać.
contact-ice-detainee-locator-for = Znaleźć osobę przetrzymywaną przez ICE: szukać po numerze A i kraju urodzenia albo po dokładnym imieniu i nazwisku oraz kraju urodzenia.
contact-ice-detainee-locator-note = To strona samego ICE. Nie pokazuje osób poniżej 18 lat, a osoby zwolnione pokazuje tylko przez 60 dni. Imię i nazwisko muszą się dokładnie zgadzać. Nowe zatrzymanie lub przeniesienie może pojawić się z opóźnieniem.
contact-nyag-reporting-form-for = Proszę wysłać Prokuraturze Generalnej stanu Nowy Jork zdjęcia, nagrania lub opis działań imigracyjnych, które Państwo widzieli. Dane kontaktowe są dobrowolne.
contact-nyag-reporting-form-note = Wysłanie formularza nie jest pozwem, a biuro nie udziela porad prawnych. To, co Państwo wyślą, może zostać użyte w raportach publicznych lub w sądzie. Ten adres pochodzi z mediów i z rejestru innego projektu; jeśli się nie otwiera, proszę wejść na ag.ny.gov.

## Co się zmieniło: jedno streszczenie na zmianę

change-er-designation-2025 = Od 21 stycznia 2025 roku funkcjonariusze mogą w całym kraju stosować deportację przyspieszoną (bez sędziego) wobec osoby, która nie została wpuszczona ani nie otrzymała parole i nie może wykazać dwóch lat pobytu w USA. Jeśli boi się Pan/Pani powrotu, proszę to jasno powiedzieć.
change-er-parole-stay-2025 = Sąd federalny zabronił DHS obejmować deportacją przyspieszoną osób wpuszczonych do USA na podstawie parole na przejściu granicznym. Sprawa trwa.
change-er-stay-2025 = Sędzia federalna w Waszyngtonie wstrzymała stosowanie deportacji przyspieszonej w całym kraju. Wstrzymanie zakończyło się w 2026 roku.
change-er-stay-reversed-2026 = Sąd apelacyjny w Waszyngtonie uchylił to wstrzymanie, około czerwca 2026 roku. Deportację przyspieszoną znów można stosować w całym USA wobec osób, które nie mogą wykazać dwóch lat pobytu.
change-laken-riley-act-2025 = Nowa ustawa federalna: osoba, która weszła bez dokumentów i zostanie aresztowana lub oskarżona o kradzież, kradzież sklepową, włamanie albo napaść na funkcjonariusza, musi być przetrzymywana przez ICE, bez kaucji. Wystarczy samo aresztowanie.
change-yajure-hurtado-2025 = Komisja odwoławcza ds. imigracji uznała, że osoby, które weszły bez kontroli, nie mogą mieć rozprawy o kaucji przed sędzią imigracyjnym. Prawnicy proszą teraz o zwolnienie sądy federalne (habeas corpus). Nie wszystkie sądy federalne zgadzają się z komisją.
change-bond-second-circuit-2026 = Federalny sąd apelacyjny dla Nowego Jorku orzekł, że osoby, które weszły bez kontroli i zostały aresztowane w głębi kraju, mogą prosić sędziego imigracyjnego o kaucję. W październiku 2026 roku Sąd Najwyższy zgodził się rozstrzygnąć tę kwestię: proszę zapytać prawnika, co obowiązuje teraz.
change-registration-rule-2025 = Od 11 kwietnia 2025 roku osoby, które nigdy nie zarejestrowały się u władz, muszą to zrobić (formularz G-325R) i nosić przy sobie dowód. Wiele dokumentów już się liczy, np. pozwolenie na pracę, I-94 albo wezwanie do stawiennictwa (Notice to Appear). Przed rejestracją albo decyzją, by się nie rejestrować, proszę porozmawiać z prawnikiem.
change-registration-stay-denied-2025 = Sędzia federalny odmówił zablokowania przepisu o rejestracji. Organizacje, które złożyły pozew, nie wykazały, że mogą go wnieść; sędzia nie rozstrzygnął, czy przepis jest zgodny z prawem.
change-protected-areas-rescinded-2025 = Rząd federalny zakończył politykę trzymania agentów imigracyjnych z dala od szkół, szpitali i miejsc kultu. Przepisy miasta Nowy Jork nadal ograniczają, kto może wpuścić agentów do niepublicznych części budynków miejskich.
change-ice-memo-i205-2025 = Tajna notatka ICE, ujawniona w styczniu 2026 roku, mówi funkcjonariuszom, że nakaz deportacji ICE (formularz I-205), którego nie podpisuje żaden sędzia, pozwala im siłą wejść do domu osoby z ostatecznym nakazem deportacji. Sądy są proszone o rozstrzygnięcie, czy to legalne.
change-gibson-ruling-2026 = Sędzia federalny w Minnesocie orzekł, że agenci ICE, którzy siłą weszli do domu mężczyzny mając tylko I-205, naruszyli Konstytucję. Orzeczenie dotyczy tylko tej sprawy.
change-i205-suit-2026 = Organizacje w Massachusetts złożyły pozew, by ICE nie mogło używać tej notatki do wchodzenia do domów bez nakazu sędziego.
change-ice-courthouse-guidance-2025 = ICE wydało wytyczne, po których było więcej aresztowań w sądach i wokół nich.
change-poca-suit-2025 = Departament Sprawiedliwości USA pozwał stan Nowy Jork, by unieważnić stanową ustawę chroniącą przed aresztowaniem cywilnym osoby idące do sądów Nowego Jorku.
change-court-arrests-ruling-2025 = Sędzia federalny na Manhattanie odmówił wstrzymania aresztowań ICE w sądach imigracyjnych Nowego Jorku. Proszę nadal chodzić na rozprawy, jeśli to możliwe z prawnikiem.
change-poca-upheld-2025 = Sąd federalny utrzymał w mocy nowojorską ustawę Protect Our Courts Act: bez nakazu lub postanowienia sędziego nie wolno dokonywać cywilnych aresztowań imigracyjnych w sądach stanu Nowy Jork. Nie dotyczy to federalnych sądów imigracyjnych.
change-court-arrests-stayed-2026 = Sędzia federalny na Manhattanie wstrzymał rutynowe aresztowania ICE w sądach imigracyjnych przy 26 Federal Plaza, 201 Varick Street i 290 Broadway oraz wokół nich, poza wyjątkowymi przypadkami. Przed rozprawą proszę zapytać prawnika, co obowiązuje.
change-court-arrests-nationwide-2026 = Sędzia federalny w Kalifornii nakazał ICE wstrzymać aresztowania w sądach imigracyjnych w całym kraju. Możliwa jest apelacja: proszę zapytać prawnika, co obowiązuje w dniu rozprawy.
change-fed-plaza-tro-2025 = Sędzia federalny nakazał ICE poprawić warunki w celach przy 26 Federal Plaza: dość miejsca, czysta pościel, środki higieny i poufne rozmowy z prawnikami.
change-fed-plaza-pi-2025 = Nakaz sądu obowiązuje dalej: każdy przetrzymywany 12 godzin lub dłużej przy 26 Federal Plaza musi mieć miejsce, czystą pościel, jedzenie, leki oraz bezpłatną, poufną rozmowę z prawnikiem w ciągu 24 godzin.
change-doj-v-nyc-2025 = Departament Sprawiedliwości USA pozwał miasto Nowy Jork, by unieważnić jego przepisy o mieście-azylu. Nie znaleziono orzeczenia, które by je unieważniło.
change-eo-50-voided-2025 = Sąd w Nowym Jorku unieważnił zarządzenie burmistrza, które pozwoliłoby ICE otworzyć biuro na Rikers Island.
change-safer-sanctuary-act-2026 = Rada Miasta uchwaliła Safer Sanctuary Act mimo weta burmistrza: miejskie ograniczenia obejmują teraz każdego agenta federalnego zajmującego się cywilnym egzekwowaniem prawa imigracyjnego, nie tylko ICE, a żaden federalny agent imigracyjny nie może mieć biura na terenie więzień, takich jak Rikers.
change-eo-13-2026 = Zarządzenie wykonawcze nr 13 burmistrza: urzędy miejskie nie mogą przekazywać informacji federalnym władzom imigracyjnym, chyba że wymaga tego prawo, a agenci federalni nie mogą używać miejskich parkingów do przygotowywania ani prowadzenia aresztowań. Każdy urząd wyznacza osobę odpowiedzialną za prywatność i przegląda swoje zasady.
change-doc-audit-2026 = Departament Więziennictwa zgodził się na pełny audyt tego, jak przestrzega prawa dotyczącego wniosków ICE o przetrzymanie (detainers).
change-nyag-reporting-form-2025 = Prokuratura Generalna stanu Nowy Jork otworzyła formularz internetowy, w którym można przesłać zdjęcia, nagrania lub opis widzianych działań imigracyjnych.
change-local-cops-local-crimes-2026 = Gubernator zaproponowała ustawę stanową, która zakończyłaby umowy lokalnej policji z ICE (287(g)), nie wpuszczałaby ICE do lokalnych więzień i wymagałaby nakazu sędziego w miejscach wrażliwych, także w domach. To projekt, nie prawo.
change-nyag-observers-2026 = Pracownicy Prokuratury Generalnej stanu Nowy Jork w oznakowanych kamizelkach obserwują i nagrywają teraz federalne działania imigracyjne, nie ingerując w nie.
change-ny-budget-immigration-2026 = Zgromadzenie stanowe przyjęło projekt budżetu z ograniczeniami pomocy dla ICE i prawem do pozwania funkcjonariuszy federalnych, którzy naruszają Państwa prawa. Nie potwierdzono, czy stał się prawem.
change-locate-act-2026 = Projekt ustawy w Kongresie nakazywałby aktualizować wyszukiwarkę zatrzymanych ICE w ciągu 12 godzin. To nie jest prawo.
change-tps-haiti-syria-2026 = Sąd Najwyższy pozwolił rządowi zakończyć Tymczasowy Status Ochronny (TPS) dla osób z Haiti i Syrii. Jeśli ma Pan/Pani TPS, proszę porozmawiać z prawnikiem o możliwościach.
