namespace Bot.Answering.Reading;

/// <summary>Where a window's time comes from: the sentence itself, what its paragraph said before it, or the document's date.</summary>
public enum TimeLevel { Sentence, Paragraph, Document }
