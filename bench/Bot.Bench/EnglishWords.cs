namespace Bot.Bench;

/// <summary>Slot fillers for English sentences, commonest first (they are drawn with a Zipf bias).</summary>
internal static class EnglishWords
{
    public static readonly IReadOnlyDictionary<string, string[]> Slots = new Dictionary<string, string[]>
    {
        ["adj"] = ["new", "joint", "major", "regional", "modern", "strategic", "small", "large", "private", "national", "annual", "local", "digital", "green", "promising",
            "sustainable", "competitive", "innovative", "reliable", "significant", "additional", "long-term", "industrial", "agricultural", "technical", "financial", "logistical",
            "advanced", "efficient", "transparent", "ambitious", "pilot", "high-tech", "export-oriented", "cross-border", "multimodal", "seasonal", "specialised", "affordable",
            "organic", "renewable", "medium-sized", "landlocked", "mountainous", "coastal", "historic", "fragile", "resilient", "experimental", "preliminary", "comprehensive"],
        ["noun"] = ["cooperation", "project", "investment", "market", "production", "capacity", "demand", "supply", "partnership", "initiative", "infrastructure", "export",
            "potential", "development", "growth", "competition", "facility", "network", "strategy", "programme", "plant", "warehouse", "terminal", "route", "corridor",
            "shipment", "consignment", "tender", "licence", "certification", "subsidy", "loan", "credit line", "feasibility study", "pipeline", "railway line", "motorway",
            "harvest", "yield", "irrigation", "greenhouse", "vineyard", "refinery", "smelter", "quarry", "workforce", "apprenticeship", "curriculum", "laboratory", "clinic",
            "vaccine", "generic medicine", "software platform", "start-up", "incubator", "accelerator", "trade mission", "showroom", "distribution centre", "cold chain",
            "container yard", "ferry link", "charter flight", "visa regime", "customs post", "border crossing", "tariff quota", "sanitary permit", "quality standard"],
        ["verb"] = ["expand", "launch", "modernise", "build", "develop", "finance", "supply", "export", "open", "upgrade", "promote", "diversify", "strengthen", "test",
            "certify", "localise", "digitise", "relocate", "restructure", "insure", "lease", "acquire", "commission", "assemble", "process", "package", "distribute"],
        ["product"] = ["wheat", "barley", "sunflower oil", "rose oil", "lavender oil", "wine", "cheese", "yoghurt", "honey", "pharmaceuticals", "uranium", "copper", "zinc",
            "ferroalloys", "fertilisers", "tobacco", "machinery", "buses", "tractors", "software", "electric cables", "glass", "ceramics", "cotton", "wool", "leather goods",
            "lentils", "flax", "apricots", "cherries", "walnuts", "mineral water", "cosmetics", "textiles", "steel pipes", "aluminium", "coal", "lamb", "poultry", "canned vegetables"],
        ["region"] = ["Akmola", "Atyrau", "Karaganda", "Kostanay", "Kyzylorda", "Mangystau", "Turkistan", "Zhambyl", "East Kazakhstan", "West Kazakhstan", "North Kazakhstan",
            "Abai", "Zhetysu", "Ulytau", "Aktobe", "Stara Zagora", "Ruse", "Pleven", "Haskovo", "Kardzhali", "Smolyan", "Pazardzhik", "Sliven", "Yambol", "Dobrich", "Shumen",
            "Veliko Tarnovo", "Gabrovo", "Lovech", "Vratsa", "Montana", "Vidin", "Kyustendil", "Pernik"],
        ["market"] = ["the European Union", "Central Asia", "the South Caucasus", "China", "Turkey", "the Middle East", "the Balkans", "the Black Sea region", "Western Europe", "the Gulf states"],
        ["event"] = ["business forum", "investment roadshow", "trade fair", "film week", "days of culture", "scientific conference", "round table", "photo exhibition", "folk festival",
            "wine tasting", "book fair", "youth summit", "hackathon", "agricultural show", "tourism expo", "chess tournament", "concert", "poetry evening"],
        ["sector"] = ["agriculture", "logistics", "tourism", "healthcare", "pharmaceuticals", "energy", "mining", "information technology", "food processing", "construction",
            "education", "machine building", "chemicals", "textiles", "transport", "banking", "insurance", "renewable energy", "water management", "telecommunications"],
        ["source"] = ["Kazinform", "the Bulgarian News Agency", "the Akorda press service", "the press service of the ministry", "Trend News Agency", "Kazakh TV", "BNR", "the embassy",
            "local media", "the regional administration", "the Bureau of National Statistics", "the National Statistical Institute of Bulgaria", "the company's press office"],
        ["activity"] = ["internships", "exchange programmes", "summer schools", "joint research", "training courses", "language courses", "master classes", "study visits", "joint expeditions"],
        ["people"] = ["students", "teachers", "doctors", "engineers", "farmers", "entrepreneurs", "journalists", "researchers", "athletes", "artists", "young diplomats", "customs officers"],
        ["official"] = ["deputy minister", "governor", "mayor", "chairman of the board", "director general", "rector", "head of department", "trade representative", "consul", "chief executive"],
        ["weekday"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    };

    public static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
