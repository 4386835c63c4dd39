#!/usr/bin/env python3
"""Every meetings.ics of a built site is a valid iCalendar feed (RFC 5545):
read back by python3-icalendar, with CRLF line ends, content lines folded
at 75 octets, VERSION and PRODID, and each event with a UID unique in its feed (the same in both languages: one event), a
DTSTAMP and a DTSTART (a date-time in Europe/London, or a date), and its
DTEND after its start. Both languages have one for each cluster with
meetings, linked from the cluster's page.

Usage: check_calendar.py OUTPUT [MIN_FEEDS]
"""
import os
import sys

import icalendar

from common import Checks


def main():
    out = sys.argv[1]
    minimum = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    check = Checks(echo=True)
    feeds = []
    for folder, _, files in os.walk(out):
        feeds += [os.path.join(folder, f) for f in files if f == "meetings.ics"]
    check(len(feeds) >= minimum, f"{len(feeds)} calendar feeds, expected at least {minimum}")
    for path in sorted(feeds):
        # A meeting keeps its UID in both languages' feeds: it is one event.
        uids = set()
        raw = open(path, "rb").read()
        name = os.path.relpath(path, out)
        lines = raw.split(b"\r\n")
        check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{name}: not CRLF line ends")
        check(all(len(line) <= 75 for line in lines), f"{name}: a line longer than 75 octets")
        raw.decode("utf-8")
        cal = icalendar.Calendar.from_ical(raw)
        check(cal.get("VERSION") == "2.0" and cal.get("PRODID"), f"{name}: no VERSION 2.0 or PRODID")
        events = list(cal.walk("VEVENT"))
        check(events, f"{name}: no events")
        for e in events:
            uid = str(e.get("UID"))
            check(uid not in uids, f"{name}: UID {uid} used twice")
            uids.add(uid)
            check(e.get("DTSTAMP") is not None, f"{name}: {uid} has no DTSTAMP")
            start = e.get("DTSTART")
            check(start is not None, f"{name}: {uid} has no DTSTART")
            if start is None:
                continue
            value = start.dt
            if hasattr(value, "tzinfo") and hasattr(value, "hour"):
                check(start.params.get("TZID") == "Europe/London", f"{name}: {uid} is not timed in Europe/London")
            end = e.get("DTEND")
            if end is not None:
                check(end.dt > value, f"{name}: {uid} ends before it starts")
            check(e.get("SUMMARY"), f"{name}: {uid} has no SUMMARY")
        page = os.path.join(os.path.dirname(path), "index.html")
        check(os.path.isfile(page) and 'href="meetings.ics"' in open(page, encoding="utf-8").read(),
              f"{name}: the cluster's page does not link it")
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
