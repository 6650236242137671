using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A body a text names once in full with its short form in brackets and then only short ("Българската търговско-промишлена
/// палата (БТПП) … Председателят на БТПП Цветан Симеонов", a digest's table row "CCIK | Chairman | Nurlan Akhmetov"): asked
/// who heads it by its full name, in any language, the answer is the head the text gives the short form — not the head of
/// the other chamber the same text names, nor of the embassy or the agency beside it.
/// </summary>
public sealed class ShortFormTests(ShortFormTests.Fixture fixture) : IClassFixture<ShortFormTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("bcci-press-release.txt", """
                ПРЕССЪОБЩЕНИЕ

                София, 18 март 2025 г.

                Българската търговско-промишлена палата (БТПП) и Търговско-промишлената палата на Казахстан (ТППК) подписаха днес в София споразумение за създаване на Смесен бизнес съвет.

                Председателят на БТПП Цветан Симеонов посочи, че през 2024 г. над 40 български фирми са проявили интерес към казахстанския пазар. От казахстанска страна документа подписа председателят на ТППК Нурлан Ахметов.

                На срещата присъства и директорът на Агенцията за насърчаване на малките и средните предприятия Петя Кирова.

                За контакти: пресцентър на БТПП, тел. 02 811 74 00
                """);
            files.Write("kazakh-chamber.md", Doc("Ұлттық кәсіпкерлер палатасы болгар бизнесімен кездесті", "2025-04-02", "kk",
                "Астанада Ұлттық кәсіпкерлер палатасы (ҰКП) мен Болгария кәсіпкерлерінің кездесуі өтті. Кездесуге 30-дан астам компания қатысты.\n\n"
                + "ҰКП басқармасының төрағасы Ерлан Досымбеков екі елдің тауар айналымын 2030 жылға қарай екі есеге арттыру қажет екенін айтты.\n\n"
                + "Болгария делегациясын Болгарияның шағын және орта кәсіпорындарды қолдау агенттігінің басшысы Петя Кирова бастап келді. Қазақстанның Болгариядағы елшісі Аскар Жунусов кездесуде сөз сөйледі."));
            files.Write("chamber-members.md", """
                # Members' Digest — April 2025

                **Kazakhstan desk.** The Bulgarian Chamber of Commerce and Industry (BCCI) hosted a delegation of the Chamber of Commerce and Industry of Kazakhstan (CCIK) on 18 March.

                | Organisation | Post | Name |
                |---|---|---|
                | BCCI | President | Tsvetan Simeonov |
                | CCIK | Chairman | Nurlan Akhmetov |

                The Embassy of Kazakhstan, headed by Ambassador Askar Zhunusov, helped to organise the visit.
                """);
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Who is the president of the Bulgarian Chamber of Commerce and Industry?", "en", "Simeonov", "Akhmetov")]
    [InlineData("Кой е председателят на Българската търговско-промишлена палата?", "bg", "Симеонов", "Ахметов")]
    [InlineData("Кой е председателят на Търговско-промишлената палата на Казахстан?", "bg", "Ахметов", "Симеонов")]
    [InlineData("Кто возглавляет Торгово-промышленную палату Казахстана?", "ru", "Ахметов", "Симеонов")]
    [InlineData("Who heads the Chamber of Commerce and Industry of Kazakhstan?", "en", "Akhmetov", "Simeonov")]
    [InlineData("Ұлттық кәсіпкерлер палатасының төрағасы кім?", "kk", "Досымбеков", "Жунусов")]
    [InlineData("Кто председатель Национальной палаты предпринимателей?", "ru", "Досымбеков", "Кирова")]
    public void The_head_of_a_body_written_short_is_read_where_its_short_form_stands(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }
}
