import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../../../../shared/model/workshop';
import { parseProgramme } from '../../../../shared/programme/parseProgramme';
import { reduce } from '../../../../shared/reducer';
import { headerOffers, headerUpdate } from './headerOffer';

const INVITATION = `Invitation til temadag om sammenhængende forløb
Torsdag den 16. april 2015
Sted: Aarhus Rådhus, lokale 1
10.00–10.15 Velkomst`;

describe('headerOffers', () => {
  it('ticks what the empty header lacks, and applies it through workshop.update', () => {
    const { header } = parseProgramme(INVITATION);
    const offers = headerOffers(header, emptyWorkshop('w'));
    expect(offers.map((o) => [o.field, o.value, o.checkedByDefault])).toEqual([
      ['title', 'Temadag om sammenhængende forløb', true],
      ['date', '2015-04-16', true],
      ['place', 'Aarhus Rådhus, lokale 1', true],
    ]);
    const update = headerUpdate(offers, (o) => o.checkedByDefault)!;
    const w = reduce(emptyWorkshop('w'), update, { now: 1 }).state;
    expect([w.title, w.date, w.place]).toEqual([
      'Temadag om sammenhængende forløb',
      '2015-04-16',
      'Aarhus Rådhus, lokale 1',
    ]);
  });

  it('never ticks a filled header by itself, and offers nothing it already says', () => {
    const { header } = parseProgramme(INVITATION);
    const filled = {
      ...emptyWorkshop('w'),
      title: 'Dialogforum for den ældre medicinske patient',
      date: '2015-04-16',
      place: '',
    };
    const offers = headerOffers(header, filled);
    expect(offers.map((o) => [o.field, o.current, o.checkedByDefault])).toEqual([
      ['title', 'Dialogforum for den ældre medicinske patient', false],
      ['place', '', true],
    ]);
    // Left as offered, only the empty place is written: the title the user typed stays.
    expect(headerUpdate(offers, (o) => o.checkedByDefault)).toEqual({
      type: 'workshop.update',
      place: 'Aarhus Rådhus, lokale 1',
    });
    // Ticked by the user, the title is replaced; with nothing ticked there is nothing to send.
    expect(headerUpdate(offers, () => true)).toMatchObject({
      title: 'Temadag om sammenhængende forløb',
    });
    expect(headerUpdate(offers, () => false)).toBeNull();
  });
});
