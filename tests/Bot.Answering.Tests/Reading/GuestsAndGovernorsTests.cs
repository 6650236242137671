using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// People named as other languages spell them and guests named over two sentences: a Russian regional report with two
/// governors met on one trip and a third met two years before, a Kazakh Telegram post of an akimat, an English press
/// release whose guests stand in two sentences beside a reception still to come, and a Kazakh news item beside another
/// city's exhibition. Asked in en/ru/bg/kk with the Bulgarian "Илияна", the Russian "Илиана", the Latin "Iliyana", the
/// Russian "Булатом" for the Kazakh "Болат".
/// </summary>
public sealed class GuestsAndGovernorsTests(GuestsAndGovernorsTests.Fixture fixture) : IClassFixture<GuestsAndGovernorsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("yotova-turkestan.txt", """
                ШЫМКЕНТ, 14 мая 2021 – «Южный курьер». Аким Шымкента Мурат Айтенов сегодня встретился с вице-президентом Болгарии Илианой Йотовой, которая находится в Казахстане с рабочей поездкой.

                Стороны обсудили поставки болгарских лекарств и открытие в городе класса болгарского языка.

                Накануне в Туркестане Илиану Йотову принял аким Туркестанской области Умирзак Шукеев. Гостья осмотрела мавзолей Ходжи Ахмеда Ясави.

                Это не первый визит Йотовой в регионы страны. В октябре 2019 года в Караганде она встречалась с акимом Карагандинской области Ерланом Кошановым.

                14.05.2021, 18:10
                """);
            files.Write("pavlodar-post.txt", """
                Павлодар облысы әкімдігі | Telegram

                📍 Павлодар облысының әкімі Болат Бақауов Қазақстанға екі күндік сапармен келген Болгария вице-президенті Илияна Йотованы қабылдады.

                Кездесуде өңірдегі болгар диаспорасы мен «Здравец» мәдени орталығының жұмысы талқыланды.

                👉 Ертең вице-президент Нұр-Сұлтанда Мемлекет басшысымен кездеседі.

                8 қазан 2019 ж.
                """);
            files.Write("plovdiv-centre.md", Doc("Kazakh Cultural Centre opens in Plovdiv", "2024-05-04", "en", """
                PLOVDIV, 4 May 2024. The Kazakh Cultural Centre in Plovdiv opened its doors yesterday in the old town.

                Among the guests at the ceremony were MP Georgi Ivanov and Plovdiv deputy mayor Maria Petrova. Singer Aida Nurlanova and wrestler Daulet Bekov also attended the opening.

                The centre will offer Kazakh language classes and a small library.

                On 12 May the Embassy of Kazakhstan will hold a reception in Sofia; Minister Nikolai Denkov and Ambassador Viktor Temirbayev are expected to attend.
                """));
            files.Write("abai-sofia.md", Doc("Софияда Абай ескерткіші ашылды", "2023-09-15", "kk", """
                Софияда ұлы ақын Абай Құнанбайұлына арналған ескерткіш ашылды.

                Салтанатқа Болгария парламентінің депутаты Петър Колев пен София мэрінің орынбасары Иван Петков қатысты. Ақын Ғалым Жайлыбай мен суретші Асқар Есдәулет те ашылу рәсіміне қатысты.

                Осы аптада Пловдивте өткен көрмеге Пловдив мэрі Костадин Димитров қатысты.
                """));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("С кой аким се срещна Илияна Йотова в Туркестан?", "bg", "Шукеев", "Айтенов")]
    [InlineData("Which akim did Iliyana Iotova meet in Shymkent?", "en", "Murat", "Shukeev")]
    [InlineData("Илияна Йотова Қарағандыда қай әкіммен кездесті?", "kk", "Кошанов", "Шукеев")]
    [InlineData("Какой аким принял Илияну Йотову в Туркестане?", "ru", "Шукеев", "Айтенов")]
    public void The_governor_met_is_the_one_of_the_asked_city_whatever_the_spelling_of_the_visitor(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
        first.ShouldNotContain(lang == "en" ? "Iotova" : "Йотов");
    }

    [Theory]
    [InlineData("Who is the akim of Turkestan region?", "en", "Shukeev")]
    [InlineData("Кто аким Шымкента?", "ru", "Айтенов")]
    public void A_visitor_named_before_the_verb_is_not_given_the_post_of_the_host_named_after_it(string question, string lang, string expected)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(lang == "en" ? "Yotova" : "Йотов");
    }

    [Theory]
    [InlineData("In which city did Iliana Iotova meet governor Bulat Bakauov?", "en", "Pavlodar")]
    [InlineData("В каком городе Илияна Йотова встретилась с акимом Булатом Бакауовым?", "ru", "Павлодар")]
    public void A_given_name_spelt_as_another_language_writes_it_is_the_named_persons(string question, string lang, string expected) =>
        First(question, lang).ShouldContain(expected);

    [Theory]
    [InlineData("Which public figures attended the opening of the Kazakh Cultural Centre in Plovdiv?", "en")]
    [InlineData("Кто присутствовал на открытии казахского культурного центра в Пловдиве?", "ru")]
    [InlineData("Кои известни личности присъстваха на откриването на казахския културен център в Пловдив?", "bg")]
    [InlineData("Пловдивтегі қазақ мәдени орталығының ашылуына кімдер қатысты?", "kk")]
    public void Guests_named_over_two_sentences_are_all_the_answer_and_another_events_are_not(string question, string lang)
    {
        var first = First(question, lang);

        foreach (var guest in lang == "en" ? new[] { "Ivanov", "Petrova", "Nurlanova", "Bekov" } : ["Иванов", "Петрова", "Нурланова", "Беков"])
            first.ShouldContain(guest);
        first.ShouldNotContain(lang == "en" ? "Denkov" : "Денков");
        first.ShouldNotContain(lang == "en" ? "Temirbayev" : "Темирбаев");
    }

    [Theory]
    [InlineData("Who attended the opening of the Abai monument in Sofia?", "en", "Kolev", "Petkov", "Esdaulet", "Dimitrov")]
    [InlineData("Кои присъстваха на откриването на паметника на Абай в София?", "bg", "Колев", "Петков", "Есдәулет", "Димитров")]
    [InlineData("Абай ескерткішінің ашылуына кімдер қатысты?", "kk", "Колев", "Петков", "Есдәулет", "Димитров")]
    public void Guests_a_kazakh_sentence_adds_are_named_and_the_monuments_namesake_is_not(string question, string lang, string one, string two, string three, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(one);
        first.ShouldContain(two);
        first.ShouldContain(three);
        first.ShouldNotContain(other);
        first.ShouldNotContain(lang == "en" ? "Kunanbay" : "Құнанбай");
    }
}
