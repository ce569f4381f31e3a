// Phone numbers as players read them: whatever a facilitator typed that the
// validator accepts — "(418)555.0199 poste 2", "1-800-555-0199", "4185550199"
// — shows one way: « 418 555-0199, poste 2 », « 1 800 555-0199 », « 211 ».
#pragma once
#include <string>

namespace game::content {

// `french`: « poste » for an extension, else "ext.". A number the validator
// would refuse comes back as typed.
std::string displayPhone(const std::string& phone, bool french);

}  // namespace game::content
