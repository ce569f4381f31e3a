// `declic-pack get` and `declic-pack set`: one field of one item, read or
// written the way the editor writes it (only that field's characters change).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "game/content/model.h"

namespace declic_pack {

// get PACK ITEM_ID FIELD[.LANG]: prints the value; 0, or 1 when absent.
int getField(const std::vector<std::string>& args);
// set PACK ITEM_ID FIELD[.LANG] VALUE: validates the pack with the change
// and writes it only if it adds no error; 0 written, 1 refused.
int setField(const std::vector<std::string>& args, const std::optional<game::content::Date>& today);

// export PACK --format csv -o FILE: the resources as a spreadsheet.
int exportCsv(const std::string& pack, const std::string& output);
// import PACK --format csv FILE: applies the rows, validates, saves only if
// the pack stays as valid as it was; every bad cell named by row and column.
// Problems are listed in French unless `english` (--lang en).
int importCsv(const std::string& pack, const std::string& file, const std::optional<game::content::Date>& today,
              bool english = false);

// print PACK -o FILE.pdf: the print-and-play kit; lists cards too long for print.
// Nine cards a page with a bleed around the sheet, or with `bleedEach` six,
// each card with its own bleed.
int printPack(const std::string& pack, const std::string& output, bool english, bool a4, bool bleedEach);

// export PACK --format hsds -o FOLDER / import PACK --format hsds FILE.
int exportHsds(const std::string& pack, const std::string& folder);
int importHsds(const std::string& pack, const std::string& file, const std::optional<game::content::Date>& today,
               bool english = false);

}  // namespace declic_pack
