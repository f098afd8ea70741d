### Amparo: 어디에 전화할지("도움 받기"), 그리고 법이 어떻게 바뀌었는지. 한국어.
### 기계 지원 번역이며, 아직 원어민의 검토를 받지 않았습니다.

## "도움 받기" 페이지

help-title = 도움 받기
help-intro = 뉴욕시의 무료 도움입니다. 아래의 모든 번호와 주소는 표시된 날짜에 해당 기관의 자체 웹페이지나 정부 웹페이지에서 확인했습니다. 직접 전화하시면 됩니다. Amparo는 아무에게도 전화하지 않으며 아무것도 저장하지 않습니다.
help-call = { $phone }(으)로 전화하기
help-website = 웹사이트
help-email = 이메일
help-hours = 운영 시간
help-languages = 언어: { $list }
help-interpreters = 여러 언어의 통역이 있습니다.
help-checked = { $date }에 확인: { $source }
help-block-title = 도움을 줄 수 있는 곳
help-all = 모든 전화번호와 도움
help-door-line = 요원이 집에 왔거나 누군가 끌려갔나요? { $phone }(으)로 전화하세요. 도움을 줄 수 있는 시 기관으로 연결해 줍니다.
help-card-line = 무료 도움: { $phone }
help-changes-link = 법이 어떻게 바뀌었는지 (2025-2026)

## "바뀐 점" 페이지

changes-title = 법이 어떻게 바뀌었는지
changes-intro = 2025년과 2026년에 법이 빠르게 바뀌었습니다. 최신 순으로 각 변화와, 얼마나 확실한지, Amparo가 이에 대해 무엇이라고 하는지를 보여 드립니다. 이것은 법률 정보이며 법률 자문이 아닙니다. 본인 사건에 대해서는 변호사에게 물어보세요.
changes-effective = { $date }부터 시행.
changes-source = 출처
changes-case = 사건
changes-touches = Amparo가 이에 대해 하는 말
changes-status-settled = 공식 출처에서 확인됨.
changes-status-contested = 법원이나 기관 사이에 의견이 엇갈립니다.
changes-status-in-litigation = 법원이 아직 판단하고 있습니다.
changes-status-reported = 언론 보도만 있음. 공식 출처에서 확인되지 않음.
changes-kind-statute = 연방 법률
changes-kind-local-law = 시 법률
changes-kind-state-law = 주 법률
changes-kind-rule = 연방 규정
changes-kind-court-order = 법원 결정
changes-kind-agency-memo = 기관 메모
changes-kind-agency-policy = 기관 정책
changes-kind-executive-order = 행정명령
changes-kind-lawsuit = 소송 제기
changes-kind-bill = 법안(법이 아님)

## 어디에 전화할지: 각 연락처의 용도

contact-nyc-311-for = 요원이 집에 왔거나 누군가 구금되었다면 311로 전화하세요. 도움을 줄 수 있는 시 기관으로 연결해 주며, 메시지를 남길 수도 있습니다.
contact-moia-legal-hotline-for = 시에서 제공하는 무료·비밀 보장 이민 법률 도움입니다. 상담 후 무료 변호사에게 연결해 줍니다. 311로 전화해 "immigration legal"이라고 말해도 됩니다.
contact-moia-legal-hotline-hours = 월요일부터 금요일, 오전 9시부터 오후 6시까지.
contact-moia-legal-hotline-note = 녹음 안내가 언어를 묻고, 운영 시간에는 상담원이 받습니다.
contact-nys-new-americans-hotline-for = 뉴욕주의 무료·익명 핫라인입니다. 정보를 주고 무료 이민 변호사를 연결해 주며, 이민 구금 중인 사람도 도와줍니다. 이민 사기도 신고할 수 있습니다.
contact-nys-new-americans-hotline-hours = 월요일부터 금요일, 오전 8시부터 오후 8시까지. 토요일과 일요일, 오전 9시부터 오후 5시까지.
contact-nys-new-americans-hotline-note = 200개가 넘는 언어로 안내합니다.
contact-nyifup-legal-aid-for = ICE에 구금된 사람 중 이민 법원 사건이 뉴욕시에 있는 사람, 그리고 사건이 뉴저지에 있는 뉴욕시 주민을 위한 무료 변호사입니다.
contact-nyifup-legal-aid-note = Legal Aid는 가족들에게 이 주소로 NYIFUP 팀에 연락해 달라고 합니다.
contact-nyifup-bds-for = NYIFUP의 세 기관 중 하나: 추방 위기에 놓인 구금된 뉴욕 시민을 위한 무료 변호사.
contact-nyifup-bds-note = Brooklyn Defenders 본사의 전화번호입니다.
contact-nyifup-bronx-defenders-for = NYIFUP의 세 기관 중 하나: 추방 위기에 놓인 구금된 뉴욕 시민을 위한 무료 변호사.
contact-nyifup-bronx-defenders-note = 자체 웹페이지에서 전화번호를 확인하지 못했습니다. 웹사이트를 이용하세요.
contact-eoir-case-line-for = 이민 법원의 자동 안내 전화: 다음 심리 날짜와 장소, 판사의 결정을 알려 줍니다. 9자리 A번호를 입력하세요(8자리면 앞에 0을 붙이세요). 집에 추방 명령을 받은 사람이 있는지 확인하는 데 쓰세요.
contact-eoir-case-line-hours = 매일, 밤낮으로.
contact-eoir-case-line-note = 보석금이나 신청(motion)에 관한 정보는 없습니다. 신속 추방 명령은 나오지 않을 수 있습니다.
contact-ice-detainee-locator-for = ICE에 구금된 사람 찾기: A번호와 출생 국가로, 또는 정확한 이름과 출생 국가로 검색하세요.
contact-ice-detainee-locator-note = ICE의 자체 웹사이트입니다. 18세 미만은 나오지 않고, 풀려난 사람은 60일 동안만 나옵니다. 이름이 정확히 일치해야 합니다. 새 체포나 이송은 나타나기까지 시간이 걸릴 수 있습니다.
contact-nyag-reporting-form-for = 직접 본 이민 단속의 사진, 영상 또는 설명을 뉴욕주 법무장관실에 보내세요. 연락처는 적지 않아도 됩니다.
contact-nyag-reporting-form-note = 보낸다고 해서 소송이 되는 것은 아니며, 법무장관실은 법률 자문을 하지 않습니다. 보낸 내용은 공개 보고서나 법정에서 쓰일 수 있습니다. 이 주소는 언론 보도와 다른 프로젝트의 기록에서 나온 것입니다. 열리지 않으면 ag.ny.gov로 가세요.

## 바뀐 점: 변화마다 한 줄 요약

change-er-designation-2025 = 2025년 1월 21일부터, 정식 입국이나 가석방(parole)을 받지 않았고 미국에 2년 있었음을 보여 주지 못하는 사람에게 요원이 전국 어디서나 신속 추방(판사 없는 추방)을 쓸 수 있습니다. 돌아가는 것이 두렵다면 분명하게 말하세요.
change-er-parole-stay-2025 = 연방 법원이 입국항에서 가석방으로 미국에 들어온 사람을 신속 추방하지 못하도록 DHS를 막았습니다. 사건은 계속되고 있습니다.
change-er-stay-2025 = 워싱턴 D.C.의 연방 판사가 전국적인 신속 추방 사용을 중지시켰습니다. 이 중지는 2026년에 끝났습니다.
change-er-stay-reversed-2026 = 워싱턴 D.C.의 항소법원이 2026년 6월경 그 중지를 풀었습니다. 이제 미국 어디서나, 이곳에 2년 있었음을 증명하지 못하는 사람에게 다시 신속 추방을 쓸 수 있습니다.
change-laken-riley-act-2025 = 새 연방법: 서류 없이 입국한 사람이 절도, 상점 절도, 주거 침입 절도, 경찰관 폭행으로 체포되거나 기소되면 ICE가 보석 없이 구금해야 합니다. 체포만으로도 충분합니다.
change-yajure-hurtado-2025 = 이민 항소 위원회는 검사 없이 입국한 사람은 이민 판사 앞에서 보석 심리를 받을 수 없다고 결정했습니다. 이제 변호사들은 연방 법원에 석방(인신보호 청원)을 요청합니다. 모든 연방 법원이 위원회에 동의하는 것은 아닙니다.
change-bond-second-circuit-2026 = 뉴욕을 관할하는 연방 항소법원은 검사 없이 입국해 국내에서 체포된 사람도 이민 판사에게 보석을 요청할 수 있다고 판결했습니다. 대법원이 2026년 10월에 이 문제를 판단하기로 했으니, 지금 무엇이 적용되는지 변호사에게 물어보세요.
change-registration-rule-2025 = 2025년 4월 11일부터, 정부에 한 번도 등록하지 않은 사람은 등록(G-325R 양식)하고 증명을 지니고 다녀야 합니다. 노동 허가증, I-94, 출석 통지서(Notice to Appear) 같은 많은 서류가 이미 인정됩니다. 등록하기 전이나 등록하지 않기로 정하기 전에 변호사와 상의하세요.
change-registration-stay-denied-2025 = 연방 판사가 등록 규정을 막아 달라는 요청을 거부했습니다. 소송을 낸 단체들이 소송 자격을 보여 주지 못했으며, 판사는 규정이 합법인지는 판단하지 않았습니다.
change-protected-areas-rescinded-2025 = 연방 정부가 이민 요원을 학교, 병원, 종교 시설에서 멀리 두던 정책을 끝냈습니다. 뉴욕시 규칙은 여전히 시 건물의 비공개 구역에 누가 요원을 들여보낼 수 있는지 제한합니다.
change-ice-memo-i205-2025 = 2026년 1월에 공개된 ICE의 비밀 메모는, 판사가 서명하지 않는 ICE 추방 영장(I-205 양식)으로 최종 추방 명령을 받은 사람의 집에 강제로 들어갈 수 있다고 요원들에게 말합니다. 이것이 합법인지 법원에 판단을 구하고 있습니다.
change-gibson-ruling-2026 = 미네소타의 연방 판사가 I-205만 가지고 한 남성의 집에 강제로 들어간 ICE 요원들이 헌법을 위반했다고 판결했습니다. 이 판결은 그 사건에만 해당합니다.
change-i205-suit-2026 = 매사추세츠의 단체들이 ICE가 이 메모를 근거로 판사 영장 없이 집에 들어가지 못하게 하려고 소송을 냈습니다.
change-ice-courthouse-guidance-2025 = ICE가 지침을 내린 뒤 법원 안팎에서 체포가 늘었습니다.
change-poca-suit-2025 = 미국 법무부가 뉴욕 법원에 가는 사람을 민사 체포로부터 보호하는 주법을 무효로 하려고 뉴욕주를 고소했습니다.
change-court-arrests-ruling-2025 = 맨해튼의 연방 판사가 뉴욕시 이민 법원에서의 ICE 체포를 멈추게 해 달라는 요청을 거부했습니다. 심리에는 계속 가세요. 가능하면 변호사와 함께 가세요.
change-poca-upheld-2025 = 연방 법원이 뉴욕의 Protect Our Courts Act를 유지했습니다. 판사의 영장이나 명령 없이는 뉴욕주 법원에서 민사 이민 체포를 할 수 없습니다. 연방 이민 법원은 여기에 포함되지 않습니다.
change-court-arrests-stayed-2026 = 맨해튼의 연방 판사가 26 Federal Plaza, 201 Varick Street, 290 Broadway 이민 법원 안팎에서의 일상적인 ICE 체포를, 예외적인 경우를 빼고 멈추게 했습니다. 심리 전에 지금 무엇이 적용되는지 변호사에게 물어보세요.
change-court-arrests-nationwide-2026 = 캘리포니아의 연방 판사가 ICE에 전국 이민 법원에서의 체포를 멈추라고 명령했습니다. 항소될 수 있으니, 심리 당일 무엇이 적용되는지 변호사에게 물어보세요.
change-fed-plaza-tro-2025 = 연방 판사가 ICE에 26 Federal Plaza의 대기실을 개선하라고 명령했습니다. 충분한 공간, 깨끗한 침구, 위생용품, 변호사와의 비밀 통화입니다.
change-fed-plaza-pi-2025 = 법원의 명령은 계속됩니다. 26 Federal Plaza에 12시간 이상 붙잡혀 있는 사람은 공간, 깨끗한 침구, 음식, 약, 그리고 24시간 안에 변호사와의 무료 비밀 통화를 받아야 합니다.
change-doj-v-nyc-2025 = 미국 법무부가 뉴욕시의 피난처(sanctuary) 법을 무효로 하려고 뉴욕시를 고소했습니다. 이 법들을 무효로 한 판결은 찾지 못했습니다.
change-eo-50-voided-2025 = 뉴욕의 법원이 ICE가 라이커스 섬에 사무실을 열 수 있게 했을 시장의 명령을 무효로 했습니다.
change-safer-sanctuary-act-2026 = 시의회가 시장의 거부권을 넘어 Safer Sanctuary Act를 통과시켰습니다. 이제 시의 제한은 ICE만이 아니라 민사 이민 단속을 하는 모든 연방 요원에게 적용되고, 어떤 연방 이민 요원도 라이커스 같은 교도소 부지에 사무실을 둘 수 없습니다.
change-eo-13-2026 = 시장 행정명령 13호: 법이 요구하지 않는 한 시 기관은 연방 이민 당국에 정보를 줄 수 없고, 연방 요원은 시 주차장을 체포 준비나 처리에 쓸 수 없습니다. 모든 기관은 개인정보 책임자를 정하고 규칙을 점검합니다.
change-doc-audit-2026 = 교정국이 ICE 구금 요청(detainer)에 관한 법을 어떻게 지키는지 전면 감사를 받기로 했습니다.
change-nyag-reporting-form-2025 = 뉴욕주 법무장관실이 직접 본 이민 단속의 사진, 영상, 설명을 보낼 수 있는 온라인 양식을 열었습니다.
change-local-cops-local-crimes-2026 = 주지사가 지역 경찰과 ICE의 협약(287(g))을 끝내고, ICE가 지역 구치소를 쓰지 못하게 하며, 집을 포함한 민감한 장소에서는 판사의 영장을 요구하는 주법을 제안했습니다. 제안일 뿐 법이 아닙니다.
change-nyag-observers-2026 = 표시된 조끼를 입은 뉴욕주 법무장관실 직원들이 이제 연방 이민 단속을 지켜보고 기록합니다. 개입하지는 않습니다.
change-ny-budget-immigration-2026 = 주 하원이 ICE 협조를 제한하고, 권리를 침해한 연방 요원을 고소할 권리를 주는 예산 법안을 통과시켰습니다. 법이 되었는지는 확인되지 않았습니다.
change-locate-act-2026 = 의회의 한 법안은 ICE 구금자 검색 시스템을 12시간 안에 갱신하도록 요구합니다. 법이 아닙니다.
change-tps-haiti-syria-2026 = 대법원이 아이티와 시리아 출신에 대한 임시 보호 신분(TPS)을 정부가 끝낼 수 있게 했습니다. TPS가 있다면 선택지에 대해 변호사와 상의하세요.
