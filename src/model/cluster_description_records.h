#pragma once
// The governance records of a cluster file, described once
// (field_description.h): the bodies, the scheme of delegation, the
// register of interests and the meetings. Read by
// cluster_loader_meetings.cpp (bodies: cluster_loader.cpp).
#include "model/cluster.h"
#include "model/cluster_description_common.h"
#include "model/cluster_loader.h"
#include "model/field_description.h"

namespace cp {

template <class V>
void describe(V& v, type<GovernanceBody>) {
  v.choice("id", &GovernanceBody::id, enums::tor_bodies, kKey,
           "Which body: stakeholder-board (Pack 11) or leadership-team (Pack 12).");
  v.custom("members", Custom::body_members, kOptional,
           "all (the default), or the ids of the members who sit on the body, each once.");
  v.object("terms_of_reference", &GovernanceBody::terms, kRequired, "The body's terms of reference.",
           [](auto& t) { describe_terms(t, false); });
  v.object("voting", &GovernanceBody::voting, kOptional,
           "The body's own voting rules; without them, the cluster's voting applies.");
}

template <class V>
void describe(V& v, type<Delegation>) {
  v.choice("body", &Delegation::body, enums::tor_bodies, kRequired, "The body the authority is delegated to.");
  v.text("decisions", &Delegation::decisions, kRequired, "What it may decide.");
  v.money("up_to", &Delegation::up_to, kOptional, pounds("The most it may commit on one decision"));
}

template <class V>
void describe(V& v, type<Interest>) {
  v.ref("person", &Interest::person, kRequired, "The id of the person who declared the interest.");
  v.text("interest", &Interest::interest, kRequired, "The interest, in a sentence.");
  v.choice("kind", &Interest::kind, enums::interest_kinds, kRequired,
           "financial, non-financial-professional, non-financial-personal or indirect.");
  v.date("declared", &Interest::declared, kRequired, "The date it was declared.");
  v.date("ended", &Interest::ended, kOptional, "The date it ended, if it has.");
}

template <class V>
void describe(V& v, type<AgendaItem>) {
  v.text("title", &AgendaItem::title, kRequired, "The item as the agenda names it.");
  v.refs("sbars", &AgendaItem::sbars, kOptional, "The ids of the SBAR papers the item takes, each once.");
  v.refs("business_cases", &AgendaItem::business_cases, kOptional,
         "The ids of the business cases the item takes, each once.");
  v.refs("decisions", &AgendaItem::decisions, kOptional, "The ids of the decisions taken under the item, each once.");
  v.text("minutes", &AgendaItem::minutes, kOptional, "What was said, for the minutes.");
  v.list("actions", &AgendaItem::actions, kOptional, "The actions agreed under the item.");
}

template <class V>
void describe(V& v, type<Declaration>) {
  v.ref("person", &Declaration::person, kRequired, "The id of the person who declared the interest.");
  v.count("item", &Declaration::item, 1, 99, kRequired, "The number of the agenda item it concerns, counting from 1.");
  v.text("interest", &Declaration::interest, kRequired, "The interest, in a sentence.");
}

template <class V>
void describe(V& v, type<Meeting>) {
  v.id("id", &Meeting::id, kKey,
       "The meeting's id, e.g. board-2026-07; it is part of the agenda's and minutes' addresses.");
  v.date("date", &Meeting::date, kRequired, "The date of the meeting.");
  v.choice("body", &Meeting::body, enums::tor_bodies, kRequired,
           "The body that met: stakeholder-board or leadership-team.");
  v.pattern("start", &Meeting::start, kTimePattern, kOptional,
            "The time it starts, on the 24-hour clock, quoted: \"13:30\".");
  v.pattern("end", &Meeting::end, kTimePattern, kOptional, "The time it ends, after it starts.");
  v.text("place", &Meeting::place, kOptional, "Where it is held.");
  v.refs("present", &Meeting::present, kOptional,
         "The ids of the members present, in person or through their deputy.");
  v.refs("apologies", &Meeting::apologies, kOptional, "The ids of the members who sent apologies.");
  v.refs("in_attendance", &Meeting::in_attendance, kOptional, "The ids of the people who attended without a vote.");
  v.list("items", &Meeting::items, kRequired, "The agenda, in order.");
  v.list("declarations", &Meeting::declarations, kOptional, "The interests declared at the meeting, each on an item.");
}

}  // namespace cp
