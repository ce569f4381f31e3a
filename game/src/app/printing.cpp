#include "game/app/printing.h"

#include <spawn.h>
#include <sys/wait.h>

#include <vector>

extern char** environ;

namespace game {

bool printPdf(const std::string& printer, const std::string& title, const std::string& pdfPath, std::string& error) {
  std::vector<std::string> args = {"lp", "-d", printer, "-t", title, pdfPath};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, "lp", nullptr, nullptr, argv.data(), environ) != 0) {
    error = "the 'lp' command is missing: install cups-client";
    return false;
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = "lp refused the job for printer '" + printer + "' (exit " +
            std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
    return false;
  }
  return true;
}

}  // namespace game
