// The pack's messages in French, for facilitators: each English message the
// loader and validator write is matched against a pattern and said again in
// plain French, names and numbers kept. A message with no French pattern yet
// stays in English rather than being guessed at (messagesInFrenchShare says
// how many are covered).
#include <algorithm>
#include <regex>
#include <utility>
#include <vector>

#include "game/content/diagnostics.h"

namespace game::content {
namespace {

struct Rule {
  std::regex pattern;
  std::string french;  // $1, $2... are the pattern's groups
};

const std::vector<Rule>& messageRules() {
  static const std::vector<Rule> rules = [] {
    const std::vector<std::pair<const char*, const char*>> table = {
        {R"(unknown key '(.*)' in a (.*))", "clé inconnue « $1 » dans cet élément ($2)"},
        {R"(unknown section '(.*)')", "section inconnue « $1 »"},
        {R"(the key '(.*)' appears twice in this (.*))", "la clé « $1 » est écrite deux fois ($2)"},
        {R"(the (\w+) has no '(.*)')", "il manque « $2 » ($1)"},
        {R"('(.*)' should be a whole number, found (.*))", "« $1 » doit être un nombre entier ; trouvé : $2"},
        {R"('(.*)' should be true or false, found (.*))", "« $1 » doit être true ou false ; trouvé : $2"},
        {R"('(.*)' should be a text, found (.*))", "« $1 » doit être un texte ; trouvé : $2"},
        {R"('(.*)' should be a list of ids, found (.*))", "« $1 » doit être une liste d’identifiants ; trouvé : $2"},
        {R"('(.*)' should be a list, found (.*))", "« $1 » doit être une liste ; trouvé : $2"},
        {R"('(.*)' should be (.*), found (.*))", "« $1 » doit être $2 ; trouvé : $3"},
        {R"(the fr text of '(.*)' should be a text, found (.*))", "le texte « $1 » en français doit être un texte ; trouvé : $2"},
        {R"(the en text of '(.*)' should be a text, found (.*))", "le texte « $1 » en anglais doit être un texte ; trouvé : $2"},
        {R"(the (\w+) text of '(.*)' should be a text, found (.*))", "le texte « $2 » (langue $1) doit être un texte ; trouvé : $3"},
        {R"('(.*)' is not a language code)", "« $1 » n’est pas un code de langue"},
        {R"(the office '(.*)' does not serve (.*))", "l’office « $1 » ne dessert pas $2"},
        {R"(two boards have the id '(.*)')", "deux plateaux ont l’identifiant « $1 »"},
        {R"(the board has (\d+) spaces; it needs at least 4)", "le plateau a $1 cases ; il en faut au moins 4"},
        {R"(the board needs exactly one start space, it has (\d+))", "le plateau doit avoir une seule case de départ ; il en a $1"},
        {R"(a path board needs exactly one finish space, it has (\d+))",
         "un plateau en parcours doit avoir une seule case d’arrivée ; il en a $1"},
        {R"(a loop board has no finish: tokens go round until the last round)",
         "un plateau en boucle n’a pas d’arrivée : les pions tournent jusqu’au dernier tour"},
        {R"(a board in 'boards:' needs a name)", "un plateau de « boards: » doit avoir un nom"},
        {R"(the file must be a map of keys \(like 'resources:'\), not a list)",
         "le fichier doit commencer par des clés (comme « resources: »), pas par une liste"},
        {R"(the file must be a map of keys \(like 'resources:'\), not a single value)",
         "le fichier doit commencer par des clés (comme « resources: »), pas par une valeur seule"},
        {R"(the fr text of '(.*)' is empty)", "le texte « $1 » en français est vide"},
        {R"(the en text of '(.*)' is empty)", "le texte « $1 » en anglais est vide"},
        {R"(the (\w+) text of '(.*)' is empty)", "le texte « $2 » (langue $1) est vide"},
        {R"('(.*)' is empty)", "« $1 » est vide"},
        {R"('(.*)' is not a valid id)", "« $1 » n’est pas un identifiant valide"},
        {R"('(.*)' is not a date)", "« $1 » n’est pas une date"},
        {R"('(.*)' is not a valid (phone|toll_free))", "« $1 » n’est pas un numéro de téléphone valide"},
        {R"('(.*)' is not a valid (website|web address))", "« $1 » n’est pas une adresse web valide"},
        {R"('(.*)' is not a valid email)", "« $1 » n’est pas une adresse courriel valide"},
        {R"(the source '(.*)' is not a valid web address)", "la source « $1 » n’est pas une adresse web valide"},
        {R"('(.*)' holds (.*), which is not an id)", "« $1 » contient $2, qui n’est pas un identifiant"},
        {R"('(.*)' is not a valid color)", "« $1 » n’est pas une couleur valide"},
        {R"('(.*)' is not a valid (image|logo|icon))", "« $1 » n’est pas une image valide"},
        {R"('(.*)' is not a valid type)", "« $1 » n’est pas un genre de case valide"},
        {R"('(.*)' is not a valid kind)", "« $1 » n’est pas un genre de territoire valide"},
        {R"('(.*)' is not a valid layout)", "« $1 » n’est pas une forme de plateau valide"},
        {R"('(.*)' is not a valid by)", "« $1 » n’est pas une sorte de raccourci valide"},
        {R"('(.*)' is not a valid color)", "« $1 » n’est pas une couleur valide"},
        {R"('(.*)' is not a valid (.*))", "« $1 » n’est pas une valeur permise pour « $2 »"},
        {R"('(.*)' is not one of the pack's languages)", "« $1 » n’est pas une des langues du pack"},
        {R"(removing the (\w+) '(.*)' leaves the (\w+) '(.*)' of the base pack pointing to it \((.*)\))",
         "retirer « $2 » ($1) laisse « $4 » ($3) du pack de base pointer vers lui ($5)"},
        {R"(removing these (\w+) cards leaves none for the board \((.*)\))",
         "sans ces cartes ($1), le plateau n’en a plus à tirer ($2)"},
        {R"(keep at least one (\w+) card, or add one in your pack)",
         "gardez au moins une carte ($1), ou ajoutez-en une dans votre pack"},
        {R"(no (\w+) has the id '(.*)')", "aucun élément ($1) n’a l’identifiant « $2 »"},
        {R"(a second (\w+) with the id '(.*)' \(the first is at (.*)\))",
         "un deuxième élément ($1) a l’identifiant « $2 » (le premier est à $3)"},
        {R"(checked_on (.*) is in the future)", "la date checked_on $1 est dans le futur"},
        {R"(checked on (.*), more than (\d+) months ago)", "vérifié le $1, il y a plus de $2 mois"},
        {R"(this choice is worth 0 points)", "ce choix vaut 0 point"},
        {R"(this (\w+) card has no theme)", "cette carte ($1) n’a pas de thème"},
        {R"(no (\w+) text for '(.*)')", "pas de texte en « $1 » pour « $2 »"},
        {R"(no (\w+) text)", "pas de texte en « $1 »"},
        {R"('(.*)' is written once, so (.*) players read it in (.*))",
         "« $1 » n’est écrit qu’une fois : les joueurs en « $2 » le liront en « $3 »"},
        {R"(the image '(.*)' is missing)", "l’image « $1 » est introuvable"},
        {R"(the pack has no board)", "le pack n’a pas de plateau"},
        {R"(no pack folder here)", "aucun dossier de pack ici"},
        {R"(the file does not exist)", "le fichier n’existe pas"},
        {R"(this character is not valid UTF-8)", "ce caractère n’est pas de l’UTF-8 valide"},
        {R"(this is not valid YAML: illegal map value)", "ce n’est pas du YAML valide : un « : » est de trop ou mal placé"},
        {R"(this is not valid YAML: end of map flow not found)", "ce n’est pas du YAML valide : une accolade « } » manque"},
        {R"(this is not valid YAML: end of sequence flow not found)", "ce n’est pas du YAML valide : un crochet « ] » manque"},
        {R"(this is not valid YAML: end of map not found)", "ce n’est pas du YAML valide : une clé n’est pas alignée sur les autres"},
        {R"(this is not valid YAML: end of sequence not found)", "ce n’est pas du YAML valide : un élément de liste n’est pas aligné sur les autres"},
        {R"(this is not valid YAML: illegal block entry)", "ce n’est pas du YAML valide : un tiret « - » est mal placé"},
        {R"(this is not valid YAML: unknown escape character)", "ce n’est pas du YAML valide : une barre « \\ » est mal utilisée"},
        {R"(this is not valid YAML: (.*))", "ce n’est pas du YAML valide : $1"},
        {R"(the base pack '(.*)' was not found)", "le pack de base « $1 » est introuvable"},
        {R"('languages' must be a list, in brackets)", "« languages » doit être une liste, entre crochets"},
        {R"(this scenario has (\d+) choice\(s\); it needs 2 to 4)", "cette situation a $1 choix ; il en faut de 2 à 4"},
        {R"(this discussion card has (\d+) answer\(s\); it needs 2 or 3)",
         "cette carte « On en parle » a $1 réponse(s) ; il en faut 2 ou 3"},
        {R"('(.*)' should be a list of 2 or 3 answers)", "« $1 » doit être une liste de 2 ou 3 réponses"},
        {R"('(.*)' should be a list of 2 to 4 choices)", "« $1 » doit être une liste de 2 à 4 choix"},
        {R"('(.*)' should be a list of boards)", "« $1 » doit être une liste de plateaux"},
        {R"('(.*)' should be a list)", "« $1 » doit être une liste"},
        {R"(expected a (\w+) \(a map of keys\), found (.*))", "un élément ($1) est attendu, avec ses clés ; trouvé : $2"},
        {R"('mrc: player' works only on a resource space without a territory)",
         "« mrc: player » ne va que sur une case ressource sans territoire"},
        {R"('(.*)'( \(\w+\))? has (\d+) words; a card says one idea in (\d+) words or fewer)",
         "« $1 »$2 a $3 mots ; une carte dit une idée en $4 mots au plus"},
        {R"('(.*)' is on the same map tile as '(.*)')", "« $1 » est sur la même tuile de la carte que « $2 »"},
        {R"(space (\d+) is where the shortcut of space (\d+) lands; change or remove that shortcut first)",
         "la case $1 est l’arrivée du raccourci de la case $2 : changez ou retirez d’abord ce raccourci"},
        {R"('(.*)' of (.*) is written on one line; change it in (.*))", "« $1 » de $2 est écrit sur une ligne : modifiez-le dans $3"},
        {R"('(.*)' of (.*) cannot take a new entry here; add it in (.*))", "« $1 » de $2 ne peut pas recevoir d’entrée ici : ajoutez-la dans $3"},
        {R"('(.*)' of (.*) is not there)", "« $1 » de $2 n’existe pas"},
        {R"(the fr text does not fit a printed card \(63 x 88 mm\), even at the smallest type)",
         "le texte en français ne tient pas sur une carte imprimée (63 × 88 mm), même au plus petit texte"},
        {R"(the en text does not fit a printed card \(63 x 88 mm\), even at the smallest type)",
         "le texte en anglais ne tient pas sur une carte imprimée (63 × 88 mm), même au plus petit texte"},
        {R"(this shortcut leads backwards)", "ce raccourci ramène en arrière"},
        {R"(this setback leads forwards)", "ce détour fait avancer"},
        {R"(this jump leads to its own space)", "ce saut mène à sa propre case"},
        {R"(this jump lands on another jump, which the game does not follow)",
         "ce saut arrive sur un autre saut, que le jeu ne suit pas"},
        {R"('(.*)' is (-?\d+); it must be between (-?\d+) and (-?\d+))", "« $1 » vaut $2 ; il doit être entre $3 et $4"},
        {R"('map' should be \[column, row\], two whole numbers from 0 to 9)",
         "« map » doit être [colonne, rangée], deux nombres entiers de 0 à 9"},
        {R"(the (\w+) text is too long for (.*), even at the smallest text size \((\d+) lines, room for (\d+)\))",
         "le texte en « $1 » est trop long pour $2, même au plus petit texte ($3 lignes, place pour $4)"},
        {R"(this space draws from the (\w+) deck, but the pack has no (\w+) cards)",
         "cette case pioche dans les cartes « $1 », mais le pack n’en a pas"},
        {R"(… and (\d+) more like this)", "… et $1 autres du même genre"},
        {R"(the source '(.*)' is a note of the pack's authors, which players cannot look up)",
         "la source « $1 » est une note des auteurs du pack : un joueur ne peut pas la consulter"},
        {R"(this text starts with a quote mark, so YAML thinks it ends at the next one)",
         "ce texte commence par un guillemet : le YAML croit qu’il s’arrête au guillemet suivant"},
        {R"(a comma inside \{fr: …, en: …\} cuts this text in two)",
         "une virgule dans {fr: …, en: …} coupe ce texte en deux"},
        {R"(YAML drops everything after « #» on this line: the text stops at « (.*) »)",
         "le YAML ignore tout ce qui suit « # » sur cette ligne : le texte s’arrête à « $1 »"},
        {R"(a tab is used for indentation)", "une tabulation décale cette ligne"},
        {R"(this line starts (\d+) spaces in, the keys above it (\d+))",
         "cette ligne commence après $1 espaces, les clés au-dessus après $2"},
        {R"(this text has « : » in it, which YAML reads as the start of a new key)",
         "ce texte contient « : », que le YAML lit comme le début d’une nouvelle clé"},
    };
    std::vector<Rule> out;
    for (const auto& [en, fr] : table) out.push_back({std::regex(std::string("^") + en + "$"), fr});
    return out;
  }();
  return rules;
}

const std::vector<Rule>& hintRules() {
  static const std::vector<Rule> rules = [] {
    const std::vector<std::pair<const char*, const char*>> table = {
        {R"(did you mean '(.*)'\?)", "vouliez-vous dire « $1 » ?"},
        {R"(the keys of a (\w+) are: (.*))", "les clés possibles ($1) : $2"},
        {R"(add '(.*):' \((.*)\))", "ajoutez « $1: »"},
        {R"(check the indentation and the ':' after each key on this line or the one above)",
         "vérifiez le décalage et le « : » après chaque clé, sur cette ligne ou celle du dessus"},
        {R"(use 'by: setback' for a way back, or a later space)", "écrivez « by: setback » pour un détour, ou menez à une case plus loin"},
        {R"(use bike, bus or walk, or an earlier space)", "écrivez bike, bus ou walk, ou menez à une case plus tôt"},
        {R"(make 'to' another space)", "faites mener « to » à une autre case"},
        {R"(make it lead to a plain space)", "faites-le mener à une case sans saut"},
        {R"(add some (\w+) cards, or change the space's type)", "ajoutez des cartes « $1 », ou changez le genre de la case"},
        {R"(write it like \[2, 0\]: the third column, the first row \(the north\))",
         "écrivez-le comme [2, 0] : la troisième colonne, la première rangée (le nord)"},
        {R"(remove the finish space, or use 'layout: path')", "retirez la case d’arrivée, ou écrivez « layout: path »"},
        {R"(give each territory its own \[column, row\])", "donnez à chaque territoire sa propre [colonne, rangée]"},
        {R"(shorten it: declic-pack print lists the same cards)", "raccourcissez-le : declic-pack print liste les mêmes cartes"},
        {R"(check the spelling)", "vérifiez l’orthographe"},
        {R"(use one of: (.*))", "choisissez parmi : $1"},
        {R"(write a colour like "#0B5D6B" \(in quotes\))", "écrivez une couleur comme \"#0B5D6B\" (entre guillemets)"},
        {R"(ids use lowercase letters, digits and dashes; try '(.*)')",
         "un identifiant s’écrit en minuscules, chiffres et tirets ; essayez « $1 »"},
        {R"(use two letters, like fr or en)", "deux lettres, comme fr ou en"},
        {R"(add 'name: \{fr: \.\.\., en: \.\.\.\}', shown when choosing a board)",
         "ajoutez « name: {fr: …, en: …} », affiché quand on choisit le plateau"},
        {R"(mark one space 'type: start')", "mettez « type: start » à une seule case"},
        {R"(mark the last space 'type: finish', or use 'layout: loop')",
         "mettez « type: finish » à la dernière case, ou écrivez « layout: loop »"},
        {R"(add (.*) to its territories, or name the office that does)",
         "ajoutez $1 à ses territoires, ou nommez l’office qui le dessert"},
        {R"(keep only one)", "n’en gardez qu’une"},
        {R"(write the text, or remove the key)", "écrivez le texte, ou retirez la clé"},
        {R"(write it in fr, or remove that line)", "écrivez-le en français, ou retirez cette ligne"},
        {R"(write it in en, or remove that line)", "écrivez-le en anglais, ou retirez cette ligne"},
        {R"(write it in (\w+), or remove that line)", "écrivez-le (langue $1), ou retirez cette ligne"},
        {R"(give the public web address where this was read, or the title of a published document)",
         "donnez l’adresse web publique où vous l’avez lu, ou le titre d’un document publié"},
        {R"(fill it in, like the other items of this kind)", "remplissez-le, comme pour les autres éléments de ce genre"},
        {R"(write a number like 2, without quotes)", "écrivez un nombre comme 2, sans guillemets"},
        {R"(write true or false)", "écrivez true ou false"},
        {R"(write remove: true)", "écrivez remove: true"},
        {R"(keep it, or also remove or replace the (\w+) '(.*)' in your pack)",
         "gardez-le, ou retirez ou remplacez aussi « $2 » ($1) dans votre pack"},
        {R"(remove the quotes)", "retirez les guillemets"},
        {R"(write it as year-month-day, like (.*))", "écrivez-la année-mois-jour, comme $1"},
        {R"(try '(.*)')", "essayez « $1 »"},
        {R"(write a list of ids, like (.*))", "écrivez une liste d’identifiants, comme $1"},
        {R"(write it like (.*))", "écrivez-le comme $1"},
        {R"(check the spelling, or add that (\w+))", "vérifiez l’orthographe, ou ajoutez cet élément ($1)"},
        {R"(write the date it was really checked)", "écrivez la date où il a vraiment été vérifié"},
        {R"(write the date the pack was really checked)", "écrivez la date où le pack a vraiment été vérifié"},
        {R"('extends' is a folder path relative to this pack, like (.*), or the id of an installed pack, like (.*))",
         "« extends » est le chemin d’un dossier, à partir de ce pack, comme $1, ou l’id d’un pack installé, comme $2"},
        {R"(check it again at its source, then update checked_on)", "revérifiez à la source, puis mettez checked_on à jour"},
        {R"(give every honest choice at least 1 point: the feedback says what works better)",
         "donnez au moins 1 point à chaque choix honnête : la réponse dit ce qui aide mieux"},
        {R"(add 'theme:' with one of: (.*))", "ajoutez « theme: » avec l’un de : $1"},
        {R"(add '(\w+): \.\.\.' so players in that language see it)", "ajoutez « $1: … » pour les joueurs de cette langue"},
        {R"(write it as \{(.*)\})", "écrivez-le {$1}"},
        {R"(give each (\w+) its own id)", "donnez à chacun son propre identifiant"},
        {R"(put the PNG in the pack folder, or fix the path)", "mettez le PNG dans le dossier du pack, ou corrigez le chemin"},
        {R"(check the file name)", "vérifiez le nom du fichier"},
        {R"(shorten it to about (\d+) words)", "raccourcissez-le à environ $1 mots"},
        {R"(shorten it to (\d+) words, or put the rest on another card)",
         "raccourcissez-le à $1 mots, ou mettez le reste sur une autre carte"},
        {R"(mettez ce texte entre guillemets "…" \(put this text in double quotes\))", "mettez ce texte entre guillemets \"…\""},
        {R"(mettez ce texte entre guillemets "…" \(put this text in double quotes\), like (.*))",
         "mettez ce texte entre guillemets \"…\", comme $1"},
        {R"(put the whole text in double quotes and write the inner quotes as « », like (.*))",
         "mettez tout le texte entre guillemets droits et ceux de l’intérieur en « », comme $1"},
        {R"(line it up with the keys above: (\d+) spaces)", "alignez-la sur les clés au-dessus : $1 espaces"},
        {R"(YAML indents with spaces only: replace the tab with spaces)",
         "le YAML ne décale qu’avec des espaces : remplacez la tabulation par des espaces"},
        {R"(write languages: \[(.*)\])", "écrivez languages: [$1]"},
        {R"(declare it in pack.yaml's languages, or remove it)", "déclarez-la dans les langues de pack.yaml, ou retirez-la"},
        {R"(write a short text)", "écrivez un texte court"},
        {R"(write a text, or one per language \(fr: \.\.\., en: \.\.\.\))", "écrivez un texte, ou un par langue (fr: …, en: …)"},
        {R"(write a whole number)", "écrivez un nombre entier"},
        {R"(write a date like (.*))", "écrivez une date comme $1"},
        {R"(write a web address starting with https://)", "écrivez une adresse web qui commence par https://"},
        {R"(write a phone number like 418 555-1234 or 1 800 555-1234 \(digits only\))",
         "écrivez un numéro comme 418 555-1234 ou 1 800 555-1234, « poste 2 » pour un poste"},
        {R"(write an e-mail address like (.*))", "écrivez une adresse courriel comme $1"},
        {R"(ids use lowercase letters, digits and dashes, like (.*))",
         "un identifiant s’écrit en minuscules, chiffres et tirets, comme $1"},
        {R"(give the public web address, or the title of a published document)",
         "donnez l’adresse web publique, ou le titre d’un document publié"},
        {R"(give the path of a folder holding a pack.yaml)", "donnez le chemin d’un dossier qui contient un pack.yaml"},
        {R"(start each (\w+) with '(.*)' and indent its keys under it)",
         "commencez chaque élément ($1) par « $2 » et décalez ses clés en dessous"},
        {R"(start each (\w+) with '(.*)')", "commencez chaque élément ($1) par « $2 »"},
        {R"(start each with '(.*)')", "commencez chacune par « $1 »"},
        {R"(add an answer a tenant might give)", "ajoutez une réponse qu’un locataire pourrait donner"},
        {R"(keep the three clearest)", "gardez les trois plus claires"},
        {R"(add a choice)", "ajoutez un choix"},
        {R"(keep the four clearest choices)", "gardez les quatre choix les plus clairs"},
        {R"(make it 'type: resource', or remove 'mrc')", "écrivez « type: resource », ou retirez « mrc »"},
        {R"(keep either 'territory' or 'mrc: player')", "gardez soit « territory », soit « mrc: player »"},
    };
    std::vector<Rule> out;
    for (const auto& [en, fr] : table) out.push_back({std::regex(std::string("^") + en + "$"), fr});
    return out;
  }();
  return rules;
}

// The kinds of items, as the French messages name them.
std::string frenchKinds(std::string text) {
  static const std::pair<const char*, const char*> kinds[] = {
      {"(territory)", "(territoire)"}, {"(resource)", "(ressource)"},   {"(right)", "(droit)"},
      {"(scenario)", "(situation)"},   {"(event)", "(événement)"},      {"(category)", "(catégorie)"},
      {"(board)", "(plateau)"},        {"(theme)", "(thème)"},          {"(discussion)", "(carte « On en parle »)"},
      {"(space)", "(case)"},           {"(choice)", "(choix)"},         {"(pack)", "(pack)"},
      {"(pronunciation)", "(prononciation)"}, {"(answer)", "(réponse)"},
      // What was found instead, as kindOf() names it in English.
      {"trouvé : nothing", "trouvé : rien"}, {"trouvé : a list", "trouvé : une liste"},
      // Where a text did not fit (text_fit.cpp names the place in English).
      {"a card's title", "le titre de la carte"}, {"an answer shown again on the reveal", "une réponse rappelée au verso"},
      {"an answer button", "un bouton de réponse"}, {"a card with its answers", "la carte avec ses réponses"},
      {"the card browser", "la carte dans « Voir les cartes »"}, {"the answer's explanation", "l’explication de la réponse"},
      {" with who can help in ", ", avec qui peut aider, pour "},
      {"trouvé : a map", "trouvé : des clés"}};
  for (const auto& [en, fr] : kinds)
    for (auto at = text.find(en); at != std::string::npos; at = text.find(en, at + 1)) text.replace(at, std::string(en).size(), fr);
  return text;
}

bool translate(const std::vector<Rule>& rules, std::string& text) {
  if (text.empty()) return true;
  for (const auto& rule : rules) {
    std::smatch m;
    if (std::regex_match(text, m, rule.pattern)) {
      text = frenchKinds(m.format(rule.french));
      return true;
    }
  }
  return false;
}

}  // namespace

std::string messageInFrench(const std::string& text) {
  std::string out = text;
  return translate(messageRules(), out) ? out : text;
}

Diagnostic inFrench(const Diagnostic& d, bool* complete) {
  Diagnostic out = d;
  const bool message = translate(messageRules(), out.message);
  const bool hint = translate(hintRules(), out.hint);
  if (complete) *complete = message && hint;
  return out;
}

namespace {
const std::vector<Rule>& importRules() {
  static const std::vector<Rule> rules = [] {
    const std::vector<std::pair<const char*, const char*>> table = {
        {R"('(.*)': filed under '(.*)' \(HSDS has no category of this pack\); check it in the editor)",
         "« $1 » : rangé sous « $2 » (HSDS n’a pas de catégorie de ce pack) ; vérifiez dans l’éditeur"},
        {R"('(.*)': the pack has no categories to file it under; it was left out)",
         "« $1 » : le pack n’a aucune catégorie où le ranger ; laissé de côté"},
        {R"(the service area '(.*)' is not a territory of this pack; left out)",
         "la zone desservie « $1 » n’est pas un territoire de ce pack ; laissée de côté"},
        {R"('(.*)' has no assured_date \(when it was checked\); it was left out\. Check the facts, then add it with today's date)",
         "« $1 » n’a pas d’assured_date (sa date de vérification) ; laissé de côté. Vérifiez les faits, puis ajoutez-le avec la date du jour"},
        {R"(this is not a service \(a JSON object\); it was left out)", "ce n’est pas un service (un objet JSON) ; laissé de côté"},
        {R"(a service without 'name' was left out)", "un service sans « name » a été laissé de côté"},
        {R"(an HSDS services file is a JSON list of services: (.*))", "un fichier de services HSDS est une liste JSON de services : $1"},
        {R"(this is not JSON that can be read \((.*)\))", "ce n’est pas du JSON lisible ($1)"},
        {R"(the file is empty; export the resources first to get the columns \(declic-pack export\))",
         "le fichier est vide ; exportez d’abord les ressources pour avoir les colonnes (declic-pack export)"},
        {R"(no 'id' column: each row needs the resource's id to know which one it is)",
         "pas de colonne « id » : chaque ligne a besoin de l’id de sa ressource"},
        {R"(this row has no id; give each resource an id like (.*))", "cette ligne n’a pas d’id ; donnez à chaque ressource un id comme $1"},
        {R"(column (\w+) '(.*)' is not a field of a resource; (.*))", "la colonne $1 « $2 » n’est pas un champ de ressource ; $3"},
        {R"(column (\w+) \((.*)\) was emptied; (.*))", "la colonne $1 ($2) a été vidée ; $3"},
        {R"(column (\w+) \((.*)\): (.*))", "colonne $1 ($2) : $3"},
        {R"('(.*)' is not an id: lowercase letters, digits and dashes only)",
         "« $1 » n’est pas un identifiant : minuscules, chiffres et tirets seulement"},
    };
    std::vector<Rule> out;
    for (const auto& [pattern, french] : table) out.push_back({std::regex(pattern), french});
    return out;
  }();
  return rules;
}
}  // namespace

std::string problemInFrench(const std::string& line) {
  static const std::regex located(R"(^(.*?:\d+:\d+): (.*)$)");
  std::smatch m;
  if (!std::regex_match(line, m, located)) return line;
  std::string message = m[2];
  if (!translate(importRules(), message)) translate(messageRules(), message);
  return m.str(1) + " : " + message;
}

std::string Diagnostic::formatIn(bool french) const {
  if (!french) return format();
  const Diagnostic fr = inFrench(*this);
  std::string out = fr.origin.file.empty() ? "(pack)" : fr.origin.file;
  if (fr.origin.line > 0) out += ":" + std::to_string(fr.origin.line) + ":" + std::to_string(std::max(fr.origin.column, 1));
  out += fr.severity == Severity::Error ? " : erreur : " : " : avertissement : ";
  out += fr.message;
  if (!fr.itemId.empty()) out += " (id : " + fr.itemId + ")";
  if (!fr.hint.empty()) out += ". " + fr.hint;
  return out;
}

}  // namespace game::content
