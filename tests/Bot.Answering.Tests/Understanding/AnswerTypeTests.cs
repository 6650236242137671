using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Tests.Understanding;

/// <summary>What kind of answer a question asks for decides what the answer leads with, in any of the four languages.</summary>
public sealed class AnswerTypeTests
{
    static readonly AnswerTypeFinder Finder = new(DomainLexicon.Default, AnswerTypeCues.Default);

    static IReadOnlyList<AnswerType> Types(string question) =>
        Finder.Find(Tokenizer.Words(TextNormalizer.Fold(question)).ToList());

    [Theory]
    [InlineData("Which Kazakh prime minister received Radev during his June 2025 visit?", AnswerType.Person)]
    [InlineData("Whom did Georgi Vodenski replace as Bulgaria's ambassador?", AnswerType.Person)]
    [InlineData("Кой беше назначен за посланик на България в Казахстан?", AnswerType.Person)]
    [InlineData("Воденскийді Болгарияның Қазақстандағы елшісі етіп кім тағайындады?", AnswerType.Person)]
    [InlineData("Which trading company was KazMunayGas discussing financing with?", AnswerType.Organisation)]
    [InlineData("Which Bulgarian ministry signed the memorandum?", AnswerType.Organisation)]
    [InlineData("В каком городе вице-президент встретилась с акимом?", AnswerType.Place)]
    [InlineData("Which country did Radev travel to after his visit?", AnswerType.Place)]
    [InlineData("Транскаспий дәлізіне Болгарияның қай порттары қосылуы мүмкін?", AnswerType.Place)]
    [InlineData("Какого числа прошли переговоры в Акорде?", AnswerType.Date)]
    [InlineData("През коя година Financial Times писа за рафинерията?", AnswerType.Year)]
    [InlineData("Астана мен София арасындағы тікелей әуе рейсі қай жылы ашылды?", AnswerType.Year)]
    [InlineData("How much did Kazakhstan import from Bulgaria in 2024?", AnswerType.Amount)]
    [InlineData("Колко е внесъл Казахстан от България през 2024 г.?", AnswerType.Amount)]
    [InlineData("Сколько Болгария экспортировала в Казахстан?", AnswerType.Amount)]
    [InlineData("2020 жылы Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", AnswerType.Amount)]
    [InlineData("What was the trade turnover in 2024?", AnswerType.Amount)]
    [InlineData("Какой был товарооборот за первые четыре месяца 2023 года?", AnswerType.Amount)]
    [InlineData("What was Kazakhstan's export to Bulgaria in 2024?", AnswerType.Amount)]
    [InlineData("Какви документи подписа делегацията на министъра?", AnswerType.List)]
    [InlineData("Сколько документов подписали по итогам переговоров?", AnswerType.Count)]
    [InlineData("Колко казахстански студенти учат в български университети?", AnswerType.Count)]
    [InlineData("Радевтің сапары кезінде неше құжатқа қол қойылды?", AnswerType.Count)]
    [InlineData("Какъв дял от преработвания в България петрол е казахстански?", AnswerType.Percent)]
    [InlineData("Во сколько раз выросли поставки нефти?", AnswerType.Factor)]
    [InlineData("А на какую станцию?", AnswerType.Name)]
    [InlineData("Каким по счёту городом-побратимом Варны стал Актау?", AnswerType.Ordinal)]
    [InlineData("Кой по ред побратим на Варна стана Актау?", AnswerType.Ordinal)]
    [InlineData("Ақтау Варнаның нешінші бауырлас қаласы болды?", AnswerType.Ordinal)]
    [InlineData("What number twin city of Varna did Aktau become?", AnswerType.Ordinal)]
    [InlineData("What number of companies took part?", AnswerType.Count)]
    [InlineData("Ақтау нешінші жылы Варнамен бауырлас болды?", AnswerType.Year)]
    [InlineData("Which areas did the documents signed during the visit cover?", AnswerType.List)]
    [InlineData("Какие документы подписали по итогам визита?", AnswerType.List)]
    [InlineData("What issues did the foreign minister and the ambassador discuss?", AnswerType.List)]
    [InlineData("Какие темы обсудили премьер-министр и посол?", AnswerType.List)]
    [InlineData("Какви въпроси обсъдиха министърът и посланикът?", AnswerType.List)]
    [InlineData("Министр мен елші қандай мәселелер туралы сөйлесті?", AnswerType.List)]
    [InlineData("What is the annual export volume of wine?", AnswerType.Amount)]
    [InlineData("С какого времени в Варне работает казахский культурный центр?", AnswerType.Date)]
    [InlineData("Which year's exports of wine were the largest?", AnswerType.Year)]
    [InlineData("Which document did the Technical University of Varna and Karaganda University sign?", AnswerType.List)]
    [InlineData("Какое соглашение подписали министерство культуры и университет искусств?", AnswerType.List)]
    [InlineData("Кой меморандум подписаха кметът на Русе и акимът на Караганда?", AnswerType.List)]
    [InlineData("Қарағанды университеті мен Варна университеті қандай құжатқа қол қойды?", AnswerType.List)]
    public void The_question_word_and_its_noun_decide_the_answer_type(string question, AnswerType expected) =>
        Types(question).ShouldBe([expected]);

    [Theory]
    [InlineData("Кой държавен глава подписа указа за ратифициране на договора?")]
    [InlineData("Қай мемлекет басшысы шартты бекіту туралы жарлыққа қол қойды?")]
    [InlineData("Какой глава государства подписал указ о ратификации договора?")]
    [InlineData("Which state head signed the decree ratifying the treaty?")]
    public void A_post_word_after_a_place_word_asks_for_a_person(string question) =>
        Types(question).ShouldBe([AnswerType.Person]);

    [Theory]
    [InlineData("Where and when was the agreement on classified information signed?", new[] { AnswerType.Place, AnswerType.Date })]
    [InlineData("Кога и по какъв повод в София беше открита улица „Астана“?", new[] { AnswerType.Date, AnswerType.Reason })]
    [InlineData("Where was the fourth session held, and who led the Bulgarian delegation?", new[] { AnswerType.Place, AnswerType.Person })]
    public void A_question_asking_two_things_wants_both_in_order(string question, AnswerType[] expected) =>
        Types(question).ShouldBe(expected);

    [Theory]
    [InlineData("Who chaired Kazakhstan's Senate when Tsacheva came to Astana in 2015?")]
    [InlineData("Кто возглавлял Сенат, когда Цачева приезжала в Астану?")]
    [InlineData("Кой беше посланик, когато беше открито посолството в Астана?")]
    [InlineData("Which minister headed the delegation when the commission met in Sofia?")]
    public void A_when_clause_after_the_person_asked_gives_the_time_and_asks_no_date(string question) =>
        Types(question).ShouldBe([AnswerType.Person]);

    [Theory]
    [InlineData("Who signed it and when?")]
    [InlineData("Кто и когда подписал меморандум?")]
    [InlineData("Кой подписа споразумението и кога влезе в сила?")]
    public void A_when_joined_to_the_person_asked_is_a_question_of_its_own(string question) =>
        Types(question).ShouldContain(AnswerType.Date);
}
