using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.State;

/// <summary>
/// ChatMember objects by status with every field the Bot API marks as always present, since Telegram.Bot refuses a
/// ChatMemberAdministrator or ChatMemberRestricted that lacks one. Administrators get the rights a bot usually checks.
/// </summary>
internal static class ChatMemberJson
{
    private static readonly string[] AdministratorRights =
    [
        "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members",
        "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
    ];

    private static readonly string[] MemberPermissions =
    [
        "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
        "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
        "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages", "can_manage_topics",
    ];

    public static JsonObject Create(string status, JsonObject user)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user };
        switch (status)
        {
            case "creator":
                json["is_anonymous"] = false;
                break;
            case "administrator":
                json["can_be_edited"] = false;
                json["is_anonymous"] = false;
                foreach (var right in AdministratorRights)
                {
                    json[right] = right is not ("can_promote_members" or "can_change_info");
                }

                break;
            case "restricted":
                json["is_member"] = true;
                foreach (var permission in MemberPermissions)
                {
                    json[permission] = false;
                }

                json["until_date"] = 0;
                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }

        return json;
    }
}
