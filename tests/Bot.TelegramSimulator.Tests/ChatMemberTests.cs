using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.TelegramSimulator.Tests;

public sealed class ChatMemberTests
{
    private const long GroupId = -1_009_876_543_210;
    private const long AdminId = 7001;
    private const long OwnerId = 7002;
    private const long MemberId = 7003;

    [Fact]
    public async Task GetChatMember_reports_the_status_the_test_set_and_member_for_everyone_else()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.SetMemberStatus(GroupId, AdminId, "administrator");
        bot.Simulator.SetMemberStatus(GroupId, OwnerId, "creator");

        var admin = await bot.Client.GetChatMember(GroupId, AdminId);
        var owner = await bot.Client.GetChatMember(GroupId, OwnerId);
        var member = await bot.Client.GetChatMember(GroupId, MemberId);
        var elsewhere = await bot.Client.GetChatMember(GroupId - 1, AdminId);

        admin.ShouldBeOfType<ChatMemberAdministrator>().Status.ShouldBe(ChatMemberStatus.Administrator);
        admin.User.Id.ShouldBe(AdminId);
        owner.ShouldBeOfType<ChatMemberOwner>();
        member.ShouldBeOfType<ChatMemberMember>();
        elsewhere.Status.ShouldBe(ChatMemberStatus.Member, "a status belongs to one chat");
        admin.IsAdmin.ShouldBeTrue();
        owner.IsAdmin.ShouldBeTrue();
        member.IsAdmin.ShouldBeFalse();
    }

    [Fact]
    public async Task A_demoted_administrator_is_a_member_again()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.SetMemberStatus(GroupId, AdminId, "administrator");
        bot.Simulator.SetMemberStatus(GroupId, AdminId, "member");

        (await bot.Client.GetChatMember(GroupId, AdminId)).Status.ShouldBe(ChatMemberStatus.Member);
        bot.Simulator.MemberStatus(GroupId, AdminId).ShouldBe("member");
    }

    [Theory]
    [InlineData("restricted", ChatMemberStatus.Restricted)]
    [InlineData("left", ChatMemberStatus.Left)]
    [InlineData("kicked", ChatMemberStatus.Kicked)]
    public async Task The_other_statuses_deserialize_in_Telegram_Bot(string status, ChatMemberStatus expected)
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.SetMemberStatus(GroupId, MemberId, status);

        (await bot.Client.GetChatMember(GroupId, MemberId)).Status.ShouldBe(expected);
    }

    [Fact]
    public async Task An_unknown_status_is_refused()
    {
        await using var bot = await SimulatedBot.StartAsync();

        Should.Throw<ArgumentException>(() => bot.Simulator.SetMemberStatus(GroupId, AdminId, "admin"));
        Should.Throw<ArgumentException>(() => bot.Simulator.InjectMyChatMember(GroupId, AdminId, newStatus: "banned"));
        bot.Simulator.PendingUpdateCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetChatMember_names_the_user_as_seen_in_their_messages()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.InjectMessage(GroupId, AdminId, "/admins", chatType: "supergroup", firstName: "Aigerim", username: "aigerim_kz");
        bot.Simulator.SetMemberStatus(GroupId, AdminId, "administrator");

        var admin = await bot.Client.GetChatMember(GroupId, AdminId);

        admin.User.FirstName.ShouldBe("Aigerim");
        admin.User.Username.ShouldBe("aigerim_kz");
    }

    [Fact]
    public async Task GetChatAdministrators_lists_the_creator_and_administrators_only()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.SetMemberStatus(GroupId, AdminId, "administrator");
        bot.Simulator.SetMemberStatus(GroupId, OwnerId, "creator");
        bot.Simulator.SetMemberStatus(GroupId, MemberId, "member");

        var admins = await bot.Client.GetChatAdministrators(GroupId);

        admins.Select(a => (a.User.Id, a.Status)).ShouldBe([(OwnerId, ChatMemberStatus.Creator), (AdminId, ChatMemberStatus.Administrator)]);
    }

    [Fact]
    public async Task A_private_chat_has_no_administrators()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.GetChatAdministrators(MemberId));

        error.Message.ShouldBe("Bad Request: there are no administrators in the private chat");
    }

    [Fact]
    public async Task Promoting_the_bot_in_a_group_shows_in_its_own_chat_member_status()
    {
        await using var bot = await SimulatedBot.StartAsync();

        bot.Simulator.InjectMyChatMember(GroupId, OwnerId, newStatus: "administrator", chatType: "supergroup");
        var update = (await bot.Client.GetUpdates()).ShouldHaveSingleItem();
        var self = await bot.Client.GetChatMember(GroupId, bot.Simulator.BotId);

        update.MyChatMember!.NewChatMember.ShouldBeOfType<ChatMemberAdministrator>();
        update.MyChatMember.Chat.Type.ShouldBe(ChatType.Supergroup);
        self.Status.ShouldBe(ChatMemberStatus.Administrator);
        self.User.IsBot.ShouldBeTrue();
    }
}
