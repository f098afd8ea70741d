### Amparo, aplikacja internetowa: słowa interfejsu. Polski.
### Tłumaczenie maszynowe, jeszcze niesprawdzone przez rodzimego użytkownika języka.

## Nawigacja

ui-choose-language = Wybierz swój język
ui-door-now = Agenci są teraz pod drzwiami?
ui-door-now-hint = Co robić i co mówić – na jednym ekranie.
ui-check-warrant = Sprawdź nakaz lub dokument
ui-check-warrant-hint = Czy podpisał go sędzia? Na co pozwala?
ui-detainer = Sprawdzanie wniosków o zatrzymanie (dla prawników i pracowników miasta)
ui-detainer-note = To narzędzie jest dla prawników i pracowników miasta. Jest po angielsku, w języku prawa.
ui-privacy = Prywatność
ui-languages = Języki
ui-read-aloud = Czytaj na głos
ui-all-scenarios = Wszystkie sytuacje
ui-offline-note = Po pierwszym otwarciu te strony działają na tym urządzeniu także bez internetu.

## Sprawdzanie nakazu

ui-warrant-title = Sprawdź nakaz lub dokument
ui-warrant-intro = Nie otwieraj drzwi. Poproś, żeby wsunęli dokument pod drzwi albo pokazali go w oknie. Potem odpowiedz na pytania według tego, co widzisz, albo prześlij zdjęcie.
ui-warrant-your-name = Twoje imię i nazwisko (nieobowiązkowe, nie jest zapisywane)
ui-warrant-your-address = Ten adres (nieobowiązkowy, nie jest zapisywany)
ui-warrant-upload = Albo prześlij zdjęcie lub plik PDF dokumentu
ui-warrant-upload-note = Plik jest odczytywany tylko w pamięci i nigdy nie jest zapisywany.
ui-check = Sprawdź
ui-back = Wstecz

## Prywatność

ui-privacy-title = Prywatność
ui-privacy-1 = Amparo nie przechowuje żadnych informacji o tobie. Nie używa plików cookie, nie zbiera statystyk odwiedzin i nie pobiera niczego z innych stron internetowych.
ui-privacy-2 = Zdjęcie, plik PDF lub tekst wysłany do sprawdzenia dokumentu jest odczytywany w pamięci, żeby ci odpowiedzieć, a potem usuwany. Nigdy nie jest zapisywany na dysku ani w dzienniku.
ui-privacy-3 = Serwer nie zapisuje, kto odwiedził stronę ani co oglądał: żadnych adresów, stron ani treści.
ui-privacy-4 = Po pierwszej wizycie twój telefon może zachować strony w tym języku, żeby otwierały się bez internetu. Zostają na twoim urządzeniu.
ui-privacy-5 = Amparo to wolne oprogramowanie. Każdy może uruchomić je na własnym komputerze i sprawdzić, co robi.

## Błędy

ui-not-found = Ta strona nie istnieje.
ui-error = Coś poszło nie tak. Nic z przesłanych danych nie zostało zachowane.
ui-warrant-unavailable = Nie udało się odczytać dokumentu. Nic z przesłanych danych nie zostało zachowane.
ui-warrant-top-bottom = Odczytano tylko górę i dół zdjęcia: tyle, by wiedzieć, co to za dokument. Podaj swoje imię i nazwisko oraz adres, żeby sprawdzić nazwiska w dokumencie.
ui-doc-empty = Plik jest pusty. Wyślij zdjęcie lub PDF dokumentu albo odpowiedz na pytania.
ui-doc-too-large = Plik lub zdjęcie jest za duże. Wyślij mniejsze zdjęcie.
ui-doc-unreadable = Amparo nie może odczytać tego pliku. Wyślij zdjęcie (JPEG, PNG, WebP) lub PDF albo odpowiedz na pytania.
ui-doc-pdf = Amparo nie może odczytać tego pliku PDF: jest chroniony hasłem albo jest skanem. Wyślij zdjęcie dokumentu albo odpowiedz na pytania.
ui-doc-failed = Nie udało się odczytać dokumentu albo trwało to za długo. Spróbuj ponownie z wyraźniejszym zdjęciem albo odpowiedz na pytania.

## Wynik sprawdzania

ui-appears = Ten dokument to prawdopodobnie:
ui-kind-federal_arrest_warrant = Nakaz aresztowania wydany przez sąd federalny (formularz AO 442)
ui-kind-federal_search_warrant = Nakaz przeszukania wydany przez sąd federalny (formularz AO 93)
ui-kind-state_arrest_warrant = Nakaz aresztowania wydany przez sąd stanu Nowy Jork
ui-kind-state_search_warrant = Nakaz przeszukania wydany przez sąd stanu Nowy Jork
ui-kind-ice_arrest_warrant = Nakaz aresztowania ICE (formularz I-200), podpisany przez funkcjonariusza imigracyjnego
ui-kind-ice_removal_warrant = Nakaz wydalenia ICE (formularz I-205), podpisany przez funkcjonariusza imigracyjnego
ui-kind-ice_detainer = Wniosek ICE o zatrzymanie (formularz I-247A): to prośba skierowana do więzienia lub policji
ui-kind-ice_custody_order = Polecenie ICE, żeby zatrzymać albo zwolnić daną osobę (formularz I-203)
ui-kind-notice_to_appear = Wezwanie do stawiennictwa (Notice to Appear, formularz I-862): rozpoczyna sprawę w sądzie imigracyjnym
ui-kind-immigration_court_order = Postanowienie sędziego imigracyjnego (to nie jest nakaz sądu)
ui-kind-administrative_subpoena = Wezwanie (subpoena) od Departamentu Bezpieczeństwa Krajowego USA
ui-kind-superior_court_arrest_warrant = Nakaz aresztowania Sądu Najwyższego lub sądu hrabstwa stanu Nowy Jork (na podstawie aktu oskarżenia)
ui-kind-search_warrant_application = Wniosek o nakaz przeszukania (formularz AO 106): prośba do sędziego, a nie nakaz
ui-kind-unknown = Amparo nie rozpoznał, co to za dokument.
ui-judicial-yes = To jest nakaz sędziego: podpisał go sędzia sądu.
ui-judicial-no = To NIE jest nakaz sądowy: to nie jest nakaz podpisany przez sędziego sądu.
ui-judicial-unknown = Amparo nie może ustalić, czy podpisał go sędzia sądu.
ui-entry-yes = Ten nakaz może pozwolić funkcjonariuszom wejść do miejsca w nim wskazanego i je przeszukać, w podanych w nim dniach i godzinach.
ui-entry-limited = Ten nakaz może pozwolić funkcjonariuszom wejść do mieszkania osoby w nim wymienionej, jeśli sądzą, że ta osoba jest w środku. Nie pozwala im wejść do mieszkania kogoś innego.
ui-entry-no = Sam ten dokument NIE pozwala agentom wejść do twojego mieszkania bez twojej zgody.
ui-entry-contested = ICE twierdzi, że ten dokument pozwala wejść siłą. Sądy jeszcze tego nie rozstrzygnęły. Nie wyrażaj zgody i nie stawiaj fizycznego oporu.
ui-entry-doubtful = Podpisał go sędzia, ale może teraz nie pozwalać na wejście tutaj: adres, daty lub godziny wydają się nie pasować. Nie stawiaj oporu: decyduje sąd.
ui-entry-unknown = Amparo nie może ustalić, na co pozwala ten dokument.
ui-what-to-do = Co robić i co mówić
ui-evidence = Co Amparo odczytał z dokumentu
ui-how-decided = Jak ustalono ten wynik
ui-check-another = Sprawdź inny dokument

## Karty do wydruku

ui-cards-title = Karty do wydruku
ui-cards-intro = Papier działa, kiedy telefony nie działają. Wydrukuj je i trzymaj przy drzwiach albo w portfelu.
ui-cards-wallet = Karty do portfela (arkusz z 10 kartami, drukuj dwustronnie)
ui-cards-door = Kartka na drzwi
ui-cards-large = Duży druk
ui-cards-letter = Letter (USA)
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = Sprawdzono na tym telefonie — nic nie zostało wysłane.
ui-ran-server = Sprawdzono na serwerze — nie zapisano.
ui-ondevice-title = Sprawdź na tym telefonie
ui-ondevice-intro = Sprawdzenie może odbyć się na samym telefonie: to, co wpiszesz, wybierzesz lub sfotografujesz, nie jest nigdzie wysyłane. Po zachowaniu działa bez połączenia.
ui-ondevice-size = Rozmiar, pobierany raz (tekst i pytania; potem także czytanie zdjęć):
ui-ondevice-keep = Zachowaj do użytku bez połączenia
ui-ondevice-kept = Zachowano na tym telefonie: sprawdzenie działa bez połączenia.
ui-ondevice-text = Tekst dokumentu (wpisz lub wklej)
ui-ondevice-check = Sprawdź na tym telefonie
ui-ondevice-photo = Zdjęcie dokumentu (czytane na tym telefonie)
ui-ondevice-reading = Czytanie na tym telefonie…
ui-ondevice-failed = Nie udało się sprawdzić na tym telefonie. Użyj sprawdzenia na serwerze poniżej.
