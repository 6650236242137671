using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with an item naming two signatories of a twinning agreement, each by the post of his own city.</summary>
public sealed class SideNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("twinning-bg.md", Doc("Шымкент и Пловдив се побратимиха", "2024-09-12", "bg",
            "Днес в Пловдив кметът на Шымкент Арман Садыков и кметът на Пловдив Иван Тонев подписаха споразумение за побратимяване на двата града."));
    }
}
