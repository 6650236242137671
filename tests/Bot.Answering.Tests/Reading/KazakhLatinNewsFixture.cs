using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with a news item in Kazakh written in the Latin alphabet of 2021 ("2023 jylğy 18 qyrküiekte").</summary>
public sealed class KazakhLatinNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files) =>
        files.Write("festival-kk-latn.md", Doc("Almatyda Bolgariia mädenietı künderı aşyldy", "2023-09-20", "kk",
            "2023 jylğy 18 qyrküiekte Almatydağy Abai atyndağy opera jäne balet teatrynda Bolgariia mädenietı künderı bastaldy.\n\n" +
            "Keşte 12 bolgar änşısı öner körsettı.\n\n" +
            "Festivaldıñ ūiymdastyru komitetınıñ törağasy Petar Dimov qonaqtardy qarsy aldy."));
}
