import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from '../api/client';
import { errorText, localToVn, vnDayAt17 } from './secretariat';

describe('secretariat panel helpers', () => {
  it('reads a datetime-local value as Vietnam’s time', () => {
    expect(localToVn('2023-12-05T17:00')).toBe('2023-12-05T17:00:00+07:00');
    expect(localToVn('2023-12-05T17:00:30')).toBe('2023-12-05T17:00:30+07:00');
    expect(localToVn('')).toBeNull();
    expect(localToVn('05/12/2023 17:00')).toBeNull();
  });

  it('proposes 17:00 in Vietnam a number of days ahead, on Vietnam’s date', () => {
    // 2023-11-30 20:00 in Vietnam is 13:00 UTC: a week later is 7 December there.
    expect(vnDayAt17(Date.parse('2023-11-30T13:00:00Z'), 7)).toBe('2023-12-07T17:00');
    // 2023-11-30 23:30 UTC is already 1 December in Vietnam.
    expect(vnDayAt17(Date.parse('2023-11-30T23:30:00Z'), 0)).toBe('2023-12-01T17:00');
  });

  it('says a failure in Vietnamese, listing every problem of a 422', () => {
    const e = new ApiError({
      status: 422,
      detail: 'Dữ liệu không hợp lệ.',
      errors: [{ path: '/until', code: 'not_in_future', message: 'Thời điểm mở lại phải ở tương lai.' }],
    });
    expect(errorText(e)).toBe('Dữ liệu không hợp lệ. Thời điểm mở lại phải ở tương lai.');
    expect(errorText(new OfflineError(new Error('x')))).toContain('Không kết nối được máy chủ');
    expect(errorText(new Error('ItemNotFound'))).toBe('Có lỗi: ItemNotFound');
  });
});
