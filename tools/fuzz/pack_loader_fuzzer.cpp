// libFuzzer target for the pack loader: any bytes, as pack.yaml or as a
// content file, must give messages, never a crash, a hang or a leak.
// Build and run (clang, not part of the default test run):
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DDECLIC_FUZZ=ON
//   cmake --build build-fuzz --target pack_loader_fuzzer
//   build-fuzz/tools/pack_loader_fuzzer -max_total_time=300 -max_len=65536 tests/fixtures/fuzz-corpus
#include <cstddef>
#include <cstdint>
#include <string>

#include "game/content/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the file kind, the rest is the file.
  const bool isPackInfo = (data[0] & 1) != 0;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  game::content::Pack pack;
  pack.info.languages = {"fr", "en"};
  game::content::Report report;
  game::content::parsePackFile(text, "fuzz.yaml", isPackInfo, pack, report);
  return 0;
}
