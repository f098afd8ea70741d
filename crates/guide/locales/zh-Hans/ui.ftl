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
ui-warrant-q-top = 文件最上方印着什么？
ui-warrant-q-corner = 文件底部角落印着什么（例如 I-200 或 AO 442 这样的表格编号）？
ui-warrant-q-signature = 签名下方印着什么（姓名和职务）？
ui-warrant-q-names = 上面写的是谁的名字、哪个地址？
ui-warrant-your-name = 您的姓名（可不填，不会保存）
ui-warrant-your-address = 这个地址（可不填，不会保存）
ui-warrant-upload = 或上传这份文件的照片或 PDF
ui-warrant-upload-note = 文件只在内存中读取，绝不会保存。
ui-check = 检查
ui-result = 结果
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
