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
ui-warrant-q-top = 文件最上方印著什麼？
ui-warrant-q-corner = 文件底部角落印著什麼（例如 I-200 或 AO 442 這樣的表格編號）？
ui-warrant-q-signature = 簽名下方印著什麼（姓名和職稱）？
ui-warrant-q-names = 上面寫的是誰的名字、哪個地址？
ui-warrant-your-name = 您的姓名（可不填，不會儲存）
ui-warrant-your-address = 這個地址（可不填，不會儲存）
ui-warrant-upload = 或上傳這份文件的照片或 PDF
ui-warrant-upload-note = 檔案只在記憶體中讀取，絕不會儲存。
ui-check = 檢查
ui-result = 結果
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
