import type { DossierEvents, EventName } from '../shared/api/events';

/** Listens to every event; hosts forward them (Electron: webContents.send; served app: server-sent events). */
export type EventSink = <E extends EventName>(event: E, payload: DossierEvents[E]) => void;

/** Core's side of the event map: services emit, hosts subscribe. Synchronous fan-out; a throwing sink is isolated. */
export interface EventHub {
  emit<E extends EventName>(event: E, payload: DossierEvents[E]): void;
  /** Returns the function that stops this sink. */
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(onSinkError: (error: unknown) => void = () => {}): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      for (const sink of sinks) {
        try {
          sink(event, payload);
        } catch (error) {
          onSinkError(error);
        }
      }
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
