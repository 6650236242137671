namespace Bot.Knowledge.Settings;

/// <summary>How a setting's expected kind of value is said to an operator.</summary>
public static class SettingValues
{
    /// <param name="type">A .NET type name as the configuration binder reports it ("System.Int32", "System.TimeSpan").</param>
    public static string Expected(string type) => type switch
    {
        _ when type.Contains("System.TimeSpan", StringComparison.Ordinal) => "a duration such as 00:00:02 (hh:mm:ss)",
        _ when type.Contains("System.Int", StringComparison.Ordinal) || type.Contains("System.UInt", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("System.Double", StringComparison.Ordinal) || type.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a " + type[(type.LastIndexOf('.') + 1)..].TrimEnd(']'),
    };
}
