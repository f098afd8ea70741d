### Amparo：可以打给谁（“获取帮助”），以及法律有哪些变化。简体中文。
### 机器辅助翻译，尚未经母语人士审校。

## “获取帮助”页面

help-title = 获取帮助
help-intro = 纽约市的免费帮助。下面每个号码和地址都在该机构自己的网页或政府网页上核对过，核对日期见各条。请您直接拨打：Amparo 不替任何人打电话，也不保存任何信息。
help-call = 拨打 { $phone }
help-website = 网站
help-email = 电子邮件
help-hours = 服务时间
help-languages = 语言：{ $list }
help-interpreters = 提供多种语言的口译。
help-checked = 核对于 { $date }：{ $source }
help-block-title = 谁可以帮忙
help-all = 所有电话和帮助
help-door-line = 执法人员在您家门口，或有人被带走？请拨打 { $phone }：会为您转接能提供帮助的市政府部门。
help-card-line = 免费帮助：{ $phone }
help-changes-link = 法律有哪些变化（2025–2026）

## “法律变化”页面

changes-title = 法律有哪些变化
changes-intro = 2025 年和 2026 年法律变化很快。以下按时间从新到旧列出每项变化：可信程度如何，以及 Amparo 对此怎么说。这是法律信息，不是法律建议：您自己的情况请咨询律师。
changes-effective = 自 { $date } 起生效。
changes-source = 来源
changes-case = 案件
changes-touches = Amparo 对此的说明
changes-status-settled = 已由官方来源确认。
changes-status-contested = 法院或政府机构对此意见不一。
changes-status-in-litigation = 法院仍在审理中。
changes-status-reported = 媒体有报道；尚未由官方来源确认。
changes-kind-statute = 联邦法律
changes-kind-local-law = 市法律
changes-kind-state-law = 州法律
changes-kind-rule = 联邦法规
changes-kind-court-order = 法院裁决
changes-kind-agency-memo = 政府机构备忘录
changes-kind-agency-policy = 政府机构政策
changes-kind-executive-order = 行政令
changes-kind-lawsuit = 已提起诉讼
changes-kind-bill = 提案（不是法律）

## 可以打给谁：每个联系方式的用途

contact-nyc-311-for = 如果执法人员在您家门口，或有人被拘留，请拨打 311。会为您转接能提供帮助的市政府部门，您也可以留言。
contact-moia-legal-hotline-for = 市政府免费、保密的移民法律帮助：初步评估，并转介给免费律师。您也可以拨打 311，说 “immigration legal”。
contact-moia-legal-hotline-hours = 星期一至星期五，上午 9 点至下午 6 点。
contact-moia-legal-hotline-note = 录音会先问您的语言；在服务时间内会有真人接听。
contact-nys-new-americans-hotline-for = 纽约州免费、匿名的热线：提供信息，并转介免费的移民律师，也包括被移民拘留的人。您也可以举报移民欺诈。
contact-nys-new-americans-hotline-hours = 星期一至星期五，上午 8 点至晚上 8 点；星期六和星期日，上午 9 点至下午 5 点。
contact-nys-new-americans-hotline-note = 提供 200 多种语言。
contact-nyifup-legal-aid-for = 为被 ICE 拘留、移民法庭案件在纽约市的人，以及案件在新泽西州的纽约市居民，提供免费律师。
contact-nyifup-legal-aid-note = Legal Aid 请家属写信到这个地址，联系其 NYIFUP 团队。
contact-nyifup-bds-for = NYIFUP 的三家服务机构之一：为面临驱逐出境、被拘留的纽约人提供免费律师。
contact-nyifup-bds-note = 这是 Brooklyn Defenders 总办公室的电话。
contact-nyifup-bronx-defenders-for = NYIFUP 的三家服务机构之一：为面临驱逐出境、被拘留的纽约人提供免费律师。
contact-nyifup-bronx-defenders-note = 在其自己的网页上无法核实电话号码：请使用网站。
contact-eoir-case-line-for = 移民法庭的自动查询热线：下一次听证的日期和地点，以及法官的决定。输入 9 位数的 A 号码（8 位数的前面加 0）。可以用它查一查家里有没有人有驱逐令。
contact-eoir-case-line-hours = 全天 24 小时，每天。
contact-eoir-case-line-note = 没有保释或动议的信息。快速遣返令可能查不到。
contact-ice-detainee-locator-for = 查找被 ICE 拘留的人：用 A 号码和出生国家查，或用完全准确的姓名和出生国家查。
contact-ice-detainee-locator-note = 这是 ICE 自己的网站。它不显示 18 岁以下的人，已获释的人只显示 60 天。姓名必须完全一致。新的逮捕或转移可能过一段时间才显示。
contact-nyag-reporting-form-for = 把您看到的移民执法行动的照片、视频或描述发给纽约州总检察长办公室。联系方式可以不填。
contact-nyag-reporting-form-note = 提交表格不等于起诉，该办公室也不提供法律建议。您提交的内容可能用于公开报告或法庭。这个地址来自新闻报道和另一个项目的记录；如果打不开，请访问 ag.ny.gov。

## 法律变化：每项变化一段摘要

change-er-designation-2025 = 自 2025 年 1 月 21 日起，执法人员可以在全国任何地方，对未经正式入境或未获假释（parole）、又无法证明在美国住满两年的人使用快速遣返（不经法官）。如果您害怕回国，请清楚地说出来。
change-er-parole-stay-2025 = 一家联邦法院禁止 DHS 对在入境口岸以假释身份进入美国的人使用快速遣返。案件仍在进行。
change-er-stay-2025 = 华盛顿特区的一位联邦法官暂停了在全国使用快速遣返。这项暂停已于 2026 年结束。
change-er-stay-reversed-2026 = 华盛顿特区的上诉法院在 2026 年 6 月前后撤销了这项暂停。快速遣返又可以在美国任何地方用于无法证明在此住满两年的人。
change-laken-riley-act-2025 = 一项新的联邦法律：无证入境的人，如果因盗窃、商店偷窃、入室盗窃或袭击执法人员被逮捕或起诉，ICE 必须拘留，不得保释。仅被逮捕就足够。
change-yajure-hurtado-2025 = 移民上诉委员会裁定，未经检查入境的人不能在移民法官面前申请保释听证。律师现在向联邦法院申请释放（人身保护令）。并非所有联邦法院都同意该委员会的看法。
change-bond-second-circuit-2026 = 负责纽约的联邦上诉法院裁定：未经检查入境、在美国境内被逮捕的人，可以向移民法官申请保释。最高法院已于 2026 年 10 月同意审理这一问题：请向律师确认目前适用的规定。
change-registration-rule-2025 = 自 2025 年 4 月 11 日起，从未向政府登记过的人必须登记（G-325R 表格）并随身携带证明。许多文件已经算数，例如工作许可、I-94 或出庭通知（Notice to Appear）。在登记之前，或决定不登记之前，请先和律师谈谈。
change-registration-stay-denied-2025 = 一位联邦法官拒绝阻止登记规定。起诉的团体没有证明自己有资格起诉；法官没有判断该规定是否合法。
change-protected-areas-rescinded-2025 = 联邦政府结束了让移民执法人员远离学校、医院和宗教场所的政策。纽约市的规定仍然限制谁可以让执法人员进入市政府建筑的非公开区域。
change-ice-memo-i205-2025 = 一份在 2026 年 1 月公开的 ICE 秘密备忘录告诉执法人员：ICE 的遣返令（I-205 表格）虽然没有法官签名，却可以让他们强行进入有最终驱逐令的人的住宅。目前法院正被要求判断这是否合法。
change-gibson-ruling-2026 = 明尼苏达州的一位联邦法官裁定，只凭 I-205 强行进入一名男子住宅的 ICE 人员违反了宪法。该裁决只涉及这一个案件。
change-i205-suit-2026 = 马萨诸塞州的团体提起诉讼，要求禁止 ICE 依据这份备忘录在没有法官令状的情况下进入住宅。
change-ice-courthouse-guidance-2025 = ICE 发布的指引导致在法院内外的逮捕增多。
change-poca-suit-2025 = 美国司法部起诉纽约州，要求废除保护前往纽约法院的人免遭民事逮捕的州法律。
change-court-arrests-ruling-2025 = 曼哈顿的一位联邦法官拒绝阻止 ICE 在纽约市移民法庭的逮捕。请继续出席听证，尽量带律师一起去。
change-poca-upheld-2025 = 一家联邦法院维持了纽约州的《保护我们的法院法》（Protect Our Courts Act）：没有法官签发的令状或命令，不得在纽约州法院进行民事移民逮捕。该法不包括联邦移民法庭。
change-court-arrests-stayed-2026 = 曼哈顿的一位联邦法官暂停了 ICE 在 26 Federal Plaza、201 Varick Street 和 290 Broadway 的移民法庭内外的例行逮捕，特殊情况除外。出庭前请向律师确认目前的规定。
change-court-arrests-nationwide-2026 = 加利福尼亚州的一位联邦法官命令 ICE 停止在全国移民法庭的逮捕。这可能被上诉：请向律师确认您出庭当天适用的规定。
change-fed-plaza-tro-2025 = 一位联邦法官命令 ICE 改善 26 Federal Plaza 的临时羁押室：足够的空间、干净的铺盖、卫生用品，以及与律师的保密通话。
change-fed-plaza-pi-2025 = 法院的命令继续有效：在 26 Federal Plaza 被关押 12 小时或以上的人，必须有空间、干净的铺盖、食物、药品，并在 24 小时内获得一次免费、保密的律师通话。
change-doj-v-nyc-2025 = 美国司法部起诉纽约市，要求废除其庇护城市法律。没有找到废除这些法律的裁决。
change-eo-50-voided-2025 = 纽约的一家法院宣布市长的一项命令无效；该命令原本会允许 ICE 在 Rikers 岛设立办公室。
change-safer-sanctuary-act-2026 = 市议会推翻市长的否决，通过了《更安全庇护法》（Safer Sanctuary Act）：市里的限制现在适用于任何从事民事移民执法的联邦人员，而不只是 ICE；任何联邦移民人员都不得在 Rikers 等监狱用地上设立办公室。
change-eo-13-2026 = 市长第 13 号行政令：除非法律要求，市政府机构不得向联邦移民当局提供信息；联邦人员不得使用市政府的停车场来集结或处理逮捕。每个机构都要指定隐私负责人并检查自己的规定。
change-doc-audit-2026 = 惩教局同意对其遵守 ICE 拘留请求（detainer）相关法律的情况进行全面审计。
change-nyag-reporting-form-2025 = 纽约州总检察长开通了在线表格，您可以发送所看到的移民执法行动的照片、视频或描述。
change-local-cops-local-crimes-2026 = 州长提出一项州法律草案：结束地方警察与 ICE 的合作协议（287(g)），不让 ICE 使用地方监狱，并在敏感场所（包括住宅）要求有法官签发的令状。这只是提案，不是法律。
change-nyag-observers-2026 = 纽约州总检察长办公室的工作人员现在穿着有标识的背心，观察并记录联邦移民执法行动，但不干预。
change-ny-budget-immigration-2026 = 州众议会通过了一项预算法案，其中限制协助 ICE，并允许起诉侵犯您权利的联邦人员。该法案是否已成为法律尚未得到确认。
change-locate-act-2026 = 国会的一项法案将要求 ICE 的被拘留者查询系统在 12 小时内更新。它不是法律。
change-tps-haiti-syria-2026 = 最高法院允许政府终止海地和叙利亚人的临时保护身份（TPS）。如果您有 TPS，请和律师谈谈您的选择。
