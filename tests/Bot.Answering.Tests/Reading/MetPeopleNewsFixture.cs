using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store where a visitor's meetings are told over two sentences: a list of those met.</summary>
public sealed class MetPeopleNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("visit.md", Doc("Mariya Dobreva in Astana", "2016-05-06", "en",
            "The Speaker of the Bulgarian parliament Mariya Dobreva was in Kazakhstan on an official visit from 3 to 5 May 2016. "
            + "During the visit she met Prime Minister Bakytzhan Sagintayev, Majilis Chairman Nurlan Nigmatulin and Foreign Minister Kairat Abdrakhmanov. "
            + "On Thursday Mariya Dobreva was received by Senate Chairman Kassym-Jomart Tokayev."));
    }
}
