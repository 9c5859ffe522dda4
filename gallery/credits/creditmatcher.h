#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

/**
 * Which credits a credit filter lets through: the one rule behind the window's facet list and
 * `byline-cli export --credit`. A photo passes when its credit group is one of the chosen groups, or
 * when it falls under one of the chosen agencies ("NASA" takes "NASA/Tim Kopra" and a plain "NASA"), or
 * when it has no credit and those were chosen. Keys are grouping keys (CreditName::groupingKey), after
 * aliases: an aliased photo sits under its group's agencies, not under its own spelling's.
 */
class CreditMatcher
{
public:
    void addGroup(const QString &key) { m_groups.insert(key); }
    void addAgency(const QString &key) { m_agencies.insert(key); }
    void addWithoutCredit() { m_withoutCredit = true; }

    /** Nothing chosen: every photo passes. */
    [[nodiscard]] bool isEmpty() const { return m_groups.isEmpty() && m_agencies.isEmpty() && !m_withoutCredit; }
    /** Whether the group @p key (empty for no credit), whose agencies are @p agencyKeys, passes. */
    [[nodiscard]] bool matches(const QString &key, const QStringList &agencyKeys) const;

private:
    QSet<QString> m_groups;
    QSet<QString> m_agencies;
    bool m_withoutCredit = false;
};
