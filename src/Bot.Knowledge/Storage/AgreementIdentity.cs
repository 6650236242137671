using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// What makes two reports the same agreement: the same day, the same parties (by entity where they resolved)
/// and the same domain. Kind and wording are left out on purpose: outlets call one MoU a "memorandum",
/// an "agreement" or a "document".
/// </summary>
public static class AgreementIdentity
{
    public static string KeyFor(AgreementDraft draft)
    {
        var parties = draft.Parties.Select(p => p.EntityId ?? "name:" + string.Join('_', TermAnalyzer.Keys(p.Name)))
            .Distinct().Order(StringComparer.Ordinal);
        var date = draft.Signed?.ToString() ?? "undated:" + string.Join('_', TermAnalyzer.Keys(draft.Title).Take(12));
        return $"{date}|{string.Join('+', parties)}|{draft.Domain}";
    }
}
