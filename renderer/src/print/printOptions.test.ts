import { describe, expect, it } from 'vitest';
import { printViewQuery } from '../../../shared/exporters/printViewQuery';
import { printOptionsFrom } from './printOptions';

describe('printOptionsFrom', () => {
  it('prints the minutes without org, every organisation with org=1', () => {
    expect(printOptionsFrom('?lang=da')).toMatchObject({
      perOrganisation: false,
      organisation: null,
    });
    expect(printOptionsFrom('?lang=en&org=1')).toMatchObject({
      language: 'en',
      perOrganisation: true,
      organisation: null,
    });
  });

  it('prints one organisation named by only, commas and slashes and all', () => {
    const name = 'Center for Diabetes, Hjerter- og Lungesygdomme, Københavns Kommune';
    expect(printOptionsFrom(`?only=${encodeURIComponent(name)}`)).toMatchObject({
      perOrganisation: true,
      organisation: name,
    });
    expect(
      printOptionsFrom(`?only=${encodeURIComponent('Sekretariatet/koordinationsgruppen')}`),
    ).toMatchObject({ organisation: 'Sekretariatet/koordinationsgruppen' });
  });

  it('prints only the organisation called "1", not every organisation', () => {
    const query = printViewQuery({ language: 'da', perOrganisation: true, organisation: '1' });
    expect(printOptionsFrom(`?${query}`)).toMatchObject({
      perOrganisation: true,
      organisation: '1',
    });
    // An organisation name in the old parameter is not taken for "every organisation".
    expect(printOptionsFrom('?org=Region%20Hovedstaden')).toMatchObject({
      perOrganisation: false,
      organisation: null,
    });
  });

  it('reads back what the PDF printers ask for, the minutes options included', () => {
    const query = printViewQuery({
      language: 'en',
      perOrganisation: true,
      organisation: 'Aalborg Kommune, Sundhed og Kultur',
      minutesOptions: { killers: 'named', authors: true },
    });
    expect(printOptionsFrom(`?${query}&print=1`)).toEqual({
      language: 'en',
      perOrganisation: true,
      organisation: 'Aalborg Kommune, Sundhed og Kultur',
      autoPrint: true,
      minutes: { killers: 'named', authors: true },
    });
  });
});
