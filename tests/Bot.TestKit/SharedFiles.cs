namespace Bot.TestKit;

/// <summary>Why a test that needs ../shared cannot run here, or null when the files it needs are present.</summary>
public static class SharedFiles
{
    public static string? MissingReason(params string[] paths)
    {
        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        return missing is null ? null : $"needs {missing} (the shared evaluation sets beside the checkout), which is absent here";
    }
}
