using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with a visit to Kazakhstan whose report says, by his post only, where the visitor goes next (a third
/// country), and another report of the same visit dated by a weekday.
/// </summary>
public sealed class OnwardVisitNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("petrov-bg.md", Doc("Премиерът Иван Петров пристигна в Астана", "2024-03-03", "bg",
            "Премиерът Иван Петров пристигна в Астана за разговори с казахстанския си колега. Визитата продължава два дни.\n\n"
            + "След Казахстан премиерът ще посети Киргизстан на 5 март."));
        files.Write("petrov-en.md", Doc("Bulgarian premier in Astana", "2024-03-04", "en",
            "On Monday in Astana, Prime Minister Ivan Petrov and his Kazakh counterpart signed a roadmap during Petrov's official visit to Kazakhstan."));
    }
}
