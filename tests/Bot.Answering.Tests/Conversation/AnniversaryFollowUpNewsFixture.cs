using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>A consul's meetings at two anniversaries of one partnership: the 25th (the jubilee told two sentences after the ordinal) and the 20th.</summary>
public sealed class AnniversaryFollowUpNewsFixture : Reading.NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("chambers-en.md", Doc("Chambers of commerce mark 25 years of partnership", "2021-03-11", "en",
            "SOFIA. On 10 March 2021 the Kazakh and Bulgarian chambers of commerce marked the 25th anniversary of their partnership. "
            + "The chairman of the Kazakh chamber Aidar Seitkali spoke at a gala in Sofia. "
            + "On the occasion of the jubilee, Kazakhstan's consul Nurlan Abenov met the mayor of Varna, Blagomir Kotsev."));
        files.Write("chambers-old-en.md", Doc("Twenty years of chamber ties", "2016-03-12", "en",
            "BURGAS. At the 20th anniversary of the partnership in 2016, Kazakhstan's consul Nurlan Abenov met the mayor of Burgas, Dimitar Nikolov."));
    }
}
