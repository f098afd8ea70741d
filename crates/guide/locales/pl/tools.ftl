### Amparo: narzędzia na przed i po (plan rodzinny, karta „jeśli mnie zatrzymają”, ktoś został zabrany,
### dowód dwóch lat, zapis zdarzenia). Polski.
### Tłumaczenie wspomagane maszynowo, jeszcze niesprawdzone przez rodzimego użytkownika języka.

## Wspólne

tools-made = Zrobione w Amparo dnia { $date }. Amparo nie zachowało żadnej kopii.
tools-yes = Tak
tools-no = Nie
tools-status-reported = Podają to organizacje pomocowe lub media; nie potwierdza tego oficjalne źródło.
tools-status-contested = Sądy lub urzędy nie są co do tego zgodne.
tools-status-in-litigation = Sądy wciąż o tym rozstrzygają.
tools-sources = Źródła

## Etykiety

tools-field-name = Pełne imię i nazwisko, jak w dokumentach imigracyjnych
tools-field-card-name = Moje imię i nazwisko jak w moich dokumentach
tools-field-a-number = Numer A (A-number)
tools-field-a-number-hint = 8 lub 9 cyfr. Jest na wezwaniu do stawiennictwa (Notice to Appear), zielonej karcie lub pozwoleniu na pracę.
tools-field-country-of-birth = Kraj urodzenia
tools-field-date-of-birth = Data urodzenia
tools-field-phone = Telefon
tools-field-email = E-mail
tools-field-school = Szkoła
tools-field-pickup = Kto odbiera
tools-field-caregiver = Kto się opiekuje
tools-field-child-medical = Potrzeby medyczne
tools-field-contact-name = Imię i nazwisko
tools-field-relation = Kim jest
tools-field-lawyer-name = Prawnik
tools-field-organization = Organizacja
tools-field-medical = Potrzeby medyczne
tools-field-medications = Leki
tools-field-papers-location = Gdzie są dokumenty
tools-field-money = Pieniądze i czynsz
tools-field-call = Zadzwoń do
tools-field-hours = Godziny
tools-field-checked = Sprawdzono
tools-field-as-of = Liczone wstecz od
tools-field-window = Dwa lata
tools-field-earliest = Pierwszy dokument
tools-field-latest = Ostatni dokument
tools-field-covered-days = Dni potwierdzone dokumentami
tools-field-from = Od
tools-field-to = Do
tools-field-date = Data (jeden dzień)
tools-field-days = Dni
tools-field-where-gap = Gdzie
tools-field-month = Miesiąc
tools-field-shown = Jest dokument
tools-field-papers = Dokumenty
tools-field-number = Nr
tools-field-kind = Rodzaj dokumentu
tools-field-dates = Daty
tools-field-description = Opis
tools-field-kept-at = Gdzie przechowywany
tools-field-when = Kiedy
tools-field-where = Gdzie
tools-field-agency = Służba
tools-field-written-by = Spisał(a)
tools-field-what-happened = Co się stało
tools-field-paper-shown = Czy pokazano jakiś dokument?
tools-field-paper = Dokument
tools-field-warrant-check = Co pokazało sprawdzenie nakazu w Amparo
tools-field-injuries = Obrażenia
tools-field-recordings = Zdjęcia i filmy, gdzie są przechowywane
tools-field-officer-name = Nazwisko funkcjonariusza
tools-field-badge = Numer odznaki
tools-field-plate = Tablica rejestracyjna
tools-field-state = Stan
tools-field-witness-name = Świadek

## Co powiedzieć

tools-say-heading = Co powiedzieć po angielsku
tools-say-lawyer = Chcę porozmawiać z moim prawnikiem.
tools-say-sign = Nie podpiszę niczego bez mojego prawnika.
tools-say-fear = Boję się wrócić do mojego kraju.

## Plan rodzinny

tools-plan-title = Plan rodzinny
tools-plan-intro = Trzymaj ten plan tam, gdzie rodzina go znajdzie, i daj kopię osobom w nim wymienionym. Aktualizuj go, gdy coś się zmienia.
tools-plan-person-heading = Jak mnie znaleźć
tools-plan-children-heading = Dzieci
tools-plan-contacts-heading = Kontakty alarmowe
tools-plan-lawyer-heading = Prawnik
tools-plan-more-heading = Zdrowie, dokumenty i pieniądze

tools-gol-title = Opcja 1: osoba w relacji rodzicielskiej
tools-gol-intro = Podpisany dokument, który pozwala wybranej przez ciebie osobie podejmować decyzje szkolne i medyczne dotyczące twoich dzieci, gdy ty nie możesz. Nie przekazuje opieki.
tools-gol-writing = Jest na piśmie, z twoim imieniem i nazwiskiem, imieniem i nazwiskiem wybranej osoby oraz każdego dziecka.
tools-gol-signed = Podpisujesz go i wpisujesz datę podpisu.
tools-gol-over-30 = Jeśli ma obowiązywać dłużej niż 30 dni, musi też zawierać:
tools-gol-addresses = Twój adres i telefon oraz adres i telefon wybranej osoby.
tools-gol-birth-dates = Datę urodzenia każdego dziecka.
tools-gol-start = Dzień, od którego obowiązuje, albo zdarzenie, które go uruchamia (na przykład: „jeśli mnie zatrzymają”).
tools-gol-consent = Pisemną zgodę wybranej osoby.
tools-gol-no-order = Oświadczenie, że żadne orzeczenie sądu ci tego nie zabrania.
tools-gol-notary = Twój podpis przed notariuszem (notary).
tools-gol-limits = Co trzeba wiedzieć:
tools-gol-twelve-months = Obowiązuje najwyżej 12 miesięcy. Jeśli nie podaje okresu, obowiązuje 30 dni, albo 12 miesięcy, jeśli zawiera wszystko powyżej.
tools-gol-both-parents = Jeśli sąd nakazał, by oboje rodzice wspólnie decydowali o szkole lub zdrowiu, oboje muszą się zgodzić.
tools-gol-ends = Wygasa, jeśli umrzesz lub utracisz zdolność do podejmowania decyzji. Twoja własna decyzja zawsze ma pierwszeństwo przed decyzją wybranej osoby.
tools-gol-no-custody = Nie zmienia okręgu szkolnego dziecka, a wybrana osoba nie musi łożyć na dziecko.
tools-gol-copies = Daj kopie szkole, lekarzom i ubezpieczeniu zdrowotnemu.

tools-sg-title = Opcja 2: opiekun rezerwowy (standby guardian)
tools-sg-intro = Wybrana przez ciebie osoba, która zostaje opiekunem twoich dzieci, jeśli służby imigracyjne cię aresztują, zatrzymają lub deportują (prawo nazywa to „rozdzieleniem administracyjnym”), albo jeśli umrzesz lub utracisz zdolność.
tools-sg-writing = Pisemne wyznaczenie wskazuje opiekuna rezerwowego i, jeśli chcesz, drugą osobę na wypadek, gdyby pierwsza nie mogła.
tools-sg-witnesses = Podpisujesz je przy dwóch świadkach, którzy też je podpisują. Opiekun rezerwowy nie może być jednym z nich.
tools-sg-starts = Po aresztowaniu lub zatrzymaniu przez służby imigracyjne zaczyna działać, gdy opiekun rezerwowy ma na to dowód (na przykład dokument ICE) i twoje podpisane wyznaczenie.
tools-sg-sixty-days = Od tej chwili opiekun rezerwowy może działać przez 60 dni i w tym czasie musi poprosić sąd spadkowy (Surrogate's Court, nie sąd rodzinny) o ustanowienie go opiekunem.
tools-sg-parent-keeps = Pozostajesz rodzicem. Możesz je zmienić lub odwołać.
tools-sg-help = Prawo przewiduje do tego nieobowiązkowy formularz. Bezpłatny prawnik z pomocy prawnej może pomóc go wypełnić.

tools-family-title = Ponadto
tools-family-intro = Drobiazgi, które pomagają w najgorszym dniu.
tools-family-school = Powiedz szkole na jej karcie kontaktów alarmowych, kto może odbierać twoje dzieci.
tools-family-papers = Zostaw kopie aktów urodzenia, paszportów i tego planu u osoby, która zajmie się twoimi dziećmi.
tools-family-numbers = Każdy uczy się na pamięć dwóch numerów: kogoś z rodziny i prawnika.
tools-family-money = Odłóż trochę pieniędzy i powiedz zaufanej osobie, jak zapłacić czynsz.
tools-family-medicine = Zostaw u zaufanej osoby torbę z zapasem leków na tydzień.
tools-family-presence = Jeśli jesteś w USA dłużej niż dwa lata, zbierz dokumenty, które to pokazują, i trzymaj kopie tam, gdzie rodzina może po nie sięgnąć.
tools-family-both = Możesz zrobić obie opcje. Zapytaj bezpłatnego prawnika z pomocy prawnej, która pasuje do twojej rodziny.

## Wiadomości napisane z góry

tools-messages-heading = Wiadomości napisane z góry
tools-messages-intro = Gotowe do wysłania, jeśli cię zatrzymają. Nic nie zostanie wysłane, dopóki sam nie naciśniesz „wyślij” na swoim telefonie.
tools-messages-page-intro = Każdy link otwiera wiadomości lub pocztę w twoim telefonie z gotowym tekstem. Amparo niczego nie wysyła. Zapisz tę stronę albo skopiuj teksty w bezpieczne miejsce.
tools-messages-sms = Otwórz w moich SMS-ach
tools-messages-mail = Otwórz w mojej poczcie
tools-msg-subject = Zostałem zatrzymany
tools-msg-detained = Zatrzymały mnie służby imigracyjne.
tools-msg-call-lawyer = Proszę, zadzwoń do mojego prawnika { $lawyer } pod numer { $phone }.
tools-msg-call-lawyer-no-phone = Proszę, zadzwoń do mojego prawnika, { $lawyer }.
tools-msg-a-number = Mój numer A to { $a_number }.
tools-msg-children = Proszę, postępuj z dziećmi według naszego planu rodzinnego.
tools-msg-from = — { $name }
tools-msg-to-lawyer = Tu { $name }. Zatrzymały mnie służby imigracyjne. Proszę mnie odnaleźć i reprezentować.
tools-msg-born = Urodziłem się { $date }.

## Karta „jeśli mnie zatrzymają”

tools-card-title = Jeśli mnie zatrzymają
tools-card-back-title = Do funkcjonariuszy

## Ktoś został zabrany

tools-taken-title = Ktoś został zabrany
tools-taken-intro = Działaj w pierwszych godzinach. Zachowaj spokój, zapisz, co wiesz, i wykonaj te kroki po kolei.
tools-taken-search-with = Szukaj według
tools-taken-find-heading = 1. Ustal, gdzie jest przetrzymywany
tools-taken-locator = Szukaj w internetowej wyszukiwarce zatrzymanych ICE, { $url }: po numerze A i kraju urodzenia albo po pełnym imieniu i nazwisku i kraju urodzenia.
tools-taken-exact-name = Wpisz imię i nazwisko dokładnie tak jak w dokumentach imigracyjnych, ze znakami diakrytycznymi i łącznikami. Jeśli nic się nie pojawi, spróbuj innej pisowni i daty urodzenia.
tools-taken-nine-digits = Numer A ma 9 cyfr: przed numerem 8-cyfrowym dopisz 0.
tools-taken-not-shown = Może jeszcze nie pokazywać tej osoby: dane mogą pojawić się po godzinach lub dniach od aresztowania albo przeniesienia. Nie pokazuje osób poniżej 18 lat ani osób zwolnionych ponad 60 dni temu.
tools-taken-locator-privacy = Wyszukiwarka zapisuje twój adres internetowy. ICE twierdzi, że nie używa go do zatrzymań.
tools-taken-case-heading = 2. Sprawdź sprawę
tools-taken-eoir = Zadzwoń na automatyczną linię sądów imigracyjnych, { $phone }, z numerem A: podaje termin następnej rozprawy i decyzje sędziego. Nie mówi nic o kaucji, a nakazów przyspieszonego wydalenia tam nie ma.
tools-taken-help-heading = 3. Poproś o pomoc w Nowym Jorku
tools-taken-help-pending = Bezpłatne linie pomocy prawnej, każda sprawdzona u źródła, są na stronie Amparo „Uzyskaj pomoc”. Zadzwoń do jednej tego samego dnia.
tools-taken-lawyer-heading = 4. Prawnik w pierwszych godzinach
tools-taken-lawyer-now = Od razu zadzwoń do prawnika z planu rodzinnego albo na bezpłatną linię pomocy prawnej. Prawnik może ustalić, gdzie osoba jest przetrzymywana, powiadomić ICE, że ją reprezentuje, i wnioskować o zwolnienie.
tools-taken-habeas = Prawnik może też poprosić sąd federalny o zbadanie zatrzymania (habeas corpus). Wniosek składa się tam, gdzie osoba jest przetrzymywana, więc trzeba działać przed przeniesieniem poza Nowy Jork.
tools-taken-fear = Jeśli osoba boi się wrócić do swojego kraju, musi to jasno powiedzieć. W przyspieszonym wydaleniu funkcjonariusz musi wtedy skierować ją do urzędnika azylowego zamiast od razu ją wydalić.
tools-taken-presence = Jeśli jest w USA dłużej niż dwa lata, szybko przynieś prawnikowi dokumenty, które to pokazują: osoba musi to udowodnić, by uniknąć przyspieszonego wydalenia, i może poprosić o czas na zdobycie dokumentów.
tools-taken-consulate-heading = 5. Konsulat
tools-taken-consulate = Konsulat kraju tej osoby może pomóc ją odnaleźć i się z nią skontaktować. Osoba może zdecydować, że nie chce kontaktu z konsulatem.
tools-taken-consulate-must = W przypadku niektórych krajów (na przykład Chin, Rosji i Polski) ICE musi powiadomić konsulat, nawet jeśli osoba tego nie chce. Jeśli osoba boi się swojego rządu, od razu powiedz o tym prawnikowi.
tools-taken-children-heading = 6. Dzieci
tools-taken-standby = Jeśli rodzic wyznaczył opiekuna rezerwowego, ta osoba może działać jako opiekun dzieci przez 60 dni i w tym czasie musi poprosić sąd spadkowy (Surrogate's Court) o ustanowienie jej opiekunem.
tools-taken-designation = Wyznaczenie osoby w relacji rodzicielskiej pozwala tej osobie załatwiać sprawy ze szkołą i lekarzami. Pokaż im je.
tools-taken-ready-heading = 7. Przygotuj to
tools-taken-ready = Pełne imię i nazwisko osoby, numer A, datę i kraj urodzenia; gdzie i kiedy ją zabrano; plan rodzinny; nazwisko i numer prawnika; dokumenty pokazujące dwa lata w USA; jej leki i potrzeby medyczne.

## Dowód dwóch lat

tools-presence-title = Dowód dwóch lat w USA
tools-presence-intro = Przyspieszone wydalenie pozwala funkcjonariuszom deportować osobę bez sędziego, jeśli nie może wykazać dwóch lat w USA. Wpisz swoje dokumenty z datami: Amparo pokaże, które miesiące obejmują i gdzie są luki.
tools-presence-covers = Twoje dokumenty pokazują obecność od { $from } do { $to }, bez żadnego okresu dłuższego niż { $limit } dni bez dokumentu.
tools-presence-not-covered = Twoje dokumenty nie pokazują całego okresu od { $from } do { $to }: { $count ->
    [one] jest jedna luka
    [few] są { $count } luki
    [many] jest { $count } luk
   *[other] jest { $count } luki
} (zobacz niżej).
tools-presence-not-legal = To pokazuje tylko, co pokazują twoje dokumenty. To nie jest decyzja prawna: decyduje funkcjonariusz lub sędzia, a prawnik może powiedzieć, ile są warte twoje dokumenty.
tools-presence-gaps-heading = Luki
tools-presence-months-heading = Miesiąc po miesiącu
tools-presence-index-heading = Spis dokumentów
tools-presence-rule-heading = Jak liczone są luki
tools-presence-rule = Luka to okres dłuższy niż { $limit } dni, którego nie obejmuje żaden dokument, albo początek dwóch lat przed twoim pierwszym dokumentem. Żadna reguła nie mówi, jak często dokumenty muszą pokazywać obecność; { $limit } dni to najdłuższa nieobecność, jaką prawo imigracyjne akceptuje w innej swojej regule o ciągłej obecności, więc dłuższy okres funkcjonariusz mógłby zakwestionować.
tools-presence-kinds-heading = Dokumenty, które mogą pokazać obecność
tools-presence-keep = Trzymaj kopie w bezpiecznym miejscu, do którego rodzina ma dostęp, i kopię w telefonie lub w poczcie. Noszenie dokumentów przy sobie też niesie ryzyko: zapytaj prawnika, co nosić. Jeśli cię zatrzymają, możesz poprosić o czas na zdobycie dokumentów albo o to, by ktoś je przyniósł.
tools-month-covered = Tak
tools-month-gap = Nie
tools-gap-no-papers = Brak dokumentów
tools-gap-before-first-paper = Przed pierwszym dokumentem
tools-gap-between-papers = Między dokumentami
tools-gap-after-last-paper = Po ostatnim dokumencie
tools-kind-lease = Umowa najmu
tools-kind-rent_receipt = Potwierdzenie zapłaty czynszu
tools-kind-pay_stub = Odcinek wypłaty
tools-kind-tax_return = Zeznanie podatkowe
tools-kind-utility_bill = Rachunek za media (prąd, gaz, woda)
tools-kind-phone_bill = Rachunek za telefon lub internet
tools-kind-bank_statement = Wyciąg bankowy
tools-kind-money_transfer = Potwierdzenie przekazu pieniężnego
tools-kind-medical_record = Dokumentacja medyczna
tools-kind-school_record = Dokument szkolny (twój lub dziecka)
tools-kind-religious_record = Zaświadczenie z miejsca kultu
tools-kind-mail = List zaadresowany do ciebie
tools-kind-id_card = Dokument tożsamości wydany w USA (na przykład IDNYC)
tools-kind-court_record = Dokument sądowy
tools-kind-child_birth_certificate = Akt urodzenia dziecka urodzonego w USA
tools-kind-employment_letter = Pismo od pracodawcy
tools-kind-other = Inny dokument z datą

## Zapis zdarzenia

tools-record-title = Zapis zdarzenia
tools-record-intro = Dla prawnika. Zapisuj tylko to, co sam widziałeś i słyszałeś.
tools-record-officers-heading = Funkcjonariusze
tools-record-vehicles-heading = Pojazdy
tools-record-witnesses-heading = Świadkowie
tools-record-ag-heading = Aby zgłosić to prokurator generalnej stanu Nowy Jork
tools-record-ag-intro = Formularz prokurator generalnej „Federal Action Reporting Form” przyjmuje zgłoszenia o działaniach służb imigracyjnych. Wysłanie go to twój wybór. To, co wyślesz, może zostać użyte w publicznych raportach i w sądzie. Jeśli to ciebie aresztowano, najpierw porozmawiaj z prawnikiem. Oto pola formularza i co możesz w nie skopiować:
tools-ag-when = Data i godzina
tools-ag-where = Miejsce
tools-ag-description = Opis tego, co się stało
tools-ag-media = Zdjęcia, filmy lub linki
tools-ag-contact = Twoje dane kontaktowe (nieobowiązkowe)
tools-ag-your-choice = Twój wybór: jeśli wolisz, zostaw puste.
tools-record-keep = Trzymaj ten zapis i swoje filmy w bezpiecznym miejscu i daj kopię prawnikowi.

## Strony internetowe

tools-home-heading = Przed i po
tools-plan-link-hint = Kto odbiera dzieci, numery, prawnik — na papierze, w twoim języku.
tools-card-link-hint = Imię i nazwisko, numer A, dwa numery i twój prawnik, ze zdaniami do powiedzenia po angielsku.
tools-taken-link-hint = Jak odnaleźć zatrzymanego krewnego i co robić w pierwszych godzinach.
tools-presence-link-hint = Które miesiące obejmują twoje dokumenty i gdzie są luki.
tools-record-link-hint = Zapisz, co się stało, dla prawnika.
tools-see-also = Narzędzia do tego
tools-plan-page-intro = Wypełnij tylko to, co chcesz mieć na papierze: potrzebne jest tylko imię i nazwisko. Potem zrób plan, kartę, wiadomości albo kartkę „ktoś został zabrany”.
tools-record-page-intro = Zapisz to jak najszybciej, póki pamiętasz. Potrzebne są tylko: kiedy, gdzie i co się stało.
tools-paper-size = Papier
tools-form-person = Osoba, dla której jest ten plan
tools-form-child = Dziecko { $number }
tools-form-contact = Kontakt alarmowy { $number }
tools-form-lawyer = Prawnik
tools-form-more = Zdrowie, dokumenty i pieniądze
tools-form-say-fear = Umieść na mojej karcie „Boję się wrócić do mojego kraju”
tools-form-paper = Dokument { $number }
tools-form-officer = Funkcjonariusz { $number }
tools-form-vehicle = Pojazd { $number }
tools-form-witness = Świadek { $number }
tools-form-encounter = Zdarzenie
tools-form-what = Co się stało
tools-form-taken-intro = Wypełnij to, co wiesz, aby wydrukować tę kartkę z tymi danymi. Nic nie jest zachowywane.
tools-make-plan = Zrób plan (PDF)
tools-make-card = Zrób kartę do portfela (PDF)
tools-make-messages = Napisz wiadomości
tools-make-taken = Zrób kartkę „ktoś został zabrany” (PDF)
tools-make-presence = Sprawdź moje dokumenty
tools-make-presence-pdf = Wydrukuj spis dokumentów (PDF)
tools-make-record = Zrób zapis (PDF)
tools-make-record-json = Pobierz zapis dla prawnika (JSON)
tools-errors-heading = Sprawdź te pola:
tools-privacy-heading = Co jest przechowywane i gdzie
tools-privacy-server = Gdy naciśniesz przycisk, to, co wpisałeś, trafia na serwer Amparo, który robi twój dokument w pamięci i o nim zapomina. Nic nie jest zapisywane na serwerze, nic nie trafia do dziennika i nie jest ustawiany żaden plik cookie.
tools-privacy-paper = Pobrany dokument zawiera prywatne dane. Trzymaj go tam, gdzie znajdą go tylko osoby, którym ufasz.
tools-privacy-draft = Na telefonach, które na to pozwalają, możesz też trzymać wersję roboczą tylko na tym telefonie, zamkniętą wybranym przez ciebie hasłem. Amparo nigdy jej nie otrzymuje i nie może jej otworzyć.
tools-draft-legend = Wersja robocza na tym telefonie
tools-draft-passphrase = Hasło (co najmniej 8 znaków; jeśli je zapomnisz, wersji roboczej nie da się otworzyć)
tools-draft-save = Zapisz wersję roboczą na tym telefonie
tools-draft-open = Otwórz wersję roboczą
tools-draft-delete = Usuń wersję roboczą
tools-draft-saved = Zapisano na tym telefonie, zamknięte twoim hasłem.
tools-draft-opened = Wersja robocza jest otwarta.
tools-draft-deleted = Wersja robocza została usunięta z tego telefonu.
tools-draft-wrong = Złe hasło albo wersja robocza jest uszkodzona.
tools-draft-none = Na tym telefonie nie ma wersji roboczej.
tools-draft-short = Hasło jest za krótkie.
tools-draft-working = Trwa…

## Błędy

tools-error-required = To pole jest potrzebne.
tools-error-shape = To nie ma oczekiwanej postaci ({ $value }).
tools-error-not-a-date = „{ $value }” to nie jest data.
tools-error-not-a-date-time = „{ $value }” to nie jest data i godzina.
tools-error-future-date = { $value } to data w przyszłości. Najpóźniejszy możliwy dzień to { $latest }.
tools-error-too-old = { $value } to zbyt dawno.
tools-error-ends-before-start = Kończy się ({ $to }) przed początkiem ({ $from }).
tools-error-date-or-range = Podaj jedną datę albo daty „od” i „do”.
tools-error-a-number = „{ $value }” to nie jest numer A: ma 8 lub 9 cyfr.
tools-error-phone = „{ $value }” to nie jest numer telefonu: 10 cyfr w USA albo + i kod kraju.
tools-error-email = „{ $value }” to nie jest adres e-mail.
tools-error-plate = „{ $value }” to nie jest tablica rejestracyjna.
tools-error-unknown = „{ $value }” nie jest jedną z opcji.
tools-error-too-long = To za długie: najwyżej { $max } znaków.
tools-error-too-many = Za dużo: najwyżej { $max }.
tools-error-control-character = Zawiera znak, którego nie da się wydrukować.
