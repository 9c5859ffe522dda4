#pragma once

#include <QString>

#include <optional>

/**
 * A credit that names exactly one person and one organisation, each as written: "NASA/Tim Kopra", "Tim
 * Kopra/NASA", "Photo: Tim Kopra, NASA", "Tim Kopra (NASA)", "Photo by Tim Kopra/NASA". What a credit line
 * style may rearrange (docs/metadata.md, "Credit book and credit line style"): the parts are the
 * credit's own words, never a canonical spelling, so a rearranged line holds every name the credit holds
 * and nothing else. Anything else (an agency alone, two organisations, a role such as "Handout" or
 * "Pool", a client, a copyright sign, words CreditLine would drop) is not a two-part credit. Pure.
 */
class TwoPartCredit
{
public:
    /** @p credit's person and organisation, or nothing when it is not exactly those two, as written. */
    [[nodiscard]] static std::optional<TwoPartCredit> read(const QString &credit);

    [[nodiscard]] const QString &person() const { return m_person; }
    [[nodiscard]] const QString &organisation() const { return m_organisation; }

private:
    TwoPartCredit(QString person, QString organisation)
        : m_person(std::move(person)), m_organisation(std::move(organisation))
    {}

    QString m_person;
    QString m_organisation;
};
