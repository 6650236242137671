using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items naming people the store learns only from them.</summary>
public sealed class PeopleNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("ministers.md", Doc("Messages on the anniversary", "2023-06-05", "en",
            "The foreign ministers exchanged messages as well — Kazakhstan's Foreign Minister Arman Dauletov and his Bulgarian counterpart, Foreign Minister Petya Koleva."));
        files.Write("burgas-en.md", Doc("Ambassador in Burgas", "2024-05-20", "en",
            "Last week the Kazakh ambassador, Serik Zhaksybekov, discussed a ferry line to Aktau with Burgas Mayor Dimitar Nikolov."));
        files.Write("burgas-bg.md", Doc("Посланик в Бургас", "2024-05-18", "bg",
            "Посланикът на Казахстан Серик Жаксыбеков беше приет от кмета на Бургас."));
        files.Write("diaspora.md", "---\ntitle: \"Vice-president meets the community\"\ndate: 2021-04-15\nlang: en\n---\n\n"
            + "Bulgarian Vice-President Elena Marinova was received by President Kassym-Jomart Tokayev on Wednesday.\n\n"
            + "The talks focused on teaching the Bulgarian language to children of the community.\n\n"
            + "Around 300 ethnic Bulgarians live in Karaganda region, according to the community's own count.\n");
        files.Write("envoy.md", Doc("Нов посланик в Астана", "2024-02-12", "bg",
            "Новият извънреден и пълномощен посланик на България в Казахстан е Петър Стоянов Иванов. Той сменя на поста Димитър Колев, който беше освободен със същия пакет укази."));
        files.Write("delegation.md", Doc("Delegation in Astana", "2023-09-21", "en",
            "The Bulgarian delegation spent two days in the capital. It was received by Kazakh Prime Minister Aidar Nurlanov, who discussed grain exports."));
        files.Write("varna.md", Doc("Varna welcomes a Kazakh delegation", "2022-05-06", "en",
            "Bolat Seitov arrived in Varna on 3 May 2022. Aidar Nurlanov spoke to the port authority by video link."));
        files.Write("tour.md", Doc("Minister ends Sofia talks", "2021-11-03", "en",
            "After two days of talks in Sofia, Minister Aidar Nurlanov flew on to Romania for a regional energy meeting."));
        files.Write("ports.md", Doc("Burgas and Aktau sign a memorandum", "2025-03-04", "en",
            "Port cities keep close ties. On 2 March 2025 Burgas and Aktau signed a memorandum on port cooperation: the document was signed by "
            + "the mayor of Burgas, Nikolai Dimov, and the akim of Aktau, Yerlan Sultanov."));
        files.Write("forum.md", Doc("Business forum in Plovdiv", "2024-04-18", "en",
            "President Marat Dzhaksybekov and Bulgarian Vice President Elena Petrova took part in the Kazakh-Bulgarian business forum in Plovdiv yesterday. "
            + "The forum was hosted by \"Silk Bridge\", the national agency that brings foreign investors to Kazakhstan."));
    }
}
