#include "randomgallery.h"

const QStringList RandomGallery::s_words = {
    QStringLiteral("launch"), QStringLiteral("rocket"), QStringLiteral("pad"),     QStringLiteral("crew"),
    QStringLiteral("orbit"),  QStringLiteral("match"),  QStringLiteral("stadium"), QStringLiteral("Jupiter"),
    QStringLiteral("storm"),  QStringLiteral("night"),
};

const QStringList RandomGallery::s_credits = {
    QStringLiteral("Getty Images"),     QStringLiteral("NASA/ESA"),       QStringLiteral("Ian Britton"),
    QStringLiteral("Energia"),          QStringLiteral("NASA/Tim Kopra"), QStringLiteral("NASA/Tim Copra"),
    QStringLiteral("nasa / tim kopra"), QStringLiteral("Roscosmos"),      QString(),
};

namespace {

template<typename T>
const T &pick(std::mt19937 &random, const QList<T> &from)
{
    return from[qsizetype(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(random))];
}

QString randomDate(std::mt19937 &random)
{
    // Many photos of one event share a second; some have no date at all.
    static const QStringList shared = {QStringLiteral("2016-03-31T16:23:57"), QStringLiteral("2020-01-01T12:00:00")};
    const int kind = std::uniform_int_distribution<int>(0, 9)(random);
    if (kind < 2)
        return {};
    if (kind < 4)
        return pick(random, shared);
    const auto in = [&random](int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); };
    return QStringLiteral("20%1-%2-%3T%4:%5:00")
        .arg(in(10, 24))
        .arg(in(1, 12), 2, 10, QLatin1Char('0'))
        .arg(in(1, 28), 2, 10, QLatin1Char('0'))
        .arg(in(0, 23), 2, 10, QLatin1Char('0'))
        .arg(in(0, 59), 2, 10, QLatin1Char('0'));
}

} // namespace

RandomGallery::RandomGallery(std::mt19937 &random, int count)
{
    using In = FixturePhoto::CreditIn;
    const QList<In> places = {In::Iptc, In::Xmp, In::Xmp, In::Caption};
    for (int i = 0; i < count; ++i) {
        QStringList caption;
        for (int words = std::uniform_int_distribution<int>(1, 3)(random); words > 0; --words)
            caption.append(pick(random, s_words));
        const QString credit = pick(random, s_credits);
        // Mixed case and two prefixes, so sorting by name is not the order the files were made in.
        const QString name = QStringLiteral("%1_%2.jpg")
                                 .arg(i % 3 == 0 ? QStringLiteral("dsc") : QStringLiteral("IMG"))
                                 .arg(std::uniform_int_distribution<int>(0, 99999)(random), 5, 10, QLatin1Char('0'));
        if (m_paths.contains(m_folder.filePath(name)))
            continue; // the same number twice: one photo fewer
        m_paths.append(m_folder.add({name, caption.join(QLatin1Char(' ')), credit,
                                     credit.isEmpty() ? In::Nowhere : pick(random, places), randomDate(random)}));
    }
}
