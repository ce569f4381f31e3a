// Resources in the Open Referral Human Services Data Specification (HSDS
// 3.0), the format 211 services and municipal directories exchange: each
// resource is a service with its organisation, phones, service areas (the
// pack's territories), languages and assured_date (checked_on); what HSDS has
// no field for rides along under "x-declic", so a round trip loses nothing.
#pragma once
#include <string>
#include <vector>

#include "game/content/model.h"
#include "game/content/pack_document.h"

namespace game::content {

// The JSON text of services.json: a list of HSDS 3.0 services.
std::string exportHsdsServices(const Pack& pack);

struct HsdsImportResult {
  int added = 0, updated = 0;
  // "FILE:LINE:COLUMN: what could not be mapped, and what to do".
  std::vector<std::string> problems;
};

// Adds or updates the resources of `doc` (not saved) from an HSDS services
// file; `pack` is the pack as loaded, to match territories and categories.
HsdsImportResult importHsdsServices(PackDocument& doc, const Pack& pack, const std::string& json,
                                    const std::string& fileName);

}  // namespace game::content
