using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>page-layout.json: how sites mark the furniture around an article, in their HTML and in their words.</summary>
internal sealed class PageLayoutWords
{
    public List<string> TitleClassWords { get; init; } = [];
    public List<string> ContainerTags { get; init; } = [];
    public List<string> ContainerRoles { get; init; } = [];
    public List<string> ClassWords { get; init; } = [];
    public List<string> CaptionTags { get; init; } = [];
    public List<string> CaptionClassWords { get; init; } = [];
    public List<string> SavedMarks { get; init; } = [];
    public List<string> SavedMetaNames { get; init; } = [];
    public List<string> UrlDateKeys { get; init; } = [];
    public List<string> EmptyCells { get; init; } = [];
    public List<string> SideTags { get; init; } = [];
    public List<string> SideRoles { get; init; } = [];
    public List<string> SideClassWords { get; init; } = [];
    public LanguageWords OtherHeads { get; init; } = [];
    public LanguageWords Furniture { get; init; } = [];
    public LanguageWords SectionHeads { get; init; } = [];
    public LanguageWords Home { get; init; } = [];
    public LanguageWords Modified { get; init; } = [];
    public LanguageWords PageNumbers { get; init; } = [];
    public LanguageWords SourceLabels { get; init; } = [];
    public LanguageWords TableLabels { get; init; } = [];
    public LanguageWords TableMentions { get; init; } = [];
    public LanguageWords NoteLabels { get; init; } = [];
    public LanguageWords Notices { get; init; } = [];
    public LanguageWords Senders { get; init; } = [];

    public static PageLayoutWords File { get; } = VocabularyFile.Load<PageLayoutWords>("page-layout.json");

    /// <summary>A table cell that stands for "no value" ("…", "-", "x"), compared trimmed and ignoring case.</summary>
    public static IReadOnlySet<string> EmptyCellSet { get; } = File.EmptyCells.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<string> Tags { get; } = File.ContainerTags.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> Roles { get; } = File.ContainerRoles.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> Classes { get; } = File.ClassWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> CaptionTagSet { get; } = File.CaptionTags.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> CaptionClasses { get; } = File.CaptionClassWords.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<string> SideTagSet { get; } = File.SideTags.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> SideRoleSet { get; } = File.SideRoles.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static IReadOnlySet<string> SideClasses { get; } = File.SideClassWords.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A box's head that opens with a word saying it lists others ("Other bills", "Другие законопроекты").</summary>
    public static LineStart OtherHead { get; } = new(File.OtherHeads.All, Phrases.After);

    /// <summary>A furniture phrase at the start of a line, and whether a colon follows it.</summary>
    public static Regex FurnitureStart { get; } = new(@"^[\s\p{P}\p{S}\p{Cs}\p{Mn}\p{Cf}-[©]]*" + Phrases.Before + Phrases.Alternation(File.Furniture.All) + @"(?<colon>\s*:)?",
        Phrases.Options | RegexOptions.Compiled);

    /// <summary>A line that is only the head of a list of other stories ("Related articles", "Тағы оқыңыз:").</summary>
    public static LineStart SectionHead { get; } = new(File.SectionHeads.All, @"[\s\p{P}\p{S}]*$");

    /// <summary>A line led by such a head and a colon ("Read also: …", "Читайте также: …"): a pointer to another story.</summary>
    public static LineStart SectionLead { get; } = new(File.SectionHeads.All, @"\s*:");

    /// <summary>A line saying when the page was last changed ("Updated: …", "Обновлено …").</summary>
    public static LineStart ModifiedStart { get; } = new(File.Modified.All, Phrases.After);

    // Page numbers, senders and table labels run interpreted: each is asked of few lines (a PDF page's first and last, a
    // line in capitals, a table's caption), and compiled, each held its IL in the GC heap for as long as the process ran.
    /// <summary>A line that is only a page number: "Page 2 of 5", "стр. 3", "- 4 -", "7".</summary>
    public static Regex PageNumber { get; } = new(@"^[\s\p{P}]*(?:" + Phrases.Alternation(File.PageNumbers.All) + @"|\d{1,4})[\s\p{P}]*$", Phrases.Options);

    /// <summary>A line that is a source label and one address: "Source: https://…", "Источник: https://…".</summary>
    public static Regex SourceLine { get; } = new(@"^[\s\p{P}-[(]]*" + Phrases.Alternation(File.SourceLabels.All) + @"\s*:\s*(?<url>https?://\S+)\s*$",
        Phrases.Options | RegexOptions.Compiled);

    /// <summary>The start of a site's own notice (a cookie or consent banner): "We use cookies…".</summary>
    public static LineStart NoticeStart { get; } = new(File.Notices.All, Phrases.After);

    /// <summary>A word naming who sends a note: "Ministry", "Посольство", "Министрлігі".</summary>
    public static Regex Sender { get; } = Phrases.Interpreted(File.Senders.All);

    /// <summary>A table's number opening its caption: "Table 1.", "Таблица 2 –".</summary>
    public static Regex TableLabel { get; } = new(@"^\s*" + Phrases.Alternation(File.TableLabels.All) + @"[\s.:—–-]*", Phrases.Options);

    /// <summary>A word saying a text is about a table ("The table shows …", "Таблицата показва …").</summary>
    public static Regex TableMention { get; } = new(Phrases.Before + Phrases.Alternation(File.TableMentions.All) + Phrases.After, Phrases.Options);

    /// <summary>A note's label at the start of a line under a table ("Note:", "Бележка:").</summary>
    public static Regex NoteLabel { get; } = new(@"^[\s\p{P}]*" + Phrases.Alternation(File.NoteLabels.All) + Phrases.After, Phrases.Options);

    /// <summary>The start of a breadcrumb trail.</summary>
    public static LineStart HomeStart { get; } = new(File.Home.All, Phrases.After);
}
