#pragma once
// DeleteEntryCommand: deletes an agency or a person nothing refers to (xóa); undo puts it
// back with the same id.

#include "catalogues/catalogue_command.h"

namespace thuky::ui {

class DeleteEntryCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEntryCommand)

public:
    DeleteEntryCommand(CatalogueContext &context, domain::Actor actor, CatalogueEntry entry);

    void redo() override;
    void undo() override;

private:
    CatalogueEntry m_entry;
};

} // namespace thuky::ui
