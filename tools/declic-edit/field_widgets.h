// The form of one item, generated from the pack's schema table: each field
// gets the widget its type calls for (French and English side by side for
// texts, pickers with search for references, « Aujourd'hui » for dates, a
// hint for phone numbers), and each change goes straight to the document.
#pragma once
#include <string>

#include "editor_model.h"

namespace declic_edit {

void drawItemForm(EditorModel& model, const game::content::ItemRef& item);

}  // namespace declic_edit
