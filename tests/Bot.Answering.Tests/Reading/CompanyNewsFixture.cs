using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store where companies, not governments, sign: in English prose, in Russian prose, and in a Bulgarian list.</summary>
public sealed class CompanyNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("port-en.md", Doc("Kazakh logistics firm signs with the Port of Varna", "2023-04-12", "en",
            "Dorbai Logistics LLP and the Port of Varna signed an agreement on cooperation in maritime transport and port operations in Varna on 11 April 2023."));
        files.Write("grain-ru.md", Doc("Зерновой меморандум в Бургасе", "2022-10-06", "ru",
            "АО «Kaspi Chem» и компания Strandzha Systems Holding подписали меморандум о сотрудничестве в перевалке зерна в Бургасе 5 октября 2022 года."));
        files.Write("forum-bg.md", Doc("Подписани документи на бизнес форума", "2024-11-05", "bg",
            "На бизнес форума в София бяха подписани:\n\n"
            + "- меморандум между TurkulFoods Group и Българската търговско-промишлена палата за сътрудничество в хранително-вкусовата промишленост;\n"
            + "- споразумение между Sary Textile JSC и Rila Textile EOOD за доставка на памук.\n"));
    }
}
