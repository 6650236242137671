namespace Bot.Knowledge.Text;

/// <summary>
/// A name as an answer in another script writes it: "Астана" for "Astana" in a Cyrillic answer, "Kassym-Jomart Tokayev"
/// for "Касым-Жомарт Токаев" in an English one — the first capitalised alias in that script with as many words as the name,
/// so a surname alone is never chosen; the name itself when it is already in that script or no alias fits.
/// </summary>
public static class NameInScript
{
    public static string Of(string name, IEnumerable<string> aliases, bool cyrillic)
    {
        if (TextNormalizer.IsCyrillic(name) == cyrillic) return name;
        var words = WordCount(name);
        return aliases.FirstOrDefault(a => a.Length > 0 && TextNormalizer.IsCyrillic(a) == cyrillic && char.IsUpper(a[0]) && WordCount(a) == words) ?? name;
    }

    static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
