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

TEST_CASE("the caption sheet prints each credit line in the house style, a house line over the style",
          "[export][style]")
{
    const HouseStyle house(CreditLineStyle(CreditLineStyle::Kind::PersonOrganisation),
                           CreditBook({{QStringLiteral("Energia"), QStringLiteral("RSC Energia")}}));
    QList<ExportReport::Photo> photos(3);
    photos[0].record.caption = QStringLiteral("Soyuz lifts off. Credit: NASA/Tim Kopra");
    photos[0].record.credit = QStringLiteral("NASA/Tim Kopra");
    photos[1].record.caption = QStringLiteral("The pad at dawn");
    photos[1].record.credit = QStringLiteral("Energia");
    photos[2].record.caption = QStringLiteral("A <b>role</b>");
    photos[2].record.credit = QStringLiteral("REUTERS/Stringer");
    for (int i = 0; i < 3; ++i)
        photos[i].outputs = {{ExportReport::Output::Kind::Original, QStringLiteral("/out/%1.jpg").arg(i), 1, "aa"}};

    const QString html = QString::fromUtf8(
        CaptionSheet::html(photos, QDir(QStringLiteral("/out")), QStringLiteral("Launch"), QString(), house));
    // The caption's own credit line is not printed twice: the house line takes its place.
    CHECK(html.contains(QStringLiteral("Soyuz lifts off. <span class=\"credit\">Credit: Tim Kopra/NASA</span>")));
    CHECK_FALSE(html.contains(QStringLiteral("Credit: NASA/Tim Kopra <span"))); // only the alt text keeps it
    CHECK_FALSE(html.contains(QStringLiteral("Credit: NASA/Tim Kopra</span>")));
    CHECK(html.contains(QStringLiteral("The pad at dawn. <span class=\"credit\">Credit: RSC Energia</span>")));
    CHECK(html.contains(
        QStringLiteral("A &lt;b&gt;role&lt;/b&gt;. <span class=\"credit\">Credit: REUTERS/Stringer</span>")));

    // Without a style the sheet is as it always was.
    const QString plain = QString::fromUtf8(
        CaptionSheet::html(photos, QDir(QStringLiteral("/out")), QStringLiteral("Launch"), QString()));
    CHECK(plain.contains(QStringLiteral("Soyuz lifts off. <span class=\"credit\">Credit: NASA/Tim Kopra</span>")));
    CHECK(plain.contains(QStringLiteral("<span class=\"credit\">Credit: Energia</span>")));
}
