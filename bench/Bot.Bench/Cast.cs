namespace Bot.Bench;

/// <summary>
/// The real places, institutions and people of Kazakhstan–Bulgaria relations, spelled as in data/kb/entities.jsonl
/// where the seed knows them, so extraction resolves parties the way it does on real news.
/// </summary>
internal static class Cast
{
    public static readonly City[] Cities =
    [
        new("Astana", "Астана", "Астане", "Астана", "Астана", "KZ"),
        new("Almaty", "Алматы", "Алматы", "Алмати", "Алматы", "KZ"),
        new("Shymkent", "Шымкент", "Шымкенте", "Шимкент", "Шымкент", "KZ"),
        new("Uralsk", "Уральск", "Уральске", "Уралск", "Орал", "KZ"),
        new("Pavlodar", "Павлодар", "Павлодаре", "Павлодар", "Павлодар", "KZ"),
        new("Sofia", "София", "Софии", "София", "София", "BG"),
        new("Plovdiv", "Пловдив", "Пловдиве", "Пловдив", "Пловдив", "BG"),
        new("Varna", "Варна", "Варне", "Варна", "Варна", "BG"),
        new("Burgas", "Бургас", "Бургасе", "Бургас", "Бургас", "BG"),
        new("Blagoevgrad", "Благоевград", "Благоевграде", "Благоевград", "Благоевград", "BG"),
    ];

    public static readonly Subject[] Subjects =
    [
        new("cooperation in the field of transport and logistics", "сотрудничестве в области транспорта и логистики", "transport"),
        new("the development of the Trans-Caspian International Transport Route", "развитии Транскаспийского международного транспортного маршрута", "transport"),
        new("cooperation in maritime transport and port operations", "сотрудничестве в области морского транспорта и работы портов", "maritime"),
        new("air services between the two countries", "воздушном сообщении между двумя странами", "aviation"),
        new("cooperation in higher education and science", "сотрудничестве в области высшего образования и науки", "education"),
        new("academic exchanges and joint research", "академических обменах и совместных исследованиях", "education"),
        new("the training of diplomatic staff", "подготовке дипломатических кадров", "diplomacy"),
        new("cooperation in culture and the arts", "сотрудничестве в области культуры и искусства", "culture"),
        new("cooperation in healthcare and pharmaceuticals", "сотрудничестве в области здравоохранения и фармацевтики", "health"),
        new("cooperation in the energy sector", "сотрудничестве в сфере энергетики", "energy"),
        new("the supply of Kazakh crude oil to the Burgas refinery", "поставках казахстанской нефти на НПЗ в Бургасе", "oil"),
        new("the mutual promotion and protection of investments", "поощрении и взаимной защите инвестиций", "investment"),
        new("the avoidance of double taxation", "избежании двойного налогообложения", "tax"),
        new("business cooperation and trade missions", "деловом сотрудничестве и торговых миссиях", "business"),
        new("cooperation in agriculture and food safety", "сотрудничестве в сельском хозяйстве и безопасности пищевых продуктов", "agriculture"),
        new("cooperation in tourism", "сотрудничестве в сфере туризма", "tourism"),
        new("cooperation in youth policy and sport", "сотрудничестве в области молодежной политики и спорта", "youth"),
        new("the mutual protection of classified information", "взаимной защите секретной информации", "security"),
        new("interparliamentary cooperation", "межпарламентском сотрудничестве", "parliament"),
        new("cooperation in the digital economy and postal services", "сотрудничестве в цифровой экономике и почтовой связи", "digital"),
        new("cooperation in space research", "сотрудничестве в области космических исследований", "space"),
    ];

    public static readonly Actor[] Actors =
    [
        new("Government of Kazakhstan", "Правительство Казахстана", "KZ", ["tax", "investment", "security", "aviation"]),
        new("Government of Bulgaria", "Правительство Болгарии", "BG", ["tax", "investment", "security", "aviation"]),
        new("Ministry of Foreign Affairs of Kazakhstan", "Министерство иностранных дел Казахстана", "KZ", ["diplomacy", "security", "culture"]),
        new("Ministry of Foreign Affairs of Bulgaria", "Министерство иностранных дел Болгарии", "BG", ["diplomacy", "security", "culture"]),
        new("Ministry of Transport of Kazakhstan", "Министерство транспорта Казахстана", "KZ", ["transport", "maritime", "aviation"]),
        new("Ministry of Transport and Communications of Bulgaria", "Министерство транспорта и связи Болгарии", "BG", ["transport", "maritime", "aviation", "digital"]),
        new("Civil Aviation Committee of Kazakhstan", "Комитет гражданской авиации Казахстана", "KZ", ["aviation"]),
        new("Port of Varna", "Порт Варна", "BG", ["maritime", "transport"]),
        new("Scientific and Technical Union of Transport", "Научно-технический союз по транспорту", "BG", ["transport"]),
        new("Ministry of National Economy of Kazakhstan", "Министерство национальной экономики Республики Казахстан", "KZ", ["investment", "tax", "business"]),
        new("Ministry of Trade and Integration of Kazakhstan", "Министерство торговли и интеграции Республики Казахстан", "KZ", ["business", "agriculture"]),
        new("Ministry of Economy and Industry of Bulgaria", "Министерство экономики и индустрии Болгарии", "BG", ["energy", "business", "investment", "digital"]),
        new("Foreign Trade Chamber of Kazakhstan", "Внешнеторговая палата Казахстана", "KZ", ["business"]),
        new("Bulgarian Chamber of Commerce and Industry", "Болгарская торгово-промышленная палата", "BG", ["business", "agriculture", "tourism"]),
        new("Academy of Public Administration under the President of Kazakhstan", "Академия государственного управления при Президенте Республики Казахстан", "KZ", ["diplomacy", "education"]),
        new("Diplomatic Institute of the Ministry of Foreign Affairs of Bulgaria", "Дипломатический институт МИД Болгарии", "BG", ["diplomacy"]),
        new("Al-Farabi Kazakh National University", "Казахский национальный университет имени аль-Фараби", "KZ", ["education", "culture", "space"]),
        new("Sofia University", "Софийский университет", "BG", ["education", "culture", "space"]),
        new("Ministry of Education and Science of Bulgaria", "Министерство образования и науки Болгарии", "BG", ["education", "youth"]),
        new("Ministry of Health of Kazakhstan", "Министерство здравоохранения Республики Казахстан", "KZ", ["health"]),
        new("KazMunayGas", "КазМунайГаз", "KZ", ["energy", "oil"]),
        new("Lukoil Neftohim Burgas", "Лукойл Нефтохим Бургас", "BG", ["oil", "energy"]),
        new("Kazpost", "Казпочта", "KZ", ["digital"]),
        new("National Space Center of Kazakhstan", "Национальный космический центр Казахстана", "KZ", ["space"]),
        new("Majilis", "Мажилис", "KZ", ["parliament"]),
        new("National Assembly of Bulgaria", "Народное собрание Болгарии", "BG", ["parliament"]),
        new("Ministry of Youth and Sports of Bulgaria", "Министерство по делам молодёжи и спорта Болгарии", "BG", ["youth"]),
        new("Ministry of Regional Development and Public Works", "Министерство регионального развития и благоустройства Болгарии", "BG", ["tourism", "agriculture"]),
        new("Trakia Economic Zone", "Экономическая зона Тракия", "BG", ["investment", "business"]),
        new("Green Transport Cluster", "Зелёный транспортный кластер", "BG", ["transport"]),
    ];

    public static readonly Official[] Officials =
    [
        new("Nursultan Nazarbayev", "Нурсултан Назарбаев", "President of Kazakhstan", "Президент Казахстана", "KZ", 2005, 2018),
        new("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев", "President of Kazakhstan", "Президент Казахстана", "KZ", 2019, 2025),
        new("Georgi Parvanov", "Георгий Пырванов", "President of Bulgaria", "Президент Болгарии", "BG", 2005, 2011),
        new("Rosen Plevneliev", "Росен Плевнелиев", "President of Bulgaria", "Президент Болгарии", "BG", 2012, 2016),
        new("Rumen Radev", "Румен Радев", "President of Bulgaria", "Президент Болгарии", "BG", 2017, 2025),
        new("Iliana Iotova", "Илияна Йотова", "Vice President of Bulgaria", "вице-президент Болгарии", "BG", 2017, 2025),
        new("Daniyal Akhmetov", "Даниал Ахметов", "Prime Minister of Kazakhstan", "Премьер-министр Казахстана", "KZ", 2005, 2006),
        new("Karim Massimov", "Карим Масимов", "Prime Minister of Kazakhstan", "Премьер-министр Казахстана", "KZ", 2007, 2016),
        new("Olzhas Bektenov", "Олжас Бектенов", "Prime Minister of Kazakhstan", "Премьер-министр Казахстана", "KZ", 2024, 2025),
        new("Erlan Idrissov", "Ерлан Идрисов", "Foreign Minister of Kazakhstan", "министр иностранных дел Казахстана", "KZ", 2012, 2016),
        new("Mukhtar Tileuberdi", "Мухтар Тлеуберди", "Foreign Minister of Kazakhstan", "министр иностранных дел Казахстана", "KZ", 2019, 2023),
        new("Roman Vassilenko", "Роман Василенко", "Deputy Foreign Minister of Kazakhstan", "заместитель министра иностранных дел Казахстана", "KZ", 2019, 2025),
        new("Serik Zhumangarin", "Серик Жумангарин", "Deputy Prime Minister of Kazakhstan", "вице-премьер Казахстана", "KZ", 2021, 2025),
        new("Marat Karabayev", "Марат Карабаев", "Minister of Transport of Kazakhstan", "министр транспорта Казахстана", "KZ", 2023, 2025),
        new("Teodora Genchovska", "Теодора Генчовска", "Foreign Minister of Bulgaria", "министр иностранных дел Болгарии", "BG", 2021, 2022),
        new("Tsetska Tsacheva", "Цецка Цачева", "Speaker of the National Assembly of Bulgaria", "председатель Народного собрания Болгарии", "BG", 2009, 2016),
        new("Georgi Gvozdeikov", "Георгий Гвоздейков", "Minister of Transport of Bulgaria", "министр транспорта Болгарии", "BG", 2024, 2025),
        new("Krasen Kralev", "Красен Кралев", "Minister of Youth and Sports of Bulgaria", "министр по делам молодёжи и спорта Болгарии", "BG", 2014, 2021),
        new("Lilyana Pavlova", "Лиляна Павлова", "Minister of Regional Development of Bulgaria", "министр регионального развития Болгарии", "BG", 2014, 2017),
        new("Temirtay Izbastin", "Темиртай Избастин", "Ambassador of Kazakhstan to Bulgaria", "посол Казахстана в Болгарии", "KZ", 2010, 2016),
        new("Viktor Temirbayev", "Виктор Темирбаев", "Ambassador of Kazakhstan to Bulgaria", "посол Казахстана в Болгарии", "KZ", 2017, 2025),
    ];

    public static IEnumerable<Official> InOffice(string country, int year) =>
        Officials.Where(o => o.Country == country && o.From <= year && year <= o.To);
}
