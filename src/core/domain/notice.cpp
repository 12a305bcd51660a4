#include "thuky/domain/notice.h"

#include "enum_names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace thuky::domain {

namespace {

using detail::fromText;
using detail::keyOf;
using detail::labelOf;
using detail::Names;

constexpr Names<NoticeKind> kKinds[] = {
    {NoticeKind::Ubtvqh, "ubtvqh", "Kết luận của UBTVQH", "Standing Committee conclusion"},
    {NoticeKind::Leaders, "leaders", "Kết luận cuộc họp lãnh đạo",
     "Conclusion of a leaders' meeting"},
    {NoticeKind::Other, "other", "Khác", "Other"},
};

constexpr Names<NoticeStatus> kStatuses[] = {
    {NoticeStatus::Draft, "draft", "Dự thảo", "Draft"},
    {NoticeStatus::Submitted, "submitted", "Trình duyệt", "Submitted"},
    {NoticeStatus::Returned, "returned", "Trả lại", "Returned"},
    {NoticeStatus::Approved, "approved", "Đã duyệt", "Approved"},
    {NoticeStatus::Issued, "issued", "Ban hành", "Issued"},
};

constexpr Names<Urgency> kUrgencies[] = {
    {Urgency::Normal, "normal", "", ""},
    {Urgency::Urgent, "urgent", "KHẨN", "URGENT"},
    {Urgency::VeryUrgent, "very_urgent", "THƯỢNG KHẨN", "VERY URGENT"},
    {Urgency::Flash, "flash", "HỎA TỐC", "FLASH"},
};

constexpr Names<SignatureAuthority> kAuthorities[] = {
    {SignatureAuthority::Direct, "", "", ""},
    {SignatureAuthority::OnBehalf, "tm", "TM.", "TM."},
    {SignatureAuthority::Deputy, "kt", "KT.", "KT."},
    {SignatureAuthority::ByOrder, "tl", "TL.", "TL."},
    {SignatureAuthority::Authorised, "tuq", "TUQ.", "TUQ."},
    {SignatureAuthority::Acting, "q", "Q.", "Q."},
};

Error invalid(const char *field, const QString &vi, const QString &en)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

Error badBody(const QString &why)
{
    return invalid("body", QStringLiteral("Nội dung thông báo không đúng cấu trúc: %1.").arg(why),
                   QStringLiteral("The notice's body is not well formed: %1.").arg(why));
}

/// "**bold** and *italic*" → runs. An unclosed mark is kept as text.
QList<TextRun> parseRuns(const QString &line)
{
    QList<TextRun> runs;
    static const QRegularExpression marks(
        QStringLiteral(R"(\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(.+?)\*)"));
    qsizetype pos = 0;
    auto plain = [&](qsizetype to) {
        if (to > pos)
            runs.append({line.mid(pos, to - pos), false, false});
    };
    for (auto it = marks.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        plain(m.capturedStart());
        if (m.capturedLength(1))
            runs.append({m.captured(1), true, true});
        else if (m.capturedLength(2))
            runs.append({m.captured(2), true, false});
        else
            runs.append({m.captured(3), false, true});
        pos = m.capturedEnd();
    }
    plain(line.size());
    return runs;
}

QString markedRun(const TextRun &r)
{
    if (r.bold && r.italic)
        return QStringLiteral("***") + r.text + QStringLiteral("***");
    if (r.bold)
        return QStringLiteral("**") + r.text + QStringLiteral("**");
    if (r.italic)
        return QLatin1Char('*') + r.text + QLatin1Char('*');
    return r.text;
}

} // namespace

QString noticeKindKey(NoticeKind v)
{
    return keyOf(kKinds, v);
}
QString noticeKindLabel(NoticeKind v, Lang lang)
{
    return labelOf(kKinds, v, lang);
}
QString noticeStatusKey(NoticeStatus v)
{
    return keyOf(kStatuses, v);
}
QString noticeStatusLabel(NoticeStatus v, Lang lang)
{
    return labelOf(kStatuses, v, lang);
}
QString urgencyKey(Urgency v)
{
    return keyOf(kUrgencies, v);
}
QString urgencyLabel(Urgency v, Lang lang)
{
    return labelOf(kUrgencies, v, lang);
}
QString signatureAuthorityKey(SignatureAuthority v)
{
    return keyOf(kAuthorities, v);
}
QString signatureAuthorityPrefix(SignatureAuthority v)
{
    return labelOf(kAuthorities, v, Lang::Vi);
}
std::optional<NoticeKind> noticeKindFromText(const QString &text)
{
    return fromText(kKinds, text);
}
std::optional<NoticeStatus> noticeStatusFromText(const QString &text)
{
    return fromText(kStatuses, text);
}
std::optional<Urgency> urgencyFromText(const QString &text)
{
    return fromText(kUrgencies, text);
}
std::optional<SignatureAuthority> signatureAuthorityFromKey(const QString &key)
{
    for (const auto &n : kAuthorities) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0 ||
            key.compare(QLatin1String(n.vi), Qt::CaseInsensitive) == 0)
            return n.value;
    }
    return std::nullopt;
}

QString NoticeBlock::text() const
{
    QString out;
    for (const TextRun &r : runs)
        out += r.text;
    return out;
}

QByteArray NoticeBody::toJson() const
{
    QJsonArray array;
    for (const NoticeBlock &b : blocks) {
        QJsonArray runs;
        for (const TextRun &r : b.runs) {
            QJsonObject run{{QStringLiteral("text"), r.text}};
            if (r.bold)
                run.insert(QStringLiteral("b"), true);
            if (r.italic)
                run.insert(QStringLiteral("i"), true);
            runs.append(run);
        }
        QJsonObject block{{QStringLiteral("type"), b.type == NoticeBlock::Type::Conclusion
                                                       ? QStringLiteral("conclusion")
                                                       : QStringLiteral("paragraph")},
                          {QStringLiteral("runs"), runs}};
        if (b.type == NoticeBlock::Type::Conclusion)
            block.insert(QStringLiteral("level"), b.level);
        array.append(block);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("blocks"), array}})
        .toJson(QJsonDocument::Compact);
}

Result<NoticeBody> NoticeBody::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badBody(QStringLiteral("JSON"));
    NoticeBody body;
    for (const QJsonValue &v : doc.object().value(QLatin1String("blocks")).toArray()) {
        const QJsonObject o = v.toObject();
        NoticeBlock block;
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("conclusion")) {
            block.type = NoticeBlock::Type::Conclusion;
            block.level = o.value(QLatin1String("level")).toInt(1);
            if (block.level < 1 || block.level > 3)
                return badBody(QStringLiteral("level"));
        } else if (type != QLatin1String("paragraph")) {
            return badBody(QStringLiteral("type"));
        }
        for (const QJsonValue &rv : o.value(QLatin1String("runs")).toArray()) {
            const QJsonObject r = rv.toObject();
            block.runs.append({r.value(QLatin1String("text")).toString(),
                               r.value(QLatin1String("b")).toBool(),
                               r.value(QLatin1String("i")).toBool()});
        }
        body.blocks.append(block);
    }
    return body;
}

QStringList NoticeBody::conclusionLabels() const
{
    QStringList labels;
    std::array<int, 3> counters{0, 0, 0};
    for (const NoticeBlock &b : blocks) {
        if (b.type != NoticeBlock::Type::Conclusion) {
            labels << QString();
            continue;
        }
        const auto level = static_cast<size_t>(std::clamp(b.level, 1, 3));
        ++counters[level - 1];
        for (size_t i = level; i < counters.size(); ++i)
            counters[i] = 0;
        QStringList parts;
        for (size_t i = 0; i < level; ++i)
            parts << QString::number(std::max(1, counters[i]));
        labels << parts.join(QLatin1Char('.'));
    }
    return labels;
}

QString NoticeBody::plainText() const
{
    const QStringList labels = conclusionLabels();
    QStringList lines;
    for (qsizetype i = 0; i < blocks.size(); ++i)
        lines << (labels.at(i).isEmpty()
                      ? blocks.at(i).text()
                      : labels.at(i) + QStringLiteral(". ") + blocks.at(i).text());
    return lines.join(QLatin1Char('\n'));
}

NoticeBody NoticeBody::fromMarkedText(const QString &text)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(^(\d+)((?:\.\d+){0,2})\.?\s+(.*)$)"));
    NoticeBody body;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        NoticeBlock block;
        if (const auto m = numbered.match(line); m.hasMatch()) {
            block.type = NoticeBlock::Type::Conclusion;
            block.level = 1 + static_cast<int>(m.captured(2).count(QLatin1Char('.')));
            line = m.captured(3);
        } else if (line.startsWith(QLatin1String("- "))) {
            block.type = NoticeBlock::Type::Conclusion;
            line = line.mid(2).trimmed();
        }
        block.runs = parseRuns(line);
        body.blocks.append(block);
    }
    return body;
}

QString NoticeBody::toMarkedText() const
{
    const QStringList labels = conclusionLabels();
    QStringList lines;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QString line;
        for (const TextRun &r : blocks.at(i).runs)
            line += markedRun(r);
        lines << (labels.at(i).isEmpty() ? line : labels.at(i) + QStringLiteral(". ") + line);
    }
    return lines.join(QStringLiteral("\n\n"));
}

QString IssuerProfile::authorityLine() const
{
    const QString prefix = signatureAuthorityPrefix(authority);
    return prefix.isEmpty() ? QString() : prefix + QLatin1Char(' ') + authorityBody;
}

QString noticeNumberText(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

QString Notice::numberText() const
{
    return number > 0 ? noticeNumberText(number) + QLatin1Char('/') + symbol : QString();
}

QString RegisterEntry::numberText() const
{
    return noticeNumberText(number) + QLatin1Char('/') + symbol;
}

QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([a-z_]+)\})"));
    QString out;
    qsizetype pos = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        const auto value = values.constFind(m.captured(1));
        out += value != values.constEnd() ? *value : m.captured(0);
        pos = m.capturedEnd();
    }
    out += text.mid(pos);
    static const QRegularExpression doubled(QStringLiteral(" {2,}"));
    static const QRegularExpression beforeStop(QStringLiteral(" +([,.;:])"));
    return out.replace(doubled, QStringLiteral(" "))
        .replace(beforeStop, QStringLiteral("\\1"))
        .trimmed();
}

Result<void> validateNotice(const Notice &n)
{
    if (n.subject.trimmed().isEmpty())
        return invalid("subject", QStringLiteral("Thông báo cần có trích yếu."),
                       QStringLiteral("A notice needs a subject."));
    if (n.subject.size() > 1000)
        return invalid("subject", QStringLiteral("Trích yếu dài quá 1.000 ký tự."),
                       QStringLiteral("The subject is longer than 1,000 characters."));
    if (!n.issuerId)
        return invalid("issuer", QStringLiteral("Thông báo cần có cơ quan ban hành."),
                       QStringLiteral("A notice needs an issuer."));
    if (n.copies < 0 || n.copies > 9999)
        return invalid("copies", QStringLiteral("Số bản phải từ 0 đến 9.999."),
                       QStringLiteral("Copies must be from 0 to 9,999."));
    if (n.drafterInitials.size() > 20)
        return invalid("drafterInitials",
                       QStringLiteral("Ký hiệu người soạn thảo dài quá 20 ký tự."),
                       QStringLiteral("The drafter's initials are longer than 20 characters."));
    for (const NoticeBlock &b : n.body.blocks) {
        if (b.type == NoticeBlock::Type::Conclusion && (b.level < 1 || b.level > 3))
            return badBody(QStringLiteral("level"));
    }
    return {};
}

Result<void> validateIssuer(const IssuerProfile &i)
{
    if (i.code.trimmed().isEmpty() || i.code.size() > 30)
        return invalid("code", QStringLiteral("Cơ quan ban hành cần có mã (tối đa 30 ký tự)."),
                       QStringLiteral("An issuer needs a code (at most 30 characters)."));
    if (i.issuingBody.trimmed().isEmpty())
        return invalid("issuingBody", QStringLiteral("Cần có tên cơ quan ban hành."),
                       QStringLiteral("The issuing body's name is needed."));
    static const QRegularExpression symbol(QStringLiteral(R"(^[^\s/]{1,40}$)"));
    if (!symbol.match(i.symbol).hasMatch())
        return invalid("symbol",
                       QStringLiteral("Ký hiệu phải có từ 1 đến 40 ký tự, không có dấu cách hay "
                                      "dấu /: \"%1\".")
                           .arg(i.symbol),
                       QStringLiteral("The symbol must be 1 to 40 characters without spaces or "
                                      "'/': \"%1\".")
                           .arg(i.symbol));
    return {};
}

} // namespace thuky::domain
