### Amparo 웹 앱: 화면 문구. 한국어.
### 기계 보조 번역이며, 아직 원어민의 검토를 받지 않았습니다.

## 메뉴

ui-choose-language = 언어를 선택하세요
ui-door-now = 지금 요원이 문 앞에 와 있나요?
ui-door-now-hint = 무엇을 하고 무슨 말을 할지 한 화면에서 보세요.
ui-check-warrant = 영장이나 서류 확인하기
ui-check-warrant-hint = 판사가 서명했나요? 무엇을 허용하나요?
ui-detainer = 구금 요청서 검토 도구 (변호사 및 시 직원용)
ui-detainer-note = 이 검토 도구는 변호사와 시 직원을 위한 것입니다. 법의 언어인 영어로 되어 있습니다.
ui-privacy = 개인정보 보호
ui-languages = 언어
ui-read-aloud = 소리 내어 읽기
ui-all-scenarios = 모든 상황
ui-offline-note = 한 번 열어 두면 이 기기에서는 인터넷 연결 없이도 이 페이지들을 볼 수 있습니다.

## 영장 확인

ui-warrant-title = 영장이나 서류 확인하기
ui-warrant-intro = 문을 열지 마세요. 서류를 문 아래로 밀어 넣거나 창문에 대고 보여 달라고 하세요. 그런 다음 보이는 내용대로 질문에 답하거나 사진을 올리세요.
ui-warrant-your-name = 내 이름 (선택 사항, 저장되지 않음)
ui-warrant-your-address = 이 주소 (선택 사항, 저장되지 않음)
ui-warrant-upload = 또는 서류의 사진이나 PDF를 올리세요
ui-warrant-upload-note = 파일은 메모리에서만 읽으며 절대 저장하지 않습니다.
ui-check = 확인
ui-back = 뒤로

## 개인정보 보호

ui-privacy-title = 개인정보 보호
ui-privacy-1 = Amparo는 사용자에 관한 어떤 정보도 보관하지 않습니다. 쿠키를 쓰지 않고, 방문 분석을 하지 않으며, 다른 웹사이트에서 아무것도 불러오지 않습니다.
ui-privacy-2 = 서류를 확인하려고 보낸 사진, PDF, 글은 답을 드리기 위해 메모리에서만 읽은 뒤 버립니다. 디스크나 기록(로그)에는 절대 쓰지 않습니다.
ui-privacy-3 = 서버는 누가 방문했는지, 무엇을 보았는지 기록하지 않습니다. 주소도, 페이지도, 내용도 남기지 않습니다.
ui-privacy-4 = 처음 방문한 뒤에는 휴대폰이 이 언어의 페이지를 저장해 두어 인터넷 연결 없이도 열 수 있습니다. 이 페이지들은 사용자의 기기에만 남습니다.
ui-privacy-5 = Amparo는 자유 소프트웨어입니다. 누구나 자기 컴퓨터에서 실행해 보고 무엇을 하는지 확인할 수 있습니다.

## 오류

ui-not-found = 이 페이지는 없습니다.
ui-error = 문제가 생겼습니다. 보내신 내용은 아무것도 보관하지 않았습니다.
ui-warrant-unavailable = 서류를 읽지 못했습니다. 보내신 내용은 아무것도 보관하지 않았습니다.
ui-warrant-top-bottom = 사진의 위쪽과 아래쪽만 읽었습니다. 어떤 서류인지 알기에는 충분합니다. 서류에 적힌 이름을 확인하려면 이름과 주소를 입력하세요.
ui-doc-empty = 파일이 비어 있습니다. 서류의 사진이나 PDF를 보내거나, 대신 질문에 답하세요.
ui-doc-too-large = 파일이나 사진이 너무 큽니다. 더 작은 사진을 보내세요.
ui-doc-unreadable = Amparo가 이 파일을 읽을 수 없습니다. 사진(JPEG, PNG, WebP)이나 PDF를 보내거나, 대신 질문에 답하세요.
ui-doc-pdf = Amparo가 이 PDF를 읽을 수 없습니다. 비밀번호로 잠겨 있거나 스캔본입니다. 서류의 사진을 보내거나, 대신 질문에 답하세요.
ui-doc-failed = 서류를 읽지 못했거나 시간이 너무 오래 걸렸습니다. 더 선명한 사진으로 다시 시도하거나, 대신 질문에 답하세요.

## 확인 결과

ui-appears = 이 서류는 다음에 해당하는 것으로 보입니다:
ui-kind-federal_arrest_warrant = 연방 법원의 체포 영장 (AO 442 양식)
ui-kind-federal_search_warrant = 연방 법원의 수색 영장 (AO 93 양식)
ui-kind-state_arrest_warrant = 뉴욕주 법원의 체포 영장
ui-kind-state_search_warrant = 뉴욕주 법원의 수색 영장
ui-kind-ice_arrest_warrant = 이민 단속 직원이 서명한 ICE 체포 영장 (I-200 양식)
ui-kind-ice_removal_warrant = 이민 단속 직원이 서명한 ICE 추방 영장 (I-205 양식)
ui-kind-ice_detainer = ICE 구금 요청서 (I-247A 양식): 교도소나 경찰에 보내는 요청입니다
ui-kind-ice_custody_order = 사람을 구금하거나 석방하라는 ICE 명령서 (I-203 양식)
ui-kind-notice_to_appear = 출두 통지서 (Notice to Appear, I-862 양식): 이민 법원에서 사건을 시작하는 서류입니다
ui-kind-immigration_court_order = 이민 판사의 명령 (법원의 영장이 아님)
ui-kind-administrative_subpoena = 미국 국토안보부의 소환장
ui-kind-superior_court_arrest_warrant = 뉴욕주 대법원 또는 카운티 법원의 체포영장(기소장에 근거)
ui-kind-search_warrant_application = 수색영장 신청서(양식 AO 106): 판사에게 하는 요청이며, 영장이 아닙니다
ui-kind-unknown = Amparo가 이 서류가 무엇인지 알아내지 못했습니다.
ui-judicial-yes = 판사의 영장입니다. 법원의 판사가 서명했습니다.
ui-judicial-no = 이것은 법원 영장이 아닙니다: 법원 판사가 서명한 영장이 아닙니다.
ui-judicial-unknown = Amparo는 법원의 판사가 이 서류에 서명했는지 알 수 없습니다.
ui-entry-yes = 영장에 적힌 날짜와 시간 안에서, 요원이 영장에 적힌 장소에 들어가 수색하도록 허용할 수 있습니다.
ui-entry-limited = 요원이 영장에 적힌 사람이 안에 있다고 믿는 경우, 그 사람 본인의 집에 들어가도록 허용할 수 있습니다. 다른 사람의 집에 들어가는 것은 허용하지 않습니다.
ui-entry-no = 이 서류만으로는 요원이 귀하의 동의 없이 집에 들어올 수 없습니다.
ui-entry-contested = ICE는 이 서류로 강제로 들어갈 수 있다고 주장합니다. 법원은 아직 이 문제에 결론을 내리지 않았습니다. 동의하지 말고, 몸으로 저항하지도 마세요.
ui-entry-doubtful = 판사가 서명했지만, 지금 이곳에 들어오는 것을 허용하지 않을 수 있습니다: 주소, 날짜 또는 시간이 맞지 않는 것 같습니다. 저항하지 마세요: 법원이 판단합니다.
ui-entry-unknown = Amparo는 이 서류가 무엇을 허용하는지 알 수 없습니다.
ui-what-to-do = 해야 할 일과 할 말
ui-evidence = Amparo가 서류에서 읽은 내용
ui-how-decided = 이 결과가 나온 과정
ui-check-another = 다른 서류 확인하기

## 인쇄용 카드

ui-cards-title = 인쇄용 카드
ui-cards-intro = 휴대폰이 안 될 때도 종이는 쓸 수 있습니다. 인쇄해서 문 옆이나 지갑에 두세요.
ui-cards-wallet = 지갑용 카드 (한 장에 10개, 양면 인쇄)
ui-cards-door = 문에 붙이는 안내문
ui-cards-large = 큰 글씨
ui-cards-letter = US 레터
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = 이 휴대폰에서 확인했습니다 — 아무것도 전송되지 않았습니다.
ui-ran-server = 서버에서 확인했습니다 — 저장되지 않습니다.
ui-ondevice-title = 이 휴대폰에서 확인하기
ui-ondevice-intro = 확인은 이 휴대폰 안에서 할 수 있습니다. 입력하거나 선택하거나 촬영한 내용은 어디로도 전송되지 않습니다. 한 번 저장하면 인터넷 없이도 작동합니다.
ui-ondevice-size = 크기, 한 번만 내려받음 (텍스트와 질문; 그리고 사진 읽기까지):
ui-ondevice-keep = 오프라인용으로 저장
ui-ondevice-kept = 이 휴대폰에 저장됨: 인터넷 없이도 확인할 수 있습니다.
ui-ondevice-text = 서류의 글 (입력하거나 붙여넣기)
ui-ondevice-check = 이 휴대폰에서 확인하기
ui-ondevice-photo = 서류 사진 (이 휴대폰에서 읽음)
ui-ondevice-reading = 이 휴대폰에서 읽는 중…
ui-ondevice-failed = 이 휴대폰에서 확인하지 못했습니다. 아래의 서버 확인을 이용하세요.
