namespace Bot.TestKit.Documents;

/// <summary>
/// Texts of agreements as ministries and legal databases publish them, shared by the extraction tests (what is stored)
/// and the answering tests (what is said): a heading, a preamble naming another agreement, a clause setting the rule of
/// entry into force, the final clause and a two-column signature block with someone only present.
/// </summary>
public static class AgreementTexts
{
    public const string Tourism = """
        AGREEMENT
        between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria
        on cooperation in the field of tourism

        The Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria, hereinafter referred to as "the Parties",

        Guided by the Agreement on air services between the two Governments signed at Almaty on 5 May 2005,

        Have agreed as follows:

        Article 1
        The Parties shall promote cooperation in the field of tourism on the basis of equality and mutual benefit.

        Article 9
        This Agreement shall enter into force on the date of receipt of the last written notification by which the Parties inform each other of the completion of their internal procedures.

        Done at Sofia on 14 March 2019 in two originals, each in the Kazakh, Bulgarian, Russian and English languages, all texts being equally authentic.

        FOR THE GOVERNMENT OF THE                    FOR THE GOVERNMENT OF THE
        REPUBLIC OF KAZAKHSTAN                       REPUBLIC OF BULGARIA

        Yerlan Sultanbekov                           Nikolina Angelkova
        Minister of Culture and Sport                Minister of Tourism

        In the presence of:
        Dimitar Kostov, Ambassador of the Republic of Bulgaria
        """;
}
