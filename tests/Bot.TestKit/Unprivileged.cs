namespace Bot.TestKit;

/// <summary>
/// How a test runs the program as a user that file permissions apply to. Tests often run as root (containers, CI),
/// and root reads a folder whatever its mode; then the program is started through setpriv as nobody (uid and gid
/// 65534). Anyone else is already such a user.
/// </summary>
public static class Unprivileged
{
    const string Setpriv = "/usr/bin/setpriv";

    static readonly bool IsRoot = Environment.UserName == "root";

    /// <summary>Why such a test cannot run here, or null when it can.</summary>
    public static string? SkipReason { get; } =
        OperatingSystem.IsWindows() ? "file modes are POSIX"
        : IsRoot && !File.Exists(Setpriv) ? $"runs as root and {Setpriv} is missing: root ignores file permissions, so nothing can be made unreadable"
        : null;

    /// <summary>The program and the arguments that come before `dotnet`'s own.</summary>
    public static (string FileName, string[] Prefix) Launcher => IsRoot
        ? (Setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet"])
        : ("dotnet", []);

    /// <summary>Lets every user read a file, or list and enter a folder, the test wrote.</summary>
    public static void AllowRead(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var enter = Directory.Exists(path) ? UnixFileMode.OtherExecute | UnixFileMode.GroupExecute : UnixFileMode.None;
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.OtherRead | UnixFileMode.GroupRead | enter);
    }

    /// <summary>No one but root may list, enter or change the folder (mode 000).</summary>
    public static void Deny(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.None);
    }

    /// <summary>The owner may again do everything (mode 700), so the test can delete what it made.</summary>
    public static void Restore(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
