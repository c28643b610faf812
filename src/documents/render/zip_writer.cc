#include "documents/render/zip_writer.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace doithoai::documents {
namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

Error ZipError(const char* what, zip_error_t* error) {
  return Error::Internal(std::string("zip: ") + what + ": " + zip_error_strerror(error));
}

// Reads the whole of an (already written) in-memory source.
Result<std::string> ReadAll(zip_source_t* source) {
  if (zip_source_open(source) < 0) return ZipError("open", zip_source_error(source));
  std::string bytes;
  if (zip_source_seek(source, 0, SEEK_END) == 0) {
    const zip_int64_t size = zip_source_tell(source);
    if (size > 0 && zip_source_seek(source, 0, SEEK_SET) == 0) {
      bytes.resize(static_cast<size_t>(size));
      if (zip_source_read(source, bytes.data(), bytes.size()) != size) bytes.clear();
    }
  }
  zip_source_close(source);
  if (bytes.empty()) return Error::Internal("zip: archive could not be read back");
  return bytes;
}

}  // namespace

Result<std::string> ZipEntries(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return ZipError("buffer", &error);
  // zip_close frees the source it was opened from unless we hold a reference of our own.
  zip_source_keep(buffer.get());
  zip_t* zip = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (zip == nullptr) {
    Error e = ZipError("open", &error);
    zip_error_fini(&error);
    return e;
  }
  zip_error_fini(&error);
  for (const ZipEntry& entry : entries) {
    // The data must outlive zip_close: it does, as `entries` is borrowed for the whole call.
    zip_source_t* source = zip_source_buffer(zip, entry.content.data(), entry.content.size(), 0);
    if (source == nullptr || zip_file_add(zip, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source != nullptr) zip_source_free(source);
      Error e = ZipError("add", zip_get_error(zip));
      zip_discard(zip);
      return e;
    }
  }
  if (zip_close(zip) != 0) {
    Error e = ZipError("close", zip_get_error(zip));
    zip_discard(zip);
    return e;
  }
  return ReadAll(buffer.get());
}

}  // namespace doithoai::documents
