namespace Bot.Bench;

/// <summary>One signed document: its kind ("memorandum", "agreement", …), the two signatories and its subject.</summary>
internal sealed record AgreementItem(string Kind, string PartyEn, string PartyRu, string OtherEn, string OtherRu, Subject Subject);
