import { describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../src/errors/index.js';
import { toSeconds } from '../../src/facade/durations.js';
import { toBlob, toFormData, toNamedBlob } from '../../src/facade/files.js';

describe('toSeconds', () => {
  it.each([
    [90, 90],
    [0, 0],
    [{ days: 1 }, 86_400],
    [{ days: 1, hours: 2, minutes: 3, seconds: 4 }, 93_784],
    [{ hours: 0.5 }, 1_800],
    [{ hours: 0.1 }, 360],
    [{ minutes: undefined, seconds: 5 }, 5],
  ])('reads %j as %i seconds', (input, seconds) => {
    expect(toSeconds(input)).toBe(seconds);
  });

  it.each([
    [-1, 'must not be negative'],
    [{ hours: -1 }, 'hours must not be negative'],
    [Number.NaN, 'finite number'],
    [{ minutes: Number.POSITIVE_INFINITY }, 'finite number'],
    [0.5, 'whole number of seconds'],
    [{ seconds: 1.25 }, 'whole number of seconds'],
    [{ weeks: 1 }, 'unknown part "weeks"'],
    ['60', 'number of seconds or'],
    [null, 'number of seconds or'],
  ])('refuses %j', (input, message) => {
    expect(() => toSeconds(input as number, 'the vote')).toThrow(ChasterUsageError);
    expect(() => toSeconds(input as number, 'the vote')).toThrow(message);
  });

  it('names what the duration is in the message', () => {
    expect(() => toSeconds(-5, 'addTime duration')).toThrow(/^addTime duration seconds/);
  });
});

describe('file inputs', () => {
  it('keeps a Blob as it is', () => {
    const blob = new Blob(['x'], { type: 'image/png' });

    expect(toBlob(blob)).toBe(blob);
  });

  it('keeps the name of a File', () => {
    const file = new File(['x'], 'cage.jpg', { type: 'image/jpeg' });

    expect(toNamedBlob(file).filename).toBe('cage.jpg');
  });

  it('turns bytes into a Blob typed from the file extension', async () => {
    const blob = toBlob({ data: new Uint8Array([1, 2, 3]), filename: 'proof.PNG' });

    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('prefers the content type given', () => {
    const input = { data: new Uint8Array([1]), filename: 'a.png', contentType: 'image/webp' };
    const blob = toBlob(input);

    expect(blob.type).toBe('image/webp');
  });

  it('falls back to octet-stream for an unknown extension', () => {
    expect(toBlob({ data: new Uint8Array([1]), filename: 'notes' }).type)
      .toBe('application/octet-stream');
  });

  it('copies the bytes, so later changes to the caller\'s buffer do not leak in', async () => {
    const data = new Uint8Array([1, 2]);
    const blob = toBlob({ data, filename: 'a.jpg' });

    data[0] = 9;

    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2]);
  });

  it('builds a form whose part carries the file name', () => {
    const form = toFormData({ data: new Uint8Array([1]), filename: 'a.jpg' }, 'file');

    const part = form.get('file');
    expect(part).toBeInstanceOf(File);
    expect((part as File).name).toBe('a.jpg');
  });

  it.each([
    [{ data: [1, 2], filename: 'a.jpg' }],
    [{ data: new Uint8Array([1]), filename: '' }],
    ['a string'],
  ])('refuses %j', (input) => {
    expect(() => toBlob(input as never)).toThrow(ChasterUsageError);
  });
});
