### Amparo: پہلے اور بعد کے اوزار (خاندانی منصوبہ، "اگر مجھے حراست میں لیا جائے" کارڈ، کسی کو لے گئے، دو سال کا ثبوت،
### ملاقات کا ریکارڈ)۔ اردو۔
### مشین کی مدد سے ترجمہ، ابھی کسی مقامی بولنے والے نے نظرِ ثانی نہیں کی۔

## عام

tools-made = Amparo سے { $date } کو بنایا گیا۔ Amparo نے کوئی نقل نہیں رکھی۔
tools-yes = ہاں
tools-no = نہیں
tools-status-reported = یہ حقوق کے کارکنوں یا میڈیا نے بتایا ہے، کسی سرکاری ذریعے نے تصدیق نہیں کی۔
tools-status-contested = عدالتیں یا ادارے اس پر متفق نہیں ہیں۔
tools-status-in-litigation = عدالتیں ابھی اس کا فیصلہ کر رہی ہیں۔
tools-sources = ذرائع

## لیبل

tools-field-name = پورا قانونی نام، جیسا امیگریشن کے کاغذات میں ہے
tools-field-card-name = میرا نام جیسا میرے کاغذات میں ہے
tools-field-a-number = اے نمبر (A-number)
tools-field-a-number-hint = 8 یا 9 ہندسے۔ یہ پیشی کے نوٹس (Notice to Appear)، گرین کارڈ یا کام کے اجازت نامے پر ہوتا ہے۔
tools-field-country-of-birth = پیدائش کا ملک
tools-field-date-of-birth = تاریخِ پیدائش
tools-field-phone = فون
tools-field-email = ای میل
tools-field-school = اسکول
tools-field-pickup = کون لینے جائے گا
tools-field-caregiver = کون دیکھ بھال کرے گا
tools-field-child-medical = طبی ضروریات
tools-field-contact-name = نام
tools-field-relation = رشتہ
tools-field-lawyer-name = وکیل
tools-field-organization = ادارہ
tools-field-medical = طبی ضروریات
tools-field-medications = دوائیں
tools-field-papers-location = کاغذات کہاں ہیں
tools-field-money = پیسے اور کرایہ
tools-field-call = فون کریں
tools-field-hours = اوقات
tools-field-checked = تصدیق کی تاریخ
tools-field-as-of = جس دن سے پیچھے گنا جائے
tools-field-window = دو سال
tools-field-earliest = پہلا کاغذ
tools-field-latest = آخری کاغذ
tools-field-covered-days = کاغذات میں دکھائے گئے دن
tools-field-from = سے
tools-field-to = تک
tools-field-date = تاریخ (ایک دن)
tools-field-days = دن
tools-field-where-gap = کہاں
tools-field-month = مہینہ
tools-field-shown = کاغذ سے ظاہر
tools-field-papers = کاغذات
tools-field-number = نمبر
tools-field-kind = کاغذ کی قسم
tools-field-dates = تاریخیں
tools-field-description = تفصیل
tools-field-kept-at = کہاں رکھا ہے
tools-field-when = کب
tools-field-where = کہاں
tools-field-agency = ادارہ
tools-field-written-by = لکھنے والا
tools-field-what-happened = کیا ہوا
tools-field-paper-shown = کیا کوئی کاغذ دکھایا گیا؟
tools-field-paper = وہ کاغذ
tools-field-warrant-check = Amparo کی وارنٹ جانچ نے کیا کہا
tools-field-injuries = چوٹیں
tools-field-recordings = تصویریں اور ویڈیو، کہاں رکھی ہیں
tools-field-officer-name = اہلکار کا نام
tools-field-badge = بیج نمبر
tools-field-plate = گاڑی کی نمبر پلیٹ
tools-field-state = ریاست
tools-field-witness-name = گواہ

## کہنے کی باتیں

tools-say-heading = انگریزی میں کہنے کی باتیں
tools-say-lawyer = میں اپنے وکیل سے بات کرنا چاہتا ہوں۔
tools-say-sign = میں اپنے وکیل کے بغیر کسی چیز پر دستخط نہیں کروں گا۔
tools-say-fear = مجھے اپنے ملک واپس جانے سے ڈر لگتا ہے۔

## خاندانی منصوبہ

tools-plan-title = خاندانی منصوبہ
tools-plan-intro = یہ منصوبہ ایسی جگہ رکھیں جہاں آپ کا خاندان اسے ڈھونڈ سکے، اور اس میں جن لوگوں کے نام ہیں انہیں ایک نقل دیں۔ کچھ بدلے تو اسے تازہ کریں۔
tools-plan-person-heading = مجھے ڈھونڈنے کے لیے
tools-plan-children-heading = بچے
tools-plan-contacts-heading = ہنگامی رابطے
tools-plan-lawyer-heading = وکیل
tools-plan-more-heading = صحت، کاغذات اور پیسے

tools-gol-title = پہلا راستہ: والدین جیسے تعلق والا شخص
tools-gol-intro = ایک دستخط شدہ کاغذ جو آپ کے چنے ہوئے شخص کو اجازت دیتا ہے کہ جب آپ نہ کر سکیں تو آپ کے بچوں کے اسکول اور علاج کے فیصلے کرے۔ اس سے تحویل نہیں دی جاتی۔
tools-gol-writing = یہ تحریری ہوتا ہے، جس میں آپ کا نام، چنے ہوئے شخص کا نام اور ہر بچے کا نام ہوتا ہے۔
tools-gol-signed = آپ اس پر دستخط کرتے ہیں اور دستخط کی تاریخ لکھتے ہیں۔
tools-gol-over-30 = اگر یہ 30 دن سے زیادہ کے لیے ہو تو اس میں یہ بھی ہونا چاہیے:
tools-gol-addresses = آپ کا پتا اور فون نمبر، اور چنے ہوئے شخص کا بھی۔
tools-gol-birth-dates = ہر بچے کی تاریخِ پیدائش۔
tools-gol-start = شروع ہونے کا دن، یا وہ واقعہ جس سے یہ شروع ہو (مثلاً: "اگر مجھے حراست میں لیا جائے")۔
tools-gol-consent = چنے ہوئے شخص کی تحریری رضامندی۔
tools-gol-no-order = یہ بیان کہ کوئی عدالتی حکم آپ کو یہ کرنے سے نہیں روکتا۔
tools-gol-notary = نوٹری کے سامنے آپ کے دستخط۔
tools-gol-limits = جاننے کی باتیں:
tools-gol-twelve-months = یہ زیادہ سے زیادہ 12 مہینے چلتا ہے۔ اگر مدت نہ لکھی ہو تو 30 دن، یا اوپر کی سب باتیں ہوں تو 12 مہینے۔
tools-gol-both-parents = اگر عدالت نے حکم دیا ہو کہ اسکول یا صحت کے فیصلے دونوں والدین مل کر کریں گے تو دونوں کی رضامندی ضروری ہے۔
tools-gol-ends = اگر آپ فوت ہو جائیں یا فیصلہ کرنے کی صلاحیت کھو دیں تو یہ ختم ہو جاتا ہے۔ آپ کا اپنا فیصلہ ہمیشہ چنے ہوئے شخص کے فیصلے سے پہلے آتا ہے۔
tools-gol-no-custody = اس سے بچے کا اسکول ڈسٹرکٹ نہیں بدلتا، اور چنے ہوئے شخص پر بچے کا خرچ لازم نہیں ہوتا۔
tools-gol-copies = اسکول، ڈاکٹروں اور ہیلتھ پلان کو نقول دیں۔

tools-sg-title = دوسرا راستہ: متبادل سرپرست (standby guardian)
tools-sg-intro = آپ کا چنا ہوا شخص جو آپ کے بچوں کا سرپرست بن جاتا ہے اگر امیگریشن آپ کو گرفتار کرے، حراست میں لے یا ملک بدر کرے (قانون اسے "انتظامی علیحدگی" کہتا ہے)، یا آپ فوت ہو جائیں یا اہلیت کھو دیں۔
tools-sg-writing = ایک تحریری نامزدگی میں متبادل سرپرست کا نام ہوتا ہے، اور اگر آپ چاہیں تو دوسرے شخص کا نام، اگر پہلا نہ کر سکے۔
tools-sg-witnesses = آپ اس پر دو گواہوں کے سامنے دستخط کرتے ہیں، جو خود بھی دستخط کرتے ہیں۔ متبادل سرپرست ان میں سے ایک نہیں ہو سکتا۔
tools-sg-starts = امیگریشن کی گرفتاری یا حراست کے بعد، یہ اس وقت شروع ہوتا ہے جب متبادل سرپرست کے پاس اس کا ثبوت (مثلاً ICE کا کوئی کاغذ) اور آپ کی دستخط شدہ نامزدگی ہو۔
tools-sg-sixty-days = اس وقت سے متبادل سرپرست 60 دن کام کر سکتا ہے، اور اسی مدت میں سرگیٹ کورٹ (Surrogate's Court، فیملی کورٹ نہیں) سے سرپرست مقرر کیے جانے کی درخواست کرنی ہوتی ہے۔
tools-sg-parent-keeps = آپ والدین ہی رہتے ہیں۔ آپ اسے بدل یا منسوخ کر سکتے ہیں۔
tools-sg-help = قانون میں اس کے لیے ایک اختیاری فارم ہے۔ مفت قانونی امداد کا وکیل اسے بھرنے میں مدد کر سکتا ہے۔

tools-family-title = مزید
tools-family-intro = چھوٹی باتیں جو سب سے مشکل دن کام آتی ہیں۔
tools-family-school = اسکول کے ہنگامی رابطہ کارڈ پر بتائیں کہ آپ کے بچوں کو کون لے جا سکتا ہے۔
tools-family-papers = پیدائش کے سرٹیفکیٹ، پاسپورٹ اور اس منصوبے کی نقول اس شخص کے پاس رکھیں جو آپ کے بچوں کی دیکھ بھال کرے گا۔
tools-family-numbers = سب لوگ دو نمبر زبانی یاد کریں: خاندان کے کسی فرد کا اور وکیل کا۔
tools-family-money = کچھ پیسے الگ رکھیں، اور کسی بھروسے کے شخص کو بتائیں کہ کرایہ کیسے دینا ہے۔
tools-family-medicine = ایک ہفتے کی دوائیں ایک تھیلے میں کسی بھروسے کے شخص کے پاس رکھیں۔
tools-family-presence = اگر آپ دو سال سے زیادہ عرصے سے امریکہ میں ہیں تو اسے ظاہر کرنے والے کاغذات جمع کریں، اور نقول ایسی جگہ رکھیں جہاں آپ کا خاندان پہنچ سکے۔
tools-family-both = آپ دونوں راستے اختیار کر سکتے ہیں۔ مفت قانونی امداد کے وکیل سے پوچھیں کہ آپ کے خاندان کے لیے کون سا بہتر ہے۔

## پہلے سے لکھے پیغامات

tools-messages-heading = پہلے سے لکھے پیغامات
tools-messages-intro = اگر آپ کو حراست میں لیا جائے تو بھیجنے کے لیے تیار۔ جب تک آپ خود اپنے فون پر بھیجیں نہ دبائیں، کچھ نہیں جاتا۔
tools-messages-page-intro = ہر لنک آپ کے فون کے اپنے پیغامات یا ای میل کو پیغام تیار حالت میں کھولتا ہے۔ Amparo کچھ نہیں بھیجتا۔ یہ صفحہ محفوظ کر لیں یا تحریریں کسی محفوظ جگہ نقل کر لیں۔
tools-messages-sms = میرے پیغامات میں کھولیں
tools-messages-mail = میری ای میل میں کھولیں
tools-msg-subject = مجھے حراست میں لے لیا گیا ہے
tools-msg-detained = امیگریشن نے مجھے حراست میں لے لیا ہے۔
tools-msg-call-lawyer = براہِ کرم میرے وکیل { $lawyer } کو { $phone } پر فون کرو۔
tools-msg-call-lawyer-no-phone = براہِ کرم میرے وکیل { $lawyer } کو فون کرو۔
tools-msg-a-number = میرا اے نمبر { $a_number } ہے۔
tools-msg-children = براہِ کرم بچوں کے لیے ہمارے خاندانی منصوبے پر عمل کرو۔
tools-msg-from = — { $name }
tools-msg-to-lawyer = میں { $name } ہوں۔ امیگریشن نے مجھے حراست میں لے لیا ہے۔ براہِ کرم مجھے ڈھونڈیں اور میری نمائندگی کریں۔
tools-msg-born = میری تاریخِ پیدائش { $date } ہے۔

## "اگر مجھے حراست میں لیا جائے" کارڈ

tools-card-title = اگر مجھے حراست میں لیا جائے
tools-card-back-title = اہلکاروں کے نام

## کسی کو لے گئے

tools-taken-title = کسی کو لے گئے
tools-taken-intro = پہلے چند گھنٹوں میں قدم اٹھائیں۔ پُرسکون رہیں، جو جانتے ہیں لکھ لیں، اور یہ مراحل ترتیب سے کریں۔
tools-taken-search-with = ان معلومات سے تلاش کریں
tools-taken-find-heading = 1. معلوم کریں کہاں رکھا گیا ہے
tools-taken-locator = ICE کے آن لائن زیرِ حراست افراد کے لوکیٹر ⁦{ $url }⁩ پر تلاش کریں: اے نمبر اور پیدائش کے ملک سے، یا پورے قانونی نام اور پیدائش کے ملک سے۔
tools-taken-exact-name = نام بالکل ویسا لکھیں جیسا امیگریشن کے کاغذات میں ہے، اعراب اور ہائفن کے ساتھ۔ اگر کچھ نہ آئے تو دوسرے ہجے اور تاریخِ پیدائش آزمائیں۔
tools-taken-nine-digits = اے نمبر 9 ہندسوں کا ہوتا ہے: 8 ہندسوں والے نمبر سے پہلے 0 لگائیں۔
tools-taken-not-shown = ہو سکتا ہے یہ ابھی اس شخص کو نہ دکھائے: گرفتاری یا منتقلی کے بعد معلومات آنے میں گھنٹے یا دن لگ سکتے ہیں۔ یہ 18 سال سے کم عمر بچوں کو نہیں دکھاتا، اور نہ ان لوگوں کو جو 60 دن سے زیادہ پہلے رہا ہوئے۔
tools-taken-locator-privacy = لوکیٹر آپ کا انٹرنیٹ ایڈریس ریکارڈ کرتا ہے۔ ICE کہتا ہے کہ وہ اسے کارروائی کے لیے استعمال نہیں کرتا۔
tools-taken-case-heading = 2. مقدمہ دیکھیں
tools-taken-eoir = امیگریشن عدالتوں کی خودکار لائن { $phone } پر اے نمبر کے ساتھ فون کریں: یہ اگلی سماعت اور جج کے فیصلے بتاتی ہے۔ یہ ضمانت کے بارے میں کچھ نہیں بتاتی، اور فوری ملک بدری کے احکامات اس میں نہیں ہوتے۔
tools-taken-help-heading = 3. نیو یارک سٹی میں مدد مانگیں
tools-taken-help-pending = مفت قانونی مدد کی لائنیں، ہر ایک اپنے ذریعے پر تصدیق شدہ، Amparo کے "مدد حاصل کریں" صفحے پر ہیں۔ اسی دن کسی ایک پر فون کریں۔
tools-taken-lawyer-heading = 4. پہلے چند گھنٹوں میں وکیل
tools-taken-lawyer-now = فوراً خاندانی منصوبے والے وکیل کو یا کسی مفت قانونی مدد کی لائن پر فون کریں۔ وکیل معلوم کر سکتا ہے کہ اس شخص کو کہاں رکھا گیا ہے، ICE کو بتا سکتا ہے کہ وہ اس کی نمائندگی کرتا ہے، اور رہائی کی درخواست کر سکتا ہے۔
tools-taken-habeas = وکیل وفاقی عدالت سے حراست کا جائزہ لینے کی درخواست بھی کر سکتا ہے (حبسِ بے جا، habeas corpus)۔ یہ وہاں دائر کی جاتی ہے جہاں شخص کو رکھا گیا ہو، اس لیے نیو یارک سے باہر منتقلی سے پہلے قدم اٹھائیں۔
tools-taken-fear = اگر اس شخص کو اپنے ملک واپس جانے سے ڈر لگتا ہے تو اسے صاف صاف کہنا ہوگا۔ فوری ملک بدری میں پھر اہلکار کو اسے فوراً نکالنے کے بجائے پناہ کے افسر کے پاس بھیجنا ہوتا ہے۔
tools-taken-presence = اگر وہ دو سال سے زیادہ عرصے سے امریکہ میں ہے تو اسے ظاہر کرنے والے کاغذات جلدی وکیل کے پاس لے جائیں: فوری ملک بدری سے بچنے کے لیے اس شخص کو یہ ثابت کرنا ہوتا ہے، اور وہ کاغذات حاصل کرنے کے لیے وقت مانگ سکتا ہے۔
tools-taken-consulate-heading = 5. قونصل خانہ
tools-taken-consulate = اس شخص کے ملک کا قونصل خانہ اسے ڈھونڈنے اور اس سے رابطہ کرنے میں مدد کر سکتا ہے۔ وہ شخص چاہے تو رابطہ نہ کرے۔
tools-taken-consulate-must = کچھ ملکوں کے لیے (مثلاً چین، روس اور پولینڈ) ICE کو قونصل خانے کو بتانا ہوتا ہے چاہے وہ شخص نہ چاہے۔ اگر اس شخص کو اپنی حکومت سے ڈر ہے تو فوراً وکیل کو بتائیں۔
tools-taken-children-heading = 6. بچے
tools-taken-standby = اگر والدین نے متبادل سرپرست نامزد کیا ہے تو وہ شخص 60 دن بچوں کے سرپرست کے طور پر کام کر سکتا ہے، اور اسی مدت میں سرگیٹ کورٹ (Surrogate's Court) سے سرپرست مقرر کیے جانے کی درخواست کرنی ہوتی ہے۔
tools-taken-designation = والدین جیسے تعلق والے شخص کی نامزدگی اس شخص کو اسکول اور ڈاکٹروں سے معاملہ کرنے دیتی ہے۔ انہیں یہ دکھائیں۔
tools-taken-ready-heading = 7. یہ تیار رکھیں
tools-taken-ready = اس شخص کا پورا قانونی نام، اے نمبر، تاریخِ پیدائش اور پیدائش کا ملک؛ کہاں اور کب لے جایا گیا؛ خاندانی منصوبہ؛ وکیل کا نام اور نمبر؛ امریکہ میں دو سال ظاہر کرنے والے کاغذات؛ اس کی دوائیں اور طبی ضروریات۔

## دو سال کا ثبوت

tools-presence-title = امریکہ میں دو سال کا ثبوت
tools-presence-intro = فوری ملک بدری اہلکاروں کو اجازت دیتی ہے کہ جو شخص امریکہ میں دو سال نہ دکھا سکے اسے جج کے بغیر ملک بدر کر دیں۔ اپنے کاغذات تاریخوں کے ساتھ لکھیں: Amparo دکھاتا ہے کہ وہ کون سے مہینے پورے کرتے ہیں اور خلا کہاں ہیں۔
tools-presence-covers = آپ کے کاغذات { $from } سے { $to } تک آپ کی موجودگی دکھاتے ہیں، اور کہیں بھی { $limit } دن سے زیادہ کا وقفہ بغیر کاغذ کے نہیں۔
tools-presence-not-covered = آپ کے کاغذات { $from } سے { $to } تک پورا عرصہ نہیں دکھاتے: { $count ->
    [one] ایک خلا ہے
   *[other] { $count } خلا ہیں
} (نیچے دیکھیں)۔
tools-presence-not-legal = یہ صرف وہ دکھاتا ہے جو آپ کے کاغذات دکھاتے ہیں۔ یہ کوئی قانونی فیصلہ نہیں: فیصلہ اہلکار یا جج کرتا ہے، اور وکیل بتا سکتا ہے کہ آپ کے کاغذات کی کیا اہمیت ہے۔
tools-presence-gaps-heading = خلا
tools-presence-months-heading = مہینہ بہ مہینہ
tools-presence-index-heading = کاغذات کی فہرست
tools-presence-rule-heading = خلا کیسے گنے جاتے ہیں
tools-presence-rule = خلا { $limit } دن سے زیادہ کا وہ عرصہ ہے جسے کوئی کاغذ پورا نہ کرے، یا آپ کے پہلے کاغذ سے پہلے دو سال کا شروع کا حصہ۔ کوئی اصول نہیں بتاتا کہ کاغذات کتنی بار موجودگی دکھائیں؛ { $limit } دن وہ سب سے لمبی غیر حاضری ہے جو امیگریشن قانون مسلسل موجودگی کے اپنے دوسرے اصول میں مانتا ہے، اس لیے اس سے لمبے عرصے پر اہلکار سوال اٹھا سکتا ہے۔
tools-presence-kinds-heading = وہ کاغذات جو موجودگی دکھا سکتے ہیں
tools-presence-keep = نقول کسی محفوظ جگہ رکھیں جہاں آپ کا خاندان پہنچ سکے، اور ایک نقل فون یا ای میل میں۔ کاغذات ساتھ رکھنے کے بھی خطرے ہیں: وکیل سے پوچھیں کیا ساتھ رکھیں۔ اگر آپ کو حراست میں لیا جائے تو کاغذات منگوانے یا کسی سے لانے کے لیے وقت مانگ سکتے ہیں۔
tools-month-covered = ہاں
tools-month-gap = نہیں
tools-gap-no-papers = کوئی کاغذ نہیں
tools-gap-before-first-paper = پہلے کاغذ سے پہلے
tools-gap-between-papers = کاغذات کے درمیان
tools-gap-after-last-paper = آخری کاغذ کے بعد
tools-kind-lease = کرایہ نامہ
tools-kind-rent_receipt = کرائے کی رسید
tools-kind-pay_stub = تنخواہ کی پرچی
tools-kind-tax_return = ٹیکس ریٹرن
tools-kind-utility_bill = یوٹیلیٹی بل (بجلی، گیس، پانی)
tools-kind-phone_bill = فون یا انٹرنیٹ کا بل
tools-kind-bank_statement = بینک اسٹیٹمنٹ
tools-kind-money_transfer = رقم کی منتقلی کی رسید
tools-kind-medical_record = طبی ریکارڈ
tools-kind-school_record = اسکول کا ریکارڈ (آپ کا یا آپ کے بچے کا)
tools-kind-religious_record = عبادت گاہ کا کاغذ
tools-kind-mail = آپ کے نام آیا ہوا خط
tools-kind-id_card = امریکہ میں جاری شناختی کارڈ (مثلاً IDNYC)
tools-kind-court_record = عدالتی ریکارڈ
tools-kind-child_birth_certificate = امریکہ میں پیدا ہونے والے بچے کا پیدائشی سرٹیفکیٹ
tools-kind-employment_letter = آجر کا خط
tools-kind-other = تاریخ والا کوئی اور کاغذ

## ملاقات کا ریکارڈ

tools-record-title = ملاقات کا ریکارڈ
tools-record-intro = وکیل کے لیے لکھا گیا۔ صرف وہی لکھیں جو آپ نے خود دیکھا اور سنا۔
tools-record-officers-heading = اہلکار
tools-record-vehicles-heading = گاڑیاں
tools-record-witnesses-heading = گواہ
tools-record-ag-heading = نیو یارک کی اٹارنی جنرل کو رپورٹ کرنے کے لیے
tools-record-ag-intro = اٹارنی جنرل کا "Federal Action Reporting Form" امیگریشن کارروائیوں کی رپورٹیں لیتا ہے۔ بھیجنا آپ کی مرضی ہے۔ جو آپ بھیجیں وہ عوامی رپورٹوں اور عدالت میں استعمال ہو سکتا ہے۔ اگر گرفتار ہونے والے آپ خود ہیں تو پہلے اپنے وکیل سے بات کریں۔ یہ فارم کے خانے ہیں اور جو آپ ان میں نقل کر سکتے ہیں:
tools-ag-when = تاریخ اور وقت
tools-ag-where = جگہ
tools-ag-description = جو ہوا اس کی تفصیل
tools-ag-media = تصویریں، ویڈیو یا لنک
tools-ag-contact = آپ سے رابطے کی معلومات (اختیاری)
tools-ag-your-choice = آپ کی مرضی: چاہیں تو خالی چھوڑ دیں۔
tools-record-keep = یہ ریکارڈ اور اپنی ویڈیوز محفوظ جگہ رکھیں، اور اپنے وکیل کو ایک نقل دیں۔

## ویب صفحات

tools-home-heading = پہلے اور بعد
tools-plan-link-hint = بچوں کو کون لے گا، نمبر، وکیل — کاغذ پر، آپ کی زبان میں۔
tools-card-link-hint = نام، اے نمبر، دو نمبر اور آپ کا وکیل، انگریزی میں کہنے کی باتوں کے ساتھ۔
tools-taken-link-hint = حراست میں لیے گئے رشتے دار کو کیسے ڈھونڈیں، اور پہلے چند گھنٹوں میں کیا کریں۔
tools-presence-link-hint = آپ کے کاغذات کون سے مہینے پورے کرتے ہیں، اور خلا کہاں ہیں۔
tools-record-link-hint = جو ہوا لکھ لیں، وکیل کے لیے۔
tools-see-also = اس کے لیے اوزار
tools-plan-page-intro = صرف وہی بھریں جو آپ کاغذ پر چاہتے ہیں: صرف نام ضروری ہے۔ پھر منصوبہ، کارڈ، پیغامات، یا "کسی کو لے گئے" والا کاغذ بنائیں۔
tools-record-page-intro = جتنی جلدی ہو سکے لکھیں، جب تک یاد ہے۔ صرف کب، کہاں اور کیا ہوا ضروری ہے۔
tools-paper-size = کاغذ
tools-form-person = وہ شخص جس کے لیے یہ منصوبہ ہے
tools-form-child = بچہ { $number }
tools-form-contact = ہنگامی رابطہ { $number }
tools-form-lawyer = وکیل
tools-form-more = صحت، کاغذات اور پیسے
tools-form-say-fear = میرے کارڈ پر "مجھے اپنے ملک واپس جانے سے ڈر لگتا ہے" لکھیں
tools-form-paper = کاغذ { $number }
tools-form-officer = اہلکار { $number }
tools-form-vehicle = گاڑی { $number }
tools-form-witness = گواہ { $number }
tools-form-encounter = ملاقات
tools-form-what = کیا ہوا
tools-form-taken-intro = جو جانتے ہیں بھریں تاکہ یہ کاغذ ان معلومات کے ساتھ چھاپ سکیں۔ کچھ محفوظ نہیں کیا جاتا۔
tools-make-plan = منصوبہ بنائیں (PDF)
tools-make-card = بٹوے کا کارڈ بنائیں (PDF)
tools-make-messages = پیغامات لکھیں
tools-make-taken = "کسی کو لے گئے" والا کاغذ بنائیں (PDF)
tools-make-presence = میرے کاغذات جانچیں
tools-make-presence-pdf = کاغذات کی فہرست چھاپیں (PDF)
tools-make-record = ریکارڈ بنائیں (PDF)
tools-make-record-json = وکیل کے لیے ریکارڈ ڈاؤن لوڈ کریں (JSON)
tools-errors-heading = براہِ کرم یہ خانے دیکھیں:
tools-privacy-heading = کیا رکھا جاتا ہے، اور کہاں
tools-privacy-server = جب آپ بٹن دباتے ہیں تو جو آپ نے لکھا وہ Amparo کے سرور پر جاتا ہے، جو میموری میں آپ کا کاغذ بناتا ہے اور پھر بھول جاتا ہے۔ سرور پر کچھ محفوظ نہیں ہوتا، کسی لاگ میں کچھ نہیں لکھا جاتا، اور کوئی کوکی نہیں لگائی جاتی۔
tools-privacy-paper = جو کاغذ آپ ڈاؤن لوڈ کرتے ہیں اس میں نجی معلومات ہیں۔ اسے وہاں رکھیں جہاں صرف بھروسے کے لوگ اسے ڈھونڈ سکیں۔
tools-privacy-draft = جن فونوں پر ممکن ہو، آپ صرف اسی فون پر ایک مسودہ بھی رکھ سکتے ہیں، اپنے چنے ہوئے پاس فریز سے بند۔ Amparo اسے کبھی وصول نہیں کرتا اور نہ کھول سکتا ہے۔
tools-draft-legend = اس فون پر مسودہ
tools-draft-passphrase = پاس فریز (کم از کم 8 حروف؛ بھول گئے تو مسودہ نہیں کھلے گا)
tools-draft-save = مسودہ اس فون پر محفوظ کریں
tools-draft-open = مسودہ کھولیں
tools-draft-delete = مسودہ مٹائیں
tools-draft-saved = اس فون پر محفوظ ہو گیا، آپ کے پاس فریز سے بند۔
tools-draft-opened = مسودہ کھل گیا ہے۔
tools-draft-deleted = مسودہ اس فون سے مٹا دیا گیا۔
tools-draft-wrong = غلط پاس فریز، یا مسودہ خراب ہے۔
tools-draft-none = اس فون پر کوئی مسودہ نہیں۔
tools-draft-short = پاس فریز بہت چھوٹا ہے۔
tools-draft-working = کام جاری ہے…

## غلطیاں

tools-error-required = یہ ضروری ہے۔
tools-error-shape = یہ متوقع شکل میں نہیں ({ $value })۔
tools-error-not-a-date = "{ $value }" تاریخ نہیں ہے۔
tools-error-not-a-date-time = "{ $value }" تاریخ اور وقت نہیں ہے۔
tools-error-future-date = { $value } مستقبل میں ہے۔ آخری ممکن دن { $latest } ہے۔
tools-error-too-old = { $value } بہت پرانا ہے۔
tools-error-ends-before-start = یہ شروع ہونے ({ $from }) سے پہلے ختم ({ $to }) ہوتا ہے۔
tools-error-date-or-range = ایک تاریخ دیں، یا "سے" اور "تک" کی تاریخیں۔
tools-error-a-number = "{ $value }" اے نمبر نہیں: اس میں 8 یا 9 ہندسے ہوتے ہیں۔
tools-error-phone = "{ $value }" فون نمبر نہیں: امریکہ میں 10 ہندسے، یا + اور ملک کا کوڈ۔
tools-error-email = "{ $value }" ای میل ایڈریس نہیں ہے۔
tools-error-plate = "{ $value }" نمبر پلیٹ نہیں ہے۔
tools-error-unknown = "{ $value }" انتخاب میں سے نہیں ہے۔
tools-error-too-long = یہ بہت لمبا ہے: زیادہ سے زیادہ { $max } حروف۔
tools-error-too-many = بہت زیادہ: زیادہ سے زیادہ { $max }۔
tools-error-control-character = اس میں ایسا حرف ہے جو چھاپا نہیں جا سکتا۔
