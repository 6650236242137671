namespace Bot.Knowledge.Model;

/// <summary>The kinds of <see cref="Event"/> the store holds.</summary>
public static class EventKinds
{
    public const string Visit = "visit";
    public const string Meeting = "meeting";
    public const string Talks = "talks";
    public const string Session = "session";
    public const string Forum = "forum";
    public const string Role = "role";
    public const string Anniversary = "anniversary";
    public const string Establishment = "establishment";
    public const string Signing = "signing";
    public const string Consultations = "consultations";
    public const string Ceremony = "ceremony";

    /// <summary>An agreement ratified (by a law, with its number); the event's label is the agreement's title.</summary>
    public const string Ratification = "ratification";

    /// <summary>An agreement entering into force; the event's label is the agreement's title.</summary>
    public const string EntryIntoForce = "entry_into_force";

    public static readonly IReadOnlyList<string> All = [Visit, Meeting, Talks, Session, Forum, Role, Anniversary, Establishment, Signing, Consultations, Ceremony, Ratification, EntryIntoForce];
}
