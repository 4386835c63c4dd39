#pragma once
// The guide's key actions as the model sees them (model/key_actions.h),
// gathered from the chapters' front matter in both languages.
#include "content/content_tree.h"
#include "model/key_actions.h"

namespace cp {

KeyActionGuide key_action_guide(const ContentTree& tree);

}  // namespace cp
