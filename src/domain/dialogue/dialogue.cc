#include "domain/dialogue/dialogue.h"

namespace doithoai {

const char* DialogueFormName(DialogueForm form) {
  switch (form) {
    case DialogueForm::kDirect:
      return "direct";
    case DialogueForm::kOnline:
      return "online";
    case DialogueForm::kHybrid:
      return "hybrid";
  }
  return "direct";
}

std::optional<DialogueForm> ParseDialogueForm(std::string_view name) {
  for (auto f : {DialogueForm::kDirect, DialogueForm::kOnline, DialogueForm::kHybrid}) {
    if (name == DialogueFormName(f)) return f;
  }
  return std::nullopt;
}

}  // namespace doithoai
