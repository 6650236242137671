namespace Bot.Bench;

/// <summary>
/// A mixed question load, as users would send it: figures by year, agreements by topic, place or date, people and
/// visits, and questions the corpus cannot answer; in English, Russian, Bulgarian and Kazakh.
/// </summary>
internal sealed class QuestionGenerator(CooperationWorld world, Random rng)
{
    static readonly string[] Languages = ["en", "en", "en", "en", "ru", "ru", "ru", "bg", "bg", "kk"];

    public List<BenchQuestion> Generate(int count)
    {
        var list = new List<BenchQuestion>(count);
        for (var i = 0; i < count; i++)
        {
            var lang = rng.One(Languages);
            list.Add(rng.NextDouble() switch
            {
                < 0.30 => new BenchQuestion(Figure(lang), "figure", lang),
                < 0.55 => new BenchQuestion(Agreement(lang), "agreement", lang),
                < 0.85 => new BenchQuestion(Passage(lang), "passage", lang),
                _ => new BenchQuestion(Unanswerable(lang), "unanswerable", lang),
            });
        }
        return list;
    }

    string Figure(string lang)
    {
        var year = rng.Next(CooperationWorld.FirstYear, CooperationWorld.LastYear + 1);
        var months = world.TradeIn(year).PartMonths;
        return (lang, rng.Next(4)) switch
        {
            ("en", 0) => $"What was the trade turnover between Kazakhstan and Bulgaria in {year}?",
            ("en", 1) => $"What were Kazakh exports to Bulgaria in {year}?",
            ("en", 2) => $"What was the trade turnover in the first {EnglishWords.Numbers[months - 1]} months of {year}?",
            ("en", _) => $"How did trade change from {year - 1} to {year}?",
            ("ru", 0) => $"Каков товарооборот между Казахстаном и Болгарией в {year} году?",
            ("ru", 1) => $"Сколько составил экспорт Казахстана в Болгарию в {year} году?",
            ("ru", 2) => $"Сколько составил товарооборот за {RussianWords.Numbers[months - 1]} месяца {year} года?",
            ("ru", _) => $"Каков объём прямых инвестиций Болгарии в Казахстан в {year} году?",
            ("bg", 0 or 1) => $"Какъв беше стокообменът между Казахстан и България през {year} г.?",
            ("bg", _) => $"Колко е износът на Казахстан за България през {year} г.?",
            (_, 0 or 1) => $"{year} жылы тауар айналымы қанша болды?",
            _ => $"{year} жылы Қазақстанның Болгарияға экспорты қанша болды?",
        };
    }

    string Agreement(string lang)
    {
        var signing = rng.Chance(0.5) ? rng.One(world.Signings) : rng.One(world.Visits.Where(v => v.Signing is not null).ToList()).Signing!;
        var item = rng.One(signing.Items);
        var (year, city) = (signing.Date.Year, signing.City);
        return (lang, rng.Next(4)) switch
        {
            ("en", 0) => $"What agreements were signed in {year}?",
            ("en", 1) => $"What memoranda were signed in {city.En} in {year}?",
            ("en", 2) => $"What was signed on {Money.DateEn(signing.Date)}?",
            ("en", _) => $"Which documents on {item.Subject.En} were signed between Kazakhstan and Bulgaria?",
            ("ru", 0) => $"Какие соглашения были подписаны в {year} году?",
            ("ru", 1) => $"Какие меморандумы были подписаны в {city.RuIn} в {year} году?",
            ("ru", _) => $"Какие документы о {item.Subject.Ru} подписали Казахстан и Болгария?",
            ("bg", 0 or 1) => $"Какви споразумения бяха подписани през {year} г.?",
            ("bg", _) => $"Какви меморандуми бяха подписани в {city.Bg}?",
            (_, 0 or 1) => $"{year} жылы қандай келісімдерге қол қойылды?",
            _ => rng.Chance(0.5) ? "Көлік саласында қанша келісімге қол қойылды?" : "Білім саласында қандай келісімдерге қол қойылды?",
        };
    }

    string Passage(string lang)
    {
        var v = rng.One(world.Visits);
        var p = rng.One(world.Projects);
        var topic = rng.One(v.Topics);
        return (lang, rng.Next(5)) switch
        {
            ("en", 0) => $"Who did {v.Host.En} meet in {v.City.En} in {v.Date.Year}?",
            ("en", 1) => $"When did {v.Guest.En} visit {v.City.En}?",
            ("en", 2) => $"What did {v.Host.Surname} and {v.Guest.Surname} discuss about {topic.En}?",
            ("en", 3) => $"Which companies are building the {p.Facility} in {p.City.En} under the {p.Name} project?",
            ("en", _) => "In which format were the talks held?",
            ("ru", 0) => $"С кем встречался {v.Host.Ru} в {v.City.RuIn}?",
            ("ru", 1) => $"Когда {v.Guest.Ru} посетил {v.City.Ru}?",
            ("ru", 2) => $"Какие компании участвуют в проекте {p.Name}?",
            ("ru", _) => "Кто назвал Казахстан ключевым партнёром в Центральной Азии?",
            ("bg", 0 or 1) => $"Кога {v.Guest.Surname} посети {v.City.Bg}?",
            ("bg", 2) => $"Кои компании участват в проекта {p.Name}?",
            ("bg", _) => "В какъв формат се проведоха преговорите?",
            (_, 0 or 1) => $"Келіссөздер {v.City.Kk} қаласында қашан өтті?",
            _ => "Келіссөздер қай қалада өтті?",
        };
    }

    string Unanswerable(string lang)
    {
        // Names nobody in the corpus bears: an unknown company or person must end in "not found", not in a near miss.
        var stranger = NameForge.Company(new Random(rng.Next()), "KZ") + " Worldwide";
        return (lang, rng.Next(3)) switch
        {
            ("en", 0) => "Who won the football world cup in 2018?",
            ("en", 1) => "What is the population of Mars?",
            ("en", _) => $"What did {stranger} sign with the Port of Rotterdam?",
            ("ru", 0) => "Кто выиграл чемпионат мира по футболу?",
            ("ru", 1) => "Сколько стоит билет на Луну?",
            ("ru", _) => $"Какой контракт подписала {stranger} с портом Роттердам?",
            ("bg", 0 or 1) => "Коя е столицата на Австралия?",
            ("bg", _) => $"Какво подписа {stranger} с пристанище Ротердам?",
            _ => "Қай команда әлем чемпионы атанды?",
        };
    }
}
