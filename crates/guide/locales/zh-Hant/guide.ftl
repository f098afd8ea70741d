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
dont-label = 不要這樣做
sources-label = 法律依據
reviewed = 最近審核：{ $date }
points-count = { $count } 條
disclaimer = 這是法律資訊，不是法律意見。法律和政策會改變。如需針對您個人情況的建議，請諮詢律師或法律援助機構。
status-source = 原文。
status-machine-assisted = 機器輔助翻譯，尚未經母語人士審校。
status-reviewed = 譯文已經母語人士審校。
door-card-title = 如果執法人員來到您家門口
door-card-back-title = 致執法人員
door-card-check-title = 如何檢查搜查令或逮捕令

## 十個要點

kp-judicial-warrant = 執法人員如果未經允許要進入住宅、學校或工作場所的非公開區域，需要有法官簽署的令狀。由 ICE 官員簽署的 ICE 文件（例如 I-200 或 I-205 表格）不是法官簽發的令狀。
kp-judicial-warrant-say = 請把令狀從門下塞進來。
kp-agents-may-lie = 執法人員可以說謊。他們可能自稱是「警察」，或說只是想談談。請問清楚他們是誰、在哪個機構工作。
kp-agents-may-lie-say = 你們是誰？你們是哪個機構的？
kp-remain-silent = 您有權保持沉默。您不必說出自己在哪裡出生、怎樣來到美國，或您的移民身分是什麼。
kp-remain-silent-say = 我行使保持沉默的權利。
kp-free-to-go = 問一句：「我可以走了嗎？」如果回答是可以，就平靜地離開。如果回答是不可以，就留在原地，保持沉默。
kp-free-to-go-say = 我可以走了嗎？
kp-film = 您可以拍攝或錄下執法人員，只要不妨礙他們執行公務。請保持安全距離。
kp-stay-calm = 保持冷靜。把雙手放在執法人員看得見的地方。
kp-do-not-run = 不要跑。逃跑可能被當作攔截或逮捕您的理由。
kp-do-not-resist = 不要反抗，即使您認為執法人員違法。不要推撞或觸碰執法人員。說明您不同意，事後再找律師。
kp-do-not-resist-say = 我不同意。
kp-do-not-lie = 不要說謊，也不要出示虛假證件。如果不想回答，就保持沉默。
kp-do-not-obstruct = 不要阻擋執法人員或擋住他們的路，即使是為了幫助別人。您可以在安全距離外觀察、錄影，並告訴別人他們的權利。

## 情況：在家

home-title = 在家：執法人員在門口
home-intro = ICE 常常在清晨上門。您不必開門。隔著關好的門說話。
home-door-heading = 如果執法人員敲門
home-dont-open = 不要開門。您可以隔著門或窗戶說話。如果您開了門，執法人員可能會進來，或事後說是您讓他們進來的。
home-dont-open-say = 我不同意你們進入。
home-ask-warrant = 問他們有沒有法官簽署的令狀。請他們把令狀從門下塞進來，或貼在窗戶上給您看。您不必開門就能看到。
home-ask-warrant-say = 請把令狀從門下塞進來。
home-check-warrant = 檢查這份文件。法官簽發的令狀來自法院（例如「United States District Court」或紐約州的法院），並由法官簽名。寫著「Department of Homeland Security」或「Immigration and Customs Enforcement」，或有 I-200、I-205 等表格編號的文件，是由 ICE 官員簽署的，不是法官。在這裡，移民法官不算法院的法官。
home-check-warrant-dont = 不要只因為文件上寫著「Warrant」（令狀）就開門。
home-warrant-scope = 法官簽發的逮捕令，允許執法人員在有理由相信被點名的人在屋內時，進入這個人自己的住所。要進入其他人的住所，他們需要搜查令。搜查令只允許在令狀寫明的日期和時間內，搜查令狀寫明的地方。
home-i205 = 自 2025 年 5 月起，ICE 聲稱由 ICE 官員而非法官簽署的遞解令（I-205 表格）允許其人員強行進入住宅。這一說法存在爭議，法律上尚無定論。不要開門，並說明您不同意。如果他們強行進入，不要反抗。
home-i205-dont = 不要用身體頂住門，也不要阻擋執法人員。
home-inside-heading = 如果執法人員進了屋
home-exceptions = 有少數例外情況，例如真正的緊急情況。如果執法人員還是進來了，不要反抗：法院以後可以判斷這次進入是否合法。
home-no-search = 清楚地說您不同意搜查。不要反抗，也不要阻擋他們。
home-no-search-say = 我不同意搜查。
home-watch = 注意並記住：姓名、警徽號碼、所屬機構、他們搜查了什麼、拿走了什麼。盡快寫下來。
home-sign-nothing = 在諮詢律師之前，什麼都不要簽。
home-sign-nothing-say = 沒有律師，我什麼都不簽。

## 情況：在街上

street-title = 在街上或地鐵裡
street-intro = 執法人員可能在公共場所攔下您。保持冷靜，了解您可以說什麼。
street-stopped-heading = 如果執法人員攔下您
street-carry-papers = 如果您年滿 18 歲並持有有效的移民證件（例如綠卡），聯邦法律要求您隨身攜帶。如果您帶著，可以出示。
street-carry-papers-dont = 絕不要攜帶或出示虛假證件或他人的證件。
street-no-search = 如果執法人員認為您帶有武器，可以從外面拍摸您的衣服。您不必同意對您身體、包包或手機的其他搜查。要說清楚，但不要反抗。
street-no-search-say = 我不同意搜查。
street-arrest-heading = 如果您被逮捕
street-arrest = 執法人員逮捕您時，在安全時必須盡快說明他們是移民執法人員，以及逮捕您的原因。保持沉默，要求見律師。
street-arrest-say = 我要和律師談。

## 情況：在車裡

car-title = 在車裡
car-intro = 警察和聯邦執法人員可以攔車。司機和乘客都有權利。
car-stop-heading = 如果您被攔下
car-pull-over = 如果您在開車，執法人員示意您停車，請安全靠邊停車。熄火，打開車內燈，雙手放在方向盤上。
car-pull-over-dont = 不要開車離開或試圖逃走。
car-passengers = 乘客同樣有權保持沉默。乘客可以問自己是否可以離開。
car-passengers-say = 我可以走了嗎？
car-no-search = 您不必同意搜查車輛。要說清楚，但不要用身體阻止他們。
car-no-search-say = 我不同意搜查。

## 情況：在工作場所

work-title = 在工作場所
work-intro = 執法人員可能來到工作場所。他們能做什麼，取決於該區域是否對公眾開放。
work-areas-heading = 公開區域和非公開區域
work-public-areas = 執法人員可以不用令狀進入對公眾開放的區域，例如商店的營業區或餐廳的用餐區。
work-private-areas = 要進入不對公眾開放的區域，例如辦公室、廚房或倉庫，執法人員需要令狀，或者業主或經理的同意。業主或經理可以拒絕。
work-private-areas-say = 我不同意你們進入非公開區域。
work-raid-heading = 突擊搜查時
work-raid = 執法人員可能向所有人提問。被問話不等於被逮捕。您可以保持沉默，並問自己是否可以離開。

## 情況：去法院

court-title = 去法院
court-intro = 紐約州法律保護前往紐約州法院的人免遭民事逮捕。
court-ny-heading = 紐約州法院
court-protected = 如果您作為當事人或證人，或作為當事人或證人的家人或同住者，前往、身在或離開紐約州法院的案件，您受保護，不會被民事逮捕。這包括 ICE 因民事移民事項進行的逮捕。例外：法官簽署了針對這次逮捕的令狀或命令。
court-remedy = 違反這項法律逮捕他人屬於藐視法庭。當事人和紐約州總檢察長都可以向法院申請制止。如果這種事發生在您或您認識的人身上，請告訴律師。
court-immigration-heading = 移民法庭
court-immigration = 移民法庭是聯邦法庭，不是紐約州法院，移民法官為美國司法部工作。這項紐約州法律在那裡可能保護不了您。開庭前請諮詢律師。
court-do-not-miss = 不要錯過移民法庭的聽證。如果您不去，法官可以在您缺席的情況下下令將您遣返。

## 情況：在學校

school-title = 在學校和托兒所
school-intro = 每個孩子都可以上公立學校。提前做好計畫，確保您無法接孩子時他們也安全。
school-heading = 您孩子的權利
school-right-to-attend = 在紐約，每個孩子都可以上公立學校，無論孩子或父母的移民身分如何。
school-city-property = 紐約市法律規定，沒有法官簽發的令狀，市政府不得讓 ICE 或其他非本市警察進入市政財產的非公開區域。有一些例外，例如緊急情況。請問孩子的學校有什麼應對計畫。
school-plan-heading = 提前計畫
school-pickup = 給學校一份最新的可信任成年人名單，他們可以接您的孩子。父母也可以簽一份表格，讓一位可信任的成年人為孩子做學校和醫療方面的決定。

## 情況：市政服務

city-title = 市政服務：收容所、醫院、市政機構
city-intro = 紐約市限制本市機構協助移民執法。您可以使用市政服務。
city-heading = 市法律的規定
city-confidential = 市政工作人員只有在需要判斷您是否有資格獲得某項服務，或法律要求時，才會詢問移民身分。他們必須對此保密。
city-police-victims = 紐約市警察局（NYPD）的警察不會詢問犯罪受害者、證人或求助者的移民身分。
city-non-public = 在市政機構，以及提供市政府合約服務的地方（例如許多收容所），沒有法官簽發的令狀，工作人員不得讓 ICE 進入非公開區域，緊急情況等部分情形除外。
city-no-resources = 市政機構不得把本機構的人員、時間或建築用於民事移民執法，也不得讓市政人員接受聯邦移民執法的指揮（即所謂的 287(g) 協議）。
city-jail = 如果您被 NYPD 羈押或關在市監獄，只有當 ICE 出示法官簽發的令狀，並且您曾因某些嚴重罪行被定罪或可能在恐怖主義監控名單上時，市政府才可以為 ICE 扣留您，或把您的釋放時間告訴 ICE。NYPD 有一個範圍很窄的例外，允許在沒有令狀的情況下最多扣留 48 小時。
city-limits-heading = 這些法律的侷限
city-no-private-suit = 這些市法律如果被違反，並不賦予您起訴市政府的權利。如果您認為某個市政機構在不該協助 ICE 時協助了 ICE，請告訴律師或法律援助機構。

## 情況：如果您被拘留

detained-title = 如果您被拘留或逮捕
detained-intro = 如果執法人員逮捕了您，保持冷靜。您說的話和簽的文件都很重要。
detained-heading = 保護自己
detained-lawyer = 要求見律師。您有權請律師，但在移民案件中政府不支付律師費。請索取免費法律服務名單。
detained-lawyer-say = 我要和律師談。
detained-sign = 不要簽任何您看不懂的文件，特別是關於「自願離境」（voluntary departure）或「約定遣返」（stipulated removal）的文件。簽字可能意味著放棄見法官的權利，並同意離開美國。
detained-sign-say = 沒有律師，我什麼都不簽。
detained-consulate = 如果您不是美國公民，可以要求聯繫本國領事館。您不是必須這樣做：如果您害怕本國政府，可以選擇不聯繫。
detained-phone = 背下一位家人和一位律師的電話號碼。執法人員可能會拿走您的手機。
detained-city-heading = 在 NYPD 羈押或市監獄中

## 情況：拍攝

filming-title = 拍攝和錄音
filming-intro = 在紐約，只要不妨礙執法，您有權拍攝警察和其他執法人員。
filming-heading = 您的拍攝權
filming-right = 如果您沒有被逮捕，您有權用影片、照片、錄音或文字筆記記錄正在執法的人員，並保留您的記錄和手機。
filming-distance = 保持安全距離。不要觸碰執法人員，不要擋住他們的路。如果他們要求，就後退。拍攝權不允許用身體妨礙執法。
filming-what = 拍下警徽、制服、車輛、車牌和發生的事情。大聲說出日期、時間和地點。
filming-interfered = 如果執法人員阻止您拍攝，或拿走、弄壞您的手機，紐約州法律可能允許您提起訴訟。請告訴律師。
filming-care-heading = 注意
filming-share = 發布前要想一想：影片可能拍到被捕者的臉。先把影片交給他們的家人或律師。

## 情況：做好準備

prepare-title = 制定家庭計畫
prepare-intro = 今天做好計畫，明天家人更安全。
prepare-plan-heading = 您的計畫
prepare-children = 決定如果您被拘留，由誰接孩子、照顧孩子。父母可以簽一份表格，讓一位可信任的成年人在最長一年內為孩子做學校和醫療方面的決定。這份表格不會轉移監護權。
prepare-numbers = 背下一位家人以及一位律師或法律援助機構的電話號碼。確保家人也知道這些號碼。
prepare-documents = 把重要文件（出生證明、護照、移民和法院文件）放在一個可信任的人能拿到的安全地方，並保留影本。如果您年滿 18 歲，持有綠卡或其他登記證件，請隨身攜帶正本：這是法律的要求。
prepare-card = 隨身帶一張權利卡。您可以把卡交給執法人員，而不必開口說話。

## 情況：事後

after-title = 遭遇執法之後
after-intro = 您現在寫下的內容，以後能幫助律師。
after-heading = 接下來怎麼做
after-write = 盡快寫下發生的事情：日期、時間和地點；姓名和警徽號碼；所屬機構；車輛和車牌；說了什麼、做了什麼；以及證人的姓名和電話。
after-lawyer = 諮詢律師或法律援助機構。在此之前什麼都不要簽。
after-court-arrest = 如果有人在前往、身在或離開紐約州法院時被逮捕，請告訴律師：紐約州法律可能讓他們有權索賠。
after-recording = 把影片和照片的副本存放在安全的地方。您有權保留自己的記錄。

## 門卡：正面（持卡人的語言）

card-dont-open = 不要開門。
card-ask-warrant = 要求出示法官簽署的令狀。請他們把令狀從門下塞進來。
card-silent = 您有權保持沉默。
card-no-sign = 沒有律師，什麼都不要簽。
card-calm = 保持冷靜。不要跑，不要反抗，不要說謊。
card-show = 把這張卡的背面給執法人員看。

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
advice-stay-silent = 您有權保持沉默。您可以說：「我行使保持沉默的權利。」
advice-do-not-resist = 即使他們進來了，也不要反抗。不要跑。保持冷靜。
advice-write-down = 寫下姓名、警徽號碼、所屬機構、時間、發生了什麼以及證人的姓名。
advice-call-lawyer = 打電話給律師或法律援助熱線。沒有律師，什麼都不要簽。
advice-admin-warrant-no-entry = 僅憑這份文件，執法人員不能在未經您同意的情況下進入您的住所。
advice-judicial-arrest-warrant-limited = 法官簽發的逮捕令，可能允許執法人員在有理由相信被點名的人在屋內時，進入這個人自己的住所。它不允許進入其他人的住所：那需要搜查令。
advice-search-warrant-check-scope = 搜查令允許在令狀寫明的日期和時間內，搜查令狀寫明的地方。
advice-i205-contested = 自 2025 年 5 月起，ICE 聲稱遞解令（I-205 表格）允許其強行進入住宅。這在法律上尚無定論。不要同意，也不要進行身體反抗。
advice-check-signed-by-judge = 檢查是誰簽的字：必須是法院的法官，不能是移民官員，也不能是移民法官。
advice-check-name-address = 檢查令狀上的人名是否正確、地址是否和您的地址完全一致。
advice-check-dates = 檢查日期。聯邦搜查令必須在 { $federal-days } 天內執行，紐約州的搜查令必須在 { $state-days } 天內執行，並且除非令狀另有規定，只能在白天執行。
advice-unknown-what-to-look-for = Amparo 無法判斷這是什麼文件。請看頂部有沒有法院名稱，以及有沒有法官簽名。「Department of Homeland Security」、「Immigration and Customs Enforcement」或 I-200、I-205、I-247A 等表格編號，表示這是 ICE 的文件。
advice-not-named-person = 這份文件上的名字似乎不是您。
advice-not-this-address = 這份文件上的地址似乎不是這個地址。
advice-expired = 這份令狀似乎已經過了可以執行的最後一天。
advice-outside-hours = 這份令狀似乎在它允許的時間以外執行。
advice-detainer-not-for-entry = ICE 羈押請求（I-247A 表格）是向監獄或警察提出的請求。它不賦予任何進入住宅的權力。
