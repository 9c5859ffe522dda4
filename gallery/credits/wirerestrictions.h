#pragma once

#include <QString>
#include <QStringList>

/**
 * What a photo's special instructions (IPTC 2:40, photoshop:Instructions) tell a desk it must not miss
 * before publishing (issue 20): an embargo and until when, "no sales", "no archive", the territories it
 * must not be used in ("OUT: FRANCE"), a mandatory credit, and "editorial use only". Agencies write them in
 * capitals and in many forms ("EMBARGOED UNTIL 0001 GMT", "NO SALES. NO ARCHIVES", "MANDATORY CREDIT:
 * NASA/Bill Ingalls"); the words are looked for, in any case, never the whole text. A pure function of the
 * text. docs/metadata.md, "Rating and label" (restrictions).
 */
struct WireRestrictions
{
    bool embargo = false;         // "embargo", "embargoed": not to be published before a time
    bool noSales = false;         // "no sales", "no resales", "no third party sales", "not for sale"
    bool mandatoryCredit = false; // "mandatory credit", "mandatory on-screen credit", "credit mandatory"
    bool noArchive = false;       // "no archive(s)", "not for archiving"
    bool editorialOnly = false;   // "editorial use only", "for editorial use": shown, but no bar to a news desk
    QString embargoUntil;         // "0001 GMT 1 APRIL 2016" when the embargo says until when, else ""
    QString outs;                 // "FRANCE, BELGIUM" from "OUT: FRANCE, BELGIUM", else ""
    QString mandatoryCreditTo;    // "NASA/Bill Ingalls" from "MANDATORY CREDIT: NASA/Bill Ingalls", else ""

    [[nodiscard]] static WireRestrictions of(const QString &instructions);
    /** What the instructions shown and @p otherStore (another store's instructions, when the stores disagree:
     *  FieldProvenance::otherValue) restrict together: a restriction in either counts. The stores disagree when
     *  a tool that did not know one changed the other, and a desk must not miss "OUT: FRANCE" because the XMP
     *  says "EDITORIAL USE ONLY". */
    [[nodiscard]] static WireRestrictions of(const QString &instructions, const QString &otherStore);
    /** Whether the photo needs the desk's attention before it is sent: anything but "editorial use only". */
    [[nodiscard]] bool any() const { return embargo || noSales || mandatoryCredit || noArchive || !outs.isEmpty(); }
    /** "Embargo until 0001 GMT · No sales · No archive · Out: FRANCE · Mandatory credit: NASA · Editorial use only",
     *  translated, those found only; "" for none. */
    [[nodiscard]] QString summary() const;
    /** Whether the photo's @p credit is not whom the mandatory credit names: neither holds the other, in any
     *  case and spacing ("Photo by J. Smith/AP" holds "J. Smith/AP"), or the photo has no credit. False when
     *  the instructions name no one. */
    [[nodiscard]] bool contradicts(const QString &credit) const;
    /** summary(), saying after the mandatory credit what the photo is credited when that contradicts it:
     *  "Mandatory credit: NASA/Bill Ingalls (credited Energia)". */
    [[nodiscard]] QString summaryAgainst(const QString &credit) const;

    friend bool operator==(const WireRestrictions &, const WireRestrictions &) = default;
};
