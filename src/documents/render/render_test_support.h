// Helpers for the renderer tests only (header-only; included by *_test.cc): a scratch
// directory, running the real readers (poppler's pdftotext/pdffonts/pdfinfo, LibreOffice)
// through the shell, and reading a zip entry back.
#pragma once

#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace doithoai::documents::test_support {

// A fresh directory under the system temp dir, removed at the end of the test unless
// DOITHOAI_KEEP_TEST_FILES is set (then its path is printed, to look at the files).
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("doithoai_render_" + name + "_" + std::to_string(getpid()) + "_" +
             std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    if (std::getenv("DOITHOAI_KEEP_TEST_FILES") != nullptr) {
      std::fprintf(stderr, "kept %s\n", path_.c_str());
      return;
    }
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct CommandOutput {
  int exit_code = -1;
  std::string out;  // standard output only
};

// Runs `command` with /bin/sh; stderr is discarded.
inline CommandOutput RunCommand(const std::string& command) {
  CommandOutput result;
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) result.out.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline bool HasTool(const std::string& name) {
  return RunCommand("command -v " + name).exit_code == 0;
}

// Runs of whitespace (spaces, newlines, the form feeds between pages) become one space, so
// a sentence wrapped over lines or justified with wide spaces compares as written.
inline std::string CollapseSpaces(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The entry `name` of the zip archive `bytes`, or nullopt.
inline std::optional<std::string> ZipEntry(const std::string& bytes, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = src == nullptr ? nullptr : zip_open_from_source(src, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (zip == nullptr) {
    if (src != nullptr) zip_source_free(src);
    return std::nullopt;
  }
  std::optional<std::string> out;
  zip_stat_t st;
  if (zip_stat(zip, name.c_str(), 0, &st) == 0) {
    zip_file_t* f = zip_fopen(zip, name.c_str(), 0);
    if (f != nullptr) {
      std::string data(st.size, '\0');
      if (zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size)) out = data;
      zip_fclose(f);
    }
  }
  zip_discard(zip);
  return out;
}

}  // namespace doithoai::documents::test_support
