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
dont-label = Nie rób tego
sources-label = Źródła
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
door-card-title = Jeśli agenci przyjdą pod twoje drzwi
door-card-back-title = Do funkcjonariuszy
door-card-check-title = Jak sprawdzić nakaz

## Dziesięć najważniejszych punktów

kp-judicial-warrant = Aby bez zgody wejść do domu, szkoły lub niepublicznej części miejsca pracy, agenci potrzebują nakazu podpisanego przez sędziego. Dokument ICE podpisany przez funkcjonariusza ICE (np. formularz I-200 lub I-205) nie jest nakazem sędziego.
kp-judicial-warrant-say = Proszę wsunąć nakaz pod drzwi.
kp-agents-may-lie = Agentom wolno kłamać. Mogą mówić, że są „policją” albo że chcą tylko porozmawiać. Zapytaj, kim są i z jakiej agencji.
kp-agents-may-lie-say = Kim państwo są? Z jakiej agencji?
kp-remain-silent = Masz prawo zachować milczenie. Nie musisz mówić, gdzie się urodziłeś, jak przyjechałeś do USA ani jaki masz status imigracyjny.
kp-remain-silent-say = Korzystam z prawa do zachowania milczenia.
kp-free-to-go = Zapytaj: „Czy mogę odejść?”. Jeśli odpowiedź brzmi „tak”, spokojnie odejdź. Jeśli „nie”, zostań na miejscu i milcz.
kp-free-to-go-say = Czy mogę odejść?
kp-film = Możesz filmować lub nagrywać agentów, jeśli nie przeszkadzasz im w pracy. Zachowaj bezpieczną odległość.
kp-stay-calm = Zachowaj spokój. Trzymaj ręce tak, aby agenci je widzieli.
kp-do-not-run = Nie uciekaj. Ucieczka może być powodem, by cię zatrzymać lub aresztować.
kp-do-not-resist = Nie stawiaj oporu, nawet jeśli uważasz, że agenci łamią prawo. Nie popychaj i nie dotykaj agentów. Powiedz, że się nie zgadzasz, a później porozmawiaj z prawnikiem.
kp-do-not-resist-say = Nie wyrażam zgody.
kp-do-not-lie = Nie kłam i nie pokazuj fałszywych dokumentów. Jeśli nie chcesz odpowiadać, lepiej milcz.
kp-do-not-obstruct = Nie blokuj agentów i nie wchodź im w drogę, nawet żeby komuś pomóc. Możesz obserwować, nagrywać i przypominać ludziom o ich prawach z bezpiecznej odległości.

## Sytuacja: w domu

home-title = W domu: agenci pod drzwiami
home-intro = ICE często przychodzi wcześnie rano. Nie musisz otwierać drzwi. Rozmawiaj przez zamknięte drzwi.
home-door-heading = Jeśli agenci pukają
home-dont-open = Nie otwieraj drzwi. Możesz rozmawiać przez drzwi lub okno. Jeśli otworzysz, agenci mogą wejść albo później twierdzić, że ich wpuściłeś.
home-dont-open-say = Nie wyrażam zgody na wejście.
home-ask-warrant = Zapytaj, czy mają nakaz podpisany przez sędziego. Poproś, żeby wsunęli go pod drzwi albo pokazali w oknie. Nie musisz otwierać drzwi, żeby go zobaczyć.
home-ask-warrant-say = Proszę wsunąć nakaz pod drzwi.
home-check-warrant = Sprawdź dokument. Nakaz sędziego pochodzi z sądu (np. „United States District Court” albo sąd stanu Nowy Jork) i jest podpisany przez sędziego. Dokument z napisem „Department of Homeland Security” lub „Immigration and Customs Enforcement” albo z numerem formularza, np. I-200 lub I-205, jest podpisany przez funkcjonariusza ICE, a nie przez sędziego. Sędzia imigracyjny nie jest w tym znaczeniu sędzią sądu.
home-check-warrant-dont = Nie otwieraj drzwi tylko dlatego, że na dokumencie jest słowo „Warrant” (nakaz).
home-warrant-scope = Nakaz aresztowania wydany przez sędziego pozwala wejść do mieszkania osoby w nim wymienionej, jeśli są podstawy sądzić, że jest w środku. Aby wejść do mieszkania innej osoby, potrzebny jest nakaz przeszukania. Nakaz przeszukania pozwala przeszukać tylko miejsce w nim wskazane i tylko w podanych w nim dniach i godzinach.
home-i205 = Od maja 2025 roku ICE twierdzi, że nakaz wydalenia (formularz I-205), podpisany przez funkcjonariusza ICE, a nie przez sędziego, pozwala jego agentom wejść siłą do mieszkania. To twierdzenie jest sporne, a sprawa nie jest prawnie rozstrzygnięta. Nie otwieraj drzwi i powiedz, że nie wyrażasz zgody. Jeśli wejdą siłą, nie stawiaj oporu.
home-i205-dont = Nie przytrzymuj drzwi i nie blokuj agentów.
home-inside-heading = Jeśli agenci weszli
home-exceptions = Są wąskie wyjątki, np. prawdziwy nagły wypadek. Jeśli agenci i tak wejdą, nie stawiaj oporu: sąd może później ocenić, czy wejście było legalne.
home-no-search = Powiedz wyraźnie, że nie zgadzasz się na przeszukanie. Nie stawiaj oporu i nie blokuj ich.
home-no-search-say = Nie wyrażam zgody na przeszukanie.
home-watch = Obserwuj i zapamiętaj: nazwiska, numery odznak, agencję, co przeszukali i co zabrali. Zapisz to jak najszybciej.
home-sign-nothing = Nic nie podpisuj, zanim nie porozmawiasz z prawnikiem.
home-sign-nothing-say = Nic nie podpiszę bez prawnika.

## Sytuacja: na ulicy

street-title = Na ulicy lub w metrze
street-intro = Agenci mogą cię zatrzymać w miejscu publicznym. Zachowaj spokój i wiedz, co możesz powiedzieć.
street-stopped-heading = Jeśli agenci cię zatrzymają
street-carry-papers = Jeśli masz 18 lat lub więcej i ważne dokumenty imigracyjne, np. zieloną kartę, prawo federalne wymaga, żebyś nosił je przy sobie. Jeśli je masz, możesz je pokazać.
street-carry-papers-dont = Nigdy nie noś i nie pokazuj fałszywych dokumentów ani cudzych dokumentów.
street-no-search = Agenci mogą obmacać twoje ubranie z zewnątrz, jeśli uważają, że masz broń. Nie musisz zgadzać się na żadne inne przeszukanie ciała, torby ani telefonu. Powiedz to wyraźnie, ale nie stawiaj oporu.
street-no-search-say = Nie wyrażam zgody na przeszukanie.
street-arrest-heading = Jeśli cię aresztują
street-arrest = Przy aresztowaniu agenci muszą powiedzieć, że są funkcjonariuszami imigracyjnymi i dlaczego cię aresztują, gdy tylko będzie to bezpieczne. Milcz i poproś o prawnika.
street-arrest-say = Chcę rozmawiać z prawnikiem.

## Sytuacja: w samochodzie

car-title = W samochodzie
car-intro = Policja i agenci federalni mogą zatrzymywać samochody. Kierowca i pasażerowie mają prawa.
car-stop-heading = Jeśli cię zatrzymają
car-pull-over = Jeśli prowadzisz, a funkcjonariusze dają znak do zatrzymania, bezpiecznie zjedź na bok. Wyłącz silnik, włącz światło w środku i trzymaj ręce na kierownicy.
car-pull-over-dont = Nie odjeżdżaj i nie próbuj uciec.
car-passengers = Pasażerowie też mają prawo zachować milczenie. Pasażer może zapytać, czy może odejść.
car-passengers-say = Czy mogę odejść?
car-no-search = Nie musisz zgadzać się na przeszukanie samochodu. Powiedz to wyraźnie, ale nie powstrzymuj ich fizycznie.
car-no-search-say = Nie wyrażam zgody na przeszukanie.

## Sytuacja: w pracy

work-title = W pracy
work-intro = Agenci mogą przyjść do miejsca pracy. To, co im wolno, zależy od tego, czy miejsce jest otwarte dla publiczności.
work-areas-heading = Części publiczne i niepubliczne
work-public-areas = Agenci mogą bez nakazu wejść do miejsc otwartych dla publiczności, np. na salę sklepu albo salę restauracji.
work-private-areas = Aby wejść do miejsc niepublicznych, np. biur, kuchni lub magazynów zamkniętych dla klientów, agenci potrzebują nakazu albo zgody właściciela lub kierownika. Właściciel lub kierownik może odmówić.
work-private-areas-say = Nie wyrażam zgody na wejście do części niepublicznych.
work-raid-heading = Podczas nalotu
work-raid = Agenci mogą zadawać pytania wszystkim. To, że zadają ci pytania, nie znaczy, że jesteś aresztowany. Możesz milczeć i zapytać, czy możesz odejść.

## Sytuacja: w sądzie

court-title = Idąc do sądu
court-intro = Prawo stanu Nowy Jork chroni przed aresztowaniem cywilnym osoby, które idą do sądu stanu Nowy Jork.
court-ny-heading = Sądy stanu Nowy Jork
court-protected = Jeśli idziesz na sprawę w sądzie stanu Nowy Jork, jesteś tam lub z niego wracasz jako strona lub świadek albo jako członek rodziny lub gospodarstwa domowego strony lub świadka, jesteś chroniony przed aresztowaniem cywilnym. Obejmuje to zatrzymanie przez ICE w cywilnej sprawie imigracyjnej. Wyjątek: sędzia podpisał nakaz lub postanowienie o tym zatrzymaniu.
court-remedy = Aresztowanie kogoś wbrew temu prawu to obraza sądu. Ta osoba, a także prokurator generalny stanu Nowy Jork, mogą zwrócić się do sądu, żeby to powstrzymać. Powiedz prawnikowi, jeśli to spotkało ciebie lub kogoś, kogo znasz.
court-immigration-heading = Sąd imigracyjny
court-immigration = Sądy imigracyjne są federalne, a nie stanowe, a sędzia imigracyjny pracuje dla Departamentu Sprawiedliwości USA. To prawo stanu Nowy Jork może cię tam nie chronić. Porozmawiaj z prawnikiem przed rozprawą.
court-do-not-miss = Nie opuszczaj rozprawy w sądzie imigracyjnym. Jeśli nie przyjdziesz, sędzia może nakazać twoją deportację pod twoją nieobecność.

## Sytuacja: w szkole

school-title = W szkole i w żłobku
school-intro = Każde dziecko może chodzić do szkoły publicznej. Zaplanuj z wyprzedzeniem, żeby twoje dzieci były bezpieczne, jeśli nie będziesz mógł ich odebrać.
school-heading = Prawa twojego dziecka
school-right-to-attend = Każde dziecko w Nowym Jorku może chodzić do szkoły publicznej, bez względu na swój status imigracyjny lub status rodziców.
school-city-property = Prawo miejskie mówi, że miasto nie może wpuszczać ICE ani innej niemiejskiej policji do niepublicznych części mienia miejskiego bez nakazu sędziego. Są pewne wyjątki, np. nagły wypadek. Zapytaj w szkole dziecka, jaki ma plan.
school-plan-heading = Zaplanuj z wyprzedzeniem
school-pickup = Daj szkole aktualną listę zaufanych dorosłych, którzy mogą odebrać twoje dzieci. Rodzic może też podpisać formularz, który pozwala zaufanej osobie dorosłej podejmować decyzje szkolne i medyczne w sprawie dziecka.

## Sytuacja: usługi miejskie

city-title = Usługi miejskie: schroniska, szpitale, urzędy miejskie
city-intro = Miasto Nowy Jork ogranicza pomoc swoich urzędów w egzekwowaniu przepisów imigracyjnych. Możesz korzystać z usług miejskich.
city-heading = Co mówi prawo miejskie
city-confidential = Pracownicy miejscy pytają o status imigracyjny tylko wtedy, gdy potrzebują go, by ustalić, czy przysługuje ci usługa, albo gdy wymaga tego prawo. Muszą zachować go w tajemnicy.
city-police-victims = Funkcjonariusze NYPD nie pytają o status imigracyjny ofiar przestępstw, świadków ani osób proszących o pomoc.
city-non-public = W urzędach miejskich i tam, gdzie świadczone są usługi na zlecenie miasta, np. w wielu schroniskach, personel nie może wpuszczać ICE do części niepublicznych bez nakazu sędziego, z wyjątkiem niektórych sytuacji, np. nagłego wypadku.
city-no-resources = Urzędy miejskie nie mogą używać swoich pracowników, czasu ani budynków do cywilnego egzekwowania przepisów imigracyjnych ani oddawać swoich funkcjonariuszy pod federalną kontrolę imigracyjną (tak zwane umowy 287(g)).
city-jail = Jeśli zatrzymała cię policja NYPD albo jesteś w więzieniu miejskim, miasto może przetrzymać cię dla ICE lub powiadomić ICE o twoim zwolnieniu tylko wtedy, gdy ICE przedstawi nakaz sędziego, a ty zostałeś skazany za niektóre poważne przestępstwa lub możesz być na liście obserwacyjnej terrorystów. NYPD ma wąski wyjątek, który pozwala przetrzymać osobę do 48 godzin bez nakazu.
city-limits-heading = Granice tych przepisów
city-no-private-suit = Te przepisy miejskie nie dają ci prawa pozwać miasta, jeśli zostaną złamane. Jeśli uważasz, że urząd miejski pomógł ICE, choć nie powinien, powiedz o tym prawnikowi lub organizacji pomocy prawnej.

## Sytuacja: jeśli cię zatrzymają

detained-title = Jeśli cię zatrzymają lub aresztują
detained-intro = Jeśli agenci cię aresztują, zachowaj spokój. Liczy się to, co mówisz i co podpisujesz.
detained-heading = Chroń siebie
detained-lawyer = Poproś o prawnika. Masz prawo do prawnika, ale w sprawach imigracyjnych państwo za niego nie płaci. Poproś o listę bezpłatnych usług prawnych.
detained-lawyer-say = Chcę rozmawiać z prawnikiem.
detained-sign = Nie podpisuj żadnego dokumentu, którego nie rozumiesz, zwłaszcza o „dobrowolnym wyjeździe” (voluntary departure) lub „uzgodnionym wydaleniu” (stipulated removal). Podpis może oznaczać rezygnację z prawa do sędziego i zgodę na opuszczenie USA.
detained-sign-say = Nic nie podpiszę bez prawnika.
detained-consulate = Jeśli nie jesteś obywatelem USA, możesz poprosić o kontakt z konsulatem swojego kraju. Nie musisz: jeśli boisz się rządu swojego kraju, możesz tego nie robić.
detained-phone = Naucz się na pamięć numeru telefonu kogoś z rodziny i prawnika. Agenci mogą zabrać ci telefon.
detained-city-heading = W areszcie NYPD lub w więzieniu miejskim

## Sytuacja: nagrywanie

filming-title = Filmowanie i nagrywanie
filming-intro = W Nowym Jorku masz prawo nagrywać policję i innych funkcjonariuszy, jeśli im nie przeszkadzasz.
filming-heading = Twoje prawo do nagrywania
filming-right = Jeśli nie jesteś aresztowany, masz prawo nagrywać funkcjonariuszy przy pracy — filmem, zdjęciami, dźwiękiem lub notatkami — i zatrzymać nagranie oraz telefon.
filming-distance = Zachowaj bezpieczną odległość. Nie dotykaj agentów i nie wchodź im w drogę. Cofnij się, jeśli o to poproszą. Prawo do nagrywania nie pozwala fizycznie przeszkadzać.
filming-what = Nagrywaj odznaki, mundury, pojazdy, tablice rejestracyjne i to, co się dzieje. Powiedz na głos datę, godzinę i miejsce.
filming-interfered = Jeśli funkcjonariusz nie pozwala ci nagrywać albo zabiera lub niszczy twój telefon, prawo stanu Nowy Jork może pozwolić ci wytoczyć powództwo. Powiedz o tym prawnikowi.
filming-care-heading = Uważaj
filming-share = Zastanów się, zanim coś opublikujesz: na filmie mogą być widoczne twarze aresztowanych osób. Najpierw przekaż go ich rodzinie lub prawnikowi.

## Sytuacja: przygotowanie

prepare-title = Przygotuj plan rodzinny
prepare-intro = Plan zrobiony dziś lepiej ochroni twoją rodzinę jutro.
prepare-plan-heading = Twój plan
prepare-children = Zdecyduj, kto odbierze twoje dzieci i się nimi zaopiekuje, jeśli zostaniesz zatrzymany. Rodzic może podpisać formularz, który pozwala zaufanej osobie dorosłej podejmować decyzje szkolne i medyczne w sprawie dziecka przez okres do jednego roku. Nie przenosi on opieki nad dzieckiem.
prepare-numbers = Naucz się na pamięć numerów telefonów kogoś z rodziny oraz prawnika lub organizacji pomocy prawnej. Upewnij się, że twoja rodzina też je zna.
prepare-documents = Trzymaj ważne dokumenty (akty urodzenia, paszporty, dokumenty imigracyjne i sądowe) w jednym bezpiecznym miejscu, do którego ma dostęp zaufana osoba, i miej kopie. Jeśli masz 18 lat lub więcej i masz zieloną kartę lub inne dokumenty rejestracyjne, noś oryginał przy sobie: wymaga tego prawo.
prepare-card = Noś przy sobie kartę praw. Możesz ją dać agentom zamiast mówić.

## Sytuacja: po spotkaniu

after-title = Po spotkaniu z agentami
after-intro = To, co zapiszesz teraz, może później pomóc prawnikowi.
after-heading = Co robić dalej
after-write = Jak najszybciej zapisz, co się stało: datę, godzinę i miejsce; nazwiska i numery odznak; agencję; pojazdy i tablice rejestracyjne; co mówiono i robiono; oraz nazwiska i telefony świadków.
after-lawyer = Porozmawiaj z prawnikiem lub organizacją pomocy prawnej. Wcześniej niczego nie podpisuj.
after-court-arrest = Jeśli ktoś został aresztowany w drodze do sądu stanu Nowy Jork, w sądzie lub przy wyjściu, powiedz prawnikowi: prawo stanu Nowy Jork może dać tej osobie roszczenie.
after-recording = Przechowuj kopie filmów i zdjęć w bezpiecznym miejscu. Masz prawo zatrzymać swoje nagranie.

## Karta na drzwi: przód (w języku właściciela)

card-dont-open = Nie otwieraj drzwi.
card-ask-warrant = Poproś o nakaz podpisany przez sędziego. Poproś, żeby wsunęli go pod drzwi.
card-silent = Masz prawo zachować milczenie.
card-no-sign = Nic nie podpisuj bez prawnika.
card-calm = Zachowaj spokój. Nie uciekaj, nie stawiaj oporu, nie kłam.
card-show = Pokaż agentom drugą stronę tej karty.

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
advice-stay-silent = Masz prawo zachować milczenie. Możesz powiedzieć: „Korzystam z prawa do zachowania milczenia”.
advice-do-not-resist = Nie stawiaj oporu, nawet jeśli wejdą. Nie uciekaj. Zachowaj spokój.
advice-write-down = Zapisz nazwiska, numery odznak, agencję, godzinę, co się stało i nazwiska świadków.
advice-call-lawyer = Zadzwoń do prawnika lub na infolinię pomocy prawnej. Nic nie podpisuj bez prawnika.
advice-admin-warrant-no-entry = Sam ten dokument nie pozwala agentom wejść do twojego mieszkania bez twojej zgody.
advice-judicial-arrest-warrant-limited = Nakaz aresztowania wydany przez sędziego może pozwolić funkcjonariuszom wejść do mieszkania osoby w nim wymienionej, jeśli są podstawy sądzić, że jest w środku. Nie pozwala wejść do mieszkania innej osoby: do tego potrzebny jest nakaz przeszukania.
advice-search-warrant-check-scope = Nakaz przeszukania pozwala przeszukać miejsce w nim wskazane, w podanych w nim dniach i godzinach.
advice-i205-contested = Od maja 2025 roku ICE twierdzi, że nakaz wydalenia (formularz I-205) pozwala mu wejść siłą do mieszkania. Prawnie nie jest to rozstrzygnięte. Nie wyrażaj zgody i nie stawiaj fizycznego oporu.
advice-check-signed-by-judge = Sprawdź, kto go podpisał: musi to być sędzia sądu, a nie funkcjonariusz imigracyjny ani sędzia imigracyjny.
advice-check-name-address = Sprawdź, czy wymienia właściwą osobę i twój dokładny adres.
advice-check-dates = Sprawdź daty. Federalny nakaz przeszukania trzeba wykonać w ciągu { $federal-days } { $federal-days ->
        [one] dnia
       *[other] dni
    }, nowojorski w ciągu { $state-days } { $state-days ->
        [one] dnia
       *[other] dni
    }, i za dnia, chyba że nakaz stanowi inaczej.
advice-unknown-what-to-look-for = Amparo nie rozpoznał, co to za dokument. Poszukaj u góry nazwy sądu, a także podpisu sędziego. „Department of Homeland Security”, „Immigration and Customs Enforcement” albo numer formularza, np. I-200, I-205 lub I-247A, oznacza, że to dokument ICE.
advice-not-named-person = Wygląda na to, że ten dokument nie wymienia ciebie.
advice-not-this-address = Wygląda na to, że ten dokument nie wymienia tego adresu.
advice-expired = Wygląda na to, że minął już ostatni dzień, w którym można było wykonać ten nakaz.
advice-outside-hours = Wygląda na to, że ten nakaz jest wykonywany poza godzinami, na które pozwala.
advice-detainer-not-for-entry = Wniosek ICE o zatrzymanie (formularz I-247A) to prośba skierowana do więzienia lub policji. Nie daje żadnego prawa do wejścia do mieszkania.
