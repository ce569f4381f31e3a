#include "engine/log.h"

#include <atomic>
#include <cstdio>

namespace engine {

namespace {
std::atomic<int> problems{0};
std::atomic<bool> verbose{true};
}  // namespace

void log(LogLevel level, std::string_view tag, std::string_view message) {
  const char* kind = "info";
  if (level == LogLevel::Warning) kind = "warning";
  if (level == LogLevel::Error) kind = "error";
  if (level != LogLevel::Info) ++problems;
  else if (!verbose) return;
  std::fprintf(stderr, "[%.*s] %s: %.*s\n", static_cast<int>(tag.size()), tag.data(), kind,
               static_cast<int>(message.size()), message.data());
}

int loggedProblemCount() { return problems; }
void setLogVerbose(bool v) { verbose = v; }

}  // namespace engine
