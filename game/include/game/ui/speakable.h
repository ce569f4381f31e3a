// Text as the voice should read it: the pack's pronunciations for place
// names (« Lotbinière » said « Lobinière »), and phone numbers digit by digit
// (« 418 833-1490 » is not « quatre cent dix-huit mille… »).
#pragma once
#include <string>
#include <vector>

#include "game/content/model.h"
#include "game/ui/settings.h"

namespace game {

std::string speakable(const std::string& text, Language language,
                      const std::vector<content::PackInfo::Pronunciation>& pronunciations);

}  // namespace game
