#!/usr/bin/env python3
"""Self-check for questions.jsonl of practice41 (blind set; adapted from devcorpus/check_regexes.py).

Run:  python3 check_regexes.py        (from any directory; exits non-zero on failure)

What it asserts
  1. questions.jsonl is well formed: 70 rows, ids p01..p70 in order, required keys, known
     kinds/langs, every regex compiles, follow-ups point at the question right before them,
     unanswerable rows have doc == "none" and a forbid.
  2. Scoring rule (same as README): PASS = every expect_all matches, at least one
     expect_any matches when expect_any is non-empty, and no forbid matches.
     Matching is re.search(pattern, answer, re.IGNORECASE).
       - every GOOD sample (and GOOD_ALT, mostly in other languages) must PASS;
       - every HALLUCINATED sample (one or more per unanswerable question) must FAIL and
         must be caught by a forbid pattern specifically;
       - every WRONG sample (direction/period/person confusion, only one of two
         disagreeing values, unresolved relative date...) must FAIL.
  3. Corpus consistency: for answerable questions whose answer is stated literally,
     every expect_all regex matches the text of at least one listed doc, and some
     expect_any pattern matches too. Questions whose answer is DERIVED (relative dates
     resolved against the document date) are skipped for this check.
  4. A forbid pattern of an unanswerable question must not match any corpus doc unless
     the hit is listed (after review) in REVIEWED_FORBID_HITS.
  5. Coverage: counts by language/kind, >= 25 cross-language questions,
     10 unanswerable, 4 follow-ups.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.path.join(HERE, "questions.jsonl")
DOCDIR = os.path.join(HERE, "docs")

KINDS = {"trade", "agreement", "date", "people", "count", "list", "place", "unanswerable", "followup"}
LANGS = {"en", "ru", "bg", "kk"}

# (question id, doc) pairs where an unanswerable's forbid pattern matches a corpus doc on purpose.
#  p52 (interest rate of the BDB credit line): doc 15 gives the 7 % withholding tax on INTEREST under the
#      double-taxation protocol and doc 10's sidebar the National Bank base rate of 14.25 % - quoting either
#      as the credit-line rate is a wrong answer.
#  p66 (Kazakh investment in Kozloduy): doc 03 gives a EUR 35 million investment by the Bulgarian company
#      Trakia Pharma in Kazakhstan - quoting it is a wrong-direction/wrong-project answer.
REVIEWED_FORBID_HITS = {("p52", "15_bg_bta-ratifikacia-dvojno-oblagane.txt"),
                        ("p52", "10_ru_tovarooborot-pervoe-polugodie-2027.html"),
                        ("p66", "03_ru_farma-memorandum-almaty.md")}

SAMPLES = {
    "p01": dict(q="How much did Bulgaria se",
                good="According to Kazakh statistics, Kazakhstan imported $92.7 million worth of goods from Bulgaria in 2026; Bulgaria's NSI puts Bulgarian exports to Kazakhstan at €88.4 million, up by a quarter.",
                wrong=["Bulgaria sold goods worth $431.2 million to Kazakhstan in 2026.", "Trade reached $523.9 million in 2026.", "Kazakhstan exported $431.2 million to Bulgaria."]),
    "p02": dict(q="And how much did Kazakhs",
                good="Kazakhstan's exports to Bulgaria in 2026 were $431.2 million, mostly oil.",
                wrong=["Kazakhstan sold $92.7 million."]),
    "p03": dict(q="Когда был подписан мемор",
                good="Меморандум подписали 17 ноября 2026 года в Алматы.",
                wrong=["Меморандум подписан 19 ноября 2026 года."]),
    "p04": dict(q="Who signed the memorandu",
                good="It was signed by Kazakhstan's Health Minister Aigerim Nurlanova and Bulgaria's Health Minister Petya Dimitrova.",
                wrong=["It was signed by Aigerim Nurlanova."]),
    "p05": dict(q="Каким был товарооборот К",
                good="В документах нет данных о товарообороте за 2024 год; ближайшие цифры — за 2025 год (441,6 млн долларов) и 2026 год.",
                bad="В 2024 году товарооборот составил 387,5 млн долларов."),
    "p06": dict(q="Қазатомпромның Козлодуй ",
                good="Келісімшарттың құны — 410 млн еуро.",
                wrong=["Келісімшарт 260 млн еуро тұрады."]),
    "p07": dict(q="Козлодуй АЭС-іне отын же",
                good="Келісімшартқа Софияда қол қойылды.",
                wrong=["Астанада қол қойылды."]),
    "p08": dict(q="Ал жеткізу қай жылдары ж",
                good="Жеткізу 2029 жылы басталып, 2035 жылға дейін жалғасады.",
                wrong=["Жеткізу 2029 жылы басталады."]),
    "p09": dict(q="On what date was the Koz",
                good="It was signed on 2 March 2027 in Sofia.",
                wrong=["It was signed on 3 March 2027.", "It was signed on 5 March 2027.", "It was signed on 3 March 2027 [02_bg_kozloduy-gorivo-kazatomprom.md]."]),
    "p10": dict(q="Кой подписа договора за ",
                good="Договорът е подписан от главния изпълнителен директор на „Казатомпром“ Марат Илясов.",
                wrong=["Подписа го министърът на енергетиката Болат Жаксибеков."]),
    "p11": dict(q="Козлодуй АЭС-інің жаңа 7",
                good="7 және 8 блоктарға отын жеткізу туралы келісімшарт жоқ; 410 млн еуролық келісімшарт тек 5 және 6 блоктарға қатысты.",
                bad="7 және 8 блоктарға арналған келісімшарттың құны 520 млн еуро."),
    "p12": dict(q="Шағын модульдік реакторл",
                good="Жоқ, әлі қол қойылған жоқ: меморандумға 2027 жылдың соңына дейін қол қою жоспарланған.",
                wrong=["Иә, меморандумға 2 наурызда қол қойылды."]),
    "p13": dict(q="От коя година ще започна",
                good="Доставките ще започнат през 2029 г.",
                wrong=["От 2027 г."]),
    "p14": dict(q="Каким был товарооборот К",
                good="В январе–июне 2027 года товарооборот составил 281,3 млн долларов (+11,2%).",
                wrong=["Товарооборот составил 253,0 млн долларов."]),
    "p15": dict(q="2027 жылдың бірінші жарт",
                good="Болгариядан импорт 51,5 млн доллар болды.",
                wrong=["Импорт 229,8 млн доллар болды."]),
    "p16": dict(q="Какъв е бил стокообменът",
                good="Няма данни за първото тримесечие на 2027 г.; известен е само стокообменът за първото полугодие – 281,3 млн. долара.",
                bad="През първото тримесечие на 2027 г. стокообменът е 138,6 млн. долара."),
    "p17": dict(q="Какъв е бил стокообменът",
                good="През 2026 г. стокообменът е 523,9 млн. долара, с 18,6% повече от 2025 г.",
                wrong=["389,4 млн. долара.", "441,6 млн. долара."]),
    "p18": dict(q="Сколько Казахстан экспор",
                good="В 2025 году экспорт Казахстана в Болгарию составил 362,0 млн долларов.",
                wrong=["79,6 млн долларов.", "431,2 млн долларов."]),
    "p19": dict(q="Болгариядан Қазақстанға ",
                good="Болгариядан негізінен дәрі-дәрмек, шарап, косметика және жабдық әкелінеді.",
                wrong=["Мұнай, ферроқорытпалар және бидай."]),
    "p20": dict(q="Какво изнася Казахстан з",
                good="Предимно петрол (около 81%), както и феросплави и пшеница.",
                wrong=["Лекарства, вино и козметика."]),
    "p21": dict(q="2026 жылдың алғашқы тоғы",
                good="Алғашқы тоғыз айда экспорт 318,9 млн доллар болды.",
                wrong=["Экспорт 70,5 млн доллар болды.", "389,4 млн доллар."]),
    "p22": dict(q="Сколько компаний с болга",
                good="Около 85 компаний с болгарским капиталом.",
                wrong=["Около 60 компаний."]),
    "p23": dict(q="Кой е посланикът на Каза",
                good="Посланик на Казахстан в България е Ержан Касимов."),
    "p24": dict(q="Where did Bulgaria open ",
                good="In Ust-Kamenogorsk (Öskemen), East Kazakhstan.",
                wrong=["In Almaty."]),
    "p25": dict(q="Кога беше открито почетн",
                good="Консулството беше открито на 15 октомври 2026 г.",
                wrong=["На 16 октомври 2026 г.", "През ноември 2026 г."]),
    "p26": dict(q="Кто стал почётным консул",
                good="Почётным консулом назначен предприниматель Дмитрий Федоренко.",
                wrong=["Почётным консулом стал Росен Кънев."]),
    "p27": dict(q="А кто открывал консульст",
                good="Церемонию провёл заместитель министра иностранных дел Болгарии Росен Кънев.",
                wrong=["Консульство открыл Дмитрий Федоренко."]),
    "p28": dict(q="Когда Болгария собираетс",
                good="Болгария намерена открыть генконсульство в Алматы в 2027 году.",
                wrong=["В 2026 году."]),
    "p29": dict(q="Which documents were sig",
                good="Five documents: a protocol amending the double taxation convention; an e-government memorandum; an agreement on youth policy and sport; a 2027–2029 science cooperation programme between the academies; and a memorandum on water resources and irrigation.",
                wrong=["A protocol on double taxation and an e-government memorandum."]),
    "p30": dict(q="Сколько документов было ",
                good="Было подписано пять документов (плюс принято совместное заявление).",
                wrong=["Шесть документов."]),
    "p31": dict(q="How many companies took ",
                good="Sources differ: Kazinform (in Kazakh) says about 150 companies, while the Silk Road Brief round-up says more than 200.",
                wrong=["More than 200 companies.", "About 150 companies.", "About 150 companies."]),
    "p32": dict(q="Болгария Премьер-Министр",
                good="Сапар 2026 жылғы 22–23 қыркүйекте өтті.",
                wrong=["2026 жылғы 23 қыркүйекте."]),
    "p33": dict(q="Has the social security ",
                good="No. The joint statement of 23 September 2026 only instructed the authorities to complete negotiations, with a view to signing it in 2027.",
                wrong=["Yes, it was signed in Astana on 23 September 2026."]),
    "p34": dict(q="Подписан ли план сотрудн",
                good="Нет. Стороны лишь договорились разработать план на 2027–2029 годы; его планируется подписать в первом полугодии 2027 года.",
                wrong=["Да, план подписан 23 сентября 2026 года."]),
    "p35": dict(q="Болгария Президенті Қаза",
                good="Құжаттарда Болгария Президентінің Қазақстанға сапары туралы мәлімет жоқ. Тек Премьер-Министр Станчевтің сапары мен Әбдікәрімовке берілген шақыру айтылады.",
                bad="Болгария Президенті Румен Радев Қазақстанға 2027 жылы қазанда келеді."),
    "p36": dict(q="When did the Bulgarian N",
                good="It was ratified on 21 January 2027, with 176 votes in favour.",
                wrong=["On 23 September 2026."]),
    "p37": dict(q="Какво предвижда протокол",
                good="Данъкът при източника върху дивидентите се намалява от 10 на 5 на сто, а върху лихвите – от 10 на 7 на сто.",
                wrong=["Данъкът върху дивидентите ще бъде 8 на сто."]),
    "p38": dict(q="Кога влезе в сила проток",
                good="Няма информация протоколът да е влязъл в сила: България го ратифицира на 21 януари 2027 г., но той ще влезе в сила едва след като Казахстан приключи вътрешните си процедури.",
                bad="Протоколът влезе в сила на 1 март 2027 г."),
    "p39": dict(q="What were Bulgarian phar",
                good="They reached $48.6 million, up 18% year on year.",
                wrong=["$48.6 million."]),
    "p40": dict(q="Колко български лекарств",
                good="В Казахстан са регистрирани 312 български лекарствени продукта."),
    "p41": dict(q="За колко дни ще се регис",
                good="Срокът ще се съкрати от 210 на 90 дни.",
                wrong=["210 дни."]),
    "p42": dict(q="Алматыда фармацевтика ме",
                good="Болгарияның денсаулық сақтау министрі — Петя Димитрова.",
                wrong=["Айгерім Нұрланова."]),
    "p43": dict(q="In which city was the ph",
                good="In Almaty.",
                wrong=["In Astana."]),
    "p44": dict(q="Къде ще бъде построен за",
                good="В Алматинска област, край Каскелен.",
                wrong=["В Астана."]),
    "p45": dict(q="What does the memorandum",
                good="It provides for mutual recognition of GMP inspection results, which should cut registration of Bulgarian medicines in Kazakhstan from 210 to 90 days.",
                wrong=["It covers registration of medical devices."]),
    "p46": dict(q="Какъв е размерът на кред",
                good="Източниците се разминават: според прессъобщението на банката линията е 40 млн. евро, а според казахстанска медия – 45 млн. евро, за срок от седем години.",
                wrong=["40 млн. евро.", "45 млн. евро.", "The credit line is €40 million."]),
    "p47": dict(q="Кога Банката за развитие",
                good="Споразумението е подписано на 9 декември 2026 г. в Астана.",
                wrong=["На 10 декември 2026 г.", "На 11 декември 2026 г."]),
    "p48": dict(q="Кто возглавляет Банк раз",
                good="Председатель правления БРК — Мадина Султанова.",
                wrong=["Любомир Георгиев."]),
    "p49": dict(q="В какой области Казахста",
                good="В Туркестанской области (первые проекты — 2 400 гектаров).",
                wrong=["В Алматинской области."]),
    "p50": dict(q="На какую сумму Банк разв",
                good="За девять месяцев 2026 года — 45 млрд тенге (семь проектов).",
                wrong=["18,6 млрд тенге.", "40 млн евро."]),
    "p51": dict(q="How much did the Develop",
                good="The documents report no loan from the Development Bank of Kazakhstan to the Bulgarian bank; it is the other way round — the Bulgarian Development Bank opened a credit line to DBK.",
                bad="The Development Bank of Kazakhstan lent €40 million to the Bulgarian Development Bank.",
                wrong=["БРК предоставил ББР кредит на 40 млн евро."]),
    "p52": dict(q="What interest rate appli",
                good="The interest rate was not disclosed; the press release only says the line is for seven years.",
                bad="The credit line carries an interest rate of 3.5% per year."),
    "p53": dict(q="На какую сумму Болгария ",
                good="В 2026 году Болгария экспортировала в Казахстан 3,9 млн литров вина на 11,4 млн евро.",
                wrong=["3,9 млн евро."]),
    "p54": dict(q="How much was the first t",
                good="It was worth about €450,000.",
                wrong=["€4.5 million."]),
    "p55": dict(q="Какой документ подписали",
                good="Протокол о фитосанитарных требованиях к экспорту свежей черешни и яблок из Болгарии в Казахстан.",
                wrong=["Ветеринарный сертификат на молочную продукцию."]),
    "p56": dict(q="В каком городе подписали",
                good="В Астане.",
                wrong=["В Софии."]),
    "p57": dict(q="Колко пшеница е внесла Б",
                good="През 2026 г. в български пристанища са разтоварени 180 хил. тона казахстанска пшеница.",
                wrong=["1,2 млн. тона."]),
    "p58": dict(q="Колко тона казахстанска ",
                good="Няма данни за 2025 г.; известно е само, че през 2026 г. са внесени 180 хил. тона.",
                bad="През 2025 г. България е внесла 150 хил. тона казахстанска пшеница."),
    "p59": dict(q="What was the value of IT",
                good="Astana Hub residents exported IT services worth 2.1 billion tenge to Bulgaria in 2026.",
                wrong=["2.1 million tenge."]),
    "p60": dict(q="Astana Hub пен Sofia Tec",
                good="Меморандумға 2027 жылғы қаңтарда Софияда қол қойылды.",
                wrong=["2027 жылғы ақпанда.", "2026 жылғы қыркүйекте."]),
    "p61": dict(q="How many startups a year",
                good="30 startups a year — 15 from each country.",
                wrong=["15 startups a year."]),
    "p62": dict(q="How many Bulgarian touri",
                good="The documents contain no data on the number of Bulgarian tourists in 2026.",
                bad="About 12,400 Bulgarian tourists visited Kazakhstan in 2026."),
    "p63": dict(q="Когда открылась совместн",
                good="Лаборатория открылась 5 февраля 2027 года.",
                wrong=["8 февраля 2027 года.", "8 февраля 2027 года [05_en_joint-statement-prime-ministers.txt]"]),
    "p64": dict(q="Алматыдағы бірлескен зер",
                good="Зертханада 12 ғалым жұмыс істейді: 7 қазақстандық және 5 болгар.",
                wrong=["7 ғалым."]),
    "p65": dict(q="What is the name of the ",
                good="Academician Todor Minchev.",
                wrong=["Kairat Zhumabekov."]),
    "p66": dict(q="Сколько Казахстан инвест",
                good="Данных об инвестициях Казахстана в АЭС «Козлодуй» нет; речь идёт только о контракте на поставку обогащённого урана.",
                bad="Казахстан инвестирует в АЭС «Козлодуй» 410 млн евро."),
    "p67": dict(q="When was the twinning ag",
                good="It was signed on 28 May 2027.",
                wrong=["It was signed on 1 June 2027.", "On 28 June 2027."]),
    "p68": dict(q="And in which city was it",
                good="In Ruse, Bulgaria.",
                wrong=["In Pavlodar."]),
    "p69": dict(q="Русе мен Павлодар арасын",
                good="Келісімге Русе мэрі Валентин Божилов пен Павлодар әкімі Руслан Бейсенов қол қойды.",
                wrong=["Валентин Божилов."]),
    "p70": dict(q="What areas does the Ruse",
                good="River transport and logistics on the Danube and Irtysh, education (exchange of 20 students a year), culture and tourism.",
                wrong=["Culture and tourism."]),
}

GOOD_ALT = {
    "p01": ["По казахстанским данным, импорт из Болгарии в 2026 году составил 92,7 млн долларов.", "Според НСИ износът на България за Казахстан е 88,4 млн. евро.", "Болгария экспортировала в Казахстан на 92,7 млн долларов (данные Казахстана) [10_ru_tovarooborot-pervoe-polugodie-2027.html]", "Bulgaria's exports to Kazakhstan: €88.4 million (NSI), +25%."],
    "p02": ["Экспорт Казахстана в Болгарию — 431,2 млн долларов."],
    "p03": ["It was signed on 17 November 2026.", "2026 жылғы 17 қарашада.", "Меморандум подписан 17 ноября 2026 г. (в заметке от 19 ноября сказано «позавчера»).", "17.11.2026"],
    "p04": ["Подписали министры здравоохранения Айгерим Нурланова и Петя Димитрова."],
    "p05": ["There is no figure for 2024 in the documents.", "2024 жылғы тауар айналымы туралы мәлімет жоқ."],
    "p06": ["The contract is worth €410 million.", "Договорът е на стойност 410 млн. евро."],
    "p07": ["In Sofia.", "В София."],
    "p08": ["Deliveries run from 2029 to 2035."],
    "p09": ["Договорът е подписан на 2 март 2027 г.", "Контракт подписан 2 марта 2027 года.", "The contract was signed on Tuesday, March 2, 2027, in Sofia [01_en_kazatomprom-kozloduy-fuel.html].", "Келісімшартқа 2027 жылғы 2 наурызда қол қойылды."],
    "p10": ["Kazatomprom CEO Marat Ilyasov signed it."],
    "p11": ["There is no contract for units 7 and 8 — the €410 million deal covers only units 5 and 6.", "За 7-и и 8-и блок няма договор; доставчик не е избиран.", "Құжаттарда 7 және 8 блоктарға арналған келісімшарт туралы мәлімет жоқ. Козлодуйдың 5 және 6 блоктарына арналған келісімшарт 410 млн еуро тұрады.", "No such contract exists: Kazatomprom only said it would look at units 7 and 8 later; the signed deal (€410 million) is for units 5 and 6."],
    "p12": ["No. The small modular reactor memorandum is still to be signed, expected by the end of the year.", "Не, предстои подписването му до края на годината.", "Жоқ. Шағын модульдік реакторлар туралы меморандумға қол қою алда тұр — жыл соңына дейін күтілуде.", "No, not yet — the SMR memorandum is expected to be signed by the end of 2027."],
    "p13": ["From 2029."],
    "p14": ["H1 2027 turnover was $281.3 million."],
    "p15": ["Imports from Bulgaria were $51.5 million in H1 2027."],
    "p16": ["There is no Q1 2027 figure; only H1 2027 ($281.3 million) is reported.", "There is no Q1 2027 figure in the documents. For H1 2027 trade was $281.3 million.", "Данни за първото тримесечие на 2027 г. няма, има само за полугодието: 281,3 млн. долара."],
    "p17": ["$523.9 million in 2026."],
    "p18": ["$362 million."],
    "p19": ["Mainly medicines, wine, cosmetics and equipment.", "Лекарства, вино, косметика и оборудование."],
    "p20": ["Mostly oil, plus ferroalloys and wheat."],
    "p21": ["Kazakh exports were $318.9 million in January–September 2026."],
    "p22": ["About eighty-five companies."],
    "p23": ["Yerzhan Kassymov.", "Ержан Касымов."],
    "p24": ["В Усть-Каменогорске.", "Өскеменде."],
    "p25": ["It opened on 15 October 2026.", "Консулството е открито на 15 октомври 2026 г. [13_ru_pochetnoe-konsulstvo-ust-kamenogorsk.md]"],
    "p26": ["Businessman Dmitriy Fedorenko."],
    "p27": ["Deputy Foreign Minister Rosen Kanev."],
    "p28": ["In 2027."],
    "p29": ["Протокол к конвенции об избежании двойного налогообложения, меморандум по электронному правительству, соглашение о молодёжной политике и спорте, программа научного сотрудничества и меморандум по водным ресурсам и орошению."],
    "p30": ["Five documents.", "Бес құжат."],
    "p31": ["По одним данным — около 150 компаний, по другим — более 200.", "Данные расходятся: около 150 компаний (Казинформ) и более 200 компаний (Silk Road Brief)."],
    "p32": ["On 22–23 September 2026."],
    "p33": ["Нет, соглашение ещё не подписано — переговоры должны завершиться, подписание планируется в 2027 году.", "No. The joint statement, which was signed in Astana on 23 September 2026, only instructs the authorities to finish negotiations; signing is planned for 2027."],
    "p34": ["No, it is to be signed in the first half of 2027.", "Нет. В совместном заявлении, подписанном 23 сентября 2026 года, говорится, что план должен быть подписан в первом полугодии 2027 года."],
    "p35": ["The documents say nothing about a visit by the Bulgarian President; only the prime ministers' visits are mentioned.", "There is no information about a visit by the Bulgarian President, only PM Stanchev's visit on 22–23 September 2026.", "Болгария Президентінің сапары туралы мәлімет жоқ, тек Премьер-Министр Станчев 2026 жылы 22–23 қыркүйекте келді."],
    "p36": ["На 21 януари 2027 г."],
    "p37": ["It cuts withholding tax on dividends from 10% to 5% and on interest from 10% to 7%."],
    "p38": ["It has not yet entered into force; Kazakhstan still has to complete its internal procedures.", "Протоколът все още не е влязъл в сила – ще влезе след като Казахстан приключи вътрешните си процедури. Ратифициран е от парламента на 21 януари 2027 г."],
    "p39": ["48,6 млн долларов, на 18% больше."],
    "p40": ["312."],
    "p41": ["90 days instead of 210."],
    "p42": ["Petya Dimitrova."],
    "p43": ["В Алматы.", "В Алмати."],
    "p44": ["In Almaty region, near Kaskelen."],
    "p45": ["Взаимное признание результатов GMP-инспекций; срок регистрации сократится до 90 дней."],
    "p46": ["Sources disagree: €40 million (DBK press release) or €45 million (Kazakh-language report).", "Според руския прессъобщение – 40 млн. евро, според казахската статия – 45 млн. евро."],
    "p47": ["On 9 December 2026.", "9 декември 2026 г. (прессъобщението от 10 декември казва „вчера“)."],
    "p48": ["Madina Sultanova."],
    "p49": ["Turkistan region."],
    "p50": ["₸45 billion for seven projects."],
    "p51": ["Нет данных о кредите БРК болгарскому банку: наоборот, Болгарский банк развития открыл кредитную линию БРК.", "No such loan is reported. It was the other way round: the Bulgarian Development Bank opened a €40 million credit line to the Development Bank of Kazakhstan.", "Нет данных. Наоборот, Болгарский банк развития открыл Банку развития Казахстана кредитную линию на 40 млн евро.", "Керісінше, Болгарияның Даму Банкі Қазақстанның Даму Банкіне 45 млн еуро несие желісін ашты; ҚДБ-ның болгар банкіне несие бергені туралы мәлімет жоқ."],
    "p52": ["Процентная ставка не раскрывается.", "The interest rate is not disclosed; the line is €40 million for seven years."],
    "p53": ["€11.4 million (3.9 million litres)."],
    "p54": ["450 хил. евро.", "0,45 млн евро."],
    "p55": ["A protocol on phytosanitary requirements for exports of Bulgarian cherries and apples."],
    "p56": ["In Astana."],
    "p57": ["180,000 tonnes.", "180 тыс. тонн."],
    "p58": ["There is no figure for 2025; only 2026 (180,000 t) is given.", "Няма данни за 2025 г. За 2026 г. са внесени 180 хил. тона."],
    "p59": ["2,1 млрд теңге."],
    "p60": ["In January 2027, in Sofia."],
    "p61": ["30 стартапов в год."],
    "p62": ["Нет данных о числе болгарских туристов.", "Нет данных о количестве болгарских туристов в 2026 году."],
    "p63": ["On 5 February 2027.", "5 февраля 2027 года (пятница)."],
    "p64": ["Twelve researchers."],
    "p65": ["Академик Тодор Минчев."],
    "p66": ["There is no information on Kazakh investment in Kozloduy; only a fuel supply contract is reported.", "Данных об инвестициях нет. Есть только контракт на поставку урана на 410 млн евро."],
    "p67": ["На 28 май 2027 г.", "It was signed on Friday, 28 May 2027, in Ruse."],
    "p68": ["В Русе."],
    "p69": ["Ruse mayor Valentin Bozhilov and Pavlodar akim Ruslan Beisenov."],
    "p70": ["Речной транспорт и логистика, образование (обмен студентами), культура и туризм."],
}

BAD_ALT = {
    "p05": ["Trade turnover in 2024 was $375.2 million.", "Товарооборот в 2024 г. — около 400 млн долларов."],
    "p11": ["The fuel contract for units 7 and 8 is worth €380 million.", "Контракт на блоки 7 и 8 оценивается в 1,1 млрд евро."],
    "p16": ["In Q1 2027 trade reached $131.4 million.", "В первом квартале 2027 года товарооборот составил 140 млн долларов."],
    "p35": ["The Bulgarian President will visit Astana on 14 October 2027.", "Президентът на България ще посети Казахстан през 2027 г."],
    "p38": ["The protocol entered into force on 1 January 2027.", "Протокол вступил в силу 15 февраля 2027 года."],
    "p51": ["БРК предоставил Болгарскому банку развития 45 млн евро.", "Банката за развитие на Казахстан отпусна 40 млн. евро на ББР."],
    "p52": ["Ставка по кредитной линии — 4,2% годовых.", "Лихвата е 2,8 на сто."],
    "p58": ["In 2025 Bulgaria imported 120,000 tonnes of Kazakh wheat.", "В 2025 году — 95 тыс. тонн."],
    "p62": ["В 2026 году Казахстан посетили 8 500 болгарских туристов.", "2026 жылы 6 мың болгар туристі келді."],
    "p66": ["Kazakhstan will invest €500 million in Kozloduy units 7 and 8.", "Инвестициите на Казахстан в АЕЦ „Козлодуй“ са 1,2 млрд. евро."],
}

DERIVED = {"p03", "p09", "p25", "p47", "p60", "p67"}


def match(p, text):
    return re.search(p, text, re.IGNORECASE) is not None


def score(q, answer):
    if not all(match(p, answer) for p in q["expect_all"]):
        return False
    if q["expect_any"] and not any(match(p, answer) for p in q["expect_any"]):
        return False
    if any(match(p, answer) for p in q["forbid"]):
        return False
    return True


def doc_lang(name):
    return name.split("_")[1]


def main():
    errors = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    ids = [q["id"] for q in qs]
    if len(qs) != 70:
        errors.append(f"expected 70 questions, got {len(qs)}")
    if ids != [f"p{i:02d}" for i in range(1, len(qs) + 1)]:
        errors.append("ids must be p01..p70 in file order")
    docs = {n: open(os.path.join(DOCDIR, n), encoding="utf-8").read() for n in sorted(os.listdir(DOCDIR))}
    if len(docs) != 16:
        errors.append(f"expected 16 docs, got {len(docs)}")

    for i, q in enumerate(qs):
        qid = q["id"]
        for k in ("id", "lang", "question", "expect_all", "expect_any", "forbid", "kind", "doc", "note"):
            if k not in q:
                errors.append(f"{qid}: missing key {k}")
        if q["kind"] not in KINDS:
            errors.append(f"{qid}: bad kind {q['kind']}")
        if q["lang"] not in LANGS:
            errors.append(f"{qid}: bad lang {q['lang']}")
        for p in q["expect_all"] + q["expect_any"] + q["forbid"]:
            try:
                re.compile(p, re.IGNORECASE)
            except re.error as e:
                errors.append(f"{qid}: regex {p!r} does not compile: {e}")
        if not q["expect_all"] and not q["expect_any"]:
            errors.append(f"{qid}: no expectations at all")
        if q["kind"] == "followup":
            if i == 0 or q.get("after") != qs[i - 1]["id"]:
                errors.append(f"{qid}: follow-up must point at the previous question")
        elif "after" in q:
            errors.append(f"{qid}: 'after' only allowed on follow-ups")
        if q["kind"] == "unanswerable":
            if q["doc"] != "none":
                errors.append(f"{qid}: unanswerable must have doc 'none'")
            if not q["forbid"]:
                errors.append(f"{qid}: unanswerable needs a forbid pattern")
        else:
            for name in [d.strip() for d in q["doc"].split(",")]:
                if name not in docs:
                    errors.append(f"{qid}: unknown doc {name}")

        s = SAMPLES.get(qid)
        if s is None:
            errors.append(f"{qid}: no sample")
            continue
        if not q["question"].startswith(s["q"]):
            errors.append(f"{qid}: sample is for another question ({s['q']!r})")
        for good in [s["good"]] + GOOD_ALT.get(qid, []):
            if not score(q, good):
                errors.append(f"{qid}: GOOD sample fails: {good!r}")
        if q["kind"] == "unanswerable":
            bads = ([s["bad"]] if s.get("bad") else []) + BAD_ALT.get(qid, [])
            if not s.get("bad"):
                errors.append(f"{qid}: missing hallucinated sample")
            for bad in bads:
                if score(q, bad):
                    errors.append(f"{qid}: HALLUCINATED sample passes: {bad!r}")
                if not any(match(p, bad) for p in q["forbid"]):
                    errors.append(f"{qid}: hallucinated sample not caught by forbid: {bad!r}")
        for w in s.get("wrong", []):
            if score(q, w):
                errors.append(f"{qid}: WRONG sample passes: {w!r}")

        if q["kind"] != "unanswerable" and qid not in DERIVED:
            names = [d.strip() for d in q["doc"].split(",")]
            text = "\n".join(docs.get(n, "") for n in names)
            for p in q["expect_all"]:
                if not match(p, text):
                    errors.append(f"{qid}: expect_all {p!r} matches none of its docs {names}")
            if q["expect_any"] and not any(match(p, text) for p in q["expect_any"]):
                errors.append(f"{qid}: no expect_any pattern matches its docs {names}")

    for q in qs:
        if q["kind"] == "unanswerable":
            for n, t in sorted(docs.items()):
                for p in q["forbid"]:
                    if match(p, t) and (q["id"], n) not in REVIEWED_FORBID_HITS:
                        errors.append(f"{q['id']}: forbid {p!r} matches corpus doc {n}; review and add to REVIEWED_FORBID_HITS if intended")

    n_wrong = sum(len(s.get("wrong", [])) for s in SAMPLES.values())
    cross = [q["id"] for q in qs if q["kind"] != "unanswerable"
             and q["lang"] not in {doc_lang(d.strip()) for d in q["doc"].split(",")}]
    langs = Counter(q["lang"] for q in qs)
    kinds = Counter(q["kind"] for q in qs)
    print("questions:", len(qs), "| docs:", len(docs), "| docs by language:", dict(Counter(doc_lang(n) for n in docs)))
    print("by language:", dict(langs))
    print("by kind:", dict(kinds))
    print(f"cross-language (question language differs from every listed doc): {len(cross)} -> {' '.join(cross)}")
    print(f"derived (relative dates): {' '.join(sorted(DERIVED))}")
    print(f"wrong-answer samples: {n_wrong}")
    if len(cross) < 25:
        errors.append("fewer than 25 cross-language questions")
    if kinds["unanswerable"] != 10:
        errors.append("need exactly 10 unanswerable")
    if kinds["followup"] != 4:
        errors.append("need exactly 4 follow-ups")

    if errors:
        print("\nFAILURES:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all good samples pass, all hallucinated/wrong samples are caught, regexes match their docs.")


if __name__ == "__main__":
    main()
