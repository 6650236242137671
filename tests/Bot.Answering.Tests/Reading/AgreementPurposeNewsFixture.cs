using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with a university agreement whose sentence says what it creates.</summary>
public sealed class AgreementPurposeNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("plovdiv-bg.md", Doc("Пловдивският университет и Евразийският университет", "2019-03-20", "bg",
            "На 19 март 2019 г. Пловдивският университет „Паисий Хилендарски“ и Евразийският национален университет „Л. Н. Гумильов“ "
            + "подписаха споразумение за сътрудничество, с което се създава Център за казахски език „Абай“."));
    }
}
