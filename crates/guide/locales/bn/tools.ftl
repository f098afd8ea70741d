### Amparo: আগে ও পরের সরঞ্জাম (পারিবারিক পরিকল্পনা, "আমাকে আটক করা হলে" কার্ড, কাউকে নিয়ে গেছে, দুই বছরের প্রমাণ,
### ঘটনার বিবরণ)। বাংলা।
### যন্ত্রের সাহায্যে অনুবাদ, এখনও কোনো মাতৃভাষী পর্যালোচনা করেননি।

## সাধারণ

tools-made = Amparo দিয়ে { $date } তারিখে তৈরি। Amparo কোনো কপি রাখেনি।
tools-yes = হ্যাঁ
tools-no = না
tools-status-reported = অধিকারকর্মী বা সংবাদমাধ্যম জানিয়েছে; কোনো সরকারি সূত্র নিশ্চিত করেনি।
tools-status-contested = আদালত বা সংস্থাগুলো এ নিয়ে একমত নয়।
tools-status-in-litigation = আদালত এখনও এ বিষয়ে সিদ্ধান্ত নিচ্ছে।
tools-sources = সূত্র

## লেবেল

tools-field-name = পুরো আইনি নাম, অভিবাসন কাগজে যেমন আছে
tools-field-card-name = আমার কাগজে যেমন আছে আমার নাম
tools-field-a-number = এ-নম্বর (A-number)
tools-field-a-number-hint = ৮ বা ৯ অঙ্ক। এটি হাজিরার নোটিশ (Notice to Appear), গ্রিন কার্ড বা কাজের অনুমতিপত্রে থাকে।
tools-field-country-of-birth = জন্মের দেশ
tools-field-date-of-birth = জন্মতারিখ
tools-field-phone = ফোন
tools-field-email = ই-মেইল
tools-field-school = স্কুল
tools-field-pickup = কে নিয়ে আসবে
tools-field-caregiver = কে দেখাশোনা করবে
tools-field-child-medical = চিকিৎসার প্রয়োজন
tools-field-contact-name = নাম
tools-field-relation = সম্পর্ক
tools-field-lawyer-name = আইনজীবী
tools-field-organization = সংস্থা
tools-field-medical = চিকিৎসার প্রয়োজন
tools-field-medications = ওষুধ
tools-field-papers-location = কাগজপত্র কোথায় আছে
tools-field-money = টাকা ও বাড়িভাড়া
tools-field-call = ফোন করুন
tools-field-hours = সময়
tools-field-checked = যাচাইয়ের তারিখ
tools-field-as-of = যেদিন থেকে পেছনে গোনা হবে
tools-field-window = দুই বছর
tools-field-earliest = প্রথম কাগজ
tools-field-latest = শেষ কাগজ
tools-field-covered-days = কাগজে দেখানো দিন
tools-field-from = থেকে
tools-field-to = পর্যন্ত
tools-field-date = তারিখ (এক দিন)
tools-field-days = দিন
tools-field-where-gap = কোথায়
tools-field-month = মাস
tools-field-shown = কাগজে দেখানো
tools-field-papers = কাগজ
tools-field-number = নং
tools-field-kind = কাগজের ধরন
tools-field-dates = তারিখ
tools-field-description = বিবরণ
tools-field-kept-at = কোথায় রাখা
tools-field-when = কখন
tools-field-where = কোথায়
tools-field-agency = সংস্থা
tools-field-written-by = লিখেছেন
tools-field-what-happened = কী ঘটেছিল
tools-field-paper-shown = কোনো কাগজ দেখানো হয়েছিল?
tools-field-paper = কাগজটি
tools-field-warrant-check = Amparo-র ওয়ারেন্ট যাচাই কী বলেছে
tools-field-injuries = আঘাত
tools-field-recordings = ছবি ও ভিডিও, কোথায় রাখা
tools-field-officer-name = কর্মকর্তার নাম
tools-field-badge = ব্যাজ নম্বর
tools-field-plate = গাড়ির নম্বর প্লেট
tools-field-state = রাজ্য
tools-field-witness-name = সাক্ষী

## যা বলতে হবে

tools-say-heading = ইংরেজিতে যা বলতে হবে
tools-say-lawyer = আমি আমার আইনজীবীর সঙ্গে কথা বলতে চাই।
tools-say-sign = আমার আইনজীবী ছাড়া আমি কিছুতে সই করব না।
tools-say-fear = আমি আমার দেশে ফিরে যেতে ভয় পাই।

## পারিবারিক পরিকল্পনা

tools-plan-title = পারিবারিক পরিকল্পনা
tools-plan-intro = এই পরিকল্পনাটি এমন জায়গায় রাখুন যেখানে আপনার পরিবার খুঁজে পাবে, এবং এতে যাঁদের নাম আছে তাঁদের একটি কপি দিন। কিছু বদলালে এটি হালনাগাদ করুন।
tools-plan-person-heading = আমাকে খুঁজে পেতে
tools-plan-children-heading = শিশুরা
tools-plan-contacts-heading = জরুরি যোগাযোগ
tools-plan-lawyer-heading = আইনজীবী
tools-plan-more-heading = স্বাস্থ্য, কাগজপত্র ও টাকা

tools-gol-title = বিকল্প ১: অভিভাবকের সম্পর্কে থাকা ব্যক্তি
tools-gol-intro = একটি সই করা কাগজ, যা আপনার বেছে নেওয়া একজনকে আপনি না পারলে আপনার সন্তানের স্কুল ও চিকিৎসার সিদ্ধান্ত নিতে দেয়। এতে হেফাজত দিয়ে দেওয়া হয় না।
tools-gol-writing = এটি লিখিত, তাতে আপনার নাম, বেছে নেওয়া ব্যক্তির নাম এবং প্রতিটি শিশুর নাম থাকে।
tools-gol-signed = আপনি এতে সই করেন এবং সইয়ের তারিখ লেখেন।
tools-gol-over-30 = যদি এটি ৩০ দিনের বেশি সময়ের জন্য হয়, তবে এতে আরও থাকতে হবে:
tools-gol-addresses = আপনার ঠিকানা ও ফোন নম্বর, এবং বেছে নেওয়া ব্যক্তিরও।
tools-gol-birth-dates = প্রতিটি শিশুর জন্মতারিখ।
tools-gol-start = যেদিন এটি শুরু হবে, বা যে ঘটনায় এটি শুরু হবে (যেমন: "আমাকে আটক করা হলে")।
tools-gol-consent = বেছে নেওয়া ব্যক্তির লিখিত সম্মতি।
tools-gol-no-order = একটি ঘোষণা যে কোনো আদালতের আদেশ আপনাকে এটি করতে বাধা দেয় না।
tools-gol-notary = নোটারির সামনে আপনার সই।
tools-gol-limits = যা জানা দরকার:
tools-gol-twelve-months = এটি সর্বোচ্চ ১২ মাস চলে। কোনো মেয়াদ লেখা না থাকলে এটি ৩০ দিন চলে, অথবা উপরের সব থাকলে ১২ মাস।
tools-gol-both-parents = আদালত যদি আদেশ দিয়ে থাকে যে স্কুল বা স্বাস্থ্যের বিষয়ে বাবা-মা দুজনে মিলে সিদ্ধান্ত নেবেন, তবে দুজনকেই রাজি হতে হবে।
tools-gol-ends = আপনি মারা গেলে বা সিদ্ধান্ত নেওয়ার ক্ষমতা হারালে এটি শেষ হয়ে যায়। আপনার নিজের সিদ্ধান্ত সবসময় বেছে নেওয়া ব্যক্তির সিদ্ধান্তের আগে।
tools-gol-no-custody = এতে আপনার সন্তানের স্কুল ডিস্ট্রিক্ট বদলায় না, এবং বেছে নেওয়া ব্যক্তিকে শিশুর খরচ দিতে হয় না।
tools-gol-copies = স্কুল, ডাক্তার ও স্বাস্থ্য বিমা পরিকল্পনাকে কপি দিন।

tools-sg-title = বিকল্প ২: স্ট্যান্ডবাই অভিভাবক (standby guardian)
tools-sg-intro = আপনার বেছে নেওয়া একজন, যিনি অভিবাসন কর্তৃপক্ষ আপনাকে গ্রেপ্তার, আটক বা বহিষ্কার করলে (আইনে একে "প্রশাসনিক বিচ্ছেদ" বলে), অথবা আপনি মারা গেলে বা সক্ষমতা হারালে আপনার সন্তানদের অভিভাবক হন।
tools-sg-writing = একটি লিখিত মনোনয়নে স্ট্যান্ডবাই অভিভাবকের নাম থাকে, আর চাইলে দ্বিতীয় একজনের নাম, যদি প্রথমজন না পারেন।
tools-sg-witnesses = আপনি দুজন সাক্ষীর সামনে এতে সই করেন, তাঁরাও সই করেন। স্ট্যান্ডবাই অভিভাবক নিজে সাক্ষী হতে পারবেন না।
tools-sg-starts = অভিবাসন গ্রেপ্তার বা আটকের পরে, এটি শুরু হয় যখন স্ট্যান্ডবাই অভিভাবকের কাছে তার প্রমাণ (যেমন ICE-এর কোনো কাগজ) এবং আপনার সই করা মনোনয়ন থাকে।
tools-sg-sixty-days = তখন থেকে স্ট্যান্ডবাই অভিভাবক ৬০ দিন কাজ করতে পারেন, এবং এই সময়ের মধ্যে সারোগেট কোর্টে (Surrogate's Court, পারিবারিক আদালত নয়) নিজেকে অভিভাবক নিয়োগের আবেদন করতে হবে।
tools-sg-parent-keeps = আপনি বাবা বা মা-ই থাকেন। আপনি এটি বদলাতে বা বাতিল করতে পারেন।
tools-sg-help = আইনে এর জন্য একটি ঐচ্ছিক ফর্ম আছে। বিনামূল্যের আইনি সহায়তার আইনজীবী তা পূরণে সাহায্য করতে পারেন।

tools-family-title = এছাড়াও
tools-family-intro = ছোট ছোট কাজ, যা সবচেয়ে খারাপ দিনে কাজে লাগে।
tools-family-school = স্কুলের জরুরি যোগাযোগ কার্ডে জানিয়ে দিন কে আপনার সন্তানদের নিতে পারবে।
tools-family-papers = জন্ম সনদ, পাসপোর্ট ও এই পরিকল্পনার কপি সেই ব্যক্তির কাছে রাখুন, যিনি আপনার সন্তানদের দেখাশোনা করবেন।
tools-family-numbers = সবাই দুটি নম্বর মুখস্থ রাখুন: পরিবারের একজনের এবং আইনজীবীর।
tools-family-money = কিছু টাকা আলাদা করে রাখুন, এবং বিশ্বস্ত কাউকে বলুন কীভাবে বাড়িভাড়া দিতে হবে।
tools-family-medicine = এক সপ্তাহের ওষুধ একটি ব্যাগে করে বিশ্বস্ত কারও কাছে রাখুন।
tools-family-presence = আপনি যদি দুই বছরের বেশি যুক্তরাষ্ট্রে থাকেন, তা প্রমাণ করে এমন কাগজ জোগাড় করুন, এবং কপি এমন জায়গায় রাখুন যেখানে আপনার পরিবার পৌঁছাতে পারে।
tools-family-both = দুটি বিকল্পই করা যায়। কোনটি আপনার পরিবারের জন্য ঠিক, বিনামূল্যের আইনি সহায়তার আইনজীবীকে জিজ্ঞেস করুন।

## আগে থেকে লেখা বার্তা

tools-messages-heading = আগে থেকে লেখা বার্তা
tools-messages-intro = আপনাকে আটক করা হলে পাঠানোর জন্য তৈরি। আপনি নিজের ফোনে পাঠান না চাপলে কিছুই যায় না।
tools-messages-page-intro = প্রতিটি লিংক আপনার ফোনের নিজের বার্তা বা ই-মেইল অ্যাপ খোলে, বার্তা লেখা অবস্থায়। Amparo কিছুই পাঠায় না। এই পাতাটি রেখে দিন বা লেখাগুলো নিরাপদ জায়গায় কপি করে রাখুন।
tools-messages-sms = আমার বার্তায় খুলুন
tools-messages-mail = আমার ই-মেইলে খুলুন
tools-msg-subject = আমাকে আটক করা হয়েছে
tools-msg-detained = অভিবাসন কর্তৃপক্ষ আমাকে আটক করেছে।
tools-msg-call-lawyer = দয়া করে আমার আইনজীবী { $lawyer }-কে { $phone } নম্বরে ফোন করো।
tools-msg-call-lawyer-no-phone = দয়া করে আমার আইনজীবী { $lawyer }-কে ফোন করো।
tools-msg-a-number = আমার এ-নম্বর { $a_number }।
tools-msg-children = দয়া করে শিশুদের জন্য আমাদের পারিবারিক পরিকল্পনা মেনে চলো।
tools-msg-from = — { $name }
tools-msg-to-lawyer = আমি { $name }। অভিবাসন কর্তৃপক্ষ আমাকে আটক করেছে। দয়া করে আমাকে খুঁজে বের করুন এবং আমার পক্ষে দাঁড়ান।
tools-msg-born = আমার জন্মতারিখ { $date }।

## "আমাকে আটক করা হলে" কার্ড

tools-card-title = আমাকে আটক করা হলে
tools-card-back-title = কর্মকর্তাদের প্রতি

## কাউকে নিয়ে গেছে

tools-taken-title = কাউকে নিয়ে গেছে
tools-taken-intro = প্রথম কয়েক ঘণ্টায় কাজ করুন। শান্ত থাকুন, যা জানেন লিখে রাখুন, এবং এই ধাপগুলো ক্রমানুসারে করুন।
tools-taken-search-with = যা দিয়ে খুঁজবেন
tools-taken-find-heading = ১. কোথায় রাখা হয়েছে তা খুঁজুন
tools-taken-locator = ICE-এর অনলাইন আটক ব্যক্তি খোঁজার ব্যবস্থায় { $url } খুঁজুন: এ-নম্বর ও জন্মের দেশ দিয়ে, অথবা পুরো আইনি নাম ও জন্মের দেশ দিয়ে।
tools-taken-exact-name = নামটি ঠিক অভিবাসন কাগজে যেমন আছে তেমন লিখুন, চিহ্ন ও হাইফেনসহ। কিছু না এলে অন্য বানান ও জন্মতারিখ দিয়ে চেষ্টা করুন।
tools-taken-nine-digits = এ-নম্বরে ৯টি অঙ্ক থাকে: ৮ অঙ্কের নম্বরের আগে একটি 0 বসান।
tools-taken-not-shown = এটি হয়তো এখনও ব্যক্তিটিকে দেখাবে না: গ্রেপ্তার বা স্থানান্তরের পরে তথ্য আসতে কয়েক ঘণ্টা বা কয়েক দিন লাগতে পারে। এটি ১৮ বছরের কম বয়সীদের দেখায় না, আর ৬০ দিনের বেশি আগে ছাড়া পাওয়া মানুষদেরও না।
tools-taken-locator-privacy = খোঁজার ব্যবস্থাটি আপনার ইন্টারনেট ঠিকানা রেকর্ড করে। ICE বলে তারা এটি অভিযানে ব্যবহার করে না।
tools-taken-case-heading = ২. মামলাটি দেখুন
tools-taken-eoir = অভিবাসন আদালতের স্বয়ংক্রিয় লাইনে { $phone } এ-নম্বর নিয়ে ফোন করুন: এটি পরের শুনানি ও বিচারকের সিদ্ধান্ত জানায়। জামিন নিয়ে এটি কিছু বলে না, আর দ্রুত বহিষ্কারের আদেশ এতে থাকে না।
tools-taken-help-heading = ৩. নিউ ইয়র্ক সিটিতে সাহায্য চান
tools-taken-help-pending = বিনামূল্যের আইনি সহায়তা লাইনগুলো, প্রতিটি তার উৎসে যাচাই করা, Amparo-র "সাহায্য নিন" পাতায় আছে। সেদিনই একটিতে ফোন করুন।
tools-taken-lawyer-heading = ৪. প্রথম কয়েক ঘণ্টায় একজন আইনজীবী
tools-taken-lawyer-now = এখনই পারিবারিক পরিকল্পনার আইনজীবীকে বা বিনামূল্যের আইনি সহায়তা লাইনে ফোন করুন। আইনজীবী খুঁজে বের করতে পারেন ব্যক্তিটিকে কোথায় রাখা হয়েছে, ICE-কে জানাতে পারেন যে তিনি তার প্রতিনিধি, এবং মুক্তি চাইতে পারেন।
tools-taken-habeas = আইনজীবী ফেডারেল আদালতকে আটকটি পর্যালোচনা করতেও বলতে পারেন (হেবিয়াস কর্পাস)। এটি সেখানে দাখিল করা হয় যেখানে ব্যক্তিটিকে রাখা হয়েছে, তাই নিউ ইয়র্কের বাইরে স্থানান্তরের আগেই কাজ করুন।
tools-taken-fear = ব্যক্তিটি যদি নিজের দেশে ফিরতে ভয় পান, তাঁকে তা স্পষ্ট করে বলতে হবে। দ্রুত বহিষ্কারে তখন একজন কর্মকর্তাকে তাঁকে সঙ্গে সঙ্গে বহিষ্কার না করে একজন আশ্রয় কর্মকর্তার কাছে পাঠাতে হয়।
tools-taken-presence = তিনি যদি দুই বছরের বেশি যুক্তরাষ্ট্রে থাকেন, তা দেখায় এমন কাগজ দ্রুত আইনজীবীর কাছে নিয়ে যান: দ্রুত বহিষ্কার এড়াতে ব্যক্তিটিকে তা প্রমাণ করতে হয়, এবং কাগজ জোগাড়ের জন্য সময় চাইতে পারেন।
tools-taken-consulate-heading = ৫. কনস্যুলেট
tools-taken-consulate = ব্যক্তিটির দেশের কনস্যুলেট তাঁকে খুঁজে পেতে ও যোগাযোগ করতে সাহায্য করতে পারে। ব্যক্তিটি চাইলে যোগাযোগ না-ও করতে পারেন।
tools-taken-consulate-must = কিছু দেশের জন্য (যেমন চীন, রাশিয়া ও পোল্যান্ড) ব্যক্তিটি না চাইলেও ICE-কে কনস্যুলেটকে জানাতে হয়। ব্যক্তিটি যদি নিজের সরকারকে ভয় পান, এখনই আইনজীবীকে জানান।
tools-taken-children-heading = ৬. শিশুরা
tools-taken-standby = বাবা বা মা যদি স্ট্যান্ডবাই অভিভাবক মনোনীত করে থাকেন, সেই ব্যক্তি ৬০ দিন শিশুদের অভিভাবক হিসেবে কাজ করতে পারেন, এবং এই সময়ের মধ্যে সারোগেট কোর্টে (Surrogate's Court) নিজেকে অভিভাবক নিয়োগের আবেদন করতে হবে।
tools-taken-designation = অভিভাবকের সম্পর্কে থাকা ব্যক্তির মনোনয়নপত্র সেই ব্যক্তিকে স্কুল ও ডাক্তারের সঙ্গে কাজ করতে দেয়। তাঁদের এটি দেখান।
tools-taken-ready-heading = ৭. এগুলো তৈরি রাখুন
tools-taken-ready = ব্যক্তিটির পুরো আইনি নাম, এ-নম্বর, জন্মতারিখ ও জন্মের দেশ; কোথায় ও কখন নিয়ে যাওয়া হয়েছে; পারিবারিক পরিকল্পনা; আইনজীবীর নাম ও নম্বর; যুক্তরাষ্ট্রে দুই বছর দেখায় এমন কাগজ; তাঁর ওষুধ ও চিকিৎসার প্রয়োজন।

## দুই বছরের প্রমাণ

tools-presence-title = যুক্তরাষ্ট্রে দুই বছরের প্রমাণ
tools-presence-intro = দ্রুত বহিষ্কারে কেউ যুক্তরাষ্ট্রে দুই বছর দেখাতে না পারলে কর্মকর্তারা বিচারক ছাড়াই তাঁকে বহিষ্কার করতে পারেন। তারিখসহ আপনার কাগজগুলোর তালিকা দিন: Amparo দেখাবে কোন মাসগুলো ঢাকা এবং ফাঁক কোথায়।
tools-presence-covers = আপনার কাগজ { $from } থেকে { $to } পর্যন্ত উপস্থিতি দেখায়, কোথাও { $limit } দিনের বেশি কাগজ ছাড়া ফাঁক নেই।
tools-presence-not-covered = আপনার কাগজ { $from } থেকে { $to } পর্যন্ত পুরো সময় দেখায় না: { $count ->
    [one] একটি ফাঁক আছে
   *[other] { $count }টি ফাঁক আছে
} (নিচে দেখুন)।
tools-presence-not-legal = এটি শুধু দেখায় আপনার কাগজ কী দেখায়। এটি কোনো আইনি সিদ্ধান্ত নয়: সিদ্ধান্ত নেন একজন কর্মকর্তা বা বিচারক, আর একজন আইনজীবী বলতে পারেন আপনার কাগজের মূল্য কতটা।
tools-presence-gaps-heading = ফাঁক
tools-presence-months-heading = মাস অনুযায়ী
tools-presence-index-heading = কাগজের তালিকা
tools-presence-rule-heading = ফাঁক কীভাবে গোনা হয়
tools-presence-rule = ফাঁক মানে { $limit } দিনের বেশি এমন সময় যা কোনো কাগজ ঢাকে না, অথবা আপনার প্রথম কাগজের আগে দুই বছরের শুরুর অংশ। কোনো নিয়ম বলে না কত ঘন ঘন কাগজে উপস্থিতি দেখাতে হবে; { $limit } দিন হলো অভিবাসন আইন তার অন্য একটি ধারাবাহিক উপস্থিতির নিয়মে সবচেয়ে লম্বা যে অনুপস্থিতি মেনে নেয়, তাই এর চেয়ে লম্বা সময় নিয়ে একজন কর্মকর্তা প্রশ্ন তুলতে পারেন।
tools-presence-kinds-heading = যে কাগজ উপস্থিতি দেখাতে পারে
tools-presence-keep = কপি এমন নিরাপদ জায়গায় রাখুন যেখানে আপনার পরিবার পৌঁছাতে পারে, আর একটি কপি ফোনে বা ই-মেইলে রাখুন। কাগজ সঙ্গে রাখারও ঝুঁকি আছে: কী সঙ্গে রাখবেন আইনজীবীকে জিজ্ঞেস করুন। আটক হলে কাগজ জোগাড়ের বা কাউকে দিয়ে আনানোর জন্য সময় চাইতে পারেন।
tools-month-covered = হ্যাঁ
tools-month-gap = না
tools-gap-no-papers = কোনো কাগজ নেই
tools-gap-before-first-paper = প্রথম কাগজের আগে
tools-gap-between-papers = কাগজগুলোর মাঝে
tools-gap-after-last-paper = শেষ কাগজের পরে
tools-kind-lease = ভাড়ার চুক্তি
tools-kind-rent_receipt = ভাড়ার রসিদ
tools-kind-pay_stub = বেতনের স্লিপ
tools-kind-tax_return = ট্যাক্স রিটার্ন
tools-kind-utility_bill = বিদ্যুৎ, গ্যাস বা পানির বিল
tools-kind-phone_bill = ফোন বা ইন্টারনেটের বিল
tools-kind-bank_statement = ব্যাংক স্টেটমেন্ট
tools-kind-money_transfer = টাকা পাঠানোর রসিদ
tools-kind-medical_record = চিকিৎসার রেকর্ড
tools-kind-school_record = স্কুলের রেকর্ড (আপনার বা আপনার সন্তানের)
tools-kind-religious_record = উপাসনালয়ের কাগজ
tools-kind-mail = আপনার ঠিকানায় আসা চিঠি
tools-kind-id_card = যুক্তরাষ্ট্রে দেওয়া পরিচয়পত্র (যেমন IDNYC)
tools-kind-court_record = আদালতের রেকর্ড
tools-kind-child_birth_certificate = যুক্তরাষ্ট্রে জন্ম নেওয়া সন্তানের জন্ম সনদ
tools-kind-employment_letter = নিয়োগকর্তার চিঠি
tools-kind-other = তারিখসহ অন্য কাগজ

## ঘটনার বিবরণ

tools-record-title = একটি ঘটনার বিবরণ
tools-record-intro = একজন আইনজীবীর জন্য লেখা। শুধু যা আপনি নিজে দেখেছেন ও শুনেছেন তা-ই লিখুন।
tools-record-officers-heading = কর্মকর্তারা
tools-record-vehicles-heading = গাড়ি
tools-record-witnesses-heading = সাক্ষী
tools-record-ag-heading = নিউ ইয়র্কের অ্যাটর্নি জেনারেলকে জানাতে
tools-record-ag-intro = অ্যাটর্নি জেনারেলের "Federal Action Reporting Form" অভিবাসন অভিযানের খবর গ্রহণ করে। পাঠানো আপনার সিদ্ধান্ত। আপনি যা পাঠান তা প্রকাশ্য প্রতিবেদনে ও আদালতে ব্যবহার হতে পারে। গ্রেপ্তার হওয়া ব্যক্তি যদি আপনি হন, আগে আপনার আইনজীবীর সঙ্গে কথা বলুন। এগুলো ফর্মের ঘর, আর তাতে আপনি যা কপি করতে পারেন:
tools-ag-when = তারিখ ও সময়
tools-ag-where = স্থান
tools-ag-description = কী ঘটেছিল তার বিবরণ
tools-ag-media = ছবি, ভিডিও বা লিংক
tools-ag-contact = আপনার যোগাযোগের তথ্য (ঐচ্ছিক)
tools-ag-your-choice = আপনার সিদ্ধান্ত: চাইলে খালি রাখুন।
tools-record-keep = এই বিবরণ ও আপনার ভিডিও নিরাপদ জায়গায় রাখুন, এবং আপনার আইনজীবীকে একটি কপি দিন।

## ওয়েব পাতা

tools-home-heading = আগে ও পরে
tools-plan-link-hint = কে শিশুদের নেবে, নম্বর, আইনজীবী — কাগজে, আপনার ভাষায়।
tools-card-link-hint = নাম, এ-নম্বর, দুটি নম্বর ও আপনার আইনজীবী, ইংরেজিতে বলার কথাসহ।
tools-taken-link-hint = আটক আত্মীয়কে কীভাবে খুঁজবেন, আর প্রথম কয়েক ঘণ্টায় কী করবেন।
tools-presence-link-hint = আপনার কাগজ কোন মাসগুলো ঢাকে, আর ফাঁক কোথায়।
tools-record-link-hint = কী ঘটেছে লিখে রাখুন, একজন আইনজীবীর জন্য।
tools-see-also = এর জন্য সরঞ্জাম
tools-plan-page-intro = কাগজে যা চান শুধু তা-ই পূরণ করুন: শুধু নামটি লাগবে। তারপর পরিকল্পনা, কার্ড, বার্তা, অথবা "কাউকে নিয়ে গেছে" পাতাটি তৈরি করুন।
tools-record-page-intro = যত তাড়াতাড়ি সম্ভব লিখুন, যতক্ষণ মনে আছে। শুধু কখন, কোথায় ও কী ঘটেছে তা লাগবে।
tools-paper-size = কাগজ
tools-form-person = যাঁর জন্য এই পরিকল্পনা
tools-form-child = শিশু { $number }
tools-form-contact = জরুরি যোগাযোগ { $number }
tools-form-lawyer = আইনজীবী
tools-form-more = স্বাস্থ্য, কাগজপত্র ও টাকা
tools-form-say-fear = আমার কার্ডে লিখুন "আমি আমার দেশে ফিরে যেতে ভয় পাই"
tools-form-paper = কাগজ { $number }
tools-form-officer = কর্মকর্তা { $number }
tools-form-vehicle = গাড়ি { $number }
tools-form-witness = সাক্ষী { $number }
tools-form-encounter = ঘটনা
tools-form-what = কী ঘটেছিল
tools-form-taken-intro = যা জানেন তা পূরণ করুন, সেই তথ্যসহ এই পাতাটি প্রিন্ট করতে। কিছুই রাখা হয় না।
tools-make-plan = পরিকল্পনা তৈরি করুন (PDF)
tools-make-card = মানিব্যাগের কার্ড তৈরি করুন (PDF)
tools-make-messages = বার্তাগুলো লিখুন
tools-make-taken = "কাউকে নিয়ে গেছে" পাতা তৈরি করুন (PDF)
tools-make-presence = আমার কাগজ যাচাই করুন
tools-make-presence-pdf = কাগজের তালিকা প্রিন্ট করুন (PDF)
tools-make-record = বিবরণ তৈরি করুন (PDF)
tools-make-record-json = আইনজীবীর জন্য বিবরণ ডাউনলোড করুন (JSON)
tools-errors-heading = এই ঘরগুলো দেখে নিন:
tools-privacy-heading = কী রাখা হয়, আর কোথায়
tools-privacy-server = আপনি বোতাম চাপলে আপনার লেখা Amparo-র সার্ভারে যায়, যা মেমরিতে আপনার কাগজ তৈরি করে এবং তারপর ভুলে যায়। সার্ভারে কিছুই রাখা হয় না, কোনো লগে কিছু লেখা হয় না, এবং কোনো কুকি বসানো হয় না।
tools-privacy-paper = আপনি যে কাগজ ডাউনলোড করেন তাতে ব্যক্তিগত তথ্য থাকে। এমন জায়গায় রাখুন যেখানে শুধু বিশ্বস্ত মানুষ খুঁজে পাবে।
tools-privacy-draft = যে ফোনে সম্ভব, সেখানে আপনি শুধু এই ফোনেই একটি খসড়া রাখতে পারেন, আপনার বেছে নেওয়া পাসফ্রেজ দিয়ে তালা দেওয়া। Amparo কখনও তা পায় না, খুলতেও পারে না।
tools-draft-legend = এই ফোনে খসড়া
tools-draft-passphrase = পাসফ্রেজ (অন্তত ৮ অক্ষর; ভুলে গেলে খসড়া আর খোলা যাবে না)
tools-draft-save = এই ফোনে খসড়া রাখুন
tools-draft-open = খসড়া খুলুন
tools-draft-delete = খসড়া মুছুন
tools-draft-saved = এই ফোনে রাখা হয়েছে, আপনার পাসফ্রেজ দিয়ে তালা দেওয়া।
tools-draft-opened = খসড়া খোলা হয়েছে।
tools-draft-deleted = খসড়া এই ফোন থেকে মুছে ফেলা হয়েছে।
tools-draft-wrong = ভুল পাসফ্রেজ, অথবা খসড়াটি নষ্ট হয়ে গেছে।
tools-draft-none = এই ফোনে কোনো খসড়া নেই।
tools-draft-short = পাসফ্রেজটি খুব ছোট।
tools-draft-working = কাজ চলছে…

## ত্রুটি

tools-error-required = এটি দরকার।
tools-error-shape = এটি প্রত্যাশিত আকারে নেই ({ $value })।
tools-error-not-a-date = "{ $value }" কোনো তারিখ নয়।
tools-error-not-a-date-time = "{ $value }" কোনো তারিখ ও সময় নয়।
tools-error-future-date = { $value } ভবিষ্যতের তারিখ। সবচেয়ে শেষ সম্ভাব্য দিন { $latest }।
tools-error-too-old = { $value } অনেক আগের।
tools-error-ends-before-start = শুরু হওয়ার ({ $from }) আগেই শেষ হয় ({ $to })।
tools-error-date-or-range = একটি তারিখ দিন, অথবা "থেকে" ও "পর্যন্ত" তারিখ দিন।
tools-error-a-number = "{ $value }" কোনো এ-নম্বর নয়: এতে ৮ বা ৯টি অঙ্ক থাকে।
tools-error-phone = "{ $value }" কোনো ফোন নম্বর নয়: যুক্তরাষ্ট্রে ১০ অঙ্ক, অথবা + ও দেশের কোড।
tools-error-email = "{ $value }" কোনো ই-মেইল ঠিকানা নয়।
tools-error-plate = "{ $value }" কোনো নম্বর প্লেট নয়।
tools-error-unknown = "{ $value }" বিকল্পগুলোর একটি নয়।
tools-error-too-long = এটি খুব লম্বা: সর্বোচ্চ { $max } অক্ষর।
tools-error-too-many = অনেক বেশি: সর্বোচ্চ { $max }টি।
tools-error-control-character = এতে এমন একটি অক্ষর আছে যা প্রিন্ট করা যায় না।
