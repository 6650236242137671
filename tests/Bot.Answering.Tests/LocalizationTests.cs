using Bot.Answering.Localization;

namespace Bot.Answering.Tests;

public sealed class LocalizationTests
{
    [Fact]
    public void Every_user_visible_text_exists_in_all_four_languages()
    {
        foreach (var key in Texts.Keys)
            foreach (var lang in Texts.Languages)
                Texts.Get(lang, key).ShouldNotBeNullOrWhiteSpace($"{key}/{lang}");
        var missing = Texts.Keys.Where(k => Texts.Languages.Any(l => Texts.Get(l, k) == Texts.Get("en", k) && l != "en" && !k.StartsWith("unit.", StringComparison.Ordinal) && k != "figure_line" && k is not ("year" or "months_year") && !k.StartsWith("kind.", StringComparison.Ordinal)));
        missing.ShouldBeEmpty("texts left untranslated (same as English)");
    }
}
