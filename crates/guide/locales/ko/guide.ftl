### Amparo 권리 안내서: 한국어.
### 기계 보조 번역이며, 아직 원어민의 검토를 받지 않았습니다.

## 언어와 화면

language-name = 한국어
guide-title = 나의 권리 알기
guide-subtitle = 이민 단속 요원(ICE)이 왔을 때: 뉴욕시
key-points-heading = 가장 중요한 10가지
scenarios-heading = 상황
say-label = 이렇게 말하세요
say-english-label = 영어로
dont-label = 하지 마세요
sources-label = 근거 법령
reviewed = 마지막 검토: { $date }
points-count = { $count }개 항목
disclaimer = 이 내용은 법률 정보이며 법률 자문이 아닙니다. 법과 정책은 바뀔 수 있습니다. 본인 상황에 대한 조언은 변호사나 법률 지원 단체와 상담하세요.
status-source = 원문입니다.
status-machine-assisted = 기계 보조 번역이며, 아직 원어민의 검토를 받지 않았습니다.
status-reviewed = 원어민이 검토한 번역입니다.
door-card-title = 요원이 집 문 앞에 왔을 때
door-card-back-title = 요원에게
door-card-check-title = 영장 확인 방법

## 가장 중요한 열 가지

kp-judicial-warrant = 허락 없이 집, 학교 또는 직장의 비공개 구역에 들어가려면 요원에게 판사가 서명한 영장이 있어야 합니다. ICE 직원이 서명한 ICE 서류(예: I-200 또는 I-205 양식)는 판사의 영장이 아닙니다.
kp-judicial-warrant-say = 영장을 문 아래로 밀어 넣어 주세요.
kp-agents-may-lie = 요원은 거짓말을 해도 됩니다. "경찰"이라고 하거나 그냥 이야기만 하고 싶다고 말할 수 있습니다. 누구인지, 어느 기관 소속인지 물어보세요.
kp-agents-may-lie-say = 누구십니까? 어느 기관에서 오셨습니까?
kp-remain-silent = 당신은 묵비권이 있습니다. 어디에서 태어났는지, 어떻게 미국에 왔는지, 이민 신분이 무엇인지 말하지 않아도 됩니다.
kp-remain-silent-say = 저는 묵비권을 행사하겠습니다.
kp-free-to-go = "가도 됩니까?"라고 물어보세요. 된다고 하면 침착하게 자리를 떠나세요. 안 된다고 하면 그 자리에 있으면서 침묵하세요.
kp-free-to-go-say = 가도 됩니까?
kp-film = 요원의 일을 방해하지 않는 한 요원을 촬영하거나 녹음할 수 있습니다. 안전한 거리를 유지하세요.
kp-stay-calm = 침착하세요. 요원이 볼 수 있는 곳에 두 손을 두세요.
kp-do-not-run = 도망치지 마세요. 도망치면 당신을 멈춰 세우거나 체포할 이유가 될 수 있습니다.
kp-do-not-resist = 요원이 법을 어기고 있다고 생각하더라도 저항하지 마세요. 요원을 밀거나 만지지 마세요. 동의하지 않는다고 말하고, 나중에 변호사와 상담하세요.
kp-do-not-resist-say = 저는 동의하지 않습니다.
kp-do-not-lie = 거짓말을 하거나 위조 서류를 보여주지 마세요. 대답하고 싶지 않으면 차라리 침묵하세요.
kp-do-not-obstruct = 다른 사람을 돕기 위해서라도 요원을 막거나 길을 가로막지 마세요. 안전한 거리에서 지켜보고, 촬영하고, 사람들에게 권리를 알려줄 수 있습니다.

## 상황: 집에서

home-title = 집에서: 요원이 문 앞에 있을 때
home-intro = ICE는 이른 아침에 오는 경우가 많습니다. 문을 열지 않아도 됩니다. 문을 닫은 채로 말하세요.
home-door-heading = 요원이 문을 두드리면
home-dont-open = 문을 열지 마세요. 문이나 창문 너머로 말할 수 있습니다. 문을 열면 요원이 안으로 들어오거나, 나중에 당신이 들여보냈다고 말할 수 있습니다.
home-dont-open-say = 저는 들어오는 것에 동의하지 않습니다.
home-ask-warrant = 판사가 서명한 영장이 있는지 물어보세요. 영장을 문 아래로 밀어 넣거나 창문에 대고 보여 달라고 하세요. 영장을 보려고 문을 열 필요는 없습니다.
home-ask-warrant-say = 영장을 문 아래로 밀어 넣어 주세요.
home-check-warrant = 서류를 확인하세요. 판사의 영장은 법원(예: "United States District Court" 또는 뉴욕주 법원)에서 발부되며 판사가 서명합니다. "Department of Homeland Security" 또는 "Immigration and Customs Enforcement"라고 쓰여 있거나 I-200, I-205 같은 양식 번호가 있는 서류는 판사가 아니라 ICE 직원이 서명한 것입니다. 이 경우 이민 판사는 법원의 판사로 보지 않습니다.
home-check-warrant-dont = 서류에 "Warrant"(영장)라고 쓰여 있다는 이유만으로 문을 열지 마세요.
home-warrant-scope = 판사의 체포 영장이 있으면, 영장에 적힌 사람이 안에 있다고 믿을 이유가 있을 때 그 사람의 집에 들어갈 수 있습니다. 다른 사람의 집에 들어가려면 수색 영장이 필요합니다. 수색 영장은 영장에 적힌 장소만, 영장에 적힌 날짜와 시간 안에서만 수색할 수 있게 합니다.
home-i205 = 2025년 5월부터 ICE는 판사가 아닌 ICE 직원이 서명한 추방 영장(I-205 양식)으로 집에 강제로 들어갈 수 있다고 주장합니다. 이 주장은 논란이 있으며 법적으로 결론이 나지 않았습니다. 문을 열지 말고, 동의하지 않는다고 말하세요. 강제로 들어오더라도 저항하지 마세요.
home-i205-dont = 문을 몸으로 막거나 요원을 가로막지 마세요.
home-inside-heading = 요원이 안으로 들어오면
home-exceptions = 실제 긴급 상황 같은 좁은 예외가 있습니다. 요원이 그래도 들어오면 저항하지 마세요. 들어온 것이 합법이었는지는 나중에 법원이 판단할 수 있습니다.
home-no-search = 수색에 동의하지 않는다고 분명히 말하세요. 저항하거나 막지 마세요.
home-no-search-say = 저는 수색에 동의하지 않습니다.
home-watch = 잘 보고 기억하세요: 이름, 배지 번호, 기관, 무엇을 수색했고 무엇을 가져갔는지. 가능한 한 빨리 적어 두세요.
home-sign-nothing = 변호사와 상담하기 전에는 아무것도 서명하지 마세요.
home-sign-nothing-say = 변호사 없이는 아무것도 서명하지 않겠습니다.

## 상황: 길에서

street-title = 길거리나 지하철에서
street-intro = 요원이 공공장소에서 당신을 멈춰 세울 수 있습니다. 침착하게, 무엇을 말할 수 있는지 알아 두세요.
street-stopped-heading = 요원이 멈춰 세우면
street-carry-papers = 18세 이상이고 영주권 카드(그린카드) 같은 유효한 이민 서류가 있다면, 연방법에 따라 그 서류를 몸에 지니고 다녀야 합니다. 가지고 있다면 보여줄 수 있습니다.
street-carry-papers-dont = 위조 서류나 다른 사람의 서류는 절대 가지고 다니거나 보여주지 마세요.
street-no-search = 요원은 당신에게 무기가 있다고 믿으면 옷 겉을 두드려 볼 수 있습니다. 몸, 가방, 휴대폰에 대한 그 밖의 수색에는 동의하지 않아도 됩니다. 분명히 말하되 저항하지는 마세요.
street-no-search-say = 저는 수색에 동의하지 않습니다.
street-arrest-heading = 체포되면
street-arrest = 요원은 당신을 체포할 때, 안전해지는 대로 자신이 이민 단속 요원이라는 것과 체포 이유를 말해야 합니다. 침묵하고 변호사를 요청하세요.
street-arrest-say = 변호사와 이야기하고 싶습니다.

## 상황: 차 안에서

car-title = 차 안에서
car-intro = 경찰과 연방 요원은 차를 세울 수 있습니다. 운전자와 동승자 모두 권리가 있습니다.
car-stop-heading = 차가 멈춰 세워지면
car-pull-over = 운전 중에 요원이 정지 신호를 보내면 안전하게 길가에 차를 세우세요. 시동을 끄고 실내등을 켜고 두 손을 운전대 위에 두세요.
car-pull-over-dont = 차를 몰고 떠나거나 도망치려 하지 마세요.
car-passengers = 동승자에게도 묵비권이 있습니다. 동승자는 가도 되는지 물어볼 수 있습니다.
car-passengers-say = 가도 됩니까?
car-no-search = 차량 수색에 동의하지 않아도 됩니다. 분명히 말하되 몸으로 막지는 마세요.
car-no-search-say = 저는 수색에 동의하지 않습니다.

## 상황: 직장에서

work-title = 직장에서
work-intro = 요원이 직장에 올 수 있습니다. 요원이 할 수 있는 일은 그곳이 일반인에게 열린 곳인지에 따라 달라집니다.
work-areas-heading = 공개 구역과 비공개 구역
work-public-areas = 요원은 가게 매장이나 식당 홀처럼 일반인에게 열린 구역에는 영장 없이 들어갈 수 있습니다.
work-private-areas = 사무실, 주방, 창고처럼 일반인에게 닫힌 구역에 들어가려면 요원에게 영장이나 업주 또는 관리자의 동의가 필요합니다. 업주나 관리자는 거절할 수 있습니다.
work-private-areas-say = 저는 비공개 구역에 들어오는 것에 동의하지 않습니다.
work-raid-heading = 단속이 있을 때
work-raid = 요원은 모든 사람에게 질문할 수 있습니다. 질문을 받는다고 체포된 것은 아닙니다. 침묵할 수 있고, 가도 되는지 물어볼 수 있습니다.

## 상황: 법원에 갈 때

court-title = 법원에 갈 때
court-intro = 뉴욕주 법은 뉴욕주 법원에 가는 사람을 민사 체포로부터 보호합니다.
court-ny-heading = 뉴욕주 법원
court-protected = 당사자나 증인으로서, 또는 당사자나 증인의 가족이나 같은 집에 사는 사람으로서 뉴욕주 법원의 사건에 가는 중이거나, 법원에 있거나, 법원에서 나오는 중이라면 민사 체포로부터 보호받습니다. 여기에는 민사 이민 문제로 ICE가 하는 체포도 포함됩니다. 예외: 판사가 그 체포를 위한 영장이나 명령에 서명한 경우입니다.
court-remedy = 이 법을 어기고 사람을 체포하는 것은 법정 모독입니다. 본인과 뉴욕주 법무장관은 이를 막기 위해 법원에 소송을 낼 수 있습니다. 당신이나 아는 사람에게 이런 일이 생기면 변호사에게 알리세요.
court-immigration-heading = 이민 법원
court-immigration = 이민 법원은 뉴욕주 법원이 아니라 연방 기관이며, 이민 판사는 미국 법무부 소속입니다. 이 뉴욕주 법이 그곳에서는 당신을 보호하지 못할 수 있습니다. 심리 전에 변호사와 상담하세요.
court-do-not-miss = 이민 법원 심리에 빠지지 마세요. 가지 않으면 판사가 당신 없이 추방을 명령할 수 있습니다.

## 상황: 학교에서

school-title = 학교와 어린이집에서
school-intro = 모든 아이는 공립학교에 다닐 수 있습니다. 당신이 아이를 데리러 갈 수 없을 때에도 아이가 안전하도록 미리 계획하세요.
school-heading = 자녀의 권리
school-right-to-attend = 뉴욕의 모든 아이는 본인이나 부모의 이민 신분과 관계없이 공립학교에 다닐 수 있습니다.
school-city-property = 시 법에 따르면 시는 판사의 영장 없이 ICE나 시 소속이 아닌 다른 경찰을 시 소유 건물의 비공개 구역에 들여보낼 수 없습니다. 긴급 상황 같은 몇 가지 예외가 있습니다. 자녀의 학교에 어떤 대비 계획이 있는지 물어보세요.
school-plan-heading = 미리 계획하기
school-pickup = 아이를 데리러 갈 수 있는 믿을 만한 어른들의 최신 명단을 학교에 주세요. 부모는 믿을 만한 어른이 아이의 학교와 의료 문제를 결정할 수 있게 하는 양식에 서명할 수도 있습니다.

## 상황: 시 서비스

city-title = 시 서비스: 쉼터, 병원, 시 관공서
city-intro = 뉴욕시는 시 기관이 이민 단속을 돕는 것을 제한합니다. 시 서비스를 이용해도 됩니다.
city-heading = 시 법의 내용
city-confidential = 시 직원은 서비스 자격을 판단하는 데 필요하거나 법이 요구할 때에만 이민 신분을 묻습니다. 그 정보는 비밀로 지켜야 합니다.
city-police-victims = NYPD 경찰은 범죄 피해자, 증인, 도움을 요청하는 사람의 이민 신분을 묻지 않습니다.
city-non-public = 시 관공서와, 많은 쉼터처럼 시와 계약한 서비스가 제공되는 곳에서는 직원이 판사의 영장 없이 ICE를 비공개 구역에 들여보낼 수 없습니다. 단, 긴급 상황 같은 일부 경우는 예외입니다.
city-no-resources = 시 기관은 직원, 근무 시간, 건물을 민사 이민 단속에 쓸 수 없고, 시 공무원을 연방 이민 단속의 지휘 아래 둘 수 없습니다(이른바 287(g) 협정).
city-jail = NYPD에 구금되어 있거나 시 교도소에 있는 경우, ICE가 판사의 영장을 가져오고 당신이 특정 중범죄로 유죄 판결을 받았거나 테러 감시 명단에 있을 수 있는 경우에만 시가 ICE를 위해 당신을 붙잡아 두거나 석방 시점을 ICE에 알릴 수 있습니다. NYPD에는 영장 없이 최대 48시간까지 붙잡아 둘 수 있는 좁은 예외가 있습니다.
city-limits-heading = 이 법들의 한계
city-no-private-suit = 이 시 법들이 지켜지지 않더라도 시를 상대로 소송할 권리가 생기지는 않습니다. 시 기관이 해서는 안 되는 방식으로 ICE를 도왔다고 생각되면 변호사나 법률 지원 단체에 알리세요.

## 상황: 구금되었을 때

detained-title = 구금되거나 체포되었을 때
detained-intro = 요원에게 체포되면 침착하세요. 무엇을 말하고 무엇에 서명하는지가 중요합니다.
detained-heading = 자신을 보호하세요
detained-lawyer = 변호사를 요청하세요. 변호사를 선임할 권리가 있지만, 이민 사건에서는 정부가 변호사 비용을 내주지 않습니다. 무료 법률 서비스 목록을 달라고 하세요.
detained-lawyer-say = 변호사와 이야기하고 싶습니다.
detained-sign = 이해하지 못하는 서류에는 서명하지 마세요. 특히 "자진 출국"(voluntary departure)이나 "합의 추방"(stipulated removal)에 관한 서류는 더욱 그렇습니다. 서명하면 판사를 만날 권리를 포기하고 미국을 떠나는 데 동의하는 것이 될 수 있습니다.
detained-sign-say = 변호사 없이는 아무것도 서명하지 않겠습니다.
detained-consulate = 미국 시민이 아니라면 본국 영사관에 연락해 달라고 요청할 수 있습니다. 꼭 해야 하는 것은 아닙니다. 본국 정부가 두렵다면 연락하지 않기로 할 수 있습니다.
detained-phone = 가족 한 명과 변호사의 전화번호를 외워 두세요. 요원이 휴대폰을 가져갈 수 있습니다.
detained-city-heading = NYPD 구금 중이거나 시 교도소에 있을 때

## 상황: 촬영

filming-title = 촬영과 녹음
filming-intro = 뉴욕에서는 방해하지 않는 한 경찰과 다른 요원을 기록할 권리가 있습니다.
filming-heading = 기록할 권리
filming-right = 체포된 상태가 아니라면, 일하는 요원을 영상, 사진, 녹음 또는 글로 기록할 권리가 있고, 그 기록과 휴대폰을 가지고 있을 권리가 있습니다.
filming-distance = 안전한 거리를 유지하세요. 요원을 만지거나 길을 막지 마세요. 물러나라고 하면 물러나세요. 기록할 권리가 몸으로 방해하는 것까지 허용하지는 않습니다.
filming-what = 배지, 제복, 차량, 번호판, 일어나는 일을 기록하세요. 날짜, 시간, 장소를 소리 내어 말하세요.
filming-interfered = 요원이 촬영을 막거나 휴대폰을 빼앗거나 부수면, 뉴욕주 법에 따라 소송을 할 수 있을 수도 있습니다. 변호사에게 알리세요.
filming-care-heading = 조심하세요
filming-share = 올리기 전에 생각하세요. 영상에 체포된 사람들의 얼굴이 나올 수 있습니다. 먼저 그 가족이나 변호사와 공유하세요.

## 상황: 준비

prepare-title = 가족 계획 세우기
prepare-intro = 오늘 세운 계획이 내일 가족을 더 안전하게 지킵니다.
prepare-plan-heading = 나의 계획
prepare-children = 당신이 구금되면 누가 아이를 데려오고 돌볼지 정하세요. 부모는 믿을 만한 어른이 최대 1년 동안 아이의 학교와 의료 문제를 결정할 수 있게 하는 양식에 서명할 수 있습니다. 이 양식으로 양육권이 넘어가지는 않습니다.
prepare-numbers = 가족 한 명과 변호사 또는 법률 지원 단체의 전화번호를 외워 두세요. 가족도 그 번호를 알고 있는지 확인하세요.
prepare-documents = 중요한 서류(출생증명서, 여권, 이민 및 법원 서류)는 믿을 만한 사람이 찾을 수 있는 안전한 곳 한 군데에 두고, 사본도 보관하세요. 18세 이상이고 그린카드나 다른 등록 서류가 있다면 원본을 지니고 다니세요. 법이 요구합니다.
prepare-card = 권리 카드를 지니고 다니세요. 말하는 대신 요원에게 카드를 건넬 수 있습니다.

## 상황: 그 후

after-title = 단속을 겪은 뒤
after-intro = 지금 적어 두는 내용이 나중에 변호사에게 도움이 됩니다.
after-heading = 다음에 할 일
after-write = 가능한 한 빨리 일어난 일을 적으세요: 날짜, 시간, 장소; 이름과 배지 번호; 기관; 차량과 번호판; 무슨 말과 행동이 있었는지; 증인의 이름과 전화번호.
after-lawyer = 변호사나 법률 지원 단체와 상담하세요. 그 전에는 아무것도 서명하지 마세요.
after-court-arrest = 누군가 뉴욕주 법원에 가는 길에, 법원에서, 또는 나오는 길에 체포되었다면 변호사에게 알리세요. 뉴욕주 법에 따라 청구권이 생길 수 있습니다.
after-recording = 영상과 사진의 사본을 안전한 곳에 보관하세요. 당신은 자신의 기록을 가지고 있을 권리가 있습니다.

## 문 카드: 앞면 (카드 소지자의 언어)

card-dont-open = 문을 열지 마세요.
card-ask-warrant = 판사가 서명한 영장을 요구하세요. 문 아래로 밀어 넣어 달라고 하세요.
card-silent = 당신은 묵비권이 있습니다.
card-no-sign = 변호사 없이는 아무것도 서명하지 마세요.
card-calm = 침착하세요. 도망치지 말고, 저항하지 말고, 거짓말하지 마세요.
card-show = 이 카드의 뒷면을 요원에게 보여주세요.

## 문 카드: 뒷면 (요원에게 영어로 읽어 줍니다. 아래는 번역입니다)

card-back-silent = 저는 묵비권을 행사하겠습니다.
card-back-no-search = 저는 수색에 동의하지 않습니다.
card-back-no-entry = 저는 들어오는 것에 동의하지 않습니다.
card-back-no-sign = 변호사 없이는 아무것도 서명하지 않겠습니다.
card-back-slide-warrant = 영장이 있으면 문 아래로 밀어 넣어 주세요.

## 영장 확인: 조언

advice-door-keep-closed = 문을 닫아 두세요. 요원과 이야기하거나 서류를 보기 위해 문을 열 필요는 없습니다.
advice-door-ask-slide-paper = 서류를 문 아래로 밀어 넣거나 창문에 대고 보여 달라고 하세요.
advice-say-no-consent = 이렇게 말하세요: "I do not consent to your entry"(저는 들어오는 것에 동의하지 않습니다).
advice-stay-silent = 당신은 묵비권이 있습니다. "저는 묵비권을 행사하겠습니다"라고 말할 수 있습니다.
advice-do-not-resist = 요원이 들어오더라도 저항하지 마세요. 도망치지 마세요. 침착하세요.
advice-write-down = 이름, 배지 번호, 기관, 시간, 일어난 일, 증인의 이름을 적어 두세요.
advice-call-lawyer = 변호사나 법률 상담 전화에 연락하세요. 변호사 없이는 아무것도 서명하지 마세요.
advice-admin-warrant-no-entry = 이 서류만으로는 요원이 당신의 동의 없이 집에 들어올 수 없습니다.
advice-judicial-arrest-warrant-limited = 판사의 체포 영장이 있으면, 영장에 적힌 사람이 안에 있다고 믿을 이유가 있을 때 요원이 그 사람의 집에 들어갈 수 있습니다. 다른 사람의 집에 들어갈 수는 없습니다. 그러려면 수색 영장이 필요합니다.
advice-search-warrant-check-scope = 수색 영장은 영장에 적힌 장소를, 영장에 적힌 날짜와 시간 안에서 수색할 수 있게 합니다.
advice-i205-contested = 2025년 5월부터 ICE는 추방 영장(I-205 양식)으로 집에 강제로 들어갈 수 있다고 주장합니다. 이는 법적으로 결론이 나지 않았습니다. 동의하지 말고, 몸으로 저항하지도 마세요.
advice-check-signed-by-judge = 누가 서명했는지 확인하세요. 이민 단속 직원도, 이민 판사도 아닌 법원의 판사여야 합니다.
advice-check-name-address = 올바른 사람과 당신의 정확한 주소가 적혀 있는지 확인하세요.
advice-check-dates = 날짜를 확인하세요. 연방 수색 영장은 { $federal-days }일 안에, 뉴욕주 수색 영장은 { $state-days }일 안에 집행해야 하며, 영장에 달리 적혀 있지 않으면 낮에만 집행할 수 있습니다.
advice-unknown-what-to-look-for = Amparo가 이 서류가 무엇인지 알아내지 못했습니다. 맨 위에 법원 이름이 있는지, 판사의 서명이 있는지 찾아보세요. "Department of Homeland Security", "Immigration and Customs Enforcement" 또는 I-200, I-205, I-247A 같은 양식 번호가 있으면 ICE 서류입니다.
advice-not-named-person = 이 서류에는 당신의 이름이 적혀 있지 않은 것 같습니다.
advice-not-this-address = 이 서류에는 이 주소가 적혀 있지 않은 것 같습니다.
advice-expired = 이 영장은 집행할 수 있는 마지막 날이 이미 지난 것 같습니다.
advice-outside-hours = 이 영장은 허용된 시간 밖에 집행되고 있는 것 같습니다.
advice-detainer-not-for-entry = ICE 구금 요청서(I-247A 양식)는 교도소나 경찰에 보내는 요청입니다. 집에 들어올 권한은 전혀 주지 않습니다.
