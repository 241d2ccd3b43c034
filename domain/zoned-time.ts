import { dateTimeFormat } from '@/domain/date-time-format';

/**
 * The UTC instant of a wall-clock time ('YYYY-MM-DDTHH:mm') in a time zone. Computed by asking Intl for
 * the zone's offset at that moment (twice, to settle across a DST change); no time-zone library needed.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) throw new RangeError(`Not a local date-time: ${local}`);
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** 'YYYY-MM-DDTHH:mm' of an instant in a time zone, for a datetime-local input's value. */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function offsetMs(instant: number, timeZone: string): number {
  const local = instantToZonedLocal(new Date(instant), timeZone);
  const seconds = new Date(instant).getUTCSeconds() * 1000 + new Date(instant).getUTCMilliseconds();
  return Date.parse(`${local}:00Z`) + seconds - instant;
}
