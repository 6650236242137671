namespace Bot.Knowledge.Tests.Facts;

/// <summary>What extraction reaches on the devcorpus gold file today (goal: 0.95 each). Raise a floor when extraction improves; never lower one.</summary>
internal static class Floors
{
    public const double AgreementRecall = 0.85;
    public const double AgreementPrecision = 0.95;
    public const double EventRecall = 0.75;
    public const double EventPrecision = 0.79;
    public const double RoleRecall = 0.84;
    public const double RolePrecision = 0.89;
}
