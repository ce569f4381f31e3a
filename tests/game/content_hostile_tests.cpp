// Hostile and broken input: every case is a clear message, never a crash or a hang.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "temp_pack.h"

using namespace game::content;

TEST_CASE("malformed YAML names the file, line and column") {
  TempPack p("malformed");
  auto r = p.starter().write("broken.yaml", "resources:\n  - id: a\n    name: [unclosed\n").load();
  CHECK(reports(r, "broken.yaml:"));
  CHECK(reports(r, "this is not valid YAML"));
}

TEST_CASE("a tab in the indentation is named at its place") {
  TempPack p("tabs");
  auto r = p.starter().write("tabs.yaml", "resources:\n\t- id: a\n").load();
  CHECK(reports(r, "tabs.yaml:2:1: error: a tab is used for indentation"));
}

TEST_CASE("wrong types anywhere: the root, an item, a nested map") {
  TempPack p("wrong-types");
  auto r = p.starter()
               .write("a.yaml", "- just\n- a list\n")
               .write("b.yaml", "resources:\n  - plain text\n  - 42\n")
               .write("c.yaml", "events:\n  - id: e\n    title: t\n    text: t\n    effect: 3\n")
               .write("d.yaml", "scenarios: {id: s}\n")
               .load();
  CHECK(reports(r, "a.yaml:1:1: error: the file must be a map of keys"));
  CHECK(reports(r, "expected a resource (a map of keys), found 'plain text'"));
  CHECK(reports(r, "expected a effect (a map of keys), found '3'"));
  CHECK(reports(r, "'scenarios' should be a list of items"));
}

TEST_CASE("invalid UTF-8 and binary files are refused with their position") {
  TempPack p("bytes");
  auto r = p.starter().write("latin1.yaml", "resources:\n  - id: caf\xe9\n").write("bin.yaml", std::string("ab\0cd", 5)).load();
  CHECK(reports(r, "latin1.yaml:2:12: error: this character is not valid UTF-8"));
  CHECK(reports(r, "bin.yaml:1:3: error: the file holds binary data"));
}

TEST_CASE("a byte-order mark and CRLF line ends load as usual") {
  TempPack p("bom-crlf");
  p.starter();
  std::string content = starterPackContent(kTestToday.iso()), crlf;
  for (char c : content) {
    if (c == '\n') crlf += "\r\n";
    else crlf.push_back(c);
  }
  p.write("contenu.yaml", "\xEF\xBB\xBF" + crlf);
  auto r = p.load();
  INFO(allMessages(r));
  CHECK_FALSE(r.report.hasErrors());
  CHECK(r.pack.resources.size() == 1);
  CHECK(r.pack.resources[0].what.get("fr").find('\r') == std::string::npos);
}

TEST_CASE("nesting 100 000 levels deep stops at the limit, without a crash") {
  TempPack p("deep");
  auto r = p.starter()
               .write("flow.yaml", "resources: " + std::string(100000, '[') + std::string(100000, ']') + "\n")
               .load();
  CHECK(reports(r, "nesting deeper than 64 levels"));
  std::string block = "resources:\n";
  for (int i = 0; i < 1000; ++i) block += std::string(static_cast<std::size_t>(2 * i), ' ') + "- \n";
  TempPack q("deep-block");
  CHECK(reports(q.starter().write("block.yaml", block).load(), "nesting deeper than 64 levels"));
}

TEST_CASE("an alias bomb is refused at its first alias") {
  TempPack p("bomb");
  auto r = p.starter()
               .write("bomb.yaml",
                      "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nresources: [*c, *c, *c, *c, *c, *c, *c, *c]\n")
               .load();
  CHECK(reports(r, "bomb.yaml:2:8: error: aliases (*name) are not supported"));
}

TEST_CASE("a file over the size limit is refused before it is read") {
  TempPack p("huge");
  p.starter();
  // A sparse file: 100 MB to the loader, almost nothing on disk or to write.
  { std::ofstream(p.file("big.yaml"), std::ios::binary) << "#"; }
  std::filesystem::resize_file(p.file("big.yaml"), 100u << 20);
  auto r = p.load();
  CHECK(reports(r, "big.yaml: error: the file is 100 MB; the limit is 16 MB per file"));
}

TEST_CASE("a folder or a symbolic link where a file should be") {
  TempPack p("not-files");
  p.starter();
  std::filesystem::create_directories(p.file("folder.yaml"));
  std::filesystem::create_symlink("/etc/hostname", p.file("link.yaml"));
  auto r = p.load();
  CHECK(reports(r, "this is a symbolic link"));
  TempPack q("pack-yaml-folder");
  std::filesystem::create_directories(q.file("pack.yaml"));
  CHECK(reports(q.load(), "this is a folder, where a YAML file was expected"));
  TempPack none("no-pack");
  CHECK(reports(none.load(), "pack.yaml: error: the file does not exist"));
}

TEST_CASE("too many items is an error, not an out-of-memory") {
  TempPack p("many");
  p.starter();
  std::string many = "events:\n";
  for (int i = 0; i < 200; ++i)
    many += "  - {id: e" + std::to_string(i) + ", title: t, text: t, effect: {points: 1}}\n";
  p.write("many.yaml", many);
  LoadOptions options;
  options.today = kTestToday;
  options.limits.maxItems = 100;
  auto r = loadPack(p.path(), options);
  CHECK(reports(r, "more than 100 items in the pack"));
}

TEST_CASE("random bytes never crash the parser") {
  // A cheap stand-in for the fuzzer in the default run: mutated copies of a valid file.
  std::string base = starterPackContent(kTestToday.iso());
  unsigned state = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text = base;
    for (int k = 0; k < 8; ++k) {
      state = state * 1103515245u + 12345u;
      std::size_t at = (state >> 8) % text.size();
      text[at] = static_cast<char>("{}[]:-,&*!|>'\"#\n \t\x80"[(state >> 20) % 19]);
    }
    Pack pack;
    pack.info.languages = {"fr", "en"};
    Report report;
    parsePackFile(text, "fuzz.yaml", false, pack, report);
    // Whatever is wrong, every message says where.
    for (const auto& d : report.items()) {
      CHECK(d.origin.file == "fuzz.yaml");
      CHECK(d.origin.line >= 1);
    }
  }
}
