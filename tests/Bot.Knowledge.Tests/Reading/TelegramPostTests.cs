using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A Telegram channel saved as a page — the export Telegram Desktop writes, or the channel's public preview (t.me/s/…):
/// each post is a document of its own dated by the post, so "вчера" in a post is the day before that post's, and the
/// sender's initials, the time shown beside each post and the views are no text of any post.
/// </summary>
public sealed class TelegramPostTests : IDisposable
{
    readonly FileIngestion _files = new();

    const string Export = """
        <!DOCTYPE html>
        <html>
         <head>
          <meta charset="utf-8"/>
        <title>Exported Data</title>
          <meta content="width=device-width, initial-scale=1.0" name="viewport"/>
          <link href="css/style.css" rel="stylesheet"/>
         </head>
         <body onload="CheckLocation();">
          <div class="page_wrap">
           <div class="page_header">
            <div class="content">
             <div class="text bold">
        Посольство Республики Казахстан в Болгарии
             </div>
            </div>
           </div>
           <div class="page_body chat_page">
            <div class="history">
             <div class="message service" id="message-1">
              <div class="body details">
        14 October 2025
              </div>
             </div>
             <div class="message default clearfix" id="message311">
              <div class="pull_left userpic_wrap">
               <div class="userpic userpic5" style="width: 42px; height: 42px">
                <div class="initials" style="line-height: 42px">
        ПК
                </div>
               </div>
              </div>
              <div class="body">
               <div class="pull_right date details" title="14.10.2025 10:12:40 UTC+03:00">
        10:12
               </div>
               <div class="from_name">
        Посольство Республики Казахстан в Болгарии
               </div>
               <div class="text">
        Сегодня в Пловдиве открылся казахстанско-болгарский бизнес-форум. В нем участвуют более 60 компаний двух стран.<br><br>По словам посла Нурлана Абенова, товарооборот за восемь месяцев этого года вырос на 12%.
               </div>
              </div>
             </div>
             <div class="message default clearfix joined" id="message312">
              <div class="body">
               <div class="pull_right date details" title="14.10.2025 17:45:02 UTC+03:00">
        17:45
               </div>
               <div class="text">
        По итогам форума подписан меморандум о сотрудничестве между Торгово-промышленной палатой Пловдива и палатой предпринимателей Карагандинской области.
               </div>
              </div>
             </div>
             <div class="message service" id="message-2">
              <div class="body details">
        16 October 2025
              </div>
             </div>
             <div class="message default clearfix" id="message318">
              <div class="body">
               <div class="pull_right date details" title="16.10.2025 09:30:11 UTC+03:00">
        09:30
               </div>
               <div class="from_name">
        Посольство Республики Казахстан в Болгарии
               </div>
               <div class="text">
        Вчера посол Нурлан Абенов встретился с мэром Бургаса Димитром Николовым. Стороны обсудили открытие прямого авиарейса Бургас – Астана.
               </div>
               <div class="reactions"><span class="reaction"><span class="emoji">👍</span><span class="count">12</span></span></div>
              </div>
             </div>
            </div>
           </div>
          </div>
         </body>
        </html>
        """;

    const string Preview = """
        <!DOCTYPE html>
        <html lang="bg"><head><meta charset="utf-8"><title>Посолство на България в Казахстан – Telegram</title>
        <meta property="og:title" content="Посолство на България в Казахстан"></head>
        <body class="widget_frame_base tgme_widget body_widget_post emoji_image nodesktop">
        <header class="tgme_header"><div class="tgme_header_title">Посолство на България в Казахстан</div><a class="tgme_header_link" href="https://t.me/bgembkz">@bgembkz</a></header>
        <main class="tgme_main"><section class="tgme_channel_history js-message_history">
        <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="bgembkz/210">
        <div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/bgembkz"><span dir="auto">Посолство на България в Казахстан</span></a></div>
        <div class="tgme_widget_message_text js-message_text" dir="auto">Днес посланик Петко Димитров връчи копия от акредитивните си писма на заместник-министъра на външните работи на Казахстан.</div>
        <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">1.2K</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/bgembkz/210"><time datetime="2025-03-04T09:15:00+00:00" class="time">09:15</time></a></span></div></div></div></div></div>
        <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="bgembkz/214">
        <div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">Вчера в Алмати се проведе среща на посланик Петко Димитров с кмета на града. Обсъдено беше откриването на почетно консулство.<br/><br/>Следващата среща е планирана за май.</div>
        <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">980</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/bgembkz/214"><time datetime="2025-03-12T15:40:00+00:00" class="time">15:40</time></a></span></div></div></div></div></div>
        </section></main></body></html>
        """;

    [Fact]
    public async Task Each_post_of_a_desktop_export_is_a_document_of_its_own_day()
    {
        var report = await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("messages.html", Export)], CancellationToken.None);

        report.Results.Count.ShouldBe(3);
        var docs = _files.Store.Db.Connection.Query<Bot.Knowledge.Storage.DocumentRow>("SELECT * FROM documents ORDER BY id");
        docs.Select(d => d.Published).ShouldBe(["2025-10-14", "2025-10-14", "2025-10-16"]);
        docs[0].Title.ShouldStartWith("Сегодня в Пловдиве открылся");
        docs[2].Title.ShouldStartWith("Вчера посол Нурлан Абенов");
    }

    [Fact]
    public async Task The_senders_initials_and_the_times_shown_are_no_text_of_a_post()
    {
        await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("messages.html", Export)], CancellationToken.None);

        var passages = _files.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");
        passages.ShouldNotContain("ПК");
        passages.ShouldNotContain("10:12");
        passages.ShouldNotContain("Exported Data");
        passages.ShouldContain(p => p.StartsWith("Вчера посол Нурлан Абенов встретился с мэром Бургаса", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agreement_a_post_reports_is_dated_by_that_post()
    {
        await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("messages.html", Export)], CancellationToken.None);

        _files.Store.Agreements.All().ShouldHaveSingleItem().Signed.ShouldBe(new Bot.Knowledge.Model.PartialDate(2025, 10, 14));
    }

    [Fact]
    public async Task Each_post_of_a_channels_public_preview_is_a_document_of_its_own_day()
    {
        var report = await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("preview.html", Preview)], CancellationToken.None);

        report.Results.Count.ShouldBe(2);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
        var docs = _files.Store.Db.Connection.Query<Bot.Knowledge.Storage.DocumentRow>("SELECT * FROM documents ORDER BY id");
        docs.Select(d => d.Published).ShouldBe(["2025-03-04", "2025-03-12"]);
        var passages = _files.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");
        passages.ShouldNotContain(p => p.Contains("1.2K", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
