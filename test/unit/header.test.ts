import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate, parseReleaseHeader } from '../../src/core/header';
import { ReleaseHeader, Span } from '../../src/core/types';

/** Every span the header reports must cover exactly the text it reports. */
function assertSpansMatch(text: string, header: ReleaseHeader): void {
  const pairs: [string | null, Span | undefined][] = [
    [header.kicker, header.kickerSpan], [header.headline, header.headlineSpan], [header.dateline, header.datelineSpan],
  ];
  for (const [value, span] of pairs) {
    if (value === null) assert.equal(span, undefined);
    else assert.equal(text.slice(span!.start, span!.end), value);
  }
}

function header(text: string, extraKickers: string[] = []): ReleaseHeader {
  const result = parseReleaseHeader(text, extraKickers);
  assertSpansMatch(text, result);
  return result;
}

describe('parseReleaseHeader', () => {
  describe('seed', () => {
    it('reads the EIRNS dateline, its date and its agency', () => {
      const seed = readFileSync(join(__dirname, '../../examples/shoigu-syria.release'), 'utf8');
      const h = header(seed);
      assert.equal(h.kicker, 'PRESS RELEASE');
      assert.equal(h.headline, 'Shoigu: Active U.S.-Russia Engagement in Syria War on ISIS');
      assert.equal(h.dateline, 'Aug. 16, 2016 (EIRNS)');
      assert.equal(h.date, '2016-08-16');
      assert.equal(h.agency, 'EIRNS');
    });
  });

  describe('examples', () => {
    const dir = join(__dirname, '../../examples');
    for (const name of readdirSync(dir)) {
      it(`reads the full header of examples/${name}`, () => {
        const h = header(readFileSync(join(dir, name), 'utf8'));
        for (const field of ['kicker', 'headline', 'dateline', 'date'] as const) assert.ok(h[field], `${field} missing`);
      });
    }
  });

  describe('kicker', () => {
    for (const kicker of ['PRESS RELEASE', 'For Immediate Release', 'news release', 'MEDIA RELEASE', 'Press Statement']) {
      it(`recognises "${kicker}"`, () => {
        const h = header(`${kicker}\nCouncil Opens New Library\n`);
        assert.equal(h.kicker, kicker);
        assert.equal(h.headline, 'Council Opens New Library');
      });
    }

    it('tolerates a BOM, blank lines, CRLF, trailing punctuation and extra spaces', () => {
      const text = '\uFEFF\r\n  \r\n  FOR  IMMEDIATE RELEASE: \r\n\r\nAcme Ships the Widget 3000\r\nBody.';
      const h = header(text);
      assert.equal(h.kicker, 'FOR  IMMEDIATE RELEASE');
      assert.equal(h.headline, 'Acme Ships the Widget 3000');
    });

    it('accepts extra kickers from the settings, case-insensitively', () => {
      const text = 'Communiqué de presse\nLa ville inaugure un parc\n';
      assert.equal(header(text).kicker, null);
      const h = header(text, ['COMMUNIQUÉ DE PRESSE']);
      assert.equal(h.kicker, 'Communiqué de presse');
      assert.equal(h.headline, 'La ville inaugure un parc');
    });

    it('reads a date written on the kicker line', () => {
      const h = header('FOR IMMEDIATE RELEASE — Tuesday, March 12, 2024\nPort Authority Names New Director\n');
      assert.equal(h.kicker, 'FOR IMMEDIATE RELEASE');
      assert.equal(h.headline, 'Port Authority Names New Director');
      assert.equal(h.dateline, 'Tuesday, March 12, 2024');
      assert.equal(h.date, '2024-03-12');
    });

    it('does not take prose that starts with kicker words for a kicker', () => {
      const h = header('Press releases are read by journalists first.\nSecond line.');
      assert.equal(h.kicker, null);
      assert.equal(h.headline, 'Press releases are read by journalists first.');
    });
  });

  describe('headline', () => {
    it('is the first line when there is no kicker', () => {
      const h = header('Mayor Unveils Budget\n\nSPRINGFIELD — The mayor said…');
      assert.equal(h.headline, 'Mayor Unveils Budget');
      assert.equal(h.dateline, 'SPRINGFIELD');
    });

    it('skips contact and date lines between the kicker and the headline', () => {
      const text = 'NEWS RELEASE\n\nMedia contact: Pat Lee, 555-0100\n\n6/3/2024\n\nHarbor Dredging Begins\n\nPORTLAND, Maine — Work began.';
      const h = header(text);
      assert.equal(h.headline, 'Harbor Dredging Begins');
      assert.equal(h.dateline, 'PORTLAND, Maine');
      assert.equal(h.date, '2024-06-03');
    });

    it('is null when the text opens with the dateline paragraph', () => {
      const h = header('WASHINGTON (AP) — Lawmakers agreed on Tuesday to extend the deadline.');
      assert.equal(h.headline, null);
      assert.equal(h.dateline, 'WASHINGTON (AP)');
      assert.equal(h.agency, 'AP');
    });

    it('is null when the first line is a whole paragraph', () => {
      const h = header(`${'The committee met again. '.repeat(30)}\nMore.`);
      assert.equal(h.headline, null);
    });
  });

  describe('dateline', () => {
    const cases: [string, string, string | null, string | null][] = [
      // paragraph opening, dateline, date, agency
      ['LONDON (Reuters) - Shares fell.', 'LONDON (Reuters)', null, 'Reuters'],
      ['SAN DIEGO, Calif., Sept. 3, 2019 /PRNewswire/ -- Acme Corp. today…', 'SAN DIEGO, Calif., Sept. 3, 2019 /PRNewswire/', '2019-09-03', 'PRNewswire'],
      ['SPRINGFIELD, Ill. (Feb. 29, 2024) -- The governor said…', 'SPRINGFIELD, Ill. (Feb. 29, 2024)', '2024-02-29', null],
      ['Portland, Ore. – City officials said…', 'Portland, Ore.', null, null],
      ['BERLIN, 4 July 2023 — The ministry said…', 'BERLIN, 4 July 2023', '2023-07-04', null],
      ['March 9, 2020 (IANS)—The board said…', 'March 9, 2020 (IANS)', '2020-03-09', 'IANS'],
      ['TOKYO, Jan 5 (AFP) - Exports rose.', 'TOKYO, Jan 5 (AFP)', null, 'AFP'],
      ['ST. LOUIS- The zoo announced…', 'ST. LOUIS', null, null],
      ['2021-11-30 — Results are in.', '2021-11-30', '2021-11-30', null],
      ['AUSTIN, Texas--(BUSINESS WIRE)--Acme Corp. today…', 'AUSTIN, Texas--(BUSINESS WIRE)', null, 'BUSINESS WIRE'],
      ['TORONTO, March 3, 2025 (GLOBE NEWSWIRE) -- Acme…', 'TORONTO, March 3, 2025 (GLOBE NEWSWIRE)', '2025-03-03', 'GLOBE NEWSWIRE'],
    ];
    for (const [opening, dateline, date, agency] of cases) {
      it(`reads "${dateline}"`, () => {
        const h = header(`PRESS RELEASE\nSome Headline\n\n${opening}`);
        assert.deepEqual([h.dateline, h.date, h.agency], [dateline, date, agency]);
      });
    }

    it('reads a dateline in capitals that ends with a colon, but not a transcript label or an editorial flag', () => {
      assert.equal(header('Court stays demolition\n\nKESARPUR: The High Court on Tuesday stayed the demolition.').dateline, 'KESARPUR');
      const wire = header('Exports rise\n\nNEW DELHI, Aug 14 (PTI): Exports rose.');
      assert.deepEqual([wire.dateline, wire.agency], ['NEW DELHI, Aug 14 (PTI)', 'PTI']);
      assert.equal(header('Transcript\n\nINTERVIEWER: What next?\n\nPATEL: Housing, without question.\nWe start in May.').dateline, null);
      assert.equal(header('Results are in\n\nUPDATE: The count has finished.').dateline, null);
      assert.equal(header('Interview\n\nLindahl: We start in May.').dateline, null);
    });

    it('takes the date from a date line when the dateline has none', () => {
      const h = header('PRESS RELEASE\r\nBridge Reopens\r\nOctober 2, 2023\r\n\r\nDULUTH, Minn. – The bridge reopened.');
      assert.deepEqual([h.dateline, h.date], ['DULUTH, Minn.', '2023-10-02']);
    });

    it('falls back to a date on a line of its own', () => {
      const h = header('PRESS RELEASE\nBridge Reopens\nAug. 1, 2023\n\nThe bridge reopened today.');
      assert.deepEqual([h.dateline, h.date], ['Aug. 1, 2023', '2023-08-01']);
    });

    for (const opening of [
      'Today — the council voted.',
      'Senator Doe – who chairs the panel – said…',
      'The Lake-Effect storm dropped snow.',
      'In The Wake Of Last Week’s Massive Storms — Dropping Feet Of Snow',
    ]) {
      it(`finds no dateline in "${opening}"`, () => {
        const h = header(`PRESS RELEASE\nHeadline Here\n${opening}`);
        assert.deepEqual([h.dateline, h.date, h.agency], [null, null, null]);
      });
    }

    it('only looks at the first lines', () => {
      const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the body.`).join('\n');
      const h = header(`PRESS RELEASE\nHeadline\n${filler}\nWASHINGTON — Late dateline.`);
      assert.equal(h.dateline, null);
    });
  });

  describe('round trip', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
    const day = fc.record({ y: fc.integer({ min: 1990, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const written = fc.tuple(day, fc.constantFrom('full', 'short', 'numeric')).map(([{ y, m, d }, style]) => ({
      iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      text: style === 'full' ? `${MONTHS[m - 1]} ${d}, ${y}` : style === 'short' ? `${SHORT[m - 1]} ${d}, ${y}` : `${m}/${d}/${y}`,
    }));
    const release = fc.record({
      kicker: fc.tuple(fc.constantFrom('PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'NEWS RELEASE'), fc.boolean(), fc.constantFrom('', ':', ' ')),
      headline: fc.array(fc.constantFrom('City', 'Opens', 'New', 'Harbor', 'Office', 'for', 'Veterans', 'Budget', '2025'), { minLength: 2, maxLength: 9 }),
      place: fc.constantFrom('WASHINGTON', 'NEW YORK', 'Portland, Ore.', 'ST. PAUL, Minn.', 'Geneva, Switzerland'),
      date: fc.option(written),
      agency: fc.option(fc.constantFrom('AP', 'Reuters', 'EIRNS')),
      dash: fc.constantFrom(' — ', '—', ' – ', ' -- ', ' - '),
      eol: fc.constantFrom('\n', '\r\n'),
    });

    it('reads back the kicker, headline, dateline, date and agency it was written with', () => {
      fc.assert(fc.property(release, ({ kicker: [kicker, lower, tail], headline, place, date, agency, dash, eol }) => {
        const dateline = `${place}${date ? `, ${date.text}` : ''}${agency ? ` (${agency})` : ''}`;
        const kickerLine = (lower ? kicker.toLowerCase() : kicker) + tail;
        const text = `${kickerLine}${eol}${headline.join(' ')}${eol}${eol}${dateline}${dash}The council met on Monday.${eol}`;
        const h = header(text);
        assert.equal(h.kicker?.toUpperCase(), kicker);
        assert.equal(h.headline, headline.join(' '));
        assert.equal(h.dateline, dateline);
        assert.equal(h.date, date?.iso ?? null);
        assert.equal(h.agency, agency);
      }), { numRuns: 300 });
    });
  });

  describe('isoDate', () => {
    const cases: [string, string | null][] = [
      ['Aug. 16, 2016', '2016-08-16'], ['August 16 2016', '2016-08-16'], ['Sept. 9, 2021', '2021-09-09'],
      ['SEPTEMBER 30, 1999', '1999-09-30'], ['3 March 2022', '2022-03-03'], ['12 Dec. 2012', '2012-12-12'],
      ['7/4/1976', '1976-07-04'], ['7/4/24', '2024-07-04'], ['2000-02-29', '2000-02-29'],
      ['1900-02-29', null], ['February 30, 2023', null], ['13/01/2023', null], ['May 5', null],
    ];
    for (const [date, iso] of cases) {
      it(`${date} → ${iso}`, () => assert.equal(isoDate(date), iso));
    }
  });

  describe('robustness', () => {
    for (const [name, text] of [
      ['empty', ''], ['blank', ' \n\r\n\t\uFEFF'], ['quote marks only', '"“”‘’«»„'.repeat(50)],
      ['lone surrogates', '\uD800PRESS RELEASE\uDC00\n\uD83D'], ['NUL bytes', '\0\0PRESS\0RELEASE\0\n\0'],
    ]) {
      it(`returns a header for ${name} input`, () => {
        const h = header(text);
        assert.equal(h.date, null);
      });
    }

    it('reads the header of a release whose body is one multi-megabyte line', () => {
      const text = `PRESS RELEASE\nHeadline\nWASHINGTON — ${'word '.repeat(1_000_000)}`;
      const h = header(text);
      assert.deepEqual([h.headline, h.dateline], ['Headline', 'WASHINGTON']);
    });
  });
});
