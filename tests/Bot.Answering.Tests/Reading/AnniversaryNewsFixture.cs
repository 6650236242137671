using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Anniversaries told in years ("twenty years since", "три десятилетия"), never as "the 20th anniversary".</summary>
public sealed class AnniversaryNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("twinning.md", Doc("Plovdiv and Shymkent mark two decades of twinning", "2021-05-12", "en",
            "It is twenty years since Plovdiv and Shymkent became twin cities. "
            + "In Plovdiv, the deputy akim of Shymkent Nurbol Sadykov met deputy mayor Stefan Stoyanov."));
        files.Write("theatre.md", Doc("Три десятилетия гастролей", "2019-11-03", "ru",
            "Болгарский театр кукол приезжает в Караганду уже три десятилетия. "
            + "На этот раз труппу встречал директор областной филармонии Ерболат Жумабеков."));
    }
}
