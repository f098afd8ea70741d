### Amparo: أدوات لما قبل وما بعد (خطة العائلة، بطاقة "إذا تم احتجازي"، أخذوا أحدهم، إثبات سنتين، سجل لقاء). العربية.
### ترجمة بمساعدة الآلة، لم يراجعها متحدث أصلي بعد.

## عام

tools-made = صُنع باستخدام Amparo في { $date }. لم يحتفظ Amparo بأي نسخة.
tools-yes = نعم
tools-no = لا
tools-status-reported = ذكره مدافعون أو الصحافة، ولم يؤكده مصدر رسمي.
tools-status-contested = المحاكم أو الجهات الحكومية مختلفة في هذا.
tools-status-in-litigation = المحاكم لا تزال تنظر في هذا.
tools-sources = المصادر

## التسميات

tools-field-name = الاسم القانوني الكامل كما في أوراق الهجرة
tools-field-card-name = اسمي كما في أوراقي
tools-field-a-number = رقم A (A-number)
tools-field-a-number-hint = 8 أو 9 أرقام. تجده في إشعار المثول (Notice to Appear) أو البطاقة الخضراء أو تصريح العمل.
tools-field-country-of-birth = بلد الميلاد
tools-field-date-of-birth = تاريخ الميلاد
tools-field-phone = الهاتف
tools-field-email = البريد الإلكتروني
tools-field-school = المدرسة
tools-field-pickup = من يأخذه من المدرسة
tools-field-caregiver = من يعتني به
tools-field-child-medical = الاحتياجات الطبية
tools-field-contact-name = الاسم
tools-field-relation = صلة القرابة
tools-field-lawyer-name = المحامي
tools-field-organization = المنظمة
tools-field-medical = الاحتياجات الطبية
tools-field-medications = الأدوية
tools-field-papers-location = مكان الأوراق
tools-field-money = المال والإيجار
tools-field-call = اتصل بـ
tools-field-hours = ساعات العمل
tools-field-checked = تاريخ التحقق
tools-field-as-of = العدّ إلى الوراء من
tools-field-window = السنتان
tools-field-earliest = أول ورقة
tools-field-latest = آخر ورقة
tools-field-covered-days = الأيام التي تُظهرها الأوراق
tools-field-from = من
tools-field-to = إلى
tools-field-date = التاريخ (يوم واحد)
tools-field-days = الأيام
tools-field-where-gap = أين
tools-field-month = الشهر
tools-field-shown = تُظهره ورقة
tools-field-papers = الأوراق
tools-field-number = رقم
tools-field-kind = نوع الورقة
tools-field-dates = التواريخ
tools-field-description = الوصف
tools-field-kept-at = مكان حفظها
tools-field-when = متى
tools-field-where = أين
tools-field-agency = الجهة
tools-field-written-by = كتبه
tools-field-what-happened = ماذا حدث
tools-field-paper-shown = هل أُظهرت ورقة؟
tools-field-paper = الورقة
tools-field-warrant-check = ما قاله فحص المذكرة في Amparo
tools-field-injuries = الإصابات
tools-field-recordings = الصور والفيديو ومكان حفظها
tools-field-officer-name = اسم العنصر
tools-field-badge = رقم الشارة
tools-field-plate = لوحة السيارة
tools-field-state = الولاية
tools-field-witness-name = الشاهد

## جمل تقولها

tools-say-heading = جمل تقولها بالإنجليزية
tools-say-lawyer = أريد التحدث إلى محاميّ.
tools-say-sign = لن أوقّع على أي شيء من دون محاميّ.
tools-say-fear = أخاف من العودة إلى بلدي.

## خطة العائلة

tools-plan-title = خطة العائلة
tools-plan-intro = احتفظ بهذه الخطة حيث تجدها عائلتك، وأعطِ نسخة منها للأشخاص المذكورين فيها. حدّثها عندما يتغير شيء.
tools-plan-person-heading = للعثور عليّ
tools-plan-children-heading = الأطفال
tools-plan-contacts-heading = جهات الاتصال في الطوارئ
tools-plan-lawyer-heading = المحامي
tools-plan-more-heading = الصحة والأوراق والمال

tools-gol-title = الخيار 1: شخص في علاقة أبوية
tools-gol-intro = ورقة موقّعة تسمح لشخص تختاره باتخاذ قرارات المدرسة والعلاج عن أطفالك حين لا تستطيع. لا تنقل الحضانة.
tools-gol-writing = مكتوبة، وفيها اسمك واسم الشخص الذي اخترته واسم كل طفل.
tools-gol-signed = توقّعها وتكتب تاريخ التوقيع.
tools-gol-over-30 = إذا كانت لأكثر من 30 يومًا، يجب أن تتضمن أيضًا:
tools-gol-addresses = عنوانك ورقم هاتفك، وعنوان الشخص المختار ورقم هاتفه.
tools-gol-birth-dates = تاريخ ميلاد كل طفل.
tools-gol-start = يوم بدايتها، أو الحدث الذي يبدأها (مثلًا: "إذا تم احتجازي").
tools-gol-consent = موافقة الشخص المختار مكتوبة.
tools-gol-no-order = إقرار بأنه لا يوجد أمر من محكمة يمنعك من إعدادها.
tools-gol-notary = توقيعك أمام كاتب عدل (notary).
tools-gol-limits = ما يجب أن تعرفه:
tools-gol-twelve-months = مدتها 12 شهرًا على الأكثر. إذا لم تُذكر مدة، فهي 30 يومًا، أو 12 شهرًا إذا تضمنت كل ما سبق.
tools-gol-both-parents = إذا أمرت محكمة بأن يقرر الوالدان معًا في أمور المدرسة أو الصحة، فيجب أن يوافق الاثنان.
tools-gol-ends = تنتهي إذا توفيت أو فقدت القدرة على اتخاذ القرار. قرارك أنت يأتي دائمًا قبل قرار الشخص المختار.
tools-gol-no-custody = لا تغيّر منطقة مدرسة طفلك، ولا يُلزَم الشخص المختار بالإنفاق على الطفل.
tools-gol-copies = أعطِ نسخًا للمدرسة والأطباء وخطة التأمين الصحي.

tools-sg-title = الخيار 2: وصيّ احتياطي (standby guardian)
tools-sg-intro = شخص تختاره يصبح وصيًّا على أطفالك إذا اعتقلتك سلطات الهجرة أو احتجزتك أو رحّلتك (يسميه القانون "انفصالًا إداريًا")، أو إذا توفيت أو فقدت أهليتك.
tools-sg-writing = تعيين مكتوب يسمّي الوصيّ الاحتياطي، وإن شئت شخصًا ثانيًا في حال لم يستطع الأول.
tools-sg-witnesses = توقّعه أمام شاهدين يوقّعان أيضًا. لا يجوز أن يكون الوصيّ الاحتياطي أحدهما.
tools-sg-starts = بعد اعتقال أو احتجاز من سلطات الهجرة، يبدأ عندما يكون لدى الوصيّ الاحتياطي دليل على ذلك (مثل ورقة من ICE) والتعيين الذي وقّعته.
tools-sg-sixty-days = من ذلك الحين يستطيع الوصيّ الاحتياطي التصرف مدة 60 يومًا، وعليه خلالها أن يطلب من محكمة التركات (Surrogate's Court، وليس محكمة الأسرة) تعيينه وصيًّا.
tools-sg-parent-keeps = تبقى أنت الوالد. يمكنك تغييره أو إلغاؤه.
tools-sg-help = في القانون نموذج اختياري لذلك. يمكن لمحامٍ من المساعدة القانونية المجانية أن يساعدك في ملئه.

tools-family-title = أيضًا
tools-family-intro = أشياء صغيرة تساعد في أصعب يوم.
tools-family-school = أخبر المدرسة، في بطاقة جهات الاتصال للطوارئ، من يُسمح له بأخذ أطفالك.
tools-family-papers = اترك نسخًا من شهادات الميلاد وجوازات السفر وهذه الخطة مع الشخص الذي سيعتني بأطفالك.
tools-family-numbers = يحفظ الجميع رقمين عن ظهر قلب: رقم أحد أفراد العائلة ورقم المحامي.
tools-family-money = ضع بعض المال جانبًا، وأخبر شخصًا تثق به كيف يدفع الإيجار.
tools-family-medicine = اترك حقيبة فيها أدويتك لأسبوع مع شخص تثق به.
tools-family-presence = إذا كنت في الولايات المتحدة منذ أكثر من سنتين، فاجمع أوراقًا تُظهر ذلك، واحتفظ بنسخ حيث تستطيع عائلتك الوصول إليها.
tools-family-both = يمكنك أن تعدّ الخيارين معًا. اسأل محاميًا من المساعدة القانونية المجانية أيهما يناسب عائلتك.

## رسائل مكتوبة مسبقًا

tools-messages-heading = رسائل مكتوبة مسبقًا
tools-messages-intro = جاهزة للإرسال إذا تم احتجازي. لا يُرسل شيء إلا إذا ضغطت "إرسال" على هاتفك أنت.
tools-messages-page-intro = كل رابط يفتح الرسائل أو البريد في هاتفك والرسالة جاهزة. Amparo لا يرسل شيئًا. احفظ هذه الصفحة أو انسخ النصوص في مكان آمن.
tools-messages-sms = افتح في رسائلي النصية
tools-messages-mail = افتح في بريدي الإلكتروني
tools-msg-subject = لقد تم احتجازي
tools-msg-detained = احتجزتني سلطات الهجرة.
tools-msg-call-lawyer = أرجوك اتصل بمحاميّ { $lawyer } على الرقم { $phone }.
tools-msg-call-lawyer-no-phone = أرجوك اتصل بمحاميّ { $lawyer }.
tools-msg-a-number = رقم A الخاص بي هو { $a_number }.
tools-msg-children = أرجوك اتبع خطة عائلتنا بشأن الأطفال.
tools-msg-from = — { $name }
tools-msg-to-lawyer = أنا { $name }. احتجزتني سلطات الهجرة. أرجو أن تجدني وتمثلني.
tools-msg-born = تاريخ ميلادي { $date }.

## بطاقة "إذا تم احتجازي"

tools-card-title = إذا تم احتجازي
tools-card-back-title = إلى العناصر

## أخذوا أحدهم

tools-taken-title = أخذوا أحدهم
tools-taken-intro = تصرّف في الساعات الأولى. ابقَ هادئًا، واكتب ما تعرفه، واتبع هذه الخطوات بالترتيب.
tools-taken-search-with = ابحث باستخدام
tools-taken-find-heading = 1. اعرف أين يُحتجز
tools-taken-locator = ابحث في نظام ICE للبحث عن المحتجزين على الإنترنت ⁦{ $url }⁩: برقم A وبلد الميلاد، أو بالاسم القانوني الكامل وبلد الميلاد.
tools-taken-exact-name = اكتب الاسم تمامًا كما في أوراق الهجرة، بالعلامات والشرطات. إذا لم يظهر شيء، جرّب كتابات أخرى وتاريخ الميلاد.
tools-taken-nine-digits = رقم A مكوّن من 9 أرقام: ضع 0 قبل الرقم المكوّن من 8 أرقام.
tools-taken-not-shown = قد لا يُظهر الشخص بعد: قد تتأخر البيانات ساعات أو أيامًا بعد الاعتقال أو النقل. ولا يُظهر من هم دون 18 عامًا، ولا من أُطلق سراحهم قبل أكثر من 60 يومًا.
tools-taken-locator-privacy = يسجّل نظام البحث عنوان الإنترنت الخاص بك. تقول ICE إنها لا تستخدمه في عمليات الإنفاذ.
tools-taken-case-heading = 2. تحقّق من القضية
tools-taken-eoir = اتصل بالخط الآلي لمحاكم الهجرة { $phone } ومعك رقم A: يخبرك بموعد الجلسة القادمة وبقرارات القاضي. لا يقول شيئًا عن الكفالة، ولا تظهر فيه أوامر الترحيل المعجّل.
tools-taken-help-heading = 3. اطلب المساعدة في مدينة نيويورك
tools-taken-help-pending = خطوط المساعدة القانونية المجانية، وكلٌّ منها متحقَّق منه في مصدره، موجودة في صفحة "احصل على مساعدة" في Amparo. اتصل بأحدها في اليوم نفسه.
tools-taken-lawyer-heading = 4. محامٍ في الساعات الأولى
tools-taken-lawyer-now = اتصل فورًا بالمحامي المذكور في خطة العائلة، أو بخط مساعدة قانونية مجاني. يستطيع المحامي معرفة مكان احتجاز الشخص، وإبلاغ ICE بأنه يمثله، وطلب الإفراج عنه.
tools-taken-habeas = يستطيع المحامي أيضًا أن يطلب من محكمة فيدرالية مراجعة الاحتجاز (المثول أمام القضاء، habeas corpus). يُقدَّم الطلب حيث يُحتجز الشخص، لذلك تصرّف قبل نقله خارج نيويورك.
tools-taken-fear = إذا كان الشخص يخاف من العودة إلى بلده، فعليه أن يقول ذلك بوضوح. في الترحيل المعجّل يجب على العنصر عندئذ أن يحيله إلى موظف لجوء بدل ترحيله فورًا.
tools-taken-presence = إذا كان في الولايات المتحدة منذ أكثر من سنتين، فأحضر إلى المحامي بسرعة أوراقًا تُظهر ذلك: على الشخص أن يثبت ذلك ليتجنب الترحيل المعجّل، ويمكنه أن يطلب وقتًا للحصول على الأوراق.
tools-taken-consulate-heading = 5. القنصلية
tools-taken-consulate = يمكن لقنصلية بلد الشخص أن تساعد في العثور عليه والتواصل معه. ويمكن للشخص أن يختار عدم التواصل معها.
tools-taken-consulate-must = بالنسبة لبعض البلدان (مثل الصين وروسيا وبولندا) يجب على ICE إبلاغ القنصلية حتى لو لم يرغب الشخص في ذلك. إذا كان الشخص يخاف من حكومته، فأخبر المحامي فورًا.
tools-taken-children-heading = 6. الأطفال
tools-taken-standby = إذا عيّن أحد الوالدين وصيًّا احتياطيًا، فيستطيع هذا الشخص التصرف كوصيّ على الأطفال مدة 60 يومًا، وعليه خلالها أن يطلب من محكمة التركات (Surrogate's Court) تعيينه وصيًّا.
tools-taken-designation = تعيين شخص في علاقة أبوية يسمح لهذا الشخص بالتعامل مع المدرسة والأطباء. أرِهم إياه.
tools-taken-ready-heading = 7. جهّز هذا
tools-taken-ready = الاسم القانوني الكامل للشخص، ورقم A، وتاريخ الميلاد وبلده؛ وأين ومتى أخذوه؛ وخطة العائلة؛ واسم المحامي ورقمه؛ وأوراقًا تُظهر سنتين في الولايات المتحدة؛ وأدويته واحتياجاته الطبية.

## إثبات سنتين

tools-presence-title = إثبات سنتين في الولايات المتحدة
tools-presence-intro = يسمح الترحيل المعجّل للعناصر بترحيل الشخص من دون قاضٍ إذا لم يستطع إظهار سنتين في الولايات المتحدة. اذكر أوراقك بتواريخها: يُظهر Amparo الأشهر التي تغطيها وأين توجد الفجوات.
tools-presence-covers = تُظهر أوراقك وجودك من { $from } إلى { $to } من دون أي فترة تزيد على { $limit } يومًا بلا ورقة.
tools-presence-not-covered = لا تُظهر أوراقك كل الفترة من { $from } إلى { $to }: { $count ->
    [zero] لا توجد فجوات
    [one] توجد فجوة واحدة
    [two] توجد فجوتان
    [few] توجد { $count } فجوات
    [many] توجد { $count } فجوة
   *[other] توجد { $count } فجوة
} (انظر أدناه).
tools-presence-not-legal = هذا يُظهر ما تُظهره أوراقك فقط. وليس قرارًا قانونيًا: القرار لعنصر أو قاضٍ، ويمكن لمحامٍ أن يخبرك بقيمة أوراقك.
tools-presence-gaps-heading = الفجوات
tools-presence-months-heading = شهرًا بشهر
tools-presence-index-heading = فهرس الأوراق
tools-presence-rule-heading = كيف تُحسب الفجوات
tools-presence-rule = الفجوة هي فترة تزيد على { $limit } يومًا لا تغطيها أي ورقة، أو بداية السنتين قبل أول ورقة لديك. لا توجد قاعدة تحدد كم مرة يجب أن تُظهر الأوراق الوجود؛ و{ $limit } يومًا هي أطول غياب يقبله قانون الهجرة في قاعدته الأخرى عن الوجود المتواصل، لذلك قد يشكك عنصر في أي فترة أطول.
tools-presence-kinds-heading = أوراق يمكن أن تُظهر الوجود
tools-presence-keep = احتفظ بنسخ في مكان آمن تصل إليه عائلتك، ونسخة في هاتفك أو بريدك. حمل الأوراق معك له مخاطر أيضًا: اسأل محاميًا ماذا تحمل. إذا تم احتجازي، يمكنك أن تطلب وقتًا لإحضار أوراقك أو ليحضرها أحد لك.
tools-month-covered = نعم
tools-month-gap = لا
tools-gap-no-papers = لا توجد أوراق
tools-gap-before-first-paper = قبل أول ورقة
tools-gap-between-papers = بين الأوراق
tools-gap-after-last-paper = بعد آخر ورقة
tools-kind-lease = عقد إيجار
tools-kind-rent_receipt = إيصال إيجار
tools-kind-pay_stub = قسيمة راتب
tools-kind-tax_return = إقرار ضريبي
tools-kind-utility_bill = فاتورة خدمات (كهرباء، غاز، ماء)
tools-kind-phone_bill = فاتورة هاتف أو إنترنت
tools-kind-bank_statement = كشف حساب مصرفي
tools-kind-money_transfer = إيصال تحويل أموال
tools-kind-medical_record = سجل طبي
tools-kind-school_record = سجل مدرسي (لك أو لطفلك)
tools-kind-religious_record = ورقة من مكان عبادة
tools-kind-mail = رسالة باسمك
tools-kind-id_card = بطاقة هوية صادرة في الولايات المتحدة (مثل IDNYC)
tools-kind-court_record = سجل محكمة
tools-kind-child_birth_certificate = شهادة ميلاد طفل وُلد في الولايات المتحدة
tools-kind-employment_letter = رسالة من صاحب العمل
tools-kind-other = ورقة أخرى عليها تاريخ

## سجل لقاء

tools-record-title = سجل لقاء
tools-record-intro = مكتوب لمحامٍ. اكتب فقط ما رأيته وسمعته بنفسك.
tools-record-officers-heading = العناصر
tools-record-vehicles-heading = السيارات
tools-record-witnesses-heading = الشهود
tools-record-ag-heading = للإبلاغ إلى المدعية العامة لولاية نيويورك
tools-record-ag-intro = يقبل نموذج المدعية العامة "Federal Action Reporting Form" بلاغات عن عمليات إنفاذ الهجرة. الإرسال قرارك. ما ترسله قد يُستخدم في تقارير علنية وفي المحاكم. إذا كنت أنت من اعتُقل، فتحدث إلى محاميك أولًا. هذه خانات النموذج وما يمكنك نسخه فيها:
tools-ag-when = التاريخ والوقت
tools-ag-where = المكان
tools-ag-description = وصف ما حدث
tools-ag-media = صور أو فيديو أو روابط
tools-ag-contact = معلومات الاتصال بك (اختيارية)
tools-ag-your-choice = القرار لك: اتركها فارغة إن شئت.
tools-record-keep = احتفظ بهذا السجل وبمقاطع الفيديو في مكان آمن، وأعطِ محاميك نسخة.

## صفحات الويب

tools-home-heading = قبل وبعد
tools-plan-link-hint = من يأخذ الأطفال، الأرقام، المحامي — على الورق، بلغتك.
tools-card-link-hint = الاسم ورقم A ورقمان ومحاميك، مع جمل تقولها بالإنجليزية.
tools-taken-link-hint = كيف تجد قريبًا محتجزًا، وماذا تفعل في الساعات الأولى.
tools-presence-link-hint = ما الأشهر التي تغطيها أوراقك، وأين الفجوات.
tools-record-link-hint = اكتب ما حدث، لمحامٍ.
tools-see-also = أدوات لهذا
tools-plan-page-intro = املأ فقط ما تريده على الورق: الاسم وحده مطلوب. ثم اصنع الخطة أو البطاقة أو الرسائل أو ورقة "أخذوا أحدهم".
tools-record-page-intro = اكتبه في أقرب وقت، ما دمت تتذكر. المطلوب فقط متى وأين وماذا حدث.
tools-paper-size = الورق
tools-form-person = الشخص الذي وُضعت له هذه الخطة
tools-form-child = الطفل { $number }
tools-form-contact = جهة اتصال للطوارئ { $number }
tools-form-lawyer = المحامي
tools-form-more = الصحة والأوراق والمال
tools-form-say-fear = ضع "أخاف من العودة إلى بلدي" على بطاقتي
tools-form-paper = الورقة { $number }
tools-form-officer = العنصر { $number }
tools-form-vehicle = السيارة { $number }
tools-form-witness = الشاهد { $number }
tools-form-encounter = اللقاء
tools-form-what = ماذا حدث
tools-form-taken-intro = املأ ما تعرفه لتطبع هذه الورقة به. لا يُحفظ شيء.
tools-make-plan = اصنع الخطة (PDF)
tools-make-card = اصنع بطاقة المحفظة (PDF)
tools-make-messages = اكتب الرسائل
tools-make-taken = اصنع ورقة "أخذوا أحدهم" (PDF)
tools-make-presence = افحص أوراقي
tools-make-presence-pdf = اطبع فهرس الأوراق (PDF)
tools-make-record = اصنع السجل (PDF)
tools-make-record-json = نزّل السجل للمحامي (JSON)
tools-errors-heading = يرجى مراجعة هذه الخانات:
tools-privacy-heading = ما الذي يُحفظ، وأين
tools-privacy-server = عندما تضغط زرًا، يذهب ما كتبته إلى خادم Amparo، الذي يصنع ورقتك في الذاكرة ثم ينساها. لا يُحفظ شيء على الخادم، ولا يُكتب شيء في أي سجل، ولا تُوضع أي ملفات تعريف ارتباط (cookies).
tools-privacy-paper = الورقة التي تنزّلها فيها معلومات خاصة. احتفظ بها حيث لا يجدها إلا من تثق بهم.
tools-privacy-draft = في الهواتف التي تسمح بذلك، يمكنك أيضًا حفظ مسودة على هذا الهاتف فقط، مقفلة بعبارة مرور تختارها. لا يتلقاها Amparo أبدًا ولا يستطيع فتحها.
tools-draft-legend = مسودة على هذا الهاتف
tools-draft-passphrase = عبارة المرور (8 أحرف على الأقل؛ إذا نسيتها فلن تُفتح المسودة)
tools-draft-save = احفظ المسودة على هذا الهاتف
tools-draft-open = افتح المسودة
tools-draft-delete = احذف المسودة
tools-draft-saved = حُفظت على هذا الهاتف، مقفلة بعبارة المرور.
tools-draft-opened = المسودة مفتوحة.
tools-draft-deleted = حُذفت المسودة من هذا الهاتف.
tools-draft-wrong = عبارة المرور خاطئة، أو المسودة تالفة.
tools-draft-none = لا توجد مسودة على هذا الهاتف.
tools-draft-short = عبارة المرور قصيرة جدًا.
tools-draft-working = جارٍ العمل…

## الأخطاء

tools-error-required = هذا مطلوب.
tools-error-shape = هذا ليس بالشكل المتوقع ({ $value }).
tools-error-not-a-date = "{ $value }" ليس تاريخًا.
tools-error-not-a-date-time = "{ $value }" ليس تاريخًا ووقتًا.
tools-error-future-date = { $value } في المستقبل. آخر يوم ممكن هو { $latest }.
tools-error-too-old = { $value } قديم جدًا.
tools-error-ends-before-start = ينتهي ({ $to }) قبل أن يبدأ ({ $from }).
tools-error-date-or-range = اكتب تاريخًا واحدًا، أو تاريخ "من" وتاريخ "إلى".
tools-error-a-number = "{ $value }" ليس رقم A: فيه 8 أو 9 أرقام.
tools-error-phone = "{ $value }" ليس رقم هاتف: 10 أرقام في الولايات المتحدة، أو + ورمز البلد.
tools-error-email = "{ $value }" ليس عنوان بريد إلكتروني.
tools-error-plate = "{ $value }" ليس لوحة سيارة.
tools-error-unknown = "{ $value }" ليس من الخيارات.
tools-error-too-long = هذا طويل جدًا: { $max } حرفًا على الأكثر.
tools-error-too-many = العدد كبير جدًا: { $max } على الأكثر.
tools-error-control-character = فيه حرف لا يمكن طباعته.
