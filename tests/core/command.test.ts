import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/command.js';

describe('parseCommand', () => {
  it.each([
    ['湖州有多少家高新技术企业', { kind: 'ask', question: '湖州有多少家高新技术企业' }],
    ['/ask 进博会', { kind: 'ask', question: '进博会' }],
    ['/city 湖州', { kind: 'city', name: '湖州' }],
    ['/city hu zhou', { kind: 'city', name: 'hu zhou' }],
    ['/figure 技术合同成交额', { kind: 'figure', query: '技术合同成交额' }],
    ['/about', { kind: 'about' }],
    ['/help', { kind: 'help' }],
    ['/quit', { kind: 'quit' }],
    ['   ', { kind: 'empty' }],
    ['/dance', { kind: 'unknown', name: 'dance' }],
  ])('reads %j', (line, command) => {
    expect(parseCommand(line)).toEqual(command);
  });
});
