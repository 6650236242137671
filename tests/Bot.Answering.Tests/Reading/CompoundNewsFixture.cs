using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items that answer the two halves of one message from different sources.</summary>
public sealed class CompoundNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("ports.md", Doc("Burgas and Aktau sign a memorandum", "2025-03-04", "en",
            "Port cities keep close ties. On 2 March 2025 Burgas and Aktau signed a memorandum on port cooperation in Aktau."));
        files.Write("mayor.md", Doc("Burgas mayor on the Caspian", "2025-03-10", "en",
            "The memorandum on port cooperation was signed for Burgas by its mayor, Nikolai Dimov, who called the Caspian route a chance for the Black Sea."));
        files.Write("wine.md", Doc("Wine for Almaty", "2025-05-02", "en",
            "Bulgarian exports to Kazakhstan reached $95 million in 2024. Wine and medicines made up most of those exports."));
    }
}
