using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store where posts are held "since" a month and their holders met people later, and where visits are only
/// invited, accepted or talked around, beside one visit made at a host's invitation.
/// </summary>
public sealed class TermAndVisitFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("consul-bg.md", Doc("Генерален консул във Варна", "2024-06-20", "bg",
            "От март 2022 г. генерален консул на Казахстан във Варна е Айгерим Сейтова. "
            + "На 14 юни 2024 г. Айгерим Сейтова се срещна с кмета на Варна и обсъди нови полети."));
        files.Write("envoy-ru.md", Doc("Посол в Астане", "2024-03-05", "ru",
            "Посол Болгарии Стефан Димов с ноября 2021 года возглавляет посольство в Астане. "
            + "3 марта 2024 года Стефан Димов встретился с акимом Алматы и обсудил авиасообщение."));
        files.Write("consul-kk.md", Doc("Бас консул", "2024-09-12", "kk",
            "Нұрлан Сәрсенов 2022 жылдың мамырынан бастап Қазақстанның Варнадағы бас консулы. "
            + "Нұрлан Сәрсенов 2024 жылғы 10 қыркүйекте Варна әкімімен кездесті."));
        files.Write("invite-en.md", Doc("Invitation to Sofia", "2025-05-12", "en",
            "Prime Minister Olzhas Bektenov accepted the invitation of his Bulgarian counterpart to visit Bulgaria. "
            + "The dates of the visit will be set through diplomatic channels."));
        files.Write("talks-en.md", Doc("Energy talks", "2025-03-20", "en",
            "Yesterday Olzhas Bektenov and the Bulgarian energy minister held talks in the Government House, and two documents were signed."));
        files.Write("invite-ru.md", Doc("Приглашение", "2025-02-03", "ru",
            "Маулен Ашимбаев принял приглашение посетить Болгарию с официальным визитом; сроки визита будут согласованы дополнительно."));
    }
}
