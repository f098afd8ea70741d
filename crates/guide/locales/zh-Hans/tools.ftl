### Amparo：事前与事后的工具（家庭计划、"如果我被拘留"卡片、有人被带走、两年居留证明、遭遇记录）。简体中文。
### 机器辅助翻译，尚未经母语人士审阅。

## 通用

tools-made = 由 Amparo 于 { $date } 制作。Amparo 没有保留任何副本。
tools-yes = 是
tools-no = 否
tools-status-reported = 由维权人士或媒体报道，未经官方来源证实。
tools-status-contested = 法院或机构对此意见不一。
tools-status-in-litigation = 法院仍在裁决此事。
tools-sources = 来源

## 标签

tools-field-name = 完整法定姓名（与移民文件一致）
tools-field-card-name = 我的姓名（与我的文件一致）
tools-field-a-number = A 号码（A-number）
tools-field-a-number-hint = 8 或 9 位数字。印在出庭通知（Notice to Appear）、绿卡或工作许可上。
tools-field-country-of-birth = 出生国家
tools-field-date-of-birth = 出生日期
tools-field-phone = 电话
tools-field-email = 电子邮件
tools-field-school = 学校
tools-field-pickup = 谁来接
tools-field-caregiver = 谁来照顾
tools-field-child-medical = 医疗需要
tools-field-contact-name = 姓名
tools-field-relation = 关系
tools-field-lawyer-name = 律师
tools-field-organization = 机构
tools-field-medical = 医疗需要
tools-field-medications = 药物
tools-field-papers-location = 文件放在哪里
tools-field-money = 钱和房租
tools-field-call = 请打电话给
tools-field-hours = 时间
tools-field-checked = 核实日期
tools-field-as-of = 往前计算的起点
tools-field-window = 这两年
tools-field-earliest = 最早的文件
tools-field-latest = 最近的文件
tools-field-covered-days = 文件显示的天数
tools-field-from = 从
tools-field-to = 到
tools-field-date = 日期（一天）
tools-field-days = 天数
tools-field-where-gap = 位置
tools-field-month = 月份
tools-field-shown = 有文件显示
tools-field-papers = 文件数
tools-field-number = 编号
tools-field-kind = 文件种类
tools-field-dates = 日期
tools-field-description = 说明
tools-field-kept-at = 存放地点
tools-field-when = 时间
tools-field-where = 地点
tools-field-agency = 机构
tools-field-written-by = 记录人
tools-field-what-happened = 发生了什么
tools-field-paper-shown = 有没有出示文件？
tools-field-paper = 那份文件
tools-field-warrant-check = Amparo 令状检查的结果
tools-field-injuries = 受伤情况
tools-field-recordings = 照片和视频存放在哪里
tools-field-officer-name = 执法人员姓名
tools-field-badge = 警徽号码
tools-field-plate = 车牌
tools-field-state = 州
tools-field-witness-name = 证人

## 要说的话

tools-say-heading = 要用英语说的话
tools-say-lawyer = 我要和我的律师谈。
tools-say-sign = 没有我的律师，我什么都不签。
tools-say-fear = 我害怕回到我的国家。

## 家庭计划

tools-plan-title = 家庭计划
tools-plan-intro = 把这份计划放在家人找得到的地方，并给计划中提到的人每人一份副本。情况有变时请更新。
tools-plan-person-heading = 如何找到我
tools-plan-children-heading = 孩子
tools-plan-contacts-heading = 紧急联系人
tools-plan-lawyer-heading = 律师
tools-plan-more-heading = 健康、文件和钱

tools-gol-title = 选项一：亲权关系人
tools-gol-intro = 一份签了字的文件，让您选择的人在您无法处理时替您的孩子做学校和医疗方面的决定。它不会交出监护权。
tools-gol-writing = 书面形式，写明您的姓名、被选定人的姓名和每个孩子的姓名。
tools-gol-signed = 由您签字，并写上签字日期。
tools-gol-over-30 = 如果期限超过 30 天，还必须写明：
tools-gol-addresses = 您的地址和电话，以及被选定人的地址和电话。
tools-gol-birth-dates = 每个孩子的出生日期。
tools-gol-start = 开始的日期，或让它开始的事件（例如："如果我被拘留"）。
tools-gol-consent = 被选定人的书面同意。
tools-gol-no-order = 一项声明：没有法院命令禁止您这样做。
tools-gol-notary = 您在公证人面前签字。
tools-gol-limits = 需要知道的：
tools-gol-twelve-months = 最长 12 个月。如果没有写期限，有效期为 30 天；如果包含以上所有内容，则为 12 个月。
tools-gol-both-parents = 如果法院命令父母双方共同决定学校或健康事宜，则双方都必须同意。
tools-gol-ends = 如果您去世或失去决定能力，它就终止。您自己的决定永远优先于被选定人的决定。
tools-gol-no-custody = 它不会改变孩子的学区，被选定人也不必为孩子支付费用。
tools-gol-copies = 把副本交给学校、医生和医疗保险计划。

tools-sg-title = 选项二：候补监护人（standby guardian）
tools-sg-intro = 由您选择的人，在您被移民局逮捕、拘留或驱逐（法律称为"行政分离"），或您去世或失去能力时，成为孩子的监护人。
tools-sg-writing = 一份书面指定书，写明候补监护人；如果您愿意，还可以写一位后备人选，以防第一位无法承担。
tools-sg-witnesses = 您在两名证人面前签字，证人也要签字。候补监护人本人不能当证人。
tools-sg-starts = 在移民逮捕或拘留之后，当候补监护人拿到证明（例如 ICE 的文件）和您签好的指定书时，它就开始生效。
tools-sg-sixty-days = 从那时起，候补监护人可以行使权利 60 天，并必须在此期间向遗嘱认证法院（Surrogate's Court，不是家事法院）申请被正式任命为监护人。
tools-sg-parent-keeps = 您仍然是孩子的父母。您可以更改或取消它。
tools-sg-help = 法律为此提供一份可选的表格。免费法律援助律师可以帮您填写。

tools-family-title = 另外
tools-family-intro = 在最难的一天能帮上忙的小事。
tools-family-school = 在学校的紧急联系卡上写明谁可以接您的孩子。
tools-family-papers = 把出生证、护照和这份计划的副本交给将照顾孩子的人保管。
tools-family-numbers = 每个人都背熟两个电话号码：一位家人的和律师的。
tools-family-money = 存一些钱，并告诉一个信任的人如何交房租。
tools-family-medicine = 把一周的药放在一个包里，交给信任的人。
tools-family-presence = 如果您在美国已超过两年，请收集能证明这一点的文件，并把副本放在家人拿得到的地方。
tools-family-both = 两个选项都可以办。请问免费法律援助律师哪个适合您的家庭。

## 预先写好的信息

tools-messages-heading = 预先写好的信息
tools-messages-intro = 如果您被拘留，随时可以发送。只有您在自己的手机上按"发送"才会发出。
tools-messages-page-intro = 每个链接都会打开您手机自带的短信或电子邮件，信息已经写好。Amparo 不会发送任何东西。请保存这一页，或把文字复制到安全的地方。
tools-messages-sms = 在我的短信中打开
tools-messages-mail = 在我的电子邮件中打开
tools-msg-subject = 我被拘留了
tools-msg-detained = 我被移民局拘留了。
tools-msg-call-lawyer = 请打电话给我的律师 { $lawyer }，电话 { $phone }。
tools-msg-call-lawyer-no-phone = 请打电话给我的律师 { $lawyer }。
tools-msg-a-number = 我的 A 号码是 { $a_number }。
tools-msg-children = 请按照我们的家庭计划照顾孩子。
tools-msg-from = —— { $name }
tools-msg-to-lawyer = 我是 { $name }。我被移民局拘留了。请找到我并代理我的案子。
tools-msg-born = 我的出生日期是 { $date }。

## "如果我被拘留"卡片

tools-card-title = 如果我被拘留
tools-card-back-title = 致执法人员

## 有人被带走

tools-taken-title = 有人被带走了
tools-taken-intro = 在最初几个小时内行动。保持冷静，写下您知道的情况，并按顺序做以下步骤。
tools-taken-search-with = 用以下资料查询
tools-taken-find-heading = 1. 找到被关押的地方
tools-taken-locator = 在 ICE 在线被拘留者查询系统 { $url } 查询：用 A 号码和出生国家，或用完整法定姓名和出生国家。
tools-taken-exact-name = 姓名要与移民文件上的完全一致，包括重音符号和连字符。如果查不到，试试其他拼法和出生日期。
tools-taken-nine-digits = A 号码有 9 位数字：8 位数的号码前面加一个 0。
tools-taken-not-shown = 它可能还查不到这个人：逮捕或转移后，资料可能要几个小时或几天才更新。它不显示未满 18 岁的人，也不显示获释超过 60 天的人。
tools-taken-locator-privacy = 查询系统会记录您的网络地址。ICE 说不会用它来执法。
tools-taken-case-heading = 2. 查询案件
tools-taken-eoir = 打移民法院的自动热线 { $phone }，输入 A 号码：它会告诉您下一次开庭的时间和法官的决定。它不提供保释的信息，快速遣返的命令也不在其中。
tools-taken-help-heading = 3. 在纽约市寻求帮助
tools-taken-help-pending = 免费法律求助热线（每一条都在其来源核实过）列在 Amparo 的"获取帮助"页面上。请当天就打。
tools-taken-lawyer-heading = 4. 最初几个小时内找律师
tools-taken-lawyer-now = 马上打电话给家庭计划中的律师，或免费法律求助热线。律师可以查出此人被关在哪里，通知 ICE 由他代理，并要求释放。
tools-taken-habeas = 律师也可以请联邦法院审查这次拘留（人身保护令）。申请要在此人被关押的地方提出，所以要在被转移出纽约之前行动。
tools-taken-fear = 如果此人害怕回到自己的国家，必须清楚地说出来。在快速遣返程序中，执法人员必须把他交给庇护官员，而不能立即遣返。
tools-taken-presence = 如果此人在美国已超过两年，请尽快把能证明的文件交给律师：此人必须证明这一点才能避免快速遣返，并可以要求时间去取文件。
tools-taken-consulate-heading = 5. 领事馆
tools-taken-consulate = 此人所属国家的领事馆可以帮忙找到他并与他联系。此人可以选择不联系领事馆。
tools-taken-consulate-must = 对某些国家（例如中国、俄罗斯和波兰），即使本人不愿意，ICE 也必须通知领事馆。如果此人害怕本国政府，请马上告诉律师。
tools-taken-children-heading = 6. 孩子
tools-taken-standby = 如果父母指定了候补监护人，此人可以担任孩子的监护人 60 天，并必须在此期间向遗嘱认证法院（Surrogate's Court）申请被正式任命为监护人。
tools-taken-designation = 亲权关系人的指定书让此人可以和学校及医生打交道。请出示给他们看。
tools-taken-ready-heading = 7. 准备好这些
tools-taken-ready = 此人的完整法定姓名、A 号码、出生日期和出生国家；在哪里、什么时候被带走；家庭计划；律师的姓名和电话；能证明在美国两年的文件；此人的药物和医疗需要。

## 两年居留证明

tools-presence-title = 在美国两年的证明
tools-presence-intro = 快速遣返让执法人员在无法证明在美国两年的人身上，不经法官就可以把他驱逐出境。列出您的文件和日期：Amparo 会显示它们涵盖哪些月份，以及哪里有空缺。
tools-presence-covers = 您的文件显示从 { $from } 到 { $to } 都在美国，没有任何超过 { $limit } 天没有文件的时段。
tools-presence-not-covered = 您的文件没有涵盖 { $from } 到 { $to } 的全部时间：{ $count ->
    [one] 有一个空缺
   *[other] 有 { $count } 个空缺
}（见下文）。
tools-presence-not-legal = 这只显示您的文件显示了什么。这不是法律决定：由执法人员或法官决定，律师可以告诉您这些文件有多大作用。
tools-presence-gaps-heading = 空缺
tools-presence-months-heading = 逐月情况
tools-presence-index-heading = 文件索引
tools-presence-rule-heading = 空缺是怎么算的
tools-presence-rule = 空缺是指超过 { $limit } 天没有任何文件涵盖的时段，或两年开始到您第一份文件之间的时间。没有规定说文件必须多久显示一次居留；{ $limit } 天是移民法在另一条关于连续居留的规定中所接受的最长离境时间，所以更长的时段是执法人员可能质疑的。
tools-presence-kinds-heading = 可以证明居留的文件
tools-presence-keep = 把副本放在家人拿得到的安全地方，手机或电子邮件里也存一份。随身携带文件也有风险：请问律师该带什么。如果您被拘留，可以要求时间去取文件，或请人送来。
tools-month-covered = 是
tools-month-gap = 否
tools-gap-no-papers = 没有文件
tools-gap-before-first-paper = 第一份文件之前
tools-gap-between-papers = 文件之间
tools-gap-after-last-paper = 最后一份文件之后
tools-kind-lease = 租约
tools-kind-rent_receipt = 房租收据
tools-kind-pay_stub = 工资单
tools-kind-tax_return = 报税表
tools-kind-utility_bill = 水电煤气账单
tools-kind-phone_bill = 电话或网络账单
tools-kind-bank_statement = 银行对账单
tools-kind-money_transfer = 汇款收据
tools-kind-medical_record = 医疗记录
tools-kind-school_record = 学校记录（您的或您孩子的）
tools-kind-religious_record = 宗教场所的证明
tools-kind-mail = 寄给您的信件
tools-kind-id_card = 在美国发的身份证（例如 IDNYC）
tools-kind-court_record = 法院记录
tools-kind-child_birth_certificate = 在美国出生的孩子的出生证
tools-kind-employment_letter = 雇主的信
tools-kind-other = 其他有日期的文件

## 遭遇记录

tools-record-title = 遭遇记录
tools-record-intro = 写给律师看。只写您亲眼看到、亲耳听到的事。
tools-record-officers-heading = 执法人员
tools-record-vehicles-heading = 车辆
tools-record-witnesses-heading = 证人
tools-record-ag-heading = 向纽约州总检察长报告
tools-record-ag-intro = 总检察长的 "Federal Action Reporting Form" 接受移民执法行动的报告。是否提交由您决定。您提交的内容可能会用于公开报告和法庭。如果被逮捕的是您本人，请先和您的律师谈。以下是表格的栏目，以及您可以填进去的内容：
tools-ag-when = 日期和时间
tools-ag-where = 地点
tools-ag-description = 事情经过
tools-ag-media = 照片、视频或链接
tools-ag-contact = 您的联系方式（可选）
tools-ag-your-choice = 由您决定：不想填可以留空。
tools-record-keep = 把这份记录和您的视频保存在安全的地方，并给律师一份副本。

## 网页

tools-home-heading = 事前与事后
tools-plan-link-hint = 谁接孩子、电话号码、律师——写在纸上，用您的语言。
tools-card-link-hint = 姓名、A 号码、两个电话号码和您的律师，以及要用英语说的话。
tools-taken-link-hint = 如何找到被拘留的亲人，以及最初几个小时该做什么。
tools-presence-link-hint = 您的文件涵盖哪些月份，哪里有空缺。
tools-record-link-hint = 把发生的事写下来，给律师看。
tools-see-also = 相关工具
tools-plan-page-intro = 只填您想写在纸上的内容：只有姓名是必填的。然后制作计划、钱包卡、信息，或"有人被带走"的单子。
tools-record-page-intro = 趁还记得，尽快写下来。只有时间、地点和事情经过是必填的。
tools-paper-size = 纸张
tools-form-person = 这份计划的当事人
tools-form-child = 孩子 { $number }
tools-form-contact = 紧急联系人 { $number }
tools-form-lawyer = 律师
tools-form-more = 健康、文件和钱
tools-form-say-fear = 在我的卡片上写"我害怕回到我的国家"
tools-form-paper = 文件 { $number }
tools-form-officer = 执法人员 { $number }
tools-form-vehicle = 车辆 { $number }
tools-form-witness = 证人 { $number }
tools-form-encounter = 遭遇
tools-form-what = 发生了什么
tools-form-taken-intro = 填上您知道的资料，打印一张带这些资料的单子。不会保存任何东西。
tools-make-plan = 制作计划（PDF）
tools-make-card = 制作钱包卡（PDF）
tools-make-messages = 写好信息
tools-make-taken = 制作"有人被带走"单子（PDF）
tools-make-presence = 检查我的文件
tools-make-presence-pdf = 打印文件索引（PDF）
tools-make-record = 制作记录（PDF）
tools-make-record-json = 下载给律师的记录（JSON）
tools-errors-heading = 请检查这些栏目：
tools-privacy-heading = 保存了什么，保存在哪里
tools-privacy-server = 您按下按钮时，您填写的内容会送到 Amparo 的服务器，服务器在内存中制作您的文件，然后忘掉它。服务器上不保存任何东西，不写入任何日志，也不设置 cookie。
tools-privacy-paper = 您下载的文件含有个人资料。请放在只有您信任的人才找得到的地方。
tools-privacy-draft = 在允许的手机上，您也可以只在这部手机上保存草稿，用您自己选的密码锁住。Amparo 永远收不到它，也打不开它。
tools-draft-legend = 这部手机上的草稿
tools-draft-passphrase = 密码（至少 8 个字符；如果忘记，草稿就打不开了）
tools-draft-save = 在这部手机上保存草稿
tools-draft-open = 打开草稿
tools-draft-delete = 删除草稿
tools-draft-saved = 已保存在这部手机上，并用您的密码锁住。
tools-draft-opened = 草稿已打开。
tools-draft-deleted = 草稿已从这部手机上删除。
tools-draft-wrong = 密码错误，或草稿已损坏。
tools-draft-none = 这部手机上没有草稿。
tools-draft-short = 密码太短。
tools-draft-working = 处理中…

## 错误

tools-error-required = 这一项必须填写。
tools-error-shape = 格式不符合要求（{ $value }）。
tools-error-not-a-date = "{ $value }" 不是日期。
tools-error-not-a-date-time = "{ $value }" 不是日期和时间。
tools-error-future-date = { $value } 是将来的日期。最晚只能是 { $latest }。
tools-error-too-old = { $value } 太久以前了。
tools-error-ends-before-start = 结束日期（{ $to }）早于开始日期（{ $from }）。
tools-error-date-or-range = 请填一个日期，或填"从"和"到"两个日期。
tools-error-a-number = "{ $value }" 不是 A 号码：A 号码有 8 或 9 位数字。
tools-error-phone = "{ $value }" 不是电话号码：美国号码是 10 位数字，或 + 加国家代码。
tools-error-email = "{ $value }" 不是电子邮件地址。
tools-error-plate = "{ $value }" 不是车牌号。
tools-error-unknown = "{ $value }" 不在选项之中。
tools-error-too-long = 太长了：最多 { $max } 个字符。
tools-error-too-many = 太多了：最多 { $max } 个。
tools-error-control-character = 含有无法打印的字符。
