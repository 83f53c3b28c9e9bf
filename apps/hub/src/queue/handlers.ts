import {
  callNext,
  callSpecific,
  closeCounter,
  finish,
  issueTicket,
  markAbsent,
  openCounter,
  pauseCounter,
  recall,
  resumeCounter,
  saveCounter,
  saveService,
  start,
  transfer,
  type Context,
  type DomainEvent,
  type QueueState,
  type Result,
} from '@motcua/core';
import type { CommandInput, CommandName } from '@motcua/protocol';

type Handler<N extends CommandName> = (state: QueueState, ctx: Context, input: CommandInput<N>) => Result<DomainEvent[]>;

/** One pure domain function per command. */
export const handlers: { [N in CommandName]: Handler<N> } = {
  'ticket:issue': issueTicket,
  'counter:open': openCounter,
  'counter:close': closeCounter,
  'counter:pause': pauseCounter,
  'counter:resume': resumeCounter,
  'ticket:callNext': callNext,
  'ticket:callSpecific': callSpecific,
  'ticket:recall': recall,
  'ticket:absent': markAbsent,
  'ticket:start': start,
  'ticket:finish': finish,
  'ticket:transfer': transfer,
  'service:save': saveService,
  'counter:save': saveCounter,
};
