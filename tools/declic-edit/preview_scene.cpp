#include "preview_scene.h"

#include <algorithm>

#include "engine/renderer.h"
#include "game/ui/card_presenter.h"
#include "game/ui/card_view.h"

using namespace game;
using namespace game::content;

namespace declic_edit {
namespace {

// The card of the pack the selected item is, if it is a card.
std::optional<rules::CardRef> cardOf(const Pack& pack, const std::string& section, const std::string& id) {
  auto find = [&](const auto& list, CardKind kind) -> std::optional<rules::CardRef> {
    for (std::size_t i = 0; i < list.size(); ++i)
      if (list[i].id == id) return rules::CardRef{kind, static_cast<std::uint32_t>(i)};
    return std::nullopt;
  };
  if (section == "resources") return find(pack.resources, CardKind::Resource);
  if (section == "rights") return find(pack.rights, CardKind::Right);
  if (section == "scenarios") return find(pack.scenarios, CardKind::Scenario);
  if (section == "events") return find(pack.events, CardKind::Event);
  if (section == "discussions") return find(pack.discussions, CardKind::Discussion);
  return std::nullopt;
}

}  // namespace

PreviewScene::PreviewScene(EditorModel& model, std::vector<Target>& labelled) : model_(model), labelled_(labelled) {}

void PreviewScene::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Quit || action.type == engine::ActionType::CloseWindow) model_.quitRequested = true;
}

void PreviewScene::draw(engine::Renderer& r) {
  const engine::Rect area = model_.previewPixels;
  if (area.w < 40 || area.h < 40) return;
  const Pack& pack = model_.checked.pack;
  auto card = cardOf(pack, model_.selectedSection, model_.selectedId);
  r.pushView(area);
  r.fillRect({0, 0, engine::kCanvasWidth, engine::kCanvasHeight}, theme_.palette.background);
  Settings settings;
  settings.language = model_.previewEnglish ? Language::English : Language::French;
  settings.textScale = model_.previewLarge ? 2.0f : 1.0f;
  if (card) {
    CardMoment moment = sampleMoment(pack, *card);
    moment.chosen = -1;
    CardFace face = model_.previewFace == 0 ? CardFace::Question
                    : model_.previewFace == 1 ? CardFace::Reveal
                                              : CardFace::Reference;
    if (face == CardFace::Reveal) moment.chosen = moment.correct >= 0 ? moment.correct : 0;
    CardContent content = presentCard(pack, moment, face, settings.language);
    drawCard(r, content, settings, theme_, nullptr, cardRect(CardSlot::EditorPreview));
  } else {
    engine::TextStyle style = textStyle(settings, TypeScale::heading, engine::FontWeight::Regular);
    r.drawText(model_.selectedId.empty() ? model_.t("Choisissez une carte à gauche pour la voir ici.",
                                                    "Pick a card on the left to see it here.")
                                         : model_.t("Cet élément n’est pas une carte : il n’a pas d’aperçu.",
                                                    "This item is not a card: it has no preview."),
               style, {160, 420, 1600, 300}, theme_.palette.ink);
  }
  r.popView();
}

}  // namespace declic_edit
