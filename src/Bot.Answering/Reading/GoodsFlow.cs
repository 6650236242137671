using Bot.Answering.Understanding;
using Bot.Knowledge.Metrics;

namespace Bot.Answering.Reading;

/// <summary>
/// "What did Bulgaria mainly ship to Kazakhstan?", "Қазақстанның Болгарияға экспорты қандай тауарлар есебінен өсті?": a list
/// of goods asked for one way of trade is answered by goods a text lists going that way ("Bulgarian supplies:
/// pharmaceuticals, …"), never by the other way's ("Kazakh exports growing: propane and butane, …"; of "Казахстан изнася
/// основно суров петрол …, докато България продава предимно лекарства" only the clause the asked country sells in).
/// Each word naming a flow (metrics.json "trade_flow": its cues and the verbs questions use) owns the goods after it up to
/// the next one, and the country words of its own clause say which way it goes; goods no country word places say nothing.
/// </summary>
public static class GoodsFlow
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    static readonly MetricFamily? Flow = Catalog.Families.FirstOrDefault(f => f.Name == FlowFamily);

    const string FlowFamily = "trade_flow";

    /// <summary>The way of trade (kz_to_bg, bg_to_kz) a question asking for goods asks them of, or null.</summary>
    public static string? Asked(Question q)
    {
        if (Flow is null || !ListContinuation.AsksForGoods(q)) return null;
        var metric = q.Metric is { } m ? Catalog.Find(m) : null;
        if (metric is null || Catalog.FamilyOf(metric.Key) != Flow) metric = Catalog.FindInQuestion(q.Text);
        // "Колко е внесъл Казахстан от България …, и кои стоки преобладават?": the second part asks of the flow the first named.
        if (metric is null || Catalog.FamilyOf(metric.Key) != Flow) metric = Catalog.FindInQuestion(string.Join(' ', q.Units.Select(u => u.Label)));
        return metric is not null && Catalog.FamilyOf(metric.Key) == Flow ? metric.Direction : null;
    }

    /// <summary>The question names a way of trade by a word for it or a verb of it ("ship", "поставляет", "изнася").</summary>
    public static bool NamesFlow(Question q) => Flow is not null && Mentions(q.Text).All.Count > 0;

    /// <summary>The evidence lists no goods only the other way than the question asks them of.</summary>
    public static bool Holds(Question q, Evidence.EvidenceWindow w) => Asked(q) is not { } asked || Goes(asked, w.Sentence) != false;

    /// <summary>
    /// Whether the sentence lists goods going the asked way (true), only the other way (false), or places none it lists (null).
    /// </summary>
    public static bool? Goes(string asked, string sentence)
    {
        var (mentions, verbs) = Mentions(sentence);
        if (mentions.Count == 0) return null;
        var other = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            var from = i == 0 ? 0 : mentions[i].Index;
            var to = i + 1 < mentions.Count ? mentions[i + 1].Index : sentence.Length;
            if (QuestionConditions.Default.GoodsIn(sentence[from..to]).Count == 0) continue;
            var (start, end) = (ClauseBounds.Start(sentence, mentions[i].Index), ClauseBounds.End(sentence, mentions[i].End));
            var named = Named(sentence, mentions[i], start, end, verbs.Contains(mentions[i]));
            // "Қазақстан Болгарияға мыс, мырыш және бидай жеткізді": a verb at the end of its clause has the goods' commas
            // between it and who trades; its clause then reaches back to the word of trade before it.
            if (named.Count == 0 && (i == 0 ? 0 : mentions[i - 1].End) is var back && back < start)
                named = Named(sentence, mentions[i], start = back, end, verbs.Contains(mentions[i]));
            // No country word in the flow's clause: "Exports consist mainly of oil" says nothing of whose.
            if (named.Count == 0) continue;
            var direction = DirectionReader.Read(sentence, mentions[i], start, end, named, Catalog.Countries);
            if (direction == asked) return true;
            if (direction is not null) other = true;
        }
        return other ? false : null;
    }

    /// <summary>The words naming a flow, in text order: the catalogue's cues, and the verbs of trade questions ("изнася", "продава", "supplied").</summary>
    static (List<MetricMention> All, HashSet<MetricMention> Verbs) Mentions(string sentence)
    {
        var found = Catalog.FindInText(sentence).Where(m => m.Family == Flow && m.Role != FlowRole.Neutral).ToList();
        var verbs = new HashSet<MetricMention>();
        if (Flow?.QuestionCues is { } cues)
            foreach (var hit in cues.Find(sentence))
                if (!found.Any(m => m.Index < hit.Index + hit.Length && hit.Index < m.End))
                {
                    var verb = new MetricMention(hit.Index, hit.Length, Flow, hit.Value);
                    found.Add(verb);
                    verbs.Add(verb);
                }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return (found, verbs);
    }

    /// <summary>
    /// The country words of the flow's clause and the roles they play in it. Besides the catalogue's role words, a bare
    /// name before the word of trade is who trades ("Казахстан нарастил поставки пропана", "Bulgaria sells medicines":
    /// its owner), and an owner's word after a verb of trade names where the goods come from ("стала покупать
    /// казахстанскую [нефть]", "buys Kazakh oil": Kazakhstan's goods, not Kazakhstan's purchases).
    /// </summary>
    static List<CountryRoles.Mention> Named(string sentence, MetricMention cue, int start, int end, bool verb)
    {
        var roles = Catalog.Countries.Find(sentence, start, end);
        var named = roles.Select(m => verb && m.Role is CountryRoles.Role.Owner or CountryRoles.Role.Maker && m.Index >= cue.End ? m with { Role = CountryRoles.Role.Origin }
            : m.Role == CountryRoles.Role.Maker ? m with { Role = CountryRoles.Role.Owner } : m).ToList();
        foreach (var span in CountryPlace.CountriesIn(sentence))
            if (span.Start >= start && span.Start + span.Length <= cue.Index && CountryPlace.CodeOf(span.Entity.Id) is { } code
                && !roles.Any(m => m.Index < span.Start + span.Length && span.Start < m.Index + m.Length))
                named.Add(new CountryRoles.Mention(span.Start, span.Length, code, CountryRoles.Role.Owner));
        named.Sort((a, b) => a.Index.CompareTo(b.Index));
        return named;
    }
}
