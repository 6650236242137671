using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Tests.Understanding;

/// <summary>
/// The common nouns a question uses reach the words a document in another language states them with: peoples and
/// nationalities, clusters, representatives, teachers, minorities, communities, ceremonies, moving to a country.
/// </summary>
public sealed class CrossLanguageNounTests
{
    static readonly QuestionAnalyzer Analyzer = new(DomainLexicon.Default, TimeProvider.System);

    static bool Reaches(string lang, string question, string word, string documentText)
    {
        var keys = Analyzer.Analyze(question, lang, new EntityIndex([])).Units.Single(u => u.Label == word).Keys;
        var indexed = TermAnalyzer.IndexText(documentText).Split(' ');
        return indexed.Any(keys.Contains);
    }

    [Theory]
    [InlineData("en", "How many nationalities are represented at the festival?", "nationalities", "Фестивальге 30-дан астам ұлттың өкілдері келді.")]
    [InlineData("kk", "Болгарияда қанша ұлт тұрады?", "ұлт", "В България живеят представители на над 20 етноса.")]
    [InlineData("ru", "Сколько национальностей проживает в области?", "национальностей", "More than 100 ethnic groups live in the region.")]
    public void A_question_about_nationalities_reaches_the_peoples_a_document_names(string lang, string question, string word, string document) =>
        Reaches(lang, question, word, document).ShouldBeTrue();

    [Theory]
    [InlineData("en", "Who chairs the logistics cluster?", "cluster", "Логистикалық кластердің төрағасы Асқар Нұрланов.")]
    [InlineData("bg", "Кой представи клъстера по биотехнологии?", "клъстера", "The biotech cluster was presented by its director.")]
    public void A_cluster_is_a_cluster_in_every_language(string lang, string question, string word, string document) =>
        Reaches(lang, question, word, document).ShouldBeTrue();

    [Theory]
    [InlineData("en", "Which representatives attended the ceremony?", "representatives", "Салтанатты рәсімге екі елдің өкілдері қатысты.")]
    [InlineData("en", "Which representatives attended the ceremony?", "ceremony", "Салтанатты рәсімге екі елдің өкілдері қатысты.")]
    [InlineData("kk", "Министрлік қандай мұғалім жібереді?", "мұғалім", "Министерството ще изпрати учител по български език.")]
    [InlineData("bg", "Има ли българско малцинство в Казахстан?", "малцинство", "Болгарлар Қазақстанда ұлттық азшылық мәртебесіне ие.")]
    [InlineData("en", "How large is the Bulgarian community there?", "community", "Болгар қоғамдастығы шамамен 3 000 адамды құрайды.")]
    [InlineData("kk", "Немістер Қазақстанға қашан көшті?", "көшті", "The first German settlers arrived in the 1890s.")]
    public void A_common_noun_of_a_news_item_reaches_its_translation(string lang, string question, string word, string document) =>
        Reaches(lang, question, word, document).ShouldBeTrue();
}
