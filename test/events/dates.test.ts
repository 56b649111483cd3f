import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

// Published on Friday 2031-05-16. [text, expected date of the first event]
const cases: [string, string][] = [
  ['Ruritania condemned Freedonia on Monday.', '2031-05-12'],
  ['Ruritania condemned Freedonia on Friday.', '2031-05-16'],
  ['Ruritania condemned Freedonia on March 3.', '2031-03-03'],
  ['Ruritania condemned Freedonia in November.', '2030-11-01'],
  ['Ruritania condemned Freedonia earlier this week.', '2031-05-11'],
  ['Ruritania condemned Freedonia.', '2031-05-16'],
  ['Ruritania condemned Freedonia yesterday.', '2031-05-15'],
  ['Ruritania condemned Freedonia on Saturday.', '2031-05-10'],
  ['Ruritania condemned Freedonia last Monday.', '2031-05-12'],
  ['Ruritania will meet Freedonia on Monday.', '2031-05-19'],
];

for (const [text, date] of cases) {
  test(`dates: ${text}`, () => {
    const { events } = eventsOf(text);
    assert.ok(events.length > 0);
    assert.equal(events[0]!.date, date);
  });
}

test('dates: the why says whether the day was in the text or implied', () => {
  assert.match(eventsOf('Ruritania condemned Freedonia on Monday.').events[0]!.why ?? '', /date=text:"on Monday"/);
  assert.match(eventsOf('Ruritania condemned Freedonia in November.').events[0]!.why ?? '', /date=text~:/);
  assert.match(eventsOf('Ruritania condemned Freedonia.').events[0]!.why ?? '', /date=published/);
});
