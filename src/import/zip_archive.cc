#include "import/zip_archive.h"

#include "import/limits.h"

namespace doithoai::import {
namespace {

struct CloseFile {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

Error Corrupt(std::string_view name) {
  return Error::Invalid("file", std::string(kCorruptXlsx) + " (" + QuotedFromFile(name) + ")");
}

}  // namespace

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, const ReadLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (zip == nullptr) {
    if (source) zip_source_free(source);  // on success the archive owns the source
    return Error::Invalid("file", kNotXlsx);
  }
  return ZipArchive(zip, limits);
}

Result<std::optional<std::string>> ZipArchive::Read(std::string_view name) {
  const std::string entry(name);
  zip_int64_t index = zip_name_locate(zip_.get(), entry.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>();
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    return Corrupt(name);
  }
  if (stat.size > budget_) return UnpackedTooLarge(limits_);

  std::unique_ptr<zip_file_t, CloseFile> file(zip_fopen_index(zip_.get(), index, 0));
  if (!file) return Corrupt(name);
  std::string content(stat.size, '\0');
  size_t filled = 0;
  while (filled < content.size()) {
    zip_int64_t n = zip_fread(file.get(), content.data() + filled, content.size() - filled);
    if (n <= 0) return Corrupt(name);
    filled += static_cast<size_t>(n);
  }
  // Reading past the declared size must give end of data; it also makes libzip check the CRC.
  char extra;
  if (zip_fread(file.get(), &extra, 1) != 0) return Corrupt(name);
  budget_ -= content.size();
  return std::optional<std::string>(std::move(content));
}

}  // namespace doithoai::import
