#include "pdf/pdf_syntax.h"

#include <hpdf_utils.h>

#include "pdf/pdf_text.h"

namespace cp {

void append_number(std::string& out, double v) {
  char buf[32];
  char* end = HPDF_FToA(buf, static_cast<HPDF_REAL>(v), buf + sizeof buf - 1);
  out.append(buf, static_cast<size_t>(end - buf));
}

void append_int(std::string& out, long v) { out += std::to_string(v); }

void append_name(std::string& out, std::string_view name) {
  static const char digits[] = "0123456789ABCDEF";
  out += '/';
  for (unsigned char c : name) {
    bool regular = c > 0x20 && c < 0x7F && c != '#' && c != '/' && c != '%' && c != '(' && c != ')' && c != '<' &&
                   c != '>' && c != '[' && c != ']' && c != '{' && c != '}';
    if (regular) {
      out += static_cast<char>(c);
    } else {
      out += '#';
      out += digits[c >> 4];
      out += digits[c & 0xF];
    }
  }
}

bool is_plain_ascii(std::string_view utf8) {
  for (unsigned char c : utf8)
    if (c < 0x20 || c >= 0x7F) return false;
  return true;
}

std::string utf16be(std::string_view utf8) {
  std::string bytes = "\xFE\xFF";
  std::string clean = sanitize_text(utf8);
  for (size_t i = 0; i < clean.size();) {
    char32_t c = next_char(clean, i);  // BMP only, after sanitize_text
    bytes += static_cast<char>(c >> 8);
    bytes += static_cast<char>(c & 0xFF);
  }
  return bytes;
}

void append_text(std::string& out, std::string_view utf8) {
  if (is_plain_ascii(utf8)) {
    out += '(';
    for (char c : utf8) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    out += ')';
    return;
  }
  static const char digits[] = "0123456789abcdef";
  out += '<';
  for (unsigned char c : utf16be(utf8)) {
    out += digits[c >> 4];
    out += digits[c & 0xF];
  }
  out += '>';
}

}  // namespace cp
