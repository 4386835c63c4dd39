#include "model/text_fields.h"

#include <type_traits>
#include <utility>

#include "model/cluster_description.h"

namespace cp {

namespace {

// The value of the key that names an item (its id, its year), if it has one.
struct ItemKey : SkipFields {
  const void* item;
  std::string found;

  template <class M, class S>
  void note(M S::* m, Need need) {
    if constexpr (std::is_same_v<M, std::string>)
      if (need == Need::key) found = static_cast<const S*>(item)->*m;
  }
  template <class M, class S>
  void id(const char*, M S::* m, Need need, const std::string&) {
    note(m, need);
  }
  template <class M, class S>
  void choice(const char*, M S::* m, const std::vector<std::string>&, Need need, const std::string&) {
    note(m, need);
  }
  template <class M, class S>
  void pattern(const char*, M S::* m, const char*, Need need, const std::string&) {
    note(m, need);
  }
};

// Visits every translatable text of one described object, each named by
// its path: "decisions[D-07].actions[1]", "vision.aims[2]". An item is
// named by its key, or by its place in the list (from 1) when it has none.
class TextWalk : public SkipFields {
 public:
  TextWalk(const void* object, std::string path, const TextVisitor& visit)
      : object_(object), path_(std::move(path)), visit_(visit) {}

  template <class M, class S>
  void text(const char* key, M S::* m, Need, const std::string&) {
    visit_(name(key), of<S>().*m);
  }
  template <class M, class S>
  void item_text(const char*, M S::* m, Need, const std::string&) {
    visit_(path_, of<S>().*m);
  }
  template <class M, class S>
  void texts(const char* key, M S::* m, Need, const std::string&) {
    const auto& list = of<S>().*m;
    for (size_t i = 0; i < list.size(); ++i) visit_(name(key) + "[" + std::to_string(i + 1) + "]", list[i]);
  }
  template <class T, class S>
  void list(const char* key, std::vector<T> S::* m, Need need, const std::string& about) {
    list(key, m, need, about, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class T, class S, class D>
  void list(const char* key, std::vector<T> S::* m, Need, const std::string&, D describe_item) {
    const auto& list = of<S>().*m;
    for (size_t i = 0; i < list.size(); ++i) {
      ItemKey item{{}, &list[i], {}};
      describe_item(item);
      std::string label = item.found.empty() ? std::to_string(i + 1) : item.found;
      TextWalk walk(&list[i], name(key) + "[" + label + "]", visit_);
      describe_item(walk);
    }
  }
  template <class T, class S>
  void object(const char* key, T S::* m, Need need, const std::string& about) {
    object(key, m, need, about, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class T, class S, class D>
  void object(const char* key, T S::* m, Need, const std::string&, D describe_part) {
    TextWalk walk(&(of<S>().*m), name(key), visit_);
    describe_part(walk);
  }
  template <class D>
  void group(const char* key, Need, const std::string&, D describe_part) {
    TextWalk walk(object_, name(key), visit_);
    describe_part(walk);
  }

 private:
  template <class S>
  const S& of() const {
    return *static_cast<const S*>(object_);
  }
  std::string name(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

  const void* object_;
  std::string path_;
  const TextVisitor& visit_;
};

}  // namespace

// Every text the description has, in its order: a section added to the
// description is in the translation report without another edit.
void for_each_text(const Cluster& c, const TextVisitor& visit) {
  TextWalk walk(&c, "", visit);
  describe(walk, type<Cluster>{});
}

void for_each_text(const std::vector<HealthBoard>& boards, const TextVisitor& visit) {
  for (const auto& b : boards) {
    visit("boards[" + b.id + "].name", b.name);
    visit("boards[" + b.id + "].area", b.area);
  }
}

void for_each_text(const std::vector<PackCategory>& packs, const TextVisitor& visit) {
  for (const auto& c : packs) {
    visit("categories[" + c.id + "].title", c.title);
    for (const auto& p : c.packs) {
      visit("packs[" + p.id + "].title", p.title);
      visit("packs[" + p.id + "].description", p.description);
    }
  }
}

void for_each_text(const CndSet& set, const TextVisitor& visit) {
  visit("title", set.title);
  for (const auto& i : set.indicators) {
    visit("indicators[" + i.code + "].title", i.title);
    visit("indicators[" + i.code + "].description", i.description);
    if (i.split)
      for (const auto& part : i.items) visit("indicators[" + i.code + "].parts[" + part.part + "].title", part.title);
  }
}

}  // namespace cp
