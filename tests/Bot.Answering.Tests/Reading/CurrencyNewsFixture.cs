using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with trade figures stated in one currency each — euros by a Bulgarian ministry, tenge by a Kazakh
/// one, leva by the Bulgarian statistics institute, US dollars written out in full — and a deal's price in euros.
/// </summary>
public sealed class CurrencyNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("euro.md", Doc("Bulgarian exports to Kazakhstan grow", "2024-03-10", "en",
            "In 2023 Bulgarian exports to Kazakhstan amounted to 120 million euros, the Bulgarian Ministry of Economy said."));
        files.Write("tenge.md", Doc("Товарооборот с Болгарией", "2023-02-15", "ru",
            "Товарооборот между Казахстаном и Болгарией в 2022 году составил 45 млрд тенге, сообщило министерство торговли."));
        files.Write("leva.md", Doc("Износът за Казахстан", "2022-04-01", "bg",
            "Износът на България за Казахстан през 2021 г. възлиза на 230 млн. лева, съобщи НСИ."));
        files.Write("usd.md", Doc("Trade 2019", "2020-02-01", "en",
            "Trade turnover between Kazakhstan and Bulgaria reached 210 million US dollars in 2019."));
        files.Write("plant.md", Doc("Завод в Шымкенте", "2024-05-20", "ru",
            "Болгарская компания вложила в строительство завода в Шымкенте 15 млн евро."));
    }
}
