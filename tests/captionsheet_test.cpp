#include <catch2/catch.hpp>

#include "export/captionsheet.h"

TEST_CASE("the caption sheet escapes every text and links files it does not embed", "[export]")
{
    ExportReport::Photo photo;
    photo.record.caption = QStringLiteral("<script>alert(1)</script> & \"quotes\"\nsecond line");
    photo.record.credit = QStringLiteral("A&B <Agency>");
    photo.outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/100% #1 & co.jpg"), 1, "aa"}};
    ExportReport::Photo failed; // nothing exported: not on the sheet
    failed.record.caption = QStringLiteral("never shown");

    const QString html = QString::fromUtf8(CaptionSheet::html(
        {photo, failed}, QDir(QStringLiteral("/out")), QStringLiteral("T&T"), QStringLiteral("One.\n\nTwo <b>")));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QStringLiteral("<title>T&amp;T</title>")));
    CHECK(html.contains(QStringLiteral("<p class=\"intro\">One.</p>")));
    CHECK(html.contains(QStringLiteral("<p class=\"intro\">Two &lt;b&gt;</p>")));
    CHECK(
        html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;<br>second line")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("<span class=\"credit\">Credit: A&amp;B &lt;Agency&gt;</span>")));
    // Not embedded: the picture links to the exported file, every special character percent-encoded.
    CHECK(html.contains(QStringLiteral("src=\"100%25%20%231%20%26%20co.jpg\"")));
    CHECK_FALSE(html.contains(QStringLiteral("never shown")));
    CHECK(html.contains(QStringLiteral("@media print")));
    CHECK(html.contains(QStringLiteral("break-inside: avoid")));
}
