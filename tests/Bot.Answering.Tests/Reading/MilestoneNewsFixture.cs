using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news of agreements at steps of their life that are no signing: a draft approved by a
/// government (and a minister authorised to sign), a memorandum extended, an agreement denounced or suspended years after
/// it was signed, in four languages; and one that tells its signing and its extension in one sentence.
/// </summary>
public sealed class MilestoneNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("tourism-draft.md", Doc("Government approves draft tourism agreement", "2024-03-14", "en",
            "The Government of Kazakhstan adopted a resolution on 12 March 2024 to approve the draft Agreement between the Government of the Republic of Kazakhstan "
            + "and the Government of the Republic of Bulgaria on cooperation in the field of tourism. "
            + "The resolution authorises the Minister of Tourism and Sports to sign the agreement on behalf of the Government."));
        files.Write("health-draft.md", Doc("Одобрен проект соглашения о здравоохранении", "2023-04-07", "ru",
            "Постановлением Правительства Республики Казахстан от 5 апреля 2023 года № 290 одобрен проект Соглашения между Правительством Республики Казахстан "
            + "и Правительством Республики Болгария о сотрудничестве в области здравоохранения. "
            + "Министру здравоохранения предоставлены полномочия подписать соглашение от имени Правительства."));
        files.Write("education-draft.md", Doc("Одобрен проект на споразумение за образованието", "2023-09-20", "bg",
            "На 19 септември 2023 г. Министерският съвет реши да се одобри проектът на Споразумение между правителството на Република България "
            + "и правителството на Република Казахстан за сътрудничество в областта на образованието и науката. "
            + "Министърът на образованието е упълномощен да подпише споразумението."));
        files.Write("agriculture-extended.md", Doc("Memorandum on agriculture extended", "2022-06-02", "en",
            "The Memorandum of Understanding between the Ministry of Agriculture of Kazakhstan and the Ministry of Agriculture of Bulgaria "
            + "was extended for another five years on 1 June 2022."));
        files.Write("air-denounced.md", Doc("Соглашение о воздушном сообщении денонсировано", "2021-01-15", "ru",
            "14 января 2021 года Казахстан денонсировал Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария "
            + "о воздушном сообщении, подписанное в 1996 году."));
        files.Write("sport-extended.md", Doc("Спортният меморандум е удължен", "2020-03-05", "bg",
            "Меморандумът за сътрудничество в областта на спорта между България и Казахстан, подписан на 9 ноември 2015 г., беше удължен на 3 март 2020 г."));
        files.Write("post-suspended.md", Doc("Пошта келісімі тоқтатылды", "2020-05-06", "kk",
            "2010 жылы қол қойылған Қазақстан мен Болгария арасындағы пошта байланысы туралы келісімнің қолданысы 2020 жылғы 5 мамырда тоқтатылды."));
    }
}
