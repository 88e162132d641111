import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/corpus/error-message.js';

describe('errorMessage', () => {
  it.each([
    ['an Error, by its message', new Error('the worker stopped'), 'the worker stopped'],
    ['anything else, as text', 42, '42'],
  ])('reads %s', (_what, error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
