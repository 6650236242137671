using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Reports that count signed documents with a participle between the number and the noun, for <see cref="ParticipleCountTests"/>.</summary>
public sealed class ParticipleCountNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("ceremony.md", Doc("Церемония в Доме министров", "2024-09-12", "ru",
            "После заседания межправительственной комиссии министры обменялись шестью подписанными соглашениями."));
        files.Write("protocols.md", Doc("Ceremony in Plovdiv", "2024-10-03", "en",
            "At the close of the fair in Plovdiv the two chambers exchanged three signed protocols on trade missions."));
    }
}
