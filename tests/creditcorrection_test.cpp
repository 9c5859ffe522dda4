#include <catch2/catch.hpp>

#include "credits/attributedcaption.h"
#include "credits/captioncreditparser.h"
#include "metadata/creditcorrection.h"

// An accepted alias is a correction (docs/metadata.md, "Credit names in the facet list").

namespace {

const CreditAlias s_copra{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra"),
                          QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Copra")};

PhotoRecord credited(const QString &credit, CreditSource source = CreditSource::Embedded,
                     MetadataStore store = MetadataStore::Iptc)
{
    PhotoRecord record;
    record.path = QStringLiteral("/p/a.jpg");
    record.caption = QStringLiteral("Liftoff at 16:23.");
    record.credit = credit;
    record.creditSource = source;
    record.setProvenance(MetadataField::Credit, FieldProvenance{store});
    return record;
}

} // namespace

TEST_CASE("an aliased credit is corrected to the accepted spelling, the files' spelling kept", "[credits][alias]")
{
    const CreditCorrection correction(CreditAliases({s_copra}));
    const PhotoRecord corrected = correction.applied(credited(QStringLiteral("NASA / Tim Copra.")));
    CHECK(corrected.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(corrected.creditCorrectedFrom == QStringLiteral("NASA / Tim Copra."));
    CHECK(corrected.isCorrected());
    CHECK(corrected.provenanceOf(MetadataField::Credit)->store == MetadataStore::Iptc); // still where it came from

    // The canonical credit, another credit and no credit stand as written.
    for (const QString &credit : {QStringLiteral("NASA / tim kopra"), QStringLiteral("Energia"), QString()}) {
        const PhotoRecord record = correction.applied(credited(credit));
        CHECK(record.credit == credit);
        CHECK_FALSE(record.isCorrected());
    }
    // Without aliases nothing changes.
    CHECK(CreditCorrection().applied(credited(QStringLiteral("NASA/Tim Copra"))) ==
          credited(QStringLiteral("NASA/Tim Copra")));
}

TEST_CASE("a caption's credit line is corrected too, so the printed caption names the credit once", "[credits][alias]")
{
    const CreditCorrection correction(CreditAliases({s_copra}));
    PhotoRecord inferred = credited(QStringLiteral("NASA/Tim Copra"), CreditSource::Caption, MetadataStore::Caption);
    inferred.caption = QStringLiteral("Amazing to watch Progress 63P launch. Credit: NASA/Tim Copra");
    const PhotoRecord corrected = correction.applied(inferred);
    CHECK(corrected.caption == QStringLiteral("Amazing to watch Progress 63P launch. Credit: NASA/Tim Kopra"));
    CHECK(corrected.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK(corrected.creditSource == CreditSource::Caption); // still inferred
    CHECK(corrected.creditCorrectedFrom == QStringLiteral("NASA/Tim Copra"));
    CHECK(AttributedCaption::compose(corrected.caption, corrected.credit) ==
          QStringLiteral("Amazing to watch Progress 63P launch. Credit: NASA/Tim Kopra"));
    // Uncorrected, the caption's own line and the printed one would both be there.
    CHECK(AttributedCaption::compose(inferred.caption, corrected.credit).contains(QStringLiteral("Copra")));

    // Parentheses and a final full stop around the credit stay as written.
    PhotoRecord wrapped = credited(QStringLiteral("NASA/Tim Kopra"));
    wrapped.caption = QStringLiteral("From the cupola (Photo: NASA/Tim Copra).");
    CHECK(correction.applied(wrapped).caption == QStringLiteral("From the cupola (Photo: NASA/Tim Kopra)."));
    CHECK(correction.applied(wrapped).creditCorrectedFrom == QStringLiteral("NASA/Tim Copra"));
    // A caption that only mentions the name mid-sentence is no credit line: left alone.
    PhotoRecord mention = credited(QStringLiteral("Energia"));
    mention.caption = QStringLiteral("NASA/Tim Copra took this. Liftoff.");
    CHECK(correction.applied(mention) == mention);
}

TEST_CASE("a conflict the alias settles is no conflict, and the other spelling stays in view", "[credits][alias]")
{
    const CreditCorrection correction(CreditAliases({s_copra}));
    // XMP says Kopra, IPTC says Copra: after the correction they agree.
    PhotoRecord record = credited(QStringLiteral("NASA/Tim Kopra"), CreditSource::Embedded, MetadataStore::Xmp);
    record.setProvenance(MetadataField::Credit, FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc,
                                                                QStringLiteral("NASA/Tim Copra")});
    const PhotoRecord settled = correction.applied(record);
    CHECK(settled.credit == QStringLiteral("NASA/Tim Kopra"));
    CHECK_FALSE(settled.provenanceOf(MetadataField::Credit)->conflict);
    CHECK(settled.creditCorrectedFrom == QStringLiteral("NASA/Tim Copra"));

    // A disagreement about something else stays one.
    record.setProvenance(MetadataField::Credit,
                         FieldProvenance{MetadataStore::Xmp, true, MetadataStore::Iptc, QStringLiteral("Energia")});
    CHECK(correction.applied(record) == record);
}

TEST_CASE("a chain is spelled as its last credit was accepted, and older aliases take the folder's spelling",
          "[credits][alias]")
{
    const CreditAliases chain({{QStringLiteral("roskosmos"), QStringLiteral("roscosmos"), QStringLiteral("ROSCOSMOS")},
                               {QStringLiteral("roscosmos"), QStringLiteral("energia"), QStringLiteral("Energia")}});
    CHECK(chain.acceptedSpelling(QStringLiteral("Roskosmos")) == QStringLiteral("Energia"));
    CHECK(chain.acceptedSpelling(QStringLiteral("Roscosmos")) == QStringLiteral("Energia"));
    CHECK(chain.acceptedSpelling(QStringLiteral("energia")).isEmpty()); // the group itself: as written
    CHECK(CreditCorrection(chain).applied(credited(QStringLiteral("Roskosmos"))).credit == QStringLiteral("Energia"));

    // An alias from before catalog schema 4 has no spelling: it groups, and corrects once one is known.
    CreditAliases legacy({{QStringLiteral("nasa/tim copra"), QStringLiteral("nasa/tim kopra")}});
    CHECK(legacy.lacksSpellings());
    CHECK(legacy.acceptedSpelling(QStringLiteral("NASA/Tim Copra")).isEmpty());
    CHECK(legacy.canonicalKey(QStringLiteral("NASA/Tim Copra")) == QStringLiteral("nasa/tim kopra"));
    const QList<CreditAlias> filled = legacy.fillSpellings(
        {QStringLiteral("NASA/Tim Copra"), QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Kopra"),
         QStringLiteral("nasa/tim kopra"), QStringLiteral("Energia")});
    REQUIRE(filled.size() == 1);
    CHECK(filled.first().spelling == QStringLiteral("NASA/Tim Kopra")); // the most common spelling
    CHECK_FALSE(legacy.lacksSpellings());
    CHECK(legacy.acceptedSpelling(QStringLiteral("NASA/Tim Copra")) == QStringLiteral("NASA/Tim Kopra"));
}

TEST_CASE("the caption's credit is respelled in place", "[credits][alias]")
{
    CHECK(CaptionCreditParser::withTrailingCredit(QStringLiteral("Liftoff. Credit: NASA/Tim Copra."),
                                                  QStringLiteral("NASA/Tim Kopra")) ==
          QStringLiteral("Liftoff. Credit: NASA/Tim Kopra."));
    CHECK(CaptionCreditParser::withTrailingCredit(QStringLiteral("Liftoff."), QStringLiteral("NASA/Tim Kopra")) ==
          QStringLiteral("Liftoff."));
    // The credit's words earlier in the caption are not the credit line.
    CHECK(CaptionCreditParser::withTrailingCredit(QStringLiteral("Energia built it. Photo credit: Energia"),
                                                  QStringLiteral("RSC Energia")) ==
          QStringLiteral("Energia built it. Photo credit: RSC Energia"));
}

TEST_CASE("a caption line naming an alias of another credit is respelled without marking the photo's credit",
          "[credits][alias]")
{
    const CreditCorrection correction(CreditAliases({s_copra}));
    PhotoRecord other = credited(QStringLiteral("AP/Evan Vucci"));
    other.caption = QStringLiteral("Liftoff. Credit: NASA/Tim Copra");
    const PhotoRecord corrected = correction.applied(other);
    CHECK(corrected.credit == QStringLiteral("AP/Evan Vucci"));
    CHECK(corrected.caption == QStringLiteral("Liftoff. Credit: NASA/Tim Kopra"));
    CHECK_FALSE(corrected.isCorrected()); // the AP credit was never "corrected from NASA/Tim Copra"
    // The same credit in the field, misspelt only in the caption, is the photo's: the sweep writes the line.
    PhotoRecord same = credited(QStringLiteral("NASA/Tim Kopra"));
    same.caption = QStringLiteral("Liftoff. Credit: NASA/Tim Copra");
    CHECK(correction.applied(same).creditCorrectedFrom == QStringLiteral("NASA/Tim Copra"));
}
