using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news of agreements whose text was agreed and initialled, the signing still ahead, in four
/// languages: one sentence names the agreement, the next tells what became of "the document".
/// </summary>
public sealed class InitialledNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("road-initialled.md", Doc("Road transport consultations in Sofia", "2025-02-03", "en",
            "Kazakhstan and Bulgaria held consultations on road transport in Sofia. "
            + "The delegations agreed the text of a new intergovernmental agreement on international road transport. "
            + "The document was initialled; it will be signed after domestic procedures are completed."));
        files.Write("veterinary-initialled.md", Doc("Переговоры ветеринарных служб", "2024-10-15", "ru",
            "В Астане прошли переговоры ветеринарных служб Казахстана и Болгарии. "
            + "Делегации согласовали текст соглашения о сотрудничестве в области ветеринарии. "
            + "Документ был парафирован, подписать его предстоит позднее."));
        files.Write("social-initialled.md", Doc("Разговори за социалното осигуряване", "2023-11-20", "bg",
            "В София се проведоха разговори между експерти от България и Казахстан. "
            + "Делегациите съгласуваха текста на споразумение за социално осигуряване. "
            + "Документът беше парафиран, а подписването му предстои."));
        files.Write("culture-initialled.md", Doc("Мәдениет саласындағы келіссөздер", "2022-05-12", "kk",
            "Алматыда Қазақстан мен Болгария сарапшыларының келіссөздері өтті. "
            + "Делегациялар мәдениет саласындағы ынтымақтастық туралы келісімнің мәтінін келісті. "
            + "Құжат парафталды, оған кейінірек қол қойылады."));
    }
}
