#include "game/content/phone.h"

#include <cctype>

namespace game::content {

std::string displayPhone(const std::string& phone, bool french) {
  std::string number = phone, extension;
  for (const char* marker : {" poste ", " ext. ", " ext ", " #"}) {
    const auto at = number.find(marker);
    if (at == std::string::npos) continue;
    extension = number.substr(at + std::char_traits<char>::length(marker));
    number = number.substr(0, at);
    break;
  }
  std::string digits;
  for (char c : number)
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  std::string shown;
  if (digits.size() == 3) shown = digits;
  else if (digits.size() == 10) shown = digits.substr(0, 3) + " " + digits.substr(3, 3) + "-" + digits.substr(6);
  else if (digits.size() == 11) shown = digits.substr(0, 1) + " " + digits.substr(1, 3) + " " + digits.substr(4, 3) + "-" + digits.substr(7);
  else return phone;
  if (!extension.empty()) shown += (french ? ", poste " : ", ext. ") + extension;
  return shown;
}

}  // namespace game::content
