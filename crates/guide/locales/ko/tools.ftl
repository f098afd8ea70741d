### Amparo: 사전과 사후를 위한 도구(가족 계획, "내가 구금되면" 카드, 누군가 잡혀갔을 때, 2년 체류 증명, 만남 기록). 한국어.
### 기계 번역의 도움을 받았으며, 아직 모국어 사용자의 검토를 거치지 않았습니다.

## 공통

tools-made = { $date }에 Amparo로 만들었습니다. Amparo는 사본을 보관하지 않았습니다.
tools-yes = 예
tools-no = 아니요
tools-status-reported = 옹호 단체나 언론이 보도했으며, 공식 출처로 확인되지 않았습니다.
tools-status-contested = 법원이나 기관의 의견이 엇갈립니다.
tools-status-in-litigation = 법원이 아직 판단하고 있습니다.
tools-sources = 출처

## 항목 이름

tools-field-name = 이민 서류에 적힌 그대로의 법적 전체 이름
tools-field-card-name = 내 서류에 적힌 이름
tools-field-a-number = A 번호(A-number)
tools-field-a-number-hint = 8자리 또는 9자리 숫자입니다. 출두 통지서(Notice to Appear), 영주권 카드 또는 취업 허가증에 있습니다.
tools-field-country-of-birth = 출생 국가
tools-field-date-of-birth = 생년월일
tools-field-phone = 전화
tools-field-email = 이메일
tools-field-school = 학교
tools-field-pickup = 데리러 갈 사람
tools-field-caregiver = 돌봐 줄 사람
tools-field-child-medical = 의료상 필요한 것
tools-field-contact-name = 이름
tools-field-relation = 관계
tools-field-lawyer-name = 변호사
tools-field-organization = 단체
tools-field-medical = 의료상 필요한 것
tools-field-medications = 약
tools-field-papers-location = 서류가 있는 곳
tools-field-money = 돈과 집세
tools-field-call = 연락할 곳
tools-field-hours = 운영 시간
tools-field-checked = 확인 날짜
tools-field-as-of = 거꾸로 세는 기준일
tools-field-window = 2년 기간
tools-field-earliest = 첫 서류
tools-field-latest = 마지막 서류
tools-field-covered-days = 서류로 보이는 날 수
tools-field-from = 부터
tools-field-to = 까지
tools-field-date = 날짜(하루)
tools-field-days = 일수
tools-field-where-gap = 위치
tools-field-month = 월
tools-field-shown = 서류로 확인됨
tools-field-papers = 서류 수
tools-field-number = 번호
tools-field-kind = 서류 종류
tools-field-dates = 날짜
tools-field-description = 설명
tools-field-kept-at = 보관 장소
tools-field-when = 언제
tools-field-where = 어디서
tools-field-agency = 기관
tools-field-written-by = 작성자
tools-field-what-happened = 무슨 일이 있었는지
tools-field-paper-shown = 서류를 보여 주었나요?
tools-field-paper = 그 서류
tools-field-warrant-check = Amparo 영장 확인 결과
tools-field-injuries = 부상
tools-field-recordings = 사진과 영상을 보관한 곳
tools-field-officer-name = 요원 이름
tools-field-badge = 배지 번호
tools-field-plate = 차량 번호판
tools-field-state = 주
tools-field-witness-name = 목격자

## 말할 문장

tools-say-heading = 영어로 말할 문장
tools-say-lawyer = 제 변호사와 이야기하고 싶습니다.
tools-say-sign = 변호사 없이는 아무것도 서명하지 않겠습니다.
tools-say-fear = 저는 제 나라로 돌아가는 것이 두렵습니다.

## 가족 계획

tools-plan-title = 가족 계획
tools-plan-intro = 이 계획을 가족이 찾을 수 있는 곳에 두고, 계획에 이름이 있는 사람들에게 사본을 주세요. 바뀌는 것이 있으면 고쳐 주세요.
tools-plan-person-heading = 나를 찾으려면
tools-plan-children-heading = 아이들
tools-plan-contacts-heading = 비상 연락처
tools-plan-lawyer-heading = 변호사
tools-plan-more-heading = 건강, 서류, 돈

tools-gol-title = 선택 1: 부모 관계인 지정
tools-gol-intro = 서명한 서류로, 내가 할 수 없는 동안 내가 고른 사람이 아이의 학교와 의료 문제를 결정할 수 있게 합니다. 양육권을 넘기는 것은 아닙니다.
tools-gol-writing = 서면으로, 내 이름, 고른 사람의 이름, 아이마다의 이름이 들어갑니다.
tools-gol-signed = 내가 서명하고 서명한 날짜를 적습니다.
tools-gol-over-30 = 30일이 넘는 기간이라면 다음도 들어가야 합니다:
tools-gol-addresses = 내 주소와 전화번호, 그리고 고른 사람의 주소와 전화번호.
tools-gol-birth-dates = 아이마다의 생년월일.
tools-gol-start = 시작하는 날, 또는 시작하게 하는 일(예: "내가 구금되면").
tools-gol-consent = 고른 사람의 서면 동의.
tools-gol-no-order = 어떤 법원 명령도 이것을 막지 않는다는 진술.
tools-gol-notary = 공증인 앞에서 한 내 서명.
tools-gol-limits = 알아 둘 것:
tools-gol-twelve-months = 최대 12개월입니다. 기간을 적지 않으면 30일, 위의 내용을 모두 갖추면 12개월 동안 유효합니다.
tools-gol-both-parents = 법원이 학교나 건강 문제를 부모가 함께 결정하라고 명령했다면, 부모 둘 다 동의해야 합니다.
tools-gol-ends = 내가 사망하거나 결정할 능력을 잃으면 끝납니다. 내 결정이 언제나 고른 사람의 결정보다 우선합니다.
tools-gol-no-custody = 아이의 학군이 바뀌지 않으며, 고른 사람이 아이의 비용을 낼 의무도 없습니다.
tools-gol-copies = 학교, 의사, 건강 보험에 사본을 주세요.

tools-sg-title = 선택 2: 대기 후견인(standby guardian)
tools-sg-intro = 이민 당국이 나를 체포, 구금 또는 추방하면(법은 이것을 "행정적 분리"라고 부릅니다), 또는 내가 사망하거나 능력을 잃으면, 내가 고른 사람이 아이들의 후견인이 됩니다.
tools-sg-writing = 서면 지정서에 대기 후견인을 적고, 원하면 첫 사람이 할 수 없을 때를 위해 두 번째 사람도 적습니다.
tools-sg-witnesses = 증인 두 명 앞에서 서명하고, 증인들도 서명합니다. 대기 후견인은 증인이 될 수 없습니다.
tools-sg-starts = 이민 체포나 구금 후, 대기 후견인이 그 증거(예: ICE 서류)와 내가 서명한 지정서를 가지면 시작됩니다.
tools-sg-sixty-days = 그때부터 대기 후견인은 60일 동안 일할 수 있으며, 그 안에 유언 검인 법원(Surrogate's Court, 가정 법원이 아님)에 후견인으로 임명해 달라고 신청해야 합니다.
tools-sg-parent-keeps = 나는 여전히 부모입니다. 바꾸거나 취소할 수 있습니다.
tools-sg-help = 법에 이를 위한 선택 양식이 있습니다. 무료 법률 지원 변호사가 작성을 도와줄 수 있습니다.

tools-family-title = 그 밖에
tools-family-intro = 가장 힘든 날에 도움이 되는 작은 일들.
tools-family-school = 학교의 비상 연락 카드에 누가 아이를 데려갈 수 있는지 알리세요.
tools-family-papers = 출생증명서, 여권, 이 계획의 사본을 아이를 돌볼 사람에게 맡기세요.
tools-family-numbers = 모두가 전화번호 두 개를 외웁니다: 가족 한 사람의 번호와 변호사의 번호.
tools-family-money = 돈을 조금 따로 모아 두고, 믿을 수 있는 사람에게 집세 내는 방법을 알려 주세요.
tools-family-medicine = 일주일 치 약을 가방에 넣어 믿을 수 있는 사람에게 맡기세요.
tools-family-presence = 미국에 2년 넘게 있었다면 그것을 보여 주는 서류를 모으고, 가족이 가져갈 수 있는 곳에 사본을 두세요.
tools-family-both = 두 가지를 모두 할 수 있습니다. 어느 쪽이 가족에게 맞는지 무료 법률 지원 변호사에게 물어보세요.

## 미리 써 둔 메시지

tools-messages-heading = 미리 써 둔 메시지
tools-messages-intro = 구금되면 바로 보낼 수 있게 준비되어 있습니다. 내 전화에서 직접 보내기를 누르지 않으면 아무것도 보내지지 않습니다.
tools-messages-page-intro = 링크마다 메시지가 준비된 채로 내 전화의 문자나 이메일이 열립니다. Amparo는 아무것도 보내지 않습니다. 이 페이지를 저장하거나 글을 안전한 곳에 복사해 두세요.
tools-messages-sms = 내 문자에서 열기
tools-messages-mail = 내 이메일에서 열기
tools-msg-subject = 저는 구금되었습니다
tools-msg-detained = 저는 이민 당국에 구금되었습니다.
tools-msg-call-lawyer = 제 변호사 { $lawyer }에게 { $phone }(으)로 전화해 주세요.
tools-msg-call-lawyer-no-phone = 제 변호사 { $lawyer }에게 전화해 주세요.
tools-msg-a-number = 제 A 번호는 { $a_number }입니다.
tools-msg-children = 아이들은 우리 가족 계획대로 해 주세요.
tools-msg-from = — { $name }
tools-msg-to-lawyer = 저는 { $name }입니다. 이민 당국에 구금되었습니다. 저를 찾아서 변호해 주세요.
tools-msg-born = 제 생년월일은 { $date }입니다.

## "내가 구금되면" 카드

tools-card-title = 내가 구금되면
tools-card-back-title = 요원께

## 누군가 잡혀갔을 때

tools-taken-title = 누군가 잡혀갔을 때
tools-taken-intro = 처음 몇 시간 안에 움직이세요. 침착하게, 아는 것을 적고, 다음 단계를 순서대로 하세요.
tools-taken-search-with = 검색에 쓸 정보
tools-taken-find-heading = 1. 어디에 있는지 찾기
tools-taken-locator = ICE 온라인 구금자 찾기 { $url }에서 검색하세요: A 번호와 출생 국가로, 또는 법적 전체 이름과 출생 국가로.
tools-taken-exact-name = 이름은 이민 서류에 적힌 그대로, 악센트와 하이픈까지 입력하세요. 나오지 않으면 다른 철자와 생년월일로 해 보세요.
tools-taken-nine-digits = A 번호는 9자리입니다. 8자리 번호는 앞에 0을 붙이세요.
tools-taken-not-shown = 아직 그 사람이 나오지 않을 수 있습니다. 체포나 이송 후 정보가 올라오기까지 몇 시간 또는 며칠이 걸릴 수 있습니다. 18세 미만은 나오지 않으며, 풀려난 지 60일이 넘은 사람도 나오지 않습니다.
tools-taken-locator-privacy = 찾기 시스템은 내 인터넷 주소를 기록합니다. ICE는 이를 단속에 쓰지 않는다고 말합니다.
tools-taken-case-heading = 2. 사건 확인하기
tools-taken-eoir = 이민 법원 자동 안내 전화 { $phone }에 A 번호로 전화하세요. 다음 심리 일정과 판사의 결정을 알려 줍니다. 보석에 대해서는 알려 주지 않으며, 신속 추방 명령은 나오지 않습니다.
tools-taken-help-heading = 3. 뉴욕시에서 도움 청하기
tools-taken-help-pending = 무료 법률 도움 전화는, 각각 출처에서 확인한 것으로, Amparo의 "도움 받기" 페이지에 있습니다. 당일에 전화하세요.
tools-taken-lawyer-heading = 4. 처음 몇 시간 안에 변호사
tools-taken-lawyer-now = 가족 계획에 있는 변호사나 무료 법률 도움 전화에 바로 전화하세요. 변호사는 그 사람이 어디에 있는지 찾고, 자신이 대리한다고 ICE에 알리고, 석방을 요청할 수 있습니다.
tools-taken-habeas = 변호사는 연방 법원에 구금을 심사해 달라고(인신 보호 청원) 요청할 수도 있습니다. 그 사람이 구금된 곳에서 제출하므로, 뉴욕 밖으로 이송되기 전에 움직이세요.
tools-taken-fear = 그 사람이 자기 나라로 돌아가는 것이 두렵다면 분명히 말해야 합니다. 신속 추방에서는 그러면 요원이 바로 추방하지 않고 망명 심사관에게 보내야 합니다.
tools-taken-presence = 미국에 2년 넘게 있었다면 그것을 보여 주는 서류를 빨리 변호사에게 가져가세요. 신속 추방을 피하려면 본인이 그것을 증명해야 하며, 서류를 구할 시간을 요청할 수 있습니다.
tools-taken-consulate-heading = 5. 영사관
tools-taken-consulate = 그 사람 나라의 영사관이 그 사람을 찾고 연락하는 것을 도울 수 있습니다. 본인은 영사관에 연락하지 않기로 할 수 있습니다.
tools-taken-consulate-must = 일부 나라(예: 중국, 러시아, 폴란드)의 경우, 본인이 원하지 않아도 ICE가 영사관에 알려야 합니다. 본인이 자기 정부를 두려워한다면 바로 변호사에게 말하세요.
tools-taken-children-heading = 6. 아이들
tools-taken-standby = 부모가 대기 후견인을 지정했다면, 그 사람은 60일 동안 아이들의 후견인으로 일할 수 있고, 그 안에 유언 검인 법원(Surrogate's Court)에 후견인으로 임명해 달라고 신청해야 합니다.
tools-taken-designation = 부모 관계인 지정서가 있으면 그 사람이 학교와 의사를 상대할 수 있습니다. 그들에게 보여 주세요.
tools-taken-ready-heading = 7. 준비해 둘 것
tools-taken-ready = 그 사람의 법적 전체 이름, A 번호, 생년월일과 출생 국가; 어디서 언제 잡혀갔는지; 가족 계획; 변호사 이름과 전화번호; 미국에서 2년을 보여 주는 서류; 그 사람의 약과 의료상 필요한 것.

## 2년 증명

tools-presence-title = 미국 2년 체류 증명
tools-presence-intro = 신속 추방은 미국에서 2년을 보여 주지 못하는 사람을 판사 없이 추방할 수 있게 합니다. 서류와 날짜를 적으세요. Amparo가 어느 달이 채워지고 어디에 빈틈이 있는지 보여 줍니다.
tools-presence-covers = 서류가 { $from }부터 { $to }까지의 체류를 보여 주며, 서류 없는 기간이 { $limit }일을 넘는 곳이 없습니다.
tools-presence-not-covered = 서류가 { $from }부터 { $to }까지를 모두 보여 주지 않습니다: 빈틈이 { $count }개 있습니다(아래를 보세요).
tools-presence-not-legal = 이것은 서류가 보여 주는 것만 나타냅니다. 법적 결정이 아닙니다. 결정은 요원이나 판사가 하며, 서류가 얼마나 도움이 되는지는 변호사가 알려 줄 수 있습니다.
tools-presence-gaps-heading = 빈틈
tools-presence-months-heading = 달별로
tools-presence-index-heading = 서류 목록
tools-presence-rule-heading = 빈틈을 세는 방법
tools-presence-rule = 빈틈은 어떤 서류도 없는 { $limit }일 넘는 기간, 또는 첫 서류 전의 2년 시작 부분입니다. 서류가 얼마나 자주 체류를 보여 주어야 하는지 정한 규칙은 없습니다. { $limit }일은 이민법이 연속 체류에 관한 다른 규칙에서 인정하는 가장 긴 부재 기간이므로, 그보다 긴 기간은 요원이 문제 삼을 수 있습니다.
tools-presence-kinds-heading = 체류를 보여 줄 수 있는 서류
tools-presence-keep = 가족이 가져갈 수 있는 안전한 곳에 사본을 두고, 전화나 이메일에도 사본을 두세요. 서류를 가지고 다니는 것에도 위험이 있습니다. 무엇을 가지고 다닐지 변호사에게 물어보세요. 구금되면 서류를 구하거나 누군가 가져오게 할 시간을 요청할 수 있습니다.
tools-month-covered = 예
tools-month-gap = 아니요
tools-gap-no-papers = 서류 없음
tools-gap-before-first-paper = 첫 서류 전
tools-gap-between-papers = 서류 사이
tools-gap-after-last-paper = 마지막 서류 후
tools-kind-lease = 임대 계약서
tools-kind-rent_receipt = 집세 영수증
tools-kind-pay_stub = 급여 명세서
tools-kind-tax_return = 세금 신고서
tools-kind-utility_bill = 공과금 청구서(전기, 가스, 수도)
tools-kind-phone_bill = 전화 또는 인터넷 요금 청구서
tools-kind-bank_statement = 은행 거래 명세서
tools-kind-money_transfer = 송금 영수증
tools-kind-medical_record = 진료 기록
tools-kind-school_record = 학교 기록(본인 또는 자녀)
tools-kind-religious_record = 종교 시설의 증명
tools-kind-mail = 나에게 온 우편물
tools-kind-id_card = 미국에서 발급된 신분증(예: IDNYC)
tools-kind-court_record = 법원 기록
tools-kind-child_birth_certificate = 미국에서 태어난 자녀의 출생증명서
tools-kind-employment_letter = 고용주의 편지
tools-kind-other = 날짜가 있는 다른 서류

## 만남 기록

tools-record-title = 만남 기록
tools-record-intro = 변호사를 위해 씁니다. 직접 보고 들은 것만 쓰세요.
tools-record-officers-heading = 요원
tools-record-vehicles-heading = 차량
tools-record-witnesses-heading = 목격자
tools-record-ag-heading = 뉴욕주 법무장관에게 신고하려면
tools-record-ag-intro = 법무장관의 "Federal Action Reporting Form"은 이민 단속 신고를 받습니다. 보낼지는 본인이 정합니다. 보낸 내용은 공개 보고서와 법정에서 쓰일 수 있습니다. 체포된 사람이 본인이라면 먼저 변호사와 상의하세요. 다음은 양식의 항목과 옮겨 적을 수 있는 내용입니다:
tools-ag-when = 날짜와 시간
tools-ag-where = 장소
tools-ag-description = 무슨 일이 있었는지 설명
tools-ag-media = 사진, 영상 또는 링크
tools-ag-contact = 연락처(선택)
tools-ag-your-choice = 본인이 정하세요: 원하면 비워 두세요.
tools-record-keep = 이 기록과 영상을 안전한 곳에 두고, 변호사에게 사본을 주세요.

## 웹 페이지

tools-home-heading = 사전과 사후
tools-plan-link-hint = 누가 아이를 데려갈지, 전화번호, 변호사 — 종이에, 내 언어로.
tools-card-link-hint = 이름, A 번호, 전화번호 두 개와 변호사, 그리고 영어로 말할 문장.
tools-taken-link-hint = 구금된 가족을 찾는 방법과 처음 몇 시간에 할 일.
tools-presence-link-hint = 서류가 어느 달을 채우고 어디에 빈틈이 있는지.
tools-record-link-hint = 변호사를 위해 무슨 일이 있었는지 적으세요.
tools-see-also = 관련 도구
tools-plan-page-intro = 종이에 넣고 싶은 것만 적으세요. 이름만 있으면 됩니다. 그다음 계획, 카드, 메시지 또는 "누군가 잡혀갔을 때" 종이를 만드세요.
tools-record-page-intro = 기억이 남아 있을 때 되도록 빨리 적으세요. 언제, 어디서, 무슨 일이 있었는지만 있으면 됩니다.
tools-paper-size = 용지
tools-form-person = 이 계획의 당사자
tools-form-child = 아이 { $number }
tools-form-contact = 비상 연락처 { $number }
tools-form-lawyer = 변호사
tools-form-more = 건강, 서류, 돈
tools-form-say-fear = 카드에 "저는 제 나라로 돌아가는 것이 두렵습니다"를 넣기
tools-form-paper = 서류 { $number }
tools-form-officer = 요원 { $number }
tools-form-vehicle = 차량 { $number }
tools-form-witness = 목격자 { $number }
tools-form-encounter = 만남
tools-form-what = 무슨 일이 있었는지
tools-form-taken-intro = 아는 것을 적으면 그 내용이 들어간 종이를 인쇄할 수 있습니다. 아무것도 저장되지 않습니다.
tools-make-plan = 계획 만들기(PDF)
tools-make-card = 지갑 카드 만들기(PDF)
tools-make-messages = 메시지 쓰기
tools-make-taken = "누군가 잡혀갔을 때" 종이 만들기(PDF)
tools-make-presence = 내 서류 확인하기
tools-make-presence-pdf = 서류 목록 인쇄(PDF)
tools-make-record = 기록 만들기(PDF)
tools-make-record-json = 변호사용 기록 내려받기(JSON)
tools-errors-heading = 다음 항목을 확인하세요:
tools-privacy-heading = 무엇이 어디에 남는지
tools-privacy-server = 버튼을 누르면 적은 내용이 Amparo 서버로 가고, 서버는 메모리에서 종이를 만든 뒤 잊어버립니다. 서버에는 아무것도 저장되지 않고, 기록(로그)에 아무것도 쓰이지 않으며, 쿠키도 설정되지 않습니다.
tools-privacy-paper = 내려받은 종이에는 개인 정보가 있습니다. 믿을 수 있는 사람만 찾을 수 있는 곳에 두세요.
tools-privacy-draft = 가능한 전화에서는 이 전화에만 초안을 저장할 수도 있으며, 직접 고른 암호로 잠깁니다. Amparo는 절대 받지 않으며 열 수도 없습니다.
tools-draft-legend = 이 전화의 초안
tools-draft-passphrase = 암호(8자 이상; 잊어버리면 초안을 열 수 없습니다)
tools-draft-save = 이 전화에 초안 저장
tools-draft-open = 초안 열기
tools-draft-delete = 초안 삭제
tools-draft-saved = 이 전화에 저장되었고, 암호로 잠겼습니다.
tools-draft-opened = 초안이 열렸습니다.
tools-draft-deleted = 초안이 이 전화에서 삭제되었습니다.
tools-draft-wrong = 암호가 틀렸거나 초안이 손상되었습니다.
tools-draft-none = 이 전화에 초안이 없습니다.
tools-draft-short = 암호가 너무 짧습니다.
tools-draft-working = 처리 중…

## 오류

tools-error-required = 꼭 필요합니다.
tools-error-shape = 예상한 형식이 아닙니다({ $value }).
tools-error-not-a-date = "{ $value }"는 날짜가 아닙니다.
tools-error-not-a-date-time = "{ $value }"는 날짜와 시간이 아닙니다.
tools-error-future-date = { $value }는 미래입니다. 가능한 가장 늦은 날은 { $latest }입니다.
tools-error-too-old = { $value }는 너무 오래전입니다.
tools-error-ends-before-start = 시작({ $from })보다 먼저 끝납니다({ $to }).
tools-error-date-or-range = 날짜 하나, 또는 "부터"와 "까지" 날짜를 적으세요.
tools-error-a-number = "{ $value }"는 A 번호가 아닙니다: 8자리 또는 9자리입니다.
tools-error-phone = "{ $value }"는 전화번호가 아닙니다: 미국은 10자리, 또는 +와 국가 번호.
tools-error-email = "{ $value }"는 이메일 주소가 아닙니다.
tools-error-plate = "{ $value }"는 차량 번호판이 아닙니다.
tools-error-unknown = "{ $value }"는 선택지에 없습니다.
tools-error-too-long = 너무 깁니다: 최대 { $max }자.
tools-error-too-many = 너무 많습니다: 최대 { $max }개.
tools-error-control-character = 인쇄할 수 없는 문자가 있습니다.
