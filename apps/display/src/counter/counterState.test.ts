import { describe, expect, it } from 'vitest';
import type { Counter, Ticket } from '@motcua/protocol';
import { counterScreenState } from './CounterDisplay.js';
import { stepVolume } from '../voice/devicePrefs.js';

const counter = (status: Counter['status']): Counter => ({
  id: 'quay-1',
  number: 1,
  name: 'Quầy 1',
  services: [],
  status,
  clerkId: null,
  clerkName: null,
  currentTicketId: 't1',
  pauseReason: null,
});
const ticket = (status: Ticket['status']) => ({ id: 't1', label: 'A001', status }) as Ticket;

describe('counter display state', () => {
  it('says calling, serving, paused, closed or open', () => {
    expect(counterScreenState(counter('open'), ticket('called'))).toBe('calling');
    expect(counterScreenState(counter('open'), ticket('serving'))).toBe('serving');
    expect(counterScreenState(counter('paused'), ticket('serving'))).toBe('paused');
    expect(counterScreenState(counter('closed'), undefined)).toBe('closed');
    expect(counterScreenState(counter('open'), undefined)).toBe('idle');
  });
});

describe('device volume steps', () => {
  it('moves by tens of percent within 0..100 %', () => {
    expect(stepVolume(0.5, 1)).toBe(0.6);
    expect(stepVolume(0.95, 1)).toBe(1);
    expect(stepVolume(0.05, -1)).toBe(0);
    expect(stepVolume(0, -1)).toBe(0);
  });
});
