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

    public void Dispose() => _files.Dispose();
}
