using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>"Last night", "снощи", "минувшей ночью", "өткен түні": the evening before the item's date, in the four languages.</summary>
public sealed class LastNightTests
{
    static readonly PartialDate Published = new(2025, 6, 9);

    [Theory]
    [InlineData("Late last night the Bulgarian delegation arrived in Astana.")]
    [InlineData("Снощи българската делегация пристигна в Астана.")]
    [InlineData("Минувшей ночью болгарская делегация прибыла в Астану.")]
    [InlineData("Болгария делегациясы өткен түні Астанаға келді.")]
    public void Last_night_is_the_day_before_the_items_date(string text) =>
        DateFinder.Find(text, Published).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06-08");

    [Fact]
    public void A_night_train_is_no_date() =>
        DateFinder.Find("The night train from Sofia to Varna carries Kazakh tourists.", Published).ShouldBeEmpty();
}
