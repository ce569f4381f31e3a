// Tagged log lines on stderr ("[text] warning: ..."). Tests and headless runs
// count warnings so that a smoke run with any warning can fail.
#pragma once
#include <string_view>

namespace engine {

enum class LogLevel { Info, Warning, Error };

void log(LogLevel level, std::string_view tag, std::string_view message);
inline void logInfo(std::string_view tag, std::string_view m) { log(LogLevel::Info, tag, m); }
inline void logWarning(std::string_view tag, std::string_view m) { log(LogLevel::Warning, tag, m); }
inline void logError(std::string_view tag, std::string_view m) { log(LogLevel::Error, tag, m); }

// Number of warnings and errors logged since start (for smoke runs and tests).
int loggedProblemCount();
// Quiet info lines (benchmarks, tests); warnings and errors are always printed.
void setLogVerbose(bool verbose);

}  // namespace engine
