// Pack loading benchmark: generated packs of N cards, loaded and validated,
// against yaml-cpp's own event parser over the same files.
#pragma once
#include <string>

// Writes a pack of about `cards` cards into `folder` (replacing it).
void generatePack(const std::string& folder, int cards);
// Seconds to parse every YAML file of `folder` with a do-nothing event handler.
double yamlEventFloorSeconds(const std::string& folder);
// Seconds to load and validate `folder` with the game's loader; false on load errors.
bool loadSeconds(const std::string& folder, double& seconds, std::string& firstError);
