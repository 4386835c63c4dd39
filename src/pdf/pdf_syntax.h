#pragma once
// PDF objects written as text (ISO 32000-1, 7.3), for what clusterpack
// writes without libharu's object model: content-stream operators and the
// bodies of raw dictionaries (PdfObjects::raw_dict).
#include <string>
#include <string_view>

namespace cp {

// A number as libharu writes a real (at most five decimals, its own
// rounding), so that what is written here reads as what libharu wrote.
void append_number(std::string& out, double v);
void append_int(std::string& out, long v);
// "/Name", with the characters a name may not hold as #xx.
void append_name(std::string& out, std::string_view name);
// A text string: (literal) when it is printable ASCII, else UTF-16BE with
// its byte order mark, in hex; characters beyond U+FFFF as U+FFFD.
void append_text(std::string& out, std::string_view utf8);

// Whether a text string is written as plain ASCII, and its UTF-16BE bytes
// (with the byte order mark) when it is not.
bool is_plain_ascii(std::string_view utf8);
std::string utf16be(std::string_view utf8);

}  // namespace cp
