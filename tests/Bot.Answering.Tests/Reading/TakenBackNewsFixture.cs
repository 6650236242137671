using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news of steps not taken, in four languages: an agreement that needs no ratification, one not
/// ratified yet, a signing put off, a memorandum still to be signed, a visit postponed and a report of a signing denied;
/// beside them one agreement that was ratified, dated, so that "when" still finds its day.
/// </summary>
public sealed class TakenBackNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("air.md", Doc("Transport consultations in Sofia", "2025-03-14", "en",
            "Sofia, 14 March 2025 — Delegations of Kazakhstan and Bulgaria met in Sofia for consultations on transport.\n\n"
            + "The Air Services Agreement between Kazakhstan and Bulgaria does not require ratification, the ministry said.\n\n"
            + "The visit of the Kazakh Minister of Foreign Affairs to Varna, planned for 20 March 2025, was postponed.\n\n"
            + "Reports that a memorandum on green energy was signed in Sofia are untrue, the ministry said in a statement."));
        files.Write("twinning.md", Doc("Sofia and Astana", "2025-09-10", "en",
            "Sofia, 10 September 2025 — Sofia Mayor Vassil Terziev and Astana officials have been discussing twinning since 2023, but no agreement has yet been signed."));
        files.Write("invest.md", Doc("Parliament ratifies investment agreement", "2025-02-06", "en",
            "Sofia, 6 February 2025 — The Agreement on Mutual Protection of Investments between Kazakhstan and Bulgaria was ratified by the National Assembly on 5 February 2025."));
        files.Write("commission.md", Doc("Итоги заседания комиссии", "2025-07-01", "ru",
            "Алматы, 1 июля 2025 года. В Алматы прошло заседание межправительственной комиссии Казахстана и Болгарии.\n\n"
            + "По итогам заседания:\n\n"
            + "- подписан Меморандум о сотрудничестве в области здравоохранения;\n"
            + "- подписание Соглашения о морском транспорте перенесено на следующий год.\n\n"
            + "Соглашение о сотрудничестве в области ветеринарии пока не ратифицировано болгарской стороной."));
        files.Write("culture.md", Doc("Културен обмен", "2025-05-12", "bg",
            "София, 12 май 2025 г. — Министрите на културата на България и Казахстан проведоха среща в София.\n\n"
            + "Споразумението за сътрудничество в областта на културата не подлежи на ратификация.\n\n"
            + "Предстои подписване на Меморандум за сътрудничество в областта на киното между двете страни.\n\n"
            + "Визитът на казахстанския министър на културата в Пловдив, насрочен за 20 май 2025 г., беше отложен."));
        files.Write("edu.md", Doc("Білім беру", "2025-06-03", "kk",
            "Астана, 2025 жылғы 3 маусым. Қазақстан мен Болгарияның білім министрлері кездесті.\n\n"
            + "Білім беру саласындағы ынтымақтастық туралы келісім ратификациялауды қажет етпейді.\n\n"
            + "Болгария министрінің Алматыға 10 маусымға жоспарланған сапары кейінге шегерілді."));
    }
}
