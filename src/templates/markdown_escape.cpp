#include "templates/markdown_escape.h"

#include <cstring>

namespace cp {

std::string markdown_escape(std::string_view text) {
  // Every ASCII punctuation character may be backslash-escaped in
  // CommonMark, and an escaped one is always literal text.
  static const char* punctuation = "\\`*_{}[]()<>#+-.!|~\"'&:;=?@^$%,/";
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  bool line_start = true;
  int newlines = 0;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (newlines > 0) {
      // A blank line keeps a paragraph break; a single newline is a space.
      out += newlines >= 2 ? "\n\n" : " ";
      line_start = newlines >= 2;
      newlines = 0;
    }
    if (line_start && (c == ' ' || c == '\t')) continue;  // indentation would make a code block
    line_start = false;
    if (c == '\t') c = ' ';
    if (std::strchr(punctuation, c) && c != '\0') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace cp
