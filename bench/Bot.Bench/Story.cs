namespace Bot.Bench;

internal enum StoryKind { Visit, Signing, Project, Trade, Culture }

/// <summary>What one article reports, and when and where it was published. Later articles recall earlier events by date.</summary>
internal sealed record Story(StoryKind Kind, DateOnly Published, City City, Visit? Visit = null, Signing? Signing = null, JointProject? Project = null)
{
    /// <summary>Published on the day of the event (a dated news item) rather than a later report.</summary>
    public bool SameDay => (Visit?.Date ?? Signing?.Date) is not { } d || d == Published;
}
