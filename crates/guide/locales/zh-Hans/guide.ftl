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
dont-label = 不要这样做
sources-label = 法律依据
reviewed = 最近审核：{ $date }
points-count = { $count } 条
disclaimer = 这是法律信息，不是法律意见。法律和政策会变化。如需针对您个人情况的建议，请咨询律师或法律援助机构。
status-source = 原文。
status-machine-assisted = 机器辅助翻译，尚未经母语人士审校。
status-reviewed = 译文已经母语人士审校。
door-card-title = 如果执法人员来到您家门口
door-card-back-title = 致执法人员
door-card-check-title = 如何检查搜查令或逮捕令

## 十个要点

kp-judicial-warrant = 执法人员如果未经允许要进入住宅、学校或工作场所的非公开区域，需要有法官签署的令状。由 ICE 官员签署的 ICE 文件（例如 I-200 或 I-205 表格）不是法官签发的令状。
kp-judicial-warrant-say = 请把令状从门下塞进来。
kp-agents-may-lie = 执法人员可以说谎。他们可能自称是“警察”，或说只是想谈谈。请问清楚他们是谁、在哪个机构工作。
kp-agents-may-lie-say = 你们是谁？你们是哪个机构的？
kp-remain-silent = 您有权保持沉默。您不必说出自己在哪里出生、怎样来到美国，或您的移民身份是什么。
kp-remain-silent-say = 我行使保持沉默的权利。
kp-free-to-go = 问一句：“我可以走了吗？”如果回答是可以，就平静地离开。如果回答是不可以，就留在原地，保持沉默。
kp-free-to-go-say = 我可以走了吗？
kp-film = 您可以拍摄或录下执法人员，只要不妨碍他们执行公务。请保持安全距离。
kp-stay-calm = 保持冷静。把双手放在执法人员看得见的地方。
kp-do-not-run = 不要跑。逃跑可能被当作拦截或逮捕您的理由。
kp-do-not-resist = 不要反抗，即使您认为执法人员违法。不要推搡或触碰执法人员。说明您不同意，事后再找律师。
kp-do-not-resist-say = 我不同意。
kp-do-not-lie = 不要说谎，也不要出示虚假证件。如果不想回答，就保持沉默。
kp-do-not-obstruct = 不要阻挡执法人员或挡住他们的路，即使是为了帮助别人。您可以在安全距离外观察、录像，并告诉别人他们的权利。

## 情况：在家

home-title = 在家：执法人员在门口
home-intro = ICE 常常在清晨上门。您不必开门。隔着关好的门说话。
home-door-heading = 如果执法人员敲门
home-dont-open = 不要开门。您可以隔着门或窗户说话。如果您开了门，执法人员可能会进来，或事后说是您让他们进来的。
home-dont-open-say = 我不同意你们进入。
home-ask-warrant = 问他们有没有法官签署的令状。请他们把令状从门下塞进来，或贴在窗户上给您看。您不必开门就能看到。
home-ask-warrant-say = 请把令状从门下塞进来。
home-check-warrant = 检查这份文件。法官签发的令状来自法院（例如“United States District Court”或纽约州的法院），并由法官签名。写着“Department of Homeland Security”或“Immigration and Customs Enforcement”，或有 I-200、I-205 等表格编号的文件，是由 ICE 官员签署的，不是法官。在这里，移民法官不算法院的法官。
home-check-warrant-dont = 不要只因为文件上写着“Warrant”（令状）就开门。
home-warrant-scope = 法官签发的逮捕令，允许执法人员在有理由相信被点名的人在屋内时，进入这个人自己的住所。要进入其他人的住所，他们需要搜查令。搜查令只允许在令状写明的日期和时间内，搜查令状写明的地方。
home-i205 = 自 2025 年 5 月起，ICE 声称由 ICE 官员而非法官签署的递解令（I-205 表格）允许其人员强行进入住宅。这一说法存在争议，法律上尚无定论。不要开门，并说明您不同意。如果他们强行进入，不要反抗。
home-i205-dont = 不要用身体顶住门，也不要阻挡执法人员。
home-inside-heading = 如果执法人员进了屋
home-exceptions = 有少数例外情况，例如真正的紧急情况。如果执法人员还是进来了，不要反抗：法院以后可以判断这次进入是否合法。
home-no-search = 清楚地说您不同意搜查。不要反抗，也不要阻挡他们。
home-no-search-say = 我不同意搜查。
home-watch = 注意并记住：姓名、警徽号码、所属机构、他们搜查了什么、拿走了什么。尽快写下来。
home-sign-nothing = 在咨询律师之前，什么都不要签。
home-sign-nothing-say = 没有律师，我什么都不签。

## 情况：在街上

street-title = 在街上或地铁里
street-intro = 执法人员可能在公共场所拦下您。保持冷静，了解您可以说什么。
street-stopped-heading = 如果执法人员拦下您
street-carry-papers = 如果您年满 18 岁并持有有效的移民证件（例如绿卡），联邦法律要求您随身携带。如果您带着，可以出示。
street-carry-papers-dont = 绝不要携带或出示虚假证件或他人的证件。
street-no-search = 如果执法人员认为您带有武器，可以从外面拍摸您的衣服。您不必同意对您身体、包或手机的其他搜查。要说清楚，但不要反抗。
street-no-search-say = 我不同意搜查。
street-arrest-heading = 如果您被逮捕
street-arrest = 执法人员逮捕您时，在安全时必须尽快说明他们是移民执法人员，以及逮捕您的原因。保持沉默，要求见律师。
street-arrest-say = 我要和律师谈。

## 情况：在车里

car-title = 在车里
car-intro = 警察和联邦执法人员可以拦车。司机和乘客都有权利。
car-stop-heading = 如果您被拦下
car-pull-over = 如果您在开车，执法人员示意您停车，请安全靠边停车。熄火，打开车内灯，双手放在方向盘上。
car-pull-over-dont = 不要开车离开或试图逃走。
car-passengers = 乘客同样有权保持沉默。乘客可以问自己是否可以离开。
car-passengers-say = 我可以走了吗？
car-no-search = 您不必同意搜查车辆。要说清楚，但不要用身体阻止他们。
car-no-search-say = 我不同意搜查。

## 情况：在工作场所

work-title = 在工作场所
work-intro = 执法人员可能来到工作场所。他们能做什么，取决于该区域是否对公众开放。
work-areas-heading = 公开区域和非公开区域
work-public-areas = 执法人员可以不用令状进入对公众开放的区域，例如商店的营业区或餐厅的用餐区。
work-private-areas = 要进入不对公众开放的区域，例如办公室、厨房或仓库，执法人员需要令状，或者业主或经理的同意。业主或经理可以拒绝。
work-private-areas-say = 我不同意你们进入非公开区域。
work-raid-heading = 突击搜查时
work-raid = 执法人员可能向所有人提问。被问话不等于被逮捕。您可以保持沉默，并问自己是否可以离开。

## 情况：去法院

court-title = 去法院
court-intro = 纽约州法律保护前往纽约州法院的人免遭民事逮捕。
court-ny-heading = 纽约州法院
court-protected = 如果您作为当事人或证人，或作为当事人或证人的家人或同住者，前往、身在或离开纽约州法院的案件，您受保护，不会被民事逮捕。这包括 ICE 因民事移民事项进行的逮捕。例外：法官签署了针对这次逮捕的令状或命令。
court-remedy = 违反这项法律逮捕他人属于藐视法庭。当事人和纽约州总检察长都可以向法院申请制止。如果这种事发生在您或您认识的人身上，请告诉律师。
court-immigration-heading = 移民法庭
court-immigration = 移民法庭是联邦法庭，不是纽约州法院，移民法官为美国司法部工作。这项纽约州法律在那里可能保护不了您。开庭前请咨询律师。
court-do-not-miss = 不要错过移民法庭的听证。如果您不去，法官可以在您缺席的情况下下令将您遣返。

## 情况：在学校

school-title = 在学校和托儿所
school-intro = 每个孩子都可以上公立学校。提前做好计划，确保您无法接孩子时他们也安全。
school-heading = 您孩子的权利
school-right-to-attend = 在纽约，每个孩子都可以上公立学校，无论孩子或父母的移民身份如何。
school-city-property = 纽约市法律规定，没有法官签发的令状，市政府不得让 ICE 或其他非本市警察进入市政财产的非公开区域。有一些例外，例如紧急情况。请问孩子的学校有什么应对计划。
school-plan-heading = 提前计划
school-pickup = 给学校一份最新的可信任成年人名单，他们可以接您的孩子。父母也可以签一份表格，让一位可信任的成年人为孩子做学校和医疗方面的决定。

## 情况：市政服务

city-title = 市政服务：收容所、医院、市政机构
city-intro = 纽约市限制本市机构协助移民执法。您可以使用市政服务。
city-heading = 市法律的规定
city-confidential = 市政工作人员只有在需要判断您是否有资格获得某项服务，或法律要求时，才会询问移民身份。他们必须对此保密。
city-police-victims = 纽约市警察局（NYPD）的警察不会询问犯罪受害者、证人或求助者的移民身份。
city-non-public = 在市政机构，以及提供市政府合同服务的地方（例如许多收容所），没有法官签发的令状，工作人员不得让 ICE 进入非公开区域，紧急情况等部分情形除外。
city-no-resources = 市政机构不得把本机构的人员、时间或建筑用于民事移民执法，也不得让市政人员接受联邦移民执法的指挥（即所谓的 287(g) 协议）。
city-jail = 如果您被 NYPD 羁押或关在市监狱，只有当 ICE 出示法官签发的令状，并且您曾因某些严重罪行被定罪或可能在恐怖主义监控名单上时，市政府才可以为 ICE 扣留您，或把您的释放时间告诉 ICE。NYPD 有一个范围很窄的例外，允许在没有令状的情况下最多扣留 48 小时。
city-limits-heading = 这些法律的局限
city-no-private-suit = 这些市法律如果被违反，并不赋予您起诉市政府的权利。如果您认为某个市政机构在不该协助 ICE 时协助了 ICE，请告诉律师或法律援助机构。

## 情况：如果您被拘留

detained-title = 如果您被拘留或逮捕
detained-intro = 如果执法人员逮捕了您，保持冷静。您说的话和签的文件都很重要。
detained-heading = 保护自己
detained-lawyer = 要求见律师。您有权请律师，但在移民案件中政府不支付律师费。请索取免费法律服务名单。
detained-lawyer-say = 我要和律师谈。
detained-sign = 不要签任何您看不懂的文件，特别是关于“自愿离境”（voluntary departure）或“约定遣返”（stipulated removal）的文件。签字可能意味着放弃见法官的权利，并同意离开美国。
detained-sign-say = 没有律师，我什么都不签。
detained-consulate = 如果您不是美国公民，可以要求联系本国领事馆。您不是必须这样做：如果您害怕本国政府，可以选择不联系。
detained-phone = 背下一位家人和一位律师的电话号码。执法人员可能会拿走您的手机。
detained-city-heading = 在 NYPD 羁押或市监狱中

## 情况：拍摄

filming-title = 拍摄和录音
filming-intro = 在纽约，只要不妨碍执法，您有权拍摄警察和其他执法人员。
filming-heading = 您的拍摄权
filming-right = 如果您没有被逮捕，您有权用视频、照片、录音或文字笔记记录正在执法的人员，并保留您的记录和手机。
filming-distance = 保持安全距离。不要触碰执法人员，不要挡住他们的路。如果他们要求，就后退。拍摄权不允许用身体妨碍执法。
filming-what = 拍下警徽、制服、车辆、车牌和发生的事情。大声说出日期、时间和地点。
filming-interfered = 如果执法人员阻止您拍摄，或拿走、弄坏您的手机，纽约州法律可能允许您提起诉讼。请告诉律师。
filming-care-heading = 注意
filming-share = 发布前要想一想：视频可能拍到被捕者的脸。先把视频交给他们的家人或律师。

## 情况：做好准备

prepare-title = 制定家庭计划
prepare-intro = 今天做好计划，明天家人更安全。
prepare-plan-heading = 您的计划
prepare-children = 决定如果您被拘留，由谁接孩子、照顾孩子。父母可以签一份表格，让一位可信任的成年人在最长一年内为孩子做学校和医疗方面的决定。这份表格不会转移监护权。
prepare-numbers = 背下一位家人以及一位律师或法律援助机构的电话号码。确保家人也知道这些号码。
prepare-documents = 把重要文件（出生证明、护照、移民和法院文件）放在一个可信任的人能拿到的安全地方，并保留复印件。如果您年满 18 岁，持有绿卡或其他登记证件，请随身携带原件：这是法律的要求。
prepare-card = 随身带一张权利卡。您可以把卡交给执法人员，而不必开口说话。

## 情况：事后

after-title = 遭遇执法之后
after-intro = 您现在写下的内容，以后能帮助律师。
after-heading = 接下来怎么做
after-write = 尽快写下发生的事情：日期、时间和地点；姓名和警徽号码；所属机构；车辆和车牌；说了什么、做了什么；以及证人的姓名和电话。
after-lawyer = 咨询律师或法律援助机构。在此之前什么都不要签。
after-court-arrest = 如果有人在前往、身在或离开纽约州法院时被逮捕，请告诉律师：纽约州法律可能让他们有权索赔。
after-recording = 把视频和照片的副本存放在安全的地方。您有权保留自己的记录。

## 门卡：正面（持卡人的语言）

card-dont-open = 不要开门。
card-ask-warrant = 要求出示法官签署的令状。请他们把令状从门下塞进来。
card-silent = 您有权保持沉默。
card-no-sign = 没有律师，什么都不要签。
card-calm = 保持冷静。不要跑，不要反抗，不要说谎。
card-show = 把这张卡的背面给执法人员看。

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
advice-stay-silent = 您有权保持沉默。您可以说：“我行使保持沉默的权利。”
advice-do-not-resist = 即使他们进来了，也不要反抗。不要跑。保持冷静。
advice-write-down = 写下姓名、警徽号码、所属机构、时间、发生了什么以及证人的姓名。
advice-call-lawyer = 打电话给律师或法律援助热线。没有律师，什么都不要签。
advice-admin-warrant-no-entry = 仅凭这份文件，执法人员不能在未经您同意的情况下进入您的住所。
advice-judicial-arrest-warrant-limited = 法官签发的逮捕令，可能允许执法人员在有理由相信被点名的人在屋内时，进入这个人自己的住所。它不允许进入其他人的住所：那需要搜查令。
advice-search-warrant-check-scope = 搜查令允许在令状写明的日期和时间内，搜查令状写明的地方。
advice-i205-contested = 自 2025 年 5 月起，ICE 声称递解令（I-205 表格）允许其强行进入住宅。这在法律上尚无定论。不要同意，也不要进行身体反抗。
advice-check-signed-by-judge = 检查是谁签的字：必须是法院的法官，不能是移民官员，也不能是移民法官。
advice-check-name-address = 检查令状上的人名是否正确、地址是否和您的地址完全一致。
advice-check-dates = 检查日期。联邦搜查令必须在 { $federal-days } 天内执行，纽约州的搜查令必须在 { $state-days } 天内执行，并且除非令状另有规定，只能在白天执行。
advice-unknown-what-to-look-for = Amparo 无法判断这是什么文件。请看顶部有没有法院名称，以及有没有法官签名。“Department of Homeland Security”、“Immigration and Customs Enforcement”或 I-200、I-205、I-247A 等表格编号，表示这是 ICE 的文件。
advice-not-named-person = 这份文件上的名字似乎不是您。
advice-not-this-address = 这份文件上的地址似乎不是这个地址。
advice-expired = 这份令状似乎已经过了可以执行的最后一天。
advice-outside-hours = 这份令状似乎在它允许的时间以外执行。
advice-detainer-not-for-entry = ICE 羁押请求（I-247A 表格）是向监狱或警察提出的请求。它不赋予任何进入住宅的权力。
