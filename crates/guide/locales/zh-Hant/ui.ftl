### Amparo 網頁應用程式：介面文字。繁體中文。
### 機器輔助翻譯，尚未經母語人士審校。

## 導覽

ui-choose-language = 選擇您的語言
ui-door-now = 現在有執法人員在門口嗎？
ui-door-now-hint = 該做什麼、該說什麼，一頁看清。
ui-check-warrant = 檢查令狀或文件
ui-check-warrant-hint = 是法官簽署的嗎？它允許做什麼？
ui-detainer = 羈押請求檢查工具（供律師和市政府工作人員使用）
ui-detainer-note = 此檢查工具供律師和市政府工作人員使用。它只有英文版，因為英文是法律的語言。
ui-privacy = 隱私
ui-languages = 語言
ui-read-aloud = 朗讀
ui-all-scenarios = 所有情況
ui-offline-note = 這些頁面開啟過一次後，在這台裝置上沒有網路也能使用。

## 檢查令狀

ui-warrant-title = 檢查令狀或文件
ui-warrant-intro = 不要開門。請他們把文件從門下塞進來，或貼在窗戶上給您看。然後根據您看到的內容回答問題，或上傳一張照片。
ui-warrant-your-name = 您的姓名（可不填，不會儲存）
ui-warrant-your-address = 這個地址（可不填，不會儲存）
ui-warrant-upload = 或上傳這份文件的照片或 PDF
ui-warrant-upload-note = 檔案只在記憶體中讀取，絕不會儲存。
ui-check = 檢查
ui-back = 返回

## 隱私

ui-privacy-title = 隱私
ui-privacy-1 = Amparo 不保存任何關於您的資訊。它不使用 Cookie，不做瀏覽統計，也不從任何其他網站載入內容。
ui-privacy-2 = 您為檢查文件而傳送的照片、PDF 或文字，只在記憶體中讀取，用來回答您，然後就被丟棄。它們絕不會被寫入磁碟或日誌。
ui-privacy-3 = 伺服器不記錄誰來造訪過、看了什麼：不記地址，不記頁面，不記內容。
ui-privacy-4 = 第一次造訪後，您的手機可以保存這個語言的頁面，沒有網路也能開啟。這些頁面只留在您的裝置上。
ui-privacy-5 = Amparo 是自由軟體。任何人都可以在自己的電腦上執行它，查看它做了什麼。

## 錯誤

ui-not-found = 此頁面不存在。
ui-error = 出了點問題。您傳送的內容都沒有保存。
ui-warrant-unavailable = 這次檢查沒能讀取這份文件。您傳送的內容都沒有保存。
ui-warrant-top-bottom = 只讀取了照片的頂部和底部：足以判斷這是什麼文件。填寫您的姓名和地址，即可核對文件上的名字。
ui-doc-empty = 檔案是空的。請傳送文件的照片或 PDF，或改為回答問題。
ui-doc-too-large = 檔案或照片太大。請傳送較小的照片。
ui-doc-unreadable = Amparo 無法讀取這個檔案。請傳送照片（JPEG、PNG、WebP）或 PDF，或改為回答問題。
ui-doc-pdf = Amparo 無法讀取這個 PDF：它有密碼保護，或者是掃描檔。請傳送文件的照片，或改為回答問題。
ui-doc-failed = 讀取文件失敗或用時太長。請用更清晰的照片再試一次，或改為回答問題。

## 檢查結果

ui-appears = 這份文件看起來是：
ui-kind-federal_arrest_warrant = 聯邦法院的逮捕令（AO 442 表格）
ui-kind-federal_search_warrant = 聯邦法院的搜查令（AO 93 表格）
ui-kind-state_arrest_warrant = 紐約州法院的逮捕令
ui-kind-state_search_warrant = 紐約州法院的搜查令
ui-kind-ice_arrest_warrant = 由移民官員簽署的 ICE 逮捕令（I-200 表格）
ui-kind-ice_removal_warrant = 由移民官員簽署的 ICE 遞解令（I-205 表格）
ui-kind-ice_detainer = ICE 羈押請求（I-247A 表格）：這是向監獄或警察提出的請求
ui-kind-ice_custody_order = ICE 關於羈押或釋放某人的命令（I-203 表格）
ui-kind-notice_to_appear = 出庭通知（Notice to Appear，I-862 表格）：它會在移民法庭開啟一個案件
ui-kind-immigration_court_order = 移民法官的命令（不是法院的令狀）
ui-kind-administrative_subpoena = 美國國土安全部的傳票
ui-kind-superior_court_arrest_warrant = 紐約州最高法院或縣法院的逮捕令（基於大陪審團起訴書）
ui-kind-search_warrant_application = 搜查令申請（AO 106 表格）：向法官提出的請求，不是令狀
ui-kind-unknown = Amparo 無法判斷這是什麼文件。
ui-judicial-yes = 這是法官簽發的令狀：由法院的法官簽署。
ui-judicial-no = 這不是法官簽發的令狀：它不是由法院法官簽署的令狀。
ui-judicial-unknown = Amparo 無法判斷這份文件是否由法院的法官簽署。
ui-entry-yes = 這份令狀可能允許執法人員在令狀寫明的日期和時間內，進入並搜查令狀寫明的地方。
ui-entry-limited = 如果執法人員相信被點名的人在屋內，這份令狀可能允許他們進入這個人自己的住所。它不允許他們進入其他人的住所。
ui-entry-no = 僅憑這份文件，執法人員不能在未經您同意的情況下進入您的住所。
ui-entry-contested = ICE 聲稱這份文件允許其強行進入。法院對此尚無定論。不要同意，也不要進行身體反抗。
ui-entry-doubtful = 它由法官簽署，但現在可能不允許進入這裡：其地址、日期或時間似乎不符。不要反抗：由法院決定。
ui-entry-unknown = Amparo 無法判斷這份文件允許做什麼。
ui-what-to-do = 該做什麼、該說什麼
ui-evidence = Amparo 在文件上讀到的內容
ui-how-decided = 這個結果是怎麼得出的
ui-check-another = 檢查另一份文件

## 可列印的卡片

ui-cards-title = 可列印的卡片
ui-cards-intro = 手機用不了的時候，紙還能用。把它們列印出來，放在門邊或錢包裡。
ui-cards-wallet = 錢包卡片（一張紙印 10 張，雙面列印）
ui-cards-door = 門上告示
ui-cards-large = 大字版
ui-cards-letter = Letter（美式紙張尺寸）
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = 已在本手機上檢查——沒有傳送任何內容。
ui-ran-server = 由伺服器檢查——未儲存。
ui-ondevice-title = 在本手機上檢查
ui-ondevice-intro = 檢查可以在本手機上完成：您輸入、選擇或拍攝的內容不會傳送到任何地方。儲存後無需網路也能使用。
ui-ondevice-size = 大小，只需下載一次（文字和問題；另加讀取照片）：
ui-ondevice-keep = 儲存以便離線使用
ui-ondevice-kept = 已儲存在本手機上：無需網路也能檢查。
ui-ondevice-text = 文件上的文字（輸入或貼上）
ui-ondevice-check = 在本手機上檢查
ui-ondevice-photo = 文件的照片（在本手機上讀取）
ui-ondevice-reading = 正在本手機上讀取…
ui-ondevice-failed = 無法在本手機上檢查。請使用下面的伺服器檢查。
