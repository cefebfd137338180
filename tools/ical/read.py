"""Reads .ics files with Python's icalendar (Debian's python3-icalendar), as a desktop calendar would, and prints
what it understood as JSON (one object per file): the tests compare it with what the bot meant to say."""
import json
import sys
from datetime import timezone

from icalendar import Calendar


def utc(component, name):
    value = component.decoded(name) if name in component else None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z") if value is not None else None


def address(value):
    return {"address": str(value), "cn": value.params.get("CN"), "role": value.params.get("ROLE")}


def text(component, name):
    return str(component[name]) if name in component else None


def read(path):
    with open(path, "rb") as file:
        calendar = Calendar.from_ical(file.read())
    events = []
    for event in calendar.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        events.append({
            "uid": text(event, "UID"),
            "sequence": int(event["SEQUENCE"]) if "SEQUENCE" in event else None,
            "status": text(event, "STATUS"),
            "dtstamp": utc(event, "DTSTAMP"),
            "start": utc(event, "DTSTART"),
            "end": utc(event, "DTEND"),
            "summary": text(event, "SUMMARY"),
            "location": text(event, "LOCATION"),
            "description": text(event, "DESCRIPTION"),
            "organizer": address(event["ORGANIZER"]) if "ORGANIZER" in event else None,
            "attendees": [address(a) for a in attendees],
        })
    return {"method": text(calendar, "METHOD"), "events": events}


print(json.dumps([read(path) for path in sys.argv[1:]], ensure_ascii=False))
