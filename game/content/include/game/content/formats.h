// Syntax checks for ids, web addresses, phone numbers, e-mails, colours and
// image paths, shared by the loader, the validator and the editor.
#pragma once
#include <string>

namespace game::content {

// Syntax checks shared with the validator and the editor.
bool isValidId(const std::string& id);
bool isValidUrl(const std::string& url);
bool isValidPhone(const std::string& phone);
bool isValidEmail(const std::string& email);
bool isValidColor(const std::string& color);
// A relative path inside the pack, without "..", ending in .png.
bool isSafeImagePath(const std::string& path);
std::string suggestId(const std::string& text);


}  // namespace game::content
