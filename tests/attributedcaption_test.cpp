#include <catch2/catch.hpp>

#include "credits/attributedcaption.h"

TEST_CASE("a caption is printed with its credit line, as a publication would", "[credits]")
{
    CHECK(AttributedCaption::creditLine(QStringLiteral(" NASA/ESA/Tim Peake ")) ==
          QStringLiteral("Credit: NASA/ESA/Tim Peake"));
    CHECK(AttributedCaption::creditLine(QString()).isEmpty());

    CHECK(AttributedCaption::compose(QStringLiteral("Liftoff at 16:23."), QStringLiteral("Energia")) ==
          QStringLiteral("Liftoff at 16:23. Credit: Energia"));
    // A caption without a final stop gets one; quotes and question marks already end a sentence.
    CHECK(AttributedCaption::compose(QStringLiteral("Liftoff"), QStringLiteral("Energia")) ==
          QStringLiteral("Liftoff. Credit: Energia"));
    CHECK(AttributedCaption::compose(QString::fromUtf8("\xE2\x80\x9CWow!\xE2\x80\x9D"), QStringLiteral("NASA")) ==
          QString::fromUtf8("\xE2\x80\x9CWow!\xE2\x80\x9D Credit: NASA"));
    CHECK(AttributedCaption::compose(QStringLiteral("Liftoff."), QString()) == QStringLiteral("Liftoff."));
    CHECK(AttributedCaption::compose(QString(), QStringLiteral("Energia")) == QStringLiteral("Credit: Energia"));
    CHECK(AttributedCaption::compose(QString(), QString()).isEmpty());
}

TEST_CASE("a credit the caption already ends with is not printed twice", "[credits]")
{
    // Inferred from the caption: the caption's own line is replaced by the printed one.
    CHECK(AttributedCaption::compose(QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"),
                                     QStringLiteral("NASA/Tim Copra")) ==
          QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"));
    CHECK(AttributedCaption::compose(QStringLiteral("The rocket lifts off. Photo credit: Energia"),
                                     QStringLiteral("Energia")) ==
          QStringLiteral("The rocket lifts off. Credit: Energia"));
    // Same credit spelt differently (grouping key): still one credit line.
    CHECK(AttributedCaption::compose(QStringLiteral("Rollout (Photo: nasa / Bill Ingalls)"),
                                     QStringLiteral("NASA/Bill Ingalls")) ==
          QStringLiteral("Rollout. Credit: NASA/Bill Ingalls"));
    // A different credit in the caption is the author's text: it stays.
    CHECK(AttributedCaption::compose(QStringLiteral("Rollout. Photo: NASA"), QStringLiteral("ESA/Tim Peake")) ==
          QStringLiteral("Rollout. Photo: NASA. Credit: ESA/Tim Peake"));
}

TEST_CASE("the body is what compose prints before the credit line", "[credits]")
{
    // The lightbox prints the credit line on a line of its own, so the body must not repeat it.
    CHECK(AttributedCaption::body(QStringLiteral("Amazing to watch. Credit: NASA/Tim Copra"),
                                  QStringLiteral("NASA/Tim Copra")) == QStringLiteral("Amazing to watch."));
    CHECK(AttributedCaption::body(QStringLiteral("Liftoff"), QStringLiteral("Energia")) == QStringLiteral("Liftoff."));
    CHECK(AttributedCaption::body(QStringLiteral(" Liftoff "), QString()) == QStringLiteral("Liftoff"));
    CHECK(AttributedCaption::body(QStringLiteral("Credit: Energia"), QStringLiteral("Energia")).isEmpty());
    // A different credit at the end is the author's words: kept, and ended as a sentence.
    CHECK(AttributedCaption::body(QStringLiteral("Docking. Credit: Roscosmos"), QStringLiteral("NASA")) ==
          QStringLiteral("Docking. Credit: Roscosmos."));
    for (const auto &[caption, credit] : {std::pair{QStringLiteral("Liftoff"), QStringLiteral("Energia")},
                                          std::pair{QStringLiteral("Wow. Credit: NASA"), QStringLiteral("NASA")},
                                          std::pair{QString(), QStringLiteral("NASA")}}) {
        const QString body = AttributedCaption::body(caption, credit);
        const QString line = AttributedCaption::creditLine(credit);
        CHECK(AttributedCaption::compose(caption, credit) == (body.isEmpty() ? line : body + u' ' + line));
    }
}
