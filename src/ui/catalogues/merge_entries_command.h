#pragma once
// MergeEntriesCommand: merges a duplicate into the entry kept (gộp mục trùng): every record
// that used the duplicate uses the kept one, and the duplicate is deleted. Undo brings the
// duplicate back with its id and points every moved record at it again.

#include "catalogues/catalogue_command.h"

#include "thuky/services/reference_service.h"

namespace thuky::ui {

class MergeEntriesCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeEntriesCommand)

public:
    /// `keep` and `drop`: two entries of the same catalogue.
    MergeEntriesCommand(CatalogueContext &context, domain::Actor actor, CatalogueEntry keep,
                        CatalogueEntry drop);

    void redo() override;
    void undo() override;

    /// How many records the last redo moved.
    int moved() const { return m_moved; }

private:
    CatalogueEntry m_keep;
    CatalogueEntry m_drop;
    services::CatalogueMerge m_merge;
    int m_moved = 0;
};

} // namespace thuky::ui
