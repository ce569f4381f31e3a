#include <doctest/doctest.h>

#include "engine/script.h"

using namespace engine;

TEST_CASE("a script parses into commands with their line numbers") {
  std::vector<std::string> errors;
  auto script = parseScript("# comment\nwait 0.5\n\ntap 100 200\nkey shift+Tab\ntype Marie-Ève\ncapture a.png\n",
                            "s.txt", errors);
  REQUIRE(script);
  CHECK(errors.empty());
  REQUIRE(script->commands.size() == 5);
  CHECK(script->commands[1].line == 4);
  CHECK(script->commands[1].numbers == std::vector<float>{100, 200});
  CHECK(script->commands[2].shift);
  CHECK(script->commands[2].text == "Tab");
  CHECK(script->commands[3].text == "Marie-Ève");
}

TEST_CASE("every bad line is reported with file and line, with a suggestion") {
  std::vector<std::string> errors;
  auto script = parseScript("wiat 1\ntap 10\nkey Entrer\ncapture ../x.png\ntap a b\nbutton z\n", "bad.txt", errors);
  CHECK_FALSE(script);
  REQUIRE(errors.size() == 6);
  CHECK(errors[0] == "bad.txt:1: unknown command 'wiat' (did you mean 'wait'?)");
  CHECK(errors[1] == "bad.txt:2: 'tap' takes 2 numbers, found 1");
  CHECK(errors[2].starts_with("bad.txt:3: unknown key 'Entrer'"));
  CHECK(errors[3].starts_with("bad.txt:4: capture takes a file name"));
  CHECK(errors[4] == "bad.txt:5: 'a' is not a number in 'tap'");
  CHECK(errors[5].starts_with("bad.txt:6: unknown controller button 'z'"));
}

TEST_CASE("hostile scripts are refused cleanly") {
  std::vector<std::string> errors;
  CHECK_FALSE(parseScript("wait 99999999\n", "h.txt", errors));
  CHECK_FALSE(parseScript("tap \xff\xfe 1\n", "h.txt", errors));
  CHECK_FALSE(loadScript("/nonexistent/script.txt", errors));
  CHECK_FALSE(loadScript(DECLIC_TEST_DATA, errors));  // a folder, not a file
  CHECK(errors.back().find("a folder") != std::string::npos);
}

TEST_CASE("a byte-order mark and CRLF line ends are fine") {
  std::vector<std::string> errors;
  auto script = parseScript("\xEF\xBB\xBFwait 1\r\ncapture a.png\r\n", "w.txt", errors);
  REQUIRE(script);
  CHECK(script->commands.size() == 2);
  CHECK(script->commands[1].text == "a.png");
}
