### Amparo：事前與事後的工具（家庭計畫、「如果我被拘留」卡片、有人被帶走、兩年居留證明、遭遇紀錄）。繁體中文。
### 機器輔助翻譯，尚未經母語人士審閱。

## 通用

tools-made = 由 Amparo 於 { $date } 製作。Amparo 沒有保留任何副本。
tools-yes = 是
tools-no = 否
tools-status-reported = 由維權人士或媒體報導，未經官方來源證實。
tools-status-contested = 法院或機構對此意見不一。
tools-status-in-litigation = 法院仍在裁決此事。
tools-sources = 來源

## 標籤

tools-field-name = 完整法定姓名（與移民文件一致）
tools-field-card-name = 我的姓名（與我的文件一致）
tools-field-a-number = A 號碼（A-number）
tools-field-a-number-hint = 8 或 9 位數字。印在出庭通知（Notice to Appear）、綠卡或工作許可上。
tools-field-country-of-birth = 出生國家
tools-field-date-of-birth = 出生日期
tools-field-phone = 電話
tools-field-email = 電子郵件
tools-field-school = 學校
tools-field-pickup = 誰來接
tools-field-caregiver = 誰來照顧
tools-field-child-medical = 醫療需要
tools-field-contact-name = 姓名
tools-field-relation = 關係
tools-field-lawyer-name = 律師
tools-field-organization = 機構
tools-field-medical = 醫療需要
tools-field-medications = 藥物
tools-field-papers-location = 文件放在哪裡
tools-field-money = 錢和房租
tools-field-call = 請打電話給
tools-field-hours = 時間
tools-field-checked = 核實日期
tools-field-as-of = 往前計算的起點
tools-field-window = 這兩年
tools-field-earliest = 最早的文件
tools-field-latest = 最近的文件
tools-field-covered-days = 文件顯示的天數
tools-field-from = 從
tools-field-to = 到
tools-field-date = 日期（一天）
tools-field-days = 天數
tools-field-where-gap = 位置
tools-field-month = 月份
tools-field-shown = 有文件顯示
tools-field-papers = 文件數
tools-field-number = 編號
tools-field-kind = 文件種類
tools-field-dates = 日期
tools-field-description = 說明
tools-field-kept-at = 存放地點
tools-field-when = 時間
tools-field-where = 地點
tools-field-agency = 機構
tools-field-written-by = 記錄人
tools-field-what-happened = 發生了什麼
tools-field-paper-shown = 有沒有出示文件？
tools-field-paper = 那份文件
tools-field-warrant-check = Amparo 令狀檢查的結果
tools-field-injuries = 受傷情況
tools-field-recordings = 照片和影片存放在哪裡
tools-field-officer-name = 執法人員姓名
tools-field-badge = 警徽號碼
tools-field-plate = 車牌
tools-field-state = 州
tools-field-witness-name = 證人

## 要說的話

tools-say-heading = 要用英語說的話
tools-say-lawyer = 我要和我的律師談。
tools-say-sign = 沒有我的律師，我什麼都不簽。
tools-say-fear = 我害怕回到我的國家。

## 家庭計畫

tools-plan-title = 家庭計畫
tools-plan-intro = 把這份計畫放在家人找得到的地方，並給計畫中提到的人每人一份副本。情況有變時請更新。
tools-plan-person-heading = 如何找到我
tools-plan-children-heading = 孩子
tools-plan-contacts-heading = 緊急聯絡人
tools-plan-lawyer-heading = 律師
tools-plan-more-heading = 健康、文件和錢

tools-gol-title = 選項一：親權關係人
tools-gol-intro = 一份簽了字的文件，讓您選擇的人在您無法處理時替您的孩子做學校和醫療方面的決定。它不會交出監護權。
tools-gol-writing = 書面形式，寫明您的姓名、被選定人的姓名和每個孩子的姓名。
tools-gol-signed = 由您簽字，並寫上簽字日期。
tools-gol-over-30 = 如果期限超過 30 天，還必須寫明：
tools-gol-addresses = 您的地址和電話，以及被選定人的地址和電話。
tools-gol-birth-dates = 每個孩子的出生日期。
tools-gol-start = 開始的日期，或讓它開始的事件（例如：「如果我被拘留」）。
tools-gol-consent = 被選定人的書面同意。
tools-gol-no-order = 一項聲明：沒有法院命令禁止您這樣做。
tools-gol-notary = 您在公證人面前簽字。
tools-gol-limits = 需要知道的：
tools-gol-twelve-months = 最長 12 個月。如果沒有寫期限，有效期為 30 天；如果包含以上所有內容，則為 12 個月。
tools-gol-both-parents = 如果法院命令父母雙方共同決定學校或健康事宜，則雙方都必須同意。
tools-gol-ends = 如果您去世或失去決定能力，它就終止。您自己的決定永遠優先於被選定人的決定。
tools-gol-no-custody = 它不會改變孩子的學區，被選定人也不必為孩子支付費用。
tools-gol-copies = 把副本交給學校、醫生和醫療保險計畫。

tools-sg-title = 選項二：候補監護人（standby guardian）
tools-sg-intro = 由您選擇的人，在您被移民局逮捕、拘留或驅逐（法律稱為「行政分離」），或您去世或失去能力時，成為孩子的監護人。
tools-sg-writing = 一份書面指定書，寫明候補監護人；如果您願意，還可以寫一位後備人選，以防第一位無法承擔。
tools-sg-witnesses = 您在兩名證人面前簽字，證人也要簽字。候補監護人本人不能當證人。
tools-sg-starts = 在移民逮捕或拘留之後，當候補監護人拿到證明（例如 ICE 的文件）和您簽好的指定書時，它就開始生效。
tools-sg-sixty-days = 從那時起，候補監護人可以行使權利 60 天，並必須在此期間向遺囑認證法院（Surrogate's Court，不是家事法院）申請被正式任命為監護人。
tools-sg-parent-keeps = 您仍然是孩子的父母。您可以更改或取消它。
tools-sg-help = 法律為此提供一份可選的表格。免費法律援助律師可以幫您填寫。

tools-family-title = 另外
tools-family-intro = 在最難的一天能幫上忙的小事。
tools-family-school = 在學校的緊急聯絡卡上寫明誰可以接您的孩子。
tools-family-papers = 把出生證明、護照和這份計畫的副本交給將照顧孩子的人保管。
tools-family-numbers = 每個人都背熟兩個電話號碼：一位家人的和律師的。
tools-family-money = 存一些錢，並告訴一個信任的人如何繳房租。
tools-family-medicine = 把一週的藥放在一個包裡，交給信任的人。
tools-family-presence = 如果您在美國已超過兩年，請收集能證明這一點的文件，並把副本放在家人拿得到的地方。
tools-family-both = 兩個選項都可以辦。請問免費法律援助律師哪個適合您的家庭。

## 預先寫好的訊息

tools-messages-heading = 預先寫好的訊息
tools-messages-intro = 如果您被拘留，隨時可以發送。只有您在自己的手機上按「傳送」才會發出。
tools-messages-page-intro = 每個連結都會打開您手機內建的簡訊或電子郵件，訊息已經寫好。Amparo 不會發送任何東西。請保存這一頁，或把文字複製到安全的地方。
tools-messages-sms = 在我的簡訊中打開
tools-messages-mail = 在我的電子郵件中打開
tools-msg-subject = 我被拘留了
tools-msg-detained = 我被移民局拘留了。
tools-msg-call-lawyer = 請打電話給我的律師 { $lawyer }，電話 { $phone }。
tools-msg-call-lawyer-no-phone = 請打電話給我的律師 { $lawyer }。
tools-msg-a-number = 我的 A 號碼是 { $a_number }。
tools-msg-children = 請按照我們的家庭計畫照顧孩子。
tools-msg-from = —— { $name }
tools-msg-to-lawyer = 我是 { $name }。我被移民局拘留了。請找到我並代理我的案子。
tools-msg-born = 我的出生日期是 { $date }。

## 「如果我被拘留」卡片

tools-card-title = 如果我被拘留
tools-card-back-title = 致執法人員

## 有人被帶走

tools-taken-title = 有人被帶走了
tools-taken-intro = 在最初幾個小時內行動。保持冷靜，寫下您知道的情況，並按順序做以下步驟。
tools-taken-search-with = 用以下資料查詢
tools-taken-find-heading = 1. 找到被關押的地方
tools-taken-locator = 在 ICE 線上被拘留者查詢系統 { $url } 查詢：用 A 號碼和出生國家，或用完整法定姓名和出生國家。
tools-taken-exact-name = 姓名要與移民文件上的完全一致，包括重音符號和連字號。如果查不到，試試其他拼法和出生日期。
tools-taken-nine-digits = A 號碼有 9 位數字：8 位數的號碼前面加一個 0。
tools-taken-not-shown = 它可能還查不到這個人：逮捕或轉移後，資料可能要幾個小時或幾天才更新。它不顯示未滿 18 歲的人，也不顯示獲釋超過 60 天的人。
tools-taken-locator-privacy = 查詢系統會記錄您的網路位址。ICE 說不會用它來執法。
tools-taken-case-heading = 2. 查詢案件
tools-taken-eoir = 打移民法院的自動熱線 { $phone }，輸入 A 號碼：它會告訴您下一次開庭的時間和法官的決定。它不提供保釋的資訊，快速遣返的命令也不在其中。
tools-taken-help-heading = 3. 在紐約市尋求幫助
tools-taken-help-pending = 免費法律求助熱線（每一條都在其來源核實過）列在 Amparo 的「取得協助」頁面上。請當天就打。
tools-taken-lawyer-heading = 4. 最初幾個小時內找律師
tools-taken-lawyer-now = 馬上打電話給家庭計畫中的律師，或免費法律求助熱線。律師可以查出此人被關在哪裡，通知 ICE 由他代理，並要求釋放。
tools-taken-habeas = 律師也可以請聯邦法院審查這次拘留（人身保護令）。申請要在此人被關押的地方提出，所以要在被轉移出紐約之前行動。
tools-taken-fear = 如果此人害怕回到自己的國家，必須清楚地說出來。在快速遣返程序中，執法人員必須把他交給庇護官員，而不能立即遣返。
tools-taken-presence = 如果此人在美國已超過兩年，請盡快把能證明的文件交給律師：此人必須證明這一點才能避免快速遣返，並可以要求時間去取文件。
tools-taken-consulate-heading = 5. 領事館
tools-taken-consulate = 此人所屬國家的領事館可以幫忙找到他並與他聯絡。此人可以選擇不聯絡領事館。
tools-taken-consulate-must = 對某些國家（例如中國、俄羅斯和波蘭），即使本人不願意，ICE 也必須通知領事館。如果此人害怕本國政府，請馬上告訴律師。
tools-taken-children-heading = 6. 孩子
tools-taken-standby = 如果父母指定了候補監護人，此人可以擔任孩子的監護人 60 天，並必須在此期間向遺囑認證法院（Surrogate's Court）申請被正式任命為監護人。
tools-taken-designation = 親權關係人的指定書讓此人可以和學校及醫生打交道。請出示給他們看。
tools-taken-ready-heading = 7. 準備好這些
tools-taken-ready = 此人的完整法定姓名、A 號碼、出生日期和出生國家；在哪裡、什麼時候被帶走；家庭計畫；律師的姓名和電話；能證明在美國兩年的文件；此人的藥物和醫療需要。

## 兩年居留證明

tools-presence-title = 在美國兩年的證明
tools-presence-intro = 快速遣返讓執法人員在無法證明在美國兩年的人身上，不經法官就可以把他驅逐出境。列出您的文件和日期：Amparo 會顯示它們涵蓋哪些月份，以及哪裡有空缺。
tools-presence-covers = 您的文件顯示從 { $from } 到 { $to } 都在美國，沒有任何超過 { $limit } 天沒有文件的時段。
tools-presence-not-covered = 您的文件沒有涵蓋 { $from } 到 { $to } 的全部時間：{ $count ->
    [one] 有一個空缺
   *[other] 有 { $count } 個空缺
}（見下文）。
tools-presence-not-legal = 這只顯示您的文件顯示了什麼。這不是法律決定：由執法人員或法官決定，律師可以告訴您這些文件有多大作用。
tools-presence-gaps-heading = 空缺
tools-presence-months-heading = 逐月情況
tools-presence-index-heading = 文件索引
tools-presence-rule-heading = 空缺是怎麼算的
tools-presence-rule = 空缺是指超過 { $limit } 天沒有任何文件涵蓋的時段，或兩年開始到您第一份文件之間的時間。沒有規定說文件必須多久顯示一次居留；{ $limit } 天是移民法在另一條關於連續居留的規定中所接受的最長離境時間，所以更長的時段是執法人員可能質疑的。
tools-presence-kinds-heading = 可以證明居留的文件
tools-presence-keep = 把副本放在家人拿得到的安全地方，手機或電子郵件裡也存一份。隨身攜帶文件也有風險：請問律師該帶什麼。如果您被拘留，可以要求時間去取文件，或請人送來。
tools-month-covered = 是
tools-month-gap = 否
tools-gap-no-papers = 沒有文件
tools-gap-before-first-paper = 第一份文件之前
tools-gap-between-papers = 文件之間
tools-gap-after-last-paper = 最後一份文件之後
tools-kind-lease = 租約
tools-kind-rent_receipt = 房租收據
tools-kind-pay_stub = 薪資單
tools-kind-tax_return = 報稅表
tools-kind-utility_bill = 水電瓦斯帳單
tools-kind-phone_bill = 電話或網路帳單
tools-kind-bank_statement = 銀行對帳單
tools-kind-money_transfer = 匯款收據
tools-kind-medical_record = 醫療紀錄
tools-kind-school_record = 學校紀錄（您的或您孩子的）
tools-kind-religious_record = 宗教場所的證明
tools-kind-mail = 寄給您的信件
tools-kind-id_card = 在美國發的身分證（例如 IDNYC）
tools-kind-court_record = 法院紀錄
tools-kind-child_birth_certificate = 在美國出生的孩子的出生證明
tools-kind-employment_letter = 雇主的信
tools-kind-other = 其他有日期的文件

## 遭遇紀錄

tools-record-title = 遭遇紀錄
tools-record-intro = 寫給律師看。只寫您親眼看到、親耳聽到的事。
tools-record-officers-heading = 執法人員
tools-record-vehicles-heading = 車輛
tools-record-witnesses-heading = 證人
tools-record-ag-heading = 向紐約州總檢察長報告
tools-record-ag-intro = 總檢察長的 "Federal Action Reporting Form" 接受移民執法行動的報告。是否提交由您決定。您提交的內容可能會用於公開報告和法庭。如果被逮捕的是您本人，請先和您的律師談。以下是表格的欄位，以及您可以填進去的內容：
tools-ag-when = 日期和時間
tools-ag-where = 地點
tools-ag-description = 事情經過
tools-ag-media = 照片、影片或連結
tools-ag-contact = 您的聯絡方式（可選）
tools-ag-your-choice = 由您決定：不想填可以留空。
tools-record-keep = 把這份紀錄和您的影片保存在安全的地方，並給律師一份副本。

## 網頁

tools-home-heading = 事前與事後
tools-plan-link-hint = 誰接孩子、電話號碼、律師——寫在紙上，用您的語言。
tools-card-link-hint = 姓名、A 號碼、兩個電話號碼和您的律師，以及要用英語說的話。
tools-taken-link-hint = 如何找到被拘留的親人，以及最初幾個小時該做什麼。
tools-presence-link-hint = 您的文件涵蓋哪些月份，哪裡有空缺。
tools-record-link-hint = 把發生的事寫下來，給律師看。
tools-see-also = 相關工具
tools-plan-page-intro = 只填您想寫在紙上的內容：只有姓名是必填的。然後製作計畫、錢包卡、訊息，或「有人被帶走」的單子。
tools-record-page-intro = 趁還記得，盡快寫下來。只有時間、地點和事情經過是必填的。
tools-paper-size = 紙張
tools-form-person = 這份計畫的當事人
tools-form-child = 孩子 { $number }
tools-form-contact = 緊急聯絡人 { $number }
tools-form-lawyer = 律師
tools-form-more = 健康、文件和錢
tools-form-say-fear = 在我的卡片上寫「我害怕回到我的國家」
tools-form-paper = 文件 { $number }
tools-form-officer = 執法人員 { $number }
tools-form-vehicle = 車輛 { $number }
tools-form-witness = 證人 { $number }
tools-form-encounter = 遭遇
tools-form-what = 發生了什麼
tools-form-taken-intro = 填上您知道的資料，列印一張帶這些資料的單子。不會保存任何東西。
tools-make-plan = 製作計畫（PDF）
tools-make-card = 製作錢包卡（PDF）
tools-make-messages = 寫好訊息
tools-make-taken = 製作「有人被帶走」單子（PDF）
tools-make-presence = 檢查我的文件
tools-make-presence-pdf = 列印文件索引（PDF）
tools-make-record = 製作紀錄（PDF）
tools-make-record-json = 下載給律師的紀錄（JSON）
tools-errors-heading = 請檢查這些欄位：
tools-privacy-heading = 保存了什麼，保存在哪裡
tools-privacy-server = 您按下按鈕時，您填寫的內容會送到 Amparo 的伺服器，伺服器在記憶體中製作您的文件，然後忘掉它。伺服器上不保存任何東西，不寫入任何日誌，也不設定 cookie。
tools-privacy-paper = 您下載的文件含有個人資料。請放在只有您信任的人才找得到的地方。
tools-privacy-draft = 在允許的手機上，您也可以只在這支手機上保存草稿，用您自己選的密碼鎖住。Amparo 永遠收不到它，也打不開它。
tools-draft-legend = 這支手機上的草稿
tools-draft-passphrase = 密碼（至少 8 個字元；如果忘記，草稿就打不開了）
tools-draft-save = 在這支手機上保存草稿
tools-draft-open = 打開草稿
tools-draft-delete = 刪除草稿
tools-draft-saved = 已保存在這支手機上，並用您的密碼鎖住。
tools-draft-opened = 草稿已打開。
tools-draft-deleted = 草稿已從這支手機上刪除。
tools-draft-wrong = 密碼錯誤，或草稿已損壞。
tools-draft-none = 這支手機上沒有草稿。
tools-draft-short = 密碼太短。
tools-draft-working = 處理中…

## 錯誤

tools-error-required = 這一項必須填寫。
tools-error-shape = 格式不符合要求（{ $value }）。
tools-error-not-a-date = 「{ $value }」不是日期。
tools-error-not-a-date-time = 「{ $value }」不是日期和時間。
tools-error-future-date = { $value } 是將來的日期。最晚只能是 { $latest }。
tools-error-too-old = { $value } 太久以前了。
tools-error-ends-before-start = 結束日期（{ $to }）早於開始日期（{ $from }）。
tools-error-date-or-range = 請填一個日期，或填「從」和「到」兩個日期。
tools-error-a-number = 「{ $value }」不是 A 號碼：A 號碼有 8 或 9 位數字。
tools-error-phone = 「{ $value }」不是電話號碼：美國號碼是 10 位數字，或 + 加國家代碼。
tools-error-email = 「{ $value }」不是電子郵件地址。
tools-error-plate = 「{ $value }」不是車牌號碼。
tools-error-unknown = 「{ $value }」不在選項之中。
tools-error-too-long = 太長了：最多 { $max } 個字元。
tools-error-too-many = 太多了：最多 { $max } 個。
tools-error-control-character = 含有無法列印的字元。
