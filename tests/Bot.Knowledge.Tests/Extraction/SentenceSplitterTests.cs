using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// An abbreviation before a name keeps the name in its sentence; one that closes a phrase ends the sentence when a
/// capitalised word follows, so a quoted evidence sentence is neither cut in two nor glued to the next.
/// </summary>
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Делегацию принял спикер Мажилиса Н.-А. Жумабаев вместе с депутатами. Затем прошла пресс-конференция.", "Жумабаев")]
    [InlineData("The guests were received by Senator A.-Zh. Nurlanov and two deputies. A press conference followed.", "Nurlanov")]
    [InlineData("Среща с министъра на земеделието Д. Г. Петров в Пловдив. Разговорът продължи час.", "Петров")]
    public void Initials_of_a_name_never_end_the_sentence(string paragraph, string surname)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        sentences.Count.ShouldBe(2, string.Join(" | ", sentences));
        sentences[0].ShouldContain(surname);
    }

    [Fact]
    public void A_capitalised_word_after_a_sentence_ending_in_a_short_word_still_starts_a_new_sentence()
    {
        SentenceSplitter.Split("The talks were held in Ufa. Both sides praised the outcome.").Count.ShouldBe(2);
    }

    [Fact]
    public void A_saint_s_abbreviation_inside_a_university_name_does_not_end_the_sentence()
    {
        var sentences = SentenceSplitter.Split("Делегацията посети Пловдивския университет „Св. Паисий Хилендарски“ и разгледа библиотеката. Срещата продължи два часа.");

        sentences.Count.ShouldBe(2);
        sentences[0].ShouldEndWith("разгледа библиотеката.");
    }

    [Theory]
    [InlineData("Разговорът беше с г-н Петров за новите проекти. След това гостите отпътуваха.")]
    [InlineData("Наградата получи г-жа Иванова от Варна. Церемонията продължи до вечерта.")]
    [InlineData("Лекцията изнесе доц. Стоянов пред студентите. Тя беше записана.")]
    public void A_title_or_street_abbreviation_keeps_the_name_after_it(string paragraph) =>
        SentenceSplitter.Split(paragraph).Count.ShouldBe(2);

    [Fact]
    public void A_year_abbreviation_after_a_number_ends_the_sentence_before_a_capitalised_word()
    {
        var sentences = SentenceSplitter.Split("Паметникът е открит през 2016 г. Той стои в парка до езерото.");

        sentences.ShouldBe(["Паметникът е открит през 2016 г.", "Той стои в парка до езерото."]);
        // Not after a number, the same abbreviation names a city; before a currency in capitals, a scale stays put.
        SentenceSplitter.Split("Форум прошёл в г. Шымкенте при поддержке акимата. Участники обсудили логистику.").Count.ShouldBe(2);
        SentenceSplitter.Split("Объём сделки составил 12 млн. USD по данным министерства. Её закроют в мае.")[0].ShouldContain("12 млн. USD по данным");
    }

    [Theory]
    [InlineData("Общият стокообмен достигна 708,1 млн. лв. Вносът на природен газ намаля с една трета.", "708,1 млн. лв.")]
    [InlineData("Износът на зърно възлиза на 35,2 хил. лв. Останалото е търговия с машини.", "35,2 хил. лв.")]
    [InlineData("Инвестиции в регион составили 4,1 млрд. тг. Основная часть пришлась на логистику.", "4,1 млрд. тг.")]
    [InlineData("Поставки удобрений выросли до 96 млн. долл. Импорт вина остался на уровне прошлого года.", "96 млн. долл.")]
    [InlineData("Облыстың экспорты 12,5 млрд. тг. Бұл былтырғыдан екі есе көп.", "12,5 млрд. тг.")]
    [InlineData("Shipments of copper reached 14.8 mln. lv. Grain sales stayed flat.", "14.8 mln. lv.")]
    public void A_currency_after_a_scale_after_a_number_ends_the_sentence_before_a_capitalised_word(string paragraph, string figure)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        sentences.Count.ShouldBe(2, string.Join(" | ", sentences));
        sentences[0].ShouldEndWith(figure);
        // Before a currency in capitals the figure goes on: "млн. долл. США" is one amount, not a sentence's end.
        SentenceSplitter.Split("Сделка оценена в 30 млн. долл. США и закрыта в мае. Стороны довольны.")[0].ShouldContain("долл. США и закрыта");
    }

    [Theory]
    [InlineData("През октомври 2018 г. Софийският университет и Евразийският университет подписаха споразумение. То е за пет години.")]
    [InlineData("В мае 2019 г. Казахстан и Болгария провели консультации в Астане. Следующий раунд прошёл в Софии.")]
    [InlineData("2021 ж. Алматы мен Пловдив арасында келісімге қол қойылды. Ол бес жылға жасалды.")]
    public void A_time_phrase_ending_in_an_abbreviation_stays_with_the_sentence_it_opens(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        sentences.Count.ShouldBe(2);
        sentences[0].Split(' ').Length.ShouldBeGreaterThan(6);
    }

    [Fact]
    public void A_phrase_closing_abbreviation_ends_the_sentence_before_a_capitalised_word()
    {
        SentenceSplitter.Split("Обсуждались транспорт, энергетика и т.д. Следующая встреча пройдёт осенью.").Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("- 2015 — 38 участников\n- 2017 — 52 участника\n- 2019 — 61 участник")]
    [InlineData("1. Алматы — 14 школ\n2. Шымкент — 9 школ\n3. Тараз — 4 школы")]
    [InlineData("• Varna: 3 ships\n• Burgas: 5 ships\n• Ruse: 1 ship")]
    public void Each_item_of_a_list_is_a_sentence_of_its_own(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        sentences.Count.ShouldBe(3);
        sentences[1].ShouldNotContain("\n");
    }

    [Fact]
    public void A_line_break_inside_a_sentence_without_a_list_marker_does_not_split_it() =>
        SentenceSplitter.Split("Выставка открылась в Варне\nи продлится до конца месяца.").ShouldHaveSingleItem();

    [Theory]
    [InlineData("Notes to editors\n[1] The sixth session was held in Sofia. The Kazakh side was led by Serik Zhumangarin.\n[2] The fifth session took place in Astana.")]
    [InlineData("[1] The sixth session was held in Sofia. The Kazakh side was led by Serik Zhumangarin. [2] The fifth session took place in Astana.")]
    public void A_footnote_marker_starts_a_statement_of_its_own(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        sentences.ShouldContain(s => s.StartsWith("[2] The fifth session", StringComparison.Ordinal), string.Join(" | ", sentences));
        sentences.ShouldContain(s => s.EndsWith("Serik Zhumangarin.", StringComparison.Ordinal), string.Join(" | ", sentences));
    }
}
