// A read-only view of a whole file, mapped into memory rather than copied.
#pragma once

#include <cstddef>
#include <string>

namespace engine {

// Only the pages that are read become resident, and they are the system's
// cached pages, shared with every other program using the same file: a font
// costs a few dozen page faults instead of a copy of the whole file.
// The file must not be shortened while mapped; fonts are replaced by package
// upgrades through a new file, which leaves the mapped one intact.
class MappedFile {
 public:
  // Empty (ok() false) when the file cannot be opened, is empty, or is larger than maxBytes.
  MappedFile(const std::string& path, std::size_t maxBytes);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  bool ok() const { return data_ != nullptr; }
  const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
  std::size_t size() const { return size_; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace engine
