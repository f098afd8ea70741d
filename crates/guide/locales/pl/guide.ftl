### Przewodnik po prawach Amparo: polski.
### Tłumaczenie maszynowe, jeszcze niesprawdzone przez rodzimego użytkownika języka.

## Język i interfejs

language-name = Polski
guide-title = Poznaj swoje prawa
guide-subtitle = Jeśli przyjdą agenci imigracyjni (ICE): Nowy Jork
key-points-heading = 10 najważniejszych punktów
scenarios-heading = Sytuacje
say-label = Co powiedzieć
say-english-label = Po angielsku
dont-label = Uwaga
sources-label = Źródła
legal-status-settled = To nie jest sporne.
legal-status-contested = Sądy lub urzędy nie są co do tego zgodne.
legal-status-in-litigation = Sądy jeszcze o tym rozstrzygają.
legal-status-reported = Według doniesień prasy; jeszcze niepotwierdzone w oficjalnym tekście.
legal-status-case = Sprawa
reviewed = Ostatnio sprawdzono: { $date }
points-count =
    { $count ->
        [one] { $count } punkt
        [few] { $count } punkty
        [many] { $count } punktów
       *[other] { $count } punktu
    }
disclaimer = To jest informacja prawna, a nie porada prawna. Prawo i przepisy się zmieniają. Po poradę w swojej sprawie zwróć się do prawnika lub organizacji pomocy prawnej.
status-source = Tekst oryginalny.
status-machine-assisted = Tłumaczenie maszynowe, jeszcze niesprawdzone przez rodzimego użytkownika języka.
status-reviewed = Tłumaczenie sprawdzone przez rodzimego użytkownika języka.
translation-stale = To tłumaczenie jest aktualizowane. Tekst angielski brzmi teraz:
translation-shares = { $current }% aktualne · { $reviewed }% sprawdzone przez człowieka
door-card-title = Jeśli agenci przyjdą pod twoje drzwi
door-card-back-title = Do funkcjonariuszy
door-card-check-title = Jak sprawdzić nakaz

## Dziesięć najważniejszych punktów

kp-judicial-warrant = Aby bez pozwolenia wejść do mieszkania lub do prywatnej części miejsca pracy, agenci potrzebują nakazu podpisanego przez sędziego. Dokument ICE podpisany przez funkcjonariusza ICE (np. formularz I-200 lub I-205) nie jest nakazem sędziego.
kp-judicial-warrant-say = Proszę wsunąć nakaz pod drzwi.
kp-agents-may-lie = Agentom wolno kłamać. Mogą mówić, że są z lokalnej policji, że szukają kogoś innego albo że chcą tylko porozmawiać. Zapytaj, kim są i dla jakiej agencji pracują. Jeśli mówią, że mają nakaz, poproś, żeby go pokazali.
kp-agents-may-lie-say = Kim państwo są? Z jakiej agencji?
kp-remain-silent = Masz prawo zachować milczenie. Nie musisz mówić, gdzie się urodziłeś (urodziłaś), jak przyjechałeś (przyjechałaś) do USA ani jaki masz status imigracyjny. Ale jeśli boisz się wrócić do swojego kraju, powiedz to wyraźnie, jeśli możesz po angielsku: „I am afraid to return to my country.” (Boję się wrócić do swojego kraju). Przemilczenie tego strachu może skończyć się szybką deportacją bez sędziego.
kp-remain-silent-say = Korzystam z prawa do zachowania milczenia.
kp-free-to-go = Zapytaj: „Czy mogę odejść?”. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź. Jeśli „nie”, zostań na miejscu i milcz.
kp-free-to-go-say = Czy mogę odejść?
kp-film = Możesz filmować lub nagrywać agentów w miejscach publicznych, jeśli nie przeszkadzasz im w działaniach. Zachowaj bezpieczną odległość.
kp-stay-calm = Zachowaj spokój. Trzymaj ręce tak, aby agenci je widzieli.
kp-do-not-run = Nie uciekaj. Ucieczka może być powodem, by cię zatrzymać do kontroli lub aresztować.
kp-do-not-resist = Nie stawiaj oporu, nawet jeśli uważasz, że agenci łamią prawo. Nie popychaj i nie dotykaj agentów. Powiedz, że się nie zgadzasz, a później porozmawiaj z prawnikiem.
kp-do-not-resist-say = Nie wyrażam zgody.
kp-do-not-lie = Nie kłam i nie pokazuj fałszywych dokumentów. Nigdy nie mów, że jesteś obywatelem (obywatelką) USA, jeśli nim nie jesteś: to przestępstwo, które może na zawsze zamknąć drogę do legalnego statusu. Jeśli nie chcesz odpowiadać, lepiej milcz.
kp-do-not-obstruct = Nie blokuj agentów i nie wchodź im w drogę, nawet żeby komuś pomóc, i nie ukrywaj nikogo przed nimi. Możesz obserwować, nagrywać i mówić ludziom o ich prawach z bezpiecznej odległości.

## Sytuacja: w domu

home-title = W domu: agenci pod drzwiami
home-intro = ICE często przychodzi wcześnie rano. Nie musisz otwierać drzwi. Rozmawiaj przez zamknięte drzwi.
home-door-heading = Jeśli agenci pukają
home-dont-open = Nie otwieraj drzwi. Możesz rozmawiać przez drzwi lub okno. Jeśli otworzysz, agenci mogą wejść albo później twierdzić, że ich wpuściłeś (wpuściłaś).
home-dont-open-say = Nie wyrażam zgody na wejście.
home-ask-warrant = Zapytaj, czy mają nakaz podpisany przez sędziego. Poproś, żeby wsunęli go pod drzwi albo pokazali w oknie. Nie musisz otwierać drzwi, żeby go zobaczyć.
home-ask-warrant-say = Proszę wsunąć nakaz pod drzwi.
home-check-warrant = Sprawdź, kto wydał i podpisał dokument. Nakaz sędziego pochodzi z sądu (np. „United States District Court” lub sąd stanu Nowy Jork) i jest podpisany przez sędziego. Formularze ICE, takie jak I-200, I-205 czy I-247A, podpisują funkcjonariusze imigracyjni, a nie sędziowie. Prawdziwy nakaz sądowy może wymieniać ICE lub Departament Bezpieczeństwa Krajowego jako agencję, która o niego wystąpiła: samo to nie czyni go formularzem ICE. Sędzia imigracyjny nie jest w tym sensie sędzią sądu.
home-check-warrant-dont = Nie otwieraj drzwi tylko dlatego, że na dokumencie jest słowo „Warrant” (nakaz).
home-warrant-scope = Nakaz aresztowania wydany przez sędziego pozwala wejść do mieszkania osoby w nim wymienionej, jeśli są podstawy sądzić, że jest w środku. Aby wejść do mieszkania innej osoby, potrzebny jest nakaz przeszukania. Nakaz przeszukania pozwala przeszukać tylko miejsce w nim wskazane i tylko w podanych w nim dniach i godzinach.
home-i205 = ICE twierdzi, że nakaz wydalenia (formularz I-205), podpisany przez funkcjonariusza ICE, a nie przez sędziego, pozwala jego agentom wejść siłą do mieszkania osoby z ostateczną decyzją o wydaleniu. Wynika to z wewnętrznej notatki z maja 2025 roku, ujawnionej w styczniu 2026 roku. Sędzia federalny w Minnesocie uznał jedno takie wejście za niezgodne z konstytucją, a notatka jest zaskarżona w sądzie. Nie otwieraj drzwi i powiedz, że nie wyrażasz zgody. Jeśli wejdą siłą, nie stawiaj oporu.
home-i205-dont = Nie próbuj siłą trzymać zamkniętych drzwi i nie blokuj agentów.
home-final-order = Sprawdź już teraz, czy ktoś w twoim domu ma decyzję o wydaleniu, nawet dawną, wydaną dlatego, że nie stawił się na rozprawę. Powie ci to automatyczna linia telefoniczna sądu imigracyjnego (zob. Gdzie szukać pomocy), albo zapytaj prawnika.
home-inside-heading = Jeśli agenci weszli
home-exceptions = Są wąskie wyjątki, np. prawdziwy nagły wypadek. Jeśli agenci i tak wejdą, nie stawiaj oporu. Zapisz, co się stało, i powiedz prawnikowi. Sąd może później ocenić to wejście, ale bezprawne wejście samo w sobie nie kończy sprawy o deportację.
home-no-search = Powiedz wyraźnie, że nie zgadzasz się na przeszukanie. Nie stawiaj oporu i nie blokuj ich.
home-no-search-say = Nie wyrażam zgody na przeszukanie.
home-watch = Obserwuj i zapamiętaj: nazwiska, numery odznak, agencję, co przeszukali i co zabrali. Zapisz to jak najszybciej.
home-sign-nothing = Nic nie podpisuj, zanim nie porozmawiasz z prawnikiem.
home-sign-nothing-say = Nic nie podpiszę bez prawnika.

## Sytuacja: na ulicy

street-title = Na ulicy lub w metrze
street-intro = Agenci mogą cię zatrzymać do kontroli w miejscu publicznym. Zachowaj spokój i wiedz, co możesz powiedzieć.
street-stopped-heading = Jeśli agenci cię kontrolują
street-carry-papers = Jeśli masz 18 lat lub więcej, prawo federalne wymaga, żeby mieć przy sobie dowód rejestracji imigracyjnej, np. zieloną kartę, pozwolenie na pracę (EAD) albo zapis I-94. Brak tego dokumentu przy sobie to wykroczenie (grzywna i do 30 dni aresztu). Jeśli go masz, możesz go pokazać.
street-carry-papers-dont = Nigdy nie noś ani nie pokazuj fałszywych dokumentów ani cudzych dokumentów. Dokumenty z innego kraju pokazują twoje obywatelstwo: noś tylko te, których potrzebujesz.
silent-name = Jeśli nie chcesz odpowiadać na pytanie, lepiej nic nie mów, niż powiedzieć coś nieprawdziwego. Podanie policji fałszywego nazwiska jest w Nowym Jorku przestępstwem, a okłamanie agenta federalnego jest przestępstwem federalnym.
silent-visa = Jeśli przebywasz w USA na wizie (np. jako student lub pracownik), odmowa podania funkcjonariuszom imigracyjnym informacji, o które proszą, może cię kosztować utratę statusu. Zapytaj prawnika, na co musisz odpowiedzieć.
registration-rule = Od kwietnia 2025 roku osoby w wieku 14 lat lub starsze, które nigdy nie zarejestrowały się u władz USA, muszą się zarejestrować (formularz G-325R), a od 18 lat mieć przy sobie dowód rejestracji. Rejestracja daje ICE twoje nazwisko i adres; brak rejestracji może być przestępstwem. Porozmawiaj z prawnikiem, zanim się zarejestrujesz albo zdecydujesz, że tego nie zrobisz.
street-no-search = Agenci mogą sprawdzić cię przez ubranie (poklepać po ubraniu), jeśli uważają, że masz broń. Nie musisz zgadzać się na żadne inne przeszukanie ciała, torby ani telefonu. Powiedz to wyraźnie, ale nie stawiaj oporu.
street-no-search-say = Nie wyrażam zgody na przeszukanie.
street-arrest-heading = Jeśli cię aresztują
street-arrest = Przy aresztowaniu agenci muszą powiedzieć, że są funkcjonariuszami imigracyjnymi i dlaczego cię aresztują, gdy tylko będzie to bezpieczne. Milcz i poproś o prawnika.
street-arrest-say = Chcę porozmawiać z prawnikiem.

## Sytuacja: w samochodzie

car-title = W samochodzie
car-intro = Policja i agenci federalni mogą zatrzymywać samochody. Kierowca i pasażerowie mają prawa.
car-stop-heading = Jeśli zatrzymają cię do kontroli
car-pull-over = Jeśli prowadzisz, a funkcjonariusze dają znak do zatrzymania, bezpiecznie zjedź na bok. Wyłącz silnik, włącz światło w środku i trzymaj ręce na kierownicy.
car-pull-over-dont = Nie odjeżdżaj i nie próbuj uciekać. Ucieczka samochodem przed policją jest w Nowym Jorku przestępstwem i może się liczyć jako poważne przestępstwo według miejskich przepisów imigracyjnych.
car-driver-papers = Jeśli prowadzisz, musisz pokazać prawo jazdy, dowód rejestracyjny samochodu i dowód ubezpieczenia, gdy policja o to poprosi. Pokazanie ich nie oznacza, że musisz odpowiadać na inne pytania.
car-passengers = Pasażerowie też mają prawo zachować milczenie. Pasażer może zapytać, czy może odejść.
car-passengers-say = Czy mogę odejść?
car-no-search = Nie musisz zgadzać się na przeszukanie samochodu. Powiedz to wyraźnie, ale nie powstrzymuj ich fizycznie.
car-no-search-say = Nie wyrażam zgody na przeszukanie.
car-border = W pobliżu granic i wybrzeża (Nowy Jork leży w tej strefie) prawo federalne daje funkcjonariuszom imigracyjnym szersze uprawnienia do zatrzymywania pojazdów do kontroli. Nadal możesz powiedzieć, że nie zgadzasz się na przeszukanie, i milczeć.
car-dmv-heading = Twoje dane w DMV
car-green-light = Wydział komunikacji Nowego Jorku (DMV) nie przekazuje swoich danych agencjom imigracyjnym bez nakazu sędziego lub postanowienia sądu i informuje cię, jeśli o nie proszą (ustawa Green Light). Rząd federalny zaskarżył tę ustawę w sądzie; nadal obowiązuje.

## Sytuacja: w pracy

work-title = W pracy
work-intro = Agenci mogą przyjść do miejsca pracy. To, co im wolno, zależy od tego, czy miejsce jest otwarte dla publiczności.
work-areas-heading = Części publiczne i niepubliczne
work-public-areas = Agenci mogą bez nakazu wejść do miejsc otwartych dla publiczności, np. na salę sklepu albo salę restauracji.
work-private-areas = Aby wejść do miejsc prywatnych, takich jak biura, kuchnie czy magazyny zamknięte dla publiczności, agenci potrzebują nakazu albo zgody właściciela lub kierownika. Właściciel lub kierownik może odmówić, na przykład tak:
work-private-areas-say = Nie wyrażam zgody na wejście do części niepublicznych.
work-raid-heading = Podczas nalotu
work-raid = Agenci mogą zadawać pytania wszystkim. To, że zadają ci pytania, nie znaczy, że jesteś aresztowany (aresztowana). Możesz milczeć i zapytać, czy możesz odejść.

## Sytuacja: w sądzie

court-title = Gdy idziesz do sądu
court-intro = Prawo stanu Nowy Jork chroni przed aresztowaniem cywilnym osoby, które idą do sądu stanu Nowy Jork. Sądy imigracyjne prowadzi rząd federalny i rządzą się innymi zasadami.
court-ny-heading = Sądy stanu Nowy Jork
court-protected = Jeśli idziesz na sprawę w sądzie stanu Nowy Jork, jesteś tam albo z niego wychodzisz, jako strona lub świadek albo jako członek rodziny lub gospodarstwa domowego strony lub świadka, prawo stanu Nowy Jork zakazuje aresztowania cię w sprawie cywilnej, także przez ICE w cywilnej sprawie imigracyjnej, chyba że sędzia podpisał na to nakaz lub postanowienie. Sąd federalny podtrzymał tę ustawę w 2025 roku. Jeśli agenci mimo to kogoś aresztują, nie stawiaj oporu: środki prawne przychodzą później.
court-remedy = Aresztowanie kogoś wbrew temu prawu to obraza sądu. Ta osoba, a także prokurator generalny stanu Nowy Jork, mogą zwrócić się do sądu, żeby to powstrzymać. Powiedz prawnikowi, jeśli to spotkało ciebie lub kogoś, kogo znasz.
court-immigration-heading = Sąd imigracyjny
court-immigration = Sądy imigracyjne, takie jak przy 26 Federal Plaza, 290 Broadway i 201 Varick Street, nie są sądami stanu Nowy Jork: należą do Departamentu Sprawiedliwości USA, a nowojorska ustawa o aresztowaniach przy sądach ich nie obejmuje. Porozmawiaj z prawnikiem przed rozprawą.
court-do-not-miss = Nie opuszczaj rozprawy w sądzie imigracyjnym. Jeśli nie przyjdziesz, sędzia może nakazać twoją deportację pod twoją nieobecność.

## Scenario: immigration court and ICE check-ins

icourt-title = Sąd imigracyjny i stawiennictwo w ICE
icourt-intro = Nadal chodź na rozprawy i na wyznaczone stawiennictwa w ICE. Przygotuj się na ten dzień i wiedz, co mówić.
icourt-before-heading = Przed tym dniem
court-lawyer = Postaraj się mieć ze sobą prawnika. Twój prawnik składa formularz G-28, żeby sąd i ICE kontaktowały się z nim. Bezpłatna pomoc prawna: zob. Gdzie szukać pomocy.
court-plan = Przygotuj plan na ten dzień: do kogo zadzwonić, jeśli cię zatrzymają, kto odbierze dzieci, gdzie są twoje dokumenty. Weź kopie dokumentów, nie oryginały, a plan zostaw zaufanej osobie.
court-proof = Jeśli mieszkasz w USA dłużej niż dwa lata, weź kopie dokumentów, które to potwierdzają, np. umowy najmu, odcinki wypłat, zeznania podatkowe, rachunki, dokumenty ze szkoły lub od lekarza. Jeśli jesteś tu krócej niż dwa lata, idź z kimś, kto ma pewny status imigracyjny.
icourt-room-heading = Na sali sądowej
court-oppose-dismissal = Jeśli prawnik rządu prosi sędziego o umorzenie (zakończenie) twojej sprawy, może to być krok do aresztowania cię i szybkiej deportacji bez sędziego. Powiedz sędziemu, że sprzeciwiasz się umorzeniu, i poproś o czas na znalezienie prawnika. Jeśli sędzia mimo to umorzy sprawę, powiedz, że chcesz się odwołać.
court-oppose-dismissal-say = Sprzeciwiam się umorzeniu. Proszę o czas na znalezienie prawnika.
icourt-arrests-heading = Aresztowania przy sądach
court-arrests-order = Od maja 2026 roku postanowienie sądu federalnego ogranicza aresztowania przez ICE w sądach imigracyjnych Nowego Jorku (26 Federal Plaza, 290 Broadway i 201 Varick Street) do wyjątkowych przypadków, np. zagrożenia bezpieczeństwa. Postanowienie może się jeszcze zmienić po apelacji i nie zakazuje aresztowań z dala od sądów.
icourt-checkin-heading = Stawiennictwo w ICE
checkin-risk = Stawiennictwo w ICE wiąże się z ryzykiem: ludzie byli przy tym zatrzymywani, także przy 26 Federal Plaza. Porozmawiaj z prawnikiem przed stawiennictwem, nie opuszczaj go bez porady prawnej i miej tego dnia gotowy plan.

## Sytuacja: w szkole

school-title = W szkole i w żłobku
school-intro = Każde dziecko może chodzić do szkoły publicznej. Zaplanuj z wyprzedzeniem, żeby twoje dzieci były bezpieczne, jeśli nie będziesz mógł (mogła) ich odebrać.
school-heading = Prawa twojego dziecka
school-right-to-attend = Każde dziecko w Nowym Jorku może chodzić do szkoły publicznej, bez względu na swój status imigracyjny lub status rodziców.
school-city-property = Polityka federalna nie trzyma już ICE z dala od szkół (od stycznia 2025 roku). Szkoły publiczne w Nowym Jorku mają własną zasadę: personel nie może wpuścić agentów imigracyjnych. Dzwoni do prawników systemu szkolnego, a agenci czekają na zewnątrz, aż każdy nakaz zostanie sprawdzony. Zapytaj w szkole dziecka, jaki ma plan.
school-plan-heading = Zaplanuj z wyprzedzeniem
school-pickup = Daj szkole aktualną listę zaufanych dorosłych, którzy mogą odebrać twoje dzieci (karta kontaktów alarmowych). Nowy Jork pozwala też rodzicowi podpisać dokumenty, żeby zaufana osoba dorosła mogła się zaopiekować dzieckiem: zob. Przygotuj plan rodzinny.

## Scenario: hospitals and places of worship

places-title = Szpitale i miejsca kultu
places-intro = Przepisy federalne nie trzymają już ICE z dala od tych miejsc. Mimo to korzystaj z opieki medycznej i chodź na nabożeństwa, i wiedz, co nadal obowiązuje.
places-heading = Co nadal obowiązuje
places-federal-rollback = Od stycznia 2025 roku polityka federalna nie trzyma już ICE z dala od szpitali, szkół ani miejsc kultu. Agenci nadal potrzebują nakazu sędziego albo zgody osoby odpowiedzialnej, żeby wejść do miejsc zamkniętych dla publiczności.
places-hospital = Korzystaj z opieki medycznej, gdy jej potrzebujesz. Miejskie szpitale publiczne (NYC Health + Hospitals) polecają personelowi prosić agentów o nakaz sędziego i dzwonić do działu prawnego szpitala, zanim agenci wejdą dalej niż do miejsc publicznych. Szpitale prywatne mają własne zasady.
places-worship = Miejsce kultu jest własnością prywatną. Agenci mogą wejść do miejsc otwartych dla wszystkich, np. na publiczne nabożeństwo, ale do miejsc prywatnych potrzebują nakazu sędziego albo zgody osoby odpowiedzialnej.
places-state-law = W 2026 roku ustawodawcy stanu Nowy Jork chcieli zamknąć domy, szkoły, szpitale i miejsca kultu dla cywilnych działań imigracyjnych bez nakazu sędziego oraz pozwolić pozywać funkcjonariuszy federalnych przed sądami stanowymi. Nie udało się potwierdzić, czy stało się to prawem.

## Sytuacja: usługi miejskie

city-title = Urzędy miejskie i schroniska
city-intro = Miasto Nowy Jork ogranicza pomoc swoich urzędów w egzekwowaniu przepisów imigracyjnych. Możesz korzystać z usług miejskich.
city-heading = Co mówi prawo miejskie
city-confidential = Pracownicy miejscy pytają o status imigracyjny tylko wtedy, gdy potrzebują go, by ustalić, czy przysługuje ci usługa, albo gdy wymaga tego prawo. Muszą zachować go w tajemnicy.
city-police-victims = Funkcjonariusze NYPD nie pytają o status imigracyjny ofiar przestępstw, świadków ani osób proszących o pomoc.
city-non-public = W urzędach miejskich i tam, gdzie świadczone są usługi na zlecenie miasta, np. w wielu schroniskach, personel nie może wpuścić ICE ani innej niemiejskiej policji do miejsc niepublicznych bez nakazu sędziego. Prawo miejskie przewiduje kilka wyjątków, np. nagły wypadek. Ta zasada wiąże personel miasta, a nie ICE.
city-no-resources = Agencje miejskie nie mogą używać swojego personelu, czasu ani budynków do egzekwowania prawa imigracyjnego ani poddawać funkcjonariuszy miejskich federalnej kontroli imigracyjnej (tak zwane porozumienia 287(g)).
city-eo13 = Od lutego 2026 roku zarządzenie burmistrza (Executive Order 13) mówi, że agencje miejskie nie mogą przekazywać federalnym władzom imigracyjnym informacji zebranych na potrzeby miasta, chyba że wymaga tego prawo, ani pozwalać agentom federalnym używać miejskich parkingów jako punktów zbiórki.
city-safer-sanctuary = W styczniu 2026 r. Rada Miasta uchwaliła, mimo weta burmistrza, ustawę (Safer Sanctuary Act), która zabrania ICE posiadania biura w więzieniach miejskich, na przykład na Rikers Island. Nie udało się sprawdzić jej ostatecznego tekstu.
city-jail = Jeśli trzyma cię policja NYPD albo przebywasz w więzieniu miejskim, prawo miejskie pozwala przetrzymać cię dla ICE lub powiadomić ICE o twoim zwolnieniu tylko wtedy, gdy ICE przedstawi nakaz podpisany przez sędziego federalnego, a w ciągu ostatnich pięciu lat zapadł wobec ciebie wyrok skazujący za niektóre poważne przestępstwa (czas w więzieniu się nie liczy), albo możesz być na liście obserwacyjnej terrorystów. Prawo miejskie wspomina też w kilku przypadkach o krótkim przetrzymaniu przez NYPD bez nakazu, ale sądy stanu Nowy Jork orzekły, że lokalni funkcjonariusze nie mogą nikogo przetrzymywać dla ICE na własną rękę. Kuratela sądowa (Department of Probation) stosuje podobne zasady. Jeśli trzymają cię dłużej niż do godziny zwolnienia, powiedz prawnikowi.
city-limits-heading = Granice tych przepisów
city-no-private-suit = Te przepisy miejskie nie dają prawa do pozwania miasta, jeśli zostaną złamane. Mogą istnieć inne roszczenia, np. jeśli trzymano cię dłużej niż do godziny zwolnienia. Miejski projekt ustawy, który pozwalałby pozywać (NYC Trust Act), przy ostatnim sprawdzeniu wciąż czekał na decyzję. Powiedz prawnikowi lub organizacji pomocy prawnej.

## Sytuacja: jeśli cię zatrzymają

detained-title = Jeśli cię zatrzymają lub aresztują
detained-intro = Jeśli agenci cię aresztują, zachowaj spokój. Liczy się to, co mówisz i co podpisujesz.
detained-heading = Chroń siebie
detained-fear = Jeśli boisz się wrócić do swojego kraju, powiedz to wyraźnie, jak najszybciej i za każdym razem, gdy cię pytają. Poproś o rozmowę w sprawie twojego strachu (rozmowę o „uzasadnionej obawie”, credible fear). To może powstrzymać szybką deportację bez sędziego.
detained-fear-say = Boję się wrócić do swojego kraju.
detained-expedited = Od 2025 roku ICE stosuje „przyspieszone wydalenie” (expedited removal), czyli deportację bez sędziego, w całych USA wobec osób, które weszły do kraju bez przyjęcia przez urzędnika i nie mogą udowodnić dwóch lat pobytu. Sąd wstrzymał to w sierpniu 2025 roku; sąd apelacyjny pozwolił to wznowić w 2026 roku, a sprawa trwa. Jeśli jesteś tu dwa lata lub dłużej, powiedz to i poproś rodzinę, żeby przyniosła twoje dowody.
detained-lawyer = Poproś o prawnika. Masz prawo do prawnika, ale w sprawach imigracyjnych państwo za niego nie płaci. Poproś o listę bezpłatnych usług prawnych.
detained-lawyer-say = Chcę porozmawiać z prawnikiem.
detained-sign = Nie podpisuj żadnego dokumentu, którego nie rozumiesz, zwłaszcza o „dobrowolnym wyjeździe” (voluntary departure) lub „uzgodnionym wydaleniu” (stipulated removal). Podpis może oznaczać rezygnację z prawa do sędziego i zgodę na opuszczenie USA.
detained-sign-say = Nic nie podpiszę bez prawnika.
detained-consulate = Możesz poprosić ICE, żeby powiadomiło konsulat twojego kraju o zatrzymaniu, albo z tego zrezygnować. Ale w przypadku niektórych krajów ICE musi powiadomić konsulat, nawet jeśli tego nie chcesz: na przykład Chiny (w tym Hongkong i Makau, ale nie paszporty Tajwanu), Rosja, Ukraina, Białoruś, Uzbekistan, Polska, Jamajka, Gujana, Trynidad i Tobago, Nigeria, Ghana, Filipiny, Algieria, Tunezja, Kuwejt i Kostaryka. Jeśli boisz się władz swojego kraju, od razu powiedz o tym prawnikowi.
detained-phone = Naucz się na pamięć numeru telefonu kogoś z rodziny i prawnika. Agenci mogą zabrać ci telefon przy aresztowaniu; żeby przeszukać jego zawartość, zwykle potrzebują nakazu.
detained-release-heading = Wyjście na wolność: kaucja i habeas
detained-bond = Zapytaj prawnika o kaucję, czyli zwolnienie za opłatą na czas trwania sprawy. W 2025 roku imigracyjna komisja odwoławcza uznała, że osoby, które weszły bez kontroli granicznej, nie mogą dostać kaucji od sędziego imigracyjnego. W kwietniu 2026 roku federalny sąd apelacyjny właściwy dla Nowego Jorku orzekł, że osoby aresztowane wewnątrz kraju nadal mogą prosić o rozprawę w sprawie kaucji; Sąd Najwyższy zgodził się rozstrzygnąć tę kwestię.
detained-habeas = Prawnik może też poprosić sąd federalny o nakazanie twojego zwolnienia (wniosek „habeas”). Składa się go tam, gdzie jesteś przetrzymywany (przetrzymywana), więc trzeba to zrobić szybko, zanim zostaniesz przeniesiony (przeniesiona) poza Nowy Jork.
detained-fed-plaza-heading = Jeśli trzymają cię przy 26 Federal Plaza
detained-fed-plaza = Sąd federalny nakazał ICE zapewnić osobom przetrzymywanym przy 26 Federal Plaza przez 12 godzin lub dłużej co najmniej 50 stóp kwadratowych miejsca na osobę (ok. 4,6 m²), czysty materac do spania, mydło i inne środki higieniczne, posiłki, ich leki oraz bezpłatną, poufną rozmowę z prawnikiem w ciągu 24 godzin. Jeśli to nie jest przestrzegane, powiedz prawnikowi.
detained-city-heading = W areszcie NYPD lub w więzieniu miejskim

## Scenario: arrested in a criminal case

criminal-title = Aresztowanie przez policję w sprawie karnej
criminal-intro = Każde aresztowanie może dotrzeć do władz imigracyjnych. Chroń swoją sprawę imigracyjną od samego początku.
criminal-heading = Co trzeba wiedzieć
criminal-fingerprints = Każde aresztowanie przez NYPD oznacza wysłanie twoich odcisków palców do FBI, które udostępnia je Departamentowi Bezpieczeństwa Krajowego. ICE może się dowiedzieć o każdym aresztowaniu, nawet takim, które kończy się bez wyroku skazującego.
criminal-tell-lawyer = Powiedz obrońcy, że nie masz obywatelstwa USA. Zanim przyznasz się do winy w jakiejkolwiek sprawie, nawet drobnej, zasięgnij porady, co to oznacza dla twojej sprawy imigracyjnej: prawnik musi ci powiedzieć, czy przyznanie się do winy grozi deportacją.
criminal-laken-riley = Ustawa federalna z 2025 roku (Laken Riley Act) mówi, że ICE musi zatrzymać osoby, które weszły do kraju bez przyjęcia przez urzędnika i są jedynie oskarżone lub aresztowane za kradzież, kradzież sklepową, włamanie lub napaść na policjanta, nawet bez wyroku skazującego.

## Scenario: visas, airports and travel

travel-title = Wizy, lotniska i podróże
travel-intro = Niektóre zasady są inne, jeśli masz wizę, i gdy podróżujesz.
travel-heading = Co jest inaczej
travel-border = Na lotniskach i przejściach granicznych, gdy przylatujesz lub przyjeżdżasz z zagranicy, funkcjonariusze mogą cię przesłuchać i przeszukać twój bagaż i telefon bez nakazu. Jeśli twój status nie jest pewny, porozmawiaj z prawnikiem przed wyjazdem za granicę.

## Sytuacja: nagrywanie

filming-title = Filmowanie i nagrywanie
filming-intro = W Nowym Jorku masz prawo nagrywać policję i innych funkcjonariuszy, jeśli im nie przeszkadzasz.
filming-heading = Twoje prawo do nagrywania
filming-right = Prawo stanu Nowy Jork daje ci prawo nagrywać funkcjonariuszy przy pracy, filmem, zdjęciami, dźwiękiem lub notatkami, i zachować nagranie oraz telefon, jeśli nie jesteś aresztowany (aresztowana). Wyraźnie dotyczy to NYPD. W przypadku agentów federalnych, takich jak ICE, filmowanie w miejscach publicznych jest szeroko chronione, ale żaden sąd apelacyjny właściwy dla Nowego Jorku nie orzekł o tym wprost.
filming-distance = Zachowaj bezpieczną odległość. Nie dotykaj agentów i nie wchodź im w drogę. Cofnij się, jeśli o to poproszą. Prawo do nagrywania nie pozwala fizycznie przeszkadzać.
filming-what = Nagrywaj odznaki, mundury, pojazdy, tablice rejestracyjne i to, co się dzieje. Powiedz na głos datę, godzinę i miejsce.
filming-places = Nagrywanie rozpraw w sądzie imigracyjnym jest zabronione, a budynki federalne ograniczają filmowanie w środku. Filmuj z miejsc publicznych na zewnątrz.
filming-interfered = Jeśli policjant nie pozwala ci nagrywać albo zabiera lub niszczy twój telefon, prawo stanu Nowy Jork może pozwolić ci go pozwać. Pozwanie agentów federalnych jest dużo trudniejsze. Powiedz prawnikowi; możesz to też zgłosić prokurator generalnej stanu Nowy Jork (zob. Gdzie szukać pomocy).
filming-care-heading = Uważaj
filming-share = Zastanów się, zanim coś opublikujesz: na filmie mogą być widoczne twarze aresztowanych osób. Najpierw przekaż go ich rodzinie lub prawnikowi.
filming-no-doxxing = Nie publikuj adresów domowych agentów ani innych ich prywatnych danych: publikowanie ich w celu grożenia lub zastraszania jest przestępstwem federalnym.

## Sytuacja: przygotowanie

prepare-title = Przygotuj plan rodzinny
prepare-intro = Plan zrobiony dziś lepiej ochroni twoją rodzinę jutro.
prepare-plan-heading = Twój plan
prepare-children = Zdecyduj, kto zaopiekuje się twoimi dziećmi, jeśli cię zatrzymają. Rodzic może podpisać formularz, który pozwala zaufanej osobie dorosłej podejmować decyzje szkolne i medyczne w sprawie dziecka przez okres do 12 miesięcy. Jeśli ma trwać dłużej niż 30 dni, musi być poświadczony notarialnie, i wygasa, jeśli rodzic umrze lub utraci zdolność do działania. Nie przenosi opieki nad dzieckiem.
prepare-standby = Rodzic może też wyznaczyć, przy dwóch świadkach, opiekuna rezerwowego (standby guardian), który może zajmować się dziećmi przez 60 dni po aresztowaniu, zatrzymaniu lub deportacji w sprawie imigracyjnej, a potem musi zwrócić się do sądu spadkowego (Surrogate's Court). Prawnik lub organizacja pomocy prawnej pomoże wybrać.
prepare-numbers = Naucz się na pamięć numerów telefonów kogoś z rodziny oraz prawnika lub organizacji pomocy prawnej. Upewnij się, że twoja rodzina też je zna.
prepare-documents = Trzymaj ważne dokumenty (akty urodzenia, paszporty, dokumenty imigracyjne i sądowe) w jednym bezpiecznym miejscu, do którego dostęp ma zaufana osoba, i miej ich kopie. Jeśli masz 18 lat lub więcej, noś przy sobie dowód rejestracji, np. zieloną kartę, pozwolenie na pracę lub I-94: wymaga tego prawo.
prepare-two-years = Zbierz dokumenty, które pokazują, że mieszkasz w USA dwa lata lub dłużej, miesiąc po miesiącu: umowy najmu, odcinki wypłat, zeznania podatkowe, rachunki za media, wyciągi bankowe, dokumenty medyczne i szkolne. Trzymaj kopie tam, gdzie rodzina szybko je znajdzie: jeśli cię zatrzymają, może je zanieść twojemu prawnikowi.
prepare-address = Jeśli się przeprowadzasz, powiadom DHS w ciągu 10 dni (formularz AR-11), a jeśli masz sprawę, powiadom też sąd imigracyjny (formularz EOIR-33). Wezwania na rozprawy przychodzą na ostatni znany adres.
prepare-card = Noś przy sobie kartę praw. Możesz ją dać agentom zamiast mówić.

## Sytuacja: po spotkaniu

after-title = Po spotkaniu z agentami
after-intro = To, co zapiszesz teraz, może później pomóc prawnikowi.
after-heading = Co robić dalej
after-write = Jak najszybciej zapisz, co się stało: datę, godzinę i miejsce; nazwiska i numery odznak; agencję; pojazdy i tablice rejestracyjne; co mówiono i robiono; oraz nazwiska i telefony świadków.
after-lawyer = Porozmawiaj z prawnikiem lub organizacją pomocy prawnej. Wcześniej niczego nie podpisuj.
after-court-arrest = Jeśli ktoś został aresztowany w drodze do sądu stanu Nowy Jork, w sądzie lub przy wyjściu, powiedz prawnikowi: prawo stanu Nowy Jork może dać tej osobie roszczenie.
after-recording = Przechowuj kopie filmów i zdjęć w bezpiecznym miejscu, a drugą kopię gdzie indziej. Prawo stanu Nowy Jork mówi, że możesz zachować swoje nagranie. Jeśli funkcjonariusz ci je zabierze, powiedz o tym prawnikowi.
after-report = Możesz zgłosić, co zrobili agenci federalni, prokurator generalnej stanu Nowy Jork, ze zdjęciami lub filmami, jeśli je masz (zob. Gdzie szukać pomocy).

## Karta na drzwi: przód (w języku właściciela)

card-dont-open = Nie otwieraj drzwi.
card-ask-warrant = Poproś o nakaz podpisany przez sędziego. Poproś, żeby wsunęli go pod drzwi.
card-silent = Masz prawo zachować milczenie. Jeśli boisz się wrócić do swojego kraju, powiedz to.
card-no-sign = Nic nie podpisuj bez prawnika.
card-calm = Zachowaj spokój. Nie uciekaj, nie stawiaj oporu, nie kłam.
card-show = Pokaż drugą stronę tej karty przez okno albo wsuń ją pod drzwi. Nie otwieraj drzwi, żeby ją pokazać.

## Karta na drzwi: tył (czytany funkcjonariuszom po angielsku; tu tłumaczenie)

card-back-silent = Korzystam z prawa do zachowania milczenia.
card-back-no-search = Nie wyrażam zgody na przeszukanie.
card-back-no-entry = Nie wyrażam zgody na wejście.
card-back-no-sign = Nic nie podpiszę bez prawnika.
card-back-slide-warrant = Proszę wsunąć każdy nakaz pod drzwi.

## Sprawdzanie nakazu: porady

advice-door-keep-closed = Trzymaj drzwi zamknięte. Nie musisz ich otwierać, żeby rozmawiać z agentami albo zobaczyć dokument.
advice-door-ask-slide-paper = Poproś, żeby wsunęli dokument pod drzwi albo pokazali go w oknie.
advice-say-no-consent = Powiedz: „I do not consent to your entry” (Nie wyrażam zgody na wejście).
advice-stay-silent = Masz prawo zachować milczenie. Możesz powiedzieć: „I am exercising my right to remain silent” (Korzystam z prawa do zachowania milczenia). Jeśli boisz się wrócić do swojego kraju, powiedz to.
advice-do-not-resist = Nie stawiaj oporu, nawet jeśli wejdą. Nie uciekaj. Zachowaj spokój.
advice-write-down = Zapisz nazwiska, numery odznak, agencję, godzinę, co się stało i nazwiska świadków.
advice-call-lawyer = Zadzwoń do prawnika lub na infolinię pomocy prawnej. Nic nie podpisuj bez prawnika.
advice-admin-warrant-no-entry = Sam ten dokument nie pozwala agentom wejść do twojego mieszkania bez twojej zgody.
advice-judicial-arrest-warrant-limited = Nakaz aresztowania wydany przez sędziego może pozwolić funkcjonariuszom wejść do mieszkania osoby w nim wymienionej, jeśli są podstawy sądzić, że jest w środku. Nie pozwala wejść do mieszkania innej osoby: do tego potrzebny jest nakaz przeszukania.
advice-search-warrant-check-scope = Nakaz przeszukania pozwala przeszukać miejsce w nim wskazane, w podanych w nim dniach i godzinach.
advice-i205-contested = ICE twierdzi, że nakaz wydalenia (formularz I-205) pozwala jej siłą wejść do domu osoby z prawomocnym nakazem wydalenia. Sądy tego nie rozstrzygnęły, a jeden sędzia federalny uznał takie wejście za niezgodne z konstytucją. Nie wyrażaj zgody i nie stawiaj fizycznego oporu.
advice-check-signed-by-judge = Sprawdź, kto go podpisał: musi to być sędzia sądu, a nie funkcjonariusz imigracyjny ani sędzia imigracyjny.
advice-check-name-address = Sprawdź, czy wymienia właściwą osobę i twój dokładny adres.
advice-check-dates = Sprawdź daty. Federalny nakaz przeszukania trzeba wykonać w ciągu { $federal-days } { $federal-days ->
        [one] dnia
       *[other] dni
    }, nowojorski w ciągu { $state-days } { $state-days ->
        [one] dnia
       *[other] dni
    }, i za dnia, chyba że nakaz stanowi inaczej.
advice-unknown-what-to-look-for = Amparo nie rozpoznał, czym jest ten dokument. Sprawdź, kto go wydał i kto podpisał: nazwa sądu na górze i tytuł sędziego pod podpisem. Formularze ICE (I-200, I-205, I-247A) podpisują funkcjonariusze imigracyjni. Nakaz sądowy może wymieniać ICE lub DHS jako urząd, który o niego wystąpił; samo to nie czyni go formularzem ICE.
advice-not-named-person = Wygląda na to, że ten dokument nie wymienia ciebie.
advice-not-this-address = Wygląda na to, że ten nakaz nie wymienia tego adresu. Nakaz przeszukania pozwala przeszukać tylko opisane w nim miejsce. Jeśli funkcjonariusze i tak wejdą, nie stawiaj oporu: sąd rozstrzygnie później, czy było to zgodne z prawem.
advice-expired = Wygląda na to, że ostatni dzień na wykonanie tego nakazu minął. Może już nie pozwalać na przeszukanie, ale nie stawiaj oporu: decyduje sąd.
advice-outside-hours = Wygląda na to, że ten nakaz nie pozwala na przeszukanie o tej porze. Może teraz na nie nie pozwalać, ale nie stawiaj oporu: decyduje sąd.
advice-detainer-not-for-entry = Wniosek ICE o zatrzymanie (formularz I-247A) to prośba skierowana do więzienia lub policji. Nie daje żadnego prawa do wejścia do mieszkania.
advice-application-not-a-warrant = To jest wniosek o nakaz przeszukania (AO 106): złożona pod przysięgą prośba funkcjonariusza do sędziego. To nie jest nakaz i nie pozwala nikomu wejść, nawet z podpisem sędziego. Poproś, aby wsunęli pod drzwi sam nakaz.
advice-named-person-lives-here = Nakaz aresztowania wydany przez sędziego pozwala funkcjonariuszom wejść do domu, w którym mieszka wymieniona w nim osoba, jeśli mają powody sądzić, że jest w środku. Jeśli ta osoba tu nie mieszka, do wejścia potrzebują nakazu przeszukania. Możesz to powiedzieć przez zamknięte drzwi.
advice-court-decides = Ten nakaz podpisał sędzia. Nawet jeśli wygląda na nieaktualny, wykonywany o niewłaściwej porze lub dotyczący innego adresu, nie stawiaj oporu: dokument mógł zostać źle odczytany, a tylko sąd może rozstrzygnąć, czy pozwalał im wejść. Powiedz, że nie wyrażasz zgody, i powiadom prawnika.
advice-check-removal-order = Aby sprawdzić, czy ktoś w Twoim domu ma nakaz wydalenia, zadzwoń na automatyczną linię sądu imigracyjnego 1-800-898-7180 (po angielsku i hiszpańsku, całą dobę) i podaj jego numer A. Nie pokazuje ona wszystkich nakazów, np. wydalenia na granicy, więc zapytaj też prawnika.

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = Co jest wydrukowane na samej górze?
check-q-heading-hint = Nazwa sądu lub urzędu, często wielkimi literami.
check-q-title = Jaki jest tytuł, dużymi literami?
check-q-form = Czy w rogu jest numer formularza?
check-q-form-hint = Często w lewym dolnym rogu, np. I-200 lub AO 442.
check-q-signer = Jaki tytuł jest wydrukowany pod podpisem?
check-q-signer-hint = Obok lub pod wydrukowanym nazwiskiem pod linią podpisu.
check-q-name = Czyje nazwisko na nim widnieje?
check-q-address = Jaki adres na nim widnieje?
check-q-dates = Wydrukowane daty, jeśli je widzisz
check-q-issued = Data wydania lub podpisania
check-q-execute-by = Data „Execute on or before” (wykonać najpóźniej)
check-q-signed = Czy jest podpisany?
check-other = Coś innego:
check-cannot-read = Nie mogę tego odczytać
check-none = Nie ma
check-yes = Tak
check-no = Nie
check-not-sure = Nie wiem
check-name-mine = Moje nazwisko
check-name-other = Nazwisko kogoś innego
check-address-here = Ten adres
check-address-other = Inny adres
check-gloss-federal-court = sąd federalny
check-gloss-state-court = sąd stanu Nowy Jork
check-gloss-city-court = sąd miasta Nowy Jork
check-gloss-immigration-agency = urząd imigracyjny
check-gloss-immigration-court = sąd imigracyjny, a nie sąd powszechny
check-gloss-court-judge = sędzia sądu
check-gloss-clerk = pracownik sądu, nie sędzia
check-gloss-immigration-officer = funkcjonariusz ICE, nie sędzia
check-gloss-immigration-judge = nie sędzia sądu
check-cli-how = Wpisz numer odpowiedzi i naciśnij Enter. Aby pominąć pytanie, naciśnij sam Enter.
check-cli-your-name = Twoje imię i nazwisko, aby sprawdzić, czy dokument Cię wymienia (Enter, aby pominąć)
check-cli-your-address = Adres tego mieszkania (Enter, aby pominąć)

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = Mów za mnie
speak-hint = Zdania do powiedzenia agentom, dużymi literami. Telefon może je wypowiedzieć po angielsku.
speak-intro = Pokaż agentowi zdanie po angielsku albo przeczytaj je na głos.
speak-tap = Dotknij zdania: telefon wypowie je po angielsku.
speak-play = Powiedz po angielsku
speak-previous = Poprzednie
speak-next = Następne
speak-why = Dlaczego?
