using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Signings told four ways: only presidents present (en), two signatories and two prime ministers present (ru), a Kazakh
/// signing "with the President's participation" (kk), and a minister named in the sentence before an unattributed signing (bg).
/// </summary>
public sealed class SignerNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("water-en.md", Doc("Kazakhstan and Bulgaria sign water memorandum", "2025-03-04", "en",
            "ASTANA. Kazakhstan and Bulgaria signed a memorandum on water management on Tuesday. The memorandum was signed in the "
            + "presence of President Kassym-Jomart Tokayev and President Rumen Radev, who held talks earlier in the day."));
        files.Write("digital-ru.md", Doc("Казахстан и Болгария подписали меморандум о цифровизации", "2024-09-12", "ru",
            "СОФИЯ. Меморандум о сотрудничестве в области цифровизации подписали министр цифрового развития Казахстана Жаслан Мадиев "
            + "и министр электронного управления Болгарии Валентин Мундров в присутствии премьер-министров двух стран Олжаса Бектенова и Николая Денкова."));
        files.Write("education-kk.md", Doc("Қазақстан мен Болгария білім беру саласында меморандумға қол қойды", "2024-05-20", "kk",
            "АСТАНА. Білім беру саласындағы ынтымақтастық туралы меморандумға Президент Қасым-Жомарт Тоқаевтың қатысуымен қол қойылды. "
            + "Құжат университеттер арасындағы студент алмасуын көздейді."));
        files.Write("logistics-bg.md", Doc("България и Казахстан обсъдиха логистиката", "2025-02-11", "bg",
            "СОФИЯ. Министърът на транспорта Георги Гвоздейков обсъди с казахстанския си колега развитието на транспортния коридор. "
            + "По-късно беше подписан меморандум за логистика между двете министерства."));
    }
}
