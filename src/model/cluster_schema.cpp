#include "model/cluster_schema.h"

#include "io/json_writer.h"
#include "model/cluster_loader.h"
#include "model/schema_builder.h"

// Each key as the loader reads it (cluster_loader.cpp): the same types,
// ranges, enumerations and required keys. What a schema cannot say
// (references, one amount per year, dates in order) is left to
// `clusterpack check`.
namespace cp {

using namespace schema;

namespace {

std::string person() {
  return object({{"id", kId, "The person's id, used wherever the file names them, e.g. owner: lead."},
                 {"name", kString, "The person's name, as plain text, e.g. Dr Eleri Hughes."},
                 {"role", kText, "The person's role, e.g. Cluster Lead."}},
                {"id", "name"});
}

std::string member() {
  return object(
      {{"id", kId, "The member's id, used in votes, conflicts, the business plan and CND achievement."},
       {"name", kText, "The member's name: plain text, or English and Welsh."},
       {"type", enum_of(enums::member_types), "The kind of member, e.g. gms-practice for a GP practice."},
       {"representative", kId, "The id of the person who represents the member; each member has its own."},
       {"deputy", kId,
        "The id of the person who attends, and may vote as proxy, when the representative cannot; someone "
        "other than the representative."},
       {"votes", count(0, 10), "The member's votes, 0 to 10 (default 1); 0 makes a non-voting member."},
       {"patients", count(0, 1'000'000), "The number of registered patients, a whole number up to one million."},
       {"staff", map_of("{\"type\": \"number\", \"minimum\": 0, \"maximum\": 1000}"),
        "Staff for the practices table: a role id named in business_plan.staff_roles, then a number from 0 to "
        "1000, e.g. nurses-fte: 3.5."}},
      {"id", "name", "type", "representative"});
}

std::string vision() {
  std::string value = object({{"name", kText, "The value's name, e.g. Collaboration."},
                              {"description", kText, "What the value means in the cluster's work."}},
                             {"name"});
  return object({{"statement", kText, "The vision statement: where the cluster wants to be."},
                 {"mission", kText, "The mission statement: what the cluster does to get there."},
                 {"aims", list_of(kText), "The cluster's aims, one text for each."},
                 {"values", list_of(value), "The values the cluster works by."}},
                {"statement"});
}

}  // namespace

// Shared with cluster_schema_records.cpp (schema_builder.h).
namespace schema {

std::string meetings() {
  // As read_quorum reads it: "1%" to "100%" (no leading zero), or a count.
  std::string quorum = "{\"oneOf\": [" + count(1, 1000) + ", " + text_matching("^(100|[1-9][0-9]?)%$") + "]}";
  return object(
      {{"frequency", enum_of(enums::frequencies),
        "How often the board meets: monthly, six-weekly, bi-monthly or quarterly."},
       {"quorum", quorum,
        "How many voting members make a meeting quorate: a percentage from 1% to 100% (rounded up), e.g. 50%, "
        "or a number of members from 1 to 1000, e.g. 4."},
       {"papers_days_before", count(0, 60), "How many days before a meeting its papers go out, 0 to 60."},
       {"minutes_within_days", count(0, 90), "Within how many days after a meeting the minutes go out, 0 to 90."},
       {"administrative_support", kText, "Who supports the board with papers and minutes."}},
      {"frequency", "quorum"});
}

std::string terms(bool with_body) {
  std::vector<Property> properties = {
      {"purpose", kText, "Why the board exists."},
       {"duty_statement", kText, "The duty the board's members share."},
       {"functions", list_of(kText), "What the board does, one text for each function."},
       {"service_user_engagement", kText, "How the board involves patients and the public."},
       {"risk_management", kText, "How the board manages risk."},
       {"reporting", kText, "Whom the board reports to, and how."},
       {"communication", kText, "How the board tells others about its work."},
       {"declarations_of_interest", kText, "How members declare their interests."},
       {"chair", kId, "The id of the person who chairs the board."},
       {"vice_chair", kId, "The id of the vice chair, someone other than the chair."},
       {"meetings", meetings(), "How often the board meets, its quorum, papers and minutes."},
       {"agreed", kDate, "The date the board agreed these terms."},
       {"review", kDate, "The date the terms are next reviewed, after the date agreed."},
       {"signatories", kIds, "The ids of the people who signed the terms, each once."}};
  std::vector<std::string> required = {"purpose", "chair", "meetings", "agreed", "review"};
  if (with_body) {
    properties.insert(properties.begin(),
                      {"body", enum_of(enums::tor_bodies),
                       "Which body the terms are for: stakeholder-board (Pack 11) or leadership-team (Pack 12)."});
    required.insert(required.begin(), "body");
  }
  return object(properties, required);
}

std::string voting() {
  std::string majority = object(
      {{"general", enum_of(enums::majorities),
        "The majority a general decision needs: simple, two-thirds, three-quarters or unanimous."},
       {"financial", enum_of(enums::majorities),
        "The majority a financial decision needs: simple, two-thirds, three-quarters or unanimous."},
       {"of", enum_of(enums::majority_of),
        "What the majority is counted of: votes-cast (default) or eligible-members."}},
      {"general", "financial"});
  return object(
      {{"consensus_first", kBool, "true (the default) when the board seeks consensus before it votes."},
       {"majority", majority, "The majorities decisions need to carry."},
       {"proxies", kBool, "true (the default) when a member's deputy may vote as proxy."},
       {"casting_vote", enum_of(enums::casting_vote), "Who breaks a tie: chair (the default) or none."},
       {"conflicts", enum_of(enums::conflicts), "What a member with a declared interest does: abstain."},
       {"escalation", kText, "What happens when the board cannot agree."}},
      {"majority"});
}

}  // namespace schema

namespace {

std::string decision() {
  std::string votes = object(
      {{"for", kIds, "The ids of the members who voted for, each once."},
       {"against", kIds, "The ids of the members who voted against, each once."},
       {"abstain", kIds, "The ids of the members who abstained, each once."},
       {"by_proxy", map_of(kId),
        "Votes cast by a deputy: the member's id, then the id of its deputy who voted; proxies must be allowed."}});
  return object(
      {{"id", kId, "The decision's id, e.g. D-2026-07."},
       {"date", kDate, "The date of the meeting that took the decision."},
       {"title", kText, "What was decided."},
       {"financial", kBool, "true for a financial decision, which needs the financial majority."},
       {"amount", kMoney, pounds("The sum the decision commits (needs financial: true)")},
       {"sbar", kId, "The id of the SBAR paper the decision was taken on."},
       {"body", enum_of(enums::tor_bodies),
        "The body that took it; a decision recorded at a meeting takes the meeting's body."},
       {"conflicts", kIds, "The ids of the members who declared a conflict of interest and do not vote, each once."},
       {"votes", votes, "How each member voted; the outcome is worked out, never typed."},
       {"casting_vote", enum_of({"for", "against"}),
        "How the chair's casting vote broke a tie: for or against (the voting rules must give the chair one)."},
       {"actions", list_of(action()), "The actions agreed with the decision."}},
      {"id", "date", "title"});
}

std::string risk() {
  std::string residual =
      object({{"likelihood", kLevel, "The likelihood once the controls work, 1 (rare) to 5 (almost certain)."},
              {"impact", kLevel, "The impact once the controls work, 1 (negligible) to 5 (catastrophic)."}},
             {"likelihood", "impact"});
  return object(
      {{"id", kId, "The risk's id, e.g. R01."},
       {"title", kText, "The risk, in a sentence."},
       {"category", enum_of(enums::risk_categories),
        "The kind of risk: workforce, financial, clinical, service, governance, information, reputational or "
        "estates."},
       {"owner", kId, "The id of the person who owns the risk."},
       {"likelihood", kLevel, "How likely the risk is, 1 (rare) to 5 (almost certain)."},
       {"impact", kLevel, "How bad it would be, 1 (negligible) to 5 (catastrophic)."},
       {"controls", list_of(kText), "What is already in place to reduce the risk."},
       {"actions", list_of(action()), "What is still to be done to reduce the risk."},
       {"residual", residual, "The score left once the controls work; not above the risk's own score."},
       {"raised", kDate, "The date the risk was raised."},
       {"review", kDate, "The date the risk is next reviewed."},
       {"closed", kDate, "The date the risk was closed: needs status: closed, and is not before raised."},
       {"status", enum_of(enums::risk_status), "open (the default) or closed."}},
      {"id", "title", "category", "owner", "likelihood", "impact"});
}

std::string risk_policy() {
  return object(
      {{"escalate_at", count(1, 25), "Scores at or above this, 1 to 25 (default 15), go to the health board."}});
}

std::string sbar() {
  return object(
      {{"id", kId, "The paper's id, e.g. sbar-pharmacist; a decision names the paper it was taken on."},
       {"title", kText, "The paper's title."},
       {"meeting", kDate, "The date of the meeting the paper is for."},
       {"author", kId, "The id of the person who wrote the paper."},
       {"purpose", enum_of(enums::sbar_purpose), "What the board is asked for: decision, discussion or information."},
       {"financial", kBool, "true when the paper asks for money or affects it."},
       {"situation", kText, "Situation: what the paper is about, in brief."},
       {"background", kText, "Background: how the situation came about."},
       {"assessment", kText, "Assessment: what the author makes of it, and the options."},
       {"recommendation", kText, "Recommendation: what the board is asked to agree."}},
      {"id", "title", "author", "purpose", "situation", "background", "assessment", "recommendation"});
}

std::string business_case() {
  std::string options = object({{"criteria", criteria(), "The criteria the options are scored on."},
                                {"list", list_of(option()), "The options, each scored on every criterion."}},
                               {"criteria", "list"});
  return object(
      {{"id", kId, "The case's id, e.g. bc-pharmacist."},
       {"title", kText, "The case's title."},
       {"sponsor", kId, "The id of the person who sponsors the case."},
       {"summary", kText, "The case in brief."},
       {"benefits", list_of(kText), "The benefits the case expects, one text for each."},
       {"years", kYears, "The financial years the costs cover, e.g. \"2026/27\", each once."},
       {"costs", cost_lines("years"), "The costs: one line per item, with one amount per year."},
       {"funding_source", enum_of(enums::funding_sources),
        "Where the money comes from, e.g. cluster-allocation or integrated-care-fund."},
       {"options", options, "The options appraisal: each option scored on every criterion."},
       {"risks", kIds, "The ids of the risks in the register that bear on the case, each once."},
       {"exit_strategy", kText, "What happens when the funding ends."},
       {"evaluation", kText, "How the case's results will be judged."},
       {"decision", kId, "The id of the board's decision on the case."}},
      {"id", "title", "summary", "years"});
}

std::string root() {
  return object(
      {{"name", kText, "The cluster's name, in English and Welsh."},
       {"health_board", kId,
        "The id of the cluster's health board from content/health-boards.yaml; the file sits in its folder."},
       {"population", count(1, 10'000'000), "How many people the cluster serves, a whole number."},
       {"example", kBool, "true when this is fictional sample data; its pages then say so."},
       {"as_of", kDate,
        "For example data only: the date reviews and due dates are judged against, instead of today."},
       {"vision", vision(), "The cluster's vision, mission, aims and values (Pack 5)."},
       {"people", list_of(person()), "Everyone the file names, each with an id the rest of the file uses."},
       {"members", list_of(member()), "The members of the cluster board: practices and partner organisations."},
       {"in_attendance", unique_list_of(object({{"person", kId, "The id of the person who attends."}}, {"person"})),
        "People who attend the board by invitation and never vote, each once."},
       {"terms_of_reference", terms(true),
        "The terms of reference of the cluster's one body (Packs 11 and 12); with both bodies, use bodies instead."},
       {"voting", voting(), "How the board votes (Pack 8); a body may have its own under bodies."},
       {"bodies", bodies(),
        "The cluster's governance bodies, each with its members, terms of reference and voting rules."},
       {"delegation", delegation(), "The scheme of delegation: what each body may decide, up to what amount."},
       {"interests", interests(), "The register of interests: each person's declared interests."},
       {"meetings", meetings_record(),
        "The meetings of the bodies: attendance, agenda items, declarations, decisions and actions."},
       {"decisions", list_of(decision()), "The board's decisions and the votes on them (Pack 19)."},
       {"risks", list_of(risk()), "The risk register (Pack 9); each score is likelihood × impact."},
       {"risk_policy", risk_policy(), "When a risk goes to the health board."},
       {"sbars", list_of(sbar()),
        "Papers to the board as situation, background, assessment, recommendation (Pack 18)."},
       {"business_cases", list_of(business_case()), "Business cases for funding (Packs 26, 35 and 7)."},
       {"business_plan", business_plan(), "The partnership hub business plan."},
       {"logic_model", logic_model(), "The logic model (Pack 27), from inputs to outcomes."},
       {"cnd", list_of(cnd_year()), "Cluster Network Domain achievement, one entry per financial year."},
       {"self_assessment", self_assessment(), "How far the cluster has got with the guide's key actions."},
       {"prioritisation", prioritisation(), "Projects scored on criteria and ranked against the budget (Pack 13)."},
       {"annual_reports", list_of(annual_report()), "The cluster's annual reports, one per financial year."}},
      {"name", "health_board"},
      "\"not\": {\"required\": [\"terms_of_reference\", \"bodies\"]}");
}

}  // namespace

std::string cluster_json_schema() {
  // A URN: the project has no web address to put a schema at, and a URN
  // is an absolute URI that never pretends to be one. ":1" is the version
  // of the data contract; it changes only if a key changes meaning.
  std::string header =
      "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
      "\"$id\": \"urn:clusterpack:schema:cluster:1\", "
      "\"title\": \"clusterpack cluster data\", "
      "\"description\": " +
      json_string("One cluster's data file, content/clusters/<health-board>/<cluster>.yaml "
                  "(docs/data-reference.md); `clusterpack check` checks the rest.") +
      ", \"$defs\": " + definitions() + ", ";
  return header + root().substr(1) + "\n";
}

}  // namespace cp
