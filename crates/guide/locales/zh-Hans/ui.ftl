### Amparo 网页应用：界面文字。简体中文。
### 机器辅助翻译，尚未经母语人士审校。

## 导航

ui-choose-language = 选择您的语言
ui-door-now = 现在有执法人员在门口吗？
ui-door-now-hint = 该做什么、该说什么，一页看清。
ui-check-warrant = 检查令状或文件
ui-check-warrant-hint = 是法官签署的吗？它允许做什么？
ui-detainer = 羁押请求检查工具（供律师和市政府工作人员使用）
ui-detainer-note = 此检查工具供律师和市政府工作人员使用。它只有英文版，因为英文是法律的语言。
ui-privacy = 隐私
ui-languages = 语言
ui-read-aloud = 朗读
ui-all-scenarios = 所有情况
ui-offline-note = 这些页面打开过一次后，在这台设备上没有网络也能使用。

## 检查令状

ui-warrant-title = 检查令状或文件
ui-warrant-intro = 不要开门。请他们把文件从门下塞进来，或贴在窗户上给您看。然后根据您看到的内容回答问题，或上传一张照片。
ui-warrant-your-name = 您的姓名（可不填，不会保存）
ui-warrant-your-address = 这个地址（可不填，不会保存）
ui-warrant-upload = 或上传这份文件的照片或 PDF
ui-warrant-upload-note = 文件只在内存中读取，绝不会保存。
ui-check = 检查
ui-back = 返回

## 隐私

ui-privacy-title = 隐私
ui-privacy-1 = Amparo 不保存任何关于您的信息。它不使用 Cookie，不做访问统计，也不从任何其他网站加载内容。
ui-privacy-2 = 您为检查文件而发送的照片、PDF 或文字，只在内存中读取，用来回答您，然后就被丢弃。它们绝不会被写入磁盘或日志。
ui-privacy-3 = 服务器不记录谁来访问过、看了什么：不记地址，不记页面，不记内容。
ui-privacy-4 = 第一次访问后，您的手机可以保存这个语言的页面，没有网络也能打开。这些页面只留在您的设备上。
ui-privacy-5 = Amparo 是自由软件。任何人都可以在自己的电脑上运行它，查看它做了什么。

## 错误

ui-not-found = 此页面不存在。
ui-error = 出了点问题。您发送的内容都没有保存。
ui-warrant-unavailable = 这次检查没能读取这份文件。您发送的内容都没有保存。
ui-warrant-top-bottom = 只读取了照片的顶部和底部：足以判断这是什么文件。填写您的姓名和地址，即可核对文件上的名字。
ui-doc-empty = 文件是空的。请发送文件的照片或 PDF，或改为回答问题。
ui-doc-too-large = 文件或照片太大。请发送较小的照片。
ui-doc-unreadable = Amparo 无法读取这个文件。请发送照片（JPEG、PNG、WebP）或 PDF，或改为回答问题。
ui-doc-pdf = Amparo 无法读取这个 PDF：它有密码保护，或者是扫描件。请发送文件的照片，或改为回答问题。
ui-doc-failed = 读取文件失败或用时太长。请用更清晰的照片再试一次，或改为回答问题。

## 检查结果

ui-appears = 这份文件看起来是：
ui-kind-federal_arrest_warrant = 联邦法院的逮捕令（AO 442 表格）
ui-kind-federal_search_warrant = 联邦法院的搜查令（AO 93 表格）
ui-kind-state_arrest_warrant = 纽约州法院的逮捕令
ui-kind-state_search_warrant = 纽约州法院的搜查令
ui-kind-ice_arrest_warrant = 由移民官员签署的 ICE 逮捕令（I-200 表格）
ui-kind-ice_removal_warrant = 由移民官员签署的 ICE 递解令（I-205 表格）
ui-kind-ice_detainer = ICE 羁押请求（I-247A 表格）：这是向监狱或警察提出的请求
ui-kind-ice_custody_order = ICE 关于羁押或释放某人的命令（I-203 表格）
ui-kind-notice_to_appear = 出庭通知（Notice to Appear，I-862 表格）：它会在移民法庭开启一个案件
ui-kind-immigration_court_order = 移民法官的命令（不是法院的令状）
ui-kind-administrative_subpoena = 美国国土安全部的传票
ui-kind-superior_court_arrest_warrant = 纽约州最高法院或县法院的逮捕令（基于大陪审团起诉书）
ui-kind-search_warrant_application = 搜查令申请（AO 106 表格）：向法官提出的请求，不是令状
ui-kind-unknown = Amparo 无法判断这是什么文件。
ui-judicial-yes = 这是法官签发的令状：由法院的法官签署。
ui-judicial-no = 这不是法官签发的令状：它不是由法院法官签署的令状。
ui-judicial-unknown = Amparo 无法判断这份文件是否由法院的法官签署。
ui-entry-yes = 这份令状可能允许执法人员在令状写明的日期和时间内，进入并搜查令状写明的地方。
ui-entry-limited = 如果执法人员相信被点名的人在屋内，这份令状可能允许他们进入这个人自己的住所。它不允许他们进入其他人的住所。
ui-entry-no = 仅凭这份文件，执法人员不能在未经您同意的情况下进入您的住所。
ui-entry-contested = ICE 声称这份文件允许其强行进入。法院对此尚无定论。不要同意，也不要进行身体反抗。
ui-entry-doubtful = 它由法官签署，但现在可能不允许进入这里：其地址、日期或时间似乎不符。不要反抗：由法院决定。
ui-entry-unknown = Amparo 无法判断这份文件允许做什么。
ui-what-to-do = 该做什么、该说什么
ui-evidence = Amparo 在文件上读到的内容
ui-how-decided = 这个结果是怎么得出的
ui-check-another = 检查另一份文件

## 可打印的卡片

ui-cards-title = 可打印的卡片
ui-cards-intro = 手机用不了的时候，纸还能用。把它们打印出来，放在门边或钱包里。
ui-cards-wallet = 钱包卡片（一张纸印 10 张，双面打印）
ui-cards-door = 门上告示
ui-cards-large = 大字版
ui-cards-letter = Letter（美式纸张尺寸）
ui-cards-a4 = A4

# The warrant check on the phone itself (issue 15), and which check gave an answer.
ui-ran-device = 已在本手机上检查——没有发送任何内容。
ui-ran-server = 由服务器检查——未保存。
ui-ondevice-title = 在本手机上检查
ui-ondevice-intro = 检查可以在本手机上完成：您输入、选择或拍摄的内容不会发送到任何地方。保存后无需网络也能使用。
ui-ondevice-size = 大小，只需下载一次（文字和问题；另加读取照片）：
ui-ondevice-keep = 保存以便离线使用
ui-ondevice-kept = 已保存在本手机上：无需网络也能检查。
ui-ondevice-text = 文件上的文字（输入或粘贴）
ui-ondevice-check = 在本手机上检查
ui-ondevice-photo = 文件的照片（在本手机上读取）
ui-ondevice-reading = 正在本手机上读取…
ui-ondevice-failed = 无法在本手机上检查。请使用下面的服务器检查。
