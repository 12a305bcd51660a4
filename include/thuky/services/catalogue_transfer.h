#pragma once
// The catalogues (danh mục) as spreadsheets: units and people exported to a table and
// imported from one, checked as a whole before anything is written.

#include "thuky/documents/table.h"
#include "thuky/domain/reference.h"
#include "thuky/services/programme_service.h" // ImportProblem

namespace thuky::services {

enum class Catalogue
{
    Units,
    People
};

/// The columns of the files, Vietnamese headers in this order.
QStringList catalogueColumns(Catalogue catalogue);

/// What an import would do. Nothing is written until applyCatalogueImport().
struct CatalogueImportPlan
{
    Catalogue catalogue = Catalogue::Units;
    /// Units: new ones (id 0) and changed existing ones (their id), in file order.
    QList<domain::Agency> units;
    /// The parent of each unit of `units` by name, as the file gives it (resolved on apply).
    QStringList unitParents;
    /// People: new ones only (a person already in the catalogue with the same name and
    /// unit is left as it is).
    QList<domain::Person> people;
    int unchanged = 0; ///< rows that match the catalogue as it is
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    int added() const;
    int updated() const;
};

} // namespace thuky::services
