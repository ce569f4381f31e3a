#include "game/ui/card_text.h"

#include "game/content/phone.h"

namespace game {

namespace {
std::string lang(Language l) { return std::string(languageCode(l)); }

// "A, B, C": names read in a single line.
std::string commaList(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// "https://www.enbeauce.com/actualites/..." -> "enbeauce.com": players read the
// source's name; the full address stays in the pack for facilitators.
std::string sourceName(const std::string& source) {
  std::string s = source;
  for (const char* scheme : {"https://", "http://"})
    if (s.starts_with(scheme)) s.erase(0, std::char_traits<char>::length(scheme));
  if (s.starts_with("www.")) s.erase(0, 4);
  if (source.starts_with("http")) s = s.substr(0, s.find_first_of("/?#:"));
  return s;
}

}  // namespace

std::string displayWebsite(const std::string& url) {
  // What a person types in a browser: no scheme, no « www. », no trailing slash.
  std::string s = url;
  for (const char* scheme : {"https://", "http://"})
    if (s.starts_with(scheme)) s.erase(0, std::char_traits<char>::length(scheme));
  if (s.starts_with("www.")) s.erase(0, 4);
  if (s.ends_with("/")) s.pop_back();
  return s;
}

namespace {
void line(std::string& body, const std::string& label, const std::string& value) {
  if (value.empty()) return;
  body += "\n" + label + value;
}

}  // namespace

std::string formatDate(const content::Date& d, Language language) {
  static const char* fr[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                             "septembre", "octobre", "novembre", "décembre"};
  static const char* en[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"};
  if (d.month < 1 || d.month > 12) return d.iso();
  const std::size_t m = static_cast<std::size_t>(d.month - 1);
  if (language == Language::French)
    return (d.day == 1 ? std::string("1er") : std::to_string(d.day)) + "\xC2\xA0" + fr[m] + " " + std::to_string(d.year);
  return std::string(en[m]) + " " + std::to_string(d.day) + ", " + std::to_string(d.year);
}

std::string unbreakable(const std::string& phone) {
  std::string out;
  for (char c : phone) {
    if (c == ' ') out += "\xC2\xA0";
    else out.push_back(c);
  }
  return out;
}

CardContent resourceCard(const content::Pack& pack, const content::Resource& r, Language language) {
  const std::string l = lang(language);
  CardContent card;
  card.kind = content::CardKind::Resource;
  card.columns = 0;  // a long contact card reads in two columns rather than shrinking
  card.kindLabel = tr("kind.resource", language);
  if (const content::Category* c = pack.category(r.category)) card.kindLabel += " · " + c->name.get(l);
  card.title = r.name.get(l);
  card.titleOrigin = r.name.origin;
  card.body = r.what.get(l);
  card.bodyOrigin = r.what.origin;
  if (!r.who.empty()) card.body += "\n" + tr("card.who", language) + r.who.get(l);
  // Where it serves, so a player knows at a glance whether it is for them.
  if (!r.allTerritories && !r.territories.empty()) {
    std::vector<std::string> names;
    for (const auto& id : r.territories) {
      const content::Territory* t = pack.territory(id);
      names.push_back(t ? t->name.get(l) : id);
    }
    card.body += "\n" + tr("card.area", language) + commaList(names);
  }
  card.body += "\n";
  line(card.body, tr("card.phone", language), unbreakable(content::displayPhone(r.contact.phone, language == Language::French)));
  line(card.body, tr("card.toll_free", language), unbreakable(content::displayPhone(r.contact.tollFree, language == Language::French)));
  line(card.body, tr("card.address", language), r.contact.address);
  line(card.body, tr("card.website", language), displayWebsite(r.contact.website));
  line(card.body, tr("card.email", language), r.contact.email);
  if (!r.contact.hours.empty()) line(card.body, tr("card.hours", language), r.contact.hours.get(l));
  if (!r.callScript.empty()) line(card.body, tr("card.call_script", language), r.callScript.get(l));
  const content::Contact& contact = r.contact;
  if (contact.phone.empty() && contact.tollFree.empty() && contact.address.empty() && contact.website.empty() &&
      contact.email.empty())
    card.body += "\n" + tr("card.ask_211", language);
  std::string source = sourceName(r.provenance.source);
  if (r.provenance.checkedOn) source += " (" + tr("card.checked", language) + formatDate(*r.provenance.checkedOn, language) + ")";
  line(card.body, tr("card.source", language), source);
  // One colour per kind on every face; the category is named in the header.
  return card;
}

CardContent rightCard(const content::Right& r, Language language, bool reveal) {
  const std::string l = lang(language);
  CardContent card;
  card.kind = content::CardKind::Right;
  card.kindLabel = tr("kind.right_label", language);
  // The statement goes in the body, the box declic-pack measures it against;
  // the title box is only for short titles.
  card.title = tr("kind.right", language);
  card.body = r.statement.get(l);
  card.bodyOrigin = r.statement.origin;
  if (!reveal) {
    card.answers = {tr("card.true", language), tr("card.false", language)};
    return card;
  }
  card.body += "\n\n" + tr(r.answer ? "card.answer_true" : "card.answer_false", language) + " " +
               r.explanation.get(l) + "\n\n" + tr("card.law", language) + r.legalReference;
  card.bodyOrigin = r.explanation.origin;  // what makes a reveal long
  return card;
}

CardContent scenarioCard(const content::Scenario& s, Language language) {
  const std::string l = lang(language);
  CardContent card;
  card.kind = content::CardKind::Scenario;
  card.kindLabel = tr("kind.scenario", language);
  card.title = s.title.get(l);
  card.titleOrigin = s.title.origin;
  card.body = s.situation.get(l);
  card.bodyOrigin = s.situation.origin;
  for (const auto& c : s.choices) {
    card.answers.push_back(c.text.get(l));
    card.answerOrigins.push_back(c.text.origin);
  }
  return card;
}

std::string playerName(const std::string& name, std::size_t index, bool solo, Language language) {
  if (solo && name == "Vous") return tr("player.you", language);
  if (name == "Équipe " + std::to_string(index + 1)) return fill(tr("player.team", language), std::to_string(index + 1));
  return name;
}

std::string pointsText(int points, Language language, bool signed_) {
  const bool one = points == 1 || points == -1 || (points == 0 && language == Language::French);
  return fill(tr(one ? "card.point" : "card.points", language),
              (signed_ && points > 0 ? "+" : "") + std::to_string(points));
}

std::string outcomeText(const content::Outcome& o, Language language) {
  std::string out;
  if (o.everyone) out += tr("card.everyone", language);
  if (o.points != 0) out += pointsText(o.points, language) + ". ";
  if (o.move == 1) out += tr("card.move_one", language);
  else if (o.move == -1) out += tr("card.move_back_one", language);
  else if (o.move > 0) out += fill(tr("card.move", language), std::to_string(o.move));
  else if (o.move < 0) out += fill(tr("card.move_back", language), std::to_string(-o.move));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string scenarioRevealBody(const content::Choice& choice, const std::vector<const content::Resource*>& helpers,
                               Language language) {
  const std::string l = lang(language);
  std::string body = choice.feedback.get(l);
  const std::string outcome = outcomeText(choice.outcome, language);
  if (!outcome.empty()) body += "\n" + outcome;
  std::vector<std::string> names;
  for (const content::Resource* r : helpers) names.push_back(r->name.get(l));
  if (!names.empty()) body += "\n\n" + tr("card.can_help", language) + commaList(names);
  return body;
}

CardContent eventCard(const content::Event& e, Language language) {
  const std::string l = lang(language);
  CardContent card;
  card.kind = content::CardKind::Event;
  card.kindLabel = tr("kind.event", language);
  card.title = e.title.get(l);
  card.titleOrigin = e.title.origin;
  card.body = e.text.get(l);
  card.bodyOrigin = e.text.origin;
  std::string effect = outcomeText(e.effect, language);
  if (!effect.empty()) card.body += "\n\n" + effect;
  return card;
}

}  // namespace game
