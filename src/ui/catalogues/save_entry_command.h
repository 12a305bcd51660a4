#pragma once
// SaveEntryCommand: adds, edits, deactivates or reactivates an agency or a person (thêm, sửa,
// ngừng sử dụng, dùng lại); undo puts the entry back as it was, or deletes the one added.

#include "catalogues/catalogue_command.h"

#include <optional>

namespace thuky::ui {

class SaveEntryCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveEntryCommand)

public:
    /// `before`: the entry as stored (nothing: `after` is new). `alreadySaved`: the dialog
    /// saved it already (to show its errors at their fields), so the first redo only shows it.
    SaveEntryCommand(CatalogueContext &context, domain::Actor actor,
                     std::optional<CatalogueEntry> before, CatalogueEntry after,
                     bool alreadySaved = false);

    void redo() override;
    void undo() override;

private:
    std::optional<CatalogueEntry> m_before;
    CatalogueEntry m_after;
    bool m_skipRedo;
};

} // namespace thuky::ui
