#pragma once
// The sections of a cluster file added for the rest of the resource pack
// (business plan, logic model, CND, self-assessment, prioritisation,
// annual reports), read by cluster_loader_plans.cpp. Internal to the
// cluster loader: each reader gets the ids already read, so references are
// checked where they are written.
#include <set>
#include <string>

#include "data/reader.h"
#include "model/cluster.h"

namespace cp {

struct SectionReader {
  DataReader& r;
  Cluster& c;
  const std::set<std::string>& person_ids;
  const std::set<std::string>& member_ids;
  const std::set<std::string>& case_ids;
};

void read_business_plan(SectionReader& s, const YamlNode& node);
void read_logic_model(SectionReader& s, const YamlNode& node);
void read_cnd(SectionReader& s, const YamlNode& node);
void read_self_assessment(SectionReader& s, const YamlNode& node);
void read_prioritisation(SectionReader& s, const YamlNode& node);
void read_annual_reports(SectionReader& s, const YamlNode& node);

}  // namespace cp
