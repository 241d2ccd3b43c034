import { describe, expect, it } from 'vitest';
import { instantToZonedLocal, zonedLocalToInstant } from './zoned-time';

describe('zoned local times', () => {
  it('reads a Beijing wall-clock time as UTC+8', () => {
    expect(zonedLocalToInstant('2024-02-23T18:00', 'Asia/Shanghai').toISOString()).toBe(
      '2024-02-23T10:00:00.000Z',
    );
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(zonedLocalToInstant('2024-07-01T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2024-07-01T10:00:00.000Z',
    );
    expect(zonedLocalToInstant('2024-01-01T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2024-01-01T11:00:00.000Z',
    );
  });

  it('round-trips', () => {
    const instant = new Date('2026-11-29T23:45:00Z');
    expect(zonedLocalToInstant(instantToZonedLocal(instant, 'Asia/Shanghai'), 'Asia/Shanghai')).toEqual(
      instant,
    );
  });
});
