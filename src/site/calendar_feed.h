#pragma once
// A cluster's meetings as an iCalendar feed (RFC 5545), one per language,
// beside its page (meetings.ics): people subscribe to it, or open it, to
// have the meetings of the cluster's bodies in their own calendar.
#include <optional>
#include <string>

#include "data/language.h"
#include "i18n/ui_strings.h"
#include "model/cluster.h"

namespace cp {

// The feed's text: CRLF line ends, lines folded at 75 octets (never inside
// a UTF-8 character), text values escaped. A meeting with a start time is
// timed in Europe/London (the VTIMEZONE is included); one without is an
// all-day event. UIDs are stable (the meeting's id, cluster and board), and
// DTSTAMP comes from `stamp_epoch` (SOURCE_DATE_EPOCH) or the first
// meeting's date, so the same data gives the same bytes. `page_url` is the
// cluster's page, given as each event's URL.
std::string calendar_feed(const Cluster& cluster, Language lang, const UiStrings& strings,
                          const std::string& page_url, std::optional<long long> stamp_epoch);

// One content line, folded as RFC 5545 section 3.1 says (exposed for tests).
std::string fold_line(const std::string& line);
// A TEXT value escaped as RFC 5545 section 3.3.11 says: \\ \; \, \n.
std::string escape_text(const std::string& text);

}  // namespace cp
