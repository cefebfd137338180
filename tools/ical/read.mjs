// Reads .ics files with ical.js, as a web calendar would, and prints what it understood as JSON (one object per
// file): the tests compare it with what the bot meant to say. Any parse error ends the process non-zero.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const utc = (time) => (time ? time.toJSDate().toISOString() : null);
const address = (property) => ({
  address: property.getFirstValue(),
  cn: property.getParameter('cn') ?? null,
  role: property.getParameter('role') ?? null,
});

const read = (path) => {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  // A zone the file defines is the one its times are read in, as a calendar client does.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const organizer = vevent.getFirstProperty('organizer');
      return {
        uid: event.uid,
        sequence: event.sequence,
        status: vevent.getFirstPropertyValue('status'),
        dtstamp: utc(vevent.getFirstPropertyValue('dtstamp')),
        start: utc(event.startDate),
        end: utc(event.endDate),
        summary: event.summary,
        location: event.location,
        description: event.description,
        organizer: organizer ? address(organizer) : null,
        attendees: vevent.getAllProperties('attendee').map(address),
      };
    }),
  };
};

console.log(JSON.stringify(process.argv.slice(2).map(read)));
