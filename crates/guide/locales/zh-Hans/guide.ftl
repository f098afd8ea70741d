### Amparo 权利指南：简体中文。
### 机器辅助翻译，尚未经母语人士审校。

## 语言和界面

language-name = 简体中文
guide-title = 了解您的权利
guide-subtitle = 如果移民执法人员（ICE）来了：纽约市
key-points-heading = 最重要的 10 点
scenarios-heading = 情况
say-label = 可以这样说
say-english-label = 英文
dont-label = 注意
sources-label = 法律依据
legal-status-settled = 这一点没有争议。
legal-status-contested = 法院或政府机构对此看法不一。
legal-status-in-litigation = 法院仍在审理这个问题。
legal-status-reported = 据媒体报道；尚未在官方文本中得到证实。
legal-status-case = 案件
reviewed = 最近审核：{ $date }
points-count = { $count } 条
disclaimer = 这是法律信息，不是法律意见。法律和政策会变化。如需针对您个人情况的建议，请咨询律师或法律援助机构。
status-source = 原文。
status-machine-assisted = 机器辅助翻译，尚未经母语人士审校。
status-reviewed = 译文已经母语人士审校。
translation-stale = 此译文正在更新。英文原文现在是：
translation-shares = { $current }% 为最新 · { $reviewed }% 经人工审阅
door-card-title = 如果执法人员来到您家门口
door-card-back-title = 致执法人员
door-card-check-title = 如何检查搜查令或逮捕令

## 十个要点

kp-judicial-warrant = 未经许可进入住宅，或进入工作场所的非公开区域，执法人员需要有法官签署的令状。由 ICE 官员签署的 ICE 文件（例如 I-200 或 I-205 表格）不是法官的令状。
kp-judicial-warrant-say = 请把令状从门下塞进来。
kp-agents-may-lie = 法律允许执法人员说谎。他们可能自称是本地警察，说在找别人，或说只是想谈谈。请问清楚他们是谁、在哪个机构工作。如果他们说有令状，请要求看令状。
kp-agents-may-lie-say = 你们是谁？你们是哪个机构的？
kp-remain-silent = 您有权保持沉默。您不必说出自己在哪里出生、怎样来到美国，或您的移民身份是什么。但是，如果您害怕回到自己的国家，请清楚地说出来，能用英语最好：“I am afraid to return to my country.”（我害怕回到我的国家。）对这种恐惧保持沉默，可能导致您在没有法官的情况下被快速遣返。
kp-remain-silent-say = 我行使保持沉默的权利。
kp-free-to-go = 问一句：“我可以走了吗？”如果回答是可以，就平静地离开。如果回答是不可以，就留在原地，保持沉默。
kp-free-to-go-say = 我可以走了吗？
kp-film = 您可以在公共场所拍摄或录下执法人员，只要不妨碍他们执行公务。请保持安全距离。
kp-stay-calm = 保持冷静。把双手放在执法人员看得见的地方。
kp-do-not-run = 不要跑。逃跑可能被当作拦截或逮捕您的理由。
kp-do-not-resist = 不要反抗，即使您认为执法人员违法。不要推搡或触碰执法人员。说明您不同意，事后再找律师。
kp-do-not-resist-say = 我不同意。
kp-do-not-lie = 不要说谎，也不要出示假证件。如果您不是美国公民，绝不要说自己是：这是犯罪，并可能使您永远无法获得合法身份。如果您不想回答，就保持沉默。
kp-do-not-obstruct = 不要阻挡执法人员或挡他们的路，即使是为了帮助别人；也不要把任何人藏起来不让他们找到。您可以在安全距离外观察、录像，并告诉别人他们的权利。

## 情况：在家

home-title = 在家：执法人员在门口
home-intro = ICE 常常在清晨上门。您不必开门。隔着关好的门说话。
home-door-heading = 如果执法人员敲门
home-dont-open = 不要开门。您可以隔着门或窗户说话。如果您开了门，执法人员可能会进来，或事后说是您让他们进来的。
home-dont-open-say = 我不同意你们进入。
home-ask-warrant = 问他们有没有法官签署的令状。请他们把令状从门下塞进来，或贴在窗户上给您看。您不必开门就能看到。
home-ask-warrant-say = 请把令状从门下塞进来。
home-check-warrant = 查看文件是由谁签发、由谁签署的。法官的令状来自法院（例如“United States District Court”或纽约州法院），并由法官签署。I-200、I-205 或 I-247A 等 ICE 表格由移民官员签署，不是法官。真正的法院令状可能写明 ICE 或国土安全部是申请令状的机构：仅凭这一点并不能说明它是 ICE 表格。在这方面，移民法官不算法院的法官。
home-check-warrant-dont = 不要只因为文件上写着“Warrant”（令状）就开门。
home-warrant-scope = 法官签发的逮捕令，允许执法人员在有理由相信被点名的人在屋内时，进入这个人自己的住所。要进入其他人的住所，他们需要搜查令。搜查令只允许在令状写明的日期和时间内，搜查令状写明的地方。
home-i205 = ICE 称，由 ICE 官员而非法官签署的递解令（I-205 表格），允许其人员强行进入已有最终递解令者的住宅。这来自一份 2025 年 5 月的内部备忘录，于 2026 年 1 月被公开。明尼苏达州的一名联邦法官裁定其中一次这样的进入违宪，这份备忘录也正在法院受到挑战。不要开门，并说明您不同意。如果他们强行进入，不要反抗。
home-i205-dont = 不要试图用力把门顶住，也不要阻挡执法人员。
home-final-order = 现在就弄清楚您家里是否有人有递解令，哪怕是很久以前因为没去出庭而下的。移民法庭的自动电话热线可以告诉您（见“获取帮助”），或者询问律师。
home-inside-heading = 如果执法人员进了屋
home-exceptions = 有少数例外，例如真正的紧急情况。如果执法人员还是进来了，不要反抗。把发生的事情记下来，并告诉律师。法院以后可能会审查这次进入，但非法进入本身并不会结束递解案件。
home-no-search = 清楚地说您不同意搜查。不要反抗，也不要阻挡他们。
home-no-search-say = 我不同意搜查。
home-watch = 注意并记住：姓名、警徽号码、所属机构、他们搜查了什么、拿走了什么。尽快写下来。
home-sign-nothing = 在咨询律师之前，什么都不要签。
home-sign-nothing-say = 没有律师，我什么都不签。

## 情况：在街上

street-title = 在街上或地铁里
street-intro = 执法人员可能在公共场所拦下您。保持冷静，了解您可以说什么。
street-stopped-heading = 如果执法人员拦下您
street-carry-papers = 如果您年满 18 岁，联邦法律要求您随身携带移民登记证明，例如绿卡、工作许可（EAD）或您的 I-94 记录。不随身携带属于轻罪（罚款并可判最多 30 天监禁）。如果您带着，可以出示。
street-carry-papers-dont = 绝不要携带或出示假证件或别人的证件。其他国家的证件会显示您的国籍：只带您需要的证件。
silent-name = 如果您不想回答某个问题，宁可什么都不说，也不要说假话。在纽约，向警察报假名字是犯罪；对联邦执法人员说谎是联邦罪行。
silent-visa = 如果您持签证在美国（例如学生或工作签证），拒绝向移民官员提供他们要求的信息，可能让您失去身份。请问律师哪些问题您必须回答。
registration-rule = 自 2025 年 4 月起，年满 14 岁、从未向美国政府登记过的人必须登记（G-325R 表格），年满 18 岁还须随身携带登记证明。登记会让 ICE 得到您的姓名和地址；不登记可能构成犯罪。无论决定登记还是不登记，请先咨询律师。
street-no-search = 如果执法人员认为您带有武器，可以隔着衣服对您拍身检查。您不必同意对您身体、包或手机的其他搜查。要说清楚，但不要反抗。
street-no-search-say = 我不同意搜查。
street-arrest-heading = 如果您被逮捕
street-arrest = 执法人员逮捕您时，在安全时必须尽快说明他们是移民执法人员，以及逮捕您的原因。保持沉默，要求见律师。
street-arrest-say = 我要和律师谈。

## 情况：在车里

car-title = 在车里
car-intro = 警察和联邦执法人员可以拦车。司机和乘客都有权利。
car-stop-heading = 如果您被拦下
car-pull-over = 如果您在开车，执法人员示意您停车，请安全靠边停车。熄火，打开车内灯，双手放在方向盘上。
car-pull-over-dont = 不要开车离开，也不要试图逃走。在纽约，开车逃避警察是犯罪，而且按市政府的移民规定可能算作严重罪行。
car-driver-papers = 如果您在开车，警察要求时，您必须出示驾照、车辆登记和保险证明。出示这些并不意味着您必须回答其他问题。
car-passengers = 乘客同样有权保持沉默。乘客可以问自己是否可以离开。
car-passengers-say = 我可以走了吗？
car-no-search = 您不必同意搜查车辆。要说清楚，但不要用身体阻止他们。
car-no-search-say = 我不同意搜查。
car-border = 在边境和海岸附近（纽约市就在这个区域内），联邦法律赋予移民官员更大的拦车权力。您仍然可以说您不同意搜查，并保持沉默。
car-dmv-heading = 您在 DMV 的记录
car-green-light = 纽约州 DMV 没有法官令状或法院命令，不会把记录交给移民机构，并且在他们索取时会通知您（《绿灯法》）。联邦政府正在法院挑战这项法律；它目前仍然有效。

## 情况：在工作场所

work-title = 在工作场所
work-intro = 执法人员可能来到工作场所。他们能做什么，取决于该区域是否对公众开放。
work-areas-heading = 公开区域和非公开区域
work-public-areas = 执法人员可以不用令状进入对公众开放的区域，例如商店的营业区或餐厅的用餐区。
work-private-areas = 要进入非公开区域，例如不对公众开放的办公室、厨房或仓库，执法人员需要令状或业主、经理的同意。业主或经理可以拒绝，可以这样说：
work-private-areas-say = 我不同意你们进入非公开区域。
work-raid-heading = 突击搜查时
work-raid = 执法人员可能向所有人提问。被问话不等于被逮捕。您可以保持沉默，并问自己是否可以离开。

## 情况：去法院

court-title = 去法院
court-intro = 纽约州法律保护去纽约州法院的人免遭民事逮捕。移民法庭由联邦政府管理，情况不同。
court-ny-heading = 纽约州法院
court-protected = 如果您作为当事人或证人，或作为当事人、证人的家人或同住者，去纽约州法院出庭、在法院里或离开法院，纽约州法律禁止对您进行民事逮捕，包括 ICE 因民事移民事项的逮捕，除非法官为此签署了令状或命令。2025 年一家联邦法院维持了这项法律。如果执法人员仍然抓人，不要反抗：补救在事后进行。
court-remedy = 违反这项法律逮捕他人属于藐视法庭。当事人和纽约州总检察长都可以向法院申请制止。如果这种事发生在您或您认识的人身上，请告诉律师。
court-immigration-heading = 移民法庭
court-immigration = 移民法庭，例如位于 26 Federal Plaza、290 Broadway 和 201 Varick Street 的法庭，不是纽约州法院：它们属于美国司法部，纽约州关于法院周边逮捕的法律不适用于它们。开庭前请咨询律师。
court-do-not-miss = 不要错过移民法庭的听证。如果您不去，法官可以在您缺席的情况下下令将您遣返。

## Scenario: immigration court and ICE check-ins

icourt-title = 移民法庭和 ICE 报到
icourt-intro = 继续按时出庭和去 ICE 报到。为那一天做好准备，并知道该说什么。
icourt-before-heading = 在那一天之前
court-lawyer = 尽量请律师陪同。您的律师会提交 G-28 表格，让法院和 ICE 与律师联系。免费法律帮助见“获取帮助”。
court-plan = 为那一天做好计划：如果您被拘留，打电话给谁、谁去接孩子、您的证件放在哪里。带证件复印件，不要带原件，并把计划交给您信任的人。
court-proof = 如果您在美国已住了两年以上，请带上能证明这一点的文件复印件，例如租约、工资单、报税表、账单、学校或医疗记录。如果您来这里不到两年，请和有稳定移民身份的人一起去。
icourt-room-heading = 在法庭上
court-oppose-dismissal = 如果政府律师请求法官撤销（结束）您的案件，这可能是为了逮捕您并在没有法官的情况下快速遣返您。请告诉法官您反对撤销，并请求给您时间找律师。如果法官仍然撤销案件，就说您要上诉。
court-oppose-dismissal-say = 我反对撤销案件。我请求给我时间找律师。
icourt-arrests-heading = 在法庭的逮捕
court-arrests-order = 自 2026 年 5 月起，一项联邦法院命令把 ICE 在纽约市移民法庭（26 Federal Plaza、290 Broadway 和 201 Varick Street）的逮捕限制在例外情况，例如安全威胁。这项命令在上诉中仍可能改变，而且并不禁止在法庭以外的地方逮捕。
icourt-checkin-heading = ICE 报到
checkin-risk = 去 ICE 报到有风险：有人在报到时被拘留，包括在 26 Federal Plaza。报到前请咨询律师，没有法律意见不要缺席，并在那天准备好您的计划。

## 情况：在学校

school-title = 在学校和托儿所
school-intro = 每个孩子都可以上公立学校。提前做好计划，确保您无法接孩子时他们也安全。
school-heading = 您孩子的权利
school-right-to-attend = 在纽约，每个孩子都可以上公立学校，无论孩子或父母的移民身份如何。
school-city-property = 联邦政策不再让 ICE 远离学校（自 2025 年 1 月起）。纽约市公立学校有自己的规定：工作人员不可以让移民执法人员进入。他们会打电话给学校系统的律师，执法人员在外面等候，直到任何令状被核查完毕。请问孩子的学校有什么计划。
school-plan-heading = 提前计划
school-pickup = 给学校一份最新的可信成年人名单，让他们可以接您的孩子（紧急联系人卡）。纽约州也允许家长签署文件，让一位可信的成年人照顾孩子：见“制定家庭计划”。

## Scenario: hospitals and places of worship

places-title = 医院和宗教场所
places-intro = 联邦规定不再让 ICE 远离这些地方。照常看病、参加宗教活动，并了解哪些规定仍然有效。
places-heading = 仍然有效的规定
places-federal-rollback = 自 2025 年 1 月起，联邦政策不再让 ICE 远离医院、学校或宗教场所。执法人员要进入不对公众开放的区域，仍然需要法官的令状或负责人的同意。
places-hospital = 需要医疗时请去就医。纽约市公立医院（NYC Health + Hospitals）要求工作人员向执法人员索取法官令状，并在执法人员进入公共区域以外的地方之前，打电话给医院的法律部门。私立医院有自己的规定。
places-worship = 宗教场所是私人财产。执法人员可以进入对所有人开放的区域，例如公开的宗教活动，但要进入非公开区域，需要法官的令状或负责人的同意。
places-state-law = 2026 年，纽约州议员推动规定：没有法官令状，住宅、学校、医院和宗教场所不得进行民事移民执法，并允许人们在州法院起诉联邦官员。这是否已成为法律，目前无法证实。

## 情况：市政服务

city-title = 市政府机构和收容所
city-intro = 纽约市限制本市机构协助移民执法。您可以使用市政服务。
city-heading = 市法律的规定
city-confidential = 市政工作人员只有在需要判断您是否有资格获得某项服务，或法律要求时，才会询问移民身份。他们必须对此保密。
city-police-victims = 纽约市警察局（NYPD）的警察不会询问犯罪受害者、证人或求助者的移民身份。
city-non-public = 在市政府办公室，以及提供市政府外包服务的地方（例如许多收容所），没有法官的令状，工作人员不可以让 ICE 或其他非本市警察进入非公开区域。市法律列出了一些例外，例如紧急情况。这项规定约束的是市政府工作人员，不约束 ICE。
city-no-resources = 市政府机构不可以把员工、时间或建筑用于移民执法，也不可以把市政府人员交给联邦移民部门指挥（即所谓的 287(g) 协议）。
city-eo13 = 自 2026 年 2 月起，一项市长命令（第 13 号行政令）规定：除非法律要求，市政府机构不可以把为市政目的收集的信息提供给联邦移民当局，也不可以让联邦执法人员把市政府停车场当作集结地点。
city-safer-sanctuary = 2026年1月，市议会推翻市长的否决，通过了一项法律（Safer Sanctuary Act），禁止ICE在市监狱（例如赖克斯岛）设立办公室。该法律的最终文本未能核实。
city-jail = 如果您被 NYPD 羁押或关在市监狱，市法律只允许在以下情况为 ICE 扣留您或把您的释放时间告诉 ICE：ICE 出示由联邦法官签署的令状，并且您在过去五年内（服刑时间不计）因某些严重罪行被定罪，或可能在恐怖主义监控名单上。市法律也提到在少数情况下 NYPD 可以无令状短暂扣留，但纽约州法院已裁定，地方官员不能凭自己的权力为 ICE 扣留任何人。缓刑部门也遵守类似规定。如果到了释放时间还扣着您，请告诉律师。
city-limits-heading = 这些法律的局限
city-no-private-suit = 这些市法律不给您在法律被违反时起诉市政府的权利。可能还有其他索赔途径，例如您在该释放时仍被扣留。一项允许人们起诉的市议会法案（NYC Trust Act）在上次核查时仍未通过。请告诉律师或法律援助机构。

## 情况：如果您被拘留

detained-title = 如果您被拘留或逮捕
detained-intro = 如果执法人员逮捕了您，保持冷静。您说的话和签的文件都很重要。
detained-heading = 保护自己
detained-fear = 如果您害怕回到自己的国家，请尽早清楚地说出来，每次被问到都要说。请求一次关于您恐惧的面谈（“可信恐惧”面谈，credible fear）。这可以阻止在没有法官的情况下被快速遣返。
detained-fear-say = 我害怕回到我的国家。
detained-expedited = 自 2025 年起，ICE 在美国各地对未经入境许可进入、且无法证明已在美国住满两年的人使用“快速遣返”（expedited removal），即不经法官的遣返。一家法院在 2025 年 8 月暂停了这项做法；一家上诉法院在 2026 年允许其恢复，案件仍在进行。如果您在这里已住了两年或更久，请说出来，并请家人把您的证明带来。
detained-lawyer = 要求见律师。您有权请律师，但在移民案件中政府不支付律师费。请索取免费法律服务名单。
detained-lawyer-say = 我要和律师谈。
detained-sign = 不要签任何您看不懂的文件，特别是关于“自愿离境”（voluntary departure）或“约定遣返”（stipulated removal）的文件。签字可能意味着放弃见法官的权利，并同意离开美国。
detained-sign-say = 没有律师，我什么都不签。
detained-consulate = 您可以要求 ICE 通知您本国的领事馆您被拘留，也可以选择不通知。但对某些国家，即使您不愿意，ICE 也必须通知领事馆：例如中国（包括香港和澳门，但不包括台湾护照）、俄罗斯、乌克兰、白俄罗斯、乌兹别克斯坦、波兰、牙买加、圭亚那、特立尼达和多巴哥、尼日利亚、加纳、菲律宾、阿尔及利亚、突尼斯、科威特和哥斯达黎加。如果您害怕本国政府，请马上告诉律师。
detained-phone = 记住一位家人和一位律师的电话号码。执法人员逮捕您时可能拿走您的手机；要查看手机里的内容，他们通常需要令状。
detained-release-heading = 出来：保释和人身保护令
detained-bond = 向律师询问保释：在案件进行期间交钱获释。2025 年，移民上诉委员会说，未经检查入境的人不能从移民法官那里获得保释。2026 年 4 月，管辖纽约的联邦上诉法院裁定，在美国境内被捕的人仍可以申请保释听证；最高法院已同意对这个问题作出裁决。
detained-habeas = 律师也可以请求联邦法院下令释放您（“人身保护令”申请，habeas）。申请要在您被关押的地方提出，所以应尽快提出，赶在您被转移出纽约之前。
detained-fed-plaza-heading = 如果您被关在 26 Federal Plaza
detained-fed-plaza = 一家联邦法院命令 ICE：在 26 Federal Plaza 被关押 12 小时或以上的人，每人至少有 50 平方英尺（约 4.6 平方米）的空间、干净的睡垫、肥皂和其他卫生用品、饭食、所需药物，并在 24 小时内可以免费、私密地给律师打电话。如果没有做到，请告诉律师。
detained-city-heading = 在 NYPD 羁押或市监狱中

## Scenario: arrested in a criminal case

criminal-title = 在刑事案件中被警察逮捕
criminal-intro = 任何逮捕都可能传到移民当局。从一开始就保护好您的移民案件。
criminal-heading = 需要知道的事
criminal-fingerprints = NYPD 每次逮捕都会把您的指纹发给 FBI，FBI 再与国土安全部共享。ICE 可能得知任何一次逮捕，即使最后没有被定罪。
criminal-tell-lawyer = 告诉您的辩护律师您不是美国公民。在对任何事情认罪之前，即使是小的违法行为，也要先弄清楚它对您的移民案件意味着什么：您的律师必须告诉您认罪是否有被递解的风险。
criminal-laken-riley = 2025 年的一项联邦法律（《莱肯·莱利法》）规定，未经入境许可进入的人，只要被指控或因盗窃、商店行窃、入室盗窃或袭警被逮捕，即使没有定罪，ICE 也必须拘留。

## Scenario: visas, airports and travel

travel-title = 签证、机场和旅行
travel-intro = 如果您持有签证，以及在旅行时，有些规定不一样。
travel-heading = 不同之处
travel-border = 在机场和边境口岸，当您从国外入境时，官员可以在没有令状的情况下询问您，并检查您的行李和手机。如果您的身份不稳定，出国前请先咨询律师。

## 情况：拍摄

filming-title = 拍摄和录音
filming-intro = 在纽约，只要不妨碍执法，您有权拍摄警察和其他执法人员。
filming-heading = 您的拍摄权
filming-right = 纽约州法律给予您在您未被逮捕时，用视频、照片、录音或书面笔记记录执法人员工作的权利，并保留您的记录和手机。这明确适用于 NYPD。对于 ICE 等联邦执法人员，在公共场所拍摄受到广泛保护，但管辖纽约的上诉法院还没有就此直接作出裁决。
filming-distance = 保持安全距离。不要触碰执法人员，不要挡住他们的路。如果他们要求，就后退。拍摄权不允许用身体妨碍执法。
filming-what = 拍下警徽、制服、车辆、车牌和发生的事情。大声说出日期、时间和地点。
filming-places = 移民法庭的听证不允许录音录像，联邦大楼内部也限制拍摄。请在外面的公共场所拍摄。
filming-interfered = 如果警察阻止您录像，或拿走、弄坏您的手机，纽约州法律可能让您可以起诉。起诉联邦执法人员要难得多。请告诉律师；您也可以向纽约州总检察长举报（见“获取帮助”）。
filming-care-heading = 注意
filming-share = 发布前要想一想：视频可能拍到被捕者的脸。先把视频交给他们的家人或律师。
filming-no-doxxing = 不要公布执法人员的住址或其他私人信息：为威胁或恐吓而公布这些信息是联邦罪行。

## 情况：做好准备

prepare-title = 制定家庭计划
prepare-intro = 今天做好计划，明天家人更安全。
prepare-plan-heading = 您的计划
prepare-children = 决定如果您被拘留，谁来照顾您的孩子。家长可以签署一份表格，让一位可信的成年人在最长 12 个月内为孩子做学校和医疗方面的决定。超过 30 天的须经公证；如果家长去世或丧失行为能力，它就失效。它不会转让监护权。
prepare-standby = 家长也可以在两名证人面前指定一名备用监护人（standby guardian），在移民逮捕、拘留或遣返后照顾孩子 60 天，之后须向遗嘱认证法院（Surrogate's Court）申请。律师或法律援助团体可以帮您选择。
prepare-numbers = 背下一位家人以及一位律师或法律援助机构的电话号码。确保家人也知道这些号码。
prepare-documents = 把重要文件（出生证明、护照、移民和法庭文件）放在一个可信的人能拿到的安全地方，并保留复印件。如果您年满 18 岁，请随身携带登记证明，例如绿卡、工作许可或 I-94：这是法律要求。
prepare-two-years = 收集能证明您已在美国住了两年或更久的文件，最好每个月都有：租约、工资单、报税表、水电账单、银行、医疗和学校记录。把复印件放在家人能很快拿到的地方：如果您被拘留，他们可以交给您的律师。
prepare-address = 如果您搬家，请在 10 天内通知国土安全部（AR-11 表格）；如果您有案件，也要通知移民法庭（EOIR-33 表格）。开庭通知会寄到档案中的最新地址。
prepare-card = 随身带一张权利卡。您可以把卡交给执法人员，而不必开口说话。

## 情况：事后

after-title = 遭遇执法之后
after-intro = 您现在写下的内容，以后能帮助律师。
after-heading = 接下来怎么做
after-write = 尽快写下发生的事情：日期、时间和地点；姓名和警徽号码；所属机构；车辆和车牌；说了什么、做了什么；以及证人的姓名和电话。
after-lawyer = 咨询律师或法律援助机构。在此之前什么都不要签。
after-court-arrest = 如果有人在前往、身在或离开纽约州法院时被逮捕，请告诉律师：纽约州法律可能让他们有权索赔。
after-recording = 把视频和照片的副本存放在安全的地方，并在别处再存一份。纽约州法律规定您可以保留自己的记录。如果执法人员拿走了它，请告诉律师。
after-report = 您可以向纽约州总检察长举报联邦执法人员的行为，如果有照片或视频也可以一起提交（见“获取帮助”）。

## 门卡：正面（持卡人的语言）

card-dont-open = 不要开门。
card-ask-warrant = 要求出示法官签署的令状。请他们把令状从门下塞进来。
card-silent = 您有权保持沉默。如果您害怕回到自己的国家，请说出来。
card-no-sign = 没有律师，什么都不要签。
card-calm = 保持冷静。不要跑，不要反抗，不要说谎。
card-show = 隔着窗户或从门下出示这张卡的背面。不要为了出示而开门。

## 门卡：背面（用英文读给执法人员听；以下是译文）

card-back-silent = 我行使保持沉默的权利。
card-back-no-search = 我不同意搜查。
card-back-no-entry = 我不同意你们进入。
card-back-no-sign = 没有律师，我什么都不签。
card-back-slide-warrant = 请把任何令状从门下塞进来。

## 令状检查：建议

advice-door-keep-closed = 把门关好。您不必开门就能和执法人员说话或查看文件。
advice-door-ask-slide-paper = 请他们把文件从门下塞进来，或贴在窗户上给您看。
advice-say-no-consent = 说：“I do not consent to your entry”（我不同意你们进入）。
advice-stay-silent = 您有权保持沉默。您可以说：“I am exercising my right to remain silent”（我行使保持沉默的权利）。如果您害怕回到自己的国家，请说出来。
advice-do-not-resist = 即使他们进来了，也不要反抗。不要跑。保持冷静。
advice-write-down = 写下姓名、警徽号码、所属机构、时间、发生了什么以及证人的姓名。
advice-call-lawyer = 打电话给律师或法律援助热线。没有律师，什么都不要签。
advice-admin-warrant-no-entry = 仅凭这份文件，执法人员不能在未经您同意的情况下进入您的住所。
advice-judicial-arrest-warrant-limited = 法官签发的逮捕令，可能允许执法人员在有理由相信被点名的人在屋内时，进入这个人自己的住所。它不允许进入其他人的住所：那需要搜查令。
advice-search-warrant-check-scope = 搜查令允许在令状写明的日期和时间内，搜查令状写明的地方。
advice-i205-contested = ICE 声称，递解令（I-205 表格）允许其强行进入有最终递解令的人的住宅。法院尚未对此作出定论，已有一名联邦法官认定这样的进入违宪。不要同意，也不要进行身体反抗。
advice-check-signed-by-judge = 检查是谁签的字：必须是法院的法官，不能是移民官员，也不能是移民法官。
advice-check-name-address = 检查令状上的人名是否正确、地址是否和您的地址完全一致。
advice-check-dates = 检查日期。联邦搜查令必须在 { $federal-days } 天内执行，纽约州的搜查令必须在 { $state-days } 天内执行，并且除非令状另有规定，只能在白天执行。
advice-unknown-what-to-look-for = Amparo 无法判断这是什么文件。请看是谁签发、谁签署的：顶部是否有法院名称，签名下方是否有法官职衔。ICE 表格（I-200、I-205、I-247A）由移民官员签署。法院令状可能写明 ICE 或 DHS 是申请该令状的机构；仅凭这一点，它并不是 ICE 的表格。
advice-not-named-person = 这份文件上的名字似乎不是您。
advice-not-this-address = 这份令状似乎没有写明这个地址。搜查令只允许搜查其中描述的地点。如果执法人员仍然进入，不要反抗：之后由法院判断是否合法。
advice-expired = 这份令状的最后使用日期似乎已过。它现在可能不再允许搜查，但不要反抗：由法院决定。
advice-outside-hours = 这份令状似乎不允许在这个时间搜查。它现在可能不允许搜查，但不要反抗：由法院决定。
advice-detainer-not-for-entry = ICE 羁押请求（I-247A 表格）是向监狱或警察提出的请求。它不赋予任何进入住宅的权力。
advice-application-not-a-warrant = 这是一份搜查令申请（AO 106）：执法人员向法官提出的宣誓请求。它不是令状，即使有法官签名，也不允许任何人进入。请他们把令状本身从门下塞进来。
advice-named-person-lives-here = 法官签发的逮捕令允许执法人员进入其中所列之人居住的住宅，前提是他们有理由相信此人在里面。如果此人不住在这里，他们需要搜查令才能进入。您可以隔着关着的门这样告诉他们。
advice-court-decides = 这份令状由法官签署。即使它看起来已过期、超出允许的时间或写的是别的地址，也不要反抗：文件可能被读错了，只有法院才能决定它是否允许他们进入。说明您不同意，并告诉律师。
advice-check-removal-order = 要了解家中是否有人有递解令，请用其 A 号码拨打移民法院的自动电话 1-800-898-7180（英语和西班牙语，昼夜可用）。它不会显示所有命令，例如在边境的递解，所以也请咨询律师。

## Warrant check: guided questions (what a person sees on the paper; the printed English words
## on the paper are shown as they are, beside these)

check-q-heading = 最顶部印的是什么？
check-q-heading-hint = 法院或机构的名称，通常是大写字母。
check-q-title = 大字标题是什么？
check-q-form = 角落里有表格编号吗？
check-q-form-hint = 通常在左下角，例如 I-200 或 AO 442。
check-q-signer = 签名下方印的是什么职衔？
check-q-signer-hint = 在签名线下方所印姓名的旁边或下面。
check-q-name = 上面写的是谁的名字？
check-q-address = 上面写的是哪个地址？
check-q-dates = 上面印的日期（如果看得到）
check-q-issued = 签发或签署日期
check-q-execute-by = “Execute on or before”（最迟执行）日期
check-q-signed = 有签名吗？
check-other = 其他：
check-cannot-read = 我看不清
check-none = 没有
check-yes = 有
check-no = 没有
check-not-sure = 看不出来
check-name-mine = 我的名字
check-name-other = 别人的名字
check-address-here = 这个地址
check-address-other = 别的地址
check-gloss-federal-court = 联邦法院
check-gloss-state-court = 纽约州法院
check-gloss-city-court = 纽约市法院
check-gloss-immigration-agency = 移民机构
check-gloss-immigration-court = 移民法院，不是普通法院
check-gloss-court-judge = 法院的法官
check-gloss-clerk = 法院职员，不是法官
check-gloss-immigration-officer = ICE 官员，不是法官
check-gloss-immigration-judge = 不是法院的法官
check-cli-how = 输入答案的编号并按回车键。只按回车键可跳过问题。
check-cli-your-name = 您的名字，用于检查文件上是否写着您（按回车跳过）
check-cli-your-address = 这个住所的地址（按回车跳过）

## Speak for me (/speak): the lines to say, one at a time, played in English

speak-title = 替我说
speak-hint = 对执法人员说的话，大字显示。您的手机可以用英语说出来。
speak-intro = 把英文句子给执法人员看，或者读出来。
speak-tap = 点一下句子：手机会用英语说出来。
speak-play = 用英语说
speak-previous = 上一句
speak-next = 下一句
speak-why = 为什么？
