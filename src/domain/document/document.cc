#include "domain/document/document.h"

namespace doithoai {

const char* DocumentOriginName(DocumentOrigin o) {
  return o == DocumentOrigin::kImported ? "imported" : "generated";
}

}  // namespace doithoai
