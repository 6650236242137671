using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news items telling who appointed, dismissed or decorated someone: the actor in the sentence
/// before the appointee's, in a decree's agent phrase, or after "by".
/// </summary>
public sealed class ActorNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("envoys-bg.md", Doc("Нови посланици", "2025-03-14", "bg",
            "Президентът Петко Маринов подписа укази за нови ръководители на три посолства. "
            + "Новият посланик на България в Казахстан е Огнян Стефанов Колев. "
            + "Той сменя на поста Стефан Илиев, който беше освободен със същия пакет укази. "
            + "След пристигането си в Астана Колев ще връчи акредитивните си писма."));
        files.Write("envoy-ru.md", Doc("Новый посол в Софии", "2025-04-02", "ru",
            "Указом Президента Республики Казахстан Бахыта Нурланова Тимур Серикбаев назначен Чрезвычайным и Полномочным Послом Казахстана в Болгарии. "
            + "Ранее Серикбаев возглавлял департамент Европы министерства иностранных дел."));
        files.Write("order-en.md", Doc("Singer decorated in Astana", "2025-05-20", "en",
            "Bulgarian singer Vasil Dimov was awarded the Order of Friendship by President Bakhyt Nurlanov at a ceremony in Astana. "
            + "The concert that followed was opened by Culture Minister Aigerim Satova."));
    }
}
