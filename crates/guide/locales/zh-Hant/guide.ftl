### Amparo 權利指南：繁體中文。
### 機器輔助翻譯，尚未經母語人士審校。

## 語言和介面

language-name = 繁體中文
guide-title = 了解您的權利
guide-subtitle = 如果移民執法人員（ICE）來了：紐約市
key-points-heading = 最重要的 10 點
scenarios-heading = 情況
say-label = 可以這樣說
say-english-label = 英文
dont-label = 注意
sources-label = 法律依據
legal-status-settled = 這一點沒有爭議。
legal-status-contested = 法院或政府機構對此看法不一。
legal-status-in-litigation = 法院仍在審理這個問題。
legal-status-reported = 據媒體報道；尚未在官方文本中得到證實。
legal-status-case = 案件
reviewed = 最近審核：{ $date }
points-count = { $count } 條
disclaimer = 這是法律資訊，不是法律意見。法律和政策會改變。如需針對您個人情況的建議，請諮詢律師或法律援助機構。
status-source = 原文。
status-machine-assisted = 機器輔助翻譯，尚未經母語人士審校。
status-reviewed = 譯文已經母語人士審校。
translation-stale = 此譯文正在更新。英文原文現在是：
translation-shares = { $current }% 為最新 · { $reviewed }% 經人工審閱
door-card-title = 如果執法人員來到您家門口
door-card-back-title = 致執法人員
door-card-check-title = 如何檢查搜查令或逮捕令

## 十個要點

kp-judicial-warrant = 未經許可進入住宅，或進入工作場所的非公開區域，執法人員需要有法官簽署的令狀。由 ICE 官員簽署的 ICE 文件（例如 I-200 或 I-205 表格）不是法官的令狀。
kp-judicial-warrant-say = 請把令狀從門下塞進來。
kp-agents-may-lie = 法律允許執法人員說謊。他們可能自稱是本地警察，說在找別人，或說只是想談談。請問清楚他們是誰、在哪個機構工作。如果他們說有令狀，請要求看令狀。
kp-agents-may-lie-say = 你們是誰？你們是哪個機構的？
kp-remain-silent = 您有權保持沉默。您不必說出自己在哪裡出生、怎樣來到美國，或您的移民身分是什麼。但是，如果您害怕回到自己的國家，請清楚地說出來，能用英語最好：「I am afraid to return to my country.」（我害怕回到我的國家。）對這種恐懼保持沉默，可能導致您在沒有法官的情況下被快速遣返。
kp-remain-silent-say = 我行使保持沉默的權利。
kp-free-to-go = 問一句：「我可以走了嗎？」如果回答是可以，就平靜地離開。如果回答是不可以，就留在原地，保持沉默。
kp-free-to-go-say = 我可以走了嗎？
kp-film = 您可以在公共場所拍攝或錄下執法人員，只要不妨礙他們執行公務。請保持安全距離。
kp-stay-calm = 保持冷靜。把雙手放在執法人員看得見的地方。
kp-do-not-run = 不要跑。逃跑可能被當作攔截或逮捕您的理由。
kp-do-not-resist = 不要反抗，即使您認為執法人員違法。不要推撞或觸碰執法人員。說明您不同意，事後再找律師。
kp-do-not-resist-say = 我不同意。
kp-do-not-lie = 不要說謊，也不要出示假證件。如果您不是美國公民，絕不要說自己是：這是犯罪，並可能使您永遠無法獲得合法身分。如果您不想回答，就保持沉默。
kp-do-not-obstruct = 不要阻擋執法人員或擋他們的路，即使是為了幫助別人；也不要把任何人藏起來不讓他們找到。您可以在安全距離外觀察、錄影，並告訴別人他們的權利。

## 情況：在家

home-title = 在家：執法人員在門口
home-intro = ICE 常常在清晨上門。您不必開門。隔著關好的門說話。
home-door-heading = 如果執法人員敲門
home-dont-open = 不要開門。您可以隔著門或窗戶說話。如果您開了門，執法人員可能會進來，或事後說是您讓他們進來的。
home-dont-open-say = 我不同意你們進入。
home-ask-warrant = 問他們有沒有法官簽署的令狀。請他們把令狀從門下塞進來，或貼在窗戶上給您看。您不必開門就能看到。
home-ask-warrant-say = 請把令狀從門下塞進來。
home-check-warrant = 檢視文件是由誰簽發、由誰簽署的。法官的令狀來自法院（例如「United States District Court」或紐約州法院），並由法官簽署。I-200、I-205 或 I-247A 等 ICE 表格由移民官員簽署，不是法官。真正的法院令狀可能寫明 ICE 或國土安全部是申請令狀的機構：僅憑這一點並不能說明它是 ICE 表格。在這方面，移民法官不演算法院的法官。
home-check-warrant-dont = 不要只因為文件上寫著「Warrant」（令狀）就開門。
home-warrant-scope = 法官簽發的逮捕令，允許執法人員在有理由相信被點名的人在屋內時，進入這個人自己的住所。要進入其他人的住所，他們需要搜查令。搜查令只允許在令狀寫明的日期和時間內，搜查令狀寫明的地方。
home-i205 = ICE 稱，由 ICE 官員而非法官簽署的遞解令（I-205 表格），允許其人員強行進入已有最終遞解令者的住宅。這來自一份 2025 年 5 月的內部備忘錄，於 2026 年 1 月被公開。明尼蘇達州的一名聯邦法官裁定其中一次這樣的進入違憲，這份備忘錄也正在法院受到挑戰。不要開門，並說明您不同意。如果他們強行進入，不要反抗。
home-i205-dont = 不要試圖用力把門頂住，也不要阻擋執法人員。
home-final-order = 現在就弄清楚您家裡是否有人有遞解令，哪怕是很久以前因為沒去出庭而下的。移民法庭的自動電話熱線可以告訴您（見「獲取幫助」），或者詢問律師。
home-inside-heading = 如果執法人員進了屋
home-exceptions = 有少數例外，例如真正的緊急情況。如果執法人員還是進來了，不要反抗。把發生的事情記下來，並告訴律師。法院以後可能會審查這次進入，但非法進入本身並不會結束遞解案件。
home-no-search = 清楚地說您不同意搜查。不要反抗，也不要阻擋他們。
home-no-search-say = 我不同意搜查。
home-watch = 注意並記住：姓名、警徽號碼、所屬機構、他們搜查了什麼、拿走了什麼。盡快寫下來。
home-sign-nothing = 在諮詢律師之前，什麼都不要簽。
home-sign-nothing-say = 沒有律師，我什麼都不簽。

## 情況：在街上

street-title = 在街上或地鐵裡
street-intro = 執法人員可能在公共場所攔下您。保持冷靜，了解您可以說什麼。
street-stopped-heading = 如果執法人員攔下您
street-carry-papers = 如果您年滿 18 歲，聯邦法律要求您隨身攜帶移民登記證明，例如綠卡、工作許可（EAD）或您的 I-94 記錄。不隨身攜帶屬於輕罪（罰款並可判最多 30 天監禁）。如果您帶著，可以出示。
street-carry-papers-dont = 絕不要攜帶或出示假證件或別人的證件。其他國家的證件會顯示您的國籍：只帶您需要的證件。
silent-name = 如果您不想回答某個問題，寧可什麼都不說，也不要說假話。在紐約，向警察報假名字是犯罪；對聯邦執法人員說謊是聯邦罪行。
silent-visa = 如果您持簽證在美國（例如學生或工作簽證），拒絕向移民官員提供他們要求的資訊，可能讓您失去身分。請問律師哪些問題您必須回答。
registration-rule = 自 2025 年 4 月起，年滿 14 歲、從未向美國政府登記過的人必須登記（G-325R 表格），年滿 18 歲還須隨身攜帶登記證明。登記會讓 ICE 得到您的姓名和地址；不登記可能構成犯罪。無論決定登記還是不登記，請先諮詢律師。
street-no-search = 如果執法人員認為您帶有武器，可以隔著衣服對您拍身檢查。您不必同意對您身體、包包或手機的其他搜查。要說清楚，但不要反抗。
street-no-search-say = 我不同意搜查。
street-arrest-heading = 如果您被逮捕
street-arrest = 執法人員逮捕您時，在安全時必須盡快說明他們是移民執法人員，以及逮捕您的原因。保持沉默，要求見律師。
street-arrest-say = 我要和律師談。

## 情況：在車裡

car-title = 在車裡
car-intro = 警察和聯邦執法人員可以攔車。司機和乘客都有權利。
car-stop-heading = 如果您被攔下
car-pull-over = 如果您在開車，執法人員示意您停車，請安全靠邊停車。熄火，打開車內燈，雙手放在方向盤上。
car-pull-over-dont = 不要開車離開，也不要試圖逃走。在紐約，開車逃避警察是犯罪，而且按市政府的移民規定可能算作嚴重罪行。
car-driver-papers = 如果您在開車，警察要求時，您必須出示駕照、車輛登記和保險證明。出示這些並不意味著您必須回答其他問題。
car-passengers = 乘客同樣有權保持沉默。乘客可以問自己是否可以離開。
car-passengers-say = 我可以走了嗎？
car-no-search = 您不必同意搜查車輛。要說清楚，但不要用身體阻止他們。
car-no-search-say = 我不同意搜查。
car-border = 在邊境和海岸附近（紐約市就在這個區域內），聯邦法律賦予移民官員更大的攔車權力。您仍然可以說您不同意搜查，並保持沉默。
car-dmv-heading = 您在 DMV 的記錄
car-green-light = 紐約州 DMV 沒有法官令狀或法院命令，不會把記錄交給移民機構，並且在他們索取時會通知您（《綠燈法》）。聯邦政府正在法院挑戰這項法律；它目前仍然有效。

## 情況：在工作場所

work-title = 在工作場所
work-intro = 執法人員可能來到工作場所。他們能做什麼，取決於該區域是否對公眾開放。
work-areas-heading = 公開區域和非公開區域
work-public-areas = 執法人員可以不用令狀進入對公眾開放的區域，例如商店的營業區或餐廳的用餐區。
work-private-areas = 要進入非公開區域，例如不對公眾開放的辦公室、廚房或倉庫，執法人員需要令狀或業主、經理的同意。業主或經理可以拒絕，可以這樣說：
work-private-areas-say = 我不同意你們進入非公開區域。
work-raid-heading = 突擊搜查時
work-raid = 執法人員可能向所有人提問。被問話不等於被逮捕。您可以保持沉默，並問自己是否可以離開。

## 情況：去法院

court-title = 去法院
court-intro = 紐約州法律保護去紐約州法院的人免遭民事逮捕。移民法庭由聯邦政府管理，情況不同。
court-ny-heading = 紐約州法院
court-protected = 如果您作為當事人或證人，或作為當事人、證人的家人或同住者，去紐約州法院出庭、在法院裡或離開法院，紐約州法律禁止對您進行民事逮捕，包括 ICE 因民事移民事項的逮捕，除非法官為此簽署了令狀或命令。2025 年一家聯邦法院維持了這項法律。如果執法人員仍然抓人，不要反抗：補救在事後進行。
court-remedy = 違反這項法律逮捕他人屬於藐視法庭。當事人和紐約州總檢察長都可以向法院申請制止。如果這種事發生在您或您認識的人身上，請告訴律師。
court-immigration-heading = 移民法庭
court-immigration = 移民法庭，例如位於 26 Federal Plaza、290 Broadway 和 201 Varick Street 的法庭，不是紐約州法院：它們屬於美國司法部，紐約州關於法院周邊逮捕的法律不適用於它們。開庭前請諮詢律師。
court-do-not-miss = 不要錯過移民法庭的聽證。如果您不去，法官可以在您缺席的情況下下令將您遣返。

## Scenario: immigration court and ICE check-ins

icourt-title = 移民法庭和 ICE 報到
icourt-intro = 繼續按時出庭和去 ICE 報到。為那一天做好準備，並知道該說什麼。
icourt-before-heading = 在那一天之前
court-lawyer = 儘量請律師陪同。您的律師會提交 G-28 表格，讓法院和 ICE 與律師聯絡。免費法律幫助見「獲取幫助」。
court-plan = 為那一天做好計畫：如果您被拘留，打電話給誰、誰去接孩子、您的證件放在哪裡。帶證件影本，不要帶原件，並把計畫交給您信任的人。
court-proof = 如果您在美國已住了兩年以上，請帶上能證明這一點的文件影本，例如租約、工資單、報稅表、賬單、學校或醫療記錄。如果您來這裡不到兩年，請和有穩定移民身分的人一起去。
icourt-room-heading = 在法庭上
court-oppose-dismissal = 如果政府律師請求法官撤銷（結束）您的案件，這可能是為了逮捕您並在沒有法官的情況下快速遣返您。請告訴法官您反對撤銷，並請求給您時間找律師。如果法官仍然撤銷案件，就說您要上訴。
court-oppose-dismissal-say = 我反對撤銷案件。我請求給我時間找律師。
icourt-arrests-heading = 在法庭的逮捕
court-arrests-order = 自 2026 年 5 月起，一項聯邦法院命令把 ICE 在紐約市移民法庭（26 Federal Plaza、290 Broadway 和 201 Varick Street）的逮捕限制在例外情況，例如安全威脅。這項命令在上訴中仍可能改變，而且並不禁止在法庭以外的地方逮捕。
icourt-checkin-heading = ICE 報到
checkin-risk = 去 ICE 報到有風險：有人在報到時被拘留，包括在 26 Federal Plaza。報到前請諮詢律師，沒有法律意見不要缺席，並在那天準備好您的計畫。

## 情況：在學校

school-title = 在學校和托兒所
school-intro = 每個孩子都可以上公立學校。提前做好計畫，確保您無法接孩子時他們也安全。
school-heading = 您孩子的權利
school-right-to-attend = 在紐約，每個孩子都可以上公立學校，無論孩子或父母的移民身分如何。
school-city-property = 聯邦政策不再讓 ICE 遠離學校（自 2025 年 1 月起）。紐約市公立學校有自己的規定：工作人員不可以讓移民執法人員進入。他們會打電話給學校系統的律師，執法人員在外面等候，直到任何令狀被核查完畢。請問孩子的學校有什麼計畫。
school-plan-heading = 提前計畫
school-pickup = 給學校一份最新的可信成年人名單，讓他們可以接您的孩子（緊急聯絡人卡）。紐約州也允許家長簽署文件，讓一位可信任的成年人照顧孩子：見「制定家庭計畫」。

## Scenario: hospitals and places of worship

places-title = 醫院和宗教場所
places-intro = 聯邦規定不再讓 ICE 遠離這些地方。照常看病、參加宗教活動，並瞭解哪些規定仍然有效。
places-heading = 仍然有效的規定
places-federal-rollback = 自 2025 年 1 月起，聯邦政策不再讓 ICE 遠離醫院、學校或宗教場所。執法人員要進入不對公眾開放的區域，仍然需要法官的令狀或負責人的同意。
places-hospital = 需要醫療時請去就醫。紐約市公立醫院（NYC Health + Hospitals）要求工作人員向執法人員索取法官令狀，並在執法人員進入公共區域以外的地方之前，打電話給醫院的法律部門。私立醫院有自己的規定。
places-worship = 宗教場所是私人財產。執法人員可以進入對所有人開放的區域，例如公開的宗教活動，但要進入非公開區域，需要法官的令狀或負責人的同意。
places-state-law = 2026 年，紐約州議員推動規定：沒有法官令狀，住宅、學校、醫院和宗教場所不得進行民事移民執法，並允許人們在州法院起訴聯邦官員。這是否已成為法律，目前無法證實。

## 情況：市政服務

city-title = 市政府機構和收容所
city-intro = 紐約市限制本市機構協助移民執法。您可以使用市政服務。
city-heading = 市法律的規定
city-confidential = 市政工作人員只有在需要判斷您是否有資格獲得某項服務，或法律要求時，才會詢問移民身分。他們必須對此保密。
city-police-victims = 紐約市警察局（NYPD）的警察不會詢問犯罪受害者、證人或求助者的移民身分。
city-non-public = 在市政府辦公室，以及提供市政府外包服務的地方（例如許多收容所），沒有法官的令狀，工作人員不可以讓 ICE 或其他非本市警察進入非公開區域。市法律列出了一些例外，例如緊急情況。這項規定約束的是市政府工作人員，不約束 ICE。
city-no-resources = 市政府機構不可以把員工、時間或建築用於移民執法，也不可以把市政府人員交給聯邦移民部門指揮（即所謂的 287(g) 協議）。
city-eo13 = 自 2026 年 2 月起，一項市長命令（第 13 號行政令）規定：除非法律要求，市政府機構不可以把為市政目的收集的資訊提供給聯邦移民當局，也不可以讓聯邦執法人員把市政府停車場當作集結地點。
city-safer-sanctuary = 2026年1月，市議會推翻市長的否決，通過了一項法律（Safer Sanctuary Act），禁止ICE在市監獄（例如賴克斯島）設立辦公室。該法律的最終文本未能核實。
city-jail = 如果您被 NYPD 羈押或關在市監獄，市法律只允許在以下情況為 ICE 扣留您或把您的釋放時間告訴 ICE：ICE 出示由聯邦法官簽署的令狀，並且您在過去五年內（服刑時間不計）因某些嚴重罪行被定罪，或可能在恐怖主義監控名單上。市法律也提到在少數情況下 NYPD 可以無令狀短暫扣留，但紐約州法院已裁定，地方官員不能憑自己的權力為 ICE 扣留任何人。緩刑部門也遵守類似規定。如果到了釋放時間還扣著您，請告訴律師。
city-limits-heading = 這些法律的侷限
city-no-private-suit = 這些市法律不給您在法律被違反時起訴市政府的權利。可能還有其他索賠途徑，例如您在該釋放時仍被扣留。一項允許人們起訴的市議會法案（NYC Trust Act）在上次核查時仍未通過。請告訴律師或法律援助機構。

## 情況：如果您被拘留

detained-title = 如果您被拘留或逮捕
detained-intro = 如果執法人員逮捕了您，保持冷靜。您說的話和簽的文件都很重要。
detained-heading = 保護自己
detained-fear = 如果您害怕回到自己的國家，請儘早清楚地說出來，每次被問到都要說。請求一次關於您恐懼的面談（「可信恐懼」面談，credible fear）。這可以阻止在沒有法官的情況下被快速遣返。
detained-fear-say = 我害怕回到我的國家。
detained-expedited = 自 2025 年起，ICE 在美國各地對未經入境許可進入、且無法證明已在美國住滿兩年的人使用「快速遣返」（expedited removal），即不經法官的遣返。一家法院在 2025 年 8 月暫停了這項做法；一家上訴法院在 2026 年允許其恢復，案件仍在進行。如果您在這裡已住了兩年或更久，請說出來，並請家人把您的證明帶來。
detained-lawyer = 要求見律師。您有權請律師，但在移民案件中政府不支付律師費。請索取免費法律服務名單。
detained-lawyer-say = 我要和律師談。
detained-sign = 不要簽任何您看不懂的文件，特別是關於「自願離境」（voluntary departure）或「約定遣返」（stipulated removal）的文件。簽字可能意味著放棄見法官的權利，並同意離開美國。
detained-sign-say = 沒有律師，我什麼都不簽。
detained-consulate = 您可以要求 ICE 通知您本國的領事館您被拘留，也可以選擇不通知。但對某些國家，即使您不願意，ICE 也必須通知領事館：例如中國（包括香港和澳門，但不包括台灣護照）、俄羅斯、烏克蘭、白俄羅斯、烏茲別克、波蘭、牙買加、蓋亞那、千里達及托巴哥、奈及利亞、迦納、菲律賓、阿爾及利亞、突尼西亞、科威特和哥斯大黎加。如果您害怕本國政府，請馬上告訴律師。
detained-phone = 記住一位家人和一位律師的電話號碼。執法人員逮捕您時可能拿走您的手機；要檢視手機裡的內容，他們通常需要令狀。
detained-release-heading = 出來：保釋和人身保護令
detained-bond = 向律師詢問保釋：在案件進行期間交錢獲釋。2025 年，移民上訴委員會說，未經檢查入境的人不能從移民法官那裡獲得保釋。2026 年 4 月，管轄紐約的聯邦上訴法院裁定，在美國境內被捕的人仍可以申請保釋聽證；最高法院已同意對這個問題作出裁決。
detained-habeas = 律師也可以請求聯邦法院下令釋放您（「人身保護令」申請，habeas）。申請要在您被關押的地方提出，所以應儘快提出，趕在您被轉移出紐約之前。
detained-fed-plaza-heading = 如果您被關在 26 Federal Plaza
detained-fed-plaza = 一家聯邦法院命令 ICE：在 26 Federal Plaza 被關押 12 小時或以上的人，每人至少有 50 平方英尺（約 4.6 平方米）的空間、乾淨的睡墊、肥皂和其他衛生用品、飯食、所需藥物，並在 24 小時內可以免費、私密地給律師打電話。如果沒有做到，請告訴律師。
detained-city-heading = 在 NYPD 羈押或市監獄中

## Scenario: arrested in a criminal case

criminal-title = 在刑事案件中被警察逮捕
criminal-intro = 任何逮捕都可能傳到移民當局。從一開始就保護好您的移民案件。
criminal-heading = 需要知道的事
criminal-fingerprints = NYPD 每次逮捕都會把您的指紋發給 FBI，FBI 再與國土安全部共享。ICE 可能得知任何一次逮捕，即使最後沒有被定罪。
criminal-tell-lawyer = 告訴您的辯護律師您不是美國公民。在對任何事情認罪之前，即使是小的違法行為，也要先弄清楚它對您的移民案件意味著什麼：您的律師必須告訴您認罪是否有被遞解的風險。
criminal-laken-riley = 2025 年的一項聯邦法律（《萊肯·萊利法》）規定，未經入境許可進入的人，只要被指控或因盜竊、商店行竊、入室盜竊或襲警被逮捕，即使沒有定罪，ICE 也必須拘留。

## Scenario: visas, airports and travel

travel-title = 簽證、機場和旅行
travel-intro = 如果您持有簽證，以及在旅行時，有些規定不一樣。
travel-heading = 不同之處
travel-border = 在機場和邊境口岸，當您從國外入境時，官員可以在沒有令狀的情況下詢問您，並檢查您的行李和手機。如果您的身分不穩定，出國前請先諮詢律師。

## 情況：拍攝

filming-title = 拍攝和錄音
filming-intro = 在紐約，只要不妨礙執法，您有權拍攝警察和其他執法人員。
filming-heading = 您的拍攝權
filming-right = 紐約州法律給予您在您未被逮捕時，用影片、照片、錄音或書面筆記記錄執法人員工作的權利，並保留您的記錄和手機。這明確適用於 NYPD。對於 ICE 等聯邦執法人員，在公共場所拍攝受到廣泛保護，但管轄紐約的上訴法院還沒有就此直接作出裁決。
filming-distance = 保持安全距離。不要觸碰執法人員，不要擋住他們的路。如果他們要求，就後退。拍攝權不允許用身體妨礙執法。
filming-what = 拍下警徽、制服、車輛、車牌和發生的事情。大聲說出日期、時間和地點。
filming-places = 移民法庭的聽證不允許錄音錄影，聯邦大樓內部也限制拍攝。請在外面的公共場所拍攝。
filming-interfered = 如果警察阻止您錄影，或拿走、弄壞您的手機，紐約州法律可能讓您可以起訴。起訴聯邦執法人員要難得多。請告訴律師；您也可以向紐約州總檢察長舉報（見「獲取幫助」）。
filming-care-heading = 注意
filming-share = 發布前要想一想：影片可能拍到被捕者的臉。先把影片交給他們的家人或律師。
filming-no-doxxing = 不要公佈執法人員的住址或其他私人資訊：為威脅或恐嚇而公佈這些資訊是聯邦罪行。

## 情況：做好準備

prepare-title = 制定家庭計畫
prepare-intro = 今天做好計畫，明天家人更安全。
prepare-plan-heading = 您的計畫
prepare-children = 決定如果您被拘留，誰來照顧您的孩子。家長可以簽署一份表格，讓一位可信任的成年人在最長 12 個月內為孩子做學校和醫療方面的決定。超過 30 天的須經公證；如果家長去世或喪失行為能力，它就失效。它不會轉讓監護權。
prepare-standby = 家長也可以在兩名證人面前指定一名備用監護人（standby guardian），在移民逮捕、拘留或遣返後照顧孩子 60 天，之後須向遺囑認證法院（Surrogate's Court）申請。律師或法律援助團體可以幫您選擇。
prepare-numbers = 背下一位家人以及一位律師或法律援助機構的電話號碼。確保家人也知道這些號碼。
prepare-documents = 把重要文件（出生證明、護照、移民和法庭文件）放在一個可信任的人能拿到的安全地方，並保留影本。如果您年滿 18 歲，請隨身攜帶登記證明，例如綠卡、工作許可或 I-94：這是法律要求。
prepare-two-years = 收集能證明您已在美國住了兩年或更久的文件，最好每個月都有：租約、工資單、報稅表、水電賬單、銀行、醫療和學校記錄。把影本放在家人能很快拿到的地方：如果您被拘留，他們可以交給您的律師。
prepare-address = 如果您搬家，請在 10 天內通知國土安全部（AR-11 表格）；如果您有案件，也要通知移民法庭（EOIR-33 表格）。開庭通知會寄到記錄中的最新地址。
prepare-card = 隨身帶一張權利卡。您可以把卡交給執法人員，而不必開口說話。

## 情況：事後

after-title = 遭遇執法之後
after-intro = 您現在寫下的內容，以後能幫助律師。
after-heading = 接下來怎麼做
after-write = 盡快寫下發生的事情：日期、時間和地點；姓名和警徽號碼；所屬機構；車輛和車牌；說了什麼、做了什麼；以及證人的姓名和電話。
after-lawyer = 諮詢律師或法律援助機構。在此之前什麼都不要簽。
after-court-arrest = 如果有人在前往、身在或離開紐約州法院時被逮捕，請告訴律師：紐約州法律可能讓他們有權索賠。
after-recording = 把影片和照片的副本存放在安全的地方，並在別處再存一份。紐約州法律規定您可以保留自己的記錄。如果執法人員拿走了它，請告訴律師。
after-report = 您可以向紐約州總檢察長舉報聯邦執法人員的行為，如果有照片或影片也可以一起提交（見「獲取幫助」）。

## 門卡：正面（持卡人的語言）

card-dont-open = 不要開門。
card-ask-warrant = 要求出示法官簽署的令狀。請他們把令狀從門下塞進來。
card-silent = 您有權保持沉默。如果您害怕回到自己的國家，請說出來。
card-no-sign = 沒有律師，什麼都不要簽。
card-calm = 保持冷靜。不要跑，不要反抗，不要說謊。
card-show = 隔著窗戶或從門下出示這張卡的背面。不要為了出示而開門。

## 門卡：背面（用英文讀給執法人員聽；以下是譯文）

card-back-silent = 我行使保持沉默的權利。
card-back-no-search = 我不同意搜查。
card-back-no-entry = 我不同意你們進入。
card-back-no-sign = 沒有律師，我什麼都不簽。
card-back-slide-warrant = 請把任何令狀從門下塞進來。

## 令狀檢查：建議

advice-door-keep-closed = 把門關好。您不必開門就能和執法人員說話或查看文件。
advice-door-ask-slide-paper = 請他們把文件從門下塞進來，或貼在窗戶上給您看。
advice-say-no-consent = 說：「I do not consent to your entry」（我不同意你們進入）。
advice-stay-silent = 您有權保持沉默。您可以說：「I am exercising my right to remain silent」（我行使保持沉默的權利）。如果您害怕回到自己的國家，請說出來。
advice-do-not-resist = 即使他們進來了，也不要反抗。不要跑。保持冷靜。
advice-write-down = 寫下姓名、警徽號碼、所屬機構、時間、發生了什麼以及證人的姓名。
advice-call-lawyer = 打電話給律師或法律援助熱線。沒有律師，什麼都不要簽。
advice-admin-warrant-no-entry = 僅憑這份文件，執法人員不能在未經您同意的情況下進入您的住所。
advice-judicial-arrest-warrant-limited = 法官簽發的逮捕令，可能允許執法人員在有理由相信被點名的人在屋內時，進入這個人自己的住所。它不允許進入其他人的住所：那需要搜查令。
advice-search-warrant-check-scope = 搜查令允許在令狀寫明的日期和時間內，搜查令狀寫明的地方。
advice-i205-contested = ICE 聲稱，遞解令（I-205 表格）允許其強行進入有最終遞解令的人的住宅。法院尚未對此作出定論，已有一名聯邦法官認定這樣的進入違憲。不要同意，也不要進行身體反抗。
advice-check-signed-by-judge = 檢查是誰簽的字：必須是法院的法官，不能是移民官員，也不能是移民法官。
advice-check-name-address = 檢查令狀上的人名是否正確、地址是否和您的地址完全一致。
advice-check-dates = 檢查日期。聯邦搜查令必須在 { $federal-days } 天內執行，紐約州的搜查令必須在 { $state-days } 天內執行，並且除非令狀另有規定，只能在白天執行。
advice-unknown-what-to-look-for = Amparo 無法判斷這是什麼文件。請看是誰簽發、誰簽署的：頂部是否有法院名稱，簽名下方是否有法官職銜。ICE 表格（I-200、I-205、I-247A）由移民官員簽署。法院令狀可能寫明 ICE 或 DHS 是申請該令狀的機構；僅憑這一點，它並不是 ICE 的表格。
advice-not-named-person = 這份文件上的名字似乎不是您。
advice-not-this-address = 這份令狀似乎沒有寫明這個地址。搜查令只允許搜查其中描述的地點。如果執法人員仍然進入，不要反抗：之後由法院判斷是否合法。
advice-expired = 這份令狀的最後使用日期似乎已過。它現在可能不再允許搜查，但不要反抗：由法院決定。
advice-outside-hours = 這份令狀似乎不允許在這個時間搜查。它現在可能不允許搜查，但不要反抗：由法院決定。
advice-detainer-not-for-entry = ICE 羈押請求（I-247A 表格）是向監獄或警察提出的請求。它不賦予任何進入住宅的權力。
advice-application-not-a-warrant = 這是一份搜查令申請（AO 106）：執法人員向法官提出的宣誓請求。它不是令狀，即使有法官簽名，也不允許任何人進入。請他們把令狀本身從門下塞進來。
advice-named-person-lives-here = 法官簽發的逮捕令允許執法人員進入其中所列之人居住的住宅，前提是他們有理由相信此人在裡面。如果此人不住在這裡，他們需要搜查令才能進入。您可以隔著關著的門這樣告訴他們。
advice-court-decides = 這份令狀由法官簽署。即使它看起來已過期、超出允許的時間或寫的是別的地址，也不要反抗：文件可能被讀錯了，只有法院才能決定它是否允許他們進入。說明您不同意，並告訴律師。
advice-check-removal-order = 要了解家中是否有人有遞解令，請用其 A 號碼撥打移民法院的自動電話 1-800-898-7180（英語和西班牙語，晝夜可用）。它不會顯示所有命令，例如在邊境的遞解，所以也請諮詢律師。

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = 最頂部印的是什麼？
check-q-heading-hint = 法院或機構的名稱，通常是大寫字母。
check-q-title = 大字標題是什麼？
check-q-form = 角落裡有表格編號嗎？
check-q-form-hint = 通常在左下角，例如 I-200 或 AO 442。
check-q-signer = 簽名下方印的是什麼職銜？
check-q-signer-hint = 在簽名線下方所印姓名的旁邊或下面。
check-q-name = 上面寫的是誰的名字？
check-q-address = 上面寫的是哪個地址？
check-q-dates = 上面印的日期（如果看得到）
check-q-issued = 簽發或簽署日期
check-q-execute-by = 「Execute on or before」（最遲執行）日期
check-q-signed = 有簽名嗎？
check-other = 其他：
check-cannot-read = 我看不清
check-none = 沒有
check-yes = 有
check-no = 沒有
check-not-sure = 看不出來
check-name-mine = 我的名字
check-name-other = 別人的名字
check-address-here = 這個地址
check-address-other = 別的地址
check-gloss-federal-court = 聯邦法院
check-gloss-state-court = 紐約州法院
check-gloss-city-court = 紐約市法院
check-gloss-immigration-agency = 移民機構
check-gloss-immigration-court = 移民法院，不是普通法院
check-gloss-court-judge = 法院的法官
check-gloss-clerk = 法院職員，不是法官
check-gloss-immigration-officer = ICE 官員，不是法官
check-gloss-immigration-judge = 不是法院的法官
check-cli-how = 輸入答案的編號並按 Enter 鍵。只按 Enter 鍵可跳過問題。
check-cli-your-name = 您的名字，用於檢查文件上是否寫著您（按 Enter 跳過）
check-cli-your-address = 這個住所的地址（按 Enter 跳過）

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = 替我說
speak-hint = 對執法人員說的話，大字顯示。您的手機可以用英語說出來。
speak-intro = 把英文句子給執法人員看，或者讀出來。
speak-tap = 點一下句子：手機會用英語說出來。
speak-play = 用英語說
speak-previous = 上一句
speak-next = 下一句
speak-why = 為什麼？
