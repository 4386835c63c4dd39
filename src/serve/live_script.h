#pragma once
// The script `serve` adds to every HTML page it serves (never to `build`
// output): it listens for rebuilds over server-sent events, reloads the
// page when it changed, and shows the build's errors over the page, in the
// page's language, while the last good version stays on screen.
namespace cp {

extern const char* const kLiveScript;

}  // namespace cp
