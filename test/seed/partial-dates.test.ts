import { firstDayOf, lastDayOf, precisionOf } from '../../src/domain/partial-dates';

describe('precisionOf', () => {
  it('names the precision of a year, a month and a day', () => {
    expect(precisionOf('2025')).toBe('YEAR');
    expect(precisionOf('2025-09')).toBe('MONTH');
    expect(precisionOf('2025-08-01')).toBe('DAY');
  });

  it('returns null for a month outside 01 to 12', () => {
    expect(precisionOf('2025-13')).toBeNull();
    expect(precisionOf('2025-00')).toBeNull();
    expect(precisionOf('2025-13-01')).toBeNull();
  });

  it('returns null for a day the month does not have', () => {
    expect(precisionOf('2025-02-30')).toBeNull();
    expect(precisionOf('2025-04-31')).toBeNull();
    expect(precisionOf('2025-01-00')).toBeNull();
    expect(precisionOf('2025-01-32')).toBeNull();
  });

  it('accepts the last day of every month', () => {
    expect(precisionOf('2025-01-31')).toBe('DAY');
    expect(precisionOf('2025-04-30')).toBe('DAY');
    expect(precisionOf('2025-12-31')).toBe('DAY');
  });

  it('accepts 29 February only in leap years, century years included', () => {
    expect(precisionOf('2024-02-29')).toBe('DAY');
    expect(precisionOf('2000-02-29')).toBe('DAY');
    expect(precisionOf('2025-02-29')).toBeNull();
    expect(precisionOf('1900-02-29')).toBeNull();
  });
});

describe('firstDayOf', () => {
  it('returns the first day a year or month covers, and a day itself', () => {
    expect(firstDayOf('2025')).toBe('2025-01-01');
    expect(firstDayOf('2025-07')).toBe('2025-07-01');
    expect(firstDayOf('2025-07-31')).toBe('2025-07-31');
  });
});

describe('lastDayOf', () => {
  it('returns the last day a year covers', () => {
    expect(lastDayOf('2025')).toBe('2025-12-31');
  });

  it('returns the last day of a month, whatever its length', () => {
    expect(lastDayOf('2025-09')).toBe('2025-09-30');
    expect(lastDayOf('2025-12')).toBe('2025-12-31');
    expect(lastDayOf('2025-04')).toBe('2025-04-30');
  });

  it('ends February on the 29th in leap years and the 28th otherwise', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2000-02')).toBe('2000-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
  });

  it('returns a day itself', () => {
    expect(lastDayOf('2025-08-01')).toBe('2025-08-01');
  });
});
