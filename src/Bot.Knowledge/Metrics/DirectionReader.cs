namespace Bot.Knowledge.Metrics;

/// <summary>
/// Reads which way a figure goes from the country words around its cue: each word votes, the nearer the stronger.
/// "Kazakh shipments to Bulgaria" and "импорт из Болгарии" go from Kazakhstan and from Bulgaria respectively.
/// </summary>
public static class DirectionReader
{
    /// <summary>
    /// How far (in characters) from its cue a country word still votes. Farther words would weigh little anyway
    /// (1 / words between); reading them all, on a text that repeats one cue and one country thousands of times, made
    /// every cue scan the whole text and count words across it.
    /// </summary>
    internal const int Window = 240;

    /// <summary>The direction (<c>kz_to_bg</c> / <c>bg_to_kz</c>), the family's default when no country is named, or null.</summary>
    public static string? Read(string text, MetricMention cue, int scopeStart, int scopeEnd, CountryRoles countries)
    {
        if (cue.Role == FlowRole.Neutral) return null;
        var (from, to) = Scope(cue, scopeStart, scopeEnd);
        return Vote(text, cue, countries.Find(text, from, to), countries);
    }

    /// <summary>
    /// The same, with the country words of the whole text found once beforehand (<paramref name="named"/>, in text
    /// order): a text naming a cue thousands of times then costs a search per cue, not a scan.
    /// </summary>
    public static string? Read(string text, MetricMention cue, int scopeStart, int scopeEnd, IReadOnlyList<CountryRoles.Mention> named, CountryRoles countries)
    {
        if (cue.Role == FlowRole.Neutral) return null;
        var (from, to) = Scope(cue, scopeStart, scopeEnd);
        var inScope = new List<CountryRoles.Mention>();
        for (var i = FirstAtOrAfter(named, from); i < named.Count && named[i].Index < to; i++)
            if (named[i].Index + named[i].Length <= to) inScope.Add(named[i]);
        return Vote(text, cue, inScope, countries);
    }

    static (int From, int To) Scope(MetricMention cue, int scopeStart, int scopeEnd) =>
        (Math.Max(scopeStart, cue.Index - Window), Math.Min(scopeEnd, cue.End + Window));

    static int FirstAtOrAfter(IReadOnlyList<CountryRoles.Mention> named, int index)
    {
        int lo = 0, hi = named.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (named[mid].Index < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static string? Vote(string text, MetricMention cue, IEnumerable<CountryRoles.Mention> named, CountryRoles countries)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in named)
        {
            // A cue may name the country itself ("ethnic Bulgarians", "казахов"): that is the nearest vote of all.
            var gap = m.Index < cue.End && cue.Index < m.Index + m.Length ? 0 : m.Index < cue.Index ? Words(text, m.Index + m.Length, cue.Index) : Words(text, cue.End, m.Index);
            // "Bulgarian imports", "Kazakh exports and imports" are the country's; "imports of Bulgarian wine", "Bulgarian wine …
            // imported" come from Bulgaria.
            var role = m.Role == CountryRoles.Role.Maker
                ? cue.Role == FlowRole.Import && !(m.Index < cue.Index && (gap == 0 || OnlyFlowsBetween(text, m, cue))) ? CountryRoles.Role.Origin : CountryRoles.Role.Owner
                : m.Role;
            var from = FromCountry(cue.Role, role) ? m.Country : countries.Other(m.Country);
            var direction = Direction(from);
            votes[direction] = votes.GetValueOrDefault(direction) + 1.0 / (1 + gap);
        }
        if (votes.Count > 0) return votes.MaxBy(v => v.Value).Key;
        if (cue.Family.DefaultOwner is not { } owner) return null;
        return Direction(cue.Role == FlowRole.Import ? countries.Other(owner) : owner);
    }

    /// <summary>"Kazakh exports and imports": another word of the flow's family between the adjective and the cue carries it on.</summary>
    static bool OnlyFlowsBetween(string text, CountryRoles.Mention m, MetricMention cue) =>
        cue.Family.Cues.Find(text, m.Index + m.Length, cue.Index).Count > 0;

    /// <summary>Whether the named country is where the flow starts: the owner of exports and holdings, any origin.</summary>
    static bool FromCountry(FlowRole cue, CountryRoles.Role role) => role switch
    {
        CountryRoles.Role.Origin => true,
        CountryRoles.Role.Destination => false,
        _ => cue != FlowRole.Import,
    };

    static string Direction(string from) =>
        from == "KZ" ? MetricDefinition.KazakhstanToBulgaria : MetricDefinition.BulgariaToKazakhstan;

    static int Words(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
            if (char.IsWhiteSpace(text[i]) && i > from && !char.IsWhiteSpace(text[i - 1])) n++;
        return n;
    }
}
