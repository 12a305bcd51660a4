#pragma once
// How each kind of record reads in the history, audit and integrity screens: its name ("Nhiệm
// vụ 2, mục I"), the labels of its fields, how a value reads (ids become names), and which
// fields are the program's own bookkeeping and never shown. One describer per audited entity;
// a module adds its own to the table in entity_describer.cpp and every screen that shows the
// audit trail then speaks of its records by name.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace thuky::ui {

/// The current images of records (as the audit trail stores them), read on demand and kept.
/// Describers follow references through it: a task's section, a unit's name.
class RecordImages
{
public:
    /// `read(entityKey, id)`: the record's current image as JSON, nothing if it is gone.
    using Reader =
        std::function<Result<std::optional<QByteArray>>(const QString &entity, domain::Id id)>;

    RecordImages() = default;
    explicit RecordImages(Reader read) : m_read(std::move(read)) {}

    /// The record's image; nothing if it was deleted, is unknown, or cannot be read.
    std::optional<QJsonObject> image(const QString &entity, domain::Id id) const;
    /// Forgets what was read (after a reload: names may have changed).
    void clear() { m_cache.clear(); }

private:
    Reader m_read;
    mutable QHash<std::pair<QString, domain::Id>, std::optional<QJsonObject>> m_cache;
};

enum class FieldKind
{
    Text,
    Flag,          ///< 0/1: "Có"/"Không"
    Date,          ///< ISO date
    Reference,     ///< the id of a record of `references`
    ReferenceList, ///< comma-separated ids of records of `references`
    Internal,      ///< kept by the program (ids, timestamps, sort and search keys): never shown
};

struct FieldDescription
{
    const char *key;
    const char *label; ///< QT_TRANSLATE_NOOP("EntityDescriber", …)
    FieldKind kind = FieldKind::Text;
    const char *references = nullptr; ///< the entity key of a Reference(List)
    /// The label of a coded value ("done" → "Hoàn thành"); nullptr: shown as stored.
    QString (*valueLabel)(const QString &value) = nullptr;
};

class EntityDescriber
{
public:
    using Namer = QString (*)(const QJsonObject &image, const RecordImages &images);

    /// `kindLabel`: "Nhiệm vụ"; `fields` in reading order; `shortName`: how a reference to a
    /// record reads; `title`: the record as a heading (nullptr: kind and short name).
    EntityDescriber(const char *entity, const char *kindLabel, QList<FieldDescription> fields,
                    Namer shortName, Namer title = nullptr);

    QString entity() const { return QString::fromLatin1(m_entity); }
    QString kindLabel() const;
    /// "2, mục I" for a task, "Vụ Thư ký" for a unit; empty if the image says nothing.
    QString shortName(const QJsonObject &image, const RecordImages &images) const;
    /// "Nhiệm vụ 2, mục I: “Xây dựng…”": the record as a heading.
    QString title(const QJsonObject &image, const RecordImages &images) const;

    /// "Nội dung" for "content"; the key itself for a field this version does not know.
    QString fieldLabel(const QString &field) const;
    bool isInternal(const QString &field) const;
    /// The place of the field in reading order; unknown fields after the known ones.
    int rank(const QString &field) const;
    /// The value as a person reads it: dates, labels of codes, names instead of ids.
    QString valueText(const QString &field, const QJsonValue &value,
                      const RecordImages &images) const;

private:
    const FieldDescription *find(const QString &field) const;

    const char *m_entity;
    const char *m_kindLabel;
    QList<FieldDescription> m_fields;
    Namer m_shortName;
    Namer m_title;
};

/// The describer of `entity` ("tasks"); for an entity this version does not know, one that
/// shows its fields by their keys.
const EntityDescriber &describerOf(const QString &entity);
/// The name of the record `id` of `entity` as a reference reads ("Vụ Thư ký"), or "(đã xóa)".
QString referenceName(const QString &entity, domain::Id id, const RecordImages &images);

} // namespace thuky::ui
