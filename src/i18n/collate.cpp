#include "i18n/collate.h"

#include <cctype>
#include <map>

namespace cp {

namespace {

// Lowercase base letter of an accented Latin letter, or 0.
char fold(const std::string& utf8) {
  static const std::map<std::string, char> folded = {
      {"à", 'a'}, {"á", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"è", 'e'}, {"é", 'e'}, {"ê", 'e'}, {"ë", 'e'},
      {"ì", 'i'}, {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ò", 'o'}, {"ó", 'o'}, {"ô", 'o'}, {"ö", 'o'},
      {"ù", 'u'}, {"ú", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ŵ", 'w'}, {"ẁ", 'w'}, {"ẃ", 'w'}, {"ẅ", 'w'},
      {"ŷ", 'y'}, {"ỳ", 'y'}, {"ý", 'y'}, {"ÿ", 'y'}, {"Â", 'a'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'},
      {"Û", 'u'}, {"Ŵ", 'w'}, {"Ŷ", 'y'}, {"Á", 'a'}, {"É", 'e'}, {"À", 'a'}, {"È", 'e'}};
  auto it = folded.find(utf8);
  return it == folded.end() ? 0 : it->second;
}

// Plain lowercase letters and digits, accents removed, other characters
// (spaces, punctuation) kept as a low separator.
std::string simplify(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    if (length == 1) {
      if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
      else if (c == ' ' || c == '-') out += ' ';
    } else if (char f = fold(text.substr(i, length))) {
      out += f;
    } else {
      out += text.substr(i, length);  // unknown letters sort after the alphabet
    }
    i += length;
  }
  return out;
}

}  // namespace

std::string collation_key(const std::string& text, Language lang) {
  std::string plain = simplify(text);
  if (lang != Language::cy) return plain;
  static const char* alphabet[] = {"a", "b", "c",  "ch", "d", "dd", "e",  "f", "ff", "g",
                                   "ng", "h", "i", "j",  "l", "ll", "m",  "n", "o",  "p",
                                   "ph", "r", "rh", "s", "t", "th", "u",  "w", "y"};
  // Letters not in the Welsh alphabet (k, q, v, x, z) sort after their
  // nearest neighbours; digits before letters.
  // (j is 'N', ph is 'U', u is '[', y is ']').
  static const std::map<char, std::string> extra = {{'k', "N~"}, {'q', "U~"}, {'v', "[~"}, {'x', "]~"}, {'z', "]~~"}};
  std::string key;
  for (size_t i = 0; i < plain.size();) {
    char c = plain[i];
    if (c == ' ') {
      key += '!';
      ++i;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      key += c;
      ++i;
      continue;
    }
    int match = -1;
    size_t length = 1;
    for (int k = 0; k < 29; ++k) {
      std::string letter = alphabet[k];
      if (letter.size() == 2 && plain.compare(i, 2, letter) == 0) {
        match = k;
        length = 2;
        break;
      }
    }
    if (match < 0) {
      for (int k = 0; k < 29; ++k)
        if (alphabet[k][1] == '\0' && alphabet[k][0] == c) match = k;
    }
    if (match >= 0) {
      key += static_cast<char>('A' + match);  // 'A'..'\\' keeps the 29-letter order
    } else {
      auto it = extra.find(c);
      key += it != extra.end() ? it->second : std::string("~");
    }
    i += length;
  }
  return key;
}

bool collate_less(const std::string& a, const std::string& b, Language lang) {
  std::string ka = collation_key(a, lang), kb = collation_key(b, lang);
  if (ka != kb) return ka < kb;
  return a < b;
}

}  // namespace cp
