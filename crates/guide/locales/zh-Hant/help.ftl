### Amparo：可以打給誰（「取得協助」），以及法律有哪些變化。繁體中文。
### 機器輔助翻譯，尚未經母語人士審校。

## 「取得協助」頁面

help-title = 取得協助
help-intro = 紐約市的免費幫助。下面每個號碼和地址都在該機構自己的網頁或政府網頁上核對過，核對日期見各條。請您直接撥打：Amparo 不替任何人打電話，也不儲存任何資訊。
help-call = 撥打 { $phone }
help-website = 網站
help-email = 電子郵件
help-hours = 服務時間
help-languages = 語言：{ $list }
help-interpreters = 提供多種語言的口譯。
help-checked = 核對於 { $date }：{ $source }
help-block-title = 誰可以幫忙
help-all = 所有電話和幫助
help-door-line = 執法人員在您家門口，或有人被帶走？請撥打 { $phone }：會為您轉接能提供幫助的市政府部門。
help-card-line = 免費幫助：{ $phone }
help-changes-link = 法律有哪些變化（2025–2026）

## 「法律變化」頁面

changes-title = 法律有哪些變化
changes-intro = 2025 年和 2026 年法律變化很快。以下按時間從新到舊列出每項變化：可信程度如何，以及 Amparo 對此怎麼說。這是法律資訊，不是法律建議：您自己的情況請諮詢律師。
changes-effective = 自 { $date } 起生效。
changes-source = 來源
changes-case = 案件
changes-touches = Amparo 對此的說明
changes-status-settled = 已由官方來源確認。
changes-status-contested = 法院或政府機構對此意見不一。
changes-status-in-litigation = 法院仍在審理中。
changes-status-reported = 媒體有報道；尚未由官方來源確認。
changes-kind-statute = 聯邦法律
changes-kind-local-law = 市法律
changes-kind-state-law = 州法律
changes-kind-rule = 聯邦法規
changes-kind-court-order = 法院裁決
changes-kind-agency-memo = 政府機構備忘錄
changes-kind-agency-policy = 政府機構政策
changes-kind-executive-order = 行政令
changes-kind-lawsuit = 已提起訴訟
changes-kind-bill = 提案（不是法律）

## 可以打給誰：每個聯絡方式的用途

contact-nyc-311-for = 如果執法人員在您家門口，或有人被拘留，請撥打 311。會為您轉接能提供幫助的市政府部門，您也可以留言。
contact-moia-legal-hotline-for = 市政府免費、保密的移民法律幫助：初步評估，並轉介給免費律師。您也可以撥打 311，說 「immigration legal」。
contact-moia-legal-hotline-hours = 星期一至星期五，上午 9 點至下午 6 點。
contact-moia-legal-hotline-note = 錄音會先問您的語言；在服務時間內會有真人接聽。
contact-nys-new-americans-hotline-for = 紐約州免費、匿名的熱線：提供資訊，並轉介免費的移民律師，也包括被移民拘留的人。您也可以舉報移民欺詐。
contact-nys-new-americans-hotline-hours = 星期一至星期五，上午 8 點至晚上 8 點；星期六和星期日，上午 9 點至下午 5 點。
contact-nys-new-americans-hotline-note = 提供 200 多種語言。
contact-nyifup-legal-aid-for = 為被 ICE 拘留、移民法庭案件在紐約市的人，以及案件在紐澤西州的紐約市居民，提供免費律師。
contact-nyifup-legal-aid-note = Legal Aid 請家屬寫信到這個地址，聯絡其 NYIFUP 團隊。
contact-nyifup-bds-for = NYIFUP 的三家服務機構之一：為面臨驅逐出境、被拘留的紐約人提供免費律師。
contact-nyifup-bds-note = 這是 Brooklyn Defenders 總辦公室的電話。
contact-nyifup-bronx-defenders-for = NYIFUP 的三家服務機構之一：為面臨驅逐出境、被拘留的紐約人提供免費律師。
contact-nyifup-bronx-defenders-note = 在其自己的網頁上無法核實電話號碼：請使用網站。
contact-eoir-case-line-for = 移民法庭的自動查詢熱線：下一次聽證的日期和地點，以及法官的決定。輸入 9 位數的 A 號碼（8 位數的前面加 0）。可以用它查一查家裡有沒有人有驅逐令。
contact-eoir-case-line-hours = 全天 24 小時，每天。
contact-eoir-case-line-note = 沒有保釋或動議的資訊。快速遣返令可能查不到。
contact-ice-detainee-locator-for = 查詢被 ICE 拘留的人：用 A 號碼和出生國家查，或用完全準確的姓名和出生國家查。
contact-ice-detainee-locator-note = 這是 ICE 自己的網站。它不顯示 18 歲以下的人，已獲釋的人只顯示 60 天。姓名必須完全一致。新的逮捕或轉移可能過一段時間才顯示。
contact-nyag-reporting-form-for = 把您看到的移民執法行動的照片、影片或描述發給紐約州總檢察長辦公室。聯絡方式可以不填。
contact-nyag-reporting-form-note = 提交表格不等於起訴，該辦公室也不提供法律建議。您提交的內容可能用於公開報告或法庭。這個地址來自新聞報道和另一個專案的記錄；如果打不開，請前往 ag.ny.gov。

## 法律變化：每項變化一段摘要

change-er-designation-2025 = 自 2025 年 1 月 21 日起，執法人員可以在全國任何地方，對未經正式入境或未獲假釋（parole）、又無法證明在美國住滿兩年的人使用快速遣返（不經法官）。如果您害怕回國，請清楚地說出來。
change-er-parole-stay-2025 = 一家聯邦法院禁止 DHS 對在入境口岸以假釋身份進入美國的人使用快速遣返。案件仍在進行。
change-er-stay-2025 = 華盛頓特區的一位聯邦法官暫停了在全國使用快速遣返。這項暫停已於 2026 年結束。
change-er-stay-reversed-2026 = 華盛頓特區的上訴法院在 2026 年 6 月前後撤銷了這項暫停。快速遣返又可以在美國任何地方用於無法證明在此住滿兩年的人。
change-laken-riley-act-2025 = 一項新的聯邦法律：無證入境的人，如果因盜竊、商店偷竊、入室盜竊或襲擊執法人員被逮捕或起訴，ICE 必須拘留，不得保釋。僅被逮捕就足夠。
change-yajure-hurtado-2025 = 移民上訴委員會裁定，未經檢查入境的人不能在移民法官面前申請保釋聽證。律師現在向聯邦法院申請釋放（人身保護令）。並非所有聯邦法院都同意該委員會的看法。
change-bond-second-circuit-2026 = 負責紐約的聯邦上訴法院裁定：未經檢查入境、在美國境內被逮捕的人，可以向移民法官申請保釋。最高法院已於 2026 年 10 月同意審理這一問題：請向律師確認目前適用的規定。
change-registration-rule-2025 = 自 2025 年 4 月 11 日起，從未向政府登記過的人必須登記（G-325R 表格）並隨身攜帶證明。許多文件已經算數，例如工作許可、I-94 或出庭通知（Notice to Appear）。在登記之前，或決定不登記之前，請先和律師談談。
change-registration-stay-denied-2025 = 一位聯邦法官拒絕阻止登記規定。起訴的團體沒有證明自己有資格起訴；法官沒有判斷該規定是否合法。
change-protected-areas-rescinded-2025 = 聯邦政府結束了讓移民執法人員遠離學校、醫院和宗教場所的政策。紐約市的規定仍然限制誰可以讓執法人員進入市政府建築的非公開區域。
change-ice-memo-i205-2025 = 一份在 2026 年 1 月公開的 ICE 秘密備忘錄告訴執法人員：ICE 的遣返令（I-205 表格）雖然沒有法官簽名，卻可以讓他們強行進入有最終驅逐令的人的住宅。目前法院正被要求判斷這是否合法。
change-gibson-ruling-2026 = 明尼蘇達州的一位聯邦法官裁定，只憑 I-205 強行進入一名男子住宅的 ICE 人員違反了憲法。該裁決只涉及這一個案件。
change-i205-suit-2026 = 麻薩諸塞州的團體提起訴訟，要求禁止 ICE 依據這份備忘錄在沒有法官令狀的情況下進入住宅。
change-ice-courthouse-guidance-2025 = ICE 釋出的指引導致在法院內外的逮捕增多。
change-poca-suit-2025 = 美國司法部起訴紐約州，要求廢除保護前往紐約法院的人免遭民事逮捕的州法律。
change-court-arrests-ruling-2025 = 曼哈頓的一位聯邦法官拒絕阻止 ICE 在紐約市移民法庭的逮捕。請繼續出席聽證，儘量帶律師一起去。
change-poca-upheld-2025 = 一家聯邦法院維持了紐約州的《保護我們的法院法》（Protect Our Courts Act）：沒有法官簽發的令狀或命令，不得在紐約州法院進行民事移民逮捕。該法不包括聯邦移民法庭。
change-court-arrests-stayed-2026 = 曼哈頓的一位聯邦法官暫停了 ICE 在 26 Federal Plaza、201 Varick Street 和 290 Broadway 的移民法庭內外的例行逮捕，特殊情況除外。出庭前請向律師確認目前的規定。
change-court-arrests-nationwide-2026 = 加利福尼亞州的一位聯邦法官命令 ICE 停止在全國移民法庭的逮捕。這可能被上訴：請向律師確認您出庭當天適用的規定。
change-fed-plaza-tro-2025 = 一位聯邦法官命令 ICE 改善 26 Federal Plaza 的臨時羈押室：足夠的空間、乾淨的鋪蓋、衛生用品，以及與律師的保密通話。
change-fed-plaza-pi-2025 = 法院的命令繼續有效：在 26 Federal Plaza 被關押 12 小時或以上的人，必須有空間、乾淨的鋪蓋、食物、藥品，並在 24 小時內獲得一次免費、保密的律師通話。
change-doj-v-nyc-2025 = 美國司法部起訴紐約市，要求廢除其庇護城市法律。沒有找到廢除這些法律的裁決。
change-eo-50-voided-2025 = 紐約的一家法院宣佈市長的一項命令無效；該命令原本會允許 ICE 在 Rikers 島設立辦公室。
change-safer-sanctuary-act-2026 = 市議會推翻市長的否決，通過了《更安全庇護法》（Safer Sanctuary Act）：市裡的限制現在適用於任何從事民事移民執法的聯邦人員，而不只是 ICE；任何聯邦移民人員都不得在 Rikers 等監獄用地上設立辦公室。
change-eo-13-2026 = 市長第 13 號行政令：除非法律要求，市政府機構不得向聯邦移民當局提供資訊；聯邦人員不得使用市政府的停車場來集結或處理逮捕。每個機構都要指定隱私負責人並檢查自己的規定。
change-doc-audit-2026 = 懲教局同意對其遵守 ICE 拘留請求（detainer）相關法律的情況進行全面審計。
change-nyag-reporting-form-2025 = 紐約州總檢察長開通了線上表格，您可以傳送所看到的移民執法行動的照片、影片或描述。
change-local-cops-local-crimes-2026 = 州長提出一項州法律草案：結束地方警察與 ICE 的合作協議（287(g)），不讓 ICE 使用地方監獄，並在敏感場所（包括住宅）要求有法官簽發的令狀。這只是提案，不是法律。
change-nyag-observers-2026 = 紐約州總檢察長辦公室的工作人員現在穿著有標識的背心，觀察並記錄聯邦移民執法行動，但不干預。
change-ny-budget-immigration-2026 = 州眾議會通過了一項預算法案，其中限制協助 ICE，並允許起訴侵犯您權利的聯邦人員。該法案是否已成為法律尚未得到確認。
change-locate-act-2026 = 國會的一項法案將要求 ICE 的被拘留者查詢系統在 12 小時內更新。它不是法律。
change-tps-haiti-syria-2026 = 最高法院允許政府終止海地和敘利亞人的臨時保護身份（TPS）。如果您有 TPS，請和律師談談您的選擇。
