#pragma once
// The guide's suggested key actions as document trees, for the guide's PDF:
// each chapter ends with its own list (as its page does), and the guide ends
// with the summary of every chapter's actions (the guide's "Summary of key
// actions", which the site shows as a page of its own).
#include <string>

#include "doc/markdown.h"
#include "doc/tree.h"
#include "data/language.h"
#include "i18n/ui_strings.h"
#include "model/key_actions.h"

namespace cp {

// The "Suggested key actions" heading and list of one chapter, or nothing
// when the guide has no actions for it.
std::vector<DocNode> chapter_key_actions(const KeyActionGuide& guide, int chapter, Language lang,
                                         const UiStrings& strings);
// Every chapter's actions, under a heading per chapter.
DocNode key_actions_summary(const KeyActionGuide& guide, Language lang, const UiStrings& strings);

}  // namespace cp
