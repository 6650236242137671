using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Agreements;

/// <summary>
/// Which stored agreement an event of an agreement's life (its signing, ratification, approval, entry into force) is of. The
/// event is labelled with the agreement's name as its document wrote it ("Соглашение между … о взаимном содействии и защите
/// инвестиций — Законом … N 202-II"); the record may carry another source's name for it ("Agreement on mutual promotion and
/// protection of investments"). It is that record's when the record is reported by the event's document and either bears
/// the same name, or is the one agreement that document reports of the name's kind and domain — a document telling of two
/// investment agreements ties neither by its words alone.
/// </summary>
public static class AgreementEvents
{
    /// <summary>The law or act an event's label names after its agreement ("… — Закон … № 202-II"), or null.</summary>
    public const string LawSeparator = " — ";

    public static bool Of(Agreement agreement, Event e, IReadOnlyList<Agreement> all)
    {
        var document = e.Source.DocumentId;
        if (!agreement.Sources.Any(s => s.DocumentId == document)) return false;
        var name = NameOf(e);
        if (name == agreement.Title) return true;
        if (AgreementExtractor.KindsIn(name) is not [var kind, ..] || kind.Kind != agreement.Kind) return false;
        var domain = AgreementExtractor.DomainNamed(name);
        var reported = all.Where(a => a.Kind == kind.Kind && a.Sources.Any(s => s.DocumentId == document)).ToList();
        // A name no record bears ties the event to a record of its document only where that is the one of its kind and domain.
        if (reported.Exists(a => a.Title == name)) return false;
        return reported.Where(a => a.Domain == domain).ToList() is [var one] && one.Id == agreement.Id;
    }

    /// <summary>The agreement's name in an event's label, without the act named after it.</summary>
    public static string NameOf(Event e) => e.Label.IndexOf(LawSeparator, StringComparison.Ordinal) is > 0 and var cut ? e.Label[..cut] : e.Label;

    /// <summary>The act an event's label names after its agreement ("Законом Республики Казахстан от 15 мая 2001 года N 202-II"), or null.</summary>
    public static string? ActOf(Event e) => e.Label.IndexOf(LawSeparator, StringComparison.Ordinal) is > 0 and var cut ? e.Label[(cut + LawSeparator.Length)..] : null;
}
