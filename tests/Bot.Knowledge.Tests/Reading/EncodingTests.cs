using System.Text;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>Files saved in the encodings people still use for Cyrillic text are read as text, not refused.</summary>
public sealed class EncodingTests : IDisposable
{
    const string Russian = """
        Товарооборот Казахстана и Болгарии

        Товарооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов. Казахстан поставляет в Болгарию
        в основном нефть, а из Болгарии ввозит лекарства, продукты питания и оборудование. Стороны договорились расширять
        сотрудничество в транспорте, энергетике и сельском хозяйстве.
        """;

    readonly FileIngestion _files = new();

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => new() { "windows-1251", "koi8-r", "utf-16LE", "utf-16BE" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_russian_text_without_a_byte_order_mark_is_read_in_its_encoding(string encoding)
    {
        var (result, row) = await _files.IngestAsync("ru.txt", Encoding.GetEncoding(encoding).GetBytes(Russian));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Товарооборот Казахстана и Болгарии");
        row.Lang.ShouldBe("ru");
        _files.Store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM passages WHERE text LIKE '%в основном нефть%'").ShouldBe(1);
    }

    [Fact]
    public async Task A_utf16_big_endian_file_with_a_byte_order_mark_is_read()
    {
        var (result, row) = await _files.IngestAsync("be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Russian)]);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Товарооборот Казахстана и Болгарии");
    }

    [Fact]
    public async Task A_short_windows_1251_line_is_read_too()
    {
        var (result, row) = await _files.IngestAsync("short.txt", Encoding.GetEncoding("windows-1251").GetBytes("Товарооборот вырос\n\nТоварооборот вырос в четыре раза."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Товарооборот вырос");
    }

    [Fact]
    public void A_short_file_read_after_a_long_one_holds_only_its_own_text()
    {
        // Files are read into a shared buffer: what a longer file left there must never be read as the next one's text.
        var dir = Directory.CreateTempSubdirectory("kzbg-enc-");
        try
        {
            var longFile = Path.Combine(dir.FullName, "long.md");
            var shortFile = Path.Combine(dir.FullName, "short.md");
            File.WriteAllText(longFile, "# Long\n\n" + string.Concat(Enumerable.Repeat("Товарооборот вырос в четыре раза. ", 400)));
            File.WriteAllText(shortFile, "# Short\n\nТоварооборот вырос.");

            FileReader.Read(longFile, "file:long").Paragraphs.Sum(p => p.Length).ShouldBeGreaterThan(10_000);
            var read = FileReader.Read(shortFile, "file:short");

            read.Title.ShouldBe("Short");
            string.Join("\n", read.Paragraphs).ShouldNotContain("четыре");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("utf-8")]
    public void A_file_in_a_pooled_buffer_decodes_as_its_bytes_do(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Russian);
        var padded = new byte[bytes.Length + 64];
        bytes.CopyTo(padded, 0);
        padded.AsSpan(bytes.Length).Fill((byte)'x');

        TextDecoder.Decode(padded.AsSpan(0, bytes.Length)).ShouldBe(TextDecoder.Decode(bytes));
        TextDecoder.Decode(bytes).ShouldContain("в основном нефть");
    }

    public void Dispose() => _files.Dispose();
}
