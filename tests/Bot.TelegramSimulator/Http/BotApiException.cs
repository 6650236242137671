namespace Bot.TelegramSimulator.Http;

/// <summary>Thrown by a method to answer with an error reply instead of a result.</summary>
internal sealed class BotApiException(SimulatedError error) : Exception(error.Description)
{
    public SimulatedError Error { get; } = error;

    public static BotApiException BadRequest(string detail) => new(SimulatedError.BadRequest(detail));
}
