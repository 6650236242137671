using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// A proposal followed by the sentence saying it has not happened, in layouts no news item has: a Kazakh chronology whose
/// item proposes a logistics centre in Varna ("Мұндай орталық әлі құрылған жоқ"), beside another month's forum, and an
/// English interview transcript whose answer proposes a shipping line ("Such a line has not yet been launched"), beside
/// the next question's forum.
/// </summary>
public sealed class ProposalOutcomeNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("chronicle-kk.md", Chronicle);
        files.Write("interview-en.txt", Interview);
    }

    const string Chronicle = """
# Қазақстан – Болгария: көлік саласындағы шежіре

_Астана, 2026 жылғы 12 қаңтар_

2025 жылғы қазан: Тараптар Варна портында бірлескен логистикалық орталық құруды ұсынды. Мұндай орталық әлі құрылған жоқ.

2025 жылғы қараша: Бургаста көлік форумы өтті.
""";

    const string Interview = """
Interview with the ambassador of Bulgaria

Sofia, 12 January 2026

Q: What did the ministers agree on?

A: Minister Karabayev proposed that a joint shipping line between Aktau and Varna be launched. Such a line has not yet been launched.

Q: And the forum in Burgas?

A: The forum in Burgas took place in November.
""";
}
