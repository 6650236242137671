using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Language knowledge (words, endings, letters, transliteration) lives in the data files beside lexicon.json, never in
/// C#: a Cyrillic letter in product code outside a comment is a word list that has crept back into the code.
/// </summary>
public sealed class LanguageInDataTests
{
    // Text for the model, not knowledge the code uses: the tool description shows it a name's Cyrillic spellings.
    static readonly string[] Allowed = [Path.Combine("Bot.Llm", "Tools", "KnowledgePlugin.cs")];

    [Fact]
    public void No_product_source_file_spells_words_in_Cyrillic_outside_comments()
    {
        var src = Path.Combine(Paths.RepoRoot, "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(src, f)) && !Allowed.Contains(Path.GetRelativePath(src, f)))
            .SelectMany(f => CyrillicOutsideComments(File.ReadAllText(f)).Select(line => $"{Path.GetRelativePath(src, f)}:{line}"))
            .ToList();

        found.ShouldBeEmpty("language knowledge belongs in the data files (see lexicon.json, calendar.json, alphabet.json)");
    }

    [Theory]
    [InlineData("var w = \"слово\";", 1)]
    [InlineData("var c = 'ё';", 1)]
    [InlineData("var r = @\"(?:в|во)\\s+\";", 1)]
    [InlineData("var i = $\"{x} г.\";", 1)]
    [InlineData("var s = \"\"\"\n  год\n  \"\"\";", 2)]
    [InlineData("// \"Радев\" must not become \"рад\"\nvar a = 1;", 0)]
    [InlineData("/// <summary>Токаев</summary>\nvar a = 1;", 0)]
    [InlineData("/* Астана */ var u = \"https://example.org\"; // Астана", 0)]
    [InlineData("var u = \"http://x\"; var v = \"Астана\";", 1)]
    [InlineData("var q = '\"'; var v = \"Астана\";", 1)]
    [InlineData("var t = $\"{Get(\"a\")} слово\";", 1)]
    [InlineData("var t = $\"{Get(\"a\")}\"; // слово\nvar u = @\"say \"\"hi\"\"\"; /* год */", 0)]
    public void The_check_finds_Cyrillic_in_code_and_strings_but_not_in_comments(string code, int line)
    {
        var lines = CyrillicOutsideComments(code);

        if (line == 0) lines.ShouldBeEmpty();
        else lines.ShouldBe([line]);
    }

    static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>The lines holding a Cyrillic letter in code, a string or a char literal (comments skipped).</summary>
    static List<int> CyrillicOutsideComments(string code) => new SourceScan(code).Run();

    /// <summary>A small C# lexer: enough of comments, strings (regular, verbatim, raw, interpolated with holes) and chars.</summary>
    sealed class SourceScan(string code)
    {
        readonly SortedSet<int> _lines = [];
        int _line = 1;
        int _i;

        public List<int> Run()
        {
            Code(stopAtBrace: false);
            return [.. _lines];
        }

        void Note(char c)
        {
            if (c is >= '\u0400' and <= '\u04FF') _lines.Add(_line);
            if (c == '\n') _line++;
        }

        // Inside a comment: only the line count moves.
        void Skip()
        {
            if (code[_i++] == '\n') _line++;
        }

        void SkipTo(string end)
        {
            while (_i < code.Length && !At(end)) Skip();
            for (var k = 0; k < end.Length && _i < code.Length; k++) Skip();
        }

        bool At(string text) => string.CompareOrdinal(code, _i, text, 0, text.Length) == 0;

        // Code up to the end, or up to the brace that closes an interpolation hole.
        void Code(bool stopAtBrace)
        {
            var depth = 0;
            while (_i < code.Length)
            {
                var c = code[_i];
                if (At("//")) SkipTo("\n");
                else if (At("/*")) { _i += 2; SkipTo("*/"); }
                else if (c == '\'') Char();
                else if (c is '"' or '$' or '@' && StringStart() is { } kind) String(kind.Dollars, kind.Verbatim, kind.Quotes);
                else
                {
                    if (stopAtBrace && c == '{') depth++;
                    if (stopAtBrace && c == '}' && depth-- == 0) { _i++; return; }
                    Note(c);
                    _i++;
                }
            }
        }

        (int Dollars, bool Verbatim, int Quotes)? StringStart()
        {
            var j = _i;
            var dollars = 0;
            var verbatim = false;
            while (j < code.Length && code[j] is '$' or '@')
            {
                if (code[j] == '$') dollars++; else verbatim = true;
                j++;
            }
            if (j >= code.Length || code[j] != '"') return null;
            var quotes = 0;
            while (j + quotes < code.Length && code[j + quotes] == '"') quotes++;
            _i = j;
            // "" is an empty string; three or more open a raw string literal (a verbatim string doubles its quotes).
            return (dollars, verbatim, quotes >= 3 && !verbatim ? quotes : 1);
        }

        void String(int dollars, bool verbatim, int quotes)
        {
            _i += quotes;
            var close = new string('"', quotes);
            var raw = quotes >= 3;
            var open = new string('{', Math.Max(1, dollars));
            while (_i < code.Length)
            {
                var c = code[_i];
                if (!raw && !verbatim && c == '\\') { Note(c); _i++; if (_i < code.Length) Note(code[_i++]); continue; }
                if (!raw && verbatim && At("\"\"")) { _i += 2; continue; }
                if (At(close)) { _i += quotes; return; }
                if (dollars > 0 && At(open))
                {
                    if (!raw && At("{{")) { _i += 2; continue; }
                    _i += open.Length;
                    Code(stopAtBrace: true);
                    continue;
                }
                Note(c);
                _i++;
            }
        }

        void Char()
        {
            _i++;
            while (_i < code.Length && code[_i] != '\'')
            {
                if (code[_i] == '\\') Note(code[_i++]);
                if (_i < code.Length) Note(code[_i++]);
            }
            _i++;
        }
    }
}
